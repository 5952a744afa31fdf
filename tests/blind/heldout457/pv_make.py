"""Build the seven pv- blind cases (data files and their .expected.yaml).

Run: /work/main/.venv/bin/python pv_make.py
Writes only files whose names start with "pv-" into this folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
HEAD = "1F3864"


def out(name):
    assert name.startswith("pv-")
    return os.path.join(HERE, name)


def write_expected(fname, data):
    with open(out(fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=4000)


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. Kent Community Health NHSFT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def kchft():
    name = "pv-kent-community-health-nhsft-cqc-must-should-do-action-plan.xlsx"
    title = "Kent Community Health NHS Foundation Trust: CQC Must Do and Should Do Action Plan"
    S1 = "Community health inpatient services"
    S2 = "Urgent care services (minor injury units and urgent treatment centres)"
    MD1 = ("The trust must ensure that staff complete and regularly review patient risk assessments, "
           "including falls and pressure ulcer risk assessments, in line with trust policy. (Regulation 12)")
    MD2 = ("The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
           "skilled nursing staff on each ward at all times. (Regulation 18)")
    SD1 = "The trust should ensure that all clinical staff complete Mental Capacity Act training."
    MD3 = ("The trust must ensure that children attending its urgent care services are assessed by a "
           "clinician within 15 minutes of arrival. (Regulation 12)")
    SD2 = "The trust should ensure that resuscitation equipment checks are completed and recorded daily."
    SD3 = "The trust should ensure that patients' pain scores are recorded at initial assessment."

    D = dt.datetime
    # ref, requirement, action, lead cell, original, revised, prev, current fill, progress
    rows = [
        ("S", S1),
        ("MD1.1", MD1,
         "Relaunch the falls and pressure ulcer risk assessment standard operating procedure across all "
         "community hospitals, with ward-level briefings for registered nurses and healthcare assistants.",
         "Head of Inpatient Services", D(2024, 5, 31), None, "Green", BLUE,
         "SOP relaunched 22 May 2024.\nBriefings delivered on all 11 wards; attendance records held by ward managers."),
        ("MD1.2", MD1,
         "Introduce a weekly audit of risk assessment completion on each ward, with results reported "
         "monthly to the Community Hospitals Quality Group.",
         "Community Hospital Matrons", D(2024, 7, 31), D(2024, 10, 31), "Amber", GREEN,
         "Audit tool live on 9 of 11 wards; remaining two wards go live in October.\nCompliance 87% in September (target 95%)."),
        ("MD2.1", MD2,
         "Complete the bi-annual safer staffing establishment review for all inpatient wards using the "
         "Safer Nursing Care Tool.",
         "Chief Nurse / Deputy Chief Nurse", D(2024, 9, 30), None, "Amber", RED,
         "Data collection delayed at two sites. Revised date to be agreed at October Quality Committee."),
        ("SD1.1", SD1,
         "Add Mental Capacity Act level 2 to the essential skills matrix for registered nurses and "
         "therapists and monitor compliance monthly.",
         "Head of Learning and Development", D(2024, 12, 31), None, "Green", GREEN,
         "Added to matrix from 1 August 2024. Compliance 74% and rising."),
        ("S", S2),
        ("MD3.1", MD3,
         "Implement a paediatric streaming and initial assessment pathway at all minor injury units and "
         "urgent treatment centres.",
         "Clinical Director, Urgent Care; General Manager, Urgent Care", "Q2 2024/25", "Q3 2024/25",
         "Red", AMBER,
         "Pathway agreed by Urgent Care Governance Group in August.\nStaff training under way at Gravesham and Sevenoaks."),
        ("MD3.2", MD3,
         "Audit time to initial assessment for children each month and report results to the Urgent "
         "Care Governance Group.",
         "Urgent Care Quality Lead", D(2024, 8, 31), None, "Green", BLUE,
         "Monthly audit in place since June 2024. Action complete."),
        ("SD2.1", SD2,
         "Replace paper resuscitation trolley checklists with an electronic daily check recorded on the "
         "unit tablet.",
         "Resuscitation Services Manager", D(2024, 11, 30), None, "Green", GREEN,
         "Electronic checklist piloted at Deal MIU; wider roll-out planned for November."),
        ("SD3.1", SD3,
         "Make the pain score a mandatory field in the urgent care electronic patient record assessment "
         "template.",
         "Digital Clinical Safety Officer / Urgent Care Quality Lead", D(2025, 1, 31), None, None, None,
         "Not yet started; change request submitted to the EPR supplier."),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [9, 42, 52, 26, 14, 14, 13, 13, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Inspection of community health inpatient services and urgent care services "
                "(report published 14 March 2024)")
    ws.merge_cells("A2:I2")
    ws["A3"] = "Position at 30 September 2024 – for Quality Committee, 15 October 2024"
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "CQC requirement", "Action", "Lead(s)", "Original completion date",
           "Revised completion date", "Previous RAG (Aug 2024)", "Current RAG (Sep 2024)",
           "Progress update / evidence"]
    r = 5
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    req_start = {}
    expected = []
    section = None
    for row in rows:
        if row[0] == "S":
            section = row[1]
            ws.cell(r, 1, section).font = Font(bold=True)
            for c in range(1, 10):
                ws.cell(r, c).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        ref, req, action, lead, orig, rev, prev, cur, prog = row
        ws.cell(r, 1, ref)
        if req not in req_start:
            req_start[req] = r
            ws.cell(r, 2, req)
        else:
            ws.merge_cells(start_row=req_start[req], start_column=2, end_row=r, end_column=2)
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        for c, v in ((5, orig), (6, rev)):
            if v is not None:
                cell = ws.cell(r, c, v)
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
        if prev:
            ws.cell(r, 7, prev)
        if cur:
            ws.cell(r, 8).fill = fill(cur)
        ws.cell(r, 9, prog)
        for c in range(1, 10):
            ws.cell(r, c).alignment = WRAP
            ws.cell(r, c).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Summary of current RAG position").font = Font(bold=True)
    r += 1
    for label, col, n in (("Blue – complete and assured", BLUE, 2), ("Green – on track", GREEN, 3),
                          ("Amber – at risk", AMBER, 1), ("Red – off track", RED, 1),
                          ("Not started", None, 1), ("Total", None, 8)):
        ws.cell(r, 2, label)
        if col:
            ws.cell(r, 1).fill = fill(col)
        ws.cell(r, 3, n)
        if label == "Total":
            ws.cell(r, 2).font = Font(bold=True)
            ws.cell(r, 3).font = Font(bold=True)
        r += 1
    ws.freeze_panes = "A6"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True, size=12)
    k.column_dimensions["B"].width = 70
    for i, (col, txt) in enumerate((
            (BLUE, "Complete – action delivered and evidence of embedding assured"),
            (GREEN, "On track to deliver by the completion date"),
            (AMBER, "Risk to delivery by the completion date; mitigation in place"),
            (RED, "Off track – completion date missed or will be missed")), start=3):
        k.cell(i, 1).fill = fill(col)
        k.cell(i, 2, txt)

    dc = wb.create_sheet("Document control")
    dc.append(["Version", "Date", "Author", "Summary of changes"])
    for c in range(1, 5):
        dc.cell(1, c).font = Font(bold=True)
    for v in (("0.1", D(2024, 3, 20), "Head of Regulatory Compliance", "First draft following publication of report"),
              ("1.0", D(2024, 4, 25), "Head of Regulatory Compliance", "Approved by Executive Team"),
              ("1.3", D(2024, 10, 2), "Regulatory Compliance Officer", "September 2024 progress update")):
        dc.append(list(v))
        dc.cell(dc.max_row, 2).number_format = "dd/mm/yyyy"
    dc.column_dimensions["C"].width = 32
    dc.column_dimensions["D"].width = 50
    wb.save(out(name))

    exp = [
        act("MD1.1", [S1, MD1], rows[1][2], ["Head of Inpatient Services"], "2024-05", "blue"),
        act("MD1.2", [S1, MD1], rows[2][2], ["Community Hospital Matrons"], "2024-10", "green"),
        act("MD2.1", [S1, MD2], rows[3][2], ["Chief Nurse", "Deputy Chief Nurse"], "2024-09", "red"),
        act("SD1.1", [S1, SD1], rows[4][2], ["Head of Learning and Development"], "2024-12", "green"),
        act("MD3.1", [S2, MD3], rows[6][2],
            ["Clinical Director, Urgent Care", "General Manager, Urgent Care"], "2024-12", "amber",
            end_text="Q3 2024/25"),
        act("MD3.2", [S2, MD3], rows[7][2], ["Urgent Care Quality Lead"], "2024-08", "blue"),
        act("SD2.1", [S2, SD2], rows[8][2], ["Resuscitation Services Manager"], "2024-11", "green"),
        act("SD3.1", [S2, SD3], rows[9][2],
            ["Digital Clinical Safety Officer", "Urgent Care Quality Lead"], "2025-01", "unrated"),
    ]
    write_expected(name, {
        "source": ("Imitates an NHS community trust's published CQC must do / should do action plan as taken to "
                   "its Quality Committee (cf. Sheffield Health and Social Care's quarterly published CQC action "
                   "plan progress, shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/, and "
                   "EEAST's CQC Quality Improvement Plan progress reports to Trust Board, 2024-25). Copied features: "
                   "title block over merged cells, grey core-service band rows, the CQC requirement merged down "
                   "over the actions that answer it, several leads in one cell (slash and semicolon, job titles "
                   "with commas), original and revised completion dates (dates and financial quarters), previous "
                   "RAG as a word and current RAG as fill colour only, a summary of RAG counts under the table, "
                   "and separate RAG key and document-control sheets."),
        "reads": ("A CQC action plan for two core services with eight numbered actions (MD = must do, SD = should "
                  "do), each under the CQC requirement it answers, with the current RAG shown by the colour of "
                  "the Current RAG cell; where a revised date is given it replaces the original. The summary "
                  "block, the key sheet and the document-control sheet are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, 8


# ---------------------------------------------------------------------------
# 2. Kent PCC - Performance and Accountability Board action log (xlsx)
# ---------------------------------------------------------------------------
def kent_pcc():
    name = "pv-kent-pcc-performance-and-accountability-board-action-log.xlsx"
    title = "Police and Crime Commissioner for Kent – Performance and Accountability Board: Action Log"
    D = dt.datetime
    rows = [
        ("PAB/24/11", D(2024, 6, 20), "Road safety",
         "Circulate the Vision Zero partnership delivery plan to OPCC officers.",
         "ACC Local Policing", D(2024, 7, 31), "Circulated 15 July 2024. Action closed.", GREEN),
        ("PAB/24/14", D(2024, 6, 20), "Stop and search",
         "Present the findings of the independent scrutiny panel's review of stop and search body-worn "
         "video footage to the next PAB.",
         "DCC / Chief Executive (OPCC)", "Sep-24", "Presented at PAB on 19 September 2024. Closed.", GREEN),
        ("PAB/24/18", D(2024, 9, 19), "Violence against women and girls",
         "Confirm the number of officers trained in the new domestic abuse risk assessment (DARA).",
         "Head of Learning and Development", D(2024, 11, 30),
         "1,912 officers and staff trained at 31 October 2024 (94% of target cohort). Closed.", GREEN),
        ("PAB/24/19", D(2024, 9, 19), "Violence against women and girls",
         "Provide the Commissioner with a breakdown of stalking protection orders applied for and granted "
         "since April 2024, by district.",
         "T/ACC Specialist Operations", D(2024, 10, 31),
         "Data collated; briefing note to be shared before the February 2025 PAB.", RED),
        ("PAB/24/22", D(2024, 9, 19), "Neighbourhood policing",
         "Share the evaluation of the Beat Officer pilot in Thanet and Medway once complete.",
         "ACC Local Policing", D(2025, 1, 31),
         "Evaluation fieldwork complete; report being drafted by the Strategic Analysis team.", AMBER),
        ("PAB/24/27", D(2024, 12, 11), "Finance and workforce",
         "Provide a written update on forecast overtime spend for 2024/25 and the measures in place to "
         "reduce it.",
         "Chief Finance Officer (Kent Police) / Director of People and Development", D(2025, 2, 28),
         "Q3 forecast to be included in the February budget monitoring report.", AMBER),
        ("PAB/24/28", D(2024, 12, 11), "Victim satisfaction",
         "Report back on the action taken to improve the timeliness of victim updates in burglary "
         "investigations.",
         "DCC", "Ongoing", "Standing item; next update to the March 2025 PAB.", AMBER),
        ("PAB/24/29", D(2024, 12, 11), "Contact management",
         "Provide the 101 call abandonment rate for each month of Quarter 3 alongside the national average.",
         "Head of Contact Management", D(2025, 1, 31), "", AMBER),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    for col, w in zip("ABCDEFGH", (12, 12, 24, 55, 30, 12, 48, 8)):
        ws.column_dimensions[col].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following the meeting held on 11 December 2024"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "RAG status:"
    ws["A3"].font = Font(bold=True)
    for c, (col, txt) in enumerate(((GREEN, "Complete"), (AMBER, "In progress"), (RED, "Overdue")), start=2):
        ws.cell(3, c, txt).fill = fill(col)
    hdr = ["Action ref", "Meeting date", "Agenda item", "Action", "Owner", "Due date", "Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.border = BOX
        cell.alignment = WRAP
    r = 6
    for ref, md, item, action, owner, due, upd, rag in rows:
        vals = [ref, md, item, action, owner, due, upd or None, None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(rag)
        r += 1
    ws.freeze_panes = "A6"
    g = wb.create_sheet("Guidance")
    g["A1"] = "How this log is maintained"
    g["A1"].font = Font(bold=True)
    g["A2"] = ("Actions are agreed at each Performance and Accountability Board (PAB) and recorded by the OPCC "
               "Governance Officer.")
    g["A3"] = "Owners provide updates at least five working days before the next PAB."
    g["A4"] = "Completed actions are removed from the log once reported to two consecutive meetings."
    wb.save(out(name))

    st = {GREEN: "blue", AMBER: "amber", RED: "red"}
    lead = {
        "PAB/24/14": ["DCC", "Chief Executive (OPCC)"],
        "PAB/24/27": ["Chief Finance Officer (Kent Police)", "Director of People and Development"],
    }
    ends = {"PAB/24/11": "2024-07", "PAB/24/14": "2024-09", "PAB/24/18": "2024-11", "PAB/24/19": "2024-10",
            "PAB/24/22": "2025-01", "PAB/24/27": "2025-02", "PAB/24/28": None, "PAB/24/29": "2025-01"}
    exp = []
    for ref, md, item, action, owner, due, upd, rag in rows:
        exp.append(act(ref, [item], action, lead.get(ref, [owner]), ends[ref], st[rag],
                       end_text="Ongoing" if ref == "PAB/24/28" else None))
    write_expected(name, {
        "source": ("Imitates a Police and Crime Commissioner's Performance and Accountability Board action log "
                   "(the PAB format used by OPCCs to hold the Chief Constable to account, cf. "
                   "avonandsomerset-pcc.gov.uk/reports-publications/oversight-boards/; Kent's PCC holds a PAB of "
                   "the same name). Copied features: a one-line title, an 'updated following' line, a RAG key in "
                   "the sheet whose green means Complete (there is no blue), columns for action ref "
                   "(PAB/yy/nn), meeting date, agenda item, owner, due date and update, RAG shown by fill only, "
                   "police ranks as owners (DCC, ACC, T/ACC), two owners in one cell, a text due date "
                   "('Ongoing', 'Sep-24') among date cells, and a guidance sheet."),
        "reads": ("One log of eight actions from three PAB meetings, each with its agenda item, owner and due "
                  "date; the status is the colour of the RAG cell read through the key at the top, where green "
                  "means Complete, so the three green rows are complete. T/ACC is one officer (temporary "
                  "Assistant Chief Constable)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, 8


# ---------------------------------------------------------------------------
# 3. Social Work England - corporate risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def swe():
    name = "pv-social-work-england-corporate-risk-register-2025-26.xlsx"
    title = "Social Work England – Corporate Risk Register 2025/26"
    D = dt.datetime
    risks = [
        ("SR1 – Fitness to practise timeliness",
         "Cause: rising volume and complexity of concerns raised. Event: cases are not progressed in a timely "
         "way. Effect: risk to public protection, harm to confidence in regulation and criticism by the PSA.",
         "Executive Director, Fitness to Practise",
         "Case progression dashboard reviewed weekly; caseload targets per investigator; quality assurance "
         "sampling of closed cases.", 4, 4, [
             ("Recruit and induct 12 additional case investigators funded through the 2025/26 budget uplift.",
              "Director of Fitness to Practise", "Q3 2025/26", "Amber"),
             ("Implement the revised triage model so that all new concerns receive an initial decision within "
              "10 working days.", "Head of Triage and Investigations", D(2026, 1, 31), "Green"),
             ("Commission an independent review of case progression and report the findings to the Board.",
              "Director of Fitness to Practise / Head of Quality Assurance", "Sept 2025 – March 2026", "Green"),
         ]),
        ("SR2 – Cyber security and information governance",
         "Cause: increasing sophistication of cyber attacks. Event: a successful attack or data breach. "
         "Effect: loss of registrant or case data, disruption to the register and regulatory action by the ICO.",
         "Chief Operating Officer",
         "Managed security operations centre; multi-factor authentication; annual penetration testing; "
         "mandatory information governance training.", 3, 5, [
             ("Achieve Cyber Essentials Plus re-certification.", "Head of Digital and Technology",
              D(2025, 9, 30), "Complete"),
             ("Run a phishing simulation for all staff each quarter and target refresher training at repeat "
              "clickers.", "Information Security Manager", "Quarterly", "Green"),
         ]),
        ("SR3 – Financial sustainability",
         "Cause: fee income fixed while costs rise. Event: expenditure exceeds income over the medium term. "
         "Effect: reduced reserves and inability to deliver the corporate strategy.",
         "Chief Operating Officer",
         "Monthly management accounts to Executive Leadership Team; reserves policy; budget holder training.",
         3, 4, [
             ("Develop a medium-term financial strategy to 2028/29, including fee modelling options, for Board "
              "approval.", "Chief Operating Officer", D(2026, 3, 31), "Amber"),
             ("Deliver the 2025/26 efficiency programme (£1.2m) and report progress monthly to the Executive "
              "Leadership Team.", "Head of Finance and Procurement", D(2026, 3, 31), "Red"),
         ]),
        ("SR4 – Legislative and regulatory reform",
         "Cause: government programme of professional regulation reform. Event: changes to our legal "
         "framework with short implementation timescales. Effect: operational disruption.",
         "Executive Director, Strategy and Policy",
         "Regular engagement with DHSC and DfE; reform programme board.", 2, 3, [
             ("No further actions at present – risk is at its target score and is monitored through existing "
              "controls.", None, None, None),
         ]),
    ]

    def score_fill(s):
        return fill(RED) if s >= 15 else fill(AMBER) if s >= 8 else fill(GREEN)

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Summary for Audit and Risk Committee – 11 November 2025"
    hdr = ["Risk", "Risk owner", "Inherent score", "Residual score (Q1)", "Residual score (Q2)",
           "Target score", "Direction of travel"]
    for c, h in enumerate(hdr, 1):
        sm.cell(4, c, h).font = Font(bold=True)
    summ = [(20, 16, 16, 9, "↔"), (20, 15, 15, 10, "↔"), (16, 9, 12, 8, "↑"), (9, 6, 6, 6, "↔")]
    for i, (rk, (inh, q1, q2, tgt, dot)) in enumerate(zip(risks, summ), start=5):
        sm.cell(i, 1, rk[0])
        sm.cell(i, 2, rk[2])
        for c, v in ((3, inh), (4, q1), (5, q2), (6, tgt)):
            sm.cell(i, c, v).fill = score_fill(v)
        sm.cell(i, 7, dot)
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Register")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Scoring: likelihood (1–5) x impact (1–5). Residual score 15–25 red, 8–12 amber, 1–6 green. "
                "Action status: Complete / Green (on track) / Amber (some slippage) / Red (off track).")
    hdr = ["Risk", "Risk description", "Risk owner", "Current controls", "Residual likelihood",
           "Residual impact", "Residual score", "Further actions required", "Action owner", "Target date",
           "Action status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("4B2C6F")
        cell.alignment = WRAP
        cell.border = BOX
    for col, w in zip("ABCDEFGHIJK", (30, 45, 26, 40, 10, 10, 10, 55, 30, 16, 12)):
        ws.column_dimensions[col].width = w
    r = 5
    expected = []
    for rk, desc, owner, controls, li, im, acts in risks:
        start = r
        ws.cell(r, 1, rk)
        ws.cell(r, 2, desc)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, controls)
        ws.cell(r, 5, li)
        ws.cell(r, 6, im)
        ws.cell(r, 7, li * im).fill = score_fill(li * im)
        for text, aown, tdate, status in acts:
            ws.cell(r, 8, text)
            if aown:
                ws.cell(r, 9, aown)
            if tdate is not None:
                cell = ws.cell(r, 10, tdate)
                if isinstance(tdate, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            if status:
                ws.cell(r, 11, status)
            for c in range(1, 12):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
            r += 1
        if r - 1 > start:
            for c in range(1, 8):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    wb.save(out(name))

    a = [x for rk in risks for x in rk[6]]
    U1, U2, U3 = [risks[0][0]], [risks[1][0]], [risks[2][0]]
    exp = [
        act(None, U1, a[0][0], ["Director of Fitness to Practise"], "2025-12", "amber", end_text="Q3 2025/26"),
        act(None, U1, a[1][0], ["Head of Triage and Investigations"], "2026-01", "green"),
        act(None, U1, a[2][0], ["Director of Fitness to Practise", "Head of Quality Assurance"], "2026-03",
            "green", end_text="Sept 2025 – March 2026"),
        act(None, U2, a[3][0], ["Head of Digital and Technology"], "2025-09", "blue"),
        act(None, U2, a[4][0], ["Information Security Manager"], None, "green", end_text="Quarterly"),
        act(None, U3, a[5][0], ["Chief Operating Officer"], "2026-03", "amber"),
        act(None, U3, a[6][0], ["Head of Finance and Procurement"], "2026-03", "red"),
    ]
    write_expected(name, {
        "source": ("Imitates a health and care professional regulator's corporate (strategic) risk register as "
                   "presented to its audit committee (cf. the HCPC Strategic Risk Register paper to Audit "
                   "Committee, June 2020, and PSA-overseen regulators' registers). Copied features: a summary "
                   "sheet of risk scores with fill colours and direction-of-travel arrows before the register, "
                   "a scoring note, each risk (ref and title in one cell) with cause/event/effect description, "
                   "owner, controls and residual likelihood x impact merged down over its further actions, "
                   "one row per further action with action owner, target date (dates, a financial quarter, a "
                   "month range and 'Quarterly') and a worded action status, and a risk whose further-actions "
                   "cell says there are none."),
        "reads": ("Four corporate risks; the first three carry seven further (mitigating) actions, read under "
                  "their risk, with owner, target date and status; the fourth says there are no further actions, "
                  "so it has none. The summary sheet and the score colours are not action status."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, 7


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Text with \n written as separate paragraphs."""
    parts = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. County Durham and Darlington FRS - HMICFRS AFI improvement plan (docx)
