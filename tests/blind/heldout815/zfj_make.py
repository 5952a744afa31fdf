#!/usr/bin/env python3
"""Build the seven zfj- blind test files (heldout815) and their expected readings.

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only writes files whose names start with zfj-.
"""
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED, GREY = "0070C0", "00B050", "FFC000", "FF0000", "D9D9D9"
FILL = {c: PatternFill("solid", start_color=c, end_color=c) for c in (BLUE, GREEN, AMBER, RED, GREY, "DDEBF7", "FCE4D6", "E2EFDA")}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def d(y, m, day):
    return dt.datetime(y, m, day)


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, value):
    # quote month values such as 2025-03 so that no YAML reader mistakes them for dates
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_str(value)


_Dumper.add_representer(str, _str_rep)


def write_expected(name, exp):
    path = os.path.join(OUT, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(exp, f, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100000,
                  default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def box_row(ws, row, ncols):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Sherwood Forest Hospitals NHSFT - MIS Year 7 safety actions action plan (xlsx)
# ---------------------------------------------------------------------------
def sherwood():
    name = "zfj-sherwood-forest-hospitals-nhsft-mis-year-7-safety-actions-action-plan.xlsx"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Sherwood Forest Hospitals NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Maternity and Neonatal Services"
    cv["A4"] = "Maternity Incentive Scheme (MIS) Year 7 – Safety Actions Action Plan"
    cv["A4"].font = Font(bold=True, size=16)
    cv["A6"] = "Document control"
    cv["A6"].font = BOLD
    rows = [
        ("Document owner", "Director of Midwifery"),
        ("Executive sponsor", "Chief Nurse"),
        ("Version", "3.1"),
        ("Date", "14/10/2025"),
        ("Reporting route", "Maternity and Neonatal Safety Champions – Maternity Assurance Committee – Quality Committee – Board of Directors"),
        ("Compliance period ends", "30 November 2025"),
        ("Board declaration to NHS Resolution", "by 12 noon, 3 March 2026"),
    ]
    r = 7
    for k, v in rows:
        cv.cell(row=r, column=1, value=k).font = BOLD
        cv.cell(row=r, column=2, value=v)
        box_row(cv, r, 2)
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="Version history").font = BOLD
    r += 1
    for i, h in enumerate(("Version", "Date", "Summary of changes")):
        cv.cell(row=r, column=i + 1, value=h).font = BOLD
    box_row(cv, r, 3)
    for v in (("2.0", "08/07/2025", "Baseline gap analysis against Year 7 technical guidance"),
              ("3.0", "09/09/2025", "Updated following Maternity Assurance Committee"),
              ("3.1", "14/10/2025", "Progress updates for Quality Committee")):
        r += 1
        for i, x in enumerate(v):
            cv.cell(row=r, column=i + 1, value=x)
        box_row(cv, r, 3)
    cv.column_dimensions["A"].width = 34
    cv.column_dimensions["B"].width = 60
    cv.column_dimensions["C"].width = 55

    sm = wb.create_sheet("Summary")
    sm["A1"] = "MIS Year 7 – self-assessed position by safety action (October 2025)"
    sm["A1"].font = Font(bold=True, size=12)
    hdr = ("Safety action", "Self-assessed position", "Open actions", "Executive lead")
    for i, h in enumerate(hdr):
        sm.cell(row=3, column=i + 1, value=h).font = BOLD
    box_row(sm, 3, 4)
    summary = [
        ("SA1 – Perinatal Mortality Review Tool", "Met", 0, "Chief Nurse"),
        ("SA2 – Maternity Services Data Set", "Met", 0, "Chief Nurse"),
        ("SA3 – Transitional care and ATAIN", "On track to meet", 1, "Chief Nurse"),
        ("SA4 – Clinical workforce planning", "At risk", 2, "Medical Director"),
        ("SA5 – Midwifery workforce planning", "Met", 0, "Chief Nurse"),
        ("SA6 – Saving Babies' Lives Care Bundle v3", "On track to meet", 1, "Medical Director"),
        ("SA7 – Listening to women and families (MNVP)", "At risk", 1, "Chief Nurse"),
        ("SA8 – Training", "At risk", 1, "Medical Director"),
        ("SA9 – Board assurance and safety champions", "Met", 0, "Chief Nurse"),
        ("SA10 – MNSI and Early Notification", "On track to meet", 1, "Medical Director"),
    ]
    r = 3
    for row in summary:
        r += 1
        for i, x in enumerate(row):
            sm.cell(row=r, column=i + 1, value=x)
        box_row(sm, r, 4)
    r += 2
    sm.cell(row=r, column=1, value="Total open actions").font = BOLD
    sm.cell(row=r, column=3, value=7).font = BOLD
    sm.column_dimensions["A"].width = 48
    sm.column_dimensions["B"].width = 24
    sm.column_dimensions["C"].width = 14
    sm.column_dimensions["D"].width = 20

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "MIS Year 7 – Safety Actions Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Position as at 10 October 2025 – Quality Committee, 23 October 2025"
    ws["A3"] = "RAG key:"
    ws["A3"].font = BOLD
    for col, (txt, colour) in zip("BCDE", (("Complete – evidence saved to MIS evidence folder", BLUE),
                                             ("On track", GREEN),
                                             ("At risk – mitigation in place", AMBER),
                                             ("Off track – will not be met by 30/11/2025", RED))):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = FILL[colour]
        ws[f"{col}3"].alignment = WRAP
    headers = ("Ref", "Year 7 requirement", "Action", "Action owner", "Due date",
               "Evidence / progress update", "RAG")
    for i, h in enumerate(headers):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = BOLD
        c.fill = FILL["DDEBF7"]
    box_row(ws, 5, 7)

    SA = {
        1: "Safety Action 1: Are you using the National Perinatal Mortality Review Tool to review perinatal deaths to the required standard?",
        2: "Safety Action 2: Are you submitting data to the Maternity Services Data Set (MSDS) to the required standard?",
        3: "Safety Action 3: Can you demonstrate that you have transitional care services in place and undertaking quality improvement to minimise separation of parents and their babies?",
        4: "Safety Action 4: Can you demonstrate an effective system of clinical workforce planning to the required standard?",
        5: "Safety Action 5: Can you demonstrate an effective system of midwifery workforce planning to the required standard?",
        6: "Safety Action 6: Can you demonstrate that you are on track to compliance with all elements of the Saving Babies' Lives Care Bundle Version Three?",
        7: "Safety Action 7: Listen to women, parents and families using maternity and neonatal services and coproduce services with users",
        8: "Safety Action 8: Can you evidence the following 3 elements of local training plans and 'in-house', one day multi professional training?",
        9: "Safety Action 9: Can you demonstrate that there are robust processes in place to provide assurance to the Board on maternity and neonatal safety and quality issues?",
        10: "Safety Action 10: Have you reported 100% of qualifying cases to the Maternity and Newborn Safety Investigations (MNSI) programme and to NHS Resolution's Early Notification (EN) Scheme?",
    }
    # (sa, ref, requirement or None (=merged with the row above), action, owner, due, progress, colour, exp_lead, exp_end, exp_status)
    items = [
        (1, "1.1", "b) Parents told that a review of their baby's death will take place and their perspectives and questions sought, for at least 95% of eligible deaths",
         "Bereavement midwife to contact all families within 5 working days of a death to explain the PMRT process and record the discussion on the PMRT system; weekly audit of notifications by the Perinatal Mortality Lead.",
         "Bereavement Midwife / Perinatal Mortality Lead", d(2025, 9, 30),
         "Process in place since August 2025. 100% of families contacted (August and September).", BLUE,
         ["Bereavement Midwife", "Perinatal Mortality Lead"], "2025-09", "blue"),
        (2, None, None, "No actions required – July 2025 MSDS scorecard confirms all Clinical Quality Improvement Metrics passed.", None, None, None, None, None, None, None),
        (3, "3.1", "b) Action plan agreed at Board level to address the findings of the ATAIN reviews",
         "Complete the quarterly ATAIN review for Q1 and Q2 2025/26 and present the joint ATAIN action plan to the Maternity and Neonatal Safety Champions and the Board.",
         "Neonatal Unit Manager & ATAIN Lead Consultant Neonatologist", d(2025, 11, 28),
         "Q1 review complete. Q2 review scheduled for 4 November 2025.", GREEN,
         ["Neonatal Unit Manager", "ATAIN Lead Consultant Neonatologist"], "2025-11", "green"),
        (4, "4.1", "a) Obstetric medical workforce – compliance with RCOG guidance on short-term locums and consultant attendance in specified clinical situations",
         "Audit consultant attendance against the RCOG 'Roles and responsibilities of the consultant on call' clinical situations for a 6-month period and report findings to the Obstetrics and Gynaecology Governance Group.",
         "Clinical Director for Obstetrics", d(2025, 10, 31),
         "Data collection complete for April to August. September data outstanding because of a vacancy in the audit team.", AMBER,
         ["Clinical Director for Obstetrics"], "2025-10", "amber"),
        (4, "4.2", "c) Neonatal medical workforce meets BAPM standards, or an action plan to meet them is agreed",
         "Submit a business case for an additional tier 2 neonatal registrar to meet BAPM standards, with an interim action plan agreed by the Board.",
         "Divisional General Manager – Women and Children's", "Q3 2025/26",
         "Business case deferred by the Investment Panel. Interim action plan not yet agreed.", RED,
         ["Divisional General Manager – Women and Children's"], "2025-12", "red"),
        (5, "5.1", "d) Supernumerary status of the labour ward co-ordinator maintained",
         "Introduce a twice-daily acuity and supernumerary status check using the Birthrate Plus acuity app, with any breach escalated to the on-call manager and reported in the bi-annual midwifery staffing paper.",
         "Matron – Intrapartum Services", d(2025, 8, 31),
         "In place since 1 August 2025; 100% supernumerary status in August and September.", BLUE,
         ["Matron – Intrapartum Services"], "2025-08", "blue"),
        (6, "6.1", "Element 2 – Fetal growth: risk assessment, prevention and surveillance of pregnancies at risk of fetal growth restriction",
         "Roll out the revised growth assessment protocol training to all community midwives and complete a quarterly audit of uterine artery Doppler referrals.",
         "SBLCB Lead Midwife", d(2025, 11, 30),
         "82% of community midwives trained. Q2 audit under way.", GREEN,
         ["SBLCB Lead Midwife"], "2025-11", "green"),
        (6, "6.2", "Element 4 – Effective fetal monitoring during labour",
         "Appoint a Fetal Monitoring Lead Obstetrician with 0.1 WTE dedicated time in their job plan.",
         "Clinical Director for Obstetrics", d(2025, 7, 31),
         "Lead appointed from 1 July 2025; job plan signed off.", BLUE,
         ["Clinical Director for Obstetrics"], "2025-07", "blue"),
        (7, "7.1", "Funded Maternity and Neonatal Voices Partnership (MNVP) in line with national MNVP guidance",
         "Agree the MNVP workplan and infrastructure funding with Nottingham and Nottinghamshire ICB and the LMNS, including out-of-pocket expenses for volunteers.",
         "Director of Midwifery", d(2025, 12, 31),
         "Funding proposal submitted to the LMNS Board; decision expected in November.", AMBER,
         ["Director of Midwifery"], "2025-12", "amber"),
        (8, "8.1", "90% attendance at fetal monitoring training for each relevant staff group",
         "Book all outstanding obstetric doctors, including rotational trainees who started in August, onto fetal monitoring training before the end of the compliance period.",
         "Practice Development Midwife / College Tutor", d(2025, 11, 30),
         "Obstetric doctors at 84%; 9 doctors booked onto November sessions.", AMBER,
         ["Practice Development Midwife", "College Tutor"], "2025-11", "amber"),
        (8, "8.2", None,
         "Introduce a monthly training compliance report by staff group to the Maternity Governance meeting, with named follow-up of non-attenders by line managers.",
         "Maternity Education Lead", d(2025, 9, 30),
         "First report received at September Maternity Governance meeting.", BLUE,
         ["Maternity Education Lead"], "2025-09", "blue"),
        (9, "9.1", "Board-level safety champions meet bi-monthly with the Perinatal Quadrumvirate",
         "Add bi-monthly safety champion meetings to the Board calendar for 2025/26 and record attendance and actions in the safety champion log.",
         "Non-Executive Maternity Safety Champion", d(2025, 6, 30),
         "Meetings diarised to March 2026; log in place.", BLUE,
         ["Non-Executive Maternity Safety Champion"], "2025-06", "blue"),
        (10, "10.1", "Families informed of the MNSI/EN referral and Duty of Candour met for each qualifying case",
         "Add MNSI/EN family notification and Duty of Candour checkboxes to the maternity incident review template and audit them monthly.",
         "Maternity Governance Lead", d(2025, 10, 31),
         "Template updated; first monthly audit due end of October.", GREEN,
         ["Maternity Governance Lead"], "2025-10", "green"),
    ]
    row = 6
    cur_sa = None
    last_req = None
    exp_actions = []
    for (sa, ref, req, action, owner, due, prog, colour, elead, eend, estatus) in items:
        if sa != cur_sa:
            ws.cell(row=row, column=1, value=SA[sa]).font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            ws.cell(row=row, column=1).fill = FILL[GREY]
            ws.cell(row=row, column=1).alignment = WRAP
            ws.row_dimensions[row].height = 30
            row += 1
            cur_sa = sa
            last_req = None
        if ref is None:
            ws.cell(row=row, column=2, value=action)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
            ws.cell(row=row, column=2).font = Font(italic=True)
            row += 1
            continue
        ws.cell(row=row, column=1, value=ref)
        if req is not None:
            ws.cell(row=row, column=2, value=req)
            last_req = (row, req)
        else:
            ws.merge_cells(start_row=last_req[0], start_column=2, end_row=row, end_column=2)
        ws.cell(row=row, column=3, value=action)
        ws.cell(row=row, column=4, value=owner)
        c = ws.cell(row=row, column=5, value=due)
        if isinstance(due, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=6, value=prog)
        ws.cell(row=row, column=7).fill = FILL[colour]
        box_row(ws, row, 7)
        a = act(ref, [SA[sa], last_req[1]], action, elead, eend, estatus,
                end_text=("Q3 2025/26" if due == "Q3 2025/26" else None))
        exp_actions.append(a)
        row += 1
    row += 1
    ws.cell(row=row, column=1, value="Notes: Evidence for each safety action is held in the MIS Year 7 evidence folder (Maternity Governance SharePoint). Safety actions 1, 2, 5 and 9 are assessed as met.")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    for col, w in zip("ABCDEFG", (8, 40, 60, 28, 12, 45, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates an NHS foundation trust's Maternity Incentive Scheme (CNST MIS) Year 7 safety-actions compliance action plan, as trusts report it to Quality Committee and Board before the board declaration to NHS Resolution (MIS Year 7 guidance and audit tool, resolution.nhs.uk/services/claims-management/clinical-schemes/clinical-negligence-scheme-for-trusts/maternity-incentive-scheme/). No specific Sherwood Forest file was found; layout modelled on such board papers. Copied features: cover sheet with document-control and version-history tables, a summary sheet of self-assessed position per safety action with a total, an action-plan sheet with a RAG key in coloured cells, merged grey heading rows per safety action (the scheme's question text), a requirement column (merged down over two actions in SA8), a 'no actions required' row under SA2, fill-only RAG cells, date cells plus one 'Q3 2025/26' due date, a notes line.",
        "reads": "A three-sheet workbook; the Action Plan sheet lists 12 actions grouped under the MIS safety-action questions, each answering a Year 7 requirement, with owner (job titles, some two posts joined by / or &), due date and a RAG shown only by cell colour per the key. The cover and summary sheets and the SA2 'no actions required' row are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Maternity Incentive Scheme (MIS) Year 7 – Safety Actions Action Plan",
        "actions": exp_actions,
    })
    return len(exp_actions)


