"""Generator for the dj2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(blue="5B9BD5", green="92D050", amber="FFC000", red="FF0000", grey="D9D9D9", head="1F4E79").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
D = dt.datetime


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, row, vals, fmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row, i, v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt


# ---------------------------------------------------------------- 1 CNWL board action log
def cnwl():
    wb = Workbook(); ws = wb.active; ws.title = "Public Board actions"
    ws["A1"] = "Central and North West London NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Public) – Action Log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Updated following the meeting held on 9 July 2025. Actions proposed for closure are shaded "
                "blue and will be removed from the log after the next meeting.")
    cols = ["No.", "Minute ref", "Item", "Action", "Lead", "Due date", "Revised due date", "RAG", "Update"]
    hdr(ws, 5, cols)
    rows = [
        ("Actions from Board meeting held 12 March 2025",),
        ("03.01", "14/25", "Integrated Quality and Performance Report",
         "Provide a breakdown of adult acute out-of-area placements by borough, with the trajectory for bringing patients back into CNWL beds.",
         "JK", D(2025, 4, 30), D(2025, 7, 9), "blue",
         "Breakdown presented at May Board; trajectory included in the July IQPR. Proposed for closure."),
        ("03.02", "16/25", "Freedom to Speak Up Guardian report",
         "Bring back an analysis of speaking-up themes for staff with protected characteristics, benchmarked against National Guardian's Office data.",
         "RS", D(2025, 7, 9), None, "amber",
         "Analysis under way. NGO benchmarking data for 2024/25 is not published until August, so the item may move to September."),
        ("Actions from Board meeting held 14 May 2025",),
        ("05.01", "31/25", "Patient story – Jameson Division",
         "Invite the family carer who presented the story to the Carers' Council to co-produce the revised discharge information leaflet.",
         "LH", D(2025, 6, 30), None, "blue",
         "Carer attended the Carers' Council on 18 June; leaflet being co-produced with the Patient Experience team."),
        ("05.02", "33/25", "Board Assurance Framework",
         "Review the scoring of BAF risk SR4 (workforce) in light of the vacancy position in community health services and report back via the People Committee.",
         "TD/HW", D(2025, 7, 9), D(2025, 9, 10), "green",
         "People Committee reviewed on 24 June and asked for further workforce modelling. Revised score to come to September Board."),
        ("05.03", "35/25", "Digital strategy update",
         "Circulate to Board members the timetable for the electronic patient record optimisation programme, including dates for clinical safety sign-off.",
         "AB", D(2025, 5, 31), None, "blue", "Circulated by email on 28/05/2025."),
        ("Actions from Board meeting held 9 July 2025",),
        ("07.01", "52/25", "Winter plan 2025/26",
         "Present the winter plan, including mental health crisis capacity and the joint plan with North West London ICB, for approval.",
         "JK", D(2025, 9, 10), None, "green", "Draft plan to Executive Board on 20 August."),
        ("07.02", "54/25", "Annual safeguarding report",
         "Include in the next annual safeguarding report the outcome of the audit of Think Family practice in adult community mental health teams.",
         "LH", "July 2026", None, None, ""),
        ("07.03", "55/25", "Modern slavery statement",
         "Publish the approved 2024/25 modern slavery statement on the Trust website.",
         "GR", D(2025, 7, 31), None, "red",
         "Publication delayed pending final legal review; escalated to the Trust Secretary."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            vals = list(row); rag = vals[7]; vals[7] = None
            put(ws, r, vals)
            if rag:
                ws.cell(r, 8).fill = FILL[rag]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for col, txt in [("blue", "Complete – proposed for closure"), ("green", "On track to be delivered by the due date"),
                     ("amber", "At risk of slippage"), ("red", "Overdue / not delivered by the due date"),
                     (None, "Not yet due")]:
        if col:
            ws.cell(r, 1).fill = FILL[col]
        else:
            ws.cell(r, 1).border = BOX
        ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFGHI", [7, 9, 24, 55, 8, 12, 12, 6, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dj2-cnwl-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 2 RJAH internal audit tracker CSV
def rjah():
    head = ["Ref", "Audit report", "Assurance level", "Priority", "Recommendation", "Agreed management action",
            "Responsible officer", "Original due date", "Revised due date", "Status", "RAG", "Progress update"]
    n = len(head)
    pad = lambda xs: list(xs) + [""] * (n - len(xs))
    rows = [
        pad(["The Robert Jones and Agnes Hunt Orthopaedic Hospital NHS Foundation Trust"]),
        pad(["Internal Audit Recommendations Tracker – Audit and Risk Committee 23 October 2025"]),
        pad([]),
        head,
        ["IA24/03.1", "Data Security and Protection Toolkit 2024/25", "Moderate", "High",
         "The Trust should ensure that all staff with access to clinical systems complete annual data security awareness training, with compliance reported monthly to the Information Governance Group.",
         "IG team to issue monthly compliance reports to divisional leads and escalate staff more than 30 days overdue to line managers. Training compliance to be a standing item on the IG Group agenda.",
         "Head of Information Governance", "31/03/2025", "30/06/2025", "Implemented", "B",
         "Compliance at 96% in June 2025 and a standing agenda item since April. Evidence provided to internal audit on 04/07/2025."],
        ["IA24/03.2", "Data Security and Protection Toolkit 2024/25", "Moderate", "Medium",
         "Information asset registers should be reviewed and signed off by each Information Asset Owner at least annually.",
         "IAO sign-off to be built into the annual IG work plan, with reminders issued by the IG Manager in Q3.",
         "IG Manager", "31/12/2024", "31/10/2025", "Partially implemented", "A",
         "8 of 11 registers signed off. The remaining three (Estates, Pharmacy, Research) have been chased."],
        ["IA24/07.1", "Theatre Stock Management", "Limited", "High",
         "Stock counts for high-value implants should be reconciled to the inventory system monthly and variances investigated.",
         "Theatres and Procurement to introduce a monthly reconciliation of implant consignment stock, signed off by the Theatre Manager, with variances over £1,000 reported to the Finance, Planning and Digital Committee.",
         "Theatre Manager / Head of Procurement", "30/04/2025", "", "Implemented", "B",
         "Monthly reconciliations in place from April 2025; first quarterly variance report received by the committee in July."],
        ["IA24/07.2", "Theatre Stock Management", "Limited", "Medium",
         "Access to the inventory system should be restricted to authorised users and leavers removed promptly.",
         "Procurement Systems Officer to undertake a quarterly user access review and link ESR leaver notifications to account deactivation.",
         "Procurement Systems Officer", "31/05/2025", "30/11/2025", "Not implemented", "R",
         "ESR leaver report now received, but the quarterly access review has not been done because of a vacancy. Revised date agreed with the Director of Finance."],
        ["IA25/02.1", "Freedom to Speak Up", "Substantial", "Low",
         "The FTSU policy should be updated to reflect the national policy template.",
         "Policy to be revised and approved at the People Committee.",
         "FTSU Guardian", "30/09/2025", "", "Implemented", "B", "Revised policy approved on 18/09/2025."],
        ["IA25/04.1", "Safer Staffing (Nursing)", "Moderate", "Medium",
         "Red flag events raised through SafeCare should be reviewed and closed within 48 hours, with reasons recorded.",
         "Matrons to review open red flags at the daily staffing huddle, with a weekly compliance report to the Deputy Chief Nurse.",
         "Deputy Chief Nurse", "31/12/2025", "", "Not yet due", "G",
         "Huddle process in place since September; weekly report being tested."],
        ["IA25/04.2", "Safer Staffing (Nursing)", "Moderate", "Low",
         "Bi-annual establishment review papers should record the professional judgement discussion with ward managers.",
         "Establishment review template to be amended to include a record of the professional judgement discussion.",
         "Chief Nurse and Patient Safety Officer", "Q4 2025/26", "", "Not yet due", "G",
         "Template to be revised ahead of the spring 2026 establishment review."],
        pad([]),
        pad(["RAG: B = implemented and evidence verified; G = on track / not yet due; A = partially implemented, revised date agreed; R = overdue, not implemented"]),
    ]
    with open(os.path.join(OUT, "dj2-rjah-orthopaedic-nhsft-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, head, rows, fills=None):
    t = doc.add_table(rows=1, cols=len(head)); t.style = "Table Grid"
    for i, h in enumerate(head):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(h); run.bold = True; shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        if fills:
            col = fills.get(row[-1])
            if col:
                shade(cells[-1], col)
    return t


RAGHEX = {"Blue": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}


# ---------------------------------------------------------------- 3 NHS Forth Valley progress report
def forth_valley():
    doc = Document()
    doc.add_heading("NHS Forth Valley Assurance and Improvement Plan – Progress Report", 1)
    doc.add_paragraph("Report to NHS Forth Valley Board, 28 May 2024")
    table(doc, ["Version", "Date", "Author", "Approved by"],
          [["3.2", "17/05/2024", "Head of Corporate Governance", "Executive Leadership Team"]])
    doc.add_paragraph("")
    doc.add_paragraph(
        "NHS Forth Valley was escalated to Stage 4 of the NHS Scotland Performance Escalation Framework on 23 "
        "November 2022 for governance, leadership and culture. This report sets out progress against the actions in "
        "the Assurance and Improvement Plan as at 17 May 2024. Progress is rated using the key below.")
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – some slippage, recovery plan in place; "
                      "Red – significant delay, escalated to the Assurance Board.")
    head = ["Ref", "Action", "Executive Lead", "Timescale", "Progress update", "RAG"]
    secs = [
        ("1. Governance", [
            ["G1", "Review the Board's committee structure and terms of reference against the Blueprint for Good Governance, and implement the revised structure.",
             "Board Secretary", "March 2024", "Revised committee structure approved by the Board in January 2024 and in place from 1 March 2024.", "Blue"],
            ["G2", "Introduce an integrated performance report for the Board and its committees, using statistical process control charts for key measures.",
             "Director of Finance", "Dec 2023 (revised Jun 2024)", "First SPC-based report presented to the Performance and Resources Committee in April 2024; full Board version due in June.", "Green"],
            ["G3", "Complete the Board development programme with NHS Education for Scotland, including a Board self-assessment.",
             "Chair / Chief Executive", "Q2 2024/25", "Two of four development sessions held. Self-assessment survey issued to Board members on 10 May.", "Green"],
        ]),
        ("2. Leadership", [
            ["L1", "Appoint substantive Executive Directors to the Director of Acute Services and Director of Public Health posts.",
             "Chief Executive", "April 2024", "Director of Acute Services started on 1 April 2024. Director of Public Health interviews rescheduled for June 2024 after an unsuccessful first round.", "Amber"],
            ["L2", "Establish a senior leadership development programme for general managers and clinical leads across acute, primary care and mental health services.",
             "Director of HR", "September 2024", "Programme commissioned; first cohort of 24 leaders starts in June.", "Green"],
        ]),
        ("3. Culture", [
            ["C1", "Carry out an organisational culture diagnostic in partnership with staff side and act on its findings.",
             "Director of HR", "Ongoing", "Diagnostic complete. Four culture workstreams launched in February 2024 and report to the Staff Governance Committee.", "Green"],
            ["C2", "Increase the number of Speak Up Champions and report Whistleblowing Standards data quarterly to the Staff Governance Committee.",
             "Director of Nursing", "June 2024", "31 Speak Up Champions now trained; quarterly report in place since Q3 2023/24.", "Green"],
        ]),
        ("4. Unscheduled Care", [
            ["U1", "Open the Forth Valley Royal Hospital discharge lounge seven days a week.",
             "Director of Acute Services", "January 2024", "Seven-day opening in place since 8 January 2024.", "Blue"],
            ["U2", "Reduce the number of patients waiting more than 12 hours in the Emergency Department in line with the agreed trajectory.",
             "Director of Acute Services / Medical Director", "March 2025",
             "12-hour waits remain above trajectory (412 in April 2024 against 250). Flow actions reviewed weekly by the Unscheduled Care Programme Board.", "Red"],
        ]),
    ]
    for name, rows in secs:
        doc.add_heading(name, 2)
        table(doc, head, rows, RAGHEX)
        doc.add_paragraph("")
    doc.save(os.path.join(OUT, "dj2-nhs-forth-valley-assurance-improvement-plan-progress-report.docx"))


# ---------------------------------------------------------------- 4 EMCCA risk register (refuse)
def emcca():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q2 2025-26"
    ws["A1"] = "East Midlands Combined County Authority"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – Quarter 2 2025/26"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to Audit and Governance Committee, 20 November 2025"
    cols = ["Risk ref", "Risk title", "Risk owner", "Inherent score", "Existing controls", "Further mitigating action",
            "Action owner", "Target date", "Action status", "Residual score", "Direction of travel"]
    hdr(ws, 5, cols)
    rows = [
        ("SR01", "Funding and financial sustainability", "Chief Finance Officer", 16,
         "Medium Term Financial Strategy approved Feb 2025; quarterly budget monitoring to Board.",
         "Develop a medium-term financial plan aligned to the Integrated Settlement from April 2026.",
         "Chief Finance Officer", D(2025, 12, 31), "On track", 12, "↔"),
        (None, None, None, None, None,
         "Establish a programme assurance framework for devolved funding streams, with quarterly reporting to the Investment Panel.",
         "Head of Finance", D(2025, 9, 30), "Complete", None, None),
        ("SR02", "Delivery of the Local Transport Plan", "Director of Transport", 12,
         "Transport Board in place; joint officer group with constituent councils.",
         "Publish the draft Local Transport Plan for public consultation.",
         "Director of Transport", D(2026, 3, 31), "On track", 9, "↓"),
        ("SR03", "Organisational capacity and capability", "Chief Executive", 16,
         "Interim staffing arrangements with constituent councils; recruitment plan approved.",
         "Complete recruitment to the permanent senior management structure.",
         "Director of Corporate Services", D(2025, 9, 30), "Complete", 12, "↓"),
        (None, None, None, None, None,
         "Implement the workforce strategy, including apprenticeship and graduate entry programmes.",
         "Head of HR", "Sepember 2025", "Delayed", None, None),
        ("SR04", "Cyber security", "Director of Corporate Services", 20,
         "Managed IT service with constituent council; staff cyber awareness training.",
         "Achieve Cyber Essentials Plus accreditation.",
         "Head of Digital", D(2026, 3, 31), "On track", 15, "↔"),
        ("SR05", "Devolution of the Adult Skills Fund", "Director of Skills", 12,
         "Commissioning framework agreed; provider engagement events held.",
         "Agree the commissioning approach with providers for the 2026/27 academic year.",
         "Director of Skills", D(2026, 2, 28), "On track", 8, "↓"),
    ]
    r = 6
    for row in rows:
        put(ws, r, row, fmt="mmm-yy")
        for ci in (4, 10):
            v = ws.cell(r, ci).value
            if isinstance(v, int):
                ws.cell(r, ci).fill = FILL["red"] if v >= 15 else FILL["amber"] if v >= 8 else FILL["green"]
        r += 1
    r += 1
    ws.cell(r, 1, "Risk score = likelihood x impact (1-5 each). 15-25 Red (high); 8-12 Amber (medium); 1-6 Green (low).")
    ws.cell(r + 1, 1, "Direction of travel: ↑ increasing, ↔ no change, ↓ decreasing since last quarter.")
    for col, w in zip("ABCDEFGHIJK", [8, 26, 22, 9, 40, 50, 24, 12, 12, 9, 9]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dj2-emcca-strategic-risk-register-q2-2025-26-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5 Edinburgh APC learning review
def edinburgh():
    doc = Document()
    doc.add_heading("Edinburgh Adult Protection Committee – Learning Review (Mr H) Action Plan", 1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Learning Review into the death of Mr H, a 67-year-old "
        "council tenant who died at home in 2023. The review was commissioned by Edinburgh Adult Protection Committee "
        "under the national guidance for Learning Reviews. Progress is monitored by the APC Quality Assurance Sub-group. "
        "Last updated: August 2025.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "No.", "Action", "Lead", "Timescale", "Progress update / Status"]):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E2F3")
    recs = [
        ("Recommendation 1: The Adult Protection Committee should seek assurance that practitioners across agencies understand when self-neglect and hoarding meet the threshold for an adult protection referral under the Adult Support and Protection (Scotland) Act 2007.", [
            ("1.1", "Refresh the multi-agency self-neglect and hoarding guidance and relaunch it through practitioner briefings.",
             "Lead Officer Adult Protection", "March 2025", "Guidance relaunched 12 March 2025; five briefings held.", "Complete"),
            ("1.2", "Undertake a multi-agency case file audit of self-neglect referrals to test whether the guidance is being applied.",
             "APC Quality Assurance Sub-group Chair", "September 2025", "Audit tool agreed; 20 cases selected from Q1 2025/26 referrals.", "Green"),
        ]),
        ("Recommendation 2: Agencies should ensure that where an adult repeatedly declines services, capacity is assessed and recorded, and the reasons for decisions are shared with partners.", [
            ("2.1", "Deliver training on capacity assessment, including the 'unwise decisions' principle, to social work and community health staff.",
             "NHS Lothian Nurse Consultant Adult Protection / Chief Social Work Officer", "December 2025", "Training designed jointly; first sessions booked for October.", "Green"),
            ("2.2", "Amend the adult support and protection inquiry recording template to include a mandatory capacity field.",
             "Chief Social Work Officer", "June 2025\nRevised: October 2025", "Template change approved; system release delayed by the supplier upgrade.", "Amber"),
        ]),
        ("Recommendation 3: The Council's housing service should be routinely invited to adult protection case conferences where the adult is a council tenant.", [
            ("3.1", "Update the case conference invitation checklist to include the housing officer where the adult holds a council tenancy.",
             "Lead Officer Adult Protection", "April 2025", "Checklist updated and in use.", "Complete"),
            ("3.2", "Housing officers to complete the Level 2 adult protection e-learning module.",
             "Head of Housing Services", "Ongoing", "74% of housing officers completed; compliance reported to the APC quarterly.", "Green"),
        ]),
        ("Recommendation 4: The APC should share the learning from this review with practitioners and monitor its impact.", [
            ("4.1", "Publish a 7-minute briefing and hold two multi-agency learning events.",
             "APC Learning and Development Sub-group Chair", "November 2025", "7-minute briefing drafted. Learning events postponed twice; new dates still to be found.", "Red"),
        ]),
    ]
    for rec, acts in recs:
        group = []
        for no, act, lead, when, upd, status in acts:
            cells = t.add_row().cells
            group.append(cells[0])
            cells[1].text = no; cells[2].text = act; cells[3].text = lead; cells[4].text = when
            cells[5].text = upd
            p = cells[5].add_paragraph(); p.add_run("Status: " + status).bold = True
            shade(cells[5], {"Complete": "BDD7EE", "Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}[status])
        merged = group[0].merge(group[-1]) if len(group) > 1 else group[0]
        merged.text = rec
    # fix merged first cells text (merge concatenates paragraphs)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete – action delivered and evidenced; Green – on track; Amber – some delay, "
                      "expected to be met by the revised date; Red – significant delay, escalated to the APC.")
    doc.save(os.path.join(OUT, "dj2-edinburgh-apc-learning-review-mr-h-action-plan.docx"))


# ---------------------------------------------------------------- 6 Hackney CSP DHR (Home Office template)
def hackney():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Domestic Homicide Review 'Adunni' – Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Hackney Community Safety Partnership"; ws["A2"].font = Font(bold=True)
    cols = ["Recommendation", "Scope of recommendation", "Ref", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"]
    hdr(ws, 4, cols)
    recs = [
        ("1. Hackney CSP to ensure that practitioners across the partnership recognise economic abuse and coercive control where victims have insecure immigration status.", "Local", [
            ("1a", "Deliver multi-agency training on economic abuse and no recourse to public funds, co-delivered with specialist by-and-for organisations.",
             "Hackney Domestic Abuse Intervention Service (DAIS)", "Training package agreed with by-and-for partners Nov 2024.", D(2025, 3, 31),
             "March 2025: four sessions delivered, 112 practitioners attended.", "Complete"),
            ("1b", "Update the DAIS risk assessment guidance to include prompts on immigration status and access to money.",
             "Hackney Domestic Abuse Intervention Service (DAIS)", "Guidance redrafted and consulted on.", D(2025, 6, 30),
             "June 2025: revised guidance issued.", "Complete"),
        ]),
        ("2. Homerton Healthcare to strengthen routine enquiry about domestic abuse in maternity and sexual health services.", "Local", [
            ("2a", "Audit compliance with routine enquiry at the booking appointment and at 28 weeks.",
             "Homerton Healthcare NHS Foundation Trust", "Booking appointment audit complete (78% compliance).", D(2025, 9, 30),
             "", "Amber"),
            ("2b", "Ensure professional interpreters, not family members, are used for all routine enquiry conversations.",
             "Homerton Healthcare NHS Foundation Trust", "Reminder in maternity safety huddles; monitored through Datix.", "Ongoing",
             "", "Green"),
        ]),
        ("3. The Metropolitan Police to ensure that DASH risk assessments are reviewed by a supervisor where the victim declines to answer questions.", "Local", [
            ("3a", "Issue a briefing to Central East BCU response teams on supervisory review of incomplete DASH forms.",
             "Metropolitan Police Service (Central East BCU)", "Briefing issued Feb 2025.", D(2025, 2, 28),
             "February 2025: briefing issued to all response teams.", "Complete"),
            ("3b", "Dip-sample 50 incomplete DASH forms each quarter and report findings to the VAWG Board.",
             "Metropolitan Police Service (Central East BCU)", "Q1 dip sample reported to VAWG Board July 2025.", "Quarterly",
             "", "Green"),
        ]),
        ("4. Hackney Council Benefits and Housing Needs to identify and refer domestic abuse disclosed in housing applications.", "Local", [
            ("4a", "Introduce a domestic abuse flag and referral pathway to DAIS in the housing needs triage process.",
             "Hackney Council Benefits and Housing Needs", "Pathway designed with DAIS; go-live planned November 2025.", D(2025, 12, 31),
             "", "Green"),
            ("4b", "Train front-line housing needs officers on the new referral pathway.",
             "Hackney Council Benefits and Housing Needs / DAIS", "", D(2026, 1, 31), "", "Not started"),
        ]),
        ("5. Hackney CSP to monitor delivery of this action plan.", "Local", [
            ("5a", "Report progress on this action plan to the CSP Board every six months until all actions are complete.",
             "Hackney Community Safety Team", "Reported to CSP Board June 2025.", D(2026, 3, 31), "", "Green"),
        ]),
    ]
    r = 5
    fills = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for rec, scope, acts in recs:
        start = r
        for ref, act, lead, miles, tgt, outcome, rag in acts:
            put(ws, r, [rec if r == start else None, scope if r == start else None, ref, act, lead, miles, tgt, outcome, rag],
                fmt="mmm-yy")
            if rag in fills:
                ws.cell(r, 9).fill = FILL[fills[rag]]
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG: Complete (blue) – action completed and evidenced; Green – on track; Amber – at risk of missing target date; Red – target date missed; Not started.")
    for col, w in zip("ABCDEFGHI", [45, 12, 6, 50, 30, 40, 11, 35, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dj2-hackney-csp-dhr-adunni-action-plan.xlsx"))


# ---------------------------------------------------------------- 7 Islington SAB SAR tab export
def islington():
    L = [
        "Islington Safeguarding Adults Board – SAR 'Joseph' Action Plan Tracker",
        "Progress as at September 2025",
        "",
        "\t".join(["Ref", "Theme", "SAR recommendation", "Action", "Lead", "Due date", "RAG", "Update (Sept 2025)"]),
        "\t".join(["1.1", "1. Working with people who use alcohol and drugs",
                   "R1 Partners to adopt the Alcohol Change UK 'Blue Light' approach for change-resistant drinkers.",
                   "Commission Blue Light training for adult social care, Better Lives and housing staff.",
                   "Head of Commissioning (Public Health)", "31/03/2025", "Blue - Complete",
                   "Three cohorts trained (64 staff). Evaluation report to SAB Practice Sub-group in May."]),
        "\t".join(["1.2", "", "",
                   "Establish a multi-agency high-risk drinkers panel to review people with repeated hospital attendances.",
                   "Substance Misuse Commissioning Manager", "30/09/2025", "Amber",
                   "Terms of reference agreed. First panel delayed to October 2025 pending the information sharing agreement."]),
        "\t".join(["2.1", "2. Hospital discharge and self-neglect",
                   "R2 Whittington Health and UCLH to ensure that discharge planning for people who self-neglect includes a multi-agency discharge meeting and a named community lead.",
                   "Revise the complex discharge policy to require a multi-agency meeting where self-neglect is identified.",
                   "Whittington Health Head of Safeguarding Adults", "Jun-25", "Blue - Complete",
                   "Revised policy ratified in June 2025."]),
        "\t".join(["2.2", "", "",
                   "Audit 20 discharges of patients with identified self-neglect to check that a named community lead was recorded.",
                   "Whittington Health Head of Safeguarding Adults / UCLH Named Nurse Safeguarding Adults", "Dec-25", "Green",
                   "Audit sample identified; fieldwork in November."]),
        "\t".join(["3.1", "3. Mental capacity and executive functioning",
                   "R3 The SAB to seek assurance that capacity assessments consider executive functioning where a person's actions do not match their stated intentions.",
                   "Include executive functioning in the SAB's multi-agency Mental Capacity Act training and publish a practice briefing.",
                   "SAB Business Manager", "31/01/2026", "Green", "Briefing drafted; training materials being updated."]),
        "\t".join(["3.2", "", "",
                   "Add an executive functioning prompt to the adult social care MCA assessment form on LAS.",
                   "Principal Social Worker (Adults)", "TBC", "", "Awaiting a LAS system change window."]),
        "\t".join(["4.1", "4. Governance and assurance",
                   "R4 The SAB to monitor implementation of the SAR recommendations.",
                   "Report progress on this action plan to every SAB meeting until all actions are complete and evidenced.",
                   "SAB Independent Chair", "Ongoing", "Green", "Standing item on the SAB agenda."]),
        "",
        "RAG key: Blue - complete and evidenced; Green - on track; Amber - at risk of delay; Red - off track / overdue",
    ]
    with open(os.path.join(OUT, "dj2-islington-sab-sar-joseph-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    cnwl(); rjah(); forth_valley(); emcca(); edinburgh(); hackney(); islington()
