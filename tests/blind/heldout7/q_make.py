# Generator for blind heldout7 "q-" cases. Run with /work/main/.venv/bin/python q_make.py
import csv, datetime as dt, os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0",
        "grey": "BFBFBF", "purple": "7030A0", "band": "D9D9D9"}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_yaml(name, source, reads, outcome, title=None, actions=None, refuse_at=None, accept_refusal=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    p = os.path.join(OUT, name + ".expected.yaml")
    with open(p, "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)
    back = yaml.safe_load(open(p, encoding="utf-8"))
    assert back == d, name
    print(name, outcome, len(actions or []), "refuse_at=%s" % refuse_at)


def fill(c, key):
    c.fill = PatternFill(fill_type="solid", start_color=FILL[key], end_color=FILL[key])


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold


# ---------------------------------------------------------------- 1 audit tracker
def audit_tracker():
    name = "q-audit-tracker-restart.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "Implementation of Audit Recommendations Tracker – Children's Services – position at 14 March 2025"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "High and medium priority recommendations only. % complete is reported by the responsible officer; completed recommendations are removed from the tracker."
    hdr = ["Audit", "Rec No.", "Priority", "Finding / Recommendation", "Agreed Management Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "% Complete", "Latest Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True)
    audits = [
        ("Audit: Placement Commissioning (2023/24) – Limited Assurance", [
            ("1", "High", "Placement decisions above the agreed cost threshold should be approved at the Placement Panel and the approval recorded on the case file.",
             "Panel terms of reference revised so that all placements over £5,000 per week are approved at Placement Panel.\nApproval template added to Mosaic.",
             "Head of Commissioning and Placements", D(2024, 9, 30), "31.03.25", 0.8,
             "ToR agreed at DMT 12/02/25. Mosaic template live; first month of reporting due April.", "2025-03", None, "green"),
            ("2", "Medium", "Contracts for spot-purchased placements should be issued before the placement starts.",
             "Issue individual placement agreements for all spot placements within 5 working days of placement start; report compliance monthly to DMT.",
             "Lee, Sam", D(2024, 12, 31), None, 0.4,
             "Compliance 62% in February. Additional contracts officer starts April.", "2024-12", None, "red"),
            ("3", "Medium", "Provider quality monitoring visits should follow a risk-based schedule.",
             "Agree a risk-based visiting schedule with the Quality Assurance team and publish it on the commissioning SharePoint.",
             "RG/JF", D(2025, 6, 30), None, 0.25, "Draft risk tool being tested with 10 providers.", "2025-06", None, "red"),
        ]),
        ("Audit: Section 17 Payments (2024/25) – Limited Assurance", [
            ("1", "High", "All Section 17 payments should be authorised by a manager independent of the requesting worker.",
             "Introduce two-stage authorisation in ContrOCC so that the requesting worker cannot authorise their own payment.",
             "Finance Business Partner (Children's)", D(2025, 1, 31), "30/04/2025", 0.6,
             "System change tested; go-live delayed by ContrOCC upgrade.", "2025-04", None, "amber"),
            ("2", "High", "Pre-paid cards should be reconciled monthly.",
             "Monthly reconciliation of pre-paid card balances by the Business Support Manager, with exceptions reported to the Head of Service.",
             "Business Support Manager", D(2025, 3, 31), None, 0.9, "December–February reconciliations complete.", "2025-03", None, "green"),
            ("3", "Medium", "Guidance for staff on Section 17 should be refreshed.",
             "Refresh the Section 17 practice guidance and deliver briefings to all locality teams.",
             "Principal Social Worker / Head of Service", D(2025, 5, 31), "TBC", 0.1,
             "Awaiting outcome of the family help redesign before guidance is rewritten.", None, "TBC", "red"),
            ("4", "Medium", "Records of items purchased should be retained for audit.",
             "Receipts to be scanned and attached to the payment record in ContrOCC.",
             "Team Manager, Locality Teams", D(2025, 4, 30), None, 0.5, "Reminder issued to all teams 03/03/25.", "2025-04", None, "amber"),
        ]),
        ("Audit: Supervision Compliance (2024/25) – Reasonable Assurance", [
            ("1", "Medium", "Supervision should take place at the frequency set out in the Supervision Policy.",
             "Monthly supervision compliance report by team produced from Mosaic and reviewed at Performance Board.",
             "Head of Performance and Quality Assurance", D(2025, 2, 28), "w/c 07/04/25", 0.75,
             "Report built; data quality issues with recording of group supervision.", "2025-04", None, "amber"),
            ("2", "Medium", "Supervision records should include reflective discussion as well as case direction.",
             "Revise the supervision recording template to include a reflective section; audit 20 records per quarter.",
             "PSW", D(2025, 6, 30), None, 0.3, "Template drafted with practitioner group.", "2025-06", None, "amber"),
            ("3", "Medium", "Managers should receive training in the supervision model.",
             "Deliver supervision training to all first-line managers, including agency managers.",
             "Workforce Development Manager", D(2025, 9, 30), None, 0.05, "Provider being procured.", "2025-09", None, "red"),
        ]),
    ]
    r = 5; acts = []
    for band, recs in audits:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        fill(ws.cell(row=r, column=1), "band"); r += 1
        for (no, pri, rec, act, lead, orig, rev, pct, upd, end, et, st) in recs:
            vals = ["", no, pri, rec, act, lead, orig, rev, pct, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).number_format = "0%"
            leads = {"RG/JF": ["RG", "JF"], "Principal Social Worker / Head of Service": ["Principal Social Worker", "Head of Service"]}.get(lead, [lead])
            acts.append(A(no, [band, rec], act, leads, end, st, et))
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Total open recommendations: 10 (High 3, Medium 7)"); r += 2
    ws.cell(row=r, column=1, value="RAG rating: up to 25% complete = Red; 26% to 75% complete = Amber; over 75% complete = Green."); r += 1
    ws.cell(row=r, column=1, value="Any recommendation less than 50% complete that has passed its agreed target date is also rated Red.")
    for col, w in zip("ABCDEFGHIJ", [14, 8, 9, 45, 50, 28, 14, 14, 10, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates Reading Borough Council's 'Implementation of Audit Recommendations Tracker' (Audit & Governance Committee appendix, 2023): "
        "% complete mapped to RAG by a rule stated in the report (up to 25% red, 26-75% amber, over 75% green; <50% and past date also red). "
        "Copied: audit name as a merged band row, recommendation numbering restarting at 1 for each audit, original and revised target dates "
        "(real Excel dates vs typed '31.03.25', 'w/c 07/04/25', 'TBC'), totals and the RAG rule below the table.",
        "An internal audit recommendations tracker for children's services at 14 March 2025, grouped under three audits, each numbering its "
        "recommendations from 1. Each row has the finding, the agreed action, a responsible officer, original and revised dates and a % complete, "
        "which the note below the table turns into red/amber/green.",
        "read",
        title="Implementation of Audit Recommendations Tracker – Children's Services – position at 14 March 2025",
        actions=acts)


# ---------------------------------------------------------------- 2 multi-sheet priority workbook
def priority_workbook():
    name = "q-priority-workbook.xlsx"
    title = "Westmoor Children's Services Improvement Plan 2025–26"
    wb = Workbook(); cov = wb.active; cov.title = "Cover"
    cov["B2"] = title; cov["B2"].font = Font(bold=True, size=16)
    cov["B4"] = "Response to the Ofsted inspection of local authority children's services (ILACS), November 2024"
    cov["B5"] = "Version 3.2 – update for Improvement Board, 22 May 2025"
    cov["B6"] = "Plan owner: Director of Children's Services"
    cov["B8"] = "Tabs: RAG key | P1 Front Door | P2 Children in Care | P3 Workforce | Summary"
    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"; key["A1"].font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – mitigation in place"),
                                    ("red", "Off track – escalated to Improvement Board"), ("grey", "Not yet started")], 3):
        fill(key.cell(row=i, column=1), col); key.cell(row=i, column=2, value=txt)
    sheets = [
        ("P1 Front Door", "Priority 1: Strengthen the response to children at the front door", [
            ("The timeliness and quality of decision-making in the MASH when children are referred", [
                ("1.1", "Recruit two additional permanent MASH team managers to reduce decision timescales to within 24 hours.",
                 "Head of Front Door Services", D(2025, 3, 31), "blue", ["Head of Front Door Services"], "2025-03", None,
                 "Both managers in post from 3 March."),
                ("1.2", "Refresh the threshold document with partners and relaunch through multi-agency briefings.",
                 "Safeguarding Partnership Business Manager and Head of Front Door Services", "Q1 2025/26", "green",
                 ["Safeguarding Partnership Business Manager", "Head of Front Door Services"], "2025-06", None, "Draft with partners for comment."),
                ("1.3", "Monthly audit of 10 MASH decisions by the Principal Social Worker, with findings reported to Improvement Board.",
                 "PSW", "Ongoing", "green", ["PSW"], None, "Ongoing", "Audits Jan–Apr complete; 80% of decisions good."),
            ]),
            ("The consistency of strategy discussions, including attendance by partner agencies", [
                ("1.4", "Agree a strategy discussion protocol with Police and Health, including attendance standards.",
                 "DCI Child Protection (Police) / Designated Nurse", D(2025, 6, 30), "amber",
                 ["DCI Child Protection (Police)", "Designated Nurse"], "2025-06", None, "Health attendance still below 60%."),
                ("1.5", "Introduce a multi-agency dip sample of strategy discussions every quarter.",
                 "Safeguarding Partnership", "TBC", "grey", ["Safeguarding Partnership"], None, "TBC", ""),
            ]),
        ], "Note: 1.3 is business as usual and will transfer to the QA framework once embedded."),
        ("P2 Children in Care", "Priority 2: Timely permanence and stable homes for children in care and care leavers", [
            ("The quality and timeliness of permanence planning for children in care", [
                ("2.1", "Introduce permanence planning meetings at the second LAC review for every child.",
                 "Service Manager (Children in Care)", D(2025, 4, 30), "blue", ["Service Manager (Children in Care)"], "2025-04", None, "In place since April."),
                ("2.2", "Track all children with a plan of adoption or special guardianship through the monthly Permanence Tracking Panel.",
                 "Lee, Sam", "Sept 2025 – March 2026", "green", ["Lee, Sam"], "2026-03", None, "Panel meeting monthly since February."),
                ("2.3", "Training for IROs on challenging drift in permanence plans.",
                 "IRO Service Manager", D(2025, 7, 31), "red", ["IRO Service Manager"], "2025-07", None, "Trainer withdrew; re-procuring."),
            ]),
            ("Care leavers' access to suitable accommodation", [
                ("2.4", "Agree a joint housing protocol for care leavers with the district councils.",
                 "Head of Service, Care Leavers", "Q3 2025/26", "amber", ["Head of Service, Care Leavers"], "2025-12", None,
                 "Two of four districts have agreed the draft."),
            ]),
        ], None),
        ("P3 Workforce", "Priority 3: A stable, skilled social work workforce", [
            ("The stability of the social work workforce and the size of caseloads", [
                ("3.1", "Launch a recruitment campaign for experienced social workers, including a market supplement for hard-to-fill teams.",
                 "HR Business Partner", D(2025, 5, 31), "green", ["HR Business Partner"], "2025-05", None, "Campaign launched 28 April."),
                ("3.2", "Reduce average caseloads in the assessment teams to no more than 20.",
                 "AD Safeguarding", D(2025, 12, 31), "amber", ["AD Safeguarding"], "2025-12", None, "Average 24 at end of April."),
                ("3.3", "Establish an Academy for newly qualified social workers.",
                 "Workforce Development Manager", "Q4 2025/26", "grey", ["Workforce Development Manager"], "2026-03", None, ""),
            ]),
        ], None),
    ]
    acts = []; counts = []
    for sname, heading, recs, note in sheets:
        ws = wb.create_sheet(sname)
        ws["A1"] = heading; ws["A1"].font = Font(bold=True, size=13)
        for i, h in enumerate(["Ref", "Ofsted recommendation", "Action", "Lead", "Target date", "RAG", "Progress update (May 2025)"], 1):
            c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True)
        r = 4; tally = {}
        for rec, rows in recs:
            start = r
            ws.cell(row=r, column=2, value=rec).alignment = Alignment(wrap_text=True, vertical="top")
            for (ref, act, lead, date, rag, leads, end, et, upd) in rows:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=date)
                if isinstance(date, D):
                    c.number_format = "dd-mmm-yy"
                fill(ws.cell(row=r, column=6), rag)
                ws.cell(row=r, column=7, value=upd or None)
                st = {"grey": "unrated"}.get(rag, rag)
                tally[rag] = tally.get(rag, 0) + 1
                acts.append(A(ref, [heading, rec], act, leads, end, st, et))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        if note:
            ws.cell(row=r + 1, column=1, value=note)
        counts.append((sname, tally))
        for col, w in zip("ABCDEFG", [6, 40, 55, 30, 16, 6, 40]):
            ws.column_dimensions[col].width = w
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of RAG by priority"; sm["A1"].font = Font(bold=True)
    cols = ["blue", "green", "amber", "red", "grey"]
    for i, h in enumerate(["Priority", "Complete", "On track", "Slippage", "Off track", "Not started", "Total"], 1):
        sm.cell(row=3, column=i, value=h).font = Font(bold=True)
    for j, (sname, t) in enumerate(counts, 4):
        sm.cell(row=j, column=1, value=sname)
        for i, c in enumerate(cols, 2):
            sm.cell(row=j, column=i, value=t.get(c, 0))
        sm.cell(row=j, column=7, value="=SUM(B%d:F%d)" % (j, j))
    sm.cell(row=7, column=1, value="Total")
    for i in range(2, 8):
        L = "ABCDEFG"[i - 1]
        sm.cell(row=7, column=i, value="=SUM(%s4:%s6)" % (L, L))
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a multi-tab Excel children's services improvement plan of the kind county councils publish after an ILACS 'requires improvement' "
        "judgement (e.g. improvement board packs with one tab per priority). Copied: cover tab, RAG key tab with a grey 'not yet started' colour, "
        "one sheet per priority with the priority as a heading, Ofsted recommendation merged down over its actions, RAG as cell fill only, "
        "dates as real Excel dates mixed with 'Q1 2025/26', 'Sept 2025 – March 2026', 'Ongoing', 'TBC', and a formula summary tab.",
        "A workbook with a cover, a colour key, three priority sheets each listing numbered actions under merged Ofsted recommendations "
        "with a lead, target date and a coloured RAG cell, and a summary count tab.",
        "read", title=title, actions=acts)


