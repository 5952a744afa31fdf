"""Build the seven zwf- blind test files (set heldout631).

Run with /work/main/.venv/bin/python zwf_make.py (writes next to this script).
"""
import csv
import os
from datetime import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


RAGFILL = {
    "B": fill("0070C0"), "Blue": fill("0070C0"), "Complete": fill("0070C0"),
    "G": fill("00B050"), "Green": fill("00B050"),
    "A": fill("FFC000"), "Amber": fill("FFC000"),
    "R": fill("FF0000"), "Red": fill("FF0000"),
}
HEADFILL = fill("1F4E79")
HEADFONT = Font(bold=True, color="FFFFFFFF")


def head_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = HEADFONT
        c.fill = HEADFILL
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


# ---------------------------------------------------------------------------
# 1. Sussex Community NHS FT - Board of Directors (public) action log (xlsx)
# ---------------------------------------------------------------------------
SUSSEX_TITLE = ("Sussex Community NHS Foundation Trust – Board of Directors "
                "(Meeting in Public) Action Log")
SUSSEX_ROWS = [
    # ref, meeting, item, action, lead, due, revised, update, rag
    ("PB25/048", dt(2025, 7, 3), "Freedom to Speak Up Guardian Report",
     "Share the themes from FTSU concerns raised by bank and agency workers with the People "
     "Committee and confirm how bank staff are made aware of the FTSU route.",
     "Chief People Officer", dt(2025, 9, 30), None,
     "Reported to People Committee 18 September 2025; bank induction pack updated. "
     "Propose closure.", "B"),
    ("PB25/052", dt(2025, 7, 3), "Integrated Performance Report",
     "Provide a breakdown of community nursing waiting times by place (Brighton & Hove, "
     "East Sussex, West Sussex) in the IPR, including the number of patients waiting over "
     "18 weeks.",
     "Chief Operating Officer", dt(2025, 10, 2), dt(2026, 2, 5),
     "Place-level breakdown drafted; validation of 18-week waiters with the BI team to "
     "complete before the February Board.", "G"),
    ("PB25/067", dt(2025, 9, 4), "PSIRF – Annual Review",
     "Bring a revised Patient Safety Incident Response Plan to the Board for approval, "
     "reflecting the new local priority on pressure ulcer care in the community.",
     "Chief Nursing Officer / Chief Medical Officer", dt(2025, 12, 4), dt(2026, 2, 5),
     "Revised plan considered at Quality Committee 22 January 2026; on the February "
     "Board agenda.", "G"),
    ("PB25/071", dt(2025, 9, 4), "Green Plan Progress Report",
     "Set out the fleet electrification trajectory, with costs, for the remaining 210 "
     "lease vehicles.",
     "Director of Estates & Facilities", dt(2025, 12, 4), None,
     "Not yet received – dependent on the ICS fleet procurement framework. Lead proposes "
     "a revised date of April 2026 for Board agreement.", "R"),
    ("PB25/079", dt(2025, 10, 2), "Guardian of Safe Working Hours Quarterly Report",
     "Confirm the number of exception reports raised by resident doctors on the Zachary "
     "Merton and Horsham inpatient units and the actions taken.",
     "Chief Medical Officer", dt(2025, 12, 4), None,
     "Included in Q2 report to People Committee; summary placed in the Board reading "
     "room. Propose closure.", "B"),
    ("PB25/083", dt(2025, 10, 2), "Board Assurance Framework",
     "Review the target risk score for BAF risk 4 (financial sustainability) in light of "
     "the month 6 forecast and the 2026/27 planning guidance.",
     "Chief Finance Officer; Director of Corporate Affairs", dt(2026, 2, 5), None,
     "Audit & Risk Committee to review at its January meeting; planning guidance "
     "received late.", "A"),
    ("PB25/090", dt(2025, 12, 4), "Winter Plan 2025/26",
     "Circulate urgent community response (2-hour UCR) performance by place to Board "
     "members monthly until the end of March 2026.",
     "Chief Operating Officer", dt(2026, 3, 31), None,
     "November and December data circulated by email.", "G"),
    ("PB25/094", dt(2025, 12, 4), "Patient Story",
     "Invite the family to a future Quality Committee to hear how their feedback has "
     "changed the discharge letter process at Horsham Hospital.",
     "Chief Nursing Officer", "April 2026", None,
     "New action. Family contacted; date to be agreed.", None),
]


