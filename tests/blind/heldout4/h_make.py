"""Generator for heldout4 blind set. Each case: document + expected yaml from the same spec."""
import datetime as dt, os, yaml
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
COL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0", "yellow": "FFFF00"}

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

def write_yaml(name, source, reads, outcome, title, actions, refuse_at=None, accept=False):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = title
    if outcome == "read":
        d["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)

def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def drow(table, vals, bold=False, fill=None):
    r = table.add_row()
    for i, v in enumerate(vals):
        r.cells[i].text = "" if v is None else v
        if bold:
            for p in r.cells[i].paragraphs:
                for run in p.runs: run.bold = True
    return r

def dhead(table, vals):
    for i, v in enumerate(vals):
        c = table.rows[0].cells[i]; c.text = v
        for run in c.paragraphs[0].runs: run.bold = True
        shade(c, "D9E2F3")

def dmerged(table, text, fill="BDD7EE"):
    r = table.add_row()
    c = r.cells[0].merge(r.cells[-1]); c.text = text
    for run in c.paragraphs[0].runs: run.bold = True
    shade(c, fill)
    return r

def fill(ws, cell, col):
    ws[cell].fill = PatternFill("solid", start_color=COL.get(col, col), end_color=COL.get(col, col))

# ---------------------------------------------------------------- 1 ILACS docx
def ilacs():
    name = "h-ilacs-northfield"
    title = "Northfield Children's Services ILACS Improvement Plan 2024-2026"
    doc = Document(); doc.add_heading(title, 0)
    doc.add_paragraph("Response to the Ofsted inspection of local authority children's services (ILACS), published 14 June 2024.")
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"; dhead(t, ["Document control", ""])
    for r in [("Version", "3.2"), ("Owner", "Director of Children's Services"), ("Last updated", "04/11/2024"), ("Next review", "January 2025")]:
        drow(t, r)
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    dhead(t, ["Ref", "Action", "Lead", "Timescale", "Evidence of impact", "RAG"])
    T1 = "Theme 1: Help and protection at the front door"
    T2 = "Theme 2: Children in care and care leavers"
    T3 = "Theme 3: Leadership, management and quality assurance"
    R1 = "Recommendation 1: The timeliness and quality of strategy discussions, ensuring all relevant agencies contribute."
    R2 = "Recommendation 2: The quality of assessment and planning for children in need of help and protection."
    R3 = "Recommendation 3: Permanence planning for children in care, including timely use of early permanence."
    R4 = "Recommendation 4: The effectiveness of management oversight and supervision at all levels."
    acts = [
        (T1, R1, "1.1", "Revise the multi-agency strategy discussion protocol with police and health partners and relaunch at practice week.", "KT/MR", "Sep-24", "Complete", "blue", "2024-09", None),
        (T1, R1, "1.2", "Introduce a daily strategy meeting slot in MASH with a named health representative.", "KT", "Oct-24", "Green", "green", "2024-10", None),
        (T1, R1, "1.3", "Monthly dip sample of 20 strategy discussions by the Principal Social Worker, reported to the Improvement Board.", "PSW", "Monthly", "Green", "green", None, "Monthly"),
        (T1, R2, "1.4", "Deliver assessment and analysis training to all social workers in Assessment and Safeguarding teams.", "SB & AH", "Dec-24", "Amber", "amber", "2024-12", None),
        (T1, R2, "1.5", "Replace the child and family assessment template in Liquidlogic with the revised analysis-led template.", "Head of Service, Safeguarding", "Jan-25", "Red", "red", "2025-01", None),
        (T2, R3, "2.1", "Establish a permanence tracking panel chaired by the Head of Service for Children in Care.", "JW", "Aug-24", "Complete", "blue", "2024-08", None),
        (T2, R3, "2.2", "Agree early permanence policy with the regional adoption agency and train fostering panel members.", "JW; RAA Manager", "Mar-25", "Amber", "amber", "2025-03", None),
        (T2, R3, "2.3", "Review all children subject to placement orders for more than six months and agree plans.", "JW", "Nov-24", "Green", "green", "2024-11", None),
        (T3, R4, "3.1", "Refresh the supervision policy and introduce a supervision audit tool.", "PSW", "Oct-24", "Complete", "blue", "2024-10", None),
        (T3, R4, "3.2", "Quarterly supervision compliance reporting to the Senior Leadership Team.", "Head of Performance", "Quarterly", "", "unrated", None, "Quarterly"),
        (T3, R4, "3.3", "Deliver the Northfield Leadership Programme to all team managers and practice managers.", "Workforce Development Manager", "Jun-25", "Not started", "unrated", "2025-06", None),
    ]
    exp = []; cur = (None, None)
    for th, rec, ref, act, lead, tsc, rag, st, end, et in acts:
        if th != cur[0]: dmerged(t, th, "8EAADB")
        if rec != cur[1]: dmerged(t, rec, "DEEAF6")
        cur = (th, rec)
        drow(t, [ref, act, lead, tsc, "Audit findings reported to Improvement Board.", rag])
        leads = {"KT/MR": ["KT", "MR"], "SB & AH": ["SB", "AH"], "JW; RAA Manager": ["JW", "RAA Manager"]}.get(lead, [lead])
        exp.append(A(ref, [th, rec], act, leads, end, st, et))
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"; dhead(t, ["RAG", "Meaning"])
    for r in [("Red", "Off track"), ("Amber", "Some slippage"), ("Green", "On track"), ("Complete", "Action completed and evidenced")]:
        drow(t, r)
    doc.save(os.path.join(OUT, name + ".docx"))
    write_yaml(name, "Imitates a London borough ILACS improvement plan (Word, 2024) in which a document-control table precedes the plan; the plan table has merged theme rows and merged recommendation rows above numbered actions, a RAG column with words, and a RAG key table after it.",
               "An ILACS improvement plan with three themes; each theme has one or two Ofsted recommendations as full-width rows, and numbered actions 1.1-3.3 with a lead (initials or post), a timescale and a RAG word. Document control and the RAG key are not part of the plan.",
               "read", title, exp)

# ---------------------------------------------------------------- 2 SEND WSoA xlsx
def send():
    name = "h-send-wsoa"
    title = "Eastmoor Local Area SEND Written Statement of Action - Progress Tracker"
    wb = Workbook(); ws = wb.active; ws.title = "WSoA tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to SEND Improvement Board, 21 January 2025"
    ws["A3"] = "Key: Red = off track; Amber = at risk; Green = on track; Blue = complete and impact evidenced"
    hdr = ["Area of significant weakness", "Ref", "Action", "Lead officer", "Lead agency", "Timescale", "Previous RAG", "Current RAG", "Progress update"]
    for i, h in enumerate(hdr): ws.cell(5, i + 1, h).font = Font(bold=True)
    W1 = "Weakness 1: The timeliness and quality of EHC plans"
    W2 = "Weakness 2: Joint commissioning and the waiting times for neurodevelopmental assessment"
    W3 = "Weakness 3: Co-production with parents and carers"
    rows = [
        (W1, "1a", "Recruit four additional EHC coordinators and an EHC quality lead.", "Dawn Okafor", "Eastmoor Council", "Nov-24", "Amber", "Green", "All posts appointed; two start in December.", ["Dawn Okafor"], "2024-11", None, "green"),
        (W1, "1b", "Introduce a multi-agency EHC plan quality assurance framework with monthly moderation.", "Dawn Okafor / Dr Paul Hines", "Council and ICB", "Jan-25", "Red", "Amber", "Framework drafted; first moderation held.", ["Dawn Okafor", "Dr Paul Hines"], "2025-01", None, "amber"),
        (W1, "1c", "Clear the backlog of annual reviews older than 12 months.", "SEN Service Manager", "Eastmoor Council", "Mar-25 (was Dec-24)", "Red", "Red", "Backlog 212, down from 340.", ["SEN Service Manager"], "2025-03", "Mar-25 (was Dec-24)", "red"),
        (W2, "2a", "Agree a joint commissioning strategy for SEND signed off by the Health and Wellbeing Board.", "Head of Joint Commissioning", "ICB", "Oct-24", "Green", "Complete", "Signed off 17 October 2024.", ["Head of Joint Commissioning"], "2024-10", None, "blue"),
        (W2, "2b", "Commission additional ADHD and autism assessment capacity from an independent provider.", "Head of Joint Commissioning", "ICB", "Q4 2024/25", "Amber", "Amber", "Procurement under way.", ["Head of Joint Commissioning"], "2025-03", "Q4 2024/25", "amber"),
        (W2, "2c", "Publish waiting-list support offer for families waiting for assessment.", "Neurodevelopmental Pathway Lead", "Eastmoor Community Health", "Dec-24", "Green", "Green", "", ["Neurodevelopmental Pathway Lead"], "2024-12", None, "green"),
        (W3, "3a", "Co-produce a revised Local Offer website with the Parent Carer Forum.", "Local Offer Manager", "Eastmoor Council", "Ongoing", "Green", "Ongoing", "", ["Local Offer Manager"], None, "Ongoing", "unrated"),
        (W3, "3b", "Parent Carer Forum representation on every SEND workstream board.", "Assistant Director, Inclusion", "Eastmoor Council", "Sep-24", "Green", "Complete", "In place.", ["Assistant Director, Inclusion"], "2024-09", None, "blue"),
        (W3, "3c", "Run termly 'You said, we did' events for parents and carers.", "Assistant Director, Inclusion", "Eastmoor Council", "Termly", "", "Green", "First event held 12 November.", ["Assistant Director, Inclusion"], None, "Termly", "green"),
    ]
    r = 6; exp = []; cur = None
    for w, ref, act, lead, ag, ts, prev, now, prog, leads, end, et, st in rows:
        if w != cur:
            ws.cell(r, 1, w).font = Font(bold=True); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1).fill = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9"); r += 1; cur = w
        for i, v in enumerate(["", ref, act, lead, ag, ts, prev, now, prog]): ws.cell(r, i + 1, v)
        for c, v in ((7, prev), (8, now)):
            if v and v.lower() in COL: ws.cell(r, c).fill = PatternFill("solid", start_color=COL[v.lower()], end_color=COL[v.lower()])
        exp.append(A(ref, [w], act, leads, end, st, et)); r += 1
        if ref == "2a":  # hidden superseded row
            for i, v in enumerate(["", "2a(old)", "Draft joint commissioning strategy (superseded by 2a).", "Head of Joint Commissioning", "ICB", "Jul-24", "Red", "Red", ""]): ws.cell(r, i + 1, v)
            ws.row_dimensions[r].hidden = True; r += 1
    r += 1; ws.cell(r, 1, "Summary"); ws.cell(r, 2, "Red: 1  Amber: 2  Green: 3  Complete: 2  Not rated: 1")
    for col, wdt in zip("ABCDEFGHI", [30, 7, 55, 26, 22, 18, 12, 12, 35]): ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, "Imitates a local area SEND Written Statement of Action progress tracker (Excel) published with SEND improvement board papers, 2024-25: weakness rows merged across the sheet, Lead officer and Lead agency columns side by side, Previous and Current RAG columns, a superseded hidden row and a summary line at the foot.",
               "A WSoA tracker: three areas of significant weakness, each with actions 1a-3c. The status is the Current RAG (filled and worded); the lead is the officer, not the agency; one action's date slipped (Mar-25, was Dec-24); one row is hidden and the summary line is not an action.",
               "read", title, exp)

