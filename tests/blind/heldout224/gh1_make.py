"""Build the seven gh1- blind test files (set heldout224) and their expected readings.

Run with: /work/main/.venv/bin/python gh1_make.py   (writes beside this script)
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "blue": "00B0F0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "lilac": "E4DFEC",
    "pale": "F2F2F2",
}


def xfill(name):
    return PatternFill("solid", start_color=FILL.get(name, name), end_color=FILL.get(name, name))


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_expected(name, head, actions):
    """head: dict with source, reads, outcome, accept_refusal, (refuse_at), (title)."""
    path = os.path.join(HERE, name + ".expected.yaml")
    out = dict(head)
    if actions is not None:
        acts = []
        for a in actions:
            d = {
                "ref": a["ref"],
                "under": a["under"],
                "action": a["action"],
                "lead": a["lead"],
                "end": a["end"],
            }
            if a.get("end_text") is not None:
                d["end_text"] = a["end_text"]
            d["status"] = a["status"]
            acts.append(d)
        out["actions"] = acts
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


# ---------------------------------------------------------------------------
# 1. Royal United Hospitals Bath - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def ruh_bath():
    name = "gh1-royal-united-hospitals-bath-cqc-must-should-do-action-plan.xlsx"
    title = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    uec = "Urgent and Emergency Care"
    med = "Medical Care (including older people's care)"

    md1 = ("The trust must ensure that patients attending the emergency department receive an initial "
           "clinical assessment within 15 minutes of arrival, in line with national guidance.")
    md2 = ("The trust must ensure that mental health risk assessments are completed and documented for all "
           "patients presenting to the emergency department with mental health needs.")
    md3 = ("The trust must ensure that nursing staff on medical wards complete mandatory training, including "
           "level 3 safeguarding adults training, to meet the trust target of 90%.")
    must = [
        # section, regulation, must-do, ref, action, lead, original, revised, prev, current, update
        (uec, "Regulation 12: Safe care and treatment", md1, "MD1.1",
         "Introduce a dedicated streaming and triage nurse at the front door between 10:00 and 02:00, seven days a week.",
         "Head of Nursing – Emergency Department", dt.datetime(2024, 6, 30), None, "Green", "Blue",
         "Triage nurse rota in place since 3 June 2024. Evidence of compliance reviewed at QGC in September; action closed.",
         dict(lead=["Head of Nursing – Emergency Department"], end="2024-06", status="blue")),
        (uec, None, md1, "MD1.2",
         "Monitor time to initial assessment daily through the ED performance dashboard and report compliance weekly to the Medicine Division Board.",
         "ED Clinical Lead / ED Operational Manager", dt.datetime(2024, 7, 31), dt.datetime(2024, 10, 31), "Amber", "Amber",
         "Dashboard live. Compliance 81% in September against 95% standard; improvement trajectory agreed with the Division.",
         dict(lead=["ED Clinical Lead", "ED Operational Manager"], end="2024-10", status="amber")),
        (uec, "Regulation 17: Good governance", md2, "MD2.1",
         "Make the ED mental health risk assessment a mandatory field in the electronic patient record for patients presenting with self-harm or suicidal ideation.",
         "Chief Clinical Information Officer", dt.datetime(2024, 9, 30), dt.datetime(2024, 12, 31), "Green", "Amber",
         "Build delayed by the EPR upgrade freeze; go-live now planned for December 2024.",
         dict(lead=["Chief Clinical Information Officer"], end="2024-12", status="amber")),
        (uec, None, md2, "MD2.2",
         "Undertake a monthly audit of 20 sets of notes and feed back the results at the ED safety huddle.",
         "Matron, Emergency Department", "Monthly from July 2024", None, "Green", "Green",
         "July 72%, August 84%, September 88% compliance. Results shared at huddles.",
         dict(lead=["Matron, Emergency Department"], end=None, end_text="Monthly from July 2024", status="green")),
        (med, "Regulation 18: Staffing", md3, "MD3.1",
         "Provide ring-fenced study time for ward nursing staff, with protected rostering for staff whose safeguarding level 3 training is overdue.",
         "Deputy Chief Nurse / Divisional Director of Nursing (Medicine)", dt.datetime(2024, 8, 31), dt.datetime(2025, 1, 31), "Red", "Red",
         "Compliance 74% (target 90%). Winter staffing pressures expected; revised date agreed by the Chief Nursing Officer.",
         dict(lead=["Deputy Chief Nurse", "Divisional Director of Nursing (Medicine)"], end="2025-01", status="red")),
    ]

    sd1 = "The trust should ensure that patients' pain scores are recorded and reassessed in line with trust policy."
    sd2 = "The trust should continue to work with system partners to reduce delays in ambulance handovers."
    sd3 = "The trust should ensure that medicines fridge temperatures are monitored and recorded daily on all medical wards."
    sd4 = "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge."
    should = [
        (uec, sd1, "SD1",
         "Add pain score reassessment prompts to the ED hourly rounding chart and relaunch it through the practice development team.",
         "ED Practice Development Nurse", "Sept 2024", "Amber", "Blue", "Relaunched August 2024; audit shows 91% compliance.",
         dict(lead=["ED Practice Development Nurse"], end="2024-09", status="blue")),
        (uec, sd2, "SD2",
         "Open the 12-space Rapid Assessment and Treatment (RAT) area next to the ambulance entrance.",
         "Chief Operating Officer", "Q3 2024/25", "Green", "Green", "Building works on programme; opening planned for December 2024.",
         dict(lead=["Chief Operating Officer"], end="2024-12", status="green")),
        (med, sd3, "SD3",
         "Roll out the automated temperature monitoring system to all medication fridges on medical wards.",
         "Chief Pharmacist; Estates Project Manager", dt.datetime(2025, 3, 31), "Amber", "Green",
         "Sensors installed on 9 of 14 wards.",
         dict(lead=["Chief Pharmacist", "Estates Project Manager"], end="2025-03", status="green")),
        (med, sd4, "SD4",
         "Review the discharge summary workflow with the Acute Medical Unit consultants and introduce a weekly compliance report.",
         "Clinical Director for Acute Medicine", "Ongoing", "Amber", "Amber",
         "Weekly report in development with Business Intelligence.",
         dict(lead=["Clinical Director for Acute Medicine"], end=None, end_text="Ongoing", status="amber")),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "Royal United Hospitals Bath NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=13)
    info = [
        ("Inspection:", "Urgent and emergency care; Medical care (including older people's care) – unannounced inspection 12–14 March 2024"),
        ("Report published:", "22 May 2024"),
        ("Executive owner:", "Chief Nursing Officer"),
        ("Reporting to:", "Quality Governance Committee – 17 October 2024"),
        ("Version:", "v4.2 (position at 30 September 2024)"),
    ]
    for i, (k, v) in enumerate(info, start=4):
        ws.cell(i, 1, k).font = Font(bold=True)
        ws.cell(i, 2, v)
    ws["A10"] = "RAG key"
    ws["A10"].font = Font(bold=True)
    key = [("Blue", "blue", "Complete – evidence reviewed and assured by Quality Governance Committee"),
           ("Green", "green", "On track to deliver by the target date"),
           ("Amber", "amber", "At risk of not delivering by the target date / revised date agreed"),
           ("Red", "red", "Off track – target date passed and not delivered")]
    for i, (w, c, d) in enumerate(key, start=11):
        ws.cell(i, 1, w).fill = xfill(c)
        ws.cell(i, 2, d)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 100

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of progress – position at 30 September 2024"
    sm["A1"].font = Font(bold=True, size=13)
    hdr = ["", "Blue", "Green", "Amber", "Red", "Total"]
    for j, h in enumerate(hdr, start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
        if h in ("Blue", "Green", "Amber", "Red"):
            c.fill = xfill(h.lower())
    rows = [("Must Do", 1, 1, 2, 1), ("Should Do", 1, 2, 1, 0)]
    for i, (lab, b, g, a, r) in enumerate(rows, start=4):
        vals = [lab, b, g, a, r, b + g + a + r]
        for j, v in enumerate(vals, start=1):
            sm.cell(i, j, v).border = BOX
    sm.cell(6, 1, "Total").font = Font(bold=True)
    for j, col in enumerate("BCDEF", start=2):
        c = sm.cell(6, j, f"=SUM({col}4:{col}5)")
        c.font = Font(bold=True)
        c.border = BOX
    sm["A8"] = "Note: actions are only rated Blue once evidence has been reviewed at the Quality Governance Committee."
    sm.column_dimensions["A"].width = 14

    # Must Do sheet
    md = wb.create_sheet("Must Do")
    md["A1"] = "MUST DO ACTIONS – breaches of regulations (Health and Social Care Act 2008 (Regulated Activities) Regulations 2014)"
    md["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    md["A1"].fill = xfill("navy")
    md.merge_cells("A1:J1")
    heads = ["Ref", "Regulation", "CQC Must Do", "Action", "Lead", "Original target date",
             "Revised target date", "Previous RAG (Aug 2024)", "Current RAG (Sep 2024)", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = md.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    cur_section = None
    group_start = {}
    for sec, reg, mdo, ref, act, lead, orig, rev, prev, curr, upd, _ in must:
        if sec != cur_section:
            md.cell(r, 1, sec).font = Font(bold=True)
            md.cell(r, 1).fill = xfill("lilac")
            md.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            cur_section = sec
            r += 1
        md.cell(r, 1, ref)
        if mdo not in group_start:
            group_start[mdo] = r
            md.cell(r, 2, reg)
            md.cell(r, 3, mdo)
        md.cell(r, 4, act)
        md.cell(r, 5, lead)
        for col, v in ((6, orig), (7, rev)):
            c = md.cell(r, col, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        c = md.cell(r, 8, prev)
        c.fill = xfill(prev.lower())
        c = md.cell(r, 9, curr)
        c.fill = xfill(curr.lower())
        md.cell(r, 10, upd)
        for j in range(1, 11):
            md.cell(r, j).border = BOX
            md.cell(r, j).alignment = WRAP
        r += 1
    # vertical merges of regulation / must-do text over their actions
    counts = {}
    for m in must:
        counts[m[2]] = counts.get(m[2], 0) + 1
    for mdo, start in group_start.items():
        if counts[mdo] > 1:
            md.merge_cells(start_row=start, start_column=2, end_row=start + counts[mdo] - 1, end_column=2)
            md.merge_cells(start_row=start, start_column=3, end_row=start + counts[mdo] - 1, end_column=3)
    for col, w in zip("ABCDEFGHIJ", (8, 18, 45, 50, 26, 13, 13, 11, 11, 45)):
        md.column_dimensions[col].width = w
    md.freeze_panes = "A4"

    # Should Do sheet
    sd = wb.create_sheet("Should Do")
    sd["A1"] = "SHOULD DO ACTIONS"
    sd["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    sd["A1"].fill = xfill("navy")
    sd.merge_cells("A1:H1")
    heads = ["Ref", "CQC Should Do", "Action", "Lead", "Target date",
             "Previous RAG (Aug 2024)", "Current RAG (Sep 2024)", "Progress update"]
    for j, h in enumerate(heads, start=1):
        c = sd.cell(3, j, h)
        c.font = Font(bold=True)
        c.fill = xfill("grey")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    cur_section = None
    for sec, sdo, ref, act, lead, tgt, prev, curr, upd, _ in should:
        if sec != cur_section:
            sd.cell(r, 1, sec).font = Font(bold=True)
            sd.cell(r, 1).fill = xfill("lilac")
            sd.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur_section = sec
            r += 1
        vals = [ref, sdo, act, lead, tgt, prev, curr, upd]
        for j, v in enumerate(vals, start=1):
            c = sd.cell(r, j, v)
            c.border = BOX
            c.alignment = WRAP
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        sd.cell(r, 6).fill = xfill(prev.lower())
        sd.cell(r, 7).fill = xfill(curr.lower())
        r += 1
    for col, w in zip("ABCDEFGH", (8, 45, 50, 26, 13, 11, 11, 45)):
        sd.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    actions = []
    for sec, reg, mdo, ref, act, lead, orig, rev, prev, curr, upd, exp in must:
        actions.append(dict(ref=ref, under=[sec, mdo], action=act, **exp))
    for sec, sdo, ref, act, lead, tgt, prev, curr, upd, exp in should:
        actions.append(dict(ref=ref, under=[sec, sdo], action=act, **exp))
    head = dict(
        source=("Imitates an NHS acute trust's CQC must-do/should-do action plan as taken to its Quality "
                "Governance Committee (Royal United Hospitals Bath NHS Foundation Trust, UEC and medical care "
                "inspection, 2024; layout modelled on published trust CQC action plan progress reports such as "
                "SHSC and EEAST board papers). Copies: cover sheet with title block and RAG key (Blue = complete "
                "and assured), a summary/totals sheet, separate Must Do and Should Do sheets, core-service "
                "section rows merged across the table, must-do text and regulation merged down over their "
                "actions, original and revised target dates, previous and current RAG columns."),
        reads=("A four-sheet workbook: cover and summary sheets carry no actions; the Must Do sheet lists five "
               "actions under two core services, with each CQC must-do written once (merged) beside the "
               "actions that answer it; the Should Do sheet lists four. The revised target date, where given, "
               "is the end, and the current RAG is the status."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, head, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 2. Charity Commission - GIAA internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def charity_commission():
    name = "gh1-charity-commission-giaa-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Internal Audit Recommendations Tracker"
    sections = [
        ("Cyber Security: Incident Response (2023-24) – Limited assurance", [
            ("CYB-01", "High",
             "The Commission should update its Cyber Incident Response Plan to reflect current roles, third-party suppliers and reporting obligations to the ICO and NCSC.",
             "Refresh the Cyber Incident Response Plan, agree it with the digital services supplier and test it through a tabletop exercise.",
             "Head of Cyber Security", "Sep-2024", "Mar-2025", "Amber",
             "Plan redrafted and agreed with supplier; tabletop exercise booked for 19 February 2025."),
            ("CYB-02", "Medium",
             "Security incidents should be logged consistently, with root-cause analysis recorded for each.",
             "Maintain a single security incident log with root-cause analysis and report it quarterly to the Executive Committee.",
             "Head of Cyber Security / Business Continuity Manager", "Dec-2024", "", "Complete",
             "Log in place from October 2024; first quarterly report to ExCo on 12 December 2024."),
        ]),
        ("Casework Quality Assurance (2023-24) – Moderate assurance", [
            ("CQA-01", "High",
             "Quality assurance sampling of regulatory compliance cases should be risk-based and its results reported to senior management.",
             "Introduce a risk-based QA sampling framework for compliance casework, with monthly results reported to the Regulatory Services leadership team.",
             "Director of Regulatory Services", "Oct-2024", "Apr-2025", "Amber",
             "Framework drafted; pilot running in the Inquiries team until March 2025."),
            ("CQA-02", "Medium",
             "Caseworkers should receive structured feedback on quality assurance findings.",
             "Develop a feedback template and hold quarterly calibration sessions for caseworkers and QA reviewers.",
             "Head of Casework Quality", "Jan-2025", "Jun-2O25", "Amber",
             "Deferred to align with the new casework management system release."),
        ]),
        ("Payroll and Expenses (2024-25) – Moderate assurance", [
            ("PAY-01", "Medium",
             "Monthly payroll exception reports should be independently reviewed before payroll is approved.",
             "Add a documented second-line review of the payroll exception report to the monthly payroll approval checklist.",
             "Head of Finance", "Nov-2024", "", "Complete",
             "Checklist updated; evidence provided to GIAA for November and December payrolls."),
            ("PAY-02", "Low",
             "The expenses policy should be updated to reflect current HMRC subsistence rates.",
             "Update and republish the travel and subsistence policy on the intranet.",
             "HR Operations Manager", "Mar-2025", "", "Green",
             "Draft policy with the Staff Partnership Forum for consultation."),
        ]),
        ("Records Management and Retention (2024-25) – Limited assurance", [
            ("REC-01", "High",
             "The Commission should complete and approve a retention schedule covering all information held on the casework system.",
             "Complete the retention schedule for casework records and obtain approval from the Information Governance Board.",
             "Head of Information Governance", "Feb-2025", "", "Green",
             "Schedule drafted; Information Governance Board on 6 February 2025."),
            ("REC-02", "High",
             "Automated deletion should be applied to records that have passed their retention period.",
             "Configure automated disposal rules in the casework system once the retention schedule is approved.",
             "Senior Information Risk Owner (SIRO)", "Jun-2025", "", "Not yet due",
             "Dependent on REC-01."),
        ]),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "ARAC tracker"
    ws["A1"] = "Charity Commission for England and Wales"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Audit and Risk Assurance Committee – 28 January 2025 | Internal audit provider: Government "
                "Internal Audit Agency (GIAA) | Position as at 10 January 2025")
    heads = ["Rec ID", "Priority", "Recommendation", "Agreed management action", "Action owner",
             "Original due date", "Revised due date", "Status", "Management update (January 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("navy")
        c.alignment = WRAP
        c.border = BOX
    r = 6
    typo_row = None
    status_fill = {"Amber": "amber", "Green": "green", "Complete": "blue", "Red": "red"}
    for sec, recs in sections:
        ws.cell(r, 1, sec).font = Font(bold=True)
        ws.cell(r, 1).fill = xfill("grey")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, start=1):
                c = ws.cell(r, j, v if v != "" else None)
                c.alignment = WRAP
                c.border = BOX
            if rec[7] in status_fill:
                ws.cell(r, 8).fill = xfill(status_fill[rec[7]])
            if "2O" in rec[6]:
                typo_row = r
            r += 1
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Total recommendations on tracker: 8 | Complete: 2 | Green: 2 | Amber: 3 | Red: 0 | Not yet due: 1")
    r += 1
    ws.cell(r, 1, "Completed recommendations will be removed from the tracker once GIAA has validated the evidence.")
    for col, w in zip("ABCDEFGHI", (9, 9, 48, 48, 26, 12, 12, 12, 45)):
        ws.column_dimensions[col].width = w

    ky = wb.create_sheet("Key")
    ky["A1"] = "Priority of recommendations (GIAA)"
    ky["A1"].font = Font(bold=True)
    for i, (p, d) in enumerate([
        ("High", "Fundamental control weakness requiring immediate management attention."),
        ("Medium", "Significant control weakness; action required within an agreed timescale."),
        ("Low", "Opportunity to improve the control environment or value for money."),
    ], start=2):
        ky.cell(i, 1, p)
        ky.cell(i, 2, d)
    ky["A6"] = "Status"
    ky["A6"].font = Font(bold=True)
    for i, (p, c, d) in enumerate([
        ("Complete", "blue", "Action implemented; evidence sent to GIAA for validation."),
        ("Green", "green", "On track to be implemented by the due date."),
        ("Amber", "amber", "Revised date agreed, or at risk of missing the due date."),
        ("Red", "red", "Overdue with no agreed revised date."),
        ("Not yet due", None, "Work not yet started; due date not reached."),
    ], start=7):
        ky.cell(i, 1, p)
        if c:
            ky.cell(i, 1).fill = xfill(c)
        ky.cell(i, 2, d)
    ky.column_dimensions["A"].width = 14
    ky.column_dimensions["B"].width = 80
    wb.save(os.path.join(HERE, name))

    head = dict(
        source=("Imitates an arm's-length body's internal audit recommendations tracker as reported to its Audit "
                "and Risk Assurance Committee (Charity Commission for England and Wales, GIAA audits 2023-24 and "
                "2024-25, ARAC January 2025). Copies: title block naming committee, provider and position date; "
                "audit-report section rows with assurance opinion; priority; recommendation beside agreed "
                "management action; original and revised due dates written as Mon-YYYY text; status with fill; "
                "summary lines under the table; a separate Key sheet."),
        reads=("A tracker of eight GIAA recommendations grouped under four audits, each with an owner, original "
               "and revised due dates and a status. The revised due date for CQA-02 reads 'Jun-2O25' (letter O "
               "for zero), a mistyped month: a careful reader stops at that row and asks what date was meant."),
        outcome="refuse",
        accept_refusal=False,
        refuse_at=typo_row,
        title=title,
    )
    write_expected(name, head, None)
    return name, typo_row


# ---------------------------------------------------------------------------
# 3. BPP University - Ofsted apprenticeships PIAP (xlsx)
# ---------------------------------------------------------------------------
def bpp():
    name = "gh1-bpp-university-ofsted-apprenticeships-piap.xlsx"
    title = "BPP University – Apprenticeships Post-Inspection Action Plan (PIAP)"
    afi1 = ("Leaders and managers should ensure that tutors and employers work together so that apprentices' "
            "on- and off-the-job training is coherently planned and sequenced.")
    afi2 = ("Leaders should ensure that tutors use information about apprentices' starting points to plan "
            "learning, so that apprentices with substantial prior experience make swift progress.")
    afi3 = ("Leaders should ensure that apprentices receive timely feedback on their work and reduce the "
            "number of apprentices who remain on programme beyond their planned end date.")
    afi4 = ("Leaders should strengthen apprentices' understanding of the risks of radicalisation and extremism "
            "and how these apply in their workplaces and communities.")
    rows = [
        (afi1, "1.1",
         "Introduce tripartite curriculum planning meetings at the start of each cohort, recording agreed workplace projects in each apprentice's training plan.",
         "Heads of Programme",
         "Planning meeting record on file for 100% of new starts from January 2025.",
         "Apr 2025", "Meetings held for January and March cohorts; Solicitor apprenticeship cohorts still to be completed.", "green",
         dict(lead=["Heads of Programme"], end="2025-04", status="green")),
        (afi1, "1.2",
         "Train all skills coaches in co-planning with employers, using the revised tripartite review template.",
         "Head of Apprenticeship Quality / Learning and Development Manager",
         "All skills coaches trained; template in use in all reviews.",
         dt.datetime(2025, 1, 31), "Training completed 24/01/2025 (62 coaches).", "blue",
         dict(lead=["Head of Apprenticeship Quality", "Learning and Development Manager"], end="2025-01", status="blue")),
        (afi2, "2.1",
         "Redesign the initial skills scan for the Solicitor, Chartered Manager and Senior Leader apprenticeships to capture knowledge, skills and behaviours at enrolment.",
         "Programme Directors",
         "New skills scan used for all enrolments from the September 2025 intake.",
         "Sep 2025", "Draft scans written for Chartered Manager and Senior Leader; Solicitor scan with the SRA working group.", "green",
         dict(lead=["Programme Directors"], end="2025-09", status="green")),
        (afi2, "2.2",
         "Audit a sample of 10% of individual learning plans each term to check that prior learning has reduced content and planned duration.",
         "Quality Assurance Manager",
         "Audit shows adjustments for prior learning recorded in at least 90% of sampled plans.",
         "Termly", "Spring audit: 71% of sampled plans show adjustment. Findings shared with Programme Directors.", "amber",
         dict(lead=["Quality Assurance Manager"], end=None, end_text="Termly", status="amber")),
        (afi3, "3.1",
         "Set a 10-working-day turnaround standard for feedback on formative assessments and monitor it through the apprentice progress dashboard.",
         "Director of Apprenticeship Delivery",
         "95% of formative work returned with feedback within 10 working days.",
         "Mar-25", "Dashboard field not yet available; current turnaround 16 days on average.", "red",
         dict(lead=["Director of Apprenticeship Delivery"], end="2025-03", status="red")),
        (afi3, "3.2",
         "Hold monthly caseload reviews for all apprentices past their planned end date, with individual recovery plans agreed with employers.",
         "Skills Coach Team Leaders; Employer Relationship Managers",
         "Apprentices past planned end date reduced from 412 to under 200.",
         "Ongoing – reported monthly to Apprenticeship Quality Board", "Reviews in place; 338 apprentices past planned end date at end of February.", "amber",
         dict(lead=["Skills Coach Team Leaders", "Employer Relationship Managers"], end=None,
              end_text="Ongoing – reported monthly to Apprenticeship Quality Board", status="amber")),
        (afi4, "4.1",
         "Introduce sector-specific Prevent and British values topics into the progress review agenda, with a different topic each quarter.",
         "Designated Safeguarding Lead",
         "Apprentice survey: 85% can explain a local or sector-specific Prevent risk.",
         "June 2025", "Topics for Q3 and Q4 published to coaches.", "green",
         dict(lead=["Designated Safeguarding Lead"], end="2025-06", status="green")),
        (afi4, "4.2",
         "Publish a monthly safeguarding and Prevent bulletin for apprentices and their line managers.",
         "Designated Safeguarding Lead / Marketing Manager",
         "Bulletin opened by at least 50% of apprentices.",
         "Jan 2025", "Bulletins issued since December 2024; average open rate 57%.", "blue",
         dict(lead=["Designated Safeguarding Lead", "Marketing Manager"], end="2025-01", status="blue")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = ("Ofsted full inspection: 5–8 November 2024 | Report published: 13 December 2024 | "
                "Overall effectiveness: Requires improvement")
    ws["A3"] = ("Plan owner: Pro Vice-Chancellor (Apprenticeships) | Monitored by: Apprenticeship Quality Board "
                "(monthly) and Academic Council (termly) | Last updated: 17 March 2025")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for j, (w, c) in enumerate([("Complete", "blue"), ("On track", "green"),
                                ("Some slippage – mitigation in place", "amber"), ("Off track", "red")], start=2):
        ws.cell(4, j, w).fill = xfill(c)
    heads = ["Area for improvement (Ofsted report)", "Ref", "Action", "Lead(s)", "Success measure",
             "Target date", "Progress update (March 2025)", "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", start_color="7030A0", end_color="7030A0")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    starts = {}
    for afi, ref, act, lead, succ, tgt, prog, rag, _ in rows:
        if afi not in starts:
            starts[afi] = [r, r]
            ws.cell(r, 1, afi)
        else:
            starts[afi][1] = r
        vals = [ref, act, lead, succ, tgt, prog]
        for j, v in enumerate(vals, start=2):
            c = ws.cell(r, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = xfill(rag)
        for j in range(1, 9):
            ws.cell(r, j).alignment = WRAP
            ws.cell(r, j).border = BOX
        r += 1
    for afi, (a, b) in starts.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    for col, w in zip("ABCDEFGH", (42, 6, 50, 28, 36, 16, 45, 7)):
        ws.column_dimensions[col].width = w

    km = wb.create_sheet("Impact measures")
    km["A1"] = "Key impact measures"
    km["A1"].font = Font(bold=True)
    for i, row in enumerate([
        ("Measure", "2023/24 actual", "2024/25 target", "Position at Feb 2025"),
        ("Apprenticeship achievement rate", "58.2%", "65%", "61.0% (in-year)"),
        ("Apprentices past planned end date", "412", "<200", "338"),
        ("Progress reviews with employer present", "64%", "90%", "83%"),
        ("Apprentice satisfaction (FE Choices)", "7.1", "8.0", "Survey in May"),
    ], start=3):
        for j, v in enumerate(row, start=1):
            c = km.cell(i, j, v)
            c.border = BOX
            if i == 3:
                c.font = Font(bold=True)
    km.column_dimensions["A"].width = 40
    wb.save(os.path.join(HERE, name))

    actions = [dict(ref=ref, under=[afi], action=act, **exp) for afi, ref, act, lead, succ, tgt, prog, rag, exp in rows]
    head = dict(
        source=("Imitates a university's post-inspection action plan for its apprenticeship provision after an "
                "Ofsted further education and skills inspection (BPP University, inspection November 2024; "
                "layout modelled on published HEI apprenticeship PIAPs and the Ofsted 'what does the provider "
                "need to do to improve' areas). Copies: title block with inspection, owner and monitoring line; "
                "a RAG key row of coloured cells; each area for improvement merged down column A beside its "
                "numbered actions; success measures; target dates as text, a real date, 'Termly' and 'Ongoing'; "
                "RAG shown only by cell fill colour; a second sheet of impact measures that is not the plan."),
        reads=("One plan sheet with four Ofsted areas for improvement, each with two numbered actions (8 in all), "
               "a lead or two posts, a target date and a RAG colour with no text, read with the key at the top "
               "(blue complete, green on track, amber slippage, red off track). The Impact measures sheet is a "
               "KPI table, not actions."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, head, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 4. Midlands Partnership University NHS FT - CQC mental health must/should do (txt, tab-separated export)
# ---------------------------------------------------------------------------
def mpft():
    name = "gh1-midlands-partnership-university-nhsft-cqc-mental-health-must-should-do-action-plan.txt"
    title = "CQC Improvement Plan – Mental Health Core Services"
    cs1 = "CORE SERVICE: ACUTE WARDS FOR ADULTS OF WORKING AGE AND PSYCHIATRIC INTENSIVE CARE UNITS"
    cs2 = "CORE SERVICE: MENTAL HEALTH CRISIS SERVICES AND HEALTH-BASED PLACES OF SAFETY"
    m1 = ("MUST DO 1 (Regulation 12): The trust must ensure that ligature risk assessments for all acute wards "
          "are up to date and that staff know the ligature risks on their ward.")
    m2 = ("MUST DO 2 (Regulation 18): The trust must ensure that there are enough suitably qualified and "
          "experienced nursing staff on each shift on the psychiatric intensive care unit.")
    s1 = ("SHOULD DO 1: The trust should ensure that patients' physical health observations are recorded after "
          "rapid tranquillisation in line with trust policy.")
    m3 = ("MUST DO 3 (Regulation 12): The trust must ensure that people brought to the health-based place of "
          "safety are assessed under the Mental Health Act within the nationally recommended timescales.")
    s2 = "SHOULD DO 2: The trust should ensure that care plans in the crisis teams reflect the views of patients and carers."

    A = []  # (section, heading, ref, action, lead, target, rag, progress, expected)
    A.append((cs1, m1, "MD1a",
              "Complete a full review of ligature risk assessments for all acute and PICU wards using the revised trust template.",
              "Head of Nursing, Acute and Urgent Care", "30/11/2024", "Green",
              "All 9 ward assessments reviewed and signed off at Environmental Risk Group on 27/11/2024.",
              dict(lead=["Head of Nursing, Acute and Urgent Care"], end="2024-11", status="blue")))
    A.append((cs1, m1, "MD1b",
              "Introduce weekly ligature environmental checks on every acute ward.\n"
              "Ward managers to escalate outstanding estates works to the Estates Helpdesk within 48 hours.",
              "Ward Managers", "31/01/2025", "Green",
              "Weekly checks in place since December 2024; January audit shows 96% completion.",
              dict(lead=["Ward Managers"], end="2025-01", status="blue")))
    A.append((cs1, m1, "MD1c",
              "Deliver ligature awareness training for all ward staff as part of local induction.",
              "Practice Development Lead; Ward Managers", "March 2025", "Amber",
              "78% of substantive ward staff trained; sessions for bank staff booked for March.",
              dict(lead=["Practice Development Lead", "Ward Managers"], end="2025-03", status="amber")))
    A.append((cs1, m2, "MD2a",
              "Review the PICU nursing establishment using the Mental Health Optimal Staffing Tool (MHOST) and present the findings to the Trust Board.",
              "Deputy Director of Nursing", "Q4 2024/25", "Amber",
              "MHOST data collection completed in January; Board paper scheduled for April 2025.",
              dict(lead=["Deputy Director of Nursing"], end="2025-03", status="amber")))
    A.append((cs1, m2, "MD2b",
              "Run a targeted recruitment campaign for registered mental health nurses for the PICU.",
              "Associate Director of Workforce", "30/06/2025", "Red",
              "Two of seven vacancies filled; second campaign delayed pending approval of the enhanced rate.",
              dict(lead=["Associate Director of Workforce"], end="2025-06", status="red")))
    A.append((cs1, s1, "SD1a",
              "Add a post-rapid tranquillisation observation chart to the electronic patient record, with automated reminders to the nurse in charge.",
              "Chief Clinical Information Officer", "Ongoing (monthly audit)", "Amber",
              "Chart built and live; monthly compliance audit started February 2025.",
              dict(lead=["Chief Clinical Information Officer"], end=None, end_text="Ongoing (monthly audit)", status="amber")))
    A.append((cs2, m3, "MD3a",
              "Agree a joint escalation protocol with Staffordshire Police and the approved mental health professional (AMHP) service for detentions exceeding 12 hours.",
              "Service Manager – Crisis Services", "31/12/2024", "Green",
              "Protocol agreed and launched on 16/12/2024.",
              dict(lead=["Service Manager – Crisis Services"], end="2024-12", status="blue")))
    A.append((cs2, m3, "MD3b",
              "Report section 136 waiting times monthly to the Crisis Care Concordat group.",
              "Service Manager – Crisis Services / AMHP Lead", "Monthly", "Amber",
              "First report presented in January 2025.",
              dict(lead=["Service Manager – Crisis Services", "AMHP Lead"], end=None, end_text="Monthly", status="amber")))
    A.append((cs2, s2, "SD2a",
              "Relaunch the co-produced crisis care plan template with patient and carer representatives and audit 20 records per team.",
              "Lead Nurse, Crisis Resolution and Home Treatment", "May 2025", "Amber",
              "Template agreed with the Lived Experience panel; audit planned for May.",
              dict(lead=["Lead Nurse, Crisis Resolution and Home Treatment"], end="2025-05", status="amber")))

    lines = [
        "Midlands Partnership University NHS Foundation Trust",
        title,
        ("Inspection: 9–11 July 2024 (unannounced) – Acute wards for adults of working age and psychiatric "
         "intensive care units; Mental health crisis services and health-based places of safety"),
        "Report published: 2 October 2024",
        "Progress position: 28 February 2025 (for Quality Committee, 13 March 2025)",
        "RAG key: Red = overdue / not on track; Amber = in progress; Green = completed and evidence submitted",
        "",
    ]
    cur_sec = None
    cur_head = None
    for sec, headtxt, ref, act, lead, tgt, rag, prog, _ in A:
        if sec != cur_sec:
            if cur_sec is not None:
                lines.append("")
            lines.append(sec)
            lines.append("\t".join(["Ref", "Action", "Lead", "Target date", "RAG", "Progress"]))
            cur_sec = sec
            cur_head = None
        if headtxt != cur_head:
            lines.append(headtxt)
            cur_head = headtxt
        lines.append("\t".join([ref, act, lead, tgt, rag, prog]))
    lines += [
        "",
        "Total actions: 9 | Green (completed): 3 | Amber: 5 | Red: 1",
        "Note: Green actions are submitted to the CQC Compliance Group for closure once the evidence has been validated.",
    ]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    actions = [dict(ref=ref, under=[sec, h], action=act, **exp) for sec, h, ref, act, lead, tgt, rag, prog, exp in A]
    head = dict(
        source=("Imitates a mental health trust's CQC improvement plan for two core services, saved from a Word "
                "table as tab-separated text (Midlands Partnership University NHS Foundation Trust, inspection "
                "July 2024; modelled on published trust CQC must-do/should-do plans such as SHSC's, whose key "
                "makes Green mean complete). Copies: title lines, inspection and position dates, a RAG key that "
                "redefines Green as completed (no blue), a core-service heading line and header row per table, "
                "each MUST DO / SHOULD DO written on its own line above the actions that answer it, one action "
                "cell of two paragraphs that breaks onto a second line, and a totals line and note at the end."),
        reads=("Nine actions in two core-service tables, each under the must-do or should-do line above it, with "
               "a post as lead (some with a comma inside the title, some two posts), a target date and a RAG "
               "word. By the file's own key Green means completed, so Green actions are complete (blue). "
               "Action MD1b runs over two lines: its text has two paragraphs and its lead, date and RAG follow "
               "on the second line."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, head, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 5. Fishponds Family Practice - CQC inspection action plan (csv)
# ---------------------------------------------------------------------------
def fishponds():
    name = "gh1-fishponds-family-practice-cqc-inspection-action-plan.csv"
    title = "Fishponds Family Practice - CQC Inspection Action Plan"
    r12 = ("Regulation 12 Safe care and treatment: The provider must ensure care and treatment is provided in "
           "a safe way to patients.")
    r17 = ("Regulation 17 Good governance: The provider must establish effective systems and processes to ensure "
           "good governance in accordance with the fundamental standards of care.")
    rc1 = "Recommendation: The provider should continue to take action to improve the uptake of cervical screening."
    rc2 = "Recommendation: The provider should continue to monitor and improve patient satisfaction with telephone access."
    rows = [
        ("Safe", r12, "1.1",
         "Run a search of all patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and recall any patient without up-to-date monitoring bloods.",
         "Dr A Okafor / Clinical Pharmacist", "31/03/2025", "Complete",
         "Search run 14/03/2025; 23 patients recalled, all bloods now in date.",
         dict(lead=["Dr A Okafor", "Clinical Pharmacist"], end="2025-03", status="blue")),
        ("", "", "1.2",
         "Set up a monthly recurring search and task for the clinical pharmacist to review high-risk drug monitoring.",
         "Clinical Pharmacist", "30/04/2025", "Complete", "Recurring search live from April.",
         dict(lead=["Clinical Pharmacist"], end="2025-04", status="blue")),
        ("", "", "1.3",
         "Review all patient safety alerts (MHRA/CAS) received since January 2024 and record the action taken for each one.",
         "Dr R Patel and Lisa Hartley (Practice Manager)", "30/04/2025", "On track",
         "Alerts log created; 31 of 38 alerts reviewed.",
         dict(lead=["Dr R Patel", "Lisa Hartley (Practice Manager)"], end="2025-04", status="green")),
        ("Well-led", r17, "2.1",
         "Introduce a policy review schedule with named owners, so that every practice policy is reviewed at least annually.",
         "Lisa Hartley (Practice Manager)", "30/06/2025", "On track", "31 of 54 policies reviewed.",
         dict(lead=["Lisa Hartley (Practice Manager)"], end="2025-06", status="green")),
        ("", "", "2.2",
         "Complete a staff training needs analysis and update the training matrix for safeguarding, infection prevention and control and fire safety.",
         "Assistant Practice Manager", "Ongoing - reviewed monthly", "Amber - delayed",
         "Matrix updated; fire safety e-learning outstanding for 4 staff.",
         dict(lead=["Assistant Practice Manager"], end=None, end_text="Ongoing - reviewed monthly", status="amber")),
        ("", "", "2.3",
         "Obtain a legionella risk assessment for the Beechwood Road site and act on its recommendations.",
         "Practice Manager; NHS Property Services", "31/05/2025", "Not started", "Contractor booked for 20 May.",
         dict(lead=["Practice Manager", "NHS Property Services"], end="2025-05", status="unrated")),
        ("Effective", rc1, "3.1",
         "Run Saturday morning cervical screening clinics and send text reminders to eligible patients who have not attended.",
         "Nurse Manager", "September 2025", "On track", "First Saturday clinic held 26/04/2025.",
         dict(lead=["Nurse Manager"], end="2025-09", status="green")),
        ("Responsive", rc2, "4.1",
         "Move to a cloud-based telephone system with call-back and queue position, and repeat the in-house access survey six months after go-live.",
         "Lisa Hartley (Practice Manager)", "Dec-25", "On track", "Cloud telephony went live 7 April 2025.",
         dict(lead=["Lisa Hartley (Practice Manager)"], end="2025-12", status="green")),
    ]
    ncol = 8
    out = [
        [title] + [""] * (ncol - 1),
        ["Inspection date: 16 January 2025. Report published: 4 March 2025. Overall rating: Requires improvement "
         "(Safe and Well-led: Requires improvement)."] + [""] * (ncol - 1),
        ["Plan agreed at partners' meeting 12 March 2025. Reviewed monthly at the practice governance meeting. "
         "Last updated: 6 May 2025."] + [""] * (ncol - 1),
        [""] * ncol,
        ["Key question", "Requirement notice / recommendation", "Ref", "Action", "Responsible",
         "Target date", "Status", "Comments / evidence"],
    ]
    last_kq, last_req = None, None
    actions = []
    for kq, req, ref, act, lead, tgt, st, com, exp in rows:
        out.append([kq, req, ref, act, lead, tgt, st, com])
        if kq:
            last_kq, last_req = kq, req
        actions.append(dict(ref=ref, under=[last_kq, last_req], action=act, **exp))
    out.append([""] * ncol)
    out.append(["Status key: Complete / On track / Amber - delayed / Red - not achieved / Not started"] + [""] * (ncol - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerows(out)

    head = dict(
        source=("Imitates a GP practice's action plan in response to a CQC inspection report with requirement "
                "notices, saved from Excel as CSV (Fishponds Family Practice, Bristol, inspection January 2025; "
                "CQC encourages practices to publish such plans). Copies: title and inspection/rating lines in "
                "column A, a blank line, then a table of key question, requirement notice or recommendation, "
                "numbered actions, responsible person(s), target date, status words and comments; the key "
                "question and requirement written only on the first row of each group; a status key line at "
                "the end."),
        reads=("Eight numbered actions grouped by CQC key question (Safe, Well-led, Effective, Responsive), each "
               "answering the Regulation 12 or 17 requirement or the recommendation written on the first row of "
               "its group. Leads are named GPs, managers and posts (some two people); status words Complete, On "
               "track, Amber - delayed and Not started."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, head, actions)
    return name, actions


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


def set_cell(cell, text, bold=False, italic=False, size=None):
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 6. Bishop Stopford School - post-Ofsted action plan (docx)
# ---------------------------------------------------------------------------
def bishop_stopford():
    name = "gh1-bishop-stopford-school-post-ofsted-action-plan.docx"
    title = "Bishop Stopford School – Post-Ofsted Action Plan 2024–25"
    p1 = "Priority 1: Curriculum in Key Stage 3 foundation subjects"
    p2 = "Priority 2: Reading"
    p3 = "Priority 3: Attendance and persistent absence"
    a1 = ("In some foundation subjects, leaders have not identified precisely the most important knowledge that "
          "pupils should learn and remember. Leaders should ensure that the curriculum in these subjects sets "
          "out clearly what pupils should know and by when.")
    a2 = ("Leaders have not ensured that pupils who join the school at the early stages of reading receive the "
          "support they need to catch up quickly. Leaders should make sure that these pupils are identified "
          "swiftly and are taught to read fluently.")
    a3 = ("Too many pupils, including disadvantaged pupils, are persistently absent. Leaders should continue "
          "to take effective action to improve the attendance of these pupils.")
    plan = [
        (p1, a1, [
            ("Subject leaders in geography, history, RE, art and music to revise KS3 curriculum maps, identifying the core knowledge for each unit.",
             "DHT (Curriculum) / Subject leaders", "Autumn term 2024",
             "Revised maps in place for all five subjects and published on the school website.",
             "SLT line management; link governor visit", "blue",
             dict(lead=["DHT (Curriculum)", "Subject leaders"], end="2024-12", status="blue")),
            ("Introduce low-stakes retrieval quizzes at the start of KS3 lessons, based on the core knowledge identified.",
             "AHT (Teaching and Learning)", "Spring term 2025",
             "Learning walks show retrieval practice in 90% of KS3 foundation lessons.",
             "Learning walks; pupil voice", "green",
             dict(lead=["AHT (Teaching and Learning)"], end="2025-04", status="green")),
            ("Carry out a curriculum deep dive in each foundation subject, including pupil voice and book looks.",
             "SLT", "Termly",
             "Deep dive reports show pupils can recall core knowledge from previous units.",
             "Standards Committee", "green",
             dict(lead=["SLT"], end=None, end_text="Termly", status="green")),
        ]),
        (p2, a2, [
            ("Screen all Year 7 pupils using the NGRT reading test and identify those reading below their chronological age.",
             "Literacy Lead", "September – October 2024",
             "All Year 7 pupils tested; intervention groups set by half term.",
             "DHT (Curriculum)", "blue",
             dict(lead=["Literacy Lead"], end="2024-10", status="blue")),
            ("Deliver a phonics-based reading intervention for weaker readers three times a week, taught by trained teaching assistants.",
             "Literacy Lead / SENDCo", "November 2024 – July 2025",
             "Pupils in the intervention gain at least 12 months' reading age by the July retest.",
             "NGRT retest in February and July; governors' literacy link", "green",
             dict(lead=["Literacy Lead", "SENDCo"], end="2025-07", status="green")),
            ("Train all staff in disciplinary reading strategies through the INSET and twilight CPD programme.",
             "AHT (CPD)", "Summer term 2025",
             "Reading strategies seen in lesson visits across all departments.",
             "CPD evaluation; learning walks", "amber",
             dict(lead=["AHT (CPD)"], end="2025-07", status="amber")),
        ]),
        (p3, a3, [
            ("Appoint a full-time Attendance Officer and introduce first-day calling and home visits for pupils with attendance below 90%.",
             "Headteacher", "January 2025",
             "Attendance Officer in post; first-day calling in place every school day.",
             "Full Governing Body", "blue",
             dict(lead=["Headteacher"], end="2025-01", status="blue")),
            ("Hold fortnightly attendance panels with the Education Welfare Service for persistently absent pupils, with an individual support plan for each.",
             "DHT (Pastoral) and Attendance Officer", "Ongoing",
             "Persistent absence reduced from 24% to below the national average (20%).",
             "Half-termly attendance report to governors", "red",
             dict(lead=["DHT (Pastoral)", "Attendance Officer"], end=None, end_text="Ongoing", status="red")),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_paragraph()
    run = h.add_run(title)
    run.bold = True
    run.font.size = Pt(18)
    run.font.color.rgb = RGBColor(0x5B, 0x1F, 0x69)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Following the graded inspection of 24–25 September 2024 (report published 1 November 2024). "
                      "Overall effectiveness: Requires improvement.")

    doc.add_paragraph().add_run("Document control").bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for j, t in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(dc.cell(0, j), t, bold=True)
    for i, row in enumerate([("1.0", "14/11/2024", "Headteacher", "Local Governing Body, 20/11/2024"),
                             ("1.1", "09/01/2025", "Deputy Headteacher (Curriculum)", "Standards Committee, 15/01/2025")],
                            start=1):
        for j, t in enumerate(row):
            set_cell(dc.cell(i, j), t)

    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG rating key ").bold = True
    kp.add_run("(reviewed at each Standards Committee; shown by the colour of the final column): "
               "red – not on track; amber – in progress, some concerns; green – on track; blue – achieved.")

    for pri, afi, acts in plan:
        hp = doc.add_paragraph()
        r_ = hp.add_run(pri)
        r_.bold = True
        r_.font.size = Pt(13)
        r_.font.color.rgb = RGBColor(0x5B, 0x1F, 0x69)
        doc.add_paragraph().add_run("What the school needs to do to improve (Ofsted):").bold = True
        doc.add_paragraph().add_run(afi).italic = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, hh in enumerate(["Action", "Lead(s)", "When", "Success criteria", "Monitoring (who/how)", "RAG"]):
            set_cell(t.cell(0, j), hh, bold=True)
            shade(t.cell(0, j), "D9D2E9")
        for i, (act, lead, when, succ, mon, rag, _) in enumerate(acts, start=1):
            for j, v in enumerate([act, lead, when, succ, mon]):
                set_cell(t.cell(i, j), v)
            shade(t.cell(i, 5), FILL[rag])
        doc.add_paragraph()

    doc.add_paragraph().add_run("Sign-off").bold = True
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, tt in enumerate(["Headteacher", "Chair of Governors", "Date"]):
        set_cell(so.cell(0, j), tt, bold=True)
    for j, tt in enumerate(["D. Harrington", "Revd C. Allen", "20/11/2024"]):
        set_cell(so.cell(1, j), tt)
    doc.save(os.path.join(HERE, name))

    actions = []
    for pri, afi, acts in plan:
        for act, lead, when, succ, mon, rag, exp in acts:
            actions.append(dict(ref=None, under=[pri, afi], action=act, **exp))
    head = dict(
        source=("Imitates a secondary school's post-Ofsted action plan presented to governors (Bishop Stopford "
                "School, Kettering, graded inspection September 2024; modelled on the post-inspection action "
                "plans schools draw up from 'what the school needs to do to improve', as The Key for School "
                "Governors describes). Copies: title line and inspection line, a document-control table, a RAG "
                "key paragraph, one table per priority with the Ofsted wording above it, actions without "
                "numbers, leads as posts, timescales as school terms and periods, RAG shown only by cell "
                "shading, and a sign-off table."),
        reads=("Three priorities, each with a bold heading, the Ofsted area for improvement in italics and a "
               "table of actions (8 in all) with leads, timescale, success criteria, monitoring and a coloured "
               "RAG cell with no text. The document-control and sign-off tables are not the plan."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, head, actions)
    return name, actions


# ---------------------------------------------------------------------------
# 7. Calderdale College - Ofsted post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def calderdale():
    name = "gh1-calderdale-college-ofsted-post-inspection-action-plan.docx"
    title = "Calderdale College Post-Inspection Action Plan"
    t1 = "Theme 1: Quality of education – education programmes for young people"
    t2 = "Theme 2: Apprenticeships"
    t3 = "Theme 3: Leadership and management"
    f1 = ("Leaders and teachers should ensure that learners on level 1 and level 2 programmes develop their "
          "English and mathematics skills so that more of them achieve their qualifications.")
    f2 = ("Leaders should ensure that teachers check learners' understanding effectively and give feedback "
          "that helps learners to improve their work.")
    f3 = ("Leaders should ensure that apprentices receive timely off-the-job training and that employers are "
          "fully involved in reviews of apprentices' progress.")
    f4 = ("Governors should ensure that they receive sufficiently detailed information about the quality of "
          "apprenticeships to hold leaders to account.")
    plan = [
        (t1, [
            (f1, [
                ("QE1.1",
                 "Appoint a Head of English and Mathematics with cross-college responsibility and introduce fortnightly progress reviews for every GCSE and Functional Skills learner.",
                 "Vice Principal Curriculum and Quality",
                 "Head of English and Mathematics in post; progress reviews recorded for all learners.",
                 "Original: 28/02/2025\nRevised: 30/04/2025",
                 "Appointment made February 2025; reviews recorded for 97% of learners in April.", "B",
                 dict(lead=["Vice Principal Curriculum and Quality"], end="2025-04", status="blue")),
                ("QE1.2",
                 "Embed English and mathematics in vocational lessons through joint planning between vocational teachers and English and maths teachers.",
                 "Heads of Faculty / Maths and English Lead Practitioners",
                 "Schemes of work in all level 1 and 2 vocational courses include planned English and maths.",
                 "June 2025",
                 "Joint planning completed in 11 of 16 curriculum areas.", "G",
                 dict(lead=["Heads of Faculty", "Maths and English Lead Practitioners"], end="2025-06", status="green")),
            ]),
            (f2, [
                ("QE2.1",
                 "Deliver a CPD programme on questioning and assessment for learning, with follow-up coaching from the Teaching and Learning Coaches.",
                 "Head of Teaching, Learning and Assessment",
                 "All teaching staff complete the programme; coaching logs show follow-up for each teacher.",
                 "31/03/2025",
                 "Programme completed at the February staff development day; coaching completed.", "B",
                 dict(lead=["Head of Teaching, Learning and Assessment"], end="2025-03", status="blue")),
                ("QE2.2",
                 "Carry out developmental walkthroughs focused on questioning, with themes reported to the monthly Quality Improvement Group.",
                 "Quality Improvement Manager",
                 "Walkthroughs show effective checking of understanding in at least 80% of sessions.",
                 "Monthly",
                 "April walkthroughs: 74% of sessions.", "G",
                 dict(lead=["Quality Improvement Manager"], end=None, end_text="Monthly", status="green")),
            ]),
        ]),
        (t2, [
            (f3, [
                ("AP1.1",
                 "Introduce a monthly check of off-the-job training hours for every apprentice, with automatic alerts to employers when hours fall behind.",
                 "Head of Apprenticeships / Employer Engagement Manager",
                 "At least 90% of apprentices on track with off-the-job hours.",
                 "Original: 31/03/2025\nRevised: 31/07/2025",
                 "Alerts delayed by the e-portfolio upgrade; manual check in place meanwhile (82% on track).", "A",
                 dict(lead=["Head of Apprenticeships", "Employer Engagement Manager"], end="2025-07", status="amber")),
                ("AP1.2",
                 "Require an employer representative to attend and sign every twelve-weekly progress review.",
                 "Head of Apprenticeships",
                 "Employer attendance at 100% of progress reviews.",
                 "April 2025",
                 "Employer attendance 68% in April; escalation to employers not yet effective.", "R",
                 dict(lead=["Head of Apprenticeships"], end="2025-04", status="red")),
            ]),
        ]),
        (t3, [
            (f4, [
                ("LM1.1",
                 "Add an apprenticeship quality dashboard (achievement, retention, off-the-job compliance and learner voice) to every Quality and Standards Committee agenda.",
                 "Director of Governance; Vice Principal Curriculum and Quality",
                 "Committee minutes show governors challenging apprenticeship performance.",
                 "Summer term 2025",
                 "Dashboard presented at the March committee; learner voice data to be added.", "G",
                 dict(lead=["Director of Governance", "Vice Principal Curriculum and Quality"], end="2025-07", status="green")),
                ("LM1.2",
                 "Arrange a governor link visit to the apprenticeship team each term.",
                 "Clerk to the Corporation",
                 "Link visit reports presented to the committee each term.",
                 "Termly",
                 "Spring term visit completed 12 March 2025.", "G",
                 dict(lead=["Clerk to the Corporation"], end=None, end_text="Termly", status="green")),
            ]),
        ]),
    ]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    tp = doc.add_paragraph()
    r_ = tp.add_run(title)
    r_.bold = True
    r_.font.size = Pt(18)
    r_.font.color.rgb = RGBColor(0x00, 0x5E, 0x7A)
    doc.add_paragraph("Ofsted further education and skills inspection: 14–17 January 2025. "
                      "Overall effectiveness: Requires improvement.")
    doc.add_paragraph("Progress update for the Quality and Standards Committee – 6 May 2025")

    dc = doc.add_table(rows=2, cols=4)
    dc.style = "Table Grid"
    for j, t in enumerate(["Version", "Date", "Owner", "Approved by"]):
        set_cell(dc.cell(0, j), t, bold=True)
        shade(dc.cell(0, j), "DEEAF1")
    for j, t in enumerate(["3.0", "29/04/2025", "Vice Principal Curriculum and Quality",
                           "Corporation Board (PIAP approved 27 February 2025)"]):
        set_cell(dc.cell(1, j), t)
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kp.add_run("RAG: ").bold = True
    kp.add_run("B = complete and impact evidenced; G = on track; A = some slippage – revised date agreed; R = off track")

    ncols = 7
    nrows = 1
    for theme, afis in plan:
        nrows += 1
        for afi, acts in afis:
            nrows += 1 + len(acts)
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    for j, hh in enumerate(["Ref", "Action", "Lead(s)", "Success measures", "Target date",
                            "Progress update (May 2025)", "RAG"]):
        set_cell(t.cell(0, j), hh, bold=True)
        shade(t.cell(0, j), "005E7A")
        for p in t.cell(0, j).paragraphs:
            for rr in p.runs:
                rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    i = 1
    for theme, afis in plan:
        c = t.cell(i, 0).merge(t.cell(i, ncols - 1))
        set_cell(c, theme, bold=True, size=11)
        shade(c, "BDD7EE")
        i += 1
        for afi, acts in afis:
            c = t.cell(i, 0).merge(t.cell(i, ncols - 1))
            set_cell(c, afi, bold=True, italic=True)
            shade(c, "F2F2F2")
            i += 1
            for ref, act, lead, succ, tgt, prog, rag, _ in acts:
                for j, v in enumerate([ref, act, lead, succ, tgt, prog, rag]):
                    set_cell(t.cell(i, j), v)
                shade(t.cell(i, 6), FILL[rag_fill[rag]])
                i += 1
    doc.add_paragraph()
    doc.add_paragraph("Actions are rated B only when the impact has been evidenced to the Quality Improvement Group. "
                      "Next update to the Quality and Standards Committee: 1 July 2025.")
    doc.save(os.path.join(HERE, name))

    actions = []
    for theme, afis in plan:
        for afi, acts in afis:
            for ref, act, lead, succ, tgt, prog, rag, exp in acts:
                actions.append(dict(ref=ref, under=[theme, afi], action=act, **exp))
    head = dict(
        source=("Imitates a general FE college's post-inspection action plan (PIAP) after an Ofsted further "
                "education and skills inspection, as a progress update to the governors' Quality and Standards "
                "Committee (Calderdale College, inspection January 2025; modelled on published college PIAPs). "
                "Copies: title and inspection lines, a one-row document-control table, a RAG key paragraph "
                "(B/G/A/R letters), one large table with merged full-width theme rows and merged area-for-"
                "improvement rows above numbered actions, original and revised target dates in the same cell, "
                "RAG letters on coloured cells, and a closing note."),
        reads=("Eight numbered actions in one table under three Ofsted themes and four areas for improvement, "
               "each with a lead (job titles, some two), success measures, a target date (a revised date where "
               "one was agreed), progress and a RAG letter read with the key (B complete, G on track, A "
               "slippage, R off track). The document-control table is not the plan."),
        outcome="read",
        accept_refusal=False,
        title=title,
    )
    write_expected(name, head, actions)
    return name, actions


if __name__ == "__main__":
    for fn in (ruh_bath, charity_commission, bpp, mpft, fishponds, bishop_stopford, calderdale):
        res = fn()
        print(res[0])
