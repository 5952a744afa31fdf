#!/usr/bin/env python
"""Build the seven zdj- blind test files (set heldout789) and their expected readings.

Run with /work/main/.venv/bin/python zdj_make.py  (needs openpyxl, python-docx, pyyaml).
Only writes files whose names start with 'zdj-' in this script's folder.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
GREY, DARK, LIGHT = "D9D9D9", "1F3864", "DDEBF7"


def path(name):
    assert name.startswith("zdj-")
    return os.path.join(HERE, name)


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, data):
    out = {}
    for k in ("source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions"):
        if k in data:
            out[k] = data[k]
    with open(path(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------------------
# 1. NHS Lanarkshire - SAER improvement action plan (xlsx, Scottish NHS board)
# ---------------------------------------------------------------------------
def lanarkshire():
    name = "zdj-nhs-lanarkshire-saer-delayed-recognition-of-dka-improvement-action-plan.xlsx"
    title = "NHS Lanarkshire – Significant Adverse Event Review (SAER) Improvement Action Plan"
    T1 = "Learning Theme 1: Recognition and escalation of the deteriorating patient"
    T2 = "Learning Theme 2: Management of diabetic ketoacidosis"
    T3 = "Learning Theme 3: Communication, handover and family engagement"
    R1 = ("The Combined Assessment Unit should ensure that capillary blood ketones are measured and "
          "acted upon for all patients with diabetes presenting with a capillary blood glucose above 11 mmol/L.")
    R2 = ("NEWS2 escalation should be completed in line with the NHS Lanarkshire Deteriorating Patient "
          "Policy, with a documented medical review within 30 minutes of a score of 5 or more.")
    R3 = ("The Board’s adult DKA protocol should be reviewed against the Joint British Diabetes Societies "
          "(JBDS) guidance and made easily accessible at the point of care.")
    R4 = ("Patients receiving a fixed-rate intravenous insulin infusion (FRIII) should be cared for in an "
          "area with the staffing and skill mix to deliver hourly monitoring.")
    R5 = ("Handover between CAU and receiving wards should include outstanding blood results and any "
          "pending medical review, using the SBAR structure.")
    D = dt.datetime
    # (theme, rec no, rec text, [(ref, action, owner, orig, revised, progress, status_word)])
    plan = [
        (T1, [
            ("1", R1, [
                ("1.1", "Add a mandatory ketone prompt to the CAU nursing admission document and the HEPMA "
                        "blood glucose chart.",
                 "Senior Charge Nurse, CAU", D(2025, 4, 30), D(2025, 9, 30),
                 "HEPMA change request CR-2231 approved by eHealth; build scheduled for the September "
                 "release. Paper admission document updated and in use from 12/05/2025.", "At risk"),
                ("1.2", "Ensure blood ketone meters are available and quality-controlled in every CAU bay, "
                        "with daily checks recorded on the equipment checklist.",
                 "CAU Charge Nurses", D(2025, 3, 31), None,
                 "Four additional meters purchased. Daily QC audit June–July 2025: 96% compliance.",
                 "Complete"),
            ]),
            ("2", R2, [
                ("2.1", "Deliver a programme of deteriorating-patient simulation sessions for CAU and "
                        "receiving-ward nursing and medical staff, including DKA as a scenario.\n"
                        "Target: 80% of the staff group to attend within 6 months.",
                 "Clinical Nurse Educator / Clinical Director – Acute Medicine", D(2025, 8, 31), D(2025, 12, 31),
                 "11 sessions delivered; 58% of target staff group attended. Medical attendance affected by "
                 "the August rotation – additional dates booked for October and November.", "At risk"),
            ]),
        ]),
        (T2, [
            ("3", R3, [
                ("3.1", "Review and re-issue the NHS Lanarkshire Adult DKA Protocol, aligned to the JBDS-IP "
                        "guidance (2023).",
                 "Consultant Diabetologist (Lead for Inpatient Diabetes)", D(2025, 6, 30), None,
                 "Revised protocol approved by the Area Drug and Therapeutics Committee on 17/06/2025 and "
                 "published on FirstPort.", "Complete"),
                ("3.2", "Introduce a DKA care pathway bundle (hourly observations, FRIII, fluid balance and "
                        "potassium monitoring) for use in all acute receiving areas.",
                 "Lead Inpatient Diabetes Specialist Nurse", D(2025, 7, 31), D(2025, 10, 31),
                 "Bundle piloted in CAU and Ward 9 from July. Print run delayed – to be added to the Clinical "
                 "Forms catalogue.", "On track"),
                ("3.3", "Audit compliance with the DKA pathway bundle and report results to the Diabetes MCN "
                        "and the Site Clinical Governance meeting.",
                 "Lead Inpatient Diabetes Specialist Nurse", D(2026, 1, 31), None,
                 "First audit due once the bundle is fully implemented.", "Not started"),
            ]),
            ("4", R4, [
                ("4.1", "Agree and implement criteria for the placement of patients on FRIII, including "
                        "escalation to the High Dependency Unit where hourly monitoring cannot be maintained.",
                 "Associate Nurse Director (Hairmyres)", D(2025, 5, 31), D(2025, 11, 30),
                 "Draft criteria discussed at the Site Huddle Review Group. Awaiting HDU capacity modelling "
                 "before sign-off.", "Not on track"),
            ]),
        ]),
        (T3, [
            ("5", R5, [
                ("5.1", "Update the CAU-to-ward electronic handover (TrakCare transfer note) to include "
                        "mandatory fields for pending results and outstanding reviews.",
                 "eHealth Clinical Systems Lead; Senior Charge Nurse, CAU", D(2025, 9, 30), None,
                 "Fields specified; testing in the TrakCare training environment.", "On track"),
                ("5.2", "Share the learning summary from this review with the family and with acute "
                        "receiving teams at all three acute sites.",
                 "Clinical Director – Acute Medicine", D(2025, 3, 31), D(2025, 4, 30),
                 "Family met the review team on 08/04/2025 (Duty of Candour). Learning summary shared in the "
                 "Acute Division Learning Bulletin, April 2025.", "Complete"),
            ]),
        ]),
    ]
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Not on track": RED,
                   "Not started": None}
    status_map = {"Complete": "blue", "On track": "green", "At risk": "amber", "Not on track": "red",
                  "Not started": "unrated"}
    leads = {
        "Senior Charge Nurse, CAU": ["Senior Charge Nurse, CAU"],
        "CAU Charge Nurses": ["CAU Charge Nurses"],
        "Clinical Nurse Educator / Clinical Director – Acute Medicine":
            ["Clinical Nurse Educator", "Clinical Director – Acute Medicine"],
        "Consultant Diabetologist (Lead for Inpatient Diabetes)":
            ["Consultant Diabetologist (Lead for Inpatient Diabetes)"],
        "Lead Inpatient Diabetes Specialist Nurse": ["Lead Inpatient Diabetes Specialist Nurse"],
        "Associate Nurse Director (Hairmyres)": ["Associate Nurse Director (Hairmyres)"],
        "eHealth Clinical Systems Lead; Senior Charge Nurse, CAU":
            ["eHealth Clinical Systems Lead", "Senior Charge Nurse, CAU"],
        "Clinical Director – Acute Medicine": ["Clinical Director – Acute Medicine"],
    }

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:D1")
    rows = [
        ("SAER reference", "SAER 24/0193"),
        ("Event", "Delayed recognition and treatment of diabetic ketoacidosis (DKA) in a patient admitted "
                  "via the Combined Assessment Unit (CAU)"),
        ("Site", "University Hospital Hairmyres"),
        ("Date of event", D(2024, 9, 14)),
        ("Review commissioned", D(2024, 10, 2)),
        ("Report approved by Acute Clinical Governance and Risk Group", D(2025, 2, 19)),
        ("HIS notification", "Notified (Category 1 SAER)"),
        ("Action plan owner", "Director of Acute Services"),
        ("Version", "v4 – progress as at 29/08/2025"),
    ]
    r = 3
    for k, v in rows:
        ws.cell(r, 1, k).font = Font(bold=True)
        c = ws.cell(r, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        c.alignment = Alignment(wrap_text=True, horizontal="left")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 1
    ws.cell(r + 1, 1, "Note: this is a working document. Actions are reviewed monthly at the Hairmyres Site "
                      "Clinical Governance meeting and are closed only when evidence of completion has been "
                      "received.").alignment = WRAP
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=4)
    ws.row_dimensions[r + 1].height = 45
    ws.column_dimensions["A"].width = 40
    for col in "BCD":
        ws.column_dimensions[col].width = 30

    ws2 = wb.create_sheet("Improvement Plan")
    ws2["A1"] = "SAER 24/0193 – Delayed recognition and treatment of DKA – University Hospital Hairmyres"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:I1")
    ws2["A2"] = "Progress as at 29/08/2025. Status key on the ‘Key’ tab."
    ws2.merge_cells("A2:I2")
    heads = ["Rec. No.", "SAER Recommendation", "Action No.", "Improvement Action", "Action Owner",
             "Original Target Date", "Revised Target Date", "Progress Update", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    widths = [8, 45, 9, 55, 30, 13, 13, 55, 13]
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    r = 5
    expected = []
    for theme, recs in plan:
        ws2.cell(r, 1, theme).font = Font(bold=True)
        for col in range(1, 10):
            ws2.cell(r, col).fill = fill(GREY)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for recno, rectext, acts in recs:
            first = r
            ws2.cell(r, 1, recno)
            ws2.cell(r, 2, rectext)
            for ref, text, owner, orig, rev, prog, st in acts:
                ws2.cell(r, 3, ref)
                ws2.cell(r, 4, text)
                ws2.cell(r, 5, owner)
                c = ws2.cell(r, 6, orig)
                c.number_format = "dd/mm/yyyy"
                if rev is not None:
                    c = ws2.cell(r, 7, rev)
                    c.number_format = "dd/mm/yyyy"
                ws2.cell(r, 8, prog)
                c = ws2.cell(r, 9, st)
                if status_fill[st]:
                    c.fill = fill(status_fill[st])
                for col in range(1, 10):
                    ws2.cell(r, col).alignment = WRAP
                    ws2.cell(r, col).border = BOX
                end = (rev or orig).strftime("%Y-%m")
                expected.append(act(ref, [theme, rectext], text, leads[owner], end, status_map[st]))
                r += 1
            if r - 1 > first:
                ws2.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws2.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    ws2.freeze_panes = "A5"

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "Status key"
    ws3["A1"].font = Font(bold=True)
    key = [("Complete", BLUE, "Action completed and evidence of completion received"),
           ("On track", GREEN, "Action progressing and expected to meet the target date"),
           ("At risk", AMBER, "Action at risk of not meeting the target date"),
           ("Not on track", RED, "Target date missed or action unable to progress"),
           ("Not started", None, "Action not yet due to start")]
    for i, (w, col, desc) in enumerate(key, 2):
        c = ws3.cell(i, 1, w)
        if col:
            c.fill = fill(col)
        ws3.cell(i, 2, desc)
    ws3["A8"] = "Abbreviations"
    ws3["A8"].font = Font(bold=True)
    gl = [("CAU", "Combined Assessment Unit"), ("DKA", "Diabetic ketoacidosis"),
          ("FRIII", "Fixed-rate intravenous insulin infusion"),
          ("HEPMA", "Hospital Electronic Prescribing and Medicines Administration"),
          ("JBDS-IP", "Joint British Diabetes Societies for Inpatient Care"),
          ("MCN", "Managed Clinical Network"), ("SBAR", "Situation, Background, Assessment, Recommendation")]
    for i, (a, b) in enumerate(gl, 9):
        ws3.cell(i, 1, a)
        ws3.cell(i, 2, b)
    ws3.column_dimensions["A"].width = 14
    ws3.column_dimensions["B"].width = 60
    wb.save(path(name))

    write_expected(name, {
        "source": (
            "Imitates an NHS Scotland board's Significant Adverse Event Review (SAER) improvement action plan "
            "as produced under Healthcare Improvement Scotland's 'Learning from adverse events through reporting "
            "and review – a national framework for Scotland' (4th edition; "
            "https://www.healthcareimprovementscotland.scot/publications/learning-from-adverse-events-through-"
            "reporting-and-review-a-national-framework-for-scotland/), stage 6 improvement planning and "
            "monitoring, in the style of NHS Lanarkshire acute division governance trackers (2024-25). "
            "Copied features: cover sheet with SAER reference, event, site, approval dates, HIS notification "
            "and plan owner; learning-theme rows shaded across the table; recommendation number and text merged "
            "vertically over their actions; numbered actions with job-title owners (one with a comma, two "
            "split by '/' or ';'); original and revised target dates as real dates; progress update column; "
            "status words with fill colour defined on a separate Key tab with an abbreviations list."),
        "reads": (
            "A three-tab workbook: a cover sheet describing SAER 24/0193 (delayed recognition of DKA at "
            "University Hospital Hairmyres), the improvement plan with three learning themes, five "
            "recommendations and nine numbered actions, and a status key. Each action has an owner, an original "
            "and sometimes a revised target date (the revised one is the due date), a progress update and a "
            "status word (Complete/On track/At risk/Not on track/Not started)."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


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


def set_cell(cell, text, bold=False):
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    run = cell.paragraphs[0].add_run(parts[0])
    run.bold = bold
    for p in parts[1:]:
        para = cell.add_paragraph()
        rr = para.add_run(p)
        rr.bold = bold


# ---------------------------------------------------------------------------
# 2. Llanfyllin Group Practice - HIW GP inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def llanfyllin():
    name = "zdj-llanfyllin-group-practice-hiw-gp-inspection-improvement-plan.docx"
    title = "Llanfyllin Group Practice – HIW Inspection Improvement Plan"
    S1 = "Quality of Patient Experience"
    S2 = "Delivery of Safe and Effective Care"
    S3 = "Quality of Management and Leadership"
    rows = {
        S1: [
            ("The practice leaflet and website did not tell patients how to access services in Welsh or "
             "that interpreters were available.",
             "The practice must ensure patients are made aware that they can receive information and services "
             "in Welsh and through an interpreter.",
             "Health and Care Quality Standards 2023 – Equitable",
             "Practice leaflet and website updated to include the ‘Iaith Gwaith’ logo, the Welsh language "
             "offer and details of the interpreter service. Bilingual posters displayed in both waiting rooms.",
             "Practice Manager", "31 July 2025"),
            ("Patients told us it was difficult to get through on the telephone at 8am.",
             "The practice should review its telephone access arrangements and tell patients about any changes.",
             "Health and Care Quality Standards 2023 – Timely",
             "Telephone call-queue data for June to August 2025 to be reviewed with the health board’s GP "
             "access lead.\nCall-back function to be enabled and the results shared with the Patient "
             "Participation Group.",
             "Practice Manager / Reception Team Leader", "September 2025"),
        ],
        S2: [
            ("Not all clinical staff had completed level 3 safeguarding children training.",
             "The practice must ensure all clinical staff complete safeguarding training at the level "
             "appropriate to their role.",
             "Health and Care Quality Standards 2023 – Safe",
             "Training matrix reviewed. Outstanding level 3 training booked for two GPs and one practice nurse "
             "through the health board safeguarding team.",
             "Dr Rhian Bowen (Safeguarding Lead)", "30/09/2025"),
            ("Vaccine fridge temperature records at the Llansantffraid branch surgery had gaps on six days in "
             "May 2025.",
             "The practice must ensure vaccine fridge temperatures are recorded twice daily at all sites and "
             "that out-of-range readings are acted on.",
             "Health and Care Quality Standards 2023 – Safe",
             "Data loggers installed in all vaccine fridges. Cold chain policy updated and shared with all "
             "nursing staff; monthly spot checks by the Lead Practice Nurse.",
             "Lead Practice Nurse", "August 2025"),
            ("There was no planned programme of clinical audit.",
             "The practice should develop an annual clinical audit programme that includes re-audit.",
             "Health and Care Quality Standards 2023 – Effective",
             "Audit programme for 2025-26 agreed at the clinical meeting, covering antibiotic prescribing, "
             "high-risk drug monitoring and minor surgery outcomes.",
             "GP Partners", "31 October 2025"),
        ],
        S3: [
            ("Appraisals were overdue for five members of the administrative team.",
             "The practice must ensure all staff receive an annual appraisal.",
             "Health and Care Quality Standards 2023 – Workforce",
             "Appraisal schedule issued; all outstanding administrative staff appraisals to be completed.",
             "Practice Manager", "By end of November 2025"),
            ("Minutes of practice meetings did not record agreed actions or who was responsible for them.",
             "The practice should ensure meeting minutes record agreed actions, owners and timescales, and "
             "that these are followed up.",
             "Health and Care Quality Standards 2023 – Leadership",
             "New minutes template with an action log introduced from the July 2025 practice meeting.",
             "Practice Manager", "Completed – July 2025"),
        ],
    }
    exp_meta = {  # timescale -> (end, end_text, status)
        "31 July 2025": ("2025-07", None, "unrated"),
        "September 2025": ("2025-09", None, "unrated"),
        "30/09/2025": ("2025-09", None, "unrated"),
        "August 2025": ("2025-08", None, "unrated"),
        "31 October 2025": ("2025-10", None, "unrated"),
        "By end of November 2025": ("2025-11", None, "unrated"),
        "Completed – July 2025": ("2025-07", None, "blue"),
    }
    lead_map = {
        "Practice Manager": ["Practice Manager"],
        "Practice Manager / Reception Team Leader": ["Practice Manager", "Reception Team Leader"],
        "Dr Rhian Bowen (Safeguarding Lead)": ["Dr Rhian Bowen (Safeguarding Lead)"],
        "Lead Practice Nurse": ["Lead Practice Nurse"],
        "GP Partners": ["GP Partners"],
    }

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Healthcare Inspectorate Wales – General Practice Inspection (Announced)")
    doc.add_paragraph("Service: Llanfyllin Group Practice, Powys Teaching Health Board")
    doc.add_paragraph("Date of inspection: 10 June 2025")

    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    doc.add_paragraph("The table below summarises the concerns identified and escalated during our inspection. "
                      "Due to the impact/potential impact on patient care and treatment these concerns needed "
                      "to be addressed straight away, during the inspection.")
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Immediate concerns identified", "Impact/potential impact on patient care and "
                           "treatment", "How HIW escalated the concern", "How the concern was resolved"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), GREY)
    vals = ["Two oxygen masks in the emergency equipment bag were past their expiry date.",
            "Equipment may not be safe to use in a medical emergency.",
            "The issue was raised with the practice manager on the day.",
            "The masks were replaced before the end of the inspection."]
    for i, v in enumerate(vals):
        set_cell(t.cell(1, i), v)

    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    doc.add_paragraph("Service: Llanfyllin Group Practice")
    doc.add_paragraph("Date of inspection: 10 June 2025")
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Improvement needed", "Standard / Regulation", "Service action",
                           "Responsible officer", "Timescale"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), GREY)
    m = t.cell(1, 0).merge(t.cell(1, 4))
    set_cell(m, "No immediate assurance issues were identified on this inspection.")

    doc.add_heading("Appendix C – Improvement plan", level=1)
    doc.add_paragraph("Service: Llanfyllin Group Practice")
    doc.add_paragraph("Date of inspection: 10 June 2025")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where "
                      "we require the service to complete an improvement plan telling us about the actions they "
                      "are taking to address these areas.")
    heads = ["Risk/finding/issue", "Improvement needed", "Standard / Regulation", "Service action",
             "Responsible officer", "Timescale"]
    expected = []
    for sec in (S1, S2, S3):
        doc.add_heading(sec, level=2)
        rs = rows[sec]
        t = doc.add_table(rows=1 + len(rs), cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), GREY)
        for j, (finding, imp, std, action, officer, ts) in enumerate(rs, 1):
            for i, v in enumerate([finding, imp, std, action, officer, ts]):
                set_cell(t.cell(j, i), v)
            end, end_text, status = exp_meta[ts]
            expected.append(act(None, [sec, imp], action, lead_map[officer], end, status, end_text))
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is actioned.")
    doc.add_heading("Service representative", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Eleri Watkin"), ("Job role:", "Practice Manager"),
                                ("Date:", "22 July 2025")]):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
    doc.save(path(name))

    write_expected(name, {
        "source": (
            "Imitates the improvement plan appendices of a Healthcare Inspectorate Wales (HIW) announced "
            "General Practice inspection report as returned and kept by a Welsh GP practice (HIW GP reports, "
            "e.g. https://fdocuments.net/document/general-practice-inspection-announced-patient-centred-we-"
            "place-patients.html for the report structure; 2023-25 reports use the Health and Care Quality "
            "Standards 2023). Copied features: Appendix A quality-check table of concerns resolved on the day, "
            "Appendix B immediate improvement plan with a single merged 'no immediate assurance issues' row, "
            "Appendix C improvement plan with HIW's six columns (Risk/finding/issue, Improvement needed, "
            "Standard / Regulation, Service action, Responsible officer, Timescale), split by the practice into "
            "one table per HIW report theme heading, and the service representative sign-off table."),
        "reads": (
            "A Word copy of the practice's HIW improvement plan after its June 2025 inspection. The plan proper "
            "is Appendix C: three theme headings, each with a table whose rows give a finding, the improvement "
            "HIW asked for and the practice's service action, responsible officer and timescale — seven actions "
            "in all, without numbers or RAG; Appendices A and B and the sign-off table hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. Slieve Roe House - RQIA care inspection QIP (plain text export)
# ---------------------------------------------------------------------------
def slieve_roe():
    name = "zdj-slieve-roe-house-kilkeel-rqia-care-inspection-quality-improvement-plan.txt"
    title = "Quality Improvement Plan"
    REG = ("Action required to ensure compliance with The Residential Care Homes Regulations "
           "(Northern Ireland) 2005")
    STD = "Action required to ensure compliance with the Residential Care Homes Minimum Standards (August 2021)"
    areas = [
        (REG, "1", "Regulation 27 (4) (b)", "First time", "Immediate and ongoing",
         "The registered person shall ensure that fire doors are not wedged or propped open and that any door "
         "which needs to be held open is fitted with a hold-open device linked to the fire alarm system.",
         ["Wedges were removed on the day of inspection. Magnetic hold-open devices were fitted to the lounge "
          "and dining room doors on 4 November 2024. A fire door check has been added to the daily walkaround "
          "completed by the person in charge."]),
        (REG, "2", "Regulation 13 (4)", "Second time", "30 November 2024",
         "The registered person shall ensure that medicines are administered as prescribed and that records "
         "of administration are accurately maintained, with particular reference to thickening agents and "
         "topical preparations.",
         ["- Medication administration records (MARs) for thickening agents redesigned to record the "
          "consistency level at each administration.",
          "- Topical medicine body maps introduced for all residents prescribed creams.",
          "- Weekly MAR audit completed by the Deputy Manager, with findings reviewed at the monthly "
          "governance meeting."]),
        (REG, "3", "Regulation 20 (1) (c) (i)", "First time", "31 January 2025",
         "The registered person shall ensure that all staff complete mandatory training, including adult "
         "safeguarding and Deprivation of Liberty Safeguards (DoLS) training, and that compliance is monitored.",
         ["Training matrix updated. Nine staff booked on DoLS level 2 training in December 2024 and January "
          "2025. Compliance is reported monthly to the Head of Residential Services."]),
        (STD, "1", "Standard 6.2", "First time", "31 December 2024",
         "The registered person shall ensure that each resident’s care plan is reviewed and updated following "
         "any change in need, including after a fall, and that the resident or their representative is "
         "involved in the review.",
         ["All care plans reviewed by key workers. A care plan review has been added to the post-falls "
          "checklist, and the resident’s or representative’s involvement is recorded at each review."]),
        (STD, "2", "Standard 27.1", "First time", "28 February 2025",
         "The registered person shall ensure that the first floor bathroom is refurbished so that all surfaces "
         "are intact and can be cleaned effectively.",
         ["Refurbishment approved by the Trust’s Estates Department; works scheduled for February 2025."]),
        (STD, "3", "Standard 13.1", "First time", "Ongoing from the date of inspection",
         "The registered person shall ensure that a programme of meaningful activities is developed with "
         "residents and displayed in a format that residents can understand.",
         ["Activity planner agreed at the residents’ meeting and displayed in large print and pictorial format "
          "in the lounge. Activity therapist hours increased from 15 to 22.5 hours per week."]),
    ]
    ends = {"Immediate and ongoing": (None, "Immediate and ongoing"),
            "30 November 2024": ("2024-11", None), "31 January 2025": ("2025-01", None),
            "31 December 2024": ("2024-12", None), "28 February 2025": ("2025-02", None),
            "Ongoing from the date of inspection": (None, "Ongoing from the date of inspection")}
    L = [
        title,
        "Slieve Roe House, Kilkeel (Residential Care Home)",
        "Registered Provider: Southern Health and Social Care Trust",
        "RQIA ID: 1512    Inspection ID: IN047305",
        "Date of inspection: 22 and 23 October 2024",
        "",
        "Areas for improvement and details of the Quality Improvement Plan were discussed with the Registered "
        "Manager as part of the inspection process. The timescales commence from the date of inspection.",
        "",
        "The Registered Person/Manager should note that if the action outlined in the Quality Improvement Plan "
        "is not taken to comply with regulations and standards this may lead to further enforcement action "
        "including possible prosecution for offences. It is the responsibility of the Registered Provider to "
        "ensure that all areas for improvement identified within the Quality Improvement Plan are addressed "
        "within the specified timescales.",
        "",
    ]
    expected = []
    current = None
    for sec, num, ref, stated, by, text, resp in areas:
        if sec != current:
            if current is not None:
                # page footer and number carried over from the PDF
                L += ["RQIA ID: 1512    Inspection ID: IN047305", "15", ""]
            L += [sec, ""]
            current = sec
        L += [f"Area for improvement {num}", f"Ref: {ref}", f"Stated: {stated}", f"To be completed by: {by}",
              "", text, "", "Response by registered person detailing the actions taken:"]
        L += resp
        L += [""]
        end, end_text = ends[by]
        expected.append(act(num, [sec, text], "\n".join(resp), [], end, "unrated", end_text))
    L += ["*Please ensure this document is completed in full and returned via Web Portal*",
          "RQIA ID: 1512    Inspection ID: IN047305", "16"]
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(name, {
        "source": (
            "Imitates the Quality Improvement Plan (QIP) section of an RQIA unannounced care inspection report "
            "for a Northern Ireland residential care home, as copied out of the PDF into plain text by the home "
            "(RQIA care inspection reports, e.g. https://vdocuments.mx/unannounced-care-inspection-report-3-"
            "november-2016-unannounced-care-inspection.html; current 2023-25 reports keep the same QIP block). "
            "Copied features: QIP title and service identifiers, the standard preamble paragraphs, separate "
            "sections for Regulations and Minimum Standards with 'Area for improvement' numbering restarting at "
            "1 in each, Ref / Stated / To be completed by lines, the 'The registered person shall ensure…' "
            "requirement, the 'Response by registered person detailing the actions taken:' text (one as dash "
            "lines), and the PDF page footer (RQIA ID / Inspection ID and page number) carried into the text."),
        "reads": (
            "A plain-text QIP for Slieve Roe House after its October 2024 inspection: three areas for improvement "
            "against the Regulations and three against the Minimum Standards, each with a regulation/standard "
            "reference, a completion date or 'ongoing' wording, the RQIA requirement and the home's response "
            "describing the actions taken. No leads or RAG are given."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 4. Medway NHS FT - PSII safety action plan (csv) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def medway():
    name = "zdj-medway-nhsft-psii-retained-guidewire-safety-action-plan-typo-month-refuse.csv"
    title = "Medway NHS Foundation Trust – Patient Safety Incident Investigation (PSII) Safety Action Plan"
    W = 9
    rows = [
        [title],
        ["PSII ref: PSII-2024/31 – Never Event: retained central venous catheter guidewire, Intensive Care Unit"],
        ["Executive sponsor: Chief Medical Officer"],
        ["Plan agreed at Patient Safety Incident Review Group: 14/01/2025"],
        [],
        ["AFI ref", "Area for improvement", "Safety action ref", "Safety action", "Owner",
         "Measure of effectiveness", "Due date", "Status", "Progress note"],
        ["AFI 1", "Removal of the guidewire is not visually confirmed and documented by two people at the end "
                  "of the procedure", "SA1.1",
         "Amend the central venous catheter (CVC) insertion LocSSIP checklist to include a mandatory two-person "
         "'guidewire removed and intact' check and signature",
         "Consultant Anaesthetist (Procedural Safety Lead)",
         "Checklist audit: 95% of CVC insertions with completed guidewire check", "February 2025", "Complete",
         "Revised LocSSIP live in ICU, ED and theatres from 03/02/2025"],
        ["", "", "SA1.2",
         "Introduce a guidewire 'show and place' step at the end of insertion, with the wire placed in a "
         "designated tray in view of the assistant",
         "ICU Matron", "Observational audit of 20 insertions per quarter", "March 2025", "Complete",
         "Included in ICU safety brief and nursing induction"],
        ["AFI 2", "Post-procedure chest X-ray reports do not prompt review for a retained foreign object",
         "SA2.1",
         "Agree with Radiology a standard reporting phrase and alert for a suspected retained guidewire on "
         "post-CVC chest X-rays",
         "Clinical Director for Radiology", "Audit of post-CVC chest X-ray reports using the standard phrase",
         "April 2025", "In progress", "Wording agreed; PACS template change requested"],
        ["", "", "SA2.2",
         "Include interpretation of post-CVC chest X-rays (including retained wires) in foundation doctor and "
         "ICU registrar teaching",
         "Director of Medical Education", "Attendance records and teaching evaluation", "Febuary 2025",
         "In progress", "Session added to FY1 teaching programme; ICU registrar session to be scheduled"],
        ["AFI 3", "CVC kits from two suppliers with different guidewire lengths are stocked in the same areas",
         "SA3.1", "Rationalise CVC kits to a single supplier across ICU, ED and theatres",
         "Head of Procurement / ICU Matron", "Stock check shows one kit type in all areas", "June 2025",
         "Not started", "Awaiting outcome of regional framework tender"],
        ["AFI 4", "Support for staff involved in the incident was informal and inconsistent", "SA4.1",
         "Offer a structured debrief and wellbeing support (TRiM) to staff after every Never Event, "
         "coordinated by the division",
         "Divisional Director of Nursing – Planned Care", "Staff feedback from debriefs", "May 2025",
         "In progress", "TRiM practitioners identified in each division"],
        ["", "", "SA4.2",
         "Share the learning from this PSII through the Trust Safety Bulletin and a Grand Round presentation",
         "Head of Patient Safety", "Bulletin published; Grand Round attendance", "March 2025", "Complete",
         "Grand Round 20/03/2025"],
        [],
        ["Status key: Complete / In progress / Not started / Overdue. Progress is reported monthly to the "
         "Patient Safety Incident Review Group."],
    ]
    with open(path(name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        for r in rows:
            w.writerow(r + [""] * (W - len(r)))
    # find the line number of the mistyped month
    with open(path(name), encoding="utf-8") as f:
        lines = f.read().split("\n")
    refuse_at = next(i for i, ln in enumerate(lines, 1) if "Febuary" in ln)
    assert refuse_at == 10, refuse_at

    write_expected(name, {
        "source": (
            "Imitates an English NHS acute trust's Patient Safety Incident Investigation (PSII) safety action "
            "plan under PSIRF (NHS England PSII tools and templates, https://www.england.nhs.uk/patient-safety/"
            "patient-safety-investigation/; patient safety incident response standards, "
            "https://england.nhs.uk/long-read/patient-safety-incident-response-standards), exported to CSV from "
            "the trust's tracker spreadsheet. Copied features: trust/plan title line, PSII reference and incident "
            "line, executive sponsor and approval lines, areas for improvement (AFI) with safety actions (SA) "
            "beneath them, AFI cells left blank on continuation rows, owner as job title, measure of "
            "effectiveness, due month, status and progress note, and a status key note at the foot."),
        "reads": (
            "A CSV safety action plan for a retained-guidewire Never Event: four areas for improvement and eight "
            "safety actions with owners, measures, due months and status. The due date of safety action SA2.2 "
            "reads 'Febuary 2025', a mistyped month, so a careful reader would stop and ask before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_at,
        "title": title,
    })


# ---------------------------------------------------------------------------
# 5. SECAmb - Quality Account priorities tracker 2025/26 (xlsx)
# ---------------------------------------------------------------------------
def secamb():
    name = "zdj-south-east-coast-ambulance-service-nhsft-quality-account-priorities-tracker-2025-26.xlsx"
    title = ("South East Coast Ambulance Service NHS Foundation Trust – Quality Account Priorities 2025/26: "
             "Quarter 2 Progress")
    PS, CE, PX = "Patient Safety", "Clinical Effectiveness", "Patient Experience"
    P1 = "Priority 1: Reduce harm for patients who wait a long time for an ambulance after a fall"
    P2 = "Priority 2: Improve the assessment and care of patients experiencing a mental health crisis"
    P3 = "Priority 3: Increase the proportion of patients with suspected stroke who receive the full pre-hospital care bundle"
    P4 = "Priority 4: Strengthen learning from patient and carer feedback across 999 and 111"
    D = dt.datetime
    col_of = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, None: None}
    st_of = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    data = [
        (PS, [(P1, [
            ("1a", "Roll out the falls response model (urgent community response pick-up of non-injured "
                   "fallers) to all Sussex and Kent & Medway operating units",
             "Associate Director of Operations – Sussex; Associate Director of Operations – Kent & Medway",
             ["Associate Director of Operations – Sussex", "Associate Director of Operations – Kent & Medway"],
             "Q3 2025/26", ("2025-12", None), "G", "G",
             "Live in 9 of 11 operating units; remaining two go live in November."),
            ("1b", "Introduce a welfare call-back standard for patients who have fallen and are waiting longer "
                   "than 60 minutes, with clinician review at 2 hours",
             "EOC Clinical Lead", ["EOC Clinical Lead"], "Sept 2025", ("2025-09", None), "A", "B",
             "Standard in place in both EOCs from 1 September; compliance 88% in September."),
            ("1c", "Review harm from long waits (over 2 hours) for fallers through structured judgement reviews "
                   "and report themes to the Patient Safety Group",
             "Head of Patient Safety", ["Head of Patient Safety"], "Quarterly", (None, "Quarterly"), "G", "G",
             "Q2 themes report presented 23 September: pressure damage and hypothermia."),
        ])]),
        (CE, [(P2, [
            ("2a", "Extend the Mental Health Response Vehicle (MHRV) service to 7 days a week in Surrey and "
                   "Sussex",
             "Consultant Nurse for Mental Health / Head of Urgent and Emergency Care",
             ["Consultant Nurse for Mental Health", "Head of Urgent and Emergency Care"],
             D(2025, 12, 31), ("2025-12", None), "A", "R",
             "Recurrent funding not yet confirmed by commissioners; weekend cover currently 2 of 4 shifts."),
            ("2b", "Deliver mental health crisis training (including Right Care, Right Person) to 90% of "
                   "frontline clinicians",
             "Head of Education and Training", ["Head of Education and Training"], "Mar-26",
             ("2026-03", None), "G", "A", "54% trained at end of Q2 against a 60% trajectory."),
            ("2c", "Implement a mental health triage pathway in the 111 Clinical Assessment Service with direct "
                   "referral to NHS 111 ‘press 2’ services",
             "Head of 111 Clinical Services", ["Head of 111 Clinical Services"], "Q4 2025/26",
             ("2026-03", None), None, "G", "Pathway agreed with Sussex and Kent & Medway mental health trusts."),
        ]), (P3, [
            ("3a", "Introduce a digital stroke bundle prompt in the electronic patient care record (ePCR), "
                   "covering FAST, blood glucose and time of onset",
             "Chief Clinical Information Officer; Consultant Paramedic (Stroke)",
             ["Chief Clinical Information Officer", "Consultant Paramedic (Stroke)"], "Nov 2025",
             ("2025-11", None), "G", "G", "Build complete; user testing in October."),
            ("3b", "Publish monthly stroke care bundle compliance by operating unit on the quality dashboard",
             "Head of Clinical Audit", ["Head of Clinical Audit"], "Oct-25", ("2025-10", None), "G", "B",
             "Published from the August data onwards."),
        ])]),
        (PX, [(P4, [
            ("4a", "Launch the ‘Tell us about your care’ text survey for discharged 999 patients and 111 callers",
             "Head of Patient Experience", ["Head of Patient Experience"], "Q2 2025/26", ("2025-09", None),
             "A", "B", "Launched 4 August; 1,912 responses in the first eight weeks."),
            ("4b", "Establish a Patient and Public Panel to review complaint themes and co-design at least two "
                   "improvements",
             "Director of Quality and Nursing", ["Director of Quality and Nursing"], "March 2026",
             ("2026-03", None), None, None, "Recruitment of panel members begins in Q3."),
        ])]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Report to the Quality and Patient Safety Committee, 16 October 2025"
    ws.merge_cells("A2:H2")
    heads = ["Domain", "Priorities", "Milestones", "Complete", "On track", "Some slippage", "Off track",
             "Not yet due"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.border = BOX
    tot = [0] * 7
    r = 5
    for dom, pris in data:
        ms = [m for _, mm in pris for m in mm]
        cnt = [len(pris), len(ms)] + [sum(1 for m in ms if m[7] == k) for k in ("B", "G", "A", "R", None)]
        tot = [a + b for a, b in zip(tot, cnt)]
        ws.cell(r, 1, dom).border = BOX
        for i, v in enumerate(cnt, 2):
            ws.cell(r, i, v).border = BOX
        r += 1
    ws.cell(r, 1, "Total").font = Font(bold=True)
    for i, v in enumerate(tot, 2):
        c = ws.cell(r, i, v)
        c.font = Font(bold=True)
        c.border = BOX
    ws.cell(r + 2, 1, "Detailed milestone tracker on the ‘QA Priorities 2025-26’ tab.")
    ws.column_dimensions["A"].width = 24
    for col in "BCDEFGH":
        ws.column_dimensions[col].width = 13

    ws2 = wb.create_sheet("QA Priorities 2025-26")
    ws2["A1"] = "Quality Account Priorities 2025/26 – delivery tracker (Quarter 2)"
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.merge_cells("A1:G1")
    ws2["A2"] = ("RAG key: Blue = complete | Green = on track | Amber = some slippage, recoverable within the "
                 "year | Red = off track | No fill = not yet due")
    ws2.merge_cells("A2:G2")
    heads = ["Ref", "Milestone / action", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 update"]
    for i, h in enumerate(heads, 1):
        c = ws2.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    for col, wdt in zip("ABCDEFG", [6, 60, 38, 12, 8, 8, 50]):
        ws2.column_dimensions[col].width = wdt
    r = 5
    expected = []
    for dom, pris in data:
        c = ws2.cell(r, 1, dom)
        c.font = Font(bold=True, color="FFFFFF")
        for col in range(1, 8):
            ws2.cell(r, col).fill = fill(DARK)
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for pri, ms in pris:
            ws2.cell(r, 1, pri).font = Font(bold=True)
            for col in range(1, 8):
                ws2.cell(r, col).fill = fill(LIGHT)
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for ref, text, lead_s, lead_l, due, (end, end_text), q1, q2, upd in ms:
                ws2.cell(r, 1, ref)
                ws2.cell(r, 2, text)
                ws2.cell(r, 3, lead_s)
                c = ws2.cell(r, 4, due)
                if isinstance(due, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
                if col_of[q1]:
                    ws2.cell(r, 5).fill = fill(col_of[q1])
                if col_of[q2]:
                    ws2.cell(r, 6).fill = fill(col_of[q2])
                ws2.cell(r, 7, upd)
                for col in range(1, 8):
                    ws2.cell(r, col).alignment = WRAP
                    ws2.cell(r, col).border = BOX
                expected.append(act(ref, [dom, pri], text, lead_l, end, st_of[q2], end_text))
                r += 1
    ws2.freeze_panes = "A5"
    wb.save(path(name))

    write_expected(name, {
        "source": (
            "Imitates an ambulance trust's in-year tracker of its Quality Account priorities as reported "
            "quarterly to a quality committee (SECAmb Quality Account and Quality Report structure with Patient "
            "Safety / Clinical Effectiveness / Patient Experience measures, e.g. http://studylib.net/doc/"
            "11206636/8-quality-account-andamp%3B-quality-report-2014-15--headings-...; EEAST Annual Quality "
            "Account 2024-25 priorities by domain, https://www.eastamb.nhs.uk/reports/annual-quality-account-"
            "2024-2025). Copied features: summary tab with a totals block by RAG; tracker tab with a RAG key "
            "line, dark domain rows and light priority rows merged across the sheet, lettered milestones, "
            "several leads in one cell (';' and '/'), due dates as financial quarters, month text, a real date "
            "and 'Quarterly', and previous (Q1) and current (Q2) RAG shown by fill colour only, with 'no fill = "
            "not yet due'."),
        "reads": (
            "A two-tab workbook for SECAmb's 2025/26 Quality Account priorities at Quarter 2: a summary of "
            "milestone counts by RAG, and a tracker with three domains, four priorities and ten milestones. "
            "Each milestone has its lead(s), due period, Q1 and Q2 RAG fills (Q2 is the current status) and a "
            "Q2 update."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. Everycare Wokingham - CQC home care inspection action plan (docx)
# ---------------------------------------------------------------------------
def everycare():
    name = "zdj-everycare-wokingham-cqc-home-care-inspection-action-plan.docx"
    title = "Everycare Wokingham – CQC Inspection Action Plan"
    PART1 = "Part 1 – Breaches of regulation (must do)"
    PART2 = "Part 2 – Areas for improvement (should do)"
    MD1 = ("Must do 1 – Regulation 12 Safe care and treatment: The provider must ensure that risks relating "
           "to people’s medicines, including time-specific medicines, are assessed and managed safely.")
    MD2 = ("Must do 2 – Regulation 17 Good governance: The provider must ensure that systems to assess, "
           "monitor and improve the quality and safety of the service are operated effectively, including "
           "audits of daily notes and medicine administration records.")
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED}
    rag_st = {"G": "blue", "A": "amber", "R": "red"}  # key: Green = Completed
    must = [
        (MD1, [
            ("1.1", "Complete a medicines risk assessment for every person supported with time-specific "
                    "medicines (for example Parkinson’s medicines, insulin and anticoagulants).",
             "Registered Manager", ["Registered Manager"], "31/10/2025", ("2025-10", None),
             "All 14 people identified; assessments completed and uploaded to the care planning system.", "G"),
            ("1.2", "Set ‘time-critical’ visit flags on the electronic call monitoring system so that a late "
                    "call alerts the on-call coordinator after 15 minutes.",
             "Care Coordinator / Field Care Supervisor", ["Care Coordinator", "Field Care Supervisor"],
             "w/c 06/10/25", ("2025-10", None), "Flags set for all time-critical visits; alert tested 09/10/2025.",
             "G"),
            ("1.3", "Carry out medicines competency observations for all care staff who administer medicines, "
                    "and repeat them annually.",
             "Field Care Supervisors", ["Field Care Supervisors"], "End of December 2025", ("2025-12", None),
             "31 of 44 staff observed.", "A"),
        ]),
        (MD2, [
            ("2.1", "Introduce a monthly audit of electronic MAR charts and daily notes, with findings and "
                    "actions logged on the quality tracker.",
             "Deputy Manager", ["Deputy Manager"], "30/11/2025", ("2025-11", None),
             "October and November audits completed; actions logged.", "G"),
            ("2.2", "Report audit findings, late and missed calls and safeguarding concerns to a monthly "
                    "governance meeting chaired by the Nominated Individual.",
             "Nominated Individual", ["Nominated Individual"], "Ongoing", (None, "Ongoing"),
             "First meeting held 05/11/2025; terms of reference agreed.", "A"),
            ("2.3", "Commission an external mock inspection focused on the Safe and Well-led key questions.",
             "Directors", ["Directors"], "January 2026", ("2026-01", None),
             "Independent consultant booked for 20/01/2026.", "R"),
        ]),
    ]
    should = [
        ("3.1", "The provider should ensure people’s care plans record their preferences about the gender of "
                "the care staff who support them.",
         "Record gender preference at each person’s next care plan review and flag the preference on the "
         "rota system.", "Care Coordinator", ["Care Coordinator"], "Feb 2026", ("2026-02", None), "A"),
        ("3.2", "The provider should review how feedback from people and their relatives is gathered and acted "
                "on.",
         "Send a quarterly feedback questionnaire and publish a ‘You said, we did’ summary in the client "
         "newsletter.", "Priya Nair (Quality Lead)", ["Priya Nair (Quality Lead)"], "31/12/2025",
         ("2025-12", None), "G"),
        ("3.3", "The provider should ensure staff supervision records include discussion of learning from "
                "incidents.",
         "Supervision template updated with a standing ‘learning from incidents’ section; supervisors briefed "
         "at the team meeting.", "Deputy Manager", ["Deputy Manager"], "Completed 17/10/2025",
         ("2025-10", None), "G"),
    ]

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Location: Everycare Wokingham (domiciliary care agency)")
    doc.add_paragraph("Inspection dates: 12 and 19 August 2025. Report published: 24 September 2025. "
                      "Overall rating: Requires Improvement (Safe – Requires Improvement; Well-led – Requires "
                      "Improvement).")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Change"),
                             ("1.0", "03/10/2025", "Registered Manager", "Action plan submitted to CQC"),
                             ("1.1", "14/11/2025", "Registered Manager",
                              "Progress update for Directors’ meeting")]):
        for j, v in enumerate(row):
            set_cell(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), GREY)
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (lab, col, desc) in enumerate([("Red", RED, "Not started or overdue"),
                                          ("Amber", AMBER, "In progress"),
                                          ("Green", GREEN, "Completed")]):
        set_cell(t.cell(i, 0), lab, bold=True)
        shade(t.cell(i, 0), col)
        set_cell(t.cell(i, 1), desc)

    expected = []
    doc.add_heading(PART1, level=1)
    heads = ["No.", "Action", "Lead", "By when", "Progress update", "RAG"]
    for md, acts in must:
        t = doc.add_table(rows=2 + len(acts), cols=6)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 5))
        set_cell(m, md, bold=True)
        shade(m, LIGHT)
        for i, h in enumerate(heads):
            set_cell(t.cell(1, i), h, bold=True)
            shade(t.cell(1, i), GREY)
        for j, (ref, text, lead_s, lead_l, by, (end, end_text), prog, rag) in enumerate(acts, 2):
            for i, v in enumerate([ref, text, lead_s, by, prog, rag]):
                set_cell(t.cell(j, i), v)
            shade(t.cell(j, 5), rag_fill[rag])
            expected.append(act(ref, [PART1, md], text, lead_l, end, rag_st[rag], end_text))
        doc.add_paragraph("")
    doc.add_heading(PART2, level=1)
    t = doc.add_table(rows=1 + len(should), cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "CQC finding (should do)", "Action", "Lead", "By when", "RAG"]):
        set_cell(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), GREY)
    for j, (ref, finding, text, lead_s, lead_l, by, (end, end_text), rag) in enumerate(should, 1):
        for i, v in enumerate([ref, finding, text, lead_s, by, rag]):
            set_cell(t.cell(j, i), v)
        shade(t.cell(j, 5), rag_fill[rag])
        expected.append(act(ref, [PART2, finding], text, lead_l, end, rag_st[rag], end_text))
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Directors’ meeting, 12 December 2025. This action plan is shared with the "
                      "Wokingham Borough Council quality assurance team.")
    doc.save(path(name))

    write_expected(name, {
        "source": (
            "Imitates the improvement action plan a domiciliary care agency sends CQC after a 'Requires "
            "Improvement' inspection with breaches of Regulations 12 and 17 (CQC asks for such a plan under "
            "Regulation 17(3) within 28 days: https://gl-cqc.axis12.com/node/3073; CQC home care reports list "
            "'must' and 'should' actions). Copied features: title, location and inspection/rating line, a "
            "document control table, a RAG key table where Green means Completed (no blue), Part 1 with one "
            "table per must-do whose merged first row holds the breach text above numbered actions, Part 2 "
            "should-do table with the finding in its own column, job titles and a named person as leads, "
            "'/'-separated joint leads, dates written as dd/mm/yyyy, 'w/c', 'End of …', 'Ongoing' and "
            "'Completed dd/mm/yyyy', RAG letters in fill-coloured cells, and a closing review note."),
        "reads": (
            "A Word action plan from a home care agency after its August 2025 CQC inspection: two must-do "
            "breaches (Regulation 12 and 17) with three actions each, then three should-do findings with one "
            "action each — nine numbered actions with lead, due date, progress and a RAG letter. By the "
            "plan's own key Green means completed, so G actions are complete."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 7. Pennine Care NHS FT - Board Assurance Framework 2025/26 (xlsx, several sheets)
# ---------------------------------------------------------------------------
def pennine():
    name = "zdj-pennine-care-nhsft-board-assurance-framework-2025-26.xlsx"
    title = "Pennine Care NHS Foundation Trust – Board Assurance Framework 2025/26"
    D = dt.datetime
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    rag_st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    risks = [
        ("BAF1", "BAF 1: Risk that we fail to deliver consistently safe, high-quality care, resulting in "
                 "avoidable harm to service users",
         "SO1 – Outstanding care, every time", "Executive Director of Nursing and Quality", "Quality Committee",
         "4 x 5 = 20", "4 x 4 = 16", "4 x 4 = 16", "3 x 4 = 12", "Cautious",
         "Patient Safety Incident Response Framework and Plan; safer staffing reviews and daily staffing "
         "huddles; Quality and Safety Group; ward accreditation programme; clinical policies and training",
         "Integrated performance report to Board (monthly); Quality Committee deep dives; CQC engagement "
         "meetings; internal audit of incident management (substantial assurance, 2024/25)",
         "G1 Inpatient establishments not aligned to acuity on three wards\n"
         "G2 Thematic learning from self-harm incidents not yet embedded\n"
         "G3 Physical health monitoring on paper on most wards\n"
         "G4 No independent assurance on Mental Health Act rights compliance",
         [("1.1", "Complete the safer staffing establishment review for all adult acute and older people’s "
                  "inpatient wards and present the findings to the Board", "G1", "Deputy Director of Nursing",
           ["Deputy Director of Nursing"], D(2025, 9, 30), ("2025-09", None),
           "Review presented to Board 24/09/2025; investment case for three wards referred to Finance and "
           "Performance Committee.", "B"),
          ("1.2", "Complete PSIRF thematic reviews of inpatient self-harm and restrictive practice and agree "
                  "the resulting improvement priorities", "G2",
           "Head of Patient Safety / Associate Medical Director for Patient Safety",
           ["Head of Patient Safety", "Associate Medical Director for Patient Safety"], "Q3 2025/26",
           ("2025-12", None), "Self-harm thematic review complete; restrictive practice review under way.", "G"),
          ("1.3", "Roll out electronic observations and NEWS2 physical health monitoring to all inpatient "
                  "wards", "G3", "Chief Clinical Information Officer", ["Chief Clinical Information Officer"],
           D(2026, 3, 31), ("2026-03", None),
           "Live on 6 of 19 wards. Wi-Fi upgrade at two sites delayed to December.", "A"),
          ("1.4", "Commission an internal audit of Section 132 rights under the Mental Health Act 1983 and "
                  "respond to its findings", "G4", "Mental Health Law Manager", ["Mental Health Law Manager"],
           "Jan-26", ("2026-01", None), "Scope agreed with internal audit; fieldwork starts November.", "G")]),
        ("BAF2", "BAF 2: Risk that demand for community mental health services continues to exceed capacity, "
                 "resulting in long waits and deterioration of people who are waiting",
         "SO2 – Timely access to care", "Chief Operating Officer", "Finance and Performance Committee",
         "5 x 4 = 20", "4 x 4 = 16", "5 x 4 = 20", "3 x 4 = 12", "Open",
         "Waiting list management standard operating procedure; weekly access meetings; community mental "
         "health transformation programme; bed management and flow cell",
         "Access and waiting times reported to Finance and Performance Committee monthly; ICB system "
         "performance reviews",
         "G1 People waiting more than 18 weeks are not all contacted and risk-reviewed\n"
         "G2 No recurrent funding for transformation posts beyond March 2026\n"
         "G3 Continued use of out-of-area acute beds",
         [("2.1", "Implement the ‘waiting well’ contact standard, with a risk-based review of everyone waiting "
                  "more than 18 weeks", "G1", "Chief Operating Officer", ["Chief Operating Officer"],
           D(2025, 10, 31), ("2025-10", None),
           "Standard agreed but only 61% of people waiting over 18 weeks were contacted in September; "
           "recovery plan in place.", "R"),
          ("2.2", "Agree with NHS Greater Manchester a recurrent funding plan for the community mental health "
                  "transformation programme", "G2", "Director of Finance; Director of Strategy and Partnerships",
           ["Director of Finance", "Director of Strategy and Partnerships"], "Q4 2025/26", ("2026-03", None),
           "Options paper submitted to the ICB mental health programme board in September.", "A"),
          ("2.3", "Eliminate inappropriate out-of-area placements for acute inpatient care through the flow "
                  "improvement programme", "G3", "Deputy Chief Operating Officer",
           ["Deputy Chief Operating Officer"], "Ongoing – monitored monthly",
           (None, "Ongoing – monitored monthly"), "Average of 9 out-of-area placements in Q2 (Q1: 14).", "A")]),
        ("BAF3", "BAF 3: Risk that we cannot recruit, retain and support a workforce with the right skills "
                 "and numbers to meet demand",
         "SO3 – A great place to work", "Director of People and Organisational Development",
         "People Committee", "4 x 4 = 16", "3 x 4 = 12", "3 x 4 = 12", "2 x 4 = 8", "Open",
         "Workforce plan 2025/26; recruitment and retention group; health and wellbeing offer; "
         "violence reduction strategy",
         "People Committee workforce dashboard; NHS Staff Survey results; Freedom to Speak Up reports",
         "G1 Registered mental health nurse vacancies above 12% in adult acute services\n"
         "G2 Turnover in the first year of employment above the national average\n"
         "G3 Staff survey scores on violence and aggression below comparator trusts",
         [("3.1", "Recruit the 2025/26 international cohort of 40 registered mental health nurses", "G1",
           "Director of People and Organisational Development",
           ["Director of People and Organisational Development"], D(2025, 12, 31), ("2025-12", None),
           "32 nurses in post or with start dates; OSCE pass rate 94%.", "G"),
          ("3.2", "Launch the retention programme, including the internal transfer scheme and legacy mentors",
           "G2", "Head of Workforce Planning", ["Head of Workforce Planning"], "Nov-25", ("2025-11", None),
           "Launched 1 September; 23 internal transfers agreed.", "B"),
          ("3.3", "Deliver the staff survey action plan, focusing on reducing violence and aggression towards "
                  "staff", "G3", "S Hughes / T Ahmed", ["S Hughes", "T Ahmed"], "March 2026",
           ("2026-03", None), "Body-worn cameras piloted on two wards; reporting campaign planned.", "A")]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:J1")
    ws["A2"] = "Position at Quarter 2 – reported to the Board of Directors, 29 October 2025"
    ws.merge_cells("A2:J2")
    heads = ["Ref", "Principal risk", "Strategic objective", "Executive lead", "Assuring committee",
             "Initial score", "Q1 score", "Q2 score", "Target score", "Risk appetite"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(DARK)
        c.alignment = WRAP
        c.border = BOX
    for j, rk in enumerate(risks, 5):
        sheet, head, so, exe, comm, ini, q1, q2, tgt, app = rk[:10]
        for i, v in enumerate([sheet, head.split(": ", 1)[1], so, exe, comm, ini, q1, q2, tgt, app], 1):
            c = ws.cell(j, i, v)
            c.alignment = WRAP
            c.border = BOX
    ws.cell(9, 1, "Each principal risk is set out on its own tab (BAF1–BAF3). Scores are likelihood x "
                  "consequence; see the Key tab.")
    for col, wdt in zip("ABCDEFGHIJ", [7, 50, 26, 30, 24, 10, 10, 10, 10, 10]):
        ws.column_dimensions[col].width = wdt

    expected = []
    for sheet, head, so, exe, comm, ini, q1, q2, tgt, app, controls, assur, gaps, acts in risks:
        w = wb.create_sheet(sheet)
        w["A1"] = head
        w["A1"].font = Font(bold=True, size=12)
        w.merge_cells("A1:G1")
        w.row_dimensions[1].height = 32
        w["A1"].alignment = WRAP
        fields = [("Executive lead", exe), ("Assuring committee", comm),
                  ("Risk score (L x C)", f"Initial {ini}   |   Current (Q2) {q2}   |   Target {tgt}"),
                  ("Risk appetite", app), ("Key controls", controls), ("Sources of assurance", assur),
                  ("Gaps in control / assurance", gaps)]
        r = 3
        for k, v in fields:
            c = w.cell(r, 1, k)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.alignment = WRAP
            c.border = BOX
            c = w.cell(r, 2, v)
            c.alignment = WRAP
            w.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            if "\n" in v or len(v) > 120:
                w.row_dimensions[r].height = 15 * (v.count("\n") + 1 + len(v) // 140)
            r += 1
        r += 1
        w.cell(r, 1, "Actions to close gaps in control and assurance").font = Font(bold=True)
        r += 1
        for i, h in enumerate(["Ref", "Action", "Gap", "Lead", "Due date", "Progress (Q2)", "RAG"], 1):
            c = w.cell(r, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill(DARK)
            c.border = BOX
        r += 1
        for ref, text, gap, lead_s, lead_l, due, (end, end_text), prog, rag in acts:
            vals = [ref, text, gap, lead_s, due, prog, rag]
            for i, v in enumerate(vals, 1):
                c = w.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            w.cell(r, 7).fill = fill(rag_fill[rag])
            expected.append(act(ref, [head], text, lead_l, end, rag_st[rag], end_text))
            r += 1
        for col, wdt in zip("ABCDEFG", [22, 55, 6, 34, 14, 50, 6]):
            w.column_dimensions[col].width = wdt

    k = wb.create_sheet("Key")
    k["A1"] = "Action RAG rating"
    k["A1"].font = Font(bold=True)
    for i, (l, col, desc) in enumerate([("B", BLUE, "Complete"), ("G", GREEN, "On track"),
                                         ("A", AMBER, "At risk of slippage"),
                                         ("R", RED, "Off track / overdue")], 2):
        k.cell(i, 1, l).fill = fill(col)
        k.cell(i, 2, desc)
    k["A7"] = "Risk scoring"
    k["A7"].font = Font(bold=True)
    k["A8"] = "Score = likelihood (1–5) x consequence (1–5). 1–6 low; 8–12 moderate; 15–25 high."
    k.column_dimensions["B"].width = 30
    wb.save(path(name))

    write_expected(name, {
        "source": (
            "Imitates an NHS mental health foundation trust's Board Assurance Framework workbook presented to "
            "the Board quarterly (BAF legend of strategic priority, principal risk, controls, assurances, gaps in "
            "control and assurance and actions, e.g. https://fdocuments.in/document/appendix-2-board-assurance-"
            "framework-201920-1-board-assurance-framework-legend.html; Leeds Community Healthcare BAF layout, "
            "https://paperzz.com/doc/9431814/4x4-%3D-16-4x2-%3D-8-4x2-%3D-8-5x3-%3D-15-5x2-%3D-10-5x1-%3D-5). "
            "Copied features: summary sheet of principal risks with initial/Q1/Q2/target scores and appetite; "
            "one sheet per BAF risk headed by the risk statement, a label/value block (executive lead, assuring "
            "committee, scores, appetite, key controls, assurances, numbered gaps G1–G4 in one cell), then an "
            "'Actions to close gaps' table with ref, gap, lead, due date (real dates, 'Q3 2025/26', 'Jan-26', "
            "'Ongoing – monitored monthly'), Q2 progress and a B/G/A/R letter with fill, and a Key sheet."),
        "reads": (
            "A five-tab BAF for 2025/26 at Quarter 2: a summary of three principal risks, one tab for each risk "
            "(BAF 1 quality and safety, BAF 2 access and demand, BAF 3 workforce) with controls, assurances and "
            "gaps, and a table of actions to close the gaps — ten actions in all with lead, due date, progress "
            "and a B/G/A/R rating — plus a key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })


if __name__ == "__main__":
    lanarkshire()
    llanfyllin()
    slieve_roe()
    medway()
    secamb()
    everycare()
    pennine()
    print("built seven zdj- cases in", HERE)
