"""Generator for the bg2- blind cases (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0", "grey": "D9D9D9", "hdr": "1F4E78"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, r, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(r, i, n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX


def put(ws, r, vals, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = datefmt


# ---------------------------------------------------------------- 1 South Hams audit tracker
def south_hams():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "South Hams District Council"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Internal Audit – Follow-up of Agreed Actions: position at 31 December 2024"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Audit & Governance Committee – 23 January 2025"
    hdr_row(ws, 5, ["Ref", "Recommendation", "Priority", "Agreed Management Action", "Responsible Officer",
                    "Original Target Date", "Revised Target Date", "Status", "Progress Update"])
    rows = [
        ("H", "Council Tax Reduction 2023/24 – Reasonable Assurance"),
        ("R", ["CTR-01", "Evidence of income should be retained for all new claims and reviewed at each change of circumstances.", "Medium",
               "Revenues & Benefits team to be reminded of evidence requirements; checklist added to the Northgate workflow.",
               "Revenues & Benefits Manager", D(2024, 7, 31), D(2024, 11, 30), "Complete",
               "Checklist live in workflow from 4 November 2024. Sample check of 25 claims found evidence held in all cases."], "blue"),
        ("R", ["CTR-02", "Reconciliation of CTR expenditure to the subsidy claim should be signed off by a second officer.", "Low",
               "Monthly reconciliation to be independently reviewed and signed by the Senior Accountant.",
               "Senior Accountant", D(2024, 9, 30), None, "Green",
               "Reconciliations for September to November signed off. Will close once Q3 has been reviewed."], "green"),
        ("H", "Procurement & Contract Management 2024/25 – Limited Assurance"),
        ("R", ["PCM-01", "The Contract Register should be complete and published in line with the Local Government Transparency Code.", "High",
               "Contract Register to be refreshed from the finance system and all contracts over £5,000 published quarterly.",
               "Procurement Lead / Head of Finance", D(2024, 11, 30), D(2025, 3, 31), "Amber",
               "Register refreshed for 2024/25 spend. Publication delayed by web team capacity; first quarterly upload scheduled for February."], "amber"),
        ("R", ["PCM-02", "Waivers of Contract Procedure Rules should be approved before the contract is let.", "High",
               "Waiver form to be moved to an online workflow requiring s151 Officer approval before a purchase order is raised.",
               "Head of Finance", D(2024, 12, 31), None, "Red",
               "Workflow build not yet started due to IT resource. A manual check of purchase orders over £25,000 is in place as an interim control."], "red"),
        ("R", ["PCM-03", "Contract managers should hold documented performance meetings for all high-value contracts.", "Medium",
               "Contract management toolkit to be issued and training delivered to all contract managers.",
               "Procurement Lead", D(2025, 3, 31), None, "Green",
               "Toolkit drafted; training sessions booked for 12 and 19 February 2025."], "green"),
        ("B",),
        ("H", "Health & Safety – Depot Operations 2024/25 – Reasonable Assurance"),
        ("R", ["HS-01", "Risk assessments for waste collection rounds should be reviewed annually and signed by the round supervisor.", "Medium",
               "All round risk assessments to be reviewed and re-issued; review dates added to the H&S calendar.",
               "Operations Manager (Waste)", D(2024, 10, 31), D(2025, 1, 31), "Amber",
               "18 of 24 rounds reviewed. The remaining six are to be completed by the end of January."], "amber"),
        ("R", ["HS-02", "Vehicle daily check sheets should be retained for a minimum of 12 months.", "Low",
               "Drivers reminded via toolbox talk; checks are now recorded on the in-cab tablet.",
               "Fleet Manager", D(2024, 9, 30), None, "Complete",
               "Tablet checks in use across the whole fleet since August 2024."], "blue"),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for i in range(1, 10):
                ws.cell(r, i).fill = FILL["grey"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        elif row[0] == "R":
            put(ws, r, row[1])
            ws.cell(r, 8).fill = FILL[row[2]]
        r += 1
    r += 1
    ws.cell(r, 1, "Key: Complete = action implemented and verified by Internal Audit; Green = on track to meet target date; "
                  "Amber = at risk of missing target date / revised date agreed; Red = target date missed or not started.").font = Font(italic=True)
    for col, w in zip("ABCDEFGHI", [9, 40, 9, 45, 26, 13, 13, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bg2-south-hams-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 Guinness RSH plan (refuse)
def guinness():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "The Guinness Partnership"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Consumer Standards Improvement Plan 2024-26"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress report to Customer Experience Committee – March 2025"
    hdr_row(ws, 5, ["Ref", "Regulator's finding", "Action", "Executive Owner", "Due date", "RAG", "Progress update"])
    r = 6
    def heading(text):
        nonlocal r
        ws.cell(r, 1, text).font = Font(bold=True, color="FFFFFF")
        for i in range(1, 8):
            ws.cell(r, i).fill = PatternFill("solid", fgColor="7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
    def act(vals, rag):
        nonlocal r
        put(ws, r, vals, datefmt="mmm-yy")
        ws.cell(r, 6).value = None
        ws.cell(r, 6).fill = FILL[rag]
        r += 1
    heading("Safety and Quality Standard")
    f1 = "The landlord does not have an accurate, up-to-date understanding of the condition of all of its homes."
    s = r
    act(["SQ1", f1, "Complete 100% stock condition surveys over a five-year rolling programme, with 20% of homes surveyed each year.",
         "Director of Asset Management", D(2026, 3, 1), None,
         "Year 1 target of 13,200 surveys on track; 9,870 completed to end of February."], "green")
    act(["SQ2", None, "Load stock condition data into the asset management system and report decency performance to the Board quarterly.",
         "Director of Asset Management", D(2025, 9, 1), None,
         "Data migration has slipped by six weeks because of supplier issues; first Board report now planned for September."], "amber")
    ws.merge_cells(start_row=s, start_column=2, end_row=s + 1, end_column=2)
    act(["SQ3", "Damp and mould cases are not always resolved within target timescales.",
         "Introduce a dedicated damp and mould case management team and a 10-working-day inspection standard.",
         "Chief Operating Officer", D(2024, 12, 1), None,
         "Team in place from November 2024. 94% of inspections now completed within 10 working days."], "blue")
    act(["SQ4", "There are outstanding remedial actions from fire risk assessments.",
         "Clear all overdue high-risk fire risk assessment actions and report progress weekly to the Building Safety Group.",
         "Head of Building Safety", D(2025, 6, 1), None,
         "Overdue high-risk actions reduced from 412 to 127."], "amber")
    heading("Transparency, Influence and Accountability Standard")
    act(["TIA1", "Complaints are not consistently handled in line with the Housing Ombudsman's Complaint Handling Code.",
         "Retrain all complaint handlers on the Code and introduce monthly quality audits of closed cases.",
         "Director of Customer Experience", D(2025, 6, 1), None,
         "Training 80% complete. First two monthly audits show 71% of cases fully compliant."], "amber")
    act(["TIA2", "Tenant Satisfaction Measures data has not been used to shape services.",
         "Publish TSM results with 'You said, we did' actions and review them with the Customer Voice Panel each quarter.",
         "Director of Customer Experience", "Noveber 2025", None,
         "2023/24 results published in July; Customer Voice Panel reviewed Q3 actions in January."], "green")
    act(["TIA3", "Residents do not have enough opportunities to scrutinise the landlord's performance.",
         "Recruit a resident scrutiny panel and agree an annual programme of service reviews.",
         "Director of Customer Experience", D(2025, 4, 1), None,
         "Panel of 11 residents recruited; first review (repairs communications) under way."], "green")
    heading("Neighbourhood and Community Standard")
    act(["NC1", "Anti-social behaviour cases are not always risk assessed at the start.",
         "Make the ASB risk assessment matrix mandatory on case opening in the housing management system.",
         "Director of Housing Services", D(2025, 1, 1), None,
         "System change went live on 6 January 2025; compliance is reported monthly."], "blue")
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for rag, txt in [("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage – within tolerance"), ("red", "Off track – escalated to Executive")]:
        ws.cell(r, 1).fill = FILL[rag]; ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFG", [7, 42, 48, 28, 11, 8, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bg2-guinness-partnership-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Oxfordshire FRS HMICFRS
def oxfordshire():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Oxfordshire Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "HMICFRS Round 3 Inspection – Areas for Improvement Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Last updated: 14/02/2025"
    hdr_row(ws, 5, ["Pillar", "AFI No.", "Area for Improvement", "Action Ref", "Action", "Lead Officer",
                    "Target Date", "Previous RAG", "Current RAG", "Update"])
    data = [
        ("Effectiveness", [
            ("AFI 1", "The service should make sure its risk management plan is informed by a comprehensive understanding of current and future risk.", [
                ("1.1", "Refresh the Community Risk Management Plan risk methodology using the NFCC CRMP framework and updated demographic data.",
                 "Area Manager – Prevention, Protection & Risk", D(2025, 3, 31), "dd/mm/yyyy", "Amber", "Green",
                 "Methodology signed off by SLT in January; data refresh is on schedule."),
                ("1.2", "Consult the public and partners on the draft CRMP 2025–29.",
                 "Group Manager Risk & Planning", D(2025, 6, 1), "mmm-yy", "Green", "Green",
                 "Consultation plan agreed with the county council communications team."),
            ]),
            ("AFI 2", "The service should make sure it has an effective quality assurance process for its prevention work.", [
                ("2.1", "Introduce a quarterly quality assurance sample of Safe and Well visits, completed by station managers.",
                 "GM Prevention", D(2024, 9, 30), "dd/mm/yyyy", "Amber", "Complete",
                 "QA framework embedded; the first two quarterly reports have been presented to the Prevention Board."),
            ]),
            ("AFI 3", "The service should ensure it has effective procedures to respond to fires in high-rise buildings.", [
                ("3.1", "Deliver high-rise firefighting training to all operational crews, including evacuation and fire survival guidance.",
                 "AM Response", D(2024, 12, 1), "mmm-yy", "Green", "Amber",
                 "86% of crews trained. The remaining crews are booked on courses in January."),
            ]),
        ]),
        ("People", [
            ("AFI 4", "The service should improve the way it gathers and analyses data on equality and diversity.", [
                ("4.1", "Launch a staff self-declaration campaign to raise equality data declaration rates above 80%.",
                 "Head of HR", D(2024, 12, 31), "dd/mm/yyyy", "Red", "Amber",
                 "Declaration rate up from 54% to 71%; reminder campaign running through February."),
                ("4.2", "Publish an annual equality, diversity and inclusion report to the Fire Authority.",
                 "EDI Lead", "Ongoing", None, "Green", "Green",
                 "2023/24 report published in September 2024."),
            ]),
            ("AFI 5", "The service should make sure all staff understand and demonstrate the values of the Core Code of Ethics.", [
                ("5.1", "Deliver Core Code of Ethics workshops to all watches and support teams.",
                 "Chief Fire Officer / Head of HR", D(2025, 3, 31), "dd/mm/yyyy", "Green", "Green",
                 "27 of 34 workshops delivered."),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 6", "The service should make sure it uses its resources efficiently, including maximising the productivity of on-call staff.", [
                ("6.1", "Review on-call availability data and develop a revised crewing model.",
                 "AM Response", D(2025, 6, 30), "dd/mm/yyyy", "Red", "Red",
                 "Review delayed pending national pay negotiations; interim report to SLT in April."),
            ]),
        ]),
    ]
    fillmap = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    r = 6
    for pillar, afis in data:
        pstart = r
        for afino, afitext, acts in afis:
            astart = r
            for ref, action, lead, end, fmt, prev, cur, upd in acts:
                put(ws, r, [pillar if r == pstart else None, afino if r == astart else None,
                            afitext if r == astart else None, ref, action, lead, end, prev, cur, upd])
                if fmt:
                    ws.cell(r, 7).number_format = fmt
                ws.cell(r, 8).fill = FILL[fillmap[prev]]
                ws.cell(r, 9).fill = FILL[fillmap[cur]]
                r += 1
            if r - astart > 1:
                ws.merge_cells(start_row=astart, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=astart, start_column=3, end_row=r - 1, end_column=3)
        ws.merge_cells(start_row=pstart, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(pstart, 1).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    for i, (t, f) in enumerate([("Complete", "blue"), ("Green – on track", "green"),
                                 ("Amber – minor slippage", "amber"), ("Red – significant slippage / off track", "red")]):
        c = ws.cell(r, 2 + i, t); c.fill = FILL[f]
    for col, w in zip("ABCDEFGHIJ", [14, 8, 45, 8, 48, 30, 12, 10, 10, 48]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bg2-oxfordshire-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, fill="1F4E78", white=True):
    for c in row.cells:
        shade(c, fill)
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
                if white:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


DOCFILL = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "On track": "00B050"}


# ---------------------------------------------------------------- 4 CUH CQC docx
def cuh():
    doc = Document()
    doc.add_paragraph("Cambridge University Hospitals NHS Foundation Trust").runs[0].bold = True
    doc.add_heading("CQC Inspection 2024: Must Do and Should Do Action Plan", level=1)
    doc.add_paragraph("Following the CQC's inspection of Urgent and Emergency Care and Maternity services, the trust received "
                      "its report identifying actions the trust must take to comply with its legal obligations and actions it "
                      "should take to improve. This plan sets out our response and is monitored monthly by the Quality "
                      "Committee. Progress is reported as at 14 February 2025.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "14 February 2025"),
                                 ("Owner", "Chief Nurse"), ("Approved by", "Quality Committee, 24 February 2025")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    doc.add_paragraph()
    cols = ["Ref", "Requirement", "Actions", "Lead", "Target date", "Progress", "RAG"]
    services = [
        ("Urgent and Emergency Care", [
            ("The trust must ensure patients in the emergency department receive a timely assessment of pain and early warning scores. (Regulation 12)", [
                ("MD1.1", "Introduce a triage-to-reassessment timer on the ED electronic tracking board (Epic) with prompts at 60 minutes.",
                 "Divisional Director of Nursing", "31 Jan 2025", "Timer live from 20 January 2025. Early data shows reassessment within 60 minutes for 83% of patients.", "Complete"),
                ("MD1.2", "Weekly audit of 20 records for NEWS2 and pain score compliance, reported to the ED Quality Board.",
                 "ED Matron", "Weekly – ongoing", "Audits in place since November. Compliance has risen from 61% to 88%.", "Green"),
            ]),
            ("The trust should ensure mandatory training compliance for medical staff in the emergency department meets the trust target.", [
                ("SD1.1", "Agree protected time for doctors to complete outstanding modules and report compliance monthly.",
                 "Clinical Director, Emergency Medicine", "March 2025", "Compliance at 79% against the 90% target; protected sessions added to the rota from February.", "Amber"),
            ]),
        ]),
        ("Maternity", [
            ("The trust must ensure that emergency equipment is checked daily in line with trust policy. (Regulation 12)", [
                ("MD2.1", "Replace paper checklists with a digital daily check on the Tendable app across all maternity areas.",
                 "Head of Midwifery", "30/11/2024", "Digital checks in use in all areas; 98% compliance in December and January.", "Complete"),
            ]),
            ("The trust must ensure there are sufficient numbers of suitably qualified midwives to meet the needs of women and birthing people. (Regulation 18)", [
                ("MD3.1", "Recruit to 18 WTE midwifery vacancies through international recruitment and newly qualified midwife cohorts.",
                 "Director of Midwifery / Chief Nurse", "Sept 2025", "11 WTE appointed; 7 WTE international midwives due to arrive in the summer.", "Amber"),
                ("MD3.2", "Implement the BirthRate Plus acuity tool on the delivery unit and escalate shortfalls at the daily safety huddle.",
                 "Head of Midwifery", "31/12/2024", "Acuity tool in use every shift since December 2024.", "Complete"),
            ]),
            ("The trust should ensure that all staff receive an annual appraisal.", [
                ("SD2.1", "Ward managers to schedule all outstanding appraisals, with compliance tracked at the monthly performance review.",
                 "Maternity Matrons", "30 June 2025", "To start after the staffing review in April.", "Not started"),
            ]),
        ]),
    ]
    for svc, reqs in services:
        doc.add_heading(svc, level=2)
        t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
        for i, n in enumerate(cols):
            t.rows[0].cells[i].text = n
        bold_row(t.rows[0])
        for req, acts in reqs:
            first = None
            for ref, act, lead, end, prog, rag in acts:
                cells = t.add_row().cells
                for i, v in enumerate([ref, req if first is None else "", act, lead, end, prog, rag]):
                    cells[i].text = v
                if rag in DOCFILL:
                    shade(cells[6], DOCFILL[rag])
                if first is None:
                    first = cells[1]
                else:
                    m = first.merge(cells[1])
                    # keep the requirement text only once
                    ps = m.paragraphs
                    for p in ps[1:]:
                        p._p.getparent().remove(p._p)
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) – action delivered and evidence assured; Green – on track; "
                      "Amber – at risk of not meeting the target date; Red – off track; Not started – action not yet due to start.")
    doc.save(os.path.join(OUT, "bg2-cuh-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 5 Three Rivers CPC docx
def three_rivers():
    doc = Document()
    doc.add_heading("Three Rivers District Council – LGA Corporate Peer Challenge: Action Plan", level=1)
    doc.add_paragraph("The LGA Corporate Peer Challenge took place in June 2024 and the peer team's report was published in "
                      "August 2024. The report made four recommendations. This action plan sets out how the council will "
                      "respond to each of them, and is reported to Policy & Resources Committee with progress as at March 2025.")
    cols = ["Ref", "Action", "Lead", "Timescale", "Progress (March 2025)", "Status"]
    recs = [
        ("Recommendation 1 – Agree a small number of clear, measurable corporate priorities and align the budget and workforce plans to them", [
            ("1a", "Hold a Member workshop to agree three to five priorities for the new Corporate Framework 2025–28.", "Chief Executive",
             "By 31 October 2024", "Workshop held on 8 October; the Corporate Framework was adopted by Council in December.", "Complete"),
            ("1b", "Develop a performance framework with KPIs for each priority, reported quarterly to Policy & Resources Committee.",
             "Associate Director Corporate, Customer & Community", "Q4 2024/25", "Draft KPI set shared with Lead Members; first report due in the Q1 cycle.", "On track"),
        ]),
        ("Recommendation 2 – Develop a Medium-Term Financial Strategy that closes the budget gap from 2026/27 onwards", [
            ("2a", "Establish a cross-party Budget Working Group to review savings and income options.", "Director of Finance",
             "Nov-24", "Group met four times between September and January.", "Complete"),
            ("2b", "Bring a savings and transformation programme to Council alongside the 2025/26 budget.", "Director of Finance & Head of Transformation",
             "February 2025", "Programme of £1.2m identified; £0.4m still to be developed into firm proposals.", "Amber"),
        ]),
        ("Recommendation 3 – Strengthen the council's role as a place leader with partners across South West Hertfordshire", [
            ("3a", "Refresh the South West Herts Partnership terms of reference and agree joint priorities.", "Leader of the Council / Chief Executive",
             "Jul-25", "Discussion with partner authorities scheduled for May.", "Not started"),
        ]),
        ("Recommendation 4 – Invest in organisational development, including leadership capacity and a refreshed workforce strategy", [
            ("4a", "Launch a management development programme for all team leaders and heads of service.", "Head of HR",
             "Sept 2024 – March 2025", "Cohort 1 (22 managers) completes in March; cohort 2 to start in May.", "On track"),
            ("4b", "Adopt a new Workforce Strategy including recruitment and retention measures for hard-to-fill posts.", "Head of HR",
             "Ongoing", "Market supplements agreed for planning and legal posts; strategy drafting under way.", "Amber"),
            ("4c", "Carry out an all-staff survey and publish the results with an action plan.", "Head of HR",
             "30/04/2025", "Survey closes on 14 March; response rate 58% so far.", "Green"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, n in enumerate(cols):
        t.rows[0].cells[i].text = n
    bold_row(t.rows[0])
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = rec
        bold_row(row, fill="D9E2F3", white=False)
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
    doc.add_paragraph()
    doc.add_paragraph("The LGA will carry out a progress review with the council in summer 2025.")
    doc.save(os.path.join(OUT, "bg2-three-rivers-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 6 Suffolk Constabulary CSV
def suffolk():
    hdr = ["AFI Ref", "PEEL Area", "Area for Improvement", "Action ID", "Action", "Action Owner", "Due Date",
           "Revised Due Date", "Status", "Latest Update"]
    a1 = "The constabulary needs to improve how quickly it answers 101 calls and reduce the number of abandoned calls."
    a2 = "The constabulary should make sure victims' needs assessments are recorded and that the Victims' Code is followed."
    a3 = "The constabulary should improve how it manages the risk posed by registered sex offenders by reducing the backlog of overdue visits."
    a4 = "The constabulary should make sure its vetting decisions are consistently recorded and reviewed."
    rows = [
        ["AFI-01", "Responding to the public", a1, "A01.1", "Introduce a call-back facility for non-emergency calls when queue times exceed 10 minutes.",
         "Ch Supt Contact & Control", "31/10/2024", "", "Complete", "Call-back went live on 2 October 2024; the abandonment rate is down to 12%."],
        ["AFI-01", "Responding to the public", a1, "A01.2", "Recruit and train an additional 14 call handlers to meet the demand model.",
         "Head of Contact & Control Room", "31/12/2024", "31/03/2025", "Amber", "10 in post; the final cohort starts training in February 2025."],
        ["AFI-02", "Investigating crime", a2, "A02.1", "Make the Victims' Code needs assessment a mandatory field on Athena before a crime can be allocated.",
         "DCI Crime Standards", "30/11/2024", "", "Green", "Change request approved by the Athena consortium; release scheduled for the next update."],
        ["AFI-02", "Investigating crime", a2, "A02.2", "Dip-sample 50 investigations each month and feed back the findings to supervisors.",
         "DCI Crime Standards; Det Supt Public Protection", "Monthly", "", "Green", "Dip sampling in place since September. Compliance is 78%."],
        ["AFI-03", "Protecting vulnerable people", a3, "A03.1", "Create a temporary MOSOVO backlog team and prioritise overdue visits to very high and high risk offenders.",
         "Det Supt Public Protection", "28/02/2025", "", "Red", "Backlog reduced from 94 to 61 visits. Two MOSOVO vacancies remain unfilled."],
        ["AFI-04", "Developing a positive workplace", a4, "A04.1", "Audit all vetting refusals from the last three years against the Authorised Professional Practice.",
         "Head of Professional Standards", "31/01/2025", "", "Complete", "Audit completed; no decisions needed to be revisited."],
        ["AFI-04", "Developing a positive workplace", a4, "A04.2", "Introduce quarterly disproportionality monitoring of vetting outcomes, reported to the People Board.",
         "Head of Professional Standards / Force Vetting Manager", "Q1 2025/26", "", "Green", "First report drafted for the May People Board."],
    ]
    with open(os.path.join(OUT, "bg2-suffolk-constabulary-peel-afi-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Knowsley SAB SAR txt
def knowsley():
    L = []
    L.append("Knowsley Safeguarding Adults Board")
    L.append("Safeguarding Adults Review – Adult C: Action Plan")
    L.append("Updated: January 2025")
    L.append("")
    L.append("\t".join(["No.", "Action", "Lead", "Target date", "RAG", "Evidence / Update"]))
    recs = [
        ("Recommendation 1: Partner agencies should ensure that mental capacity is assessed and recorded when an adult repeatedly declines care and support.", [
            ("1.1", "Deliver multi-agency MCA training focused on executive functioning and repeated refusals of care.",
             "KSAB Learning & Development Sub-group Chair", "31/03/2025", "Green", "Two sessions delivered (64 attendees); further sessions booked for March."),
            ("1.2", "Audit 20 adult social care case files where care was declined, to check MCA recording.",
             "Principal Social Worker", "Jan-25", "Complete", "Audit completed; findings reported to the Quality Assurance Sub-group in January."),
        ]),
        ("Recommendation 2: The Board should promote the use of the multi-agency self-neglect and hoarding protocol, including escalation to a multi-agency risk management meeting.", [
            ("2.1", "Relaunch the self-neglect protocol with a 7-minute briefing and a practitioner event.",
             "KSAB Business Manager", "Oct-24", "Complete", "Briefing circulated in September; event held on 17 October."),
            ("2.2", "Introduce multi-agency risk management (MARM) meetings and monitor their use through the Board's performance dashboard.",
             "Head of Safeguarding (ASC) / DI Public Protection, Merseyside Police", "Q4 2024/25", "Amber", "Guidance agreed; four MARMs held so far. Dashboard measure still to be built."),
        ]),
        ("Recommendation 3: Housing providers should share information with adult social care when tenants show signs of self-neglect.", [
            ("3.1", "Agree an information-sharing pathway between Livv Housing Group and the ASC front door.",
             "Livv Housing Safeguarding Lead", "30/06/2025", "Green", "Draft pathway under review by both information governance leads."),
            ("3.2", "Include self-neglect indicators in the housing officers' tenancy visit checklist.",
             "Livv Housing Safeguarding Lead", "TBC", "", "Will follow agreement of the pathway at 3.1."),
        ]),
    ]
    for rec, acts in recs:
        L.append(rec)
        for a in acts:
            L.append("\t".join(a))
        L.append("")
    L.append("RAG: Red = not started / off track; Amber = in progress, some risk; Green = on track; Complete = action completed and evidence received")
    with open(os.path.join(OUT, "bg2-knowsley-sab-sar-adult-c-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    south_hams(); guinness(); oxfordshire(); cuh(); three_rivers(); suffolk(); knowsley()
    print("done")