# ---------------------------------------------------------------- 3 Youth justice docx (fill-only RAG)
def yjs():
    name = "h-yjs-hmip"
    title = "Westbridge Youth Justice Service: HMIP Inspection Improvement Plan"
    doc = Document(); doc.add_heading(title, 1)
    doc.add_paragraph("Inspection fieldwork: September 2024. Report published: December 2024. Plan owner: Head of Youth Justice Service. Overseen by the Youth Justice Management Board.")
    doc.add_paragraph("RAG is shown by cell colour: red - not on track; amber - some delay; green - on track; blue - completed.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    dhead(t, ["No.", "What we will do", "Owner", "By when", "RAG"])
    R = ["Recommendation 1 (YJS manager): ensure that quality assurance arrangements and management oversight consistently support staff development.",
         "Recommendation 2 (YJS manager): ensure that assessment always considers how best to keep the child and others safe.",
         "Recommendation 3 (Management Board): ensure the service is sufficiently resourced to deliver high-quality interventions for children and victims."]
    acts = [
        (R[0], "1", "Introduce a monthly case audit programme with moderation by team managers.", "Operational Manager", "January 2025", "green", ["Operational Manager"], "2025-01", None),
        (R[0], "2", "Implement reflective group supervision fortnightly for case managers.", "Operational Manager", "Ongoing", "green", ["Operational Manager"], None, "Ongoing"),
        (R[0], "3", "Revise the YJS quality assurance framework and present it to the Management Board.", "Head of YJS", "Q3 2024/25", "blue", ["Head of YJS"], "2024-12", "Q3 2024/25"),
        (R[1], "4", "Deliver AssetPlus refresher training with a focus on safety and wellbeing and risk of serious harm.", "Practice Development Lead", "End of February 2025", "amber", ["Practice Development Lead"], "2025-02", "End of February 2025"),
        (R[1], "5", "Countersignature of all high and very high risk of serious harm assessments by a manager within five working days.", "Team Managers", "31/12/2024", "blue", ["Team Managers"], "2024-12", None),
        (R[1], "6", "Embed contingency planning in every risk management plan and audit compliance quarterly.", "Operational Manager and Practice Development Lead", "March 2025", "red", ["Operational Manager", "Practice Development Lead"], "2025-03", None),
        (R[2], "7", "Complete a staffing and workload review and agree the business case for additional case manager posts.", "Head of YJS", "Feb 2025", "amber", ["Head of YJS"], "2025-02", None),
        (R[2], "8", "Secure a seconded probation officer and a CAMHS practitioner in line with statutory partner guidance.", "Chair of YJMB", "April 2025", "red", ["Chair of YJMB"], "2025-04", None),
        (R[2], "9", "Recruit and train a dedicated victim worker.", "Head of YJS", "Dec 2024 - Mar 2025", None, ["Head of YJS"], "2025-03", "Dec 2024 - Mar 2025"),
    ]
    exp = []; cur = None
    for rec, no, act, lead, end_s, col, leads, end, et in acts:
        if rec != cur: dmerged(t, rec, "FCE4D6"); cur = rec
        row = drow(t, [no, act, lead, end_s, ""])
        if col: shade(row.cells[4], COL[col])
        exp.append(A(no, [rec], act, leads, end, col or "unrated", et))
    doc.save(os.path.join(OUT, name + ".docx"))
    write_yaml(name, "Imitates a youth justice service post-HMIP inspection improvement plan (Word, 2024/25, e.g. papers to a Youth Justice Management Board): recommendation rows merged across the table, numbered actions 1-9 running on across recommendations, 'What we will do / Owner / By when' headings and a RAG shown only by cell colour.",
               "A YJS improvement plan with three HMIP recommendations and nine numbered actions; the RAG cell is coloured, not worded (the last one is blank). Dates are written as months, a quarter, a period and 'Ongoing'.",
               "read", title, exp)

# ---------------------------------------------------------------- 4 JTAI xlsx
def jtai():
    name = "h-jtai-partnership"
    title = "Joint Targeted Area Inspection (JTAI) Multi-Agency Action Plan - Serious Youth Violence"
    wb = Workbook(); ws = wb.active; ws.title = "JTAI plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Harrowgate Safeguarding Children Partnership - version 4, March 2025"
    hdr = ["No.", "Area for improvement", "Action", "Lead officer", "Partner agency", "Target date", "Status", "Comments"]
    for i, h in enumerate(hdr): ws.cell(4, i + 1, h).font = Font(bold=True)
    AF1 = "The quality and consistency of return home interviews for children who go missing"
    AF2 = "Information sharing between health, police and children's social care in contextual safeguarding cases"
    AF3 = "Partnership oversight of the impact of the serious youth violence strategy"
    rows = [
        ("1", AF1, "Recommission the return home interview service with a four-day completion standard.", "Head of Commissioning", "Police", dt.datetime(2025, 4, 30), "On track", "Tender live.", ["Head of Commissioning"], "2025-04", "green"),
        ("2", AF1, "Share return home interview intelligence with the missing and exploitation panel weekly.", "Exploitation Team Manager", "Police", dt.datetime(2025, 1, 31), "Complete", "", ["Exploitation Team Manager"], "2025-01", "blue"),
        ("3", AF2, "Agree an information-sharing agreement for contextual safeguarding cases across the three statutory partners.", "Partnership Business Manager", "ICB", dt.datetime(2025, 6, 30), "Amber", "Legal review delaying sign-off.", ["Partnership Business Manager"], "2025-06", "amber"),
        ("4", AF2, "Named GP and school nurse to attend all extra-familial harm strategy meetings.", "Designated Nurse", "Health", dt.datetime(2025, 3, 31), "Not started", "", ["Designated Nurse"], "2025-03", "unrated"),
        ("5", AF2, "Multi-agency training on contextual safeguarding for 300 practitioners.", "Partnership Training Lead", "All partners", dt.datetime(2025, 7, 31), "On track", "140 trained so far.", ["Partnership Training Lead"], "2025-07", "green"),
        ("6", AF3, "Develop a serious youth violence outcomes dashboard for the partnership executive.", "Community Safety Manager / Police Inspector", "Police", dt.datetime(2025, 5, 31), "Red", "Data sharing not yet agreed.", ["Community Safety Manager", "Police Inspector"], "2025-05", "red"),
        ("7", AF3, "Annual multi-agency audit of children at risk of serious youth violence.", "Partnership Business Manager", "All partners", "Annually", "On track", "", ["Partnership Business Manager"], None, "green"),
    ]
    r = 5; exp = []
    for no, af, act, lead, ag, d, st, com, leads, end, stv in rows:
        for i, v in enumerate([no, af, act, lead, ag, d, st, com]): ws.cell(r, i + 1, v)
        ws.cell(r, 6).number_format = "DD/MM/YYYY"
        a = A(no, [af], act, leads, end, stv, "Annually" if d == "Annually" else None); exp.append(a); r += 1
        if no == "3":  # continuation row with only a comment
            ws.cell(r, 8, "Revised draft circulated to partners 3 March; sign-off expected at April executive."); r += 1
    for col, wdt in zip("ABCDEFGH", [6, 40, 55, 30, 16, 12, 12, 40]): ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, "Imitates a safeguarding children partnership JTAI multi-agency action plan (Excel, 2025): area for improvement repeated on every row rather than grouped, Lead officer beside Partner agency, real date cells formatted dd/mm/yyyy, worded status and a comments column with one comment-only continuation row.",
               "A JTAI action plan with seven numbered actions under three areas for improvement. Status is worded (On track, Complete, Amber, Not started, Red); one row carries only a further comment for action 3 and is not an action; action 7 is annual.",
               "read", title, exp)

