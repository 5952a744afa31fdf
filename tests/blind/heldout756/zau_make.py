"""Build the seven zau- blind test files for set heldout756.

Run with /work/main/.venv/bin/python zau_make.py (from any directory).
Writes only files whose names start with "zau-".
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Bedfordshire FRS – HMICFRS 2023-25 AFI improvement plan (xlsx)
# ---------------------------------------------------------------------------
BFRS_FILE = "zau-bedfordshire-fire-rescue-service-hmicfrs-2023-25-afi-improvement-plan.xlsx"
BFRS_TITLE = "Bedfordshire Fire and Rescue Service – HMICFRS Inspection Improvement Plan 2023–25"
# (area, [(afi text, [actions])]); action = (ref, text, owner, orig, revised, prev, cur, update)
BFRS = [
    ("Preventing fire and risk", [
        ("AFI 1 – The service should make sure it targets its home fire safety visits at the people most at risk from fire, and that it completes them in a timely way.", [
            ("1.1", "Introduce a risk-stratified triage of Safe and Well referrals so that high-risk referrals are allocated within 5 working days.",
             "Head of Prevention", d(2024, 3, 31), None, "G", "B",
             "Triage live since March 2024; 94% of high-risk referrals allocated within 5 days in Q3."),
            ("1.2", "Clear all Safe and Well visits older than 90 days, using on-call crews and prevention advocates to increase capacity.",
             "Head of Prevention / Station Commanders (On-Call)", d(2024, 6, 30), d(2024, 9, 30), "A", "B",
             "Backlog cleared in September 2024. Weekly monitoring continues through the Prevention Board."),
        ]),
    ]),
    ("Public safety through fire regulation", [
        ("AFI 2 – The service should make sure its risk-based inspection programme is properly resourced and targets the highest-risk premises.", [
            ("2.1", "Refresh the risk-based inspection programme (RBIP) using the updated premises risk model and agree annual audit targets for each station area.",
             "Head of Protection", d(2024, 9, 30), None, "G", "B",
             "RBIP 2024/25 approved by CMT on 17 September 2024."),
            ("2.2", "Recruit and train two additional fire safety inspectors to Level 4 Diploma standard.",
             "Head of Protection; HR Business Partner", d(2025, 3, 31), d(2025, 9, 30), "G", "A",
             "One inspector in post. Second appointment delayed after an unsuccessful recruitment round; revised date agreed."),
        ]),
        ("AFI 3 – The service should make sure it has an effective quality assurance process so that fire safety audits are carried out consistently.", [
            ("3.1", "Introduce a quality assurance framework for fire safety audits, with a monthly dip-sample of 10% of completed audits by a Level 5 qualified officer.",
             "Protection Group Manager", d(2024, 12, 31), None, "A", "G",
             "Framework drafted and first two dip-samples completed (November and December)."),
        ]),
    ]),
    ("Responding to fires and other emergencies", [
        ("AFI 4 – The service should make sure it has an effective system for learning from operational incidents, and that learning is shared with all staff.", [
            ("4.1", "Launch the revised operational assurance and debrief procedure, with hot and structured debriefs recorded on the OA system.",
             "Group Manager Operational Assurance", d(2024, 10, 31), None, "G", "B",
             "Procedure launched 1 October 2024."),
            ("4.2", "Publish a quarterly Operational Learning bulletin and track that actions from debriefs are closed within 60 days.",
             "Group Manager Operational Assurance & Head of Training", d(2025, 3, 31), None, "G", "G",
             "First bulletin issued December 2024; 71% of debrief actions closed within 60 days."),
        ]),
        ("AFI 5 – The service should make sure its emergency response standards are met and are reported clearly to the public.", [
            ("5.1", "Review the emergency response standard and publish performance against it quarterly on the service website.",
             "Head of Response", d(2025, 1, 31), d(2025, 4, 30), "G", "A",
             "Draft standard to Fire Authority in March 2025; publication moved to April to follow approval."),
        ]),
    ]),
    ("Promoting the right values and culture", [
        ("AFI 6 – The service should assure itself that all staff understand and demonstrate its values and the Core Code of Ethics.", [
            ("6.1", "Deliver Core Code of Ethics workshops to all supervisory and middle managers, including on-call watch managers.",
             "Head of People & Organisational Development", d(2024, 12, 31), d(2025, 3, 31), "A", "R",
             "Attendance at 61%. Sessions for on-call managers not yet scheduled – escalated to CMT."),
            ("6.2", "Introduce a confidential reporting line run by an independent provider and publicise it to all staff.",
             "ACFO", d(2024, 9, 30), None, "G", "B",
             "Line went live 2 September 2024; promoted through station visits and the intranet."),
        ]),
    ]),
]


def build_bfrs(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = BFRS_TITLE
    cv["A1"].font = Font(bold=True, size=16, color="C00000")
    cv.merge_cells("A1:F1")
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True, size=12)
    rows = [("Version", "2.3"), ("Plan owner", "Assistant Chief Fire Officer"),
            ("Reporting to", "Fire and Rescue Authority – Audit and Standards Committee"),
            ("Last updated", "13/01/2025"), ("Classification", "OFFICIAL")]
    for i, (k, v) in enumerate(rows, start=4):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
        for c in (1, 2):
            cv.cell(i, c).border = BOX
    cv["A11"] = "RAG key"
    cv["A11"].font = Font(bold=True, size=12)
    key = [("B", "Action complete"), ("G", "On track to deliver by the due date"),
           ("A", "At risk – revised date agreed"), ("R", "Off track / overdue")]
    for i, (k, v) in enumerate(key, start=12):
        c = cv.cell(i, 1, k)
        c.fill = fill(FILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        c.alignment = Alignment(horizontal="center")
        cv.cell(i, 2, v)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("AFI Plan")
    ws["A1"] = "HMICFRS 2023–25 – Areas for Improvement: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position as at 31 December 2024"
    ws["A2"].font = Font(italic=True)
    head = ["Ref", "Action", "Action Owner", "Original Due Date", "Revised Due Date",
            "Previous RAG", "Current RAG", "Progress Update"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 5
    for area, afis in BFRS:
        ws.cell(r, 1, area).font = Font(bold=True, size=12, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(r, c).fill = fill("404040")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, acts in afis:
            cell = ws.cell(r, 1, afi)
            cell.font = Font(bold=True, italic=True)
            cell.alignment = WRAP
            for c in range(1, 9):
                ws.cell(r, c).fill = fill("F2DCDB")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for ref, text, owner, orig, rev, prev, cur, upd in acts:
                vals = [ref, text, owner, orig, rev, prev, cur, upd]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if c in (4, 5) and v is not None:
                        cell.number_format = "dd/mm/yyyy"
                    if c in (6, 7):
                        cell.fill = fill(FILL[v])
                        cell.alignment = Alignment(horizontal="center", vertical="top")
                        cell.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
                ws.row_dimensions[r].height = 45
                r += 1
    r += 1
    ws.cell(r, 1, "Notes: Revised due dates were agreed by the Corporate Management Team on 9 December 2024. "
                  "RAG ratings are reviewed monthly by the HMICFRS Improvement Board.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths = [7, 55, 28, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary – 31 December 2024"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for _, afis in BFRS:
        for _, acts in afis:
            for a in acts:
                counts[a[6]] += 1
    sm["A3"], sm["B3"] = "Current RAG", "No. of actions"
    sm["A3"].font = sm["B3"].font = Font(bold=True)
    labels = {"B": "Blue – complete", "G": "Green – on track", "A": "Amber – at risk", "R": "Red – off track"}
    rr = 4
    for k in "BGAR":
        sm.cell(rr, 1, labels[k]).fill = fill(FILL[k])
        sm.cell(rr, 2, counts[k])
        rr += 1
    sm.cell(rr, 1, "Total").font = Font(bold=True)
    sm.cell(rr, 2, sum(counts.values())).font = Font(bold=True)
    sm.column_dimensions["A"].width = 24
    sm.column_dimensions["B"].width = 16
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. HMP/YOI Drake Hall – HMIP inspection action plan (docx)
# ---------------------------------------------------------------------------
DH_FILE = "zau-hmp-yoi-drake-hall-hmip-inspection-action-plan.docx"
DH_TITLE = "Action Plan: HMP/YOI Drake Hall"
# section -> [(concern, response, [(ref, action, owner, target, rag)])]
DH = [
    ("Priority concerns", [
        ("Too many women were unemployed or in part-time activity, and the regime did not provide enough purposeful activity to meet their needs.",
         "Agreed", [
             ("1.1", "Complete a regime review and implement a revised core day that provides full-time activity places for at least 90% of the population.",
              "Deputy Governor", "31 May 2025", "G"),
             ("1.2", "Introduce a daily allocations meeting to reduce unemployment, and monitor attendance and punctuality weekly.",
              "Head of Education, Skills and Work / Activities Hub Manager", "30 April 2025", "B"),
         ]),
        ("Waiting times for mental health assessments were too long, and women with severe needs were not always seen promptly.",
         "Agreed", [
             ("2.1", "Recruit to the vacant mental health nurse posts and agree interim bank cover with the healthcare provider.",
              "Head of Healthcare (Practice Plus Group)", "31 March 2025", "B"),
             ("2.2", "Review the mental health waiting list weekly at the Local Delivery Board, escalating any routine referral waiting more than 28 days.",
              "Head of Healthcare (Practice Plus Group) and Head of Safety", "Ongoing – monthly review", "G"),
         ]),
        ("Leaders did not have a good enough understanding of why some women felt unsafe, and too many said they had been bullied or victimised.",
         "Partly Agreed", [
             ("3.1", "Carry out a safety survey of all women and hold focus groups on each house unit; publish the findings with a ‘you said, we did’ response.",
              "Head of Safety", "30 June 2025", "A"),
             ("3.2", "Deliver refreshed challenge, support and intervention plan (CSIP) training to all house unit officers.",
              "Safer Custody Manager", "Q2 2025/26", "G"),
         ]),
    ]),
    ("Key concerns", [
        ("Decisions on release on temporary licence (ROTL) were often delayed, which limited women’s progression.",
         "Agreed", [
             ("4.1", "Introduce a ROTL tracker and set a target of 8 weeks from application to board decision.",
              "Head of Offender Management Delivery", "31 March 2025", "B"),
         ]),
        ("Some accommodation in the older house blocks was in poor condition, with damp and broken furniture.",
         "Agreed", [
             ("5.1", "Complete a condition survey of Plymouth and Richmond houses and submit a capital bid for their refurbishment.",
              "Head of Residence; GFSL Site Manager", "September 2025", "A"),
             ("5.2", "Replace damaged furniture on all house units through the local decency programme.",
              "Head of Residence", "31 December 2025", "G"),
         ]),
        ("Equality monitoring was weak and did not identify disproportionate outcomes for women with protected characteristics.",
         "Agreed", [
             ("6.1", "Re-establish the quarterly diversity and inclusion meeting with prisoner representatives, and monitor use of force and adjudications by protected characteristic.",
              "Head of Safety; Equalities Lead", "30 April 2025", "R"),
         ]),
    ]),
]


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def landscape(document):
    s = document.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def bold_cell(cell, text, hexfill=None, white=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if white:
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    if hexfill:
        shade(cell, hexfill)


def build_dh(path):
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(DH_TITLE, level=0)
    for line in ("Action Plan Submitted: 11 March 2025",
                 "A Response to the HMIP Inspection: 9–19 September 2024",
                 "Report Published: 28 January 2025",
                 "Progress update: 30 June 2025"):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison. From May 2022 HMIP reports priority and key concerns rather than "
        "recommendations. In response, HMPPS is required to produce an action plan confirming whether each concern "
        "is agreed, partly agreed or not agreed and setting out the actions that will be taken, with an owner and "
        "target date for each. This version includes a progress update and RAG rating for each action.")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for i, h in enumerate(("Term", "Definition", "Additional comment")):
        bold_cell(key.rows[0].cells[i], h, "D9D9D9")
    for term, defi, com in (
            ("Agreed", "All of the concern is accepted, can be achieved and is affordable.",
             "The response should explain clearly how the concern will be addressed, with SMART actions."),
            ("Partly Agreed", "Only part of the concern is accepted, or it can only be partly addressed.",
             "The response must state which part will be addressed and why the rest cannot."),
            ("Not Agreed", "The concern is not accepted.",
             "The response must give a clear explanation of why the concern is not agreed.")):
        row = key.add_row().cells
        row[0].text, row[1].text, row[2].text = term, defi, com
    doc.add_paragraph()
    doc.add_paragraph("RAG (progress update): B – complete; G – on track; A – at risk of missing the target date; "
                      "R – target date missed.")
    head = ("No.", "Concern", "Response", "Action", "Responsible owner", "Target date", "RAG")
    ragfill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for section, concerns in DH:
        doc.add_heading(section, level=1)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            bold_cell(t.rows[0].cells[i], h, "1F3864", white=True)
        set_repeat_header(t.rows[0])
        for concern, resp, acts in concerns:
            first = len(t.rows)
            for ref, action, owner, target, rag in acts:
                cells = t.add_row().cells
                cells[0].text = ref
                cells[3].text = action
                cells[4].text = owner
                cells[5].text = target
                cells[6].text = rag
                shade(cells[6], ragfill[rag])
            last = len(t.rows) - 1
            if last > first:
                m1 = t.cell(first, 1).merge(t.cell(last, 1))
                m2 = t.cell(first, 2).merge(t.cell(last, 2))
            else:
                m1, m2 = t.cell(first, 1), t.cell(first, 2)
            m1.text = concern
            m2.text = resp
        widths = [Cm(1.3), Cm(6.5), Cm(2.2), Cm(7.5), Cm(4.2), Cm(2.8), Cm(1.2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    so = doc.add_table(rows=2, cols=2)
    so.style = "Table Grid"
    so.cell(0, 0).text, so.cell(0, 1).text = "Signed", "Governor, HMP/YOI Drake Hall"
    so.cell(1, 0).text, so.cell(1, 1).text = "Date", "11 March 2025"
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Probation Service Wakefield PDU – HMI Probation action plan (tab-separated txt)
# ---------------------------------------------------------------------------
WK_FILE = "zau-probation-service-wakefield-pdu-hmip-inspection-action-plan.txt"
WK_TITLE = "Probation Service Wakefield PDU – HM Inspectorate of Probation Inspection Action Plan"
# (section, [(recno, rec, response, [(actno, action, owner, target, status, update)])])
WK = [
    ("Recommendations for Wakefield PDU", [
        ("1", "Improve the quality of assessment, planning and review of risk of harm, making sure that information from the police and children's services is requested, analysed and recorded.",
         "Agreed", [
             ("1.1", "Deliver risk of serious harm refresher workshops to all POs and PSOs, focusing on the analysis of domestic abuse and safeguarding information.",
              "SPO Learning & Development", "31/05/2025", "Complete", "All 7 workshops delivered; 96% attendance."),
             ("1.2", "Introduce a monthly SPO audit of 5 cases per team using the regional risk quality assurance tool, with findings reported to the PDU Quality Board.",
              "Head of PDU; Quality Development Officer", "Sep-25", "Green", "Audits started May 2025."),
         ]),
        ("2", "Make sure that domestic abuse and safeguarding enquiries are completed and followed up in all cases at the start of the sentence.",
         "Agreed", [
             ("2.1", "Agree a revised information-sharing protocol with West Yorkshire Police and Wakefield Council children's services, including response timescales.",
              "Head of PDU", "31/07/2025", "Amber", "Draft with police legal services; council sign-off awaited."),
             ("2.2", "Add a mandatory enquiry check to the allocation process and produce a weekly exception report of outstanding checks.",
              "Case Administrator Manager\nSPO Allocations", "Q2 2025/26", "Green", "Exception report built; testing in June."),
         ]),
        ("3", "Reduce practitioner workloads and improve staff retention so that caseloads are manageable.",
         "Partly agreed", [
             ("3.1", "Complete the recruitment of 6 PQiP trainee probation officers and 4 PSOs, and review the workload measurement tool (WMT) position monthly.",
              "Head of PDU / Regional Workforce Lead", "Ongoing – monthly review", "Green", "4 PSOs in post; PQiP cohort starts September."),
         ]),
    ]),
    ("Recommendations for the Yorkshire and the Humber region", [
        ("4", "Make sure that accredited programmes and structured interventions are available without delay for people on probation in Wakefield.",
         "Agreed", [
             ("4.1", "Increase Building Better Relationships (BBR) capacity by running one additional group each quarter from the Wakefield office.",
              "Regional Head of Interventions", "31/10/2025", "Not started", "Facilitator training booked for August."),
             ("4.2", "Publish a regional waiting-list report for all accredited programmes, reviewed at the Regional Performance and Quality meeting.",
              "Head of Performance and Quality", "Quarterly", "Green", "First report presented April 2025."),
         ]),
        ("5", "Improve the delivery of unpaid work so that people can start and complete their hours promptly.",
         "Agreed", [
             ("5.1", "Recruit two additional unpaid work supervisors and open a weekend placement in Pontefract.",
              "Community Payback Manager (Wakefield & Kirklees)", "December 2025", "Amber", "One supervisor appointed; placement partner still being sought."),
         ]),
    ]),
]
WK_HEAD = ["Rec No.", "Recommendation", "Response", "Action No.", "Action", "Action owner",
           "Target date", "Status", "Progress update (June 2025)"]


def tsv_cell(v):
    if any(ch in v for ch in ("\t", "\n", '"')):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_wk(path):
    n = len(WK_HEAD)
    rows = [[WK_TITLE] + [""] * (n - 1),
            ["Yorkshire and the Humber region", "Report published: 6 February 2025", "Plan agreed: 3 April 2025",
             "Exported: 30/06/2025"] + [""] * (n - 4),
            [""] * n,
            WK_HEAD]
    for section, recs in WK:
        rows.append([section] + [""] * (n - 1))
        for recno, rec, resp, acts in recs:
            for i, (an, act, owner, target, status, upd) in enumerate(acts):
                if i == 0:
                    rows.append([recno, rec, resp, an, act, owner, target, status, upd])
                else:
                    rows.append(["", "", "", an, act, owner, target, status, upd])
    rows.append([""] * n)
    rows.append(["Status key: Complete / Green – on track / Amber – some slippage / Red – off track / Not started"]
                + [""] * (n - 1))
    rows.append(["Source: PDU Improvement Tracker. Owner: Head of PDU, Wakefield."] + [""] * (n - 1))
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write("\t".join(tsv_cell(v) for v in r) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Cheshire Constabulary – HMICFRS serious youth violence tracker (csv, refuse)
# ---------------------------------------------------------------------------
CH_FILE = "zau-cheshire-constabulary-hmicfrs-serious-youth-violence-recommendations-tracker-typo-month-refuse.csv"
CH_TITLE = "Cheshire Constabulary – HMICFRS Recommendations Tracker: Serious Youth Violence"
CH_HEAD = ["HMICFRS Ref", "Recommendation", "Action Ref", "Action", "Action Owner", "Original Target",
           "Revised Target", "Status", "Update"]
CH_ROWS = [
    ["REC 1", "By 31 March 2024, chief constables should make sure their officers are trained in the use of outcome 22.",
     "1a", "Publish force guidance on outcome 22 (deferred prosecution and diversion) and add it to the crime recording policy.",
     "Force Crime Registrar", "31/10/2023", "", "Complete", "Guidance published on the intranet 12/10/2023."],
    ["", "", "1b", "Include outcome 22 in the crime recording and investigation e-learning for all officers and PCSOs.",
     "Head of Learning & Development", "31/03/2024", "30/06/2024", "Complete", "Module live; 89% completion at 30/09/2024."],
    ["", "", "1c", "Dip-sample outcome 22 use in youth cases each month and report findings to the Out of Court Resolutions Scrutiny Panel.",
     "Chief Inspector Criminal Justice / Youth Justice Liaison Officer", "30/09/2024", "", "On Track", "Three dip-samples completed."],
    ["REC 2", "Chief constables should work with schools, local authorities and violence reduction units to evaluate how effective their schools liaison officers are at reducing serious youth violence.",
     "2a", "Map the deployment of schools liaison officers across the force area against serious youth violence data.",
     "Superintendent Prevention", "31/01/2024", "", "Complete", "Mapping shared with the Cheshire Violence Reduction Unit."],
    ["", "", "2b", "Commission an independent evaluation of the Safer Schools Partnership with the Cheshire Violence Reduction Unit and the three local authorities.",
     "Superintendent Prevention; VRU Programme Manager", "31/12/2024", "Febuary 2025", "At Risk", "University partner appointed; fieldwork delayed by school term dates."],
    ["", "", "2c", "Agree a schools information-sharing agreement covering exclusions and children at risk of exploitation.",
     "Head of Public Protection", "31/03/2025", "", "On Track", "Draft agreement with the three local authorities."],
]


def csv_cell(v):
    if any(ch in v for ch in (",", '"', "\n")):
        return '"' + v.replace('"', '""') + '"'
    return v


def build_ch(path):
    n = len(CH_HEAD)
    rows = [[CH_TITLE] + [""] * (n - 1),
            ["Report: An inspection of how well the police tackle serious youth violence (HMICFRS, published 8 March 2023)"] + [""] * (n - 1),
            ["Strategic lead: Detective Chief Superintendent, Public Protection", "Reviewed at Force Assurance Board: 21/11/2024"] + [""] * (n - 2),
            [""] * n,
            CH_HEAD] + CH_ROWS + [
            [""] * n,
            ["Status key: Complete / On Track / At Risk / Off Track"] + [""] * (n - 1)]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        for r in rows:
            f.write(",".join(csv_cell(v) for v in r) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Lancaster University Physics – Athena Swan Silver action plan (xlsx)
# ---------------------------------------------------------------------------
LU_FILE = "zau-lancaster-university-physics-athena-swan-silver-action-plan.xlsx"
LU_TITLE = "Lancaster University – Department of Physics: Athena Swan Silver Award Action Plan 2024–2029"
# (priority, [(ref, rationale, action, milestones, timeframe, resp, success, progress, status)])
LU = [
    ("Priority 1: Increase the proportion of women applying to and enrolling on our undergraduate programmes", [
        ("1.1", "Women are 21% of UG applicants (3-year average), below the national physics benchmark of 24%.",
         "Run a targeted outreach programme with six partner schools.\nPilot a ‘Women in Physics’ residential for Year 12 students.",
         "Residential piloted July 2025, then annual", "Jan 2025 – Jul 2026", "Outreach Officer & Director of Admissions",
         "Women reach 25% of UG applicants by the 2026 cycle", "First residential held July 2025 (38 students).", "Green"),
        ("1.2", "Open day feedback: women applicants less likely to meet female staff or students.",
         "Make sure every open day and offer-holder day includes female staff and student ambassadors.",
         "Ambassador rota agreed each term", "Each open day (ongoing)", "UG Admissions Tutor",
         "At least 40% of open day ambassadors are women", "Rota in place since October 2024.", "Green"),
    ]),
    ("Priority 2: Support the progression of women from postdoctoral researcher to lecturer", [
        ("2.1", "Only 2 of 11 lecturer appointments since 2019 were women.",
         "Introduce an ECR fellowship support scheme with mock interviews and peer review of proposals.",
         "Scheme launched; annual call each autumn", "Oct 2024 – Sep 2025", "Director of Research; ECR Champion",
         "At least 40% of supported applicants are women", "7 ECRs supported, 3 of them women.", "Blue"),
        ("2.2", "Job adverts did not signal support for flexible working.",
         "Include positive-action and flexible-working statements in all academic job adverts and require gender-balanced shortlisting panels.",
         "Advert template updated", "Mar 2025", "Head of Department",
         "100% of adverts use the template", "Template in use since February 2025.", "Blue"),
    ]),
    ("Priority 3: Improve the culture and inclusion experienced by staff and PGR students", [
        ("3.1", "Culture survey (2023): 34% of women PGRs felt excluded from informal networks.",
         "Set up a PGR peer-mentoring network and termly inclusive social events at childcare-friendly times.",
         "Network launched; termly events", "Feb 2025 – Jun 2026", "PGR Director and SAT PGR representative",
         "Reduce the proportion reporting exclusion to below 15%", "Network launched; only one event held so far.", "Amber"),
        ("3.2", "Need to measure change in culture over the award period.",
         "Re-run the departmental culture survey and compare results by gender and career stage.",
         "Survey issued; results to SAT", "Nov 2026", "SAT Chair",
         "Response rate above 60%", "", "Not started"),
    ]),
    ("Priority 4: Recognise citizenship and outreach work fairly in workload allocation", [
        ("4.1", "Women academics report higher citizenship loads (outreach, EDI committees) that the workload model does not recognise.",
         "Revise the departmental workload allocation model to include EDI and outreach roles, and publish the model to all staff each year.",
         "Revised model published", "Jul 2025", "Deputy Head of Department (Workload)",
         "Staff survey agreement that workload is fair rises to 70%", "Delayed pending the University-wide workload review.", "Red"),
    ]),
    ("Priority 5: Support staff with caring responsibilities", [
        ("5.1", "Key meetings and seminars held outside school hours.",
         "Move all departmental meetings and seminars into core hours (10:00–16:00) and record key seminars for remote viewing.",
         "Meeting timetable changed", "Sep 2024 – Dec 2024", "Department Manager",
         "All committee meetings within core hours", "Complete – new timetable from January 2025.", "Blue"),
        ("5.2", "Low awareness of the University’s returning carers fund.",
         "Promote the returning carers fund and hold an information session each year for staff returning from parental leave.",
         "Annual session", "Annually (each October)", "HR Partner / SAT Chair",
         "All eligible returners told about the fund", "First session held October 2024.", "Green"),
    ]),
]


def build_lu(path):
    wb = Workbook()
    k = wb.active
    k.title = "Key"
    k["A1"] = LU_TITLE
    k["A1"].font = Font(bold=True, size=14, color="B5121B")
    k["A2"] = "Progress review – October 2025"
    k["A2"].font = Font(bold=True, size=12)
    k["A4"] = "How to read this plan"
    k["A4"].font = Font(bold=True)
    k["A5"] = ("Actions are grouped under the five priorities identified in our self-assessment. Progress is reviewed by "
               "the Self-Assessment Team (SAT) each term and reported to the Department Management Committee.")
    k["A5"].alignment = WRAP
    k.merge_cells("A5:D5")
    k.row_dimensions[5].height = 45
    k["A7"] = "Status key"
    k["A7"].font = Font(bold=True)
    for i, (c, t) in enumerate((("Blue", "Action complete"), ("Green", "On track"),
                                ("Amber", "Some delay – mitigation in place"),
                                ("Red", "Significant delay or not progressing")), start=8):
        k.cell(i, 1, c).fill = fill(FILL[c])
        k.cell(i, 2, t)
    k["A13"] = "Glossary"
    k["A13"].font = Font(bold=True)
    for i, (a, b) in enumerate((("SAT", "Self-Assessment Team"), ("ECR", "Early career researcher"),
                                ("PGR", "Postgraduate research student"), ("EDI", "Equality, diversity and inclusion")),
                               start=14):
        k.cell(i, 1, a)
        k.cell(i, 2, b)
    k.column_dimensions["A"].width = 16
    k.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = LU_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    head = ["Ref", "Issue / rationale", "Action", "Milestones and outputs", "Timeframe", "Responsibility",
            "Success measure", "Progress (Oct 2025)", "Status"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(2, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("B5121B")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 3
    for prio, acts in LU:
        ws.cell(r, 1, prio).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill("FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for a in acts:
            for c, v in enumerate(a, start=1):
                cell = ws.cell(r, c, v if v != "" else None)
                cell.alignment = WRAP
                cell.border = BOX
                if c == 9 and v in FILL:
                    cell.fill = fill(FILL[v])
            ws.row_dimensions[r].height = 60
            r += 1
    widths = [6, 34, 46, 24, 18, 26, 30, 32, 11]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A3"
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. HMCTS – Welsh Language Scheme action plan, 2024-25 monitoring (xlsx)
# ---------------------------------------------------------------------------
HM_FILE = "zau-hmcts-welsh-language-scheme-action-plan-2024-25-monitoring.xlsx"
HM_TITLE = "HM Courts & Tribunals Service – Welsh Language Scheme Action Plan"
# (section, [(commitment, [(no, action, lead, target, progress, rag)])])
HM = [
    ("Policy development and implementation", [
        ("Consider the effect on the Welsh language of all new or revised policies, services and digital products (Scheme paras 12–14).", [
            ("1", "Embed a Welsh language impact assessment in the HMCTS policy and change governance templates.",
             "Head of Welsh Language Services", d(2024, 6, 30), "Template live in the change portal from May 2024.", "Blue"),
            ("2", "Train policy and change leads to complete Welsh language impact assessments.",
             "Head of Welsh Language Services; Head of Policy Profession", d(2024, 12, 31), "142 staff trained; e-learning added to induction.", "Blue"),
        ]),
    ]),
    ("Provision of services to the public", [
        ("Make sure Welsh speakers can deal with HMCTS in Welsh by telephone, in writing and in person (Scheme paras 25–31).", [
            ("3", "Extend Welsh language telephone hours at the Courts and Tribunals Service Centre to match English-language opening hours.",
             "CTSC Service Manager (Welsh Language Unit)", d(2025, 9, 30), "Business case approved; additional Welsh-speaking agents in training.", "Green"),
            ("4", "Record the language choice of court users in Wales on case management systems so that correspondence is issued in their preferred language.",
             "Delivery Director, Wales / Head of Welsh Language Services", d(2025, 3, 31), "Delayed pending a system release; interim manual flag in use.", "Amber"),
        ]),
        ("Provide bilingual signage and information in all court and tribunal buildings in Wales (Scheme para 35).", [
            ("5", "Audit signage at all 19 court and tribunal buildings in Wales and replace signs that do not comply.",
             "Regional Estates Manager, Wales", d(2026, 3, 31), "Audit complete at 12 of 19 sites.", "Green"),
        ]),
    ]),
    ("Digital services", [
        ("Make new online services available in Welsh at the same time as in English (Scheme para 40).", [
            ("6", "Carry out user research and testing with Welsh-speaking users before each new online service goes live.",
             "Head of Content Design", "Ongoing", "Completed for Probate and Divorce releases; planned for the Employment Tribunal service.", "Green"),
            ("7", "Publish a Welsh version of the online hearing guidance and video hearing joining instructions.",
             "Head of Content Design & Welsh Language Translation Unit Manager", d(2024, 12, 31), "Not yet published – translation backlog.", "Red"),
        ]),
    ]),
    ("Recruitment and language skills", [
        ("Increase the number of Welsh-speaking staff in public-facing roles in Wales (Scheme paras 45–48).", [
            ("8", "Identify Welsh-essential posts in each court and tribunal team in Wales and include Welsh language skills in all relevant job adverts.",
             "HR Business Partner, Wales", "Q2 2025-26", "Review under way in the South Wales cluster.", "Amber"),
        ]),
    ]),
    ("Implementing, monitoring and reporting", [
        ("Monitor compliance with the Scheme and report annually to the Welsh Language Commissioner (Scheme paras 60–63).", [
            ("9", "Submit the 2024-25 annual monitoring report to the Welsh Language Commissioner.",
             "Head of Welsh Language Services", d(2025, 7, 31), "Draft prepared for the Wales Steering Group.", None),
        ]),
    ]),
]


def build_hm(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = HM_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Annual monitoring 2024-25: progress as at 31 March 2025"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Owner: Head of Welsh Language Services. Reviewed by the HMCTS Wales Welsh Language Steering Group."
    ws["A3"].font = Font(italic=True)
    head = ["No.", "Scheme commitment", "Action", "Lead", "Target date", "Progress 2024-25", "RAG"]
    for c, h in enumerate(head, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    r = 6
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0, None: 0}
    for section, commits in HM:
        ws.cell(r, 1, section).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(r, c).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for commit, acts in commits:
            top = r
            for no, action, lead, target, prog, rag in acts:
                vals = [no, commit if r == top else None, action, lead, target, prog, None]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if c == 5 and isinstance(v, dt.datetime):
                        cell.number_format = "mmm-yy"
                        cell.alignment = Alignment(horizontal="left", vertical="top")
                if rag:
                    ws.cell(r, 7).fill = fill(FILL[rag])
                counts[rag] += 1
                ws.row_dimensions[r].height = 48
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for c, (lab, col) in enumerate((("Complete", "Blue"), ("On track", "Green"), ("At risk", "Amber"),
                                    ("Off track", "Red")), start=2):
        cell = ws.cell(r, c, lab)
        cell.fill = fill(FILL[col])
    r += 1
    ws.cell(r, 1, "Totals").font = Font(bold=True)
    ws.cell(r, 2, f"Complete {counts['Blue']}")
    ws.cell(r, 3, f"On track {counts['Green']}")
    ws.cell(r, 4, f"At risk {counts['Amber']}")
    ws.cell(r, 5, f"Off track {counts['Red']}")
    ws.cell(r, 6, f"Not yet rated {counts[None]}")
    widths = [6, 40, 50, 30, 12, 42, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A6"

    vh = wb.create_sheet("Version history")
    for c, h in enumerate(("Version", "Date", "Author", "Change"), start=1):
        vh.cell(1, c, h).font = Font(bold=True)
    for i, row in enumerate((("1.0", "02/04/2024", "Welsh Language Unit", "Action plan agreed for 2024-25"),
                             ("1.1", "15/10/2024", "Welsh Language Unit", "Half-year progress added"),
                             ("2.0", "11/04/2025", "Welsh Language Unit", "Year-end position for annual monitoring report")),
                            start=2):
        for c, v in enumerate(row, start=1):
            vh.cell(i, c, v)
    vh.column_dimensions["D"].width = 50
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Pangbourne College – ISI inspection action plan (docx)
# ---------------------------------------------------------------------------
PC_FILE = "zau-pangbourne-college-isi-inspection-action-plan.docx"
PC_TITLE = "Pangbourne College – ISI Inspection Action Plan"
# (heading, next step, [(ref, action, lead, timescale, success, status)])
PC = [
    ("1. Leadership and management, and governance",
     "Leaders should ensure that governors monitor the implementation of policies systematically, so that they have secure oversight of how well policies work in practice.", [
         ("1.1", "Introduce an annual governors’ monitoring calendar setting out which policies each committee will review and when.",
          "Clerk to the Governors", "February 2025", "Calendar agreed by the full board; each committee reports against it.", "B"),
         ("1.2", "Nominate link governors for safeguarding, SEND, boarding and health and safety, with termly visits recorded on a standard report form.",
          "Chair of Governors", "Summer term 2025", "Visit reports received each term for all four areas.", "G"),
     ]),
    ("2. Quality of education, training and recreation",
     "Leaders should ensure that teachers consistently use information about pupils’ special educational needs to adapt their teaching, so that pupils who have SEND make good progress in all subjects.", [
         ("2.1", "Publish one-page learning profiles for all pupils on the SEND register and make them available to every teacher through the MIS.",
          "Head of Learning Support", "January 2025", "Profiles available for 100% of pupils on the register.", "B"),
         ("2.2", "Deliver INSET on adaptive teaching and follow it up with learning walks focused on pupils with SEND.",
          "Deputy Head (Academic) / Head of Learning Support", "Autumn term 2025", "Learning walks show adaptive strategies in most lessons seen.", "G"),
         ("2.3", "Track the progress of pupils with SEND at each data drop and report it to the Education Committee.",
          "Director of Studies", "Termly", "Gap between SEND and non-SEND progress narrows each term.", "A"),
     ]),
    ("3. Pupils’ physical and mental health and emotional wellbeing",
     "Leaders should ensure that the personal, social, health and economic (PSHE) education programme in the sixth form is consistently well taught and meets pupils’ needs.", [
         ("3.1", "Review the sixth form PSHE scheme of work using pupil voice, and allocate sixth form PSHE lessons to a specialist team of tutors.",
          "Head of PSHE & Head of Sixth Form", "July 2025", "Revised scheme in place for September 2025.", "G"),
         ("3.2", "Survey sixth form pupils on the relevance of PSHE sessions and act on the findings.",
          "Head of PSHE", "Autumn term 2025", "At least 80% of pupils rate sessions as useful.", "Not started"),
     ]),
    ("4. Safeguarding",
     "Leaders should ensure that all staff who work with boarders have up-to-date training in the boarding houses’ safeguarding procedures.", [
         ("4.1", "Deliver boarding-specific safeguarding training to all boarding staff, including evening and weekend duty staff and gap-year assistants.",
          "Deputy Head (Pastoral)", "September 2025", "All boarding staff trained, as shown on the training log.", "A"),
         ("4.2", "Add boarding safeguarding training to the staff training log and audit compliance each half-term.",
          "Designated Safeguarding Lead; HR Manager", "Half-termly", "Audit shows full compliance at each check.", "G"),
     ]),
]


def build_pc(path):
    doc = docx.Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading(PC_TITLE, level=0)
    p = doc.add_paragraph()
    p.add_run("Response to the ISI routine inspection of 12–14 November 2024 (report published 23 January 2025)").italic = True
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in (("Document owner", "Head"),
                 ("Approved by", "Board of Governors (Education and Pastoral Committee)"),
                 ("Version", "1.2 – updated 5 June 2025"),
                 ("Next review", "September 2025")):
        row = dc.add_row().cells
        bold_cell(row[0], k, "DEEAF6")
        row[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("Status key: B – complete; G – on track; A – some slippage; R – not on track.")
    head = ("Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Status")
    sfill = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, step, acts in PC:
        doc.add_heading(heading, level=1)
        sp = doc.add_paragraph()
        run = sp.add_run(step)
        run.bold = True
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(head):
            bold_cell(t.rows[0].cells[i], h, "1F4E79", white=True)
        for ref, action, lead, when, success, status in acts:
            cells = t.add_row().cells
            for i, v in enumerate((ref, action, lead, when, success, status)):
                cells[i].text = v
            if status in sfill:
                shade(cells[5], sfill[status])
        widths = [Cm(1.2), Cm(8.5), Cm(4.5), Cm(3.2), Cm(6.5), Cm(2.0)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Education and Pastoral Committee "
                      "and to the full Board of Governors each term.")
    doc.save(path)


BUILDERS = [
    (BFRS_FILE, build_bfrs), (DH_FILE, build_dh), (WK_FILE, build_wk), (CH_FILE, build_ch),
    (LU_FILE, build_lu), (HM_FILE, build_hm), (PC_FILE, build_pc),
]


def main():
    for name, fn in BUILDERS:
        assert name.startswith("zau-")
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
