#!/usr/bin/env python3
"""Generator for held-out blind set 3 (g-*). Each case's expected reading is written by hand
beside its data here (not derived by parsing the produced file)."""
import csv, io, os, datetime as dt
import yaml
import openpyxl
from openpyxl.styles import PatternFill, Font, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo
import docx
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, outcome="read", title=None, actions=None,
                   refuse_at=None, accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4000)


def csv_text(rows, delim=",", eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol, quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- a. YJS HMIP (csv, UTF-8 BOM)
def case_yjs():
    name = "g-yjs-hmip.csv"
    M = "The Youth Justice Service manager should:"
    B = "The Youth Justice Management Board should:"
    r1 = "ensure that quality assurance arrangements, oversight of practice and supervision consistently support staff and volunteer development"
    r2 = "ensure that assessing activity always considers how best to achieve safety for the child and the community"
    r3 = "ensure that planning is comprehensive, aligned with other services and includes contingency arrangements"
    r4 = "ensure that staff liaise with all relevant services when delivering interventions"
    r5 = "ensure that commensurate focus is given to the needs of victims"
    r6 = "ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and victims"
    r7 = "assure itself that the disproportionality action plan is being used effectively across the partnership"
    r8 = "work together to ensure that children have access to suitable education, training and employment"
    E = []
    rows = [
        ["Westbury Youth Justice Service – HMIP Inspection Improvement Plan 2024-25", "", "", "", "", "", ""],
        ["Submitted to HMIP 20/12/2024. Version 3 – updated for Youth Justice Management Board 14/03/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["No.", "HMIP Recommendation", "Action", "Lead", "Target date", "RAG", "Update"],
        ["", M, "", "", "", "", ""],
    ]
    def add(ref, rec, act, lead, end_cell, rag, upd, under, e_lead, e_end, e_status, e_end_text=None):
        rows.append([ref, rec, act, lead, end_cell, rag, upd])
        E.append(A(ref, under, act, e_lead, e_end, e_status, e_end_text))
    add("1.1", r1, "Introduce a monthly case audit programme (four cases per practitioner per quarter) with moderation by the Service Manager",
        "Service Manager (Operations)", "31/03/2025", "G", "Audit tool agreed; first cycle completed February",
        [M, r1], ["Service Manager (Operations)"], "2025-03", "green")
    add("1.2", "", "Refresh the supervision policy to include:\n- reflective case discussion\n- recorded management oversight on every case",
        "Head of Youth Justice", "Apr-25", "A", "Draft with HR for consultation",
        [M, r1], ["Head of Youth Justice"], "2025-04", "amber")
    add("2.1", r2, "Deliver AssetPlus risk and safety training to all case managers", "Practice Development Lead", "June 2025", "G", "",
        [M, r2], ["Practice Development Lead"], "2025-06", "green")
    add("2.2", "", "Establish a weekly risk management panel with police and Children's Social Care attendance",
        "Service Manager (Operations) / Police Sergeant YJS", "End of May 2025", "Complete", "Panel running weekly since 7 April",
        [M, r2], ["Service Manager (Operations)", "Police Sergeant YJS"], "2025-05", "blue", "End of May 2025")
    add("3.1", r3, "Add a contingency planning section to the intervention plan template", "Practice Development Lead", "28/02/2025", "Complete", "",
        [M, r3], ["Practice Development Lead"], "2025-02", "blue")
    rows.append(["Page 1 of 2", "", "", "", "", "", ""])
    rows.append(["No.", "HMIP Recommendation", "Action", "Lead", "Target date", "RAG", "Update"])
    add("3.2", "", "Agree a joint planning protocol with Children's Social Care for children open to both services",
        "Head of Youth Justice & Head of Safeguarding", "Sept 2025", "R", "Delayed – CSC restructure",
        [M, r3], ["Head of Youth Justice", "Head of Safeguarding"], "2025-09", "red")
    add("4.1", r4, "Co-locate CAMHS and speech and language practitioners in the YJS one day per week", "YJS Health Lead", "Q1 2025/26", "A", "",
        [M, r4], ["YJS Health Lead"], "2025-06", "amber", "Q1 2025/26")
    add("5.1", r5, "Recruit a second Victim Liaison Officer", "Head of Youth Justice", "Mar-25", "G", "Post offered 3 March",
        [M, r5], ["Head of Youth Justice"], "2025-03", "green")
    add("5.2", "", "Record victim contact on ChildView within five working days of the outcome", "Victim Liaison Officer", "Ongoing", "G", "",
        [M, r5], ["Victim Liaison Officer"], None, "green", "Ongoing")
    rows.append(["", B, "", "", "", "", ""])
    add("6.1", r6, "Commission an independent review of the YJS staffing model and caseloads", "Chair of Management Board", "Jul-25", "A", "",
        [B, r6], ["Chair of Management Board"], "2025-07", "amber")
    add("7.1", r7, "Present a quarterly disproportionality data report to the Board", "Performance & Information Officer", "Quarterly", "G", "",
        [B, r7], ["Performance & Information Officer"], None, "green", "Quarterly")
    add("7.2", "", "Refresh the disproportionality action plan with partners", "Board Vice-Chair (Police)", "October 2025", "", "",
        [B, r7], ["Board Vice-Chair (Police)"], "2025-10", "unrated")
    add("8.1", r8, "Set up a monthly ETE panel for every child not in full-time education, training or employment",
        "Virtual School Head; Post-16 Participation Manager", "Sept 2025 – Jan 2026", "A", "Terms of reference drafted",
        [B, r8], ["Virtual School Head", "Post-16 Participation Manager"], "2026-01", "amber", "Sept 2025 – Jan 2026")
    rows += [["", "", "", "", "", "", ""],
             ["Key: G = on track; A = some slippage; R = off track; Complete = action delivered and evidenced", "", "", "", "", "", ""],
             ["Page 2 of 2", "", "", "", "", "", ""]]
    with open(os.path.join(OUT, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write(csv_text(rows))
    write_expected(name,
        "Imitates a youth justice service's HMIP improvement plan (e.g. Reading YJS, inspected Sept 2024, plan submitted Dec 2024): recommendations split under 'YJS manager should' and 'Management Board should', numbered actions, RAG letters, PDF-style page footers and a repeated header row.",
        "Two groups of HMIP recommendations (service manager; management board); each recommendation has one or two numbered actions with lead, target date and a RAG letter. The recommendation cell is only filled on its first action row; a page break repeats the header.",
        title="Westbury Youth Justice Service – HMIP Inspection Improvement Plan 2024-25", actions=E)


# ---------------------------------------------------------------- b. Pentana audit follow-up (UTF-16 tab)
def case_pentana():
    name = "g-pentana-audit.txt"
    H = ["Code", "Recommendation", "Agreed Action", "Priority", "Assigned To", "Original Due Date", "Due Date", "Status", "Traffic Light", "Latest Note"]
    g1 = "Audit: Direct Payments (Children with Disabilities) 2023/24 – Limited Assurance"
    g2 = "Audit: Section 17 Payments 2023/24 – Reasonable Assurance"
    g3 = "Audit: Foster Carer Allowances 2022/23 – Limited Assurance"
    rows = [["Internal Audit Recommendations Follow-Up – Children's Services"],
            ["Generated on: 02 May 2024 10:14 by Pentana Risk"], [], H, [g1]]
    E = []
    def add(code, rec, act, pri, who, orig, due, st, tl, note, under, e_lead, e_end, e_status):
        rows.append([code, rec, act, pri, who, orig, due, st, tl, note])
        E.append(A(code, under, act, e_lead, e_end, e_status))
    ra = "Direct payment agreements should be signed before the first payment is made."
    add("IA2324-07.01", ra, "Introduce a checklist so that no payment is set up on ContrOCC until a signed agreement is scanned to the case record.",
        "High", "Sarah Whitfield", "31-Dec-2023", "31-Mar-2024", "Completed", "", "Checklist in use from 1 March.",
        [g1, ra], ["Sarah Whitfield"], "2024-03", "blue")
    add("IA2324-07.02", ra, "Audit a sample of 20 existing direct payment agreements and obtain missing signatures.",
        "High", "Sarah Whitfield; Tom Okafor", "31-Jan-2024", "30-Jun-2024", "In Progress", "Amber", "12 of 20 obtained.",
        [g1, ra], ["Sarah Whitfield", "Tom Okafor"], "2024-06", "amber")
    rb = "Annual reviews of direct payment accounts should be completed and unspent balances recovered."
    add("IA2324-07.03", rb, "Produce a schedule of annual account reviews and report overdue reviews to the DMT monthly.",
        "Medium", "Tom Okafor", "31-Mar-2024", "31-Mar-2024", "In Progress", "Green", "",
        [g1, rb], ["Tom Okafor"], "2024-03", "green")
    add("IA2324-07.04", rb, "Recover unspent balances over £1,000 identified at review.",
        "Medium", "Finance Business Partner (Children's)", "30-Sep-2024", "30-Sep-2024", "Not Started", "", "",
        [g1, rb], ["Finance Business Partner (Children's)"], "2024-09", "unrated")
    rows.append([g2])
    rc = "Section 17 payments should be authorised in line with the scheme of delegation."
    add("IA2324-11.01", rc, "Reissue the Section 17 authorisation limits to all team managers and add them to the Mosaic payment step.",
        "High", "Gemma Price", "29-Feb-2024", "29-Feb-2024", "Completed", "", "Mosaic step changed 26/02.",
        [g2, rc], ["Gemma Price"], "2024-02", "blue")
    rd = "Cash and pre-paid card issues should be reconciled monthly."
    add("IA2324-11.02", rd, "Introduce a monthly reconciliation of pre-paid card loads to Mosaic authorisations, signed by the Business Support Manager.",
        "Medium", "Business Support Manager", "31-Mar-2024", "31-Jul-2024", "In Progress", "Red", "Card provider data not yet available.",
        [g2, rd], ["Business Support Manager"], "2024-07", "red")
    add("IA2324-11.03", rd, "Retain receipts for cash payments over £50 on the child's record.",
        "Low", "Gemma Price", "30-Apr-2024", "30-Apr-2024", "In Progress", "", "",
        [g2, rd], ["Gemma Price"], "2024-04", "unrated")
    rows.append([g3])
    re_ = "Allowance rates paid should agree to the rates approved by Cabinet."
    add("IA2223-19.01", re_, "Reconcile all foster carer allowance rates on the payment system to the approved 2023/24 rates and correct differences.",
        "High", "Alan Fairbrother", "31-Jul-2023", "31-Oct-2023", "Completed", "", "Done – 6 corrections made.",
        [g3, re_], ["Alan Fairbrother"], "2023-10", "blue")
    rf = "Payments should stop promptly when a placement ends."
    add("IA2223-19.02", rf, "Agree a same-day notification from the placements team to payments when a placement ends.",
        "High", "Alan Fairbrother & Leanne Moss", "30-Sep-2023", "31-May-2024", "In Progress", "Amber", "Revised date agreed with Audit Committee.",
        [g3, rf], ["Alan Fairbrother", "Leanne Moss"], "2024-05", "amber")
    add("IA2223-19.03", rf, "Recover overpayments identified by the audit (7 cases, £8,412).",
        "Medium", "Leanne Moss", "31-Dec-2023", "31-Aug-2024", "In Progress", "Green", "4 of 7 recovered.",
        [g3, rf], ["Leanne Moss"], "2024-08", "green")
    add("IA2223-19.04", rf, "Report payments made after placement end to the Corporate Parenting Board each quarter.",
        "Low", "Head of Service – Children in Care", "31-Dec-2023", "31-Dec-2024", "Not Started", "", "",
        [g3, rf], ["Head of Service – Children in Care"], "2024-12", "unrated")
    rows += [[], ["Total: 11", "Completed: 3", "In Progress: 6", "Not Started: 2"], ["Page 1 of 1"]]
    text = "".join("\t".join(r) + "\r\n" for r in rows)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    write_expected(name,
        "Imitates a Pentana Risk follow-up export of internal audit recommendations (county council Audit Committee papers), saved from Excel as 'Unicode Text' (UTF-16, tab-separated): grouping rows per audit report, codes per agreed action, original and revised due dates, audit priority, status plus a traffic light.",
        "Agreed management actions from three internal audits, grouped under a row naming each audit; each row gives the audit recommendation, the agreed action, owner(s), original and current due dates, a status and sometimes a traffic light. Priority is the audit's rating of the recommendation, not RAG; a totals line and page footer close the report.",
        title="Internal Audit Recommendations Follow-Up – Children's Services", actions=E)


# ---------------------------------------------------------------- c. Scottish CPC (tab UTF-8)
def case_scot():
    name = "g-scot-cpc.txt"
    rows = [["Inverglen Child Protection Committee – Joint Inspection of Services for Children at Risk of Harm: Improvement Plan"],
            ["Partners: Inverglen Council, NHS Strathmore, Police Scotland (Q Division), SCRA"],
            ["RAG status: Green = on track; Amber = some delay, being managed; Red = significant delay or at risk; Complete = completed and evidenced"],
            [],
            ["No.", "Area for improvement", "Action", "Lead officer", "Lead agency", "Timescale", "RAG", "Progress / evidence of impact"]]
    E = []
    def add(no, area, act, lead, agency, ts, rag, prog, under, e_lead, e_end, e_status, e_end_text=None):
        rows.append([no, area, act, lead, agency, ts, rag, prog])
        E.append(A(no, under, act, e_lead, e_end, e_status, e_end_text))
    p1 = "Priority 1: Recognising and responding to risk"
    rows.append([p1])
    a1 = "Inter-agency referral discussions (IRDs) are not consistently timely or recorded."
    add("1", a1, "Implement the revised IRD guidance and a shared recording template across police, health and social work",
        "CPC Lead Officer", "Council", "Dec 2024", "Complete", "Template live from 2 December", [p1, a1], ["CPC Lead Officer"], "2024-12", "blue")
    add("2", a1, "Quarterly multi-agency audit of 20 IRDs against the guidance, reported to CPC",
        "Detective Inspector, Public Protection Unit", "Police Scotland", "Quarterly from Jan 2025", "Green", "First audit: 85% timely",
        [p1, a1], ["Detective Inspector, Public Protection Unit"], None, "green", "Quarterly from Jan 2025")
    rows.append(["", "", "", "", "", "", "", "Second audit scheduled for April; health records sample added."])
    a2 = "Chronologies are not consistently used to inform assessments of risk."
    add("3", a2, "Roll out single-agency chronology standards and training for social work and health visiting staff",
        "Chief Social Work Officer / Named Nurse Child Protection", "Council / NHS", "Q4 2024/25", "Amber", "Training capacity reduced over winter",
        [p1, a2], ["Chief Social Work Officer", "Named Nurse Child Protection"], "2025-03", "amber", "Q4 2024/25")
    p2 = "Priority 2: Planning and the child's voice"
    rows.append([p2])
    a3 = "Child's plans do not always have SMART outcomes."
    add("4", a3, "Introduce a plan quality standard and include plan quality in the monthly case file audit",
        "Service Manager, Child Protection", "Council", "March 2025", "Green", "", [p2, a3], ["Service Manager, Child Protection"], "2025-03", "green")
    add("5", a3, "Independent chairs to quality-assure every child protection plan at review", "Independent Reviewing Team Manager", "Council",
        "By June 2025", "Red", "Chair vacancy – recruitment under way", [p2, a3], ["Independent Reviewing Team Manager"], "2025-06", "red", "By June 2025")
    a4 = "Children and young people's views are not consistently recorded or influencing plans."
    add("6", a4, "Commission independent advocacy for all children subject to child protection registration aged 8 and over",
        "Head of Children's Services", "Council", "Apr 2025 – Sept 2025", "Amber", "Tender in preparation",
        [p2, a4], ["Head of Children's Services"], "2025-09", "amber", "Apr 2025 – Sept 2025")
    add("7", a4, "Use the 'Viewpoint' tool before every case conference", "Service Manager, Child Protection", "Council", "Ongoing", "Green", "",
        [p2, a4], ["Service Manager, Child Protection"], None, "green", "Ongoing")
    p3 = "Priority 3: Leadership and self-evaluation"
    rows.append([p3])
    a5 = "The CPC does not have a clear picture of outcomes for children at risk of harm."
    add("8", a5, "Develop a multi-agency performance framework and dashboard reporting to CPC and the Chief Officers Group",
        "Planning and Performance Manager", "Council", "Jan 2025", "Complete", "Dashboard presented to COG 28 January",
        [p3, a5], ["Planning and Performance Manager"], "2025-01", "blue")
    add("9", a5, "Annual self-evaluation using the Care Inspectorate quality framework for children and young people in need of care and protection",
        "CPC Independent Chair / CPC Lead Officer", "Partnership", "November 2025", "", "Not yet started",
        [p3, a5], ["CPC Independent Chair", "CPC Lead Officer"], "2025-11", "unrated")
    rows += [[], ["Summary", "Complete: 2", "Green: 3", "Amber: 2", "Red: 1", "Not rated: 1"]]
    text = "".join("\t".join(r) + "\n" for r in rows)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)
    write_expected(name,
        "Imitates a Scottish Child Protection Committee improvement plan following a Care Inspectorate joint inspection of services for children at risk of harm (2023–25 programme): priority rows, areas for improvement repeated per row, lead officer plus lead agency columns, RAG words with a key line and a summary line.",
        "Three priority headings, each with one or two areas for improvement from the inspection and numbered multi-agency actions; a lead officer column sits beside a lead agency column. One row only carries a further progress note, and the file ends with a RAG summary.",
        title="Inverglen Child Protection Committee – Joint Inspection of Services for Children at Risk of Harm: Improvement Plan", actions=E)


# ---------------------------------------------------------------- d. Smartsheet improvement board (cp1252 csv)
def case_smartsheet():
    name = "g-smartsheet-board.csv"
    H = ["Action / Workstream", "Ref", "Raised at Board", "Assigned To", "Due Date", "Status", "Comments", "Modified"]
    rows = [H]
    E = []
    def ws(t, st):
        rows.append([t, "", "", "", "", st, "", ""])
    def add(act, ref, raised, who, due, st, com, mod, under, e_lead, e_end, e_status, e_end_text=None):
        rows.append([act, ref, raised, who, due, st, com, mod])
        E.append(A(ref, under, act, e_lead, e_end, e_status, e_end_text))
    w1 = "Workstream 1 – Front Door and MASH"
    ws(w1, "Yellow")
    add("Agree MASH thresholds document with partners and publish on the partnership website", "IB-003", "19/09/24", "Karen Ashworth",
        "29/11/24", "Blue", "Published 25/11", "26/11/24 16:02", [w1], ["Karen Ashworth"], "2024-11", "blue")
    add("Reduce re-referrals within 12 months to below 22% – monthly tracking to Board", "IB-007", "19/09/24", "dev.mistry@eastmere.gov.uk",
        "31/03/25", "Yellow", "Currently 24.6%", "14/02/25 09:12", [w1], ["dev.mistry@eastmere.gov.uk"], "2025-03", "amber")
    add("Recruit two permanent MASH team managers", "IB-011", "17/10/24", "Karen Ashworth, Dev Mistry", "17/01/25", "Red",
        "Re-advertised – no appointable candidates", "14/02/25 09:15", [w1], ["Karen Ashworth", "Dev Mistry"], "2025-01", "red")
    rows.append(["", "", "", "", "", "", "Interim manager extended to April; market supplement paper to CMT 3 March.", "14/02/25 09:16"])
    w2 = "Workstream 2 – Practice Quality"
    ws(w2, "Green")
    add("Launch the practice standards and ‘what good looks like’ guides for assessments and plans", "IB-004", "19/09/24", "Principal Social Worker",
        "13/12/24", "Green", "", "02/12/24 11:40", [w2], ["Principal Social Worker"], "2024-12", "green")
    add("Monthly thematic audits with findings reported to the Practice Improvement Group", "IB-008", "17/10/24", "Head of Quality Assurance",
        "Monthly", "Green", "", "10/02/25 10:05", [w2], ["Head of Quality Assurance"], None, "green", "Monthly")
    add("Review caseloads in the Children in Need teams – target average 18", "IB-012", "21/11/24", "Rachel O’Donnell", "28/02/25", "Green",
        "Average now 19.4", "10/02/25 10:07", [w2], ["Rachel O’Donnell"], "2025-02", "green")
    w3 = "Workstream 3 – Children in Care and Sufficiency"
    ws(w3, "Red")
    add("Business case for two in-house children’s homes (£2.4m capital) to Cabinet", "IB-014", "21/11/24", "Director of Children’s Services",
        "TBC", "Red", "Awaiting capital programme decision", "11/02/25 15:30", [w3], ["Director of Children’s Services"], None, "red", "TBC")
    add("Foster carer recruitment campaign – 15 new households by year end", "IB-015", "21/11/24", "Fostering Service Manager",
        "31/03/25", "Yellow", "7 approved, 5 in assessment", "11/02/25 15:31", [w3], ["Fostering Service Manager"], "2025-03", "amber")
    add("Refresh the sufficiency strategy 2025–2028", "IB-019", "16/01/25", "Head of Commissioning", "30/06/25", "", "", "16/01/25 14:22",
        [w3], ["Head of Commissioning"], "2025-06", "unrated")
    with open(os.path.join(OUT, name), "w", encoding="cp1252", newline="") as f:
        f.write(csv_text(rows))
    write_expected(name,
        "Imitates a Smartsheet export (CSV, Windows-1252, UK day-first dates) of a children's services Improvement Board action log with parent rows for workstreams and Smartsheet's Red/Yellow/Green/Blue status balls written as words.",
        "A flat action log: each workstream is a parent row with only a name and a roll-up status, followed by its actions with IB refs, the board date it was raised, owner (name or email), due date, status colour word and comments. One row holds only a comment and modified stamp continuing the action above.",
        actions=E)


# ---------------------------------------------------------------- e. SEND PAP (semicolon, two encodings) – refuse
def case_sendpap():
    name = "g-send-pap.csv"
    lines = [
        ("u", "Harrowfield Local Area SEND Partnership’s Priority Action Plan – Area SEND Inspection (June 2024);;;;;;;"),
        ("u", "Version 2 – agreed by the SEND Improvement Board on 11 December 2024;;;;;;;"),
        ("u", ";;;;;;;"),
        ("u", "Priority action;Ref;What we will do;Lead;Partner;By when;RAG;Update"),
        ("u", "\"Priority action 1: Leaders across education, health and care must urgently improve the timeliness of EHC needs assessments\";1.1;Recruit additional educational psychologists and SEND case officers to clear the assessment backlog;Head of SEND Services;Council;March 2025;Amber;4 of 6 posts filled"),
        ("u", ";1.2;Weekly timeliness tracker reviewed at the SEND Operational Group;Head of SEND Services;Council;Weekly;Green;20-week rate now 41%"),
        ("u", ";1.3;Health advice returned within 6 weeks – escalation route agreed with providers;Designated Clinical Officer;ICB;31/01/2025;Green;"),
        ("u", "\"Priority action 2: Leaders must ensure that children’s needs are identified early and met in mainstream settings\";2.1;Launch the Ordinarily Available Provision guidance for schools;Inclusion Lead;Council;April 2025;Green;"),
        ("w", ";2.2;Early years SEND inclusion fund – revised criteria and panel;Early Years SEND Manager – Inclusion;Council;Sept 2025;Amber;Consultation with settings’ leaders closed 20 Jan"),
        ("w", ";2.3;Speech and language therapy ‘universal offer’ training for all primary schools;Head of Children’s Therapies;NHS Trust;July 2025;Red;Waiting list 38 weeks"),
        ("u", "\"Priority action 3: Leaders must improve the quality of EHC plans and annual reviews\";3.1;Multi-agency EHC plan quality audit each term;SEND QA Lead;Council;Termly;Green;"),
        ("u", ";3.2;Annual review backlog cleared;Head of SEND Services;Council;December 2025;Amber;312 outstanding – down from 540"),
        ("u", ";3.3;Co-produce a new EHC plan template with Harrowfield Parent Carer Forum;SEND Co-production Officer;Parent Carer Forum;June 2025;Green;"),
        ("u", ";;;;;;;"),
        ("u", "Key: Red – off track; Amber – at risk; Green – on track; Blue – complete;;;;;;;"),
    ]
    data = b"\xef\xbb\xbf"
    for kind, ln in lines:
        data += (ln + "\r\n").encode("utf-8" if kind == "u" else "cp1252")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    write_expected(name,
        "Imitates a local area SEND partnership Priority Action Plan (Ofsted/CQC area SEND framework 2023 onwards) exported to semicolon CSV; two rows were pasted in from a Windows-1252 copy so the file mixes UTF-8 and Windows-1252 bytes.",
        "Three priority actions from the inspection, each with numbered partnership actions, lead, partner, by-when and RAG. The file is UTF-8 (with BOM and UTF-8 apostrophes and dashes) until line 9, where the dash and apostrophes are single Windows-1252 bytes, and line 10 likewise; a careful person stops and asks which encoding is meant before trusting those rows' text.",
        outcome="refuse", refuse_at=9,
        title="Harrowfield Local Area SEND Partnership’s Priority Action Plan – Area SEND Inspection (June 2024)")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def new_doc(landscape=True):
    d = docx.Document()
    if landscape:
        s = d.sections[0]
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = docx.shared.Cm(1.5)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9)
    return d


RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"


# ---------------------------------------------------------------- 6. CIW improvement plan (docx)
def case_ciw():
    name = "g-ciw-improvement.docx"
    d = new_doc()
    title = "Dyffryn Teifi County Council – Children's Services Improvement Plan 2023-25"
    d.add_heading(title, level=1)
    d.add_paragraph("Response to the Care Inspectorate Wales (CIW) Performance Evaluation Inspection of Children's Services, May 2023. Progress position at 31 January 2024.")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        set_text(c, h, True)
    for r in [["0.3", "14/08/2023", "SJ", "Draft for Improvement Board"], ["1.0", "02/10/2023", "SJ", "Approved by Cabinet"], ["1.2", "31/01/2024", "MP", "Q3 progress update"]]:
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            set_text(c, v)
    d.add_paragraph("RAG key")
    k = d.add_table(rows=0, cols=2); k.style = "Table Grid"
    for col, txt in [(RED, "Not on track – urgent attention needed"), (AMB, "Some risk to delivery – being managed"), (GRN, "On track"), (BLU, "Complete")]:
        cs = k.add_row().cells
        shade(cs[0], col); set_text(cs[1], txt)
    E = []
    def section(head, groups):
        d.add_heading(head, level=2)
        tb = d.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Area for improvement (CIW)", "Action", "Lead", "By when", "RAG"]):
            set_text(c, h, True); shade(c, "D9D9D9")
        for area, acts in groups:
            first = None
            for (ref, act, lead, when, rag_fill, rag_text, e_lead, e_end, e_status, e_et) in acts:
                cs = tb.add_row().cells
                set_text(cs[0], ref); set_text(cs[2], act); set_text(cs[3], lead); set_text(cs[4], when)
                if rag_fill: shade(cs[5], rag_fill)
                if rag_text: set_text(cs[5], rag_text)
                if first is None:
                    first = cs[1]; set_text(first, area)
                else:
                    first = first.merge(cs[1])
                E.append(A(ref, [head, area], act, e_lead, e_end, e_status, e_et))
    h1 = "Egwyddor 1 / Principle 1: People – Voice and Control"
    a11 = "The local authority should ensure that the voice of the child is consistently recorded and evident in assessments and plans."
    a12 = "Case records should show the rationale for decisions, including management oversight."
    section(h1, [
        (a11, [("1.1", "Introduce 'All About Me' section in the integrated assessment, completed with every child over 5", "Principal Social Worker", "March 2024", GRN, "", ["Principal Social Worker"], "2024-03", "green", None),
               ("1.2", "Offer an active offer of advocacy at every first child protection conference (Welsh and English)", "RH / DM", "31/12/2023", BLU, "", ["RH", "DM"], "2023-12", "blue", None)]),
        (a12, [("1.3", "Management oversight template added to WCCIS case recording with mandatory decision rationale", "Head of Children's Services", "Quarter 2 2024-25", AMB, "", ["Head of Children's Services"], "2024-09", "amber", "Quarter 2 2024-25"),
               ("1.4", "Monthly case file audit, moderated by the Quality Assurance Panel", "Quality Assurance Manager", "Ongoing – reported quarterly", GRN, "Complete", ["Quality Assurance Manager"], None, "blue", "Ongoing – reported quarterly")]),
    ])
    h2 = "Egwyddor 2 / Principle 2: Prevention"
    a21 = "The local authority should strengthen its early intervention offer so that families receive help before needs escalate."
    section(h2, [
        (a21, [("2.1", "Re-commission Families First services aligned to the refreshed needs assessment", "Families First Coordinator", "April 2024", AMB, "", ["Families First Coordinator"], "2024-04", "amber", None),
               ("2.2", "Single point of access for Information, Advice and Assistance (IAA) with Early Help screening", "Team Manager IAA", "Jan-24", BLU, "", ["Team Manager IAA"], "2024-01", "blue", None),
               ("2.3", "Edge of care service for adolescents – business case", "Head of Children's Services", "September 2024", RED, "", ["Head of Children's Services"], "2024-09", "red", None)]),
    ])
    h3 = "Egwyddor 3 / Principle 3: Well-being"
    a31 = "The local authority must ensure there is sufficient placement choice to meet the needs of children looked after, close to home."
    section(h3, [
        (a31, [("3.1", "Foster Wales Dyffryn Teifi recruitment campaign – 12 new general carers", "Fostering Team Manager", "31/03/2024", GRN, "", ["Fostering Team Manager"], "2024-03", "green", None),
               ("3.2", "Open a two-bed children's home for children with complex needs (Eliminating Profit programme)", "Head of Commissioning", "Dec 2024 (was Jul 2024)", RED, "", ["Head of Commissioning"], "2024-12", "red", "Dec 2024 (was Jul 2024)"),
               ("3.3", "Review all placements outside Wales at the Placement Panel", "Placement Panel Chair", "Monthly", None, "", ["Placement Panel Chair"], None, "unrated", "Monthly")]),
    ])
    h4 = "Egwyddor 4 / Principle 4: Partnerships and Integration"
    a41 = "Partners should ensure that multi-agency strategy discussions are timely and include health."
    section(h4, [
        (a41, [("4.1", "Revise the regional strategy discussion protocol with Police and the Health Board", "Head of Safeguarding / Named Nurse Safeguarding", "February 2024", BLU, "", ["Head of Safeguarding", "Named Nurse Safeguarding"], "2024-02", "blue", None),
               ("4.2", "Joint audit of strategy discussions with Dyfed-Powys Police", "SJ", "June 2024", AMB, "", ["SJ"], "2024-06", "amber", None)]),
    ])
    d.add_paragraph("Next review: Improvement Board, 22 April 2024.")
    d.save(os.path.join(OUT, name))
    write_expected(name,
        "Imitates a Welsh local authority children's services improvement plan responding to a CIW Performance Evaluation Inspection (e.g. Powys/Anglesey style plans reported to scrutiny): document control table, coloured RAG key, one table per Social Services and Well-being (Wales) Act principle with bilingual headings, areas for improvement in merged cells, RAG shown only as cell shading.",
        "Four principle headings, each followed by a table of numbered actions grouped under CIW areas for improvement (merged cells), with lead, by-when and a coloured RAG cell; the key gives red/amber/green/blue. One RAG cell has the word Complete on a green fill, and one is left blank.",
        title=title, actions=E)


# ---------------------------------------------------------------- 8. corporate parenting (docx)
def case_corp():
    name = "g-corp-parenting.docx"
    d = new_doc()
    title = "Our Promise to You: Corporate Parenting Strategy 2024–2027 – Action Plan"
    d.add_heading(title, level=1)
    d.add_paragraph("This plan was written with the Children in Care Council (Voices 4 Change) and the Care Leavers' Forum. It is reviewed at every meeting of the Corporate Parenting Board.")
    d.add_paragraph("Progress key:  ✔ done   ● on track   ◑ some delay   ✘ off track   ○ not started yet")
    E = []
    def promise(head, acts):
        d.add_heading(head, level=2)
        tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["What we will do", "Who will lead", "When", "How we will know", "Progress"]):
            set_text(c, h, True)
        for act, lead, when, know, prog, e_lead, e_end, e_status, e_et in acts:
            cs = tb.add_row().cells
            for c, v in zip(cs, [act, lead, when, know, prog]):
                set_text(c, v)
            E.append(A(None, [head], act, e_lead, e_end, e_status, e_et))
    p1 = "Promise 1 – We will keep you safe and help you feel settled"
    promise(p1, [
        ("Make sure you meet your new carers before you move, unless it is an emergency", "Head of Children in Care", "By September 2024", "Audit of moves; your feedback", "●", ["Head of Children in Care"], "2024-09", "green", "By September 2024"),
        ("Give every child a 'welcome pack' and a named worker on the day they come into care", "Children in Care Team Manager", "June 2024", "Pack in use", "✔", ["Children in Care Team Manager"], "2024-06", "blue", None),
        ("Reduce the number of children who have three or more moves in a year", "Placements Manager; Head of Fostering", "April 2025 – March 2026", "Fewer than 8% of children", "◑", ["Placements Manager", "Head of Fostering"], "2026-03", "amber", "April 2025 – March 2026"),
    ])
    p2 = "Promise 2 – We will help you do well at school and beyond"
    promise(p2, [
        ("Every child has a Personal Education Plan reviewed each term", "Virtual School Headteacher", "Termly", "PEP completion 95%", "●", ["Virtual School Headteacher"], None, "green", "Termly"),
        ("Offer tutoring to every child in Year 10 and 11 who wants it", "Virtual School Headteacher", "Summer term 2025", "Number of young people taking up tutoring", "○", ["Virtual School Headteacher"], None, "unrated", "Summer term 2025"),
        ("Ring-fence council apprenticeships for care leavers", "Head of HR and Organisational Development", "January 2025", "10 apprenticeships offered", "✘", ["Head of HR and Organisational Development"], "2025-01", "red", None),
    ])
    p3 = "Promise 3 – We will help you stay healthy and happy"
    promise(p3, [
        ("Health assessments completed within 20 working days of coming into care", "Designated Nurse for Children in Care", "December 2024", "Timeliness above 85%", "◑", ["Designated Nurse for Children in Care"], "2024-12", "amber", None),
        ("Free leisure centre pass for children in care and care leavers up to 25", "Leisure Services Manager", "Oct 2024", "Passes issued", "✔", ["Leisure Services Manager"], "2024-10", "blue", None),
    ])
    p4 = "Promise 4 – We will get you ready for adult life and a home of your own"
    promise(p4, [
        ("Council tax exemption for care leavers up to 25", "Head of Revenues and Benefits", "1 April 2025", "Policy approved by Council", "●", ["Head of Revenues and Benefits"], "2025-04", "green", None),
        ("Agree a joint housing protocol for care leavers", "Head of Corporate Parenting / Housing Options Manager", "March 2025", "Protocol signed; no care leaver in B&B", "◑", ["Head of Corporate Parenting", "Housing Options Manager"], "2025-03", "amber", None),
        ("Care leaver local offer reviewed with the Care Leavers' Forum", "Leaving Care Service Manager", "Annually", "Offer published each year", "●", ["Leaving Care Service Manager"], None, "green", "Annually"),
    ])
    d.add_heading("Signed on behalf of the Corporate Parenting Board", level=2)
    s = d.add_table(rows=1, cols=3); s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Name", "Role", "Date"]):
        set_text(c, h, True)
    for r in [["Cllr Helen Broadbent", "Chair, Corporate Parenting Board", "12/03/2024"], ["Martin Keeley", "Director of Children's Services", "12/03/2024"]]:
        for c, v in zip(s.add_row().cells, r):
            set_text(c, v)
    d.save(os.path.join(OUT, name))
    write_expected(name,
        "Imitates a council's corporate parenting strategy action plan written with the children in care council ('Our promise to you' pledges, e.g. many English county councils 2024–27): one heading per promise, a plain table per promise, no refs, child-friendly 'when' phrases and a symbol progress key, ending with a sign-off table.",
        "Four promises as headings, each with a table of what the council will do, who leads, when, how they'll know, and a progress symbol; the key at the top says ✔ done, ● on track, ◑ some delay, ✘ off track, ○ not started. The last table is a sign-off, not actions.",
        title=title, actions=E)


# ---------------------------------------------------------------- 9. early help strategy (docx) – refuse
def case_earlyhelp():
    name = "g-earlyhelp-strategy.docx"
    d = new_doc()
    d.add_heading("Brackenfield Early Help Strategy 2024-2026: Delivery Plan", level=1)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Document owner", "Version", "Date"]):
        set_text(c, h, True)
    for r in [["Head of Early Help", "1.0", "04/03/2024"], ["Head of Early Help", "1.1", "16/09/2024"], ["Early Help Partnership Board", "1.2", "20/01/2025"]]:
        for c, v in zip(t.add_row().cells, r):
            set_text(c, v)
    table_row = 4  # rows so far across top-level tables
    d.add_paragraph("RAG: R = not on track, A = delayed but recoverable, G = on track, B = complete.")
    tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "RAG"]):
        set_text(c, h, True)
    table_row += 1
    bad_row = None
    content = [
        ("P", "Priority 1: The right help at the right time"),
        ("A", ["1.1", "Publish a single early help assessment and plan for use by all partners", "Head of Early Help", "June 2024", "B"]),
        ("A", ["1.2", "Family Hubs open in each of the four localities", "Family Hubs Manager", "March 2025", "G"]),
        ("A", ["1.3", "Step-up / step-down protocol with children's social care", "Head of Early Help / Head of Safeguarding", "Sept 2024", "A"]),
        ("P", "Priority 2: A skilled and confident workforce"),
        ("A", ["2.1", "Multi-agency early help training programme – 300 practitioners", "Workforce Development Lead", "Ongoing", "G"]),
        ("A", ["2.2", "Lead professional network for schools and health visitors", "Education Safeguarding Lead", "Novmeber 2025", "A"]),
        ("A", ["2.3", "Supervision offer for non-social-work lead professionals", "Early Help Practice Lead", "January 2026", "R"]),
        ("P", "Priority 3: Knowing our impact"),
        ("A", ["3.1", "Early help outcomes framework and quarterly dashboard", "Performance Manager", "Q2 2025/26", "G"]),
        ("A", ["3.2", "Annual family feedback survey", "Participation Officer", "July 2025", ""]),
    ]
    for kind, v in content:
        cs = tb.add_row().cells
        table_row += 1
        if kind == "P":
            m = cs[0].merge(cs[4]); set_text(m, v, True); shade(m, "DEEAF6")
        else:
            for c, x in zip(cs, v):
                set_text(c, x)
            if "Novmeber" in v[3]:
                bad_row = table_row
    d.save(os.path.join(OUT, name))
    assert bad_row == 12, bad_row
    write_expected(name,
        "Imitates a council early help strategy delivery plan (English unitary, 2024–26) in Word: document control table, one plan table with shaded full-width priority rows, numbered actions, timescale words and R/A/G/B letters with a key sentence.",
        "Three priorities as shaded rows in one table, each with numbered actions, lead, timescale and RAG letter. Action 2.2's timescale reads 'Novmeber 2025', a mistyped month, so a careful person stops there and asks (table row 12: four document-control rows, then header, priority row and actions).",
        outcome="refuse", refuse_at=bad_row, title="Brackenfield Early Help Strategy 2024-2026: Delivery Plan")


