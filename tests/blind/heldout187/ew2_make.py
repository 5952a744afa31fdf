"""Builds the seven ew2- data files (and their expected readings) in this folder."""
import os, datetime
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document

D = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FFC7CE", "amber": "FFEB9C", "green": "C6EFCE", "blue": "9BC2E6"}
def fill(c): return PatternFill("solid", start_color=c, end_color=c)

def write_yaml(name, meta, actions):
    out = dict(meta)
    if actions is not None:
        out["actions"] = actions
    with open(os.path.join(D, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=1000)

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

# ---------------------------------------------------------------- 1 West Berkshire ASC CQC (xlsx)
def west_berks():
    name = "ew2-west-berkshire-council-asc-cqc-assessment-improvement-plan.xlsx"
    title = "West Berkshire Council – Adult Social Care CQC Assessment Improvement Plan"
    wb = Workbook(); ws = wb.active; ws.title = "Cover"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Version"; ws["B3"] = "Date"; ws["C3"] = "Author"; ws["D3"] = "Comment"
    ws.append(["0.3", "14/03/2025", "Transformation Lead", "Draft following CQC feedback"])
    ws.append(["1.0", "02/04/2025", "Transformation Lead", "Agreed at ASC Improvement Board"])
    ws.append(["1.2", "08/07/2025", "Transformation Lead", "Q1 progress update"])
    k = wb.create_sheet("RAG Key")
    k.append(["RAG", "Meaning"])
    for r, t, c in [("R", "Off track – will not meet target date", "red"), ("A", "Some slippage – recoverable", "amber"),
                    ("G", "On track", "green"), ("B", "Complete", "blue")]:
        k.append([r, t]); k.cell(k.max_row, 1).fill = fill(FILL[c])
    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "CQC overall rating: Requires Improvement (published February 2025). Progress as at 30 June 2025."
    hdr = ["Ref", "Quality statement", "Action", "Lead", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    ws.append([]); ws.append(hdr)
    for i in range(1, 9): ws.cell(4, i).font = Font(bold=True)
    rows = [
        ("Theme 1: Working with people", None),
        ("1.1", "Assessing needs", "Reduce the number of people waiting for a Care Act assessment through a dedicated waiting list team and weekly triage of all new referrals",
         "Head of Adult Social Care", datetime.date(2025, 9, 30), "A", "G", "Waiting list down from 412 to 268."),
        ("1.2", None, "Introduce a strengths-based assessment template in Mosaic and train all assessors in its use",
         "Principal Social Worker / Systems Lead", datetime.date(2025, 7, 31), "G", "B", "Template live 1 July; 94% staff trained."),
        ("1.3", "Supporting people to live healthier lives", "Extend the reablement offer to weekends\nand evaluate outcomes after six months",
         "Service Manager (Reablement)", datetime.date(2025, 12, 31), "R", "A", "Recruitment to weekend rota under way."),
        ("Theme 2: Providing support", None),
        ("2.1", "Care provision, integration and continuity", "Refresh the Market Position Statement with providers, including a gap analysis of nursing dementia beds",
         "Head of Commissioning", datetime.date(2025, 10, 31), "G", "G", ""),
        ("2.2", None, "Agree a joint hospital discharge pathway with the Royal Berkshire Hospital and the ICB",
         "Head of Commissioning and Head of Adult Social Care", datetime.date(2026, 3, 31), "", "", "Not yet started – due to begin Q3."),
        ("Theme 3: Ensuring safety", None),
        ("3.1", "Safeguarding", "Clear the backlog of safeguarding concerns awaiting a Section 42 decision and report weekly to the Principal Social Worker",
         "Safeguarding Adults Manager", datetime.date(2025, 8, 31), "R", "R", "Backlog increased over June due to staff absence."),
    ]
    merges = []
    for r in rows:
        if r[1] is None and len(r) == 2:
            ws.append([r[0]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8)
            ws.cell(rr, 1).font = Font(bold=True); ws.cell(rr, 1).fill = fill("D9E1F2")
            continue
        ws.append(list(r)); rr = ws.max_row
        ws.cell(rr, 5).number_format = "dd/mm/yyyy"
        ws.cell(rr, 3).alignment = Alignment(wrap_text=True)
        for col in (6, 7):
            v = ws.cell(rr, col).value
            if v: ws.cell(rr, col).fill = fill(FILL[{"R": "red", "A": "amber", "G": "green", "B": "blue"}[v]])
        if r[1] is None:
            merges.append(rr)
    for rr in merges:  # quality statement spans its actions
        ws.merge_cells(start_row=rr - 1, start_column=2, end_row=rr, end_column=2)
    ws.append([]); ws.append(["Summary (current RAG): Blue 1, Green 2, Amber 1, Red 1, Not rated 1"])
    wb.save(os.path.join(D, name))
    T1, T2, T3 = "Theme 1: Working with people", "Theme 2: Providing support", "Theme 3: Ensuring safety"
    acts = [
        A("1.1", [T1, "Assessing needs"], rows[1][2], ["Head of Adult Social Care"], "2025-09", "green"),
        A("1.2", [T1, "Assessing needs"], rows[2][2], ["Principal Social Worker", "Systems Lead"], "2025-07", "blue"),
        A("1.3", [T1, "Supporting people to live healthier lives"], rows[3][2], ["Service Manager (Reablement)"], "2025-12", "amber"),
        A("2.1", [T2, "Care provision, integration and continuity"], rows[5][2], ["Head of Commissioning"], "2025-10", "green"),
        A("2.2", [T2, "Care provision, integration and continuity"], rows[6][2], ["Head of Commissioning", "Head of Adult Social Care"], "2026-03", "unrated"),
        A("3.1", [T3, "Safeguarding"], rows[8][2], ["Safeguarding Adults Manager"], "2025-08", "red"),
    ]
    write_yaml(name, {
        "source": "Imitates an English council's adult social care improvement plan after its CQC local authority assessment (2024-25 round, e.g. plans taken to ASC improvement boards and scrutiny). Copied features: cover sheet with version table, separate RAG key sheet, plan sheet with title and status line, merged theme band rows named after CQC themes, quality statement merged vertically over its actions, dates as real dates, previous and current RAG columns with fill colours, a 'Head of ... and Head of ...' joint lead, a summary line under the table.",
        "reads": "A three-sheet workbook; the plan sheet lists six actions under three CQC themes, each action beside the quality statement it answers, with a lead, a target date, previous and current RAG and a progress update. The status is the current RAG; one action is not yet rated.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 2 Flintshire CIW adult PE (docx)
def flintshire():
    name = "ew2-flintshire-county-council-ciw-adult-services-performance-evaluation-action-plan.docx"
    title = "Flintshire County Council – Social Services: Adult Services Performance Evaluation Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Care Inspectorate Wales (CIW) Performance Evaluation Inspection, published October 2024. "
                      "This plan responds to the areas for improvement under each of the four principles of the Social Services and Well-being (Wales) Act 2014.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Chief Officer Social Services"), ("Version", "1.1"),
                                ("Approved by", "Social and Health Care Overview & Scrutiny Committee"), ("Date", "16 January 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("Status key: Not started / On track / Complete")
    P = [
        ("Principle 1: People – voice and choice", [
            ("AFI 1: The local authority should ensure carers are consistently offered a carer's needs assessment and that this is recorded.", [
                ("1.1", "Relaunch the carer's assessment offer with NEWCIS and include a prompt in the WCCIS assessment workflow", "Service Manager – Localities", "March 2025", "Complete"),
                ("1.2", "Audit a sample of 40 cases each quarter to test that the offer was made and recorded", "Quality Assurance Lead", "Quarterly from April 2025", "On track"),
            ]),
        ]),
        ("Principle 2: Prevention", [
            ("AFI 2: The local authority should reduce waiting times for occupational therapy assessments.", [
                ("2.1", "Introduce trusted assessor training for reablement support workers to complete low-level equipment assessments", "Senior Manager – Integrated Services", "June 2025", "On track"),
                ("2.2", "Commission additional OT capacity from the independent sector for six months", "Senior Manager – Integrated Services; Commissioning Manager", "End of September 2025", "Not started"),
            ]),
        ]),
        ("Principle 3: Well-being", [
            ("AFI 3: The local authority should strengthen its oversight of domiciliary care capacity and unmet need.", [
                ("3.1", "Publish a monthly unmet need report to the Senior Management Team", "Commissioning Manager", "Ongoing", "On track"),
                ("3.2", "Develop the in-house micro-care enterprise scheme in rural areas of the county", "Service Manager – Resources", "31/12/2025", "On track"),
            ]),
        ]),
        ("Principle 4: Partnerships and integration", [
            ("AFI 4: The local authority and Betsi Cadwaladr University Health Board should improve joint arrangements for hospital discharge.", [
                ("4.1", "Agree a joint discharge to recover then assess (D2RA) protocol with BCUHB", "Chief Officer Social Services and BCUHB Director of Operations", "September 2025", "On track"),
            ]),
        ]),
    ]
    acts = []
    stmap = {"Complete": "blue", "On track": "green", "Not started": "unrated"}
    for pr, afis in P:
        doc.add_heading(pr, level=2)
        for afi, rows in afis:
            tb = doc.add_table(rows=2, cols=5); tb.style = "Table Grid"
            m = tb.cell(0, 0).merge(tb.cell(0, 4)); m.text = afi
            for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Status"]): tb.cell(1, i).text = h
            for r in rows:
                cells = tb.add_row().cells
                for i, v in enumerate(r): cells[i].text = v
                lead = {"Senior Manager – Integrated Services; Commissioning Manager": ["Senior Manager – Integrated Services", "Commissioning Manager"],
                        "Chief Officer Social Services and BCUHB Director of Operations": ["Chief Officer Social Services", "BCUHB Director of Operations"]}.get(r[2], [r[2]])
                endmap = {"March 2025": ("2025-03", None), "Quarterly from April 2025": (None, "Quarterly from April 2025"),
                          "June 2025": ("2025-06", None), "End of September 2025": ("2025-09", None), "Ongoing": (None, "Ongoing"),
                          "31/12/2025": ("2025-12", None), "September 2025": ("2025-09", None)}
                e, et = endmap[r[3]]
                acts.append(A(r[0], [pr, afi], r[1], lead, e, stmap[r[4]], et))
            doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is reported to the Social and Health Care Overview & Scrutiny Committee every six months.")
    doc.save(os.path.join(D, name))
    write_yaml(name, {
        "source": "Imitates a Welsh local authority's action plan after a Care Inspectorate Wales performance evaluation inspection of adult services (2024), as taken to social care scrutiny committees. Copied features: title heading and intro, document-control table, status key line, a heading per Act principle, one table per area for improvement with the AFI text in a merged first row above a Ref/Action/Lead/Timescale/Status header, worded statuses, mixed timescales (month, end of month, day-first date, Ongoing, Quarterly), two leads in one cell.",
        "reads": "A Word plan with seven actions under four principles, each table answering one CIW area for improvement written across its top row. Statuses are words (Complete, On track, Not started).",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 3 North Somerset IA tracker (csv)
def north_somerset():
    name = "ew2-north-somerset-council-internal-audit-recommendations-tracker.csv"
    import csv, io
    title = "North Somerset Council - Internal Audit Recommendations Tracker"
    rows = [[title] + [""] * 10,
            ["Audit Committee 22 January 2025 - outstanding and recently closed recommendations"] + [""] * 10,
            [""] * 11,
            ["Audit", "Assurance Opinion", "Rec No", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "RAG", "Comments"]]
    data = [
        ("Accounts Payable 2023/24", "Reasonable", "1", "Medium", "Supplier bank detail changes should be independently verified before being processed.",
         "Introduce call-back verification to a known contact for all bank detail change requests, evidenced on the supplier file.", "Head of Finance Operations", "30/06/2024", "", "B", "Verified by IA in October 2024."),
        ("Accounts Payable 2023/24", "Reasonable", "2", "Low", "Duplicate payment reports should be reviewed weekly.",
         "Schedule the duplicate payment report in Unit4 and record weekly review sign-off.", "AP Team Leader", "31/08/2024", "31/03/2025", "A", "Report built; sign-off not yet evidenced."),
        ("Contract Management 2024/25", "Limited", "1", "High", "A complete contracts register should be maintained and published.",
         "Reconcile the contracts register to spend over £25k and publish quarterly.", "Head of Procurement; Contract Manager", "31/12/2024", "", "R", "Register 70% reconciled; delayed by system migration."),
        ("Contract Management 2024/25", "Limited", "2", "Medium", "Contract managers should hold documented performance meetings.",
         "Issue a contract management toolkit and require quarterly performance meeting notes for Gold contracts.", "Head of Procurement", "31/03/2025", "", "G", ""),
        ("Cyber Security 2024/25", "Reasonable", "1", "High", "Privileged accounts should be reviewed regularly.",
         "Carry out quarterly reviews of privileged and service accounts and remove unused accounts.", "ICT Security Manager", "31/01/2025", "30/04/2025", "A", "First review complete; process not yet embedded."),
        ("Cyber Security 2024/25", "Reasonable", "2", "Medium", "Staff completion of cyber awareness training should be monitored.",
         "Report mandatory training completion to CMT quarterly, with follow-up of non-completers by managers.", "ICT Security Manager & HR Business Partner", "31/03/2025", "", "G", "Q3 report went to CMT 10 Dec."),
    ]
    for d in data: rows.append(list(d))
    rows += [[""] * 11,
             ["Key: B = implemented/closed, G = on track, A = revised date agreed, R = overdue"] + [""] * 10,
             ["Total recommendations: 6", "", "Implemented: 1", "Outstanding: 5"] + [""] * 7]
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    open(os.path.join(D, name), "w", encoding="utf-8", newline="").write(buf.getvalue())
    st = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    leads = {"Head of Procurement; Contract Manager": ["Head of Procurement", "Contract Manager"],
             "ICT Security Manager & HR Business Partner": ["ICT Security Manager", "HR Business Partner"]}
    def m(s): dd, mm, yy = s.split("/"); return f"{yy}-{mm}"
    acts = [A(d[2], [d[0], d[4]], d[5], leads.get(d[6], [d[6]]), m(d[8] or d[7]), st[d[9]]) for d in data]
    write_yaml(name, {
        "source": "Imitates an English district/unitary council internal audit recommendations tracker as appended to Audit Committee papers (2024-25). Copied features: title and committee line, audit name and assurance opinion repeated per row, rec number restarting per audit, priority, recommendation beside agreed management action, original and revised target dates (day-first), letter RAG with a key line, totals line at the foot.",
        "reads": "A CSV export listing six agreed management actions from three audits, each beside the recommendation it answers, with a responsible officer, original and revised target dates and a letter RAG explained by the key below the table.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 4 Powys CC Audit Wales tracker (xlsx)
def powys():
    name = "ew2-powys-county-council-audit-wales-recommendations-tracker.xlsx"
    title = "Powys County Council – Audit Wales Recommendations Tracker"
    wb = Workbook(); s = wb.active; s.title = "Summary"
    s["A1"] = title; s["A1"].font = Font(bold=True, size=13)
    s.append(["Position at 30 September 2025 – Governance and Audit Committee"])
    s.append([]); s.append(["Report", "Recommendations", "Complete", "In progress", "Overdue"])
    s.append(["Financial Sustainability Review", 2, 1, 1, 0]); s.append(["Use of Performance Information", 2, 0, 1, 1]); s.append(["Total", 4, 1, 2, 1])
    ws = wb.create_sheet("Tracker")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG shown by cell colour: Blue – complete; Green – on track; Amber – at risk; Red – overdue"
    ws.append([])
    ws.append(["Report", "Action ref", "Audit Wales recommendation", "Management response / action", "Responsible officer",
               "Target date", "Revised target", "RAG", "Progress"])
    for i in range(1, 10): ws.cell(4, i).font = Font(bold=True)
    R1 = "Financial Sustainability Review (Audit Wales, May 2024)"
    R2 = "Use of Performance Information: Service User Perspective and Outcomes (Audit Wales, January 2025)"
    rec = {
        "R1": "R1 The Council should strengthen its medium-term financial plan by identifying how the budget gap for 2025-26 to 2027-28 will be closed.",
        "R2": "R2 The Council should improve how savings proposals are tracked and reported to members.",
        "R3": "R3 The Council should ensure that performance information provided to members includes the service user perspective.",
        "R4": "R4 The Council should evaluate the outcomes of its key services and use this to inform decisions.",
    }
    data = [
        (R1, "R1.1", rec["R1"], "Develop a three-year savings programme aligned to the MTFS and report it to Cabinet with the 2025-26 budget", "Head of Finance (S151 Officer)", "February 2025", "", "blue", "Approved by Council 20 Feb 2025."),
        (R1, "R1.2", rec["R1"], "Carry out a review of reserves and set a minimum general reserve policy", "Head of Finance (S151 Officer)", "March 2025", "September 2025", "green", "Draft policy to Cabinet October."),
        (R1, "R2.1", rec["R2"], "Introduce a monthly savings delivery tracker reported to the Executive Management Team and quarterly to Cabinet", "Finance Business Partner / Transformation Manager", "June 2025", "", "blue", "In place since Q1."),
        (R2, "R3.1", rec["R3"], "Add complaints, compliments and survey results to the quarterly performance report", "Head of Transformation and Democratic Services", "Q2 2025/26", "", "amber", "Survey data only partly available."),
        (R2, "R3.2", rec["R3"], "Hold a member workshop on using customer insight in scrutiny", "Scrutiny Manager", "July 2025", "", "red", "Workshop postponed; no new date set."),
        (R2, "R4.1", rec["R4"], "Agree an outcomes framework for social care, housing and highways services", "Chief Executive", "March 2026", "", "green", ""),
        (R2, "R4.2", rec["R4"], "Pilot outcome evaluation in the Housing Options service\nand report findings to the Governance and Audit Committee", "Head of Housing", "December 2025", "", "green", "Pilot started August."),
    ]
    start = ws.max_row + 1
    for d in data:
        ws.append(list(d[:7]) + [None, d[8]]); rr = ws.max_row
        ws.cell(rr, 8).fill = fill(FILL[d[7]])
        for c in (3, 4): ws.cell(rr, c).alignment = Alignment(wrap_text=True, vertical="top")
    # merge report and recommendation cells over their actions (vertical)
    def vmerge(col, key):
        r = start
        while r < start + len(data):
            e = r
            while e + 1 < start + len(data) and key(data[e + 1 - start]) == key(data[r - start]): e += 1
            if e > r:
                ws.merge_cells(start_row=r, start_column=col, end_row=e, end_column=col)
            r = e + 1
    vmerge(1, lambda d: d[0]); vmerge(3, lambda d: d[2])
    wb.save(os.path.join(D, name))
    leads = {"Finance Business Partner / Transformation Manager": ["Finance Business Partner", "Transformation Manager"]}
    ends = {"February 2025": "2025-02", "September 2025": "2025-09", "June 2025": "2025-06", "Q2 2025/26": "2025-09",
            "July 2025": "2025-07", "March 2026": "2026-03", "December 2025": "2025-12"}
    acts = []
    for d in data:
        et = d[6] or d[5]
        a = A(d[1], [d[0], d[2]], d[3], leads.get(d[4], [d[4]]), ends[et], d[7])
        acts.append(a)
    write_yaml(name, {
        "source": "Imitates a Welsh county council's tracker of Audit Wales recommendations as reported to its Governance and Audit Committee (2025). Copied features: summary sheet with counts per report, tracker sheet with title and a colour key line, report name and recommendation text merged vertically over their actions, action refs R1.1, R1.2 ..., management response actions, job-title officers, original and revised target dates (month words, a financial-year quarter), RAG shown by cell fill only.",
        "reads": "Two sheets: a summary of counts, then the tracker of seven management actions grouped by Audit Wales report and recommendation. Status is read from the fill colour of the RAG cell; where a revised target is given it is the due date.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 5 Fife Council Best Value (docx)
def fife():
    name = "ew2-fife-council-best-value-improvement-action-plan.docx"
    title = "Fife Council – Best Value Improvement Action Plan 2024-2026"
    doc = Document()
    doc.add_paragraph(title).runs[0].bold = True
    doc.add_paragraph("Response to the Controller of Audit's Best Value thematic report on workforce innovation, and the Accounts Commission's findings (2024).")
    doc.add_paragraph("Report to Policy and Co-ordination Committee, 6 March 2025")
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Recommendation", "Improvement action", "Lead officer", "Timescale", "Progress to date", "RAG"]):
        t.cell(0, i).text = h
    recs = {
        "1": "The Council should set out how its workforce plan supports delivery of its reform and transformation priorities.",
        "2": "The Council should improve the use of workforce data to inform decision-making.",
        "3": "The Council should work with partners to address recruitment difficulties in hard-to-fill posts.",
    }
    data = [
        ("1a", "1", "Refresh the Workforce Strategy and Plan 2025-2028 and align it with the Reform Programme", "Head of Human Resources", "By 31 March 2025", "Draft agreed by CET.", "Green"),
        ("1b", "1", "Report workforce plan progress annually to the Policy and Co-ordination Committee", "Head of Human Resources", "Annually", "", "Green"),
        ("2a", "2", "Develop a workforce dashboard in Power BI covering vacancies, absence and age profile by service", "Head of Business & Employee Services; Head of Human Resources", "September 2025", "Absence data not yet linked.", "Amber"),
        ("2b", "2", "Train service managers in using the dashboard for workforce planning", "HR Lead Officer", "December 2025", "", "Not started"),
        ("3a", "3", "Launch a joint social care recruitment campaign with the Health and Social Care Partnership", "Director of Health and Social Care", "November 2024", "Campaign ran Oct–Nov 2024.", "Complete"),
        ("3b", "3", "Expand the Fife Modern Apprenticeship programme into roads and lighting services", "Head of Roads and Transportation Services", "August 2025", "", "Green"),
    ]
    first = {}
    for d in data:
        c = t.add_row().cells
        c[0].text = d[0]; c[2].text = d[2]; c[3].text = d[3]; c[4].text = d[4]; c[5].text = d[5]; c[6].text = d[6]
        if d[1] not in first:
            first[d[1]] = len(t.rows) - 1; c[1].text = d[1] + ". " + recs[d[1]]
    # merge recommendation cells vertically
    for k, r0 in first.items():
        n = sum(1 for d in data if d[1] == k)
        if n > 1:
            t.cell(r0, 1).merge(t.cell(r0 + n - 1, 1))
    doc.add_paragraph("RAG: Green – on track; Amber – some delay; Red – significant delay; Complete – action delivered.")
    doc.save(os.path.join(D, name))
    st = {"Green": "green", "Amber": "amber", "Not started": "unrated", "Complete": "blue"}
    ends = {"By 31 March 2025": ("2025-03", None), "Annually": (None, "Annually"), "September 2025": ("2025-09", None),
            "December 2025": ("2025-12", None), "November 2024": ("2024-11", None), "August 2025": ("2025-08", None)}
    leads = {"Head of Business & Employee Services; Head of Human Resources": ["Head of Business & Employee Services", "Head of Human Resources"]}
    acts = []
    for d in data:
        e, et = ends[d[4]]
        acts.append(A(d[0], [d[1] + ". " + recs[d[1]]], d[2], leads.get(d[3], [d[3]]), e, st[d[6]], et))
    write_yaml(name, {
        "source": "Imitates a Scottish council's Best Value improvement action plan responding to the Controller of Audit / Accounts Commission thematic report on workforce (2024), as reported to a council committee. Copied features: bold title line, context and committee lines, one seven-column table, numbered recommendation merged vertically over its lettered actions, job-title lead officers (two in one cell), timescales as 'By 31 March 2025', 'Annually' and months, RAG words with a key paragraph below.",
        "reads": "A Word document with a single table of six improvement actions (1a-3b), each sitting beside the Accounts Commission recommendation it answers. Statuses are RAG words, Complete or Not started.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 6 Teignbridge risk register (txt)
def teignbridge():
    name = "ew2-teignbridge-dc-strategic-risk-register-q2-2025-26.txt"
    title = "Teignbridge District Council - Strategic Risk Register"
    L = [title, "Quarter 2 2025/26 (position at 30 September 2025) - Audit Scrutiny Committee", "",
         "\t".join(["Ref", "Risk / mitigating action", "Owner", "Inherent score", "Residual score", "Due", "Action RAG", "Update"])]
    risks = [
        ("SR01 Medium Term Financial Plan – funding gap from 2026/27", [
            ("SR01.1", "Deliver the 2025/26 savings and income plan of £1.2m", "Head of Corporate Services (S151)", "20", "12", "Mar-26", "A", "£0.8m delivered to date"),
            ("SR01.2", "Model the impact of the Fair Funding Review and report options to Executive", "Chief Finance Officer & Strategic Director", "", "", "Dec-25", "G", ""),
        ]),
        ("SR02 Cyber attack leading to loss of systems", [
            ("SR02.1", "Achieve PSN compliance and complete the annual IT health check", "ICT Manager", "25", "15", "Nov-25", "G", "Health check booked"),
            ("SR02.2", "Run a cyber incident exercise with the Corporate Leadership Team", "ICT Manager", "", "", "Ongoing", "G", "Annual exercise"),
        ]),
        ("SR03 Failure to meet the Regulator of Social Housing consumer standards for temporary accommodation", [
            ("SR03.1", "Complete stock condition surveys on all council-owned temporary accommodation", "Housing Services Manager", "16", "12", "Q3 2025/26", "R", "Contractor delayed - 40% complete"),
            ("SR03.2", "Review damp and mould procedure against Awaab's Law requirements", "Housing Services Manager", "", "", "Oct-25", "B", "Procedure approved 24/09/25"),
        ]),
    ]
    acts = []
    st = {"A": "amber", "G": "green", "R": "red", "B": "blue"}
    ends = {"Mar-26": ("2026-03", None), "Dec-25": ("2025-12", None), "Nov-25": ("2025-11", None), "Ongoing": (None, "Ongoing"),
            "Q3 2025/26": ("2025-12", None), "Oct-25": ("2025-10", None)}
    leads = {"Chief Finance Officer & Strategic Director": ["Chief Finance Officer", "Strategic Director"]}
    for risk, rows in risks:
        L.append(risk)
        for r in rows:
            L.append("\t".join(r))
            e, et = ends[r[5]]
            acts.append(A(r[0], [risk], r[1], leads.get(r[2], [r[2]]), e, st[r[6]], et))
        L.append("")
    L += ["Scores: likelihood x impact (1-5 each). RAG: R = behind schedule, A = at risk, G = on track, B = complete.",
          "Risks closed this quarter: none"]
    open(os.path.join(D, name), "w", encoding="utf-8", newline="\n").write("\n".join(L) + "\n")
    write_yaml(name, {
        "source": "Imitates an English district council's strategic risk register as reported quarterly to its audit scrutiny committee (2025/26). Copied features: title and quarter line, a risk line (ref and description) over its numbered mitigating actions, inherent and residual scores on the first action row only, owners as posts (two in one cell), due dates as Mmm-yy, 'Ongoing' and a financial-year quarter, letter RAG with a key line and a closing note.",
        "reads": "A tab-separated text export of three strategic risks, each followed by two mitigating actions with an owner, due date and RAG letter. The actions are read under their risk line.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 7 Wiltshire RSH housing plan (xlsx, refuse)
def wiltshire():
    name = "ew2-wiltshire-council-rsh-consumer-standards-housing-improvement-plan-typo-month-refuse.xlsx"
    title = "Wiltshire Council Housing Services – Consumer Standards Improvement Plan"
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Responding to the Regulator of Social Housing C2 grading (2025). Monitored by the Housing Board monthly."
    ws.append([])
    ws.append(["Ref", "Standard / requirement", "Action", "Lead", "Start", "End", "Status", "Comments"])
    rows = [
        ("Safety and Quality Standard", None),
        ("SQ1", "Accurate, up-to-date stock condition data", "Complete stock condition surveys for 100% of homes on a five-year rolling programme", "Head of Asset Management", "Apr 2025", "Mar 2026", "On track", "58% surveyed"),
        ("SQ2", "Health and safety compliance", "Clear overdue fire risk assessment actions (high risk) across sheltered schemes", "Building Safety Manager", "Jun 2025", "Novmber 2025", "Amber", "Contractor capacity issue"),
        ("SQ3", "Damp and mould", "Introduce a 10-day inspection target for all damp and mould reports", "Repairs Manager", "May 2025", "Aug 2025", "Complete", ""),
        ("Transparency, Influence and Accountability Standard", None),
        ("TIA1", "Tenant satisfaction measures", "Publish TSM results and an action plan on the council website", "Tenant Engagement Manager", "Jul 2025", "Sep 2025", "On track", ""),
        ("TIA2", "Complaint handling", "Review complaint handling against the Housing Ombudsman Code and report to Housing Board", "Head of Housing Management / Customer Services Manager", "Aug 2025", "Jan 2026", "Not started", ""),
    ]
    refuse_row = None
    for r in rows:
        if r[1] is None:
            ws.append([r[0]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=8); ws.cell(rr, 1).font = Font(bold=True)
        else:
            ws.append(list(r)); rr = ws.max_row
            if r[5] == "Novmber 2025": refuse_row = rr
    wb.save(os.path.join(D, name))
    write_yaml(name, {
        "source": "Imitates an English stock-holding council's housing improvement plan after a Regulator of Social Housing consumer standards grading (2025). Copied features: title and context line, header row, merged standard section rows, requirement beside each action, start and end months as text, worded statuses.",
        "reads": "A single-sheet plan of five actions under two consumer standards. The end cell of action SQ2 reads 'Novmber 2025', a mistyped month, so a careful reader stops and asks what was meant before reading the plan.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": refuse_row, "title": title}, None)

for f in (west_berks, flintshire, north_somerset, powys, fife, teignbridge, wiltshire):
    f()
print("done")
