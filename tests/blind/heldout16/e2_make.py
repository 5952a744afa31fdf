"""Generator for the e2- blind test files (heldout16). Expected readings are hand-set below."""
import csv, datetime as dt, os, yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(OUT, n)


def dump(name, meta, actions=None):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    with open(P(name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=1000)


def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def tidy(cell):
    """After merging, drop the empty paragraphs python-docx carries over from blank cells."""
    ps = cell.paragraphs
    for p in ps[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)


def hdr(table, labels, fill="1F3864"):
    for c, t in zip(table.rows[0].cells, labels):
        c.text = ""
        r = c.paragraphs[0].add_run(t); r.bold = True; r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


RAGFILL = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Complete": "0070C0",
           "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}

# ---------------------------------------------------------------- 1. RSH consumer inspection (docx)
def f1():
    name = "e2-rsh-consumer-c3-standard-tables-dated-progress.docx"
    doc = Document()
    doc.add_heading("Fernvale Housing Group – Regulator of Social Housing Consumer Inspection: Improvement Action Plan", 0)
    doc.add_paragraph("Response to the regulatory judgement published 12 June 2024 (consumer grading C3)")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "v0.7"), ("Plan owner", "Chief Executive"),
                                 ("Approved by", "Group Board, 24 July 2024"), ("Last updated", "11/03/2025")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out the actions we are taking to address the issues the Regulator found against "
                      "each consumer standard. Progress is reported to the Customer Committee and to the Regulator "
                      "at our quarterly stocktake meetings. Updates are added to the Progress column with the date of the update.")
    cols = ["Ref", "What we will do", "Owner", "Target date", "Progress update", "RAG"]
    secs = [
        ("1. Safety and Quality Standard", [
            ("SQ1", "Complete the outstanding high-priority fire risk assessment remedial actions across all blocks.",
             "Head of Building Safety", "31/03/2025",
             "14/01/25: 212 of 260 high-priority actions closed.\n11/03/25: 259 closed; final action awaiting leaseholder access.",
             "Amber", ["Head of Building Safety"], "2025-03", None, "amber"),
            ("SQ2", "Carry out a stock condition survey of 100% of homes over a rolling five-year programme, starting with pre-1945 stock.",
             "Director of Assets / Head of Asset Management", "Sept 2024 – March 2029",
             "02/12/24: Contractor appointed; 1,140 surveys completed.", "Green",
             ["Director of Assets", "Head of Asset Management"], "2029-03", "Sept 2024 – March 2029", "green"),
            ("SQ3", "Introduce a damp and mould case management process with a 10-working-day inspection standard.",
             "Repairs Manager", "June 2024",
             "28/06/24: Process live from 1 June.\n30/09/24: 94% of reports inspected within 10 working days.",
             "Complete", ["Repairs Manager"], "2024-06", None, "blue"),
            ("", "Report damp and mould case volumes and timeliness to the Customer Committee.",
             "Director of Customer Services", "Quarterly",
             "05/02/25: Q3 report taken to Customer Committee.", "Green",
             ["Director of Customer Services"], None, "Quarterly", "green"),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("TIA1", "Review the complaints policy against the Housing Ombudsman Complaint Handling Code and publish the annual self-assessment.",
             "Complaints & Feedback Manager", "By 30 June 2024",
             "21/06/24: Self-assessment approved by Board and published.", "Complete",
             ["Complaints & Feedback Manager"], "2024-06", None, "blue"),
            ("TIA2", "Establish a Tenant Scrutiny Panel with terms of reference agreed with tenants, and complete its first scrutiny review (repairs communication).",
             "Sam Okafor and Priya Desai", "Dec-24",
             "15/10/24: Nine tenants recruited; ToR agreed.\n17/01/25: Scrutiny review report due to Board in April.", "Amber",
             ["Sam Okafor", "Priya Desai"], "2024-12", None, "amber"),
            ("TIA3", "Publish Tenant Satisfaction Measures with a plain-English commentary on the website and in the tenant newsletter.",
             "Head of Performance", "31/07/2025", "", "Not started",
             ["Head of Performance"], "2025-07", None, "unrated"),
        ]),
        ("3. Tenancy Standard", [
            ("TEN1", "Audit the allocation of 50 recent lettings against the Allocations Policy, including reasonable preference.",
             "Lettings Team Leader", "Jan 2025", "20/12/24: 38 of 50 files audited; no non-compliance found so far.", "Green",
             ["Lettings Team Leader"], "2025-01", None, "green"),
            "NOTE",
            ("TEN2", "Complete tenancy audits (home visits) for all tenancies not visited in the last five years.",
             "Neighbourhood Managers", "Q4 2025/26",
             "06/02/25: 31% complete against a 45% trajectory; recovery plan to Executive 20/02/25.", "Red",
             ["Neighbourhood Managers"], "2026-03", "Q4 2025/26", "red"),
            ("TEN3", "Update the mutual exchange procedure so that gas and electrical safety checks are completed before an exchange is approved.",
             "Head of Housing Management", "Ongoing", "11/11/24: Procedure updated; compliance checked monthly.", "Green",
             ["Head of Housing Management"], None, "Ongoing", "green"),
        ]),
    ]
    acts = []
    for head, rows in secs:
        doc.add_heading(head, 1)
        t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
        hdr(t, cols, "385623")
        for r in rows:
            if r == "NOTE":
                cells = t.add_row().cells
                m = cells[0].merge(cells[-1])
                m.text = "Note: actions TEN2 and TEN3 were added following the Board meeting on 17/10/24."
                m.paragraphs[0].runs[0].italic = True
                continue
            ref, act, own, tgt, prog, rag, lead, end, et, st = r
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, act, own, tgt, prog, rag]):
                c.text = v
            if rag in RAGFILL:
                shade(cells[5], RAGFILL[rag])
            acts.append(A(ref or None, [head], act, lead, end, st, et))
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Red – off track, needs Board attention; Amber – some slippage, recovery in hand; "
                      "Green – on track; Complete – action delivered and evidenced.")
    doc.save(P(name))
    dump(name, {
        "source": "Imitates housing association responses to Regulator of Social Housing consumer inspections / regulatory "
                  "judgements (RSH consumer regulation reviews 2022-23, https://www.gov.uk/government/publications/consumer-regulation-review-2022-to-2023; "
                  "provider consumer standards pages e.g. Wolverhampton Homes). Copies: a heading per consumer standard with its own table, "
                  "a Progress update column holding dated entries ('14/01/25: ...'), document control table at top, RAG words with fills, "
                  "a note row merged across a table, one action with no ref.",
        "reads": "A Word improvement plan with a document-control table, then three numbered headings (one per consumer standard) "
                 "each followed by a table of actions with ref, owner, target date, dated progress entries and a RAG word. "
                 "One row in the Tenancy table is a note, and one Safety row has no ref.",
        "outcome": "read", "accept_refusal": False,
        "title": "Fernvale Housing Group – Regulator of Social Housing Consumer Inspection: Improvement Action Plan",
    }, acts)