# ---------------------------------------------------------------- 3 shared tracker with typo (refuse)
def shared_tracker():
    name = "q-send-shared-tracker.xlsx"
    title = "SEND Written Statement of Action – Tracker"
    wb = Workbook(); ws = wb.active; ws.title = "WSOA tracker"
    ws["A1"] = title + " (shared – please do not sort or add columns!)"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owners update the Status and Comments columns before each SEND Improvement Board. Last updated by: K Morris"
    hdr = ["No.", "Area of significant weakness", "Action", "Owner", "Due", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        ws.cell(row=4, column=i, value=h).font = Font(bold=True)
    rows = [
        ("1a", "1. Timeliness of EHC needs assessments", "Recruit three additional EHC coordinators", "Head of SEND", "31.03.25", "Complete", "All in post"),
        ("1b", "", "Weekly caseload tracker for every EHC coordinator", "SEND Team Manager", "w/c 14/04/25", "On track", ""),
        ("1c", "", "Educational psychology advice returned within 6 weeks", "Principal EP", "End of June 2025", "Delayed", "Locum EPs being sourced"),
        ("2a", "2. Quality of EHC plans", "Multi-agency quality assurance panel for new plans", "SEND QA Lead", D(2025, 5, 30), "On track", ""),
        ("2b", "", "Health advice template agreed with the ICB", "DCO (ICB)", "Oct-25", "Not started", ""),
        ("2c", "", "Annual review backlog cleared", "RG/JF", "Octobr 2025", "Delayed", "Backlog 412 at end of April"),
        ("3a", "3. Co-production with parents and carers", "Co-produce a new Local Offer website with the Parent Carer Forum", "Local Offer Officer, PCF Chair", "Sept 2025", "On track", ""),
        ("3b", "", "'You said, we did' newsletter each term", "Participation Lead", "Termly", "On track", ""),
        ("4a", "4. Preparation for adulthood", "Transitions protocol between children's and adults' services", "Head of SEND / Head of Adult Social Care", D(2025, 12, 31), "Not started", ""),
        ("4b", "", "Post-16 pathways guide for young people with EHC plans", "14-25 Lead", "Q4 2025/26", "On track", ""),
    ]
    r = 5; refuse_at = None
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v or None)
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        if row[4] == "Octobr 2025":
            refuse_at = r
        r += 1
    ws.cell(row=r + 1, column=1, value="Complete: 1   On track: 5   Delayed: 2   Not started: 2")
    for col, w in zip("ABCDEFG", [6, 38, 55, 34, 16, 12, 30]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a SEND Written Statement of Action progress tracker kept as a shared Excel Online workbook (many editors, free-typed dates). "
        "Copied: 'please do not sort' banner, area of weakness written only on its first action row, sub-lettered actions 1a/1b, "
        "dates typed by different owners ('31.03.25', 'w/c 14/04/25', 'End of June 2025', 'Oct-25', 'Termly', real dates), status words, count line below.",
        "A WSOA tracker of ten actions under four areas of weakness. One owner has typed the due date of action 2c as 'Octobr 2025', "
        "a mistyped month, so a careful reader stops at that row rather than guess.",
        "refuse", title=title, refuse_at=refuse_at)


