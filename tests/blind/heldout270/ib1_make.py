#!/usr/bin/env python3
"""Build the seven ib1- blind test files (set heldout270).

Run with /work/main/.venv/bin/python ib1_make.py (from any directory); files are written
beside this script.
"""
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

FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
    "pale": PatternFill("solid", fgColor="DDEBF7"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def out(name):
    return os.path.join(HERE, name)


def d(y, m, day):
    return dt.datetime(y, m, day)


def box_row(ws, r, c1, c2):
    for c in range(c1, c2 + 1):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. Wrightington, Wigan and Leigh NHSFT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def make_wwl():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=13)
    cov["A3"] = ("Core services inspected: Urgent and Emergency Care; Medical Care (including older "
                 "people's care) – Royal Albert Edward Infirmary. Report published 21 March 2024.")
    cov["A4"] = "Executive lead: Chief Nurse. Monitored monthly by the Quality and Safety Committee."
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    hdr = ["Version", "Date", "Author", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = cov.cell(row=7, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
    rows = [
        ("v0.3", d(2024, 4, 12), "Head of Compliance and Regulation", "Draft for Quality and Safety Committee"),
        ("v1.0", d(2024, 5, 2), "Head of Compliance and Regulation", "Approved by Executive Team; submitted to CQC"),
        ("v1.4", d(2024, 11, 7), "Compliance Officer", "November 2024 progress update"),
    ]
    for r, row in enumerate(rows, 8):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        box_row(cov, r, 1, 4)
    cov["A12"] = "RAG key"
    cov["A12"].font = Font(bold=True)
    key = [
        ("B", "Blue", "Action complete and evidence of embedding seen"),
        ("G", "Green", "On track to deliver by the completion date"),
        ("A", "Amber", "At risk of delay / revised date agreed"),
        ("R", "Red", "Off track or overdue – escalated to Executive Team"),
    ]
    for r, (k, word, meaning) in enumerate(key, 13):
        cov.cell(row=r, column=1).fill = FILL[k]
        cov.cell(row=r, column=2, value=word)
        cov.cell(row=r, column=3, value=meaning)
    cov["A18"] = "Summary of current position (November 2024)"
    cov["A18"].font = Font(bold=True)
    summ = [("", "Actions", "Blue", "Green", "Amber", "Red", "Not started"),
            ("Must Do", 6, 2, 1, 2, 1, 0),
            ("Should Do", 4, 1, 2, 0, 0, 1),
            ("Total", 10, 3, 3, 2, 1, 1)]
    for r, row in enumerate(summ, 19):
        for c, v in enumerate(row, 1):
            cell = cov.cell(row=r, column=c, value=v)
            if r in (19, 22):
                cell.font = Font(bold=True)
        box_row(cov, r, 1, 7)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 40
    cov.column_dimensions["D"].width = 40

    headers = ["Ref", "Action ref", "{kind} (CQC requirement)", "Regulation",
               "Action(s) to be taken", "Responsible lead(s)", "Original completion date",
               "Revised completion date", "Progress update – November 2024",
               "Previous RAG (Sept 24)", "Current RAG (Nov 24)"]
    widths = [7, 9, 45, 16, 50, 28, 13, 13, 45, 11, 11]

    def sheet(title, kind, sections):
        ws = wb.create_sheet(title)
        for i, h in enumerate(headers, 1):
            c = ws.cell(row=1, column=i, value=h.format(kind=kind))
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = FILL["navy"]
            c.alignment = Alignment(wrap_text=True, vertical="center")
            ws.column_dimensions[c.column_letter].width = widths[i - 1]
        ws.freeze_panes = "A2"
        r = 2
        for section, reqs in sections:
            ws.cell(row=r, column=1, value=section).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
            ws.cell(row=r, column=1).fill = FILL["pale"]
            r += 1
            for ref, req, reg, actions in reqs:
                first = r
                for aref, text, lead, orig, rev, prog, prev, cur in actions:
                    ws.cell(row=r, column=2, value=aref)
                    ws.cell(row=r, column=5, value=text)
                    ws.cell(row=r, column=6, value=lead)
                    c = ws.cell(row=r, column=7, value=orig)
                    c.number_format = "dd/mm/yyyy"
                    if rev is not None:
                        c = ws.cell(row=r, column=8, value=rev)
                        c.number_format = "dd/mm/yyyy"
                    ws.cell(row=r, column=9, value=prog)
                    if prev:
                        ws.cell(row=r, column=10).fill = FILL[prev]
                    if cur:
                        ws.cell(row=r, column=11).fill = FILL[cur]
                    box_row(ws, r, 1, 11)
                    r += 1
                ws.cell(row=first, column=1, value=ref)
                ws.cell(row=first, column=3, value=req)
                ws.cell(row=first, column=4, value=reg)
                if r - 1 > first:
                    for col in (1, 3, 4):
                        ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
        return ws

    must = [
        ("Urgent and Emergency Care", [
            ("MD1",
             "The trust must ensure that patients in the emergency department receive timely assessment "
             "of their risk of deterioration, including completion of NEWS2 observations within the "
             "expected timeframes.",
             "Regulation 12 Safe care and treatment",
             [("MD1.1",
               "Introduce an hourly safety huddle in the ED led by the nurse in charge, using the ED "
               "safety checklist to identify overdue observations.",
               "Matron – Emergency Department", d(2024, 5, 31), None,
               "Safety huddle in place since May 2024; compliance audited weekly – 94% in October.",
               "G", "B"),
              ("MD1.2",
               "Extend electronic observations (eObs) alerting to ED majors and the corridor care area.",
               "Chief Nursing Information Officer / ED Operational Manager", d(2024, 7, 31), d(2024, 12, 31),
               "Hardware procurement delayed; devices delivered October 2024 and go-live planned for December.",
               "A", "A")]),
            ("MD2",
             "The trust must ensure that there are sufficient numbers of suitably qualified registered "
             "children's nurses in the emergency department to meet the needs of children.",
             "Regulation 18 Staffing",
             [("MD2.1",
               "Recruit to the 4.6 WTE registered children's nurse vacancies in the ED and review the "
               "paediatric nursing establishment at the biannual safer staffing review.",
               "Deputy Chief Nurse", d(2024, 9, 30), d(2025, 3, 31),
               "3.0 WTE appointed; 1.6 WTE remain vacant after two recruitment rounds. Agency cover in place.",
               "A", "R")]),
        ]),
        ("Medical Care (including older people's care)", [
            ("MD3",
             "The trust must ensure that medicines, including controlled drugs, are stored securely and "
             "that medicines fridge temperatures are monitored and recorded daily on all medical wards.",
             "Regulation 12 Safe care and treatment",
             [("MD3.1",
               "Roll out the daily medicines storage checklist to all medical wards, with weekly spot "
               "checks by the ward pharmacist.",
               "Chief Pharmacist", d(2024, 6, 30), None,
               "Checklist in use on all 11 medical wards; spot checks show 98% compliance for three months.",
               "G", "B"),
              ("MD3.2",
               "Replace the remaining manual fridge thermometers with continuous remote temperature monitoring.",
               "Chief Pharmacist & Head of Estates", d(2024, 10, 31), d(2025, 1, 31),
               "Sensors installed on 8 of 11 wards; remaining wards scheduled for January 2025.",
               "G", "A")]),
            ("MD4",
             "The trust must ensure that mental capacity assessments and best interest decisions are "
             "completed and recorded for patients who may lack capacity, including when bed rails are used.",
             "Regulation 11 Need for consent",
             [("MD4.1",
               "Deliver face-to-face Mental Capacity Act training to registered nurses and doctors on the "
               "medical wards, with a target of 90% compliance.",
               "Named Nurse for Safeguarding Adults", d(2024, 9, 30), None,
               "Training compliance 86% at end of October; final sessions booked for November.",
               "A", "G")]),
        ]),
    ]
    should = [
        ("Urgent and Emergency Care", [
            ("SD1",
             "The trust should ensure that patients' pain is assessed and reassessed in a timely way and "
             "that pain relief is given promptly.",
             "Regulation 9 Person-centred care",
             [("SD1.1",
               "Add a mandatory pain score prompt to the triage documentation in the ED electronic record.",
               "ED Clinical Director", d(2024, 8, 31), None,
               "Prompt live from 12 August 2024; monthly audit shows 91% of patients with a pain score at triage.",
               "G", "B")]),
            ("SD2",
             "The trust should ensure that staff complete mandatory training, including level 3 "
             "safeguarding children training.",
             "Regulation 18 Staffing",
             [("SD2.1",
               "Book all outstanding ED staff onto level 3 safeguarding children training and monitor "
               "compliance monthly at the divisional performance review.",
               "Head of Nursing – Urgent Care; Practice Educator ED", d(2024, 12, 31), None,
               "Compliance has risen from 71% to 87%; on track for 90% by December.",
               "A", "G")]),
        ]),
        ("Medical Care (including older people's care)", [
            ("SD3",
             "The trust should ensure that discharge planning starts on admission and that patients and "
             "their families are involved in decisions about their discharge.",
             "Regulation 9 Person-centred care",
             [("SD3.1",
               "Launch the 'Home First' discharge planning tool on all medical wards, with an estimated "
               "date of discharge set within 24 hours of admission.",
               "Associate Director of Patient Flow", d(2025, 1, 31), None,
               "Tool launched on 6 wards; roll-out to the remaining wards in December and January.",
               "G", "G"),
              ("SD3.2",
               "Ask patients and families about their involvement in discharge planning through the "
               "monthly ward quality audit.",
               "Matron – Medicine", d(2025, 3, 31), None,
               "Not yet started – audit questions to be added from January 2025.",
               None, None)]),
        ]),
    ]
    sheet("Must Do", "Must Do", must)
    sheet("Should Do", "Should Do", should)
    wb.save(out("ib1-wrightington-wigan-leigh-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Buckinghamshire New University - Ofsted apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
def make_bnu():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Buckinghamshire New University"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Apprenticeships: Post-Inspection Action Plan (PIAP)"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Ofsted full inspection: 4–7 June 2024 | Overall effectiveness: Requires improvement | "
                "Report published: 18 July 2024")
    ws["A4"] = ("Plan owner: Pro Vice-Chancellor (Education) | Monitored by: Apprenticeship Quality Board "
                "(monthly) and Academic Board (termly)")
    for r in range(1, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    headers = ["No.", "Action", "Lead", "Milestones / evidence of impact", "Target date",
               "Progress at 31 January 2025", "Status"]
    widths = [7, 55, 30, 40, 14, 45, 13]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["navy"]
        c.alignment = WRAP
        ws.column_dimensions[c.column_letter].width = widths[i - 1]
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    plan = [
        ("Quality of education", [
            ("1. Leaders should ensure that all apprentices receive their full entitlement to "
             "off-the-job training and that this is recorded accurately.", [
                ("1.1",
                 "Introduce a standard off-the-job training log in the e-portfolio for all apprenticeship "
                 "programmes.\nProgramme leads to check logs at every progress review.",
                 "Head of Apprenticeships",
                 "Log live on all programmes; 100% of reviews sampled show OTJ hours checked.",
                 "Sept 2024", "Log introduced September 2024 and used on all 14 programmes.", "Complete"),
                ("1.2",
                 "Run termly workshops for employers and workplace mentors on what counts as "
                 "off-the-job training.",
                 "Employer Engagement Manager",
                 "Attendance records; employer feedback; fewer OTJ shortfalls at gateway.",
                 "Ongoing", "Two workshops held (October, January); 38 employers attended.", "On track"),
            ]),
            ("2. Leaders and managers should make sure that progress reviews involve apprentices and "
             "their employers, and that the targets set help apprentices to develop new knowledge, "
             "skills and behaviours.", [
                ("2.1",
                 "Revise the tripartite progress review template so that SMART targets are linked to the "
                 "knowledge, skills and behaviours of the apprenticeship standard.",
                 "Apprenticeship Quality Manager",
                 "New template approved by Apprenticeship Quality Board.",
                 "Nov 2024", "Template approved 12 November 2024 and in use.", "Complete"),
                ("2.2",
                 "Sample 10% of progress reviews each term through the quality assurance cycle and feed "
                 "back findings to programme teams.",
                 "Apprenticeship Quality Manager / Programme Leads",
                 "Termly sampling report; improvement in quality of targets.",
                 "April 2025",
                 "Autumn sample completed late; spring sample delayed by staff absence.", "At risk"),
            ]),
            ("3. Leaders should ensure that apprentices who need to achieve English and mathematics "
             "qualifications receive effective teaching so that they achieve them on time.", [
                ("3.1",
                 "Appoint a functional skills coordinator and tutor to teach apprentices who need level 2 "
                 "English and mathematics.",
                 "Head of Apprenticeships",
                 "Coordinator in post; pass rates at first attempt above 70%.",
                 "Jan 2025", "Coordinator appointed and started 6 January 2025.", "Complete"),
            ]),
        ]),
        ("Leadership and management", [
            ("4. Governors should receive sufficiently detailed information about the quality of "
             "apprenticeship provision to enable them to challenge senior leaders effectively.", [
                ("4.1",
                 "Produce a termly apprenticeship quality report for Academic Board and the Board of "
                 "Governors, including achievement, timeliness and withdrawal data by programme.",
                 "Pro Vice-Chancellor (Education)",
                 "Reports received and minuted; evidence of challenge in minutes.",
                 "Dec 2024", "First report considered by the Board of Governors on 11 December 2024.",
                 "Complete"),
                ("4.2",
                 "Nominate a governor with specific responsibility for apprenticeships and safeguarding.",
                 "Clerk to the Board of Governors",
                 "Link governor appointed and inducted.",
                 "March 2025", "Nomination to go to the March Board meeting.", "On track"),
            ]),
        ]),
        ("Personal development", [
            ("5. Leaders should ensure that apprentices have a secure understanding of the risks of "
             "radicalisation and extremism in their local area and workplace.", [
                ("5.1",
                 "Embed Prevent and British values topics into the progress review schedule, supported "
                 "by a short online module each semester.",
                 "Designated Safeguarding Lead; Programme Leads",
                 "Module completion rates; apprentices' understanding checked at reviews.",
                 "July 2025", "Module being written; to start in semester 2.", "Not started"),
            ]),
        ]),
    ]
    r = 7
    for theme, afis in plan:
        c = ws.cell(row=r, column=1, value=theme)
        c.font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c.fill = PatternFill("solid", fgColor="7030A0")
        r += 1
        for afi, actions in afis:
            c = ws.cell(row=r, column=1, value=afi)
            c.font = Font(bold=True)
            c.fill = FILL["lilac"]
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
            r += 1
            for row in actions:
                for col, v in enumerate(row, 1):
                    ws.cell(row=r, column=col, value=v)
                box_row(ws, r, 1, 7)
                k = status_fill.get(row[6])
                if k:
                    ws.cell(row=r, column=7).fill = FILL[k]
                r += 1
    r += 1
    ws.cell(row=r, column=1, value=(
        "Status key: Complete (blue) – action completed and impact evidenced; On track (green) – will be "
        "met by the target date; At risk (amber) – target date may be missed; Off track (red) – target "
        "date missed; Not started."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(row=r + 1, column=1, value="Next review: Apprenticeship Quality Board, 26 February 2025.")
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)

    s = wb.create_sheet("Summary")
    s["A1"] = "PIAP summary – 31 January 2025"
    s["A1"].font = Font(bold=True)
    rows = [("Status", "Number of actions"), ("Complete", 4), ("On track", 2), ("At risk", 1),
            ("Off track", 0), ("Not started", 1), ("Total", 8)]
    for i, (a, b) in enumerate(rows, 3):
        s.cell(row=i, column=1, value=a)
        s.cell(row=i, column=2, value=b)
        box_row(s, i, 1, 2)
    s.column_dimensions["A"].width = 18
    s.column_dimensions["B"].width = 20
    wb.save(out("ib1-buckinghamshire-new-university-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------------------
# 3. Civil Aviation Authority - ICO data protection audit action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_caa():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Civil Aviation Authority"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "ICO Data Protection Audit – Management Action Plan"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = ("Audit fieldwork: 3–6 February 2025 | Final report issued: 28 April 2025 | "
                "Overall assurance: Limited")
    ws["A4"] = "Progress position reported to the Audit Committee, 22 October 2025"
    headers = ["Ref", "ICO recommendation", "Priority", "Agreed action", "Action owner",
               "Implementation date", "Revised date", "Progress update", "Status"]
    widths = [6, 50, 10, 50, 28, 16, 14, 45, 12]
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="002060")
        c.alignment = WRAP
        ws.column_dimensions[c.column_letter].width = widths[i - 1]
    plan = [
        ("Governance and Accountability", [
            ("a4",
             "The CAA should ensure that the Data Protection Officer reports directly to the highest "
             "management level and has sufficient resources to carry out the role.",
             "High",
             "Update the DPO terms of reference so that the DPO reports quarterly to the Executive "
             "Committee, and fund an additional data protection adviser post.",
             "General Counsel", "June 2025", "", "Terms of reference approved; adviser started July 2025.",
             "Complete"),
            ("a11",
             "The CAA should complete and maintain a Record of Processing Activities (ROPA) covering all "
             "directorates.",
             "High",
             "Complete ROPA returns for all directorates and set an annual review by Information Asset "
             "Owners.",
             "Data Protection Officer", "September 2025", "December 2025",
             "ROPA complete for 6 of 8 directorates.", "In progress"),
        ]),
        ("Training and Awareness", [
            ("b3",
             "Mandatory data protection training should be completed by all staff and contractors at "
             "induction and refreshed annually.",
             "Medium",
             "Make the data protection e-learning module mandatory for contractors and report completion "
             "rates to the Information Governance Board.",
             "Head of Learning and Development", "July 2025", "",
             "Completion at 93% for staff and 81% for contractors.", "In progress"),
            ("b7",
             "Specialist training should be provided for staff who handle subject access requests.",
             "Medium",
             "Deliver specialist SAR handling training to the Information Rights Team and directorate "
             "SAR co-ordinators.",
             "Information Rights Manager", "May 2025", "", "Training delivered 14 May 2025.", "Complete"),
        ]),
        ("Records Management", [
            ("c2",
             "The CAA should apply its retention schedule to personal data held in legacy network drives "
             "and email accounts.",
             "High",
             "Run a records clean-up project for legacy network drives, applying the retention schedule "
             "with sign-off by each Information Asset Owner.",
             "Head of Information Management", "November 2025", "Febuary 2026",
             "Project started; supplier engaged for automated classification.", "In progress"),
            ("c9",
             "Regular audits of records management compliance should be undertaken.",
             "Low",
             "Add records management compliance checks to the internal audit plan for 2026/27.",
             "Head of Internal Audit", "March 2026", "", "", "Not started"),
        ]),
        ("Information Security", [
            ("d5",
             "The CAA should ensure that access rights to systems holding personal data are reviewed "
             "regularly and removed promptly when staff leave.",
             "Urgent",
             "Introduce quarterly user access reviews for the licensing and medical records systems, and "
             "automate leaver notifications from HR to IT.",
             "Chief Information Security Officer", "August 2025", "", "Quarterly reviews in place; "
             "automated leaver process live since 1 September 2025.", "Complete"),
            ("d8",
             "Data protection impact assessments should be completed before new systems processing "
             "personal data go live.",
             "Medium",
             "Embed a DPIA checkpoint in the project governance gateway process.",
             "Head of Portfolio Office", "October 2025", "", "Gateway checklist updated; awaiting "
             "approval by the Portfolio Board.", "Overdue"),
        ]),
    ]
    r = 7
    for area, recs in plan:
        c = ws.cell(row=r, column=1, value=area)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for row in recs:
            for col, v in enumerate(row, 1):
                if v != "":
                    ws.cell(row=r, column=col, value=v)
            box_row(ws, r, 1, 9)
            r += 1
    ws.cell(row=r + 1, column=1, value=("Priority ratings as given in the ICO audit report: Urgent, High, "
                                        "Medium, Low."))

    s = wb.create_sheet("Assurance ratings")
    s["A1"] = "ICO assurance ratings by scope area"
    s["A1"].font = Font(bold=True)
    rows = [("Scope area", "Assurance rating", "Recommendations"),
            ("Governance and Accountability", "Limited", 2),
            ("Training and Awareness", "Reasonable", 2),
            ("Records Management", "Limited", 2),
            ("Information Security", "Reasonable", 2)]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            s.cell(row=i, column=j, value=v)
        box_row(s, i, 1, 3)
    s.column_dimensions["A"].width = 32
    s.column_dimensions["B"].width = 18
    s.column_dimensions["C"].width = 18
    wb.save(out("ib1-civil-aviation-authority-ico-data-protection-audit-action-plan-typo-month-refuse.xlsx"))


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


def bold_cell(cell, text, fill=None):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    if fill:
        shade(cell, fill)


# ---------------------------------------------------------------------------
# 4. Whitefield Primary School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def make_whitefield():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Whitefield Primary School: Post-Ofsted Action Plan 2024–25", level=0)
    doc.add_paragraph(
        "This plan responds to the areas for improvement in our Ofsted inspection report (inspection "
        "11–12 June 2024, published 15 July 2024). It is reviewed each half term by the senior "
        "leadership team and reported termly to the Standards and Curriculum Committee of the "
        "governing body.")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Approved by"]):
        bold_cell(t.cell(0, i), h, "D9D9D9")
    for r, row in enumerate([("1.0", "16/09/2024", "Full Governing Body"),
                             ("1.1", "09/12/2024", "Standards and Curriculum Committee"),
                             ("1.2", "24/03/2025", "Standards and Curriculum Committee")], 1):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key (progress at March 2025): ").bold = True
    p.add_run("Green – completed and having impact; Amber – in progress; Red – not on track; "
              "blank – not yet started.")

    GREEN, AMBER, RED = "00B050", "FFC000", "FF0000"
    priorities = [
        ("Priority 1: Early reading and phonics",
         "Leaders should ensure that the phonics programme is delivered consistently well by all staff, "
         "so that pupils at the early stages of reading catch up quickly.",
         [("1.1", "Provide refresher training in the school's validated phonics programme for all "
                  "teachers and teaching assistants in EYFS and Key Stage 1.",
           "English lead", "Autumn term 2024",
           "All staff observed teaching phonics to the programme's expectations.", "HT – learning walks", GREEN),
          ("1.2", "Introduce daily keep-up sessions for pupils who fall behind, tracked through half-termly "
                  "phonics assessments.",
           "KS1 phase leader", "Spring term 2025",
           "Gap between keep-up pupils and their peers narrows each half term.", "English lead – data drops", AMBER),
          ("1.3", "Match reading books closely to the sounds pupils know, and audit the reading book stock.",
           "English lead", "Spring term 2025",
           "All decodable books matched to the programme; new books bought.", "DHT", GREEN)]),
        ("Priority 2: Curriculum in the foundation subjects",
         "Leaders should ensure that the curriculum in some foundation subjects identifies the important "
         "knowledge pupils should learn, and that teachers check what pupils remember.",
         [("2.1", "Complete the rewrite of the history, geography and design and technology curriculum "
                  "maps, identifying the key knowledge for each unit.",
           "Curriculum lead, subject leaders", "Summer term 2025",
           "Curriculum maps published on the website.", "Governor for curriculum", AMBER),
          ("2.2", "Introduce low-stakes retrieval quizzes at the start of foundation subject lessons.",
           "Subject leaders", "Ongoing",
           "Pupils can recall key knowledge from previous units in pupil voice.", "DHT – pupil voice", AMBER),
          ("2.3", "Subject leaders to carry out termly book looks and pupil voice in their subjects and "
                  "report findings to governors.",
           "DHT", "Termly",
           "Subject leader reports to the Standards and Curriculum Committee.", "Chair of committee", None)]),
        ("Priority 3: Attendance",
         "Leaders should continue to take effective action to reduce the proportion of pupils who are "
         "persistently absent from school.",
         [("3.1", "Appoint an attendance officer and hold weekly attendance meetings with the headteacher.",
           "Headteacher", "September 2024",
           "Attendance officer in post; weekly meeting notes.", "Governor for attendance", GREEN),
          ("3.2", "Hold attendance support meetings with families of pupils whose attendance falls below "
                  "90%, working with the local authority's Education Welfare Service.",
           "Attendance officer / DSL", "Ongoing",
           "Persistent absence below 15% (currently 19.4%).", "HT – half-termly", RED)]),
    ]
    hdr = ["No.", "Action", "Who", "When", "Success criteria", "Monitoring (who)", "RAG"]
    for heading, afi, actions in priorities:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run("What the school needs to do to improve: ").italic = True
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1 + len(actions), cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            bold_cell(t.cell(0, i), h, "BDD7EE")
        for r, (no, act, who, when, sc, mon, rag) in enumerate(actions, 1):
            for c, v in enumerate([no, act, who, when, sc, mon, ""]):
                t.cell(r, c).text = v
            if rag:
                shade(t.cell(r, 6), rag)
        doc.add_paragraph()
    doc.add_paragraph("Signed: ____________________  Headteacher        "
                      "Signed: ____________________  Chair of Governors")
    doc.save(out("ib1-whitefield-primary-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Pennine Care NHSFT - CQC MHA monitoring visit provider action statement (docx)
# ---------------------------------------------------------------------------
def make_pennine():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("Mental Health Act Monitoring Visit – Provider Action Statement", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    details = [("Provider", "Pennine Care NHS Foundation Trust"),
               ("Location", "Royal Oldham Hospital – Parkside Unit"),
               ("Ward(s) visited", "Cedar Ward (adult acute admission, male, 20 beds)"),
               ("Date of MHA monitoring visit", "14 August 2024"),
               ("Date of monitoring report", "20 September 2024"),
               ("Action statement updated", "20 January 2025")]
    for r, (a, b) in enumerate(details):
        bold_cell(t.cell(r, 0), a, "F2F2F2")
        t.cell(r, 1).text = b
    doc.add_paragraph()
    doc.add_paragraph(
        "Please set out the actions you will take to address the issues identified in the monitoring "
        "report, the person responsible and the date by which each action will be completed. Progress "
        "is reviewed monthly by the Mental Health Act Governance Group.")
    hdr = ["Issue identified in the report", "Action planned", "Responsible person(s)",
           "Date for completion", "Progress (RAG)"]
    domains = [
        ("Information rights (section 132)",
         "Records did not show that patients had been given their rights under section 132 on admission, "
         "or that this had been repeated when patients did not understand.",
         [("Ward Manager to audit section 132 rights records for all detained patients weekly for 12 weeks "
           "and report results to the Mental Health Act Governance Group.",
           "Ward Manager, Cedar Ward", "30/11/2024", "Blue – completed"),
          ("Add a prompt to the admission checklist on PARIS for section 132 rights to be read and repeated.",
           "Mental Health Law Manager / Clinical Systems Lead", "31/10/2024", "Blue – completed")]),
        ("Consent to treatment (section 58)",
         "Two patients were receiving medication that was not authorised on their T2 or T3 certificates.",
         [("Pharmacy to check all T2 and T3 certificates against prescription charts at each weekly ward "
           "pharmacy visit, and alert the responsible clinician immediately to any discrepancy.",
           "Lead Pharmacist – Mental Health", "16/09/2024", "Blue – completed"),
          ("Deliver a teaching session on consent to treatment certificates to all ward doctors and "
           "registered nurses.",
           "Clinical Director; Ward Manager, Cedar Ward", "December 2024", "Amber – delayed, session "
           "rebooked for February 2025")]),
        ("Care planning and involvement",
         "Care plans were not always personalised and did not show that patients had been involved in "
         "writing them or had been offered a copy.",
         [("Introduce monthly care plan quality audits against the trust's personalised care planning "
           "standards, with feedback at ward team meetings.",
           "Ward Manager, Cedar Ward", "31/03/2025", "Green – on track")]),
        ("Environment",
         "The seclusion room clock was not visible to the patient and the intercom was not working.",
         [("Estates to reposition the seclusion room clock and repair the two-way intercom.",
           "Estates Manager – Oldham", "18/10/2024", "Blue – completed")]),
        ("Blanket restrictions",
         "Patients could not access the garden after 8pm and this had not been reviewed as a blanket "
         "restriction.",
         [("Review garden access at the Restrictive Practice Reduction Group, record the decision and "
           "rationale, and replace the ward-wide rule with individual risk assessments.",
           "Modern Matron – Acute Inpatient Services", "Q3 2024/25", "Red – not yet reviewed at group")]),
    ]
    nrows = 1 + sum(1 + len(a) for _, _, a in domains)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        bold_cell(t.cell(0, i), h, "BDD7EE")
    r = 1
    for domain, issue, actions in domains:
        merged = t.cell(r, 0).merge(t.cell(r, len(hdr) - 1))
        bold_cell(merged, domain, "DEEAF6")
        r += 1
        first = r
        for act, who, when, prog in actions:
            t.cell(r, 1).text = act
            t.cell(r, 2).text = who
            t.cell(r, 3).text = when
            t.cell(r, 4).text = prog
            r += 1
        c = t.cell(first, 0)
        if r - 1 > first:
            c = c.merge(t.cell(r - 1, 0))
        c.text = issue
    doc.add_paragraph()
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Completed by", "Mental Health Law Manager"),
                                ("Approved by", "Associate Director of Nursing – Inpatient Services"),
                                ("Date returned to CQC", "11 October 2024 (updated 20 January 2025)")]):
        bold_cell(t.cell(i, 0), a, "F2F2F2")
        t.cell(i, 1).text = b
    doc.save(out("ib1-pennine-care-nhsft-cqc-mha-monitoring-visit-provider-action-statement.docx"))


# ---------------------------------------------------------------------------
# 6. Long Road Sixth Form College - Ofsted post-inspection action plan (csv)
# ---------------------------------------------------------------------------
def make_longroad():
    import csv
    rows = [
        ["Long Road Sixth Form College – Post-Inspection Action Plan (Ofsted inspection November 2024)"],
        ["Progress update for the Quality and Standards Committee, 24 June 2025"],
        [],
        ["Ref", "Area for improvement (Ofsted report)", "Action", "Responsibility",
         "Milestone / impact measure", "Original target", "Revised target", "RAG", "Progress commentary"],
        ["1.1",
         "Leaders should ensure that teachers in a small minority of subjects use assessment effectively "
         "to check students' understanding and address misconceptions.",
         "Deliver a CPD programme on questioning and checking for understanding for all teaching staff, "
         "led by the Advanced Practitioners.",
         "Director of Teaching, Learning and Assessment", "All teachers attend three sessions",
         "Feb-25", "", "B", "Programme completed; 97% attendance."],
        ["1.2", "",
         "Targeted observations and learning walks in geography, sociology and BTEC business, with "
         "follow-up coaching where needed.",
         "Assistant Principal (Quality)", "Observation profile in the three subjects matches college profile",
         "Mar-25", "May-25", "G", "Two of three subjects reviewed; business scheduled for May."],
        ["1.3", "",
         "Share effective assessment practice through a termly 'teach meet'.",
         "Advanced Practitioners", "Staff survey shows increased confidence", "Termly", "", "G",
         "Teach meets held in January and April."],
        ["2.1",
         "Leaders should improve the attendance of students on GCSE English and mathematics resit courses.",
         "Introduce same-day contact with parents and carers when a student misses a GCSE resit lesson.",
         "Head of Student Services", "Resit attendance above 85%", "Jan-25", "", "B",
         "In place since January; resit attendance up from 78% to 84%."],
        ["2.2", "",
         "Set attendance targets for each resit class and review them at fortnightly curriculum meetings.\n"
         "Celebrate improved attendance through the tutorial rewards scheme.",
         "Head of GCSE Resits / Curriculum Managers", "Every class at or above target by summer term",
         "Jul-25", "", "A", "Three of eleven classes below target."],
        ["3.1",
         "Governors should make sure that they receive more detailed information about the progress of "
         "students with special educational needs and/or disabilities.",
         "Add a SEND progress section to the termly Quality and Standards report to governors.",
         "Vice Principal (Curriculum)", "Section included from spring term report", "Mar-25", "", "B",
         "Included in March report."],
        ["3.2", "",
         "Arrange training for the link governor for SEND on the college's high-needs data.",
         "Clerk to the Corporation; Head of Learning Support", "Training completed and minuted",
         "Apr-25", "Sep-25", "R", "Not yet arranged – governor availability."],
        [],
        ["RAG key: B = complete; G = on track; A = some risk to target date; R = off track"],
    ]
    with open(out("ib1-long-road-sixth-form-college-ofsted-post-inspection-action-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. Equality and Human Rights Commission - ARAC internal audit tracker (txt, tab-separated)
# ---------------------------------------------------------------------------
def make_ehrc():
    lines = [
        "Equality and Human Rights Commission",
        "Audit and Risk Assurance Committee – 15 October 2025",
        "Internal audit recommendations – progress report",
        "Position as at 30 September 2025",
        "",
        "Summary\tOpen\tOf which overdue\tClosed since last meeting",
        "High\t3\t0\t1",
        "Medium\t1\t1\t1",
        "Low\t1\t0\t0",
        "",
        "\t".join(["Rec\tPriority\tRecommendation\tAgreed management action\tAction owner",
                   "Original due date\tRevised due date\tStatus\tUpdate"]),
        "Procurement and Contract Management (2024/25) – Limited assurance",
        "\t".join(["R1", "High",
                   "The Commission should ensure that all contracts above £10,000 are recorded on the "
                   "contracts register and that the register is reviewed quarterly.",
                   "Reconcile the contracts register to the finance system and review it quarterly, with "
                   "exceptions reported to the Executive Leadership Team.",
                   "Head of Finance", "31/03/2025", "30/09/2025", "Complete",
                   "Register reconciled; first quarterly review reported to ELT in September."]),
        "\t".join(["R2", "High",
                   "Single tender actions should be approved in line with the scheme of delegation and "
                   "reported to ARAC.",
                   "Update the single tender action form to require Director of Finance approval and report "
                   "all STAs to ARAC twice a year.",
                   "Procurement Manager", "30/06/2025", "31/12/2025", "Amber",
                   "Form updated; first report to ARAC due in December."]),
        "\t".join(["R3", "Medium",
                   "Contract managers should receive training on managing supplier performance.",
                   "Deliver contract management training to all named contract managers.",
                   "Procurement Manager; HR Business Partner", "30/09/2025", "", "Red",
                   "Overdue – training supplier not yet procured."]),
        "Information Governance and Records Management (2024/25) – Moderate assurance",
        "\t".join(["R1", "Medium",
                   "The Information Asset Register should be updated and each asset assigned an Information "
                   "Asset Owner.",
                   "Refresh the Information Asset Register and confirm Information Asset Owners through the "
                   "Senior Information Risk Owner.",
                   "Data Protection Officer", "31/07/2025", "", "Complete",
                   "Register refreshed and IAOs confirmed in July."]),
        "\t".join(["R2", "Low",
                   "Retention schedules should be applied to legacy shared drives.",
                   "Complete the shared drive clean-up project and apply the retention schedule to all "
                   "legacy folders.",
                   "Head of Digital, Data and Technology", "31/03/2026", "", "Green",
                   "Clean-up 60% complete."]),
        "Cyber Security – Follow-up (2025/26) – Moderate assurance",
        "\t".join(["R1", "High",
                   "Privileged access accounts should be reviewed at least quarterly and leavers' access "
                   "removed promptly.",
                   "Implement quarterly privileged access reviews and an automated leavers process linked to "
                   "HR notifications.",
                   "IT Security Manager", "31/12/2025", "", "Green",
                   "First quarterly review completed in August."]),
        "\t".join(["R2", "High",
                   "The business continuity plan should include a tested cyber incident scenario.",
                   "Run a cyber incident desktop exercise with the Executive Leadership Team and update the "
                   "business continuity plan.",
                   "Chief Operating Officer", "Q4 2025/26", "", "Not started",
                   "Exercise to be scheduled for February 2026."]),
        "",
        "Status: Complete = implemented and verified by internal audit; Green = on track; Amber = risk to "
        "due date; Red = overdue.",
    ]
    with open(out("ib1-equality-and-human-rights-commission-arac-internal-audit-recommendations-tracker.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_wwl()
    make_bnu()
    make_caa()
    make_whitefield()
    make_pennine()
    make_longroad()
    make_ehrc()
    print("done")
