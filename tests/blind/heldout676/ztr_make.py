"""Build the seven ztr- blind cases (data files + expected readings)."""
import os, datetime as dt
import yaml
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(HERE, n)
def fill(h): return PatternFill("solid", start_color=h, end_color=h)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
RAGFILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}

class Lit(str): pass
def _lit(d, s): return d.represent_scalar("tag:yaml.org,2002:str", s, style=">")
def write_yaml(name, data):
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100)

def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None: d["end_text"] = end_text
    d["status"] = status
    return d

# ---------------------------------------------------------------- 1 NatureScot IA tracker (xlsx)
def naturescot():
    name = "ztr-naturescot-audit-risk-committee-internal-audit-recommendations-tracker.xlsx"
    wb = Workbook()
    s = wb.active; s.title = "Summary"
    s["A1"] = "NatureScot – Internal Audit Recommendations: Summary"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 31 October 2025"
    s.append([])
    s.append(["Audit report", "Assurance", "Total actions", "Complete", "Green", "Amber", "Red"])
    for c in s[4]: c.font = BOLD
    s.append(["Procurement and Contract Management (2024/25)", "Reasonable", 3, 1, 1, 1, 0])
    s.append(["Cyber Security – Incident Response (2024/25)", "Limited", 2, 0, 0, 1, 1])
    s.append(["Grant Payments (2023/24)", "Reasonable", 1, 0, 1, 0, 0])
    s.append(["Total", "", 6, 1, 2, 2, 1])
    for c in s[8]: c.font = BOLD
    s.column_dimensions["A"].width = 50

    t = wb.create_sheet("Tracker")
    t["A1"] = "NatureScot – Internal Audit Recommendations Tracker"; t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Audit and Risk Committee – 18 November 2025 (Paper ARC/25/41)"
    hdr = ["Ref", "Audit report", "Recommendation", "Grade", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Previous RAG", "Current RAG", "Progress update"]
    t.append([]); t.append(hdr)
    for c in t[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("1F4E5A"); c.alignment = WRAP
    A1 = "Procurement and Contract Management (2024/25)"
    R1 = ("Contract management responsibilities should be set out for all contracts over £50,000, "
          "with a named contract manager recorded on the contracts register.")
    R2 = "Single tender actions should be reported to the Audit and Risk Committee at least annually."
    A2 = "Cyber Security – Incident Response (2024/25)"
    R3 = ("The cyber incident response plan should be updated and tested through a desktop exercise "
          "involving the Senior Leadership Team.")
    A3 = "Grant Payments (2023/24)"
    R4 = "Post-payment verification checks should be evidenced and retained for all grants above £25,000."
    rows = [
        ("IA24-07.1", A1, R1, "Significant", "Update the contracts register to include a named contract manager for every contract above £50,000.",
         "Procurement Manager", dt.date(2025, 3, 31), dt.date(2025, 6, 30), "Amber", "Complete",
         "Register updated June 2025; 42 contracts now have a named manager."),
        ("IA24-07.2", A1, R1, "Significant", "Issue contract management guidance and deliver briefing sessions for contract managers.",
         "Procurement Manager / Head of Finance", dt.date(2025, 6, 30), dt.date(2025, 12, 31), "Amber", "Amber",
         "Guidance drafted; briefings delayed by staff turnover in the Procurement Team."),
        ("IA24-07.3", A1, R2, "Moderate", "Add an annual report on single tender actions to the Committee's forward plan.",
         "Head of Finance", dt.date(2025, 11, 30), None, "Green", "Green",
         "Scheduled for the February 2026 meeting."),
        ("IA24-11.1", A2, R3, "Significant", "Revise the Cyber Incident Response Plan to reflect the new managed security service.",
         "Digital Services Manager", dt.date(2025, 5, 31), dt.date(2025, 9, 30), "Amber", "Red",
         "Revised date missed; plan awaiting input from the managed service provider."),
        ("IA24-11.2", A2, R3, "Significant", "Run a desktop cyber exercise with the Senior Leadership Team and report lessons learned.",
         "Director of Business Services and Transformation", dt.date(2025, 9, 30), dt.date(2026, 1, 31), "Green", "Amber",
         "Exercise booked with the Scottish Government Cyber Resilience Unit for January."),
        ("IA23-04.2", A3, R4, "Moderate", "Introduce a verification checklist to the grants system and retain completed checklists with the grant file.",
         "Grants Team Leader", dt.date(2025, 3, 31), None, "Green", "Green",
         "Checklist live in the grants system; retention to be confirmed at the next sample check."),
    ]
    start = 5
    for i, r in enumerate(rows):
        rr = list(r)
        t.append(rr)
        for c in t[start + i]: c.alignment = WRAP; c.border = BOX
        t.cell(start + i, 7).number_format = "dd/mm/yyyy"
        t.cell(start + i, 8).number_format = "dd/mm/yyyy"
        col = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
        for cc in (9, 10):
            t.cell(start + i, cc).fill = fill(col[t.cell(start + i, cc).value])
    # merge audit report / recommendation for shared cells (rows 5-7 report, 5-6 rec, 8-9 report+rec)
    for rng in ("B5:B7", "C5:C6", "B8:B9", "C8:C9", "D5:D6", "D8:D9"):
        t.merge_cells(rng)
    n = start + len(rows) + 1
    t.cell(n, 1, "RAG: Complete (blue) = action implemented and evidenced; Green = on track for due date; "
                 "Amber = at risk of slipping / revised date agreed; Red = overdue against revised date.")
    widths = [11, 26, 40, 11, 45, 24, 13, 13, 10, 10, 40]
    for i, w in enumerate(widths): t.column_dimensions[chr(65 + i)].width = w
    wb.save(P(name))
    ends = ["2025-06", "2025-12", "2025-11", "2025-09", "2026-01", "2025-03"]
    stat = ["blue", "amber", "green", "red", "amber", "green"]
    leads = [["Procurement Manager"], ["Procurement Manager", "Head of Finance"], ["Head of Finance"],
             ["Digital Services Manager"], ["Director of Business Services and Transformation"], ["Grants Team Leader"]]
    actions = [act(r[0], [r[1], r[2]], r[4], leads[i], ends[i], stat[i]) for i, r in enumerate(rows)]
    write_yaml(name, {
        "source": "Imitates a Scottish NDPB audit and risk committee recommendations tracker (NatureScot ARC papers, "
                  "2025, and similar SG public body trackers): summary sheet of totals by report, tracker sheet "
                  "with title/paper lines, audit report and recommendation cells merged over their actions, "
                  "grade, original and revised due dates (date cells), previous and current RAG with fills, "
                  "progress updates and a RAG key line under the table.",
        "reads": "A Summary sheet of counts (not actions) and a Tracker sheet listing six agreed management actions "
                 "under three audit reports, each answering a recommendation shown in a merged cell. The end is the "
                 "revised due date where given, else the original; status is the Current RAG.",
        "outcome": "read", "accept_refusal": False,
        "title": "NatureScot – Internal Audit Recommendations Tracker",
        "actions": actions})

# ---------------------------------------------------------------- 2 Lichfield City Council risk register (xlsx, refuse)
def lichfield():
    name = "ztr-lichfield-city-council-strategic-risk-register-2025-26-typo-month-refuse.xlsx"
    wb = Workbook(); s = wb.active; s.title = "Risk Register 2025-26"
    s["A1"] = "Lichfield City Council"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Strategic Risk Register 2025/26 – review for Policy & Resources Committee, 20 January 2026"
    s["A3"] = "Risk score = Likelihood (1-5) x Impact (1-5). Residual rating: 1-6 Green, 8-12 Amber, 15-25 Red."
    s.append([])
    hdr = ["Risk No.", "Risk description", "L", "I", "Inherent score", "Existing controls",
           "Further action required", "Action owner", "Target date", "Residual rating"]
    s.append(hdr)
    for c in s[5]: c.font = BOLD; c.fill = fill("D9E1F2"); c.alignment = WRAP
    risks = [
        ("SR1", "Loss of income from Guildhall and market lettings falls below budget", 4, 4,
         "Monthly budget monitoring; lettings policy; marketing plan",
         [("Review Guildhall hire charges and benchmark against comparable venues", "Town Clerk", "Mar-26", "amber"),
          ("Launch online booking for the Guildhall", "Deputy Town Clerk", "May-26", "amber")]),
        ("SR2", "Failure of IT systems or data breach affecting council records", 3, 5,
         "Managed IT contract; cloud back-ups; data protection policy",
         [("Complete cyber awareness training for all staff and councillors", "Deputy Town Clerk", "Febuary 2026", "green"),
          ("Migrate councillors to gov.uk email addresses", "Town Clerk", "Apr-26", "green")]),
        ("SR3", "Injury to public from defects in council-owned play areas and open spaces", 3, 4,
         "Weekly visual checks; annual RoSPA inspection; insurance",
         [("Replace worn safety surfacing at Beacon Park play area", "Facilities Manager", "Jun-26", "amber")]),
    ]
    r = 6; refuse_row = None
    for rid, desc, L, I, ctrl, acts in risks:
        first = r
        for j, (a, o, d, rag) in enumerate(acts):
            row = [rid, desc, L, I, L * I, ctrl] if j == 0 else [None] * 6
            row += [a, o, d, None]
            for k, v in enumerate(row): s.cell(r, k + 1, v).alignment = WRAP
            s.cell(r, 10).fill = fill(RAGFILL[rag])
            if "Febuary" in d: refuse_row = r
            r += 1
        if len(acts) > 1:
            for col in "ABCDEF": s.merge_cells(f"{col}{first}:{col}{r-1}")
    r += 1
    s.cell(r, 1, "Reviewed by the Town Clerk, January 2026. Next review: April 2026.")
    for i, w in enumerate([8, 36, 4, 4, 9, 34, 44, 18, 14, 10]): s.column_dimensions[chr(65 + i)].width = w
    wb.save(P(name))
    write_yaml(name, {
        "source": "Imitates a town/city council strategic risk register (Lichfield City Council style, 2025/26, as "
                  "taken to Policy & Resources Committee): title lines, scoring note, risk rows with L/I/score and "
                  "existing controls merged over one or more further-action rows, action owner as job title, target "
                  "date as Mon-YY text and residual rating shown only by cell fill.",
        "reads": "Five further actions under three strategic risks. The target date for the cyber awareness training "
                 "action reads 'Febuary 2026' – a mistyped month, so a careful reader stops there and asks.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": refuse_row,
        "title": "Lichfield City Council Strategic Risk Register 2025/26"})
    return refuse_row

# ---------------------------------------------------------------- 3 Sue Ryder highlight report (xlsx)
def sueryder():
    name = "ztr-sue-ryder-digital-transformation-programme-highlight-report.xlsx"
    wb = Workbook(); s = wb.active; s.title = "Highlight Report"
    s["A1"] = "Sue Ryder – Digital Transformation Programme"; s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Highlight Report to Executive Leadership Team"
    info = [("Reporting period", "October 2025"), ("SRO", "Chief Digital Officer"),
            ("Programme Manager", "Hannah Greaves"), ("Overall status", None)]
    for i, (k, v) in enumerate(info):
        s.cell(4 + i, 1, k).font = BOLD; s.cell(4 + i, 2, v)
    s.cell(7, 2).fill = fill(RAGFILL["amber"])
    s["A9"] = "Key achievements this period"; s["A9"].font = BOLD
    s["A10"] = "• Electronic patient record contract signed\n• Wi-Fi upgrade completed at four hospices"
    s["A10"].alignment = WRAP; s.merge_cells("A10:G10"); s.row_dimensions[10].height = 32
    s["A12"] = "Actions and milestones"; s["A12"].font = Font(bold=True, size=12)
    hdr = ["#", "Action / milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Commentary"]
    for k, h in enumerate(hdr):
        c = s.cell(13, k + 1, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("5B2C6F")
    streams = [
        ("Workstream 1: Clinical systems", [
            ("1.1", "Complete data migration plan for the electronic patient record (EPR)", "Hannah Greaves", "Sep-25", "Nov-25", "amber", "Migration scoping took longer than planned; supplier resource now confirmed."),
            ("1.2", "EPR go-live at Sue Ryder Leckhampton Court Hospice (pilot site)", "Clinical Systems Lead", "Feb-26", "Feb-26", "green", ""),
            ("1.3", "Train super-users at pilot site", "Clinical Systems Lead & Practice Educator", "Jan-26", "Jan-26", "green", "Training needs analysis complete.")]),
        ("Workstream 2: Infrastructure", [
            ("2.1", "Upgrade Wi-Fi at four hospices", "Head of IT Operations", "Sep-25", "Oct-25", "blue", "Completed 24 October."),
            ("2.2", "Decommission legacy on-site servers", "Head of IT Operations", "Dec-25", "Mar-26", "red", "Dependent on EPR migration; change request to Programme Board.")]),
        ("Workstream 3: Digital fundraising", [
            ("3.1", "Replace online donation platform", "Sarah Okafor & Dev Mistry", "Nov-25", "Dec-25", "amber", "Procurement extended by two weeks."),
            ("3.2", "Publish digital accessibility statement", "Digital Content Manager", "Oct-25", "", "unrated", "Not yet started.")]),
    ]
    r = 14; actions = []
    mon = {"Sep-25": "2025-09", "Oct-25": "2025-10", "Nov-25": "2025-11", "Dec-25": "2025-12",
           "Jan-26": "2026-01", "Feb-26": "2026-02", "Mar-26": "2026-03"}
    for ws, items in streams:
        c = s.cell(r, 1, ws); c.font = BOLD; c.fill = fill("E8DAEF"); s.merge_cells(f"A{r}:G{r}"); r += 1
        for ref, a, o, b, f_, rag, com in items:
            for k, v in enumerate([ref, a, o, b, f_ or None, None, com or None]):
                s.cell(r, k + 1, v).alignment = WRAP
            if rag != "unrated": s.cell(r, 6).fill = fill(RAGFILL[rag])
            lead = ["Sarah Okafor", "Dev Mistry"] if "&" in o and "Okafor" in o else (
                ["Clinical Systems Lead", "Practice Educator"] if "&" in o else [o])
            actions.append(act(ref, [ws], a, lead, mon[f_ or b], rag)); r += 1
    r += 1
    s.cell(r, 1, "Decisions required from ELT: approve change request CR-014 (server decommissioning re-plan).")
    for i, w in enumerate([6, 50, 28, 12, 12, 8, 50]): s.column_dimensions[chr(65 + i)].width = w
    k = wb.create_sheet("RAG key")
    k.append(["Colour", "Meaning"])
    for col, mean in [("red", "Off track – milestone will be missed without ELT intervention"),
                      ("amber", "At risk – forecast later than baseline, recovery in hand"),
                      ("green", "On track"), ("blue", "Complete")]:
        k.append([None, mean]); k.cell(k.max_row, 1).fill = fill(RAGFILL[col])
    wb.save(P(name))
    write_yaml(name, {
        "source": "Imitates a charity programme highlight report (Sue Ryder-style digital programme report to ELT, "
                  "2025): title block with SRO/period/overall status (fill only), key achievements box, workstream "
                  "heading rows merged across, baseline and forecast dates, RAG shown only by cell fill, a decisions "
                  "line and a separate RAG key sheet.",
        "reads": "Seven actions/milestones under three workstream headings. End is the forecast date (the revised "
                 "date), or the baseline where forecast is blank; status comes from the RAG cell fill, blank for 3.2.",
        "outcome": "read", "accept_refusal": False,
        "title": "Sue Ryder – Digital Transformation Programme",
        "actions": actions})

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        run = p.add_run(ln); run.bold = bold

# ---------------------------------------------------------------- 4 Cromer Town Council IA action plan (docx)
def cromer():
    name = "ztr-cromer-town-council-internal-audit-action-plan-2024-25.docx"
    d = Document()
    d.add_heading("Cromer Town Council", 0)
    d.add_heading("Internal Audit Report 2024/25 – Action Plan", 1)
    d.add_paragraph("Presented to the Finance & Governance Committee, 14 July 2025. The action plan responds to the "
                    "internal auditor's report on the Annual Governance and Accountability Return (AGAR) 2024/25.")
    dc = d.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"), ("Prepared by", "Town Clerk (RFO)"),
                                ("Date", "7 July 2025"), ("Next review", "Finance & Governance Committee, October 2025")]):
        set_cell(dc.cell(i, 0), a, True); set_cell(dc.cell(i, 1), b)
    sections = [
        ("A. Appropriate accounting records", [
            ("A1", "Bank reconciliations should be signed and dated by a councillor other than the Chair each quarter.",
             "Nominated councillor to verify and sign quarterly bank reconciliations; signed copies to be minuted.",
             "Town Clerk", "Sept 2025", "Complete", ["Town Clerk"], "2025-09", "blue"),
            ("A2", "The fixed asset register should be reconciled to Box 9 of the AGAR.",
             "Update the asset register for the Cromer Pier kiosk refurbishment and reconcile to Box 9.",
             "RFO", "31/03/2026", "Green", ["RFO"], "2026-03", "green")]),
        ("B. Standing orders and financial regulations", [
            ("B1", "Financial Regulations should be updated to the 2024 NALC model.",
             "Adopt revised Financial Regulations based on the NALC 2024 model.",
             "Town Clerk / Chair of Finance & Governance", "Nov 2025", "Amber",
             ["Town Clerk", "Chair of Finance & Governance"], "2025-11", "amber"),
            ("B2", "Contracts above the tender threshold should be published on Contracts Finder.",
             "Publish all contracts over £30,000 on Contracts Finder and record publication in the contracts log.",
             "Town Clerk", "Ongoing", "Green", ["Town Clerk"], None, "green")]),
        ("C. Risk management and insurance", [
            ("C1", "The risk assessment should be reviewed and approved by full council annually.",
             "Present the reviewed risk assessment to Full Council for approval.\nInclude cyber and events risks identified by the auditor.",
             "RFO", "Jan 2026", "Not started", ["RFO"], "2026-01", "unrated"),
            ("C2", "Insurance cover for the Cromer Carnival events should be confirmed annually.",
             "Obtain written confirmation of event cover from the insurer before each carnival.",
             "Deputy Town Clerk", "By 31 July 2025", "Complete", ["Deputy Town Clerk"], "2025-07", "blue")]),
    ]
    actions = []
    for sec, rows in sections:
        d.add_heading(sec, 2)
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for k, h in enumerate(["No.", "Internal auditor's recommendation", "Council response / agreed action",
                               "Responsible", "By when", "Status"]):
            set_cell(t.cell(0, k), h, True); shade(t.cell(0, k), "BDD7EE")
        for ref, rec, a, who, when, st, lead, end, stat in rows:
            c = t.add_row().cells
            for k, v in enumerate([ref, rec, a, who, when, st]): set_cell(c[k], v)
            colr = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000"}.get(st)
            if colr: shade(c[5], colr)
            a_ = act(ref, [sec, rec], a, lead, end, stat, end_text="Ongoing" if when == "Ongoing" else None)
            actions.append(a_)
        d.add_paragraph("")
    d.add_paragraph("Approved by the Finance & Governance Committee, minute FG/25/031.")
    d.save(P(name))
    write_yaml(name, {
        "source": "Imitates a town council's response to its internal auditor's AGAR report (Cromer Town Council "
                  "style, 2024/25, Finance & Governance Committee): title, intro paragraph, document control table, "
                  "one table per internal control objective (A., B., C. headings) with the auditor's recommendation "
                  "beside the council's response, responsible officer, 'by when' in mixed forms and a status word.",
        "reads": "Six agreed actions in three section tables, each answering the internal auditor's recommendation "
                 "in the same row. The document control table is not part of the plan.",
        "outcome": "read", "accept_refusal": False,
        "title": "Internal Audit Report 2024/25 – Action Plan",
        "actions": actions})

# ---------------------------------------------------------------- 5 NIFRS HSENI improvement notices (docx)
def nifrs():
    name = "ztr-nifrs-hseni-improvement-notices-action-plan.docx"
    d = Document()
    d.add_heading("Northern Ireland Fire & Rescue Service", 0)
    d.add_heading("HSENI Improvement Notices – Action Plan", 1)
    d.add_paragraph("Following the Health and Safety Executive for Northern Ireland (HSENI) visit to Service "
                    "Training Centre, Cookstown, in March 2025, two Improvement Notices were served. This plan is "
                    "reported monthly to the Service Leadership Team and quarterly to the Audit and Risk Assurance Committee.")
    d.add_paragraph("Status at 30 September 2025")
    key = d.add_table(rows=4, cols=2); key.style = "Table Grid"
    for i, (col, m) in enumerate([("red", "Red – behind schedule, compliance date at risk"),
                                  ("amber", "Amber – some slippage, recoverable"),
                                  ("green", "Green – on track"), ("blue", "Blue – complete and evidenced")]):
        shade(key.cell(i, 0), RAGFILL[col]); set_cell(key.cell(i, 1), m)
    d.add_paragraph("")
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for k, h in enumerate(["Ref", "Action", "Lead", "Original target", "Revised target", "RAG", "Update"]):
        set_cell(t.cell(0, k), h, True); shade(t.cell(0, k), "C00000")
    notices = [
        ("Improvement Notice IN/0412/25 – Management of hot fire training exposure",
         "Requirement: Put in place a suitable system to monitor and limit instructors' exposure to heat and products of combustion.",
         [("1.1", "Introduce an instructor exposure log recording each hot fire evolution.", "Group Commander (Training)", "May 2025", "June 2025", "Blue", "Log live since 2 June 2025.", ["Group Commander (Training)"], "2025-06", "blue"),
          ("1.2", "Set and publish maximum exposure limits per instructor per week.", "Group Commander (Training); Health and Safety Manager", "June 2025", "", "Green", "Limits agreed at Health and Safety Committee.", ["Group Commander (Training)", "Health and Safety Manager"], "2025-06", "green"),
          ("1.3", "Procure decontamination facilities for the hot fire training unit.", "Head of Procurement", "September 2025", "January 2026", "Amber", "Tender returned over budget; re-tender under way.", ["Head of Procurement"], "2026-01", "amber"),
          ("1.4", "Provide health surveillance for all hot fire instructors.", "Occupational Health Manager", "October 2025", "", "Red", "Provider contract not yet in place.", ["Occupational Health Manager"], "2025-10", "red")]),
        ("Improvement Notice IN/0413/25 – Maintenance of breathing apparatus test equipment",
         "Requirement: Ensure breathing apparatus test equipment is examined and calibrated at suitable intervals.",
         [("2.1", "Create an asset register of all BA test benches with calibration due dates.", "BA Workshop Manager", "April 2025", "", "Blue", "Completed.", ["BA Workshop Manager"], "2025-04", "blue"),
          ("2.2", "Agree a calibration contract covering all stations.", "Head of Procurement", "July 2025", "November 2025", "Amber", "Contract award report to SLT in October.", ["Head of Procurement"], "2025-11", "amber"),
          ("2.3", "Audit station compliance with BA test recording.\nReport findings to the Health and Safety Committee.", "Health and Safety Manager", "Quarterly", "", "Green", "First quarterly audit completed July 2025.", ["Health and Safety Manager"], None, "green")]),
    ]
    actions = []
    for head, req, items in notices:
        c = t.add_row().cells; m = c[0].merge(c[6]); set_cell(m, head, True); shade(m, "F2DCDB")
        c = t.add_row().cells; m = c[0].merge(c[6]); set_cell(m, req)
        for ref, a, ld, o, rv, rag, up, lead, end, stat in items:
            c = t.add_row().cells
            for k, v in enumerate([ref, a, ld, o, rv, rag, up]): set_cell(c[k], v)
            shade(c[5], RAGFILL[stat])
            actions.append(act(ref, [head, req], a, lead, end, stat, end_text="Quarterly" if o == "Quarterly" else None))
    d.add_paragraph("Compliance dates set by HSENI: IN/0412/25 – 31 January 2026; IN/0413/25 – 30 November 2025.")
    d.save(P(name))
    write_yaml(name, {
        "source": "Imitates a fire and rescue service's action plan responding to HSENI Improvement Notices "
                  "(NIFRS-style, 2025, reported to SLT and ARAC): title, narrative intro, status date, colour RAG key "
                  "table, then one plan table with merged full-width notice heading rows and requirement rows above "
                  "numbered actions, original and revised target columns, RAG word with matching fill, and a "
                  "compliance-dates note after the table.",
        "reads": "Seven actions under two Improvement Notices, each answering the notice's stated requirement. "
                 "The revised target is the end where given; 'Quarterly' has no end month.",
        "outcome": "read", "accept_refusal": False,
        "title": "HSENI Improvement Notices – Action Plan",
        "actions": actions})

# ---------------------------------------------------------------- 6 Salisbury City Council Monday.com export (csv)
def salisbury():
    name = "ztr-salisbury-city-council-governance-improvement-plan-monday-export.csv"
    import csv, io
    groups = [
        ("Policies & Standing Orders", [
            ("Review Standing Orders against NALC 2025 model", "GIP-01", "Annie Hartley", "Complete", "2025-09-30", "High", "Adopted at Full Council 22 Sept"),
            ("Adopt a Complaints Procedure with a clear escalation route", "GIP-02", "Annie Hartley, Tom Biggs", "Green", "2025-12-31", "Medium", ""),
            ("Publish a Scheme of Delegation on the website", "GIP-03", "Tom Biggs", "Amber", "2026-01-31", "Medium", "Draft with Chair of Governance")]),
        ("Councillor training & conduct", [
            ("Deliver Code of Conduct training for all councillors", "GIP-04", "Priya Nair", "Red", "2025-10-31", "High", "Only 9 of 23 councillors attended; second session needed"),
            ("Introduce annual register of interests reminder", "GIP-05", "Priya Nair", "", "2026-03-31", "Low", ""),
            ("Set up a councillor induction pack for the 2027 elections", "GIP-06", "Annie Hartley", "", "", "Low", "Timing to be agreed")]),
    ]
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Governance Improvement Plan 2025-26"]); w.writerow([])
    actions = []
    for g, items in groups:
        w.writerow([g])
        w.writerow(["Name", "Ref", "Person", "Status", "Due date", "Priority", "Notes"])
        for n, ref, p, st, due, pr, nt in items:
            w.writerow([n, ref, p, st, due, pr, nt])
            actions.append(act(ref, [g], n, [x.strip() for x in p.split(",")], due[:7] if due else None,
                               {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}[st]))
        w.writerow([])
    with open(P(name), "w", encoding="utf-8", newline="") as f: f.write(buf.getvalue())
    write_yaml(name, {
        "source": "Imitates a Monday.com board export as a city/parish council would keep its governance improvement "
                  "plan (Salisbury City Council style, 2025-26): board name line, a group name line above each group, "
                  "the column header repeated per group, Person column with comma-separated full names, ISO due dates, "
                  "a customised RAG status column and a blank line between groups.",
        "reads": "Six items in two groups; each item's Name is the action and Ref its reference. Two items have no "
                 "status (not started) and one has no due date.",
        "outcome": "read", "accept_refusal": False,
        "title": "Governance Improvement Plan 2025-26",
        "actions": actions})

# ---------------------------------------------------------------- 7 Ely City Council committee action log (txt)
def ely():
    name = "ztr-ely-city-council-finance-and-general-purposes-committee-action-log.txt"
    lines = ["Ely City Council", "Finance & General Purposes Committee – Action Log", "Updated 2 February 2026", "",
             "No.\tMinute\tAction\tBy whom\tDeadline\tRAG\tUpdate"]
    meetings = [
        ("Meeting of 11 November 2025", [
            ("FGP-25-14", "25/112", "Obtain three quotes for replacement of the Paradise Pool boiler", "Facilities Officer", "Dec-25", "Complete", "Quotes reported to January meeting"),
            ("FGP-25-15", "25/115", "Circulate draft 2026/27 budget and precept options to all members", "RFO", "Dec-25", "Complete", "Circulated 2 December"),
            ("FGP-25-16", "25/118", "Review bank mandate following change of signatories", "Town Clerk/RFO", "Jan-26", "Amber", "Awaiting bank confirmation")]),
        ("Meeting of 13 January 2026", [
            ("FGP-26-01", "26/004", "Report on options for investing reserves with CCLA", "RFO", "Mar-26", "Green", ""),
            ("FGP-26-02", "26/007", "Write to Cambridgeshire County Council regarding the highways verge cutting agreement", "Town Clerk", "Next meeting", "Red", "No response to initial email"),
            ("FGP-26-03", "26/009", "Arrange internal audit interim visit", "RFO", "Apr-26", "", "")]),
    ]
    mon = {"Dec-25": "2025-12", "Jan-26": "2026-01", "Mar-26": "2026-03", "Apr-26": "2026-04"}
    st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red", "": "unrated"}
    actions = []
    for m, items in meetings:
        lines.append(m)
        for no, mi, a, who, dl, rag, up in items:
            lines.append("\t".join([no, mi, a, who, dl, rag, up]))
            actions.append(act(no, [m], a, [x.strip() for x in who.split("/")], mon.get(dl), st[rag],
                               end_text=None if dl in mon else dl))
    lines += ["", "Completed actions are removed after being reported to one meeting."]
    with open(P(name), "w", encoding="utf-8", newline="") as f: f.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": "Imitates a city/town council committee action log saved as tab-separated text (Ely City Council "
                  "style, Finance & General Purposes Committee, 2025-26): title lines and update date, one header line, "
                  "a meeting-date line above the actions arising from that meeting, minute references, Mon-YY "
                  "deadlines or 'Next meeting', RAG word and update, and a closing note.",
        "reads": "Six actions arising from two committee meetings, grouped under the meeting lines. 'Town Clerk/RFO' is "
                 "two officers; 'Next meeting' has no end month; the last action has no RAG.",
        "outcome": "read", "accept_refusal": False,
        "title": "Finance & General Purposes Committee – Action Log",
        "actions": actions})

if __name__ == "__main__":
    naturescot(); rr = lichfield(); sueryder(); cromer(); nifrs(); salisbury(); ely()
    print("lichfield refuse row", rr)