# ---------------------------------------------------------------- 4 pasted-from-PDF docx with sub-actions
def pasted_docx():
    name = "q-jtai-neglect-subactions.docx"
    title = "Eastbridge Safeguarding Children Partnership – Post-Inspection Action Plan (JTAI: children living with neglect)"
    doc = Document()
    doc.add_paragraph(title).runs[0].bold = True
    doc.add_paragraph("Document control")
    t = doc.add_table(rows=0, cols=3); t.style = "Table Grid"
    for a, b, c in [("Version", "Date", "Changes"), ("0.3", "14/01/2025", "Draft to partnership executive"),
                    ("1.0", "03/02/2025", "Final – submitted to Ofsted, CQC, HMICFRS"), ("1.1", "19/05/2025", "Progress update")]:
        cells = t.add_row().cells; cells[0].text, cells[1].text, cells[2].text = a, b, c
    doc.add_paragraph("This plan responds to the areas for improvement identified by the joint targeted area inspection in "
                      "November 2024. Sub-actions carry the lead and timescale; parent actions are summary headings.")
    hdr = ["Ref", "Action", "Lead", "Start", "End", "RAG"]
    pages = [
        [("afi", "Area for improvement 1: Recognition of and response to neglect by universal services"),
         ("p", "1.1", "Embed the Graded Care Profile 2 (GCP2) across the partnership"),
         ("a", "1.1a", "Train practitioners in GCP2, prioritising health visitors and school designated safeguarding leads", "Partnership Training Lead", "Apr 2025", "Sept 2025", "G"),
         ("a", "1.1b", "Quarterly audit of GCP2 use in referrals to the front door", "QA Sub-group Chair", "Apr 2025", "Ongoing", "G"),
         ("a", "1.1c", "Publish the GCP2 champions list on the partnership website", "SCP Business Manager", "Mar 2025", "Jun-25", "B"),
         ("a", "1.2", "Refresh the neglect strategy and launch it at the partnership conference", "SCP Business Manager / Designated Nurse", "Feb 2025", "31/10/2025", "A"),
         ("afi", "Area for improvement 2: Oversight of children subject to child protection plans for neglect for more than 18 months"),
         ("p", "2.1", "Strengthen the review of long-running child protection plans"),
         ("a", "2.1a", "Head of Service review of every plan over 15 months, with escalation to legal planning meeting where needed", "Head of Service, Child Protection", "Feb 2025", "Q2 2025/26", "A"),
         ("a", "2.1b", "Report the number of plans over 18 months to the partnership executive", "Performance Manager (Children's)", "Apr 2025", "Quarterly", "G")],
        [("a", "2.1c", "Child protection chairs to record a neglect-specific contingency plan at each review conference", "CP Chairs Manager", "Mar 2025", "Dec-25", "R"),
         ("p", "2.2", "Improve how the voice of the child is heard in neglect cases"),
         ("a", "2.2a", "Introduce the 'day in the life' tool into child protection conference reports", "Principal Social Worker", "Apr 2025", "Nov 2025", "G"),
         ("a", "2.2b", "Young people's advisory group to review conference materials", "Participation Officer", "TBC", "TBC", ""),
         ("afi", "Area for improvement 3: Health partners' contribution to assessments and plans"),
         ("a", "3.1", "GP practices to provide reports for all initial child protection conferences", "Named GP", "Feb 2025", "31/03/2026", "A"),
         ("p", "3.2", "Improve information sharing between adult and children's health services"),
         ("a", "3.2a", "Add a 'think family' prompt to the adult mental health assessment template", "Deputy Director of Nursing (NHS Trust)", "Feb 2025", "Aug 2025", "B"),
         ("a", "3.2b", "Develop a joint protocol for pregnant women who misuse substances", "Designated Nurse and Named Midwife", "May 2025", "Mar-26", "G")],
        [("afi", "Area for improvement 4: Learning from reviews and audits"),
         ("a", "4.1", "Publish a learning briefing from the neglect thematic review", "SCP Business Manager", "Mar 2025", "Jul-25", "B"),
         ("a", "4.2", "Multi-agency audit of neglect cases 12 months after the inspection to test impact", "QA Sub-group Chair", "Nov 2025", "Jan 2026", "")],
    ]
    ends = {"Sept 2025": ("2025-09", None), "Ongoing": (None, "Ongoing"), "Jun-25": ("2025-06", None), "31/10/2025": ("2025-10", None),
            "Q2 2025/26": ("2025-09", None), "Quarterly": (None, "Quarterly"), "Dec-25": ("2025-12", None), "Nov 2025": ("2025-11", None),
            "TBC": (None, "TBC"), "31/03/2026": ("2026-03", None), "Aug 2025": ("2025-08", None), "Mar-26": ("2026-03", None),
            "Jul-25": ("2025-07", None), "Jan 2026": ("2026-01", None)}
    rag = {"G": "green", "A": "amber", "R": "red", "B": "blue", "": "unrated"}
    twolead = {"SCP Business Manager / Designated Nurse": ["SCP Business Manager", "Designated Nurse"],
               "Designated Nurse and Named Midwife": ["Designated Nurse", "Named Midwife"]}
    acts = []; afi = None; parent = None
    for pi, rows in enumerate(pages):
        if pi:
            doc.add_paragraph("Eastbridge SCP – Post-Inspection Action Plan (JTAI: neglect)          OFFICIAL")
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "1F3864")
        for row in rows:
            cells = t.add_row().cells
            if row[0] == "afi":
                m = cells[0].merge(cells[5]); set_text(m, row[1], bold=True); shade(m, "D9E2F3")
                afi = row[1]; parent = None
            elif row[0] == "p":
                set_text(cells[0], row[1], bold=True); set_text(cells[1], row[2], bold=True)
                parent = row[2]
            else:
                _, ref, act, lead, start, end, r = row
                for i, v in enumerate([ref, act, lead, start, end, r]):
                    set_text(cells[i], v)
                if ref.count(".") == 1 and ref[-1].isdigit():
                    parent = None
                e, et = ends[end]
                acts.append(A(ref, [afi] + ([parent] if parent else []), act, twolead.get(lead, [lead]), e, rag[r], et))
        doc.add_paragraph("Page %d of 3" % (pi + 1))
        doc.add_page_break()
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=0, cols=2); k.style = "Table Grid"
    for a, b in [("B", "Complete"), ("G", "On track"), ("A", "At risk – mitigation in place"), ("R", "Off track"), ("(blank)", "Not yet due to start")]:
        c = k.add_row().cells; c[0].text, c[1].text = a, b
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a joint targeted area inspection (JTAI) multi-agency action plan from a safeguarding children partnership, as circulated in Word "
        "after being converted from the PDF: document control table, running header and 'Page n of 3' lines between page tables, each page's table "
        "repeating the header row, areas for improvement as merged shaded rows, parent actions (1.1, 2.1) with no lead/dates and lettered "
        "sub-actions (1.1a, 1.1b) carrying lead, start, end and an R/A/G/B letter, plus a letter RAG key.",
        "A partnership action plan of fourteen actions under four areas for improvement, split over three page tables. Parent actions such as "
        "1.1 are headings over their lettered sub-actions; 1.2, 3.1, 4.1 and 4.2 are standalone actions with their own leads and dates.",
        "read", title=title, actions=acts)