# ---------------------------------------------------------------- 5 CQC docx (several tables, headings between)
def cqc():
    name = "h-cqc-assurance"
    title = "Adult Social Care CQC Assessment Improvement Plan"
    doc = Document(); doc.add_heading(title, 0)
    doc.add_paragraph("Kingsmere County Council. Following the CQC local authority assessment (rated Requires Improvement), published August 2024.")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"; dhead(t, ["Version", "Date", "Change"])
    drow(t, ["1.0", "02/09/2024", "First draft to DASS"]); drow(t, ["1.1", "30/09/2024", "Updated after Cabinet"])
    themes = [
        ("Theme 1: Working with people", [
            ("Area for improvement: Waiting lists for Care Act assessments are too long.", [
                ("W1", "Introduce a waiting-list triage and risk review every four weeks for all people awaiting assessment.", "Head of Adult Social Care Operations", "By 31 March 2025", "Amber", ["Head of Adult Social Care Operations"], "2025-03", "By 31 March 2025", "amber"),
                ("W2", "Establish a proportionate assessment pilot in two localities.", "Principal Social Worker (Adults)", "Sept 2024 – March 2025", "Green", ["Principal Social Worker (Adults)"], "2025-03", "Sept 2024 – March 2025", "green"),
                ("W3", "Reduce carers' assessment waiting time to under 28 days.", "Carers Lead", "June 2025", "Yellow", ["Carers Lead"], "2025-06", None, "amber"),
            ])]),
        ("Theme 2: Providing support", [
            ("Area for improvement: Sufficiency of home care in rural areas.", [
                ("P1", "Publish a market sustainability plan with rural home care incentives.", "Head of Commissioning and Market Shaping", "Dec 2024", "Completed", ["Head of Commissioning and Market Shaping"], "2024-12", None, "blue"),
                ("P2", "Launch a micro-provider development programme with the Community Foundation.", "Head of Commissioning and Market Shaping", "TBC", "Red", ["Head of Commissioning and Market Shaping"], None, "TBC", "red"),
            ])]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("Area for improvement: Safeguarding enquiries are not always completed in a timely way.", [
                ("S1", "Recruit to the Safeguarding Adults Hub to full establishment.", "Safeguarding Adults Manager", "Jan 2025", "In progress", ["Safeguarding Adults Manager"], "2025-01", None, "unrated"),
                ("S2", "Monthly performance report on section 42 enquiry timeliness to the Adults Leadership Team.", "Performance and Intelligence Manager", "Monthly", "Green", ["Performance and Intelligence Manager"], None, "Monthly", "green"),
                ("S3", "Safeguarding audit of 40 closed enquiries with Kingsmere SAB.", "Safeguarding Adults Manager, SAB Business Manager", "April 2025", "Amber", ["Safeguarding Adults Manager", "SAB Business Manager"], "2025-04", None, "amber"),
            ])]),
    ]
    exp = []
    for th, aoi in themes:
        doc.add_heading(th, 2)
        for afi, acts in aoi:
            doc.add_paragraph(afi).runs[0].bold = True
            t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
            dhead(t, ["Ref", "Action", "Responsible officer", "Completion date", "Status"])
            for ref, act, lead, end_s, stw, leads, end, et, st in acts:
                drow(t, [ref, act, lead, end_s, stw])
                exp.append(A(ref, [th, afi], act, leads, end, st, et))
    doc.add_heading("Glossary", 2)
    t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"; dhead(t, ["Term", "Meaning"])
    drow(t, ["SAB", "Safeguarding Adults Board"]); drow(t, ["DASS", "Director of Adult Social Services"])
    doc.save(os.path.join(OUT, name + ".docx"))
    write_yaml(name, "Imitates a county council adult social care improvement plan after a CQC local authority assessment (Word, 2024): CQC themes as Word headings, each area for improvement as a bold paragraph followed by its own small table, plus version-history and glossary tables that are not the plan.",
               "Three CQC themes, each with an area for improvement and a separate table of actions (W1-W3, P1-P2, S1-S3). Statuses are words, including 'Yellow' (amber), 'Completed' (blue) and 'In progress' (unrated); end dates include a deadline phrase, a period, TBC and Monthly.",
               "read", title, exp)