# ---------------------------------------------------------------------------
# 2. Humber Teaching NHSFT - well-led developmental review action plan (xlsx)
# ---------------------------------------------------------------------------
def humber():
    name = "zfj-humber-teaching-nhsft-well-led-developmental-review-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Humber Teaching NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Independent Well-Led Developmental Review – Board Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Update for Trust Board, 24 September 2025 (agenda item 9.2)"
    headers = ("Rec No.", "Recommendation", "Action No.", "Action", "Executive Lead",
               "Original Completion Date", "Revised Completion Date",
               "Progress Update (September 2025)", "Previous RAG", "Current RAG")
    for i, h in enumerate(headers):
        c = ws.cell(row=5, column=i + 1, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="005EB8", end_color="005EB8")
    box_row(ws, 5, 10)
    KLOE = {
        1: "Well-led KLOE 1: Is there the leadership capacity and capability to deliver high quality, sustainable care?",
        3: "Well-led KLOE 3: Is there a culture of high quality, sustainable care?",
        4: "Well-led KLOE 4: Are there clear responsibilities, roles and systems of accountability to support good governance and management?",
        6: "Well-led KLOE 6: Is appropriate and accurate information being effectively processed, challenged and acted on?",
        8: "Well-led KLOE 8: Are there robust systems and processes for learning, continuous improvement and innovation?",
    }
    recs = [
        (1, "1", "The Board should refresh its development programme to strengthen collective understanding of the Trust's clinical risk profile, including regular deep dives led by clinical directors.", [
            ("1.1", "Commission a 12-month Board development programme with an external facilitator, with sessions scheduled alongside Board seminars.",
             "Chair and Chief Executive", d(2025, 3, 31), None, "Programme launched April 2025; four sessions held to date.", "Green", "Blue",
             ["Chair", "Chief Executive"], "2025-03", "blue", None),
            ("1.2", "Schedule quarterly clinical deep dives led by Clinical Directors at Board seminars, starting with community mental health and learning disability services.",
             "Executive Medical Director", d(2025, 6, 30), d(2025, 10, 31), "First deep dive (community mental health) held in July; learning disability deep dive moved to October seminar.", "Amber", "Green",
             ["Executive Medical Director"], "2025-10", "green", None),
        ]),
        (3, "2", "The Trust should strengthen how it triangulates Freedom to Speak Up, grievance and staff survey intelligence to identify teams where culture is a concern.", [
            ("2.1", "Develop a quarterly culture dashboard combining FTSU cases, employee relations casework, sickness absence and staff survey results by team, reported to the People and Organisational Development Committee.",
             "Director of People and Organisational Development", d(2025, 9, 30), "Q3 2025/26", "Prototype dashboard built; data-sharing agreement with ESR team awaited.", "Amber", "Amber",
             ["Director of People and Organisational Development"], "2025-12", "amber", "Q3 2025/26"),
            ("2.2", "Recruit an additional Freedom to Speak Up Guardian with protected time for outreach to inpatient and forensic services.",
             "Director of People and Organisational Development", d(2025, 5, 31), None, "Guardian in post from 12 May 2025.", "Green", "Blue",
             ["Director of People and Organisational Development"], "2025-05", "blue", None),
        ]),
        (4, "3", "The Board should review the committee structure to reduce duplication of assurance between the Quality and Patient Safety Committee and the Mental Health Legislation Committee.", [
            ("3.1", "Undertake a review of committee terms of reference and cycles of business, with revised proposals presented to the Board.",
             "Director of Corporate Affairs", d(2025, 7, 31), d(2025, 11, 30), "Committee chairs consulted; proposals delayed to align with the annual effectiveness reviews.", "Green", "Amber",
             ["Director of Corporate Affairs"], "2025-11", "amber", None),
        ]),
        (4, "4", "The Trust should ensure that the Board Assurance Framework clearly links strategic risks to the controls and assurances received by committees.", [
            ("4.1", "Redesign the Board Assurance Framework template to show controls, gaps and assurance sources for each strategic risk, with committee-level assurance ratings.",
             "Director of Corporate Affairs / Head of Risk Management", d(2025, 6, 30), None, "New BAF template approved by the Board in June 2025.", "Blue", "Blue",
             ["Director of Corporate Affairs", "Head of Risk Management"], "2025-06", "blue", None),
        ]),
        (6, "5", "The Trust should improve the timeliness and usability of the Integrated Board Report, including statistical process control charts and exception reporting.", [
            ("5.1", "Introduce SPC charts and assurance icons for all metrics in the Integrated Board Report.",
             "Director of Finance", d(2025, 4, 30), None, "In place from the April 2025 Integrated Board Report.", "Green", "Blue",
             ["Director of Finance"], "2025-04", "blue", None),
            ("5.2", "Agree a reduced set of Board-level metrics with committee chairs and move the remaining metrics to committee-level reports.",
             "Director of Finance & Chief Operating Officer", d(2025, 9, 30), "Jan-26", "Not yet agreed; workshop with committee chairs postponed twice.", "Amber", "Red",
             ["Director of Finance", "Chief Operating Officer"], "2026-01", "red", None),
        ]),
        (8, "6", "The Trust should embed its quality improvement approach across corporate services as well as clinical teams.", [
            ("6.1", "Extend the Quality Improvement training offer (Bronze and Silver) to corporate services staff, with a target of 200 staff trained by March 2026.",
             "Director of Nursing, Allied Health and Social Care Professionals", "March 2026", None, "118 corporate staff trained to date.", "Green", "Green",
             ["Director of Nursing, Allied Health and Social Care Professionals"], "2026-03", "green", None),
        ]),
    ]
    rag_fill = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    row = 6
    cur = None
    exp_actions = []
    for kloe, recno, rectext, acts in recs:
        if kloe != cur:
            ws.cell(row=row, column=1, value=KLOE[kloe]).font = BOLD
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=10)
            ws.cell(row=row, column=1).fill = FILL["DDEBF7"]
            row += 1
            cur = kloe
        first = row
        ws.cell(row=row, column=1, value=recno)
        ws.cell(row=row, column=2, value=rectext)
        for (ano, text, lead, orig, rev, prog, prev, curr, elead, eend, estat, etext) in acts:
            ws.cell(row=row, column=3, value=ano)
            ws.cell(row=row, column=4, value=text)
            ws.cell(row=row, column=5, value=lead)
            for col, v in ((6, orig), (7, rev)):
                c = ws.cell(row=row, column=col, value=v)
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=8, value=prog)
            ws.cell(row=row, column=9, value=prev).fill = FILL[rag_fill[prev]]
            ws.cell(row=row, column=10, value=curr).fill = FILL[rag_fill[curr]]
            box_row(ws, row, 10)
            exp_actions.append(act(ano, [KLOE[kloe], rectext], text, elead, eend, estat, end_text=etext))
            row += 1
        if row - first > 1:
            ws.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    for col, w in zip("ABCDEFGHIJ", (8, 45, 9, 55, 30, 14, 14, 45, 10, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    ky = wb.create_sheet("Key and Summary")
    ky["A1"] = "RAG key"
    ky["A1"].font = BOLD
    key = [("Blue", "Complete – evidence reviewed by the Audit Committee"),
           ("Green", "On track to deliver by the completion date"),
           ("Amber", "Risk to delivery by the completion date; mitigations in place"),
           ("Red", "Completion date missed or will be missed")]
    for i, (k, v) in enumerate(key, start=2):
        ky.cell(row=i, column=1, value=k).fill = FILL[rag_fill[k]]
        ky.cell(row=i, column=2, value=v)
    ky["A8"] = "Summary of current position"
    ky["A8"].font = BOLD
    for i, (k, n) in enumerate((("Blue", 4), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total actions", 9)), start=9):
        ky.cell(row=i, column=1, value=k)
        ky.cell(row=i, column=2, value=n)
    ky["A15"] = "Review undertaken by an independent provider between October and December 2024; final report received by the Board in February 2025."
    ky.column_dimensions["A"].width = 22
    ky.column_dimensions["B"].width = 70
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates an NHS mental health and community foundation trust's action plan in response to an independent well-led developmental review (NHS England/CQC 'Developmental reviews of leadership and governance using the well-led framework' guidance, June 2017), as tracked at public Trust Board. No specific Humber Teaching file was found; modelled on published well-led review action plans in trust board packs. Copied features: trust/title/board-meeting title block, header row in trust blue, merged heading rows per well-led KLOE (question text), recommendation number and text merged down over their actions, action numbers 1.1 etc., executive leads as job titles (two joined by 'and', '/', '&'; one title containing a comma and 'and'), original and revised completion dates (dates, 'Q3 2025/26', 'Jan-26', 'March 2026'), Previous RAG and Current RAG words with fill, and a second sheet with RAG key, summary counts and a note.",
        "reads": "One action-plan sheet of 9 actions under five well-led KLOE headings, each answering a numbered recommendation; the end is the revised date where one is given, and the status is the Current RAG word (Blue = complete). The 'Key and Summary' sheet is not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Independent Well-Led Developmental Review – Board Action Plan",
        "actions": exp_actions,
    })
    return len(exp_actions)


# ---------------------------------------------------------------------------
# 3. Yorkshire Ambulance Service NHS Trust - corporate risk register (xlsx, REFUSE)
# ---------------------------------------------------------------------------
def yas():
    name = "zfj-yorkshire-ambulance-service-nhs-trust-corporate-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook()
    s1 = wb.active
    s1.title = "Risk Summary"
    s1["A1"] = "Yorkshire Ambulance Service NHS Trust – Corporate Risk Register 2025/26"
    s1["A1"].font = Font(bold=True, size=13)
    s1["A2"] = "Risks rated 15 and above – position at 31 October 2025"
    hdr = ("Risk ID", "Risk title", "Executive owner", "Assuring committee", "Initial score", "Current score", "Target score", "Movement")
    for i, h in enumerate(hdr):
        s1.cell(row=4, column=i + 1, value=h).font = BOLD
    box_row(s1, 4, 8)
    risks = [
        ("514", "Hospital handover delays lead to delayed responses to patients waiting in the community", "Chief Operating Officer", "Quality Committee", 20, 20, 12, "↔"),
        ("538", "Insufficient clinical advisor capacity in IUC/NHS 111 leads to delayed clinical call-backs", "Chief Operating Officer", "Quality Committee", 16, 16, 8, "↔"),
        ("561", "Reduced fleet availability because of ageing vehicles and supply chain delays", "Director of Finance", "Finance and Performance Committee", 16, 15, 9, "↓"),
        ("577", "A cyber attack disrupts the Computer Aided Dispatch system and clinical records", "Director of Finance", "Audit and Risk Committee", 20, 15, 10, "↓"),
    ]
    for r, row in enumerate(risks, start=5):
        for i, x in enumerate(row):
            s1.cell(row=r, column=i + 1, value=x)
        box_row(s1, r, 8)
        for col in (5, 6, 7):
            v = s1.cell(row=r, column=col).value
            s1.cell(row=r, column=col).fill = FILL[RED if v >= 15 else (AMBER if v >= 8 else GREEN)]
    for col, w in zip("ABCDEFGH", (8, 70, 26, 32, 10, 10, 10, 10)):
        s1.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk Action Plan")
    ws["A1"] = "Corporate Risk Register 2025/26 – Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Trust Board (Public) – 27 November 2025"
    headers = ("Action ref", "Further action to reduce the risk", "Action owner", "Due date", "Progress (October 2025)", "Status")
    for i, h in enumerate(headers):
        ws.cell(row=4, column=i + 1, value=h).font = BOLD
        ws.cell(row=4, column=i + 1).fill = FILL["DDEBF7"]
    box_row(ws, 4, 6)
    plan = [
        ("Risk 514 – Hospital handover delays lead to delayed responses to patients waiting in the community (current 20, target 12)", [
            ("514.1", "Agree 45-minute handover release protocols with all acute trusts in West Yorkshire and Humber and North Yorkshire ICBs.", "Associate Director of Operations (EOC)", "December 2025", "Protocol live at 9 of 14 emergency departments.", "On track"),
            ("514.2", "Extend the Hospital Ambulance Liaison Officer (HALO) rota to 24/7 cover at the three sites with the longest average handover times.", "Head of Operations – West", "January 2026", "Recruitment complete at two sites.", "On track"),
        ]),
        ("Risk 538 – Insufficient clinical advisor capacity in IUC/NHS 111 leads to delayed clinical call-backs (current 16, target 8)", [
            ("538.1", "Deliver the clinical advisor recruitment and retention plan, including a rotational paramedic model between 999 and 111.", "Head of IUC Clinical Services", "March 2026", "14 WTE recruited against a target of 22 WTE.", "Amber"),
            ("538.2", "Introduce a clinical validation queue dashboard with automatic escalation at 60 minutes.", "IUC Digital Lead", "November 2025", "Dashboard live from 6 October 2025.", "Complete"),
        ]),
        ("Risk 561 – Reduced fleet availability because of ageing vehicles and supply chain delays (current 15, target 9)", [
            ("561.1", "Take delivery of the 2025/26 replacement ambulance order and decommission vehicles over 7 years old.", "Head of Fleet", "Febuary 2026", "62 of 85 vehicles received; chassis delays reported by the supplier.", "Amber"),
            ("561.2", "Agree extended-hours workshop cover at Wakefield and Hull vehicle maintenance sites.", "Head of Fleet", "December 2025", "Consultation with staff side under way.", "On track"),
        ]),
        ("Risk 577 – A cyber attack disrupts the Computer Aided Dispatch system and clinical records (current 15, target 10)", [
            ("577.1", "Complete the CAD business continuity exercise with EOC and IT on-call teams and act on lessons learned.", "Head of Emergency Preparedness, Resilience and Response", "October 2025", "Exercise held 16 October 2025; debrief report issued.", "Complete"),
            ("577.2", "Achieve 'Standards Met' in the Data Security and Protection Toolkit 2025/26 submission.", "Senior Information Risk Owner / Head of Digital Security", "June 2026", "Baseline assessment submitted.", "On track"),
        ]),
    ]
    row = 5
    typo_row = None
    n = 0
    for head, acts in plan:
        ws.cell(row=row, column=1, value=head).font = BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row=row, column=1).fill = FILL[GREY]
        row += 1
        for a in acts:
            for i, x in enumerate(a):
                ws.cell(row=row, column=i + 1, value=x)
            box_row(ws, row, 6)
            if a[3] == "Febuary 2026":
                typo_row = row
            n += 1
            row += 1
    for col, w in zip("ABCDEF", (10, 70, 32, 16, 45, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates an NHS ambulance trust corporate risk register presented to public Trust Board (risks scored 15+ with further actions, owners and due dates), as published in ambulance trust board packs. No specific Yorkshire Ambulance Service file was found; modelled on such board papers. Copied features: a summary sheet of risks with initial/current/target scores coloured by score, and an action-plan sheet with grey merged heading rows per risk (ID, title, current and target score), action refs like 514.1, owners as job titles, due dates written as month and year, progress and status words.",
        "reads": f"A two-sheet risk register with 8 further actions on the 'Risk Action Plan' sheet; the due date of action 561.1 (sheet 'Risk Action Plan', row {typo_row}) reads 'Febuary 2026', a mistyped month, so a careful reader stops and asks before reading the due dates.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": "Yorkshire Ambulance Service NHS Trust – Corporate Risk Register 2025/26",
    })
    return n, typo_row


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    if bold:
        for p in cell.paragraphs:
            for r in p.runs:
                r.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------------------
# 4. Swansea Bay UHB - infection prevention and control improvement plan (docx)
# ---------------------------------------------------------------------------
def swansea():
    name = "zfj-swansea-bay-uhb-infection-prevention-control-improvement-plan-2025-26.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph("Swansea Bay University Health Board")
    p.runs[0].bold = True
    doc.add_heading("Infection Prevention and Control Improvement Plan 2025/26", level=1)
    doc.add_paragraph("Report to the Quality and Safety Committee – 25 November 2025")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Version", "2.3"),
                 ("Executive lead", "Director of Nursing and Patient Experience"),
                 ("Author", "Head of Infection Prevention and Control"),
                 ("Date", "12 November 2025"),
                 ("Reporting route", "IPC Strategic Group; Quality and Safety Committee")):
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the health board's actions to reduce healthcare associated infections in line with the Welsh Government HCAI and AMR reduction expectations for 2025/26. Progress is reported quarterly; the updates below are for Quarter 2 (July to September 2025).")

    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, txt in ((BLUE, "Complete"), (GREEN, "On track"),
                        (AMBER, "Some slippage – recovery plan in place"),
                        (RED, "Off track – escalation required")):
        c = k.add_row().cells
        shade(c[0], colour)
        set_cell(c[1], txt)

    P1 = "Priority 1: Governance, leadership and assurance"
    P2 = "Priority 2: Reducing Clostridioides difficile infection"
    P3 = "Priority 3: Reducing bloodstream infections (E. coli, Klebsiella spp., Pseudomonas aeruginosa and S. aureus)"
    P4 = "Priority 4: Environment, decontamination and estates"
    sections = [
        (P1, [
            ("1.1", "Re-establish a monthly IPC Strategic Group chaired by the Director of Nursing and Patient Experience, with attendance from each Service Group.",
             "Director of Nursing and Patient Experience", "June 2025", "Group meeting monthly since May 2025; terms of reference approved.", BLUE,
             ["Director of Nursing and Patient Experience"], "2025-06", "blue", None),
            ("1.2", "Each Service Group to hold a monthly HCAI performance review using the IPC dashboard.\nExceptions and themes from post-infection reviews to be reported to the IPC Strategic Group.",
             "Service Group Nurse Directors", "Q2 2025/26", "Reviews in place in Morriston and Singleton/NPT Service Groups; Mental Health and Learning Disabilities to start in October.", GREEN,
             ["Service Group Nurse Directors"], "2025-09", "green", "Q2 2025/26"),
        ]),
        (P2, [
            ("2.1", "Complete post-infection reviews (PIR) for all hospital-onset C. difficile cases within 10 working days and share learning through the monthly IPC newsletter.",
             "Head of Infection Prevention and Control", "Ongoing", "92% of PIRs completed within 10 working days in Q2.", GREEN,
             ["Head of Infection Prevention and Control"], None, "green", "Ongoing"),
            ("2.2", "Implement the hydrogen peroxide vapour (HPV) decontamination programme on Morriston Hospital wards on a rolling schedule.",
             "Head of Facilities / Head of Infection Prevention and Control", "Sept 2025 – March 2026", "Programme started on 3 wards; delayed by bed pressures limiting ward decant.", AMBER,
             ["Head of Facilities", "Head of Infection Prevention and Control"], "2026-03", "amber", "Sept 2025 – March 2026"),
            ("2.3", "Review prescribing of high-risk antibiotics (co-amoxiclav, clarithromycin and ciprofloxacin) through monthly ward-based antimicrobial stewardship rounds.",
             "Consultant Microbiologist & Lead Antimicrobial Pharmacist", "31/12/2025", "Rounds in place on medical wards; surgical wards not yet covered.", AMBER,
             ["Consultant Microbiologist", "Lead Antimicrobial Pharmacist"], "2025-12", "amber", None),
        ]),
        (P3, [
            ("3.1", "Relaunch the urinary catheter passport and the insertion and maintenance bundle across all inpatient areas, with monthly compliance audits.",
             "Lead Nurse – IPC", "January 2026", "Relaunch postponed; catheter passport reprint awaiting procurement approval.", RED,
             ["Lead Nurse – IPC"], "2026-01", "red", None),
            ("3.2", "Implement Aseptic Non Touch Technique (ANTT) competency assessment for all registered staff who access vascular access devices.",
             "Head of Nursing Education", "31 March 2026", "Assessor training complete; 46% of registered staff assessed.", GREEN,
             ["Head of Nursing Education"], "2026-03", "green", None),
        ]),
        (P4, [
            ("4.1", "Complete the ward ventilation risk assessment programme for Singleton and Neath Port Talbot hospitals and agree a prioritised capital plan.",
             "Assistant Director of Estates", "Q4 2025/26", "Singleton assessments complete; NPT assessments scheduled for January.", AMBER,
             ["Assistant Director of Estates"], "2026-03", "amber", "Q4 2025/26"),
            ("4.2", "Increase cleaning audit compliance to 95% in very high risk functional areas through a programme of joint IPC and domestic services audits.",
             "Domestic Services Manager", "November 2025", "Not yet started – awaiting appointment of the audit lead.", None,
             ["Domestic Services Manager"], "2025-11", "unrated", None),
        ]),
    ]
    exp_actions = []
    for head, rows in sections:
        doc.add_heading(head, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(("Ref", "Action", "Lead(s)", "Target date", "Progress update (Q2)", "RAG")):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "DDEBF7")
        for (ref, text, lead, date, prog, colour, elead, eend, estat, etext) in rows:
            c = tb.add_row().cells
            set_cell(c[0], ref)
            set_cell(c[1], text)
            set_cell(c[2], lead)
            set_cell(c[3], date)
            set_cell(c[4], prog)
            set_cell(c[5], "")
            if colour:
                shade(c[5], colour)
            exp_actions.append(act(ref, [head], text, elead, eend, estat, end_text=etext))
        doc.add_paragraph("")
    doc.add_paragraph("Next update: Quality and Safety Committee, February 2026 (Quarter 3 position).")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates a Welsh health board's infection prevention and control (HCAI) improvement plan reported to its Quality and Safety Committee against the Welsh Government HCAI and AMR reduction expectations. No specific Swansea Bay file was found; modelled on health board committee papers. Copied features: title block with committee and date, document-control table, introductory paragraph, RAG key table with coloured cells, one heading and one table per priority, refs 1.1 etc., a two-paragraph action cell, leads as job titles (two joined by '/' or '&'), target dates as month, date, quarter, period and 'Ongoing', RAG shown only by cell shading with one cell left blank.",
        "reads": "A Word report with 9 actions in four priority tables; each row gives ref, action, lead(s), target date, Q2 progress and a shaded RAG cell read by the key (blue complete, green on track, amber slippage, red off track; one blank = unrated). Document control, RAG key and closing note are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Infection Prevention and Control Improvement Plan 2025/26",
        "actions": exp_actions,
    })
    return len(exp_actions)