# ---------------------------------------------------------------- 2. HMICFRS FRS (docx landscape)
def f2():
    name = "e2-frs-hmicfrs-coc-landscape-revised-dates.docx"
    doc = Document(); landscape(doc)
    doc.add_heading("Northmarsh Fire and Rescue Service – HMICFRS Inspection 2023-25: Cause of Concern and Areas for Improvement Action Plan", 1)
    doc.add_paragraph("Overview and Audit Committee – progress at 20 January 2025. Owner: Head of Technology, Transformation and PMO.")
    cols = ["Ref", "Cause of concern / Area for improvement", "Action", "Lead", "Start", "Original completion date",
            "Revised completion date", "Progress update", "Status"]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    hdr(t, cols, "C00000")
    blocks = [
        ("Effectiveness", [
            ("CoC1 – The service should make sure its risk-based inspection programme prioritises the highest-risk buildings and that fire safety audits are completed within the timescales it sets.", [
                ("CoC1.1", "Revise the risk-based inspection programme (RBIP) methodology using the NFCC Fire Safety Prioritisation approach.",
                 "Group Manager Protection", "Jan-24", "Jun-24", "Sep-24", "09/10/24: New RBIP approved at SLT and in use.", "Complete",
                 ["Group Manager Protection"], "2024-09", None, "blue"),
                ("CoC1.2", "Recruit and train four additional fire safety inspecting officers.",
                 "GM Protection / HR Business Partner", "Apr-24", "Mar-25", "", "14/01/25: Two appointed; two posts re-advertised.", "Amber",
                 ["GM Protection", "HR Business Partner"], "2025-03", None, "amber"),
                ("", "Report RBIP completion rates to the Performance and Assurance Board.",
                 "Area Manager Prevention and Protection", "Apr-24", "Monthly", "", "Standing item since May 2024.", "Green",
                 ["Area Manager Prevention and Protection"], None, "Monthly", "green"),
            ]),
            ("AFI E2 – The service should make sure firefighters have good access to relevant and up-to-date risk information.", [
                ("E2.1", "Clear the backlog of site-specific risk information (SSRI) visits older than 12 months.",
                 "Station Managers (Response)", "Apr-24", "Dec-24", "Mar-25", "14/01/25: 63 overdue visits remain (from 240).", "Amber",
                 ["Station Managers (Response)"], "2025-03", None, "amber"),
                ("E2.2", "Replace the mobile data terminals on all front-line appliances.",
                 "Head of ICT", "Feb-24", "31/10/2024", "", "30/10/24: All 34 appliances fitted.", "Complete",
                 ["Head of ICT"], "2024-10", None, "blue"),
            ]),
        ]),
        ("People", [
            ("AFI P1 – The service should make sure it has an effective system to record and monitor operational staff competence.", [
                ("P1.1", "Implement the new competency recording system for all wholetime and on-call staff.",
                 "Head of Training and Development", "Feb-24", "Dec-24", "Jun-25", "02/12/24: Supplier delay; on-call roll-out moved to Q1 2025/26.", "Amber",
                 ["Head of Training and Development"], "2025-06", None, "amber"),
                ("P1.2", "Audit maintenance-of-competence records on each station.",
                 "SM Training; SM Assurance", "Jul-24", "Quarterly", "", "Q2 and Q3 audits complete.", "Green",
                 ["SM Training", "SM Assurance"], None, "Quarterly", "green"),
            ]),
            ("AFI P2 – The service should assure itself that staff understand how to raise concerns and that grievances are resolved in good time.", [
                ("P2.1", "Relaunch the Speak Up scheme with an anonymous reporting route.",
                 "Director of People", "Mar-24", "Jul-24", "", "22/07/24: Relaunched with 12 trained advocates.", "Complete",
                 ["Director of People"], "2024-07", None, "blue"),
                ("P2.2", "Review all open grievances older than 60 days and set a 40-day target in the revised Grievance Policy.",
                 "HR Manager (Employee Relations)", "Jan-25", "Mar-25", "", "", "",
                 ["HR Manager (Employee Relations)"], "2025-03", None, "unrated"),
            ]),
        ]),
    ]
    acts = []
    for pillar, groups in blocks:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1]); m.text = pillar; m.paragraphs[0].runs[0].bold = True; shade(m, "D9D9D9")
        for conc, rows in groups:
            first = None
            for i, r in enumerate(rows):
                ref, act, lead_s, start, orig, rev, prog, stat, lead, end, et, st = r
                cells = t.add_row().cells
                vals = [ref, conc if i == 0 else "", act, lead_s, start, orig, rev, prog, stat]
                for c, v in zip(cells, vals):
                    c.text = v
                if stat in RAGFILL:
                    shade(cells[8], RAGFILL[stat])
                if i == 0:
                    first = cells[1]
                else:
                    first = first.merge(cells[1]); tidy(first)
                acts.append(A(ref or None, [pillar, conc], act, lead, end, st, et))
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(8)
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action closed and evidence held; Green – on track; Amber – at risk, mitigation in place; Red – will not meet date.")
    doc.save(P(name))
    dump(name, {
        "source": "Imitates fire and rescue authority HMICFRS action plans and progress reports to committee (Buckinghamshire FRS "
                  "'HMICFRS Inspection Report Action Plan', https://bucksfire.gov.uk/authority/hmicfrs-inspection-report-action-plan/; "
                  "Buckinghamshire Fire Authority agenda item on Round 3 causes of concern progress, https://buckinghamshire.moderngov.co.uk/mgAi.aspx?ID=25861). "
                  "Copies: landscape single table with many columns, pillar band rows (Effectiveness/People) merged across, the cause of "
                  "concern / AFI text merged down its actions, original and revised completion date columns, one action without a ref.",
        "reads": "A landscape Word table of nine actions under two inspection pillars; each cause of concern or area for improvement "
                 "sits in a cell merged down beside its actions. Where a revised completion date is given it replaces the original; "
                 "two actions are recurring (Monthly, Quarterly) and one is not yet rated.",
        "outcome": "read", "accept_refusal": False,
        "title": "Northmarsh Fire and Rescue Service – HMICFRS Inspection 2023-25: Cause of Concern and Areas for Improvement Action Plan",
    }, acts)