# ---------------------------------------------------------------- 6 Audit tracker xlsx
def audit():
    name = "h-audit-tracker"
    title = "Internal Audit Recommendations Tracker - Children's Social Care Placements"
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Audit and Governance Committee - 12 February 2025"
    hdr = ["Rec no.", "Priority", "Finding", "Agreed management action", "Responsible officer", "Original target date", "Revised target date", "Status"]
    for i, h in enumerate(hdr): ws.cell(4, i + 1, h).font = Font(bold=True)
    rows = [
        ("R1", "High", "Placement contracts not in place for 14 of 40 sampled spot placements.", "All spot placements to have an Individual Placement Agreement signed before the placement starts.", "Lee, Sam", dt.datetime(2024, 9, 30), None, "Closed", ["Lee, Sam"], "2024-09", "blue"),
        ("R2", "High", "Placement costs not reconciled to the finance system monthly.", "Monthly reconciliation of placement commitments between Mosaic and Oracle, signed off by the Finance Business Partner.", "Finance Business Partner (Children's)", dt.datetime(2024, 10, 31), dt.datetime(2025, 3, 31), "Open", ["Finance Business Partner (Children's)"], "2025-03", "unrated"),
        ("R3", "Medium", "Placement panel decisions not consistently recorded.", "Placement panel minutes template revised and decisions recorded on the child's file within two working days.", "Patel, Nisha", dt.datetime(2024, 11, 30), None, "Closed", ["Patel, Nisha"], "2024-11", "blue"),
        ("R4", "Medium", "Quality monitoring visits to independent fostering agencies overdue.", "Annual programme of quality monitoring visits agreed with the regional commissioning hub.", "Placements Commissioning Manager", dt.datetime(2024, 12, 31), dt.datetime(2025, 6, 30), "Open", ["Placements Commissioning Manager"], "2025-06", "unrated"),
        ("R5", "Low", "Placement sufficiency strategy out of date.", "Refresh and publish the sufficiency strategy 2025-2028.", "Head of Service - Corporate Parenting / Placements Commissioning Manager", dt.datetime(2025, 4, 30), None, "Open", ["Head of Service - Corporate Parenting", "Placements Commissioning Manager"], "2025-04", "unrated"),
        ("R6", "Medium", "No escalation route for placement cost increases above 10%.", "Introduce an Assistant Director sign-off for any placement uplift above 10%.", "Lee, Sam", dt.datetime(2024, 10, 31), None, "Closed", ["Lee, Sam"], "2024-10", "blue"),
    ]
    r = 5; exp = []
    for no, pr, fnd, act, lead, od, rd, st, leads, end, stv in rows:
        for i, v in enumerate([no, pr, fnd, act, lead, od, rd, st]): ws.cell(r, i + 1, v)
        ws.cell(r, 6).number_format = "DD-MMM-YY"; ws.cell(r, 7).number_format = "DD-MMM-YY"
        exp.append(A(no, [fnd], act, leads, end, stv)); r += 1
    r += 1
    ws.cell(r, 1, "Total recommendations"); ws.cell(r, 2, 6); r += 1
    ws.cell(r, 1, "Closed"); ws.cell(r, 2, 3); r += 1
    ws.cell(r, 1, "Open"); ws.cell(r, 2, 3)
    for col, wdt in zip("ABCDEFGH", [8, 9, 45, 55, 30, 14, 14, 10]): ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, "Imitates an internal audit follow-up tracker presented to an Audit and Governance Committee (Excel, 2025): finding and agreed management action columns, responsible officer written surname-first, original and revised target dates as date cells, Open/Closed status and a totals block underneath.",
               "Six audit recommendations R1-R6, each a finding with an agreed management action. Closed ones are complete; Open ones carry no RAG. Where a revised date is given it is the end. The totals block is not an action.",
               "read", title, exp)

