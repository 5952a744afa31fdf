#!/usr/bin/env python
"""Build the seven zri- blind test files (set heldout698) and their expected readings.

Run with /work/main/.venv/bin/python zri_make.py (needs openpyxl, python-docx, pyyaml).
Only files whose names start with "zri-" are written, all in this script's folder.
"""
import csv
import datetime as dt
import io
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def out(name):
    assert name.startswith("zri-"), name
    return os.path.join(HERE, name)


def write_expected(name, exp):
    """Write NAME.expected.yaml beside the data file."""
    path = out(name) + ".expected.yaml"
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(exp, fh, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. HMP Bedford – Urgent Notification action plan (xlsx)
# ---------------------------------------------------------------------------
def build_bedford():
    name = "zri-hmp-bedford-urgent-notification-action-plan.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "UN Action Plan"
    widths = [7, 38, 60, 26, 15, 15, 55, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    ws["A1"] = "HMP Bedford – Urgent Notification Action Plan"
    ws["A1"].font = Font(bold=True, size=16)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Response to the Urgent Notification issued by HM Chief Inspector of Prisons "
                "on 16 November 2023")
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Tracker owner: Governor, HMP Bedford  |  Version 5 – progress at 31 July 2024"
    ws.merge_cells("A3:H3")

    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    key = [("B5", "Complete", BLUE), ("C5", "On track", GREEN),
           ("D5", "Some slippage – recovery plan in place", AMBER),
           ("E5", "Off track – escalated to PGD", RED)]
    for ref, text, col in key:
        ws[ref] = text
        ws[ref].fill = fill(col)
        ws[ref].font = Font(bold=True, color="FFFFFF" if col in (BLUE, RED) else "000000")
        ws[ref].alignment = Alignment(wrap_text=True, vertical="center")

    headers = ["Ref", "Concern raised by HMIP", "Action", "Action owner",
               "Original target date", "Revised target date", "Progress update (July 2024)", "RAG"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=7, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    themes = [
        ("1. Safety", [
            ("Very high levels of violence, including the highest rate of assaults on staff of any "
             "adult male prison.", [
                ("1.1", "Deploy additional experienced officers from other establishments on detached "
                        "duty to support wing staffing and supervision.",
                 "Deputy Governor", d(2023, 12, 31), None,
                 "22 detached duty officers in post from 11 December 2023; detached duty extended to "
                 "September 2024.", BLUE, ["Deputy Governor"], "2023-12", "blue"),
                ("1.2", "Appoint two dedicated senior leads for violence reduction and safety to lead "
                        "the Safer Custody strategy.",
                 "Prison Group Director", d(2024, 1, 31), None,
                 "Both leads in post from 8 January 2024. Violence reduction strategy relaunched.",
                 BLUE, ["Prison Group Director"], "2024-01", "blue"),
                ("1.3", "Reintroduce mandatory drug testing and targeted searches on the wings with the "
                        "highest levels of drug-related violence.",
                 "Head of Security / Head of Operations", d(2024, 2, 29), d(2024, 9, 30),
                 "MDT restarted in March 2024 but testing rates below 10% target because of staff "
                 "cross-deployment. Recovery plan agreed with PGD.",
                 AMBER, ["Head of Security", "Head of Operations"], "2024-09", "amber"),
            ]),
            ("Use of force was very high and inspectors saw examples of excessive and inappropriate "
             "force.", [
                ("1.4", "Establish a weekly use of force scrutiny panel that reviews all incidents, with "
                        "body-worn video footage checked in every case.",
                 "Deputy Governor", d(2023, 12, 31), None,
                 "Panel meeting weekly since 14 December 2023; minutes shared with the IMB.",
                 BLUE, ["Deputy Governor"], "2023-12", "blue"),
                ("1.5", "Deliver refresher training in de-escalation and the use of force policy to all "
                        "band 3–5 officers.",
                 "Head of Learning and Development", d(2024, 3, 31), d(2024, 8, 31),
                 "78% of officers trained. Remaining sessions booked for August.",
                 GREEN, ["Head of Learning and Development"], "2024-08", "green"),
            ]),
        ]),
        ("2. Respect", [
            ("Prisoners were held in overcrowded and squalid conditions, with vermin on the wings.", [
                ("2.1", "Complete a deep clean of A and B wings and put in place weekly cleanliness and "
                        "pest control checks by the duty governor.",
                 "Head of Residence", d(2024, 1, 31), None,
                 "Deep clean completed. Weekly checks recorded on the decency log.",
                 BLUE, ["Head of Residence"], "2024-01", "blue"),
                ("2.2", "Complete construction of the new segregation unit and open it to prisoners.",
                 "HMPPS Estates; Head of Operations", d(2024, 4, 30), "Oct-24",
                 "Contractor delays to electrical works. Handover now expected in October 2024.",
                 RED, ["HMPPS Estates", "Head of Operations"], "2024-10", "red"),
            ]),
            ("Staff, prisoners and managers told inspectors they had witnessed racism, and prisoners "
             "had little confidence in the DIRF process.", [
                ("2.3", "Recruit two Diversity and Inclusion Leads and introduce independent scrutiny of "
                        "all discrimination incident report forms (DIRFs).",
                 "Head of Equalities", d(2024, 3, 31), None,
                 "Both leads appointed. Zahid Mubarek Trust scrutinising DIRFs monthly.",
                 GREEN, ["Head of Equalities"], "2024-03", "green"),
            ]),
        ]),
        ("3. Purposeful activity", [
            ("Many prisoners were locked in their cells for up to 23 hours a day, and education and work "
             "were frequently cancelled.", [
                ("3.1", "Commission an independent review of prisoner induction so that all new arrivals "
                        "receive a full induction within five days.",
                 "Head of Reducing Reoffending", d(2024, 3, 31), d(2024, 6, 30),
                 "Review completed in June 2024; recommendations added to the local improvement plan.",
                 BLUE, ["Head of Reducing Reoffending"], "2024-06", "blue"),
                ("3.2", "Introduce a revised regime that gives every prisoner at least two hours out of "
                        "cell each weekday and protects education and work sessions from cancellation.",
                 "Governor", d(2024, 6, 30), d(2024, 12, 31),
                 "Revised regime live on three wings; roll-out to C wing depends on officer recruitment.",
                 AMBER, ["Governor"], "2024-12", "amber"),
            ]),
        ]),
    ]

    expected_actions = []
    row = 8
    for theme, concerns in themes:
        ws.cell(row=row, column=1, value=theme)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(row=row, column=1).fill = fill("2F5496")
        row += 1
        for concern, actions in concerns:
            first = row
            ws.cell(row=row, column=2, value=concern)
            for (ref, text, owner, orig, rev, prog, rag, lead, end, status) in actions:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=3, value=text)
                ws.cell(row=row, column=4, value=owner)
                c = ws.cell(row=row, column=5, value=orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=row, column=6, value=rev)
                    if isinstance(rev, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=7, value=prog)
                ws.cell(row=row, column=8).fill = fill(rag)
                for col in range(1, 9):
                    ws.cell(row=row, column=col).border = BOX
                    ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                expected_actions.append(act(ref, [theme, concern], text, lead, end, status))
                row += 1
            if row - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
    row += 1
    ws.cell(row=row, column=1,
            value="Notes: target dates revised with the agreement of the Prison Group Director are shown "
                  "in column F. Original dates are kept for audit. RAG is shown by cell colour (see key).")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    ws.cell(row=row, column=1).font = Font(italic=True)
    ws.freeze_panes = "A8"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of progress at 31 July 2024"
    s["A1"].font = Font(bold=True, size=13)
    s["A3"], s["B3"] = "RAG", "Number of actions"
    s["A3"].font = s["B3"].font = Font(bold=True)
    for i, (lab, n, col) in enumerate([("Complete", 5, BLUE), ("On track", 2, GREEN),
                                       ("Some slippage", 2, AMBER), ("Off track", 1, RED)], start=4):
        s.cell(row=i, column=1, value=lab).fill = fill(col)
        s.cell(row=i, column=2, value=n)
    s["A8"], s["B8"] = "Total", "=SUM(B4:B7)"
    s["A8"].font = Font(bold=True)
    s.column_dimensions["A"].width = 22
    s.column_dimensions["B"].width = 20
    wb.save(out(name))

    exp = {
        "source": ("Imitates the HMPPS/MoJ action plan published in response to HM Chief Inspector of "
                   "Prisons' Urgent Notification for HMP Bedford (inspection ended 9 November 2023; "
                   "HMIP press release https://www.justiceinspectorates.gov.uk/hmiprisons/media/"
                   "press-releases/2023/11/fifth-prison-in-a-year-issued-with-an-urgent-notification-for-"
                   "improvement-as-inspectors-find-violence-squalid-conditions-and-spiralling-self-harm/ "
                   "and the MoJ announcement of extra staff, safety leads, MDT, a new segregation unit, "
                   "D&I leads, a weekly use of force panel and an induction review), kept as a prison's "
                   "internal tracker: title block, RAG key row of coloured cells, theme band rows merged "
                   "across the sheet, the HMIP concern in a vertically merged cell beside its actions, "
                   "original and revised target dates (revised mixes a date and 'Oct-24'), progress "
                   "update, RAG shown by fill colour only, a notes line and a Summary sheet of totals."),
        "reads": ("One sheet holds the plan: three themes (Safety, Respect, Purposeful activity), each with "
                  "the inspectorate's concerns and numbered actions 1.1–3.2 owned by prison posts, with "
                  "original and revised target dates and a colour-only RAG cell. The revised date is the "
                  "end where given; the Summary sheet only totals the RAG colours."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "HMP Bedford – Urgent Notification Action Plan",
        "actions": expected_actions,
    }
    write_expected(name, exp)
    return name, len(expected_actions)


# ---------------------------------------------------------------------------
# 2. Oxfordshire FRS – HMICFRS misconduct handling recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def build_oxfordshire():
    name = "zri-oxfordshire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths = [7, 62, 28, 13, 13, 12, 12, 55]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Oxfordshire Fire and Rescue Service – Standards of behaviour recommendations tracker"
    ws["A1"].font = Font(bold=True, size=14, color="C00000")
    ws["A2"] = ("HMICFRS thematic inspection – Standards of behaviour: the handling of misconduct in fire "
                "and rescue services (August 2024)")
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Recommendations tracker – report to Performance and Corporate Services Overview and "
                "Scrutiny Committee, 27 November 2025")
    ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    headers = ["Ref", "Action", "Lead", "Target date", "Revised date", "Previous RAG (Jun 2025)",
               "Current RAG (Nov 2025)", "Commentary"]
    for c, h in enumerate(headers, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("C00000")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ragfill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    ragstat = {"B": "blue", "G": "green", "A": "amber", "R": "red"}

    T1 = "Theme 1 – The culture in fire and rescue services"
    T2 = "Theme 2 – Raising concerns"
    T3 = "Theme 3 – Misconduct processes"
    data = [
        (T1, [
            ("Recommendation 1: By 1 February 2025, chief fire officers should, as a priority, make sure "
             "their staff are aware of, and follow the Core Code of Ethics. Services should build the "
             "code into all relevant policies and practices.", [
                ("1a", "Review all HR and operational policies so that each references the Core Code of "
                       "Ethics, prioritising the discipline, grievance and dignity at work policies.",
                 "Head of People", d(2025, 1, 31), None, "G", "B",
                 "41 of 43 policies updated; the remaining two withdrawn as superseded.",
                 ["Head of People"], "2025-01", None),
                ("1b", "Deliver Core Code of Ethics workshops to every wholetime watch and on-call station, "
                       "each led by a member of the Strategic Leadership Team.",
                 "Area Manager (Service Delivery) / Station Managers", d(2025, 3, 31), d(2025, 9, 30),
                 "A", "G", "Wholetime watches complete. 19 of 24 on-call stations visited; remainder "
                           "booked for drill nights in September.",
                 ["Area Manager (Service Delivery)", "Station Managers"], "2025-09", None),
            ]),
            ("Recommendation 2: By 1 February 2025, chief fire officers should make sure a policy for "
             "probationary staff is in place. This policy should make clear that services can immediately "
             "dismiss probationers who fail to meet the required standards of behaviour set out in the "
             "Core Code of Ethics and the Code of Ethics fire standard.", [
                ("2a", "Introduce a probationary policy for all new starters that includes a clear route to "
                       "dismissal for breaches of the Core Code of Ethics, agreed through the Joint "
                       "Consultative Committee.",
                 "HR Business Partner (OFRS)", d(2025, 1, 31), d(2025, 4, 30), "A", "B",
                 "Policy agreed at JCC on 9 April 2025 and published on the intranet.",
                 ["HR Business Partner (OFRS)"], "2025-04", None),
            ]),
            ("Recommendation 3: By 1 May 2025, chief fire officers should make sure their workforce plans "
             "allow staff to be moved from a wholetime watch to a different watch or station, within their "
             "contractual requirements, proactively and reactively as required.", [
                ("3a", "Amend the promotion and transfer procedure so that firefighters promoted to crew or "
                       "watch manager, including on temporary promotion of two months or more, are posted "
                       "to a different watch or station.",
                 "Head of Operational Resourcing", d(2025, 5, 1), "Mar-26", "A", "R",
                 "Consultation with representative bodies not concluded. Revised date agreed by SLT.",
                 ["Head of Operational Resourcing"], "2026-03", None),
                ("3b", "Model the impact of proactive watch moves on crewing levels and present options to "
                       "the Strategic Leadership Team.",
                 "Workforce Planning Manager", d(2025, 6, 30), None, "G", "G",
                 "Modelling complete; options paper scheduled for SLT in December.",
                 ["Workforce Planning Manager"], "2025-06", None),
            ]),
        ]),
        (T2, [
            ("Recommendation 4: By 1 February 2025, chief fire officers should make sure their services "
             "create or have access to an independent and confidential reporting line for staff to raise "
             "concerns.", [
                ("4a", "Procure an independent confidential reporting service, shared with Oxfordshire "
                       "County Council, and publicise it at every station.",
                 "Head of People", d(2025, 1, 31), None, "B", "B",
                 "Service live since 13 January 2025. Posters and cards issued to all stations.",
                 ["Head of People"], "2025-01", None),
                ("4b", "Report quarterly themes from the reporting line to the People Board without "
                       "identifying individuals.",
                 "Chief Fire Officer", "Quarterly from Q1 2025/26", None, "G", "G",
                 "Q1 and Q2 reports presented. Main theme is inappropriate language on watches.",
                 ["Chief Fire Officer"], None, "Quarterly from Q1 2025/26"),
            ]),
        ]),
        (T3, [
            ("Recommendation 5: By 1 June 2025, chief fire officers should make sure that staff who "
             "investigate misconduct are trained, accredited and given enough time to carry out "
             "investigations.", [
                ("5a", "Train a pool of twelve accredited investigators from uniformed and support staff, "
                       "with protected time written into their role profiles.",
                 "Professional Standards Manager", d(2025, 5, 31), d(2025, 10, 31), "A", "G",
                 "Ten investigators accredited; final two complete the course in October.",
                 ["Professional Standards Manager"], "2025-10", None),
                ("5b", "Introduce a case tracker with a monthly review of investigation timeliness by the "
                       "Deputy Chief Fire Officer.",
                 "Deputy Chief Fire Officer; Professional Standards Manager", d(2025, 6, 30), None, "R", "A",
                 "Tracker built in SharePoint. Three cases remain over the 90-day standard.",
                 ["Deputy Chief Fire Officer", "Professional Standards Manager"], "2025-06", None),
            ]),
        ]),
    ]
    expected_actions = []
    row = 6
    for theme, recs in data:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True, size=12, color="FFFFFF")
        ws.cell(row=row, column=1).fill = fill("7F7F7F")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for rec, actions in recs:
            c = ws.cell(row=row, column=1, value=rec)
            c.font = Font(italic=True, bold=True)
            c.fill = fill(GREY)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
            ws.row_dimensions[row].height = 45
            row += 1
            for (ref, text, lead_cell, tgt, rev, prev, cur, comm, lead, end, end_text) in actions:
                ws.cell(row=row, column=1, value=ref)
                ws.cell(row=row, column=2, value=text)
                ws.cell(row=row, column=3, value=lead_cell)
                c = ws.cell(row=row, column=4, value=tgt)
                if isinstance(tgt, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws.cell(row=row, column=5, value=rev)
                    if isinstance(rev, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for col, val in ((6, prev), (7, cur)):
                    c = ws.cell(row=row, column=col, value=val)
                    c.fill = fill(ragfill[val])
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    c.font = Font(bold=True, color="FFFFFF" if val in ("B", "R") else "000000")
                ws.cell(row=row, column=8, value=comm)
                for col in range(1, 9):
                    ws.cell(row=row, column=col).border = BOX
                    if col not in (6, 7):
                        ws.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
                expected_actions.append(act(ref, [theme, rec], text, lead, end, ragstat[cur], end_text))
                row += 1
    row += 1
    ws.cell(row=row, column=1, value=("RAG key: B = complete and evidence accepted by SLT; G = on track; "
                                      "A = at risk of missing target date; R = target date missed."))
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    row += 1
    ws.cell(row=row, column=1, value=("Note: recommendations 6 to 15 of the report are addressed to the Home "
                                      "Office, the NFCC and fire and rescue authorities and are monitored "
                                      "through the Fire Authority's governance tracker."))
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
    ws.freeze_panes = "A6"

    s = wb.create_sheet("Summary")
    s["A1"] = "Current RAG summary – November 2025"
    s["A1"].font = Font(bold=True, size=12)
    s.append([])
    s.append(["Status", "Actions"])
    for lab, n in [("B – Complete", 3), ("G – On track", 4), ("A – At risk", 1), ("R – Missed", 1)]:
        s.append([lab, n])
    s.append(["Total", 9])
    s.column_dimensions["A"].width = 20
    wb.save(out(name))

    exp = {
        "source": ("Imitates the progress trackers English fire and rescue services published against the 15 "
                   "recommendations of HMICFRS 'Standards of behaviour: the handling of misconduct in fire "
                   "and rescue services' (August 2024; https://hmicfrs.justiceinspectorates.gov.uk/"
                   "publication-html/standards-of-behaviour-handling-misconduct-in-frs/; e.g. Staffordshire "
                   "FRS and Humberside FRS progress pages), laid out as a scrutiny committee appendix: "
                   "title block, theme band rows, each recommendation as a grey full-width merged row above "
                   "its lettered actions, target and revised dates (one 'Mar-26' text, one 'Quarterly' "
                   "cell), previous and current RAG as letters on coloured fills, a RAG key and a note "
                   "below the table, and a Summary sheet. Recommendation text 1–3 follows the published "
                   "wording; 4–5 are written in its style."),
        "reads": ("A tracker of the service's actions against five HMICFRS recommendations in three themes; "
                  "each recommendation row is followed by actions 1a–5b with a lead, target/revised date and "
                  "previous and current RAG. The status is the current RAG (B = complete) and the revised "
                  "date is the end where given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Oxfordshire Fire and Rescue Service – Standards of behaviour recommendations tracker",
        "actions": expected_actions,
    }
    write_expected(name, exp)
    return name, len(expected_actions)


# ---------------------------------------------------------------------------
# 3. Swansea University ITE Partnership – Estyn post-inspection action plan (xlsx, sheet per R)
# ---------------------------------------------------------------------------
def build_swansea():
    name = "zri-swansea-university-ite-partnership-estyn-post-inspection-action-plan.xlsx"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Swansea University ITE Partnership – Post-inspection action plan (PIAP)"
    cov["A1"].font = Font(bold=True, size=16, color="002060")
    cov["A2"] = "Estyn inspection of initial teacher education, February 2025"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Approved by"),
          ("0.3", "14/04/2025", "Head of ITE", "Partnership Strategic Board (draft)"),
          ("1.0", "12/05/2025", "Head of ITE", "Partnership Strategic Board"),
          ("1.2", "20/10/2025", "Partnership Quality Lead", "Partnership Management Group")]
    for i, r in enumerate(dc, start=5):
        for j, v in enumerate(r, start=1):
            c = cov.cell(row=i, column=j, value=v)
            c.border = BOX
            if i == 5:
                c.font = Font(bold=True)
                c.fill = fill("DDEBF7")
    cov["A10"] = "Leads"
    cov["A10"].font = Font(bold=True)
    leads = [("CH", "Catrin Howells, Head of ITE"),
             ("OP", "Owen Pritchard, Lead Mentor Coordinator"),
             ("SJ", "Sian Jenkins, Programme Director (Secondary PGCE)"),
             ("ML", "Mared Lloyd, Programme Director (Primary PGCE)")]
    for i, (a, b) in enumerate(leads, start=11):
        cov.cell(row=i, column=1, value=a)
        cov.cell(row=i, column=2, value=b)
    cov["A16"] = "Status key"
    cov["A16"].font = Font(bold=True)
    for i, (word, meaning, col) in enumerate([("Blue", "Action complete", BLUE),
                                              ("Green", "On track", GREEN),
                                              ("Amber", "Behind schedule – mitigation in place", AMBER),
                                              ("Red", "Significantly behind schedule", RED)], start=17):
        cov.cell(row=i, column=1, value=word).fill = fill(col)
        cov.cell(row=i, column=2, value=meaning)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 50
    cov.column_dimensions["C"].width = 26
    cov.column_dimensions["D"].width = 36

    recs = [
        ("R1", "R1: Strengthen the quality assurance of university-based and school-based teaching and "
               "mentoring so that all student teachers receive consistently high-quality training", [
            ("R1.1", "Introduce a joint observation schedule in which university tutors and lead mentors "
                     "observe each other's sessions at least once a term.",
             "CH / OP", "Sept 2025", "July 2026", "Green", ["CH", "OP"], "2026-07", "green", None),
            ("R1.2", "Revise the mentor quality assurance framework so that every mentor receives a written "
                     "evaluation and development targets each year.",
             "OP", "May 2025", "Dec 2025", "Green", ["OP"], "2025-12", "green", None),
            ("R1.3", "Provide targeted support, including paired mentoring, for any placement school where "
                     "mentoring is judged less than effective.",
             "OP/SJ", "Sept 2025", "Ongoing", "Amber", ["OP", "SJ"], None, "amber", "Ongoing"),
        ]),
        ("R2", "R2: Improve the coherence between the university-based and school-based components of the "
               "programmes so that student teachers make stronger links between research, theory and "
               "practice", [
            ("R2.1", "Map every university-based session to a linked school-based task and publish the map "
                     "in the 2025-26 programme handbooks.",
             "CH", "Apr 2025", "Aug 2025", "Blue", ["CH"], "2025-08", "blue", None),
            ("R2.2", "Introduce 'theory into practice' seminars, led jointly by a tutor and a lead school "
                     "teacher, in each school-based training day.",
             "ML", "Oct 2025", "Mar 2026", None, ["ML"], "2026-03", "unrated", None),
        ]),
        ("R3", "R3: Develop student teachers' planning skills so that lessons have clear learning objectives "
               "and appropriate challenge for all pupils", [
            ("R3.1", "Redesign the planning module around a common lesson-planning framework used by tutors "
                     "and mentors.",
             "SJ", "Apr 2025", "Sept 2025", "Blue", ["SJ"], "2025-09", "blue", None),
            ("R3.2", "Audit a sample of student teachers' lesson plans each half term and feed back the "
                     "findings to the Partnership Management Group.",
             "Partnership Quality Lead", "Oct 2025", "Each half term", "Green",
             ["Partnership Quality Lead"], None, "green", "Each half term"),
        ]),
        ("R4", "R4: Refine self-evaluation and improvement planning across the partnership so that leaders "
               "respond quickly to issues raised by student teachers", [
            ("R4.1", "Introduce a 'you said, we did' log that is reviewed at every Partnership Management "
                     "Group meeting.",
             "CH", "Mar 2025", "June 2025", "Blue", ["CH"], "2025-06", "blue", None),
            ("R4.2", "Align the partnership self-evaluation report with the Estyn ITE framework and present "
                     "it annually to the Partnership Strategic Board.",
             "CH / Pro-Vice-Chancellor (Education)", "Sept 2025", "Nov 2025", "Amber",
             ["CH", "Pro-Vice-Chancellor (Education)"], "2025-11", "amber", None),
        ]),
    ]

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – October 2025"
    summ["A1"].font = Font(bold=True, size=12)
    summ.append([])
    summ.append(["Recommendation", "Actions", "Blue", "Green", "Amber", "Not yet started"])
    for c in summ[3]:
        c.font = Font(bold=True)
    summ.append(["R1", 3, 0, 2, 1, 0])
    summ.append(["R2", 2, 1, 0, 0, 1])
    summ.append(["R3", 2, 1, 1, 0, 0])
    summ.append(["R4", 2, 1, 0, 1, 0])
    summ.append(["Total", 9, 3, 3, 2, 1])
    summ.column_dimensions["A"].width = 18

    colours = {"Blue": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    expected_actions = []
    for sheetname, heading, actions in recs:
        ws = wb.create_sheet(sheetname)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color="002060")
        ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells("A1:H1")
        ws.row_dimensions[1].height = 36
        hdr = ["No.", "Action", "Lead(s)", "Start", "Completion date", "Success criteria",
               "Monitoring evidence", "Status (Oct 2025)"]
        for c, h in enumerate(hdr, 1):
            cell = ws.cell(row=3, column=c, value=h)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = fill("002060")
            cell.border = BOX
            cell.alignment = Alignment(wrap_text=True)
        crit = {
            "R1.1": ("All tutors and lead mentors observed at least once a term", "Observation log; PMG minutes"),
            "R1.2": ("100% of mentors have a written evaluation", "Mentor QA records"),
            "R1.3": ("No placement school judged less than effective for two consecutive terms",
                     "School partnership reviews"),
            "R2.1": ("Map published in both handbooks", "Programme handbooks 2025-26"),
            "R2.2": ("Seminar in every training day; student survey shows stronger links",
                     "Student evaluations"),
            "R3.1": ("Framework used in all placement schools", "Planning audit"),
            "R3.2": ("Most plans sampled have clear objectives and challenge", "Half-termly audit reports"),
            "R4.1": ("Log reviewed at each PMG; issues closed within four weeks", "PMG minutes"),
            "R4.2": ("SER approved by Strategic Board", "Board minutes"),
        }
        r = 4
        for (ref, text, lead_cell, start, end_cell, status_word, lead, end, status, end_text) in actions:
            vals = [ref, text, lead_cell, start, end_cell, crit[ref][0], crit[ref][1], status_word]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if status_word:
                ws.cell(row=r, column=8).fill = fill(colours[status_word])
            expected_actions.append(act(ref, [heading], text, lead, end, status, end_text))
            r += 1
        for i, w in enumerate([7, 55, 20, 11, 14, 34, 26, 14], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(out(name))

    exp = {
        "source": ("Imitates a Welsh ITE partnership's post-inspection action plan after an Estyn inspection "
                   "of initial teacher education (Estyn ITE inspections from 2022; themes of the "
                   "recommendations follow the weaknesses in Estyn's ITE sector reports, "
                   "https://annual-report.estyn.gov.wales/2023/initial-teacher-education/ and the 2024-25 "
                   "early insights). Layout copied from university PIAP workbooks: a Cover sheet with "
                   "document-control table, a legend of lead initials and a status key; a Summary sheet of "
                   "counts; then one sheet per recommendation (R1–R4) with the recommendation as a merged "
                   "heading and a table of actions with initials as leads, start and completion dates and a "
                   "colour-word status."),
        "reads": ("Four recommendation sheets, each headed by its recommendation, list nine actions R1.1–R4.2 "
                  "with leads (initials, one post), start and completion months and a status word "
                  "(Blue = complete). Cover and Summary sheets hold no actions; one action has no status yet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Swansea University ITE Partnership – Post-inspection action plan (PIAP)",
        "actions": expected_actions,
    }
    write_expected(name, exp)
    return name, len(expected_actions)


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


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    sec.page_width, sec.page_height = h, w
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))


# ---------------------------------------------------------------------------
# 4. Probation Service LLR PDU – HMI Probation inspection action plan (docx)
# ---------------------------------------------------------------------------
def build_llr():
    name = "zri-probation-service-leicester-leicestershire-and-rutland-pdu-hmip-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    t = doc.add_paragraph()
    r = t.add_run("Action Plan: Leicester, Leicestershire and Rutland PDU")
    r.bold = True
    r.font.size = Pt(18)
    for line in ["Action Plan Submitted: 18 March 2025",
                 "A Response to the HMI Probation Inspection: Leicester, Leicestershire and Rutland PDU",
                 "Report Published: 30 January 2025",
                 "Progress update: September 2025"]:
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_paragraph().add_run("INTRODUCTION").bold = True
    doc.add_paragraph(
        "HM Inspectorate of Probation is the independent inspector of youth offending and probation services "
        "in England and Wales. In response to the report, HMPPS/MoJ are required to draft a robust and timely "
        "action plan to address the recommendations. The action plan confirms whether recommendations are "
        "agreed, partly agreed or not agreed (see categorisations below). Where a recommendation is agreed or "
        "partly agreed, the action plan provides specific steps and actions to address these, with the owner "
        "and timescale of each step clearly identified. Progress against the action plan will be monitored "
        "by the East Midlands Regional Probation Director and reviewed by HM Inspectorate of Probation at the "
        "next inspection.")
    cat = doc.add_table(rows=4, cols=3)
    cat.style = "Table Grid"
    rows = [("Term", "Definition", "Additional comment"),
            ("Agreed", "All of the recommendation is agreed with, can be achieved and is affordable.",
             "The response should clearly explain how the recommendation will be achieved along with "
             "timescales. Actions should be specific enough to be tracked for progress."),
            ("Partly Agreed", "Only part of the recommendation is agreed with, is achievable, affordable and "
                              "will be implemented.",
             "The response must state clearly which part of the recommendation will be implemented along "
             "with SMART actions and tracked for progress."),
            ("Not Agreed", "The recommendation is not agreed with and will not be implemented.",
             "The response must clearly state the reasons why the recommendation has not been agreed.")]
    for i, rr in enumerate(rows):
        for j, v in enumerate(rr):
            set_cell(cat.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(cat.cell(i, j), "D9D9D9")
    doc.add_paragraph()
    doc.add_paragraph().add_run("ACTION PLAN").bold = True

    G1 = "Leicester, Leicestershire and Rutland PDU should:"
    G2 = "The East Midlands region should:"
    plan = [
        (G1, [
            ("1", "Improve the quality of work to assess, plan for, manage and review risk of harm, making "
                  "sure that domestic abuse and safeguarding information is obtained and analysed in all "
                  "relevant cases.", "Agreed",
             "Agreed. Risk of harm is the first priority of the PDU's local improvement plan.", [
                ("1.1", "Deliver mandatory risk of harm refresher workshops to all probation practitioners, "
                        "focusing on the analysis of domestic abuse and safeguarding information.",
                 "Head of PDU", "31/05/2025", "Complete", ["Head of PDU"], "2025-05", "blue", None),
                ("1.2", "Senior probation officers to audit two risk management plans per practitioner each "
                        "month, with findings reported to the PDU quality meeting.",
                 "Deputy Head of PDU / Senior Probation Officers", "Ongoing – monthly", "On track",
                 ["Deputy Head of PDU", "Senior Probation Officers"], None, "green", "Ongoing – monthly"),
                ("1.3", "Agree a protocol with Leicestershire Police and the three local authorities for the "
                        "timely return of domestic abuse and safeguarding checks.",
                 "Head of PDU", "September 2025", "On track", ["Head of PDU"], "2025-09", "green", None),
            ]),
            ("2", "Make sure that staff workloads are manageable, so that practitioners have the time to "
                  "deliver good-quality work.", "Partly Agreed",
             "Partly agreed. The PDU will manage workloads within the national workload measurement tool; "
             "recruitment is subject to the regional staffing plan.", [
                ("2.1", "Hold weekly allocation meetings chaired by a senior probation officer, using the "
                        "workload measurement tool to balance cases across teams.",
                 "Senior Probation Officer (Allocations)", "30/04/2025", "Complete",
                 ["Senior Probation Officer (Allocations)"], "2025-04", "blue", None),
                ("2.2", "Recruit to all vacant probation officer posts through the regional recruitment "
                        "campaign and induct the 2025 PQiP cohort.",
                 "Head of PDU; Regional Head of Workforce", "Q3 2025/26", "On track",
                 ["Head of PDU", "Regional Head of Workforce"], "2025-12", "green", "Q3 2025/26"),
            ]),
            ("3", "Increase the number of referrals to commissioned rehabilitative services and accredited "
                  "programmes.", "Agreed",
             "Agreed. Referral rates will be reported monthly to the PDU senior management team.", [
                ("3.1", "Introduce a monthly dashboard of referrals to commissioned rehabilitative services by "
                        "team and practitioner.",
                 "Performance and Quality Lead", "June 2025", "Complete",
                 ["Performance and Quality Lead"], "2025-06", "blue", None),
                ("3.2", "Hold quarterly provider showcase events so that practitioners understand the "
                        "services available in each locality.",
                 "Interventions Manager", "31/03/2026", "Not started",
                 ["Interventions Manager"], "2026-03", "unrated", None),
            ]),
        ]),
        (G2, [
            ("4", "Make sure that practitioners have access to sufficient approved premises and accommodation "
                  "services for people on probation released from custody.", "Agreed",
             "Agreed. Accommodation is a regional priority in the East Midlands business plan 2025/26.", [
                ("4.1", "Commission additional Community Accommodation Service Tier 3 (CAS3) bed spaces in "
                        "Leicester city.",
                 "Regional Head of Commissioning", "December 2025", "On track",
                 ["Regional Head of Commissioning"], "2025-12", "green", None),
                ("4.2", "Review the approved premises referral pathway and publish revised guidance for "
                        "practitioners.",
                 "Regional Head of Public Protection", "30/11/2025", "On track",
                 ["Regional Head of Public Protection"], "2025-11", "green", None),
            ]),
        ]),
    ]
    hdr = ["Rec No", "Recommendation", "Agreed/ Partly Agreed/ Not Agreed", "Response", "Action No",
           "Action Taken/Planned", "Responsible Owner", "Target Date", "Status"]
    n_rows = 1 + sum(1 + sum(len(a) for *_, a in recs) for _, recs in plan)
    tbl = doc.add_table(rows=n_rows, cols=len(hdr))
    tbl.style = "Table Grid"
    widths = [Cm(1.3), Cm(4.5), Cm(2.2), Cm(3.8), Cm(1.4), Cm(5.5), Cm(3.2), Cm(2.2), Cm(1.9)]
    for j, h in enumerate(hdr):
        set_cell(tbl.cell(0, j), h, bold=True, color="FFFFFF")
        shade(tbl.cell(0, j), "1F3864")
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
    expected_actions = []
    i = 1
    for group, recs in plan:
        m = tbl.cell(i, 0).merge(tbl.cell(i, len(hdr) - 1))
        set_cell(m, group, bold=True, size=10)
        shade(m, "D9E2F3")
        i += 1
        for recno, rec, agreed, resp, actions in recs:
            first = i
            for (ref, text, owner, target, status_word, lead, end, status, end_text) in actions:
                set_cell(tbl.cell(i, 4), ref)
                set_cell(tbl.cell(i, 5), text)
                set_cell(tbl.cell(i, 6), owner)
                set_cell(tbl.cell(i, 7), target)
                set_cell(tbl.cell(i, 8), status_word)
                expected_actions.append(act(ref, [group, rec], text, lead, end, status, end_text))
                i += 1
            last = i - 1
            for col, val in ((0, recno), (1, rec), (2, agreed), (3, resp)):
                cell = tbl.cell(first, col)
                if last > first:
                    cell = cell.merge(tbl.cell(last, col))
                set_cell(cell, val)
    doc.add_paragraph()
    doc.add_paragraph("Action plan owner: Head of Leicester, Leicestershire and Rutland PDU. "
                      "Status key: Complete / On track / Not started.")
    doc.save(out(name))

    exp = {
        "source": ("Imitates the HMPPS action plans published in response to HM Inspectorate of Probation "
                   "PDU inspections (template 'Action Plan Submitted / A Response to the HMI Probation "
                   "Inspection / Report Published', INTRODUCTION and the Agreed / Partly Agreed / Not Agreed "
                   "categorisation table, e.g. https://docsbay.net/action-plan-name-of-crc-or-nps-division), "
                   "for the Leicester, Leicestershire and Rutland PDU rated 'Inadequate' (HMI Probation news "
                   "https://hmiprobation.justiceinspectorates.gov.uk/news/considerable-challenges-remain-as-"
                   "leicester-leicestershire-and-rutland-pdu-rated-inadequate). Copied features: cover lines, "
                   "categorisation table (not the plan), one landscape plan table with full-width rows for "
                   "each addressee ('... PDU should:', 'The East Midlands region should:'), Rec No, "
                   "Recommendation, Agreed and Response cells merged vertically over numbered actions, job "
                   "titles as owners, mixed target dates (date, month, 'Q3 2025/26', 'Ongoing – monthly') "
                   "and a status column added for the progress update."),
        "reads": ("A probation delivery unit's response to four inspection recommendations, grouped under the "
                  "body each is addressed to. Each recommendation carries numbered actions 1.1–4.2 with a "
                  "responsible post, a target date and a status (Complete, On track, Not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Action Plan: Leicester, Leicestershire and Rutland PDU",
        "actions": expected_actions,
    }
    write_expected(name, exp)
    return name, len(expected_actions)


# ---------------------------------------------------------------------------
# 5. Bromsgrove School – ISI inspection action plan (docx, table per section)
# ---------------------------------------------------------------------------
def build_bromsgrove():
    name = "zri-bromsgrove-school-isi-inspection-action-plan.docx"
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_heading("Bromsgrove School – ISI Inspection Action Plan 2024–25", level=0)
    doc.add_paragraph("Routine inspection: 12–14 March 2024. Report published: 9 May 2024.")
    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Deputy Head (Academic)"),
                                ("Approved by", "Education Committee of the Board of Governors"),
                                ("Version", "3.0"),
                                ("Last reviewed", "24 February 2025"),
                                ("Next review", "June 2025")]):
        set_cell(dc.cell(i, 0), a, bold=True, size=10)
        shade(dc.cell(i, 0), "F2F2F2")
        set_cell(dc.cell(i, 1), b, size=10)
    doc.add_paragraph()
    doc.add_paragraph("RAG rating: B – completed; G – on track; A – some delay, action in hand; "
                      "R – not on track.")

    sections = [
        ("1. Leadership and management, and governance",
         "Leaders should ensure that self-evaluation in academic departments draws consistently on pupils' "
         "work and views, so that departmental development planning is sharply focused.", [
            ("L1", "Introduce a common departmental self-evaluation template, including work scrutiny and "
                   "pupil voice, for all senior school departments.",
             "Deputy Head (Academic)", "Michaelmas term 2024",
             "All departments submit a self-evaluation using the template",
             "Template in use in all 19 departments; reviewed at HoD meeting in December.", "B",
             ["Deputy Head (Academic)"], "2024-12", "blue", "Michaelmas term 2024"),
            ("L2", "Train heads of department in using work scrutiny evidence in development planning at the "
                   "September INSET.",
             "Director of Teaching and Learning", "September 2024",
             "Departmental plans cite work scrutiny findings", "Training delivered 3 September 2024.", "B",
             ["Director of Teaching and Learning"], "2024-09", "blue", None),
        ]),
        ("2. Quality of education, training and recreation",
         "Leaders should make sure that adaptive teaching for pupils who have special educational needs "
         "and/or disabilities (SEND) is consistently effective in the preparatory school.", [
            ("Q1", "Deliver a programme of adaptive teaching CPD for all preparatory school staff, led by the "
                   "SENDCo.",
             "Head of Preparatory School; SENDCo", "Summer term 2024",
             "All prep staff complete the programme", "Four sessions delivered; attendance 100%.", "B",
             ["Head of Preparatory School", "SENDCo"], "2024-07", "blue", "Summer term 2024"),
            ("Q2", "Introduce learning profiles for every pupil on the SEND register, shared with all teachers "
                   "through the school's MIS.",
             "SENDCo", "By October half term 2024",
             "Profiles in place for every pupil on the register",
             "Profiles in place for 85% of pupils; the rest to be completed by Easter.", "A",
             ["SENDCo"], "2024-10", "amber", "By October half term 2024"),
            ("Q3", "Carry out termly learning walks focused on adaptive teaching and report the findings to the "
                   "Education Committee.",
             "Deputy Head (Academic)", "Termly",
             "Learning walks show adaptive teaching in most lessons",
             "Autumn and spring walks completed; report to Education Committee in March.", "G",
             ["Deputy Head (Academic)"], None, "green", "Termly"),
        ]),
        ("3. Pupils' physical and mental health and emotional wellbeing",
         "Leaders should strengthen the oversight of boarding house logs so that patterns in pupils' "
         "wellbeing concerns are identified and acted on promptly.", [
            ("W1", "Move boarding house logs onto the school's safeguarding and wellbeing platform so that "
                   "concerns can be analysed across houses.",
             "Deputy Head (Pastoral)", "Jan 2025",
             "All houses record concerns on the platform", "All 11 boarding houses live from 6 January.", "B",
             ["Deputy Head (Pastoral)"], "2025-01", "blue", None),
            ("W2", "Review wellbeing trends with houseparents each half term and report them to the Pastoral "
                   "Committee.",
             "Head of Boarding", "From January 2025, half-termly",
             "Trends reported each half term with actions recorded",
             "First review held February 2025.", "G",
             ["Head of Boarding"], None, "green", "From January 2025, half-termly"),
        ]),
    ]
    ragfill = {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}
    hdr = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress (February 2025)", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(3.5), Cm(3.0), Cm(4.5), Cm(5.0), Cm(1.3)]
    expected_actions = []
    for heading, step, actions in sections:
        doc.add_heading(heading, level=1)
        lab = doc.add_paragraph()
        lab.add_run("Recommended next step").bold = True
        sp = doc.add_paragraph()
        sp.add_run(step).italic = True
        tbl = doc.add_table(rows=1 + len(actions), cols=len(hdr))
        tbl.style = "Table Grid"
        for j, h in enumerate(hdr):
            set_cell(tbl.cell(0, j), h, bold=True, size=9.5)
            shade(tbl.cell(0, j), "BDD7EE")
        for i, (ref, text, lead_cell, when, crit, prog, rag, lead, end, status, end_text) in \
                enumerate(actions, start=1):
            for j, v in enumerate([ref, text, lead_cell, when, crit, prog, rag]):
                set_cell(tbl.cell(i, j), v, size=9.5)
            shade(tbl.cell(i, 6), ragfill[rag])
            expected_actions.append(act(ref, [heading, step], text, lead, end, status, end_text))
        for row in tbl.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = w
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Education Committee "
                      "and summarised for the full Board in the Head's termly report.")
    doc.save(out(name))

    exp = {
        "source": ("Imitates an independent school's post-inspection action plan under the ISI framework "
                   "introduced in September 2023 (reports give recommended next steps per framework section; "
                   "https://www.isi.net/inspection-explained/inspection-framework/interactive-version/), "
                   "as a Word document for the governors' Education Committee: title, inspection dates, a "
                   "document-control table, a RAG key line, then for each ISI section a numbered heading, a "
                   "'Recommended next step' label with the next step in italics and its own action table "
                   "(Ref, Action, Lead, Timescale, Success criteria, Progress, RAG letter on a shaded cell). "
                   "Timescales use school terms (Michaelmas, Summer), 'By October half term', 'Termly'."),
        "reads": ("Three sections of the ISI framework, each with one recommended next step and a table of "
                  "actions (L1–L2, Q1–Q3, W1–W2) with a lead post, a timescale and a RAG letter. The "
                  "document-control table and the RAG key are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bromsgrove School – ISI Inspection Action Plan 2024–25",
        "actions": expected_actions,
    }
    write_expected(name, exp)
    return name, len(expected_actions)


# ---------------------------------------------------------------------------
# 6. Walney School – School Development Plan 2024-25 (csv, Google Sheets export)
# ---------------------------------------------------------------------------
def build_walney():
    name = "zri-walney-school-school-development-plan-2024-25.csv"
    ncol = 10
    P1 = "Priority 1: Quality of education – improve outcomes in mathematics at KS4"
    P2 = "Priority 2: Behaviour and attitudes – improve attendance and reduce persistent absence"
    P3 = "Priority 3: Personal development – strengthen careers education and the PSHE curriculum"
    P4 = "Priority 4: Leadership and management – reduce unnecessary staff workload"
    plan = [
        (P1, [
            ("1.1", "Introduce weekly retrieval quizzes in all KS4 maths lessons using a common bank of questions",
             "Head of Maths", "Autumn term 2024", "Quizzes seen in 100% of KS4 maths lessons on learning walks",
             "£500 software licence", "G", "C", ["Head of Maths"], "2024-12", "blue", "Autumn term 2024"),
            ("1.2", "Run targeted Year 11 intervention groups after school for students working below their "
                    "target grade",
             "Head of Maths/ Raising Standards Leader", "Nov 2024 – Mar 2025",
             "80% of intervention students reach target in March mocks", "Staff time (2 hrs/week)", "G", "G",
             ["Head of Maths", "Raising Standards Leader"], "2025-03", "green", "Nov 2024 – Mar 2025"),
            ("1.3", "Two maths teachers to complete the NCETM secondary mastery specialist programme",
             "Deputy Head (Curriculum)", "Summer term 2025", "Both teachers accredited; practice shared at INSET",
             "Funded by Maths Hub", "G", "A", ["Deputy Head (Curriculum)"], "2025-07", "amber",
             "Summer term 2025"),
        ]),
        (P2, [
            ("2.1", "Appoint an attendance officer and introduce first-day absence calls",
             "Business Manager", "Sept 2024", "Attendance officer in post; calls made for every absence",
             "£24,000 (salary)", "C", "C", ["Business Manager"], "2024-09", "blue", None),
            ("2.2", "Weekly attendance panel with Heads of Year.\nSupport plan agreed for every persistently "
                    "absent student.",
             "Assistant Head (Behaviour & Attendance)", "Weekly", "Persistent absence below 20% by July 2025",
             "Staff time", "A", "G", ["Assistant Head (Behaviour & Attendance)"], None, "green", "Weekly"),
            ("2.3", "Launch a rewards scheme for students with 96% or higher attendance each half term",
             "Heads of Year", "Spring term 2025", "Whole-school attendance 93% or higher",
             "£1,200 rewards budget", "", "G", ["Heads of Year"], "2025-04", "green", "Spring term 2025"),
        ]),
        (P3, [
            ("3.1", "Map the PSHE curriculum against the statutory RSHE guidance and fill the gaps identified",
             "PSHE Lead", "Dec 2024", "Curriculum map complete with no gaps", "None", "G", "C",
             ["PSHE Lead"], "2024-12", "blue", None),
            ("3.2", "Every Year 10 student to complete a week of work experience",
             "Careers Lead", "June 2025", "100% of Year 10 placed; Gatsby benchmark 6 met",
             "Insurance checks £300", "G", "A", ["Careers Lead"], "2025-06", "amber", None),
        ]),
        (P4, [
            ("4.1", "Review the marking and feedback policy with a staff working party and publish a revised "
                    "policy",
             "Headteacher", "Autumn term 2024", "Revised policy published; workload survey shows improvement",
             "None", "C", "C", ["Headteacher"], "2024-12", "blue", "Autumn term 2024"),
            ("4.2", "Staff wellbeing survey twice a year, with the resulting actions reported to governors",
             "Deputy Head (Pastoral); HR Manager", "Jan 2025 and Jun 2025",
             "Response rate above 70%; actions reported to LGC", "Survey platform (free)", "", "G",
             ["Deputy Head (Pastoral)", "HR Manager"], "2025-06", "green", "Jan 2025 and Jun 2025"),
        ]),
    ]
    rows = []

    def line(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        rows.append(cells)

    line("Walney School – School Development Plan 2024-25")
    line("Approved by the Local Governing Committee: 17 October 2024")
    line()
    line("Review key: G = on track; A = some concerns; R = not on track; C = completed")
    line()
    line("Priority", "Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Cost / resources",
         "Autumn review", "Spring review", "Summer review")
    expected_actions = []
    for prio, actions in plan:
        line(prio)
        for (ref, text, lead_cell, when, crit, cost, aut, spr, lead, end, status, end_text) in actions:
            line("", ref, text, lead_cell, when, crit, cost, aut, spr, "")
            expected_actions.append(act(ref, [prio], text, lead, end, status, end_text))
        line()
    line("Spring review summary: C = 4; G = 4; A = 2; R = 0")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())

    exp = {
        "source": ("Imitates a secondary school's one-page-per-priority School Development Plan kept in Google "
                   "Sheets and downloaded as CSV (a common way schools share SDPs with governors): title and "
                   "approval lines, a review key, a header row, priority rows in the first column with the "
                   "numbered actions beneath them, leads as posts, timescales as school terms, a span "
                   "('Nov 2024 – Mar 2025'), 'Weekly' and two dates, and one RAG column per termly review "
                   "(Autumn, Spring filled; Summer still empty), ending with a summary line."),
        "reads": ("Four priorities each with numbered actions 1.1–4.2, their leads and timescales and a termly "
                  "review letter. The status is the latest review (Spring; C = completed is blue); terms "
                  "end in their last month (Spring term 2025 in April 2025, when the Easter holiday starts)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": "Walney School – School Development Plan 2024-25",
        "actions": expected_actions,
    }
    write_expected(name, exp)
    return name, len(expected_actions)


# ---------------------------------------------------------------------------
# 7. Humberside Police – HMICFRS NCPI action plan, tab-separated export (refuse: 0ct-25)
# ---------------------------------------------------------------------------
def build_humberside():
    name = "zri-humberside-police-hmicfrs-ncpi-child-protection-action-plan-typo-month-refuse.txt"
    R1 = ("Within six months, Humberside Police should improve the quality of its initial risk assessments "
          "for children, so that officers consistently record the voice of the child.")
    R2 = ("Within six months, Humberside Police should make sure that children who are taken into police "
          "protection are recorded accurately and that the designated officer role is carried out.")
    R3 = ("Within twelve months, Humberside Police should make sure it has enough trained investigators "
          "in its child abuse investigation teams to manage demand.")
    lines = [
        "Humberside Police – HMICFRS National Child Protection Inspection: post-inspection action plan",
        "Exported from Force Inspection Tracker 03/11/2025 09:14 by Strategic Development Unit",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Action owner", "Due", "Revised due", "Status",
                   "Latest update"]),
        "\t".join(["R1.1", R1, "Refresh vulnerability and voice of the child training for all response "
                   "and neighbourhood officers", "Ch Insp Learning and Development", "Mar-25", "", "Complete",
                   "Training delivered to 1,412 officers (96%)."]),
        "\t".join(["R1.2", R1, "Add a mandatory voice of the child field to the child concern form on Niche",
                   "Head of Public Protection", "Apr-25", "Jul-25", "Complete",
                   "Niche change released 14/07/2025."]),
        "\t".join(["R1.3", R1, "Monthly dip sample of 50 child concern forms by the Public Protection "
                   "Unit quality team", "DI Safeguarding Hub", "Monthly", "", "On track",
                   "Compliance 88% in September."]),
        "\t".join(["R2.1", R2, "Issue revised police protection procedure and briefing for duty inspectors",
                   "Supt Public Protection", "May-25", "", "Complete", "Procedure published 28/05/2025."]),
        "\t".join(["R2.2", R2, "Audit all police protection records since January 2025 and correct "
                   "errors on PNC and Niche", "DI Safeguarding Hub", "Jun-25", "0ct-25", "Off track",
                   "Audit 70% complete; delayed by hub vacancies."]),
        "\t".join(["R3.1", R3, "Complete a demand and capacity review of child abuse investigation teams",
                   "Head of Crime", "Sep-25", "", "On track", "Review draft with Chief Officer Group."]),
        "\t".join(["R3.2", R3, "Recruit and train 12 additional detective constables through the PIP2 "
                   "programme", "Head of Crime / Ch Insp Learning and Development", "Mar-26", "", "On track",
                   "First cohort of six started October 2025."]),
        "",
        "7 records",
    ]
    refuse_line = next(i for i, l in enumerate(lines, start=1) if "\t0ct-25\t" in l)
    with open(out(name), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines) + "\n")

    exp = {
        "source": ("Imitates a police force's post-inspection action plan for an HMICFRS National Child "
                   "Protection Inspection, exported as tab-separated text from a force inspection tracker "
                   "(the tracker holds recommendations and actions in one row each, as HMICFRS monitoring "
                   "portal returns do): title line, export stamp, header, one row per action repeating the "
                   "recommendation text, due and revised due as Mon-yy, status and latest update, and a record "
                   "count."),
        "reads": ("Seven actions against three HMICFRS recommendations, with owners, due and revised due "
                  "months and statuses. The revised due date of R2.2 reads '0ct-25' (a zero for the letter O), "
                  "so a careful reader stops and asks before reading the dates."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Humberside Police – HMICFRS National Child Protection Inspection: post-inspection action plan",
    }
    write_expected(name, exp)
    return name, 7


if __name__ == "__main__":
    built = [build_bedford(), build_oxfordshire(), build_swansea(), build_llr(), build_bromsgrove(),
             build_walney(), build_humberside()]
    for n, k in built:
        print(f"{n}: {k} actions")
