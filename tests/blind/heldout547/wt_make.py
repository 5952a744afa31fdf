"""Build the seven wt- blind cases (data files and NAME.expected.yaml) for set heldout547.

Run with /work/main/.venv/bin/python wt_make.py  (openpyxl, python-docx, pyyaml).
Every file written here starts with wt- ; nothing else in the folder is touched.
"""
import os
from datetime import datetime

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("wt-")
    return os.path.join(HERE, name)


def D(y, m, d):
    return datetime(y, m, d)


def write_expected(name, doc):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}


# ---------------------------------------------------------------------------
# 1. NHS trust - CQC must do / should do action plan (xlsx, three sheets)
# ---------------------------------------------------------------------------
def nhs():
    name = "wt-east-and-north-hertfordshire-nhs-trust-cqc-must-should-do-action-plan.xlsx"
    title = "CQC Must Do and Should Do Action Plan"
    UEC = "Urgent and emergency care – Lister Hospital"
    MAT = "Maternity – Lister Hospital"
    TW = "Trust-wide – Well-led"
    R1 = ("The trust must ensure that patients attending the emergency department receive a timely "
          "initial assessment in line with national guidance. (Regulation 12)")
    R2 = ("The trust must ensure that risk assessments are completed and documented for all patients "
          "presenting with mental health needs or self-harm. (Regulation 12)")
    S1 = ("The trust should ensure that resuscitation equipment checks in the emergency department "
          "are completed and recorded daily.")
    R3 = ("The trust must ensure that all maternity staff complete mandatory training, including PROMPT "
          "and fetal monitoring, in line with trust targets. (Regulation 18)")
    S2 = ("The trust should ensure that women attending the maternity triage unit are assessed within "
          "15 minutes of arrival using a recognised triage system.")
    R4 = ("The trust must ensure that governance processes operate effectively to identify, assess and "
          "mitigate risks, and that risk registers are kept up to date. (Regulation 17)")

    # (ref, section, must/should, requirement, action, lead cell, original, revised, prev, cur, update,
    #  expected lead, expected end, expected status)
    rows = [
        ("UEC-M1.1", UEC, "Must do", R1,
         "Introduce a dedicated streaming and triage nurse at the front door from 10:00 to 02:00, seven days a week.",
         "Head of Nursing, Emergency Medicine", D(2025, 3, 31), D(2025, 6, 30), "A", "B",
         "Rota in place from 2 June 2025. Time to initial assessment 14 minutes (median) in December 2025. Evidence assured by CQC Compliance Group 9 January 2026.",
         ["Head of Nursing, Emergency Medicine"], "2025-06", "blue"),
        ("UEC-M1.2", UEC, "Must do", R1,
         "Audit time to initial assessment weekly and report compliance to the Medicine Division Quality Board.",
         "ED Matron / Clinical Director for Emergency Medicine", D(2025, 4, 30), D(2026, 3, 31), "G", "G",
         "Weekly audit running; date revised so that six months of sustained compliance can be evidenced.",
         ["ED Matron", "Clinical Director for Emergency Medicine"], "2026-03", "green"),
        ("UEC-M2.1", UEC, "Must do", R2,
         "Roll out the revised mental health risk assessment proforma on Nerve Centre and train all ED registered nurses in its use.",
         "Lead Nurse for Mental Health", D(2025, 9, 30), D(2025, 12, 31), "A", "A",
         "Proforma live. Training at 71% against 90% target; additional sessions booked for February.",
         ["Lead Nurse for Mental Health"], "2025-12", "amber"),
        ("UEC-S1.1", UEC, "Should do", S1,
         "Move the resus daily checklist onto the electronic equipment-check app with automatic escalation to the nurse in charge.",
         "ED Matron", D(2025, 5, 31), None, "G", "B",
         "App in use since May 2025; 100% compliance in the last three monthly audits.",
         ["ED Matron"], "2025-05", "blue"),
        ("MAT-M3.1", MAT, "Must do", R3,
         "Publish a PROMPT training trajectory to reach 90% compliance for all staff groups and review it monthly at the Maternity and Neonatal Safety Champions meeting.",
         "Director of Midwifery", D(2025, 11, 30), D(2026, 3, 31), "G", "A",
         "Midwives 92%, obstetric consultants 78%, anaesthetists 64%. Date revised by Quality and Safety Committee.",
         ["Director of Midwifery"], "2026-03", "amber"),
        ("MAT-M3.2", MAT, "Must do", R3,
         "Protect two study days per midwife within the 2025/26 e-rostering templates.",
         "Head of Midwifery; Maternity Workforce Lead", D(2025, 8, 31), None, "A", "B",
         "Templates updated and signed off by the rostering team.",
         ["Head of Midwifery", "Maternity Workforce Lead"], "2025-08", "blue"),
        ("MAT-S2.1", MAT, "Should do", S2,
         "Complete implementation of the Birmingham Symptom-specific Obstetric Triage System (BSOTS) and audit compliance with the 15-minute standard each quarter.",
         "Maternity Triage Lead Midwife", D(2025, 10, 31), None, "A", "R",
         "BSOTS live on day shifts only. Night staffing gap escalated to the Divisional Board.",
         ["Maternity Triage Lead Midwife"], "2025-10", "red"),
        ("TW-M4.1", TW, "Must do", R4,
         "Review all divisional risk registers, closing or re-scoring any risk not reviewed in the last three months.",
         "Associate Director of Governance", "Q4 2025/26", None, None, "G",
         "New action added following the internal audit of risk management (November 2025).",
         ["Associate Director of Governance"], "2026-03", "green"),
        ("TW-M4.2", TW, "Must do", R4,
         "Deliver risk management training to all divisional governance leads and matrons, and record attendance in ESR.",
         "Head of Risk and Patient Safety", D(2026, 1, 31), None, "G", "G",
         "Four of six sessions delivered; 58 of 74 staff trained.",
         ["Head of Risk and Patient Safety"], "2026-01", "green"),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = "East and North Hertfordshire Teaching NHS Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = title
    ws["A3"].font = Font(bold=True, size=16)
    ws["A4"] = "Following the CQC inspection of Lister Hospital (report published 14 November 2024)"
    info = [("Report to:", "Quality and Safety Committee"), ("Meeting date:", "28 January 2026"),
            ("Executive lead:", "Chief Nurse"), ("Prepared by:", "Head of Compliance")]
    for i, (k, v) in enumerate(info):
        ws.cell(row=6 + i, column=1, value=k).font = Font(bold=True)
        ws.cell(row=6 + i, column=2, value=v)
    ws["A11"] = "Version control"
    ws["A11"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Comments"),
          ("1.0", D(2024, 12, 10), "Head of Compliance", "First draft for Executive Management Committee"),
          ("2.2", D(2025, 11, 18), "Compliance Manager", "November 2025 divisional updates"),
          ("2.3", D(2026, 1, 20), "Compliance Manager", "January 2026 divisional updates; new Well-led actions")]
    for r, row in enumerate(vc):
        for c, v in enumerate(row):
            cell = ws.cell(row=12 + r, column=1 + c, value=v)
            cell.border = BORDER
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
            if r == 0:
                cell.font = Font(bold=True)
    ws["A17"] = "RAG key"
    ws["A17"].font = Font(bold=True)
    key = [("B", "Complete – evidence of completion reviewed and assured"),
           ("G", "On track to deliver by the completion date"),
           ("A", "At risk of missing the completion date"),
           ("R", "Off track / completion date passed")]
    for i, (k, v) in enumerate(key):
        c = ws.cell(row=18 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=18 + i, column=2, value=v)
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 22
    ws.column_dimensions["D"].width = 50

    # Summary sheet
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Summary of progress – position at 20 January 2026"
    ss["A1"].font = Font(bold=True, size=12)
    hdr = ["Core service", "Must do", "Should do", "Total actions", "Blue", "Green", "Amber", "Red"]
    for c, h in enumerate(hdr):
        cell = ss.cell(row=3, column=1 + c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    tot = [0] * 7
    for i, sec in enumerate([UEC, MAT, TW]):
        rs = [r for r in rows if r[1] == sec]
        vals = [sum(1 for r in rs if r[2] == "Must do"), sum(1 for r in rs if r[2] == "Should do"), len(rs)]
        vals += [sum(1 for r in rs if r[9] == k) for k in "BGAR"]
        tot = [a + b for a, b in zip(tot, vals)]
        ss.cell(row=4 + i, column=1, value=sec).border = BORDER
        for c, v in enumerate(vals):
            ss.cell(row=4 + i, column=2 + c, value=v).border = BORDER
    ss.cell(row=7, column=1, value="Total").font = Font(bold=True)
    for c, v in enumerate(tot):
        cell = ss.cell(row=7, column=2 + c, value=v)
        cell.font = Font(bold=True)
        cell.border = BORDER
    ss["A9"] = "Counts are of actions, not CQC requirements. Previous position (November 2025) is shown on the Action Plan sheet."
    ss.column_dimensions["A"].width = 44

    # Action plan sheet
    ap = wb.create_sheet("Action Plan")
    ap["A1"] = title
    ap["A1"].font = Font(bold=True, size=14)
    ap["A2"] = "Lister Hospital inspection – report published 14 November 2024. Position as at 20 January 2026."
    heads = ["Ref", "Must / Should", "CQC requirement", "Action", "Lead", "Original completion date",
             "Revised completion date", "Previous RAG (Nov 2025)", "Current RAG (Jan 2026)",
             "Progress update / evidence"]
    for c, h in enumerate(heads):
        cell = ap.cell(row=4, column=1 + c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BORDER
    r = 5
    cur_sec = None
    groups = {}  # requirement -> [rows]
    for row in rows:
        ref, sec, ms, req, action, lead, orig, rev, prev, cur, upd = row[:11]
        if sec != cur_sec:
            ap.cell(row=r, column=1, value=sec).font = Font(bold=True)
            for c in range(1, 11):
                ap.cell(row=r, column=c).fill = fill("D9E2F3")
                ap.cell(row=r, column=c).border = BORDER
            ap.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            cur_sec = sec
            r += 1
        vals = [ref, ms, req, action, lead, orig, rev, prev, cur, upd]
        for c, v in enumerate(vals):
            cell = ap.cell(row=r, column=1 + c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        for col, k in ((8, prev), (9, cur)):
            if k:
                cell = ap.cell(row=r, column=col)
                cell.fill = fill(RAGFILL[k])
                cell.font = Font(bold=True, color="FFFFFF" if k in "RB" else "000000")
                cell.alignment = Alignment(horizontal="center", vertical="top")
        groups.setdefault((sec, req), []).append(r)
        r += 1
    for (sec, req), rr in groups.items():
        if len(rr) > 1:
            ap.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
            ap.merge_cells(start_row=rr[0], start_column=3, end_row=rr[-1], end_column=3)
    r += 1
    ap.cell(row=r, column=1, value=(
        "Notes: Actions are rated Blue only when evidence has been reviewed by the CQC Compliance Group. "
        "Revised completion dates were agreed by the Quality and Safety Committee on 15 October 2025."))
    widths = [11, 10, 42, 48, 26, 13, 13, 11, 11, 46]
    for i, w in enumerate(widths):
        ap.column_dimensions[chr(65 + i)].width = w
    ap.freeze_panes = "A5"
    wb.save(out(name))

    actions = [act(x[0], [x[1], x[3]], x[4], x[11], x[12], x[13]) for x in rows]
    write_expected(name, {
        "source": ("Imitates an NHS acute trust's CQC must-do/should-do action plan as appended to board and "
                   "quality committee papers (e.g. East of England Ambulance Service 'CQC Quality Improvement Plan "
                   "progress report' 2024-25 board papers, Sheffield Health and Social Care published CQC action "
                   "plans). Copied features: cover sheet with report-to block, version control table and RAG key "
                   "(Blue = complete and assured); summary sheet with counts by core service and totals; action "
                   "sheet with core-service band rows merged across the table, Must/Should and CQC requirement cells "
                   "merged down over their actions, two leads in one cell, original and revised completion dates, "
                   "previous and current RAG letters with fill colour, a quarter as a date, notes line."),
        "reads": ("A CQC action plan for Lister Hospital in three parts (urgent and emergency care, maternity, "
                  "trust-wide well-led). Each CQC must-do or should-do requirement has one or two actions with a "
                  "lead, original and revised completion dates and a previous and current RAG; the cover and "
                  "summary sheets hold no actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 2. Housing association - RSH consumer standards improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def housing():
    name = "wt-north-star-housing-group-rsh-consumer-standards-improvement-plan.xlsx"
    title = "Consumer Standards Improvement Plan 2025–26"
    T1 = "1. Safety and Quality Standard"
    T2 = "2. Transparency, Influence and Accountability Standard"
    T3 = "3. Neighbourhood and Community Standard"
    T4 = "4. Tenancy Standard"
    O11 = "Stock quality – an accurate, up to date and evidenced understanding of the condition of every home"
    O12 = "Health and safety – take all reasonable steps to ensure the health and safety of tenants in their homes"
    O21 = "Tenant Satisfaction Measures – collect, publish and act on TSM data"
    O22 = "Complaints – complaints are addressed fairly, effectively and promptly"
    O31 = "Anti-social behaviour – work in partnership to deter and tackle ASB and hate incidents"
    O41 = "Tenancy sustainment – support tenants to maintain their tenancy"
    O42 = "Mutual exchange – enable tenants to exchange homes"
    # (no, theme, outcome, action, lead cell, target, target fmt, revised, fill key, commentary,
    #  exp lead, exp end, exp end_text, exp status)
    rows = [
        ("1.1", T1, O11, "Complete stock condition surveys so that 100% of homes have been surveyed within the last five years.",
         "Head of Asset Management", D(2026, 3, 31), "dd/mm/yyyy", None, "G",
         "87% of homes surveyed (9,412 of 10,820). Contractor on programme for the remaining 1,408.",
         ["Head of Asset Management"], "2026-03", None, "green"),
        ("1.2", T1, O11, "Reconcile the asset register with the housing management system and report data exceptions monthly to the Executive Team.",
         "Data & Insight Manager / Head of Asset Management", D(2025, 6, 30), "dd/mm/yyyy", D(2025, 12, 31), "A",
         "First reconciliation found 312 address mismatches; 190 resolved. Monthly report started August 2025.",
         ["Data & Insight Manager", "Head of Asset Management"], "2025-12", None, "amber"),
        ("1.3", T1, O12, "Close all overdue high-risk actions arising from fire risk assessments.",
         "Head of Building Safety", D(2025, 8, 31), "dd/mm/yyyy", D(2025, 11, 30), "R",
         "23 high-risk actions remain overdue, mainly fire door replacements awaiting manufacture. Escalated to Board.",
         ["Head of Building Safety"], "2025-11", None, "red"),
        ("1.4", T1, O12, "Implement the damp and mould case management process ahead of Awaab’s Law, including 24-hour triage of emergency hazards.",
         "Director of Property Services; Head of Repairs", D(2025, 10, 31), "mmm-yy", None, "B",
         "Process live from 27 October 2025; all open damp and mould cases migrated.",
         ["Director of Property Services", "Head of Repairs"], "2025-10", None, "blue"),
        ("2.1", T2, O21, "Publish the 2024/25 Tenant Satisfaction Measures with a ‘You said, we did’ summary on the website.",
         "Head of Customer Experience", D(2025, 6, 30), "dd/mm/yyyy", None, "B",
         "Published 26 June 2025 and reported to the Regulator.",
         ["Head of Customer Experience"], "2025-06", None, "blue"),
        ("2.2", T2, O22, "Complete and publish the annual self-assessment against the Housing Ombudsman’s Complaint Handling Code.",
         "Complaints and Learning Manager", D(2025, 12, 31), "dd/mm/yyyy", None, "G",
         "Self-assessment drafted; to be scrutinised by the Tenant Voice Panel in November.",
         ["Complaints and Learning Manager"], "2025-12", None, "green"),
        ("3.1", T3, O31, "Refresh the ASB policy with the Tenant Voice Panel and train neighbourhood officers on the ASB case review.",
         "Neighbourhood Services Manager", "Q4 2025/26", None, None, None,
         "Not yet started – scheduled to begin in January 2026.",
         ["Neighbourhood Services Manager"], "2026-03", None, "unrated"),
        ("4.1", T4, O41, "Carry out tenancy audits of 20% of general needs tenancies each year, prioritising households with no contact in the last 12 months.",
         "Tenancy Sustainment Team Leader", "Ongoing", None, None, "G",
         "1,030 audits completed in 2025/26 to date (on profile).",
         ["Tenancy Sustainment Team Leader"], None, "Ongoing", "green"),
        ("4.2", T4, O42, "Update the mutual exchange procedure so that decisions are issued within 42 days of application.",
         "Lettings Manager", D(2025, 9, 30), "dd/mm/yyyy", None, "B",
         "Procedure approved 16 September 2025.",
         ["Lettings Manager"], "2025-09", None, "blue"),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "North Star Housing Group"
    ws["A1"].font = Font(bold=True, size=12, color="1F3864")
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=16, color="1F3864")
    ws["A3"] = "Board – 21 October 2025 | Progress at 30 September 2025 | Plan owner: Executive Director of Operations"
    heads = ["No.", "Required outcome", "What we will do", "Lead", "Target date", "Revised date", "RAG",
             "Progress commentary"]
    for c, h in enumerate(heads):
        cell = ws.cell(row=5, column=1 + c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BORDER
        cell.alignment = WRAP
    r = 6
    cur = None
    spans = {}
    for row in rows:
        no, theme, outc, action, lead, tgt, tfmt, rev, rag, comm = row[:10]
        if theme != cur:
            cell = ws.cell(row=r, column=1, value=theme)
            cell.font = Font(bold=True, color="FFFFFF")
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = fill("1F3864")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            cur = theme
            r += 1
        vals = [no, outc, action, lead, tgt, rev, None, comm]
        for c, v in enumerate(vals):
            cell = ws.cell(row=r, column=1 + c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        if isinstance(tgt, datetime):
            ws.cell(row=r, column=5).number_format = tfmt
        if isinstance(rev, datetime):
            ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
        spans.setdefault((theme, outc), []).append(r)
        r += 1
    for rr in spans.values():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    counts = [("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R"), ("Not started", None)]
    for label, k in counts:
        ws.cell(row=r, column=1, value=label)
        ws.cell(row=r, column=2, value=sum(1 for x in rows if x[8] == k))
        if k:
            ws.cell(row=r, column=1).fill = fill(RAGFILL[k])
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=len(rows)).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value=("Notes: Actions completed in Q1 were reported to Board in July 2025 and have been "
                                    "removed from this version. Revised dates are approved by the Executive Team."))
    for col, w in zip("ABCDEFGH", [6, 38, 52, 30, 12, 12, 7, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("RAG key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    key = [("B", "Complete"), ("G", "On track"), ("A", "At risk – may miss target date"),
           ("R", "Off track – target date missed or will be missed"), (None, "Not started")]
    for i, (kk, label) in enumerate(key):
        c = k.cell(row=3 + i, column=1)
        c.border = BORDER
        if kk:
            c.fill = fill(RAGFILL[kk])
        k.cell(row=3 + i, column=2, value=label)
    k.column_dimensions["B"].width = 50
    wb.save(out(name))

    actions = [act(x[0], [x[1], x[2]], x[3], x[10], x[11], x[13], x[12]) for x in rows]
    write_expected(name, {
        "source": ("Imitates a housing association's consumer standards improvement plan reported to its board "
                   "after the Regulator of Social Housing's 2024 consumer regime (RSH C2/C3 judgements and the "
                   "published improvement plans that followed). Copied features: three-line title block with board "
                   "date and position date, standard band rows (dark fill) merged across the sheet, required-outcome "
                   "cell merged down over its actions, 'What we will do' actions, two leads in one cell (a job title "
                   "containing '&'), target and revised dates (one shown as mmm-yy, one as a quarter, one 'Ongoing'), "
                   "RAG by fill colour only with the key on a second sheet (Blue = Complete, blank = Not started), "
                   "summary counts block and a notes line under the plan."),
        "reads": ("An improvement plan against the four RSH consumer standards, each standard a band with its "
                  "required outcomes and numbered actions. Each action has a lead, a target date and sometimes a "
                  "revised date, and a RAG shown only as a cell colour; the summary block and notes are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 3. Police force - custody inspection improvement plan (xlsx, several sheets)
# ---------------------------------------------------------------------------
def police():
    name = "wt-metropolitan-police-service-custody-inspection-improvement-plan.xlsx"
    title = "Custody Improvement Plan"
    CC1 = ("Cause of concern 1: Detainees were not always observed at the level set out in their risk "
           "assessment, and rousing checks were not always carried out properly.")
    REC1 = ("Recommendation 1: The Metropolitan Police Service should ensure that detainees are observed at "
            "the level required by their risk assessment and that rousing checks are carried out and recorded "
            "correctly.")
    CC2 = ("Cause of concern 2: The force could not assure itself that force used on detainees in custody was "
           "proportionate, because use of force data was incomplete.")
    REC2 = ("Recommendation 2: The Metropolitan Police Service should ensure that all use of force in custody "
            "is recorded accurately and is subject to effective governance.")
    coc = [
        (CC1, REC1, [
            ("1.1", "Dip-sample 20 custody records per suite each month against the required observation level and report the results to the Custody Performance Board.",
             "Superintendent (Met Detention Assurance)", D(2025, 6, 30), "Complete",
             "Dip sampling embedded; compliance 94% in October 2025.", "2025-06", "blue"),
            ("1.2", "Deliver refresher training on rousing checks and the ‘four Rs’ to all designated detention officers and custody sergeants.",
             "Head of Met Detention Training", D(2026, 3, 31), "Amber",
             "Date revised from September 2025 because of abstraction pressures; 61% trained.", "2026-03", "amber"),
        ]),
        (CC2, REC2, [
            ("2.1", "Make completion of the use of force form a mandatory step before a custody record can be closed.",
             "Custody Systems Lead / Ch Insp Priya Ellis", D(2025, 12, 31), "Green",
             "System change approved; in testing.", "2025-12", "green"),
            ("2.2", "Add a quarterly review of custody use of force footage to the terms of reference of the Use of Force Scrutiny Panel.",
             "Ch Supt Mark Oduya", "Q3 2025/26", "Green",
             "Draft terms of reference to the December panel.", "2025-12", "green"),
        ]),
    ]
    coc_leads = {"1.1": ["Superintendent (Met Detention Assurance)"], "1.2": ["Head of Met Detention Training"],
                 "2.1": ["Custody Systems Lead", "Ch Insp Priya Ellis"], "2.2": ["Ch Supt Mark Oduya"]}

    A1 = "Leadership, accountability and partnerships"
    A2 = "In the custody suite: booking in, individual needs and legal rights"
    A3 = "In the custody cell: safeguarding and health care"
    F1 = "The force should make sure that there are enough custody staff to carry out all their duties safely and effectively."
    F4 = "The force should make sure that detainees’ individual needs, including those relating to protected characteristics, are identified and met."
    F5 = "The force should make sure that PACE reviews are carried out on time and in person where possible."
    F8 = "The force, with partners, should make sure that detainees who need a Mental Health Act assessment receive one without delay."
    afis = [
        (A1, "A1.1", F1, "Complete the designated detention officer recruitment campaign to reach the funded establishment.",
         "Met Detention HR Business Partner", D(2026, 3, 31), "Green", "Two intakes completed; 38 vacancies remain.",
         ["Met Detention HR Business Partner"], "2026-03", None, "green"),
        (A2, "A4.1", F4, "Provide a standard stock of religious items, menstrual products and reading materials in every suite, and record their offer on the custody record.",
         "Inspector Sam Whitlock (Diversity Lead)", D(2025, 8, 31), "Complete", "All 24 suites checked in September 2025.",
         ["Inspector Sam Whitlock (Diversity Lead)"], "2025-08", None, "blue"),
        (A2, "A5.1", F5, "Introduce a live dashboard that flags PACE reviews due within the next hour to duty inspectors.",
         "Met Detention Performance Inspector", D(2025, 9, 30), "Red", "Dashboard build delayed by the records system upgrade; no new date yet.",
         ["Met Detention Performance Inspector"], "2025-09", None, "red"),
        (A3, "A8.1", F8, "Agree a joint escalation protocol with the four London mental health trusts for Mental Health Act assessments in custody.",
         "Custody Healthcare Contract Manager / Liaison and Diversion Lead", "TBC", "Amber", "Two of four trusts have agreed the draft protocol.",
         ["Custody Healthcare Contract Manager", "Liaison and Diversion Lead"], None, "TBC", "amber"),
        (A3, "A8.2", F8, "Record every wait of over four hours for a Mental Health Act assessment and review them at the monthly custody partnership meeting.",
         "Liaison and Diversion Lead", "Monthly", "Green", "Reviews started October 2025.",
         ["Liaison and Diversion Lead"], None, "Monthly", "green"),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Metropolitan Police Service"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = title
    cv["A2"].font = Font(bold=True, size=16)
    cv["A3"] = ("Response to the joint inspection of police custody by HMICFRS and the Care Quality Commission "
                "(report published 22 July 2025)")
    for i, (kk, v) in enumerate([("Strategic lead:", "Commander, Met Detention"),
                                 ("Governance:", "Custody Performance Board (monthly); MOPAC oversight"),
                                 ("Version:", "v1.4 – 14 November 2025"),
                                 ("Protective marking:", "OFFICIAL")]):
        cv.cell(row=5 + i, column=1, value=kk).font = Font(bold=True)
        cv.cell(row=5 + i, column=2, value=v)
    cv["A10"] = "Summary"
    cv["A10"].font = Font(bold=True)
    sh = ["Part", "Findings", "Actions", "Complete", "Green", "Amber", "Red"]
    for c, h in enumerate(sh):
        cell = cv.cell(row=11, column=1 + c, value=h)
        cell.font = Font(bold=True)
        cell.border = BORDER
    coc_rags = [a[4] for _, _, acts in coc for a in acts]
    afi_rags = [a[6] for a in afis]
    for i, (part, nfind, rags) in enumerate([("Causes of concern / recommendations", 2, coc_rags),
                                             ("Areas for improvement", 4, afi_rags)]):
        vals = [part, nfind, len(rags)] + [rags.count(k) for k in ("Complete", "Green", "Amber", "Red")]
        for c, v in enumerate(vals):
            cv.cell(row=12 + i, column=1 + c, value=v).border = BORDER
    cv["A15"] = "RAG: Complete = action closed by Custody Performance Board; Green = on track; Amber = some risk to delivery; Red = overdue or blocked."
    cv.column_dimensions["A"].width = 36
    cv.column_dimensions["B"].width = 58

    ws = wb.create_sheet("Causes of concern")
    ws["A1"] = "Causes of concern and recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Action", "Owner", "Due date", "RAG", "Update (November 2025)"]
    for c, h in enumerate(heads):
        cell = ws.cell(row=3, column=1 + c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("000080")
        cell.border = BORDER
    r = 4
    RAGWORD = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for cc, rec, acts in coc:
        for text, shade, bold in ((cc, "D9D9D9", True), (rec, "F2F2F2", False)):
            cell = ws.cell(row=r, column=1, value=text)
            cell.font = Font(bold=bold)
            cell.alignment = WRAP
            for c in range(1, 7):
                ws.cell(row=r, column=c).fill = fill(shade)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 32
            r += 1
        for ref, action, owner, due, rag, upd, *_ in acts:
            for c, v in enumerate([ref, action, owner, due, rag, upd]):
                cell = ws.cell(row=r, column=1 + c, value=v)
                cell.alignment = WRAP
                cell.border = BORDER
                if isinstance(v, datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=5).fill = fill(RAGWORD[rag])
            r += 1
    for col, w in zip("ABCDEF", [7, 60, 30, 12, 10, 44]):
        ws.column_dimensions[col].width = w

    wa = wb.create_sheet("Areas for improvement")
    wa["A1"] = "Areas for improvement"
    wa["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Area for improvement", "Action", "Owner", "Due date", "RAG", "Update (November 2025)"]
    for c, h in enumerate(heads):
        cell = wa.cell(row=3, column=1 + c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("000080")
        cell.border = BORDER
    r = 4
    cur = None
    spans = {}
    for area, ref, afi, action, owner, due, rag, upd, *_ in afis:
        if area != cur:
            wa.cell(row=r, column=1, value=area).font = Font(bold=True)
            for c in range(1, 8):
                wa.cell(row=r, column=c).fill = fill("D9D9D9")
            wa.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            cur = area
            r += 1
        for c, v in enumerate([ref, afi, action, owner, due, rag, upd]):
            cell = wa.cell(row=r, column=1 + c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
            if isinstance(v, datetime):
                cell.number_format = "dd/mm/yyyy"
        wa.cell(row=r, column=6).fill = fill(RAGWORD[rag])
        spans.setdefault(afi, []).append(r)
        r += 1
    for rr in spans.values():
        if len(rr) > 1:
            wa.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    for col, w in zip("ABCDEFG", [7, 44, 52, 30, 12, 10, 40]):
        wa.column_dimensions[col].width = w
    wb.save(out(name))

    actions = []
    for cc, rec, acts in coc:
        for ref, action, owner, due, rag, upd, end, st in acts:
            actions.append(act(ref, [cc, rec], action, coc_leads[ref], end, st))
    for area, ref, afi, action, owner, due, rag, upd, lead, end, et, st in afis:
        actions.append(act(ref, [area, afi], action, lead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a police force's improvement plan after an HMICFRS/CQC joint inspection of police "
                   "custody (reports set out causes of concern each with a recommendation, and areas for improvement "
                   "grouped by the Expectations for Police Custody headings). Copied features: cover sheet with "
                   "strategic lead, governance, version and protective marking, summary table and RAG definitions; "
                   "a 'Causes of concern' sheet with the cause of concern and its recommendation as merged band rows "
                   "above the actions; an 'Areas for improvement' sheet with expectation-area band rows, the AFI text "
                   "in its own column (merged over two actions), owners as ranks/names/posts, dates as dd/mm/yyyy, a "
                   "quarter, 'TBC' and 'Monthly', RAG words with fill."),
        "reads": ("A custody improvement plan in two parts: two causes of concern, each with its recommendation and "
                  "two actions, then four areas for improvement under three inspection headings with one or two "
                  "actions each. Each action has an owner, a due date and a RAG; the cover sheet only summarises."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def header_row(table, heads, hex6="D9E2F3"):
    for c, h in enumerate(heads):
        set_cell(table.rows[0].cells[c], h, bold=True)
        shade(table.rows[0].cells[c], hex6)


# ---------------------------------------------------------------------------
# 4. GP practice - CQC inspection action plan (docx, one table per key question)
# ---------------------------------------------------------------------------
def gp():
    name = "wt-parkside-medical-practice-cqc-inspection-action-plan.docx"
    title = "Parkside Medical Practice – CQC Inspection Action Plan"
    SAFE = "1. Safe"
    EFF = "2. Effective"
    WL = "3. Well-led"
    FA = "Not all staff had completed safeguarding training at the level appropriate to their role."
    FB = ("Patients prescribed high-risk medicines, including methotrexate and lithium, were not always "
          "monitored in line with national guidance.")
    FC = ("Some patients with long-term conditions, including diabetes and asthma, had not received a "
          "structured annual review.")
    FD = "Governance arrangements did not ensure that policies were kept up to date and that risks were managed effectively."
    sections = [
        (SAFE, "Rating: Requires improvement. Requirement notice – Regulation 12: Safe care and treatment.", [
            (FA, [("S1", "Carry out a training needs analysis against the intercollegiate document and book Level 3 safeguarding training for all clinicians.",
                   "Practice Manager", "31/05/2025", "Blue", ["Practice Manager"], "2025-05", None, "blue"),
                  ("S2", "Add safeguarding training compliance to the monthly report reviewed at the partners’ meeting.",
                   "Dr R Okafor (Safeguarding Lead)", "End of June 2025", "Blue", ["Dr R Okafor (Safeguarding Lead)"], "2025-06", None, "blue")]),
            (FB, [("S3", "Search for and recall all patients on DMARDs and lithium who are overdue monitoring, and record the outcome in each patient’s clinical record.",
                   "Clinical Pharmacist / Dr R Okafor", "30/04/2025", "Blue", ["Clinical Pharmacist", "Dr R Okafor"], "2025-04", None, "blue"),
                  ("S4", "Repeat the high-risk drug monitoring audit every quarter and share the results at the clinical meeting.",
                   "Clinical Pharmacist", "Quarterly", "Green", ["Clinical Pharmacist"], None, "Quarterly", "green")]),
        ]),
        (EFF, "Rating: Requires improvement. The practice should improve the uptake of long-term condition reviews.", [
            (FC, [("E1", "Recruit a second practice nurse with a diabetes qualification to increase capacity for long-term condition reviews.",
                   "Practice Manager", "September 2025", "Amber", ["Practice Manager"], "2025-09", None, "amber")]),
        ]),
        (WL, "Rating: Requires improvement. Requirement notice – Regulation 17: Good governance.", [
            (FD, [("W1", "Set up a practice risk register and review it at the bi-monthly partners’ governance meeting.",
                   "JT, SK", "31/07/2025", "Red", ["JT", "SK"], "2025-07", None, "red"),
                  ("W2", "Review and re-date all clinical and HR policies, and record review dates in the policy tracker.",
                   "JT", "31/10/2025", "Green", ["JT"], "2025-10", None, "green")]),
        ]),
    ]
    RAGHEX = {"Blue": "9DC3E6", "Green": "A9D18E", "Amber": "FFD966", "Red": "FF7C80"}

    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Inspection date: 12 February 2025     Report published: 9 April 2025     "
                      "Overall rating: Requires improvement")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Prepared by", "Agreed at"])
    for i, row in enumerate([("1", "24/04/2025", "Practice Manager", "Partners’ meeting 29/04/2025"),
                             ("2", "15/07/2025", "Practice Manager", "Partners’ meeting 22/07/2025"),
                             ("3", "07/10/2025", "Practice Manager", "Partners’ meeting 14/10/2025")]):
        for c, v in enumerate(row):
            set_cell(t.rows[i + 1].cells[c], v)
    doc.add_paragraph("RAG key: Blue – completed; Green – on track; Amber – some slippage; Red – not on track.")

    for sec, note, findings in sections:
        doc.add_heading(sec, level=1)
        doc.add_paragraph(note)
        n = sum(len(a) for _, a in findings)
        t = doc.add_table(rows=n + 1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "What CQC found", "Action", "Lead", "Target date", "RAG"])
        r = 1
        for finding, acts in findings:
            first = r
            for ref, action, lead, tgt, rag, *_ in acts:
                cells = t.rows[r].cells
                set_cell(cells[0], ref)
                set_cell(cells[2], action)
                set_cell(cells[3], lead)
                set_cell(cells[4], tgt)
                set_cell(cells[5], rag)
                shade(cells[5], RAGHEX[rag])
                r += 1
            if r - 1 > first:
                m = t.cell(first, 1).merge(t.cell(r - 1, 1))
                set_cell(m, finding)
            else:
                set_cell(t.cell(first, 1), finding)
    doc.add_paragraph("")
    doc.add_paragraph("Key to initials: JT – Jane Turner, Practice Manager; SK – Dr Sunil Kaur, Senior Partner.")
    doc.add_paragraph("This action plan is reviewed at the monthly partners’ meeting and shared with the Patient "
                      "Participation Group. Next review: 4 November 2025.")
    doc.save(out(name))

    actions = []
    for sec, note, findings in sections:
        for finding, acts in findings:
            for ref, action, lead, tgt, rag, elead, end, et, st in acts:
                actions.append(act(ref, [sec, finding], action, elead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a GP practice's post-inspection action plan published on its website after a CQC "
                   "inspection rated it Requires improvement with requirement notices (CQC and the MDU encourage "
                   "practices to publish such plans). Copied features: title line with practice name, inspection "
                   "date/published/rating line, document control table, one-line RAG key, one heading and table per "
                   "key question (Safe, Effective, Well-led) with a rating/requirement-notice line, 'What CQC found' "
                   "cell merged down over its actions, leads as posts, a named GP with role, initials (with a key to "
                   "initials below), dates as dd/mm/yyyy, 'End of June 2025', 'September 2025' and 'Quarterly', RAG "
                   "words in shaded cells."),
        "reads": ("A practice action plan in three sections (Safe, Effective, Well-led), each a table of CQC findings "
                  "with numbered actions, a lead, a target date and a RAG word. The document control table and the "
                  "key to initials are not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 5. Secondary school (academy) - post-Ofsted action plan (docx, RAG by shading, key redefines green)
# ---------------------------------------------------------------------------
def school():
    name = "wt-tor-bridge-high-post-ofsted-action-plan.docx"
    title = "Tor Bridge High – Post-Ofsted Action Plan 2025–26"
    P1 = "Priority 1: Early reading"
    P2 = "Priority 2: Assessment in the curriculum"
    P3 = "Priority 3: Attendance"
    F1 = ("Some pupils who are at the early stages of learning to read do not get the help they need to catch up "
          "quickly. Leaders should make sure that these pupils are identified precisely and receive effective "
          "support so that they become fluent, confident readers.")
    F2 = ("In some subjects, teachers do not check pupils’ understanding carefully enough, and misconceptions go "
          "unnoticed. Leaders should ensure that teachers use assessment consistently well to identify and address "
          "gaps in pupils’ knowledge.")
    F3 = ("Too many pupils, including disadvantaged pupils, are persistently absent from school. Leaders should "
          "continue to work with families to improve these pupils’ attendance.")
    GREEN, AMBER, RED = "92D050", "FFC000", "FF0000"
    prios = [
        (P1, F1, [
            ("1.1", "Screen all Year 7 pupils with the NGRT reading test on entry and share reading ages with all staff through the SIMS markbook.",
             "Assistant Headteacher (Literacy)", "September 2025", "Reading ages on all class profiles.", GREEN,
             ["Assistant Headteacher (Literacy)"], "2025-09", None, "blue"),
            ("1.2", "Deliver the Fresh Start phonics programme to identified pupils four times a week, with re-testing each term.",
             "Literacy Lead / SENCo", "Sept 2025 – July 2026", "Termly NGRT re-test; reading age gains reported to governors.", AMBER,
             ["Literacy Lead", "SENCo"], "2026-07", None, "amber"),
        ]),
        (P2, F2, [
            ("2.1", "Run a programme of CPD on responsive teaching and hinge questions in the Tuesday twilight sessions.",
             "Deputy Headteacher (Quality of Education)", "Autumn term 2025", "Learning walks; staff voice survey.", GREEN,
             ["Deputy Headteacher (Quality of Education)"], "2025-12", None, "blue"),
            ("2.2", "Complete subject deep dives in science, geography and MFL, with follow-up visits from the trust subject directors.",
             "Mrs L Carter and Mr D Nwosu", "Summer term 2026", "Deep dive reports to the Standards Committee.", AMBER,
             ["Mrs L Carter", "Mr D Nwosu"], "2026-07", None, "amber"),
            ("2.3", "Report the findings of quality assurance of assessment to the Local Governing Body.",
             "Headteacher", "Termly", "Headteacher’s report to governors.", None,
             ["Headteacher"], None, "Termly", "unrated"),
        ]),
        (P3, F3, [
            ("3.1", "Appoint an Attendance and Family Liaison Officer and set up weekly attendance panel meetings.",
             "Business Manager / Assistant Headteacher (Behaviour and Attendance)", "By 31 October 2025", "Panel minutes; caseload tracker.", GREEN,
             ["Business Manager", "Assistant Headteacher (Behaviour and Attendance)"], "2025-10", None, "blue"),
            ("3.2", "Reduce persistent absence among disadvantaged pupils from 31% to below 22% by the end of the academic year.",
             "Assistant Headteacher (Behaviour and Attendance)", "July 2026", "Half-termly attendance data to the trust.", RED,
             ["Assistant Headteacher (Behaviour and Attendance)"], "2026-07", None, "red"),
        ]),
    ]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Ofsted inspection: 4 and 5 March 2025. Report published: 10 April 2025.")
    doc.add_paragraph("Approved by the Local Governing Body on 24 June 2025. Progress is reviewed each term with the "
                      "Trust School Improvement Partner. Last updated: 3 November 2025.")
    doc.add_paragraph("The areas for improvement identified by Ofsted are set out below as three priorities. "
                      "Progress is shown by the colour of the RAG box.")
    kt = doc.add_table(rows=1, cols=6)
    kt.style = "Table Grid"
    for i, (hex6, label) in enumerate([(RED, "Not on track – intervention needed"), (AMBER, "In progress"),
                                       (GREEN, "Achieved and embedded")]):
        shade(kt.rows[0].cells[2 * i], hex6)
        set_cell(kt.rows[0].cells[2 * i + 1], label)
    for prio, afi, acts in prios:
        doc.add_heading(prio, level=2)
        p = doc.add_paragraph()
        p.add_run(afi).italic = True
        t = doc.add_table(rows=len(acts) + 1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["Ref", "Actions", "Lead", "Timescale", "Monitoring and evaluation", "RAG"], "DEEAF6")
        for i, (ref, action, lead, when, mon, rag, *_) in enumerate(acts):
            cells = t.rows[i + 1].cells
            for c, v in enumerate([ref, action, lead, when, mon]):
                set_cell(cells[c], v)
            if rag:
                shade(cells[5], rag)
    doc.add_paragraph("")
    doc.add_paragraph("Governors’ Standards Committee monitors Priorities 1 and 2; the full Local Governing Body "
                      "monitors Priority 3.")
    doc.save(out(name))

    actions = []
    for prio, afi, acts in prios:
        for ref, action, lead, when, mon, rag, elead, end, et, st in acts:
            actions.append(act(ref, [prio, afi], action, elead, end, st, et))
    write_expected(name, {
        "source": ("Imitates a secondary academy's post-Ofsted action plan published for governors and parents "
                   "(school action plans built on the report's 'What does the school need to do to improve?' "
                   "section, e.g. the Key's post-inspection action plan template and published primary/secondary "
                   "examples). Copied features: title and inspection/approval lines, a RAG key table of coloured boxes "
                   "that has no blue and defines Green as 'Achieved and embedded', one heading per priority with the "
                   "Ofsted area-for-improvement text in italics above a table of actions, several leads in one cell "
                   "(posts and named staff), school-term timescales ('Autumn term 2025', 'Summer term 2026', "
                   "'Termly'), a Sept–July period, and RAG shown only by cell shading (one left blank)."),
        "reads": ("A post-Ofsted plan with three priorities, each quoting Ofsted's area for improvement and followed "
                  "by a table of numbered actions with lead, timescale, monitoring and a shaded RAG box. By the "
                  "document's own key green boxes are achieved (complete), amber in progress and red not on track; "
                  "the unshaded box has no rating."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------------------
# 6. Fire and rescue service - HMICFRS values and culture tracker (csv) - REFUSE (typo month)
# ---------------------------------------------------------------------------
def fire():
    name = "wt-royal-berkshire-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker-typo-month-refuse.csv"
    title = "HMICFRS spotlight report: Values and culture in fire and rescue services – recommendations tracker"
    ncol = 7

    def q(v):
        v = "" if v is None else str(v)
        if any(ch in v for ch in ',"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v

    def line(*vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        return ",".join(q(v) for v in vals)

    R1 = ("By 1 October 2023, chief fire officers should make sure their services provide a confidential way for "
          "staff to raise concerns and that staff are aware of whistleblowing processes.")
    R3 = ("By 1 June 2023, chief fire officers should review the support available for those who have raised "
          "concerns and take any action needed to make sure it is suitable.")
    R4 = ("By 1 June 2023, chief fire officers should make sure that people who raise concerns are kept updated on "
          "how their concerns are being handled.")
    R9 = ("By 1 January 2024, chief fire officers should make sure that all staff have an appropriate background "
          "check and that checks are repeated at regular intervals.")
    R14 = ("By 1 March 2024, chief fire officers should make sure all staff understand their role in promoting "
           "good values and behaviours.")
    R20 = ("By 1 October 2023, chief fire officers should make sure their services monitor and publish equality, "
           "diversity and inclusion data for their workforce.")
    lines = [
        line("Royal Berkshire Fire and Rescue Service"),
        line(title),
        line("Position as at 31 October 2025 – report to the People Committee, 19 November 2025"),
        line(),
        line("Rec", "HMICFRS recommendation", "Ref", "Action", "Owner", "Target date", "Status"),
        line("1", R1, "1.1", "Relaunch the Speak Up policy and publicise the independent confidential reporting line at every station.",
             "Head of People", "March 2024", "Complete"),
        line("", "", "1.2", "Include a question on confidence in raising concerns in the annual staff survey and report the results to the People Committee.",
             "Organisational Development Manager", "March 2026", "On track"),
        line("3", R3, "3.1", "Train Speak Up Guardians in each area and offer a welfare check to anyone who has raised a concern.",
             "Area Manager – Prevention and Inclusion", "September 2024", "Complete"),
        line("4", R4, "4.1", "Set a standard of updates every 10 working days for people who raise concerns and monitor compliance monthly.",
             "Professional Standards Manager", "December 2025", "On track"),
        line("9", R9, "9.1", "Complete standard DBS checks for all operational staff and introduce a three-year re-check cycle.",
             "Head of People", "Novmber 2025", "At risk"),
        line("", "", "9.2", "Record the outcome of every re-check in the HR system and report exceptions quarterly.",
             "HR Systems Manager", "June 2026", "Not started"),
        line("14", R14, "14.1", "Roll out the Core Code of Ethics refresher e-learning to all staff and volunteers.",
             "Learning and Development Manager", "January 2025", "Complete"),
        line("20", R20, "20.1", "Publish an annual workforce diversity report including leavers and promotions by protected characteristic.",
             "EDI Manager", "April 2026", "On track"),
        line(),
        line("Summary", "Complete: 3; On track: 3; At risk: 1; Not started: 1"),
        line("Note: only the recommendations addressed to chief fire officers are tracked here; recommendations for national bodies are monitored through the NFCC."),
    ]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    refuse_line = next(i + 1 for i, l in enumerate(lines) if "Novmber" in l)
    assert refuse_line == 10, refuse_line
    write_expected(name, {
        "source": ("Imitates a fire and rescue service's tracker of the HMICFRS spotlight report 'Values and culture "
                   "in fire and rescue services' (March 2023, 35 recommendations, 20 for chief fire officers), as "
                   "Royal Berkshire FRS and others report progress to their authority/committee; saved from Excel as "
                   "CSV. Copied features: title rows padded with commas, position-date line, recommendation number and "
                   "summarised recommendation text (with its HMICFRS deadline) on the first row of each group and left "
                   "blank on continuation rows, action refs, owners as posts, 'Month YYYY' target dates, status words, "
                   "a summary line and a note."),
        "reads": ("A tracker of the service's actions against the values and culture recommendations. On line 10 the "
                  "target date for action 9.1 reads 'Novmber 2025', a mistyped month; every other target date is a "
                  "clean 'Month YYYY', so a careful reader would stop and ask what was meant before importing."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": title,
    })
    return name, None


# ---------------------------------------------------------------------------
# 7. University - internal audit recommendations tracker (tab-separated text export)
# ---------------------------------------------------------------------------
def university():
    name = "wt-university-of-suffolk-internal-audit-recommendations-tracker.txt"
    title = "Internal Audit Recommendations Tracker"
    AU1 = "Cyber Security (2024/25) – Limited assurance"
    AU2 = "Student Attendance Monitoring and UKVI Compliance (2024/25) – Reasonable assurance"
    AU3 = "Research Grants Management (2025/26) – Reasonable assurance"
    recs = [
        (AU1, "CYB.1", "High", "Multi-factor authentication should be enforced for all remote access and privileged accounts.",
         "Enforce MFA for all staff VPN and Microsoft 365 administrator accounts; student accounts to follow in phase 2.",
         "Chief Information Officer", "31/03/2025", "30/09/2025", "Complete",
         "Enforced 22/09/2025. Verified by TIAA in October 2025 follow-up.",
         ["Chief Information Officer"], "2025-09", None, "blue"),
        (AU1, "CYB.2", "High", "A documented IT disaster recovery plan should be established and tested at least annually.",
         "Draft the IT disaster recovery plan for approval by the Executive Leadership Team and complete a tabletop test.",
         "Head of IT Infrastructure; Business Continuity Manager", "30/06/2025", "31/01/2026", "Amber",
         "Plan drafted; ELT approval scheduled for December. Tabletop test to follow in January.",
         ["Head of IT Infrastructure", "Business Continuity Manager"], "2026-01", None, "amber"),
        (AU1, "CYB.3", "Medium", "User accounts of leavers should be disabled promptly.",
         "Automate account disablement from the HR leavers report so that accounts are disabled on the last working day.",
         "Head of IT Infrastructure", "30/09/2025", "", "Red",
         "Integration with the HR system not yet built; 14 leaver accounts found active in October sample.",
         ["Head of IT Infrastructure"], "2025-09", None, "red"),
        (AU2, "SAM.1", "Medium", "Attendance of sponsored students should be recorded and followed up consistently across all schools.",
         "Roll out the attendance app to all schools and issue guidance on the expected contact points for Student route students.",
         "Academic Registrar", "31/08/2025", "", "Complete",
         "App in use in all schools from September 2025.",
         ["Academic Registrar"], "2025-08", None, "blue"),
        (AU2, "SAM.2", "Low", "Evidence of right-to-study checks should be retained on the student record.",
         "Add a mandatory document upload step to online enrolment for Student route students.",
         "Head of Admissions / International Compliance Manager", "31-Jan-26", "", "Green",
         "Change specified; due for January 2026 enrolment.",
         ["Head of Admissions", "International Compliance Manager"], "2026-01", None, "green"),
        (AU3, "RGM.1", "Medium", "Project ledgers should be reconciled to funder claims before each claim is submitted.",
         "Introduce a monthly reconciliation checklist signed off by the Research Finance Manager.",
         "Director of Finance", "31/12/2025", "", "Green",
         "Checklist in use for UKRI claims; extending to charity funders.",
         ["Director of Finance"], "2025-12", None, "green"),
        (AU3, "RGM.2", "Low", "The Research Costing and Pricing Policy should be updated to reflect current TRAC guidance.",
         "Revise the policy and present it to the Research and Enterprise Committee for approval.",
         "Research Finance Manager", "March 2026", "", "Green",
         "Draft in consultation with schools.",
         ["Research Finance Manager"], "2026-03", None, "green"),
        (AU3, "RGM.3", "Medium", "Timesheets should be completed for all staff whose time is charged to research projects.",
         "Issue quarterly timesheet reminders to principal investigators and report non-returns to the Pro Vice-Chancellor (Research).",
         "Dr Helen Marsh, Research Office Manager", "Quarterly", "", "Green",
         "First reminders issued October 2025; 81% returned.",
         ["Dr Helen Marsh, Research Office Manager"], None, "Quarterly", "green"),
    ]
    L = ["University of Suffolk",
         "Audit and Risk Committee – 18 November 2025",
         title,
         "Position as at 31 October 2025 (management updates; TIAA follow-up verification)",
         "",
         "\t".join(["Audit", "Ref", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
                    "Original due date", "Revised due date", "Status", "Update"])]
    cur = None
    for au, ref, pri, rec, action, officer, orig, rev, st, upd, *_ in recs:
        if au != cur:
            L.append(au)
            cur = au
        L.append("\t".join(["", ref, pri, rec, action, officer, orig, rev, st, upd]))
    L += ["",
          "Summary: 8 actions – Complete 2, Green 4, Amber 1, Red 1",
          "Status key: Complete = implemented and verified by TIAA; Green = on track for the due date; "
          "Amber = at risk of missing the due date; Red = overdue."]
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(L) + "\n")

    actions = [act(x[1], [x[0], x[3]], x[4], x[10], x[11], x[13], x[12]) for x in recs]
    write_expected(name, {
        "source": ("Imitates a university Audit and Risk Committee internal audit follow-up schedule (outsourced "
                   "internal audit, e.g. TIAA/Uniac trackers with agreed management actions, responsible officer, "
                   "original and revised dates), exported from the tracking system as tab-separated text. Copied "
                   "features: four title lines (university, committee and date, tracker name, position date), one "
                   "header row, audit title and assurance opinion as group lines in the first column, recommendation "
                   "and agreed management action in separate columns, priority, two officers in one cell and a name "
                   "with job title, original and revised dates in mixed formats (dd/mm/yyyy, 31-Jan-26, 'March "
                   "2026', 'Quarterly'), status words, a summary line and a status key."),
        "reads": ("Eight agreed management actions from three internal audits, each under its audit and the "
                  "auditor's recommendation, with a responsible officer, original and (where agreed) revised due "
                  "date, and a status of Complete/Green/Amber/Red. The summary and key lines are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (nhs, housing, police, gp, school, fire, university):
        n, k = fn()
        print(n, k)
