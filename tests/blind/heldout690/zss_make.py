"""Build the seven zss- blind test files (set heldout690) and their expected readings.

Run with /work/main/.venv/bin/python zss_make.py from any directory.
Writes only files whose names start with "zss-" into this script's folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zss-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}


def write_yaml(name, exp):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def expected_actions(actions):
    res = []
    for a in actions:
        d = {"ref": a["ref"], "under": a["under"], "action": a["action"],
             "lead": a["lead"], "end": a["end"]}
        if a.get("end_text") is not None:
            d["end_text"] = a["end_text"]
        d["status"] = a["status"]
        res.append(d)
    return res


# ---------------------------------------------------------------------------
# 1. HMP Thameside - HMIP inspection action plan (xlsx, read)
# ---------------------------------------------------------------------------
def thameside():
    name = "zss-hmp-thameside-hmip-inspection-action-plan.xlsx"
    title = "Action Plan: HMP Thameside"
    P = "Priority concerns"
    K = "Key concerns"
    concerns = [
        (P, "1", "Health services were not meeting the needs of the population. Patients did not always receive their medicines on time, triage was slow and clinical governance was weak.", "Agreed",
         [("1.1", "Practice Plus Group to deliver the healthcare turnaround plan agreed with NHS England (London) Health and Justice commissioners, with weekly oversight at the Local Delivery Board.",
           "Head of Healthcare (PPG)", ["Head of Healthcare (PPG)"], dt.date(2025, 10, 31), "2025-10", None, "Amber", "amber"),
          ("1.2", "Introduce a daily medicines reconciliation check in reception so that prescribed medication is issued on the first night.",
           "Head of Healthcare (PPG) / Head of Pharmacy", ["Head of Healthcare (PPG)", "Head of Pharmacy"], dt.date(2025, 9, 30), "2025-09", None, "Green", "green")]),
        (P, "2", "Levels of violence were high and too many prisoners told us they felt unsafe.", "Agreed",
         [("2.1", "Refresh the violence reduction strategy using the HMIP survey findings and the monthly Safety Intervention Meeting data.",
           "Head of Safety", ["Head of Safety"], dt.date(2025, 8, 31), "2025-08", None, "Blue", "blue"),
          ("2.2", "Deliver Challenge, Support and Intervention Plan (CSIP) refresher training to all residential officers.",
           "Head of Safety; Training Manager", ["Head of Safety", "Training Manager"], dt.date(2025, 12, 31), "2025-12", None, "Amber", "amber")]),
        (P, "3", "Illicit drugs were too easily available; the mandatory drug testing positive rate for the previous 12 months was 25%.", "Agreed",
         [("3.1", "Install a second body scanner in reception and extend scanning to all prisoners returning from court.",
           "Head of Security", ["Head of Security"], dt.date(2025, 11, 30), "2025-11", None, "Green", "green"),
          ("3.2", "Increase suspicion testing capacity so that at least 80% of requested tests are completed each month.",
           "Head of Security", ["Head of Security"], "Ongoing", None, "Ongoing", "Amber", "amber")]),
        (K, "4", "Too few prisoners were engaged in work or education, and allocation to activities after induction was slow.", "Partly Agreed",
         [("4.1", "Review the activities allocation process so that prisoners are allocated within 10 working days of completing induction.",
           "Head of Learning and Skills", ["Head of Learning and Skills"], dt.date(2025, 10, 31), "2025-10", None, "Green", "green"),
          ("4.2", "Open 60 additional part-time places in new waste management and barbering workshops.",
           "Head of Industries", ["Head of Industries"], dt.date(2026, 3, 31), "2026-03", None, "", "unrated")]),
        (K, "5", "Remand prisoners released from court did not have their housing, benefit and debt needs met.", "Agreed",
         [("5.1", "Agree with the Probation Service a release pathway for remand prisoners, including a housing referral at first reception screening.",
           "Head of Reducing Reoffending", ["Head of Reducing Reoffending"], dt.date(2025, 9, 30), "2025-09", None, "Green", "green")]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 60
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Action Plan Submitted: 7 July 2025"
    cov["A3"] = "A Response to the HMIP Inspection: 3 – 13 February 2025"
    cov["A4"] = "Report Published: 12 May 2025"
    cov["A5"] = "Operator: Serco Justice and Immigration. Healthcare provider: Practice Plus Group."
    cov["A7"] = "INTRODUCTION"
    cov["A7"].font = Font(bold=True)
    cov.merge_cells("A8:C8")
    cov["A8"] = ("HM Inspectorate of Prisons reported up to 15 concerns following the inspection, of which three were "
                 "identified as priorities. This action plan confirms whether each concern is agreed, partly agreed or not "
                 "agreed and sets out the actions, owners and target dates for addressing it.")
    cov["A8"].alignment = WRAP
    cov.row_dimensions[8].height = 48
    for c, v in zip("ABC", ["Term", "Definition", "Additional comment"]):
        cov[f"{c}10"] = v
        cov[f"{c}10"].font = Font(bold=True, color="FFFFFF")
        cov[f"{c}10"].fill = FILL["head"]
    rows = [("Agreed", "All of the concern is accepted and can be addressed within existing resources.", "Actions must be specific and time-bound."),
            ("Partly Agreed", "Only part of the concern can be addressed, for contractual, commissioning or affordability reasons.", "The response must state which part will be addressed."),
            ("Not Agreed", "The concern will not be addressed.", "A clear reason must be given.")]
    for i, r in enumerate(rows, start=11):
        for c, v in zip("ABC", r):
            cov[f"{c}{i}"] = v
            cov[f"{c}{i}"].alignment = WRAP
            cov[f"{c}{i}"].border = BOX
    cov["A15"] = "RAG key"
    cov["A15"].font = Font(bold=True)
    key = [("Blue", "Action complete and evidence held", "blue"),
           ("Green", "On track to meet the target date", "green"),
           ("Amber", "Some slippage, recoverable within the target date", "amber"),
           ("Red", "Target date will be missed – escalated to the Director", "red")]
    for i, (k, d, f) in enumerate(key, start=16):
        cov[f"A{i}"] = k
        cov[f"A{i}"].fill = FILL[f]
        cov[f"B{i}"] = d

    ws = wb.create_sheet("Action Plan")
    widths = [6, 45, 14, 7, 55, 28, 13, 9]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "HMP Thameside – response to the concerns raised by HMIP"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position at 30 September 2025"
    hdr = ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action Taken / Planned",
           "Responsible Owner", "Target Date", "RAG"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A5"
    r = 5
    actions = []
    current_section = None
    for sec, no, text, agreed, acts in concerns:
        if sec != current_section:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=sec)
            c.font = Font(bold=True)
            c.fill = FILL["grey"]
            current_section = sec
            r += 1
        first = r
        ws.cell(row=r, column=1, value=no)
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=agreed)
        for ref, act, lead_cell, lead, end_cell, end, end_text, rag, status in acts:
            ws.cell(row=r, column=4, value=ref)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=lead_cell)
            c = ws.cell(row=r, column=7, value=end_cell)
            if isinstance(end_cell, dt.date):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=8, value=rag if rag else None)
            if rag:
                c.fill = FILL[status]
            for col in range(1, 9):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            actions.append({"ref": ref, "under": [sec, text], "action": act, "lead": lead,
                            "end": end, "end_text": end_text, "status": status})
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value=("Note: target dates were agreed with the Prison Group Director and progress is reviewed "
                                   "monthly at the Senior Leadership Team meeting. Healthcare actions are also monitored "
                                   "through the Local Delivery Board."))
    wb.save(out(name))

    exp = {
        "source": ("HMPPS prison action plan in response to an HMI Prisons inspection, modelled on the published HMPPS "
                   "template (e.g. 'Action Plan: HMP Elmley / Action Plan Submitted / A Response to the HMIP Inspection / "
                   "Report Published', https://vdocuments.mx/a-response-to-the-hmip-inspection-23-april-report-internal-and-external.html; "
                   "HMP The Verne 2020) and on the post-2022 HMIP concerns format (priority and key concerns). The HMP "
                   "Thameside full inspection of 3-13 February 2025 (report published 12 May 2025, "
                   "https://hmiprisons.justiceinspectorates.gov.uk/news/reports-published-12-may) found poor health care "
                   "(Practice Plus Group), high violence and a 25% MDT rate. Copied: cover sheet with submission/report "
                   "lines, Agreed/Partly Agreed/Not Agreed categorisation table and RAG key; action sheet with section "
                   "rows, concern number/text/agreement merged down over numbered actions, real Excel target dates, "
                   "'Ongoing', fill-coloured RAG words, and a closing note line."),
        "reads": ("A two-sheet workbook: a cover sheet with the plan's title block, the categorisation terms and a RAG "
                  "key, then an action sheet listing three priority concerns and two key concerns, each concern merged "
                  "down over its numbered actions (1.1, 1.2 ...) with owner, target date and RAG. Nine actions; one "
                  "has no RAG yet and one is Ongoing."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    }
    write_yaml(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Dorset & Wiltshire FRS - Grenfell Phase 2 tracker (xlsx, read)
# ---------------------------------------------------------------------------
def dwfrs():
    name = "zss-dorset-wiltshire-fire-rescue-service-grenfell-phase-2-recommendations-tracker.xlsx"
    title = "Dorset & Wiltshire Fire and Rescue Service: Grenfell Tower Inquiry Phase 2 Recommendations Tracker"
    T1 = "Theme 1: Operational response and incident command"
    T2 = "Theme 2: Fire control"
    T3 = "Theme 3: Protection and risk information"
    T4 = "Theme 4: Organisational learning and assurance"
    R1 = ("GTI2 R1: Fire and rescue services should review the training of incident commanders so that they recognise "
          "when a fire is behaving abnormally and when compartmentation has failed.")
    R2 = ("GTI2 R2: Control rooms should be able to record, share and act on information from fire survival guidance "
          "calls, and control staff should be trained to handle a large number of such calls at once.")
    R3 = ("GTI2 R3: Fire and rescue services should make sure that risk information about high-rise residential "
          "buildings, including information provided by building owners, is accurate, up to date and available to crews.")
    R4 = ("GTI2 R4: Chief fire officers should make sure that the service learns from the Inquiry's findings and that "
          "implementation of its recommendations is overseen at a senior level.")
    D = dt.date
    # ref, action, owner cell, lead, orig, revised, prev, cur(colour only), end, end_text, update
    data = [
        (T1, R1, [
            ("1.1", "Revise the Level 1 and Level 2 incident command course content to include external wall fire spread and compartmentation failure scenarios.",
             "Head of Training", ["Head of Training"], D(2025, 3, 31), D(2025, 9, 30), "A", "amber", "2025-09", None,
             "Level 1 content rewritten; Level 2 awaiting sign-off by the Operational Assurance Group."),
            ("1.2", "Run a high-rise exercise with each of the three command groups, including a simulated change of evacuation strategy.",
             "AM Response", ["AM Response"], D(2025, 12, 31), None, "G", "green", "2025-12", None,
             "Two of three exercises complete (Poole, Swindon)."),
        ]),
        (T2, R2, [
            ("2.1", "Configure the mobilising system so that fire survival guidance call details are shown to the incident commander in real time.",
             "Control Manager / ICT Manager", ["Control Manager", "ICT Manager"], D(2025, 6, 30), D(2026, 3, 31), "A", "red", "2026-03", None,
             "Supplier release delayed; interim process uses a dedicated talk group. Escalated to the Strategic Leadership Team."),
            ("2.2", "Deliver annual multiple fire survival guidance call training to all Control watches through the Networked Fire Services Partnership.",
             "Control Manager", ["Control Manager"], D(2025, 3, 31), None, "G", "blue", "2025-03", None,
             "All four watches trained March 2025. Evidence signed off."),
        ]),
        (T3, R3, [
            ("3.1", "Complete a risk-based visit to every high-rise residential building in the service area and update its Site Specific Risk Information record.",
             "Head of Protection", ["Head of Protection"], D(2026, 3, 31), None, "G", "green", "2026-03", None,
             "112 of 148 buildings visited."),
            ("3.2", "Set up a process to receive and check floor plans and secure information box content from Responsible Persons.",
             "Head of Protection / Head of Response", ["Head of Protection", "Head of Response"], D(2025, 9, 30), D(2025, 12, 31), "A", "amber", "2025-12", None,
             "Process drafted; mailbox live. Checking capacity under review."),
        ]),
        (T4, R4, [
            ("4.1", "Report progress against this tracker to the Local Performance and Scrutiny Committee.",
             "Assistant Chief Fire Officer", ["Assistant Chief Fire Officer"], "Quarterly", None, "G", "green", None, "Quarterly",
             "Last reported 16 October 2025."),
            ("4.2", "Carry out an audit of how Phase 1 and Phase 2 learning has been embedded at station level.",
             "Head of Organisational Assurance", ["Head of Organisational Assurance"], D(2026, 3, 31), None, None, None, "2026-03", None,
             ""),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm.column_dimensions["A"].width = 28
    sm.column_dimensions["B"].width = 18
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Position as at 31 October 2025 – reported to the Local Performance and Scrutiny Committee"
    sm["A4"] = "Current RAG"
    sm["B4"] = "Number of actions"
    for c in ("A4", "B4"):
        sm[c].font = Font(bold=True)
        sm[c].border = BOX
    counts = {}
    for _t, _r, acts in data:
        for a in acts:
            counts[a[7]] = counts.get(a[7], 0) + 1
    summary = [("Blue – complete", "blue"), ("Green", "green"), ("Amber", "amber"), ("Red", "red"),
               ("Not started", None)]
    row = 5
    for label, k in summary:
        sm.cell(row=row, column=1, value=label).border = BOX
        sm.cell(row=row, column=2, value=counts.get(k, 0)).border = BOX
        if k:
            sm.cell(row=row, column=1).fill = FILL[k]
        row += 1
    sm.cell(row=row, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=row, column=2, value=sum(counts.values())).font = Font(bold=True)
    sm.cell(row=row + 2, column=1, value="See the Key sheet for RAG definitions. Current RAG is shown by cell colour on the Tracker sheet.")

    ws = wb.create_sheet("Tracker")
    widths = [7, 60, 26, 13, 13, 10, 10, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Actions against the Phase 2 recommendations relevant to fire and rescue services"
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["Ref", "Action", "Action owner", "Original due date", "Revised due date", "Previous RAG",
           "Current RAG", "Progress update (October 2025)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    ws.freeze_panes = "A4"
    prev_fill = {"A": "amber", "G": "green", "R": "red", "B": "blue"}
    r = 4
    actions = []
    for theme, rec, acts in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="C00000")
        r += 1
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(row=r, column=1, value=rec)
        c.font = Font(italic=True)
        c.fill = FILL["pale"]
        c.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for ref, act, owner, lead, orig, rev, prev, cur, end, end_text, upd in acts:
            vals = [ref, act, owner, orig, rev, prev, None, upd or None]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.date):
                    c.number_format = "mmm-yy"
            if prev:
                ws.cell(row=r, column=6).fill = FILL[prev_fill[prev]]
                ws.cell(row=r, column=6).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(row=r, column=7).fill = FILL[cur]
            actions.append({"ref": ref, "under": [theme, rec], "action": act, "lead": lead, "end": end,
                            "end_text": end_text, "status": cur if cur else "unrated"})
            r += 1

    ky = wb.create_sheet("Key")
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 80
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    keyrows = [("blue", "Complete – evidence signed off by the Service Assurance Board"),
               ("green", "On track to meet the due date"),
               ("amber", "At risk of missing the due date; mitigation in place"),
               ("red", "Will miss the due date or needs Authority attention"),
               (None, "No colour – not yet started")]
    for i, (k, d) in enumerate(keyrows, start=2):
        if k:
            ky.cell(row=i, column=1).fill = FILL[k]
        ky.cell(row=i, column=2, value=d)
    ky["A8"] = "Where a due date has been revised, the revised date was agreed by the Strategic Leadership Team."
    wb.save(out(name))

    exp = {
        "source": ("Fire and rescue service tracker of actions against the Grenfell Tower Inquiry Phase 2 report "
                   "(September 2024, https://grenfelltowerinquiry.org.uk/report/phase-2/volume-7.html), of the kind "
                   "English FRSs reported to their fire authorities in 2025 alongside the Phase 1 trackers "
                   "(cf. LFB/GLA progress reports grouped by theme: incident command, control room, plans/risk "
                   "information). Copied: summary sheet with counts by RAG and a total row, tracker with theme rows "
                   "and recommendation rows as merged bands above numbered actions, original and revised due dates "
                   "(mmm-yy), previous RAG letters, current RAG shown only by cell colour, a 'Quarterly' due date, "
                   "and a separate Key sheet."),
        "reads": ("Three sheets: a summary of the current RAG counts, the tracker, and a colour key. The tracker groups "
                  "eight actions under four themes, each theme with one Inquiry recommendation (summarised, numbered "
                  "GTI2 R1-R4) above its actions. The current status is read from the colour of the Current RAG cell "
                  "(blue = complete); the due month is the revised date where one is given; the last action has no "
                  "colour and is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    }
    write_yaml(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Nottingham City PDU - HMI Probation action plan (xlsx, REFUSE: 0ct-2024)
# ---------------------------------------------------------------------------
def nottingham_pdu():
    name = "zss-probation-service-nottingham-city-pdu-hmip-inspection-action-plan-typo-month-refuse.xlsx"
    title = "Action Plan: Nottingham City PDU"
    H1 = "The Head of Nottingham City PDU should:"
    H2 = "The East Midlands Regional Probation Director should:"
    recs = [
        (H1, "1", "improve the quality of work to assess, plan for, manage and review risk of harm", "Agreed", [
            ("1.1", "Deliver risk of serious harm assessment workshops to all probation officers and PSOs, facilitated by the Quality Development Officers.", "Head of PDU", "Sep-2024", "Complete"),
            ("1.2", "Senior Probation Officers to complete two case audits per practitioner each quarter using the risk management plan audit tool.", "Senior Probation Officers", "Dec-2024", "On track"),
        ]),
        (H1, "2", "make sure domestic abuse and safeguarding information is requested, received and analysed in all relevant cases", "Agreed", [
            ("2.1", "Agree a revised information-sharing process with Nottinghamshire Police for domestic abuse call-out checks at the pre-sentence stage.", "Head of Courts / Head of PDU", "0ct-2024", "On track"),
            ("2.2", "Establish a named single point of contact in Nottingham City Council children's services for safeguarding enquiries.", "Deputy Head of PDU", "Nov-2024", "Complete"),
        ]),
        (H1, "3", "increase referrals to commissioned rehabilitative services and accredited programmes", "Partly Agreed", [
            ("3.1", "Introduce a monthly referrals dashboard, reviewed at the PDU performance meeting.", "Performance Manager", "Oct-2024", "On track"),
        ]),
        (H2, "4", "make sure Nottingham City PDU has enough staff to manage its caseload safely", "Partly Agreed", [
            ("4.1", "Prioritise Nottingham City for the allocation of newly qualified probation officers from the 2024/25 PQiP cohorts.", "Regional Probation Director", "Mar-2025", "On track"),
            ("4.2", "Provide temporary caseload support from other East Midlands PDUs through the regional workload management group.", "Head of Operations", "Ongoing", "On track"),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = [8, 40, 14, 8, 55, 26, 12, 12]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Action Plan Submitted: 23 August 2024"
    ws["A3"] = "A Response to the HM Inspectorate of Probation Inspection: March 2024"
    ws["A4"] = "Report Published: June 2024"
    hdr = ["Rec No.", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Ref", "Action Taken / Planned",
           "Responsible Owner", "Target Date", "Status"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    r = 7
    cur = None
    typo_row = None
    n = 0
    for head, no, text, agreed, acts in recs:
        if head != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(row=r, column=1, value=head).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["grey"]
            cur = head
            r += 1
        first = r
        ws.cell(row=r, column=1, value=int(no))
        ws.cell(row=r, column=2, value=text)
        ws.cell(row=r, column=3, value=agreed)
        for ref, act, owner, target, status in acts:
            ws.cell(row=r, column=4, value=ref)
            ws.cell(row=r, column=5, value=act)
            ws.cell(row=r, column=6, value=owner)
            ws.cell(row=r, column=7, value=target)
            ws.cell(row=r, column=8, value=status)
            if target.startswith("0"):
                typo_row = r
            for col in range(1, 9):
                ws.cell(row=r, column=col).alignment = WRAP
                ws.cell(row=r, column=col).border = BOX
            n += 1
            r += 1
        if r - 1 > first:
            for col in (1, 2, 3):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Progress against this plan is reported to the East Midlands Regional Performance and Quality Board.")
    wb.save(out(name))
    assert typo_row is not None
    exp = {
        "source": ("HMPPS probation action plan responding to an HM Inspectorate of Probation PDU inspection, in the HMPPS "
                   "template ('Action Plan: [name of CRC or NPS Division] / A Response to the HMI Probation Inspection "
                   "Report / Agreed, Partly Agreed, Not Agreed', https://docsbay.net/action-plan-name-of-crc-or-nps-division). "
                   "Nottingham City PDU was inspected in March 2024 and rated Inadequate with six recommendations, including "
                   "risk of harm work and domestic abuse/safeguarding information (BBC report, "
                   "https://snackydog.com/news/articles/clygg5r6zg7o). Copied: title block, 'The Head of ... PDU should:' "
                   "and 'The Regional Probation Director should:' heading rows, recommendation number/text/agreement "
                   "merged over numbered actions, month-year target dates typed as text, status words."),
        "reads": ("A single-sheet HMPPS-style action plan with four recommendations (three to the PDU head, one to the "
                  "Regional Probation Director) and seven actions. The target date for action 2.1 is typed '0ct-2024' "
                  "with a zero for the letter O, a mistyped month a careful reader would query before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    }
    write_yaml(name, exp)
    return name, n


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=9):
    paras = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


DOCX_FILL = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000"}


# ---------------------------------------------------------------------------
# 4. Avon and Somerset Police - stalking super-complaint action plan (docx, read)
# ---------------------------------------------------------------------------
def asp_stalking():
    name = "zss-avon-and-somerset-police-stalking-super-complaint-action-plan.docx"
    title = "Avon and Somerset Police – Response to the Stalking Super-Complaint: Action Plan"
    recs = [
        ("Recommendation 5 – Recognising stalking at first contact",
         "By 27 March 2025, make sure that call handlers and front-line officers can recognise stalking behaviours at the first point of contact and record them accurately.",
         [("5.1", "Add stalking screening questions to the THRIVE+ assessment used by call handlers in the command and control system.",
           "Head of Contact Management", ["Head of Contact Management"], "27/03/2025", "2025-03", None, "Complete", "blue",
           "Questions live from 3 March 2025."),
          ("5.2", "Deliver a recorded briefing on recognising stalking (fixated, obsessive, unwanted, repeated) to all contact management staff.\nAttendance will be monitored through the learning management system.",
           "Head of Contact Management / Head of Learning and Development", ["Head of Contact Management", "Head of Learning and Development"],
           "March 2025", "2025-03", None, "Complete", "blue", "94% of staff completed by 31 March 2025."),
          ]),
        ("Recommendation 7 – Searchable crime records",
         "By 27 March 2025, where required, seek changes to crime recording systems so that staff and officers can document and search for stalking where it is not recorded as the principal crime.",
         [("7.1", "Submit a change request to the records management system team for stalking to be recorded as an included classification on crime records.",
           "Force Crime Registrar", ["Force Crime Registrar"], "End of June 2025", "2025-06", None, "At risk", "amber",
           "Change request accepted; release date depends on the regional system upgrade."),
          ("7.2", "Until the system change is live, require an intelligence report for every linked stalking offence so that it can be searched.",
           "Force Crime Registrar", ["Force Crime Registrar"], "Ongoing", None, "Ongoing", "On track", "green",
           "Dip-sampled monthly by the Crime Standards team."),
          ]),
        ("Recommendation 10 – Learning and training",
         "By 27 March 2025, review and update learning and training provision relating to stalking.",
         [("10.1", "Review the stalking content of the initial learning programme for student officers against the College of Policing curriculum.",
           "Head of Learning and Development", ["Head of Learning and Development"], "Q2 2025/26", "2025-09", None, "On track", "green",
           "Review under way with the Suzy Lamplugh Trust contributing to the victim input."),
          ("10.2", "Provide specialist training for stalking single points of contact in each of the three policing areas.",
           "DCI Stalking and Harassment Lead", ["DCI Stalking and Harassment Lead"], "30/09/2025", "2025-09", None, "Off track", "red",
           "Trainer vacancy; course now planned for January 2026."),
          ]),
        ("Recommendation 13 – Stalking protection orders",
         "By 27 March 2025, review the use of stalking protection orders and interim orders, and make sure that breaches are monitored and acted on.",
         [("13.1", "Appoint a force stalking protection order coordinator within the Public Protection Unit.",
           "D/Supt Public Protection", ["D/Supt Public Protection"], "Q1 2025/26", "2025-06", None, "Complete", "blue",
           "Coordinator in post since May 2025."),
          ("13.2", "Produce a report of all stalking protection orders and recorded breaches for the Public Protection Governance Board.",
           "Performance and Insight Manager", ["Performance and Insight Manager"], "Monthly", None, "Monthly", "On track", "green",
           "First report presented July 2025."),
          ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("In response to the super-complaint submitted by the Suzy Lamplugh Trust on behalf of the National "
                      "Stalking Consortium (joint IOPC, HMICFRS and College of Policing report published 27 September 2024).")
    doc.add_paragraph("Executive Lead: Assistant Chief Constable (Crime and Public Protection)")
    doc.add_paragraph("Operational Lead: Detective Superintendent, Public Protection")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Change"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "22/11/2024", "Action plan published"), ("2.0", "27/03/2025", "Six-month update"),
              ("2.1", "30/09/2025", "Twelve-month update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_heading("Status key", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Status", "Meaning"]):
        set_cell(c, h, bold=True)
    for s, m, f in [("Complete", "Action delivered and evidence held (Blue)", "blue"),
                    ("On track", "Progressing to the due date (Green)", "green"),
                    ("At risk", "Some slippage; mitigation in place (Amber)", "amber"),
                    ("Off track", "The due date will be missed (Red)", "red")]:
        cells = t.add_row().cells
        set_cell(cells[0], s)
        set_cell(cells[1], m)
        shade(cells[0], DOCX_FILL[f])

    actions = []
    for head, rec, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph()
        run = p.add_run(rec)
        run.italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Update (September 2025)", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for ref, act, owner_cell, lead, due, end, end_text, status_word, status, upd in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, act, owner_cell, due, upd, status_word]):
                set_cell(c, x)
            shade(cells[5], DOCX_FILL[status])
            actions.append({"ref": ref, "under": [head, rec], "action": act, "lead": lead, "end": end,
                            "end_text": end_text, "status": status})
    doc.add_paragraph("Progress is overseen by the Stalking and Harassment Delivery Group and reported to the Police and "
                      "Crime Commissioner's Performance and Accountability Board.")
    doc.save(out(name))
    exp = {
        "source": ("A police force's published action plan in response to the Suzy Lamplugh Trust super-complaint on the "
                   "police response to stalking (IOPC/HMICFRS/College of Policing report, 27 September 2024); every force "
                   "published one by 22 November 2024 and updated it in March 2025. Layout after the published Hampshire "
                   "and Isle of Wight and Cambridgeshire plans (https://www.hampshire.police.uk/police-forces/hampshire-constabulary/areas/other/stalking-action-plan/, "
                   "https://www.cambs.police.uk/police-forces/cambridgeshire-constabulary/areas/about-us/about-us/stalking-action-plan/): "
                   "executive and operational lead lines, 'By 27 March 2025 ...' recommendation text, recommendation number "
                   "with sub-actions 7.1/7.2, owner and update columns. Added: document control table, status key with "
                   "colours, one heading + italic recommendation + table per recommendation, shaded status cells, a "
                   "two-paragraph action cell, and due dates as dd/mm/yyyy, 'End of June 2025', 'Q2 2025/26', Ongoing, Monthly."),
        "reads": ("A Word plan: title and lead lines, a document control table and a status key (not actions), then four "
                  "recommendation sections, each a heading, the recommendation text in italics and a small table of two "
                  "actions with owner, due date, update and a status word (Complete, On track, At risk, Off track, "
                  "which the key maps to blue, green, amber, red). Eight actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    }
    write_yaml(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Preston College - Ofsted post-inspection action plan (docx, read)
# ---------------------------------------------------------------------------
def preston():
    name = "zss-preston-college-ofsted-post-inspection-action-plan.docx"
    title = "Preston College – Post-Inspection Action Plan (PIAP) 2025–26"
    S1 = "Quality of education"
    S2 = "Personal development"
    S3 = "Leadership and management"
    A1 = ("Leaders should ensure that teachers on adult learning programmes check learners' understanding thoroughly "
          "before moving on to new topics.")
    A2 = ("Leaders should ensure that apprentices receive timely and effective off-the-job training in line with their "
          "training plans.")
    A3 = ("Leaders should make sure that all learners, including those on part-time courses, receive a well-planned "
          "programme of careers information, advice and guidance.")
    A4 = ("Governors should receive more precise information about the quality of apprenticeships so that they can hold "
          "leaders to account.")
    data = [
        (S1, [
            (A1, [
                ("1.1", "Introduce a college-wide ‘check before you move on’ teaching routine, modelled in CPD sessions and included in the observation framework.",
                 "Head of Teaching, Learning and Assessment", ["Head of Teaching, Learning and Assessment"], "Autumn term 2025", "2025-12", None, "blue",
                 "Routine observed in 86% of adult sessions", "Routine launched at September CPD day; included in observation framework."),
                ("1.2", "Curriculum managers for adult programmes to complete learning walks focused on checking understanding and report findings to the Quality Improvement Group.",
                 "JH/SK", ["JH", "SK"], "Termly", None, "Termly", "green",
                 "Learning walk findings show improvement each term", "First round completed November 2025."),
            ]),
            (A2, [
                ("2.1", "Re-align apprenticeship training plans with employers at each progress review, recording the off-the-job hours completed.",
                 "Head of Apprenticeships", ["Head of Apprenticeships"], "January 2026", "2026-01", None, "amber",
                 "All apprentices on track for off-the-job hours", "71% of training plans re-aligned; engineering reviews behind schedule."),
                ("2.2", "Introduce a monthly report of apprentices who are behind on off-the-job hours or past their planned end date, reviewed at the Apprenticeship Performance Board.",
                 "Head of Apprenticeships; MIS Manager", ["Head of Apprenticeships", "MIS Manager"], "Sept 2025 – July 2026", "2026-07", None, "green",
                 "Fewer than 5% of apprentices past planned end date", "Report running since October 2025."),
            ]),
        ]),
        (S2, [
            (A3, [
                ("3.1", "Extend the careers entitlement to part-time adult learners through a timetabled guidance session in the first six weeks of their course.",
                 "Careers Lead", ["Careers Lead"], "Summer term 2026", "2026-07", None, "red",
                 "All part-time learners have a recorded guidance session", "Careers adviser vacancy; recruitment in progress."),
            ]),
        ]),
        (S3, [
            (A4, [
                ("4.1", "Add an apprenticeship quality dashboard (achievement, timeliness and off-the-job compliance) to each Quality and Standards Committee pack.",
                 "Vice Principal Quality and Learner Experience", ["Vice Principal Quality and Learner Experience"], "December 2025", "2025-12", None, "green",
                 "Governors challenge apprenticeship performance in minutes", "Dashboard drafted for the December meeting."),
                ("4.2", "Arrange a governor link visit to the apprenticeship team each term.",
                 "Clerk to the Corporation", ["Clerk to the Corporation"], "Ongoing", None, "Ongoing", None,
                 "Visit notes presented to the Committee", ""),
            ]),
        ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Ofsted inspection of further education and skills provision, January 2025. "
                      "The areas for improvement are taken from the section of the report ‘What does the provider need to do to improve?’")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for v in [("1.0", "14/03/2025", "Vice Principal Quality and Learner Experience", "Quality and Standards Committee"),
              ("1.3", "08/12/2025", "Quality Manager", "Senior Leadership Team")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            set_cell(c, x)

    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Blue – completed; Green – on track; Amber – progress made but behind plan; "
                      "Red – not on track or at risk. The RAG cell is shaded to show the current rating; "
                      "an unshaded cell has not yet been rated.")

    hdr = ["Area for improvement", "Ref", "Action", "Lead(s)", "Timescale", "Success measure",
           "Progress update (December 2025)", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    actions = []
    for sec, afis in data:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, sec, bold=True)
        shade(merged, "D9D9D9")
        for afi, acts in afis:
            first_row = None
            for ref, act, lead_cell, lead, ts, end, end_text, status, measure, upd in acts:
                cells = t.add_row().cells
                if first_row is None:
                    first_row = cells
                    set_cell(cells[0], afi)
                for c, x in zip(cells[1:7], [ref, act, lead_cell, ts, measure, upd]):
                    set_cell(c, x)
                if status:
                    shade(cells[7], DOCX_FILL[status])
                last = cells
                actions.append({"ref": ref, "under": [sec, afi], "action": act, "lead": lead, "end": end,
                                "end_text": end_text, "status": status if status else "unrated"})
            if last is not first_row:
                first_row[0].merge(last[0])
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Quality and Standards Committee, March 2026.")
    doc.save(out(name))
    exp = {
        "source": ("An English FE college's Ofsted post-inspection action plan (PIAP), as colleges publish after an "
                   "education inspection framework inspection, built on the report's 'What does the provider need to do "
                   "to improve?' points. Layout copied from typical college PIAPs and quality improvement plans "
                   "(version/approval table, RAG definition line, one landscape table with key-judgement rows, the "
                   "area for improvement merged down over its numbered actions, initials and job titles as leads, "
                   "term-based and ranged timescales, success measures, progress column and a colour-shaded RAG cell "
                   "with no text)."),
        "reads": ("A Word PIAP: title, a version table (not actions), a RAG key sentence, then one plan table with "
                  "three judgement rows (Quality of education, Personal development, Leadership and management); "
                  "under them four Ofsted areas for improvement, each merged over its actions 1.1-4.2. Status is the "
                  "shading of the RAG cell; the last action is unshaded (not rated). Seven actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    }
    write_yaml(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Wycliffe College - ISI inspection action plan (csv, read)
# ---------------------------------------------------------------------------
def wycliffe():
    name = "zss-wycliffe-college-isi-inspection-action-plan.csv"
    title = "Wycliffe College – ISI Inspection Action Plan 2025–26"
    L = "Leadership and management, and governance"
    Q = "Quality of education, training and recreation"
    W = "Pupils' physical and mental health and emotional wellbeing"
    S = "Pupils' social and economic education and contribution to society"
    SNM = ("Standard not met: The school must ensure that the required checks on staff are completed and recorded on the "
           "single central record before they start work.")
    NS1 = ("Next step: Leaders should ensure that information about pupils' progress in the sixth form is used "
           "consistently to identify and support pupils who are not achieving as well as they could.")
    NS2 = ("Next step: Leaders should strengthen the consistency of boarding house routines so that boarders in all "
           "houses receive the same high standard of pastoral support.")
    NS3 = ("Next step: Leaders should broaden the opportunities for pupils in the prep school to take on responsibility "
           "and contribute to the wider community.")
    rows = [
        ("SNM.1", L, SNM, "Audit every personnel file against the single central record and correct all omissions.",
         "Bursar; HR Manager", ["Bursar", "HR Manager"], "30/04/2025", "2025-04", None, "Complete", "blue",
         "Audit completed 11 April 2025; checked by the safeguarding governor."),
        ("SNM.2", L, SNM, "Introduce a pre-start compliance sign-off by the Bursar for every new appointment, including visiting music teachers.",
         "Bursar", ["Bursar"], "Sept 2025", "2025-09", None, "Complete", "blue", "Sign-off form in use from 1 September 2025."),
        ("SNM.3", L, SNM, "Safeguarding governor to review the single central record each term and report to Council.",
         "Safeguarding Governor", ["Safeguarding Governor"], "Termly", None, "Termly", "On track", "green",
         "Michaelmas review completed 6 November 2025."),
        ("NS1.1", Q, NS1, "Introduce half-termly sixth form progress reviews using the new tracking dashboard.",
         "Deputy Head (Academic)", ["Deputy Head (Academic)"], "Michaelmas term 2025", "2025-12", None, "Complete", "blue",
         "Reviews held after each data drop."),
        ("NS1.2", Q, NS1, "Train heads of department to run intervention meetings for students flagged as below target.",
         "Deputy Head (Academic) / Head of Sixth Form", ["Deputy Head (Academic)", "Head of Sixth Form"], "31/01/2026", "2026-01", None, "Amber", "amber",
         "Training delayed by staffing changes in science."),
        ("NS2.1", W, NS2, "Agree a common set of house routines and a shared evening activity programme across all boarding houses.",
         "Director of Boarding", ["Director of Boarding"], "Sept 2025", "2025-09", None, "On track", "green",
         "Routines agreed; activity programme running."),
        ("NS2.2", W, NS2, "Carry out a boarders' voice survey and report the results to the Boarding Committee.",
         "Director of Boarding", ["Director of Boarding"], "March 2026", "2026-03", None, "Not started", "unrated", ""),
        ("NS3.1", S, NS3, "Launch a Year 7 and 8 pupil leadership programme, including eco and charity committees.",
         "Head of Prep School", ["Head of Prep School"], "June 2026", "2026-06", None, "On track", "green",
         "Committees elected in October."),
    ]
    header = ["Ref", "Framework section", "Recommended next step / standard not met", "Action", "Lead",
              "Target date", "Status", "Update"]
    blank = [""] * len(header)
    path = out(name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([title] + [""] * 7)
        w.writerow(["Routine inspection 11–13 March 2025; report published 2 May 2025"] + [""] * 7)
        w.writerow(["Owner: Head. Monitored by the Education Committee of Council"] + [""] * 7)
        w.writerow(blank)
        w.writerow(header)
        for ref, sec, rec, act, lead_cell, lead, td, end, end_text, st, status, upd in rows:
            w.writerow([ref, sec, rec, act, lead_cell, td, st, upd])
        w.writerow(blank)
        counts = {}
        for r in rows:
            counts[r[9]] = counts.get(r[9], 0) + 1
        w.writerow([f"Summary: {len(rows)} actions – {counts['Complete']} Complete, {counts['On track']} On track, "
                    f"{counts['Amber']} Amber, {counts['Not started']} Not started"] + [""] * 7)
        w.writerow(["Status as reported to the Education Committee of Council, 17 November 2025"] + [""] * 7)
    actions = [{"ref": r[0], "under": [r[1], r[2]], "action": r[3], "lead": r[5], "end": r[7], "end_text": r[8],
                "status": r[10]} for r in rows]
    exp = {
        "source": ("An independent school's action plan after an ISI routine inspection under the September 2023 "
                   "framework, whose reports give the standards met/not met and 'recommended next steps' under the "
                   "framework sections (leadership and management, and governance; quality of education, training and "
                   "recreation; pupils' physical and mental health and emotional wellbeing; social and economic "
                   "education; safeguarding) - https://www.isi.net/inspection-explained/inspection-framework/. "
                   "Imitates a school tracker saved as CSV from Excel: title and note lines padded with empty fields, a "
                   "header row, the section and the next step repeated on each action row, a summary line and a status "
                   "line at the foot."),
        "reads": ("A CSV with three title/note lines, a header, eight action rows and two footer lines. Each row repeats "
                  "the ISI framework section and the next step (or standard not met) the action answers; statuses are "
                  "Complete, On track, Amber or Not started; target dates include Termly and 'Michaelmas term 2025' "
                  "(the autumn term, ending December 2025)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    }
    write_yaml(name, exp)
    return name, len(actions)


# ---------------------------------------------------------------------------
# 7. Tain Royal Academy - Education Scotland post-inspection plan (txt, read)
# ---------------------------------------------------------------------------
def tain():
    name = "zss-tain-royal-academy-education-scotland-inspection-action-plan.txt"
    title = "Tain Royal Academy – Post-Inspection Improvement Plan 2025–26"
    A1 = ("Senior leaders should work with staff to develop a shared understanding of high-quality learning and "
          "teaching, so that all young people experience well-paced and suitably challenging lessons.")
    A2 = ("Senior leaders and staff should use data more effectively to track and monitor the progress of young "
          "people in the senior phase, and to plan timely interventions.")
    A3 = ("Staff should continue to develop approaches to support young people's wellbeing, including improving "
          "attendance for those whose attendance is below 90%.")
    data = [
        ("1", A1, "1.3 Leadership of change; 2.3 Learning, teaching and assessment", [
            ("1a", "Develop and agree a Tain Royal Academy learning and teaching standard with staff, young people and the Parent Council.",
             "DHT (Learning and Teaching)", ["DHT (Learning and Teaching)"], "October 2025", "2025-10", None, "C", "blue"),
            ("1b", "Establish peer observation triads for all teaching staff, focused on pace and challenge.",
             "DHT (Learning and Teaching) / PT Curriculum (Expressive Arts)", ["DHT (Learning and Teaching)", "PT Curriculum (Expressive Arts)"],
             "31/03/2026", "2026-03", None, "G", "green"),
        ]),
        ("2", A2, "3.2 Raising attainment and achievement", [
            ("2a", "Introduce tracking meetings for S4 to S6 after each assessment window.\nYoung people identified as at risk of not achieving will be offered supported study.",
             "DHT (Senior Phase)", ["DHT (Senior Phase)"], "December 2025", "2025-12", None, "A", "amber"),
            ("2b", "Train all principal teachers in the use of Insight and the council's tracking tools.",
             "Mrs K Munro and Mr D Ross", ["Mrs K Munro", "Mr D Ross"], "November 2025", "2025-11", None, "C", "blue"),
        ]),
        ("3", A3, "3.1 Ensuring wellbeing, equality and inclusion", [
            ("3a", "Set up a weekly attendance review with Pupil Support staff and the Education Welfare Officer.",
             "PT Guidance / PT Support for Learning", ["PT Guidance", "PT Support for Learning"], "Ongoing", None, "Ongoing", "G", "green"),
            ("3b", "Review the personal and social education programme for S1 to S3 with young people.",
             "PT Guidance", ["PT Guidance"], "June 2026", "2026-06", None, "R", "red"),
            ("3c", "Share an attendance update with parents and carers through the school newsletter.",
             "Head Teacher", ["Head Teacher"], "Termly", None, "Termly", "G", "green"),
        ]),
    ]
    rule = "-" * 72
    lines = [
        title,
        "Following the Education Scotland full model inspection (findings letter published 17 June 2025)",
        "Prepared by the Head Teacher with The Highland Council Quality Improvement Team",
        "Last updated: 3 November 2025",
        "",
        "Key:  G = on track   A = some delay   R = significant concern   C = complete",
        "",
        "The following areas for improvement were agreed with the head teacher and a representative from The Highland Council.",
        "",
    ]
    actions = []
    for no, afi, qi, acts in data:
        lines += [rule, f"Area for improvement {no}:", afi, f"Quality indicators: {qi}", rule, ""]
        for ref, act, lead_cell, lead, ts, end, end_text, st, status in acts:
            lines.append(f"Action {ref}")
            lines += act.split("\n")
            lines += [f"Lead: {lead_cell}", f"Timescale: {ts}", f"Status: {st}", ""]
            actions.append({"ref": ref, "under": [afi], "action": act, "lead": lead, "end": end,
                            "end_text": end_text, "status": status})
    lines += [rule, "Progress will be reviewed with the Quality Improvement Officer in January 2026 and reported to the Parent Council.", ""]
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))
    exp = {
        "source": ("A Scottish secondary school's post-inspection improvement plan after an Education Scotland full "
                   "model inspection, whose findings letter lists 'areas for improvement which have been discussed and "
                   "agreed with the headteacher and a representative from [the council]' against How good is our "
                   "school? quality indicators (1.3, 2.3, 3.1, 3.2); local authorities then monitor progress with the "
                   "school (e.g. https://blogs.glowscotland.org.uk/glowblogs/sbcimprovementframework/?p=61). Imitates "
                   "the plan saved as plain text: title lines, a letter key (G/A/R/C), ruled blocks for each area for "
                   "improvement with its quality indicators, then labelled action blocks (Action 1a / Lead / Timescale "
                   "/ Status), one action running onto a second line."),
        "reads": ("A plain-text plan: a title block and status key, then three areas for improvement, each framed by "
                  "rules with its quality indicators, followed by its actions 1a-3c with lead, timescale and status "
                  "letter (C = complete). Seven actions; action 2a has two lines."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected_actions(actions),
    }
    write_yaml(name, exp)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (thameside, dwfrs, nottingham_pdu, asp_stalking, preston, wycliffe, tain):
        n, k = fn()
        print(f"{n}: {k} actions")