# ---------------------------------------------------------------------------
def cddfrs():
    name = "pv-county-durham-and-darlington-frs-hmicfrs-afi-improvement-plan.docx"
    title = "County Durham and Darlington Fire and Rescue Service – HMICFRS Improvement Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Response to the HMICFRS 2023–25 Effectiveness, Efficiency and People inspection report "
                      "(published 2024). Progress position: August 2025.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Version", "Date", "Owner", "Summary of changes")):
        set_cell(c, h, bold=True)
    for v in (("1.0", "18/09/2024", "Service Improvement Manager", "Approved by Executive Leadership Team"),
              ("1.1", "14/03/2025", "Service Improvement Manager", "Six-month progress update to Fire Authority"),
              ("1.2", "22/08/2025", "Service Improvement Manager", "Progress update to Performance Committee")):
        row = t.add_row().cells
        for c, x in zip(row, v):
            set_cell(c, x)
    doc.add_paragraph(
        "The inspection identified four areas for improvement (AFIs). This plan sets out the actions the "
        "Service is taking against each AFI. Progress is reported to the Performance Committee of the Fire "
        "Authority every six months.")

    AFI1 = ("Area for improvement 1: The service should make sure its firefighters have good access to relevant "
            "and up-to-date risk information.")
    AFI2 = ("Area for improvement 2: The service should make sure it has an effective quality assurance process, "
            "so that staff carry out fire safety audits to a consistent standard.")
    AFI3 = ("Area for improvement 3: The service should make sure it effectively monitors, reviews and evaluates "
            "the benefits and outcomes of any collaboration.")
    AFI4 = ("Area for improvement 4: The service should make sure it improves the quality of its equality impact "
            "assessments and monitors any actions identified.")
    plan = [
        ("Effectiveness", [
            (AFI1, [
                ("1.1", "Review all site-specific risk information (SSRI) records older than 12 months and "
                        "revisit high-risk premises.", "Group Manager Operational Risk", "31/03/2025",
                 "1,146 records reviewed; 212 premises revisited. Closed by Improvement Board in April 2025.",
                 "Complete"),
                ("1.2", "Introduce a new mobile data terminal application so that crews can access SSRI en route "
                        "to incidents.\nRoll out to all wholetime and on-call appliances.",
                 "Head of ICT / Group Manager Operational Risk", "September 2025",
                 "Application live on 18 of 24 appliances. Supplier delay on remaining on-call appliances.",
                 "Amber"),
            ]),
            (AFI2, [
                ("2.1", "Introduce a quarterly peer review of a 10% sample of fire safety audits, with findings "
                        "fed into inspector development plans.", "Station Manager Protection", "Q2 2025/26",
                 "First two quarterly reviews completed.", "Green"),
            ]),
        ]),
        ("Efficiency", [
            (AFI3, [
                ("3.1", "Develop a collaboration benefits register and report it annually to the Fire Authority.",
                 "Head of Corporate Services", "December 2025", "Register drafted; 14 collaborations logged.",
                 "Green"),
                ("3.2", "Evaluate the emergency medical response trial with North East Ambulance Service.",
                 "Area Manager Service Delivery", "TBC",
                 "Awaiting confirmation of the trial extension from NEAS.", "Not started"),
            ]),
        ]),
        ("People", [
            (AFI4, [
                ("4.1", "Deliver equality impact assessment training to all managers who write or review policies.",
                 "Equality, Diversity and Inclusion Officer", "30/06/2025",
                 "Training delivered to 63 managers over four sessions.", "Complete"),
                ("4.2", "Quality assure all new equality impact assessments through the Inclusion Steering Group.",
                 "Head of People and Organisational Development", "Ongoing",
                 "Standing item on the Inclusion Steering Group agenda since January 2025.", "Green"),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for pillar, afis in plan:
        doc.add_heading(pillar, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ("Ref", "Action", "Lead", "Target date", "Progress update", "Status")):
            set_cell(c, h, bold=True)
            shade(c, "C00000")
        for afi, acts in afis:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[5])
            set_cell(m, afi, bold=True)
            shade(m, "F2F2F2")
            for a in acts:
                cells = t.add_row().cells
                for c, x in zip(cells, a):
                    set_cell(c, x)
                if a[5] in rag_fill:
                    shade(cells[5], rag_fill[a[5]])
        doc.add_paragraph("")
    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Complete", "Action delivered and closed by the Improvement Board"),
                 ("Green", "On track to deliver by the target date"),
                 ("Amber", "Some slippage; expected to deliver with mitigation"),
                 ("Red", "Off track; escalated to the Executive Leadership Team"),
                 ("Not started", "Action not yet due to start")):
        cells = t.add_row().cells
        set_cell(cells[0], k)
        set_cell(cells[1], v)
        if k in rag_fill:
            shade(cells[0], rag_fill[k])
    doc.save(out(name))

    S = {"Complete": "blue", "Green": "green", "Amber": "amber", "Not started": "unrated"}
    leads = {"1.2": ["Head of ICT", "Group Manager Operational Risk"]}
    ends = {"1.1": ("2025-03", None), "1.2": ("2025-09", None), "2.1": ("2025-09", "Q2 2025/26"),
            "3.1": ("2025-12", None), "3.2": (None, "TBC"), "4.1": ("2025-06", None), "4.2": (None, "Ongoing")}
    exp = []
    for pillar, afis in plan:
        for afi, acts in afis:
            for ref, text, lead, due, prog, status in acts:
                e, et = ends[ref]
                exp.append(act(ref, [pillar, afi], text, leads.get(ref, [lead]), e, S[status], end_text=et))
    write_expected(name, {
        "source": ("Imitates an English fire and rescue service's published HMICFRS improvement plan against the "
                   "areas for improvement in its round 3 (2023–25) inspection (cf. leics-fire.gov.uk/hmicfrs/"
                   "improvement-plan/, bucksfire.gov.uk HMICFRS Inspection Report Action Plan, and "
                   "shropshirefire.gov.uk/about-us/hmicfrs/ listing each AFI with its actions and status). "
                   "Copied features: title and purpose paragraph, a document-control table, one table per "
                   "inspection pillar (Effectiveness, Efficiency, People) under a heading, each AFI as a merged "
                   "shaded row above its numbered actions, an action cell with a second paragraph, two leads in "
                   "one cell, a post title containing commas, target dates as dates, months, a financial "
                   "quarter, TBC and Ongoing, a worded and shaded status column, and a status key table."),
        "reads": ("Seven numbered actions under four areas for improvement, grouped by inspection pillar; each "
                  "has a lead, a target date and a status word (Complete, Green, Amber, Not started). The "
                  "document-control and status-key tables are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, 7


# ---------------------------------------------------------------------------
# 5. Ryedale School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def ryedale():
    name = "pv-ryedale-school-post-ofsted-action-plan.docx"
    title = "Ryedale School – Post-Ofsted Action Plan 2024–25"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Following our Ofsted inspection on 6 and 7 February 2024. This plan addresses the areas "
                      "for improvement in the report under ‘What does the school need to do to improve?’")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Plan owner", "Headteacher"),
                 ("Approved by governors", "21 March 2024"),
                 ("Monitoring", "Termly – Standards and Curriculum Committee"),
                 ("Last reviewed", "9 December 2024")):
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("Blue – complete; Green – on track; Amber – some concerns; Red – significant concerns; "
              "no colour – not yet started.")

    AFI1 = ("Leaders should ensure that the key stage 3 curriculum in a small number of foundation subjects sets "
            "out precisely the knowledge pupils need to learn and the order in which they should learn it.")
    AFI2 = ("Leaders should ensure that teachers check pupils’ understanding systematically, so that "
            "misconceptions are identified and addressed quickly.")
    AFI3 = ("Leaders should continue to reduce the rate of persistent absence, particularly for disadvantaged "
            "pupils.")
    AFI4 = ("Governors should ensure that they receive precise information about the impact of leaders’ actions "
            "so that they can hold leaders to account effectively.")
    B, G, A, R = "00B0F0", "00B050", "FFC000", "FF0000"
    plan = [
        ("Quality of education", [
            ("Area for improvement 1", AFI1, [
                ("1a", "Subject leaders in history, geography and RE to rewrite key stage 3 curriculum maps "
                       "identifying the core knowledge for each unit.", "DHT (Curriculum)", "Summer term 2024",
                 "Curriculum maps in place for all three subjects and reviewed by SLT.", B),
                ("1b", "Sequence the key stage 3 curriculum in art, music and DT so that knowledge builds from "
                       "Year 7 to Year 9.\nReview through subject deep dives with the link governor.",
                 "Subject leaders", "Autumn term 2024",
                 "Deep dives show pupils can recall prior knowledge in these subjects.", G),
            ]),
            ("Area for improvement 2", AFI2, [
                ("2a", "Deliver whole-staff CPD on checking for understanding, including mini-whiteboards and "
                       "cold calling.", "DHT (T&L)", "October 2024",
                 "All staff trained; techniques seen in 90% of lesson visits.", B),
                ("2b", "Introduce fortnightly instructional coaching for teachers new to the school.",
                 "JB/RK", "Summer term 2025", "Every new teacher has a coach and coaching log.", None),
            ]),
        ]),
        ("Behaviour and attitudes", [
            ("Area for improvement 3", AFI3, [
                ("3a", "Appoint a full-time Attendance Lead and introduce daily first-day calling.", "HT",
                 "September 2024", "Attendance Lead in post; first-day calls made for all absent pupils.", B),
                ("3b", "Hold attendance review meetings with families of persistently absent pupils.",
                 "Attendance Lead, Heads of Year", "Half-termly",
                 "Persistent absence for disadvantaged pupils falls below 25%.", G),
                ("3c", "Work with the local authority attendance team on support plans for pupils below 50% "
                       "attendance.", "Attendance Lead", "July 2025",
                 "Support plans in place for all pupils below 50% attendance.", R),
            ]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 4", AFI4, [
                ("4a", "Redesign the headteacher’s report to governors around the four areas for improvement, "
                       "with termly data on attendance and curriculum.", "Clerk to Governors / Chair of Governors",
                 "December 2024", "Governors’ minutes show challenge on each area for improvement.", A),
            ]),
        ]),
    ]
    for area, afis in plan:
        doc.add_heading(area, level=1)
        for label, text, acts in afis:
            doc.add_heading(label, level=2)
            q = doc.add_paragraph()
            q.add_run(text).italic = True
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells,
                            ("", "Action", "Who", "When", "Success criteria", "Progress (RAG)")):
                set_cell(c, h, bold=True)
                shade(c, "D9E2F3")
            for ref, action, who, when, success, rag in acts:
                cells = t.add_row().cells
                for c, x in zip(cells, (ref, action, who, when, success, "")):
                    set_cell(c, x)
                if rag:
                    shade(cells[5], rag)
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Standards and Curriculum Committee, March 2025.")
    doc.save(out(name))

    S = {B: "blue", G: "green", A: "amber", R: "red", None: "unrated"}
    leads = {"1a": ["DHT (Curriculum)"], "1b": ["Subject leaders"], "2a": ["DHT (T&L)"], "2b": ["JB", "RK"],
             "3a": ["HT"], "3b": ["Attendance Lead", "Heads of Year"], "3c": ["Attendance Lead"],
             "4a": ["Clerk to Governors", "Chair of Governors"]}
    ends = {"1a": ("2024-07", "Summer term 2024"), "1b": ("2024-12", "Autumn term 2024"), "2a": ("2024-10", None),
            "2b": ("2025-07", "Summer term 2025"), "3a": ("2024-09", None), "3b": (None, "Half-termly"),
            "3c": ("2025-07", None), "4a": ("2024-12", None)}
    exp = []
    for area, afis in plan:
        for label, text, acts in afis:
            for ref, action, who, when, success, rag in acts:
                e, et = ends[ref]
                exp.append(act(ref, [area, text], action, leads[ref], e, S[rag], end_text=et))
    write_expected(name, {
        "source": ("Imitates a secondary school's post-Ofsted action plan as drafted by leaders and monitored by "
                   "governors (cf. The Key for School Governors, 'Post-Ofsted action plan: governors' role', and "
                   "Ofsted's guidance that plans answer 'What does the school need to do to improve?'). Copied "
                   "features: a title line, an introductory sentence, a plan-details table (owner, approval, "
                   "monitoring, last reviewed), a progress key sentence, a heading per Ofsted judgement area, an "
                   "'Area for improvement n' heading followed by the inspectors' text in italics and a table of "
                   "lettered actions with Who / When / Success criteria, staff initials and abbreviated posts as "
                   "leads, school terms and 'Half-termly' as dates, and RAG shown only by cell shading (one "
                   "unshaded = not started)."),
        "reads": ("Eight lettered actions under four areas for improvement, each read under its Ofsted judgement "
                  "area and the inspectors' wording (the 'Area for improvement n' heading gives way to that "
                  "text). Status is the shading of the Progress cell as the key describes; 2b has no colour and "
                  "is not yet started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, 8


# ---------------------------------------------------------------------------
# 6. Runshaw College - QIP 2025-26 (csv) - refuse: mistyped month
# ---------------------------------------------------------------------------
def runshaw():
    name = "pv-runshaw-college-quality-improvement-plan-2025-26-typo-month-refuse.csv"
    title = "Runshaw College – Quality Improvement Plan 2025-26"
    N = 8
    A1 = ("A minority of teachers on level 2 programmes do not check learners' understanding well enough before "
          "moving on to new topics.")
    A2 = "Too few adult learners on Access to HE courses receive timely feedback on assessed work."
    A3 = "Achievement rates for 16 to 18 learners on GCSE English resits remain below the national rate."
    A4 = ("Attendance at timetabled sessions on level 1 and level 2 vocational programmes is below the college "
          "target of 90%.")
    A5 = ("Governors do not yet receive sufficiently detailed information on the quality of apprenticeship "
          "provision.")
    lines = [
        [title] + [""] * (N - 1),
        ["Informed by the Self-Assessment Report 2024-25; monitored by the Quality and Standards Committee"]
        + [""] * (N - 1),
        ["Review point 1: December 2025"] + [""] * (N - 1),
        [""] * N,
        ["Ref", "Area for improvement (SAR 2024-25)", "Action", "Lead", "Target date", "Measure of impact",
         "Progress update (review point 1)", "RAG"],
        ["Theme 1: Curriculum and teaching"] + [""] * (N - 1),
        ["QIP1.1", A1, "Deliver a programme of CPD on questioning and checking for understanding for all level 2 "
                       "teaching teams.", "Assistant Principal (Quality)", "January 2026",
         "90% of level 2 lesson visits show effective checking of understanding",
         "CPD sessions 1 and 2 delivered in October and November.", "G"],
        ["QIP1.2", A1, "Introduce paired learning walks between level 2 and level 3 teams to share effective "
                       "practice.", "Heads of Faculty", "March 2026", "Learning walk records for every faculty",
         "Schedule agreed; first walks planned for January.", "A"],
        ["QIP1.3", A2, "Set and monitor a 10-working-day turnaround for marking of assessed work on Access to HE "
                       "courses.", "Head of Adult and Community Learning", "December 2025",
         "Turnaround met for 95% of assignments", "Tracker in place; 91% met in November.", "G"],
        ["Theme 2: Achievement"] + [""] * (N - 1),
        ["QIP2.1", A3, "Introduce additional small-group English sessions for learners predicted a grade 3.",
         "Head of English and Maths", "June 2026", "High grades in English resits at or above national rate",
         "Groups running from week 6 for 142 learners.", "A"],
        ["QIP2.2", A3, "Track attendance at English lessons weekly and contact parents or carers after two "
                       "absences.", "Head of English and Maths / Student Progress Coaches", "Febuary 2026",
         "English attendance at 88% or above", "Weekly report live from October.", "G"],
        ["Theme 3: Behaviour, attitudes and attendance"] + [""] * (N - 1),
        ["QIP3.1", A4, "Launch an attendance incentive scheme and weekly tutor reviews for learners below 85% "
                       "attendance.", "Director of Student Services", "November 2025",
         "Attendance at 90% or above on level 1 and level 2 programmes", "Scheme launched 3 November.", "G"],
        ["Theme 4: Leadership and governance"] + [""] * (N - 1),
        ["QIP4.1", A5, "Add an apprenticeship quality dashboard to each Quality and Standards Committee meeting.",
         "Vice Principal Curriculum and Quality", "December 2025", "Dashboard reviewed at every meeting",
         "First dashboard presented 9 December.", "G"],
        ["QIP4.2", A5, "Arrange a governor link visit to the apprenticeship team each term.",
         "Clerk to the Corporation", "July 2026", "Three link visits completed and reported", "", "A"],
        [""] * N,
        ["RAG key: G = on track or complete; A = some slippage; R = significantly off track"] + [""] * (N - 1),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(lines)
    refuse_line = next(i for i, l in enumerate(lines, 1) if "Febuary 2026" in l)
    assert refuse_line == 12
    write_expected(name, {
        "source": ("Imitates a general FE college's quality improvement plan (QIP) that turns the areas for "
                   "improvement in its self-assessment report into actions, exported from Excel to CSV for the "
                   "governors' Quality and Standards Committee. Copied features: title, provenance and "
                   "review-point lines above the header, theme rows using Ofsted's renewed framework headings, "
                   "the SAR area for improvement repeated on every action row, lead posts (one cell with two "
                   "posts), target dates written as month and year, a measure-of-impact column, a progress "
                   "column, G/A/R letters and a RAG key line at the foot."),
        "reads": ("A QIP of nine actions under four themes. On line 12 (action QIP2.2) the target date reads "
                  "'Febuary 2026', a mistyped month; a careful reader would stop and ask the college to confirm "
                  "the date before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, 9


# ---------------------------------------------------------------------------
# 7. Housing 21 - RSH consumer standards improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def housing21():
    name = "pv-housing-21-rsh-consumer-standards-improvement-plan.txt"
    title = "Housing 21 – Consumer Standards Improvement Plan 2025"
    SQ = "SAFETY AND QUALITY STANDARD"
    TIA = "TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD"
    NC = "NEIGHBOURHOOD AND COMMUNITY STANDARD"
    F1 = "SQ1: Stock condition data is not complete and up to date for all homes."
    F2 = "SQ2: Not all remedial actions from fire risk assessments are completed within target timescales."
    F3 = "TIA1: Residents are not always told how their feedback has changed services."
    F4 = ("TIA2: Complaint handling does not consistently meet the Housing Ombudsman’s Complaint Handling Code "
          "timescales.")
    F5 = "NC1: Our approach to anti-social behaviour in retirement schemes is not set out in an up-to-date policy."
    rows = [
        ("H", SQ), ("F", F1),
        ("SQ1.1", "Complete stock condition surveys for the 2,300 homes without a survey in the last five years.",
         "Director of Asset Management", "Mar-25", "Sep-25", "At risk",
         "1,640 surveys completed (71%). Additional surveyor capacity procured from June."),
        ("SQ1.2", "Load all survey data into the asset management system and reconcile it with the housing "
                  "management system.", "Head of Asset Data", "Aug-25", "", "On track",
         "Data load for surveys completed to May is done; reconciliation report due August."),
        ("F", F2),
        ("SQ2.1", "Clear the backlog of overdue high-risk fire risk assessment actions.",
         "Head of Building Safety & Compliance", "Dec-24", "Apr-25", "Complete",
         "Backlog cleared 28 April 2025; verified by internal audit."),
        ("SQ2.2", "Introduce weekly reporting of overdue remedial actions to the Executive Team.",
         "Head of Building Safety & Compliance / Director of Property Services", "Jan-25", "", "Complete",
         "Weekly report in place since January 2025."),
        ("H", TIA), ("F", F3),
        ("TIA1.1", "Publish a quarterly ‘You said, we did’ report on the resident website and in scheme "
                   "newsletters.", "Head of Resident Engagement", "Sep-25", "", "On track",
         "First report published June 2025."),
        ("TIA1.2", "Train scheme managers to log resident feedback and close the loop using the new CRM module.",
         "Regional Operations Managers", "Oct-25", "", "Not started", "CRM module go-live scheduled for September."),
        ("F", F4),
        ("TIA2.1", "Recruit two additional complaints officers and introduce a daily case review.",
         "Head of Customer Experience", "Mar-25", "May-25", "Off track",
         "One post filled; second post re-advertised. Stage 1 responses within 10 working days at 78% against "
         "95% target."),
        ("H", NC), ("F", F5),
        ("NC1.1", "Review and republish the anti-social behaviour and hate incident policy following consultation "
                  "with the Residents’ Panel.", "Head of Housing Policy", "Dec-25", "", "On track",
         "Consultation draft approved by Executive Team on 8 July 2025."),
    ]
    lines = [
        title,
        "Response to the Regulator of Social Housing inspection – progress report to the Board, 17 July 2025",
        "Status key: Complete = blue | On track = green | At risk = amber | Off track = red",
        "",
        "\t".join(["Ref", "Action", "Accountable lead", "Original target", "Revised target", "Status",
                   "Commentary"]),
    ]
    for r in rows:
        if r[0] in ("H", "F"):
            lines.append(r[1])
        else:
            lines.append("\t".join(r))
    lines += ["", "Summary: 8 actions – Complete 2, On track 3, At risk 1, Off track 1, Not started 1"]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")

    S = {"At risk": "amber", "On track": "green", "Complete": "blue", "Not started": "unrated",
         "Off track": "red"}
    mon = {"Mar-25": "2025-03", "Sep-25": "2025-09", "Aug-25": "2025-08", "Dec-24": "2024-12",
           "Apr-25": "2025-04", "Jan-25": "2025-01", "Oct-25": "2025-10", "May-25": "2025-05",
           "Dec-25": "2025-12"}
    leads = {"SQ2.2": ["Head of Building Safety & Compliance", "Director of Property Services"]}
    exp = []
    h = f = None
    for r in rows:
        if r[0] == "H":
            h = r[1]
            continue
        if r[0] == "F":
            f = r[1]
            continue
        ref, action, lead, orig, rev, status, comm = r
        exp.append(act(ref, [h, f], action, leads.get(ref, [lead]), mon[rev or orig], S[status]))
    write_expected(name, {
        "source": ("Imitates a large housing association's improvement plan against the Regulator of Social "
                   "Housing's consumer standards after an inspection, reported to its Board (the kind of plan "
                   "landlords publish after a C2/C3 regulatory judgement; cf. Campbell Tickell's review of the "
                   "first consumer regulatory judgements, 2024). Saved as a tab-separated text export. Copied "
                   "features: title and report lines, a status key mapping words to colours, capitalised "
                   "consumer-standard heading lines, a finding line (with its code) above the actions that answer "
                   "it, original and revised target months (Mon-YY), a post with '&' in it and two posts in one "
                   "cell, worded status (At risk / Off track) and a summary line at the foot."),
        "reads": ("Eight actions under three consumer standards, each under the regulator's finding it answers, "
                  "with an accountable lead, a target month (the revised one where given) and a status read "
                  "through the key at the top; 'Not started' is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": exp,
    })
    return name, 8


if __name__ == "__main__":
    for fn in (kchft, kent_pcc, swe, cddfrs, ryedale, runshaw, housing21):
        n, k = fn()
        print(f"{n}: {k} actions")
