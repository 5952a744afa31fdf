"""Build the seven zel- blind test files (set heldout803) and their expected readings.

Run with /work/main/.venv/bin/python zel_make.py  (needs openpyxl, python-docx).
Only files whose names start with zel- are written.
"""
import csv
import datetime as dt
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE, GREEN, AMBER, RED = "0070C0", "00B050", "FFC000", "FF0000"


def out(name):
    assert name.startswith("zel-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- yaml writer
def q(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def write_expected(name, meta, actions):
    lines = []
    lines.append("source: >-")
    for ln in meta["source"].strip().splitlines():
        lines.append("  " + ln.strip())
    lines.append("reads: >-")
    for ln in meta["reads"].strip().splitlines():
        lines.append("  " + ln.strip())
    lines.append("outcome: " + meta["outcome"])
    lines.append("accept_refusal: " + q(meta.get("accept_refusal", False)))
    if "refuse_at" in meta:
        lines.append("refuse_at: " + q(meta["refuse_at"]))
    if meta.get("title") is not None:
        lines.append("title: " + q(meta["title"]))
    if meta["outcome"] == "read":
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + q(a["ref"]))
            lines.append("    under: [" + ", ".join(q(u) for u in a["under"]) + "]")
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: [" + ", ".join(q(x) for x in a["lead"]) + "]")
            lines.append("    end: " + q(a["end"]))
            if a.get("end_text") is not None:
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(out(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# =====================================================================
# 1. NHS Dumfries and Galloway – HIS Midpark Hospital improvement action plan (docx)
# =====================================================================
def make_his_midpark():
    name = "zel-nhs-dumfries-and-galloway-his-midpark-hospital-mental-health-inspection-improvement-action-plan.docx"
    D2 = "Domain 2 – Leadership and culture"
    D41 = "Domain 4.1 – Pathways, procedures and policies"
    D43 = "Domain 4.3 – Workforce planning"
    D5 = "Domain 5 – Delivery of safe, effective, compassionate and person-centred care"
    R1 = ("Requirement 1: NHS Dumfries and Galloway must ensure that all staff are supported to raise "
          "concerns and that there is a visible senior leadership presence in the ward areas, including out of hours.")
    R2 = ("Requirement 2: NHS Dumfries and Galloway must ensure that patient risk assessments and care plans are "
          "reviewed and updated following any change in the patient's condition, and that this is clearly documented.")
    R3 = ("Requirement 3: NHS Dumfries and Galloway must ensure that there are effective processes in place to "
          "monitor and record staffing levels, including the use of the real-time staffing resource and escalation "
          "when safe staffing cannot be maintained.")
    R4 = ("Requirement 4: NHS Dumfries and Galloway must ensure that the care environment and patient equipment are "
          "clean and in a good state of repair to support effective cleaning, in line with national infection "
          "prevention and control guidance.")
    # (domain, requirement, ref, action, timescale, responsibility, progress, status letter,
    #  expected lead, end, end_text, status)
    rows = [
        (D2, R1, "1.1",
         "Introduce a weekly senior nurse walkround of each ward at Midpark Hospital, including one evening or weekend "
         "visit per month, with findings recorded on the walkround template.",
         "July 2025", "Lead Nurse, Mental Health Inpatient Services",
         "Walkrounds started 7 July 2025. 100% of planned walkrounds completed August to October.", "B",
         ["Lead Nurse, Mental Health Inpatient Services"], "2025-07", None, "blue"),
        (D2, R1, "1.2",
         "Hold monthly 'Speak Up' drop-in sessions on site with the Whistleblowing Champion and Confidential Contacts, "
         "and publicise these in each ward.",
         "September 2025 – March 2026", "Head of Organisational Development / Whistleblowing Champion",
         "Three sessions held. Attendance from night shift staff is low; an additional early morning session is planned.",
         "G", ["Head of Organisational Development", "Whistleblowing Champion"], "2026-03",
         "September 2025 – March 2026", "green"),
        (D41, R2, "2.1",
         "Revise the clinical risk assessment and care planning standard operating procedure (SOP) to set out the "
         "triggers for review, and reissue it to all registered nurses.",
         "31/08/2025", "Senior Charge Nurses",
         "SOP approved at Mental Health Clinical Governance Group on 26 August 2025 and circulated.", "B",
         ["Senior Charge Nurses"], "2025-08", None, "blue"),
        (D41, R2, "2.2",
         "Carry out a monthly audit of 10 sets of records per ward against the revised SOP and report the results to "
         "the Mental Health Clinical Governance Group.",
         "Monthly from October 2025", "Practice Development Nurse",
         "October audit: 82% compliance. Improvement actions agreed with each ward team.", "A",
         ["Practice Development Nurse"], None, "Monthly from October 2025", "amber"),
        (D43, R3, "3.1",
         "Roll out the real-time staffing resource to all four wards and train all nurses in charge in its use.",
         "September 2025 (revised from July 2025)", "Lead Nurse, Mental Health Inpatient Services",
         "Live on all wards from 22 September 2025. 38 of 41 nurses in charge trained.", "B",
         ["Lead Nurse, Mental Health Inpatient Services"], "2025-09",
         "September 2025 (revised from July 2025)", "blue"),
        (D43, R3, "3.2",
         "Add a staffing escalation section to the daily safety huddle, and record escalations and mitigations on "
         "Datix where minimum staffing levels are not met.",
         "October 2025", "Clinical Nurse Manager; Duty Senior Nurse",
         "Huddle template updated. Datix reporting category being tested.", "G",
         ["Clinical Nurse Manager", "Duty Senior Nurse"], "2025-10", None, "green"),
        (D43, R3, "3.3",
         "Review the mental health inpatient nursing establishment using the national mental health staffing level "
         "tool and present the findings to the Staff Governance Committee.",
         "March 2026", "Director of Nursing, Midwifery and AHPs",
         "Tool run scheduled for January 2026.", "",
         ["Director of Nursing, Midwifery and AHPs"], "2026-03", None, "unrated"),
        (D5, R4, "4.1",
         "Complete an environmental audit of all ward areas with Estates and Facilities and agree a prioritised "
         "programme of remedial works, including replacement of damaged flooring and bedroom furniture.",
         "December 2025", "Estates Manager & Infection Prevention and Control Nurse",
         "Audit complete. Flooring replacement in Ettrick Ward delayed by contractor availability.", "A",
         ["Estates Manager", "Infection Prevention and Control Nurse"], "2025-12", None, "amber"),
        (D5, R4, "4.2",
         "Introduce a daily cleaning checklist for shared patient equipment, checked by the nurse in charge on "
         "each shift.",
         "June 2025", "Senior Charge Nurses",
         "In place on all wards since 16 June 2025. Compliance checked at monthly IPC audit.", "B",
         ["Senior Charge Nurses"], "2025-06", None, "blue"),
    ]
    fills = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("NHS Dumfries and Galloway")
    r.bold = True
    doc.add_heading("Improvement Action Plan", level=1)
    doc.add_paragraph("Healthcare Improvement Scotland – Safe Delivery of Care Inspection: Adult Mental Health "
                      "Inpatient Services")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Hospital/Service:", "Midpark Hospital, Dumfries (adult acute admission wards)"),
                 ("NHS board:", "NHS Dumfries and Galloway"),
                 ("Date of inspection:", "13–15 May 2025"),
                 ("Date of publication:", "19 August 2025"),
                 ("Version / date updated:", "Version 3 – 4 November 2025"),
                 ("Monitored by:", "Healthcare Governance Committee")]:
        c = cover.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("Status key: B – Complete; G – On track; A – At risk of slippage; R – Overdue / off track. "
                      "A blank status means the action has not yet started.")
    doc.add_paragraph("The NHS board must submit this action plan to Healthcare Improvement Scotland within four weeks "
                      "of publication of the inspection report. Progress against each action is updated monthly.")

    hdr = ["Action reference", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress against action", "Status"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    cur_d = cur_r = None
    for (d, req, ref, act, ts, resp, prog, letter, *_rest) in rows:
        if d != cur_d:
            c = t.add_row().cells
            m = c[0].merge(c[5])
            set_cell(m, d, bold=True)
            shade(m, "1F3864")
            for run in m.paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            cur_d = d
        if req != cur_r:
            c = t.add_row().cells
            m = c[0].merge(c[5])
            set_cell(m, req, bold=True)
            shade(m, "DEEAF6")
            cur_r = req
        c = t.add_row().cells
        set_cell(c[0], ref)
        set_cell(c[1], act)
        set_cell(c[2], ts)
        set_cell(c[3], resp)
        set_cell(c[4], prog)
        set_cell(c[5], letter, bold=True)
        if letter:
            shade(c[5], fills[letter])

    doc.add_paragraph("")
    doc.add_paragraph("NHS board contact for this action plan")
    s = doc.add_table(rows=0, cols=2)
    s.style = "Table Grid"
    for k, v in [("Name:", "Lorraine Kerr"), ("Job title:", "Lead Nurse, Mental Health Inpatient Services"),
                 ("Email:", "dg.mhinpatients@nhs.scot"),
                 ("Signed off by Chief Executive:", "Signed – 2 September 2025")]:
        c = s.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    doc.save(out(name))

    acts = [dict(ref=r[2], under=[r[0], r[1]], action=r[3], lead=r[8], end=r[9], end_text=r[10], status=r[11])
            for r in rows]
    meta = dict(
        source="""
        Imitates the improvement action plan an NHS board returns to Healthcare Improvement Scotland after a
        safe delivery of care inspection (HIS programme page:
        https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/inspections-of-nhs-hospitals-and-services/safe-delivery-of-care-in-acute-hospitals-inspection-programme,
        and the HIS inspection of mental health units programme). NHS Dumfries and Galloway, Midpark Hospital, 2025.
        Copied features: board name line, title heading, two-column cover table (hospital, board, inspection and
        publication dates, version), status key paragraph, one plan table with the HIS column headings (Action
        reference, Action planned, Timescale to meet action, Responsibility for taking action, Progress against
        action) plus a Status column of letters with fill colour, merged full-width Domain rows and merged
        Requirement rows above their numbered actions, a period, a revised date and a recurring timescale, a
        blank status, and a contact/sign-off table after the plan.
        """,
        reads="""
        A board's HIS improvement action plan: four requirements grouped under quality framework domains, each
        followed by its numbered actions (1.1 to 4.2) with timescale, responsible post(s), progress and a B/G/A
        status letter. The cover table, key and sign-off table are not part of the plan.
        """,
        outcome="read", title="Improvement Action Plan")
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 2. Princess Alice Hospice – quality account priorities tracker 2025/26 (xlsx)
# =====================================================================
def make_princess_alice():
    name = "zel-princess-alice-hospice-quality-account-priorities-tracker-2025-26.xlsx"
    PS, CE, PX = "PATIENT SAFETY", "CLINICAL EFFECTIVENESS", "PATIENT AND CARER EXPERIENCE"
    P1 = "Priority 1: Reduce the number of falls resulting in harm on the In-Patient Unit"
    P2 = "Priority 2: Embed the Patient Safety Incident Response Framework (PSIRF) and learning from patient safety events"
    P3 = "Priority 3: Improve timely access to specialist palliative care in the community out of hours"
    P4 = "Priority 4: Strengthen support for carers and those important to the patient"
    # (theme, priority, ref, action, leads cell, measure, target (date or text), q1 fill, q2 fill, update,
    #  exp lead, end, end_text, status)
    rows = [
        (PS, P1, "1a", "Implement a multifactorial falls risk assessment within 24 hours of admission for every patient "
         "admitted to the In-Patient Unit.", "IPU Ward Manager", "95% of patients assessed within 24 hours (monthly audit)",
         dt.datetime(2025, 6, 30), BLUE, BLUE, "Completed in June. Q2 audit shows 97% compliance.",
         ["IPU Ward Manager"], "2025-06", None, "blue"),
        (PS, P1, "1b", "Trial bed and chair sensor alarms in six rooms and evaluate their impact on falls.",
         "IPU Ward Manager / Falls Lead Nurse", "Evaluation report to Clinical Governance Group",
         dt.datetime(2025, 12, 31), GREEN, AMBER,
         "Sensors delivered late (August). Trial now running; evaluation expected January 2026.",
         ["IPU Ward Manager", "Falls Lead Nurse"], "2025-12", None, "amber"),
        (PS, P1, "1c", "Deliver falls prevention training to all registered nurses and healthcare assistants on the "
         "In-Patient Unit.", "Clinical Education Lead", "90% of IPU staff trained", dt.datetime(2026, 3, 31),
         GREEN, GREEN, "62% of staff trained at end of Q2. Further sessions booked for November and January.",
         ["Clinical Education Lead"], "2026-03", None, "green"),
        (PS, P2, "2a", "Train all staff in Level 1 'Essentials of patient safety' e-learning, and all clinical leaders "
         "in Level 2.", "Head of Quality and Patient Safety", "95% of staff at Level 1; all clinical leaders at Level 2",
         "Q3 2025/26", GREEN, GREEN, "Level 1: 91%. Level 2: 14 of 18 clinical leaders.",
         ["Head of Quality and Patient Safety"], "2025-12", "Q3 2025/26", "green"),
        (PS, P2, "2b", "Hold a monthly patient safety learning forum open to all clinical staff, with themes shared in "
         "the staff bulletin.", "Patient Safety Specialist", "Forum held monthly; themes published in bulletin",
         "Ongoing", GREEN, GREEN, "Forums held in July, August and September (average 22 attendees).",
         ["Patient Safety Specialist"], None, "Ongoing", "green"),
        (CE, P3, "3a", "Extend the Hospice at Home rapid response service to 10pm, seven days a week.",
         "Director of Clinical Services", "Out-of-hours visits; % of urgent referrals seen within 4 hours",
         dt.datetime(2025, 11, 30), GREEN, RED,
         "Recruitment to two Band 6 posts unsuccessful. Business case for a revised staffing model to Executive "
         "Team in November.", ["Director of Clinical Services"], "2025-11", None, "red"),
        (CE, P3, "3b", "Launch a 24/7 specialist palliative care advice line for GPs, paramedics and care homes, with "
         "calls logged on SystmOne.", "Medical Director; Advice Line Lead", "Call data reviewed quarterly",
         dt.datetime(2025, 9, 30), GREEN, BLUE, "Advice line launched 1 September 2025. 212 calls in the first month.",
         ["Medical Director", "Advice Line Lead"], "2025-09", None, "blue"),
        (PX, P4, "4a", "Introduce the Carer Support Needs Assessment Tool (CSNAT) across In-Patient Unit and Hospice at "
         "Home services.", "Head of Family Support", "75% of carers offered a CSNAT assessment",
         dt.datetime(2026, 1, 31), None, GREEN, "Staff briefings completed. Go-live on the In-Patient Unit planned "
         "for November.", ["Head of Family Support"], "2026-01", None, "green"),
        (PX, P4, "4b", "Co-produce a carers' information pack with the Patient and Carer Reference Group.",
         "Patient Experience Lead", "Pack published; Reference Group feedback", dt.datetime(2026, 3, 31), None, None,
         "Not yet started – scheduled to begin January 2026.", ["Patient Experience Lead"], "2026-03", None,
         "unrated"),
    ]
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Princess Alice Hospice"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Quality Account Priorities 2025/26 – Progress Tracker"
    cv["A2"].font = Font(bold=True, size=12)
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "v2.1"), ("Owner", "Head of Quality and Patient Safety"),
                                ("Reported to", "Quality and Safety Committee (quarterly); Board of Trustees (twice yearly)"),
                                ("Last updated", "14 October 2025")], start=5):
        cv.cell(i, 1, k).font = Font(bold=True)
        cv.cell(i, 2, v)
    cv["A10"] = "RAG key"
    cv["A10"].font = Font(bold=True)
    for i, (fill, txt) in enumerate([(BLUE, "Complete"), (GREEN, "On track to deliver by target date"),
                                     (AMBER, "Some slippage – recovery actions in place"),
                                     (RED, "Off track – escalation required"), (None, "Not yet started")], start=11):
        c = cv.cell(i, 1, "")
        c.border = border
        if fill:
            c.fill = PatternFill("solid", fgColor="FF" + fill)
        cv.cell(i, 2, txt)
    cv.column_dimensions["A"].width = 18
    cv.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Quality Account Priorities 2025/26"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Position at end of Quarter 2 (September 2025)"
    ws.merge_cells("A2:H2")
    hdr = ["No.", "Priority / action", "Lead(s)", "How we will measure success", "Target date", "Q1 RAG", "Q2 RAG",
           "Q2 update"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="FF5B2C6F")
        c.border = border
        c.alignment = wrap
    r = 5
    cur_t = cur_p = None
    for (th, pr, ref, act, lead, meas, tgt, q1, q2, upd, *_x) in rows:
        if th != cur_t:
            ws.cell(r, 1, th).font = Font(bold=True, color="FFFFFF")
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FF7F7F7F")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            cur_t = th
        if pr != cur_p:
            ws.cell(r, 1, pr).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFE4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            cur_p = pr
        vals = [ref, act, lead, meas, tgt, None, None, upd]
        for j, v in enumerate(vals, start=1):
            c = ws.cell(r, j, v)
            c.border = border
            c.alignment = wrap
        if isinstance(tgt, dt.datetime):
            ws.cell(r, 5).number_format = "mmm-yy"
        for j, fill in ((6, q1), (7, q2)):
            if fill:
                ws.cell(r, j).fill = PatternFill("solid", fgColor="FF" + fill)
        r += 1
    r += 1
    ws.cell(r, 1, "Note: Q1 RAG ratings are as reported to the Quality and Safety Committee on 17 July 2025.")
    r += 1
    ws.cell(r, 1, "Summary at Q2: 2 complete, 4 on track, 1 some slippage, 1 off track, 1 not yet started.")
    for col, w in zip("ABCDEFGH", (6, 55, 26, 32, 12, 8, 8, 50)):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary"
    sm["A1"].font = Font(bold=True)
    for j, h in enumerate(["RAG", "Q1", "Q2"], start=1):
        sm.cell(2, j, h).font = Font(bold=True)
    for i, (lab, a, b) in enumerate([("Complete", 1, 2), ("On track", 6, 4), ("Some slippage", 0, 1),
                                     ("Off track", 0, 1), ("Not yet started", 2, 1), ("Total", 9, 9)], start=3):
        sm.cell(i, 1, lab)
        sm.cell(i, 2, a)
        sm.cell(i, 3, b)
    wb.save(out(name))

    acts = [dict(ref=x[2], under=[x[0], x[1]], action=x[3], lead=x[10], end=x[11], end_text=x[12], status=x[13])
            for x in rows]
    meta = dict(
        source="""
        Imitates a hospice's quality account priorities progress tracker for 2025/26 (Princess Alice Hospice,
        Esher; hospices publish annual quality accounts with priorities under patient safety, clinical
        effectiveness and patient experience, cf. https://www.newcastle-hospitals.nhs.uk/about/our-interim-strategy/quality-account-priorities
        for the style of priority wording). Copied features: cover sheet with document control and a colour-only
        RAG key (blue complete), tracker sheet with title rows, merged theme rows and merged priority rows above
        lettered actions, several leads in one cell, target dates as real dates shown mmm-yy plus a quarter and
        'Ongoing', Q1 and Q2 RAG columns as fill colour only (no text), a note line and summary line, and a
        separate summary sheet of counts.
        """,
        reads="""
        A hospice quality account tracker: four priorities under three themes, nine lettered actions (1a to 4b)
        with leads, target dates, a Q1 and a Q2 RAG shown only by cell colour and a Q2 update. The current
        (Q2) colour is the status; two actions have no Q1 colour and one has no colour at all (not started).
        """,
        outcome="read", title="Quality Account Priorities 2025/26 – Progress Tracker")
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 3. CPFT – PSII safety action plan (docx, one table per area for improvement)
# =====================================================================
def make_cpft_psii():
    name = "zel-cambridgeshire-and-peterborough-nhsft-psii-first-response-service-follow-up-safety-action-plan.docx"
    A1 = ("Area for improvement 1: Transfer of care from the First Response Service to community teams is not "
          "consistently confirmed")
    A2 = "Area for improvement 2: Concerns raised by family and carers were not recorded or acted on"
    A3 = "Area for improvement 3: Staff did not have ready access to the patient's previous risk history"
    # (afi, ref, action, owner, timescale, measure, status word, exp lead, end, end_text, status)
    rows = [
        (A1, "SA1", "Introduce a 'confirmed handover' step in the SystmOne First Response Service (FRS) referral "
         "template so that the receiving team must accept the referral within 24 hours.",
         "Clinical Systems Lead", "31/07/2025", "Template live; monthly report of unaccepted referrals", "Complete",
         ["Clinical Systems Lead"], "2025-07", None, "blue"),
        (A1, "SA2", "Add a daily check of unaccepted FRS referrals to the Adult Locality Team morning huddle, with "
         "escalation to the Team Manager after 24 hours.", "Team Managers, Adult Locality Teams", "September 2025",
         "Audit of 10 huddle records per month", "Complete", ["Team Managers, Adult Locality Teams"], "2025-09",
         None, "blue"),
        (A1, "SA3", "Audit 20 FRS transfers each month for three months and report compliance to the Adult and "
         "Specialist Mental Health Quality and Safety Group.", "Service Manager, First Response Service",
         "December 2025", "90% of transfers confirmed within 24 hours", "On track",
         ["Service Manager, First Response Service"], "2025-12", None, "green"),
        (A2, "SA4", "Update the FRS triage script to ask callers whether family or carers have concerns, and record "
         "these in a dedicated field.", "Service Manager, First Response Service; Carers Lead", "30/09/2025",
         "Field completed in 95% of triage records (monthly sample)", "At risk",
         ["Service Manager, First Response Service", "Carers Lead"], "2025-09", None, "amber"),
        (A2, "SA5", "Deliver 'Think Family' briefing sessions to all FRS mental health practitioners, co-delivered "
         "with a carer with lived experience.", "Carers Lead & Lived Experience Practitioner", "November 2025",
         "Attendance records; practitioner feedback", "On track", ["Carers Lead", "Lived Experience Practitioner"],
         "2025-11", None, "green"),
        (A3, "SA6", "Work with the SystmOne supplier to display a risk summary banner on the patient record home "
         "screen.", "Chief Clinical Information Officer", "March 2026", "Banner live in all adult mental health units",
         "Not started", ["Chief Clinical Information Officer"], "2026-03", None, "unrated"),
        (A3, "SA7", "Until the banner is live, require FRS practitioners to review the last three risk assessments "
         "before closing a contact, and add this step to the FRS closure checklist.",
         "Dr Amir Khan (Consultant Psychiatrist)", "End of August 2025", "Checklist audit (20 contacts per month)",
         "Overdue", ["Dr Amir Khan (Consultant Psychiatrist)"], "2025-08", None, "red"),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph()
    p.add_run("Cambridgeshire and Peterborough NHS Foundation Trust").bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Patient Safety Incident Investigation (PSII): Safety Action Plan", level=0)
    doc.add_paragraph("Incident: Delay in follow-up of a patient after contact with the First Response Service (FRS)")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("PSII reference", "PSII-2025-014"), ("Date of incident", "3 March 2025"),
                 ("Report approved", "Patient Safety Incident Oversight Group, 12 August 2025"),
                 ("Action plan owner", "Deputy Director of Nursing – Adult and Older People's Mental Health"),
                 ("Version", "1.3 (progress at 31 October 2025)")]:
        c = dc.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "E7E6E6")
        set_cell(c[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete (blue) – action delivered and evidence received; On track (green); "
                      "At risk (amber) – timescale may not be met; Overdue (red) – timescale passed and action not "
                      "complete; Not started.")
    doc.add_paragraph("The safety actions below respond to the areas for improvement identified in the PSII report. "
                      "Each action has an owner and a measure so that the Trust can show whether it has reduced "
                      "the risk.")
    hdr = ["Ref", "Safety action", "Owner", "Timescale", "How we will measure", "Status"]
    cur = None
    t = None
    for (afi, ref, act, own, ts, meas, stw, *_x) in rows:
        if afi != cur:
            doc.add_heading(afi, level=2)
            t = doc.add_table(rows=1, cols=6)
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                set_cell(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i], "005EB8")
                for run in t.rows[0].cells[i].paragraphs[0].runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            cur = afi
        c = t.add_row().cells
        for i, v in enumerate([ref, act, own, ts, meas, stw]):
            set_cell(c[i], v)
    doc.add_heading("Oversight", level=2)
    doc.add_paragraph("Progress against this plan is reported monthly to the Patient Safety Incident Oversight "
                      "Group. Actions are closed only when the evidence listed has been received.")
    doc.save(out(name))

    acts = [dict(ref=x[1], under=[x[0]], action=x[2], lead=x[7], end=x[8], end_text=x[9], status=x[10])
            for x in rows]
    meta = dict(
        source="""
        Imitates a PSIRF patient safety incident investigation (PSII) safety action plan of an NHS mental health
        trust (Cambridgeshire and Peterborough NHS Foundation Trust, First Response Service, 2025), in the form
        used under NHS England's Patient Safety Incident Response Framework (areas for improvement, safety
        actions, owner, timescale, measure). Copied features: trust name line, title, incident line, document
        control table, a status key that defines the words (Complete/On track/At risk/Overdue/Not started) by
        colour, one heading per area for improvement with its own table of SA-numbered safety actions, owners as
        job titles (two in one cell with ';' or '&'), dates in several forms, and a closing oversight section.
        """,
        reads="""
        A PSII safety action plan: three areas for improvement, each a heading followed by a table of safety
        actions SA1 to SA7 with owner, timescale, measure and a status word read through the document's key
        (At risk = amber, Overdue = red). The document control table is not part of the plan.
        """,
        outcome="read", title="Patient Safety Incident Investigation (PSII): Safety Action Plan")
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 4. Wye Valley NHS Trust – board assurance framework 2025/26 (xlsx, one sheet per risk)
# =====================================================================
def make_wye_valley_baf():
    name = "zel-wye-valley-nhs-trust-board-assurance-framework-2025-26.xlsx"
    risks = [
        dict(id="SR1", title="SR1 – Failure to achieve timely access to urgent and emergency care",
             obj="Safe and effective care – deliver timely, high-quality urgent and emergency care",
             owner="Chief Operating Officer", committee="Finance, Performance and Digital Committee",
             scores=(20, 16, 16, 8), trend="→",
             controls="Daily operational huddles and OPEL escalation; Urgent Treatment Centre co-located with ED; "
                      "Integrated discharge hub with Herefordshire Council.",
             gaps=["No consistent same day emergency care (SDEC) offer at weekends.",
                   "Discharges before midday remain below 20% of all discharges.",
                   "Limited assurance on ambulance handover delays over 60 minutes."],
             actions=[
                 ("SR1.1", "Extend SDEC opening to seven days, 8am to 8pm, following recruitment of two acute "
                  "physicians.", "Director of Operations – Medical Division", dt.datetime(2025, 9, 30),
                  dt.datetime(2025, 12, 31), "One consultant appointed; weekend pilot starts 8 November.", "Amber",
                  ["Director of Operations – Medical Division"], "2025-12", None, "amber"),
                 ("SR1.2", "Implement the 'Home for Lunch' discharge programme on all medical wards, with a daily "
                  "board round before 10am.", "Deputy Chief Nurse / Associate Director of Patient Flow",
                  dt.datetime(2025, 7, 31), None,
                  "Live on all eight medical wards since July. Pre-noon discharges 18% (from 12%).", "Complete",
                  ["Deputy Chief Nurse", "Associate Director of Patient Flow"], "2025-07", None, "blue"),
                 ("SR1.3", "Agree a discharge to assess (D2A) capacity plan for winter 2025/26 with Herefordshire "
                  "Council and the ICB.", "Chief Operating Officer", dt.datetime(2025, 10, 31),
                  dt.datetime(2025, 11, 30), "Draft plan considered at System UEC Board on 15 October; final "
                  "sign-off in November.", "Green", ["Chief Operating Officer"], "2025-11", None, "green"),
             ]),
        dict(id="SR2", title="SR2 – Inability to recruit and retain a sufficient workforce to deliver safe services",
             obj="Our people – be a great place to work and learn", owner="Director of People",
             committee="People and Culture Committee", scores=(20, 16, 12, 9), trend="↓",
             controls="Workforce plan agreed with ICB; vacancy control panel; international recruitment programme; "
                      "e-rostering with safe staffing reviews.",
             gaps=["Reliance on long-term medical locums in three specialties.",
                   "Turnover of staff in their first two years above 15%."],
             actions=[
                 ("SR2.1", "Deliver the international recruitment pipeline of 40 registered nurses, with a pastoral "
                  "support programme for new arrivals.", "Deputy Chief Nurse", dt.datetime(2026, 3, 31), None,
                  "26 nurses in post; 9 awaiting NMC registration.", "Green", ["Deputy Chief Nurse"], "2026-03",
                  None, "green"),
                 ("SR2.2", "Reduce agency medical spend by converting long-term locum posts to substantive or "
                  "fixed-term contracts.", "Medical Director & Director of People", dt.datetime(2025, 9, 30),
                  dt.datetime(2026, 1, 31), "Six of 14 long-term locums converted. Agency spend remains above the "
                  "cap.", "Red", ["Medical Director", "Director of People"], "2026-01", None, "red"),
                 ("SR2.3", "Launch the 'Stay and Thrive' retention plan, including a flexible working pilot and "
                  "stay conversations for staff in their first two years.",
                  "Associate Director of Organisational Development", dt.datetime(2025, 12, 31), None,
                  "Stay conversations started in September; flexible working pilot running in theatres.", "Green",
                  ["Associate Director of Organisational Development"], "2025-12", None, "green"),
             ]),
        dict(id="SR3", title="SR3 – Failure to deliver the 2025/26 financial plan and cost improvement programme",
             obj="Sustainable services – live within our means", owner="Director of Finance",
             committee="Finance, Performance and Digital Committee", scores=(20, 15, 15, 10), trend="→",
             controls="Monthly budget reviews; CIP programme board; grip and control measures agreed with NHS "
                      "England.",
             gaps=["£4.2m of the cost improvement programme unidentified at the start of the year.",
                   "Divisional accountability for financial delivery not consistently applied."],
             actions=[
                 ("SR3.1", "Identify and quality-impact assess schemes to close the £4.2m unidentified CIP gap.",
                  "Director of Finance", dt.datetime(2025, 8, 31), dt.datetime(2025, 10, 31),
                  "£3.1m identified and QIA approved; £1.1m gap remains.", "Amber", ["Director of Finance"],
                  "2025-10", None, "amber"),
                 ("SR3.2", "Introduce monthly divisional finance and performance reviews chaired by the Chief "
                  "Executive.", "Director of Finance / Chief Executive", dt.datetime(2025, 6, 30), None,
                  "Reviews in place since June.", "Complete", ["Director of Finance", "Chief Executive"], "2025-06",
                  None, "blue"),
             ]),
    ]
    ragfill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    sm = wb.active
    sm.title = "BAF Summary"
    sm["A1"] = "Wye Valley NHS Trust"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Board Assurance Framework 2025/26"
    sm["A2"].font = Font(bold=True, size=12)
    sm["A3"] = "Summary – position at Quarter 2 (September 2025), for Trust Board 6 November 2025"
    hdr = ["Risk ref", "Strategic objective", "Principal risk", "Executive owner", "Assuring committee",
           "Inherent score", "Q1 score", "Q2 score", "Target score", "Trend"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="FF003087")
        c.border = border
        c.alignment = wrap
    for i, rk in enumerate(risks, start=6):
        vals = [rk["id"], rk["obj"], rk["title"].split(" – ", 1)[1], rk["owner"], rk["committee"], *rk["scores"],
                rk["trend"]]
        for j, v in enumerate(vals, start=1):
            c = sm.cell(i, j, v)
            c.border = border
            c.alignment = wrap
    sm["A10"] = ("Risk scores are likelihood × consequence on a 5 × 5 matrix. Target scores are to be reached by "
                 "31 March 2026.")
    for col, w in zip("ABCDEFGHIJ", (9, 34, 44, 24, 28, 9, 9, 9, 9, 7)):
        sm.column_dimensions[col].width = w

    acts = []
    for rk in risks:
        ws = wb.create_sheet(rk["id"])
        ws["A1"] = rk["title"]
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:G1")
        info = [("Strategic objective:", rk["obj"]), ("Executive owner:", rk["owner"]),
                ("Assuring committee:", rk["committee"]),
                ("Risk score (L × C):", "Inherent %d | Current %d | Target %d" % (rk["scores"][0], rk["scores"][2],
                                                                                 rk["scores"][3]))]
        r = 2
        for k, v in info:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 2, v)
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        ws.cell(r, 1, "Key controls").font = Font(bold=True)
        r += 1
        ws.cell(r, 1, rk["controls"]).alignment = wrap
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 32
        r += 2
        ws.cell(r, 1, "Gaps in control / assurance").font = Font(bold=True)
        r += 1
        for g in rk["gaps"]:
            ws.cell(r, 1, "• " + g)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True)
        r += 1
        ah = ["Ref", "Action", "Lead", "Original due date", "Revised due date", "Progress (Q2)", "RAG"]
        for j, h in enumerate(ah, start=1):
            c = ws.cell(r, j, h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="FFD9E1F2")
            c.border = border
            c.alignment = wrap
        r += 1
        for (ref, act, lead, orig, rev, prog, rag, elead, end, etext, st) in rk["actions"]:
            vals = [ref, act, lead, orig, rev, prog, rag]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = border
                c.alignment = wrap
            ws.cell(r, 4).number_format = "dd/mm/yyyy"
            ws.cell(r, 5).number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor="FF" + ragfill[rag])
            r += 1
            acts.append(dict(ref=ref, under=[rk["title"]], action=act, lead=elead, end=end, end_text=etext,
                             status=st))
        for col, w in zip("ABCDEFG", (22, 52, 30, 13, 13, 45, 10)):
            ws.column_dimensions[col].width = w
    wb.save(out(name))
    meta = dict(
        source="""
        Imitates an NHS trust board assurance framework (BAF) workbook for 2025/26 (Wye Valley NHS Trust,
        Hereford; trusts publish the BAF in public board papers, with principal risks, controls, gaps in
        control and assurance, and actions to address gaps). Copied features: summary sheet with title block,
        risk table and scores (no actions), then one sheet per strategic risk with a merged risk title,
        objective/owner/committee/score block, key controls and bulleted gaps, and an 'Actions to address gaps'
        table with original and revised due dates (real dates), progress, and RAG words with matching fill.
        """,
        reads="""
        A BAF with three strategic risks, each on its own sheet; the actions are the rows of each 'Actions to
        address gaps' table (SR1.1 to SR3.2), read under their risk. Where a revised due date is given it is the
        end; 'Complete' is blue. The summary sheet, controls and gaps are not actions.
        """,
        outcome="read", title="Board Assurance Framework 2025/26")
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 5. Calderdale and Huddersfield NHSFT – CQC must do / should do action plan (csv export)
# =====================================================================
def make_chft_cqc_csv():
    name = "zel-calderdale-and-huddersfield-nhsft-cqc-must-should-do-action-plan.csv"
    UEC, MED = "Urgent and emergency care", "Medical care (including older people's care)"
    RA = ("The trust must ensure that patients in the emergency department are assessed, triaged and monitored in a "
          "timely way, including patients waiting in the ambulance handover area. (Regulation 12)")
    RB = ("The trust must ensure that there are sufficient numbers of suitably qualified paediatric nurses in the "
          "emergency department at Huddersfield Royal Infirmary at all times. (Regulation 18)")
    RC = ("The trust must ensure that staff on medical wards complete and act on sepsis screening and early warning "
          "scores in line with trust policy. (Regulation 12)")
    RD = ("The trust should ensure that mandatory training compliance for medical staff meets the trust target "
          "of 90%.")
    RE = ("The trust should ensure that patients' pain is assessed and reassessed, and that this is recorded in the "
          "patient record.")
    RF = "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge."
    # (ref, core service cell, must/should cell, requirement cell, action, lead, orig, revised, prev, curr, progress,
    #  exp under, exp lead, end, end_text, status)
    rows = [
        ("MD1.1", UEC, "Must do", RA,
         "Introduce a rapid assessment and triage nurse at the front door of the Calderdale Royal Hospital emergency "
         "department from 10am to 10pm, seven days a week.", "Matron – Emergency Department", "30/04/2025", "",
         "Green", "Blue", "Rota in place since April. Median time to triage 14 minutes in October.",
         [UEC, RA], ["Matron – Emergency Department"], "2025-04", None, "blue"),
        ("MD1.2", "", "", "",
         'Implement the "Fit2Sit" streaming pathway and electronic observations (NEWS2) for all patients waiting in '
         "the ambulance handover area.", "Clinical Director ED & Head of Nursing – Urgent Care", "30/06/2025",
         "30/09/2025", "Amber", "Green",
         "eObs live in the handover area from 15 September; compliance audit due in November.",
         [UEC, RA], ["Clinical Director ED", "Head of Nursing – Urgent Care"], "2025-09", None, "green"),
        ("MD2.1", UEC, "Must do", RB,
         "Recruit to the funded establishment of registered children's nurses in the Huddersfield Royal Infirmary "
         "emergency department, and give paediatric competency training to adult-trained nurses covering gaps.",
         "Head of Nursing – Urgent Care", "31/12/2025", "", "Amber", "Amber",
         "4.2 WTE of 6.0 WTE recruited; 11 adult nurses signed off as competent.",
         [UEC, RB], ["Head of Nursing – Urgent Care"], "2025-12", None, "amber"),
        ("MD3.1", MED, "Must do", RC,
         "Relaunch the sepsis screening bundle on all medical wards:\n- sepsis champions on each ward and shift\n"
         "- weekly spot-check audits by the Deteriorating Patient Team", "Deteriorating Patient Lead Nurse",
         "31/07/2025", "31/10/2025", "Red", "Green",
         "Champions in place on 14 of 16 wards. Screening compliance 88% in October (from 61% in March).",
         [MED, RC], ["Deteriorating Patient Lead Nurse"], "2025-10", None, "green"),
        ("MD3.2", "", "", "",
         "Report ward-level sepsis screening compliance monthly to the Medical Division Patient Safety and Quality "
         "Board.", "Associate Director of Nursing, Medicine", "Monthly", "", "Green", "Green",
         "Reported monthly since May 2025.",
         [MED, RC], ["Associate Director of Nursing, Medicine"], None, "Monthly", "green"),
        ("SD1.1", MED, "Should do", RD,
         "Send monthly compliance reports to each medical specialty lead, and include training compliance in "
         "consultant job planning reviews.", "Divisional Director – Medicine / Medical Workforce Manager",
         "31/03/2026", "", "Green", "Green", "Compliance 84% (from 76%). Job planning template updated.",
         [MED, RD], ["Divisional Director – Medicine", "Medical Workforce Manager"], "2026-03", None, "green"),
        ("SD2.1", UEC, "Should do", RE,
         "Add a mandatory pain score to the ED triage and two-hourly reassessment fields in EPR, and audit "
         "monthly.", "Lead Nurse – Emergency Department; EPR Clinical Lead", "30/11/2025", "31/01/2026", "Green",
         "Amber", "EPR change request approved; build delayed by the EPR upgrade in November.",
         [UEC, RE], ["Lead Nurse – Emergency Department", "EPR Clinical Lead"], "2026-01", None, "amber"),
        ("SD3.1", MED, "Should do", RF,
         "Introduce a daily discharge summary tracker for each medical ward, with outstanding summaries escalated "
         "to the consultant of the week.", "Samina Akhtar and Paul Greenwood", "31/08/2025", "", "Amber", "Blue",
         "Tracker in use on all wards; 93% of summaries sent within 24 hours in September.",
         [MED, RF], ["Samina Akhtar", "Paul Greenwood"], "2025-08", None, "blue"),
    ]
    ncol = 11
    lines = [
        ["Calderdale and Huddersfield NHS Foundation Trust"],
        ["CQC Must Do and Should Do Action Plan – Urgent and Emergency Care and Medical Care"],
        ["Inspection report published 6 March 2025. Position at 31 October 2025 (for Quality Committee, "
         "18 November 2025)"],
        [],
        ["Ref", "Core service", "Must/Should", "CQC requirement", "Action", "Lead", "Original completion date",
         "Revised completion date", "Previous RAG", "Current RAG", "Progress update"],
    ]
    for x in rows:
        lines.append(list(x[:11]))
    lines += [
        [],
        ["RAG key: Blue = complete and evidenced; Green = on track; Amber = at risk of missing the date; "
         "Red = off track or overdue"],
        [],
        ["Summary by current RAG"],
        ["Blue (complete)", "2"],
        ["Green", "4"],
        ["Amber", "2"],
        ["Red", "0"],
        ["Total actions", "8"],
    ]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for ln in lines:
            w.writerow(ln + [""] * (ncol - len(ln)))
    acts = [dict(ref=x[0], under=x[11], action=x[4], lead=x[12], end=x[13], end_text=x[14], status=x[15])
            for x in rows]
    meta = dict(
        source="""
        Imitates an acute trust's CQC must do / should do action plan kept as a tracker and exported to CSV for
        a quality committee (Calderdale and Huddersfield NHS Foundation Trust, urgent and emergency care and
        medical care, 2025; cf. the East of England Ambulance Service CQC quality improvement plan progress
        reports at https://www.eastamb.nhs.uk/about-us/trust-board/cqc-quality-improvement-plan-progress-report-july-2025
        and the Sheffield Health and Social Care CQC action plan progress pages at
        https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/ for the blue 'complete'
        key). Copied features: three title lines padded with empty cells, header row, core service and the CQC
        requirement given once and left blank on continuation rows (merged cells exported), Must/Should column,
        original and revised completion dates, previous and current RAG words, a quoted cell with inner line
        breaks and doubled quotes, a RAG key line and a totals block after the plan.
        """,
        reads="""
        A CQC must do / should do tracker: eight actions (MD1.1 to SD3.1), each under its core service and the
        CQC requirement it answers (blank cells continue the requirement above), with lead, original and revised
        dates (the revised one is the end) and previous/current RAG (the current one is the status). The key and
        summary block are not actions.
        """,
        outcome="read",
        title="CQC Must Do and Should Do Action Plan – Urgent and Emergency Care and Medical Care")
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 6. Bluebird Care (Lisburn & Castlereagh) – RQIA domiciliary care agency QIP (plain text)
# =====================================================================
def make_rqia_txt():
    name = "zel-bluebird-care-lisburn-rqia-domiciliary-care-agency-quality-improvement-plan.txt"
    SREG = ("Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) "
            "2007")
    SSTD = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2011"
    afis = [
        (SREG, "1", "Regulation 13 (d) Schedule 3", "First time",
         "Immediate and ongoing from the date of inspection",
         "The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full "
         "and satisfactory information is available in relation to him in respect of each of the matters specified "
         "in Schedule 3, including a full employment history with any gaps explained in writing.",
         "5.2.1",
         "All 46 staff recruitment files have been audited against Schedule 3 and the two files with unexplained "
         "employment gaps have been completed with written explanations. A pre-employment checklist signed by the "
         "Registered Manager is now required before any new care worker is placed on the rota.",
         None, "Immediate and ongoing from the date of inspection"),
        (SREG, "2", "Regulation 23 (1)", "Second time", "30 April 2025",
         "The registered person shall establish and maintain a system for evaluating the quality of the services "
         "which the agency arranges to be provided. The monthly quality monitoring reports should include a review "
         "of missed and late calls and the action taken.",
         "5.2.4",
         "The monthly quality monitoring report template has been revised to include an analysis of missed and late "
         "calls from the electronic call monitoring system.\nThe Area Manager will review each report and sign off "
         "the actions taken.",
         "2025-04", None),
        (SSTD, "1", "Standard 12.3", "First time", "31 May 2025",
         "The registered person shall ensure that all staff complete training in dysphagia awareness and the "
         "International Dysphagia Diet Standardisation Initiative (IDDSI) framework, and that the agency keeps a "
         "record of this.",
         "5.2.3",
         "IDDSI and dysphagia awareness training has been booked with the Trust Speech and Language Therapy team "
         "for all care staff, with sessions running in April and May 2025. Attendance is recorded on the training "
         "matrix.",
         "2025-05", None),
        (SSTD, "2", "Standard 5.6", "First time", "30 June 2025",
         "The registered person shall ensure that care plans are reviewed with the service user and/or their "
         "representative at least annually or when needs change, and that each review is signed and dated.",
         "5.2.2",
         "A review schedule has been set up on the electronic care planning system. Care Coordinators will complete "
         "all outstanding reviews by the end of June 2025, starting with service users whose needs have changed.",
         "2025-06", None),
        (SSTD, "3", "Standard 8.10", "First time", "Immediate and ongoing",
         "The registered person shall ensure that all accidents and incidents are notified to RQIA and to the "
         "referring HSC Trust in line with the agency's procedures.",
         "5.2.5",
         "All staff were reminded of the notification procedure at team meetings on 18 and 20 March 2025. The "
         "Registered Manager checks the incident log against notifications made each week.",
         None, "Immediate and ongoing"),
    ]
    L = [
        "Quality Improvement Plan – Bluebird Care (Lisburn & Castlereagh)",
        "Domiciliary Care Agency    RQIA ID: 020714    Inspection ID: IN047318",
        "Unannounced care inspection: 11 March 2025",
        "Registered Manager: Mrs Claire Maguire",
        "",
        "This inspection resulted in five areas for improvement being identified. Findings of the inspection were "
        "discussed with Mrs Claire Maguire, Registered Manager, as part of the inspection process. The timescales "
        "for completion commence from the date of inspection.",
        "",
    ]
    cur = None
    for (sec, n, ref, stated, by, text, xref, resp, end, etext) in afis:
        if sec != cur:
            L += [sec, ""]
            cur = sec
        L += ["Area for improvement " + n, "Ref: " + ref, "Stated: " + stated, "To be completed by: " + by, "",
              text, "", "Ref: " + xref, "", "Response by registered person detailing the actions taken:"]
        L += resp.split("\n")
        L += [""]
    L += ["*Please ensure this document is completed in full and returned via the Web Portal*", ""]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    acts = [dict(ref=a[1], under=[a[0], a[5]], action=a[7], lead=[], end=a[8], end_text=a[9], status="unrated")
            for a in afis]
    meta = dict(
        source="""
        Imitates the Quality Improvement Plan section of an RQIA inspection report for a Northern Ireland
        domiciliary care agency, as copied out of the published report into plain text (Bluebird Care,
        Lisburn & Castlereagh, inspection March 2025). Copied features of the RQIA QIP: agency and inspection
        IDs, the opening paragraph, a section per legal basis (the Domiciliary Care Agencies Regulations (NI)
        2007, then the Minimum Standards) with area-for-improvement numbering restarting in each section, each
        area with Ref, Stated, 'To be completed by' and the inspector's requirement text, a cross-reference line
        to the report section, then 'Response by registered person detailing the actions taken' followed by the
        provider's response, and the closing portal note.
        """,
        reads="""
        An RQIA QIP with five areas for improvement (1-2 under the Regulations, 1-3 under the Minimum Standards).
        Each area's requirement is what the registered person's response answers; the response is the action,
        due by the 'To be completed by' date, with no lead named and no RAG.
        """,
        outcome="read", title="Quality Improvement Plan – Bluebird Care (Lisburn & Castlereagh)")
    write_expected(name, meta, acts)
    return name, len(acts)


