#!/usr/bin/env python
"""Build the seven tg- cases of set heldout502 (data files and their .expected.yaml).

Run with /work/main/.venv/bin/python (openpyxl, python-docx, pyyaml).
Only files starting with tg- are written; nothing else in the folder is touched.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
YELLOW, GREY, HEAD = "FFFF00", "D9D9D9", "1F3864"
FILL = {"red": RED, "amber": AMBER, "green": GREEN, "blue": BLUE}

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    assert name.startswith("tg-")
    return os.path.join(HERE, name)


def fill(hexcode):
    return PatternFill("solid", start_color="FF" + hexcode, end_color="FF" + hexcode)


def d(y, m, day):
    return dt.datetime(y, m, day)


def write_yaml(name, meta, actions=None):
    doc = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title"):
        if k in meta:
            doc[k] = meta[k]
    if actions is not None:
        doc["actions"] = []
        for a in actions:
            e = {"ref": a["ref"], "under": a["under"], "action": a["action"],
                 "lead": a["lead"], "end": a["end"]}
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            e["status"] = a["status"]
            doc["actions"].append(e)
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000,
                       default_flow_style=False)


def style_header(ws, row, ncols, color=HEAD):
    for c in range(1, ncols + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(color)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ---------------------------------------------------------------------------
# 1. South Eastern HSCT - RQIA Ulster Hospital ED unannounced inspection QIP (xlsx)
# ---------------------------------------------------------------------------
def case_sehsct():
    name = "tg-south-eastern-hsct-rqia-ulster-hospital-ed-unannounced-inspection-qip.xlsx"
    title = "RQIA Quality Improvement Plan – Ulster Hospital Emergency Department"
    domains = [
        ("Domain 1: Is care safe?", [
            ("1", "The Trust should ensure that patients who are boarded in the ED corridor receive timely comfort rounding, with regular repositioning, nutrition and hydration, and that this is clearly documented.",
             "Quality Standards for Health and Social Care (2006) – Standard 5", [
                 dict(ref="1.1", action="Introduce a standardised corridor care comfort round checklist (hourly for patients aged 75 and over; two-hourly for all others) and embed it within the electronic nursing record.",
                      leadcell="Lead Nurse ED / Practice Development Sister", lead=["Lead Nurse ED", "Practice Development Sister"],
                      orig=d(2024, 7, 31), rev=None, end="2024-07",
                      upd="Checklist live on Encompass from 22 July 2024. Weekly compliance audit averaging 87%.", prev="green", status="blue"),
                 dict(ref="1.2", action="Undertake a weekly documentation audit of comfort rounding for boarded patients and report compliance monthly to the ED Governance meeting.",
                      leadcell="Nurse Manager ED", lead=["Nurse Manager ED"],
                      orig="Ongoing", rev=None, end=None, end_text="Ongoing",
                      upd="Audit embedded; August compliance 84%, September 89%.", prev="green", status="green"),
                 dict(ref="1.3", action="Review the provision of meals and fluids for patients with a length of stay over 12 hours in ED, with Catering and Patient Experience teams.",
                      leadcell="Head of Service ED; Catering Manager", lead=["Head of Service ED", "Catering Manager"],
                      orig=d(2024, 8, 31), rev=d(2024, 11, 30), end="2024-11",
                      upd="Night-time hot food offer agreed in principle; costings with Finance. Revised date agreed at ED Governance meeting.", prev="amber", status="amber"),
             ]),
            ("2", "The Trust should ensure that medicines requiring refrigeration are stored within the recommended temperature range and that daily fridge temperature checks are recorded and acted upon.",
             "Standard 5; Medicines Management", [
                 dict(ref="2.1", action="Install continuous remote temperature monitoring on all four ED medicine fridges, with alarms routed to the Nurse in Charge.",
                      leadcell="Lead Pharmacist (Acute) & Estates Manager", lead=["Lead Pharmacist (Acute)", "Estates Manager"],
                      orig=d(2024, 9, 30), rev=d(2024, 12, 31), end="2024-12",
                      upd="Procurement delayed; supplier now confirmed and installation scheduled for December 2024.", prev="amber", status="amber"),
                 dict(ref="2.2", action="Reissue the fridge temperature escalation guidance and include it in the daily safety brief for four weeks.",
                      leadcell="Ward Sister ED (Majors)", lead=["Ward Sister ED (Majors)"],
                      orig=d(2024, 6, 30), rev=None, end="2024-06",
                      upd="Completed 28 June 2024. Safety brief records retained.", prev="green", status="blue"),
             ]),
        ]),
        ("Domain 2: Is care effective?", [
            ("3", "The Trust should ensure that the sepsis six bundle is commenced within one hour for patients who trigger on the NEWS2 sepsis screening tool.",
             "Standard 5; NICE NG51", [
                 dict(ref="3.1", action="Deliver sepsis recognition and escalation training to all ED registered nurses and junior medical staff, with compliance monitored through the Trust’s learning system.",
                      leadcell="Clinical Director ED / Sepsis Nurse Specialist", lead=["Clinical Director ED", "Sepsis Nurse Specialist"],
                      orig=d(2024, 10, 31), rev=d(2025, 3, 31), end="2025-03",
                      upd="Training compliance 58% (nursing) and 41% (medical) against a 90% target; rota pressures have limited release of staff.", prev="amber", status="red"),
                 dict(ref="3.2", action="Complete a monthly sepsis audit of 20 patient records and present findings at the Unscheduled Care Quality Improvement Group.",
                      leadcell="Sepsis Nurse Specialist", lead=["Sepsis Nurse Specialist"],
                      orig="Monthly from July 2024", rev=None, end=None, end_text="Monthly from July 2024",
                      upd="Audits completed for July, August and September. Bundle within one hour: 62%, 66%, 71%.", prev="green", status="green"),
             ]),
        ]),
        ("Domain 3: Is the service well led?", [
            ("4", "The Trust should ensure that the ED risk register accurately reflects the risks associated with overcrowding and extended lengths of stay, and that mitigations are reviewed regularly.",
             "Standard 1; Standard 4", [
                 dict(ref="4.1", action="Review and update the ED risk register entries for overcrowding, corridor care and ambulance handover delays, with named risk owners.",
                      leadcell="Assistant Director Unscheduled Care", lead=["Assistant Director Unscheduled Care"],
                      orig=d(2024, 8, 31), rev=None, end="2024-08",
                      upd="Risk register updated and approved at Directorate Governance on 20 August 2024.", prev="amber", status="blue"),
                 dict(ref="4.2", action="Establish a monthly ED risk and governance meeting, chaired by the Divisional Director, with minutes and an action log.",
                      leadcell="Divisional Director (Medicine & Unscheduled Care)", lead=["Divisional Director (Medicine & Unscheduled Care)"],
                      orig=d(2024, 7, 31), rev=d(2024, 10, 31), end="2024-10",
                      upd="First meeting held 12 September 2024; terms of reference to be ratified in October.", prev="amber", status="green"),
             ]),
        ]),
    ]

    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [26, 60, 22, 34])
    cov["A1"] = "South Eastern Health and Social Care Trust"
    cov["A1"].font = Font(bold=True, size=14, color=HEAD)
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = "Unannounced inspection 14 – 16 May 2024  |  RQIA report published 22 August 2024"
    cov["A5"] = "Progress report to the Safety, Quality and Experience Committee – position as at 30 September 2024"
    cov["A5"].font = Font(italic=True)
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    for i, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        cov.cell(row=8, column=i, value=h)
    style_header(cov, 8, 4)
    dc = [("0.1", "05/09/2024", "Governance Manager, Unscheduled Care", "Initial draft for ED Governance"),
          ("1.0", "30/09/2024", "Assistant Director Unscheduled Care", "Approved for SQE Committee")]
    for r, row in enumerate(dc, start=9):
        for c, v in enumerate(row, start=1):
            cov.cell(row=r, column=c, value=v).border = BOX
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [(RED, "Significant risk to delivery – escalation required"),
           (AMBER, "Some delay – mitigation in place"),
           (GREEN, "On track to deliver by target date"),
           (BLUE, "Complete – evidence submitted")]
    for r, (col, txt) in enumerate(key, start=13):
        cov.cell(row=r, column=1).fill = fill(col)
        cov.cell(row=r, column=1).border = BOX
        cov.cell(row=r, column=2, value=txt).border = BOX
    cov["A18"] = "Summary of current RAG status"
    cov["A18"].font = Font(bold=True)
    counts = {}
    for _, afis in domains:
        for _, _, _, acts in afis:
            for a in acts:
                counts[a["status"]] = counts.get(a["status"], 0) + 1
    summ = [("Blue", counts.get("blue", 0)), ("Green", counts.get("green", 0)),
            ("Amber", counts.get("amber", 0)), ("Red", counts.get("red", 0))]
    r = 19
    for lab, n in summ:
        cov.cell(row=r, column=1, value=lab).border = BOX
        cov.cell(row=r, column=2, value=n).border = BOX
        r += 1
    cov.cell(row=r, column=1, value="Total").font = Font(bold=True)
    cov.cell(row=r, column=2, value=sum(n for _, n in summ)).font = Font(bold=True)

    ws = wb.create_sheet("QIP")
    widths(ws, [8, 42, 22, 9, 50, 26, 13, 13, 44, 12, 12])
    ws.merge_cells("A1:K1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:K2")
    ws["A2"] = ("Areas for improvement are reproduced as stated in the RQIA report. Trust actions and leads as "
                "agreed with RQIA on 12 September 2024.")
    ws["A2"].font = Font(italic=True)
    hdr = ["AFI No.", "Area for improvement", "Standard", "Action No.", "Action to be taken", "Lead(s)",
           "Original target date", "Revised target date", "Progress update – September 2024",
           "Previous RAG (July 2024)", "Current RAG (Sept 2024)"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, 11)
    ws.freeze_panes = "A5"
    row = 5
    expected = []
    for dom, afis in domains:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
        ws.cell(row=row, column=1, value=dom).font = Font(bold=True)
        ws.cell(row=row, column=1).fill = fill(GREY)
        row += 1
        for afi_no, afi, std, acts in afis:
            first = row
            for a in acts:
                ws.cell(row=row, column=4, value=a["ref"])
                ws.cell(row=row, column=5, value=a["action"])
                ws.cell(row=row, column=6, value=a["leadcell"])
                for col, v in ((7, a["orig"]), (8, a["rev"])):
                    cell = ws.cell(row=row, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                ws.cell(row=row, column=9, value=a["upd"])
                ws.cell(row=row, column=10).fill = fill(FILL[a["prev"]])
                ws.cell(row=row, column=11).fill = fill(FILL[a["status"]])
                for c in range(1, 12):
                    ws.cell(row=row, column=c).border = BOX
                    ws.cell(row=row, column=c).alignment = WRAP
                e = dict(ref=a["ref"], under=[dom, afi], action=a["action"], lead=a["lead"],
                         end=a["end"], status=a["status"])
                if "end_text" in a:
                    e["end_text"] = a["end_text"]
                expected.append(e)
                row += 1
            ws.cell(row=first, column=1, value=afi_no)
            ws.cell(row=first, column=2, value=afi)
            ws.cell(row=first, column=3, value=std)
            if row - 1 > first:
                for c in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=c, end_row=row - 1, end_column=c)
            for c in (1, 2, 3):
                ws.cell(row=first, column=c).alignment = WRAP
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=11)
    ws.cell(row=row, column=1, value=("Note: Blue-rated actions will be closed on the QIP following validation of "
                                      "evidence by the Trust Governance team and confirmation to RQIA."))
    ws.cell(row=row, column=1).font = Font(italic=True)
    wb.save(out(name))

    meta = dict(
        source=("Imitates the quality improvement plan (QIP) a Northern Ireland HSC trust returns to RQIA after an "
                "unannounced emergency department inspection (cf. RQIA's 2023 Royal Victoria Hospital ED inspection "
                "with a Belfast Trust QIP), as tracked in a trust committee paper: cover sheet with document control, "
                "fill-only RAG key and a current-RAG totals block; QIP sheet with domain rows ('Is care safe?' ...), "
                "RQIA area for improvement, AFI number and standard merged down over the trust's numbered actions, "
                "several leads in one cell, original and revised target dates as real dates or words, and previous "
                "and current RAG shown only by cell fill. Made up for this test; South Eastern HSCT / Ulster Hospital "
                "ED, 2024."),
        reads=("A two-sheet workbook: a cover with document control, a colour RAG key and a summary of current RAG "
               "counts, then the QIP sheet with 9 numbered trust actions under four RQIA areas for improvement "
               "grouped in three domains. Status is the colour of the Current RAG cell; the end is the revised "
               "target date where one is given, otherwise the original."),
        outcome="read", accept_refusal=False, title=title)
    write_yaml(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 2. Powys THB - HIW Bronllys Hospital inspection improvement plan tracker (xlsx)
# ---------------------------------------------------------------------------
def case_powys():
    name = "tg-powys-thb-hiw-bronllys-hospital-inspection-improvement-plan.xlsx"
    title = "HIW Improvement Plan – Bronllys Hospital (Felindre Ward)"
    STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER, "Off track": RED}
    STATUS_RAG = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Off track": "red"}
    sections = [
        ("Quality of the patient experience", [
            ("1", "The health board must ensure that patients’ dignity is maintained at all times, including ensuring that bay curtains are fully drawn during personal care.",
             "Health and Care Quality Standards 2023 – Person centred", [
                 dict(ref="1.1", action="Reminder issued to all Felindre Ward staff via safety huddle and ward meeting on maintaining privacy and dignity during personal care.",
                      leadcell="Ward Manager, Felindre Ward", lead=["Ward Manager, Felindre Ward"],
                      when="Immediate", end=None, end_text="Immediate", st="Complete",
                      upd="Reminder issued 23 February 2024; discussed at ward meeting 6 March 2024."),
                 dict(ref="1.2", action="Monthly dignity spot checks to be added to the ward’s Tendable audit schedule, with results reviewed at the Community Hospitals Quality Group.",
                      leadcell="Senior Nurse – Community Hospitals", lead=["Senior Nurse – Community Hospitals"],
                      when="30 April 2024", end="2024-04", st="Complete",
                      upd="Audit live from April 2024. April and May results 100%."),
             ]),
            ("2", "The health board should ensure that information on how to raise a concern under Putting Things Right is displayed bilingually on the ward.",
             "Health and Care Quality Standards 2023 – Person centred; Welsh Language Standards", [
                 dict(ref="2.1", action="Bilingual Putting Things Right posters and leaflets to be displayed at the ward entrance and in the day room, and stocked in patient information packs.",
                      leadcell="Patient Experience Lead", lead=["Patient Experience Lead"],
                      when="End of May 2024", end="2024-05", st="Complete",
                      upd="Posters and leaflets in place; checked by Patient Experience team on 29 May 2024."),
             ]),
        ]),
        ("Delivery of safe and effective care", [
            ("3", "The health board must ensure that the resuscitation trolley is checked daily and that checks are fully documented.",
             "Health and Care Quality Standards 2023 – Safe", [
                 dict(ref="3.1", action="Daily resuscitation trolley check added to the nurse in charge shift checklist; weekly audit of completion by the Ward Manager.",
                      leadcell="Ward Manager, Felindre Ward / Resuscitation Officer", lead=["Ward Manager, Felindre Ward", "Resuscitation Officer"],
                      when="Immediate and ongoing", end=None, end_text="Immediate and ongoing", st="On track",
                      upd="Checks 100% completed since March 2024. Weekly audit continuing."),
             ]),
            ("4", "The health board must ensure that all staff are up to date with mandatory training, in particular Basic Life Support, Safeguarding Level 3 and Mental Capacity Act training.",
             "Health and Care Quality Standards 2023 – Workforce", [
                 dict(ref="4.1", action="Ward training compliance trajectory agreed, with protected time allocated on the roster for staff who are non-compliant.",
                      leadcell="Head of Nursing – Community Services", lead=["Head of Nursing – Community Services"],
                      when="Q2 2024/25", end="2024-09", st="Delayed",
                      upd="Compliance improved from 68% to 79%. Sickness absence has reduced the protected time available."),
                 dict(ref="4.2", action="Additional face-to-face Basic Life Support sessions to be delivered on site at Bronllys by the Resuscitation Team.",
                      leadcell="Resuscitation Officer", lead=["Resuscitation Officer"],
                      when="31 July 2024", end="2024-07", st="On track",
                      upd="Two sessions held in May; further two booked for July."),
             ]),
        ]),
        ("Quality of management and leadership", [
            ("5", "The health board must ensure that there are sufficient registered nurses on each shift to meet the acuity of patients, in line with the Nurse Staffing Levels (Wales) Act 2016.",
             "Health and Care Quality Standards 2023 – Workforce; Nurse Staffing Levels (Wales) Act 2016", [
                 dict(ref="5.1", action="Recruitment campaign for two Band 5 registered nurse vacancies, including overseas recruitment through the health board’s international nurse programme.",
                      leadcell="Head of Nursing – Community Services / Workforce Business Partner", lead=["Head of Nursing – Community Services", "Workforce Business Partner"],
                      when="October 2024", end="2024-10", st="Off track",
                      upd="No suitable applicants from two adverts. International recruits not expected before early 2025. Escalated to the Director of Nursing and Midwifery."),
                 dict(ref="5.2", action="Bi-annual acuity audit to be completed and the nurse staffing level recalculated and reported to the Board.",
                      leadcell="Assistant Director of Nursing", lead=["Assistant Director of Nursing"],
                      when="By 30 September 2024", end="2024-09", st="On track",
                      upd="June acuity audit completed; recalculation in progress."),
             ]),
            ("6", "The health board should ensure that ward staff receive feedback and learning from incidents reported on Datix Cymru.",
             "Health and Care Quality Standards 2023 – Learning, improvement and research", [
                 dict(ref="6.1", action="Learning from incidents to be a standing item on the monthly ward meeting agenda, with a 'Learning from Events' bulletin shared with all staff.",
                      leadcell="Ward Manager, Felindre Ward", lead=["Ward Manager, Felindre Ward"],
                      when="June 2024", end="2024-06", st="Delayed",
                      upd="Standing agenda item in place. First bulletin delayed to July 2024."),
             ]),
        ]),
    ]
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    widths(sm, [34, 70])
    sm["A1"] = "Powys Teaching Health Board"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = title
    sm["A2"].font = Font(bold=True, size=13)
    sm["A3"] = "Healthcare Inspectorate Wales unannounced hospital inspection, 20–22 February 2024"
    sm["A5"] = "Status"
    sm["B5"] = "Number of actions"
    style_header(sm, 5, 2)
    counts = {}
    for _, imps in sections:
        for _, _, _, acts in imps:
            for a in acts:
                counts[a["st"]] = counts.get(a["st"], 0) + 1
    r = 6
    for st in ("Complete", "On track", "Delayed", "Off track"):
        sm.cell(row=r, column=1, value=st).fill = fill(STATUS_FILL[st])
        sm.cell(row=r, column=2, value=counts.get(st, 0))
        r += 1
    sm.cell(row=r, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=r, column=2, value=sum(counts.values())).font = Font(bold=True)
    sm["A13"] = "Status key"
    sm["A13"].font = Font(bold=True)
    keyrows = [("Complete", "Action delivered and evidence held (Blue)"),
               ("On track", "Progressing to timescale (Green)"),
               ("Delayed", "Timescale at risk, mitigation agreed (Amber)"),
               ("Off track", "Timescale missed, escalated to Executive lead (Red)")]
    for i, (k, v) in enumerate(keyrows, start=14):
        sm.cell(row=i, column=1, value=k).fill = fill(STATUS_FILL[k])
        sm.cell(row=i, column=2, value=v)
    sm["A19"] = "Executive lead: Director of Nursing and Midwifery"
    sm["A20"] = "Reported to: Patient Experience, Quality and Safety Committee, 2 July 2024"

    ws = wb.create_sheet("Improvement Plan")
    widths(ws, [7, 70, 34, 34, 18, 12, 50])
    ws.merge_cells("A1:G1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:G2")
    ws["A2"] = "Service: Powys Teaching Health Board  |  Date of inspection: 20–22 February 2024  |  Date of update: 14 June 2024"
    hdr = ["Ref", "Improvement needed / Service action", "Standard / Regulation", "Responsible officer",
           "Timescale", "Status", "Progress update (June 2024)"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, 7)
    row = 5
    expected = []
    for sec, imps in sections:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        ws.cell(row=row, column=1, value=sec).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=row, column=1).fill = fill("2E75B6")
        row += 1
        for no, imp, std, acts in imps:
            ws.cell(row=row, column=1, value=no).font = Font(bold=True)
            ws.cell(row=row, column=2, value=imp).font = Font(bold=True)
            ws.cell(row=row, column=3, value=std)
            for c in range(1, 8):
                ws.cell(row=row, column=c).fill = fill("DDEBF7")
                ws.cell(row=row, column=c).border = BOX
                ws.cell(row=row, column=c).alignment = WRAP
            row += 1
            for a in acts:
                vals = [a["ref"], a["action"], None, a["leadcell"], a["when"], a["st"], a["upd"]]
                for c, v in enumerate(vals, start=1):
                    cell = ws.cell(row=row, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                ws.cell(row=row, column=6).fill = fill(STATUS_FILL[a["st"]])
                e = dict(ref=a["ref"], under=[sec, imp], action=a["action"], lead=a["lead"],
                         end=a["end"], status=STATUS_RAG[a["st"]])
                if "end_text" in a:
                    e["end_text"] = a["end_text"]
                expected.append(e)
                row += 1
    wb.save(out(name))
    meta = dict(
        source=("Imitates the HIW improvement plan that a Welsh health board returns after an unannounced hospital "
                "inspection (HIW report appendix: 'Improvement needed | Standard/Regulation | Service action | "
                "Responsible officer | Timescale', grouped under HIW's three themes), turned into the health board's "
                "own progress tracker for its quality committee: summary sheet with status counts and a worded status "
                "key that names each status's colour, then one sheet where each HIW improvement needed sits on its "
                "own shaded numbered row above the numbered service actions. Made up for this test; Powys Teaching "
                "Health Board, Bronllys Hospital, 2024."),
        reads=("A summary sheet (counts by status and a status key: Complete = blue, On track = green, Delayed = "
               "amber, Off track = red) and the improvement plan sheet with 9 numbered service actions, each under "
               "an HIW theme and the improvement needed written on the row above. Timescales are a mix of dates, a "
               "financial quarter and words such as Immediate."),
        outcome="read", accept_refusal=False, title=title)
    write_yaml(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 3. East Ayrshire IJB - strategic risk register 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def case_eastayrshire():
    name = "tg-east-ayrshire-ijb-strategic-risk-register-2025-26.xlsx"
    title = "East Ayrshire Integration Joint Board – Strategic Risk Register 2025/26"
    RAGMAP = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    RAGFILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE}
    risks = [
        dict(head="SR01: Financial sustainability",
             desc="There is a risk that the IJB cannot deliver a balanced budget in 2025/26 due to rising demand, pay and prescribing cost pressures and the level of savings required, resulting in service reductions and unplanned use of reserves.",
             owner="Chief Finance Officer",
             controls="Medium Term Financial Plan 2025-30; monthly budget monitoring to the IJB; savings programme overseen by the Financial Recovery Board.",
             score=("4 x 4 = 16", AMBER), target=("3 x 3 = 9", YELLOW), trend="↔",
             acts=[
                 dict(ref="SR01.1", action="Deliver the 2025/26 savings programme of £6.2m, with monthly progress reporting to the Financial Recovery Board.",
                      ownercell="Chief Finance Officer", lead=["Chief Finance Officer"], due=d(2026, 3, 31), end="2026-03", rag="Amber"),
                 dict(ref="SR01.2", action="Refresh the Medium Term Financial Plan and present updated scenarios to the IJB.",
                      ownercell="Chief Finance Officer", lead=["Chief Finance Officer"], due="Q3 2025/26", end="2025-12", rag="Green"),
                 dict(ref="SR01.3", action="Agree a prescribing efficiency plan with NHS Ayrshire & Arran Pharmacy Services.",
                      ownercell="Clinical Director / Lead Pharmacist", lead=["Clinical Director", "Lead Pharmacist"], due=d(2025, 9, 30), end="2025-09", rag="Complete"),
             ]),
        dict(head="SR02: Workforce sustainability",
             desc="There is a risk that the Partnership is unable to recruit and retain sufficient staff in key areas, including care at home, mental health and primary care, resulting in unmet need and increased reliance on agency staff.",
             owner="Chief Officer",
             controls="Integrated Workforce Plan 2025-28; Recruitment and Retention Group; international recruitment of nurses.",
             score=("4 x 4 = 16", AMBER), target=("3 x 4 = 12", AMBER), trend="↑",
             acts=[
                 dict(ref="SR02.1", action="Launch a targeted care at home recruitment campaign, including ‘Grow Your Own’ routes with Ayrshire College.",
                      ownercell="Head of Community Health and Care Services", lead=["Head of Community Health and Care Services"], due=d(2025, 12, 31), end="2025-12", rag="Green"),
                 dict(ref="SR02.2", action="Reduce agency nursing spend in mental health inpatient and community services through a bank staff incentive scheme.",
                      ownercell="Head of Wellbeing and Recovery", lead=["Head of Wellbeing and Recovery"], due=d(2026, 3, 31), end="2026-03", rag="Red"),
                 dict(ref="SR02.3", action="Complete the annual workforce plan progress report and submit it to the Scottish Government.",
                      ownercell="Chief Officer; HR Business Partner", lead=["Chief Officer", "HR Business Partner"], due=d(2025, 7, 31), end="2025-07", rag="Complete"),
             ]),
        dict(head="SR03: Delayed discharge and whole system flow",
             desc="There is a risk that the number of people delayed in hospital awaiting a care at home package or care home placement remains above the Partnership’s trajectory, resulting in poorer outcomes for individuals and pressure on acute services at University Hospital Crosshouse.",
             owner="Head of Community Health and Care Services",
             controls="Daily discharge huddles; Discharge without Delay programme; interim care beds purchased from independent care homes.",
             score=("5 x 4 = 20", RED), target=("3 x 4 = 12", AMBER), trend="↑",
             acts=[
                 dict(ref="SR03.1", action="Commission 12 additional interim care beds for winter 2025/26.",
                      ownercell="Senior Manager, Commissioning", lead=["Senior Manager, Commissioning"], due="November 2025", end="2025-11", rag="Amber"),
                 dict(ref="SR03.2", action="Implement Planned Date of Discharge across all medical wards at University Hospital Crosshouse, jointly with NHS Ayrshire & Arran.",
                      ownercell="Head of Community Health and Care Services / Associate Nurse Director (Acute)",
                      lead=["Head of Community Health and Care Services", "Associate Nurse Director (Acute)"],
                      due="Ongoing", end=None, end_text="Ongoing", rag="Green"),
             ]),
    ]
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    widths(cov, [16, 18, 70])
    cov["A1"] = "East Ayrshire Health and Social Care Partnership"
    cov["A1"].font = Font(bold=True, size=12, color="5B2C6F")
    cov["A2"] = title
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = "Reported to: Audit and Performance Committee, 18 September 2025"
    cov["A4"] = "Register owner: Chief Officer"
    for c, h in enumerate(["Version", "Date", "Changes"], start=1):
        cov.cell(row=6, column=c, value=h)
    style_header(cov, 6, 3, color="5B2C6F")
    vers = [("1.0", "01/04/2025", "Register refreshed following IJB development session"),
            ("1.1", "29/08/2025", "Quarter 1 review – SR03 current score increased from 16 to 20")]
    for r, v in enumerate(vers, start=7):
        for c, x in enumerate(v, start=1):
            cov.cell(row=r, column=c, value=x).border = BOX

    mx = wb.create_sheet("Scoring Matrix")
    widths(mx, [24, 14, 14, 14, 14, 14])
    mx["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    mx["A1"].font = Font(bold=True, size=12)
    imp = ["Negligible (1)", "Minor (2)", "Moderate (3)", "Major (4)", "Extreme (5)"]
    lik = ["Almost certain (5)", "Likely (4)", "Possible (3)", "Unlikely (2)", "Rare (1)"]
    for c, h in enumerate(imp, start=2):
        mx.cell(row=3, column=c, value=h).font = Font(bold=True)
    for i, l in enumerate(lik):
        r = 4 + i
        lv = 5 - i
        mx.cell(row=r, column=1, value=l).font = Font(bold=True)
        for j in range(5):
            s = lv * (j + 1)
            col = GREEN if s <= 4 else YELLOW if s <= 9 else AMBER if s <= 16 else RED
            mx.cell(row=r, column=2 + j, value=s).fill = fill(col)
    mx["A10"] = "Risk rating: 1–4 Low (green); 5–9 Medium (yellow); 10–16 High (amber); 20–25 Very high (red)"
    mx["A12"] = "Action RAG: Green = on track; Amber = at risk of slipping; Red = will not be delivered by due date; Complete = action closed"

    ws = wb.create_sheet("Strategic Risk Register")
    widths(ws, [24, 46, 20, 40, 13, 13, 8, 10, 46, 28, 13, 11])
    ws.merge_cells("A1:L1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:L2")
    ws["A2"] = "Position at 31 August 2025 (Quarter 1 review)"
    hdr = ["Risk ID & title", "Risk description (cause, event, consequence)", "Risk owner", "Current controls",
           "Current score (L x I)", "Target score", "Trend", "Action ref", "Further actions required",
           "Action owner", "Due date", "Action RAG"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=4, column=c, value=h)
    style_header(ws, 4, 12, color="5B2C6F")
    row = 5
    expected = []
    for rk in risks:
        first = row
        for a in rk["acts"]:
            ws.cell(row=row, column=8, value=a["ref"])
            ws.cell(row=row, column=9, value=a["action"])
            ws.cell(row=row, column=10, value=a["ownercell"])
            c = ws.cell(row=row, column=11, value=a["due"])
            if isinstance(a["due"], dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=12, value=a["rag"]).fill = fill(RAGFILL[a["rag"]])
            for cc in range(1, 13):
                ws.cell(row=row, column=cc).border = BOX
                ws.cell(row=row, column=cc).alignment = WRAP
            e = dict(ref=a["ref"], under=[rk["head"]], action=a["action"], lead=a["lead"], end=a["end"],
                     status=RAGMAP[a["rag"]])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
            row += 1
        vals = [rk["head"], rk["desc"], rk["owner"], rk["controls"], rk["score"][0], rk["target"][0], rk["trend"]]
        for cc, v in enumerate(vals, start=1):
            ws.cell(row=first, column=cc, value=v)
            ws.merge_cells(start_row=first, start_column=cc, end_row=row - 1, end_column=cc)
            ws.cell(row=first, column=cc).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=5).fill = fill(rk["score"][1])
        ws.cell(row=first, column=6).fill = fill(rk["target"][1])
    row += 1
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=12)
    ws.cell(row=row, column=1, value=("Risks with a current score of 15 or above are reported to every meeting of the "
                                      "IJB; all other risks are reported quarterly to the Audit and Performance Committee."))
    ws.cell(row=row, column=1).font = Font(italic=True)
    wb.save(out(name))
    meta = dict(
        source=("Imitates a Scottish integration joint board strategic risk register as reported to its audit and "
                "performance committee: cover sheet with version history, a 5x5 likelihood x impact matrix sheet with "
                "an action RAG key, and the register sheet where each risk's ID/title, description, owner, controls, "
                "current and target scores (fill-coloured) and trend are merged down over its further-action rows "
                "(action ref, action, owner, due date, worded action RAG). Made up for this test; East Ayrshire IJB, "
                "2025/26."),
        reads=("Three risks (SR01-SR03), each with two or three further actions, 8 in all; the actions are the rows "
               "of the 'Further actions required' column, read under their risk. Status is the Action RAG word "
               "(Complete = blue); the coloured risk scores are not action status."),
        outcome="read", accept_refusal=False, title=title)
    write_yaml(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcode):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcode)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


# ---------------------------------------------------------------------------
# 4. Pontprennau Primary School - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def case_pontprennau():
    name = "tg-pontprennau-primary-school-estyn-post-inspection-action-plan.docx"
    title = "Pontprennau Primary School – Post-Inspection Action Plan"
    RAGW = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    recs = [
        ("R1: Raise standards of pupils’ extended writing across the curriculum", [
            dict(ref="1.1", action="Introduce a whole-school writing progression framework, with agreed success criteria for extended writing in each progression step.",
                 leadcell="Literacy Lead / Deputy Headteacher", lead=["Literacy Lead", "Deputy Headteacher"],
                 when="Summer term 2024", end="2024-07",
                 crit="Framework in use in all classes; book scrutiny shows consistent use of success criteria.",
                 mon="Book scrutiny (HT/DHT), half-termly", rag="B"),
            dict(ref="1.2", action="Plan at least one extended writing opportunity each half term in every class through the Areas of Learning and Experience.\nModel writing through shared and guided writing sessions.",
                 leadcell="Class teachers", lead=["Class teachers"],
                 when="September 2024 – July 2025", end="2025-07",
                 crit="Most pupils write at length for a range of purposes by the end of the year.",
                 mon="Learning walks; pupil voice", rag="G"),
            dict(ref="1.3", action="Provide professional learning for teaching assistants on supporting independent writing.",
                 leadcell="ALNCo", lead=["ALNCo"],
                 when="Autumn term 2024", end="2024-12",
                 crit="Teaching assistants use agreed prompts; fewer pupils over-reliant on adult support.",
                 mon="Observation of interventions", rag="G"),
        ]),
        ("R2: Strengthen the consistency of teaching to ensure appropriate challenge for more able pupils", [
            dict(ref="2.1", action="Carry out paired lesson observations focused on challenge for more able pupils, followed by coaching conversations.",
                 leadcell="HT & DHT", lead=["HT", "DHT"],
                 when="Termly", end=None, end_text="Termly",
                 crit="Nearly all lessons observed judged to provide appropriate challenge.",
                 mon="Observation records; SLT minutes", rag="G"),
            dict(ref="2.2", action="Adapt medium-term planning to identify extension tasks for more able pupils in mathematics and literacy.",
                 leadcell="Phase Leaders", lead=["Phase Leaders"],
                 when="Spring term 2025", end="2025-04",
                 crit="Planning scrutiny shows extension tasks identified in all year groups.",
                 mon="Planning scrutiny (Phase Leaders)", rag="A"),
        ]),
        ("R3: Improve pupils’ Welsh oracy skills", [
            dict(ref="3.1", action="Appoint a Welsh language champion and introduce daily ‘Helpwr Heddiw’ and ‘Brawddeg yr Wythnos’ routines in all classes.",
                 leadcell="Welsh Lead (Mr G Price)", lead=["Welsh Lead (Mr G Price)"],
                 when="June 2024", end="2024-06",
                 crit="Routines seen in all classes; pupils use incidental Welsh more confidently.",
                 mon="Learning walks; Siarter Iaith audit", rag="B"),
            dict(ref="3.2", action="Secure support from Cardiff Council’s Welsh Language Development Team for targeted staff training.",
                 leadcell="Headteacher", lead=["Headteacher"],
                 when="Autumn term 2024", end="2024-12",
                 crit="All staff complete the training; staff confidence survey improves.",
                 mon="Staff survey", rag="R"),
        ]),
        ("R4: Sharpen self-evaluation processes so that they focus clearly on the impact of provision on pupils’ learning", [
            dict(ref="4.1", action="Revise the school’s self-evaluation calendar so that learning walks, book looks and pupil voice activities are triangulated and evaluated for impact.",
                 leadcell="Senior Leadership Team", lead=["Senior Leadership Team"],
                 when="Summer term 2024", end="2024-07",
                 crit="Self-evaluation reports identify impact on learning, not just provision.",
                 mon="Governing Body Standards Committee", rag="B"),
            dict(ref="4.2", action="Train governors on the school’s self-evaluation processes and involve the Standards Committee in termly learning walks.",
                 leadcell="Chair of Governors / Headteacher", lead=["Chair of Governors", "Headteacher"],
                 when="Spring term 2025", end="2025-04",
                 crit="Governors take part in at least one learning walk each term and report to the full Governing Body.",
                 mon="Governing Body minutes", rag="A"),
        ]),
    ]
    resources = ["Resources: School Development Grant – £3,200 (supply cover and training)",
                 "Resources: within existing budget",
                 "Resources: Welsh Language Development Team (no cost); £600 resources",
                 "Resources: Governor training via Cardiff Governor Support (no cost)"]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Estyn inspection of 11–14 March 2024")
    doc.add_paragraph("This plan addresses the recommendations in the inspection report and forms part of the School "
                      "Development Plan 2024–2025.")
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, vals in enumerate([("Version", "Date", "Approved by"),
                              ("1.0", "20 May 2024", "Full Governing Body"),
                              ("1.1", "15 October 2024", "Standards Committee – progress review")]):
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    bold_row(t.rows[0])
    doc.add_paragraph()
    doc.add_paragraph("Recommendations from the Estyn report:").runs[0].bold = True
    for rec, _ in recs:
        doc.add_paragraph(rec, style="List Bullet")
    doc.add_paragraph("RAG key: B = completed; G = on track; A = some slippage, action being taken; "
                      "R = significant concern")
    expected = []
    cols = ["Ref", "Actions", "Lead", "Timescale", "Success criteria", "Monitoring", "RAG"]
    for (rec, acts), res in zip(recs, resources):
        doc.add_heading(rec, level=2)
        tb = doc.add_table(rows=1 + len(acts), cols=len(cols))
        tb.style = "Table Grid"
        for c, h in enumerate(cols):
            tb.cell(0, c).text = h
            shade(tb.cell(0, c), "C6E0B4")
        bold_row(tb.rows[0])
        for i, a in enumerate(acts, start=1):
            vals = [a["ref"], a["action"], a["leadcell"], a["when"], a["crit"], a["mon"], a["rag"]]
            for c, v in enumerate(vals):
                tb.cell(i, c).text = v
            e = dict(ref=a["ref"], under=[rec], action=a["action"], lead=a["lead"], end=a["end"],
                     status=RAGW[a["rag"]])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
        doc.add_paragraph(res).runs[0].italic = True
    doc.add_paragraph("Progress against this plan is reported termly to the Governing Body and to the school’s "
                      "improvement partner.")
    doc.save(out(name))
    meta = dict(
        source=("Imitates the post-inspection action plan a Welsh primary school draws up after an Estyn core "
                "inspection (the report asks the school to produce an action plan addressing recommendations R1-R4): "
                "title, a version table, the recommendations listed, a one-line RAG key, then a heading and a table "
                "per recommendation (Ref | Actions | Lead | Timescale | Success criteria | Monitoring | RAG) with a "
                "resources line under each table. School terms as timescales. Made up for this test; Pontprennau "
                "Primary School, Cardiff, 2024-25."),
        reads=("Four recommendations, each a heading with its own table of two or three numbered actions, 9 in all. "
               "Timescales are school terms, a month, a period and 'Termly'; RAG is a letter (B = completed). The "
               "version table is not part of the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_yaml(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 5. Alloa Academy - Education Scotland inspection action plan (docx)
# ---------------------------------------------------------------------------
def case_alloa():
    name = "tg-alloa-academy-education-scotland-inspection-action-plan.docx"
    title = "Alloa Academy – Action Plan following Education Scotland Inspection"
    SH = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    qis = [
        ("QI 2.3 Learning, teaching and assessment",
         "Senior leaders, working with staff, should ensure that all learners experience consistently high-quality learning and teaching, with learners more actively involved in leading their learning.", [
             dict(action="Establish a Learning and Teaching working group to agree the ‘Alloa Academy Standard’ for a high-quality lesson.",
                  leadcell="DHT (Learning & Teaching)", lead=["DHT (Learning & Teaching)"],
                  when="June 2024", end="2024-06",
                  mos="Standard agreed and shared with all staff at August in-service day.",
                  prog="Standard launched August 2024; displayed in all classrooms.", rag="blue"),
             dict(action="Programme of peer observation (Learning Visits) with a focus on learner participation and feedback; findings shared at faculty meetings.",
                  leadcell="All PTs Curriculum", lead=["All PTs Curriculum"],
                  when="August 2024 – June 2025", end="2025-06",
                  mos="Every teacher takes part in at least two Learning Visits; learner focus groups report greater involvement.",
                  prog="61 of 74 teachers have completed one visit; second round under way.", rag="green"),
             dict(action="Introduce learner conversations in S1–S3 so that young people can talk about their strengths, progress and next steps.",
                  leadcell="Mrs Kerr (DHT), Mr Devlin (PT Guidance)", lead=["Mrs Kerr (DHT)", "Mr Devlin (PT Guidance)"],
                  when="December 2024", end="2024-12",
                  mos="All S1–S3 learners have a recorded learner conversation each term.",
                  prog="S1 and S2 in place; S3 delayed by timetabling of PSE. Revised to March 2025.", rag="amber"),
         ]),
        ("QI 3.2 Raising attainment and achievement",
         "Continue to develop approaches to tracking and monitoring so that all young people, including those with additional support needs, are supported to make the best possible progress.", [
             dict(action="Implement a whole-school tracking and monitoring system (SEEMiS Progress and Achievement) for S1–S3, with three tracking points each session.",
                  leadcell="DHT (Curriculum)", lead=["DHT (Curriculum)"],
                  when="By end of October 2024", end="2024-10",
                  mos="Tracking data available for all S1–S3 learners at each tracking point.",
                  prog="First tracking point completed October 2024.", rag="blue"),
             dict(action="Hold termly attainment review meetings between SLT and Principal Teachers to identify young people at risk of not achieving and agree interventions.",
                  leadcell="HT / DHT (Curriculum)", lead=["HT", "DHT (Curriculum)"],
                  when="Ongoing", end=None, end_text="Ongoing",
                  mos="Interventions recorded for all identified learners; improved SQA results in August 2025.",
                  prog="Reviews held November 2024 and February 2025.", rag="green"),
             dict(action="Ensure that all young people with additional support needs have up-to-date support plans that are shared with class teachers.",
                  leadcell="PT Support for Learning", lead=["PT Support for Learning"],
                  when="March 2025", end="2025-03",
                  mos="100% of support plans reviewed in the last six months and accessible to staff.",
                  prog="78% of plans reviewed; staffing absence in Support for Learning.", rag="amber"),
         ]),
        ("QI 3.1 Ensuring wellbeing, equality and inclusion",
         "Improve attendance and reduce exclusions, particularly for young people living in SIMD deciles 1 and 2.", [
             dict(action="Introduce a stepped attendance procedure, including early contact with families when attendance falls below 90%.",
                  leadcell="DHT (Pupil Support) / Home Link Worker", lead=["DHT (Pupil Support)", "Home Link Worker"],
                  when="September 2024", end="2024-09",
                  mos="Whole-school attendance above 90%; gap between SIMD 1-2 and others narrows.",
                  prog="Procedure in place from August 2024.", rag="blue"),
             dict(action="Work with Clackmannanshire Council’s Family Wellbeing Partnership to provide targeted support for young people at risk of exclusion.",
                  leadcell="DHT (Pupil Support)", lead=["DHT (Pupil Support)"],
                  when="By end of March 2025", end="2025-03",
                  mos="Reduction in exclusion incidents compared with 2023/24.",
                  prog="Partnership worker post vacant since November; exclusions have risen this session.", rag="red"),
         ]),
    ]
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection: January 2024  |  Letter to parents and carers published: 9 April 2024  |  "
                      "Plan updated: February 2025")
    doc.add_paragraph("HM Inspectors discussed the following areas for improvement with the headteacher and a "
                      "representative from Clackmannanshire Council:")
    for _, afi, _ in qis:
        doc.add_paragraph(afi, style="List Bullet")
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage – revised timescale agreed"),
                                    ("red", "Not on track – support required")]):
        shade(key.cell(i, 0), SH[col])
        key.cell(i, 1).text = txt
    doc.add_paragraph()
    cols = ["Area for improvement", "Action", "Lead", "Timescale", "Measures of success",
            "Progress update (February 2025)", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, _, a in qis)
    tb = doc.add_table(rows=nrows, cols=len(cols))
    tb.style = "Table Grid"
    for c, h in enumerate(cols):
        tb.cell(0, c).text = h
        shade(tb.cell(0, c), "D9E2F3")
    bold_row(tb.rows[0])
    r = 1
    expected = []
    for qi, afi, acts in qis:
        m = tb.cell(r, 0).merge(tb.cell(r, len(cols) - 1))
        m.text = qi
        m.paragraphs[0].runs[0].bold = True
        shade(m, GREY)
        r += 1
        first = r
        for a in acts:
            vals = [None, a["action"], a["leadcell"], a["when"], a["mos"], a["prog"], ""]
            for c, v in enumerate(vals):
                if v is not None:
                    tb.cell(r, c).text = v
            shade(tb.cell(r, 6), SH[a["rag"]])
            e = dict(ref=None, under=[qi, afi], action=a["action"], lead=a["lead"], end=a["end"], status=a["rag"])
            if "end_text" in a:
                e["end_text"] = a["end_text"]
            expected.append(e)
            r += 1
        mc = tb.cell(first, 0).merge(tb.cell(r - 1, 0))
        mc.text = afi
    doc.add_paragraph()
    so = doc.add_table(rows=3, cols=2)
    so.style = "Table Grid"
    for i, (k, v) in enumerate([("Approved by Headteacher", "Ms L. Forsyth"),
                                ("Date", "24 February 2025"),
                                ("Shared with Parent Council", "March 2025")]):
        so.cell(i, 0).text = k
        so.cell(i, 1).text = v
    doc.save(out(name))
    meta = dict(
        source=("Imitates the action plan a Scottish secondary school publishes after an Education Scotland "
                "(HM Inspectors) inspection, built from the areas for improvement in the letter to parents: title "
                "and date line, the areas for improvement as bullets, a shaded RAG key table, then one plan table "
                "with quality-indicator rows across the table, each area for improvement merged down the first "
                "column over its unnumbered actions, and a RAG column shown by cell shading only; a sign-off table "
                "at the end. Made up for this test; Alloa Academy, Clackmannanshire, 2024-25."),
        reads=("Three areas for improvement, each under a quality indicator row, with two or three unnumbered "
               "actions, 8 in all. Status is the shading of the RAG cell as the key table explains (blue = "
               "complete); the key and sign-off tables are not the plan."),
        outcome="read", accept_refusal=False, title=title)
    write_yaml(name, meta, expected)
    return name, len(expected)


# ---------------------------------------------------------------------------
# 6. South Wales Police & PCC - Joint Audit Committee action log (csv) - REFUSE
# ---------------------------------------------------------------------------
def case_swp():
    name = "tg-south-wales-police-and-pcc-joint-audit-committee-action-log-typo-month-refuse.csv"
    title = "South Wales Police and Police and Crime Commissioner for South Wales – Joint Audit Committee Action Log"
    hdr = ["Action No.", "Meeting date", "Agenda item", "Action", "Responsible officer", "Due date", "Status", "Update"]
    rows = [
        ["JAC/24/31", "18/07/2024", "Internal Audit Progress Report",
         "Provide the Committee with a breakdown of overdue recommendations by department, including those more than six months overdue.",
         "Head of Finance (Force)", "Oct-24", "Complete", "Breakdown included in the October 2024 internal audit progress report."],
        ["JAC/24/35", "18/07/2024", "Treasury Management Outturn",
         "Circulate the benchmarking data on investment returns compared with other Welsh forces.",
         "Chief Finance Officer (OPCC)", "Sep-24", "Complete", "Circulated by email on 5 September 2024."],
        ["JAC/24/42", "17/10/2024", "Strategic Risk Register",
         "Add a risk on the national Emergency Services Network programme to the force strategic risk register, or explain why it is not required.",
         "Director of Finance and Corporate Services", "Jan-25", "Complete", "Risk SR14 added and reported in January 2025."],
        ["JAC/24/44", "17/10/2024", "HMICFRS Inspection Update",
         "Present an update on progress against the PEEL areas for improvement relating to crime recording.",
         "Assistant Chief Constable (Crime and Justice)", "Mar-25", "Open", "Scheduled for the March 2025 meeting."],
        ["JAC/24/47", "17/10/2024", "Annual Governance Statement",
         "Review the AGS action on collaboration governance with Gwent Police and Dyfed-Powys Police and report back.",
         "Chief Executive (OPCC)", "Jan-25", "Complete", "Verbal update given; collaboration board terms of reference revised."],
        ["JAC/25/03", "23/01/2025", "Audit Wales – Audit Plan 2024/25",
         "Confirm the timetable for the 2024/25 draft statements of accounts with Audit Wales.",
         "Chief Finance Officer (OPCC) / Head of Finance (Force)", "Febuary 2025", "Open", "Awaiting confirmation from Audit Wales."],
        ["JAC/25/05", "23/01/2025", "Internal Audit Progress Report",
         "Arrange a deep-dive session on the limited assurance report on fleet management.",
         "Head of Fleet", "Mar-25", "Open", "Session being arranged."],
        ["JAC/25/06", "23/01/2025", "Fraud and Corruption Annual Report",
         "Share the counter fraud e-learning completion rates by division.",
         "Head of Professional Standards", "Mar-25", "Open", ""],
        ["JAC/25/08", "23/01/2025", "Any Other Business",
         "Circulate the draft JAC annual report 2024/25 for comment.",
         "Committee Secretary", "Apr-25", "Open", ""],
    ]
    n = len(hdr)
    lines = [[title] + [""] * (n - 1),
             ["Updated following the meeting held on 23 January 2025"] + [""] * (n - 1),
             [""] * n,
             hdr] + rows + [[""] * n,
                            ["Status key: Open / Complete. Completed actions are removed after they have been reported to the next meeting."] + [""] * (n - 1)]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln)
    typo_line = 4 + 1 + [r[5] for r in rows].index("Febuary 2025")
    meta = dict(
        source=("Imitates a police joint audit committee (force and PCC) action log exported from Excel to CSV, "
                "as published with JAC papers in Wales: title and 'updated' lines, a blank row, then Action No. | "
                "Meeting date | Agenda item | Action | Responsible officer | Due date | Status | Update, job titles as "
                "owners (one cell with two), due dates as Mmm-yy, and a status key line at the end. Made up for this "
                "test; South Wales Police and the Police and Crime Commissioner for South Wales, 2024-25."),
        reads=("A committee action log of 9 actions from three meetings. The due date of JAC/25/03 on line "
               f"{typo_line} reads 'Febuary 2025', a mistyped month; a careful reader would stop and ask rather "
               "than guess."),
        outcome="refuse", accept_refusal=False, refuse_at=typo_line, title=title)
    write_yaml(name, meta, None)
    return name, len(rows)


# ---------------------------------------------------------------------------
# 7. Belfast PCSP - action plan 2025-26 Q2 progress report (tab-separated txt)
# ---------------------------------------------------------------------------
def case_belfast():
    name = "tg-belfast-pcsp-action-plan-2025-26-q2-progress.txt"
    title = "Belfast PCSP Action Plan 2025-2026 – Quarter 2 Progress Report"
    RAG = {"G": "green", "A": "amber", "R": "red", "Complete": "blue", "Not started": "unrated"}
    sps = [
        ("Strategic Priority 1: To ensure effective delivery in response to local need, and improve the visibility and recognition of the work of the PCSP through effective consultation, communication and engagement", [
            dict(ref="SP1.1", action="Facilitate PCSP and District PCSP meetings, including public meetings with a themed focus on community safety issues in each area of the city",
                 leadcell="Belfast City Council (PCSP Manager)", lead=["Belfast City Council (PCSP Manager)"],
                 start="Apr-25", endc="Mar-26", end="2026-03", budget="18,000",
                 did="6 PCSP meetings; 8 DPCSP meetings; 1 public meeting (West)", rag="G", com=""),
            dict(ref="SP1.2", action="Deliver a PCSP communications plan, including social media campaigns on seasonal community safety messages",
                 leadcell="PCSP Communications Officer", lead=["PCSP Communications Officer"],
                 start="Apr-25", endc="Mar-26", end="2026-03", budget="12,500",
                 did="3 campaigns (summer safety, bonfire season, scams); 41 posts", rag="G", com=""),
            dict(ref="SP1.3", action="Undertake a city-wide community safety survey to inform the 2026-27 action plan",
                 leadcell="PCSP Policy Officer / NISRA", lead=["PCSP Policy Officer", "NISRA"],
                 start="Sep-25", endc="Q4 2025/26", end="2026-03", budget="9,000",
                 did="0", rag="Not started", com="Survey design delayed pending agreement of questions with NISRA"),
        ]),
        ("Strategic Priority 2: To improve community safety by prioritising and addressing local community safety issues, tackling crime and anti-social behaviour", [
            dict(ref="SP2.1", action="Fund and coordinate Safer Neighbourhood Wardens in Belfast city centre and four hotspot areas to tackle anti-social behaviour",
                 leadcell="Belfast City Council / PSNI", lead=["Belfast City Council", "PSNI"],
                 start="Apr-25", endc="Mar-26", end="2026-03", budget="145,000",
                 did="1,212 patrol hours; 386 referrals", rag="A", com="Two warden vacancies; cover provided through overtime"),
            dict(ref="SP2.2", action="Deliver the Neighbourhood Watch programme, including coordinator training and new scheme registrations",
                 leadcell="PSNI Neighbourhood Watch Officer", lead=["PSNI Neighbourhood Watch Officer"],
                 start="Apr-25", endc="Mar-26", end="2026-03", budget="6,000",
                 did="4 new schemes; 27 coordinators trained", rag="G", com=""),
            dict(ref="SP2.3", action="Provide home security checks and target hardening for older and vulnerable victims of burglary (Safe at Home scheme)",
                 leadcell="NIHE, PSNI and Belfast City Council", lead=["NIHE", "PSNI", "Belfast City Council"],
                 start="Apr-25", endc="31/12/2025", end="2025-12", budget="40,000",
                 did="158 homes visited; 131 target hardening packs fitted", rag="G", com=""),
            dict(ref="SP2.4", action="Deliver diversionary summer intervention programmes for young people at interface areas in July and August",
                 leadcell="Youth Justice Agency & Education Authority Youth Service", lead=["Youth Justice Agency", "Education Authority Youth Service"],
                 start="Jun-25", endc="Aug-25", end="2025-08", budget="55,000",
                 did="9 programmes; 412 young people engaged", rag="Complete", com="Evaluation report to be presented in Q3"),
        ]),
        ("Strategic Priority 3: To support confidence in policing, including through collaborative problem solving with communities", [
            dict(ref="SP3.1", action="Hold Policing Committee meetings to monitor PSNI performance against the Local Policing Plan for Belfast",
                 leadcell="Policing Committee / PSNI Belfast District Commander", lead=["Policing Committee", "PSNI Belfast District Commander"],
                 start="Apr-25", endc="Mar-26", end="2026-03", budget="0",
                 did="2 Policing Committee meetings", rag="G", com=""),
            dict(ref="SP3.2", action="Deliver 'Policing with the Community' engagement sessions in each DPCSP area, co-designed with local residents",
                 leadcell="PSNI Neighbourhood Policing Teams", lead=["PSNI Neighbourhood Policing Teams"],
                 start="Sep-25", endc="Jan-26", end="2026-01", budget="8,000",
                 did="1 session (South)", rag="A", com="Sessions in North, East and West rescheduled to Q3"),
            dict(ref="SP3.3", action="Pilot a Community Safety Problem Solving Forum in North Belfast",
                 leadcell="PCSP Manager", lead=["PCSP Manager"],
                 start="Oct-25", endc="Mar-26", end="2026-03", budget="5,000",
                 did="0", rag="Not started", com="Due to start in Q3"),
        ]),
    ]
    hdr = ["Ref", "Project / activity", "Delivery partner(s)", "Start date", "End date", "Budget (£)",
           "How much did we do? (Q2)", "Q2 RAG", "Comments"]
    n = len(hdr)
    lines = [title,
             "Belfast Policing and Community Safety Partnership | Reporting period: 1 July – 30 September 2025",
             "",
             "\t".join(hdr)]
    expected = []
    counts = {}
    for sp, acts in sps:
        lines.append(sp + "\t" * (n - 1))
        for a in acts:
            lines.append("\t".join([a["ref"], a["action"], a["leadcell"], a["start"], a["endc"], a["budget"],
                                    a["did"], a["rag"], a["com"]]))
            counts[a["rag"]] = counts.get(a["rag"], 0) + 1
            e = dict(ref=a["ref"], under=[sp], action=a["action"], lead=a["lead"], end=a["end"], status=RAG[a["rag"]])
            expected.append(e)
    lines.append("")
    lines.append("\t".join(["Q2 summary", f"Green: {counts.get('G', 0)}", f"Amber: {counts.get('A', 0)}",
                            f"Red: {counts.get('R', 0)}", f"Complete: {counts.get('Complete', 0)}",
                            f"Not started: {counts.get('Not started', 0)}", f"Total: {sum(counts.values())}"]))
    lines.append("Note: Budget figures are indicative and subject to confirmation of the 2025-26 Letter of Offer "
                 "from the Joint Committee (Department of Justice and Northern Ireland Policing Board).")
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    meta = dict(
        source=("Imitates a Northern Ireland PCSP action plan quarterly progress return saved from Excel as "
                "tab-separated text; the strategic priorities and the Project / activity, start and end date, budget "
                "and 'How much did we do?' columns follow published PCSP action plans (e.g. "
                "https://www.midandeastantrim.gov.uk/resident/community-safety/mea-pcsp-action-plan-2025-2026). Title "
                "and reporting-period lines, header, strategic priority rows padded with tabs, partner organisations "
                "as leads (one cell with three), a Q2 RAG column using letters and words, a Q2 summary line and a "
                "note. Made up for this test; Belfast PCSP, 2025-26."),
        reads=("Three strategic priorities with 10 projects/activities (SP1.1-SP3.3) read under their priority. "
               "Ends are mostly Mmm-yy, plus a dd/mm/yyyy date and a financial quarter; status is the Q2 RAG "
               "(Complete = blue, Not started = unrated). The summary and note lines are not actions."),
        outcome="read", accept_refusal=False, title=title)
    write_yaml(name, meta, expected)
    return name, len(expected)


if __name__ == "__main__":
    for fn in (case_sehsct, case_powys, case_eastayrshire, case_pontprennau, case_alloa, case_swp, case_belfast):
        nm, k = fn()
        print(f"{nm}: {k} actions")
