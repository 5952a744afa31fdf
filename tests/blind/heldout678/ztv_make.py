# Generator for set heldout678, prefix ztv: seven data files and their expected readings.
import os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document

D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
def fill(c): return PatternFill("solid", start_color=c, end_color=c)
RED, AMB, GRN, BLU = "FFFF0000", "FFFFC000", "FF00B050", "FF0070C0"

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text: d["end_text"] = end_text
    d["status"] = status
    return d

def write_yaml(name, source, reads, outcome, title, actions=None, refuse_at=None, accept=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept}
    if refuse_at is not None: d["refuse_at"] = refuse_at
    if title: d["title"] = title
    if actions is not None: d["actions"] = actions
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=1000)

# ---------------------------------------------------------------- 1 Scottish Water risk register
def f1():
    name = "ztv-scottish-water-corporate-risk-register-2025-26.xlsx"
    title = "Scottish Water – Corporate Risk Register 2025/26"
    wb = Workbook(); ws = wb.active; ws.title = "Cover"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    rows = [("Document owner", "Head of Risk and Assurance"), ("Version", "v3.2"),
            ("Date of review", "Q2 2025/26 (to 30 September 2025)"), ("Reported to", "Audit and Risk Committee, 4 November 2025")]
    for i, (a, b) in enumerate(rows, start=3): ws.cell(i, 1, a).font = Font(bold=True); ws.cell(i, 2, b)
    r = wb.create_sheet("CRR Actions")
    r["A1"] = title; r["A1"].font = Font(bold=True, size=14)
    r["A2"] = "Mitigating actions – position at Q2 2025/26"
    hdr = ["Ref", "Mitigating action", "Action owner", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    for c, h in enumerate(hdr, 1): r.cell(4, c, h).font = Font(bold=True)
    risks = [
      ("CR01 – Cyber security and operational technology resilience", [
        ("CR01.1", "Complete segmentation of operational technology (OT) networks at the 12 highest-criticality water treatment works", "Chief Information Officer", "31/03/2026", "A", "A", "8 of 12 sites complete; remaining works scheduled Q3/Q4."),
        ("CR01.2", "Run a cyber incident exercise with the Executive Leadership Team and test the revised Major Incident Plan", "Chief Information Officer; Head of Resilience", "December 2025", "G", "G", "Exercise date agreed with NCSC facilitator.")]),
      ("CR04 – Delivery of the 2021–27 capital investment programme", [
        ("CR04.1", "Re-baseline the capital programme against the Strategic Projections and report the revised profile to the Board", "Capital Investment Director", "Nov-25", "R", "A", "Draft re-baseline considered by Investment Committee in September."),
        ("CR04.2", "Introduce monthly supply-chain capacity reviews with Tier 1 framework contractors", "Head of Commercial", "30/06/2025", "A", "B", "Complete – reviews in place since June.")]),
      ("CR07 – Climate change adaptation and drought resilience", [
        ("CR07.1", "Publish the updated Drought Plan following consultation", "Director of Strategy", "Jan-26", "G", "G", ""),
        ("CR07.2", "Agree a prioritised list of sites for the flood resilience programme and secure Board approval\nfor the 2026–27 investment tranche", "Director of Strategy / Capital Investment Director", "Q4 2025/26", "A", "R", "Delayed: site flood-risk modelling not yet returned by consultants.")]),
    ]
    row = 5; acts = []
    for head, items in risks:
        r.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        r.cell(row, 1, head).font = Font(bold=True); r.cell(row, 1).fill = fill("FFD9E1F2"); row += 1
        for ref, act, lead, due, prev, cur, upd in items:
            for c, v in enumerate([ref, act, lead, due, prev, cur, upd], 1):
                r.cell(row, c, v).alignment = Alignment(wrap_text=True, vertical="top")
            row += 1
    k = wb.create_sheet("RAG Key")
    for i, t in enumerate(["R – action off track / target date will be missed", "A – at risk, mitigation in hand",
                           "G – on track", "B – action complete"], 1): k.cell(i, 1, t)
    wb.save(P(name))
    M = {"31/03/2026": "2026-03", "December 2025": "2025-12", "Nov-25": "2025-11", "30/06/2025": "2025-06", "Jan-26": "2026-01", "Q4 2025/26": "2026-03"}
    S = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for head, items in risks:
        for ref, act, lead, due, prev, cur, upd in items:
            leads = [x.strip() for x in lead.replace(";", "/").split("/")]
            acts.append(A(ref, [head], act, leads, M[due], S[cur]))
    write_yaml(name, "Imitates a Scottish public water corporation's corporate risk register as reported quarterly to its Audit and Risk Committee (2025/26): cover sheet with document control, action sheet with merged risk heading rows (CR01 ...), mitigating actions with owners, target dates in mixed formats, Previous RAG and Current RAG letters, progress update, separate RAG key sheet.",
      "A cover sheet, then a sheet of mitigating actions grouped under three corporate risks, each action with owner, target date, previous and current RAG letters; a key sheet defines B as complete. The status is the current RAG.",
      "read", title, acts)

# ---------------------------------------------------------------- 2 Wymondham Town Council
def f2():
    name = "ztv-wymondham-town-council-internal-audit-action-plan-2024-25.xlsx"
    title = "Wymondham Town Council – Internal Audit 2024/25 Action Plan"
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Internal auditor's report dated 14 May 2025. Presented to Finance and Governance Committee, 10 June 2025."
    hdr = ["No.", "Control objective", "Recommendation", "Agreed action", "Responsible", "Target date", "Status"]
    for c, h in enumerate(hdr, 1): ws.cell(4, c, h).font = Font(bold=True)
    items = [
      ("1", "B. Standing Orders and Financial Regulations", "Financial Regulations should be reviewed against the 2024 NALC model and readopted.", "Adopt revised Financial Regulations based on the NALC 2024 model at the Full Council meeting", "Town Clerk", "July 2025", BLU),
      ("2", "C. Risk management and insurance", "The risk register should be reviewed and formally approved at least annually.", "Review the corporate risk register and present to committee for approval", "Town Clerk / RFO", "Sept 2025", GRN),
      ("3", "E. Income controls", "Allotment rent reconciliations should be evidenced and signed.", "Introduce a monthly signed reconciliation of allotment rents to the cashbook", "RFO", "31/08/2025", AMB),
      ("4", "G. Payroll controls", "Payroll changes should be authorised by a second person.", "Require a councillor's countersignature for all starter, leaver and pay changes", "Chair of Finance and Governance Committee", "30/09/2025", RED),
      ("5", "L. Publication requirements", "The website should meet accessibility regulations and publish all Transparency Code information.", "Complete a website accessibility audit and publish the accessibility statement", "Deputy Town Clerk", "March 2026", None),
    ]
    acts = []
    M = {"July 2025": "2025-07", "Sept 2025": "2025-09", "31/08/2025": "2025-08", "30/09/2025": "2025-09", "March 2026": "2026-03"}
    S = {BLU: "blue", GRN: "green", AMB: "amber", RED: "red", None: "unrated"}
    for i, (no, area, rec, act, lead, due, col) in enumerate(items, start=5):
        for c, v in enumerate([no, area, rec, act, lead, due], 1):
            ws.cell(i, c, v).alignment = Alignment(wrap_text=True, vertical="top")
        if col: ws.cell(i, 7).fill = fill(col)
        acts.append(A(no, [area, rec], act, [x.strip() for x in lead.split("/")], M[due], S[col]))
    ws["A11"] = "Status key:"; ws["A11"].font = Font(bold=True)
    for j, (t, col) in enumerate([("Not yet due / not started", None), ("Overdue", RED), ("In progress", AMB), ("On track", GRN), ("Complete", BLU)], start=12):
        ws.cell(j, 1, t)
        if col: ws.cell(j, 2).fill = fill(col)
    wb.save(P(name))
    write_yaml(name, "Imitates an English town council's internal audit action plan (2024/25 AGAR internal audit report, control objectives lettered as in the Annual Internal Audit Report) taken to its Finance and Governance Committee: title and note lines, one row per recommendation with control objective, recommendation, agreed action, responsible officer, target date and a fill-colour-only status cell, colour key below.",
      "A one-sheet table of five internal audit points, each with the control objective and recommendation beside the agreed action; status is shown only by cell colour, explained by a key under the table.",
      "read", title, acts)

# ---------------------------------------------------------------- 3 Golding Homes board action log
def f3():
    name = "ztv-golding-homes-board-action-log.xlsx"
    title = "Golding Homes Board – Action Log"
    wb = Workbook()
    hdr = ["Meeting", "Minute ref", "Action", "Owner", "Original due date", "Revised due date", "Update", "Status"]
    openA = [
      ("25 Mar 2025", "B25/031", "Bring a revised Tenant Satisfaction Measures improvement plan to Board with quarterly milestones", "Director of Customer Services", "Jun-25", "Sep-25", "Deferred to September to include TSM 2024/25 results.", "Amber"),
      ("25 Mar 2025", "B25/036", "Commission an independent stock condition survey sample (10%) to validate the asset data", "Director of Property", "Dec-25", "", "Surveyor appointed; fieldwork started.", "Green"),
      ("24 Jun 2025", "B25/058", "Report on progress against the damp and mould case backlog, including cases over 28 days", "Director of Property", "Jul-25", "Oct-25", "Backlog reduced but not yet at target.", "Red"),
      ("24 Jun 2025", "B25/061", "Arrange Board development session on the Consumer Standards and RSH inspection readiness", "Company Secretary; Head of Governance", "Nov-25", "", "", "Not started"),
    ]
    closedA = [
      ("28 Jan 2025", "B25/007", "Circulate the final treasury management strategy to Board members", "Chief Financial Officer", "Feb-25", "", "Circulated 14 February 2025.", "Complete"),
      ("25 Mar 2025", "B25/033", "Update the Board skills matrix and share with the Nominations and Remuneration Committee", "Company Secretary", "May-25", "", "Presented to NRC on 20 May.", "Complete"),
    ]
    acts = []
    M = lambda s: {"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06", "Jul": "07", "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}[s[:3]]
    S = {"Amber": "amber", "Green": "green", "Red": "red", "Not started": "unrated", "Complete": "blue"}
    for sheet, items, label in [("Open actions", openA, "Open actions"), ("Closed actions", closedA, "Actions closed since last meeting")]:
        ws = wb.active if sheet == "Open actions" else wb.create_sheet(sheet)
        ws.title = sheet
        ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = label + " – Board meeting 23 September 2025"
        for c, h in enumerate(hdr, 1): ws.cell(3, c, h).font = Font(bold=True)
        for i, it in enumerate(items, start=4):
            for c, v in enumerate(it, 1): ws.cell(i, c, v if v else None)
            mtg, ref, act, lead, orig, rev, upd, st = it
            due = rev or orig
            acts.append(A(ref, [], act, [x.strip() for x in lead.split(";")], "20" + due[-2:] + "-" + M(due), S[st]))
    wb.save(P(name))
    write_yaml(name, "Imitates a housing association board action log as published in board papers (2025): two sheets, open actions and actions closed since the last meeting, each with meeting date, minute reference, action, owner (job titles), original and revised due dates, update and status word.",
      "Six board actions across two sheets, referenced by minute number; where a revised due date is given it replaces the original. Status words are RAG colours, Not started or Complete.",
      "read", title, acts)

# ---------------------------------------------------------------- 4 NIFRS highlight report (docx)
def f4():
    name = "ztv-nifrs-transformation-programme-highlight-report.docx"
    title = "NIFRS Transformation Programme – Highlight Report"
    doc = Document(); doc.add_heading(title, 0)
    doc.add_paragraph("Reporting period: 1 August 2025 – 31 August 2025")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Programme Sponsor", "Assistant Chief Fire and Rescue Officer"), ("Programme Manager", "Gillian Boyd"),
                                ("Overall programme RAG", "Amber"), ("Report to", "Transformation Board, 16 September 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("Key: Red – significant issues, Board intervention needed; Amber – issues being managed; Green – on track; Blue – complete.")
    doc.add_heading("Actions and milestones for next period", 1)
    ws = [
      ("Workstream 1: Service Delivery Model", [
        ("1.1", "Complete station-by-station risk modelling for the Emergency Cover Review", "Head of Operational Performance", "October 2025", "Green"),
        ("1.2", "Launch public consultation on the draft Emergency Cover Review proposals", "Head of Corporate Communications", "Jan 2026", "Amber")]),
      ("Workstream 2: Fleet and Estates", [
        ("2.1", "Award the contract for replacement of 24 appliances under the fleet replacement programme", "Head of Fleet and Engineering", "30/11/2025", "Red"),
        ("2.2", "Agree the business case for the new Learning and Development Centre with DoH sponsor branch", "Head of Estates / Director of Finance", "December 2025", "Amber")]),
      ("Workstream 3: People and Culture", [
        ("3.1", "Roll out the revised Dignity at Work policy and mandatory training to all staff", "Director of People", "September 2025", "Complete"),
        ("3.2", "Publish the Cultural Audit action plan and staff pulse survey results", "Director of People", "Ongoing", "Green")]),
    ]
    M = {"October 2025": "2025-10", "Jan 2026": "2026-01", "30/11/2025": "2025-11", "December 2025": "2025-12", "September 2025": "2025-09", "Ongoing": None}
    S = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    acts = []
    for head, items in ws:
        doc.add_heading(head, 2)
        tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Action / milestone", "Lead", "Due", "RAG"]): tb.cell(0, c).text = h
        for it in items:
            cells = tb.add_row().cells
            for c, v in enumerate(it): cells[c].text = v
            ref, act, lead, due, st = it
            acts.append(A(ref, [head], act, [x.strip() for x in lead.split("/")], M[due], S[st], end_text=("Ongoing" if due == "Ongoing" else None)))
    doc.add_heading("Risks and issues", 1)
    doc.add_paragraph("Appliance supplier lead times remain the main programme risk (see programme risk register PR-06).")
    doc.save(P(name))
    write_yaml(name, "Imitates a Northern Ireland fire and rescue service transformation programme highlight report to its Transformation Board (2025): title, reporting-period line, programme information table with overall RAG, RAG key line, then one table per workstream (Ref, Action / milestone, Lead, Due, RAG) under workstream headings, closing risks paragraph.",
      "A monthly highlight report: an information table, then three workstream sections each with a small table of next-period actions with lead, due date and RAG word. One due cell says Ongoing.",
      "read", title, acts)

# ---------------------------------------------------------------- 5 NTS ICO audit (docx)
def f5():
    name = "ztv-national-trust-for-scotland-ico-data-protection-audit-action-plan.docx"
    title = "The National Trust for Scotland – ICO Data Protection Audit: Management Action Plan"
    doc = Document(); doc.add_heading(title, 0)
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Document control", ""), ("Version", "1.3"), ("Owner", "Data Protection Officer"), ("Last updated", "2 October 2025")]):
        dc.cell(i, 0).text = a; dc.cell(i, 1).text = b
    doc.add_paragraph("The ICO's consensual audit (report issued April 2025) gave limited assurance for Records Management and reasonable assurance for the other scope areas. Each recommendation is followed by the Trust's agreed actions.")
    secs = [
      ("Scope area 1: Governance and Accountability", [
        ("A07 (High priority): The Trust should ensure that data protection training is completed by all staff and volunteers with access to personal data, and that completion is monitored.", [
          ("A07.1", "Make the data protection e-learning module mandatory for all staff and monitor completion monthly at the Information Governance Group", "Data Protection Officer", "30/06/2025", "Complete – 96% completion reported in June.", "Complete"),
          ("A07.2", "Deliver a tailored briefing for volunteer coordinators at properties", "Head of Volunteering", "31/10/2025", "Briefings held in 9 of 14 regions.", "Amber")]),
        ("A15 (Medium priority): The Trust should maintain a complete Record of Processing Activities (ROPA).", [
          ("A15.1", "Complete ROPA returns for all directorates and review them with Information Asset Owners", "Data Protection Officer and Information Asset Owners", "December 2025", "", "Green")])]),
      ("Scope area 2: Records Management", [
        ("B03 (High priority): The Trust should implement its retention schedule across paper and electronic records.", [
          ("B03.1", "Approve a revised retention schedule covering membership, fundraising and HR records", "Head of Records and Archives", "September 2025", "Draft with Executive Team.", "Red"),
          ("B03.2", "Carry out a records disposal exercise at Head Office and two regional offices", "Head of Records and Archives", "March 2026", "", "Not started")])]),
      ("Scope area 3: Subject Access Requests", [
        ("C02 (Medium priority): The Trust should have a documented SAR procedure and a log that records deadlines.", [
          ("C02.1", "Publish the SAR procedure on the intranet and introduce a SAR log with automated deadline alerts", "Information Governance Manager", "August 2025", "Procedure published; log live.", "Complete")])]),
    ]
    M = {"30/06/2025": "2025-06", "31/10/2025": "2025-10", "December 2025": "2025-12", "September 2025": "2025-09", "March 2026": "2026-03", "August 2025": "2025-08"}
    S = {"Complete": "blue", "Amber": "amber", "Green": "green", "Red": "red", "Not started": "unrated"}
    acts = []
    for head, recs in secs:
        doc.add_heading(head, 1)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for c, h in enumerate(["Ref", "Agreed action", "Owner", "Implementation date", "Progress", "Status"]): tb.cell(0, c).text = h
        for rec, items in recs:
            cells = tb.add_row().cells
            m = cells[0].merge(cells[5]); m.text = rec
            for it in items:
                cs = tb.add_row().cells
                for c, v in enumerate(it): cs[c].text = v
                ref, act, lead, due, prog, st = it
                leads = [x.strip() for x in lead.split(" and ")] if lead.startswith("Data Protection Officer and") else [lead]
                acts.append(A(ref, [head, rec], act, leads, M[due], S[st]))
    doc.add_paragraph("Status: Red – behind schedule; Amber – some slippage; Green – on track; Complete – implemented and evidenced.")
    doc.save(P(name))
    write_yaml(name, "Imitates a Scottish charity's management action plan responding to an ICO consensual data protection audit (2025): document control table, scope-area headings each with a table in which the ICO recommendation (with priority) spans the row above the agreed actions (Ref, Agreed action, Owner, Implementation date, Progress, Status), status key at the end.",
      "Three scope areas, each a table; merged recommendation rows head the agreed actions under them. Six actions with owners (one cell names two owners), dates and status words.",
      "read", title, acts)

# ---------------------------------------------------------------- 6 Scope Planner export (csv)
def f6():
    name = "ztv-scope-internal-audit-recommendations-planner-export.csv"
    hdr = ["Task ID", "Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date", "Start Date", "Due Date", "Late", "Completed Date", "Labels", "Description"]
    rows = [
      ("k3Fa1", "Document the approval route for grants over £25,000 in the Scheme of Delegation", "IA 2024-05 Grant Making", "Completed", "Important", "Hannah Okafor", "Dan Reeve", "14/01/2025", "20/01/2025", "31/03/2025", "false", "27/03/2025", "", "Rec 1"),
      ("k3Fa2", "Introduce post-award monitoring visits for a sample of funded partners", "IA 2024-05 Grant Making", "In progress", "Medium", "Hannah Okafor;Liam Brooks", "Dan Reeve", "14/01/2025", "01/04/2025", "30/09/2025", "true", "", "Red", "Rec 2"),
      ("k3Fa3", "Reconcile retail shop cash takings to bank weekly and evidence review by area manager", "IA 2024-09 Retail Cash Handling", "In progress", "Urgent", "Marcus Hale", "Dan Reeve", "03/03/2025", "10/03/2025", "31/10/2025", "false", "", "Amber", "Rec 1"),
      ("k3Fa4", "Refresh the till refund procedure and issue to all shop managers", "IA 2024-09 Retail Cash Handling", "In progress", "Medium", "Marcus Hale", "Dan Reeve", "03/03/2025", "10/03/2025", "30/11/2025", "false", "", "Green", "Rec 2"),
      ("k3Fa5", "Test the IT disaster recovery plan, including restore of the CRM database", "IA 2025-02 IT Resilience", "Not started", "Important", "Head of IT", "Dan Reeve", "22/07/2025", "", "31/01/2026", "false", "", "", "Rec 1"),
      ("k3Fa6", "Remove leavers' accounts within five working days and report exceptions monthly", "IA 2025-02 IT Resilience", "Completed", "Medium", "Head of IT;HR Business Partner", "Dan Reeve", "22/07/2025", "01/08/2025", "30/09/2025", "false", "15/09/2025", "", "Rec 2"),
    ]
    def q(v): return '"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v
    with open(P(name), "w", encoding="utf-8", newline="") as f:
        f.write(",".join(hdr) + "\r\n")
        for r in rows: f.write(",".join(q(v) for v in r) + "\r\n")
    S = {"Red": "red", "Amber": "amber", "Green": "green"}
    acts = []
    for r in rows:
        st = "blue" if r[3] == "Completed" else S.get(r[12], "unrated")
        d = r[9].split("/")
        acts.append(A(None, [r[2]], r[1], r[5].split(";"), d[2] + "-" + d[1], st))
    write_yaml(name, "Imitates a Microsoft Planner plan export (CSV, UK date locale) used by a disability charity's finance team to track internal audit recommendations for its Audit and Risk Committee (2025): one bucket per audit report, standard Planner columns, several assignees joined by semicolons, RAG kept as a label, recommendation number in Description.",
      "Six Planner tasks in three buckets (one per internal audit report); each task has assignees, a due date, Planner progress and, for tasks in progress, a Red/Amber/Green label. Completed tasks are complete; the Not started task is unrated.",
      "read", None, acts, accept=False)

# ---------------------------------------------------------------- 7 Portsmouth Water DWI tracker (txt, refuse)
def f7():
    name = "ztv-portsmouth-water-dwi-enforcement-notice-action-tracker-typo-month-refuse.txt"
    lines = [
      "Portsmouth Water - DWI Enforcement Notice PRT/2024/0012 - Action Tracker",
      "Status at 30 September 2025. Prepared for the Risk and Assurance Committee.",
      "",
      "Ref\tRequired measure\tAccountable lead\tCompletion date\tRAG\tComment",
      "1.1\tComplete raw water quality risk assessment for the River Itchen intake\tHead of Water Quality\tMar-25\tB\tAccepted by DWI",
      "1.2\tInstall continuous turbidity monitoring on all filter outlets at Gaters Mill\tHead of Production\tJun-25\tB\tCommissioned",
      "2.1\tUpgrade UV disinfection stage at Gaters Mill treatment works\tCapital Delivery Manager\t0ct-2025\tA\tContractor on site",
      "2.2\tSubmit Regulation 28 final report to DWI\tHead of Water Quality\tDec-25\tG\t",
      "",
      "RAG: R off track, A at risk, G on track, B complete",
    ]
    with open(P(name), "w", encoding="utf-8", newline="") as f: f.write("\n".join(lines) + "\n")
    write_yaml(name, "Imitates a water company's tracker of measures under a Drinking Water Inspectorate enforcement notice reported to its Risk and Assurance Committee (2025), as a tab-separated text export: title and status lines, header, one line per measure with ref, lead, completion date, RAG letter, comment, RAG key line.",
      "Four measures in a tab-separated table; the completion date of 2.1 is written '0ct-2025' with a zero for the letter O, a mistyped month a careful reader would query before reading the plan.",
      "refuse", "Portsmouth Water - DWI Enforcement Notice PRT/2024/0012 - Action Tracker", None, refuse_at=7)

for f in (f1, f2, f3, f4, f5, f6, f7): f()
print("done")