# ---------------------------------------------------------------- xlsx helpers
def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------- 7. CQC assurance (xlsx, themes as sheets)
def case_cqc():
    name = "g-cqc-assurance.xlsx"
    wb = openpyxl.Workbook()
    cov = wb.active; cov.title = "Cover"
    title = "Northmoor Council – Adult Social Care: CQC Local Authority Assessment Action Plan"
    cov["A1"] = title; cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "CQC assessment report published 14 February 2025 – overall rating: Requires improvement"
    cov["A4"] = "Owner: Director of Adult Social Services (DASS). Reviewed monthly at the ASC Improvement Board."
    cov["A6"] = "RAG key"
    for i, (txt, col) in enumerate([("Red – off track", RED), ("Amber – at risk", AMB), ("Green – on track", GRN), ("Complete", BLU)]):
        c = cov.cell(row=7 + i, column=1, value=txt); c.fill = fill(col)
    widths(cov, {"A": 60})
    H = ["Ref", "Area for improvement (CQC report)", "Action", "Lead officer", "Lead agency", "Target date", "Revised date", "Previous RAG", "Current RAG", "Update"]
    E = []
    def sheet(tab, head, groups, hidden_rows=()):
        ws = wb.create_sheet(tab)
        ws["A1"] = head; ws["A1"].font = Font(bold=True, size=12)
        for i, h in enumerate(H, 1):
            c = ws.cell(row=3, column=i, value=h); c.font = Font(bold=True); c.fill = fill("D9D9D9")
        r = 4
        for area, acts in groups:
            start = r
            for a in acts:
                (ref, act, lead, agency, tgt, rev, prev, cur, upd, e) = a
                for i, v in enumerate([ref, area if r == start else None, act, lead, agency, tgt, rev, prev, cur, upd], 1):
                    c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP
                    if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
                ws.row_dimensions[r].height = 45
                if r in hidden_rows:
                    ws.row_dimensions[r].hidden = True
                elif e is not None:
                    e_lead, e_end, e_status, e_et = e
                    E.append(A(ref, [head, area], act, e_lead, e_end, e_status, e_et))
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        widths(ws, {"A": 7, "B": 38, "C": 50, "D": 26, "E": 12, "F": 12, "G": 12, "H": 11, "I": 11, "J": 36})
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        return ws
    h1 = "Theme 1: Working with people"
    sheet("T1 Working with people", h1, [
        ("People waited too long for Care Act assessments, with over 1,100 people waiting at the time of assessment.", [
            ("1.1", "Waiting list triage by senior practitioners with a 'waiting well' contact every 4 weeks", "Head of Adult Social Work", "Council", D(2025, 4, 30), None, "Amber", "Green", "All waiting people contacted", (["Head of Adult Social Work"], "2025-04", "green", None)),
            ("1.2", "Additional assessment capacity through a 6-month agency team", "Head of Adult Social Work", "Council", D(2025, 3, 31), D(2025, 9, 30), "Amber", "Amber", "Extended – waiting list 860", (["Head of Adult Social Work"], "2025-09", "amber", None)),
        ]),
        ("Unpaid carers' assessments were not consistently offered.", [
            ("1.3", "Carers' assessment offer added to every Care Act assessment form", "Carers Lead", "Council", D(2025, 5, 31), None, "Green", "Complete", "", (["Carers Lead"], "2025-05", "blue", None)),
            ("1.4", "Commission a carers' support service with the ICB", "Commissioning Manager (Carers)", "ICB", "Q3 2025/26", None, "Green", "Green", "Joint specification agreed", (["Commissioning Manager (Carers)"], "2025-12", "green", "Q3 2025/26")),
        ]),
    ])
    h2 = "Theme 2: Providing support"
    sheet("T2 Providing support", h2, [
        ("Hospital discharge delays for people needing home care.", [
            ("2.1", "Expand the reablement service by 20 hours a day", "Reablement Service Manager", "Council", D(2025, 6, 30), None, "Red", "Amber", "Recruitment drive in progress", (["Reablement Service Manager"], "2025-06", "amber", None)),
            ("2.2", "(superseded – see 2.3) Spot purchase of bridging care", "Head of Commissioning", "Council", D(2025, 3, 31), None, "Red", "Red", "Superseded", None),
            ("2.3", "Discharge to assess pathway with the acute trust and a single trusted assessor", "Head of Commissioning / Deputy Chief Nurse", "NHS Trust", "Sept-25", None, "Amber", "Red", "Trust workforce pressures", (["Head of Commissioning", "Deputy Chief Nurse"], "2025-09", "red", None)),
        ]),
        ("Market sufficiency for nursing care with dementia is limited.", [
            ("2.4", "Publish the market position statement 2025–2028", "Head of Commissioning", "Council", D(2025, 7, 31), None, "Green", "Green", "", (["Head of Commissioning"], "2025-07", "green", None)),
        ]),
    ], hidden_rows=(5,))
    h3 = "Theme 3: Ensuring safety"
    sheet("T3 Ensuring safety", h3, [
        ("Safeguarding enquiries were not always completed in a timely way.", [
            ("3.1", "Safeguarding Adults triage hub with police and health", "Principal Social Worker (Adults)", "Council", D(2025, 10, 31), None, "Amber", "Amber", "", (["Principal Social Worker (Adults)"], "2025-10", "amber", None)),
            ("3.2", "Monthly safeguarding performance report to the Safeguarding Adults Board", "Safeguarding Adults Manager", "Council", "Monthly", None, "Green", "Green", "", (["Safeguarding Adults Manager"], None, "green", "Monthly")),
        ]),
        ("Transitions for young people moving to adult services were poorly planned.", [
            ("3.3", "Preparing for Adulthood panel from age 14 with children's services", "Head of Adult Social Work & Head of Children with Disabilities", "Council", D(2025, 9, 1), None, None, None, "New action", (["Head of Adult Social Work", "Head of Children with Disabilities"], "2025-09", "unrated", None)),
        ]),
    ])
    h4 = "Theme 4: Leadership"
    sheet("T4 Leadership", h4, [
        ("Co-production with people who draw on care and support was at an early stage.", [
            ("4.1", "Establish a Making It Real board co-chaired by a person with lived experience", "DASS", "Council", D(2025, 4, 30), None, "Green", "Complete", "First meeting 16 April", (["DASS"], "2025-04", "blue", None)),
            ("4.2", "Quality assurance framework with practice audits and feedback from people", "Principal Social Worker (Adults)", "Council", "31 Dec 2025", None, "Amber", "Green", "", (["Principal Social Worker (Adults)"], "2025-12", "green", None)),
        ]),
    ])
    sm = wb.create_sheet("Summary")
    sm["A1"] = "RAG summary"; sm["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", 2), ("Green", 5), ("Amber", 3), ("Red", 1), ("Not rated", 1)], 3):
        sm.cell(row=i, column=1, value=k); sm.cell(row=i, column=2, value=v)
    wb.save(os.path.join(OUT, name))
    write_expected(name,
        "Imitates an English council's adult social care action plan after a CQC local authority assessment (2024–25 programme, 'Requires improvement'): cover sheet with RAG key, one sheet per CQC theme, CQC areas for improvement in merged cells, lead officer and lead agency columns, target and revised dates, previous and current RAG words, a hidden superseded row, and a summary sheet.",
        "Four theme sheets, each titled 'Theme N: ...', listing numbered actions under CQC findings with lead officer, lead agency, target/revised dates and previous/current RAG. The summary sheet only counts ratings; one superseded row on the Theme 2 sheet is hidden.",
        title=title, actions=E)