# ---------------------------------------------------------------- 3. DHR (docx)
def f3():
    name = "e2-csp-dhr-home-office-template-two-tables.docx"
    doc = Document(); landscape(doc)
    doc.add_heading("Southshire Community Safety Partnership – Domestic Homicide Review ‘Ruth’ (DHR 2023/02): Action Plan", 1)
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Independent chair", "Independent DHR Chair (appointed March 2023)"),
                                ("Overview report agreed by CSP", "18 September 2024"),
                                ("Action plan monitored by", "Southshire Domestic Abuse Partnership Board")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    cols = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"]
    parts = [
        ("Overview report recommendations", [
            ("1. Southshire CSP to seek assurance that all partner agencies' domestic abuse training covers coercive and controlling behaviour in older people's relationships.", "Local", [
                ("Audit the domestic abuse training offer of each CSP partner against the recommendation and report gaps to the CSP Board.",
                 "Southshire CSP (DA Coordinator)", "Audit template issued 04/11/24; 7 of 11 returns received.", "March 2025", "", "G",
                 ["Southshire CSP (DA Coordinator)"], "2025-03", None, "green"),
                ("Commission a module on abuse in later life for adult social care and GP practice staff.",
                 "Adult Social Care and Southshire ICB", "Provider identified; funding agreed in principle.", "Sept 2025", "", "A",
                 ["Adult Social Care", "Southshire ICB"], "2025-09", None, "amber"),
            ]),
            ("2. Agencies should ensure that where a victim discloses abuse by a family member who is also their carer, the carer's assessment is not completed without a domestic abuse risk assessment.", "Local", [
                ("Amend the Carers' Assessment practice guidance to include a domestic abuse risk prompt (DASH).",
                 "Adult Social Care", "Draft guidance to practice forum 09/12/24.", "31/01/2025", "20/01/2025 – guidance published on the practice hub.", "B",
                 ["Adult Social Care"], "2025-01", None, "blue"),
                ("Dip-sample 20 carers' assessments to test use of the new prompt.",
                 "Principal Social Worker (Adults)", "", "Q1 2025/26", "", "A",
                 ["Principal Social Worker (Adults)"], "2025-06", "Q1 2025/26", "amber"),
            ]),
            ("3. Southshire Police and the MARAC coordinator to review the threshold for repeat referral to MARAC.", "Local", [
                ("Review repeat-referral criteria against SafeLives guidance and update the MARAC operating protocol.",
                 "Southshire Police / MARAC Coordinator", "Task and finish group met 15/01/25.", "June 2025", "", "G",
                 ["Southshire Police", "MARAC Coordinator"], "2025-06", None, "green"),
            ]),
        ]),
        ("Single agency recommendations (from IMRs)", [
            ("4. Hillside GP Practice: record a patient's disclosure of domestic abuse using the agreed clinical code so that it is visible to all clinicians.", "Single agency", [
                ("Practice safeguarding lead to deliver a clinical-coding briefing at the practice learning event.",
                 "Dr A. Mensah", "", "December 2024", "11/12/2024 – briefing delivered to 14 staff; audit of coding due in 6 months.", "B",
                 ["Dr A. Mensah"], "2024-12", None, "blue"),
            ]),
            ("5. Southshire Homes: ensure that housing officers ask about domestic abuse at tenancy visits where a new adult joins the household.", "Single agency", [
                ("Add a routine enquiry question to the tenancy visit form.",
                 "Southshire Homes – Head of Tenancy Services", "Form change delayed by housing system upgrade; revised date to be agreed.",
                 "Jan-25", "", "R",
                 ["Southshire Homes – Head of Tenancy Services"], "2025-01", None, "red"),
                ("Train housing officers in routine enquiry and referral to the IDVA service.",
                 "Southshire Homes", "", "TBC", "", "",
                 ["Southshire Homes"], None, "TBC", "unrated"),
            ]),
        ]),
    ]
    acts = []
    for head, recs in parts:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
        hdr(t, cols, "5B2C6F")
        for rec, scope, rows in recs:
            fr = fs = None
            for i, r in enumerate(rows):
                act, ls, mil, tgt, comp, rag, lead, end, et, st = r
                cells = t.add_row().cells
                vals = [rec if i == 0 else "", scope if i == 0 else "", act, ls, mil, tgt, comp, rag]
                for c, v in zip(cells, vals):
                    c.text = v
                if rag in RAGFILL:
                    shade(cells[7], RAGFILL[rag])
                if i == 0:
                    fr, fs = cells[0], cells[1]
                else:
                    fr = fr.merge(cells[0]); fs = fs.merge(cells[1]); tidy(fr); tidy(fs)
                acts.append(A(None, [head, rec], act, lead, end, st, et))
        doc.add_paragraph("")
    doc.add_paragraph("RAG: B – complete; G – on track; A – some risk to delivery; R – off track / overdue.")
    doc.save(P(name))
    dump(name, {
        "source": "Imitates community safety partnership domestic homicide review action plans in the Home Office template "
                  "(Multi-agency statutory guidance for the conduct of DHRs, action plan appendix; local DHR protocols such as the "
                  "Pan Dorset DHR protocol 'Format for Action Plan'). Copies: the template columns (Recommendation, Scope, Action to take, "
                  "Lead Agency, Key milestones, Target Date, Date of completion and Outcome) plus a RAG letter column, numbered "
                  "recommendations merged down over their un-numbered actions, separate tables for overview-report and single-agency recommendations, a front details table.",
        "reads": "A landscape Word DHR action plan: a small details table, then two headed tables (overview report and single agency "
                 "recommendations). Each numbered recommendation spans one or more actions, which carry no refs of their own; "
                 "the RAG letters B/G/A/R are explained in a key below.",
        "outcome": "read", "accept_refusal": False,
        "title": "Southshire Community Safety Partnership – Domestic Homicide Review ‘Ruth’ (DHR 2023/02): Action Plan",
    }, acts)

