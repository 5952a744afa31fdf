"""Build the seven zqf- blind test files (set heldout709).

Run with /work/main/.venv/bin/python zqf_make.py  (openpyxl, python-docx).
Writes only files whose names start with zqf- in this script's folder.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zqf-")
    return os.path.join(HERE, name)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
HEAD = PatternFill("solid", fgColor="1F4E79")
NHSBLUE = PatternFill("solid", fgColor="005EB8")


def header_row(ws, row, values, fill=HEAD):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill
        c.alignment = WRAP
        c.border = BOX


def body_cell(ws, row, col, value, fill=None, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fill is not None:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. NHS Tayside - HIS Safe Delivery of Care, Perth Royal Infirmary (xlsx)
# ---------------------------------------------------------------------------
def make_tayside():
    title = ("NHS Tayside \u2013 Perth Royal Infirmary: HIS Safe Delivery of Care "
             "Improvement Action Plan")
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover["A1"] = title
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = ("Healthcare Improvement Scotland unannounced inspection, "
                   "11\u201313 March 2025 (report published 5 June 2025)")
    cover["A3"] = "Executive lead: Director of Nursing and Midwifery"
    cover["A5"] = "Document control"
    cover["A5"].font = BOLD
    header_row(cover, 6, ["Version", "Date", "Author", "Status / comments"])
    dc = [
        ("0.1", dt.date(2025, 5, 23), "Lead Nurse PRI",
         "Draft for Acute Services Nursing and Midwifery Directorate review"),
        ("1.0", dt.date(2025, 6, 6), "Lead Nurse PRI",
         "Submitted to Healthcare Improvement Scotland"),
        ("1.3", dt.date(2025, 9, 30), "Lead Nurse PRI",
         "Progress update for Care Governance Committee, 9 October 2025"),
    ]
    for r, row in enumerate(dc, 7):
        for c, v in enumerate(row, 1):
            body_cell(cover, r, c, v, fmt="dd/mm/yyyy" if c == 2 else None)
    for col, w in zip("ABCD", (10, 14, 18, 60)):
        cover.column_dimensions[col].width = w

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress as at 30 September 2025"
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Req. No.", "Requirement", "Action No.", "Action planned",
                       "Timescale to meet action", "Revised timescale",
                       "Responsibility for taking action", "Progress update", "RAG"],
               fill=NHSBLUE)

    plan = [
        ("Domain 1 \u2013 Clear vision and purpose", [
            ("1", "NHS Tayside must ensure that the use of additional beds in wards and "
                  "departments is risk assessed and that patient safety, privacy and "
                  "dignity are maintained when additional beds are in use.", [
                ("1.1", "Review and update the PRI Standard Operating Procedure for the "
                        "use of surge and boarding beds, including a documented risk "
                        "assessment for each additional bed space.",
                 "30 June 2025", "31 August 2025",
                 "Associate Nurse Director (Acute Services)",
                 "SOP revised and ratified at the Acute Clinical Governance Forum on "
                 "21 August 2025.", BLUE),
                ("1.2", "Introduce a daily safety huddle check of all additional beds in "
                        "use, recorded on the site capacity log and escalated to the "
                        "Senior Nurse for Site where privacy and dignity cannot be "
                        "maintained.",
                 "May 2025", None, "Senior Nurse for Site / Lead Nurse PRI",
                 "In place since 19 May 2025; compliance checked weekly.", GREEN),
            ]),
        ]),
        ("Domain 4.1 \u2013 Pathways, procedures and policies", [
            ("2", "NHS Tayside must ensure that all hazardous cleaning products are "
                  "stored securely in line with Control of Substances Hazardous to "
                  "Health (COSHH) regulations.", [
                ("2.1", "Install keypad locks on all domestic services rooms and sluices "
                        "in Wards 1, 3 and 7.",
                 "April 2025", None, "Estates Manager (Perth and Kinross)",
                 "Locks installed 16 April 2025.", BLUE),
                ("2.2", "Add COSHH storage to the weekly Senior Charge Nurse "
                        "environmental walkround checklist and report compliance to the "
                        "PRI Nursing Quality meeting.",
                 "31/05/2025", None, "Senior Charge Nurses",
                 "Checklist amended; 94% compliance in August 2025.", GREEN),
            ]),
            ("3", "NHS Tayside must ensure that patient care records are accurately and "
                  "fully completed, including food and fluid charts, repositioning "
                  "charts and falls risk assessments.", [
                ("3.1", "Relaunch the food, fluid and nutrition documentation standards "
                        "through ward-based teaching sessions for registered and "
                        "non-registered nursing staff.",
                 "July 2025", "September 2025", "Practice Education Facilitator",
                 "Sessions delivered on Wards 1, 3 and 4; Ward 7 sessions rescheduled "
                 "owing to staffing.", AMBER),
                ("3.2", "Extend the monthly Care Assurance Standards documentation audit "
                        "to include repositioning charts and share results at ward "
                        "safety briefs.",
                 "Monthly", None, "Lead Nurse PRI",
                 "Audit extended from June 2025.", GREEN),
            ]),
        ]),
        ("Domain 4.3 \u2013 Workforce planning", [
            ("4", "NHS Tayside must ensure that staff complete mandatory training, "
                  "including infection prevention and control and adult support and "
                  "protection training.", [
                ("4.1", "Provide ward managers with a monthly mandatory training "
                        "compliance report by staff member from Turas Learn.",
                 "June 2025", None, "Workforce Information Manager",
                 "Not yet started \u2013 awaiting Turas reporting access.", None),
                ("4.2", "Agree protected time for staff to complete outstanding Public "
                        "Protection and IPC modules, with a trajectory to reach 90% "
                        "compliance.",
                 "31 December 2025", None, "Senior Charge Nurses / Lead Nurse PRI",
                 "Compliance 71% at end of September 2025 against a trajectory of 80%.",
                 RED),
            ]),
        ]),
    ]
    r = 5
    for domain, reqs in plan:
        ws.cell(row=r, column=1, value=domain).font = BOLD
        for c in range(1, 10):
            ws.cell(row=r, column=c).fill = GREY
            ws.cell(row=r, column=c).border = BOX
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req_no, req_text, actions in reqs:
            first = r
            for i, (ref, act, ts, rev, resp, prog, fill) in enumerate(actions):
                body_cell(ws, r, 1, req_no if i == 0 else None)
                body_cell(ws, r, 2, req_text if i == 0 else None)
                body_cell(ws, r, 3, ref)
                body_cell(ws, r, 4, act)
                body_cell(ws, r, 5, ts)
                body_cell(ws, r, 6, rev)
                body_cell(ws, r, 7, resp)
                body_cell(ws, r, 8, prog)
                body_cell(ws, r, 9, None, fill=fill)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = BOLD
    key = [(RED, "Not on track / timescale missed"),
           (AMBER, "Some slippage \u2013 revised timescale agreed"),
           (GREEN, "On track"),
           (BLUE, "Complete"),
           (None, "No fill \u2013 not yet started")]
    for fill, text in key:
        r += 1
        body_cell(ws, r, 1, None, fill=fill)
        ws.cell(row=r, column=2, value=text)
    widths = (8, 42, 8, 48, 16, 14, 24, 40, 7)
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(out("zqf-nhs-tayside-his-perth-royal-infirmary-safe-delivery-of-care-"
                "improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.8))


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row, fill="D9E2F3"):
    for c in row.cells:
        shade(c, fill)
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


def table(doc, headers, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for c, h in zip(t.rows[0].cells, headers):
        c.text = h
    bold_row(t.rows[0])
    return t


def add_row(t, values):
    row = t.add_row()
    for c, v in zip(row.cells, values):
        c.text = v if v is not None else ""
    return row


# ---------------------------------------------------------------------------
# 2. Cwm Taf Morgannwg UHB - HIW inspection, Princess of Wales Hospital (docx)
# ---------------------------------------------------------------------------
def make_ctm():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    p.add_run("Cwm Taf Morgannwg University Health Board").bold = True
    doc.add_heading("Healthcare Inspectorate Wales \u2013 Improvement Plan", level=0)
    doc.add_paragraph("Service: Princess of Wales Hospital, Bridgend \u2013 Ward 14 "
                      "(Care of the Elderly)")
    doc.add_paragraph("Date of inspection: 14 \u2013 16 January 2025")
    doc.add_paragraph("Inspection type: Unannounced hospital inspection")

    doc.add_heading("Appendix A \u2013 Summary of concerns resolved during the inspection",
                    level=2)
    doc.add_paragraph("The table below summarises the concerns identified and escalated "
                      "during our inspection. Due to the impact/potential impact on "
                      "patient care and treatment these concerns needed to be addressed "
                      "straight away, during the inspection.")
    t = table(doc, ["Immediate concerns identified",
                    "Impact/potential impact on patient care and treatment",
                    "How HIW escalated the concern", "How the concern was resolved"])
    add_row(t, ["The door to the ward treatment room, where medicines and sharps were "
                "stored, was found propped open on two occasions.",
                "Patients and visitors could access medicines and sharps, which posed a "
                "risk of harm.",
                "This was raised with the nurse in charge.",
                "The door was closed immediately and a reminder was given to all staff "
                "at the safety huddle."])

    doc.add_heading("Appendix C \u2013 Improvement plan", level=2)
    doc.add_paragraph("The table below includes any other improvements identified during "
                      "the inspection where we require the service to complete an "
                      "improvement plan telling us about the actions they are taking to "
                      "address these areas.")
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation",
             "Service action", "Responsible officer", "Timescale"]
    sections = [
        ("Quality of patient experience", [
            ("Patient information on the ward, including how to raise a concern under "
             "Putting Things Right, was only available in English.",
             "The health board must ensure that patient information, including Putting "
             "Things Right information, is displayed bilingually in line with the Welsh "
             "Language Standards.",
             "Health and Care Quality Standards (2023) \u2013 Person-centred; Welsh "
             "Language Standards",
             [("Replace all ward information boards and leaflets with bilingual versions "
               "supplied by the health board's Concerns Team.",
               "Ward Manager", "31 March 2025")]),
            ("Patients told us that call bells were not always answered promptly at "
             "night.",
             "The health board must ensure that call bells are answered in a timely "
             "manner, particularly during the night.",
             "Health and Care Quality Standards (2023) \u2013 Timely",
             [("Undertake a night-time call bell response audit over four weeks and "
               "share the findings with the ward team.",
               "Senior Nurse (Medicine Care Group)", "April 2025"),
              ("Review night-time nurse and healthcare support worker rostering against "
               "the audit findings and the Nurse Staffing Levels (Wales) Act 2016 "
               "calculation.",
               "Head of Nursing; Senior Nurse", "30 June 2025")]),
        ]),
        ("Delivery of safe and effective care", [
            ("Not all patients had a falls risk assessment recorded within 24 hours of "
             "admission.",
             "The health board must ensure that falls risk assessments are completed "
             "within 24 hours of admission and reviewed in line with health board "
             "policy.",
             "Health and Care Quality Standards (2023) \u2013 Safe",
             [("Include falls risk assessment completion in the monthly Tendable ward "
               "audit, with results reported to the Care Group Quality and Safety "
               "meeting.",
               "Ward Manager", "Ongoing")]),
            ("Daily checks of the resuscitation trolley had not been consistently "
             "recorded in December 2024.",
             "The health board must ensure that resuscitation equipment is checked and "
             "the checks recorded daily in line with Resuscitation Council UK guidance.",
             "Health and Care Quality Standards (2023) \u2013 Safe",
             [("Assign responsibility for the resuscitation trolley check to the nurse "
               "in charge of each early shift and add the check to the shift handover "
               "sheet.",
               "Ward Manager", "28 February 2025"),
              ("Complete a monthly spot-check audit of the resuscitation trolley "
               "checklist for three months.",
               "Lead Resuscitation Officer", "May 2025")]),
        ]),
        ("Quality of management and leadership", [
            ("Compliance with mandatory training was below the health board target of "
             "85% in several modules, including Mental Capacity Act and Deprivation of "
             "Liberty Safeguards.",
             "The health board must ensure that staff are supported to complete "
             "mandatory training so that compliance meets the health board target.",
             "Health and Care Quality Standards (2023) \u2013 Workforce",
             [("Agree a training trajectory for each non-compliant module and provide "
               "protected time on the roster for staff to complete e-learning.",
               "Ward Manager & Practice Development Nurse", "30 September 2025")]),
        ]),
    ]
    for sec, findings in sections:
        doc.add_heading(sec, level=3)
        t = table(doc, heads)
        for finding, improvement, standard, actions in findings:
            rows = []
            for i, (act, officer, when) in enumerate(actions):
                if i == 0:
                    rows.append(add_row(t, [finding, improvement, standard, act,
                                            officer, when]))
                else:
                    rows.append(add_row(t, [None, None, None, act, officer, when]))
            if len(rows) > 1:
                for col in range(3):
                    m = rows[0].cells[col].merge(rows[-1].cells[col])
                    for para in list(m.paragraphs)[1:]:
                        if not para.text.strip():
                            para._p.getparent().remove(para._p)
        doc.add_paragraph("")

    doc.add_paragraph("The following section must be completed by a representative of "
                      "the service who has overall responsibility and accountability for "
                      "ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in (("Service representative", ""), ("Name (print):", "Rhian Jenkins"),
                 ("Job role:", "Director of Nursing, Medicine Care Group"),
                 ("Date:", "20 February 2025")):
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
    doc.save(out("zqf-cwm-taf-morgannwg-uhb-hiw-princess-of-wales-hospital-ward-"
                 "inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Extra Care Belfast - RQIA domiciliary care QIP tracker (csv)
# ---------------------------------------------------------------------------
def make_extracare():
    n = 10
    REG = ("Action required to ensure compliance with The Domiciliary Care Agencies "
           "Regulations (Northern Ireland) 2007")
    STD = ("Action required to ensure compliance with the Domiciliary Care Agencies "
           "Minimum Standards (2021)")
    rows = [
        ["Extra Care \u2013 Belfast Domiciliary Care Agency: RQIA Quality Improvement "
         "Plan (QIP) action tracker"],
        ["Unannounced care inspection: 9 October 2024. Inspection ID: IN046127. "
         "Areas for improvement: 4 (2 regulations, 2 standards)"],
        ["Tracker last updated: 28/02/2025 (Registered Manager)"],
        [],
        ["AFI", "Ref", "Stated", "Area for improvement", "Action No.",
         "Action taken / planned", "Responsible person", "To be completed by", "RAG",
         "Update"],
        [REG],
        ["1", "Regulation 16 (2) (a)", "First time",
         "The registered person shall ensure that all care workers complete the "
         "required mandatory training, including Dysphagia awareness, before working "
         "unsupervised with service users.",
         "1.1",
         "Identify all care workers without in-date Dysphagia awareness training and "
         "book them onto the next available session delivered by the Belfast HSC Trust "
         "Speech and Language Therapy team.",
         "Training Coordinator", "30/11/2024", "B",
         "All 37 care workers trained by 22/11/2024; certificates on file."],
        ["", "", "", "", "1.2",
         "Amend the induction programme so that new care workers cannot be rostered "
         "for unsupervised calls until all mandatory training is recorded as complete "
         "on the training matrix.",
         "Registered Manager/Training Coordinator", "31/01/2025", "G",
         "Induction checklist revised; rota system block to go live March 2025."],
        ["2", "Regulation 13 (d)", "Second time",
         "The registered person shall ensure that Access NI checks are received and "
         "verified before a care worker is supplied to work with service users.",
         "2.1",
         "Complete an audit of all staff personnel files to confirm that an Access NI "
         "enhanced disclosure was received and verified before each care worker's start "
         "date.",
         "Registered Manager", "Immediate and ongoing from the date of inspection", "B",
         "Audit of 112 files completed 25/10/2024; no further gaps found."],
        ["", "", "", "", "2.2",
         "Introduce a pre-employment checklist signed off by the Deputy Manager before "
         "each new care worker's first shift, with compliance reported at the monthly "
         "governance meeting.",
         "Deputy Manager", "Monthly", "G",
         "Checklist in use for all starters since November 2024."],
        [STD],
        ["3", "Standard 5.2", "First time",
         "The registered person shall ensure that care plans are reviewed and updated "
         "when a service user's needs change, and at least annually.",
         "3.1",
         "Complete a review of all service user care plans and risk assessments, "
         "prioritising service users whose needs have changed since their last review.",
         "Care Coordinators", "31/01/2025", "R",
         "128 of 212 care plans reviewed; additional coordinator hours agreed from "
         "March 2025."],
        ["", "", "", "", "3.2",
         "Introduce a care plan review schedule on the electronic care planning system, "
         "with automatic alerts to care coordinators when a review is due.",
         "Care Coordinators; Quality Officer", "31/03/2025", "G",
         "Alerts configured; testing with two coordinators."],
        ["4", "Standard 8.10", "First time",
         "The registered person shall ensure that the annual quality report includes "
         "the views of service users, their relatives and HSC Trust representatives.",
         "4.1",
         "Carry out the annual service user, relative and HSC Trust key worker "
         "satisfaction survey and include the findings and actions in the 2024/25 "
         "annual quality report.",
         "Registered Manager", "30/04/2025", "",
         "Not yet started \u2013 survey to be issued in March 2025."],
        [],
        ["RAG key: B = complete; G = on track; A = some slippage; R = not on track / "
         "overdue"],
        ["Notes: AFI = area for improvement. The QIP response was returned to RQIA "
         "through the RQIA Web Portal on 6 November 2024."],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        w.writerow(row + [""] * (n - len(row)))
    with open(out("zqf-extra-care-belfast-domiciliary-care-rqia-quality-improvement-"
                  "plan.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 4. Oxford Health NHSFT - PSII safety action plan, plain-text export (txt)
# ---------------------------------------------------------------------------
def make_oxford():
    rule = "=" * 78
    lines = [
        "Oxford Health NHS Foundation Trust \u2013 Patient Safety Incident "
        "Investigation (PSII) Safety Action Plan",
        "Report exported from Ulysses Safeguard: 03/03/2025 09:14",
        "",
        "PSII reference:           PSII 2024/09",
        "Incident date:            12/06/2024",
        "Services involved:        Adult Mental Health Team (AMHT) Oxford City; Ruskin "
        "Ward, Warneford Hospital",
        "Incident summary:         Death of a patient by suspected suicide nine days "
        "after discharge from inpatient care",
        "Report approved:          Patient Safety Incident Response Oversight Group, "
        "11/12/2024",
        "Executive lead:           Chief Medical Officer",
        "Action plan owner:        Head of Patient Safety",
        "",
        "Status key: Complete | On track | At risk (amber) | Off track (red) | "
        "Not started",
        "",
    ]
    afis = [
        ("Area for improvement 1: Discharge planning and handover from inpatient wards "
         "to community teams", [
            ("SA1", "Introduce a standard discharge handover template in the electronic "
                    "patient record (RiO) that records the 72-hour follow-up plan, named "
                    "care coordinator and crisis plan.",
             "Clinical Director, Adult Mental Health Directorate", [("Due", "31/03/2025")],
             "Quarterly audit of 20 discharges; target 90% of templates fully completed.",
             "On track",
             "Template built in the RiO test environment; go-live planned for 24 March "
             "2025."),
            ("SA2", "Ensure that the 72-hour follow-up contact after inpatient discharge "
                    "is made face to face unless the patient declines, and that any "
                    "declined contact is escalated to the AMHT duty clinician the same "
                    "day.",
             "AMHT Service Managers", [("Due", "30/04/2025")],
             "Monthly report of 72-hour follow-up contacts by type.",
             "Complete",
             "Operational procedure updated and briefed to all AMHT teams in February "
             "2025."),
        ]),
        ("Area for improvement 2: Involving families and carers in risk assessment", [
            ("SA3", "Update the Clinical Risk Assessment and Management policy to "
                    "require that the views of a named family member or carer are sought "
                    "and recorded before discharge, where the patient consents.",
             "Head of Nursing (Adult Mental Health) / Carers Lead",
             [("Original due", "28/02/2025"), ("Revised due", "30/06/2025")],
             "Policy ratified; audit of carer involvement in 20 discharge records.",
             "At risk",
             "Policy consultation extended to include the Carers Council; revised date "
             "agreed at the Oversight Group."),
            ("SA4", "Deliver Triangle of Care refresher training to all registered staff "
                    "on Ruskin Ward and in the Oxford City AMHT.",
             "Carers Lead & Ruskin Ward Manager", [("Due", "Q1 2025/26")],
             "Training attendance of at least 85% of registered staff.",
             "Not started",
             "Sessions being scheduled."),
        ]),
        ("Area for improvement 3: Medication supply on discharge", [
            ("SA5", "Review the quantity of medication supplied on discharge for "
                    "patients with an identified risk of overdose, in line with the "
                    "Trust's Safer Prescribing on Discharge guidance.",
             "Chief Pharmacist", [("Due", "31/05/2025")],
             "Pharmacy audit of discharge supplies for patients with an overdose risk.",
             "On track",
             "Guidance draft circulated to consultant psychiatrists for comment."),
            ("SA6", "Add a prompt to the discharge checklist to confirm that the GP has "
                    "been told of any limited-supply arrangement within 24 hours of "
                    "discharge.",
             "Lead Pharmacist (Adult Mental Health)", [("Due", "30/06/2025")],
             "Discharge checklist audit; target 95% of prompts completed.",
             "Off track",
             "Checklist redesign delayed pending the RiO form change; escalated to the "
             "Digital Change Board."),
        ]),
        ("Area for improvement 4: Sharing learning", [
            ("SA7", "Share the learning from this PSII at a Patient Safety Learning Event "
                    "for the Adult Mental Health Directorate and publish a 7-minute "
                    "briefing on the Trust intranet.",
             "Head of Patient Safety", [("Due", "September 2025")],
             "Learning event held; briefing published.",
             "On track",
             "Learning event booked for 10 September 2025."),
        ]),
    ]
    for heading, actions in afis:
        lines += [rule, heading, rule, ""]
        for ref, act, owner, dues, measure, status, update in actions:
            lines.append(f"{ref:<5}Safety action:  {act}")
            lines.append(f"     Action owner:   {owner}")
            for label, val in dues:
                lines.append(f"     {label + ':':<16}{val}")
            lines.append(f"     Measure:        {measure}")
            lines.append(f"     Status:         {status}")
            lines.append(f"     Update:         {update}")
            lines.append("")
    lines += [
        rule,
        "Notes:",
        "Safety actions are monitored monthly at the Adult Mental Health Directorate "
        "Quality and Safety Meeting and closed by the Oversight Group on receipt of "
        "evidence.",
        "The family have been given a copy of this action plan and will receive updates "
        "from the Family Liaison Officer.",
        "-- End of report --",
    ]
    with open(out("zqf-oxford-health-nhsft-psii-post-discharge-suicide-safety-action-"
                  "plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 5. NHS Coventry and Warwickshire ICB - Board Assurance Framework (xlsx)
# ---------------------------------------------------------------------------
def make_cw_icb():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = ("NHS Coventry and Warwickshire Integrated Care Board \u2013 Board "
               "Assurance Framework 2025/26")
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = ("Position as at Quarter 2 (30 September 2025) \u2013 presented to the ICB "
               "Board, 22 October 2025")
    header_row(s, 4, ["BAF ref", "Strategic objective", "Principal risk",
                      "Executive owner", "Inherent score", "Current score",
                      "Target score", "Trend", "Assurance level"])
    summ = [
        ("BAF 1", "SO2 \u2013 Improve access to health and care services",
         "Urgent and emergency care demand exceeds system capacity",
         "Chief Delivery Officer", 20, 16, 12, "\u2194", "Partial"),
        ("BAF 2", "SO3 \u2013 Develop a sustainable health and care workforce",
         "Insufficient primary care workforce to meet demand",
         "Chief People Officer", 16, 12, 8, "\u2193", "Partial"),
        ("BAF 3", "SO4 \u2013 Deliver financial sustainability",
         "The system does not deliver its 2025/26 financial plan",
         "Chief Finance Officer", 20, 20, 12, "\u2191", "Limited"),
    ]
    for r, row in enumerate(summ, 5):
        for c, v in enumerate(row, 1):
            body_cell(s, r, c, v)
    s["A9"] = ("Risk scoring: likelihood x consequence (5 x 5). 15\u201325 Extreme; "
               "8\u201312 High; 4\u20136 Moderate; 1\u20133 Low.")
    s["A11"] = "Actions to address gaps \u2013 summary by RAG"
    s["A11"].font = BOLD
    header_row(s, 12, ["RAG", "Number of actions"])
    for r, (k, v) in enumerate((("Red", 1), ("Amber", 2), ("Green", 3),
                                ("Complete", 2), ("Total", 8)), 13):
        body_cell(s, r, 1, k)
        body_cell(s, r, 2, v)
    s.cell(row=17, column=1).font = BOLD
    s.cell(row=17, column=2).font = BOLD
    s["A19"] = ("Action RAG: R = off track; A = at risk; G = on track; Complete = action "
                "closed by lead committee.")
    for col, w in zip("ABCDEFGHI", (10, 40, 50, 24, 10, 10, 10, 8, 12)):
        s.column_dimensions[col].width = w

    risks = [
        ("BAF 1", "BAF 1: Urgent and emergency care demand exceeds system capacity",
         "SO2 \u2013 Improve access to health and care services",
         "If demand for urgent and emergency care continues to exceed available "
         "capacity in acute, community and primary care, then patients will experience "
         "long waits and ambulance handover delays, resulting in avoidable harm and poor "
         "experience.",
         "Chief Delivery Officer", "System Quality and Performance Committee",
         "5 x 4 = 20", "4 x 4 = 16", "3 x 4 = 12",
         ["System Urgent and Emergency Care Board meets monthly",
          "Care Coordination Centre operating 8am\u201310pm, seven days a week",
          "OPEL escalation framework agreed by all providers"],
         ["Monthly UEC performance report to Board (ICB, internal)",
          "NHS England regional UEC oversight meetings (external)"],
         [("G1", "No single system view of community urgent care capacity."),
          ("G2", "Winter and surge plans not yet agreed across all partners.")],
         [("1.1", "G1", "Implement the Care Coordination Centre capacity dashboard "
                        "covering all Coventry and Warwickshire community urgent care "
                        "services.",
           "Director of Urgent and Emergency Care", dt.date(2025, 12, 31), None, "G",
           "Dashboard built; data feeds from two of three community providers live."),
          ("1.2", "G2", "Agree a system winter plan 2025/26 with UHCW, SWFT, GEH and "
                        "CWPT, including ambulance handover escalation triggers.",
           "Chief Delivery Officer", dt.date(2025, 9, 30), None, "Complete",
           "Winter plan approved by ICB Board on 24 September 2025."),
          ("1.3", "G2", "Deliver the Urgent Community Response two-hour standard at 70% "
                        "or above in every place.",
           "Director of Urgent and Emergency Care / Place Directors", "Q4 2025/26", None,
           "A", "Coventry 74%, Warwickshire North 66%, South Warwickshire 71% "
                "(August 2025).")]),
        ("BAF 2", "BAF 2: Insufficient primary care workforce to meet demand",
         "SO3 \u2013 Develop a sustainable health and care workforce",
         "If general practice cannot recruit and retain enough GPs, nurses and "
         "additional roles, then access to primary care will not meet demand, resulting "
         "in poorer outcomes and increased pressure on urgent care.",
         "Chief People Officer", "People Committee",
         "4 x 4 = 16", "3 x 4 = 12", "2 x 4 = 8",
         ["Primary care workforce plan 2024\u201326",
          "Training hub commissioned for Coventry and Warwickshire"],
         ["Quarterly workforce report to People Committee"],
         [("G1", "Workforce plan not refreshed for 2025/26 contract changes."),
          ("G2", "Limited data on GP retention by place.")],
         [("2.1", "G1", "Complete the primary care workforce plan refresh, including "
                        "Additional Roles Reimbursement Scheme (ARRS) use by PCN.",
           "Director of Primary Care", dt.date(2025, 7, 31), dt.date(2025, 10, 31), "A",
           "Delayed by 2025/26 GP contract changes; draft to People Committee in "
           "October."),
          ("2.2", "G1", "Launch the Coventry and Warwickshire GP fellowship scheme for "
                        "newly qualified GPs.",
           "Chief People Officer", dt.date(2025, 9, 30), None, "Complete",
           "First cohort of 14 fellows started in September 2025."),
          ("2.3", "G2", "Report GP retention data by place to the People Committee.",
           "Chief People Officer", "Quarterly", None, "G",
           "First report received in July 2025.")]),
        ("BAF 3", "BAF 3: The system does not deliver its 2025/26 financial plan",
         "SO4 \u2013 Deliver financial sustainability",
         "If the system does not deliver its planned efficiencies and control spending "
         "growth, then it will not meet its 2025/26 financial plan, resulting in "
         "regulatory intervention and reduced investment in services.",
         "Chief Finance Officer", "Finance and Investment Committee",
         "5 x 4 = 20", "5 x 4 = 20", "3 x 4 = 12",
         ["System financial plan agreed by all NHS partners",
          "Monthly Finance and Investment Committee"],
         ["Monthly finance report to Board", "Internal audit of financial controls"],
         [("G1", "Efficiency delivery is behind plan in two providers."),
          ("G2", "Continuing healthcare spend growth not understood.")],
         [("3.1", "G1", "Agree a joint system financial recovery plan with all NHS "
                        "partners, with monthly reporting of efficiency delivery to the "
                        "Finance and Investment Committee.",
           "Chief Finance Officer", dt.date(2026, 3, 31), None, "G",
           "Recovery plan agreed; month 5 efficiency delivery 88% of plan."),
          ("3.2", "G2", "Commission an independent review of continuing healthcare (CHC) "
                        "spend and agree its recommendations.",
           "Chief Nursing Officer & Chief Finance Officer", "November 2025", None, "R",
           "Procurement of the reviewer delayed; revised timescale to be agreed at the "
           "October Board.")]),
    ]
    for (sheet, heading, so, desc, owner, committee, inh, cur, tgt, controls,
         assurances, gaps, actions) in risks:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=13)
        labels = [("Strategic objective", so), ("Risk description", desc),
                  ("Executive owner", owner), ("Lead committee", committee)]
        r = 3
        for k, v in labels:
            ws.cell(row=r, column=1, value=k).font = BOLD
            ws.cell(row=r, column=2, value=v).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
        ws.cell(row=r, column=1, value="Risk score (L x C)").font = BOLD
        ws.cell(row=r, column=2, value="Inherent: " + inh)
        ws.cell(row=r, column=3, value="Current: " + cur)
        ws.cell(row=r, column=4, value="Target: " + tgt)
        r += 2
        ws.cell(row=r, column=1, value="Key controls").font = BOLD
        for ctl in controls:
            r += 1
            ws.cell(row=r, column=2, value="\u2022 " + ctl)
        r += 2
        ws.cell(row=r, column=1, value="Sources of assurance").font = BOLD
        for a in assurances:
            r += 1
            ws.cell(row=r, column=2, value="\u2022 " + a)
        r += 2
        ws.cell(row=r, column=1, value="Gaps in control / assurance").font = BOLD
        for g, text in gaps:
            r += 1
            ws.cell(row=r, column=1, value=g)
            ws.cell(row=r, column=2, value=text)
        r += 2
        ws.cell(row=r, column=1, value="Actions to address gaps").font = BOLD
        r += 1
        header_row(ws, r, ["Action ref", "Gap", "Action", "Action lead", "Due date",
                           "Revised due date", "RAG", "Progress update (Q2)"])
        for ref, gap, act, lead, due, rev, rag, prog in actions:
            r += 1
            body_cell(ws, r, 1, ref)
            body_cell(ws, r, 2, gap)
            body_cell(ws, r, 3, act)
            body_cell(ws, r, 4, lead)
            body_cell(ws, r, 5, due, fmt="dd/mm/yyyy" if isinstance(due, dt.date) else None)
            body_cell(ws, r, 6, rev, fmt="dd/mm/yyyy")
            fill = {"R": RED, "A": AMBER, "G": GREEN, "Complete": BLUE}[rag]
            body_cell(ws, r, 7, rag, fill=fill)
            body_cell(ws, r, 8, prog)
        for col, w in zip("ABCDEFGH", (20, 8, 50, 26, 12, 12, 10, 45)):
            ws.column_dimensions[col].width = w
    wb.save(out("zqf-nhs-coventry-and-warwickshire-icb-board-assurance-framework-"
                "2025-26.xlsx"))


# ---------------------------------------------------------------------------
# 6. Cottingham Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_cottingham():
    doc = Document()
    landscape(doc)
    doc.add_heading("Cottingham Medical Centre \u2013 CQC Inspection Action Plan",
                    level=0)
    doc.add_paragraph("Assessment: 22 May 2025 (Safe, Effective and Well-led) | Report "
                      "published: 17 July 2025 | Overall rating: Requires improvement")

    doc.add_heading("Document control", level=2)
    t = table(doc, ["Version", "Date", "Author", "Changes"])
    add_row(t, ["1.0", "30/07/2025", "Practice Manager",
                "First version agreed at the partners' meeting"])
    add_row(t, ["1.1", "24/09/2025", "Practice Manager",
                "Progress update for the ICB primary care quality review"])

    doc.add_paragraph("")
    doc.add_paragraph("Leads: Dr AK \u2013 GP Partner and Clinical Governance Lead; "
                      "PM \u2013 Practice Manager; NM \u2013 Nurse Manager; "
                      "SH \u2013 Senior Administrator (Workflow)")
    doc.add_paragraph("Status: Complete | On track | Amber \u2013 at risk of delay | "
                      "Not started")

    heads = ["Ref", "Action", "Lead", "Target date", "Status", "Progress / evidence"]
    sections = [
        ("Safe", [
            ("MUST: Ensure care and treatment is provided in a safe way to patients "
             "(Regulation 12).", [
                ("1.1", "Complete a search of all patients prescribed methotrexate, "
                        "lithium and DOACs and recall any patient without the required "
                        "monitoring in the last three months.",
                 "Dr AK/NM", "31/07/2025", "Complete",
                 "Searches run 2 June 2025; 23 patients recalled and reviewed."),
                ("1.2", "Introduce a monthly high-risk drug monitoring search, reviewed "
                        "by a GP partner at the clinical meeting.",
                 "Dr AK", "Monthly", "On track",
                 "Searches reviewed at clinical meetings in July, August and "
                 "September."),
            ]),
            ("SHOULD: Ensure that checks of emergency medicines and equipment are "
             "recorded consistently.", [
                ("1.3", "Add the emergency trolley and oxygen checks to the weekly nurse "
                        "checklist and keep the signed record with the trolley.",
                 "NM", "End of August 2025", "Complete",
                 "Weekly checklist in use since 4 August 2025."),
            ]),
        ]),
        ("Effective", [
            ("SHOULD: Take action to improve the uptake of cervical screening and "
             "childhood immunisations.", [
                ("2.1", "Offer extended-hours cervical screening clinics on Tuesday "
                        "evenings and Saturday mornings.",
                 "NM", "30/09/25", "On track",
                 "Tuesday clinics running; Saturday clinics start in October."),
                ("2.2", "Send text reminders and make follow-up phone calls to parents "
                        "of children who have missed immunisations.",
                 "NM & SH", "31/10/2025", "Amber",
                 "Text reminders in place; follow-up calls limited by admin staffing."),
            ]),
        ]),
        ("Well-led", [
            ("MUST: Establish effective systems and processes to ensure good governance "
             "in accordance with the fundamental standards of care (Regulation 17).", [
                ("3.1", "Review and update all practice policies that were past their "
                        "review date, and keep a policy register with review dates and "
                        "owners.",
                 "PM", "September 2025", "Complete",
                 "All 41 policies reviewed; register held on the practice intranet."),
                ("3.2", "Implement a document workflow protocol so that all incoming "
                        "clinical correspondence is actioned within five working days, "
                        "with a weekly backlog report to the partners.",
                 "PM/SH", "31/08/2025", "Amber",
                 "Backlog reduced from 640 to 95 items; five-day target not yet met."),
                ("3.3", "Hold quarterly significant event review meetings with all staff "
                        "groups and share the learning in the practice newsletter.",
                 "Dr AK", "Quarterly", "Not started",
                 "First meeting booked for 8 October 2025."),
            ]),
        ]),
    ]
    for sec, groups in sections:
        doc.add_heading(sec, level=1)
        t = table(doc, heads)
        for must, actions in groups:
            row = t.add_row()
            merged = row.cells[0].merge(row.cells[-1])
            merged.text = must
            for p in merged.paragraphs:
                for run in p.runs:
                    run.bold = True
            shade(merged, "F2F2F2")
            for ref, act, lead, when, status, prog in actions:
                add_row(t, [ref, act, lead, when, status, prog])
        doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the partners: Practice Manager. "
                      "Date: 24/09/2025")
    doc.save(out("zqf-cottingham-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 7. RUH Bath - Quality Account priorities tracker with a mistyped month (xlsx)
# ---------------------------------------------------------------------------
def make_ruh_refuse():
    title = ("Royal United Hospitals Bath NHS Foundation Trust \u2013 Quality Account "
             "Priorities 2025/26: Quarter 2 Progress Tracker")
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Reported to the Quality Governance Committee \u2013 20 November 2025"
    header_row(s, 4, ["Priority", "Actions", "Q2 Complete", "Q2 Green", "Q2 Amber",
                      "Q2 Red"])
    summ = [("Priority 1 \u2013 Patient safety", 3, 1, 1, 1, 0),
            ("Priority 2 \u2013 Clinical effectiveness", 2, 0, 1, 0, 1),
            ("Priority 3 \u2013 Patient experience", 2, 0, 2, 0, 0),
            ("Total", 7, 1, 4, 1, 1)]
    for r, row in enumerate(summ, 5):
        for c, v in enumerate(row, 1):
            body_cell(s, r, c, v)
    for c in range(1, 7):
        s.cell(row=8, column=c).font = BOLD
    s.column_dimensions["A"].width = 40

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to the Quality Governance Committee \u2013 20 November 2025"
    header_row(ws, 4, ["Ref", "Key action / milestone", "Executive lead",
                       "Operational lead", "Due by", "Q1 RAG", "Q2 RAG", "Q2 update"])
    fills = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
    plan = [
        ("Priority 1 \u2013 Patient safety: Recognising and responding to "
         "deterioration (Martha's Rule)", [
            ("1.1", "Launch the Call for Concern patient and family escalation line on "
                    "all adult inpatient wards.",
             "Chief Nursing Officer", "Lead Nurse, Deteriorating Patient", "June 2025",
             "G", "B", "Live on all 24 adult inpatient wards from 16 June 2025."),
            ("1.2", "Achieve 90% of NEWS2 observations recorded on time in the "
                    "electronic observations system.",
             "Chief Medical Officer", "Deteriorating Patient Group Chair", "March 2026",
             "A", "A", "84% in September 2025 (82% in June)."),
            ("1.3", "Audit response times to Call for Concern calls and report the "
                    "findings to the Patient Safety Group.",
             "Chief Nursing Officer", "Lead Nurse, Deteriorating Patient",
             "Decmber 2025", "G", "G", "Audit tool agreed; data collection from "
             "October."),
        ]),
        ("Priority 2 \u2013 Clinical effectiveness: Reducing delays to surgery for "
         "patients with a hip fracture", [
            ("2.1", "Increase the proportion of hip fracture patients operated on within "
                    "36 hours of admission to 75%.",
             "Chief Medical Officer", "Clinical Lead, Orthogeriatrics", "31/03/2026",
             "A", "R", "62% in Q2; theatre capacity lost to estates works in August."),
            ("2.2", "Introduce a weekend trauma list protected for hip fracture patients.",
             "Chief Operating Officer", "Surgical Division Operations Director",
             "31/10/2025", "G", "G", "Business case approved; recruitment under way."),
        ]),
        ("Priority 3 \u2013 Patient experience: Improving communication at discharge", [
            ("3.1", "Roll out the 'Going Home' discharge information leaflet on all "
                    "medical wards.",
             "Chief Nursing Officer", "Head of Patient Experience", "September 2025",
             "G", "G", "Printed and in use on 9 of 12 medical wards."),
            ("3.2", "Add discharge communication questions to the monthly inpatient "
                    "survey and report results by ward.",
             "Chief Nursing Officer", "Head of Patient Experience", "30/11/2025",
             "G", "G", "Questions added from September survey."),
        ]),
    ]
    r = 5
    for heading, actions in plan:
        ws.cell(row=r, column=1, value=heading).font = BOLD
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = GREY
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, exe, op, due, q1, q2, upd in actions:
            for c, v in enumerate((ref, act, exe, op, due), 1):
                body_cell(ws, r, c, v)
            body_cell(ws, r, 6, q1, fill=fills[q1])
            body_cell(ws, r, 7, q2, fill=fills[q2])
            body_cell(ws, r, 8, upd)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = some risk "
                                   "to delivery; R = significant risk / off track")
    for col, w in zip("ABCDEFGH", (8, 50, 22, 28, 14, 8, 8, 45)):
        ws.column_dimensions[col].width = w
    wb.save(out("zqf-royal-united-hospitals-bath-nhsft-quality-account-priorities-"
                "tracker-2025-26-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_tayside()
    make_ctm()
    make_extracare()
    make_oxford()
    make_cw_icb()
    make_cottingham()
    make_ruh_refuse()
    print("built 7 files")