# ---------------------------------------------------------------- 5 two-row actions docx, status words + RAG, key redefines green
def two_row_docx():
    name = "q-cqc-asc-two-row.docx"
    title = "Northam Council – Adult Social Care Assessment Improvement Plan: Progress Report, Quarter 1 2025/26"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Prepared for the Adults and Health Scrutiny Panel, 10 July 2025. Each action is followed by its latest update.")
    doc.add_paragraph("RAG key: Green – completed; Amber – in progress; Red – overdue or at risk; no colour – not yet started.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Responsible", "Target", "Status", "RAG"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    data = [
        ("Theme 1 – Working with people: assessing needs", [
            ("1", "Clear the backlog of Care Act assessments waiting over 28 days", "Head of Adult Social Care Operations", "30/06/2025", "In progress", "A",
             "214 people waiting at 30 June, down from 390 in January.", ["Head of Adult Social Care Operations"], "2025-06", None, "amber"),
            ("2", "Introduce a triage tool at the front door to prioritise assessments by risk", "RG/JF", "31.03.25", "Completed", "G",
             "Tool live since 24/03/25.", ["RG", "JF"], "2025-03", None, "blue"),
            ("3", "Offer a carer's assessment at every assessment and record the offer in LAS", "Carers Lead", "Sept 2025", "In progress", "A",
             "Recording at 64%; LAS form changed in May.", ["Carers Lead"], "2025-09", None, "amber"),
        ]),
        ("Theme 2 – Providing support: care provision, integration and continuity", [
            ("4", "Commission additional home care capacity in the rural north locality", "Head of Commissioning", "Q2 2025/26", "In progress", "R",
             "Tender attracted one bid; re-tender planned.", ["Head of Commissioning"], "2025-09", None, "red"),
            ("5", "Refresh the market position statement", "Strategic Commissioning Manager", "Dec 2025", "Not started", "",
             "Will start once the cost of care exercise reports.", ["Strategic Commissioning Manager"], "2025-12", None, "unrated"),
            ("6", "Develop a joint discharge-to-assess pathway with the ICB", "ASC Director / ICB Place Director", "Ongoing", "In progress", "A",
             "Pathway 1 pilot running at the district general hospital.", ["ASC Director", "ICB Place Director"], None, "Ongoing", "amber"),
        ]),
        ("Theme 3 – How the local authority ensures safety: safeguarding", [
            ("7", "Reduce the time to complete Section 42 enquiries to 28 days", "Safeguarding Adults Manager", "w/c 14/04/25", "Overdue", "R",
             "Median 41 days in June.\nAgency staff extended to October.", ["Safeguarding Adults Manager"], "2025-04", None, "red"),
            ("8", "Safeguarding Adults Board to publish a multi-agency audit programme", "SAB Business Manager", "31/05/2025", "Completed", "G",
             "Published on the SAB website in May.", ["SAB Business Manager"], "2025-05", None, "blue"),
        ]),
        ("Theme 4 – Leadership: governance, management and sustainability", [
            ("9", "Establish a monthly performance board chaired by the DASS", "DASS", "Apr-25", "Completed", "G",
             "First meeting 16 April.", ["DASS"], "2025-04", None, "blue"),
            ("10", "Develop a co-production strategy with people who use services and carers", "Co-production Lead; Healthwatch", "TBC", "Not started", "",
             "Awaiting appointment of the Co-production Lead.", ["Co-production Lead", "Healthwatch"], None, "TBC", "unrated"),
        ]),
    ]
    acts = []
    for theme, rows in data:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); set_text(m, theme, bold=True)
        for (no, act, lead, target, status, r, upd, leads, end, et, st) in rows:
            cells = t.add_row().cells
            for i, v in enumerate([no, act, lead, target, status, r]):
                set_text(cells[i], v)
            if r:
                shade(cells[5], {"A": "FFC000", "R": "FF0000", "G": "00B050"}[r])
            cells = t.add_row().cells
            m = cells[1].merge(cells[5]); set_text(m, "Update: " + upd)
            acts.append(A(no, [theme], act, leads, end, st, et))
    doc.add_paragraph("Summary: 3 completed, 4 in progress, 1 overdue, 2 not started.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates an adult social care CQC local authority assessment improvement plan progress report to a scrutiny panel (Word). Copied: "
        "key paragraph above the table that defines Green as completed (no blue used), a Status column of progress words and a separate RAG "
        "letter column with fill, themes as merged rows named after CQC themes/quality statements, each action taking two rows "
        "(action row then a merged 'Update:' row), dates as '30/06/2025', '31.03.25', 'w/c 14/04/25', 'Q2 2025/26', 'Apr-25', 'Ongoing', 'TBC'.",
        "A ten-action plan under four CQC themes. Each numbered action has a responsible officer, target, progress word and a RAG letter, "
        "and is followed by a row of update text; the key says green means completed.",
        "read", title=title, actions=acts)


