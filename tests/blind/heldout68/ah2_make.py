"""Make the ah2- case documents of heldout68 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python (python-docx, openpyxl). Writes beside this script:
  ah2-west-london-nhs-trust-board-action-log.xlsx
  ah2-bournemouth-poole-sab-sar-mr-p-action-plan.xlsx
  ah2-london-ambulance-service-pfd-reg28-action-tracker.xlsx
  ah2-mole-valley-csp-dhr-alison-action-plan.docx
  ah2-southern-health-mazars-action-plan-progress-report.docx
  ah2-nelft-cqc-must-should-do-action-plan-export.csv
  ah2-st-albans-strategic-risk-register-mitigating-actions.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)

FILL = {
    "blue": PatternFill("solid", fgColor="9DC3E6"),
    "green": PatternFill("solid", fgColor="92D050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "nhsblue": PatternFill("solid", fgColor="005EB8"),
    "theme": PatternFill("solid", fgColor="DDEBF7"),
}


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    return os.path.join(HERE, name)


def fit_rows(ws, first, last, ncol):
    """Set row heights from the wrapped text, as a person would drag them, and fit the page."""
    import math
    widths = [ws.column_dimensions[get_column_letter(c)].width or 10 for c in range(1, ncol + 1)]
    merged_tops = {}
    for rng in ws.merged_cells.ranges:
        if rng.min_col == rng.max_col and rng.max_row > rng.min_row:
            merged_tops[(rng.min_row, rng.min_col)] = rng.max_row - rng.min_row + 1
    for r in range(first, last + 1):
        lines = 1
        if any(rg.min_row == r and rg.max_col > rg.min_col for rg in ws.merged_cells.ranges):
            ws.row_dimensions[r].height = 18
            continue
        for c in range(1, ncol + 1):
            v = ws.cell(row=r, column=c).value
            if v is None or isinstance(v, dt.datetime):
                continue
            n = math.ceil(len(str(v)) * 1.1 / max(widths[c - 1] - 1, 1))
            n = math.ceil(n / merged_tops.get((r, c), 1))
            lines = max(lines, n)
        ws.row_dimensions[r].height = max(15, 13 * lines + 3)
    ws.row_dimensions[first - 1].height = 30
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


# ---------------------------------------------------------------------------
# 1. West London NHS Trust - Trust Board action log (xlsx)
# ---------------------------------------------------------------------------
def make_wlt_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action log"
    ncol = 10
    ws["A1"] = "West London NHS Trust – Trust Board (Part 1, meeting in public): Action Log"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Updated for the Board meeting of 26 September 2019. Actions marked Complete will be "
                "removed from the log after this meeting.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)

    headers = ["No.", "Meeting date", "Minute ref", "Item", "Action", "Lead", "Due date",
               "Revised due date", "Update", "Status"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["nhsblue"]
        cell.alignment = CENTRE
        cell.border = BOX

    status_fill = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}
    rows = [
        # row, no, meeting, minute, item, action, lead, due, revised, update, status
        (5, "2019/14", d(2019, 3, 28), "TB 19/041", "Integrated Performance Report",
         "Provide a breakdown of out of area placements by borough and by length of stay, showing the trend since April 2018.",
         "LS", d(2019, 5, 30), None,
         "Breakdown provided as Appendix 3 to the May IPR. Propose closure.", "Complete"),
        (6, "2019/15", d(2019, 3, 28), "TB 19/044", "Guardian of Safe Working Hours quarterly report",
         "Report back on the actions taken to reduce exception reporting by junior doctors on the Broadmoor Hospital rota.",
         "SM", d(2019, 7, 25), d(2019, 9, 26),
         "Deferred to September so that the new rota (in place from 5 August) can be assessed; data to the end of August will be included.",
         "At risk"),
        (7, "2019/16", d(2019, 3, 28), "TB 19/047", "Freedom to Speak Up Guardian report",
         "Schedule a Board development session on Freedom to Speak Up, drawing on the National Guardian's Office case reviews.",
         "Trust Secretary", d(2019, 6, 30), None,
         "Session held on 13 June 2019, facilitated by the National Guardian's Office. Propose closure.", "Complete"),
        (9, "2019/21", d(2019, 5, 30), "TB 19/062", "Quality and Safety Committee report",
         "Circulate the ligature risk reduction programme timeline to Board members, with the estates works schedule by ward.",
         "CD/JM", d(2019, 6, 30), None,
         "Timeline and ward schedule circulated on 4 July 2019. Propose closure.", "Complete"),
        (10, "2019/22", d(2019, 5, 30), "TB 19/065", "Workforce Race Equality Standard",
         "Bring the WRES action plan back to the Board with measurable targets for BME representation at Band 8a and above.",
         "Director of Workforce and Organisational Development", d(2019, 9, 26), None,
         "On the agenda for this meeting (item 9).", "On track"),
        (11, "2019/23", d(2019, 5, 30), "TB 19/068", "Finance report – Month 1",
         "Set out the risks to delivery of the 2019/20 cost improvement programme, with mitigations, in the Month 3 finance report.",
         "KR", d(2019, 7, 25), None,
         "Not included in the July report. Will be covered in the Month 5 report to the September Board.", "Overdue"),
        (13, "2019/27", d(2019, 7, 25), "TB 19/083", "Patient story",
         "Write to the service user and her family to thank them for attending, confirming the changes made to discharge planning on the ward.",
         "CW", d(2019, 8, 31), None,
         "Letter sent by the Chair on 2 August 2019. Propose closure.", "Complete"),
        (14, "2019/28", d(2019, 7, 25), "TB 19/085", "Integrated Performance Report",
         "Include CAMHS referral-to-treatment waiting times by borough in the Integrated Performance Report from Quarter 2.",
         "LS", d(2019, 10, 31), None,
         "Data definitions agreed with the CAMHS service line; first report due in the October IPR.", "On track"),
        (15, "2019/29", d(2019, 7, 25), "TB 19/087", "Board Assurance Framework",
         "Review BAF risk 7 (high secure redevelopment) and re-score it following handover of the phase 2 building.",
         "Trust Secretary & KR", d(2019, 9, 26), None,
         "Reviewed with the Director of Finance on 3 September; the proposed re-score from 16 to 12 is in the BAF paper for this meeting.",
         "On track"),
        (16, "2019/30", d(2019, 7, 25), "TB 19/088", "NHS Staff Survey 2018 – local action plans",
         "Report progress on local staff survey action plans to the People and Culture Committee, escalating to the Board by exception.",
         "Director of Workforce and Organisational Development", "Quarterly", None,
         "First report to the People and Culture Committee on 17 October 2019.", "On track"),
    ]
    for (r, no, meet, minute, item, action, lead, due, rev, upd, status) in rows:
        vals = [no, meet, minute, item, action, lead, due, rev, upd, status]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP_TOP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        sc = ws.cell(row=r, column=10)
        sc.fill = FILL[status_fill[status]]
        sc.alignment = CENTRE
        if status == "Overdue":
            sc.font = Font(bold=True, color="FFFFFF")
        else:
            sc.font = Font(bold=True)
    # blank separator rows between meetings keep borders off

    ws["A18"] = "Status key"
    ws["A18"].font = Font(bold=True)
    key = [("Complete", "blue", "Action completed – proposed for closure"),
           ("On track", "green", "Progressing and expected to be met by the due date"),
           ("At risk", "amber", "Due date revised or at risk of not being met"),
           ("Overdue", "red", "Past the due date and not complete")]
    for i, (word, colour, text) in enumerate(key):
        r = 19 + i
        a = ws.cell(row=r, column=1, value=word)
        a.fill = FILL[colour]
        a.border = BOX
        a.font = Font(bold=True, color="FFFFFF" if colour == "red" else "000000")
        ws.cell(row=r, column=2, value=text)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)

    widths = [9, 12, 11, 24, 48, 18, 12, 12, 46, 11]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    fit_rows(ws, 5, 16, ncol)
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    wb.save(out("ah2-west-london-nhs-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Bournemouth & Poole SAB - SAR 'Mr P' action plan (xlsx) - mistyped month, row 12
# ---------------------------------------------------------------------------
def make_bpsab_sar():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Mr P action plan"
    ncol = 7
    ws["A1"] = ("Bournemouth & Poole Safeguarding Adults Board – Safeguarding Adults Review 'Mr P': "
                "Multi-agency Action Plan")
    ws["A1"].font = Font(bold=True, size=13, color="4B2C83")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = "Monitored by the SAR Sub-group. Last updated 14 November 2018."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws.row_dimensions[1].height = 22

    headers = ["Ref", "Recommendation", "Action", "Lead agency / officer", "Target date",
               "Progress update", "RAG"]
    purple = PatternFill("solid", fgColor="4B2C83")
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = purple
        cell.alignment = CENTRE
        cell.border = BOX

    themes = {6: "Theme 1: Self-neglect and hoarding",
              10: "Theme 2: Mental capacity and executive functioning",
              14: "Theme 3: Multi-agency risk management and escalation"}
    for r, t in themes.items():
        cell = ws.cell(row=r, column=1, value=t)
        cell.font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = FILL["theme"]
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    recs = [
        (7, 8, "1. The SAB should seek assurance that partner agencies are using the Pan-Dorset "
               "multi-agency self-neglect and hoarding guidance, and that practitioners know when to "
               "convene a multi-agency meeting."),
        (9, 9, "2. Dorset HealthCare and primary care should ensure that repeated missed appointments "
               "by adults who self-neglect are followed up and shared with the GP."),
        (11, 12, "3. Partner agencies should ensure that mental capacity assessments consider executive "
                 "functioning where a person's actions repeatedly contradict what they say they will do."),
        (13, 13, "4. The SAB should seek assurance that the Mental Capacity Act is applied consistently "
                 "by all agencies involved with a person."),
        (15, 16, "5. Agencies should use the multi-agency risk management (MARM) process for adults at "
                 "high risk who decline support, and escalate when a plan is not working."),
        (17, 17, "6. Dorset Police and the ambulance service should share information about repeat "
                 "welfare calls with adult social care."),
    ]
    for r1, r2, text in recs:
        ws.cell(row=r1, column=2, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        ws.cell(row=r1, column=2).alignment = WRAP_TOP

    acts = [
        (7, "1.1", "Re-launch the self-neglect and hoarding guidance through practitioner briefings and the SAB newsletter.",
         "BPSAB Business Manager", "December 2018",
         "Briefings held in Bournemouth (3 October) and Poole (10 October); article in the autumn newsletter.", "G"),
        (8, "1.2", "Audit a sample of self-neglect cases in each borough to test whether multi-agency meetings were held.",
         "Borough of Poole – Safeguarding Adults Manager", "March 2019",
         "Audit tool agreed by the Quality Assurance Sub-group; the case sample will be drawn in January.", "G"),
        (9, "2.1", "Revise the 'did not attend' policy for adult community services to include a safeguarding prompt for people who self-neglect.",
         "Dorset HealthCare – Named Professional Safeguarding Adults", "January 2019",
         "Revision delayed by the Trust's policy review cycle; now going to the Policy Group in January.", "A"),
        (11, "3.1", "Commission multi-agency MCA training that covers executive functioning, using case examples from this review.",
         "BPSAB Training Sub-group Chair", "March 2019",
         "Trainer commissioned; four sessions scheduled between January and March 2019.", "G"),
        (12, "3.2", "Add guidance on executive functioning to the MCA assessment templates used by adult social care in both boroughs.",
         "Bournemouth Borough Council – Principal Social Worker", "Ocotber 2018",
         "Template updated in Bournemouth; the Poole template is awaiting sign-off.", "A"),
        (13, "4.1", "Include a question on MCA practice in the 2018/19 SAB partner self-assessment.",
         "BPSAB Business Manager", "31/03/2019",
         "Question included; self-assessment issued to partners on 1 November.", "G"),
        (15, "5.1", "Develop and publish a Bournemouth and Poole MARM protocol with a clear route for escalation to senior managers.",
         "Borough of Poole – Head of Safeguarding Adults", "June 2019",
         "First draft discussed at the Policy and Procedures Sub-group on 7 November.", "G"),
        (16, "5.2", "Raise frontline staff's awareness of the Board's policy on resolving professional differences and escalation.",
         "All partner agencies", "Ongoing",
         "Policy circulated; partners will report on dissemination in their annual assurance returns.", "G"),
        (17, "6.1", "Agree an information-sharing process for repeat welfare calls (three or more in 28 days) between Dorset Police, SWASFT and both adult social care teams.",
         "Dorset Police – Safeguarding Referral Unit", "December 2018",
         "Process agreed in principle; data-sharing agreement with SWASFT being finalised.", "A"),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for (r, ref, action, lead, target, prog, rag) in acts:
        for c, v in ((1, ref), (3, action), (4, lead), (5, target), (6, prog), (7, rag)):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP_TOP
        ws.cell(row=r, column=7).fill = FILL[rag_fill[rag]]
        ws.cell(row=r, column=7).alignment = CENTRE
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BOX

    ws["A19"] = "RAG key"
    ws["A19"].font = Font(bold=True)
    for i, (letter, colour, text) in enumerate([("B", "blue", "Complete"),
                                                 ("G", "green", "On track"),
                                                 ("A", "amber", "Some slippage – action being taken"),
                                                 ("R", "red", "Off track – escalate to the SAB")]):
        r = 20 + i
        ws.cell(row=r, column=1, value=letter).fill = FILL[colour]
        ws.cell(row=r, column=1).alignment = CENTRE
        ws.cell(row=r, column=2, value=text)

    for i, w in enumerate([7, 42, 44, 26, 14, 42, 7], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    fit_rows(ws, 5, 17, ncol)
    ws.page_setup.orientation = "landscape"
    wb.save(out("ah2-bournemouth-poole-sab-sar-mr-p-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. London Ambulance Service - PFD (Regulation 28) action tracker (xlsx)
# ---------------------------------------------------------------------------
def make_las_pfd():
    wb = Workbook()
    ws = wb.active
    ws.title = "PFD tracker"
    ncol = 7
    ws["A1"] = ("London Ambulance Service NHS Trust – Prevention of Future Deaths (Regulation 28) "
                "Reports: Action Tracker")
    ws["A1"].font = Font(bold=True, size=13, color="005EB8")
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Report to the Quality Assurance Committee, 5 December 2023. Open reports only; "
                "reports closed before April 2023 are not shown.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)

    headers = ["Ref", "Concern raised by the Coroner", "Action", "Action owner", "Due date",
               "Progress update", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["nhsblue"]
        cell.alignment = CENTRE
        cell.border = BOX

    groups = {
        5: "PFD 2023/04 – HM Assistant Coroner, Inner North London – received 21/03/2023 – Trust response sent 16/05/2023",
        9: "PFD 2023/09 – HM Senior Coroner, East London – received 07/07/2023 – Trust response sent 01/09/2023",
        13: "PFD 2023/12 – HM Area Coroner, West London – received 02/10/2023 – Trust response sent 24/11/2023",
    }
    for r, t in groups.items():
        ws.cell(row=r, column=1, value=t).font = Font(bold=True)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = FILL["grey"]
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)

    concerns = [
        (6, 7, "Concern 1: The patient waited over four hours for a Category 2 response and was not "
               "re-triaged by a clinician while waiting, despite a second call from her daughter."),
        (8, 8, "Concern 2: Information given by the caller about the patient's frailty and previous "
               "falls was not passed to the attending crew."),
        (10, 11, "Concern 1: The attending crew were unclear about their powers and duties when a "
                 "patient with suspected mental illness declined to be conveyed."),
        (12, 12, "Concern 2: Crews have no single point of access to specialist mental health advice "
                 "out of hours."),
        (14, 15, "Concern 1: The patient remained in the ambulance outside the emergency department for "
                 "over three hours and the delay was not escalated."),
        (16, 16, "Concern 2: The patient's deterioration while waiting to be handed over was not recorded "
                 "in the clinical record."),
    ]
    for r1, r2, text in concerns:
        ws.cell(row=r1, column=2, value=text)
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)
        ws.cell(row=r1, column=2).alignment = WRAP_TOP

    acts = [
        (6, "4.1", "Introduce a clinical welfare call-back standard for Category 2 calls waiting longer than 60 minutes, with re-triage by a clinician in the Clinical Hub.",
         "Head of Clinical Hub", d(2023, 6, 30),
         "Standard in place from 12 June 2023; compliance reported weekly to the EOC governance meeting (average 91% in Q2).", "B"),
        (7, "4.2", "Audit compliance with the call-back standard monthly for six months and report the results to the Patient Safety Group.",
         "Head of Clinical Audit and Research", d(2023, 12, 31),
         "Four of six monthly audits completed; results reported to the Patient Safety Group in September and November.", "G"),
        (8, "4.3", "Change the CAD so that caller-reported frailty and falls history is displayed on the crew's electronic patient care record.",
         "Chief Information Officer", "Q3 2023/24",
         "Change developed; testing delayed by the CAD upgrade freeze. Go-live now planned for January 2024.", "A"),
        (10, "9.1", "Issue a clinical update and revise the Mental Capacity Act and Mental Health Act guidance on the clinical guidelines app.",
         "Consultant Paramedic – Mental Health", d(2023, 8, 31),
         "Clinical Update 23/14 issued on 18 August 2023 and app guidance revised.", "B"),
        (11, "9.2", "Include a mental health conveyance scenario in the 2023/24 Core Skills Refresher for all frontline staff.",
         "Head of Clinical Education", d(2024, 3, 31),
         "Scenario included from the October cohort; 38% of frontline staff trained to date.", "G"),
        (12, "9.3", "Work with the North East London mental health trusts and ICB to extend the mental health joint response car to 24 hours a day, seven days a week.",
         "Head of Mental Health", "Ongoing",
         "Funding agreed with NEL ICB for 12 months from January 2024; recruitment of paramedics and mental health nurses under way.", "A"),
        (14, "12.1", "Re-launch the hospital handover escalation procedure, including the 45-minute 'release to respond' protocol agreed with acute trusts.",
         "Director of Operations", d(2023, 12, 31),
         "Joint letter with NHS England (London) issued to acute trusts on 3 November 2023; sector leads briefed.", "G"),
        (15, "12.2", "Send monthly handover delay data by hospital site to each ICB, highlighting every delay over 60 minutes.",
         "Head of Business Intelligence", "Monthly",
         "Reports sent to all five London ICBs since October 2023.", "G"),
        (16, "12.3", "Remind staff to record repeat observations at least every 15 minutes while awaiting handover, and audit compliance in Q4.",
         "Deputy Chief Paramedic / Quality Governance Manager", "Q4 2023/24",
         "Reminder not yet issued, pending the revised clinical record template. Escalated to the Patient Safety Group on 22 November 2023.", "R"),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    for (r, ref, action, owner, due, prog, rag) in acts:
        for c, v in ((1, ref), (3, action), (4, owner), (5, due), (6, prog), (7, rag)):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP_TOP
            if isinstance(v, dt.datetime):
                cell.number_format = "mmm-yy"
                cell.alignment = Alignment(horizontal="left", vertical="top")
        g = ws.cell(row=r, column=7)
        g.fill = FILL[rag_fill[rag]]
        g.alignment = CENTRE
        g.font = Font(bold=True, color="FFFFFF" if rag == "R" else "000000")
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).border = BOX

    ws["A18"] = "RAG key"
    ws["A18"].font = Font(bold=True)
    key = [("B", "blue", "Complete"),
           ("G", "green", "On track"),
           ("A", "amber", "At risk of not being delivered by the due date"),
           ("R", "red", "Not on track / overdue – escalated")]
    for i, (letter, colour, text) in enumerate(key):
        r = 19 + i
        ws.cell(row=r, column=1, value=letter).fill = FILL[colour]
        ws.cell(row=r, column=1).alignment = CENTRE
        ws.cell(row=r, column=2, value=text)

    for i, w in enumerate([8, 44, 48, 26, 11, 48, 6], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"
    fit_rows(ws, 5, 16, ncol)
    ws.page_setup.orientation = "landscape"
    wb.save(out("ah2-london-ambulance-service-pfd-reg28-action-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Mole Valley CSP - DHR 'Alison' action plan (docx, Home Office template)
# ---------------------------------------------------------------------------
def make_mole_valley_dhr():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Mole Valley Community Safety Partnership – Domestic Homicide Review 'Alison': Action Plan", 0)
    doc.add_paragraph(
        "This action plan sets out how the agencies represented on the review panel will respond to the "
        "recommendations of the Domestic Homicide Review into the death of 'Alison' (a pseudonym chosen "
        "by her family). Progress is monitored by the Mole Valley Community Safety Partnership and "
        "reported to the Surrey Domestic Abuse Partnership Board. Last updated: 12 January 2024.")

    doc.add_heading("Document control", 2)
    vt = doc.add_table(rows=1, cols=4)
    vt.style = "Table Grid"
    for c, h in enumerate(["Version", "Date", "Author", "Changes"]):
        set_cell(vt.rows[0].cells[c], h, bold=True)
        shade(vt.rows[0].cells[c], "D9D9D9")
    for v in [("1.0", "August 2023", "DHR Chair", "Action plan agreed by the review panel"),
              ("1.1", "October 2023", "Community Safety Officer", "Updates from agencies"),
              ("1.2", "January 2024", "Community Safety Officer", "Updates for the CSP Board, 18 January 2024")]:
        row = vt.add_row().cells
        for c, t in enumerate(v):
            set_cell(row[c], t)

    headers = ["No.", "Recommendation", "Scope of recommendation i.e. local or regional",
               "Action to take", "Lead Agency", "Key milestones achieved in enacting recommendation",
               "Target Date", "Date of completion and Outcome"]
    widths = [Cm(1.0), Cm(4.6), Cm(2.0), Cm(4.4), Cm(2.8), Cm(4.2), Cm(2.2), Cm(4.4)]

    def plan_table(rows):
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in enumerate(headers):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "C6D9F1")
        for r in rows:
            cells = t.add_row().cells
            for c, txt in enumerate(r):
                set_cell(cells[c], txt)
        t.autofit = False
        for c, w in enumerate(widths):
            t.columns[c].width = w
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = w
        return t

    doc.add_heading("Overview Report recommendations (multi-agency)", 1)
    plan_table([
        ("1", "Mole Valley CSP to seek assurance from all panel agencies that their domestic abuse training covers the abuse of older people, including abuse by adult children and family carers.",
         "Local",
         "Write to panel agencies asking them to confirm the content and uptake of their domestic abuse training, and collate the responses for the CSP Board.",
         "Mole Valley CSP",
         "Letters sent 2 October 2023; seven of nine agencies have responded.",
         "March 2024", ""),
        ("2", "Surrey Police and Surrey County Council Adult Social Care to review how domestic abuse identified through adult safeguarding concerns is risk assessed and referred to MARAC.",
         "Local",
         "Carry out a joint audit of 20 adult safeguarding concerns with a domestic abuse element, testing whether a DASH risk assessment and MARAC referral were considered.",
         "Surrey Police / Surrey County Council Adult Social Care",
         "Audit completed in November 2023; findings reported to the Surrey Safeguarding Adults Board Quality Assurance sub-group.",
         "December 2023",
         "Completed 5 December 2023. A DASH risk assessment was considered in 16 of the 20 cases; a joint learning briefing was issued to both agencies."),
        ("3", "Surrey Heartlands ICB to promote routine enquiry about domestic abuse in primary care, including with older patients.",
         "Regional",
         "Roll out IRIS domestic abuse training to GP practices in Mole Valley, starting with the practice involved in this review.",
         "Surrey Heartlands ICB",
         "IRIS training delivered to four of the nine Mole Valley practices.",
         "September 2024", ""),
        ("4", "East Surrey Domestic Abuse Services to develop its outreach offer for older victims who live with the person harming them.",
         "Local",
         "Pilot a specialist older persons' IDVA post covering Mole Valley and Reigate & Banstead.",
         "East Surrey Domestic Abuse Services (ESDAS)",
         "Funding for 12 months secured from the Surrey Domestic Abuse Partnership Board; recruitment to start in February.",
         "April 2024 – March 2025", ""),
        ("5", "Mole Valley CSP to share the learning from this review with frontline practitioners and the public.",
         "Local",
         "Produce a 7-minute briefing, hold a multi-agency learning event and publish the executive summary on the Surrey Against Domestic Abuse website.",
         "Mole Valley CSP",
         "7-minute briefing published; learning event held on 23 November 2023.",
         "November 2023",
         "Completed 23 November 2023. The learning event was attended by 64 practitioners."),
    ])

    doc.add_paragraph()
    doc.add_heading("Single agency recommendations", 1)
    plan_table([
        ("6", "Surrey and Borders Partnership NHS Foundation Trust to ensure that carers' assessments consider the risk of domestic abuse where the carer is a family member.",
         "Local",
         "Update the carers' assessment template and practice guidance to include routine enquiry about domestic abuse.",
         "Surrey and Borders Partnership NHS Foundation Trust",
         "Template updated on the electronic patient record; guidance issued to community mental health teams.",
         "December 2023",
         "Completed 30 November 2023. Compliance will be tested in the annual safeguarding audit."),
        ("7", "Mole Valley District Council to record and act on disclosures of domestic abuse made during housing register reviews.",
         "Local",
         "Add a domestic abuse prompt to the housing register review form and train the Housing Options team in responding to disclosures.",
         "Mole Valley District Council (Housing)",
         "Review form amended; training booked for February 2024.",
         "End of February 2024", ""),
        ("8", "Surrey Police to ensure that officers attending incidents involving older people consider domestic abuse and complete a DASH risk assessment.",
         "Regional",
         "Include an older-victim case study in the 2024 domestic abuse refresher training for response officers.",
         "Surrey Police",
         "Case study drafted with the review chair.",
         "Q1 2024/25", ""),
    ])
    doc.save(out("ah2-mole-valley-csp-dhr-alison-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Southern Health NHS FT - Mazars action plan progress report (docx)
# ---------------------------------------------------------------------------
def make_southern_health_mazars():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Southern Health NHS Foundation Trust – Mazars Review Action Plan: Progress Report to the Board of Directors", 0)

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Report to", "Board of Directors (meeting in public), 27 September 2016"),
                 ("Agenda item", "11"),
                 ("Executive sponsor", "Director of Nursing and Allied Health Professionals"),
                 ("Author", "Head of Patient Safety"),
                 ("Version", "1.2 – 15 September 2016"),
                 ("Purpose", "Assurance")]:
        cells = cover.add_row().cells
        set_cell(cells[0], k, bold=True, size=10)
        shade(cells[0], "E7E6E6")
        set_cell(cells[1], v, size=10)

    doc.add_heading("1. Introduction", 1)
    doc.add_paragraph(
        "In December 2015 the Trust published its action plan in response to the independent review by "
        "Mazars of the deaths of people with a learning disability or mental health problem in contact "
        "with the Trust. This report sets out progress at the end of August 2016 against each action, "
        "grouped under the four themes agreed with NHS Improvement and our commissioners. Actions rated "
        "Blue will be tested by the independent audit of the plan before they are closed.")

    doc.add_heading("2. RAG rating key", 1)
    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    set_cell(key.rows[0].cells[0], "Rating", bold=True)
    set_cell(key.rows[0].cells[1], "Definition", bold=True)
    key_colours = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    for letter, text in [("B", "Complete – action delivered and evidence available"),
                         ("G", "On track to be delivered by the due date"),
                         ("A", "Some risk to delivery by the due date – mitigation in place"),
                         ("R", "Off track – will not be delivered by the due date without Board intervention")]:
        cells = key.add_row().cells
        set_cell(cells[0], letter, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(cells[0], key_colours[letter])
        set_cell(cells[1], text)

    doc.add_heading("3. Progress against the action plan", 1)

    headers = ["Ref", "Action", "Lead", "Due date", "Progress to date", "RAG"]
    widths = [Cm(1.2), Cm(7.0), Cm(4.0), Cm(3.2), Cm(8.2), Cm(1.3)]

    def theme(title, blocks):
        doc.add_heading(title, 2)
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in enumerate(headers):
            set_cell(t.rows[0].cells[c], h, bold=True)
            shade(t.rows[0].cells[c], "005EB8")
            t.rows[0].cells[c].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, acts in blocks:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            set_cell(merged, rec, bold=True)
            shade(merged, "DEEAF6")
            for a in acts:
                cells = t.add_row().cells
                for c, txt in enumerate(a):
                    set_cell(cells[c], txt, align=WD_ALIGN_PARAGRAPH.CENTER if c == 5 else None)
                shade(cells[5], key_colours[a[5]])
        t.autofit = False
        for row in t.rows:
            if len(row.cells) == len(widths):
                for c, w in enumerate(widths):
                    row.cells[c].width = w
        doc.add_paragraph()

    theme("Theme 1: Reporting and investigating deaths", [
        ("Recommendation 1: The Trust should ensure that all deaths of people using its services are reported, and that decisions on whether to investigate are made against clear and consistently applied criteria.", [
            ("1.1", "Introduce a single mortality review process, with all reported deaths reviewed each working day by the Mortality Review Panel.",
             "Medical Director", "31 March 2016",
             "Daily review in place since 14 March 2016, chaired by the Deputy Medical Director.", "B"),
            ("1.2", "Agree with commissioners, and publish, the criteria for escalating a death to a Serious Incident investigation.",
             "Director of Nursing and AHPs / Head of Patient Safety", "30 June 2016 (revised to 31 August 2016)",
             "Criteria agreed with the five CCGs on 19 August 2016 and published on the Trust website.", "B"),
        ]),
        ("Recommendation 2: Investigations into deaths should be completed within national timescales and be of a consistently good quality.", [
            ("2.1", "Recruit a dedicated team of trained Serious Incident investigators who are independent of the clinical teams involved.",
             "Director of Nursing and AHPs", "September 2016",
             "Six of eight investigator posts appointed; interviews for the remaining two posts on 4 October.", "G"),
            ("2.2", "Clear the backlog of overdue Serious Incident investigation reports.",
             "Head of Patient Safety", "Q3 2016/17",
             "Backlog reduced from 47 to 19 reports. The trajectory is at risk while two investigator posts are vacant.", "A"),
        ]),
    ])
    theme("Theme 2: Involving families and carers", [
        ("Recommendation 3: Families and carers should be involved in investigations from the outset and kept informed throughout.", [
            ("3.1", "Appoint a Family Liaison Officer to support bereaved families through the investigation process.",
             "Director of Nursing and AHPs", "31 May 2016",
             "Family Liaison Officer in post from 1 June 2016.", "B"),
            ("3.2", "Write to every family when an investigation starts, offering a meeting and the chance to contribute to the terms of reference.",
             "Head of Patient Safety", "June 2016",
             "Letter template in use. August audit: 84% of families contacted within 10 working days, against a target of 100%.", "A"),
            ("3.3", "Set up a family and carer reference group to co-produce the Trust's approach to learning from deaths.",
             "Head of Patient Experience", "Ongoing",
             "Group met in July and September 2016; terms of reference agreed.", "G"),
        ]),
    ])
    theme("Theme 3: Board leadership and oversight", [
        ("Recommendation 4: The Board should receive regular and transparent information about deaths and the quality of investigations.", [
            ("4.1", "Report mortality information, including deaths of people with a learning disability, to the Board in public every quarter.",
             "Medical Director", "Quarterly from July 2016",
             "First report to the Board in public on 26 July 2016; the next is due in October.", "G"),
            ("4.2", "Commission an independent review of Board governance against the Well-led framework.",
             "Trust Secretary", "December 2016",
             "Reviewer appointed; fieldwork starts in October 2016.", "G"),
        ]),
    ])
    theme("Theme 4: Learning from deaths", [
        ("Recommendation 5: Learning from investigations should be shared across the Trust's services and with partner organisations.", [
            ("5.1", "Publish a monthly learning bulletin and hold quarterly learning events for clinical staff.",
             "Head of Patient Safety", "Jul-16",
             "Bulletin issued monthly since July 2016; first learning event held on 8 September (120 staff).", "B"),
            ("5.2", "Agree with commissioners a joint process for reviewing the deaths of people with a learning disability, in line with the national LeDeR programme.",
             "Associate Director – Learning Disability Services", "31 March 2017",
             "National LeDeR roll-out to the South region has been delayed to 2017 and no interim local process has yet been agreed.", "R"),
        ]),
    ])

    doc.add_heading("4. Next steps", 1)
    doc.add_paragraph(
        "Four actions are complete, four are on track, two are rated amber and one is red. The red "
        "action will be discussed with commissioners at the Clinical Quality Review Meeting in October. "
        "The Board is asked to note the progress made and the areas of risk.")
    doc.save(out("ah2-southern-health-mazars-action-plan-progress-report.docx"))


# ---------------------------------------------------------------------------
# 6. NELFT - CQC must do / should do action plan export (csv)
# ---------------------------------------------------------------------------
def make_nelft_csv():
    header = ["Action ID", "Core service", "Regulation", "Requirement", "Action", "Action owner",
              "Due date", "Revised due date", "RAG", "Latest update", "Last updated"]
    wl = "Trust-wide (well-led)"
    cyp = "Community health services for children, young people and families"
    crisis = "Mental health crisis services and health-based places of safety"
    older = "Wards for older people with mental health problems"
    md1 = ("MD1 The trust must ensure that governance processes give the board sufficient oversight of "
           "waiting lists and the risk of harm to people waiting in community services.")
    md2 = ("MD2 The trust must ensure that children receive the mandated health visiting reviews within "
           "the required timescales.")
    md3 = ("MD3 The trust must ensure that people are not detained in the health-based place of safety "
           "beyond the 24-hour limit.")
    rows = [
        ["CQC-23-001", wl, "Reg 17 Good governance", md1,
         "Implement a single waiting list dashboard for all community services, reported monthly to the Quality and Safety Committee.",
         "Chief Operating Officer", "31/05/2023", "", "Blue",
         "Dashboard live from April 2023 and reported to the Quality and Safety Committee on 16/05/2023. Closed.", "02/10/2023"],
        ["CQC-23-002", wl, "Reg 17 Good governance", md1,
         "Introduce clinical harm reviews for all patients waiting more than 52 weeks for a first appointment.",
         "Chief Medical Officer", "30/06/2023", "31/12/2023", "Green",
         "Harm review process approved by the Clinical Effectiveness Group; 62% of 52-week waiters reviewed to date. Revised date agreed by the Executive Management Team on 11/07/2023.",
         "02/10/2023"],
        ["CQC-23-003", wl, "Reg 18 Staffing",
         "SD1 The trust should ensure that all clinical staff receive regular supervision and that it is recorded.",
         "Roll out electronic recording of clinical supervision in ESR to all clinical teams.",
         "Chief People Officer", "31/03/2024", "", "Amber",
         "Live in 11 of 19 services. Roll-out paused during the ESR upgrade in August; recovery plan agreed.", "29/09/2023"],
        ["CQC-23-004", cyp, "Reg 12 Safe care and treatment", md2,
         "Recover completion of the 12-month and 2-2½ year reviews to at least 85% in every borough.",
         "Associate Director – 0-19 Services", "31/12/2023", "", "Amber",
         "78% overall in August 2023; two boroughs below trajectory. Weekly recovery meetings in place.", "28/09/2023"],
        ["CQC-23-005", cyp, "Reg 12 Safe care and treatment", md2,
         "Fill vacant health visitor posts through the international recruitment programme.",
         "Head of Nursing – Children's Services", "31/10/2023", "", "Green",
         "18 of 22 posts filled; the remaining four start in October.", "28/09/2023"],
        ["CQC-23-006", cyp, "Reg 13 Safeguarding",
         "SD2 The trust should ensure that safeguarding supervision for health visitors and school nurses is delivered in line with trust policy.",
         "Audit safeguarding supervision compliance every quarter and report the results to the Safeguarding Committee.",
         "Named Nurse Safeguarding Children", "Quarterly", "", "Green",
         "Q1 audit showed 88% compliance; reported to the Safeguarding Committee on 12/07/2023.", "14/07/2023"],
        ["CQC-23-007", crisis, "Reg 12 Safe care and treatment", md3,
         "Introduce an escalation protocol at 12 and 18 hours involving the bed management team and the on-call director.",
         "Clinical Director – Acute and Rehabilitation Directorate", "30/04/2023", "", "Blue",
         "Protocol in place from 17/04/2023; no detentions over 24 hours since May 2023.", "04/09/2023"],
        ["CQC-23-008", crisis, "Reg 12 Safe care and treatment", md3,
         "Report every detention over 12 hours to the weekly Mental Health Act operational group.",
         "Mental Health Law Manager", "31/05/2023", "", "Blue",
         "Weekly report in place since 02/05/2023.", "04/09/2023"],
        ["CQC-23-009", crisis, "Reg 9 Person-centred care",
         "SD3 The trust should ensure that crisis plans are developed with patients and that patients receive a copy.",
         "Re-audit crisis plans in the crisis resolution and home treatment teams, including whether the plan was co-produced and shared.",
         "Head of Quality – Mental Health", "30/11/2023", "", "Red",
         "Audit not started because the audit lead post is vacant. Escalated to the Quality and Safety Committee on 19/09/2023.",
         "20/09/2023"],
        ["CQC-23-010", older, "Reg 12 Safe care and treatment",
         "MD4 The trust must ensure that ligature risk assessments on older adult wards are current and that staff know how to mitigate the risks identified.",
         "Complete ligature risk assessments on all older adult wards and brief staff at safety huddles.",
         "Matron – Older Adult Inpatient Services", "31/03/2023", "", "Blue",
         "All assessments completed by 24/03/2023; huddle briefings recorded.", "03/04/2023"],
        ["CQC-23-011", older, "Reg 12 Safe care and treatment",
         "SD4 The trust should ensure that physical health observations (NEWS2) are completed at the frequency required.",
         "Audit NEWS2 completion monthly on each ward and display the results on the ward safety cross.",
         "Matron – Older Adult Inpatient Services", "31/12/2023", "", "Green",
         "Monthly audits running since June 2023; compliance 93% in August.", "26/09/2023"],
    ]
    with open(out("ah2-nelft-cqc-must-should-do-action-plan-export.csv"), "w", newline="",
              encoding="utf-8-sig") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. St Albans City & District Council - Strategic Risk Register actions (tab-separated txt)
# ---------------------------------------------------------------------------
def make_st_albans_txt():
    lines = [
        "Strategic Risk Register – Mitigating Actions (Quarter 2 2023/24)",
        "St Albans City and District Council",
        "Position at 30 September 2023. Report generated 16/10/2023 11:42.",
        "",
    ]
    header = ["Risk", "Current Score", "Action Ref", "Mitigating Action", "Action Owner", "Due Date",
              "RAG", "Latest Note"]
    sr1 = ("SR1 – Financial resilience", "16 (High)")
    sr2 = ("SR2 – Cyber security", "12 (Medium)")
    sr3 = ("SR3 – Local Plan", "20 (Very High)")
    sr4 = ("SR4 – Safeguarding", "9 (Medium)")
    sr5 = ("SR5 – Climate emergency", "12 (Medium)")
    rows = [
        (*sr1, "SR1.1", "Deliver the 2023/24 savings programme of £1.2m and report progress to Cabinet through quarterly budget monitoring.",
         "Head of Finance (S151 Officer)", "31/03/2024", "G",
         "£0.9m delivered or on track at Q2. Q2 budget monitoring report to Cabinet on 23 November 2023."),
        (*sr1, "SR1.2", "Refresh the Medium Term Financial Strategy to 2027/28, setting out options to close the budget gap.",
         "Head of Finance (S151 Officer)", "31/12/2023", "A",
         "Draft MTFS to Cabinet in December. A gap of £2.1m in 2025/26 is not yet closed."),
        (*sr2, "SR2.1", "Achieve Public Services Network (PSN) compliance following the 2023 IT health check.",
         "Head of ICT", "30/06/2023", "B", "Compliance certificate received 28/07/2023."),
        (*sr2, "SR2.2", "Run a cyber incident exercise with the Corporate Management Team.",
         "Head of ICT / Emergency Planning Officer", "30/11/2023", "G",
         "Exercise booked with the Local Government Association for 14 November 2023."),
        (*sr2, "SR2.3", "Achieve full completion of mandatory cyber awareness training by staff and councillors.",
         "Head of HR", "Ongoing", "A",
         "Staff completion 81%, councillors 54%. Reminders issued by the Chief Executive and Group Leaders."),
        (*sr3, "SR3.1", "Publish the Regulation 18 draft Local Plan for public consultation.",
         "Head of Planning and Building Control", "31/12/2023", "A",
         "Consultation moved from July to December 2023 following the Cabinet decision of 20 July."),
        (*sr3, "SR3.2", "Submit the updated Local Development Scheme to Council for adoption.",
         "Spatial Planning Manager", "31/10/2023", "G", "On the agenda for Council on 25 October 2023."),
        (*sr4, "SR4.1", "Complete the annual Section 11 safeguarding self-assessment for the Hertfordshire Safeguarding Children Partnership.",
         "Head of Community Services", "30/09/2023", "B", "Submitted 22/09/2023."),
        (*sr5, "SR5.1", "Complete the heat decarbonisation works at the Council's main leisure centre funded by the Public Sector Decarbonisation Scheme.",
         "Head of Commercial and Development", "31/03/2024", "R",
         "Contractor programme shows completion in May 2024, after the grant deadline. Extension request submitted to Salix."),
    ]
    lines.append("\t".join(header))
    for r in rows:
        lines.append("\t".join(r))
    lines.append("")
    lines.append("RAG: B = completed; G = on track; A = at risk or some slippage; R = off track")
    with open(out("ah2-st-albans-strategic-risk-register-mitigating-actions.txt"), "w",
              encoding="utf-8", newline="") as fh:
        fh.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    make_wlt_board_log()
    make_bpsab_sar()
    make_las_pfd()
    make_mole_valley_dhr()
    make_southern_health_mazars()
    make_nelft_csv()
    make_st_albans_txt()
    print("done")