# ---------------------------------------------------------------- 10. Improvement board action log (xlsx) – refuse
def case_iblog():
    name = "g-ib-actionlog.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Rosebank Children's Services Improvement Board – Action Log"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Last updated: 03/02/2025"
    ws["A3"] = "Key:"
    for col, (txt, c) in zip("BCDE", [("Off track", RED), ("At risk", AMB), ("On track", GRN), ("Closed", BLU)]):
        ws[f"{col}3"] = txt; ws[f"{col}3"].fill = fill(c)
    H = ["Log No", "Date raised", "Action", "Owner", "Due", "RAG", "Update"]
    for i, h in enumerate(H, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True)
    data = [
        (1, D(2024, 9, 12), "Circulate the Ofsted ILACS report and draft plan to all Board members", "DCS", D(2024, 9, 20), BLU, "Done"),
        (2, D(2024, 9, 12), "Present workforce stabilisation proposal including market supplements", "Head of HR", D(2024, 11, 14), GRN, "On November agenda"),
        (3, D(2024, 10, 10), "Provide data on children waiting over 20 days for a statutory visit", "Head of Performance", D(2024, 10, 31), BLU, ""),
        (4, D(2024, 10, 10), "Arrange Board visit to the MASH", "Board Secretary", D(2024, 12, 5), GRN, ""),
        (5, D(2024, 11, 14), "Independent audit of 30 child protection cases", "Independent Chair", D(2025, 1, 31), AMB, "Auditor booked for January"),
        (6, D(2024, 11, 14), "Health partner to report on initial health assessment timeliness", "Designated Nurse", D(2025, 1, 16), RED, "Report not received"),
        (7, D(2024, 11, 14), "Agree a schedule of practice weeks for senior leaders", "AD Social Care", D(2025, 2, 13), "7030A0", "Moved to Practice Improvement Group"),
        (8, D(2025, 1, 16), "Cabinet report on sufficiency capital bid", "DCS", D(2025, 3, 6), AMB, ""),
        (9, D(2025, 1, 16), "Report on care leavers in unsuitable accommodation", "Leaving Care Manager", D(2025, 3, 6), None, ""),
    ]
    bad = None
    for r, row in enumerate(data, 6):
        for i, v in enumerate(row, 1):
            if i == 6:
                if v: ws.cell(row=r, column=i).fill = fill(v)
                if v == "7030A0": bad = r
                continue
            c = ws.cell(row=r, column=i, value=v)
            if isinstance(v, dt.datetime): c.number_format = "dd/mm/yyyy"
    widths(ws, {"A": 8, "B": 12, "C": 60, "D": 22, "E": 12, "F": 8, "G": 36})
    wb.save(os.path.join(OUT, name))
    assert bad == 12
    write_expected(name,
        "Imitates an English children's services Improvement Board action log after an inadequate ILACS judgement (board papers), in Excel: title, last-updated line, a coloured key in one row (red/amber/green/blue = closed), numbered log entries with date raised, owner, due date and RAG shown only as fill.",
        "Nine board actions, each with a colour-only RAG cell read against the key on row 3. Log no. 7 (row 12) has a purple fill that the key does not define, so a careful person cannot place its status and asks.",
        outcome="refuse", refuse_at=bad, title="Rosebank Children's Services Improvement Board – Action Log")