# ---------------------------------------------------------------- 6 merged recommendation + shaded band, fill-only RAG with purple
def merged_rec_docx():
    name = "q-yjs-merged-rec-band.docx"
    title = "Coastshire Youth Justice Service – HMI Probation Inspection Action Plan 2025"
    doc = Document()
    doc.add_heading(title, level=1)
    doc.add_paragraph("Owner: Youth Justice Partnership Board. Reviewed at each Board meeting.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Action", "Lead", "Timescale"]):
        set_text(t.rows[0].cells[i], h, bold=True)
    # RAG shown as fill of the Action cell? No: a narrow 5th column. Rebuild with 5 cols.
    t._tbl.getparent().remove(t._tbl)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Action", "Lead", "Timescale", "RAG"]):
        set_text(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "BDD7EE")
    data = [
        ("GOVERNANCE AND LEADERSHIP", [
            ("The Youth Justice Partnership Board should make sure that board members understand the needs of children known to the service and use this to drive improvement.", [
                ("Induction programme for all board members, including observation of practice", "Head of Service, Youth Justice", "By 31 March 2025", "purple",
                 ["Head of Service, Youth Justice"], "2025-03", None, "blue"),
                ("Quarterly board report on children's needs (education, health, exploitation) with a themed deep dive at each meeting", "YJS Performance Officer", "Q1 2025/26", "green",
                 ["YJS Performance Officer"], "2025-06", None, "green"),
            ]),
            ("The board should make sure that disproportionality is understood and addressed.", [
                ("Commission an analysis of disproportionality in first-time entrants and custody", "RG & JF", "End of June 2025", "amber",
                 ["RG", "JF"], "2025-06", None, "amber"),
                ("Agree a disproportionality action plan with Police and the CPS", "Police (Inspector, Partnerships) / YJS Manager", "Sept 2025", "red",
                 ["Police (Inspector, Partnerships)", "YJS Manager"], "2025-09", None, "red"),
            ]),
        ]),
        ("WORK WITH CHILDREN", [
            ("The service should improve the quality of assessment and planning to keep other people safe.", [
                ("Refresh risk of harm training for all case managers", "Practice Development Lead", "July 2025", "purple",
                 ["Practice Development Lead"], "2025-07", None, "blue"),
                ("Monthly management oversight audit of five risk of harm assessments", "Lee, Sam", "Ongoing", "green",
                 ["Lee, Sam"], None, "Ongoing", "green"),
            ]),
            ("The service should make sure that children's education, training and employment needs are met.", [
                ("Education Officer to attend all planning meetings for children not in full-time education", "Virtual School Head / YJS Education Officer", "Autumn term 2025", "amber",
                 ["Virtual School Head", "YJS Education Officer"], "2025-12", None, "amber"),
                ("Agree a reduced-timetable protocol with secondary schools", "Head of Inclusion", "Summer term 2025", "red",
                 ["Head of Inclusion"], "2025-07", None, "red"),
            ]),
        ]),
        ("OUT-OF-COURT DISPOSALS", [
            ("The service should review the out-of-court disposal policy with Police.", [
                ("Revise the terms of reference of the joint decision-making panel and have them signed off by the Board", "YJS Manager", "TBC", None,
                 ["YJS Manager"], None, "TBC", "unrated"),
            ]),
        ]),
    ]
    acts = []
    for band, recs in data:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4]); set_text(m, band, bold=True); shade(m, "A6A6A6")
        for rec, rows in recs:
            first = None
            for (act, lead, ts, col, leads, end, et, st) in rows:
                cells = t.add_row().cells
                if first is None:
                    first = cells[0]; set_text(first, rec)
                else:
                    first = first.merge(cells[0])
                set_text(cells[1], act); set_text(cells[2], lead); set_text(cells[3], ts)
                if col:
                    shade(cells[4], FILL[col])
                acts.append(A(None, [band, rec], act, leads, end, st, et))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=0, cols=2); k.style = "Table Grid"
    for col, txt in [("green", "On track"), ("amber", "Some risk to delivery"), ("red", "Off track"), ("purple", "Complete")]:
        c = k.add_row().cells; shade(c[0], FILL[col]); c[1].text = txt
    doc.save(os.path.join(OUT, name))
    write_yaml(name,
        "Imitates a youth justice service post-inspection action plan following an HM Inspectorate of Probation inspection (Word, published with "
        "board papers). Copied: domain headings as grey shaded full-width band rows in capitals, the inspectors' recommendation merged down over "
        "its actions, no action numbers, RAG as cell fill only with a key below that makes purple 'Complete', leads including agencies and "
        "'Lee, Sam', timescales 'By 31 March 2025', 'End of June 2025', 'Autumn term 2025', 'Summer term 2025', 'Q1 2025/26', 'Ongoing', 'TBC'.",
        "Nine unnumbered actions under five HMIP recommendations in three shaded domains, each with a lead, a timescale and a coloured RAG cell; "
        "the key below the table gives purple as complete.",
        "read", title=title, actions=acts)


