#!/usr/bin/env python3
"""Build the seven zbr- blind test files (set heldout767).

Run with /work/main/.venv/bin/python zbr_make.py ; writes into this script's folder.
Only files whose names start with 'zbr-' are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zbr-")
    return os.path.join(HERE, name)


FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "head": PatternFill("solid", fgColor="1F4E79"),
    "nhs": PatternFill("solid", fgColor="005EB8"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WHITE_BOLD = Font(bold=True, color="FFFFFF")


def box_row(ws, row, c1, c2):
    for c in range(c1, c2 + 1):
        ws.cell(row=row, column=c).border = BOX


# ---------------------------------------------------------------------------
# 1. NHS Fife - HIS mental health safe delivery of care, Queen Margaret Hospital
# ---------------------------------------------------------------------------
def make_fife():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    widths = {"A": 9, "B": 42, "C": 8, "D": 52, "E": 30, "F": 16, "G": 46, "H": 10}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "NHS Fife – Queen Margaret Hospital Mental Health Services: Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Healthcare Improvement Scotland unannounced safe delivery of care inspection of adult "
                "mental health services, 18 February 2025 (report published 12 June 2025)")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")

    info = [
        ("NHS board:", "NHS Fife"),
        ("Hospital / wards:", "Queen Margaret Hospital, Dunfermline – Ward 1, Ward 2 and Ward 4"),
        ("Executive lead:", "Director of Nursing"),
        ("Action plan owner:", "Head of Complex and Critical Care Services, Fife HSCP"),
        ("Version:", "v4 – updated 30 September 2025 for the Clinical Governance Oversight Group"),
    ]
    r = 4
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=2, value=v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    # r == 9
    r = 10
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    key = [("Complete", "blue"), ("On track", "green"),
           ("Some slippage – recovery plan in place", "amber"), ("Off track / overdue", "red")]
    for i, (txt, col) in enumerate(key):
        c = ws.cell(row=r, column=2 + i, value=txt)
        c.fill = FILL[col]
        c.border = BOX
        c.alignment = WRAP

    r = 12
    head = ["Req no.", "Requirement", "Action ref", "Action planned",
            "Responsibility for taking action", "Timescale to meet action",
            "Progress against action (at 30/09/2025)", "Status"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX

    plan = [
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("1", "NHS Fife must ensure that patients at risk of falls are identified, and that the high "
                  "number of falls across the older adult wards is understood and reduced.", [
                ("1.1", "Establish a falls reduction quality improvement project across Wards 1 and 2, with "
                        "every fall reviewed at the daily safety huddle.",
                 "Lead Nurse, Older Adult Mental Health", "September 2025",
                 "QI project launched 2 June 2025. Falls per 1,000 occupied bed days reduced from 14.2 "
                 "(Feb 2025) to 9.8 (Aug 2025).", "blue"),
                ("1.2", "Replace the damaged flooring in the Ward 2 dayroom and corridor identified as a trip "
                        "hazard.",
                 "Estates Manager (West Fife)", "March 2026",
                 "Works order raised; flooring contractor booked. Temporary repair completed in March 2025.",
                 "green"),
            ]),
            ("2", "NHS Fife must ensure that staff comply with the locked door policy and that appropriate "
                  "signage and individual risk assessments are in place for informal patients.", [
                ("2.1", "Re-issue the locked door policy to all ward staff with a signed read receipt, and "
                        "audit compliance monthly.",
                 "Senior Charge Nurses, Wards 1, 2 and 4", "July 2025",
                 "Read receipts returned by 96% of staff. Monthly audit in place since April 2025.", "blue"),
                ("2.2", "Display signage at each locked door advising informal patients of their right to "
                        "leave and how to request the door is opened.",
                 "Senior Charge Nurses, Wards 1, 2 and 4", dt.datetime(2025, 5, 31),
                 "Bilingual and easy read signage in place on all three wards.", "blue"),
            ]),
            ("3", "NHS Fife must ensure that ligature risk assessments are accurately completed and reviewed, "
                  "and that identified mitigations are put in place.", [
                ("3.1", "Re-complete the ligature risk assessments for Wards 1, 2 and 4 jointly with estates "
                        "colleagues using the NHS Fife ligature assessment tool.",
                 "Clinical Nurse Manager / Estates Manager", "April 2025",
                 "Assessments completed 24 April 2025 and signed off by the Ligature Risk Group.", "blue"),
                ("3.2", "Include anti-ligature en-suite fittings for Ward 4 in the 2025/26 capital "
                        "programme.",
                 "Director of Property and Asset Management", "March 2026",
                 "Business case approved by the Capital Investment Group. Contractor procurement is taking "
                 "longer than planned.", "amber"),
            ]),
        ]),
        ("Domain 4.3 – Workforce planning", [
            ("4", "NHS Fife must ensure that staff complete mandatory training, including child protection, "
                  "adult support and protection, basic life support and infection prevention and control.", [
                ("4.1", "Agree a training trajectory for each ward, with protected time rostered for mandatory "
                        "training sessions.",
                 "Lead Nurse, Adult Mental Health; Practice Education Facilitator", "December 2025",
                 "Compliance at 30/09/2025: child protection 71%, basic life support 78%, IPC 83%.", "green"),
                ("4.2", "Present a training compliance report to the Mental Health Quality Matters Assurance "
                        "Group.",
                 "Head of Complex and Critical Care Services", "Monthly",
                 "Reported monthly since July 2025.", "green"),
            ]),
            ("5", "NHS Fife must ensure there are enough staff to deliver safe care and therapeutic "
                  "activities, and that the use of surge beds is risk assessed.", [
                ("5.1", "Recruit to 4.0 WTE activity coordinator posts across the three wards.",
                 "Head of Nursing, Mental Health Services", dt.datetime(2026, 1, 31),
                 "Two of four posts filled. Remaining posts re-advertised in August 2025.", "amber"),
                ("5.2", "Approve and implement a standard operating procedure for opening surge beds, including "
                        "a documented risk assessment signed off by the site senior nurse.",
                 "General Manager, Mental Health Services", "June 2025",
                 "SOP remains in draft. To be tabled at the Clinical Governance Oversight Group in "
                 "October 2025.", "red"),
            ]),
        ]),
    ]

    r = 13
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0}
    for domain, reqs in plan:
        c = ws.cell(row=r, column=1, value=domain)
        c.font = Font(bold=True)
        c.fill = FILL["grey"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        box_row(ws, r, 1, 8)
        r += 1
        for no, req, actions in reqs:
            first = r
            for ref, act, lead, when, prog, rag in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=lead)
                cw = ws.cell(row=r, column=6, value=when)
                if isinstance(when, dt.datetime):
                    cw.number_format = "mmm-yy" if when.year == 2026 else "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=prog)
                ws.cell(row=r, column=8).fill = FILL[rag]
                counts[rag] += 1
                for col in range(1, 9):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            ws.cell(row=first, column=1, value=no)
            ws.cell(row=first, column=2, value=req)
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value=(
        "Note: requirements are numbered as in the HIS inspection report. Actions shown as complete are "
        "closed once the evidence has been reviewed by the Mental Health Quality Matters Assurance Group."))
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(row=r, column=1).font = Font(italic=True, size=9)
    ws.freeze_panes = "A13"

    s2 = wb.create_sheet("Summary")
    s2.column_dimensions["A"].width = 40
    s2.column_dimensions["B"].width = 18
    s2["A1"] = "Summary of action status – 30 September 2025"
    s2["A1"].font = Font(bold=True, size=12)
    s2["A3"], s2["B3"] = "Status", "Number of actions"
    s2["A3"].font = s2["B3"].font = Font(bold=True)
    rr = 4
    for txt, col in key:
        s2.cell(row=rr, column=1, value=txt).fill = FILL[col]
        s2.cell(row=rr, column=2, value=counts[col])
        rr += 1
    s2.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    s2.cell(row=rr, column=2, value=sum(counts.values())).font = Font(bold=True)
    wb.save(out("zbr-nhs-fife-his-queen-margaret-hospital-mental-health-safe-delivery-of-care-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# helpers for Word
# ---------------------------------------------------------------------------
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 2. Cardiff and Vale UHB - HIW Barry Hospital (Sam Davies Ward) improvement plan
# ---------------------------------------------------------------------------
def make_barry():
    doc = Document()
    landscape(doc)
    doc.add_heading("Barry Hospital, Sam Davies Ward – HIW Improvement Plan", level=0)
    doc.add_paragraph("Appendix C – Improvement plan (Healthcare Inspectorate Wales unannounced hospital "
                      "inspection)")
    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Service:", "Barry Hospital, Cardiff and Vale University Health Board"),
        ("Ward/department:", "Sam Davies Ward (older persons rehabilitation)"),
        ("Date of inspection:", "14 – 16 October 2024"),
        ("Progress update:", "March 2025 – Integrated Medicine Clinical Board"),
    ]):
        set_text(meta.cell(i, 0), k, bold=True, size=10)
        set_text(meta.cell(i, 1), v, size=10)
    doc.add_paragraph(
        "The table below includes any other improvements identified during the inspection where we require "
        "the service to complete an improvement plan telling us about the actions they are taking to address "
        "these areas.")

    head = ["No.", "Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
            "Responsible officer", "Timescale", "Status"]
    widths = [Cm(1.0), Cm(4.2), Cm(4.4), Cm(2.8), Cm(5.4), Cm(3.0), Cm(2.2), Cm(1.8)]

    sections = [
        ("Quality of patient experience", [
            [("1", "Bilingual information was not displayed in patient bays and staff were not wearing "
                   "'Iaith Gwaith' badges.",
              "The health board must ensure that the 'Active Offer' of Welsh is made to patients and that "
              "bilingual information is available on the ward.",
              "Health and Care Quality Standards 2023 – Person centred",
              "Iaith Gwaith badges and lanyards issued to Welsh-speaking staff, and bilingual patient "
              "information boards installed in all bays.",
              "Ward Manager, Sam Davies Ward", "31 January 2025", "Complete")],
            [("2", "Call bells were out of reach for three patients during the inspection.",
              "The health board must ensure that call bells are within reach of patients at all times and "
              "are answered promptly.",
              "Health and Care Quality Standards 2023 – Safe",
              "Call bell placement added to the intentional rounding checklist and spot-checked weekly by the "
              "nurse in charge; results reported at the ward quality meeting.",
              "Ward Manager / Senior Nurse, Older People", "February 2025", "Complete")],
        ]),
        ("Delivery of safe and effective care", [
            [("3", "The resuscitation trolley had not been checked on six days in September 2024.",
              "The health board must ensure that resuscitation equipment is checked daily in line with health "
              "board policy and that checks are documented.",
              "Health and Care Quality Standards 2023 – Safe",
              "Daily resuscitation trolley check allocated to the night shift registered nurse and added to "
              "the shift handover sheet.\nCompliance audited monthly by the Resuscitation Officer and reported "
              "to the Integrated Medicine Quality, Safety and Patient Experience group.",
              "Ward Manager, Sam Davies Ward; Resuscitation Officer", "December 2024", "Complete")],
            [("4", "Medicines fridge temperatures were recorded outside the safe range on several days with no "
                   "action documented.",
              "The health board must ensure that medicines are stored at the correct temperature and that "
              "action taken when readings are out of range is recorded.",
              "Health and Care Quality Standards 2023 – Safe; Medicines Management Policy",
              "Replace the ward medicines fridge with a unit fitted with a continuous temperature data logger.",
              "Lead Pharmacist, Community Hospitals", "March 2025", "Complete"),
             ("5", None, None, None,
              "Deliver medicines storage refresher training to all registered nurses on the ward.",
              "Practice Development Nurse", "April 2025", "On track")],
            [("6", "Multifactorial falls risk assessments were incomplete in four of ten records reviewed.",
              "The health board must ensure that falls risk assessments are completed within 24 hours of "
              "admission and reviewed weekly.",
              "Health and Care Quality Standards 2023 – Safe, Effective",
              "Monthly audit of ten sets of records using the Tendable falls audit, with results displayed on "
              "the ward 'How are we doing?' board.",
              "Ward Manager, Sam Davies Ward", "30/06/2025", "On track")],
        ]),
        ("Quality of management and leadership", [
            [("7", "Overall mandatory training compliance on the ward was 68%.",
              "The health board must ensure that staff complete mandatory training, in particular fire safety "
              "and safeguarding level 3.",
              "Health and Care Quality Standards 2023 – Workforce",
              "Rostered protected learning time of 7.5 hours per quarter for each member of staff until "
              "compliance reaches 85%.",
              "Lead Nurse, Integrated Medicine", "September 2025", "On track")],
            [("8", "Staff told us they did not receive feedback after reporting incidents.",
              "The health board must ensure that learning from incidents is shared with ward staff.",
              "Health and Care Quality Standards 2023 – Learning, improvement and research",
              "Introduce a monthly 'Learning from Datix' bulletin and a standing agenda item at ward team "
              "meetings.",
              "Directorate Manager / Lead Nurse", "May 2025", "Not started")],
        ]),
    ]
    for title, groups in sections:
        doc.add_heading(title, level=2)
        n_rows = 1 + sum(len(g) for g in groups)
        t = doc.add_table(rows=n_rows, cols=len(head))
        t.style = "Table Grid"
        for i, h in enumerate(head):
            set_text(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "D9E2F3")
        ri = 1
        for g in groups:
            top = ri
            for row in g:
                for ci, val in enumerate(row):
                    if val is not None:
                        set_text(t.cell(ri, ci), val)
                ri += 1
            if len(g) > 1:  # merge finding / improvement needed / standard down the group
                for ci in (1, 2, 3):
                    t.cell(top, ci).merge(t.cell(ri - 1, ci))
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = w
    doc.add_paragraph("")
    doc.add_paragraph("Service representative")
    sig = doc.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Angela Hughes"),
                                ("Job role:", "Director of Nursing, Integrated Medicine Clinical Board"),
                                ("Date:", "21 March 2025")]):
        set_text(sig.cell(i, 0), k, bold=True, size=10)
        set_text(sig.cell(i, 1), v, size=10)
    doc.save(out("zbr-cardiff-and-vale-uhb-hiw-barry-hospital-ward-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Bridgewater Community Healthcare NHSFT - CQC must do / should do tracker
# ---------------------------------------------------------------------------
def make_bridgewater():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv.column_dimensions["A"].width = 24
    cv.column_dimensions["B"].width = 16
    cv.column_dimensions["C"].width = 16
    cv.column_dimensions["D"].width = 16
    cv.column_dimensions["E"].width = 40
    cv["A1"] = "Bridgewater Community Healthcare NHS Foundation Trust"
    cv["A1"].font = Font(bold=True, size=12, color="005EB8")
    cv["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cv["A2"].font = Font(bold=True, size=14)
    rows = [
        ("Meeting:", "Quality and Safety Committee"),
        ("Date:", "18 November 2025"),
        ("Report title:", "CQC Action Plan Progress Report"),
        ("Lead Director:", "Chief Nurse"),
        ("Author:", "Head of Compliance and Regulation"),
        ("Inspection:", "Community health services for children, young people and families; community dental "
                        "services (inspected 10 – 12 March 2025, report published 2 July 2025)"),
        ("Purpose:", "Assurance"),
    ]
    r = 4
    for k, v in rows:
        cv.cell(row=r, column=1, value=k).font = Font(bold=True)
        cv.cell(row=r, column=2, value=v).alignment = Alignment(wrap_text=True)
        cv.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        r += 1
    r += 1
    cv.cell(row=r, column=1, value="Summary of current RAG (November 2025)").font = Font(bold=True)
    r += 1
    for i, h in enumerate(["RAG", "Must Do", "Should Do", "Total"], 1):
        c = cv.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.border = BOX
    summary_row = r + 1

    key_rows = [("B", "Complete and evidenced", "blue"),
                ("G", "On track to deliver by target date", "green"),
                ("A", "Risk to delivery by target date", "amber"),
                ("R", "Target date missed", "red")]

    head = ["Ref", "CQC requirement", "Action", "Action lead", "Original target date",
            "Revised target date", "Previous RAG (Sept 25)", "Current RAG (Nov 25)", "Progress update / evidence"]

    must = [
        ("Community health services for children, young people and families", [
            ("MD1", "The trust must ensure there are sufficient numbers of suitably qualified health visitors to "
                    "deliver the mandated contacts of the Healthy Child Programme. (Regulation 18)", [
                ("MD1.1", "Complete a caseload weighting review across the Warrington and Halton 0–19 teams "
                          "using the iHV caseload tool.",
                 "Associate Director of Nursing, Children's Services", dt.datetime(2025, 6, 30), None,
                 "G", "B", "Review completed and reported to the Children's Services Board in June 2025."),
                ("MD1.2", "Recruit to 6.4 WTE health visitor vacancies, including the newly qualified SCPHN "
                          "cohort starting in September 2025.",
                 "Head of 0–19 Services & Workforce Business Partner", dt.datetime(2025, 9, 30),
                 dt.datetime(2026, 1, 31), "A", "A",
                 "4.0 WTE appointed. Two posts out to advert; international recruitment being explored."),
            ]),
            ("MD2", "The trust must ensure that all staff receive safeguarding supervision in line with trust "
                    "policy. (Regulation 13)", [
                ("MD2.1", "Move safeguarding supervision records onto the ESR supervision module so that "
                          "compliance can be reported by team.",
                 "Named Nurse Safeguarding Children", dt.datetime(2025, 8, 31), dt.datetime(2025, 10, 31),
                 "A", "B", "Live from October 2025. Compliance 88% at end of October."),
            ]),
        ]),
        ("Community dental services", [
            ("MD3", "The trust must ensure that the decontamination room at Runcorn dental clinic meets HTM "
                    "01-05 requirements. (Regulation 15)", [
                ("MD3.1", "Refurbish the Runcorn clinic decontamination room to separate clean and dirty "
                          "zones, and obtain sign-off from the Authorising Engineer (Decontamination).",
                 "Clinical Director, Community Dental Services", dt.datetime(2025, 12, 31), None,
                 "G", "A", "Contractor availability has delayed the start of works; escalated to the Estates "
                           "Capital Programme Board."),
            ]),
        ]),
    ]
    should = [
        ("Community health services for children, young people and families", [
            ("SD1", "The trust should ensure that families whose first language is not English are routinely "
                    "offered an interpreter.", [
                ("SD1.1", "Add an interpreter offer prompt to the EMIS antenatal and new birth visit templates.",
                 "Clinical Systems Lead", dt.datetime(2025, 7, 31), None, "G", "B",
                 "Template change live 14 July 2025."),
            ]),
            ("SD2", "The trust should ensure that school nursing records are completed contemporaneously.", [
                ("SD2.1", "Carry out a record keeping audit for school nursing teams, with individual feedback "
                          "to practitioners.",
                 "Professional Lead for School Nursing", "Quarterly", None, "G", "G",
                 "Q2 audit: 91% of entries made within 24 hours (Q1 84%)."),
            ]),
        ]),
        ("Community dental services", [
            ("SD3", "The trust should ensure that patient feedback is gathered and used to improve the service.", [
                ("SD3.1", "Launch Friends and Family Test QR codes in all dental clinic waiting areas.",
                 "Dental Services Manager", dt.datetime(2025, 10, 31), None, "G", "B",
                 "QR codes in place at all six clinics."),
                ("SD3.2", "Set up a 'You said, we did' display in each clinic, updated every quarter.",
                 "Dental Services Manager", dt.datetime(2025, 12, 31), None, None, "G",
                 "New action added October 2025."),
            ]),
        ]),
        ("Trust-wide (well-led)", [
            ("SD4", "The trust should ensure that the board assurance framework clearly identifies gaps in "
                    "controls and assurances.", [
                ("SD4.1", "Refresh the board assurance framework template to separate gaps in control from "
                          "gaps in assurance, with an action, owner and date against each gap.",
                 "Director of Corporate Governance", dt.datetime(2025, 9, 30), dt.datetime(2025, 11, 30),
                 "A", "G", "New template approved by the Audit Committee; first full refresh to Board in "
                           "November 2025."),
            ]),
        ]),
    ]
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    tallies = {}

    def sheet(name, title, data):
        ws = wb.create_sheet(name)
        for col, w in zip("ABCDEFGHI", (8, 44, 48, 30, 13, 13, 11, 11, 44)):
            ws.column_dimensions[col].width = w
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:I1")
        for i, h in enumerate(head, 1):
            c = ws.cell(row=3, column=i, value=h)
            c.font = WHITE_BOLD
            c.fill = FILL["nhs"]
            c.alignment = WRAP
            c.border = BOX
        r = 4
        tally = {k: 0 for k in rag_fill}
        for core, reqs in data:
            c = ws.cell(row=r, column=1, value=core)
            c.font = Font(bold=True)
            c.fill = FILL["pale"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for _rref, req, acts in reqs:
                first = r
                for ref, act, lead, orig, rev, prev, cur, upd in acts:
                    vals = [ref, None, act, lead, orig, rev, prev, cur, upd]
                    for ci, v in enumerate(vals, 1):
                        cell = ws.cell(row=r, column=ci, value=v)
                        cell.alignment = WRAP
                        cell.border = BOX
                        if isinstance(v, dt.datetime):
                            cell.number_format = "dd/mm/yyyy"
                    if isinstance(orig, dt.datetime) and orig.day == 31 and orig.month == 7:
                        ws.cell(row=r, column=5).number_format = "mmm-yy"
                    if prev:
                        ws.cell(row=r, column=7).fill = FILL[rag_fill[prev]]
                    ws.cell(row=r, column=8).fill = FILL[rag_fill[cur]]
                    for ci in (7, 8):
                        ws.cell(row=r, column=ci).alignment = Alignment(horizontal="center", vertical="top")
                    tally[cur] += 1
                    r += 1
                ws.cell(row=first, column=2, value=req)
                if r - 1 > first:
                    ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        r += 1
        ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
        r += 1
        for letter, meaning, col in key_rows:
            ws.cell(row=r, column=1, value=letter).fill = FILL[col]
            ws.cell(row=r, column=2, value=meaning)
            r += 1
        ws.freeze_panes = "A4"
        tallies[name] = tally

    sheet("Must Do", "MUST DO actions – regulatory breaches", must)
    sheet("Should Do", "SHOULD DO actions – areas for improvement", should)
    r = summary_row
    for letter, meaning, col in key_rows:
        cv.cell(row=r, column=1, value=f"{letter} – {meaning}").fill = FILL[col]
        m, s = tallies["Must Do"][letter], tallies["Should Do"][letter]
        cv.cell(row=r, column=2, value=m)
        cv.cell(row=r, column=3, value=s)
        cv.cell(row=r, column=4, value=m + s)
        box_row(cv, r, 1, 4)
        r += 1
    cv.cell(row=r, column=1, value="Total").font = Font(bold=True)
    cv.cell(row=r, column=2, value=sum(tallies["Must Do"].values()))
    cv.cell(row=r, column=3, value=sum(tallies["Should Do"].values()))
    cv.cell(row=r, column=4, value=sum(tallies["Must Do"].values()) + sum(tallies["Should Do"].values()))
    box_row(cv, r, 1, 4)
    wb.save(out("zbr-bridgewater-community-healthcare-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 4. University Hospitals of Leicester - PSII safety action plan (CSV)
# ---------------------------------------------------------------------------
def make_uhl():
    W = 9
    rows = []

    def line(*cells):
        cells = list(cells) + [""] * (W - len(cells))
        rows.append(cells)

    line("University Hospitals of Leicester NHS Trust – PSII Safety Action Plan")
    line("Incident: delayed antibiotics for a patient with neutropenic sepsis in the Emergency Department "
         "(InPhase ref. 2025-04517)")
    line("Plan approved by the Patient Safety Incident Review Group on 14/08/2025. Last updated 21/11/2025.")
    line("Status key: Complete = blue; On track = green; At risk = amber; Overdue = red; Not started = no colour")
    line()
    line("Ref", "Safety recommendation", "Safety action", "Action owner", "Target date", "Revised target date",
         "Measure of effectiveness", "Status", "Progress update")
    line("AFI 1 – Recognition of neutropenic sepsis at ED triage")
    line("1.1",
         "SR1: ED triage should identify patients receiving systemic anti-cancer therapy (SACT) as at risk of "
         "neutropenic sepsis on arrival.",
         "Add a mandatory 'Are you receiving chemotherapy or immunotherapy?' question to the Nerve Centre ED "
         "triage form.",
         "Head of Nursing, Emergency Department", "30/09/2025", "", "Question completed for >95% of "
         "attendances (monthly audit)", "Complete", "Live on Nerve Centre from 22/09/2025.")
    line("1.2", "",
         "Give every patient starting SACT an oncology alert card and ask them to show it at ED reception.",
         "Lead Chemotherapy Nurse", "31/10/2025", "31/12/2025", "Alert card shown at 80% of attendances",
         "On track", "Cards printed; roll-out moved to align with the new patient education session.")
    line("AFI 2 – Time to first-dose antibiotics")
    line("2.1",
         "SR2: The Trust should ensure that patients with suspected neutropenic sepsis receive IV antibiotics "
         "within 60 minutes of arrival.",
         "Introduce a neutropenic sepsis 'grab bag' containing first-dose piperacillin/tazobactam in ED majors "
         "and the Clinical Decisions Unit.",
         "Lead Pharmacist – Emergency Medicine", "31/10/2025", "", "Grab bags checked weekly; 100% stocked",
         "Complete", "Grab bags in place from 06/10/2025.")
    line("2.2", "",
         "Enable nurse-initiated first-dose antibiotics under a Patient Group Direction for patients who meet "
         "the neutropenic sepsis criteria.",
         "ED Clinical Lead and Sepsis Lead Nurse", "January 2026", "", "Median door-to-needle time under 60 "
         "minutes", "At risk", "PGD drafted; awaiting Medicines Optimisation Committee approval.")
    line("", "", "", "", "", "", "", "", "Next MOC meeting 09/12/2025 – if not approved, target will slip.")
    line("AFI 3 – Escalation between ED and the acute oncology service")
    line("3.1",
         "SR3: The Trust should ensure there is a clear route for ED staff to escalate to the acute oncology "
         "service 24 hours a day.",
         "Publish a 24/7 acute oncology escalation flowchart on INsite and display it in ED resus and majors.",
         "Acute Oncology Service Lead", "30/11/2025", "", "Staff survey: 90% know how to escalate",
         "On track", "Flowchart approved at Cancer CMG Board; printing ordered.")
    line("3.2", "",
         "Add an acute oncology review prompt to the ED to CDU handover SBAR template.",
         "Matron, Clinical Decisions Unit", "Dec-25", "", "Prompt present on template", "Not started", "")
    line("AFI 4 – Shared learning and assurance")
    line("4.1", "",
         "Audit door-to-needle time for every neutropenic sepsis presentation and report the results to the "
         "Deteriorating Patient Group.",
         "Sepsis Lead Nurse", "Monthly", "", "Monthly audit report received", "On track",
         "September and October audits reported.")
    line()
    line("Actions are monitored monthly at the ESM CMG Quality and Safety Board and closed by the Patient Safety "
         "Incident Review Group once evidence is received.")
    with open(out("zbr-university-hospitals-of-leicester-nhs-trust-psii-neutropenic-sepsis-safety-action-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 5. Carlingford Lodge Nursing Home - RQIA QIP (plain text export)
# ---------------------------------------------------------------------------
def make_carlingford():
    bar = "=" * 78
    dash = "-" * 78
    L = []
    L += ["Carlingford Lodge Nursing Home – Quality Improvement Plan",
          "RQIA unannounced care inspection: 4 and 5 March 2025 (Inspection ID: IN047215)",
          "Registered Manager: Niamh Rooney    Responsible Individual: Declan McAteer",
          "Progress recorded at: 30/06/2025",
          "",
          "Status key: Complete = action completed and checked | On track = in progress within timescale | "
          "Overdue = timescale passed | Not started",
          ""]

    def item(ref, legal, stated, by, afi, action, resp, status):
        return [dash,
                f"QIP ref: {ref}",
                legal,
                f"Stated: {stated}",
                f"To be completed by: {by}",
                "",
                "Area for improvement:",
                afi,
                "",
                "Response by registered person detailing the actions taken:",
                *action.split("\n"),
                f"Responsible: {resp}",
                f"Status: {status}",
                ""]

    L += [bar, "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005",
          bar, ""]
    L += item("R1", "Ref: Regulation 13 (1) (a) (b)", "First time", "5 April 2025",
              "The registered person shall ensure that residents who have an unwitnessed fall have neurological "
              "observations completed in line with best practice guidance and that post-fall actions are "
              "recorded.",
              "Post-falls management flowchart reissued to all registered nurses and neurological observation "
              "charts added to the falls pack.\nThe Deputy Manager reviews every unwitnessed fall within 24 hours "
              "and audits the falls file weekly.",
              "Deputy Manager", "Complete")
    L += item("R2", "Ref: Regulation 27 (4) (b)", "Second time", "4 April 2025",
              "The registered person shall ensure that fire doors are not wedged open and that the actions in "
              "the fire risk assessment are completed within the timescales specified.",
              "Magnetic hold-open devices linked to the fire alarm fitted to the lounge and dining room doors. "
              "Outstanding fire risk assessment actions signed off by the fire risk assessor on 28/03/2025.",
              "Registered Manager & Maintenance Person", "Complete")
    L += item("R3", "Ref: Regulation 30", "First time", "5 May 2025",
              "The registered person shall ensure that RQIA is notified of all notifiable events in accordance "
              "with Regulation 30.",
              "Notifications log checked each month against the accident book as part of the Regulation 29 "
              "monitoring visit.",
              "Responsible Individual", "Complete")
    L += [bar, "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)",
          bar, ""]
    L += item("S1", "Ref: Standard 4 (9)", "First time", "30 April 2025",
              "The registered person shall ensure that care plans for residents with wounds record the wound "
              "type, dressing regime and frequency of review, and that wound charts are fully completed.",
              "Wound care champion appointed. All wound care plans reviewed against the Northern Ireland Wound "
              "Care Formulary and rewritten where required.",
              "Wound Care Champion (Staff Nurse)", "Complete")
    L += item("S2", "Ref: Standard 12", "First time", "31 July 2025",
              "The registered person shall ensure that the daily menu is displayed in a suitable format and that "
              "residents on modified diets are offered a choice at each mealtime.",
              "Pictorial menu board installed in each dining room. IDDSI Level 4 and Level 5 choices added "
              "following a review with the catering team and SALT.",
              "Catering Manager", "On track")
    L += item("S3", "Ref: Standard 46 (2)", "Second time", "30 Sept 2025",
              "The registered person shall ensure that staff adhere to infection prevention and control best "
              "practice, specifically hand hygiene at the point of care and the storage of equipment in "
              "bathrooms.",
              "Monthly hand hygiene and environmental IPC audits completed by the IPC link nurse, with results "
              "discussed at staff meetings.\nBathroom storage review to be completed and additional storage "
              "purchased.",
              "IPC Link Nurse / Registered Manager", "On track")
    L += item("S4", "Ref: Standard 39 (4)", "First time", "31/08/2025",
              "The registered person shall ensure that all care and catering staff complete dysphagia awareness "
              "training.",
              "Dysphagia awareness training to be booked with the Southern Trust SALT team for all care "
              "assistants and kitchen staff.",
              "Registered Manager", "Not started")
    L += [dash,
          "*Please ensure this document is completed in full and returned via the Web Portal*",
          "Exported from CareDocs Quality module 30/06/2025 16:42 (user: nrooney)"]
    with open(out("zbr-carlingford-lodge-nursing-home-rqia-care-inspection-quality-improvement-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------------------
# 6. St Luke's Surgery, Guildford - CQC inspection action plan (Word)
# ---------------------------------------------------------------------------
def make_st_lukes():
    doc = Document()
    landscape(doc)
    doc.add_heading("St Luke’s Surgery – CQC Inspection Action Plan", level=1)
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Comments"),
                             ("1.0", "12/05/2025", "Practice Manager", "Submitted to CQC"),
                             ("1.2", "14/07/2025", "Practice Manager", "Progress update for ICB quality visit"),
                             ("1.3", "08/10/2025", "Practice Manager", "Update for partners’ meeting")]):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, bold=(i == 0), size=9)
    doc.add_paragraph("")
    doc.add_paragraph("Inspection date: 26 March 2025. Report published: 2 May 2025. Overall rating: Requires "
                      "improvement (Safe – requires improvement; Well-led – requires improvement).")
    doc.add_paragraph("Requirement notices were issued for Regulation 12 (Safe care and treatment) and "
                      "Regulation 17 (Good governance).")

    head = ["No.", "Action to be taken", "Lead", "Target date", "RAG", "Update (October 2025)"]
    plan = [
        ("Regulation 12: Safe care and treatment", [
            ("Ensure patients prescribed high-risk medicines are monitored in line with national guidance.", [
                ("1a", "Run monthly EMIS searches for patients on DMARDs, lithium and warfarin without up-to-date "
                       "blood monitoring, and recall them.",
                 "Dr Priya Natarajan (Prescribing Lead)", "June 2025", "C",
                 "Searches run monthly since May 2025; all patients now in date."),
                ("1b", "Repeat the audit of 20 high-risk medicine reviews with the ICB medicines optimisation "
                       "pharmacist.",
                 "ICB Practice Pharmacist", "End of September 2025", "C",
                 "Re-audit 24/09/2025: 19 of 20 reviews fully documented."),
            ]),
            ("Ensure that MHRA safety alerts are acted on and that historic alerts are reviewed.", [
                ("2a", "Create an MHRA alert log with a named clinician for each alert, reviewed at the "
                       "fortnightly clinical meeting.",
                 "Dr S Holt and Dr P Natarajan", "31/07/2025", "C", "Log in place; standing agenda item."),
                ("2b", "Carry out retrospective searches for the valproate and SGLT2 inhibitor alerts and review "
                       "and code the patients found.",
                 "Practice Pharmacist", "Q3 2025/26", "G", "Valproate search complete; SGLT2 reviews 60% done."),
            ]),
        ]),
        ("Regulation 17: Good governance", [
            ("Ensure that systems to monitor staff training, immunisation status and recruitment checks are "
             "effective.", [
                ("3a", "Move training records to the practice’s online compliance platform, with automatic "
                       "reminders for overdue modules.",
                 "Practice Manager", "30/06/2025", "C", "All staff records transferred."),
                ("3b", "Obtain evidence of immunisation status (hepatitis B, MMR, varicella) for all clinical "
                       "staff in line with the Green Book.",
                 "Lead Practice Nurse", "w/c 03/11/2025", "A",
                 "Awaiting occupational health results for three staff."),
            ]),
        ]),
        ("Areas where the practice should improve", [
            ("Continue to take action to improve patient satisfaction with telephone access.", [
                ("4a", "Move to a cloud-based telephone system with call-back and queue position messages.",
                 "Practice Manager / Reception Manager", "September 2025", "C", "New system live 01/09/2025."),
                ("4b", "Review the GP Patient Survey results with the Patient Participation Group and agree "
                       "further actions.",
                 "Practice Manager", "Ongoing", "G", "PPG meeting held 16/09/2025; next review January 2026."),
            ]),
        ]),
    ]
    n = 1 + sum(1 + sum(1 + len(a) for _, a in reqs) for _, reqs in plan)
    t = doc.add_table(rows=n, cols=len(head))
    t.style = "Table Grid"
    widths = [Cm(1.2), Cm(9.5), Cm(4.5), Cm(3.0), Cm(1.4), Cm(6.5)]
    for i, h in enumerate(head):
        set_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "BDD7EE")
    ri = 1
    rag_colour = {"C": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for section, reqs in plan:
        m = t.cell(ri, 0).merge(t.cell(ri, len(head) - 1))
        set_text(m, section, bold=True, size=10)
        shade(m, "D9D9D9")
        ri += 1
        for req, acts in reqs:
            m = t.cell(ri, 0).merge(t.cell(ri, len(head) - 1))
            set_text(m, req, size=9)
            m.paragraphs[0].runs[0].italic = True
            ri += 1
            for ref, act, lead, when, rag, upd in acts:
                for ci, v in enumerate((ref, act, lead, when, rag, upd)):
                    set_text(t.cell(ri, ci), v)
                shade(t.cell(ri, 4), rag_colour[rag])
                ri += 1
    for row in t.rows:
        for ci, w in enumerate(widths):
            row.cells[ci].width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG: C – Completed; G – On track; A – In progress but at risk of missing the target "
                      "date; R – Target date missed.")
    doc.add_paragraph("Signed on behalf of the partners: Dr S Holt, Senior Partner. Date: 08/10/2025")
    doc.save(out("zbr-st-lukes-surgery-guildford-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. Bolton NHSFT - quality account priorities tracker 2025/26 (refuse: mistyped month)
# ---------------------------------------------------------------------------
def make_bolton():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov.column_dimensions["A"].width = 14
    ov.column_dimensions["B"].width = 90
    ov["A1"] = "Bolton NHS Foundation Trust"
    ov["A1"].font = Font(bold=True, size=12, color="005EB8")
    ov["A2"] = "Quality Account Priorities 2025/26 – Delivery Tracker"
    ov["A2"].font = Font(bold=True, size=14)
    ov["A4"] = "Reporting period:"
    ov["B4"] = "Quarter 2 (July – September 2025)"
    ov["A5"] = "Reported to:"
    ov["B5"] = "Quality Assurance Committee, 22 October 2025"
    ov["A7"] = "Priority"
    ov["B7"] = "Description"
    ov["A7"].font = ov["B7"].font = Font(bold=True)
    pri = [("Priority 1", "Patient safety – improve the recognition of and response to deteriorating patients"),
           ("Priority 2", "Clinical effectiveness – reduce avoidable harm from inpatient falls"),
           ("Priority 3", "Patient experience – improve the experience of patients leaving hospital")]
    for i, (a, b) in enumerate(pri, 8):
        ov.cell(row=i, column=1, value=a)
        ov.cell(row=i, column=2, value=b)
    ov["A12"] = "RAG key"
    ov["A12"].font = Font(bold=True)
    for i, (txt, col) in enumerate([("Red – not achieved / significantly off track", "red"),
                                    ("Amber – partially achieved / some delay", "amber"),
                                    ("Green – achieved", "green")], 13):
        c = ov.cell(row=i, column=1, value=txt)
        c.fill = FILL[col]
        ov.merge_cells(start_row=i, start_column=1, end_row=i, end_column=2)

    ws = wb.create_sheet("Q2 Tracker")
    for col, w in zip("ABCDEFG", (7, 60, 32, 16, 9, 9, 50)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Quality Account Priorities 2025/26 – Q2 progress"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    head = ["Ref", "Key action / milestone", "Lead", "Due", "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["nhs"]
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("Priority 1 – Patient safety: improve the recognition of and response to deteriorating patients "
         "(NEWS2 and PEWS)", [
            ("1.1", "Roll out electronic NEWS2 observations with automatic escalation alerts to all adult "
                    "inpatient wards.", "Chief Nursing Information Officer", dt.datetime(2025, 9, 30),
             "amber", "green", "Live on all 24 adult wards from 15/09/2025."),
            ("1.2", "Deliver deteriorating patient simulation training to 85% of registered nurses in the "
                    "Integrated Medicine division.", "Resuscitation and Deteriorating Patient Lead",
             "December 2025", "amber", "amber", "62% trained at end of Q2."),
            ("1.3", "Introduce a Martha's Rule call-for-concern line for patients and families on all inpatient "
                    "wards.", "Head of Patient Experience", "Febuary 2026", "green", "green",
             "Phase 1 live on the medical wards; phase 2 scoping under way."),
            ("1.4", "Audit time to senior review for patients with NEWS2 of 7 or more.", "Deputy Medical Director",
             "Quarterly", "green", "amber", "Q2 audit: 71% reviewed within 60 minutes (target 90%)."),
        ]),
        ("Priority 2 – Clinical effectiveness: reduce avoidable harm from inpatient falls", [
            ("2.1", "Implement lying and standing blood pressure recording for all patients aged 65 and over.",
             "Falls Prevention Lead", dt.datetime(2025, 10, 31), "red", "amber",
             "Compliance 64% in September (target 80%)."),
            ("2.2", "Complete post-falls huddles within 24 hours for every inpatient fall.", "Matrons (all divisions)",
             "Mar-26", "green", "green", "Huddles held for 93% of falls in Q2."),
            ("2.3", "Purchase an additional 40 low-rise beds for the frailty wards.", "Associate Director of Nursing, "
             "Integrated Medicine", dt.datetime(2025, 12, 31), "green", "green",
             "Order placed; delivery expected November."),
        ]),
        ("Priority 3 – Patient experience: improve the experience of patients leaving hospital", [
            ("3.1", "Extend the discharge lounge opening hours to 20:00 on weekdays.", "Head of Patient Flow",
             "Q3 2025/26", "green", "green", "Extended hours from 01/10/2025."),
            ("3.2", "Give every patient a 'Going home' leaflet covering medicines, follow-up and who to contact.",
             "Head of Patient Experience", "January 2026", "amber", "amber",
             "Leaflet co-produced with Healthwatch Bolton; printing in Q3."),
            ("3.3", "Increase the number of discharges before midday to 33%.", "Director of Operations",
             "March 2026", "red", "red", "21% in September."),
        ]),
    ]
    r = 4
    for prio, acts in data:
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = FILL["pale"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for ref, act, lead, due, q1, q2, com in acts:
            for ci, v in enumerate((ref, act, lead, due, None, None, com), 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).fill = FILL[q1]
            ws.cell(row=r, column=6).fill = FILL[q2]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG as per key on the Overview sheet. Q3 update due to the Quality "
                                   "Assurance Committee in January 2026.").font = Font(italic=True, size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    wb.save(out("zbr-bolton-nhsft-quality-account-priorities-tracker-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_fife()
    make_barry()
    make_bridgewater()
    make_uhl()
    make_carlingford()
    make_st_lukes()
    make_bolton()
    print("built 7 files in", HERE)