# ---------------------------------------------------------------- 11. WSoA tracker (xlsx, numeric RAG with key)
def case_wsoa():
    name = "g-wsoa-tracker.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "WSoA Tracker Q2"
    title = "Kingsmere Local Area – SEND Written Statement of Action: Progress Tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting period: Q2 2024/25 (July – September 2024)"
    ws["A4"] = "Progress rating key"; ws["A4"].font = Font(bold=True)
    key = [(1, "Not started", "FFFFFF"), (2, "Off track – significant concerns", RED), (3, "Some slippage – recoverable", AMB), (4, "On track", GRN), (5, "Completed", BLU)]
    for i, (n, t, c) in enumerate(key, 5):
        ws.cell(row=i, column=1, value=n).fill = fill(c); ws.cell(row=i, column=2, value=t)
    H = ["Area of weakness", "Ref", "Action", "Lead", "Timescale", "Progress rating", "Commentary"]
    for i, h in enumerate(H, 1):
        c = ws.cell(row=11, column=i, value=h); c.font = Font(bold=True); c.fill = fill("BDD7EE")
    E = []
    groups = [
        ("AoW1: The quality of EHC plans is too variable and plans are not updated following annual reviews", [
            ("1a", "EHC plan quality assurance framework, with multi-agency audit of 10% of new plans", "Head of SEND", D(2024, 7, 31), 5, "Framework signed off in July", ["Head of SEND"], "2024-07", "blue", None),
            ("1b", "Training for SEND case officers on writing outcomes", "SEND Practice Lead", "Q3 24/25", 4, "", ["SEND Practice Lead"], "2024-12", "green", "Q3 24/25"),
            ("1c", "Clear the backlog of annual review amendments", "Head of SEND / SEND Team Manager", "Sept 24 – Mar 25", 3, "1,024 outstanding", ["Head of SEND", "SEND Team Manager"], "2025-03", "amber", "Sept 24 – Mar 25"),
        ]),
        ("AoW2: Waiting times for neurodevelopmental assessments are too long", [
            ("2a", "Single ASD/ADHD pathway for 0–18 with one referral route", "DCO", D(2024, 12, 31), 4, "", ["DCO"], "2024-12", "green", None),
            ("2b", "Reduce the longest waits to under 52 weeks", "LJ, PK", D(2025, 3, 31), 2, "Longest wait 97 weeks", ["LJ", "PK"], "2025-03", "red", None),
            ("2c", "'Waiting well' support offer for families on the pathway", "Parent Carer Forum Chair", D(2024, 11, 30), 1, "", ["Parent Carer Forum Chair"], "2024-11", "unrated", None),
        ]),
        ("AoW3: Co-production with parents and carers is not embedded", [
            ("3a", "Co-production charter agreed with the Parent Carer Forum", "Assistant Director – Education", D(2024, 9, 30), 5, "", ["Assistant Director – Education"], "2024-09", "blue", None),
            ("3b", "Parent carer representation on every SEND workstream", "Assistant Director – Education", "Termly", 4, "", ["Assistant Director – Education"], None, "green", "Termly"),
        ]),
        ("AoW4: The Local Offer is not well known or used", [
            ("4a", "Relaunch the Local Offer website with young people's section", "Local Offer Officer", D(2025, 1, 31), 3, "Content review slipped", ["Local Offer Officer"], "2025-01", "amber", None),
        ]),
    ]
    r = 12
    for aow, acts in groups:
        start = r
        for (ref, act, lead, ts, score, com, e_lead, e_end, e_status, e_et) in acts:
            vals = [aow if r == start else None, ref, act, lead, ts, score, com]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.alignment = WRAP
                if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
            ws.row_dimensions[r].height = 40
            E.append(A(ref, [aow], act, e_lead, e_end, e_status, e_et))
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    widths(ws, {"A": 40, "B": 6, "C": 55, "D": 28, "E": 16, "F": 10, "G": 30})
    wb.save(os.path.join(OUT, name))
    write_expected(name,
        "Imitates a local area SEND Written Statement of Action progress tracker (Ofsted/CQC 2016–2022 framework, reported to DfE/NHSE monitoring): areas of weakness in merged cells down the first column, lettered refs, numeric 1–5 progress ratings explained by a key block above the table, dates shown as mmm-yy.",
        "Four areas of weakness, each with lettered actions, lead, timescale and a 1–5 progress rating; the key says 1 not started, 2 off track, 3 some slippage, 4 on track, 5 completed. Timescales are months, a quarter, a period or 'Termly'.",
        title=title, actions=E)