# ---------------------------------------------------------------- 7 Highlight report xlsx (refuse: 0ct-25)
def highlight():
    name = "h-highlight-report"
    title = "Improving Outcomes Programme - Monthly Highlight Report (Focused Visit Action Plan)"
    wb = Workbook(); ws = wb.active; ws.title = "Highlight"
    ws["A1"] = title; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Reporting period: July 2025"
    hdr = ["Workstream", "Milestone", "Owner", "Due", "RAG", "Commentary"]
    for i, h in enumerate(hdr): ws.cell(4, i + 1, h).font = Font(bold=True)
    rows = [
        ("Front door", "MASH thresholds document re-launched with partners", "AD Early Help", "Jun-25", "B", ""),
        ("Front door", "Consent practice guidance issued to all MASH staff", "MASH Manager", "Jul-25", "G", ""),
        ("Disabled children", "Disabled children's team assessments reviewed against new standard", "HoS Disabled Children", "Sep-25", "A", "Staffing gaps."),
        ("Disabled children", "Short breaks offer published on Local Offer", "HoS Disabled Children", "0ct-25", "G", ""),
        ("Care leavers", "Pathway plan template revised with care leavers", "Leaving Care Manager", "Aug-25", "G", ""),
        ("Care leavers", "Staying Close bid submitted", "Leaving Care Manager", "Nov-25", "R", "Bid window delayed by DfE."),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row): ws.cell(r, i + 1, v)
        r += 1
    for col, wdt in zip("ABCDEF", [18, 60, 24, 10, 6, 30]): ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, "Imitates a children's services monthly programme highlight report tracking a focused visit action plan (Excel, 2025): workstream column, milestone, owner, month-style due dates and single-letter RAG.",
               "Six milestones across three workstreams with single-letter RAGs. The due date on the 'Short breaks offer' row (sheet row 8) reads '0ct-25' with a zero for the O: a mistyped month, so a careful person stops and asks.",
               "refuse", title, None, refuse_at=8)