# ---------------------------------------------------------------- 7 Planner export CSV with US dates
def planner_csv():
    name = "q-planner-export-us-dates.csv"
    cols = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Created By", "Created Date", "Start date", "Due date",
            "Is Recurring", "Late", "Completed Date", "Completed By", "Labels", "Description"]
    b1, b2, b3 = "Workstream 1 - Front Door", "Workstream 2 - Quality of Practice", "Workstream 3 - Workforce"
    rows = [
        ("Recruit two permanent MASH team managers", b1, "In progress", "Important", "Jo Patel", "3/17/2025", "3/17/2025", "4/30/2025", "", "Amber",
         "Interviews 4/24.\nOne offer accepted.", ["Jo Patel"], "2025-04", "amber"),
        ("Refresh threshold document with partners", b1, "Completed", "Medium", "Sam Lee;Jo Patel", "3/17/2025", "3/18/2025", "3/31/2025", "3/28/2025", "",
         "Signed off by partnership exec.", ["Sam Lee", "Jo Patel"], "2025-03", "blue"),
        ("Daily MASH huddle with Police and Health", b1, "Completed", "Medium", "Priya Shah", "3/17/2025", "", "3/28/2025", "3/26/2025", "",
         "", ["Priya Shah"], "2025-03", "blue"),
        ("Audit 10 MASH decisions each month", b1, "In progress", "Medium", "Priya Shah", "3/17/2025", "4/1/2025", "9/30/2025", "", "Green",
         "April and May audits done", ["Priya Shah"], "2025-09", "green"),
        ("Relaunch supervision policy and template", b2, "In progress", "Important", "Tom Okafor", "3/19/2025", "3/24/2025", "5/6/2025", "", "Green",
         "Policy approved at DMT; template in testing", ["Tom Okafor"], "2025-05", "green"),
        ("Practice standards for assessment and planning", b2, "Not started", "Medium", "", "3/19/2025", "", "6/13/2025", "", "",
         "", [], "2025-06", "unrated"),
        ("Introduce practice week for senior leaders", b2, "In progress", "Urgent", "Sam Lee", "3/19/2025", "3/20/2025", "4/18/2025", "", "Red",
         "First practice week postponed - clashed with monitoring visit.\nNew date needed.", ["Sam Lee"], "2025-04", "red"),
        ("Quality assurance framework refresh", b2, "Not started", "Medium", "Tom Okafor;Priya Shah", "3/19/2025", "", "10/3/2025", "", "",
         "", ["Tom Okafor", "Priya Shah"], "2025-10", "unrated"),
        ("Market supplement for hard-to-fill posts - business case", b3, "Completed", "Important", "Aisha Khan", "3/10/2025", "3/10/2025", "3/14/2025", "3/13/2025", "",
         "Approved by Chief Officer Group", ["Aisha Khan"], "2025-03", "blue"),
        ("NQSW Academy cohort 1 starts", b3, "In progress", "Medium", "Aisha Khan;Sam Lee", "3/21/2025", "4/14/2025", "9/1/2025", "", "Amber",
         "12 ASYEs recruited of 15", ["Aisha Khan", "Sam Lee"], "2025-09", "amber"),
    ]
    acts = []
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for (task, bucket, prog, pri, who, created, start, due, done, label, desc, leads, end, st) in rows:
            late = "true" if (prog != "Completed" and due in ("4/18/2025", "4/30/2025")) else "false"
            w.writerow([task, bucket, prog, pri, who, "Karen Morris", created, start, due, "false", late, done,
                        "Karen Morris" if done else "", label, desc])
            acts.append(A(None, [bucket], task, leads, end, st))
    write_yaml(name,
        "Imitates a Microsoft Planner 'Export plan to Excel' of a children's services improvement plan, saved as CSV by a PMO officer whose "
        "Microsoft 365 account is set to English (United States), with the Task ID and checklist columns removed. Copied: Planner column names, "
        "buckets as workstreams, Progress words, labels used as RAG, 'Assigned To' names separated by ';', multi-line descriptions, and m/d/yyyy "
        "dates throughout (Created Date 3/17/2025, Due 4/30/2025, 6/13/2025).",
        "Ten Planner tasks in three workstream buckets with assignees, due dates and progress. Every date in the file that can only be read one "
        "way is month-first (3/17/2025, 4/30/2025, 9/30/2025), so the few that could be read either way (5/6/2025, 10/3/2025, 9/1/2025) are "
        "month-first too; a person might still ask before reading them.",
        "read", accept_refusal=True, actions=acts)