def make_sussex():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = SUSSEX_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Updated following the meeting held on 4 December 2025 – for the Board of "
                "Directors meeting on 5 February 2026")
    ws.merge_cells("A2:I2")
    ws["A3"] = "RAG status: see ‘Key’ tab. Actions rated Blue are proposed for closure."
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    head_row(ws, 5, ["Action Ref", "Meeting Date", "Agenda Item", "Action", "Lead",
                     "Due Date", "Revised Due Date", "Progress Update", "RAG"])
    r = 6
    for ref, meet, item, action, lead, due, rev, upd, rag in SUSSEX_ROWS:
        put(ws, r, 1, ref)
        put(ws, r, 2, meet, "dd/mm/yyyy")
        put(ws, r, 3, item)
        put(ws, r, 4, action)
        put(ws, r, 5, lead)
        put(ws, r, 6, due, "dd/mm/yyyy" if isinstance(due, dt) else None)
        put(ws, r, 7, rev, "dd/mm/yyyy" if rev else None)
        put(ws, r, 8, upd)
        c = put(ws, r, 9, rag)
        if rag:
            c.fill = RAGFILL[rag]
            c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    counts = {k: sum(1 for x in SUSSEX_ROWS if x[8] == k) for k in "BGAR"}
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    ws.cell(row=r, column=3, value=(
        f"Total actions on log: {len(SUSSEX_ROWS)} | Blue: {counts['B']} | Green: "
        f"{counts['G']} | Amber: {counts['A']} | Red: {counts['R']} | Not yet rated: "
        f"{len(SUSSEX_ROWS) - sum(counts.values())}"))
    for col, w in zip("ABCDEFGHI", [11, 12, 24, 55, 26, 12, 12, 45, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (k, txt) in enumerate([
            ("B", "Complete – evidence provided, proposed for closure"),
            ("G", "On track to be completed by the due date"),
            ("A", "At risk of not being completed by the due date"),
            ("R", "Overdue or not progressed; revised date to be agreed by the Board")], start=3):
        c = key.cell(row=i, column=1, value=k)
        c.fill = RAGFILL[k]
        key.cell(row=i, column=2, value=txt)
    key["A8"] = ("Closed actions are removed from the log after the meeting at which closure "
                 "is agreed and are retained in the Corporate Affairs archive.")
    key.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, "zwf-sussex-community-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Kingsthorpe Medical Centre - CQC inspection action plan (docx)
# ---------------------------------------------------------------------------
KMC_TITLE = "Kingsthorpe Medical Centre – CQC Inspection Action Plan"
KMC_MUST = [
    ("Regulation 12 Safe care and treatment: The provider must ensure care and treatment is "
     "provided in a safe way to patients.", [
        ("1.1", "Complete a full review of all patients prescribed DMARDs (methotrexate, "
                "azathioprine, leflunomide) and recall any patient without up-to-date blood "
                "monitoring.",
         "Dr A Khan (GP Partner, Prescribing Lead)", "31/07/2025",
         "Searches run 20/06/2025; 14 patients recalled and all now monitored.", "Completed"),
        ("1.2", "Introduce a monthly search of high-risk medicines monitoring, run by the "
                "clinical pharmacist and reviewed at the clinical meeting.",
         "Clinical Pharmacist / Dr A Khan", "Monthly – ongoing",
         "Searches in place since July 2025; minuted at clinical meeting.", "On track"),
        ("1.3", "Ensure all MHRA and CAS safety alerts are logged and actioned, with the "
                "searches kept as evidence; re-run the historic alerts backlog.",
         "Practice Manager", "30/09/2025",
         "Alerts log in place on the shared drive; backlog re-run 12/09/2025.", "Completed"),
    ]),
    ("Regulation 17 Good governance: The provider must establish effective systems and "
     "processes to ensure good governance in accordance with the fundamental standards of "
     "care.", [
        ("2.1", "Update the practice policies so that every policy has a named owner and a "
                "review date, and archive those that are out of date.",
         "Practice Manager", "October 2025",
         "34 of 52 policies reviewed; remainder scheduled for the October protected "
         "learning time.", "Amber"),
        ("2.2", "Put in place a training matrix covering safeguarding level 3 for clinicians "
                "and fire safety for all staff, with quarterly reports to the partners’ "
                "meeting.",
         "Deputy Practice Manager", "End of September 2025",
         "Matrix live on the TeamNet system; first report to partners 24/09/2025.",
         "Completed"),
        ("2.3", "Complete an infection prevention and control audit and act on its findings, "
                "including replacement of the fabric chairs in the treatment room.",
         "Lead Practice Nurse", "30/11/2025",
         "Audit completed with ICB IPC nurse; chairs ordered.", "On track"),
    ]),
]
KMC_SHOULD = [
    ("Continue to take action to improve the uptake of cervical screening.", [
        ("S1", "Send text reminders with a direct booking link to all patients overdue "
               "screening and offer Saturday clinics through the PCN enhanced access service.",
         "Lead Practice Nurse; PCN Enhanced Access Manager", "March 2026",
         "Text campaign sent August 2025; uptake 71.2% (from 68.4%).", "On track"),
    ]),
    ("Take steps to improve patient satisfaction with access to the practice by telephone.", [
        ("S2.1", "Move to cloud-based telephony with call-back and queue position messages.",
         "Practice Manager", "31/08/2025", "Went live 11/08/2025.", "Completed"),
        ("S2.2", "Repeat the practice’s own access survey and share the results with the "
                 "Patient Participation Group (PPG).",
         "Practice Manager / PPG Chair", "January 2026", "", "Not started"),
    ]),
]
KMC_RAGFILL = {"Completed": "9DC3E6", "On track": "A9D08E", "Amber": "FFD966",
               "Not started": None}


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def make_kmc():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(KMC_TITLE, level=0)
    doc.add_paragraph("Following the CQC assessment of 14 May 2025 (report published 9 July "
                      "2025). Overall rating: Requires improvement.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Approved by"]):
        bold_cell(t.rows[0].cells[i], h)
    for r, vals in enumerate([
            ("1.0", "30/07/2025", "Practice Manager", "Partners’ meeting 30/07/2025"),
            ("1.1", "15/09/2025", "Practice Manager", "Partners’ meeting 17/09/2025"),
            ("1.2", "10/10/2025", "Practice Manager", "Dr J Walsh (Registered Manager)")], start=1):
        for i, v in enumerate(vals):
            t.rows[r].cells[i].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Completed (blue) / On track (green) / Amber – behind plan / Not "
                      "started. This plan is reviewed at the monthly partners’ meeting and "
                      "shared with NHS Northamptonshire ICB.")

    cols = ["Ref", "Action", "Lead", "Completion date", "Progress", "RAG"]
    doc.add_heading("Requirement notices (must do)", level=1)
    for must, acts in KMC_MUST:
        t = doc.add_table(rows=2 + len(acts), cols=len(cols))
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
        bold_cell(top, must)
        shade(top, "D9E2F3")
        for i, h in enumerate(cols):
            bold_cell(t.rows[1].cells[i], h)
        for r, (ref, act, lead, date, prog, rag) in enumerate(acts, start=2):
            cells = t.rows[r].cells
            for i, v in enumerate([ref, act, lead, date, prog, rag]):
                cells[i].text = v
            if KMC_RAGFILL[rag]:
                shade(cells[5], KMC_RAGFILL[rag])
        doc.add_paragraph("")

    doc.add_heading("Areas where the practice should improve (should do)", level=1)
    cols2 = ["Ref", "Should do", "Action", "Lead", "Completion date", "Progress", "RAG"]
    n = sum(len(a) for _, a in KMC_SHOULD)
    t = doc.add_table(rows=1 + n, cols=len(cols2))
    t.style = "Table Grid"
    for i, h in enumerate(cols2):
        bold_cell(t.rows[0].cells[i], h)
    r = 1
    for should, acts in KMC_SHOULD:
        first = r
        for ref, act, lead, date, prog, rag in acts:
            cells = t.rows[r].cells
            for i, v in zip([0, 2, 3, 4, 5, 6], [ref, act, lead, date, prog, rag]):
                cells[i].text = v
            if KMC_RAGFILL[rag]:
                shade(cells[6], KMC_RAGFILL[rag])
            r += 1
        sc = t.rows[first].cells[1]
        if r - 1 > first:
            sc = sc.merge(t.rows[r - 1].cells[1])
        sc.text = should
    doc.add_paragraph("")
    doc.add_paragraph("Signed on behalf of the partners: Dr J Walsh, Registered Manager. "
                      "Next review: partners’ meeting, November 2025.")
    doc.save(os.path.join(HERE, "zwf-kingsthorpe-medical-centre-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. Wiltshire Police & OPCC - JAC internal audit recommendations tracker (xlsx)
# ---------------------------------------------------------------------------
WILTS_TITLE = ("Wiltshire Police and OPCC – Internal Audit Recommendations Tracker "
               "(Joint Audit Committee, 22 January 2026)")
WILTS_SHEETS = [
    ("Wiltshire Police", "Wiltshire Police – outstanding and recently implemented "
                         "internal audit recommendations", [
        ("Payroll and Pensions 2024/25 – Reasonable Assurance", [
            ("WP2425-03/1", 2,
             "Overtime claims above the threshold in the Overtime Policy should be authorised "
             "by an officer of at least Inspector rank before payment.",
             "Payroll will configure the duty management system to hold overtime claims above "
             "12 hours in a period until Inspector-level authorisation has been recorded.",
             "Head of Payroll & Pensions", dt(2025, 3, 31), dt(2025, 9, 30),
             "System change delivered in the September release; testing confirmed claims are "
             "held.", "Green"),
            ("WP2425-03/2", 3,
             "Leavers’ final salary calculations should be independently checked before the "
             "final payment is made.",
             "A second-person check will be introduced for all leavers’ final pay "
             "calculations, evidenced on the leaver checklist.",
             "Payroll Manager", dt(2025, 4, 30), None,
             "Checklist amended April 2025; sample of 10 leavers checked by SWAP.", "Green"),
        ]),
        ("Seized Property and Cash 2024/25 – Limited Assurance", [
            ("WP2425-07/1", 1,
             "The Force must complete a full reconciliation of seized cash held in the "
             "Gablecross and Devizes stores against the property management system.",
             "Property Services will complete a full audit of cash held in all stores and "
             "reconcile it to Niche, with any discrepancies reported to Professional "
             "Standards.",
             "Head of Criminal Justice; Property Services Manager", dt(2025, 6, 30),
             dt(2025, 12, 31),
             "Gablecross complete. Devizes reconciliation 80% complete – delayed by staff "
             "absence.", "Red"),
            ("WP2425-07/2", 2,
             "Retention and disposal reviews should be carried out for property held beyond "
             "its review date.",
             "Introduce a monthly report of property past its review date for the officer in "
             "the case, with escalation to their sergeant after 30 days.",
             "Property Services Manager", dt(2025, 9, 30), dt(2026, 3, 31),
             "Report built; escalation process agreed at Criminal Justice Board.", "Amber"),
        ]),
        ("Fleet Management 2025/26 – Reasonable Assurance", [
            ("WP2526-02/1", 2,
             "Vehicle defect reports should only be closed on the fleet system once the "
             "workshop has confirmed the repair.",
             "Amend the fleet system workflow so that defect records can only be closed by "
             "workshop staff.",
             "Head of Fleet Services", dt(2026, 1, 31), None,
             "Change request raised with supplier.", "Amber"),
        ]),
    ]),
    ("OPCC", "Office of the Police and Crime Commissioner for Wiltshire and Swindon – "
             "internal audit recommendations", [
        ("Commissioning and Grants 2024/25 – Limited Assurance", [
            ("OPCC2425-02/1", 1,
             "The OPCC should obtain and review monitoring returns for all grants over "
             "£25,000 before the next instalment is released.",
             "Grant agreements will be varied so that each instalment is conditional on a "
             "satisfactory quarterly monitoring return, checked by the Commissioning Officer.",
             "Head of Commissioning", dt(2025, 3, 31), dt(2025, 6, 30),
             "All 2025/26 agreements issued on the new terms.", "Green"),
            ("OPCC2425-02/2", 2,
             "A register of declarations of interest should be kept for all panel members "
             "taking part in grant decisions.",
             "Declarations of interest will be recorded at the start of every grant panel and "
             "held on a central register.",
             "Chief Executive (Monitoring Officer)", dt(2025, 3, 31), None,
             "Register in place from March 2025 panel.", "Green"),
        ]),
        ("Governance and Decision Making 2025/26 – Substantial Assurance", [
            ("OPCC2526-01/1", 3,
             "The decision log on the OPCC website should be updated within the timescale set "
             "out in the Specified Information Order.",
             "Business Support will update the published decision log within 5 working days "
             "of each decision being signed.",
             "Office Manager / Chief Executive", dt(2026, 2, 28), None,
             "Interim process in place; to be written into the Scheme of Governance.",
             "Amber"),
        ]),
    ]),
]
WILTS_COLS = ["Ref", "Priority", "Recommendation", "Agreed Management Action",
              "Responsible Officer", "Original Target Date", "Revised Target Date",
              "Update (January 2026)", "Status"]


def make_wilts():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = WILTS_TITLE
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Internal auditor: SWAP Internal Audit Services. Priority 1 = high, 2 = medium, 3 = low."
    sm["A4"] = "Status key"
    sm["A4"].font = BOLD
    for i, (k, txt) in enumerate([("Green", "Implemented"),
                                  ("Amber", "Outstanding – within target date"),
                                  ("Red", "Outstanding – target date passed")], start=5):
        c = sm.cell(row=i, column=1, value=k)
        c.fill = RAGFILL[k]
        sm.cell(row=i, column=2, value=txt)
    sm["A9"] = "Position by status"
    sm["A9"].font = BOLD
    for i, h in enumerate(["", "Green", "Amber", "Red", "Total"], start=1):
        sm.cell(row=10, column=i, value=h).font = BOLD
    row = 11
    tot = {"Green": 0, "Amber": 0, "Red": 0}
    for name, _, audits in WILTS_SHEETS:
        recs = [x for _, lst in audits for x in lst]
        vals = [sum(1 for x in recs if x[8] == k) for k in ("Green", "Amber", "Red")]
        for k, v in zip(("Green", "Amber", "Red"), vals):
            tot[k] += v
        for i, v in enumerate([name] + vals + [len(recs)], start=1):
            sm.cell(row=row, column=i, value=v)
        row += 1
    for i, v in enumerate(["Total", tot["Green"], tot["Amber"], tot["Red"], sum(tot.values())],
                          start=1):
        sm.cell(row=row, column=i, value=v).font = BOLD
    sm.column_dimensions["A"].width = 22
    sm.column_dimensions["B"].width = 40

    for name, heading, audits in WILTS_SHEETS:
        ws = wb.create_sheet(name)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:I1")
        head_row(ws, 3, WILTS_COLS)
        r = 4
        for audit, recs in audits:
            c = ws.cell(row=r, column=1, value=audit)
            c.font = BOLD
            c.fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            for ref, pri, rec, act, off, orig, rev, upd, st in recs:
                put(ws, r, 1, ref)
                put(ws, r, 2, pri)
                put(ws, r, 3, rec)
                put(ws, r, 4, act)
                put(ws, r, 5, off)
                put(ws, r, 6, orig, "dd/mm/yyyy")
                put(ws, r, 7, rev, "dd/mm/yyyy" if rev else None)
                put(ws, r, 8, upd)
                c = put(ws, r, 9, st)
                c.fill = RAGFILL[st]
                r += 1
        for col, w in zip("ABCDEFGHI", [15, 9, 45, 45, 28, 12, 12, 40, 10]):
            ws.column_dimensions[col].width = w
    wb.save(os.path.join(
        HERE, "zwf-wiltshire-police-opcc-jac-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 4. Lancashire FRS - Grenfell Phase 2 recommendations tracker (csv, refuse)
# ---------------------------------------------------------------------------
LFRS_TITLE = "Lancashire Fire and Rescue Service – Grenfell Tower Inquiry Phase 2 Recommendations Tracker"
LFRS_ROWS = [
    ("Theme 1: Fire safety and building risk",),
    ("GT2-01", "Fire and rescue services should have a thorough understanding of the risks "
               "posed by the external walls of high-rise residential buildings in their area.",
     "Complete a risk-based review of the external wall data held for all 174 high-rise "
     "residential buildings in Lancashire and update the site-specific risk information.",
     "Area Manager Prevention & Protection", "31/03/2026",
     "118 of 174 buildings reviewed; data uploaded to the MDT system.", "Green"),
    ("GT2-02", "",
     "Train all Protection inspecting officers to the Level 4 Diploma in Fire Safety and "
     "ensure refresher training on external wall systems.",
     "Head of Protection", "Sept 2026",
     "22 of 31 officers qualified; remainder enrolled with the training provider.", "Amber"),
    ("GT2-03", "Information provided by Responsible Persons under the Fire Safety (England) "
               "Regulations 2022 should be used effectively.",
     "Build a process to log, review and act on the external wall and floor plan "
     "information submitted by Responsible Persons.",
     "Head of Protection; ICT Business Partner", "30/11/2025",
     "Process live; 96% of premises information received and checked.", "Blue"),
    ("Theme 2: Operational response",),
    ("GT2-04", "Fire and rescue services should be prepared to carry out simultaneous "
               "evacuation of high-rise residential buildings.",
     "Run a multi-agency evacuation exercise at a high-rise residential building in each "
     "service delivery area.",
     "Area Manager Service Delivery", "Febuary 2026",
     "Preston and Blackburn exercises complete; Lancaster exercise being planned.", "Green"),
    ("GT2-05", "",
     "Review the evacuation alert system and smoke hood procedures with North West Fire "
     "Control.",
     "Group Manager Operational Assurance / NWFC Operations Manager", "31/12/2025",
     "Joint procedure signed off by NWFC board.", "Blue"),
    ("Theme 3: Organisational learning and culture",),
    ("GT2-06", "Fire and rescue services should record and share learning from major "
               "incidents across the sector.",
     "Embed the National Operational Learning process and publish quarterly learning "
     "bulletins to all staff.",
     "Head of Operational Assurance", "Ongoing",
     "Q2 bulletin issued October 2025.", "Green"),
    ("GT2-07", "",
     "Report progress against the Phase 2 recommendations to each Planning Committee "
     "until all actions are closed.",
     "Assistant Chief Fire Officer", "Quarterly",
     "Standing item on the Planning Committee agenda.", "Green"),
]


def make_lfrs():
    path = os.path.join(
        HERE, "zwf-lancashire-fire-rescue-service-grenfell-phase-2-tracker-typo-month-refuse.csv")
    ncol = 7
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([LFRS_TITLE] + [""] * (ncol - 1))
        w.writerow(["Position at 31 October 2025 – reported to Lancashire Combined Fire "
                    "Authority Planning Committee, 17 November 2025"] + [""] * (ncol - 1))
        w.writerow([""] * ncol)
        w.writerow(["Ref", "Inquiry recommendation", "LFRS action", "Lead", "Target date",
                    "Progress update", "RAG"])
        for row in LFRS_ROWS:
            w.writerow(list(row) + [""] * (ncol - len(row)))
        w.writerow([""] * ncol)
        w.writerow(["RAG key: Blue = complete; Green = on track; Amber = at risk; "
                    "Red = off track"] + [""] * (ncol - 1))


# ---------------------------------------------------------------------------
# 5. Tyne Coast College - Quality Improvement Plan 2024-25 (docx)
# ---------------------------------------------------------------------------
TCC_TITLE = "Tyne Coast College Quality Improvement Plan 2024–25"
TCC_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
TCC_SECTIONS = [
    ("1. Quality of Education", [
        ("AFI 1.1: Achievement rates for adult learners on Access to HE programmes are below "
         "national rates.", [
            ("1.1a", "Introduce fortnightly progress reviews for all Access to HE learners, with "
                     "early referral to study skills support for learners at risk of not "
                     "submitting.",
             "Head of Adult Learning", "October 2024",
             "Retention at the 42-day census above 92%.", "blue"),
            ("1.1b", "Redesign the assessment calendar so that no more than two unit deadlines "
                     "fall in the same week.",
             "Curriculum Manager – Access / Quality Manager", "Autumn term 2024",
             "Learner voice survey: workload rated manageable by 80%+.", "blue"),
        ]),
        ("AFI 1.2: Too few apprentices in engineering and construction complete their "
         "programme by their planned end date.", [
            ("1.2a", "Apprenticeship coordinators to hold monthly tripartite reviews with "
                     "employers and flag any apprentice more than six weeks behind planned "
                     "progress.",
             "Head of Apprenticeships", "Monthly",
             "Timely achievement rate at or above 62%.", "amber"),
            ("1.2b", "Bring forward gateway preparation so that mock end-point assessments "
                     "take place at least three months before the planned end date.",
             "Curriculum Manager – Engineering; Curriculum Manager – Construction",
             "31 March 2025", "All apprentices due to complete in 2024–25 have had a mock EPA.",
             "green"),
        ]),
        ("AFI 1.3: The proportion of learners achieving grade 4 or above in GCSE English and "
         "maths resits is too low.", [
            ("1.3a", "Introduce a weekly attendance meeting for GCSE English and maths, with "
                     "follow-up calls home for learners below 85% attendance.",
             "Head of English & Maths", "September 2024",
             "GCSE attendance at 85% or above.", "blue"),
        ]),
    ]),
    ("2. Behaviour and Attitudes", [
        ("AFI 2.1: Attendance in English and maths lessons for 16 to 18 year olds remains "
         "below the college target of 90%.", [
            ("2.1a", "Launch the ‘Be Here, Be Ready’ attendance campaign with tutors, "
                     "including rewards for learners with attendance above 95%.",
             "Director of Student Experience", "Summer term 2025",
             "Attendance in English and maths lessons at 90%.", "amber"),
        ]),
    ]),
    ("3. Personal Development", [
        ("AFI 3.1: Not all study programme learners complete meaningful work experience or "
         "industry placements.", [
            ("3.1a", "Match every level 3 study programme learner to a T Level or industry "
                     "placement and track hours weekly on ProMonitor.",
             "Employer Engagement Manager", "By July 2025",
             "95% of level 3 learners complete their planned placement hours.", "red"),
        ]),
    ]),
    ("4. Leadership and Management", [
        ("AFI 4.1: Governors do not receive sufficiently detailed information about the "
         "quality of subcontracted provision.", [
            ("4.1a", "Produce a termly subcontractor quality report for the Quality and "
                     "Standards Committee, covering achievement, learner feedback and the "
                     "outcomes of quality visits.",
             "Vice Principal Quality", "Termly",
             "Committee minutes show challenge on subcontractor performance.", "green"),
            ("4.1b", "Carry out an unannounced quality visit to each subcontractor at least "
                     "once a year.",
             "Quality Manager", "June 2025",
             "All five subcontractors visited; reports to committee.", "green"),
        ]),
    ]),
]


def make_tcc():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_heading(TCC_TITLE, level=0)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("This plan addresses the areas for improvement (AFIs) identified in the "
                      "college self-assessment report 2023–24. It is monitored by the Senior "
                      "Leadership Team monthly and by the Quality and Standards Committee "
                      "each term. Progress RAG shown as at March 2025.")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (name, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                     ("amber", "Some slippage"), ("red", "Off track")]):
        c = key.rows[0].cells[i]
        c.text = txt
        shade(c, TCC_FILL[name])
    cols = ["Ref", "Actions", "Responsibility", "Timescale", "Measure of success",
            "RAG (Mar 25)"]
    for sec, afis in TCC_SECTIONS:
        doc.add_heading(sec, level=1)
        nrows = 1 + sum(1 + len(a) for _, a in afis)
        t = doc.add_table(rows=nrows, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9D9D9")
        r = 1
        for afi, acts in afis:
            m = t.rows[r].cells[0].merge(t.rows[r].cells[-1])
            bold_cell(m, afi)
            shade(m, "FCE4D6")
            r += 1
            for ref, act, resp, when, measure, rag in acts:
                cells = t.rows[r].cells
                for i, v in enumerate([ref, act, resp, when, measure]):
                    cells[i].text = v
                shade(cells[5], TCC_FILL[rag])
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Note: actions rated blue will be carried forward into the 2025–26 "
                      "self-assessment as evidence of impact.")
    doc.save(os.path.join(HERE, "zwf-tyne-coast-college-quality-improvement-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 6. University of Suffolk - OfS condition E6 action plan (tab-separated txt)
# ---------------------------------------------------------------------------
UOS_TITLE = ("University of Suffolk – Harassment and Sexual Misconduct (OfS Condition E6) "
             "Action Plan 2025–26")
UOS_LINES = [
    ("SECTION", "Section A: Policy and information"),
    ("A1", "Publish a single, comprehensive source of information on harassment and sexual "
           "misconduct",
     "Publish the Harassment and Sexual Misconduct Policy and procedure as a single page on "
     "the website and student portal, with a plain-English summary.",
     "Head of Student Wellbeing", "31/07/2025", "B", "Published 28 July 2025."),
    ("A2", "",
     "Review the policy annually with the Students’ Union and report changes to Academic "
     "Board.",
     "Head of Student Wellbeing; SU President", "Annually (July)", "G",
     "First review scheduled for June 2026."),
    ("A3", "Do not use non-disclosure agreements in relation to harassment and sexual "
           "misconduct",
     "Amend settlement agreement templates to remove confidentiality clauses relating to "
     "harassment or sexual misconduct and brief HR business partners.",
     "Director of People", "30/09/2025", "B", "Templates amended; briefing held 16 September."),
    ("SECTION", "Section B: Training"),
    ("B1", "Provide effective training for students and staff",
     "Roll out the mandatory ‘Consent Matters’ online module to all new students, with "
     "completion reported to Student Experience Committee.",
     "Head of Student Wellbeing", "Nov-25", "A",
     "Completion at 61% at 30 November; reminders sent via course leaders."),
    ("CONT", "Further push planned with the January intake."),
    ("B2", "",
     "Deliver specialist training for investigating officers and the student casework team "
     "on trauma-informed practice.",
     "Student Casework Manager", "31/01/2026", "G", "Provider booked for 14 January."),
    ("B3", "",
     "Add a harassment and sexual misconduct module to the staff induction programme and "
     "the line manager development programme.",
     "Head of Organisational Development", "Mar-26", "G", "Module in development."),
    ("SECTION", "Section C: Staff–student relationships"),
    ("C1", "Take steps to prevent conflicts of interest and abuses of power arising from "
           "intimate personal relationships between staff and students",
     "Introduce a Staff–Student Personal Relationships Policy requiring any relationship to "
     "be declared to the Director of People.",
     "Director of People / University Secretary", "August 2025", "B",
     "Approved by the Board of Governors 10 July 2025; in force 1 August 2025."),
    ("SECTION", "Section D: Reporting and monitoring"),
    ("D1", "Collect and monitor data on reports and outcomes",
     "Launch the Report + Support online reporting tool, with anonymous and named options, "
     "and provide a termly data report to the Board of Governors.",
     "Head of Student Wellbeing / Planning & Insight Manager", "April 2026", "R",
     "Procurement delayed; interim reporting via the casework log."),
]


def make_uos():
    path = os.path.join(
        HERE, "zwf-university-of-suffolk-ofs-e6-harassment-sexual-misconduct-action-plan.txt")
    T = "\t"
    out = [UOS_TITLE,
           "Owner: Pro Vice-Chancellor (Student Experience)\tVersion 1.3\tLast updated: "
           "14 January 2026",
           "",
           "RAG: B = complete; G = on track; A = some delay; R = significant delay or at risk",
           "",
           T.join(["Ref", "E6 requirement", "Action", "Action owner", "Target date", "RAG",
                   "Comments"])]
    n = 0
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for line in UOS_LINES:
        if line[0] == "SECTION":
            out.append(line[1])
        elif line[0] == "CONT":
            out.append(T * 6 + line[1])
        else:
            out.append(T.join(line))
            n += 1
            counts[line[5]] += 1
    out.append("")
    out.append("Notes")
    out.append("1. Where the E6 requirement is blank, the action supports the requirement "
               "above.")
    out.append(f"2. Totals: {n} actions – B {counts['B']}, G {counts['G']}, A {counts['A']}, "
               f"R {counts['R']}.")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# 7. Thirteen Group - Awaab's Law readiness programme highlight report (xlsx)
# ---------------------------------------------------------------------------
THIRTEEN_TITLE = "Awaab’s Law Readiness Programme – Highlight Report"
THIRTEEN_WS = [
    ("WS1 Policy & Governance", [
        ("1.1", "Approve the revised Damp, Mould and Condensation Policy and new Hazards "
                "Policy reflecting the Awaab’s Law timescales",
         "Head of Compliance", dt(2025, 7, 31), dt(2025, 9, 17), "Amber", "Complete",
         "Approved by Group Board 17 September."),
        ("1.2", "Report the readiness assessment to Customer Services Committee and Group "
                "Board",
         "Executive Director of Assets", dt(2025, 10, 15), None, "Green", "Green",
         "Paper drafted for 15 October committee."),
    ]),
    ("WS2 Systems & Data", [
        ("2.1", "Configure the hazard case type and statutory timescale clocks in the housing "
                "management system",
         "Head of Digital & Data", dt(2025, 8, 29), dt(2025, 10, 24), "Amber", "Amber",
         "Build complete; user acceptance testing slipped to October."),
        ("2.2", "Build a Power BI dashboard for live hazard cases and timescale breaches",
         "BI Lead", dt(2025, 9, 30), dt(2025, 11, 14), "Green", "Red",
         "Dependent on 2.1; will not be ready for go-live. Manual tracker as interim."),
    ]),
    ("WS3 Operational Readiness", [
        ("3.1", "Recruit six additional damp and mould surveyors",
         "Head of Repairs; HR Business Partner", dt(2025, 8, 31), dt(2025, 10, 31), "Amber",
         "Amber", "Four appointed; two posts re-advertised."),
        ("3.2", "Agree the out-of-hours emergency hazard response with the repairs "
                "contractor, including 24-hour make-safe",
         "Head of Repairs", dt(2025, 9, 30), None, "Green", "Complete",
         "Contract variation signed 26 September."),
        ("3.3", "Train all frontline staff (neighbourhood coordinators, repairs operatives, "
                "contact centre) on hazard identification and reporting",
         "Learning & Development Manager", dt(2025, 10, 17), None, "Green", "Green",
         "412 of 530 staff trained."),
    ]),
    ("WS4 Customer Communications", [
        ("4.1", "Publish customer information on the new timescales and how to report damp, "
                "mould and other hazards",
         "Head of Customer Experience", dt(2025, 10, 27), None, "Green", "Green",
         "Web pages and leaflet drafted; customer panel review 8 October."),
        ("4.2", "Approve letter templates for written investigation summaries with the "
                "Customer Voice panel",
         "Customer Voice Lead", dt(2025, 9, 30), dt(2025, 10, 10), "Green", "Amber",
         "Panel asked for plainer wording; second draft issued."),
    ]),
]


def make_thirteen():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = THIRTEEN_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Thirteen Group | Reporting period: September 2025 | Report date: 3 October "
                "2025 | SRO: Executive Director of Assets")
    ws.merge_cells("A2:I2")
    ws["A4"] = "Overall programme RAG"
    ws["A4"].font = BOLD
    ws["B4"] = "Previous: Amber"
    ws["C4"] = "Current: Amber"
    ws["C4"].fill = RAGFILL["Amber"]
    ws["A5"] = "Summary"
    ws["A5"].font = BOLD
    ws["B5"] = ("Policy approved and contractor out-of-hours arrangements in place. System "
                "configuration has slipped and the reporting dashboard will not be ready for "
                "27 October; a manual tracker will be used as an interim control.")
    ws.merge_cells("B5:I5")
    ws["A6"] = "Key risks / issues"
    ws["A6"].font = BOLD
    ws["B6"] = ("Surveyor recruitment (2 posts vacant); access to homes within 10 working "
                "days; volume of new reports after customer communications go live.")
    ws.merge_cells("B6:I6")
    ws["A7"] = "Decisions required"
    ws["A7"].font = BOLD
    ws["B7"] = "None this period."
    for rr in (5, 6):
        ws.row_dimensions[rr].height = 32
        ws.cell(row=rr, column=2).alignment = WRAP
    head_row(ws, 9, ["Workstream", "Ref", "Milestone", "Owner", "Baseline Date",
                     "Forecast Date", "Previous RAG", "Current RAG", "Commentary"])
    r = 10
    for wsname, ms in THIRTEEN_WS:
        first = r
        for ref, text, owner, base, fc, prev, cur, com in ms:
            put(ws, r, 2, ref)
            put(ws, r, 3, text)
            put(ws, r, 4, owner)
            put(ws, r, 5, base, "dd-mmm-yy")
            put(ws, r, 6, fc, "dd-mmm-yy" if fc else None)
            c = put(ws, r, 7, prev)
            c.fill = RAGFILL[prev]
            c = put(ws, r, 8, cur)
            c.fill = RAGFILL[cur]
            put(ws, r, 9, com)
            r += 1
        c = ws.cell(row=first, column=1, value=wsname)
        c.font = BOLD
        c.alignment = Alignment(vertical="center", wrap_text=True)
        c.border = BOX
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    allms = [m for _, ms in THIRTEEN_WS for m in ms]
    done = sum(1 for m in allms if m[6] == "Complete")
    risk = sum(1 for m in allms if m[6] in ("Amber", "Red"))
    ws.cell(row=r, column=1, value="Milestone summary").font = BOLD
    ws.cell(row=r, column=3, value=(f"{len(allms)} milestones: {done} complete, "
                                    f"{risk} at risk (Amber/Red), "
                                    f"{len(allms) - done - risk} on track"))
    for col, w in zip("ABCDEFGHI", [18, 6, 55, 28, 12, 12, 10, 10, 45]):
        ws.column_dimensions[col].width = w

    d = wb.create_sheet("Definitions")
    d["A1"] = "RAG definitions"
    d["A1"].font = BOLD
    for i, (k, txt) in enumerate([
            ("Complete", "Milestone delivered and evidence held on SharePoint"),
            ("Green", "On track to deliver by the forecast date"),
            ("Amber", "At risk; recovery action in place"),
            ("Red", "Will miss the forecast date or go-live; escalated to SRO")], start=3):
        c = d.cell(row=i, column=1, value=k)
        c.fill = RAGFILL[k]
        d.cell(row=i, column=2, value=txt)
    d["A8"] = "Glossary"
    d["A8"].font = BOLD
    d["A9"] = "SRO"
    d["B9"] = "Senior Responsible Owner"
    d["A10"] = "Baseline Date"
    d["B10"] = "Date agreed at programme initiation (June 2025)"
    d["A11"] = "Forecast Date"
    d["B11"] = "Current expected delivery date where different from baseline"
    d.column_dimensions["B"].width = 60
    wb.save(os.path.join(HERE, "zwf-thirteen-group-awaabs-law-readiness-highlight-report.xlsx"))


if __name__ == "__main__":
    make_sussex()
    make_kmc()
    make_wilts()
    make_lfrs()
    make_tcc()
    make_uos()
    make_thirteen()
    print("built 7 files in", HERE)