# ---------------------------------------------------------------- 12. SharePoint list export (xlsx)
def case_sharepoint():
    name = "g-sharepoint-list.xlsx"
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "owssvr"
    H = ["Title", "Action", "Recommendation", "Workstream", "Action Owner", "Target Date", "Status", "RAG", "Item Type", "Path"]
    ws.append(H)
    path = "sites/ChildrensImprovement/Lists/ILACS Improvement Plan"
    E = []
    rows = [
        ("ILACS-01", "Implement a revised threshold document and consultation line for professionals", "Leaders should ensure that thresholds are understood and consistently applied at the front door.", "Front Door",
         "Bennett, Claire", D(2024, 6, 28), "Closed", None, ["Bennett, Claire"], "2024-06", "blue"),
        ("ILACS-02", "Dip sample of 50 contacts per month by the MASH Service Manager", "Leaders should ensure that thresholds are understood and consistently applied at the front door.", "Front Door",
         "Bennett, Claire;Hughes, Omar", D(2024, 9, 30), "In progress", "Green", ["Bennett, Claire", "Hughes, Omar"], "2024-09", "green"),
        ("ILACS-03", "Strategy meeting attendance from health and education reported monthly", "Strategy meetings should include all relevant agencies.", "Front Door",
         "Hughes, Omar", D(2024, 10, 31), "In progress", "Red", ["Hughes, Omar"], "2024-10", "red"),
        ("ILACS-04", "Pre-proceedings tracker reviewed fortnightly at legal gateway meeting", "Children should not experience drift in pre-proceedings.", "Children in Need and Child Protection",
         "Adeyemi, Tolu", D(2024, 8, 30), "In progress", None, ["Adeyemi, Tolu"], "2024-08", "unrated"),
        ("ILACS-05", "Introduce a PLO tracking dashboard for the Head of Service", "Children should not experience drift in pre-proceedings.", "Children in Need and Child Protection",
         "Adeyemi, Tolu", D(2024, 7, 31), "Closed", None, ["Adeyemi, Tolu"], "2024-07", "blue"),
        ("ILACS-06", "Practice standards for direct work with disabled children", "Disabled children should have assessments that reflect their communication needs.", "Children in Need and Child Protection",
         "Marsh, Deborah", D(2024, 12, 20), "Open", None, ["Marsh, Deborah"], "2024-12", "unrated"),
        ("ILACS-07", "Permanence planning meeting for every child by the second looked after review", "Permanence should be secured for children without delay.", "Children in Care",
         "Kowalski, Piotr", D(2025, 1, 31), "In progress", "Amber", ["Kowalski, Piotr"], "2025-01", "amber"),
        ("ILACS-08", "Care leavers' pathway plans reviewed with personal advisers and young people", "Pathway plans should be up to date and co-produced.", "Care Leavers",
         "Nwosu, Grace; Kowalski, Piotr", D(2024, 11, 29), "In progress", "Amber", ["Nwosu, Grace", "Kowalski, Piotr"], "2024-11", "amber"),
        ("ILACS-09", "Staying Close offer launched for young people leaving children's homes", "Pathway plans should be up to date and co-produced.", "Care Leavers",
         "Nwosu, Grace", D(2025, 3, 31), "Open", "Green", ["Nwosu, Grace"], "2025-03", "green"),
    ]
    for (t, act, rec, wsn, own, tgt, st, rag, e_lead, e_end, e_status) in rows:
        ws.append([t, act, rec, wsn, own, tgt, st, rag, "Item", path])
        ws.cell(row=ws.max_row, column=6).number_format = "dd/mm/yyyy hh:mm"
        E.append(A(t, [wsn, rec], act, e_lead, e_end, e_status))
    tab = Table(displayName="Table1", ref=f"A1:J{ws.max_row}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)
    widths(ws, {"A": 10, "B": 55, "C": 50, "D": 26, "E": 28, "F": 16, "G": 11, "H": 8, "I": 8, "J": 40})
    wb.save(os.path.join(OUT, name))
    write_expected(name,
        "Imitates a SharePoint list 'Export to Excel' of a children's services ILACS improvement plan (owssvr sheet, Excel table, Item Type/Path columns, owners as 'Surname, Forename' people-picker values joined by semicolons, date-time target dates, a Status choice plus a separate optional RAG choice).",
        "A table of nine plan items with ID (Title), action, the Ofsted recommendation, workstream, owner(s), target date, status Open/In progress/Closed and a RAG choice that is often blank. No title above the table.",
        actions=E)


if __name__ == "__main__":
    for f in [case_yjs, case_pentana, case_scot, case_smartsheet, case_sendpap, case_ciw, case_corp,
              case_earlyhelp, case_cqc, case_iblog, case_wsoa, case_sharepoint]:
        f()
    print("ok")