# ---------------------------------------------------------------- 4. LGA CPC (xlsx)
def f4():
    name = "e2-lga-cpc-frozen-filter-merged-recs.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    title = "Castlebury District Council – LGA Corporate Peer Challenge (November 2024): Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated for Overview and Scrutiny Committee – 10 March 2025"; ws["A2"].font = Font(italic=True)
    heads = ["Peer team recommendation", "Ref", "Action", "Lead officer(s)", "Due", "Progress update", "RAG"]
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78")
        c.alignment = Alignment(wrap_text=True, vertical="center"); c.border = bd
    recs = [
        ("1. Develop a clear, prioritised Council Plan with a small number of measurable outcomes that members and staff can articulate.", [
            ("1a", "Hold member and staff workshops to agree Council Plan priorities.", "Chief Executive; Leader's Office Manager",
             dt.date(2025, 1, 31), "15/01/25: Three member workshops and two staff sessions held.", "Complete",
             ["Chief Executive", "Leader's Office Manager"], "2025-01", None, "blue"),
            ("1b", "Adopt the new Council Plan 2025-29 at Full Council.", "Head of Policy and Performance",
             dt.date(2025, 4, 30), "03/03/25: Draft plan to Cabinet 19 March.", "Green",
             ["Head of Policy and Performance"], "2025-04", None, "green"),
            ("1c", "Refresh the corporate performance framework so that each Council Plan outcome has KPIs reported quarterly to Cabinet.",
             "Head of Policy and Performance", "Sept 2025", "", "Green",
             ["Head of Policy and Performance"], "2025-09", None, "green"),
        ]),
        ("2. Strengthen the medium-term financial strategy, including a savings programme that closes the budget gap for 2026/27 onwards.", [
            ("2a", "Establish a budget challenge process for all directorates.", "Director of Resources (S151 Officer)",
             dt.date(2024, 12, 31), "16/12/24: Challenge sessions held with all four directorates.", "Complete",
             ["Director of Resources (S151 Officer)"], "2024-12", None, "blue"),
            ("2b", "Develop a three-year savings and income programme with delivery plans for each proposal.",
             "Director of Resources (S151 Officer) / Corporate Leadership Team", dt.date(2026, 2, 28),
             "26/02/25: £1.9m of £3.4m identified.\n10/03/25: Further proposals to CLT away day in April.", "Amber",
             ["Director of Resources (S151 Officer)", "Corporate Leadership Team"], "2026-02", None, "amber"),
        ]),
        "NOTE",
        ("3. Invest in organisational development, including a workforce strategy that addresses recruitment and retention in hard-to-fill roles.", [
            ("3a", "Agree a Workforce Strategy 2025-28 with trade unions and staff networks.", "Assistant Director HR & OD",
             dt.date(2025, 6, 30), "20/02/25: Consultation with Unison under way.", "Amber",
             ["Assistant Director HR & OD"], "2025-06", None, "amber"),
            ("3b", "Introduce market supplements for planning officers and environmental health officers.",
             "Assistant Director HR & OD; Head of Planning", "Sept 2024 – March 2025",
             "04/03/25: Job evaluation appeal has delayed the scheme.", "Red",
             ["Assistant Director HR & OD", "Head of Planning"], "2025-03", "Sept 2024 – March 2025", "red"),
        ]),
        ("4. Improve the member-officer relationship through a refreshed protocol and joint development.", [
            ("4a", "Review the Member-Officer Protocol with Standards Committee.", "Monitoring Officer",
             dt.date(2025, 3, 31), "", "Green", ["Monitoring Officer"], "2025-03", None, "green"),
            ("", "Run a joint member-officer development programme.", "Monitoring Officer and Democratic Services Manager",
             "Ongoing", "Two joint sessions held (Dec, Feb).", "Green",
             ["Monitoring Officer", "Democratic Services Manager"], None, "Ongoing", "green"),
        ]),
        ("5. Arrange a progress review with the LGA within 12 months.", [
            ("5a", "Confirm the date of the LGA progress review and prepare a position statement.", "Chief Executive",
             dt.date(2025, 10, 31), "", "Not started", ["Chief Executive"], "2025-10", None, "unrated"),
        ]),
    ]
    row = 5; acts = []
    for rec in recs:
        if rec == "NOTE":
            ws.cell(row, 1, "Note: recommendations 3 and 4 are being delivered together through the Our People programme; "
                            "progress is also reported to the Member Working Group.")
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
            ws.cell(row, 1).font = Font(italic=True); ws.cell(row, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            row += 1; continue
        text, rows = rec
        start = row
        for r in rows:
            ref, act, ls, due, prog, rag, lead, end, et, st = r
            vals = [text if row == start else None, ref or None, act, ls, due, prog or None, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row, i, v); c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = bd
            if isinstance(due, dt.date):
                ws.cell(row, 5).number_format = "mmm-yy"
            if rag in RAGFILL:
                ws.cell(row, 7).fill = PatternFill("solid", fgColor=RAGFILL[rag])
            acts.append(A(ref or None, [text], act, lead, end, st, et))
            row += 1
        if row - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    for col, w in zip("ABCDEFG", [45, 6, 50, 30, 12, 50, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    ws.auto_filter.ref = f"A4:G{row - 1}"
    k = wb.create_sheet("RAG key")
    for i, (a, b) in enumerate([("RAG", "Meaning"), ("Complete", "Action delivered"), ("Green", "On track"),
                                ("Amber", "Some slippage"), ("Red", "Off track"), ("Not started", "Not yet due to start")], 1):
        k.cell(i, 1, a); k.cell(i, 2, b)
    wb.save(P(name))
    dump(name, {
        "source": "Imitates district/unitary council action plans responding to an LGA Corporate Peer Challenge, taken to Cabinet or "
                  "scrutiny (e.g. Harrow 2023 'LGA Corporate Peer Challenge - final report and response' Appendix B, "
                  "https://moderngov.harrow.gov.uk/mgDecisionDetails.aspx?IId=109355&Opt=1; Bath & NE Somerset 2025 CPC action plan). "
                  "Copies: one row per action under each numbered peer-team recommendation (merged down the first column), "
                  "frozen panes and an autofilter on the header row, a merged notes row inside the table, a dated progress column, "
                  "a RAG key on a second sheet.",
        "reads": "An Excel tracker: title and update lines, a filtered header on row 4, and ten actions under five numbered peer "
                 "recommendations, each recommendation merged down beside its actions. Row 10 is a note spanning the table, "
                 "one action has no ref, and due dates are mostly real dates shown as Mon-yy.",
        "outcome": "read", "accept_refusal": False,
        "title": title,
    }, acts)

# ---------------------------------------------------------------- 5. NHS CQC must/should (xlsx, refuse)
def f5():
    name = "e2-nhs-cqc-mustdo-month13-refuse.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "MD-SD tracker"
    title = "Riverside University Hospitals NHS Trust – CQC Must Do / Should Do Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection report published 12 September 2024 · Position at 31/01/2025 · Quality and Safety Committee"
    heads = ["ID", "Type", "Core service", "Regulation", "CQC requirement", "Action", "Lead(s)", "Deadline",
             "Evidence of completion", "BRAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="005EB8")
    rows = [
        ("MD1", "Must do", "Trust-wide (Well-led)", "Reg 17", "The trust must ensure its governance processes give the board oversight of risks in core services.",
         "Introduce a divisional quality and risk dashboard reported monthly to the Quality and Safety Committee.",
         "Chief Nurse / Director of Corporate Affairs", dt.date(2024, 12, 31), "Dashboard live from December 2024 QSC.", "B"),
        ("MD2", "Must do", "Urgent and emergency care", "Reg 12", "The trust must ensure patients' risk assessments are completed within six hours of arrival.",
         "Embed the ED nursing risk assessment bundle in the electronic patient record with mandatory prompts.",
         "Head of Nursing (UEC)", dt.date(2025, 3, 31), "", "G"),
        ("MD3", "Must do", "Medical care", "Reg 18", "The trust must ensure there are sufficient suitably qualified nursing staff on medical wards.",
         "Complete the establishment review for medical wards and recruit to the agreed template.",
         "Deputy Chief Nurse; Divisional Director of Nursing (Medicine)", dt.date(2025, 6, 30), "", "A"),
        ("MD4", "Must do", "Maternity", "Reg 12", "The trust must ensure emergency equipment is checked daily.",
         "Introduce daily electronic equipment checks with a weekly matron audit.",
         "Director of Midwifery", dt.date(2024, 11, 30), "Audit results Nov–Jan: 98–100% compliance.", "B"),
        ("SD1", "Should do", "Trust-wide (Well-led)", "", "The trust should ensure staff know how to access Freedom to Speak Up guardians.",
         "Relaunch Freedom to Speak Up with a champion in every division.",
         "FTSU Guardian", "15/13/2025", "", "G"),
        ("SD2", "Should do", "Surgery", "", "The trust should ensure theatre staff complete the WHO safer surgery checklist consistently.",
         "Monthly observational audit of WHO checklist compliance in all theatres.",
         "Clinical Director (Theatres)", dt.date(2025, 4, 30), "", "A"),
        ("SD3", "Should do", "Outpatients", "", "The trust should reduce the number of patients waiting for follow-up appointments past their due date.",
         "Validate the follow-up backlog and introduce patient-initiated follow-up in five specialties.",
         "Director of Operations (Planned Care)", dt.date(2025, 9, 30), "", "G"),
    ]
    for r, vals in enumerate(rows, 5):
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v); c.alignment = Alignment(wrap_text=True, vertical="top")
        if isinstance(vals[7], dt.date):
            ws.cell(r, 8).number_format = "dd/mm/yyyy"
        ws.cell(r, 10).fill = PatternFill("solid", fgColor=RAGFILL[vals[9]])
    dv = DataValidation(type="list", formula1='"B,G,A,R"', allow_blank=True); ws.add_data_validation(dv); dv.add("J5:J200")
    for col, w in zip("ABCDEFGHIJ", [6, 10, 22, 9, 45, 45, 32, 12, 30, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "B5"; ws.auto_filter.ref = "A4:J11"
    wb.save(P(name))
    dump(name, {
        "source": "Imitates NHS trust board/committee CQC improvement trackers of MUST DOs and SHOULD DOs (e.g. East of England "
                  "Ambulance Service 'CQC Quality Improvement Plan Progress Report', Trust Board 2024-25, "
                  "https://www.eastamb.nhs.uk/about-us/trust-board/cqc-quality-improvement-plan-progress-report-july-2025; "
                  "Sheffield Health and Social Care 'CQC Action Plan Progress Update'). Copies: ID/Type/Core service/Regulation columns, "
                  "BRAG letters with fills and a drop-down, frozen panes and filter, deadlines as dd/mm/yyyy dates.",
        "reads": "An Excel Must Do / Should Do tracker with seven actions. The deadline for SD1 (sheet row 9) reads 15/13/2025, "
                 "a date with a thirteenth month: it could be 15/12/2025 or a swapped 13/01/2026, so a careful reader would ask before recording it.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": 9,
        "title": title,
    })

# ---------------------------------------------------------------- 6. Police PEEL AFI (csv)
def f6():
    name = "e2-police-peel-afi-system-export.csv"
    cols = ["Pillar", "AFI Ref", "Area for improvement", "Action Ref", "Action", "Action Owner", "Owner Role",
            "Due Date", "Status", "Latest Update"]
    afi1 = "The force should make sure that investigations are allocated to officers with the right skills and experience, and are supervised effectively."
    afi2 = "The force should improve how it identifies and records repeat victims of domestic abuse."
    afi3 = "The force should make sure it understands the demand on its control room and has the workforce to meet it."
    rows = [
        ("Investigating crime", "AFI1", afi1, "AFI1-01", "Introduce a crime allocation policy with investigation-complexity levels.",
         "Harris, Claire", "Detective Superintendent", "31/03/2025", "Complete",
         "04/03/2025: Policy published on intranet; briefings delivered to all response sergeants.",
         ["Harris, Claire"], "2025-03", None, "blue"),
        ("Investigating crime", "AFI1", afi1, "AFI1-02", "Introduce monthly supervisory review audits of 10 investigations per team.",
         "Okoro, Daniel", "Chief Inspector, Crime Standards", "30/06/2025", "On track",
         "12/05/2025: April audit completed (86% compliant).\n09/06/2025: May audit completed (91% compliant).",
         ["Okoro, Daniel"], "2025-06", None, "green"),
        ("Investigating crime", "AFI1", afi1, "AFI1-03", "Deliver investigative skills refresher training to all response officers.",
         "Harris, Claire; Whitlock, Simon", "Det Supt / Head of Learning and Development", "31/12/2025", "Amber",
         "02/06/2025: 40% of officers trained; abstraction pressures over summer.",
         ["Harris, Claire", "Whitlock, Simon"], "2025-12", None, "amber"),
        ("Protecting vulnerable people", "AFI2", afi2, "AFI2-01", "Add a repeat-victim flag to the domestic abuse risk assessment in the records management system.",
         "Patel, Anita", "Superintendent, Public Protection", "30/09/2025", "Red",
         "01/09/2025: System change delayed by supplier; revised date to be agreed at Change Board.",
         ["Patel, Anita"], "2025-09", None, "red"),
        ("Protecting vulnerable people", "AFI2", afi2, "AFI2-02", "Quality-assure domestic abuse risk assessments through the Vulnerability Hub daily review.",
         "Byrne, Sean", "Inspector, Vulnerability Hub", "Ongoing", "On track", "Daily review in place since 14/04/2025.",
         ["Byrne, Sean"], None, "Ongoing", "green"),
        ("Good use of resources", "AFI3", afi3, "AFI3-01", "Commission an independent demand and workforce review of the Force Contact Centre.",
         "Mortimer, Jane", "Head of Contact Management", "31/01/2025", "Complete", "28/01/2025: Review report received by Chief Officer Group.",
         ["Mortimer, Jane"], "2025-01", None, "blue"),
        ("Good use of resources", "AFI3", afi3, "AFI3-02", "Implement the review recommendations on contact centre shift patterns.",
         "Mortimer, Jane", "Head of Contact Management", "31/10/2025", "Not started", "",
         ["Mortimer, Jane"], "2025-10", None, "unrated"),
    ]
    acts = []
    with open(P(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(r[:10])
            acts.append(A(r[3], [r[0], r[2]], r[4], r[10], r[11], r[13], r[12]))
    dump(name, {
        "source": "Imitates police force trackers of HMICFRS PEEL areas for improvement exported from an action-tracking system "
                  "(PEEL assessment AFIs as published by HMICFRS, https://hmicfrs.justiceinspectorates.gov.uk/; force progress reports "
                  "to police and crime panels). Copies: flat export with the pillar and AFI text repeated on every row, action owners "
                  "as 'Surname, Forename' with a separate role column, two owners in one cell separated by ';', multi-line dated "
                  "update in a quoted field, words Complete/On track/Amber/Red/Not started.",
        "reads": "A CSV export of seven actions against three PEEL areas for improvement in three pillars, one row per action with "
                 "the pillar and AFI text repeated. Owners are written surname-first, and one cell names two owners.",
        "outcome": "read", "accept_refusal": False,
    }, acts)

# ---------------------------------------------------------------- 7. Academy post-Ofsted (txt)
def f7():
    name = "e2-academy-post-ofsted-terms-plaintext.txt"
    title = "Ashgrove Primary Academy – Post-Ofsted Action Plan"
    L = [title, "Beacon Learning Trust", "",
         "Inspection: 8–9 October 2024 (overall effectiveness: Requires improvement)",
         "Plan owner: Headteacher", "Reviewed by: Local Academy Committee (LAC), each half term", "",
         "RAG: R = not on track   A = some slippage   G = on track   B = completed", ""]
    qe1 = "Leaders should ensure that the curriculum in foundation subjects sets out the important knowledge pupils should learn, and in what order, from Reception to Year 6."
    qe2 = "Leaders should make sure that the early reading programme is taught consistently well, so that pupils who fall behind catch up quickly."
    ba3 = "Leaders should take further action to reduce the persistent absence of disadvantaged pupils."
    lm4 = "Trustees and the local academy committee should check more closely that the school's actions are improving the quality of education."
    plan = [
        ("QUALITY OF EDUCATION", [
            ("Area for improvement 1", qe1, [
                ("1.1", "Subject leaders to write progression documents for history, geography and science.",
                 "DHT (Curriculum) / subject leaders", "Autumn term 2024", "B", ["DHT (Curriculum)", "subject leaders"], "2024-12", "Autumn term 2024", "blue"),
                ("1.2", "Trust curriculum lead to train subject leaders on sequencing and retrieval practice.",
                 "Trust Director of Primary Education", "November 2024", "B", ["Trust Director of Primary Education"], "2024-11", None, "blue"),
                ("1.3", "Carry out subject deep dives and feed back to the Local Academy Committee.",
                 "Headteacher and DHT (Curriculum)", "Termly", "G", ["Headteacher", "DHT (Curriculum)"], None, "Termly", "green"),
            ]),
            ("Area for improvement 2", qe2, [
                ("2.1", "Refresh phonics training for all EYFS and KS1 staff, including teaching assistants.",
                 "Reading Lead", "Spring term 2025", "G", ["Reading Lead"], "2025-04", "Spring term 2025", "green"),
                ("2.2", "Introduce daily keep-up sessions for the lowest 20% of readers in Years 1 and 2.",
                 "Reading Lead; KS1 Phase Leader", "Summer term 2025", "A", ["Reading Lead", "KS1 Phase Leader"], "2025-07", "Summer term 2025", "amber"),
            ]),
        ]),
        ("BEHAVIOUR AND ATTITUDES", [
            ("Area for improvement 3", ba3, [
                ("3.1", "Appoint an attendance and family support officer.",
                 "Headteacher", "January 2025", "B", ["Headteacher"], "2025-01", None, "blue"),
                ("3.2", "Hold attendance support meetings with the families of all persistently absent pupils and agree individual plans.",
                 "Attendance and Family Support Officer", "31/03/2025", "R", ["Attendance and Family Support Officer"], "2025-03", None, "red"),
            ]),
        ]),
        ("LEADERSHIP AND MANAGEMENT", [
            ("Area for improvement 4", lm4, [
                ("4.1", "Revise the LAC monitoring schedule so that each visit is linked to this action plan.",
                 "Chair of LAC / Trust Governance Lead", "Dec-24", "B", ["Chair of LAC", "Trust Governance Lead"], "2024-12", None, "blue"),
                ("4.2", "Report progress against this plan to the Trust Standards Committee.",
                 "Headteacher", "Each half term", "G", ["Headteacher"], None, "Each half term", "green"),
            ]),
        ]),
    ]
    progress = {"3.2": "Progress (Feb 25): 41 of 58 families met; staff absence has slowed this work.",
                "2.1": "Progress (Feb 25): whole-staff training 06/01/25; two TAs still to attend."}
    acts = []
    bar = "-" * 64
    for theme, afis in plan:
        L += [bar, theme, bar, ""]
        for kind, text, acs in afis:
            L += [kind, text, ""]
            for ref, act, lead_s, by, rag, lead, end, et, st in acs:
                L.append(f"  {ref}  {act}")
                L.append(f"       Lead: {lead_s}")
                L.append(f"       By: {by}")
                if ref in progress:
                    L.append(f"       {progress[ref]}")
                L.append(f"       RAG: {rag}")
                L.append("")
                acts.append(A(ref, [theme, text], act, lead, end, st, et))
    L += ["Signed: Headteacher / Chair of LAC", "Next review: LAC meeting, 24 March 2025"]
    with open(P(name), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")
    dump(name, {
        "source": "Imitates a multi-academy trust school's post-Ofsted action plan built from the report's 'what does the school need "
                  "to do to improve' points (The Key for Trust Leaders guide 'How to follow up an Ofsted inspection at one of your schools', "
                  "https://trustleaders.thekeysupport.com/driving-school-improvement/school-and-trust-accountability/how-follow-ofsted-inspection-one-your-schools/), "
                  "saved as plain text. Copies: key-judgement headings in capitals between rule lines, 'Area for improvement N' "
                  "followed by the inspectors' wording, numbered actions with indented Lead/By/RAG lines, school-term deadlines, a RAG key at the top.",
        "reads": "A plain-text school plan with nine numbered actions under four areas for improvement grouped by Ofsted key judgement. "
                 "Each action has indented Lead, By and RAG lines (two also have a progress line); deadlines are a mix of terms, "
                 "months, a date, 'Termly' and 'Each half term'.",
        "outcome": "read", "accept_refusal": False,
        "title": title,
    }, acts)


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7):
        f()
