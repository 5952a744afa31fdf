"""Build the seven vc- blind test files (set heldout526).

Run with /work/main/.venv/bin/python vc_make.py from any directory; the files are
written beside this script.  Only files whose names start with "vc-" are written.
"""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("vc-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("00B050"),
    "blue": fill("0070C0"),
}
GREY = fill("D9D9D9")
PALE = fill("DDEBF7")


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. SPS HMP Glenochil - HMIPS full inspection action plan (xlsx)
# ---------------------------------------------------------------------------
def glenochil():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = "Scottish Prison Service"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = "HMP Glenochil – HMIPS Full Inspection 2024 – Action Plan"
    cover["A2"].font = Font(bold=True, size=12)
    cover["A3"] = "Inspection dates: 19 February – 1 March 2024"
    cover["A5"] = "Document control"
    cover["A5"].font = BOLD
    rows = [
        ("Version", "Date", "Author", "Comment"),
        ("0.1", "12/07/2024", "Business Improvement Manager", "Draft for SMT"),
        ("1.0", "26/07/2024", "Business Improvement Manager", "Approved by Governor in Charge"),
        ("1.3", "17/01/2025", "Business Improvement Manager", "Quarterly progress update"),
    ]
    for r, row in enumerate(rows, start=6):
        for c, v in enumerate(row, start=1):
            cell = cover.cell(row=r, column=c, value=v)
            cell.border = BOX
            if r == 6:
                cell.font = BOLD
                cell.fill = GREY
    cover["A11"] = "Plan owner: Governor in Charge"
    cover["A12"] = "Report published by HMIPS: 11 June 2024"
    widths(cover, [22, 14, 32, 34])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "HMP Glenochil – HMIPS Full Inspection 2024 – Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress position at 17 January 2025. RAG status is shown by cell colour – see Key sheet."
    ws.merge_cells("A2:I2")
    hdr = ["Rec No.", "HMIPS Recommendation", "Action Ref", "Action(s) to be taken",
           "Action Owner", "Target Date", "Revised Date", "Progress Update", "RAG"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=v)
        cell.font = BOLD
        cell.fill = GREY
        cell.border = BOX
        cell.alignment = WRAP

    D = dt.datetime
    plan = [
        ("Standard 2 – Decency", [
            ("1", "SPS should ensure that cells designed for single occupancy are not used to accommodate two people.", [
                ("1.1", "Review cell occupancy across Abercrombie and Harviestoun Halls and submit a population management proposal to SPS HQ Operations.",
                 "Head of Operations", D(2024, 8, 31), None,
                 "Proposal submitted to SPS HQ 14 August 2024. Operational capacity agreed.", "blue"),
                ("1.2", "Install a privacy screen and additional furniture in every shared cell until doubling-up ends.",
                 "Head of Operations / Estates Manager", D(2024, 11, 30), D(2025, 3, 31),
                 "Screens fitted in Abercrombie Hall. Harviestoun delayed by contractor availability.", "amber"),
            ]),
        ]),
        ("Standard 3 – Personal Safety", [
            ("2", "The prison should develop a local violence reduction strategy informed by analysis of incidents and the views of people in custody.", [
                ("2.1", "Produce a local violence reduction strategy using 12 months of incident data, and consult the Prisoner Information Action Committee on the draft.",
                 "Deputy Governor", D(2024, 9, 30), None,
                 "Draft strategy shared with PIAC in December 2024.", "green"),
                ("2.2", "Deliver Talk to Me and violence reduction refresher training to all residential first line managers.",
                 "Training Manager", D(2024, 12, 31), None,
                 "31% trained. Training days cancelled due to staffing pressures.", "red"),
            ]),
        ]),
        ("Standard 6 – Purposeful Activity", [
            ("3", "The number of people engaged in purposeful activity should be increased, with particular attention to those held in the protection population.", [
                ("3.1", "Reopen the second industries party for the protection population with a morning and afternoon session.",
                 "Head of Offender Outcomes", "March 2025", None,
                 "Instructor recruited; start date agreed for March.", "green"),
                ("3.2", "Agree with Forth Valley College an extended learning centre timetable including evening classes.",
                 "Learning Centre Manager (Forth Valley College); Head of Offender Outcomes", "June 2025", None,
                 "Initial meeting planned for February 2025.", None),
            ]),
        ]),
        ("Standard 9 – Health and Wellbeing", [
            ("4", "NHS Forth Valley and SPS should ensure that people in custody can access a mental health assessment within the national target timescale.", [
                ("4.1", "Establish a joint SPS / NHS Forth Valley weekly referrals meeting to track mental health waiting times.",
                 "Head of Residential; Health Centre Manager (NHS Forth Valley)", D(2024, 10, 31), None,
                 "Weekly meeting in place since September 2024.", "blue"),
            ]),
        ]),
    ]
    r = 5
    for std, recs in plan:
        ws.cell(row=r, column=1, value=std).font = BOLD
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = PALE
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for recno, rectext, actions in recs:
            first = r
            ws.cell(row=r, column=1, value=recno)
            ws.cell(row=r, column=2, value=rectext)
            for ref, text, owner, tdate, rdate, upd, rag in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=text)
                ws.cell(row=r, column=5, value=owner)
                c6 = ws.cell(row=r, column=6, value=tdate)
                c7 = ws.cell(row=r, column=7, value=rdate)
                for cc in (c6, c7):
                    if isinstance(cc.value, dt.datetime):
                        cc.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=8, value=upd)
                if rag:
                    ws.cell(row=r, column=9).fill = RAG_FILL[rag]
                for c in range(1, 10):
                    ws.cell(row=r, column=c).border = BOX
                    ws.cell(row=r, column=c).alignment = WRAP
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of progress").font = BOLD
    summary = [("Complete", 2), ("On track", 2), ("Some slippage", 1), ("Not on track", 1),
               ("Not yet started", 1), ("Total actions", 7)]
    for label, n in summary:
        r += 1
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=n)
    widths(ws, [9, 44, 9, 48, 26, 13, 13, 40, 8])
    ws.freeze_panes = "A5"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (colour, meaning) in enumerate([
        ("red", "Not on track – action required by SMT"),
        ("amber", "Some slippage – revised date agreed"),
        ("green", "On track"),
        ("blue", "Complete"),
    ], start=2):
        key.cell(row=i, column=1).fill = RAG_FILL[colour]
        key.cell(row=i, column=2, value=meaning)
    key["A7"] = "No colour = action not yet started"
    widths(key, [10, 44])
    wb.active = 1
    wb.save(out("vc-sps-hmp-glenochil-hmips-full-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. British Transport Police D Division - HMICS improvement plan (xlsx)
# ---------------------------------------------------------------------------
def btp():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "British Transport Police D Division – HMICS Inspection 2024 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position at 31 December 2024 – for BTPA Scotland Railway Policing Committee, 22 January 2025"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Plan owner: Chief Superintendent D Division"
    hdr = ["Action ID", "Action", "Action owner(s)", "Original target", "Revised target",
           "Previous RAG (Sep 2024)", "Current RAG (Dec 2024)", "Progress commentary"]
    for c, v in enumerate(hdr, start=1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("1F3864")
        cell.alignment = WRAP
        cell.border = BOX

    D = dt.datetime
    plan = [
        ("Section A – Recommendations", [
            ("Recommendation 1: British Transport Police should ensure that D Division has a documented strategic assessment and control strategy specific to the railway in Scotland, refreshed annually.", [
                ("R1.1", "Commission the Force Intelligence Bureau to produce a Scotland-specific strategic assessment for 2025/26.",
                 "Head of Intelligence (D Division)", D(2025, 1, 31), None, "Amber", "Complete",
                 "Strategic assessment signed off at DTCG on 18 December 2024."),
                ("R1.2", "Agree the D Division control strategy at the Divisional Tasking and Co-ordination Group and publish it to all officers and staff.",
                 "Chief Superintendent D Division", D(2025, 3, 31), D(2025, 6, 30), "Green", "Amber",
                 "Dependent on R1.1; publication moved to align with 2025/26 policing plan."),
            ]),
            ("Recommendation 2: British Transport Police and Police Scotland should review the memorandum of understanding on the handover of incidents on the railway, including major incident and missing person procedures.", [
                ("R2.1", "Joint BTP / Police Scotland working group to review the MoU and draft revised procedures for missing persons and major incidents.",
                 "Superintendent Operations, D Division; Chief Inspector Partnerships, Police Scotland", D(2025, 3, 31), None, "Green", "Green",
                 "Working group has met three times. Draft procedures circulated for comment."),
                ("R2.2", "Test the revised major incident handover procedure through a table-top exercise with Network Rail and ScotRail.",
                 "Emergency Planning Manager", "Q1 2025/26", None, "Not started", "Green",
                 "Exercise scheduled for May 2025 at Glasgow Central."),
            ]),
            ("Recommendation 3: British Transport Police should improve the supervision and quality assurance of crime investigations allocated to D Division officers.", [
                ("R3.1", "Introduce a monthly supervisory review of all open investigations older than 28 days, recorded on Niche.",
                 "DCI Karen Moffat & Insp Ross Baird", D(2025, 2, 28), None, "Amber", "Red",
                 "Reviews completed in October only. Supervisor abstractions over the festive period."),
            ]),
        ]),
        ("Section B – Areas for development", [
            ("Area for development 1: D Division should make better use of officer wellbeing data to support attendance management.", [
                ("AFD1.1", "Provide sergeants with monthly wellbeing and absence dashboards via the force Power BI platform.",
                 "HR Business Partner (Scotland)", "Ongoing", None, "Green", "Green",
                 "Dashboard live from November 2024; monthly refresh."),
            ]),
            ("Area for development 2: British Transport Police should review the capacity of the Scotland control room at peak times.", [
                ("AFD2.1", "Carry out a demand and capacity review of the Scotland control room covering Friday and Saturday evenings.",
                 "Control Room Manager", D(2025, 9, 30), None, "Not started", "Green",
                 "Terms of reference agreed."),
                ("AFD2.2", "Present review findings and staffing options to the BTPA Scotland Railway Policing Committee.",
                 "Chief Superintendent D Division", "December 2025", None, "", "",
                 ""),
            ]),
        ]),
    ]
    r = 6
    for section, recs in plan:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True, size=12)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rectext, actions in recs:
            cell = ws.cell(row=r, column=1, value=rectext)
            cell.font = BOLD
            cell.alignment = WRAP
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = PALE
                ws.cell(row=r, column=c).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 32
            r += 1
            for aid, text, owner, orig, rev, prev, cur, comm in actions:
                vals = [aid, text, owner, orig, rev, prev, cur, comm]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=r, column=c, value=v if v != "" else None)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG ratings are assigned by the action owner and reviewed by the D Division Performance Manager before each committee.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    widths(ws, [10, 52, 30, 13, 13, 13, 13, 42])
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (k, m) in enumerate([("Red", "Target date will be missed; escalation required"),
                                ("Amber", "At risk; revised target agreed"),
                                ("Green", "On track"),
                                ("Complete", "Action complete and evidence held")], start=2):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=m)
    key["A8"] = "Summary (Current RAG)"
    key["A8"].font = BOLD
    for i, (k, n) in enumerate([("Complete", 1), ("Green", 4), ("Amber", 1), ("Red", 1),
                                ("Not rated", 1), ("Total", 8)], start=9):
        key.cell(row=i, column=1, value=k)
        key.cell(row=i, column=2, value=n)
    widths(key, [14, 50])
    wb.save(out("vc-british-transport-police-d-division-hmics-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Moray Council corporate risk register - typo month (xlsx, refuse)
# ---------------------------------------------------------------------------
def moray():
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    ws["A1"] = "THE MORAY COUNCIL – CORPORATE RISK REGISTER 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Appendix 1 to report to Audit and Scrutiny Committee"
    ws["A3"] = "Date: September 2025        Reviewed by: Corporate Management Team"
    top = ["No.", "RISK", "Scope / potential consequences of risk", "Initial risk", None, None,
           "Risk control measures in place", "Residual risk", None, None,
           "Risk control activity now proposed", "Risk Owner", "Target date"]
    sub = [None, None, None, "Likeli-hood", "Impact", "Risk score", None, "Likeli-hood",
           "Impact", "Risk score", None, None, None]
    for c, v in enumerate(top, start=1):
        cell = ws.cell(row=5, column=c, value=v)
        cell.font = BOLD
        cell.fill = GREY
        cell.border = BOX
        cell.alignment = WRAP
    for c, v in enumerate(sub, start=1):
        cell = ws.cell(row=6, column=c, value=v)
        cell.font = BOLD
        cell.fill = GREY
        cell.border = BOX
        cell.alignment = WRAP
    ws.merge_cells("D5:F5")
    ws.merge_cells("H5:J5")
    for col in "ABCGKLM":
        ws.merge_cells(f"{col}5:{col}6")

    reg = [
        ("1. Financial risks", [
            ("1.1", "Medium term financial plan not delivered.",
             "Council unable to set a balanced budget from 2026/27. Reserves fall below the agreed minimum.",
             5, 5, "Medium term financial strategy approved February 2025. Monthly budget monitoring to CMT.",
             4, 5, "Deliver the Transformation and Savings Programme and report progress to each Corporate Committee.",
             "Chief Financial Officer", "March 2026"),
            ("1.2", "Capital programme costs exceed budget.",
             "Inflation and contractor availability increase scheme costs; projects delayed or reduced in scope.",
             4, 4, "Capital Plan Officer Group reviews all schemes quarterly.",
             3, 4, "Introduce gateway reviews for all capital projects over £1 million.",
             "Head of Housing and Property Services", "31/12/2025"),
        ]),
        ("2. Service delivery risks", [
            ("2.1", "Learning estate not fit for purpose.",
             "Condition of schools (including RAAC) leads to closures and disruption to learning.",
             4, 5, "Learning Estate Strategy in place. RAAC survey completed for all schools.",
             4, 4, "Complete the Elgin High School and Forres Academy replacement business cases for Scottish Government funding.",
             "Head of Education Resources and Communities", "June 2026"),
            ("2.2", "Failure to meet statutory duties for adult social care.",
             "Unmet need and delayed discharge; reputational damage and regulatory action.",
             4, 4, "Integration Joint Board oversight. Care at home recovery plan.",
             3, 4, "Commission additional care at home capacity in Speyside and Keith.",
             "Chief Officer, Health and Social Care Moray", "Ongoing"),
        ]),
        ("3. Workforce risks", [
            ("3.1", "Recruitment and retention in hard to fill posts.",
             "Service gaps in teaching, social work and trades; increased agency costs.",
             4, 4, "Workforce strategy and plan 2023–27. Relocation package for teachers.",
             4, 3, "Launch the 'Grow Your Own' trainee scheme for social work and building services.",
             "Head of HR, ICT and Organisational Development", "Febuary 2026"),
            ("3.2", "Loss of key staff and knowledge through retirement.",
             "Single points of failure in specialist services.",
             3, 4, "Succession planning in service plans.",
             3, 3, "Complete succession plans for all third tier posts.",
             "Heads of Service", "31/03/2026"),
        ]),
        ("4. Governance and information risks", [
            ("4.1", "Cyber attack disrupts council systems.",
             "Loss of systems and data; services unable to operate; regulatory fines.",
             4, 5, "Cyber essentials plus accreditation. Annual penetration testing.",
             3, 5, "Test the ICT disaster recovery plan and complete phishing awareness training for all staff.",
             "ICT Infrastructure Manager", "December 2025"),
            ("4.2", "Best Value duties not demonstrated.",
             "Adverse Best Value findings from the Accounts Commission.",
             3, 4, "Best Value self-assessment. Audit and Scrutiny Committee oversight.",
             2, 4, "Deliver the Best Value improvement actions agreed with Audit Scotland.",
             "Depute Chief Executive (Education, Communities and Organisational Development)", "March 2026"),
        ]),
    ]
    r = 7
    for cat, risks in reg:
        ws.cell(row=r, column=1, value=cat).font = BOLD
        for c in range(1, 14):
            ws.cell(row=r, column=c).fill = PALE
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=13)
        r += 1
        for (no, risk, scope, il, ii, controls, rl, ri, activity, owner, target) in risks:
            vals = [no, risk, scope, il, ii, il * ii, controls, rl, ri, rl * ri, activity, owner, target]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
            score = rl * ri
            sc = ws.cell(row=r, column=10)
            sc.fill = RAG_FILL["red"] if score >= 15 else (RAG_FILL["amber"] if score >= 8 else RAG_FILL["green"])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risk score = Likelihood x Impact (1–25). Residual scores of 15 and above are reported to Audit and Scrutiny Committee.")
    widths(ws, [7, 28, 34, 8, 8, 8, 34, 8, 8, 8, 40, 30, 13])
    wb.save(out("vc-moray-council-corporate-risk-register-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(9)


def header_row(table, labels, hex6="D9D9D9"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        set_cell(c, lab, bold=True)
        shade(c, hex6)


# ---------------------------------------------------------------------------
# 4. Ysgol Bryn Castell - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def bryn_castell():
    d = docx.Document()
    d.add_heading("Ysgol Bryn Castell – Post-inspection Action Plan", level=1)
    p = d.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    d.add_paragraph("Estyn inspection: 16–19 October 2023\nPlan approved by the governing body: 5 December 2023\nProgress review: July 2024")

    d.add_paragraph("Document control").runs[0].bold = True
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Approved by"])
    for i, row in enumerate([("1.0", "05/12/2023", "Governing Body"),
                             ("1.1", "19/03/2024", "Headteacher and Chair of Governors"),
                             ("1.2", "16/07/2024", "Governing Body")], start=1):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v)

    d.add_paragraph("")
    d.add_paragraph("RAG key: Red – not started or behind schedule;  Amber – in progress;  Green – completed")

    d.add_paragraph("Recommendations from the Estyn report").runs[0].bold = True
    recs = [
        "R1 Strengthen self-evaluation and improvement planning so that they focus sharply on the impact of teaching on pupils’ learning",
        "R2 Improve the consistency of feedback to help pupils understand how to improve their work",
        "R3 Develop pupils’ independent communication skills, including through the use of augmentative and alternative communication (AAC)",
    ]
    for r in recs:
        d.add_paragraph(r, style="List Bullet")

    cols = ["Ref", "Actions", "Lead person(s)", "Timescale", "Success criteria", "Monitoring (who / when)", "RAG"]
    sections = [
        ("Recommendation 1: Strengthen self-evaluation and improvement planning so that they focus sharply on the impact of teaching on pupils’ learning", [
            ("1.1", "Revise the school’s self-evaluation calendar so that learning walks, book looks and pupil voice activities are linked to the school development plan priorities.",
             "Headteacher", "Spring term 2024", "Calendar in place; all activities recorded against SDP priorities.", "Governors’ standards committee – termly", "Green"),
            ("1.2", "Train middle leaders to evaluate the impact of teaching on pupils’ progress against their individual development plan targets.",
             "DHT and ALNCo", "Summer term 2024", "All middle leaders lead one evaluation cycle and write an evaluation report.", "Headteacher – half-termly", "Amber"),
            ("1.3", "Report the findings of self-evaluation to the governing body and the Central South Consortium improvement partner.",
             "Headteacher / Chair of Governors", "Termly", "Governors can describe the school’s strengths and priorities.", "Local authority – each visit", "Amber"),
        ]),
        ("Recommendation 2: Improve the consistency of feedback to help pupils understand how to improve their work", [
            ("2.1", "Agree a whole-school feedback policy, including verbal feedback, symbols and visual prompts suited to each pathway.",
             "AHT (Curriculum)", "January 2024", "Policy approved and shared with all staff and families.", "Headteacher – January 2024", "Green"),
            ("2.2", "Carry out termly book looks and lesson observations focused on the quality of feedback, sharing effective practice in staff meetings.",
             "AHT (Curriculum), Pathway Leaders", "Autumn term 2024", "Feedback is consistent in nearly all classes.", "SLT – termly", "Amber"),
            ("2.3", "Review the impact of the feedback policy with the school council and adjust the visual prompts.",
             "Pupil voice lead", "July 2024", "Pupils can explain how they improve their work.", "Governors – July 2024", "Red"),
        ]),
        ("Recommendation 3: Develop pupils’ independent communication skills, including through the use of augmentative and alternative communication (AAC)", [
            ("3.1", "Provide AAC training for all teaching and support staff with the local authority speech and language therapy team.",
             "ALNCo", "Spring term 2024", "All staff complete core AAC training.", "DHT – March 2024", "Green"),
            ("3.2", "Introduce communication passports for all pupils who use AAC, shared with families and transport staff.",
             "Class teachers", "Autumn term 2024", "Every pupil who uses AAC has an up-to-date communication passport.", "ALNCo – termly", "Amber"),
            ("3.3", "Track pupils’ progress in communication using the school’s new communication continuum and report to governors.",
             "DHT", "31 July 2024", "Baseline and summer assessments completed for all pupils.", "Governors’ standards committee – July 2024", "Amber"),
        ]),
    ]
    for heading, rows in sections:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1 + len(rows), cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, "C6E0B4")
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                set_cell(t.rows[i].cells[j], v)
        d.add_paragraph("")

    d.add_paragraph("Signed: Headteacher ……………………    Chair of Governors ……………………")
    d.save(out("vc-ysgol-bryn-castell-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Northern HSCT - NIAO report to those charged with governance action plan (docx)
# ---------------------------------------------------------------------------
def northern_trust():
    d = docx.Document()
    p = d.add_paragraph("Northern Health and Social Care Trust")
    p.runs[0].bold = True
    d.add_heading("NIAO Report to Those Charged with Governance 2023-24 – Action Plan", level=1)
    d.add_paragraph("Audit and Risk Assurance Committee – 12 June 2025 – Progress update as at 31 May 2025")

    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Report", "Report to Those Charged with Governance for the year ended 31 March 2024 (Northern Ireland Audit Office)"),
                                ("Lead Director", "Director of Finance"),
                                ("Prepared by", "Head of Financial Governance"),
                                ("Purpose", "For assurance")]):
        set_cell(info.rows[i].cells[0], k, bold=True)
        shade(info.rows[i].cells[0], "D9D9D9")
        set_cell(info.rows[i].cells[1], v)

    d.add_paragraph("")
    d.add_paragraph("Status key").runs[0].bold = True
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, colour, v) in enumerate([("Complete", "0070C0", "Action fully implemented and evidenced"),
                                        ("On track", "00B050", "Progressing to target date"),
                                        ("At risk", "FFC000", "Target date may be missed"),
                                        ("Overdue", "FF0000", "Target date passed")]):
        set_cell(key.rows[i].cells[0], k, bold=True)
        shade(key.rows[i].cells[0], colour)
        set_cell(key.rows[i].cells[1], v)

    cols = ["No.", "Management response / action", "Responsible officer", "Target date", "Status at 31 May 2025"]
    parts = [
        ("Priority 1 – Significant issues requiring prompt attention", [
            ("1. Agency and locum staffing: The Trust should ensure that all agency shifts are authorised before they are worked and that retrospective bookings are reported to the Audit and Risk Assurance Committee.", [
                ("1a", "Roll out the Regional Agency Booking module so that all nursing agency shifts require electronic pre-authorisation by a Band 7 or above.",
                 "Director of Nursing, Midwifery and AHPs", "30/09/2024\nRevised: 31/03/2025", "Complete"),
                ("1b", "Report retrospective agency bookings by directorate to each Audit and Risk Assurance Committee meeting.",
                 "Director of Finance", "Each ARAC meeting", "On track"),
            ]),
            ("2. Direct award contracts: The Trust should strengthen controls over direct award contracts (DACs) so that all DACs are approved in advance in line with the Trust’s Standing Financial Instructions.", [
                ("2a", "Issue a revised DAC procedure and template to all budget holders, requiring Procurement and Logistics Service (PaLS) sign-off before award.",
                 "Head of Procurement", "31/12/2024", "Complete"),
                ("2b", "Introduce a quarterly DAC compliance report to the Senior Leadership Team, including retrospective DACs and their values.",
                 "Head of Procurement; Financial Controller", "30/06/2025", "At risk"),
            ]),
        ]),
        ("Priority 2 – Important issues to be addressed by management", [
            ("3. Asset verification: The Trust should carry out a physical verification of medical equipment held on the fixed asset register.", [
                ("3a", "Complete a sample-based physical verification of medical equipment over £5,000 across all hospital sites, starting with Antrim Area Hospital.",
                 "Head of Capital Accounting / Clinical Engineering Manager", "March 2025", "Overdue"),
                ("3b", "Update the fixed asset register for disposals identified and report write-offs to the Audit and Risk Assurance Committee.",
                 "Financial Controller", "June 2025", "On track"),
            ]),
        ]),
        ("Priority 3 – Good practice", [
            ("4. Declarations of interest: The Trust should remind senior staff of the requirement to complete an annual declaration of interests and follow up nil returns.", [
                ("4a", "Annual reminder issued by the Board Secretary with a deadline of 30 April, with non-returns escalated to Directors.",
                 "Board Secretary", "Annually", "On track"),
            ]),
        ]),
    ]
    for heading, recs in parts:
        d.add_paragraph("")
        d.add_heading(heading, level=2)
        nrows = 1 + sum(1 + len(a) for _, a in recs)
        t = d.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, "BDD7EE")
        r = 1
        for rectext, actions in recs:
            row = t.rows[r]
            merged = row.cells[0].merge(row.cells[len(cols) - 1])
            set_cell(merged, rectext, bold=True)
            shade(merged, "F2F2F2")
            r += 1
            for vals in actions:
                for j, v in enumerate(vals):
                    set_cell(t.rows[r].cells[j], v)
                r += 1

    d.add_paragraph("")
    d.add_paragraph("Sign-off").runs[0].bold = True
    so = d.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    header_row(so, ["Name", "Role", "Date"])
    for j, v in enumerate(["Signed on behalf of the Trust", "Director of Finance", "02/06/2025"]):
        set_cell(so.rows[1].cells[j], v)
    d.save(out("vc-northern-hsct-niao-report-to-those-charged-with-governance-2023-24-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Edinburgh HSCP Drumbrae care home - Care Inspectorate improvement plan (csv)
# ---------------------------------------------------------------------------
def drumbrae():
    import csv
    import io
    rows = [
        ["Edinburgh Health and Social Care Partnership", "", "", "", "", "", ""],
        ["Drumbrae Care Home – Care Inspectorate Improvement Plan", "", "", "", "", "", ""],
        ["Unannounced inspection 13-15 August 2024. Report published 2 October 2024. Plan updated 20 December 2024.", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "Requirement / area for improvement", "Action we will take", "Who", "By when", "Progress", "RAG"],
        ["", "Key question 1: How well do we support people's wellbeing?", "", "", "", "", ""],
        ["", "Requirement 1: By 31 October 2024, the provider must ensure that people's medication is managed safely and in line with best practice guidance. To do this, the provider must, at a minimum: a) ensure 'as required' medication protocols are in place and reviewed; b) ensure medication records are accurate and complete.", "", "", "", "", ""],
        ["1.1", "", "Audit every resident's 'as required' (PRN) protocols and rewrite any that are missing or out of date.", "Unit Managers", "31/10/2024", "All 60 protocols reviewed; 14 rewritten. Checked by pharmacist 28/10/24.", "Complete"],
        ["1.2", "", "Weekly medication administration record (MAR) audit by the nurse in charge on each unit,\nwith results reviewed at the monthly clinical governance meeting.", "Nurse in charge / Care Home Manager", "Weekly", "Audits in place since September; errors down from 11 to 2 a month.", "Green"],
        ["", "Area for improvement 1: To support people's wellbeing, the provider should ensure that people have regular opportunities to take part in meaningful activities, including outings in the community.", "", "", "", "", ""],
        ["1.3", "", "Recruit a second activities co-ordinator and publish a monthly activities planner on each floor.", "Care Home Manager", "Dec-24", "Post advertised twice. Planner in place.", "Amber"],
        ["", "Key question 3: How good is our staff team?", "", "", "", "", ""],
        ["", "Requirement 2: By 30 November 2024, the provider must ensure that all staff complete training in adult support and protection and stress and distress, and that its impact on practice is evaluated.", "", "", "", "", ""],
        ["2.1", "", "Book all outstanding staff onto ASP Level 1 and stress and distress training through the HSCP Learning and Development team.", "Depute Manager", "30/11/2024", "97% compliance at 30 November.", "Complete"],
        ["2.2", "", "Observe practice and record competency checks for 10 staff each month through supervision.", "Senior Carers (Days & Nights)", "March 2025", "Observations started in November; 18 completed.", "Amber"],
        ["", "Key question 4: How good is our setting?", "", "", "", "", ""],
        ["", "Area for improvement 2: The provider should ensure that the environment is well maintained, with a clear timescale for refurbishing the bathrooms on the first floor.", "", "", "", "", ""],
        ["4.1", "", "Agree a refurbishment programme for the first floor bathrooms with City of Edinburgh Council Property and Facilities Management.", "Care Home Manager; Locality Manager (North West)", "31/01/2025 (revised from 30/11/2024)", "Survey completed; programme not yet agreed.", "Red"],
        ["4.2", "", "Complete the bathroom refurbishment works.", "Property and Facilities Management", "June 2025", "", ""],
        ["", "", "", "", "", "", ""],
        ["RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; Red = off track. Blank = not started.", "", "", "", "", "", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("vc-edinburgh-hscp-drumbrae-care-home-care-inspectorate-improvement-plan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 7. Perth Academy - Education Scotland inspection action plan (txt)
# ---------------------------------------------------------------------------
def perth_academy():
    text = """Perth Academy – Education Scotland Inspection Action Plan 2025-26
Perth and Kinross Council – Education and Learning
Inspection: February 2025    Letter to parents published: April 2025
Progress update: November 2025

This plan sets out how the school will address the areas for improvement agreed with HM Inspectors
and Perth and Kinross Council. Progress is reported to the Parent Council each term.

Area for improvement 1
Senior leaders should continue to develop approaches to tracking and monitoring in the broad general education (BGE) so that all young people make the best possible progress.

1.1  Action: Introduce a single BGE tracking system in SEEMIS Progress and Achievement for all curricular areas.
     Lead: DHT (BGE)
     Timescale: October 2025
     Status: Green

1.2  Action: Hold termly attainment meetings between principal teachers and pupil support staff to agree interventions for young people who are not on track.
     Lead: PT Pupil Support / PTs Curriculum
     Timescale: Termly
     Status: Green

Area for improvement 2
Staff should continue to improve the consistency of learning and teaching across the school, including the quality of feedback and the level of challenge for young people.

2.1  Action: Launch the Perth Academy Learning and Teaching Standard with all staff on the August in-service day.
     Lead: Headteacher
     Timescale: August 2025
     Status: Complete

2.2  Action: Establish learning trios so that every teacher observes and is observed by colleagues twice a year.
     Lead: DHT (Learning and Teaching)
     Timescale: By June 2026
     Status: Amber

2.3  Action: Analyse pupil focus group feedback on challenge and report the findings to the Parent Council.
     Lead: Mrs L Cameron (DHT)
     Timescale: March 2026
     Status: Green

Area for improvement 3
Senior leaders should work with partners to increase the range of pathways and accredited courses in the senior phase.

3.1  Action: Extend the Perth College UHI foundation apprenticeship offer to include Social Services and Healthcare.
     Lead: DHT (Senior Phase); DYW Co-ordinator
     Timescale: June 2026
     Status: Green

3.2  Action: Publish an updated senior phase course choice booklet showing all college and partner courses.
     Lead: DYW Co-ordinator
     Timescale: January 2026
     Status: Not started

Status key: Complete | Green = on track | Amber = some slippage | Red = not on track | Not started
"""
    with open(out("vc-perth-academy-education-scotland-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    glenochil()
    btp()
    moray()
    bryn_castell()
    northern_trust()
    drumbrae()
    perth_academy()
    print("written")