# ---------------------------------------------------------------- 8 Corporate parenting docx (refuse: Jan-71)
def corpparent():
    name = "h-corporate-parenting"
    title = "Corporate Parenting Board Action Plan 2025/26"
    doc = Document(); doc.add_heading(title, 1)
    doc.add_paragraph("Riverdale Borough Council. Actions arising from the ILACS recommendations on children in care and care leavers.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    dhead(t, ["Priority", "Action", "Lead", "Deadline", "Progress RAG"])
    rows = [
        ("Priority 1: Health", "Initial health assessments completed within 20 working days for 90% of children.", "Designated Nurse LAC", "Sep-25", "Amber"),
        ("Priority 1: Health", "Emotional wellbeing service for children in care placed within 20 miles.", "CAMHS Commissioner", "Dec-25", "Green"),
        ("Priority 2: Education", "Personal Education Plans quality assured each term by the Virtual School.", "Virtual School Head", "Mar-26", "Green"),
        ("Priority 2: Education", "Increase care leavers in education, employment or training to 60%.", "Leaving Care Manager", "Jan-71", "Red"),
        ("Priority 3: Voice", "Children in Care Council to present to every Corporate Parenting Board.", "Participation Lead", "Oct-25", "Green"),
        ("Priority 3: Voice", "Annual Bright Spots survey of children in care and care leavers, with results to the Board.", "Participation Lead", "Feb-26", "Amber"),
    ]
    for row in rows: drow(t, row)
    doc.save(os.path.join(OUT, name + ".docx"))
    write_yaml(name, "Imitates a borough Corporate Parenting Board action plan (Word, 2025/26): priority repeated in the first column, one plan table, Mon-YY deadlines and a worded RAG column.",
               "Six actions under three priorities in a 2025/26 plan. The care leavers EET action (table row 5, counting the header as row 1) has deadline 'Jan-71', a two-digit year far from the plan's years, so a careful person stops and asks.",
               "refuse", title, None, refuse_at=5)

# ---------------------------------------------------------------- 9 CIW / Care Inspectorate Wales docx (Green = completed)
def ciw():
    name = "h-ciw-improvement"
    title = "Cwm Tawel County Borough Council - CIW Performance Evaluation Inspection Improvement Plan"
    doc = Document(); doc.add_heading(title, 1)
    doc.add_paragraph("Care Inspectorate Wales performance evaluation inspection of children's services, published March 2025.")
    doc.add_paragraph("Status key: Green = completed; Amber = in progress; Red = not started or significantly delayed.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    dhead(t, ["Area for improvement", "Ref", "Planned action", "Responsible officer", "Timescale", "Status"])
    AF1 = "People - voice and control: Children's views are not consistently recorded in care and support plans."
    AF2 = "Prevention: The early help offer is not well understood by partners."
    AF3 = "Well-being: Sufficiency of local placements."
    rows = [
        (AF1, "1.1", "Introduce a 'what matters' conversation section in the care and support plan template.", "Principal Officer, Quality Assurance", "May 2025", "Green", ["Principal Officer, Quality Assurance"], "2025-05", None, "blue"),
        (AF1, "1.2", "Commission an independent advocacy active offer for all children at child protection conference.", "Commissioning Officer", "Autumn term 2025", "Amber", ["Commissioning Officer"], None, "Autumn term 2025", "amber"),
        (AF1, "1.3", "Practice audit of 30 care and support plans focusing on the child's voice.", "Principal Officer, Quality Assurance", "September 2025", "Red", ["Principal Officer, Quality Assurance"], "2025-09", None, "red"),
        (AF2, "2.1", "Publish an early help partner guide and deliver briefings to schools and GP clusters.", "Early Help Manager", "Summer term 2025", "Green", ["Early Help Manager"], None, "Summer term 2025", "blue"),
        (AF2, "2.2", "Establish a single point of contact for partner referrals to Families First.", "Early Help Manager / IAA Team Manager", "July 2025", "Amber", ["Early Help Manager", "IAA Team Manager"], "2025-07", None, "amber"),
        (AF3, "3.1", "Deliver two new in-house small group homes under the eliminating profit programme.", "Head of Children's Services", "March 2026", "Amber", ["Head of Children's Services"], "2026-03", None, "amber"),
        (AF3, "3.2", "Foster Wales recruitment campaign targeting carers for teenagers.", "Fostering Team Manager", "Ongoing", "", ["Fostering Team Manager"], None, "Ongoing", "unrated"),
    ]
    exp = []; prev = None
    for af, ref, act, lead, ts, st, leads, end, et, stv in rows:
        row = drow(t, [af if af != prev else "", ref, act, lead, ts, st]); prev = af
        if st: shade(row.cells[5], COL[st.lower()])
        exp.append(A(ref, [af], act, leads, end, stv, et))
    # merge the area cells vertically
    doc.save(os.path.join(OUT, name + ".docx"))
    write_yaml(name, "Imitates a Welsh local authority's improvement plan after a Care Inspectorate Wales performance evaluation inspection (Word, 2025): area for improvement written once in the first column and left blank on following rows, a status key above the table that makes Green mean completed, and school-term timescales.",
               "Seven actions under three CIW areas for improvement. The key says Green = completed, so green rows are complete (blue); amber and red keep their meaning; the last action has no status. School-term timescales give no end month.",
               "read", title, exp)

# ---------------------------------------------------------------- 10 Early help / focused visit xlsx (fill-only status, two sheets)
def earlyhelp():
    name = "h-early-help-fv"
    title = "Early Help and Front Door Focused Visit Action Plan"
    wb = Workbook(); s0 = wb.active; s0.title = "Summary"
    s0["A1"] = "Summary of progress"; s0["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Red", 1), ("Amber", 2), ("Green", 3), ("Blue", 2), ("Total", 8)]):
        s0.cell(3 + i, 1, k); s0.cell(3 + i, 2, v)
    ws = wb.create_sheet("Action plan")
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Ofsted focused visit, 5-6 November 2024. Status by colour: Red / Amber / Green / Blue = complete."
    hdr = ["Priority", "Action", "Lead", "Deadline", "Status", "Update"]
    for i, h in enumerate(hdr): ws.cell(4, i + 1, h).font = Font(bold=True)
    P1 = "Priority A: Consistent application of thresholds at the front door"
    P2 = "Priority B: Quality of early help assessments and plans"
    rows = [
        (P1, "Threshold document refreshed and signed off by the Safeguarding Children Partnership.", "Maria Gomez", "Dec-24", "blue", None, ["Maria Gomez"], "2024-12", None),
        (P1, "Weekly threshold consultation clinic for schools.", "Maria Gomez and Tom Reilly", "Feb-25", "green", None, ["Maria Gomez", "Tom Reilly"], "2025-02", None),
        (P1, "Step-up and step-down protocol between early help and social care agreed.", "Tom Reilly", "Apr-25 (was Jan-25)", "amber", None, ["Tom Reilly"], "2025-04", "Apr-25 (was Jan-25)"),
        (P1, "Dip sample of contacts converted to referrals each month.", "Head of Front Door", "Monthly", "green", None, ["Head of Front Door"], None, "Monthly"),
        (P2, "Early help assessment template redesigned with families.", "Early Help Practice Lead", "Jan-25", "blue", None, ["Early Help Practice Lead"], "2025-01", None),
        (P2, "Early help workforce trained in SMART planning.", "Early Help Practice Lead", "Mar-25", "red", "Red", ["Early Help Practice Lead"], "2025-03", None),
        (P2, "Lead professional role offered to schools with support from family hubs.", "Family Hubs Manager", "May-25", "green", "Amber", ["Family Hubs Manager"], "2025-05", None),
        (P2, "Early help performance scorecard reported to the Partnership quarterly.", "Head of Performance", "Jun-25", "amber", None, ["Head of Performance"], "2025-06", None),
    ]
    r = 5; exp = []; cur = None
    for pr, act, lead, dl, col, word, leads, end, et in rows:
        ws.cell(r, 1, pr if pr != cur else None); cur = pr
        ws.cell(r, 2, act); ws.cell(r, 3, lead); ws.cell(r, 4, dl)
        if word: ws.cell(r, 5, word)
        fill(ws, f"E{r}", col)
        st = word.lower() if word else col
        exp.append(A(None, [pr], act, leads, end, st, et)); r += 1
    ws.cell(r + 1, 1, "Next review: Improvement Board, 27 March 2025")
    for col, wdt in zip("ABCDEF", [40, 60, 28, 18, 10, 30]): ws.column_dimensions[col].width = wdt
    wb.save(os.path.join(OUT, name + ".xlsx"))
    write_yaml(name, "Imitates a children's services action plan after an Ofsted focused visit on the front door and early help (Excel, 2024/25): a Summary sheet of RAG counts before the plan sheet, priority written only on its first row, unnumbered actions, status shown mostly by fill colour (two cells also carry a word) and a revised deadline written 'X (was Y)'.",
               "Eight unnumbered actions under two priorities on the 'Action plan' sheet; the Summary sheet is a count, not actions. Status is the cell colour, except where the cell also has a word, which wins (one green-filled cell says Amber). One deadline slipped to Apr-25 from Jan-25.",
               "read", title, exp)

if __name__ == "__main__":
    for f in (ilacs, send, yjs, jtai, cqc, audit, highlight, corpparent, ciw, earlyhelp):
        f()
    print("done")
