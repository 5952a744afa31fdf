"""Generator for blind set heldout18, files g1-*.

Each file's expected reading is written by hand in the E(...) entries beside the
cell text (lead lists, end months and statuses are hand-reasoned, not derived).
"""
import csv
import datetime as dt
import os

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def write_yaml(name, doc):
    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    Dumper.add_representer(str, str_rep)
    with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------------------
# 1. YJS HMIP plan, xlsx: domain band rows + recommendation band rows, RAG letters,
#    direction-of-travel arrows, partner column, key beside the table.
# ---------------------------------------------------------------------------
def f1():
    name = "g1-yjs-hmip-domain-and-rec-bands-key-beside-table.xlsx"
    D1 = "Domain 1: Organisational delivery"
    D2 = "Domain 2: Court disposals"
    D3 = "Domain 3: Out-of-court disposals"
    R1 = "Recommendation 1: The Management Board should ensure that the YJS is sufficiently resourced and structured to deliver high-quality interventions for children and for victims."
    R2 = "Recommendation 2: The Management Board should assure itself that the disproportionality action plan is being used effectively across the partnership."
    R3 = "Recommendation 3: The YJS Manager should ensure that assessment activity always considers how best to keep the child and other people safe."
    R4 = "Recommendation 4: The YJS Manager should ensure that planning is comprehensive and aligned with the work of other services, including contingency arrangements."
    R5 = "Recommendation 5: The YJS Manager should ensure that the needs and wishes of victims are given commensurate focus."
    # rows: ("D", text) domain band, ("R", text) rec band, or action tuple
    rows = [
        ("D", D1), ("R", R1),
        ("R1.1", "Complete a workload and staffing review of the YJS against caseload and case complexity, and present options to the Board.",
         "Head of Early Help and Youth Justice", "HR Business Partner", D(2025, 2, 28), "Review completed and agreed at February Board; two additional case manager posts approved.", "↑", "B",
         act("R1.1", [D1, R1], None, ["Head of Early Help and Youth Justice"], "2025-02", "blue")),
        ("R1.2", "Recruit to the two additional case manager posts and a seconded probation officer.",
         "YJS Manager / Business Support Manager", "Probation Delivery Unit", D(2025, 6, 30), "One case manager appointed; probation secondment agreed in principle, start date awaited.", "→", "A",
         act("R1.2", [D1, R1], None, ["YJS Manager", "Business Support Manager"], "2025-06", "amber")),
        ("R", R2),
        ("R2.1", "Refresh the disproportionality action plan with partners and add it as a standing item on the Board agenda.",
         "Chair of YJ Management Board", "Police; Education; Health", D(2025, 4, 30), "Refreshed plan agreed at April Board. Standing item in place.", "↑", "G",
         act("R2.1", [D1, R2], None, ["Chair of YJ Management Board"], "2025-04", "green")),
        ("R2.2", "Produce a quarterly dashboard showing ethnicity, care status and SEND of children at each stage of the youth justice system.",
         "Performance and Information Manager", "", "Q1 2025/26", "Data fields mapped; first dashboard delayed by case management system upgrade.", "↓", "R",
         act("R2.2", [D1, R2], None, ["Performance and Information Manager"], "2025-06", "red")),
        ("D", D2), ("R", R3),
        ("R3.1", "Deliver risk of harm and safety planning training to all case managers, with practice workshops six weeks later.",
         "YJS Practice Manager", "Workforce Development", D(2025, 3, 31), "Training delivered to 14 of 15 staff; final session booked.", "↑", "G",
         act("R3.1", [D2, R3], None, ["YJS Practice Manager"], "2025-03", "green")),
        ("R3.2", "Introduce management countersignature of every assessment rated medium or higher for risk of serious harm.",
         "Insp. Dave Hollis", "Police", D(2025, 1, 31), "Countersignature step built into the case management workflow from January.", "↑", "B",
         act("R3.2", [D2, R3], None, ["Insp. Dave Hollis"], "2025-01", "blue")),
        ("R3.3", "Monthly thematic audit of assessments, with findings reported to the Board.",
         "Quality Assurance Lead", "", "Ongoing (monthly)", "Audits running since February; themes reported each Board.", "→", "G",
         act("R3.3", [D2, R3], None, ["Quality Assurance Lead"], None, "green", end_text="Ongoing (monthly)")),
        ("R", R4),
        ("R4.1", "Revise the intervention plan template so that contingency arrangements and other services' plans are recorded in one place.",
         "YJS Practice Manager", "Children's Social Care", D(2025, 5, 31), "Draft template being tested with two teams.", "→", "A",
         act("R4.1", [D2, R4], None, ["YJS Practice Manager"], "2025-05", "amber")),
        ("R4.2", "Agree joint planning protocol with children's social care for children open to both services.",
         "YJS Manager", "Children's Social Care", D(2025, 9, 30), "Not yet started – scheduled after template work.", "", "",
         act("R4.2", [D2, R4], None, ["YJS Manager"], "2025-09", "unrated")),
        ("D", D3),
        ("R", R5),
        ("R5.1", "Appoint a dedicated victim liaison officer and ensure every victim is contacted within ten working days.",
         "Victim Services Coordinator", "Office of the Police and Crime Commissioner", D(2025, 3, 31), "Officer in post from March; contact within 10 days at 82%.", "↑", "G",
         act("R5.1", [D3, R5], None, ["Victim Services Coordinator"], "2025-03", "green")),
        ("R5.2", "Audit a sample of out-of-court disposal cases each quarter for attention to victims' wishes and safety.",
         "Quality Assurance Lead", "Police", D(2025, 7, 31), "First audit slipped from April to July because of staff sickness.", "↓", "A",
         act("R5.2", [D3, R5], None, ["Quality Assurance Lead"], "2025-07", "amber")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Kingsmere Youth Justice Service – HMIP Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Inspection fieldwork: September 2024 | Report published: December 2024 | Overall rating: Inadequate"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Version 3.2 – presented to the Youth Justice Management Board, 12 March 2025"
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Action", "Lead", "Partner(s)", "Target date", "Progress this period", "Direction of travel", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
    # key beside the table
    ws["J5"] = "RAG key"
    ws["J5"].font = Font(bold=True)
    key = [("B", "Complete", "4472C4"), ("G", "On track", "70AD47"), ("A", "Some slippage – recovery in hand", "FFC000"), ("R", "Off track", "FF0000")]
    for i, (k, t, col) in enumerate(key):
        ws.cell(row=6 + i, column=10, value=k).fill = fill(col)
        ws.cell(row=6 + i, column=11, value=t)
    ws["J11"] = "Direction of travel"
    ws["J11"].font = Font(bold=True)
    ws["J12"] = "↑"; ws["K12"] = "Improved since last Board"
    ws["J13"] = "→"; ws["K13"] = "No change"
    ws["J14"] = "↓"; ws["K14"] = "Deteriorated"
    ragfill = {"B": "4472C4", "G": "70AD47", "A": "FFC000", "R": "FF0000"}
    r = 6
    expected = []
    for row in rows:
        if row[0] == "D":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True, color="FFFFFF")
            ws.cell(row=r, column=1).fill = fill("2F5496")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        elif row[0] == "R":
            ws.cell(row=r, column=1, value=row[1]).font = Font(italic=True, bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            ws.cell(row=r, column=1).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, text, lead, partners, due, prog, dot, rag, e = row
            vals = [ref, text, lead, partners or None, due, prog, dot or None, rag or None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(due, D):
                ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=8).fill = fill(ragfill[rag])
            e["action"] = text
            expected.append(e)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel compares this month's position with the position reported to the last Board. Partner(s) are the agencies contributing to each action; the Lead is accountable to the Board.")
    for col, w in zip("ABCDEFGHIJK", [8, 48, 26, 22, 12, 44, 10, 6, 3, 8, 30]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates a youth justice service HMIP improvement plan of the kind Reading Borough Council's Youth Justice Service put to committee after its December 2024 'Inadequate' HMIP inspection (democracy.reading.gov.uk/mgAi.aspx?ID=15127): plan organised by inspection domain and by the numbered recommendations addressed to the Management Board and to the YJS Manager. Copied features: domain band rows and recommendation band rows merged across the sheet, Ref/Action/Lead/Partner(s)/Target date/Progress columns, a direction-of-travel arrow column, RAG letters with fills, and the RAG and direction keys placed to the right of the table in the same rows.",
        "reads": "A one-sheet HMIP improvement plan for Kingsmere YJS. Three domain bands each contain one or two recommendation bands, under which sit 11 numbered actions (R1.1–R5.2) with a lead, contributing partners, target date, progress, an arrow for direction of travel and a RAG letter; the RAG and arrow keys sit to the right in columns J–K and are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Kingsmere Youth Justice Service – HMIP Inspection Improvement Plan",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 2. ASC CQC plan, xlsx: Summary sheet first, numbered status dropdown, Priority column,
#    Date completed column, due dates mixed real/text, hidden Lists sheet.
# ---------------------------------------------------------------------------
def f2():
    name = "g1-asc-cqc-summary-first-numbered-status-dropdown.xlsx"
    P1 = "P1 Reducing waiting times for Care Act assessments"
    P2 = "P2 Support for unpaid carers"
    P3 = "P3 Safeguarding and Making Safeguarding Personal"
    P4 = "P4 Transitions from children's to adult services"
    rows = [
        (P1, "P1.1", "Introduce a daily triage of the assessment waiting list using a risk-rated screening tool.", "Head of Adult Social Care Operations", D(2025, 6, 30), "Screening tool live in all locality teams from June.", "5. Complete", D(2025, 6, 20),
         act("P1.1", [P1], None, ["Head of Adult Social Care Operations"], "2025-06", "blue")),
        (P1, "P1.2", "Commission additional assessment capacity from an external provider for six months.", "Patel, Anita", D(2025, 9, 30), "Contract awarded; 240 assessments completed to date.", "2. On track", None,
         act("P1.2", [P1], None, ["Patel, Anita"], "2025-09", "green")),
        (P1, "P1.3", "Publish waiting time information on the council website and update it monthly.", "Head of Performance and Intelligence", "Q3 2025/26", "Format agreed with the Making It Real board; web team capacity is a risk.", "3. At risk", None,
         act("P1.3", [P1], None, ["Head of Performance and Intelligence"], "2025-12", "amber")),
        (P2, "P2.1", "Co-produce a refreshed All-Age Carers Strategy with carers and the carers' centre.", "Carers Lead and Head of Commissioning", D(2025, 12, 31), "Four co-production workshops held; draft strategy in January.", "2. On track", None,
         act("P2.1", [P2], None, ["Carers Lead", "Head of Commissioning"], "2025-12", "green")),
        (P2, "P2.2", "Offer every carer identified at assessment a carer's assessment within 28 days.", "Service Manager, Carers and Prevention", D(2026, 3, 31), "Performance at 54% against 90% target; recovery plan being drafted.", "4. Off track", None,
         act("P2.2", [P2], None, ["Service Manager, Carers and Prevention"], "2026-03", "red")),
        (P2, "P2.3", "Launch a carers' emergency card scheme with the voluntary sector.", "Patel, Anita", "Mar-26", "", "1. Not started", None,
         act("P2.3", [P2], None, ["Patel, Anita"], "2026-03", "unrated")),
        (P3, "P3.1", "Deliver refreshed Mental Capacity Act and safeguarding training to all front-line staff.", "Principal Social Worker (Adults) / Head of Quality Assurance", D(2025, 10, 31), "86% of staff trained; remaining sessions in October.", "2. On track", None,
         act("P3.1", [P3], None, ["Principal Social Worker (Adults)", "Head of Quality Assurance"], "2025-10", "green")),
        (P3, "P3.2", "Audit 30 safeguarding enquiries a quarter for evidence that the person's desired outcomes were asked and met.", "Head of Quality Assurance", "Ongoing", "Q1 and Q2 audits complete; outcomes asked in 71% of cases.", "2. On track", None,
         act("P3.2", [P3], None, ["Head of Quality Assurance"], None, "green", end_text="Ongoing")),
        (P3, "P3.3", "Review the multi-agency safeguarding adults threshold guidance with the Safeguarding Adults Board.", "Safeguarding Adults Board Manager", D(2025, 7, 31), "Guidance approved by the SAB in July.", "5. Complete", D(2025, 7, 17),
         act("P3.3", [P3], None, ["Safeguarding Adults Board Manager"], "2025-07", "blue")),
        (P4, "P4.1", "Set up a Preparing for Adulthood panel reviewing every young person from age 14.", "Head of Disabilities (All Age)", D(2025, 11, 30), "Terms of reference agreed with children's services; first panel delayed to November.", "3. At risk", None,
         act("P4.1", [P4], None, ["Head of Disabilities (All Age)"], "2025-11", "amber")),
        (P4, "P4.2", "Agree a joint transitions protocol with children's services, health and education.", "Head of Disabilities (All Age)", D(2026, 1, 31), "Drafting under way.", "2. On track", None,
         act("P4.2", [P4], None, ["Head of Disabilities (All Age)"], "2026-01", "green")),
        (P4, "P4.3", "Track outcomes for young adults 12 months after transition and report to the Improvement Board.", "Head of Performance and Intelligence", "Q4 2025/26", "", "1. Not started", None,
         act("P4.3", [P4], None, ["Head of Performance and Intelligence"], "2026-03", "unrated")),
    ]
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Adult Social Care Improvement Plan 2025–26"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of progress at 30 September 2025 (for Cabinet, 16 October 2025)"
    sh = ["Priority", "Actions", "1. Not started", "2. On track", "3. At risk", "4. Off track", "5. Complete"]
    for i, h in enumerate(sh, 1):
        s.cell(row=4, column=i, value=h).font = Font(bold=True)
    pr = [P1, P2, P3, P4]
    tot = [0] * 6
    for j, p in enumerate(pr):
        st = [x[6] for x in rows if x[0] == p]
        counts = [len(st)] + [st.count(k) for k in sh[2:]]
        tot = [a + b for a, b in zip(tot, counts)]
        s.cell(row=5 + j, column=1, value=p)
        for k, v in enumerate(counts):
            s.cell(row=5 + j, column=2 + k, value=v)
    s.cell(row=9, column=1, value="Total").font = Font(bold=True)
    for k, v in enumerate(tot):
        s.cell(row=9, column=2 + k, value=v).font = Font(bold=True)
    s["A11"] = "Detailed actions are on the 'Action plan' tab. Status is chosen from the drop-down list."
    s.column_dimensions["A"].width = 52
    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Adult Social Care Improvement Plan 2025–26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Response to the CQC Local Authority Assessment (overall rating: Requires Improvement). Status options: 1. Not started | 2. On track | 3. At risk | 4. Off track | 5. Complete"
    hdr = ["Priority", "Ref", "What we will do", "Lead officer", "Due", "Progress update", "Status", "Date completed"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
    expected = []
    for j, x in enumerate(rows):
        r = 5 + j
        p, ref, text, lead, due, prog, stat, done, e = x
        for i, v in enumerate([p, ref, text, lead, due, prog or None, stat, done], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(due, D):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        if done:
            ws.cell(row=r, column=8).number_format = "dd/mm/yyyy"
        e["action"] = text
        expected.append(e)
    ws.auto_filter.ref = f"A4:H{4 + len(rows)}"
    ws.freeze_panes = "C5"
    for col, w in zip("ABCDEFGH", [34, 7, 50, 30, 9, 44, 14, 13]):
        ws.column_dimensions[col].width = w
    ls_ = wb.create_sheet("Lists")
    for i, v in enumerate(sh[2:], 1):
        ls_.cell(row=i, column=1, value=v)
    ls_.sheet_state = "hidden"
    from openpyxl.worksheet.datavalidation import DataValidation
    dv = DataValidation(type="list", formula1="=Lists!$A$1:$A$5", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"G5:G{4 + len(rows)}")
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the Adult Social Care Improvement Plan progress updates taken to Cabinet by Bath and North East Somerset Council in 2025 after its CQC Local Authority Assessment ('Requires Improvement'; nine improvement priorities, democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324) and Telford & Wrekin's CQC continuous improvement action plan update (carers strategy, MCA training, waiting times). Copied features: a summary-of-progress tab first with counts by status, then an action plan tab with a Priority column, a numbered status drop-down (1. Not started … 5. Complete), due dates partly real dates and partly financial-quarter text, and a separate Date completed column.",
        "reads": "A workbook whose first sheet is a status count summary by priority (not actions) and whose second sheet lists 12 actions under four priorities with refs P1.1–P4.3, a lead officer, a due date, progress and a numbered status. A hidden Lists sheet only holds the drop-down values. 'At risk' reads amber, 'Off track' red, 'Complete' blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Adult Social Care Improvement Plan 2025–26",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 3. SEND PAP, xlsx: APA text repeated in a column, everyday column titles,
#    status as shape symbols with a key below, term dates.
# ---------------------------------------------------------------------------
def f3():
    name = "g1-send-pap-apa-column-symbol-status-term-dates.xlsx"
    A1 = "APA 1 – Leaders across the partnership should develop a shared, accurate understanding of the needs of children and young people with SEND and use it to plan and commission services."
    A2 = "APA 2 – Leaders should urgently improve the timeliness and quality of EHC needs assessments and plans."
    A3 = "APA 3 – Leaders should ensure that children and young people with SEND who are not in school receive their full educational entitlement."
    rows = [
        ("1.1", A1, "Complete a joint strategic needs assessment (JSNA) chapter on SEND, drawing on education, health and care data.", "SEND Strategic Lead / ICB Designated Clinical Officer", "Autumn term 2025", "JSNA chapter signed off by the SEND Partnership Board.", "Data sharing agreement signed; analysis under way.", "●",
         act("1.1", [A1], None, ["SEND Strategic Lead", "ICB Designated Clinical Officer"], "2025-12", "green")),
        ("1.2", A1, "Publish a joint commissioning plan for specialist provision based on the needs assessment.", "Assistant Director, Education and Inclusion", "Summer term 2026", "Plan published; sufficiency gaps have named actions.", "Depends on 1.1.", "",
         act("1.2", [A1], None, ["Assistant Director, Education and Inclusion"], "2026-07", "unrated")),
        ("1.3", A1, "Set up a parent carer forum seat on every SEND workstream group.", "SEND Strategic Lead", "July 2025", "Forum representatives attend all workstream meetings.", "In place since June.", "✔",
         act("1.3", [A1], None, ["SEND Strategic Lead"], "2025-07", "blue")),
        ("2.1", A2, "Recruit six additional EHC coordinators and two educational psychologists.", "Head of SEND Services", D(2025, 10, 31), "Caseloads of no more than 120 per coordinator.", "Four coordinators in post; EP recruitment unsuccessful twice.", "▲",
         act("2.1", [A2], None, ["Head of SEND Services"], "2025-10", "amber")),
        ("2.2", A2, "Clear the backlog of overdue EHC needs assessments.", "EHC Team Manager; Educational Psychology Service Manager", "Sept 2025 – Jan 2026", "Backlog below 20; 20-week timeliness above 60%.", "Backlog up from 140 to 165 since June.", "✖",
         act("2.2", [A2], None, ["EHC Team Manager", "Educational Psychology Service Manager"], "2026-01", "red")),
        ("2.3", A2, "Introduce multi-agency quality assurance of EHC plans, auditing ten plans each month.", "Head of SEND Services", "Termly", "At least 70% of audited plans rated good.", "Two audit rounds complete.", "●",
         act("2.3", [A2], None, ["Head of SEND Services"], None, "green", end_text="Termly")),
        ("2.4", A2, "Make advice from health and social care for EHC assessments due within six weeks, with escalation to the DCO.", "ICB Designated Clinical Officer", "31/10/2025", "Health advice returned within 6 weeks in 90% of cases.", "Escalation route agreed; compliance 78%.", "●",
         act("2.4", [A2], None, ["ICB Designated Clinical Officer"], "2025-10", "green")),
        ("3.1", A3, "Keep a single list of every child with SEND on a part-time timetable or missing education, reviewed fortnightly.", "Head of Inclusion", "By end of March 2026", "All children on the list have a plan to return to full-time education.", "List built from school census and CME data.", "●",
         act("3.1", [A3], None, ["Head of Inclusion"], "2026-03", "green")),
        ("3.2", A3, "Commission additional alternative provision places for pupils with SEND awaiting a specialist place.", "Assistant Director, Education and Inclusion", "Autumn term 2025", "No pupil with an EHC plan without a school place for more than 20 school days.", "Tender returned no bids; re-tendering.", "▲",
         act("3.2", [A3], None, ["Assistant Director, Education and Inclusion"], "2025-12", "amber")),
        ("3.3", A3, "Issue guidance to schools on the lawful use of part-time timetables.", "Head of Inclusion", "July 2025", "Guidance issued and covered at headteacher briefings.", "Issued 2 July 2025.", "✔",
         act("3.3", [A3], None, ["Head of Inclusion"], "2025-07", "blue")),
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "PAP"
    ws["A1"] = "Bramhill Local Area SEND Partnership – Priority Action Plan (PAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "June 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Submitted to the DfE and NHS England following the Ofsted/CQC area SEND inspection (outcome: widespread and/or systemic failings)."
    hdr = ["No.", "Area for priority action", "What we will do", "Who", "When", "How we will know", "Where are we now", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = Alignment(wrap_text=True)
    expected = []
    for j, x in enumerate(rows):
        r = 6 + j
        no, apa, text, who, when, know, now, sym, e = x
        for i, v in enumerate([no, apa, text, who, when, know, now, sym or None], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
        ws.cell(row=r, column=8).font = Font(size=14)
        if isinstance(when, D):
            ws.cell(row=r, column=5).number_format = "dd mmmm yyyy"
        e["action"] = text
        expected.append(e)
    r = 6 + len(rows) + 1
    ws.cell(row=r, column=2, value="Status key").font = Font(bold=True)
    for k, (sym, t) in enumerate([("✔", "Complete"), ("●", "On track"), ("▲", "Some slippage"), ("✖", "Off track / not achieved"), ("(blank)", "Not yet started")]):
        ws.cell(row=r + 1 + k, column=2, value=sym)
        ws.cell(row=r + 1 + k, column=3, value=t)
    for col, w in zip("ABCDEFGH", [6, 40, 44, 28, 16, 34, 34, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates the draft SEND Priority Action Plan published by Bracknell Forest Council and Frimley ICB in 2025 after an area SEND inspection found widespread and systemic failings (three areas for priority action; reported by BBC Berkshire), and WSoA progress reports such as Cumbria's SEND Improvement Programme report. Copied features: a single landscape sheet with the area for priority action text repeated on every row as a column, plain-English column titles (What we will do / Who / When / How we will know / Where are we now), school-term and period timescales, and a status column of shape symbols explained by a key below the table.",
        "reads": "A SEND Priority Action Plan for Bramhill with 10 numbered actions under three areas for priority action, each row carrying its APA text, who leads, when, the success measure, current position and a status symbol. The key under the table says ✔ complete, ● on track, ▲ some slippage, ✖ off track and blank not yet started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Bramhill Local Area SEND Partnership – Priority Action Plan (PAP)",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 4. Children's services improvement plan, docx: one table per priority heading,
#    RAG given as the first word of the 'Where are we now' narrative, doc control + glossary tables.
# ---------------------------------------------------------------------------
def f4():
    name = "g1-cs-improvement-plan-rag-word-leads-progress-narrative.docx"
    P1 = "Priority 1: Children get the right help at the right time"
    P2 = "Priority 2: Children in care and care leavers have stable homes and trusted relationships"
    P3 = "Priority 3: Our workforce is stable, skilled and well supported"
    pri = [
        (P1, "Too many contacts were passed to the front door without the right information, and step-down to early help was slow.", [
            ("1a", "Relaunch the threshold document with partners through briefings for schools, police and health.", "Head of Service – Front Door and MASH", "End of May 2025", "Fewer than 30% of contacts result in no further action.", "COMPLETE – Relaunched at the Safeguarding Partnership conference on 21 May; 640 practitioners briefed.",
             act("1a", [P1], None, ["Head of Service – Front Door and MASH"], "2025-05", "blue")),
            ("1b", "Introduce a daily MASH meeting with police, health and education for all amber and red contacts.", "Head of Service – Front Door and MASH", "Sept 2025", "Decisions on contacts made within 24 hours in 95% of cases.", "GREEN – Daily meeting running; education attendance remains inconsistent.",
             act("1b", [P1], None, ["Head of Service – Front Door and MASH"], "2025-09", "green")),
            ("1c", "Create a step-across panel so that families move between social care and early help without a new referral.", "Early Help Service Manager", "31/10/2025", "Step-across cases allocated within 5 working days.", "AMBER – Panel design agreed; recruitment of a panel coordinator delayed.",
             act("1c", [P1], None, ["Early Help Service Manager"], "2025-10", "amber")),
            ("1d", "Audit repeat referrals each quarter and share learning with the partnership.", "Quality Assurance Manager", "Ongoing – reviewed quarterly", "Re-referral rate within 12 months below 20%.", "GREEN – Q1 audit complete; themes shared with the Partnership Executive.",
             act("1d", [P1], None, ["Quality Assurance Manager"], None, "green", end_text="Ongoing – reviewed quarterly")),
        ]),
        (P2, "Sufficiency of local foster homes has fallen, and too many care leavers do not know their personal adviser.", [
            ("2a", "Launch a foster carer recruitment campaign with an enhanced local offer.", "Head of Corporate Parenting", "March 2026", "Net gain of 15 fostering households by March 2026.", "RED – Net gain of 2 households at Q2; campaign being redesigned with the Regional Fostering Hub.",
             act("2a", [P2], None, ["Head of Corporate Parenting"], "2026-03", "red")),
            ("2b", "Make sure every care leaver has a named personal adviser before their 17th birthday.", "Leaving Care Team Manager", "July 2025", "100% of eligible young people allocated a PA by 17.", "COMPLETE – All eligible young people allocated a PA.",
             act("2b", [P2], None, ["Leaving Care Team Manager"], "2025-07", "blue")),
            ("2c", "Hold stability meetings for any child who has had two placement moves in a year.", "Head of Corporate Parenting", "Dec 2025", "Long-term placement stability above the national average.", "NOT STARTED – Will begin once the new stability procedure is approved in October.",
             act("2c", [P2], None, ["Head of Corporate Parenting"], "2025-12", "unrated")),
        ]),
        (P3, "Agency staffing is high and newly qualified workers told inspectors that supervision was irregular.", [
            ("3a", "Expand the social work academy to take 20 newly qualified social workers a year.", "Principal Social Worker / Workforce Development Manager", "Sept 2025", "Agency rate below 15%.", "GREEN – 18 ASYEs started in September; 2 further offers made.",
             act("3a", [P3], None, ["Principal Social Worker", "Workforce Development Manager"], "2025-09", "green")),
            ("3b", "Introduce a supervision audit tool and report compliance monthly to the Improvement Board.", "Principal Social Worker", "June 2025", "90% of supervisions on time and recorded.", "AMBER – Tool in use; compliance 81% in August.",
             act("3b", [P3], None, ["Principal Social Worker"], "2025-06", "amber")),
            ("3c", "Agree a market-supplement and retention package for experienced social workers.", "Director of Children's Services and Head of HR", "31 January 2026", "Turnover of permanent social workers below 12%.", "GREEN – Proposal with Employment Committee in December.",
             act("3c", [P3], None, ["Director of Children's Services", "Head of HR"], "2026-01", "green")),
        ]),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_paragraph("Children's Services Improvement Plan – Phase 3 (2025–2027)", style="Title")
    doc.add_paragraph("Westholme Council | Children and Families Directorate")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Author", "Changes"],
                             ["2.0", "14/04/2025", "Improvement Programme Manager", "Phase 3 plan agreed by Improvement Board"],
                             ["2.1", "02/10/2025", "Improvement Programme Manager", "Q2 progress added"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_heading("How to read this plan", level=1)
    doc.add_paragraph("Each priority sets out what we will do, who is responsible, when it will be done, how we will know it has made a difference and where we are now. The progress narrative in the last column begins with the current rating: GREEN (on track), AMBER (some delay, recovery in hand), RED (off track), COMPLETE, or NOT STARTED.")
    expected = []
    hdr = ["Ref", "What we will do", "Who", "When", "How we will know", "Where are we now"]
    for ptitle, why, acts in pri:
        doc.add_heading(ptitle, level=1)
        p = doc.add_paragraph()
        p.add_run("Why this matters: ").bold = True
        p.add_run(why)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(hdr):
            t.cell(0, j).text = h
            t.cell(0, j).paragraphs[0].runs[0].bold = True
        for i, a in enumerate(acts, 1):
            for j, v in enumerate(a[:6]):
                t.cell(i, j).text = v
            e = a[6]
            e["action"] = a[1]
            expected.append(e)
        doc.add_paragraph()
    doc.add_heading("Glossary", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, row in enumerate([["Term", "Meaning"], ["MASH", "Multi-Agency Safeguarding Hub"], ["ASYE", "Assessed and Supported Year in Employment"], ["PA", "Personal adviser for a care leaver"]]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates Herefordshire Council's Children and Young People's Improvement Plan – Phase 3 (Cabinet 17 July 2025, councillors.herefordshire.gov.uk/ieIssueDetails.aspx?IId=50052101) and Coventry's Children's Services Revised Improvement Plan 2015/16 (contents, priorities, action plan section, glossary; studylib.net/doc/7684016). Copied features: document control table, a 'how to read this plan' note, a heading and 'Why this matters' paragraph per priority each followed by its own table with What we will do / Who / When / How we will know / Where are we now columns, the RAG written as the opening word of the progress narrative, and a glossary table at the end.",
        "reads": "A landscape Word plan with three priority headings, each with a short rationale and a six-column table; 10 actions referenced 1a–3c. The rating is the capitalised word opening each 'Where are we now' cell (COMPLETE, GREEN, AMBER, RED, NOT STARTED). The document control and glossary tables are not the plan.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Children's Services Improvement Plan – Phase 3 (2025–2027)",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 5. Welsh YJS post-inspection plan, docx: vertically merged recommendation column,
#    target + revised target, two RAG columns headed by review dates, key redefining letters.
# ---------------------------------------------------------------------------
def f5():
    name = "g1-yjs-wales-vmerged-recs-revised-target-dated-rag-columns.docx"
    R1 = "1. Improve the quality of assessment and planning to manage risk of harm to others."
    R2 = "2. Strengthen the Management Board's oversight of performance and quality."
    R3 = "3. Ensure children's education, training and employment needs are met."
    R4 = "4. Improve the resettlement offer for children leaving custody."
    recs = [
        (R1, [
            ("1.1", "Re-train all case managers in AssetPlus risk of harm assessment.", "J. Evans (YJS Manager)", "December 2024", "", "A", "C",
             act("1.1", [R1], None, ["J. Evans (YJS Manager)"], "2024-12", "blue")),
            ("1.2", "Introduce risk management panels for all children assessed as high risk of serious harm.", "Gwen Morgan and Rhys Davies", "31/01/2025", "30/04/2025", "R", "A",
             act("1.2", [R1], None, ["Gwen Morgan", "Rhys Davies"], "2025-04", "amber")),
            ("1.3", "Monthly case file audit by the operational manager, feeding a quarterly learning report.", "Operational Manager", "Monthly", "", "G", "G",
             act("1.3", [R1], None, ["Operational Manager"], None, "green", end_text="Monthly")),
        ]),
        (R2, [
            ("2.1", "Agree a revised Board performance report covering quality as well as quantity.", "Head of Children's Services", "Nov-24", "Feb-25", "A", "G",
             act("2.1", [R2], None, ["Head of Children's Services"], "2025-02", "green")),
            ("2.2", "Induct all Board members, including new partner representatives, and hold an annual development day.", "Head of Children's Services", "March 2025", "", "", "R",
             act("2.2", [R2], None, ["Head of Children's Services"], "2025-03", "red")),
        ]),
        (R3, [
            ("3.1", "Second an education officer into the YJS two days a week.", "YJS Manager / Education Officer", "October 2024", "", "C", "C",
             act("3.1", [R3], None, ["YJS Manager", "Education Officer"], "2024-10", "blue")),
            ("3.2", "Ensure every child of statutory school age has a recorded education plan within 10 working days of an order.", "Education Officer", "Jun-25", "", "", "A",
             act("3.2", [R3], None, ["Education Officer"], "2025-06", "amber")),
        ]),
        (R4, [
            ("4.1", "Agree a resettlement protocol with the secure estate, housing and children's services.", "Police Sergeant (YJS)", "January 2025", "May 2025", "A", "A",
             act("4.1", [R4], None, ["Police Sergeant (YJS)"], "2025-05", "amber")),
            ("4.2", "Arrange suitable accommodation at least 10 days before release for every child in custody.", "Housing Solutions Manager", "Ongoing", "", "", "",
             act("4.2", [R4], None, ["Housing Solutions Manager"], None, "unrated", end_text="Ongoing")),
        ]),
    ]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_paragraph("Glanmor County Borough Council / Cyngor Bwrdeistref Sirol Glanmor")
    h = doc.add_heading("Glanmor Youth Justice Service: Post-Inspection Improvement Plan", level=0)
    doc.add_paragraph("Response to the HM Inspectorate of Probation inspection of youth justice services (published August 2024). Reviewed by the Youth Justice Management Board in September 2024 and January 2025.")
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("R – not achieved / at risk;  A – progressing with some delay;  G – on track;  C – completed.")
    doc.add_paragraph("Where a target date has been changed by the Board, the new date is shown under 'Revised Target Date'.")
    hdr = ["No.", "Recommendation", "Action", "Responsible Officer", "Target Date", "Revised Target Date", "RAG Sept 24", "RAG Jan 25"]
    n = sum(len(a) for _, a in recs)
    t = doc.add_table(rows=1 + n, cols=8)
    t.style = "Table Grid"
    for j, hh in enumerate(hdr):
        t.cell(0, j).text = hh
        t.cell(0, j).paragraphs[0].runs[0].bold = True
    expected = []
    r = 1
    for rec, acts in recs:
        first = r
        for a in acts:
            no, text, lead, tgt, rev, rag1, rag2, e = a
            t.cell(r, 0).text = no
            t.cell(r, 2).text = text
            t.cell(r, 3).text = lead
            t.cell(r, 4).text = tgt
            t.cell(r, 5).text = rev
            t.cell(r, 6).text = rag1
            t.cell(r, 7).text = rag2
            e["action"] = text
            expected.append(e)
            r += 1
        m = t.cell(first, 1).merge(t.cell(r - 1, 1))
        m.text = rec
    doc.add_paragraph()
    doc.add_paragraph("Next review: Youth Justice Management Board, April 2025.")
    doc.save(os.path.join(OUT, name))
    write_yaml(name, {
        "source": "Imitates Welsh youth justice service post-inspection improvement plans reported to YJ management boards after HM Inspectorate of Probation inspections (cf. the YJB Cymru account of Newport YOS's re-inspection, dustykennedy.blogspot.com/2016/06/inspection.html, and Reading YJS's HMIP improvement plan, democracy.reading.gov.uk/mgAi.aspx?ID=15127). Copied features: bilingual council name line, a single wide table with the numbered recommendation in a vertically merged column, Target Date and Revised Target Date columns, two RAG columns headed with the Board review dates, and a letter key in which C means completed.",
        "reads": "A Word plan with one table of 9 actions (1.1–4.2) under four numbered recommendations that span their rows. Each action has a responsible officer, a target date and sometimes a revised one, and a RAG letter for September 2024 and January 2025; the January 2025 column is the current rating, and C is completed.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Glanmor Youth Justice Service: Post-Inspection Improvement Plan",
        "actions": expected,
    })


# ---------------------------------------------------------------------------
# 6. ASC improvement programme action log, csv: REFUSE on a mistyped month "Agu-25".
# ---------------------------------------------------------------------------
def f6():
    name = "g1-asc-programme-action-log-workstream-col-agu-month-refuse.csv"
    rows = [
        ["Northcote Council – Adult Social Care Improvement Programme: Action Log", "", "", "", "", "", ""],
        ["Exported from the programme tracker 14/10/2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Workstream", "Ref", "Action", "Owner", "Due", "Progress update", "BRAG"],
        ["Front door and prevention", "FD1", "Redesign the adult social care front door so that 60% of contacts are resolved at first point of contact", "Head of Prevention", "Jul-25", "New front door model live from 1 July", "Blue"],
        ["Front door and prevention", "FD2", "Extend the technology enabled care offer to all hospital discharge pathways", "Head of Prevention", "Sep-25", "Pathways 1 and 2 live; pathway 3 in testing", "Green"],
        ["Front door and prevention", "FD3", "Publish a directory of community support on the council website", "Information and Advice Manager", "Oct-25", "Directory content 70% complete", "Amber"],
        ["Assessment and review", "AR1", "Reduce the number of people waiting for a review to under 400", "Service Manager, Long Term Support", "Dec-25", "Waiting list at 612, up from 580", "Red"],
        ["Assessment and review", "AR2", "Introduce strengths-based assessment practice standards, with training for all assessors", "Principal Social Worker", "Agu-25", "Standards drafted, training booked for September", "Green"],
        ["Assessment and review", "AR3", "Set up a weekly waiting list oversight meeting chaired by the Assistant Director", "AD Adult Social Care", "Jul-25", "Meeting in place", "Blue"],
        ["Commissioning and market", "CM1", "Refresh the market position statement with providers", "Head of Commissioning", "Nov-25", "Provider engagement events held in September", "Green"],
        ["Commissioning and market", "CM2", "Agree a fair cost of care uplift for 2026/27 home care rates", "Head of Commissioning", "Feb-26", "", "Not started"],
        ["Commissioning and market", "CM3", "Co-produce the carers' short breaks offer with the carers' reference group", "Carers Lead", "Jan-26", "First two co-production sessions held", "Green"],
    ]
    path = os.path.join(OUT, name)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)
    # "Agu-25" is on file line 9 (title, export line, blank, header, FD1, FD2, FD3, AR1, AR2)
    write_yaml(name, {
        "source": "Imitates an adult social care improvement programme action log kept by workstream, as described in council ASC improvement reports after CQC assessment (e.g. Bath and North East Somerset's ASC Improvement Plan progress update to Cabinet 2025, democracy.bathnes.gov.uk/ieDecisionDetails.aspx?ID=2324; Telford & Wrekin's continuous improvement plan update, democracy.telford.gov.uk/mgAi.aspx?ID=16808). Copied features: Excel 'Save as CSV' with title and export-date lines above the header, a Workstream column, short workstream refs (FD1, AR2), mmm-yy due dates stored as text, and a BRAG word column.",
        "reads": "A CSV action log of 9 actions across three workstreams with refs, owners, mmm-yy due months, progress and BRAG words. On line 9 action AR2 is due 'Agu-25', which is not a month; it is probably August 2025 but the due month is mistyped, so a careful person would ask before reading it.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": 9,
        "title": "Northcote Council – Adult Social Care Improvement Programme: Action Log",
    })


# ---------------------------------------------------------------------------
# 7. Ofsted monitoring visit action plan, txt: numbered paragraphs with lead/by in
#    parentheses and the status word after a dash.
# ---------------------------------------------------------------------------
def f7():
    name = "g1-ofsted-mv-inline-lead-by-status-paragraphs.txt"
    A1 = "Area 1: Management oversight and supervision"
    A2 = "Area 2: Quality of child protection plans"
    A3 = "Area 3: Children living in private fostering and kinship arrangements"
    items = [
        ("H", A1),
        ("1.1", "Introduce fortnightly performance clinics for all child in need and child protection team managers, chaired by the Head of Service.", "Head of Service, Children in Need and Child Protection", "30 June 2025", "BLUE",
         act("1.1", [A1], None, ["Head of Service, Children in Need and Child Protection"], "2025-06", "blue")),
        ("1.2", "Set a standard that every child's record shows management direction at each key decision point, and audit against it.", "KM/JT", "end of May 2025", "GREEN",
         act("1.2", [A1], None, ["KM", "JT"], "2025-05", "green")),
        ("1.3", "Reduce social worker caseloads in the CIN/CP teams to an average of 18.", "Karen Mills and Jo Tait", "Q2 2025/26", "AMBER",
         act("1.3", [A1], None, ["Karen Mills", "Jo Tait"], "2025-09", "amber")),
        ("H", A2),
        ("2.1", "Introduce a new child protection plan template with SMART outcomes written with the family.", "Child Protection Chair Manager", "April 2025", "BLUE",
         act("2.1", [A2], None, ["Child Protection Chair Manager"], "2025-04", "blue")),
        ("2.2", "Child protection chairs to escalate any plan without progress at the second review conference.", "Child Protection Chair Manager", "ongoing", "GREEN",
         act("2.2", [A2], None, ["Child Protection Chair Manager"], None, "green", end_text="ongoing")),
        ("2.3", "Deliver multi-agency training on writing outcome-focused plans, jointly with the safeguarding partnership.", "Safeguarding Partnership Business Manager", "September 2025", "RED",
         act("2.3", [A2], None, ["Safeguarding Partnership Business Manager"], "2025-09", "red")),
        ("H", A3),
        ("3.1", "Complete a private fostering awareness campaign with schools, GPs and faith groups.", "Fostering Team Manager", "Oct-25", "NOT STARTED",
         act("3.1", [A3], None, ["Fostering Team Manager"], "2025-10", "unrated")),
        ("3.2", "Review all kinship arrangements open for more than six months to confirm the legal status and the support offered.", "Head of Service, Children in Care", "31/07/2025", "AMBER",
         act("3.2", [A3], None, ["Head of Service, Children in Care"], "2025-07", "amber")),
    ]
    lines = [
        "Ashworth Borough Council – Children's Services Monitoring Visit Action Plan",
        "Response to the Ofsted monitoring visit of 4–5 March 2025 (children in need of help and protection)",
        "",
        "This plan sets out the actions we have agreed following the inspectors' findings. Each action shows",
        "the lead officer, the date by which it will be done and its status at the June 2025 Improvement Board.",
        "",
        "Status key: BLUE = complete; GREEN = on track; AMBER = at risk of slipping; RED = off track;",
        "NOT STARTED = not yet due to begin.",
        "",
    ]
    expected = []
    for it in items:
        if it[0] == "H":
            if lines[-1] != "":
                lines.append("")
            lines.append(it[1])
            lines.append("")
        else:
            ref, text, lead, by, st, e = it
            lines.append(f"{ref} {text} (Lead: {lead}; by: {by}) – {st}")
            e["action"] = text
            expected.append(e)
    lines += ["", "Next review: Improvement Board, 10 July 2025.", ""]
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    write_yaml(name, {
        "source": "Imitates the action plans councils judged inadequate publish after Ofsted monitoring visits, as taken to scrutiny committees in narrative committee-report form (cf. Sefton's updated Children's Social Care Improvement Plan to Overview and Scrutiny, modgov.sefton.gov.uk/ieIssueDetails.aspx?IId=49652). Copied features: a plain-text plan with the title on the first line, an explanatory paragraph, a status key in words, 'Area n:' headings for the inspectors' findings and numbered one-line actions carrying '(Lead: …; by: …)' in brackets and the status word after a dash.",
        "reads": "A plain-text monitoring visit action plan with 8 numbered actions (1.1–3.2) under three 'Area' headings. Each action line ends with its lead and due date in brackets and its status word after a dash; the key says BLUE is complete.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Ashworth Borough Council – Children's Services Monitoring Visit Action Plan",
        "actions": expected,
    })


if __name__ == "__main__":
    for fn in (f1, f2, f3, f4, f5, f6, f7):
        fn()
    print("done")