# =====================================================================
# 7. Cowbridge Health Centre – HIW GP inspection improvement plan (xlsx) – typo month, refuse
# =====================================================================
def make_cowbridge_refuse():
    name = "zel-cowbridge-health-centre-hiw-gp-inspection-improvement-plan-typo-month-refuse.xlsx"
    QPE, DSE, QML = ("Quality of patient experience", "Delivery of safe and effective care",
                     "Quality of management and leadership")
    HCQS = "Health and Care Quality Standards 2023"
    rows = [
        (QPE, "1", "The practice must ensure that patients can contact the practice by telephone in a timely way, "
         "particularly at 8am.", HCQS + " – Timely",
         "Introduce a cloud-based telephony system with call-back and queue position messaging.", "Practice Manager",
         "December 2025", "On track"),
        (QPE, "2", "The practice should ensure that information in the waiting area is available bilingually.",
         "Welsh Language Standards", "Replace all practice-produced notices with bilingual versions and ask the "
         "health board for bilingual national leaflets.", "Reception Supervisor", "November 2025", "Complete"),
        (DSE, "3", "The practice must ensure that emergency drugs and equipment are checked weekly and that the "
         "checks are recorded.", HCQS + " – Safe", "Introduce a weekly signed checklist for the emergency trolley "
         "and oxygen, with monthly spot checks by the Lead Practice Nurse.", "Lead Practice Nurse", "October 2025",
         "Complete"),
        (DSE, "4", "The practice must ensure that all clinical staff have completed safeguarding training at the "
         "level appropriate to their role.", HCQS + " – Safe", "Book Level 3 safeguarding training for the two GPs "
         "and one nurse without current certificates, and update the training matrix.",
         "Dr Rhian Morgan (Safeguarding Lead GP)", "Febuary 2026", "On track"),
        (DSE, "5", "The practice should ensure that the infection prevention and control audit is completed annually "
         "and that actions are followed up.", HCQS + " – Safe", "Complete the annual IPC audit with the health "
         "board IPC nurse and add the actions to the practice governance log.",
         "Lead Practice Nurse / Practice Manager", "January 2026", "Not started"),
        (QML, "6", "The practice must ensure that all staff receive an annual appraisal.", HCQS + " – Workforce",
         "Set up an appraisal schedule for all non-clinical staff and complete the outstanding appraisals.",
         "Practice Manager", "March 2026", "On track"),
        (QML, "7", "The practice should hold regular, minuted practice meetings and share learning from significant "
         "events with all staff.", HCQS + " – Leadership", "Hold a monthly whole-practice meeting with a standing "
         "item on significant events, and save the minutes on the shared drive.", "Senior Partner", "October 2025",
         "Complete"),
    ]
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    wb = Workbook()
    im = wb.active
    im.title = "Immediate assurance"
    im["A1"] = "Appendix B – Immediate improvement plan"
    im["A1"].font = Font(bold=True, size=12)
    im["A2"] = "Service: Cowbridge Health Centre"
    im["A3"] = "Date of inspection: 23 September 2025"
    im["A5"] = "No immediate non-compliance concerns were identified on this inspection."

    ws = wb.create_sheet("Improvement plan")
    ws["A1"] = "Appendix C – Improvement plan"
    ws["A1"].font = Font(bold=True, size=12)
    for r, (k, v) in enumerate([("Service:", "Cowbridge Health Centre"),
                                ("Date of inspection:", "23 September 2025"),
                                ("Health board:", "Cardiff and Vale University Health Board")], start=2):
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
    hdr = ["Ref", "Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
           "Timescale", "Status"]
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="FF1C3F75")
        c.border = border
        c.alignment = wrap
    r = 7
    cur = None
    typo_row = None
    for (sec, ref, need, std, act, off, ts, stt) in rows:
        if sec != cur:
            ws.cell(r, 1, sec).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFD9D9D9")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            cur = sec
        for j, v in enumerate([ref, need, std, act, off, ts, stt], start=1):
            c = ws.cell(r, j, v)
            c.border = border
            c.alignment = wrap
        if ts.startswith("Febuary"):
            typo_row = r
        r += 1
    r += 1
    ws.cell(r, 1, "The following section must be completed by a representative of the service who has overall "
                  "responsibility and accountability for ensuring the improvement plan is actioned.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 1
    ws.cell(r, 1, "Service representative").font = Font(bold=True)
    r += 1
    for k, v in [("Name (print):", "Helen Price"), ("Job role:", "Practice Manager"), ("Date:", "05/12/2025")]:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        r += 1
    for col, w in zip("ABCDEFG", (6, 45, 28, 48, 28, 16, 12)):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_row == 12, typo_row
    meta = dict(
        source="""
        Imitates a Healthcare Inspectorate Wales GP practice inspection improvement plan (the Appendix B
        immediate improvement plan and Appendix C improvement plan of HIW reports, columns Improvement needed,
        Standard/Regulation, Service action, Responsible officer, Timescale) kept by the practice in Excel with
        a status column (Cowbridge Health Centre, Cardiff and Vale UHB, inspection September 2025). Copied
        features: an immediate-assurance sheet with no concerns, service/date/health board block, merged section
        rows for HIW's three themes, the service representative sign-off block.
        """,
        reads="""
        A GP practice's HIW improvement plan of seven actions in three HIW themes, readable except that the
        timescale of action 4 (sheet 'Improvement plan', row 12) reads 'Febuary 2026', a mistyped month; a
        careful reader would stop and ask before taking it as February 2026.
        """,
        outcome="refuse", refuse_at=typo_row, title="Appendix C – Improvement plan")
    write_expected(name, meta, [])
    return name, len(rows)


if __name__ == "__main__":
    made = [make_his_midpark(), make_princess_alice(), make_cpft_psii(), make_wye_valley_baf(),
            make_chft_cqc_csv(), make_rqia_txt(), make_cowbridge_refuse()]
    for n, k in made:
        print(k, n)
