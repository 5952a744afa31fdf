"""Make the p2- case files of heldout50 (partnership and corporate plans).

Run with /work/main/.venv/bin/python p2_make.py (needs python-docx and openpyxl).
Writes, beside this script:
  p2-chesterfield-royal-cqc-must-should-do-action-plan.xlsx
  p2-jersey-spb-scr-child-l-action-plan.docx
  p2-mansfield-csp-dhr-emma-action-plan.txt
  p2-nenc-icb-internal-audit-tracker-refuse.csv
  p2-isle-of-man-sb-sar-mr-b-action-plan.xlsx
  p2-north-lincolnshire-hwb-delivery-plan-highlight-report.docx
  p2-huntingdonshire-cpc-action-plan-planner-export.xlsx
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "head": "1F3864",
    "lblue": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ---------------------------------------------------------------------------
# 1. Chesterfield Royal Hospital NHS FT: CQC Must Do / Should Do action plan
#    header starts at row 10 and runs over two rows (Timescale: Original/Revised)
# ---------------------------------------------------------------------------
def chesterfield():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = ("Chesterfield Royal Hospital NHS Foundation Trust \u2013 "
                "CQC Must Do and Should Do Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the CQC inspection of Urgent and Emergency Care and Medical Care "
                "services (report published 12 June 2024)")
    ws["A2"].font = Font(italic=True)
    ctrl = [
        ("Executive lead:", "Chief Nurse"),
        ("Monitored by:", "Quality Assurance Committee (monthly); Board (quarterly)"),
        ("Version:", "v7 \u2013 updated 02/05/2025"),
        ("Prepared by:", "Head of Regulatory Compliance"),
    ]
    r = 4
    for k, v in ctrl:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    # r == 8 ; row 9 blank ; header rows 10-11
    h1 = ["Ref", "Must / Should", "Regulation", "CQC requirement",
          "Action(s) to address requirement", "Lead(s)", "Timescale", None,
          "Progress update (April 2025)", "RAG"]
    for c, v in enumerate(h1, 1):
        if v is not None:
            ws.cell(10, c, v)
    ws.cell(11, 7, "Original")
    ws.cell(11, 8, "Revised")
    for c in (1, 2, 3, 4, 5, 6, 9, 10):
        ws.merge_cells(start_row=10, start_column=c, end_row=11, end_column=c)
    ws.merge_cells(start_row=10, start_column=7, end_row=10, end_column=8)
    for row in (10, 11):
        for c in range(1, 11):
            cell = ws.cell(row, c)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill(FILL["head"])
            cell.alignment = Alignment(wrap_text=True, vertical="center",
                                       horizontal="center")
            cell.border = BOX

    sections = [
        ("Urgent and Emergency Care", [
            ("Must", "Reg 12 Safe care and treatment",
             "The trust must ensure that patients attending the emergency department are "
             "clinically assessed (triaged) within 15 minutes of arrival.",
             [
                 ("MD1.1",
                  "Introduce a streaming nurse at the front door between 10:00 and 22:00, "
                  "seven days a week, with escalation to the Nurse in Charge when time to "
                  "triage exceeds 15 minutes.",
                  "Head of Nursing (UEC) / Clinical Director (ED)",
                  D(2024, 9, 30), D(2024, 12, 31),
                  "Streaming nurse in post since October 2024. Median time to triage "
                  "11 minutes in March 2025; breaches reviewed weekly.",
                  "Complete"),
                 ("MD1.2",
                  "Monthly triage audit to be reported to the UEC Divisional Quality Board, "
                  "with exceptions escalated to the Quality Assurance Committee.",
                  "Matron, Emergency Department",
                  "Monthly", None,
                  "Audit reported monthly since November 2024. Compliance 91% in March 2025.",
                  "Green"),
             ]),
            ("Must", "Reg 12 Safe care and treatment",
             "The trust must ensure that mental health risk assessments are completed and "
             "documented for all patients presenting with self-harm or suicidal ideation.",
             [
                 ("MD2.1",
                  "Roll out the revised mental health risk assessment tool within the ED "
                  "electronic record (Symphony), with mandatory fields.",
                  "Lead Nurse for Mental Health; Digital Clinical Safety Officer",
                  D(2024, 12, 31), D(2025, 5, 31),
                  "Build completed in the test system. Go-live delayed by the Symphony "
                  "upgrade and now planned for mid-May 2025.",
                  "Amber"),
                 ("MD2.2",
                  "Deliver mental health awareness and risk assessment training to all "
                  "registered ED nursing staff (target 90% compliance).",
                  "Practice Development Nurse (ED)",
                  D(2025, 3, 31), D(2025, 6, 30),
                  "Compliance 72% at the end of March 2025 because of staffing pressures. "
                  "Additional sessions booked for May and June.",
                  "Amber"),
             ]),
            ("Should", "Reg 10 Dignity and respect",
             "The trust should ensure that children waiting in the emergency department are "
             "cared for in an area that is audibly and visually separate from adults.",
             [
                 ("SD1.1",
                  "Complete the reconfiguration of the paediatric waiting area as part of "
                  "the UEC capital scheme.",
                  "Associate Director of Estates & Facilities / General Manager (UEC)",
                  D(2025, 1, 31), "Q2 2025/26",
                  "Capital funding approved in March 2025 after the original date was missed. "
                  "Contractor due on site June 2025.",
                  "Red"),
             ]),
        ]),
        ("Medical Care (including older people's care)", [
            ("Must", "Reg 12 Safe care and treatment",
             "The trust must ensure that staff complete falls risk assessments for patients "
             "within six hours of admission to the medical wards.",
             [
                 ("MD3.1",
                  "Add falls risk assessment compliance to the daily ward safety huddle "
                  "checklist on all medical wards.",
                  "Divisional Director of Nursing (Medicine)",
                  D(2024, 11, 30), None,
                  "In the huddle checklist on all 11 medical wards since November 2024. "
                  "Compliance 94% in the March 2025 audit.",
                  "Complete"),
                 ("MD3.2",
                  "Falls Prevention Practitioner to undertake monthly spot-checks and feed "
                  "back at ward level.",
                  "Falls Prevention Practitioner",
                  D(2025, 3, 31), D(2025, 9, 30),
                  "Spot-checks under way on 7 of 11 wards. Vacancy in the team filled from "
                  "April 2025; remaining wards to follow.",
                  "Green"),
             ]),
            ("Must", "Reg 18 Staffing",
             "The trust must ensure that there are sufficient numbers of suitably qualified "
             "nursing staff on the medical wards at night.",
             [
                 ("MD4.1",
                  "Complete the establishment review for the medical wards and recruit to "
                  "the agreed night-time nursing establishment.",
                  "Chief Nurse / Deputy Director of Workforce",
                  D(2025, 3, 31), D(2025, 8, 31),
                  "Establishment review approved by the Board in February 2025. 18.4 WTE "
                  "recruited; 9.6 WTE vacancies remain, with international recruits due in "
                  "July 2025.",
                  "Amber"),
             ]),
            ("Should", "Reg 17 Good governance",
             "The trust should ensure that discharge summaries are sent to GPs within 24 "
             "hours of discharge.",
             [
                 ("SD2.1",
                  "Implement automated electronic transfer of discharge summaries to GP "
                  "practices via the Docman interface.",
                  "Chief Clinical Information Officer",
                  D(2024, 12, 31), None,
                  "Live from 9 December 2024. 97% of summaries sent within 24 hours in Q4.",
                  "Complete"),
             ]),
        ]),
        ("Trust-wide (Well-led)", [
            ("Must", "Reg 17 Good governance",
             "The trust must ensure that governance processes effectively monitor and act on "
             "the risks recorded on divisional risk registers.",
             [
                 ("MD5.1",
                  "Refresh the Risk Management Strategy and provide risk register training "
                  "to all divisional management teams.",
                  "Director of Corporate Affairs; Head of Risk",
                  D(2025, 2, 28), D(2025, 6, 30),
                  "Strategy approved by the Board in April 2025. Training delivered to Surgery "
                  "and Women's & Children's; Medicine and Clinical Support booked for June.",
                  "Green"),
             ]),
        ]),
    ]
    rag_fill = {"Complete": FILL["blue"], "Green": FILL["green"],
                "Amber": FILL["amber"], "Red": FILL["red"]}
    r = 12
    for sec, reqs in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        for c in range(1, 11):
            ws.cell(r, c).fill = fill(FILL["grey"])
        r += 1
        for ms, reg, req, acts in reqs:
            first = r
            for ref, action, lead, orig, rev, prog, rag in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 5, action)
                ws.cell(r, 6, lead)
                c = ws.cell(r, 7, orig)
                if isinstance(orig, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 8, rev)
                if isinstance(rev, dt.datetime):
                    c.number_format = "mmm-yy"
                ws.cell(r, 9, prog)
                c = ws.cell(r, 10, rag)
                c.fill = fill(rag_fill[rag])
                for cc in range(1, 11):
                    ws.cell(r, cc).alignment = Alignment(wrap_text=True, vertical="top")
                    ws.cell(r, cc).border = BOX
                r += 1
            ws.cell(first, 2, ms)
            ws.cell(first, 3, reg)
            ws.cell(first, 4, req)
            if r - 1 > first:
                for cc in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=cc, end_row=r - 1,
                                   end_column=cc)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    key = [("Complete", FILL["blue"], "Complete \u2013 action delivered and evidenced"),
           ("Green", FILL["green"], "On track to deliver by the (revised) date"),
           ("Amber", FILL["amber"], "Some risk to delivery; mitigation in place"),
           ("Red", FILL["red"], "Off track or overdue; escalated to Executive lead")]
    for word, colour, text in key:
        r += 1
        c = ws.cell(r, 1, word)
        c.fill = fill(colour)
        ws.cell(r, 2, text)
    widths = [8, 9, 16, 40, 45, 26, 12, 12, 45, 10]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(out("p2-chesterfield-royal-cqc-must-should-do-action-plan.xlsx"))


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


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


# ---------------------------------------------------------------------------
# 2. Jersey Safeguarding Partnership Board: Serious Case Review action plan
#    recommendation rows merged across the table; lead agencies several to a cell;
#    timescales 'March/April 2025', 'w/e 14/03/25', 'Oct/Nov 2025'
# ---------------------------------------------------------------------------
def jersey():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Safeguarding Partnership Board \u2013 Jersey"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Serious Case Review (Child L) \u2013 Multi-Agency Action Plan",
                      style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Version", "4.0"), ("Date", "17 March 2025"),
                 ("Owner", "SPB Business Unit"),
                 ("Approved by", "Case Review Subgroup"),
                 ("Next review", "June 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "The Serious Case Review in respect of Child L was published in October 2024. "
        "The review made four recommendations for the Safeguarding Partnership Board (SPB) "
        "and its partner agencies. This plan sets out the actions agreed by partners in "
        "response and is monitored by the Case Review Subgroup every eight weeks. "
        "Updates below are as at 14 March 2025.")
    doc.add_heading("Action plan", level=1)
    cols = ["No.", "Action", "Lead agency / officer", "Timescale", "Progress update", "RAG"]
    tbl = doc.add_table(rows=1, cols=len(cols))
    tbl.style = "Table Grid"
    for i, h in enumerate(cols):
        bold_cell(tbl.rows[0].cells[i], h)
        shade(tbl.rows[0].cells[i], "BDD7EE")
    rag_col = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    recs = [
        ("Recommendation 1: Practitioners across agencies should be supported to recognise "
         "and respond to the cumulative impact of neglect, using a shared assessment tool.", [
             ("1.1", "Launch the Graded Care Profile 2 (GCP2) across partner agencies, with a "
              "licensed trainer cohort drawn from CYPES, HCJ and FNHC.",
              "CYPES Workforce Development / FNHC", "Dec 2024",
              "GCP2 launched on 4 November 2024; 14 licensed trainers in place across three "
              "agencies.", "B"),
             ("1.2", "Deliver multi-agency neglect training to frontline practitioners, "
              "prioritising health visiting, school nursing and early help.",
              "SPB Training Coordinator", "March/April 2025",
              "Six sessions delivered (118 practitioners). The final two cohorts are booked "
              "for 2 and 9 April 2025.", "G"),
         ]),
        ("Recommendation 2: Agencies should ensure that the voice and daily lived experience "
         "of the child is recorded and informs decision making.", [
             ("2.1", "Revise the Children's Social Care assessment template so that the "
              "child's views, and observations of the child, are recorded in a dedicated "
              "section.",
              "Head of Children's Social Care", "31/01/2025",
              "Template revised and live on Mosaic from 20 January 2025.", "B"),
             ("2.2", "Undertake a multi-agency audit of 20 cases to test whether the child's "
              "lived experience is evident in agency records.",
              "SPB Business Unit & Quality Assurance Subgroup Chair", "w/e 14/03/25",
              "Audit fieldwork complete. Findings to be presented to the QA Subgroup on "
              "27 March 2025.", "G"),
         ]),
        ("Recommendation 3: Information about domestic abuse known to the police should be "
         "shared promptly with health and education settings.", [
             ("3.1", "Extend Operation Encompass notifications to early years settings and "
              "the school nursing service.",
              "SoJP Public Protection Unit / CYPES Education Safeguarding Lead", "June 2025",
              "Data sharing agreement drafted and with the Jersey Office of the Information "
              "Commissioner for comment. Early years settings briefed in February 2025.",
              "A"),
             ("3.2", "Review the MARAC referral pathway for cases where children are present "
              "in the household.",
              "MARAC Chair", "Sept 2025",
              "Not yet started; scheduled to follow the refresh of the Domestic Abuse "
              "Strategy.", ""),
         ]),
        ("Recommendation 4: The SPB should assure itself that the learning from this review "
         "is embedded in practice.", [
             ("4.1", "Publish a 7-minute briefing and hold practitioner learning events on the "
              "findings of the review.",
              "SPB Business Unit", "Nov 2024",
              "Briefing published with the report. Three learning events held in November "
              "and December 2024, attended by 164 practitioners.", "B"),
             ("4.2", "Re-audit a sample of neglect cases 12 months after publication to test "
              "the impact of the learning.",
              "Independent Chair, SPB", "Oct/Nov 2025",
              "To be scheduled by the QA Subgroup.", "G"),
             ("4.3", "Report progress against this action plan to the SPB every quarter.",
              "SPB Business Manager", "Ongoing",
              "Standing item on the SPB agenda; last reported on 5 March 2025.", "G"),
         ]),
    ]
    for rec, acts in recs:
        row = tbl.add_row()
        merged = row.cells[0].merge(row.cells[len(cols) - 1])
        bold_cell(merged, rec)
        shade(merged, "F2F2F2")
        for ref, action, lead, when, prog, rag in acts:
            cells = tbl.add_row().cells
            for i, v in enumerate([ref, action, lead, when, prog, rag]):
                cells[i].text = v
            if rag:
                shade(cells[5], rag_col[rag])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: B \u2013 Complete;  G \u2013 On track;  A \u2013 Some slippage, "
                      "remedial action in place;  R \u2013 Off track.")
    doc.add_paragraph("Abbreviations: CYPES \u2013 Children, Young People, Education and Skills; "
                      "HCJ \u2013 Health and Care Jersey; FNHC \u2013 Family Nursing & Home Care; "
                      "SoJP \u2013 States of Jersey Police; MARAC \u2013 Multi-Agency Risk "
                      "Assessment Conference.")
    doc.save(out("p2-jersey-spb-scr-child-l-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Mansfield CSP: DHR action plan, Home Office template columns, tab-separated
#    export of the Word table (merged recommendation cells come out blank)
# ---------------------------------------------------------------------------
def mansfield():
    lines = [
        "Mansfield Community Safety Partnership: Domestic Homicide Review (Emma) - Action Plan",
        "Progress as at 28 February 2025 - reported to the DHR Steering Group",
        "",
        "\t".join(["No.", "Recommendation", "Scope of recommendation", "Action to take",
                   "Lead Agency", "Key milestones achieved in enacting recommendation",
                   "Target Date", "Date of Completion and Outcome", "RAG"]),
        "Overview report recommendations (multi-agency)",
        "\t".join(["1.1",
                   "The CSP to seek assurance that agencies routinely ask about domestic abuse "
                   "(routine enquiry) when a patient or client presents with alcohol misuse.",
                   "Local",
                   "Audit routine enquiry in substance misuse services and the Emergency "
                   "Department and share the results with the DHR Steering Group.",
                   "Change Grow Live / Sherwood Forest Hospitals NHS FT",
                   "CGL audit completed November 2024: routine enquiry recorded in 81% of "
                   "assessments. SFH audit in progress.",
                   "31/03/2025", "", "Amber"]),
        "\t".join(["1.2", "", "",
                   "Deliver refresher training on routine enquiry to substance misuse "
                   "recovery workers.",
                   "Change Grow Live",
                   "Training delivered to all recovery workers.",
                   "31/10/2024", "Completed 24/10/2024 - 46 staff trained", "Complete"]),
        "\t".join(["2.1",
                   "Partners to ensure that when a victim discloses domestic abuse to a health "
                   "professional a DASH risk assessment is completed and a MARAC referral is "
                   "considered.",
                   "Local",
                   "Add a DASH prompt to the GP practice template used across Mansfield and "
                   "Ashfield practices.",
                   "Nottingham and Nottinghamshire ICB (Safeguarding Adults Team)",
                   "Template drafted; awaiting sign-off by the Primary Care Digital Group.",
                   "June 2025", "", "Green"]),
        "\t".join(["2.2", "", "",
                   "Deliver IRIS domestic abuse training to the GP practices in Mansfield "
                   "that are not yet IRIS-trained.",
                   "ICB / Nottinghamshire Women's Aid",
                   "9 of 14 practices trained.",
                   "30/09/2025", "", "Green"]),
        "\t".join(["3.1",
                   "Mansfield District Council to review how housing officers respond to "
                   "reports of anti-social behaviour where domestic abuse may be a factor.",
                   "Local",
                   "Update the ASB procedure to require a domestic abuse screening question on "
                   "all noise and disturbance reports.",
                   "Head of Housing, Mansfield DC",
                   "Procedure updated and approved by CMT.",
                   "Dec 2024", "Completed January 2025", "Complete"]),
        "",
        "Single agency recommendations",
        "\t".join(["4.1",
                   "Nottinghamshire Police: ensure that officers attending domestic incidents "
                   "record the voice of any children present.",
                   "Local",
                   "Include the voice of the child in the domestic abuse body worn video audit "
                   "and feed back the findings to response teams.",
                   "Nottinghamshire Police (Public Protection)",
                   "Audit question added January 2025; first quarterly audit due in April.",
                   "Q1 2025/26", "", "Green"]),
        "\t".join(["5.1",
                   "Sherwood Forest Hospitals NHS FT: ensure that ED staff use the hospital "
                   "IDVA service for patients disclosing abuse.",
                   "Local",
                   "Promote the Hospital IDVA referral pathway through ED safeguarding "
                   "champions and monitor monthly referral figures.",
                   "Named Nurse Safeguarding Adults, SFH",
                   "Referrals from ED up from 6 a month to 15 a month since September 2024.",
                   "Ongoing", "", "Green"]),
        "\t".join(["6.1",
                   "Nottinghamshire Healthcare NHS FT: ensure that care plans for service users "
                   "with a history of perpetrating domestic abuse include a risk management "
                   "plan.",
                   "Local",
                   "Audit 30 care plans of service users known to have perpetrated domestic "
                   "abuse and report the findings to the Trust Safeguarding Committee.",
                   "Head of Safeguarding, NHCT",
                   "Audit delayed by vacancies in the safeguarding team; a revised date is to "
                   "be agreed at the next DHR Steering Group.",
                   "31/12/2024", "", "Red"]),
        "",
        "RAG: Complete = action completed and evidenced; Green = on track; Amber = some "
        "slippage; Red = target date missed",
    ]
    with open(out("p2-mansfield-csp-dhr-emma-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 4. NHS North East and North Cumbria ICB: internal audit recommendations tracker (CSV)
#    one target date typed with a letter O for the zero of the month: 31/O3/2025
# ---------------------------------------------------------------------------
def nenc():
    hdr = ["Audit", "Year", "Assurance", "Rec No.", "Priority", "Recommendation",
           "Agreed action", "Action owner", "Target date", "Revised target date", "Status",
           "Progress update"]
    n = len(hdr)
    blank = [""] * n
    rows = [
        ["Internal Audit Recommendations Tracker"] + [""] * (n - 1),
        ["NHS North East and North Cumbria ICB - Audit and Risk Committee - position as at "
         "31 January 2025"] + [""] * (n - 1),
        blank,
        hdr,
        ["Continuing Healthcare Financial Controls", "2024/25", "Limited", "CHC/01", "High",
         "Packages of care should be authorised within the delegated limits set out in the "
         "Scheme of Reservation and Delegation.",
         "Reissue delegated limits to the CHC team and introduce a monthly exception report "
         "to the Director of Finance.",
         "Head of Continuing Healthcare; Deputy Director of Finance", "31/10/2024", "",
         "Implemented",
         "Exception report in place from October 2024; follow-up testing by internal audit "
         "confirmed."],
        ["Continuing Healthcare Financial Controls", "2024/25", "Limited", "CHC/02", "Medium",
         "Reviews of CHC eligibility should be completed at three months and annually "
         "thereafter.",
         "Recruit two additional review nurses and clear the backlog of overdue reviews.",
         "Head of Continuing Healthcare", "31/12/2024", "30/06/2025", "In progress",
         "One nurse in post from January 2025; backlog reduced from 412 to 288."],
        ["Conflicts of Interest", "2024/25", "Moderate", "COI/01", "Medium",
         "Declarations of interest should be obtained from all decision-making staff "
         "annually.",
         "Run an annual declaration campaign with reminders; non-responders escalated to "
         "directors.",
         "Board Secretary", "31/03/2025", "", "In progress",
         "Campaign launched January 2025; 78% response to date."],
        ["Conflicts of Interest", "2024/25", "Moderate", "COI/02", "Low",
         "The register of interests published on the website should be complete and up to "
         "date.",
         "Publish the updated register of interests after the declaration campaign closes.",
         "Corporate Governance Manager", "30/04/2025", "", "Not started",
         "To follow the declaration campaign."],
        ["Data Security and Protection Toolkit", "2024/25", "Moderate", "DSPT/01", "High",
         "Information asset owners should review their information asset registers and data "
         "flow maps annually.",
         "IAO review cycle to be scheduled and tracked by the IG team.",
         "SIRO / Head of Information Governance", "31/O3/2025", "", "In progress",
         "11 of 16 registers reviewed."],
        ["Data Security and Protection Toolkit", "2024/25", "Moderate", "DSPT/02", "Medium",
         "Data security awareness training compliance should reach the 95% toolkit standard.",
         "Targeted reminders to teams below 95% and reporting to the Executive Committee.",
         "Head of Information Governance", "30/06/2025", "", "In progress",
         "Compliance 91% at 31 January 2025."],
        ["Primary Care Commissioning", "2023/24", "Limited", "PCC/03", "Medium",
         "Contract variations for GP practices should be signed by both parties before they "
         "take effect.",
         "Introduce a variation log and monthly check by the Primary Care Contracts Manager.",
         "Primary Care Contracts Manager", "30/09/2024", "2025-26 Q1", "In progress",
         "Log in place; 23 historic variations still awaiting practice signature."],
        ["Primary Care Commissioning", "2023/24", "Limited", "PCC/04", "Medium",
         "Post-payment verification of enhanced service claims should be completed for a "
         "sample of practices each quarter.",
         "Agree a PPV sampling plan with the commissioning support unit.",
         "Head of Primary Care; Finance Business Partner", "31/12/2024", "31/03/2025",
         "Overdue",
         "Sampling plan agreed; first quarter's checks not yet completed."],
        blank,
        ["Key: Implemented = action complete and verified by internal audit; In progress = "
         "within target date; Overdue = past the target or revised date"] + [""] * (n - 1),
    ]
    with open(out("p2-nenc-icb-internal-audit-tracker-refuse.csv"), "w", encoding="utf-8",
              newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)
    # where the typing error is, as a text line number (1-based)
    for i, row in enumerate(rows, 1):
        if "31/O3/2025" in row:
            print("nenc: 31/O3/2025 on line", i)


# ---------------------------------------------------------------------------
# 5. Isle of Man Safeguarding Board: SAR (Mr B) action plan, colour-only RAG, key below,
#    lead officers 'Surname, Forename', some cells with two officers
# ---------------------------------------------------------------------------
def isle_of_man():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr B"
    ws["A1"] = "Safeguarding Adult Review \u2013 Mr B: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Isle of Man Safeguarding Board  |  Monitored by the Adult Practice Review "
                "Group  |  Updated May 2025")
    hdr = ["Ref", "SAR recommendation", "Action", "Agency", "Lead officer", "Target date",
           "Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True)
        cell.fill = fill(FILL["lblue"])
        cell.border = BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    themes = [
        ("Theme 1: Self-neglect and refusal of care", [
            ("1.1", "R1. Manx Care should ensure that the Self-Neglect and Hoarding Guidance is "
             "embedded in adult social care and community health practice.",
             "Relaunch the multi-agency Self-Neglect and Hoarding Guidance with a practitioner "
             "briefing and a one-page flowchart.",
             "IoMSB Office", "Kinvig, Helen", "Q4 2024/25",
             "Guidance relaunched at the Board's practitioner forum on 18 March 2025; flowchart "
             "circulated to all partner agencies.", "blue"),
            ("1.2", "R1. Manx Care should ensure that the Self-Neglect and Hoarding Guidance is "
             "embedded in adult social care and community health practice.",
             "Audit a sample of 15 self-neglect cases in adult social care and community "
             "nursing against the guidance.",
             "Manx Care", "Quayle, Ruth / Corlett, Mark", "Q2 2025/26",
             "Audit tool agreed; case sample being drawn.", "green"),
            ("2.1", "R2. Agencies should use professionals' meetings where an adult repeatedly "
             "declines support and risks are escalating.",
             "Add a 'team around the adult' professionals' meeting trigger to the multi-agency "
             "safeguarding procedures.",
             "IoMSB Office", "Kinvig, Helen", D(2025, 6, 30),
             "Draft procedure change out for consultation until 30 May 2025.", "green"),
        ]),
        ("Theme 2: Homelessness and housing", [
            ("3.1", "R3. The Department of Infrastructure and Manx Care should agree a pathway "
             "for people leaving hospital with no settled accommodation.",
             "Develop and agree a joint hospital discharge protocol for people of no fixed "
             "abode.",
             "Manx Care / DoI Housing", "Cain, Peter; Kneale, Susan", "Q3 2025/26",
             "Initial workshop held April 2025; draft protocol expected in September.",
             "amber"),
            ("3.2", "R3. The Department of Infrastructure and Manx Care should agree a pathway "
             "for people leaving hospital with no settled accommodation.",
             "Establish a monthly housing and health case conference for complex cases, with "
             "Graih and the Housing Advice service.",
             "DoI Housing", "Kneale, Susan", "Q1 2025/26",
             "Not yet started; terms of reference to be drafted.", None),
        ]),
        ("Theme 3: Alcohol and substance use", [
            ("4.1", "R4. The Board should seek assurance that the drug and alcohol service's "
             "discharge for non-attendance takes account of risk.",
             "Review the Drug and Alcohol Team's non-engagement policy so that discharge "
             "requires a risk assessment and liaison with the referrer.",
             "Manx Care (Drug and Alcohol Team)", "Callister, James", D(2025, 3, 31),
             "Revised policy approved by the Care Group governance meeting in February 2025.",
             "blue"),
            ("4.2", "R4. The Board should seek assurance that the drug and alcohol service's "
             "discharge for non-attendance takes account of risk.",
             "Report quarterly to the Adult Practice Review Group on discharges following "
             "non-attendance.",
             "Manx Care (Drug and Alcohol Team)", "Callister, James", "Quarterly",
             "No report received for Q4 2024/25; escalated to the Manx Care Director of "
             "Mental Health.", "red"),
        ]),
        ("Theme 4: Learning and assurance", [
            ("5.1", "R5. The Board should evaluate the impact of the learning from this review "
             "within 12 months of publication.",
             "Hold a follow-up practitioner survey and learning event 12 months after "
             "publication.",
             "IoMSB Office", "Kinvig, Helen", D(2026, 1, 31),
             "Planned for January 2026; survey questions being drafted with the Practice "
             "Review Group.", "green"),
        ]),
    ]
    r = 5
    for theme, acts in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).fill = fill(FILL["grey"])
        r += 1
        for ref, rec, action, agency, lead, when, upd, rag in acts:
            vals = [ref, rec, action, agency, lead, when, upd, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.border = BOX
            if isinstance(when, dt.datetime):
                ws.cell(r, 6).number_format = ("mmm yyyy" if when.year == 2025
                                               else "mmm-yy")
                if when.month == 3:
                    ws.cell(r, 6).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 8).fill = fill(FILL[rag])
            r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for colour, text in [("blue", "Complete"), ("green", "On track"),
                         ("amber", "Some risk to delivery"),
                         ("red", "Off track / overdue"), (None, "No colour \u2013 not yet started")]:
        r += 1
        if colour:
            ws.cell(r, 1).fill = fill(FILL[colour])
        ws.cell(r, 2, text)
    for col, w in zip("ABCDEFGH", [6, 40, 45, 20, 22, 12, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(out("p2-isle-of-man-sb-sar-mr-b-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 6. North Lincolnshire HWB: JHWS delivery plan 2025-26 highlight report (Q2)
#    summary count table, a table per priority, timescales 'by end Q2', 'Q3', '2026-27 Q1'
# ---------------------------------------------------------------------------
def north_lincs():
    doc = Document()
    doc.add_paragraph("Joint Health and Wellbeing Strategy Delivery Plan 2025-26: "
                      "Highlight Report (Quarter 2)", style="Title")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Report to", "North Lincolnshire Health and Wellbeing Board, 14 October 2025"),
                 ("Author", "Public Health Intelligence Lead"),
                 ("Period", "July to September 2025")]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    doc.add_heading("Summary", level=1)
    doc.add_paragraph(
        "The delivery plan has nine actions across the three strategy priorities. At the end "
        "of Quarter 2 one action is complete, five are on track, two are at risk and one is "
        "off track. Exceptions are set out under each priority below.")
    s = doc.add_table(rows=1, cols=6)
    s.style = "Table Grid"
    for i, h in enumerate(["Priority", "Actions", "Complete", "On track", "At risk",
                           "Off track"]):
        bold_cell(s.rows[0].cells[i], h)
    for vals in [("1. Best start in life", "3", "0", "2", "1", "0"),
                 ("2. Healthy weight and physical activity", "3", "1", "1", "1", "0"),
                 ("3. Mental health and wellbeing", "3", "0", "2", "0", "1"),
                 ("Total", "9", "1", "5", "2", "1")]:
        cells = s.add_row().cells
        for i, v in enumerate(vals):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("Key achievements this quarter:")
    for b in ["Adult healthy weight programme contract awarded in August 2025.",
              "Real-time suicide surveillance data-sharing agreement signed with Humberside "
              "Police.",
              "Start for Life parent-infant offer live in four family hubs."]:
        doc.add_paragraph(b, style="List Bullet")
    status_col = {"Complete": "5B9BD5", "On track": "70AD47", "At risk": "FFC000",
                  "Off track": "FF0000"}
    cols = ["Ref", "Action", "Lead(s)", "Timescale (2025/26)", "Q2 update", "Status"]
    prios = [
        ("Priority 1: Giving every child the best start in life", [
            ("1.1", "Increase uptake of the 2-year integrated review through the Family Hub "
             "network.",
             "Head of Early Help / 0-19 Service Manager", "by end Q2",
             "Uptake 84% at the end of Q2 against a target of 85%. Outreach sessions running "
             "in Scunthorpe and Ashby family hubs.", "At risk"),
            ("1.2", "Launch the Start for Life parent-infant relationships offer across all "
             "family hubs.",
             "Head of Early Help", "Q3",
             "Offer launched in 4 of 6 hubs; the remaining two start in November 2025.",
             "On track"),
            ("1.3", "Refresh the infant feeding strategy with maternity services.",
             "Consultant in Public Health; Head of Midwifery, NLaG", "Q4",
             "Strategy group meeting monthly; draft due January 2026.", "On track"),
        ]),
        ("Priority 2: Healthy weight and physical activity", [
            ("2.1", "Commission a whole-system healthy weight programme for adults.",
             "Director of Public Health", "by end Q2",
             "Contract awarded in August 2025; mobilisation under way.", "Complete"),
            ("2.2", "Deliver the 'Move More' campaign in the three wards with the lowest "
             "activity levels.",
             "Active Lifestyles Manager", "Q3",
             "Campaign materials signed off. Launch moved from September to October because "
             "of venue availability.", "At risk"),
            ("2.3", "Develop a planning guidance note restricting new hot food takeaways near "
             "schools.",
             "Head of Planning; Public Health Principal (Healthy Places)", "2026-27 Q1",
             "Evidence base being collated; consultation planned for spring 2026.",
             "On track"),
        ]),
        ("Priority 3: Mental health and wellbeing", [
            ("3.1", "Roll out Mental Health First Aid training to frontline staff in partner "
             "organisations.",
             "VANL / RDaSH Training Lead", "Ongoing",
             "212 staff trained to date across 17 organisations.", "On track"),
            ("3.2", "Open a community mental health crisis caf\u00e9 in Scunthorpe town centre.",
             "RDaSH Care Group Director", "Q3",
             "Lease on the preferred premises not agreed; an alternative site is being "
             "explored with Ongo.", "Off track"),
            ("3.3", "Agree a suicide prevention action plan with partners, supported by "
             "real-time surveillance reporting.",
             "Consultant in Public Health / Humberside Police", "March 2026",
             "Data-sharing agreement signed July 2025. Action plan to come to the Board in "
             "December.", "On track"),
        ]),
    ]
    for prio, acts in prios:
        doc.add_heading(prio, level=2)
        tbl = doc.add_table(rows=1, cols=len(cols))
        tbl.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(tbl.rows[0].cells[i], h)
            shade(tbl.rows[0].cells[i], "D9E2F3")
        for vals in acts:
            cells = tbl.add_row().cells
            for i, v in enumerate(vals):
                cells[i].text = v
            shade(cells[5], status_col[vals[5]])
        doc.add_paragraph()
    doc.add_paragraph("Status key: Complete (blue) \u2013 action delivered; On track (green); "
                      "At risk (amber) \u2013 some slippage, recoverable within the year; "
                      "Off track (red) \u2013 will not be delivered to timescale without "
                      "Board support.")
    doc.add_paragraph("NLaG \u2013 Northern Lincolnshire and Goole NHS Foundation Trust; "
                      "RDaSH \u2013 Rotherham Doncaster and South Humber NHS Foundation Trust; "
                      "VANL \u2013 Voluntary Action North Lincolnshire.")
    doc.save(out("p2-north-lincolnshire-hwb-delivery-plan-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 7. Huntingdonshire DC: Corporate Peer Challenge action plan kept in Microsoft Planner,
#    'Export plan to Excel' layout (plan name / ID / date of export, header on row 5)
# ---------------------------------------------------------------------------
def huntingdonshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "HDC CPC Action Plan"
    ws["A1"], ws["B1"] = "Plan name", "HDC Corporate Peer Challenge Action Plan"
    ws["A2"], ws["B2"] = "Plan ID", "Yq3kVb0s9UyN7cTgP4hW2mQAFx1e"
    ws["A3"], ws["B3"] = "Date of export", "17/03/2025"
    hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To",
           "Created By", "Created Date", "Start date", "Due date", "Is Recurring", "Late",
           "Completed Date", "Completed By", "Completed Checklist Items", "Checklist Items",
           "Labels", "Description"]
    for c, h in enumerate(hdr, 1):
        ws.cell(5, c, h)
    b1 = "Rec 1: Set out a clear long-term financial strategy"
    b2 = "Rec 2: Strengthen performance management"
    b3 = "Rec 3: Develop the council's place leadership role"
    b4 = "Rec 4: Invest in organisational development"
    tasks = [
        ("f0Rk2LhT8EuV1nQm5dXcA-GUAJbw",
         "Refresh the Medium Term Financial Strategy to cover five years and publish it with "
         "the 2025/26 budget", b1, "Completed", "Important",
         "Claire Edmunds;Oliver Finch", "24/07/2024", "01/08/2024", "28/02/2025", "false",
         "false", "19/02/2025", "Claire Edmunds", "3/3",
         "Draft MTFS;Cabinet;Council", "", "Approved by Council on 19/02/2025."),
        ("pR7x2f8hKc0mVtQ1bZ5aY-GUAAnb",
         "Develop a Commercial and Investment Strategy with a clear risk appetite", b1,
         "In progress", "Medium", "Oliver Finch", "24/07/2024", "01/10/2024", "30/06/2025",
         "false", "false", "", "", "1/3", "Draft strategy;Risk appetite workshop;Cabinet",
         "RAG - Amber",
         "Draft to Overview & Scrutiny in May. Risk appetite workshop with Cabinet slipped to "
         "April."),
        ("Zt4cW9uJ3yBn6sKe0LqHd-GUAPa1",
         "Run a member briefing programme on the financial outlook and savings options", b1,
         "In progress", "Medium", "Claire Edmunds", "24/07/2024", "01/01/2025", "31/03/2025",
         "false", "false", "", "", "2/3", "January briefing;February briefing;March briefing",
         "RAG - Green", "Two of three briefings delivered (January and February)."),
        ("Hk8sD2vN5pQw1rTy7UcXe-GUAHc3",
         "Introduce a quarterly corporate performance report combining KPIs, finance and risk",
         b2, "Completed", "Important", "Karen Sutherland;Tom Hale", "24/07/2024",
         "01/09/2024", "31/12/2024", "false", "false", "06/12/2024", "Karen Sutherland",
         "", "", "", "Q2 report to Cabinet 05/12/2024; now business as usual."),
        ("Mn3bV6cX9zLk2jHg5FdSa-GUAQr7",
         "Procure a performance management system to replace spreadsheets", b2,
         "In progress", "Urgent", "Tom Hale", "24/07/2024", "01/10/2024", "31/01/2025",
         "false", "true", "", "", "1/4",
         "Requirements;Soft market test;Tender;Award", "RAG - Red",
         "Procurement paused pending ICT capacity. New date to be agreed by CLT."),
        ("Qw5eR8tY1uIo4pAs7DfGh-GUAKl9",
         "Set service plan templates linked to the Corporate Plan outcomes", b2,
         "Not started", "Medium", "Karen Sutherland", "24/07/2024", "", "30/04/2025",
         "false", "false", "", "", "", "", "", ""),
        ("Jx2cV5bN8mQw3eRt6YuIo-GUAZx4",
         "Agree a Place Strategy for Huntingdonshire with partners and the Combined Authority",
         b3, "In progress", "Important", "Andrew Marsh;Priya Desai", "24/07/2024",
         "01/09/2024", "30/09/2025", "false", "false", "", "", "2/5",
         "Evidence base;Partner workshops;Draft;Consultation;Adoption", "RAG - Green",
         "Partner workshops held in January and February 2025."),
        ("Lp9oK2iJ5uHy8gTf1RdEs-GUAWs6",
         "Hold a partnership summit with health, police, and town and parish councils", b3,
         "Completed", "Medium", "Priya Desai", "24/07/2024", "01/09/2024", "29/11/2024",
         "false", "false", "27/11/2024", "Priya Desai", "", "", "",
         "Summit held 27/11/2024; 64 attendees."),
        ("Vb4nM7qW0eRt3yUi6OpAs-GUAEd2",
         "Run a staff engagement survey and publish an action plan in response", b4,
         "In progress", "Medium", "Sara Whitlock", "24/07/2024", "06/01/2025", "31/05/2025",
         "false", "false", "", "", "1/2", "Survey;Action plan", "RAG - Green",
         "Survey closed 28/02/2025 with a 61% response rate."),
        ("Cx6zA9sD2fGh5jKl8QwEr-GUATy8",
         "Introduce a leadership development programme for Heads of Service and managers", b4,
         "In progress", "Medium", "Sara Whitlock;Andrew Marsh", "24/07/2024", "01/11/2024",
         "31/07/2025", "false", "false", "", "", "", "", "RAG - Amber",
         "Provider procurement took longer than planned; first cohort now due to start in "
         "June."),
    ]
    for r, t in enumerate(tasks, 6):
        (tid, name, bucket, prog, prio, who, created, start, due, recur, late, done,
         doneby, cdone, clist, labels, desc) = t
        vals = [tid, name, bucket, prog, prio, who, "Joanne Pike", created, start, due,
                recur, late, done, doneby, cdone, clist, labels, desc]
        for c, v in enumerate(vals, 1):
            ws.cell(r, c, v if v != "" else None)
    wb.save(out("p2-huntingdonshire-cpc-action-plan-planner-export.xlsx"))


if __name__ == "__main__":
    chesterfield()
    jersey()
    mansfield()
    nenc()
    isle_of_man()
    north_lincs()
    huntingdonshire()
