"""Build the seven uh- blind test files (set heldout515).

Run with /work/main/.venv/bin/python uh_make.py ; writes the data files beside this script.
The .expected.yaml files are written separately (by hand from the documents' content).
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

# RAG colours used throughout
RED, AMBER, GREEN, BLUE, GREY, NAVY = "FF0000", "FFC000", "00B050", "0070C0", "D9D9D9", "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", fgColor=hex_)


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Cambridgeshire FRS corporate risk register (xlsx) -- further actions per risk
# ---------------------------------------------------------------------------
CFRS_RISKS = [
    ("CR01", "CR01 – On-call appliance availability falls below the CRMP standard",
     "On-call appliance availability falls below the CRMP standard",
     "Assistant Chief Fire Officer", 20, 16, 16, "↔", "Treat", [
         ("CR01.1", "Implement the on-call availability dashboard so station managers can see crewing gaps 72 hours ahead",
          "Group Commander – Response Support", d(2025, 10, 31), None, "G",
          "Dashboard built and in user testing at six stations; roll-out to all on-call stations in October."),
         ("CR01.2", "Run a targeted on-call recruitment campaign in Huntingdonshire and Fenland, including two ‘have a go’ open evenings per station",
          "Head of HR / Area Commander – Response", d(2025, 9, 30), d(2025, 12, 31), "A",
          "Open evenings held at 7 of 12 stations; remaining events moved to November because of wildfire season demand."),
         ("CR01.3", "Review the on-call pay and reward model against the NJC framework and report options to the Fire Authority",
          "Deputy Chief Fire Officer", d(2026, 3, 31), None, "G",
          "Options paper in draft; staff consultation with representative bodies starts in January."),
     ]),
    ("CR02", "CR02 – Loss of mobilising capability during the Joint Fire Control system upgrade",
     "Loss of mobilising capability during the Joint Fire Control system upgrade",
     "Deputy Chief Fire Officer", 15, 12, 12, "↔", "Treat", [
         ("CR02.1", "Complete fallback testing of the buddy control arrangement with Suffolk Fire and Rescue Service",
          "Head of Joint Fire Control", d(2025, 7, 31), None, "C",
          "Fallback test completed 22 July 2025; no significant issues. Recommend close."),
         ("CR02.2", "Agree the supplier support schedule and go-live cut-over plan for the mobilising system upgrade",
          "Head of ICT", d(2025, 11, 30), d(2026, 2, 28), "A",
          "Supplier has moved the software release; cut-over now planned for February 2026."),
         ("CR02.3", "Hold a business continuity exercise for Joint Fire Control staff covering total loss of the mobilising system",
          "Head of Joint Fire Control", "Q4 2025/26", None, None,
          "Not yet due – exercise to follow the upgrade."),
     ]),
    ("CR03", "CR03 – Cyber attack causing loss of critical systems or data",
     "Cyber attack causing loss of critical systems or data",
     "Director of Corporate Services", 20, 15, 15, "↑", "Treat", [
         ("CR03.1", "Achieve Cyber Essentials Plus re-certification",
          "Head of ICT", d(2025, 12, 31), None, "G",
          "Pre-assessment passed in September; external assessment booked for 2 December."),
         ("CR03.2", "Deliver mandatory phishing awareness training to all staff, including on-call, and report completion rates to SLT",
          "Head of ICT; Head of Learning and Development", d(2026, 3, 31), None, "R",
          "Completion 58% at end of Q2 (on-call 31%). Escalated to SLT 14 October; modules being added to drill nights."),
         ("CR03.3", "Test restoration of the HR and payroll system from offline backups",
          "Head of ICT", d(2025, 6, 30), None, "C",
          "Restore test completed 18 June 2025 within the four-hour recovery time objective."),
     ]),
]
STATUS_FILL = {"G": GREEN, "A": AMBER, "R": RED, "C": BLUE}


def make_cfrs(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Cambridgeshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=16, color=NAVY)
    ws["A2"] = "Corporate Risk Register 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Quarter 2 review – position at 30 September 2025"
    ws["A5"] = "Document control"
    ws["A5"].font = Font(bold=True)
    rows = [("Register owner", "Deputy Chief Fire Officer"),
            ("Version", "2025/26 v2.0"),
            ("Reviewed by", "Service Leadership Team, 14 October 2025"),
            ("Reported to", "Fire Authority Overview and Scrutiny Committee, 20 November 2025"),
            ("Next review", "Quarter 3 – January 2026")]
    for i, (k, v) in enumerate(rows, start=6):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
        for c in (1, 2):
            ws.cell(i, c).border = BOX
    ws["A12"] = "Risk scoring"
    ws["A12"].font = Font(bold=True)
    ws["A13"] = "Score = Likelihood (1–5) x Impact (1–5).  1–6 Low;  8–12 Medium;  15–25 High."
    ws["A15"] = "Further action status key"
    ws["A15"].font = Font(bold=True)
    key = [("G", "On track"), ("A", "Some slippage – revised date agreed"),
           ("R", "Off track – escalated to SLT"), ("C", "Complete – action closed")]
    for i, (k, v) in enumerate(key, start=16):
        c = ws.cell(i, 1, k)
        c.fill = fill(STATUS_FILL[k])
        c.alignment = Alignment(horizontal="center")
        c.border = BOX
        ws.cell(i, 2, v).border = BOX
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 60

    # Risk summary sheet (risks, not actions)
    rs = wb.create_sheet("Risk summary")
    rs["A1"] = "Corporate risks – summary (Q2 2025/26)"
    rs["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk ref", "Risk", "Risk owner", "Inherent score", "Residual score Q1",
           "Residual score Q2", "Direction of travel", "Treatment"]
    for j, h in enumerate(hdr, start=1):
        c = rs.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    for i, r in enumerate(CFRS_RISKS, start=4):
        vals = [r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8]]
        for j, v in enumerate(vals, start=1):
            c = rs.cell(i, j, v)
            c.border = BOX
            c.alignment = WRAP
    for col, w in zip("ABCDEFGH", (9, 55, 28, 10, 10, 10, 10, 10)):
        rs.column_dimensions[col].width = w

    # Further actions sheet
    fa = wb.create_sheet("Further actions")
    fa["A1"] = "Corporate Risk Register 2025/26 – Further actions (Q2)"
    fa["A1"].font = Font(bold=True, size=13)
    hdr = ["Action ref", "Further action", "Action owner", "Target date",
           "Revised target date", "Status", "Q2 progress update"]
    for j, h in enumerate(hdr, start=1):
        c = fa.cell(3, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BOX
        c.alignment = WRAP
    r = 4
    for risk in CFRS_RISKS:
        fa.cell(r, 1, risk[1]).font = Font(bold=True)
        fa.cell(r, 1).fill = fill(GREY)
        fa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (ref, act, owner, tgt, rev, st, upd) in risk[9]:
            vals = [ref, act, owner, tgt, rev, st, upd]
            for j, v in enumerate(vals, start=1):
                c = fa.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if st:
                fa.cell(r, 6).fill = fill(STATUS_FILL[st])
                fa.cell(r, 6).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    fa.cell(r, 1, "Note: actions marked C are removed from the register at the next quarterly review "
                  "once the evidence has been verified by the Risk and Assurance Manager.").font = Font(italic=True)
    for col, w in zip("ABCDEFG", (10, 55, 30, 12, 12, 8, 55)):
        fa.column_dimensions[col].width = w
    wb.active = 2
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Nottinghamshire Police custody inspection action plan (docx)
# ---------------------------------------------------------------------------
NOTTS_SECTIONS = [
    ("1. Causes of concern and recommendations", [
        ("Recommendation 1: The force should strengthen its governance of the use of force in custody so that "
         "every incident is recorded accurately, reviewed by a supervisor and analysed for trends and disproportionality.", [
            ("1.1", "Introduce a mandatory use of force form on the custody record for every incident in custody, "
                    "with supervisor review within 72 hours.",
             "Custody Inspector (Standards and Compliance)", "31/12/2024", "Complete"),
            ("1.2", "Sample 20 custody CCTV recordings each month against use of force forms and report the findings "
                    "to the Custody Governance and Assurance Board.",
             "Head of Justice Services", "Ongoing", "Green"),
            ("1.3", "Add use of force by ethnicity, age and sex to the quarterly custody performance pack.\n"
                    "The first report to include a comparison with the force’s overall use of force data.",
             "Performance and Insight Manager / Custody Inspector (Standards and Compliance)", "March 2025", "Amber"),
        ]),
        ("Recommendation 2: The force should make sure that detained people’s legal rights are met, in particular "
         "that PACE reviews of detention are carried out on time, in person where possible, and properly recorded.", [
            ("2.1", "Issue a PACE reviews briefing to all inspectors who act as review officers and include PACE "
                    "compliance in the inspectors’ continuous professional development day.",
             "Ch Insp D. Marsh", "Jan-25", "Complete"),
            ("2.2", "Carry out a monthly dip sample of 30 custody records for the timeliness and quality of reviews, "
                    "feeding back to individual officers.",
             "Custody Sergeant Lead for PACE / Duty Inspectors", "Q1 2025/26", "Green"),
        ]),
    ]),
    ("2. Areas for improvement", [
        ("Area for improvement 1: Custody staff should receive refresher training in personal safety and first aid "
         "at the required intervals.", [
            ("A1.1", "Book all custody detention officers and sergeants onto the refreshed personal safety and first "
                     "aid course, prioritising those whose training is out of date.",
             "Justice Services Training Coordinator", "30/06/2025", "Amber"),
        ]),
        ("Area for improvement 2: Detained people should have cell call bells answered promptly and the force "
         "should monitor response times.", [
            ("A2.1", "Configure the cell call systems at Bridewell and Mansfield custody suites to produce weekly "
                     "response time reports.",
             "Head of Estates", "Feb 2025", "Red"),
            ("A2.2", "Set a 60-second standard for answering cell call bells and include it in the custody sergeant "
                     "handover.",
             "Head of Justice Services", "31/01/2025", "Complete"),
        ]),
        ("Area for improvement 3: Detained people should have prompt access to healthcare professionals, and "
         "waiting times should be monitored.", [
            ("A3.1", "Agree a key performance indicator for healthcare response times with the healthcare provider "
                     "and review it at the monthly contract meeting.",
             "Healthcare Contract Manager", "April 2025", "Green"),
        ]),
    ]),
]
STATUS_SHADE = {"Complete": "8EAADB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def make_notts(path):
    doc = Document()
    doc.add_paragraph("Nottinghamshire Police – Custody Improvement Action Plan", style="Title")
    doc.add_paragraph("Response to the report on an unannounced inspection visit to police custody suites in "
                      "Nottinghamshire by HM Inspectorate of Prisons and HMICFRS (inspection June 2024, "
                      "report published October 2024)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document owner", "Chief Superintendent, Head of Justice Services"),
                 ("Version", "2.1"),
                 ("Last updated", "14 March 2025"),
                 ("Governance", "Custody Governance and Assurance Board (quarterly); progress reported to the "
                                "Police and Crime Commissioner’s Strategic Resources and Performance meeting")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
        shade(row.cells[0], "D9E2F3")
    doc.add_paragraph()
    doc.add_paragraph("The inspection identified two causes of concern, each with a recommendation, and eleven "
                      "areas for improvement. This plan sets out the force’s response to the recommendations and to "
                      "the areas for improvement assigned to the Justice Services department; the remaining areas "
                      "for improvement are tracked on the Justice Services business plan.")
    doc.add_paragraph("Status key: Complete (blue) – action delivered and evidenced; Green – on track; "
                      "Amber – at risk of slipping; Red – overdue.")
    for heading, groups in NOTTS_SECTIONS:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due", "Status"]):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            for run in c.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for rec, actions in groups:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[4])
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            for ref, act, owner, due, st in actions:
                row = t.add_row()
                for c, v in zip(row.cells, [ref, act, owner, due, st]):
                    set_cell(c, v)
                shade(row.cells[4], STATUS_SHADE[st])
        doc.add_paragraph()
    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for vals in [("Approved by", "Assistant Chief Constable (Local Policing)", "17 March 2025"),
                 ("Noted by", "Office of the Police and Crime Commissioner", "24 March 2025")]:
        row = t.add_row()
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. NHS Northamptonshire ICB elective recovery highlight report (xlsx)
# ---------------------------------------------------------------------------
ICB_ROWS = [
    ("Outpatient transformation", [
        ("OP01", "Extend patient-initiated follow-up (PIFU) to dermatology, rheumatology and ENT at NGH and KGH",
         "Dr Hannah Cole", d(2025, 6, 30), d(2025, 9, 30), AMBER, BLUE,
         "Live in all three specialties from 22 September; 1,140 patients moved to PIFU."),
        ("OP02", "Reduce outpatient follow-up attendances to 75% of 2019/20 activity through clinical validation of "
                 "the follow-up waiting list",
         "Outpatient Transformation Lead", d(2026, 3, 31), None, GREEN, AMBER,
         "Currently 83%; validation in ophthalmology paused while the clinical lead post is vacant."),
        ("OP03", "Launch Advice and Guidance specialty hubs for gynaecology and urology",
         "Dr Hannah Cole / Michael Osei", d(2025, 12, 31), d(2025, 12, 31), GREEN, GREEN,
         "Hub specification agreed with both trusts; GP comms drafted."),
    ]),
    ("Diagnostics", [
        ("DX01", "Extend Corby Community Diagnostic Centre opening to 8am–8pm, seven days a week, for CT and MRI",
         "CDC Programme Manager", d(2025, 8, 31), d(2025, 11, 30), AMBER, AMBER,
         "Radiographer recruitment complete for CT; MRI weekend sessions start once the second scanner is commissioned."),
        ("DX02", "Recover the 6-week diagnostic standard (DM01) to 95% for non-obstetric ultrasound",
         "Sarah Pritchard", d(2026, 3, 31), None, AMBER, RED,
         "Performance 71% in September. Insourcing proposal going to the October Planned Care Delivery Board."),
    ]),
    ("Theatres and elective hubs", [
        ("TH01", "Submit the GIRFT elective surgical hub accreditation application for Danetre Hospital",
         "Elective Hub Clinical Lead", d(2025, 10, 31), d(2026, 1, 31), AMBER, AMBER,
         "Self-assessment 80% complete; data validation outstanding."),
        ("TH02", "Increase capped theatre utilisation to 85% across NGH and KGH day-case lists",
         "Theatres Productivity Group", d(2026, 3, 31), None, GREEN, GREEN,
         "September capped utilisation 81% (NGH) and 83% (KGH)."),
    ]),
    ("Waiting list validation", [
        ("WL01", "Complete technical and administrative validation of all RTT pathways waiting over 12 weeks",
         "Head of Elective Access", d(2025, 9, 30), None, GREEN, BLUE,
         "Completed 26 September; 6.2% of pathways removed."),
        ("WL02", "Write to all patients waiting over 40 weeks with a patient-led validation response option",
         "Tom Hartley and Priya Nair", d(2025, 11, 30), d(2025, 12, 31), GREEN, AMBER,
         "Letter approved by the ICB patient panel; print contract delayed."),
        ("WL03", "Eliminate waits of over 65 weeks at both acute trusts (excluding patient choice)",
         "Chief Delivery Officer", d(2025, 9, 30), d(2026, 3, 31), RED, RED,
         "38 patients over 65 weeks at end of September, mainly orthopaedics and ENT. Revised trajectory for Board."),
    ]),
]


def make_icb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = "NHS Northamptonshire Integrated Care Board"
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Elective Care Recovery Programme – Highlight Report"
    ws["A2"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:I2")
    info = [(3, "Reporting period:", "October 2025", "Report to:", "Northamptonshire Planned Care Delivery Board"),
            (4, "Senior Responsible Owner:", "Chief Delivery Officer", "Programme lead:",
             "Tom Hartley, Programme Director – Planned Care")]
    for r, a, b, c, e in info:
        ws.cell(r, 1, a).font = Font(bold=True)
        ws.cell(r, 2, b)
        ws.cell(r, 4, c).font = Font(bold=True)
        ws.cell(r, 5, e)
    ws.cell(5, 1, "Overall RAG (previous / current):").font = Font(bold=True)
    for col in (2, 3):
        c = ws.cell(5, col, "Amber")
        c.fill = fill(AMBER)
        c.alignment = Alignment(horizontal="center")
    ws.cell(7, 1, "Summary").font = Font(bold=True)
    ws.cell(7, 2, "PIFU expansion and 12-week validation have been delivered. Diagnostic performance for "
                  "non-obstetric ultrasound has deteriorated and the 65-week position will not be cleared by the "
                  "September target; a revised trajectory to March 2026 is presented for agreement.")
    ws.cell(7, 2).alignment = WRAP
    ws.merge_cells("B7:I7")
    ws.row_dimensions[7].height = 45
    ws.cell(8, 1, "Escalations").font = Font(bold=True)
    ws.cell(8, 2, "The Board is asked to note the revised forecast for WL03 and the red rating for DX02.")
    ws.merge_cells("B8:I8")
    ws.cell(10, 1, "RAG key:").font = Font(bold=True)
    for col, (hex_, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track"),
                                       (AMBER, "At risk – mitigation in place"),
                                       (RED, "Off track – escalation required")], start=2):
        c = ws.cell(10, col, txt)
        c.fill = fill(hex_)
        c.alignment = WRAP
        c.border = BOX
    hdr = ["Workstream", "Ref", "Milestone / deliverable", "Lead", "Original date", "Forecast date",
           "Previous RAG", "Current RAG", "Commentary"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(12, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r = 13
    for ws_name, rows in ICB_ROWS:
        top = r
        for ref, ms, lead, orig, fc, prev, cur, com in rows:
            vals = [None, ref, ms, lead, orig, fc, None, None, com]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(prev)
            ws.cell(r, 8).fill = fill(cur)
            r += 1
        ws.cell(top, 1, ws_name).font = Font(bold=True)
        ws.cell(top, 1).alignment = WRAP
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Next report: November 2025 Planned Care Delivery Board. Prepared by the ICB Planned Care "
                  "Programme Office.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (20, 7, 50, 24, 10, 10, 9, 9, 50)):
        ws.column_dimensions[col].width = w

    m = wb.create_sheet("Metrics")
    m["A1"] = "Key metrics – September 2025"
    m["A1"].font = Font(bold=True)
    for i, row in enumerate([("Measure", "Plan", "Actual", "Variance"),
                             ("RTT total waiting list", 98500, 101230, 2730),
                             ("Patients waiting over 52 weeks", 1450, 1612, 162),
                             ("Patients waiting over 65 weeks", 0, 38, 38),
                             ("DM01 % waiting under 6 weeks (all modalities)", 0.85, 0.79, -0.06)], start=3):
        for j, v in enumerate(row, start=1):
            m.cell(i, j, v).border = BOX
    m.column_dimensions["A"].width = 45
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Mount Pleasant Health Centre CQC action plan (csv)
# ---------------------------------------------------------------------------
GP_ROWS = [
    ["Mount Pleasant Health Centre", "", "", "", "", "", ""],
    ["CQC Inspection Action Plan – inspection 12 February 2025 (report published 2 April 2025)", "", "", "", "", "", ""],
    ["Overall rating: Requires improvement. Prepared by: Practice Manager. Last updated: 30 June 2025", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Finding", "Ref", "Action", "Responsible", "Complete by", "Status", "Update / evidence"],
    ["MUST DO – Regulation 12 Safe care and treatment", "", "", "", "", "", ""],
    ["The provider must ensure that patients prescribed high-risk medicines receive appropriate monitoring before repeat prescriptions are issued.",
     "M1.1", "Run a weekly clinical system search for overdue blood monitoring on DMARDs, lithium and warfarin and recall patients",
     "Clinical Pharmacist", "30/04/2025", "Completed", "Search live since 14/03/25; 46 patients recalled, 0 overdue at June audit"],
    ["", "M1.2", "Add a monitoring reminder to repeat templates so that prescriptions cannot be re-authorised without the latest result",
     "Clinical Pharmacist; Practice Manager", "31/05/2025", "Completed", "Template changed 2 May 2025"],
    ["The provider must ensure that medication reviews are structured and clearly documented.",
     "M2.1", "Adopt a structured medication review template and audit 20 reviews per quarter",
     "Dr S Ahmed (Prescribing Lead)", "30/06/2025", "On track", "Template in use; first audit due July"],
    ["MUST DO – Regulation 17 Good governance", "", "", "", "", "", ""],
    ["The provider must ensure there is effective oversight of staff training, including safeguarding and basic life support.",
     "M3.1", "Set up a training matrix for all staff with automated reminders 30 days before expiry",
     "Practice Manager", "31/05/2025", "Completed", "Matrix live; compliance 94%"],
    ["", "M3.2", "Book basic life support refresher training for all clinical and reception staff",
     "HR and Training Lead", "Sept 2025", "Amber", "Trainer availability – two sessions confirmed, one outstanding"],
    ["The provider must ensure significant events are recorded, investigated and learning is shared with all staff.",
     "M4.1", "Review significant events at the monthly clinical meeting and circulate a learning summary to the whole team",
     "Dr S Ahmed and Dr L Morgan", "Ongoing – reviewed monthly", "On track", "Standing agenda item from March 2025"],
    ["SHOULD DO", "", "", "", "", "", ""],
    ["The provider should continue to improve the uptake of cervical screening.",
     "S1", "Offer Saturday morning smear clinics and send text reminders to patients overdue screening",
     "Nurse Manager", "31/03/2026", "Not started", "Clinics to start after the extended access rota is agreed"],
    ["The provider should take action to improve patient satisfaction with telephone access.",
     "S2", "Move to cloud-based telephony with call-back and queue position.\nPublish monthly call answering times in the waiting room and on the website.",
     "Practice Manager", "31/10/2025", "On track", "Contract signed; go-live planned for October"],
    ["The provider should formalise clinical supervision for advanced nurse practitioners.",
     "S3", "Hold monthly documented supervision sessions for each ANP with a named GP supervisor",
     "Dr L Morgan", "31/07/2025", "Completed", "Supervision log held on shared drive"],
    ["", "", "", "", "", "", ""],
    ["Status key: Completed; On track; Amber = at risk of delay; Not started", "", "", "", "", "", ""],
    ["Action plan agreed by the partners on 3 March 2025 and shared with CQC and NHS Devon ICB. Next review: September 2025.", "", "", "", "", "", ""],
]


def make_gp(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for row in GP_ROWS:
        w.writerow(row)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 5. Truro and Penwith College QIP 2024-25 (tab-separated txt)
# ---------------------------------------------------------------------------
TP_LINES = [
    ["Truro and Penwith College"],
    ["Quality Improvement Plan 2024-25"],
    ["Source: Self-Assessment Report 2023-24 (validated by the Governors' Quality and Standards Committee, 4 December 2024)"],
    ["Position at: 31 January 2025"],
    [],
    ["Ref", "Area for improvement", "Actions", "Success measures / impact", "Lead", "Timescale", "RAG"],
    ["QUALITY OF EDUCATION"],
    ["QE1.1", "Too few learners on level 3 science and engineering programmes achieve high grades.",
     "Introduce fortnightly progress reviews for all level 3 science and engineering learners, with targeted support for those below target grade",
     "High grades in A level sciences rise from 48% to 55%; Distinction/Distinction* rate in engineering rises to 40%",
     "Head of Faculty – Science and Engineering", "Summer term 2025", "G"],
    ["QE1.2", "", "Deliver a CPD programme for teachers on questioning and retrieval practice",
     "All teachers attend two sessions; learning walks show consistent use of retrieval practice",
     "Director of Teaching and Learning", "Autumn term 2024", "B"],
    ["QE2.1", "Attendance at GCSE English and maths resit classes is below the college target (82% against 88%).",
     "Move resit classes to the start of the timetabled day and make attendance a standing item at tutor reviews",
     "Attendance at resit classes reaches 88%", "Head of English and Maths", "Termly", "A"],
    ["QE2.2", "", "Contact parents and carers of learners under 85% resit attendance every fortnight",
     "Fewer learners below 85% attendance each half-term", "JW/SR", "31/03/2025", "G"],
    ["PERSONAL DEVELOPMENT"],
    ["PD1.1", "Not all study programme learners complete meaningful work experience linked to their career aims.",
     "Ensure every study programme learner has a planned placement or industry project recorded on the tracking system",
     "95% of learners complete work experience by the end of the year", "Head of Employer Engagement", "Jul-25", "A"],
    ["APPRENTICESHIPS"],
    ["AP1.1", "Too many apprentices in construction and engineering remain on programme beyond their planned end date.",
     "Hold monthly caseload reviews with assessors for every apprentice within three months of the planned end date",
     "Apprentices past planned end date reduced from 14% to below 5%", "Head of Apprenticeships", "Dec-24", "R"],
    ["AP1.2", "", "Introduce a gateway readiness check 12 weeks before each apprentice's planned end date",
     "All gateway submissions made on time", "Head of Apprenticeships / Quality Manager", "Feb 2025", "G"],
    ["LEADERSHIP AND MANAGEMENT"],
    ["LM1.1", "Governors do not yet receive sufficiently detailed information on the progress of learners with high needs.",
     "Add a high needs progress dashboard to each Quality and Standards Committee report",
     "Governors challenge and record the progress of high needs learners at each meeting", "Director of Inclusion",
     "March 2025", "G"],
    [],
    ["RAG key: B = completed; G = on track; A = some slippage, action in place; R = off track"],
]


def make_tp(path):
    text = "\r\n".join("\t".join(cells) for cells in TP_LINES) + "\r\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 6. University of Gloucestershire OfS E6 action plan (docx)
# ---------------------------------------------------------------------------
UOG_SECTIONS = [
    ("1. Single comprehensive source of information (E6.2–E6.4)", [
        ("E6-01", "Publish the single comprehensive source of information (SCSI) on the University website, linked "
                  "from the student portal and every module page.",
         "Academic Registrar", "1 August 2025", "Blue", "Published 28 July 2025."),
        ("E6-02", "Establish an annual review of the SCSI with the Students’ Union, including a check against the "
                  "OfS minimum content requirements.\nHistorical versions to be archived on the same webpage.",
         "Academic Registrar; SU Vice-President (Welfare)", "Ongoing (annual review each June)", "Green",
         "First review scheduled for June 2026."),
    ]),
    ("2. Intimate personal relationships between staff and students (E6.5)", [
        ("E6-03", "Approve the revised Personal Relationships at Work Policy prohibiting intimate relationships "
                  "between relevant staff members and students.",
         "Director of People and Culture", "31/07/2025", "Blue", "Approved by Council 10 July 2025."),
        ("E6-04", "Collect declarations of existing relationships from staff in scope and record agreed mitigation "
                  "with line managers.",
         "Director of People and Culture", "Nov 2025", "Amber",
         "62% of declarations returned; reminder issued through heads of school."),
    ]),
    ("3. Training for students and staff", [
        ("E6-05", "Launch compulsory online harassment and sexual misconduct training for all new students as part "
                  "of enrolment.",
         "Director of Student Services", "September 2025", "Blue", "Live for September 2025 enrolment; 88% completion."),
        ("E6-06", "Deliver receiving-disclosures training to all personal tutors and Student Services advisers, with "
                  "completion reported to the Student Experience Committee.",
         "Sarah Whitfield and Ravi Chandra", "31/12/2025", "Green", "Four of six sessions delivered."),
        ("E6-07", "Provide investigation training for all staff who act as investigating officers or sit on "
                  "misconduct panels.",
         "Head of Student Casework", "Jan 2026", "Red",
         "Procurement of the training provider delayed; interim session run by external counsel in October 2025."),
    ]),
    ("4. Reporting, support and decision-making", [
        ("E6-08", "Replace the current reporting tool with an online form that allows both anonymous and named "
                  "reports.",
         "Head of Student Wellbeing / Head of Digital Services", "March 2026", "Green", "Supplier selected."),
        ("E6-09", "Introduce a case management standard so that both parties are kept informed at each stage, with "
                  "target timescales for investigation outcomes.",
         "Head of Student Casework", "28/02/2026", "Green", "Draft standard with the Students’ Union for comment."),
    ]),
    ("5. Non-disclosure agreements (E6.8)", [
        ("E6-10", "Confirm to Council that no agreement restricts a student from disclosing harassment or sexual "
                  "misconduct, and amend the settlement agreement templates accordingly.",
         "University Secretary", "Oct 2025", "Blue", "Confirmed to Council 16 October 2025."),
    ]),
]
UOG_SHADE = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}


def make_uog(path):
    doc = Document()
    doc.add_paragraph("University of Gloucestershire – Harassment and Sexual Misconduct Action Plan 2025–26",
                      style="Title")
    doc.add_paragraph("Compliance with Office for Students Condition of Registration E6")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Executive lead", "Pro Vice-Chancellor (Student Experience)"),
                 ("Reporting to", "Council, via the Student Experience Committee"),
                 ("Version", "1.3 – November 2025"),
                 ("Review", "Termly")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.add_paragraph()
    doc.add_heading("Version history", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Change"]):
        set_cell(c, h, bold=True)
    for vals in [("1.0", "June 2025", "Plan approved by the Vice-Chancellor’s Executive"),
                 ("1.2", "September 2025", "Progress updates; action on investigation training added"),
                 ("1.3", "November 2025", "Progress updates for Student Experience Committee")]:
        row = t.add_row()
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph("Condition E6 came into force on 1 August 2025. This plan sets out the steps the University "
                      "is taking to meet each requirement of the condition and to make a significant and credible "
                      "difference in protecting students from harassment and sexual misconduct.")
    p = doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – risk of delay; Red – delayed.")
    p.runs[0].italic = True
    for heading, actions in UOG_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead(s)", "Target date", "RAG", "Progress update"]):
            set_cell(c, h, bold=True)
            shade(c, "BFBFBF")
        for ref, act, lead, due, rag, prog in actions:
            row = t.add_row()
            for c, v in zip(row.cells, [ref, act, lead, due, rag, prog]):
                set_cell(c, v)
            shade(row.cells[4], UOG_SHADE[rag])
    doc.add_heading("Glossary", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("OfS", "Office for Students"),
                 ("SCSI", "Single comprehensive source of information"),
                 ("SU", "Students’ Union")]:
        row = t.add_row()
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    doc.save(path)


# ---------------------------------------------------------------------------
# 7. Livv Housing Group TSM improvement plan (xlsx) -- refuse: mistyped month
# ---------------------------------------------------------------------------
LIVV_ROWS = [
    ("Keeping properties in good repair", [
        ("KR1", "TP02 Satisfaction with overall repairs service", "71.2%", "75%",
         "Introduce a ‘right first time’ van stock review so operatives carry the 50 most-used parts",
         "Head of Repairs", "March 2026", "Green", "Stock list agreed; vans being restocked by area."),
        ("KR2", "TP03 Satisfaction with time taken to complete most recent repair", "65.8%", "70%",
         "Recruit four additional multi-trade operatives to clear the backlog of routine repairs",
         "Head of Repairs / Talent Partner", "December 2025", "Amber", "Two appointed; two posts re-advertised."),
        ("KR3", "RP02 Repairs completed within target timescale", "88.4%", "92%",
         "Move routine repairs to appointed slots booked at first contact",
         "Repairs Planning Manager", "November 2025", "Green", "Live for plumbing and joinery."),
    ]),
    ("Respectful and helpful engagement", [
        ("RE1", "TP06 Satisfaction that the landlord listens to tenant views and acts upon them", "58.9%", "63%",
         "Publish quarterly ‘You said, we did’ updates on the website and in Livv Life",
         "Customer Voice Manager", "October 2025", "Blue", "First edition published."),
        ("RE2", "TP07 Satisfaction that the landlord keeps tenants informed", "67.0%", "70%",
         "Send text updates to customers at each stage of a repair or complaint",
         "Head of Customer Experience", "January 2026", "Green", "Testing with the CRM supplier."),
    ]),
    ("Effective handling of complaints", [
        ("CH1", "TP09 Satisfaction with the landlord’s approach to handling complaints", "33.5%", "40%",
         "Call every complainant within two working days of a stage 1 complaint to agree the remedy",
         "Complaints Manager", "November 2025", "Amber", "Call-back rate 74% in August."),
        ("CH2", "CH02 Stage 1 complaints responded to within Complaint Handling Code timescales", "81.0%", "95%",
         "Add complaint deadlines to team dashboards with a daily escalation list for managers",
         "Complaints Manager", "Janaury 2026", "Green", "Dashboard in build."),
    ]),
    ("Responsible neighbourhood management", [
        ("NM1", "TP12 Satisfaction with the landlord’s approach to handling anti-social behaviour", "54.1%", "60%",
         "Agree an action plan with the customer at the first ASB contact and review it every 10 working days",
         "ASB and Community Safety Lead", "March 2026", "Green", "New case procedure launched 1 September."),
    ]),
]
LIVV_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Blue": BLUE}


def make_livv(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Livv Housing Group"
    ws["A1"].font = Font(bold=True, size=14, color="6A1B9A")
    ws["A2"] = "Tenant Satisfaction Measures – Improvement Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Based on 2024/25 TSM results. Reported to Customer Services Committee – September 2025"
    ws["A4"] = "RAG: Green = on track | Amber = at risk | Red = off track | Blue = complete"
    ws["A4"].font = Font(italic=True)
    hdr = ["Ref", "TSM", "2024/25 result", "2025/26 target", "Improvement action", "Lead", "Due", "RAG", "Update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("6A1B9A")
        c.border = BOX
        c.alignment = WRAP
    r = 7
    for theme, rows in LIVV_ROWS:
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("E1BEE7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for vals in rows:
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(r, 8).fill = fill(LIVV_FILL[vals[7]])
            r += 1
    r += 1
    ws.cell(r, 1, "Progress against this plan is reported quarterly to the Customer Services Committee and "
                  "the Customer Scrutiny Panel.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", (8, 40, 10, 10, 50, 26, 14, 8, 40)):
        ws.column_dimensions[col].width = w

    s = wb.create_sheet("TSM results 2024-25")
    s["A1"] = "Tenant perception survey results 2024/25 (low cost rental accommodation)"
    s["A1"].font = Font(bold=True)
    data = [("Measure", "2023/24", "2024/25", "Change"),
            ("TP01 Overall satisfaction", "70.4%", "68.9%", "-1.5"),
            ("TP02 Overall repairs service", "72.0%", "71.2%", "-0.8"),
            ("TP03 Time taken to complete most recent repair", "66.5%", "65.8%", "-0.7"),
            ("TP06 Listens to views and acts upon them", "60.2%", "58.9%", "-1.3"),
            ("TP07 Keeps tenants informed", "68.1%", "67.0%", "-1.1"),
            ("TP09 Approach to handling complaints", "35.0%", "33.5%", "-1.5"),
            ("TP12 Approach to handling anti-social behaviour", "55.3%", "54.1%", "-1.2")]
    for i, row in enumerate(data, start=3):
        for j, v in enumerate(row, start=1):
            s.cell(i, j, v).border = BOX
    s.column_dimensions["A"].width = 50
    wb.save(path)


FILES = {
    "uh-cambridgeshire-fire-rescue-service-corporate-risk-register-2025-26.xlsx": make_cfrs,
    "uh-nottinghamshire-police-custody-inspection-action-plan.docx": make_notts,
    "uh-nhs-northamptonshire-icb-elective-recovery-programme-highlight-report.xlsx": make_icb,
    "uh-mount-pleasant-health-centre-cqc-inspection-action-plan.csv": make_gp,
    "uh-truro-and-penwith-college-quality-improvement-plan-2024-25.txt": make_tp,
    "uh-university-of-gloucestershire-ofs-e6-harassment-sexual-misconduct-action-plan.docx": make_uog,
    "uh-livv-housing-group-tsm-improvement-plan-typo-month-refuse.xlsx": make_livv,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