# ---------------------------------------------------------------- 8 text pasted from PDF with impossible quarter (refuse)
def pasted_txt():
    name = "q-pasted-pdf-quarter5.txt"
    title = "Southvale Borough Council – Children's Services Improvement Plan 2025/26 (Appendix A)"
    head = ["Southvale Borough Council", "Children's Services Improvement Plan 2025/26 (Appendix A)", "OFFICIAL",
            "Ref Action Lead By when RAG"]
    lines = ["Southvale Borough Council",
             "Children's Services Improvement Plan 2025/26 – Appendix A",
             "Report to Cabinet, 9 April 2025",
             "",
             "Ref Action Lead By when RAG",
             "PRIORITY 1 – HELP AND PROTECTION",
             "Ofsted recommendation: the quality of assessments and plans for children in need",
             "1.1 Introduce a single assessment template with a clear analysis section",
             "Head of Assessment Q1 2025/26 Green",
             "1.2 Monthly thematic audit of child in need plans, reported to the Quality",
             "Assurance Board",
             "PSW Ongoing Green",
             "1.3 Step-down protocol agreed with Early Help",
             "Head of Early Help / Head of Assessment Q2 2025/26 Amber",
             "Ofsted recommendation: management oversight of work with children at risk of exploitation",
             "1.4 Weekly exploitation tracking meeting chaired by a Service Manager",
             "Service Manager (Adolescents) 30/06/2025 Amber",
             "",
             "Page 1 of 3",
             "Southvale Borough Council",
             "Children's Services Improvement Plan 2025/26 – Appendix A",
             "Ref Action Lead By when RAG",
             "1.5 Return home interviews offered within 72 hours for every missing episode",
             "Lee, Sam Q5 2025/26 Red",
             "PRIORITY 2 – CHILDREN IN CARE",
             "Ofsted recommendation: sufficiency of local placements",
             "2.1 Open two four-bed children's homes in the borough",
             "Head of Resources March 2026 Amber",
             "2.2 Foster carer recruitment campaign with the regional hub",
             "Fostering Service Manager Q3 2025/26 Green",
             "",
             "Page 2 of 3",
             "Southvale Borough Council",
             "Children's Services Improvement Plan 2025/26 – Appendix A",
             "Ref Action Lead By when RAG",
             "2.3 Sufficiency strategy refreshed and published",
             "Head of Commissioning TBC Not started",
             "",
             "RAG: Green – on track; Amber – some risk; Red – off track; Blue – complete",
             "Page 3 of 3"]
    refuse_at = [i for i, l in enumerate(lines, 1) if "Q5 2025/26" in l][0]
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    write_yaml(name,
        "Imitates a children's services improvement plan appendix copied out of a Cabinet report PDF into a text file: running header and "
        "column header repeated after each 'Page n of 3' line, each action's cells run together on one or two lines (action, then "
        "'lead timescale RAG'), priorities in capitals and Ofsted recommendations as lines above their actions.",
        "Eight actions under two priorities. Action 1.5's timescale reads 'Q5 2025/26'; a financial year has only four quarters, so the due "
        "date is a data error a careful reader would query rather than guess (Q1? Q4?).",
        "refuse", title="Children's Services Improvement Plan 2025/26 – Appendix A", refuse_at=refuse_at)


if __name__ == "__main__":
    audit_tracker(); priority_workbook(); shared_tracker(); pasted_docx(); two_row_docx(); merged_rec_docx(); planner_csv(); pasted_txt()
