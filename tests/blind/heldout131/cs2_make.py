"""Generator for the cs2- blind cases (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
RED = PatternFill("solid", fgColor="FF0000")
AMB = PatternFill("solid", fgColor="FFC000")
GRN = PatternFill("solid", fgColor="00B050")
BLU = PatternFill("solid", fgColor="0070C0")
HDR = PatternFill("solid", fgColor="1F3864")
SEC = PatternFill("solid", fgColor="D9E1F2")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {"Red": RED, "Amber": AMB, "Green": GRN, "Complete": BLU, "Completed": BLU, "Blue": BLU}


def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HDR
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def put(ws, row, vals, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = datefmt


def section(ws, row, text, ncol):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = SEC
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


# ---------------------------------------------------------------- 1 Broads Authority internal audit tracker (xlsx)
def broads():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding recs"
    ws["A1"] = "Broads Authority – Internal Audit Recommendations Tracker (position at 31 January 2025)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 11 March 2025 – Appendix 2"
    ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
            "Original Deadline", "Revised Deadline", "Progress Update", "Status"]
    hdr(ws, 4, cols, [8, 10, 40, 44, 24, 13, 13, 44, 12])
    n = len(cols)
    rows = [
        ("S", "BA/24/03 – Corporate Governance and Risk Management (Reasonable assurance)"),
        ("03.1", "Medium", "The Authority's Risk Management Policy should be refreshed and approved by the Audit and Risk Committee.",
         "The Risk Management Policy will be reviewed alongside the Corporate Risk Register and presented to the Audit and Risk Committee for approval.",
         "Head of Governance", D(2024, 7, 31), D(2025, 3, 31),
         "Draft policy prepared. Deferred to the March committee so that it reflects the outcome of the strategic risk workshop.", "Amber"),
        ("03.2", "Low", "Declarations of interest should be collected from all staff annually.",
         "Annual declaration exercise to be added to the HR calendar and run each April.",
         "Solicitor and Monitoring Officer", D(2024, 4, 30), None,
         "Exercise completed in April 2024 with a 96% return rate.", "Complete"),
        ("B",),
        ("S", "BA/24/05 – Procurement and Contract Management (Limited assurance)"),
        ("05.1", "High", "A contracts register should be maintained and published in line with the Local Government Transparency Code.",
         "Contracts register to be set up in the finance system and published quarterly on the Authority's website.",
         "Procurement Officer / Chief Financial Officer", D(2024, 9, 30), D(2025, 2, 28),
         "Register populated for all contracts over £5,000. First publication slipped owing to the finance system upgrade.", "Red"),
        ("05.2", "Medium", "Waivers of Standing Orders should be recorded centrally and reported to Management Team.",
         "A central waiver log will be introduced and a six-monthly summary reported to Management Team.",
         "Chief Financial Officer", D(2024, 10, 31), None,
         "Log in place from October 2024. First summary reported to Management Team in January.", "Complete"),
        ("05.3", "Medium", "Procurement training should be delivered to all budget holders.",
         "Refresher training on Standing Orders and the procurement toolkit for all budget holders.",
         "Procurement Officer", D(2024, 12, 31), D(2025, 4, 30),
         "Two of three sessions delivered; the final session is booked for April.", "Amber"),
        ("B",),
        ("S", "BA/24/07 – Planning Fees and Income (Reasonable assurance)"),
        ("07.1", "Medium", "Reconciliation between the planning system and the ledger should be performed monthly and evidenced.",
         "Monthly reconciliation to be completed by the Planning Support Officer and signed off by the Head of Planning.",
         "Head of Planning", D(2024, 8, 31), None,
         "Reconciliations completed monthly since August. Awaiting verification by internal audit.", "Green"),
        ("07.2", "Low", "Pre-application advice charges should be reviewed.",
         "Review the pre-application charging schedule as part of the 2025/26 fees and charges report.",
         "Head of Planning", "March 2025", None,
         "Review under way; benchmarking with other national parks completed.", "Green"),
        ("B",),
        ("S", "BA/25/01 – Cyber Security (Reasonable assurance)"),
        ("01.1", "High", "Multi-factor authentication should be enforced for all remote access accounts.",
         "MFA to be rolled out to all staff and members who access Authority systems remotely.",
         "ICT Manager", D(2025, 1, 31), None,
         "Rollout complete for staff. Four member accounts still to be set up.", "Amber"),
        ("01.2", "Medium", "The ICT disaster recovery plan should be tested annually.",
         "A full disaster recovery test to be scheduled and the results reported to Management Team.",
         "ICT Manager; Head of Governance", "Q1 2025/26", None,
         "Test date to be agreed with the hosting provider.", "Not started"),
    ]
    r = 5
    for row in rows:
        if row[0] == "S":
            section(ws, r, row[1], n)
        elif row[0] == "B":
            pass
        else:
            put(ws, r, list(row))
            st = ws.cell(row=r, column=n)
            if row[-1] in FILL:
                st.fill = FILL[row[-1]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Red – deadline missed / significant slippage")
    ws.cell(row=r + 2, column=1, value="Amber – some slippage, revised deadline agreed")
    ws.cell(row=r + 3, column=1, value="Green – on track to meet deadline")
    ws.cell(row=r + 4, column=1, value="Complete – implemented and verified by internal audit")
    wb.save(os.path.join(OUT, "cs2-broads-authority-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 2 SWASFT CQC must/should do (xlsx, refuse)
def swast():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "South Western Ambulance Service NHS Foundation Trust – CQC Inspection Action Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "Emergency and urgent care / Emergency operations centre. Report published 2024. Monitored monthly by the Quality Committee."
    cols = ["Ref", "CQC finding", "Action", "Lead", "Target date", "RAG", "Progress update (February 2025)"]
    hdr(ws, 5, cols, [8, 44, 48, 26, 14, 10, 50])
    n = len(cols)
    rows = [
        ("S", "MUST DO"),
        ("MD1", "The trust must ensure that calls are answered and patients are triaged in a timely way in the emergency operations centres (Regulation 12).",
         "Recruit to the funded establishment of emergency medical advisers and clinicians in both EOCs.",
         "Director of Operations", D(2024, 12, 31), "Green",
         "EMA establishment at 97%. Clinical hub vacancies reduced from 14 WTE to 4 WTE."),
        ("MD2", "The trust must ensure that patients waiting for an ambulance are re-assessed in line with the trust's welfare call policy (Regulation 12).",
         "Audit compliance with welfare call timescales monthly and report to the Patient Safety Group.",
         "Head of Clinical Hub", "Ocotber 2024", "Amber",
         "Monthly audit in place. Compliance 78% against a 90% target; improvement trajectory agreed."),
        ("MD3", "The trust must ensure that staff complete mandatory training, including safeguarding level 3 (Regulation 18).",
         "Protected training time for EOC staff and a recovery trajectory for safeguarding level 3.",
         "Director of People / Head of Safeguarding", D(2025, 3, 31), "Amber",
         "Safeguarding level 3 compliance at 84%; on trajectory to reach 90% by March."),
        ("B",),
        ("S", "SHOULD DO"),
        ("SD1", "The trust should ensure that all vehicles are checked and cleaned in line with the vehicle preparation policy.",
         "Roll out the electronic vehicle daily inspection checklist at all stations.",
         "Head of Fleet", D(2024, 9, 30), "Complete",
         "Electronic checklist live at all 96 stations since September 2024."),
        ("SD2", "The trust should continue to improve the timeliness of responses to complaints.",
         "Introduce weekly complaints tracker review at divisional governance meetings.",
         "Head of Patient Experience", D(2024, 11, 30), "Green",
         "Weekly reviews in place. 68% of complaints responded to within 35 working days (was 41%)."),
        ("SD3", "The trust should ensure that staff receive an annual appraisal.",
         "Relaunch the appraisal window and report compliance to People Committee quarterly.",
         "Director of People", D(2025, 6, 30), "Red",
         "Compliance 61%. Operational pressures over winter have limited release of staff."),
    ]
    r = 6
    for row in rows:
        if row[0] == "S":
            section(ws, r, row[1], n)
        elif row[0] == "B":
            pass
        else:
            put(ws, r, list(row))
            st = ws.cell(row=r, column=6)
            if row[5] in FILL:
                st.fill = FILL[row[5]]
        r += 1
    wb.save(os.path.join(OUT, "cs2-swasft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Stockton public health HP assurance plan (xlsx)
def stockton():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Stockton-on-Tees Borough Council – Public Health"
    cv["A1"].font = Font(bold=True, size=13)
    cv["A3"] = "Document control"
    cv["A3"].font = Font(bold=True)
    dc = [("Version", "Date", "Author", "Comments"),
          ("0.1", "12/06/2024", "Public Health Principal", "First draft for Health Protection Collaborative"),
          ("1.0", "18/07/2024", "Consultant in Public Health", "Agreed by Health Protection Collaborative"),
          ("1.2", "21/01/2025", "Public Health Principal", "Q3 update for Health and Wellbeing Board")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            c = cv.cell(row=4 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    for col, w in zip("ABCD", [10, 14, 30, 50]):
        cv.column_dimensions[col].width = w

    ws = wb.create_sheet("Action plan")
    ws["A1"] = "Health Protection Assurance Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Stockton-on-Tees Health Protection Collaborative – progress at Quarter 3 (December 2024)"
    cols = ["No.", "Objective", "Action", "Lead", "Timescale", "RAG", "Update"]
    hdr(ws, 4, cols, [6, 34, 46, 28, 16, 8, 50])
    n = len(cols)
    # (no, objective-or-None(continuation), action, lead, timescale, fill, update)
    rows = [
        ("S", "1. Screening and Immunisation"),
        ("1.1", "Increase uptake of childhood and adult immunisations in areas of lowest coverage",
         "Deliver targeted MMR catch-up clinics in the five wards with lowest MMR2 coverage.",
         "NHSE Screening and Immunisation Team", D(2025, 3, 1), GRN,
         "Eight pop-up clinics held in Q2-Q3; 212 additional doses given."),
        ("1.2", None,
         "Work with GP practices to contact adults eligible for shingles and pneumococcal vaccines who have not taken up the offer.",
         "J. Harrison / S. Patel", "Q4 2024/25", AMB,
         "Data sharing agreement delayed; searches now run in 14 of 19 practices."),
        ("1.3", "Improve uptake of cancer screening programmes among groups with lower uptake",
         "Commission community outreach for bowel screening with the North East Cancer Alliance.",
         "Consultant in Public Health", D(2024, 9, 1), BLU,
         "Outreach service commissioned from September 2024."),
        ("S", "2. Infection Prevention and Control"),
        ("2.1", "Strengthen infection prevention and control in care settings",
         "Deliver the IPC training programme to all CQC-registered care homes in the borough.",
         "IPC Nurse Specialist (Community)", "Sept 2024 – March 2025", GRN,
         "31 of 38 care homes have attended at least one session."),
        ("2.2", None,
         "Review outbreak management arrangements with UKHSA and the ICB and update the local outbreak management plan.",
         "Public Health Principal", D(2024, 12, 1), RED,
         "Review delayed by staff absence; workshop rebooked for February."),
        ("S", "3. Emergency Preparedness, Resilience and Response"),
        ("3.1", "Ensure the council can respond to health protection incidents",
         "Run a multi-agency exercise on a large-scale communicable disease incident.",
         "Emergency Planning Manager", D(2025, 2, 1), None,
         "Exercise scoping meeting arranged with Cleveland LRF."),
        ("3.2", None,
         "Keep the on-call Director of Public Health rota and action cards up to date.",
         "Director of Public Health", "Ongoing", GRN,
         "Rota and action cards reviewed in October 2024."),
        ("S", "4. Environmental Hazards"),
        ("4.1", "Reduce exposure to poor air quality",
         "Publish the annual air quality status report and share findings with schools near monitoring sites.",
         "Environmental Health Manager", D(2024, 6, 1), BLU,
         "ASR submitted to Defra in June 2024 and accepted."),
    ]
    r = 5
    start = None
    for row in rows:
        if row[0] == "S":
            section(ws, r, row[1], n)
            start = None
        else:
            no, obj, act, lead, ts, fill, upd = row
            put(ws, r, [no, obj, act, lead, ts, None, upd], datefmt="mmm-yy")
            if fill is not None:
                ws.cell(row=r, column=6).fill = fill
            if obj is not None:
                start = r
            else:
                ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (f, t) in enumerate([(BLU, "Complete"), (GRN, "On track"), (AMB, "Some slippage – action in hand"),
                                (RED, "Off track – escalate to Collaborative")]):
        ws.cell(row=r + 1 + i, column=1).fill = f
        ws.cell(row=r + 1 + i, column=2, value=t)
    wb.save(os.path.join(OUT, "cs2-stockton-public-health-health-protection-assurance-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


DOCFILL = {"G": "00B050", "A": "FFC000", "R": "FF0000", "B": "0070C0",
           "Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}


# ---------------------------------------------------------------- 4 Yorkshire Dales NPA peer challenge (docx)
def ydnpa():
    doc = Document()
    doc.add_heading("Yorkshire Dales National Park Authority – Corporate Peer Challenge 2023 Action Plan", 0)
    doc.add_paragraph(
        "The Authority invited a Local Government Association peer team to carry out a corporate peer challenge "
        "in October 2023. The peer team made five recommendations. This action plan sets out how we will respond "
        "to them and will be reported to the Authority every six months.")
    table(doc, ["Version", "Date", "Owner", "Status"],
          [["1.0", "30 January 2024", "Head of Corporate Services", "Approved by the Authority"],
           ["1.1", "23 July 2024", "Head of Corporate Services", "Six-month progress update"]])
    doc.add_paragraph("")
    hdrs = ["No.", "Peer team recommendation", "Action", "Lead", "Timescale", "RAG", "Progress"]
    t = doc.add_table(rows=1, cols=len(hdrs))
    t.style = "Table Grid"
    for i, h in enumerate(hdrs):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    recs = [
        ("1. Refresh the Authority's corporate plan so that it sets out a small number of clear priorities linked to the National Park Management Plan.",
         [("1.1", "Hold a member and senior officer workshop to agree corporate priorities for 2024-27.",
           "Chief Executive (National Park Officer)", "March 2024", "B",
           "Workshop held on 8 March 2024; priorities agreed."),
          ("1.2", "Publish the refreshed Corporate Plan with a set of measurable performance indicators.",
           "Head of Corporate Services", "By 30 June 2024", "G",
           "Draft plan approved by the Authority in June; indicators being finalised.")]),
        ("2. Develop a medium-term financial strategy that addresses the projected budget gap.",
         [("2.1", "Prepare a four-year medium-term financial plan with scenario modelling of grant settlements.",
           "Director of Corporate Services / Head of Finance", "Sept 2024", "A",
           "Modelling complete. Awaiting Defra grant confirmation before the plan is finalised."),
          ("2.2", "Establish an income generation board to review car parking, visitor centre and commercial income.",
           "Head of Finance", "Q2 2024/25", "G",
           "Board established and met twice.")]),
        ("3. Strengthen member development and the induction of Secretary of State members.",
         [("3.1", "Introduce a member development programme with an annual skills audit.",
           "Member Support Manager", "Dec 2024", "G",
           "Skills audit issued to all members in July.")]),
        ("4. Improve internal communication and staff engagement following the restructure.",
         [("4.1", "Run a staff survey and publish a 'you said, we did' response.",
           "Head of HR", "31/05/2024", "B",
           "Survey completed (72% response rate); response published in June."),
          ("4.2", "Introduce quarterly all-staff briefings led by the Chief Executive.",
           "Chief Executive (National Park Officer)", "Ongoing", "G",
           "Briefings held in April and July 2024.")]),
        ("5. Work with partners to deliver the housing and economy objectives of the Management Plan.",
         [("5.1", "Agree a joint protocol with the district councils on affordable housing delivery in the National Park.",
           "Head of Development Management and Head of Sustainable Development", "March 2025", "R",
           "Discussions paused pending local government reorganisation in North Yorkshire.")]),
    ]
    for rec, acts in recs:
        first = None
        for (no, act, lead, ts, rag, prog) in acts:
            cells = t.add_row().cells
            cells[0].text = no
            cells[2].text = act
            cells[3].text = lead
            cells[4].text = ts
            cells[5].text = rag
            shade(cells[5], DOCFILL[rag])
            cells[6].text = prog
            if first is None:
                first = cells[1]
                first.text = rec
            else:
                first = first.merge(cells[1])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete;  G – on track;  A – some risk to delivery;  R – off track / not progressing.")
    doc.save(os.path.join(OUT, "cs2-yorkshire-dales-npa-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 5 BCP ASC CQC assessment improvement plan (docx)
def bcp():
    doc = Document()
    doc.add_heading("BCP Council Adult Social Care – CQC Assessment Improvement Plan", 0)
    doc.add_paragraph(
        "The Care Quality Commission assessed how BCP Council meets its duties under Part 1 of the Care Act 2014 "
        "and published its report in 2024. This plan brings together the actions we are taking in response to the "
        "areas for improvement identified, grouped under the four CQC themes. Progress is reported to the Adult "
        "Social Care Improvement Board monthly.")
    table(doc, ["Version", "Date", "Author", "Changes"],
          [["1.0", "September 2024", "Head of Quality, Performance and Improvement", "Plan agreed by Improvement Board"],
           ["1.3", "January 2025", "Head of Quality, Performance and Improvement", "Progress updated"]])
    plan = [
        ("Theme 1: Working with people", [
            ("1.1 Reduce waiting times for Care Act assessments and reviews", [
                ("1.1.1", "Introduce a daily triage of the assessment waiting list with risk-rated contact for everyone waiting over 28 days.",
                 "Director of Adult Social Care Operations", "31/10/2024", "Complete",
                 "Daily triage in place since October; all people waiting have a named contact."),
                ("1.1.2", "Commission additional assessment capacity to clear the backlog of overdue annual reviews.",
                 "Head of Long Term Care / Principal Social Worker", "31/03/2025", "Amber",
                 "Overdue reviews down from 1,430 to 910. Trajectory slipping due to agency recruitment."),
            ]),
            ("1.2 Improve support for unpaid carers", [
                ("1.2.1", "Refresh the Carers Strategy with carers and partners, including a new offer of carers' assessments.",
                 "Head of Commissioning – Prevention", "Q4 2024/25", "Green",
                 "Co-production sessions held with 86 carers; draft strategy due in February."),
            ]),
        ]),
        ("Theme 2: Providing support", [
            ("2.1 Develop the home care market in rural and coastal areas", [
                ("2.1.1", "Re-procure home care with zoned contracts for areas with limited supply.",
                 "AD Commissioning", "June 2025", "Green",
                 "Procurement launched in December 2024; evaluation under way."),
            ]),
        ]),
        ("Theme 3: How the local authority ensures safety within the system", [
            ("3.1 Strengthen oversight of safeguarding enquiries", [
                ("3.1.1", "Introduce a monthly safeguarding audit of Section 42 enquiries with findings reported to the Safeguarding Adults Board.",
                 "Head of Safeguarding Adults", "Sept 2024", "Complete",
                 "Audit programme running since September 2024."),
                ("3.1.2", "Reduce the number of safeguarding concerns awaiting screening to under 50.",
                 "Head of Safeguarding Adults", "31/12/2024", "Red",
                 "Concerns awaiting screening at 112 in January 2025. Additional screening team agreed."),
            ]),
        ]),
        ("Theme 4: Leadership", [
            ("4.1 Use performance data consistently to drive improvement", [
                ("4.1.1", "Launch an adult social care performance dashboard for managers.",
                 "Head of Quality, Performance and Improvement", "Ongoing", "Green",
                 "Dashboard live; further modules being added quarterly."),
            ]),
        ]),
    ]
    for theme, areas in plan:
        doc.add_heading(theme, 1)
        for area, acts in areas:
            doc.add_heading(area, 2)
            t = table(doc, ["Ref", "Action", "Lead", "Due", "RAG", "Update"],
                      [[a, b, c, d, e, f] for (a, b, c, d, e, f) in acts])
            for i, act in enumerate(acts, 1):
                shade(t.rows[i].cells[4], DOCFILL[act[4]])
            doc.add_paragraph("")
    doc.add_paragraph("Key: Complete – action delivered; Green – on track; Amber – at risk, mitigation in place; Red – off track.")
    doc.save(os.path.join(OUT, "cs2-bcp-asc-cqc-assessment-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 Your Housing Group RSH consumer standards (csv)
def yhg():
    rows = [
        ["Your Housing Group - Consumer Standards Improvement Plan (Board update February 2025)", "", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", "", ""],
        ["Standard", "Ref", "Issue identified", "Action", "Owner", "Target date", "Revised target date", "Status", "Progress commentary"],
        ["Safety and Quality Standard", "SQ1", "Incomplete stock condition data for a proportion of homes",
         "Complete stock condition surveys for all homes not surveyed in the last five years", "Director of Asset Management",
         "31/03/2025", "30/09/2025", "Amber", "71% of homes now have a survey under five years old. Additional surveyor contract awarded in January."],
        ["", "SQ2", "Overdue fire risk assessment remedial actions",
         "Clear all overdue high-risk FRA actions and report weekly to the Building Safety Group", "Head of Building Safety",
         "31/12/2024", "", "Complete", "All high-risk actions closed in December 2024; medium-risk actions on plan."],
        ["", "SQ3", "Damp and mould cases not resolved in target timescales",
         "Introduce a dedicated damp and mould team and a 10-working-day inspection standard", "Director of Property Services",
         "Jun-25", "", "Green", "Team fully recruited. 89% of inspections within 10 working days in January."],
        ["Transparency, Influence and Accountability Standard", "TIA1", "Tenant satisfaction measures not used to drive improvement",
         "Publish TSM results with a 'you said, we did' action summary for tenants", "Head of Customer Insight",
         "30/06/2025", "", "Green", "2023/24 TSMs published. Summary drafted with the Customer Voice Panel."],
        ["", "TIA2", "Complaint handling not fully compliant with the Housing Ombudsman Code",
         "Complete the Code self-assessment and report it to Board and the Customer Voice Panel", "Complaints Manager / Company Secretary",
         "30/09/2024", "", "Complete", "Self-assessment reported to Board in September 2024 and published."],
        ["Neighbourhood and Community Standard", "NC1", "Inconsistent response to reports of anti-social behaviour",
         "Review the ASB policy and introduce case reviews for all high-risk cases", "Head of Neighbourhoods",
         "31/01/2025", "31/05/2025", "Red", "Policy review delayed by consultation with local authority partners."],
        ["Tenancy Standard", "TS1", "Tenancy audits not completed for all new tenancies",
         "Carry out a tenancy sustainment visit for all new tenants within six weeks of sign-up", "Head of Neighbourhoods",
         "Q1 2025/26", "", "Not started", "Process mapped; start date agreed for April 2025."],
        ["", "", "", "", "", "", "", "", ""],
        ["Status key: Complete = action closed and evidenced; Green = on track; Amber = at risk; Red = off track; Not started", "", "", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "cs2-your-housing-group-rsh-consumer-standards-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Comhairle nan Eilean Siar BVAR plan (txt, tab separated)
def cnes():
    lines = [
        ["Comhairle nan Eilean Siar - Best Value Assurance Report Improvement Action Plan"],
        ["Progress update to Policy and Resources Committee, February 2024"],
        [],
        ["Recommendation", "Ref", "Action", "Responsible Officer", "Target Date", "Status", "Progress"],
        ["Recommendation 1: Councillors should agree clear priorities and a prioritised action plan for the Comhairle.", "1.1",
         "Develop and agree a revised Corporate Strategy for 2023-27 with a reduced number of priorities.", "Chief Executive",
         "March 2023", "Complete", "Corporate Strategy agreed by the Comhairle in February 2023."],
        ["", "1.2", "Hold councillor development sessions on the strategic priorities and decision-making.", "Chief Executive",
         "June 2024", "On track", "Three sessions delivered; two further sessions planned with the Improvement Service."],
        ["Recommendation 2: The Comhairle should develop a long-term financial plan and a capital investment strategy.", "2.1",
         "Prepare a five-year medium-term financial plan with scenarios for funding and pay settlements.", "Chief Officer Finance and Corporate Resources",
         "31/12/2023", "Complete", "MTFP approved in December 2023."],
        ["", "2.2", "Develop a capital investment strategy linked to asset management planning.", "Chief Officer Finance and Corporate Resources",
         "31/03/2024", "Amber", "Draft prepared; capital programme review delayed by ferry and harbour project costs."],
        ["Recommendation 3: The Comhairle should address workforce challenges in critical services such as social care.", "3.1",
         "Publish a workforce plan for 2023-26 including a 'grow your own' scheme for care staff.", "Chief Officer HR and Workforce Development",
         "September 2023", "Complete", "Workforce plan published. 14 trainees recruited to the care academy."],
        ["", "3.2", "Introduce relocation support and key worker housing with housing partners.", "Chief Officer HR and Workforce Development; Chief Officer Economic and Community Regeneration",
         "2024/25", "Amber", "Working group with Hebridean Housing Partnership established. Funding options being explored."],
        ["Recommendation 4: The Comhairle should strengthen performance management and public performance reporting.", "4.1",
         "Introduce quarterly performance reports on the Corporate Strategy to the Policy and Resources Committee.", "Head of Strategy and Performance",
         "Ongoing", "On track", "First quarterly report presented in November 2023."],
        ["", "4.2", "Redesign the public performance report with community input.", "Head of Strategy and Performance",
         "30/09/2024", "Not started", "Scheduled to begin after the 2023/24 annual report."],
    ]
    with open(os.path.join(OUT, "cs2-comhairle-nan-eilean-siar-bvar-improvement-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\r\n")


if __name__ == "__main__":
    broads(); swast(); stockton(); ydnpa(); bcp(); yhg(); cnes()
    print("done")