# ---------------------------------------------------------------------------
# 5. Eden Valley Homecare - CQC home care inspection action plan (docx)
# ---------------------------------------------------------------------------
def eden():
    name = "zfj-eden-valley-homecare-cqc-home-care-inspection-action-plan.docx"
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Eden Valley Homecare Ltd", level=1)
    doc.add_heading("Action plan following CQC inspection – Penrith office", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Service", "Eden Valley Homecare – Penrith (domiciliary care agency)"),
                 ("CQC inspection dates", "12 – 19 August 2025"),
                 ("Report published", "14 October 2025"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan owner", "Registered Manager"),
                 ("Date of this update", "5 December 2025")):
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the breaches of regulation identified in the inspection report. It is reviewed at our monthly governance meeting and shared with Westmorland and Furness Council's quality improvement team.")

    R12 = "Breach 1 – Regulation 12: Safe care and treatment"
    R17 = "Breach 2 – Regulation 17: Good governance"
    R18 = "Breach 3 – Regulation 18: Staffing"
    A1 = "Risks to people were not always assessed, for example for people at risk of choking or using bed rails."
    A2 = "Medicines administration records (MARs) had gaps and 'as required' medicines did not have protocols."
    A3 = "Quality assurance systems had not identified the shortfalls found at inspection."
    A4 = "Call monitoring showed late and missed calls, and some staff had not completed mandatory training."
    sections = [
        (R12, [
            (A1, [
                ("Review all care plans for people with a known choking risk or bed rails and complete specific risk assessments using the updated templates.",
                 "Registered Manager / Care Coordinator", "30/09/2025", "Complete", ["Registered Manager", "Care Coordinator"], "2025-09", "blue", None),
                ("Train all care coordinators in the new risk assessment templates and audit 10 care plans each month.",
                 "Training and Compliance Lead", "October 2025", "Complete", ["Training and Compliance Lead"], "2025-10", "blue", None),
            ]),
            (A2, [
                ("Introduce electronic MAR alerts for missed or late medicines and PRN protocols for everyone prescribed 'as required' medicines.",
                 "Registered Manager", "31/12/2025", "On track", ["Registered Manager"], "2025-12", "green", None),
                ("Complete medicines competency reassessments for all care staff.",
                 "Field Care Supervisors", "January 2026", "On track", ["Field Care Supervisors"], "2026-01", "green", None),
            ]),
        ]),
        (R17, [
            (A3, [
                ("Implement a monthly quality audit programme covering care plans, MARs, call monitoring and complaints, reported to the Operations Director.",
                 "Registered Manager", "November 2025", "Complete", ["Registered Manager"], "2025-11", "blue", None),
                ("Operations Director to complete a quarterly provider compliance visit against CQC's quality statements.",
                 "Operations Director", "Ongoing – quarterly", "On track", ["Operations Director"], None, "green", "Ongoing – quarterly"),
            ]),
        ]),
        (R18, [
            (A4, [
                ("Review rotas and travel time between calls, and reduce the number of new care packages accepted until staffing is stable.",
                 "Registered Manager & Care Coordinator", "31/10/2025", "Complete", ["Registered Manager", "Care Coordinator"], "2025-10", "blue", None),
                ("Bring mandatory training compliance to 95% and report compliance weekly at the management meeting.",
                 "Training and Compliance Lead", "28/02/2026", "Not started", ["Training and Compliance Lead"], "2026-02", "unrated", None),
            ]),
        ]),
    ]
    exp_actions = []
    for head, areas in sections:
        doc.add_heading(head, level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for i, h in enumerate(("Area for improvement", "Action we will take", "Who", "By when", "Status")):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "E2EFDA")
        for area, acts in areas:
            first = None
            for (text, who, when, status, elead, eend, estat, etext) in acts:
                c = tb.add_row().cells
                if first is None:
                    first = c[0]
                else:
                    first = first.merge(c[0])
                set_cell(c[1], text)
                set_cell(c[2], who)
                set_cell(c[3], when)
                set_cell(c[4], status)
                exp_actions.append(act(None, [head, area], text, elead, eend, estat, end_text=etext))
            set_cell(first, area)
        doc.add_paragraph("")
    doc.add_paragraph("Signed: ______________________  Registered Manager        Date: 05/12/2025")
    doc.save(os.path.join(OUT, name))

    write_expected(name, {
        "source": "Imitates a domiciliary care agency's action plan after a CQC inspection rated Requires improvement with breaches of Regulations 12, 17 and 18 (Health and Social Care Act 2008 (Regulated Activities) Regulations 2014), as providers send to CQC and the commissioning council. Eden Valley Homecare is a plausible provider name; no specific file was found. Copied features: provider heading and subtitle, service-details table (inspection dates, rating, plan owner, update date), intro paragraph, one heading and table per breached regulation, 'Area for improvement' cells merged down over two actions, unnumbered actions, 'Who' as job titles (two joined by '/' or '&'), 'By when' as dates, months and 'Ongoing – quarterly', status words, signature line.",
        "reads": "A Word action plan with 8 unnumbered actions in three tables, one per breached regulation; each action answers the area for improvement in the merged left-hand cell, with who, by when and a status word (Complete, On track, Not started). The details table and signature line are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action plan following CQC inspection – Penrith office",
        "actions": exp_actions,
    })
    return len(exp_actions)


# ---------------------------------------------------------------------------
# 6. NHS Lincolnshire ICB - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
def csvq(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def lincs():
    name = "zfj-nhs-lincolnshire-icb-internal-audit-recommendations-tracker.csv"
    N = 11
    lines = []

    def line(*cells):
        cells = list(cells) + [""] * (N - len(cells))
        lines.append(",".join(csvq(c) for c in cells))

    line("NHS Lincolnshire Integrated Care Board")
    line("Audit and Risk Committee - 21 January 2026")
    line("Internal Audit Recommendations Tracker - position as at 31 December 2025")
    line()
    line("RAG key: Blue = implemented and evidence verified by Internal Audit; Green = on track for agreed date; Amber = revised date agreed; Red = overdue")
    line()
    line("Audit", "Assurance", "Rec No.", "Priority", "Recommendation", "Agreed management action",
         "Responsible officer", "Original due date", "Revised due date", "Management update", "RAG")
    A1 = "LIN 2025/26-03 Continuing Healthcare Assessments"
    A2 = "LIN 2025/26-05 Conflicts of Interest Management"
    A3 = "LIN 2025/26-07 Primary Care Contract Oversight"
    A4 = "LIN 2025/26-09 Data Security and Protection Toolkit"
    data = [
        (A1, "Limited", "1", "High",
         "The ICB should ensure that all CHC eligibility decisions are ratified within 28 days of the checklist being received, in line with the National Framework.",
         "Introduce a weekly ratification panel and track the 28-day standard on the CHC performance dashboard.",
         "Deputy Director of Nursing (Continuing Healthcare)", "30/09/2025", "31/01/2026",
         "Weekly panel in place from October 2025; 28-day compliance 81% in December.", "Amber",
         ["Deputy Director of Nursing (Continuing Healthcare)"], "2026-01", "amber", None),
        ("", "", "2", "Medium",
         "Case files should evidence that individuals and their representatives were told of the outcome and of their right to request a review.",
         "Update the outcome letter template and add a check of outcome notifications to the monthly CHC file audit.",
         "CHC Quality Lead", "31/10/2025", "",
         "New template in use from 1 October 2025; verified by Internal Audit in November.", "Blue",
         ["CHC Quality Lead"], "2025-10", "blue", None),
        (A2, "Reasonable", "1", "Medium",
         "Declarations of interest should be obtained from all decision-making staff, including staff in commissioning roles below Band 8a.",
         "Run an annual declarations campaign through ESR and chase non-returns through line managers.",
         "Head of Corporate Governance", "30/06/2025", "",
         "Campaign completed; 97% return rate.", "Blue",
         ["Head of Corporate Governance"], "2025-06", "blue", None),
        ("", "", "2", "Low",
         "The register of gifts and hospitality should be published on the ICB website each quarter.",
         "Publish the gifts and hospitality register quarterly alongside the register of interests.",
         "Corporate Governance Officer", "Q3 2025/26", "",
         "Q1 and Q2 registers published; Q3 register due for publication in January.", "Green",
         ["Corporate Governance Officer"], "2025-12", "green", "Q3 2025/26"),
        (A3, "Limited", "1", "High",
         "The ICB should implement a risk-based schedule of contract review visits to GP practices.",
         "Agree a risk stratification tool with the Primary Care Commissioning Committee and schedule visits to all practices rated high risk.",
         "Head of Primary Care Contracting", "31/08/2025", "30/11/2025",
         "Tool agreed; visit schedule delayed by vacancies in the contracting team. New date to be proposed to the March Committee.", "Red",
         ["Head of Primary Care Contracting"], "2025-11", "red", None),
        ("", "", "2", "High",
         "Post-payment verification of enhanced service claims should be completed and recorded.",
         "Complete post-payment verification of 2024/25 enhanced service claims and recover any overpayments.",
         "Chief Finance Officer / Head of Primary Care Contracting", "31/03/2026", "",
         "Verification 60% complete; no material overpayments found to date.", "Green",
         ["Chief Finance Officer", "Head of Primary Care Contracting"], "2026-03", "green", None),
        (A4, "Moderate", "1", "Medium",
         "Information asset owners should complete annual data flow mapping for their assets.",
         "Issue data flow mapping templates to all information asset owners and report completion to the Information Governance Group.",
         "SIRO / Data Protection Officer", "31/03/2026", "",
         "Templates issued in November 2025; 40% returned.", "Green",
         ["SIRO", "Data Protection Officer"], "2026-03", "green", None),
        ("", "", "2", "Low",
         "Data security awareness training compliance should reach the 95% toolkit target.",
         "Send monthly reminders to managers of staff with overdue Data Security Awareness training.",
         "Information Governance Manager", "31/03/2026", "",
         "", "",
         ["Information Governance Manager"], "2026-03", "unrated", None),
    ]
    exp_actions = []
    cur_audit = None
    for (aud, assur, rec, pri, rectext, action, officer, orig, rev, upd, rag, elead, eend, estat, etext) in data:
        if aud:
            cur_audit = aud
        line(aud, assur, rec, pri, rectext, action, officer, orig, rev, upd, rag)
        exp_actions.append(act(rec, [cur_audit, rectext], action, elead, eend, estat, end_text=etext))
    line()
    line("Summary by RAG status")
    for k, v in (("Blue", 2), ("Green", 3), ("Amber", 1), ("Red", 1), ("Not yet rated", 1), ("Total", 8)):
        line(k, v)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")

    write_expected(name, {
        "source": "Imitates an integrated care board's internal audit recommendations tracker presented to its Audit and Risk Committee (NHS internal audit follow-up format with audit reference, assurance level, priority, recommendation, agreed management action, responsible officer, original and revised due dates, management update and RAG), saved as CSV from Excel. No specific Lincolnshire ICB file was found. Copied features: title lines padded with empty cells, a RAG key line, audit name and assurance given only on the first row of each audit (merged cells exported blank), recommendation text beside its agreed action, original and revised due dates (the revised one applies), one 'Q3 2025/26' date, one blank RAG, a summary-by-RAG block with totals.",
        "reads": "A CSV tracker of 8 agreed management actions from four internal audits, each answering the recommendation on its row, under the audit named on the first row of its group; status is the RAG colour word (Blue = implemented), one left blank. Title, key and summary lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Internal Audit Recommendations Tracker - position as at 31 December 2025",
        "actions": exp_actions,
    })
    return len(exp_actions)


# ---------------------------------------------------------------------------
# 7. Oakdene care home - community IPC audit action plan (plain text)
# ---------------------------------------------------------------------------
def oakdene():
    name = "zfj-oakdene-care-home-barnsley-ipc-audit-action-plan.txt"
    S1 = "SECTION 1: ENVIRONMENT"
    S4 = "SECTION 4: LINEN AND LAUNDRY"
    S5 = "SECTION 5: WASTE AND SHARPS"
    S6 = "SECTION 6: CARE EQUIPMENT"
    S7 = "SECTION 7: IPC MANAGEMENT AND TRAINING"
    keymap = {"G": "blue", "A": "amber", "R": "red"}
    sections = [
        (S1, [
            ("1.3", "Lounge 2 carpet heavily stained near the dining area.",
             "Replace the lounge 2 carpet with impermeable, wipeable flooring as part of the 2025/26 refurbishment programme.",
             "Home Manager / Maintenance Person", "31/01/2026", "A", ["Home Manager", "Maintenance Person"], "2026-01", None),
            ("1.7", "Clinical waste bin in the sluice was not foot operated and the lid was broken.",
             "Replace the sluice clinical waste bin with a foot-operated lidded bin.",
             "Maintenance Person", "30/09/2025", "G", ["Maintenance Person"], "2025-09", None),
            ("1.9", "Cleaning schedules for communal bathrooms were not signed for 6 of the previous 14 days.",
             "Housekeeping Supervisor to check and countersign cleaning schedules daily; compliance reviewed at the monthly IPC meeting.",
             "Housekeeping Supervisor", "Ongoing - daily checks", "A", ["Housekeeping Supervisor"], None, "Ongoing - daily checks"),
        ]),
        (S4, [
            ("4.2", "Soiled linen was being sluiced by hand in the laundry.",
             "Stop manual sluicing; all soiled linen to be placed in red alginate bags and washed on the disinfection cycle. Staff briefed at handover.",
             "Deputy Manager (IPC Champion)", "19/09/2025", "G", ["Deputy Manager (IPC Champion)"], "2025-09", None),
            ("4.5", "No separation of clean and dirty flow in the laundry room.",
             "Mark clean and dirty areas and move the clean linen trolley away from the dirty entrance.",
             "Laundry Assistant / Maintenance Person", "31/10/2025", "R", ["Laundry Assistant", "Maintenance Person"], "2025-10", None),
        ]),
        (S5, [
            ("5.4", "Sharps bin in the treatment room was over the fill line and not labelled.",
             "Replace the sharps bin, complete the label, and add sharps bins to the weekly treatment room check.",
             "Senior Carer on duty", "16/09/2025", "G", ["Senior Carer on duty"], "2025-09", None),
        ]),
        (S6, [
            ("6.1", "Commodes and shower chairs were visibly contaminated underneath.",
             "Introduce a weekly deep-clean rota for commodes and shower chairs with green 'I am clean' tags.",
             "Deputy Manager (IPC Champion)", "31/10/2025", "G", ["Deputy Manager (IPC Champion)"], "2025-10", None),
            ("6.6", "Hoist slings were shared between residents.",
             "Purchase individual slings for each resident who needs hoisting and label each sling with the resident's name.",
             "Home Manager", "November 2025", "A", ["Home Manager"], "2025-11", None),
        ]),
        (S7, [
            ("7.2", "IPC training compliance was 71% (target 95%).",
             "All staff to complete IPC e-learning and a hand hygiene competency; manager to monitor monthly through the training matrix.",
             "Home Manager", "December 2025", "A", ["Home Manager"], "2025-12", None),
            ("7.5", "No annual IPC statement or audit programme in place.",
             "Produce an annual IPC statement and audit programme for 2025/26 using the IPC team template.",
             "Home Manager & Deputy Manager", "31/12/2025", "A", ["Home Manager", "Deputy Manager"], "2025-12", None),
        ]),
    ]
    L = []
    L.append("CARE HOME INFECTION PREVENTION AND CONTROL AUDIT - ACTION PLAN")
    L.append("Barnsley Community Infection Prevention and Control Team")
    L.append("")
    L.append("Home:                    Oakdene Residential Care Home, Barnsley")
    L.append("Registered manager:      Mrs J. Ellison")
    L.append("Audit date:              16/09/2025")
    L.append("Audited by:              K. Whitworth, Community IPC Nurse")
    L.append("Action plan return date: 31/10/2025")
    L.append("Residents on day:        34 (38 beds)")
    L.append("")
    L.append("OVERALL COMPLIANCE: 86% - AMBER")
    L.append("(Green 90% and above; Amber 81-89%; Red 80% and below)")
    L.append("")
    L.append("Section scores")
    for s, sc in (("1  Environment", "79%"), ("2  Hand hygiene", "92%"),
                  ("3  Personal protective equipment", "95%"), ("4  Linen and laundry", "83%"),
                  ("5  Waste and sharps", "88%"), ("6  Care equipment", "80%"),
                  ("7  IPC management and training", "84%")):
        L.append(f"   {s:<36}{sc}")
    L.append("")
    L.append("Only standards scored 'No' are listed below. Question numbers refer to the audit tool.")
    L.append("Action plan status key: G = completed   A = in progress   R = overdue")
    L.append("")
    exp_actions = []
    for head, items in sections:
        L.append("-" * 72)
        L.append(head)
        L.append("-" * 72)
        for (ref, finding, action, lead, date, st, elead, eend, etext) in items:
            L.append(f"{ref:<5}Finding:     {finding}")
            L.append(f"     Action:      {action}")
            L.append(f"     Lead:        {lead}")
            L.append(f"     Target date: {date}")
            L.append(f"     Status:      {st}")
            L.append("")
            exp_actions.append(act(ref, [head, finding], action, elead, eend, keymap[st], end_text=etext))
    L.append("-" * 72)
    L.append("Please update the status column and return the completed action plan to the")
    L.append("Community IPC Team by the return date above. A follow-up visit will be arranged")
    L.append("if the overall score remains below 90%.")
    L.append("")
    L.append("Signed (Home Manager): ..............................   Date: ..............")
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": "Imitates a community infection prevention and control team's care home IPC audit report and action plan returned by the home (e.g. NHS Kirklees care home IPC audit 'RAG Score Sheet, Audit & Action Plan', scoring Red 80% or below, Amber 81-89%, Green 90% or above, issuu.com/nhskirklees/docs/new_care_home_tool_-_mn_-_march_201), exported as plain text. Oakdene is a plausible home name; no specific file was found. Copied features: title and team lines, home/audit details block, overall score with RAG banding, section score summary, a status key that redefines G as completed, dashed section banners, numbered audit questions with Finding/Action/Lead/Target date/Status lines, a return note and signature line.",
        "reads": "A plain-text action plan of 10 actions under five audit sections; each action answers the finding above it, with lead (job titles, some two joined by '/' or '&'), target date and a G/A/R status that the key defines as completed/in progress/overdue (so G reads as complete). The details, score summary, key and closing lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "CARE HOME INFECTION PREVENTION AND CONTROL AUDIT - ACTION PLAN",
        "actions": exp_actions,
    })
    return len(exp_actions)


if __name__ == "__main__":
    print("sherwood", sherwood())
    print("humber", humber())
    print("yas", yas())
    print("swansea", swansea())
    print("eden", eden())
    print("lincs", lincs())
    print("oakdene", oakdene())
