#!/usr/bin/env python3
"""Build the seven 'up-' blind test files for set heldout519.

Run with /work/main/.venv/bin/python up_make.py (writes next to this script).
Only files starting with 'up-' are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("up-")
    return os.path.join(HERE, name)


D = dt.datetime

FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "pale": "F2F2F2",
    "red": "C00000", "amber": "FFC000", "green": "92D050", "low": "C6EFCE",
    "med": "FFEB9C", "high": "FFC7CE",
}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Hertfordshire FRS corporate risk register (xlsx)
# ---------------------------------------------------------------------------
def herts_fire():
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hertfordshire Fire and Rescue Service Corporate Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=16, color=FILL["navy"])
    cov["A2"] = "Quarter 2 review (July – September 2025)"
    cov["A3"] = "Presented to: Audit Committee, 26 November 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Summary of changes"),
        ("2.1", "08/10/2025", "Corporate Risk and Assurance Officer", "Q2 updates from risk owners; CR02.2 rated red"),
        ("2.0", "03/07/2025", "Corporate Risk and Assurance Officer", "Q1 review; CR04 added following HMICFRS values and culture report"),
        ("1.0", "02/04/2025", "Corporate Risk and Assurance Officer", "Register for 2025/26 agreed by Service Leadership Team"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BORDER
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(FILL["grey"])
    cov["A11"] = "Risk scoring"
    cov["A11"].font = Font(bold=True)
    cov["A12"] = "Risk score = Likelihood (1–4) x Impact (1–4)"
    for i, (band, txt, col) in enumerate([
        ("12–16", "High – reported to the Fire Authority every quarter", FILL["high"]),
        ("6–9", "Medium – managed by the Service Leadership Team", FILL["med"]),
        ("1–4", "Low – managed within directorates", FILL["low"]),
    ]):
        cov.cell(row=13 + i, column=1, value=band).fill = fill(col)
        cov.cell(row=13 + i, column=2, value=txt)
    cov["A17"] = "Action status"
    cov["A17"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
        ("B", "Complete"),
        ("G", "On track"),
        ("A", "Behind schedule but recoverable"),
        ("R", "Off track – target date will be missed"),
    ]):
        c = cov.cell(row=18 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=18 + i, column=2, value=txt)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 38
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Hertfordshire Fire and Rescue Service – Corporate Risk Register"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill(FILL["navy"])
    ws.merge_cells("A1:N1")
    ws["A2"] = "Q2 2025/26 – risk owner updates as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:N2")
    hdr = ["Risk", "Risk description (cause – event – consequence)", "Risk owner",
           "Inherent score", "Current score", "Target score", "Direction of travel",
           "Action ref", "Further actions required", "Action lead", "Target date",
           "Revised date", "Status", "Progress update Q2"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["navy"])
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER

    risks = [
        ("CR01 – On-call (RDS) appliance availability",
         "Cause: difficulty recruiting and retaining on-call firefighters, particularly for daytime cover. "
         "Event: on-call appliances are unavailable. Consequence: longer attendance times and pressure on wholetime crews.",
         "Assistant Chief Fire Officer (Service Delivery)", 16, 12, 6, "↔",
         [
             ("CR01.1", "Deliver the on-call recruitment campaign targeted at the eight stations with the lowest daytime availability.",
              "Group Commander (On-call Support)", D(2025, 10, 31), None, "B",
              "Campaign ran August–September; 23 applicants progressed to assessment."),
             ("CR01.2", "Introduce banded on-call contracts and a pay for availability pilot at Royston, Buntingford and Baldock.",
              "Head of HR / Area Commander (Response)", D(2026, 1, 31), D(2026, 3, 31), "A",
              "Pay modelling complete; consultation with the representative bodies extended by two months."),
             ("CR01.3", "Review the crewing of day-crewed appliances and report options to the Fire Authority.",
              "Area Commander (Response)", D(2026, 6, 30), None, "G",
              "Data gathering started; options paper scheduled for the June Fire Authority."),
         ]),
        ("CR02 – Firefighter pension remediation",
         "Cause: the McCloud/Sargeant remedy and the Matthews options exercise. Event: calculations and statements are not "
         "completed within statutory deadlines. Consequence: financial penalties, complaints and reputational damage.",
         "Director of Finance", 12, 9, 4, "↑",
         [
             ("CR02.1", "Complete immediate detriment and remedy calculations for all in-scope members with the pension administrator.",
              "Pensions Manager", D(2026, 3, 31), None, "G",
              "612 of 840 remediable service statements issued."),
             ("CR02.2", "Complete the Matthews second options exercise for on-call firefighters with pre-2006 service.",
              "Pensions Manager; HR Business Partner", D(2025, 8, 31), D(2025, 12, 31), "R",
              "Delayed pending national guidance; revised date at risk."),
         ]),
        ("CR03 – Mobilising system resilience",
         "Cause: ageing control room hardware and single supplier dependency. Event: loss of the mobilising system. "
         "Consequence: delay in mobilising resources to emergencies.",
         "Assistant Chief Fire Officer (Corporate Services)", 12, 8, 4, "↓",
         [
             ("CR03.1", "Complete the upgrade of the mobilising system and test fallback to the secondary control room.",
              "Head of ICT", D(2025, 11, 30), None, "G",
              "Upgrade installed in test environment; live cut-over booked for 18 November."),
             ("CR03.2", "Exercise the buddy arrangement with the partner fire control at least twice a year.",
              "Control Room Manager", "Ongoing (six-monthly)", None, "G",
              "Exercise held 9 September; next due March."),
         ]),
        ("CR04 – Culture, values and standards of behaviour",
         "Cause: findings of the HMICFRS values and culture report and local staff survey results. Event: inappropriate "
         "behaviour is not identified or challenged. Consequence: harm to staff, loss of public trust and regulatory intervention.",
         "Chief Fire Officer", 12, 9, 4, "↔",
         [
             ("CR04.1", "Roll out the Core Code of Ethics refresher to all staff, including on-call, with completion tracked on the learning management system.",
              "Head of Organisational Development", D(2025, 12, 31), None, "A",
              "71% completion at the end of September."),
             ("CR04.2", "Launch the independent external reporting line and publish quarterly data on concerns raised.",
              "Chief Fire Officer / Head of Legal Services", D(2025, 9, 30), None, "B",
              "Reporting line launched 1 September 2025."),
             ("CR04.3", "Complete standard or enhanced DBS checks for all staff in line with the national Fire Standard.",
              "Head of HR", D(2026, 3, 31), None, "A",
              "Checks for wholetime and control staff complete; on-call staff in progress."),
         ]),
    ]
    r = 5
    for (risk, desc, owner, inh, cur, tgt, dot, acts) in risks:
        first = r
        for (ref, act, lead, tdate, rdate, st, upd) in acts:
            vals = {8: ref, 9: act, 10: lead, 11: tdate, 12: rdate, 13: st, 14: upd}
            for col, v in vals.items():
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            sc = ws.cell(row=r, column=13)
            sc.fill = fill(FILL[st])
            sc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        last = r - 1
        for col, v in enumerate([risk, desc, owner, inh, cur, tgt, dot], 1):
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            if col == 1:
                c.font = Font(bold=True)
            if col in (4, 5, 6):
                c.fill = fill(FILL["high"] if v >= 12 else FILL["med"] if v >= 6 else FILL["low"])
                c.alignment = Alignment(horizontal="center", vertical="top")
            for rr in range(first, last + 1):
                ws.cell(row=rr, column=col).border = BORDER
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Note: risks with a current score of 12 or above are reported to the Fire Authority each quarter. "
                                   "Scores are shown as Likelihood x Impact.").font = Font(italic=True)
    widths = [26, 44, 24, 10, 10, 10, 10, 9, 48, 26, 12, 12, 8, 40]
    for j, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = "A5"

    summ = wb.create_sheet("Heat map")
    summ["A1"] = "Current risk scores – Q2 2025/26"
    summ["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Risk", "Current score"), ("CR01", 12), ("CR02", 9), ("CR03", 8), ("CR04", 9)]):
        summ.cell(row=3 + i, column=1, value=k)
        summ.cell(row=3 + i, column=2, value=v)
    wb.save(out("up-hertfordshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx"))


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. Cheviot Medical Group CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def cheviot():
    d = docx.Document()
    d.add_heading("Cheviot Medical Group – CQC Inspection Action Plan", level=0)
    d.add_paragraph("Inspection: 14 and 15 May 2025 (announced comprehensive)  |  Report published: 1 July 2025  |  "
                    "Overall rating: Requires improvement")

    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Version", "1.3"),
        ("Plan owner", "Practice Manager"),
        ("Approved by", "Partners' meeting, 16 July 2025"),
        ("Last updated", "8 October 2025"),
        ("Monitored at", "Monthly clinical governance meeting; shared with the ICB primary care quality team"),
    ]):
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)

    d.add_paragraph()
    d.add_paragraph("RAG key (the RAG column is shaded):")
    key = d.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (col, txt) in enumerate([
        (FILL["B"], "Blue – complete"),
        (FILL["G"], "Green – on track"),
        (FILL["A"], "Amber – some slippage"),
        (FILL["R"], "Red – off track"),
    ]):
        shade(key.cell(i, 0), col)
        set_cell(key.cell(i, 1), txt)

    def must_do(heading, must, rows):
        d.add_heading(heading, level=1)
        p = d.add_paragraph()
        run = p.add_run(must)
        run.italic = True
        tb = d.add_table(rows=1 + len(rows), cols=6)
        tb.style = "Table Grid"
        for j, h in enumerate(["Ref", "What we will do", "Lead", "By when", "RAG", "Progress / evidence"]):
            set_cell(tb.cell(0, j), h, bold=True)
            shade(tb.cell(0, j), FILL["lightblue"])
        for i, (ref, act, lead, when, rag, prog) in enumerate(rows, 1):
            for j, v in enumerate([ref, act, lead, when, "", prog]):
                set_cell(tb.cell(i, j), v)
            shade(tb.cell(i, 4), FILL[rag])

    must_do("Must do 1 – Regulation 12: Safe care and treatment",
            "Ensure care and treatment is provided in a safe way to patients.",
            [
                ("1.1", "Complete the outstanding medication reviews for patients prescribed methotrexate and azathioprine, "
                        "and put a recall on the clinical system so that blood monitoring is checked before each repeat prescription is issued.",
                 "Dr R Whitfield (Prescribing Lead)", "31/07/2025", "B",
                 "All 47 patients reviewed; recall protocol live on SystmOne from 21 July."),
                ("1.2", "Run a monthly search for patients on high-risk medicines and record the results and follow-up at the clinical governance meeting.",
                 "Clinical Pharmacist", "Monthly from August 2025", "G",
                 "August and September searches completed and minuted."),
                ("1.3", "Act on all outstanding MHRA and patient safety alerts, and keep a log showing the searches run and the action taken for each alert.",
                 "Practice Manager & Clinical Pharmacist", "End of August 2025", "B",
                 "Alerts log set up; historic alerts back to 2022 reviewed."),
                ("1.4", "Carry out an infection prevention and control audit at both surgeries (Wooler and Belford) and complete the actions it identifies.",
                 "Lead Nurse (IPC Lead)", "November 2025", "A",
                 "Wooler audit done. Belford audit delayed by staff sickness and now booked for 4 November."),
            ])
    must_do("Must do 2 – Regulation 17: Good governance",
            "Establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.",
            [
                ("2.1", "Review and update all practice policies, giving each an owner and a review date, and keep them in one place on the shared drive.",
                 "Practice Manager", "30/09/2025", "B", "62 policies reviewed; index saved on the shared drive."),
                ("2.2", "Put in place a training matrix covering safeguarding, basic life support, fire safety and information governance, and follow up any staff who are overdue.",
                 "Assistant Practice Manager", "31/10/2025", "G", "Matrix in place; four staff overdue for basic life support, booked for 22 October."),
                ("2.3", "Record significant events on a single log, share learning at the monthly practice meeting and check three months later that actions have been completed.",
                 "Dr S Khan / Practice Manager", "31/12/2025", "G", "Single log in use since August."),
            ])

    d.add_heading("Section 3: Areas the practice should improve", level=1)
    rows = [
        ("3.1", "Continue to improve the uptake of cervical screening.",
         "Offer a Saturday morning smear clinic once a month and send text reminders to women who have not responded to their invitation.",
         "Lead Nurse", "March 2026", "G", "First Saturday clinic held 27 September (18 appointments)."),
        ("3.2", "Take steps to improve patient satisfaction with telephone access.",
         "Move to the cloud-based telephone system with call-back and queue position, and repeat the in-house access survey six months after go-live.",
         "Practice Manager", "April 2026", "G", "New system went live 15 September 2025."),
        ("3.3", "Ensure that all staff acting as chaperones have been trained and have a DBS check or risk assessment.",
         "Update the chaperone list so that only trained staff with a DBS check are listed, and display it in each consulting room.",
         "Assistant Practice Manager", "31/08/2025", "B", "List updated and displayed."),
    ]
    tb = d.add_table(rows=1 + len(rows), cols=7)
    tb.style = "Table Grid"
    for j, h in enumerate(["Ref", "CQC said the practice should", "What we will do", "Lead", "By when", "RAG", "Progress / evidence"]):
        set_cell(tb.cell(0, j), h, bold=True)
        shade(tb.cell(0, j), FILL["lightblue"])
    for i, (ref, should, act, lead, when, rag, prog) in enumerate(rows, 1):
        for j, v in enumerate([ref, should, act, lead, when, "", prog]):
            set_cell(tb.cell(i, j), v)
        shade(tb.cell(i, 5), FILL[rag])

    d.add_paragraph()
    d.add_paragraph("Signed on behalf of the partners:")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(["Name", "Role", "Date"]):
        set_cell(s.cell(0, j), v, bold=True)
    for j, v in enumerate(["Dr R Whitfield", "Senior Partner", "16/07/2025"]):
        set_cell(s.cell(1, j), v)
    d.save(out("up-cheviot-medical-group-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Norfolk Constabulary police custody inspection action plan (docx)
# ---------------------------------------------------------------------------
def norfolk():
    d = docx.Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    p = d.add_paragraph()
    r = p.add_run("Norfolk Constabulary: Police Custody Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Response to the report on an unannounced inspection of police custody suites in Norfolk by HM Inspectorate "
                    "of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services (inspection 3–14 March 2025; "
                    "report published 22 July 2025).")
    d.add_paragraph("Plan owner: Superintendent, Criminal Justice Services  |  Governance: Custody Strategic Board  |  "
                    "Position as at: 30 September 2025")
    d.add_paragraph("Status: Complete – action closed with evidence; Green – on track; Amber – risk to target date; "
                    "Red – target date will be missed.")

    rows = [
        ("band", "Cause of concern 1: Governance of the use of force in custody was weak. Use of force forms were not always "
                 "completed, and the force could not show that force used on detainees was proportionate and necessary."),
        ("band", "Recommendation 1: The force should ensure that all use of force in custody is recorded, reviewed and "
                 "scrutinised, so that it can show that it is proportionate and necessary."),
        ("R1.1", "Introduce a weekly dip-sample of custody CCTV against use of force forms, carried out by the custody inspectors, "
                 "with findings reported to the Custody Strategic Board.",
         "Chief Inspector, Custody", "31/05/2025", "Complete", "Dip-sampling in place since April; first quarterly report to the Board in July."),
        ("R1.2", "Add a mandatory use of force prompt to the custody record so that a form must be linked before the record can be closed.",
         "Custody Systems Lead / Head of Digital Policing", "December 2025", "Amber",
         "Change request raised with the supplier; release scheduled for the December build."),
        ("R1.3", "Publish quarterly use of force in custody data, broken down by ethnicity, age and sex, to the Independent Custody "
                 "Visiting Scheme and the PCC's accountability meeting.",
         "Performance and Analysis Manager", "Q3 2025/26", "Green", "Data set agreed; first publication due in December."),
        ("band", "Cause of concern 2: Healthcare staffing in custody was not sufficient. Detainees at Aylsham and Great Yarmouth "
                 "waited too long to see a healthcare professional, including some who had been assessed as needing urgent care."),
        ("band", "Recommendation 2: The force and its healthcare provider should ensure that detainees are seen promptly by a "
                 "healthcare professional when they need to be."),
        ("R2.1", "Agree revised response times with the healthcare provider and add them to the contract key performance indicators.",
         "Head of Criminal Justice Services", "30/09/2025", "Complete", "Contract variation signed 18 September 2025."),
        ("R2.2", "Recruit two additional custody nurse practitioners to cover the night shift at Aylsham and Great Yarmouth.",
         "Healthcare Provider Service Manager", "31/01/2026", "Amber", "One post filled; the second post has been re-advertised."),
        ("band", "Leadership, accountability and partnerships"),
        ("band", "AFI 1: The force should make sure that there are enough custody staff on each shift to meet the minimum "
                 "staffing levels it has set."),
        ("A1.1", "Review custody minimum staffing levels using demand data and agree a new resourcing model with the Chief Officer Team.",
         "Superintendent, Criminal Justice Services", "31/10/2025", "Green", "Demand analysis complete; paper to Chief Officer Team on 21 October."),
        ("A1.2", "Recruit detention officers to the new establishment and run a cohort of initial custody training.",
         "HR Business Partner / Custody Training Lead", "April 2026", "Green", "Recruitment campaign opens November."),
        ("band", "In the custody suite: detainee care"),
        ("band", "AFI 4: The force should ensure that all detainees are offered a shower, exercise and reading material, and that this is recorded."),
        ("A4.1", "Update the detainee care checklist in the custody record and brief all custody staff through the custody newsletter.",
         "Custody Inspectors (all suites)", "31/08/2025", "Complete", "Checklist updated; briefing issued in the August newsletter."),
        ("band", "AFI 6: The force should improve the provision of replacement clothing and the condition of cells at King's Lynn."),
        ("A6.1", "Carry out a cell condition survey at King's Lynn and complete a programme of redecoration and ligature point removal.",
         "Head of Estates", "March 2026", "Red", "Survey complete; contractor not yet appointed, so the March date will not be met."),
        ("band", "Release and transfer from custody"),
        ("band", "AFI 9: The force should ensure that detainees released under investigation are given clear written information about their status."),
        ("A9.1", "Produce a release under investigation leaflet and make it available in the custody suites in the ten most commonly spoken languages.",
         "Criminal Justice Policy Officer", "TBC – subject to translation costs", "Amber", "English version drafted and approved."),
    ]
    t = d.add_table(rows=1 + len(rows), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["Ref", "Action", "Owner", "Target date", "Status", "Update"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F3864")
        for run in t.cell(0, j).paragraphs[0].runs:
            run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
    status_fill = {"Complete": FILL["B"], "Green": FILL["G"], "Amber": FILL["A"], "Red": FILL["R"]}
    for i, row in enumerate(rows, 1):
        if row[0] == "band":
            c = t.cell(i, 0).merge(t.cell(i, 5))
            is_section = not (row[1].startswith("Cause") or row[1].startswith("Recommendation") or row[1].startswith("AFI"))
            set_cell(c, row[1], bold=True)
            shade(c, "BDD7EE" if is_section or row[1].startswith("Cause") else "DEEAF6")
        else:
            for j, v in enumerate(row):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 4), status_fill[row[4]])
    d.add_paragraph()
    d.add_paragraph("Next review: Custody Strategic Board, 12 December 2025.")
    d.save(out("up-norfolk-constabulary-police-custody-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 4. East Kent Hospitals internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
def east_kent():
    wb = openpyxl.Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "East Kent Hospitals University NHS Foundation Trust – Internal Audit Recommendations Tracker"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Risk Committee, 4 December 2025 – position as at 31 October 2025"
    hdr = ["Audit", "Assurance", "Recommendations", "Implemented", "Open – on track", "Open – revised date", "Overdue"]
    for j, h in enumerate(hdr, 1):
        c = s.cell(row=4, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill(FILL["grey"])
        c.border = BORDER
    data = [
        ("Safer Staffing – E-Rostering", "Limited", 3, 2, 0, 1, 0),
        ("Data Security and Protection Toolkit", "Moderate", 2, 0, 1, 0, 1),
        ("Medical Devices Management", "Limited", 3, 1, 2, 0, 0),
        ("Total", "", 8, 3, 3, 1, 1),
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row, 1):
            c = s.cell(row=5 + i, column=j, value=v)
            c.border = BORDER
            if row[0] == "Total":
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 40
    for col in "BCDEFG":
        s.column_dimensions[col].width = 16

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Internal audit recommendations – detail"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Only audits with open recommendations or recommendations closed since the last Committee are shown."
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec no.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
           "Original due date", "Revised due date", "RAG", "Update (October 2025)"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    audits = [
        ("EKH 06-24/25 Safer Staffing – E-Rostering (Limited assurance)", [
            ("1", "High", "Enforce the six-week roster approval deadline and escalate late rosters to the divisional Head of Nursing.",
             "Roster approval compliance to be reported monthly to the Nursing Workforce Group, with late rosters escalated to divisional Heads of Nursing.",
             "Deputy Chief Nurse", D(2025, 5, 31), D(2025, 9, 30), "B", "Monthly report in place since June; compliance 86% in September."),
            ("2", "Medium", "Review unused contracted hours on each ward at the monthly roster review meeting.",
             "Add a net hours report to the roster review template and train ward managers in its use.",
             "E-Rostering Manager", D(2025, 6, 30), None, "B", "Template updated; 41 ward managers trained."),
            ("3", "Medium", "Ensure temporary staffing requests are authorised in line with the escalation policy.",
             "Introduce a second-level approval in the bank and agency system for shifts above the agency price cap.",
             "Head of Temporary Staffing", D(2025, 8, 31), D(2026, 1, 31), "A", "System change delayed by the supplier's upgrade."),
        ]),
        ("EKH 11-24/25 Data Security and Protection Toolkit (Moderate assurance)", [
            ("1", "High", "Complete information asset registers and data flow maps for all divisions.",
             "Information Asset Owners to complete and sign off asset registers and data flow maps, overseen by the Information Governance team.",
             "Senior Information Risk Owner; Head of Information Governance", D(2025, 4, 30), D(2025, 12, 31), "R",
             "Three of seven divisions outstanding; escalated to the Digital Committee."),
            ("2", "Low", "Ensure data security awareness training compliance reaches the 95% target.",
             "Send weekly non-compliance lists to line managers and suspend system access for staff more than 60 days overdue.",
             "Head of Information Governance", D(2026, 3, 31), None, "G", "Compliance 91.4% at 31 October."),
        ]),
        ("EKH 14-25/26 Medical Devices Management (Limited assurance)", [
            ("1", "High", "Maintain a complete inventory of medical devices with planned preventative maintenance dates.",
             "Complete the physical verification of devices in all clinical areas and update the asset management system.",
             "Head of Clinical Engineering", D(2026, 3, 31), None, "G", "Verification complete at QEQM; William Harvey under way."),
            ("2", "High", "Ensure staff are trained and assessed as competent before using high-risk devices.",
             "Roll out the competency framework for infusion pumps and syringe drivers, with records held on the learning management system.",
             "Medical Devices Safety Officer / Lead Practice Educator", D(2026, 2, 28), None, "G", "Framework approved; roll-out starts in November."),
            ("3", "Medium", "Review the medical devices policy, which is past its review date.",
             "Revised policy to be approved by the Medical Devices Group.",
             "Head of Clinical Engineering", D(2025, 12, 31), None, "B", "Approved by the Medical Devices Group on 14 October 2025."),
        ]),
    ]
    r = 5
    for band, recs in audits:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = fill(FILL["lightblue"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd-mmm-yy"
            ws.cell(row=r, column=8).fill = fill(FILL[rec[7]])
            ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: B – implemented (evidence seen by internal audit); G – not yet due, on track; "
                                   "A – revised date agreed by the Audit and Risk Committee; R – overdue or not on track.").font = Font(italic=True)
    for j, w in enumerate([8, 9, 40, 44, 26, 12, 12, 6, 40], 1):
        ws.column_dimensions[get_column_letter(j)].width = w
    wb.save(out("up-east-kent-hospitals-nhsft-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 5. Disclosure and Barring Service programme highlight report (xlsx)
# ---------------------------------------------------------------------------
def dbs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "Disclosure and Barring Service"
    ws["A1"].font = Font(bold=True, size=12, color="6F2C91")
    ws["A2"] = "Digital Identity Verification Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=15)
    ws.merge_cells("A2:H2")
    meta = [
        ("Reporting period", "1 – 31 October 2025"),
        ("Senior Responsible Owner", "Director of Digital"),
        ("Programme Manager", "J. Okafor"),
        ("Report to", "Strategic Change Board, 19 November 2025"),
    ]
    for i, (k, v) in enumerate(meta):
        ws.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=4 + i, column=2, value=v)
        ws.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=4)

    # dimension RAG block (not actions)
    ws.cell(row=4, column=6, value="Status").font = Font(bold=True)
    ws.cell(row=4, column=7, value="Last period").font = Font(bold=True)
    ws.cell(row=4, column=8, value="This period").font = Font(bold=True)
    for i, (dim, prev, cur) in enumerate([("Overall", "A", "A"), ("Schedule", "A", "A"), ("Budget", "G", "G"),
                                          ("Resources", "A", "R"), ("Benefits", "G", "G")]):
        ws.cell(row=5 + i, column=6, value=dim)
        for col, v in ((7, prev), (8, cur)):
            c = ws.cell(row=5 + i, column=col, value=v)
            c.fill = fill(FILL[v])
            c.alignment = Alignment(horizontal="center")

    ws.cell(row=11, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=12, column=1, value=(
        "Identity service provider certification is complete and the employer portal private beta launched with 40 registered "
        "bodies. Go-live of digital identity verification for basic checks has moved to November because of integration "
        "testing defects. Public beta is now forecast for April 2026 and resourcing is rated red while two developer "
        "vacancies remain unfilled."))
    ws.merge_cells("A12:H12")
    ws.cell(row=12, column=1).alignment = WRAP
    ws.row_dimensions[12].height = 60

    ws.cell(row=14, column=1, value="Key milestones").font = Font(bold=True, size=12)
    hdr = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast / actual date", "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=15, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6F2C91")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BORDER
    groups = [
        ("Workstream 1 – Identity proofing", [
            ("M1.1", "Complete certification of the digital identity service providers against the UK digital identity and attributes trust framework",
             "Head of Identity Assurance", D(2025, 6, 1), D(2025, 7, 1), "A", "B", "Certification confirmed 24 July."),
            ("M1.2", "Go live with identity verification through certified providers for basic check applicants",
             "Head of Identity Assurance", D(2025, 9, 1), D(2025, 11, 1), "A", "A", "Integration defects found in testing; fix deployed, regression testing under way."),
            ("M1.3", "Withdraw the paper route 2 identity checking process",
             "Head of Customer Services", D(2026, 3, 1), D(2026, 3, 1), "G", "G", "Dependent on M1.2."),
        ]),
        ("Workstream 2 – Employer and registered body portal", [
            ("M2.1", "Private beta of the employer portal with 40 registered bodies",
             "Product Manager (Employer Portal)", D(2025, 8, 1), D(2025, 10, 1), "R", "B", "Launched 6 October."),
            ("M2.2", "Open the public beta to all registered bodies",
             "Product Manager (Employer Portal)", D(2026, 1, 1), D(2026, 4, 1), "A", "R", "Two developer vacancies; recruitment with the supplier under way."),
            ("M2.3", "Service assessment against the GOV.UK Service Standard (beta)",
             "Service Owner; Delivery Manager", D(2025, 12, 1), D(2026, 2, 1), "G", "A", "Moved to follow private beta findings."),
        ]),
        ("Workstream 3 – Business change and readiness", [
            ("M3.1", "Train Customer Services and Barring staff on the new identity verification process",
             "Business Change Manager", D(2025, 10, 1), D(2025, 11, 1), "G", "G", "Training materials signed off; sessions booked."),
            ("M3.2", "Agree updated identity checking guidelines with the Home Office and publish them on GOV.UK",
             "Head of Policy / Home Office Sponsor Team", D(2025, 12, 1), D(2026, 1, 1), "A", "A", "Draft with Home Office legal advisers."),
        ]),
    ]
    r = 16
    for band, ms in groups:
        c = ws.cell(row=r, column=1, value=band)
        c.font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("E4DFEC")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for m in ms:
            for j, v in enumerate(m, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col in (6, 7):
                ws.cell(row=r, column=col).fill = fill(FILL[m[col - 1]])
                ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = at risk but recoverable; R = off track, Board intervention needed.").font = Font(italic=True)
    r += 2
    ws.cell(row=r, column=1, value="Decisions required from the Board").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Agree the release of £180k programme contingency to fund two contract developers until March 2026.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=8)
    for j, w in enumerate([24, 52, 28, 12, 14, 10, 10, 44], 1):
        ws.column_dimensions[get_column_letter(j)].width = w

    cl = wb.create_sheet("Change log")
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("0.1", "03/11/2025", "First draft from workstream returns"),
                             ("0.2", "07/11/2025", "Forecast dates updated after Delivery Board"),
                             ("1.0", "10/11/2025", "Approved by SRO for Strategic Change Board")], 1):
        for j, v in enumerate(row, 1):
            cl.cell(row=i, column=j, value=v)
    wb.save(out("up-disclosure-and-barring-service-digital-identity-programme-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 6. Golding Homes consumer standards improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def golding():
    lines = [
        "Golding Homes – Consumer Standards Improvement Plan",
        "Following the Regulator of Social Housing inspection and regulatory judgement (C2) published 12 March 2025",
        "Report to Customer Services Committee – update as at 31 October 2025",
        "",
        "\t".join(["Ref", "Regulator finding", "Action", "Lead", "Target date", "Revised target", "RAG", "Progress"]),
        "Safety and Quality Standard",
        "\t".join(["SQ1.1", "Golding Homes does not have up-to-date stock condition information for around 30% of its homes.",
                   "Commission stock condition surveys for all homes without a survey in the last five years.",
                   "Director of Assets", "31/03/2026", "", "G", "2,140 of 3,300 surveys completed."]),
        "\t".join(["SQ1.2", "",
                   "Load the survey data into the asset management system and use it to set the 2026/27 planned works programme.",
                   "Head of Asset Management", "Mar-26", "", "G", "Data validation rules agreed with the surveying contractor."]),
        "\t".join(["SQ2.1", "Damp and mould cases were not always resolved within the landlord's published timescales.",
                   "Introduce a damp and mould triage team and inspect all new reports within 10 working days.",
                   "Head of Repairs", "30/06/2025", "", "Complete", "Team in place since May 2025; 94% of reports inspected within 10 days."]),
        "\t".join(["SQ2.2", "",
                   "Re-inspect every damp and mould case six weeks after the works are completed.",
                   "Damp and Mould Lead Surveyor", "Ongoing", "", "G", "312 re-inspections completed; 9 cases reopened."]),
        "Transparency, Influence and Accountability Standard",
        "\t".join(["TIA1.1", "The board could not show how it used tenant feedback to shape services.",
                   "Set up a Tenant Scrutiny Panel with terms of reference and a work programme agreed with the board.",
                   "Director of Customer Services", "September 2025", "", "Complete", "Panel met for the first time on 17 September."]),
        "\t".join(["TIA1.2", "",
                   "Publish the tenant satisfaction measures with a 'you said, we did' summary on the website and in the tenant newsletter.",
                   "Head of Customer Insight / Communications Manager", "Q3 2025/26", "Q4 2025/26", "A",
                   "Delayed to include the 2025 survey results."]),
        "Neighbourhood and Community Standard",
        "\t".join(["NC1.1", "Anti-social behaviour cases were not risk assessed consistently.",
                   "Use a risk assessment matrix for every new ASB case and audit ten cases a month.",
                   "Neighbourhood Services Manager", "31/12/2025", "", "A", "Matrix in use; case audits started in October."]),
        "Tenancy Standard",
        "\t".join(["T1.1", "Tenancy audits had not been carried out since 2020.",
                   "Restart the tenancy audit programme, visiting every household at least once every five years.",
                   "Housing Services Manager", "31/03/2026", "30/06/2026", "R",
                   "Mobile working software delayed; visits now start in January 2026."]),
        "",
        "RAG: Complete = action finished and evidence held; G = on track; A = some slippage; R = off track",
        "Plan owner: Executive Director of Homes and Communities",
    ]
    with open(out("up-golding-homes-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. Whitehead-Ross Education PIAP (csv) – typo month, refuse
# ---------------------------------------------------------------------------
def whitehead_ross():
    n = 8
    rows = [
        ["Whitehead-Ross Education and Consulting Ltd"] + [""] * (n - 1),
        ["Post Inspection Action Plan (PIAP) – Apprenticeships"] + [""] * (n - 1),
        ["Ofsted full inspection 10–13 June 2025; report published 18 July 2025; overall effectiveness: Requires improvement"] + [""] * (n - 1),
        [""] * n,
        ["Area for improvement", "Ref", "Action", "Responsibility", "Timescale", "Impact measure", "RAG", "Progress update"],
        ["1. Leaders should ensure that apprentices' starting points are assessed accurately and used to plan the content of their training.",
         "1a", "Replace the initial assessment with a vocational skills scan for each standard, completed jointly by the apprentice, employer and tutor.",
         "Head of Quality and Curriculum", "Sep-25", "All new starts from September have a completed skills scan.", "Complete",
         "Skills scans in use for all standards."],
        ["", "1b", "Use the skills scan to adjust the training plan and off-the-job hours, and check this at the 12-week review.",
         "Curriculum Managers", "Dec-25", "Training plans show adjusted content and hours for apprentices with prior learning.", "G",
         "Sample of 20 plans checked in October; 17 adjusted correctly."],
        ["2. Leaders should make sure that employers are involved in reviews of apprentices' progress, so that on- and off-the-job training are linked.",
         "2a", "Schedule tripartite progress reviews every 10 weeks, with the employer attending or contributing in writing.",
         "Operations Director", "Nov-25", "Employer attendance at reviews above 85%.", "A",
         "Employer attendance 72% in October."],
        ["", "2b", "Train workplace mentors through a short online employer induction module.",
         "Employer Engagement Manager", "Febuary 2026", "Mentors at 80% of employers have completed the module.", "G",
         "Module content drafted."],
        ["3. Tutors should ensure that apprentices receive helpful feedback on their written work that helps them to improve.",
         "3a", "Introduce a feedback standard and quarterly observations of teaching, learning and assessment focused on written feedback.",
         "Quality Manager; Lead Tutor", "31/01/2026", "Observation records show developmental feedback in all sampled work.", "A",
         "Standard written; first round of observations started."],
        ["", "3b", "Run a CPD session for all tutors on giving developmental feedback.",
         "Lead Tutor", "Oct-25", "All tutors attended.", "Complete", "Session held 8 October."],
        ["4. Leaders should ensure that apprentices gain a secure understanding of the risks of radicalisation and extremism relevant to their workplace and local area.",
         "4a", "Add a Prevent topic to each progress review and record the discussion on the e-portfolio.",
         "Designated Safeguarding Lead", "Ongoing", "Apprentices can explain local Prevent risks when asked at reviews.", "G",
         "Topic added to review template."],
        ["", "4b", "Publish a monthly safeguarding and Prevent newsletter for apprentices and employers.",
         "Designated Safeguarding Lead", "Monthly", "Newsletter issued each month.", "G", "September and October issues sent."],
        [""] * n,
        ["RAG key: Complete = action finished; G = on track; A = slipping; R = off track"] + [""] * (n - 1),
        ["Version 3 – updated 6 November 2025 by the Head of Quality and Curriculum"] + [""] * (n - 1),
    ]
    with open(out("up-whitehead-ross-education-ofsted-apprenticeships-piap-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in rows:
            w.writerow(row)


if __name__ == "__main__":
    herts_fire()
    cheviot()
    norfolk()
    east_kent()
    dbs()
    golding()
    whitehead_ross()
    print("built 7 files")
