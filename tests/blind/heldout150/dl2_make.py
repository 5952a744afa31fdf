"""Generator for the dl2- blind cases (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python dl2_make.py ; writes the seven document files beside this script.
"""
import csv
import os
from datetime import datetime as D

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. GMMH Board of Directors (Public) action log  (xlsx, fill-only RAG, revised dates)
# ---------------------------------------------------------------------------
def gmmh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Board Action Log"
    ws["A1"] = "Board of Directors (Public) – Action Log"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws["A2"] = "Greater Manchester Mental Health NHS Foundation Trust. Updated for the meeting on 27 November 2025. Actions rated blue will be closed once noted by the Board."
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A1:J1")
    ws.merge_cells("A2:J2")
    hdr = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date",
           "Revised Due Date", "Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.border = BORDER
        c.alignment = WRAP
    rows = [
        ("25/012", D(2025, 3, 27), "BoD/25/019",
         "Undertake a review of the Board Assurance Framework risk appetite statements and report the outcome to the Audit Committee.",
         "Company Secretary", D(2025, 6, 30), "Dec-25",
         "Review paused pending the new BAF format agreed by the Audit Committee in July; revised timescale agreed by the Chair.", AMBER),
        ("25/021", D(2025, 5, 29), "BoD/25/048",
         "Provide the Board with a breakdown of out of area placements by ward type and commissioner, including length of stay.",
         "Chief Operating Officer", D(2025, 7, 31), D(2025, 9, 25),
         "Breakdown included in the Integrated Performance Report to the September Board. Propose closure.", BLUE),
        ("25/024", D(2025, 5, 29), "BoD/25/052",
         "Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF) and the learning from the first year of learning responses.",
         "Director of Nursing and Quality / Medical Director", D(2025, 11, 30), None,
         "Session scheduled for the Board development day on 20 November 2025.", GREEN),
        ("25/029", D(2025, 7, 31), "BoD/25/067",
         "Include benchmarking against other North West mental health trusts on restrictive practice (prone restraint and seclusion) in the next Quality and Safety Committee assurance report.",
         "Director of Nursing and Quality", D(2025, 10, 31), D(2025, 11, 30),
         "Benchmarking data requested via the NHS Benchmarking Network. The national data release slipped, so the report will go to the November committee.", AMBER),
        ("25/030", D(2025, 7, 31), "BoD/25/069",
         "Review the format of the Freedom to Speak Up report so that themes are shown by care group and staff group.",
         "FTSU Guardian", D(2025, 9, 25), None,
         "Revised format used in the September report. Propose closure.", BLUE),
        ("25/033", D(2025, 7, 31), "BoD/25/071",
         "Circulate the updated Financial Recovery Plan, with the month 4 position, to all Board members.",
         "Chief Finance Officer", D(2025, 8, 31), None,
         "Circulated by email on 22 August 2025.", BLUE),
        ("25/036", D(2025, 9, 25), "BoD/25/083",
         "Bring the Green Plan annual progress report to the Board, including progress against the estates decarbonisation schedule.",
         "Director of Estates and Facilities", D(2026, 1, 29), None,
         "On the forward plan for January 2026.", GREEN),
        ("25/037", D(2025, 9, 25), "BoD/25/085",
         "Provide an update on the North Manchester new build programme, including the revised handover date and the decant plan for the current wards.",
         "Chief Executive / Chief Operating Officer", D(2025, 11, 27), None,
         "On the agenda for this meeting (item 14).", GREEN),
        ("25/038", D(2025, 9, 25), "BoD/25/088",
         "Confirm the position on compliance with Mental Health Act and Mental Capacity Act mandatory training and the trajectory to reach 90%.",
         "Chief People Officer", "Oct-25", None,
         "Figures were not received in time for the October People Committee; now expected in December.", RED),
    ]
    r = 5
    for row in rows:
        ref, md, mref, act, lead, due, rev, upd, rag = row
        vals = [ref, md, mref, act, lead, due, rev, upd, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
            if isinstance(v, D):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(rag)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    key = [(BLUE, "Action complete – propose closure"),
           (GREEN, "On track to be delivered by the due date"),
           (AMBER, "At risk of delay / revised date agreed"),
           (RED, "Overdue")]
    for col, txt in key:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    widths = [10, 12, 12, 60, 28, 12, 14, 55, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "A5"
    wb.save(p("dl2-gmmh-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------------------
# 2. Devon Partnership NHS Trust internal audit tracker (xlsx) - mistyped month -> refuse
# ---------------------------------------------------------------------------
def dpt():
    wb = Workbook()
    ws = wb.active
    ws.title = "Recommendations Tracker"
    ws["A1"] = "Devon Partnership NHS Trust – Internal Audit Recommendations Follow-up Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, January 2026. Recommendations reported as implemented are removed after the following meeting."
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
           "Original Due Date", "Revised Due Date", "Status", "Latest Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill(GREY)
        c.border = BORDER
        c.alignment = WRAP
    body = [
        ("H", "Mental Health Act Administration (DPT 2024/25-06) – Limited Assurance"),
        ("R", 1, "High",
         "Section 132 rights should be read to detained patients and the outcome recorded on the electronic record within the required timescales.",
         "Introduce a weekly exception report of detained patients with no recorded rights reading, reviewed by ward managers.",
         "Mental Health Act Manager", D(2025, 3, 31), D(2025, 9, 30), "Implemented",
         "Exception report live since August 2025; compliance 96% in the last quarter."),
        ("R", 2, "Medium",
         "The Trust should ensure that scrutiny of detention papers is completed within the Trust's 14-day standard.",
         "Recruit to the vacant MHA administrator post and agree a cover arrangement between the Exeter and Torbay offices.",
         "Mental Health Act Manager", D(2025, 6, 30), None, "Implemented",
         "Post filled in May 2025."),
        ("H", "Safe Staffing and Rostering (DPT 2024/25-09) – Moderate Assurance"),
        ("R", 1, "Medium",
         "Rosters should be approved at least six weeks before the start of the roster period.",
         "Report roster approval lead times by ward to the Workforce Assurance Group monthly.",
         "Deputy Director of Nursing", D(2025, 7, 31), None, "Implemented",
         "Reported monthly since July 2025."),
        ("R", 2, "Medium",
         "Use of bank and agency staff above the establishment should be authorised and the reason recorded.",
         "Configure the e-rostering system so that shifts above establishment cannot be sent to bank without a reason code.",
         "Head of Workforce Systems", D(2025, 6, 30), "Spetember 2025", "Overdue",
         "System change tested; release delayed by the supplier's upgrade programme."),
        ("R", 3, "Low",
         "The rostering policy should be updated to reflect current practice.",
         "Review and reissue the Rostering Policy.",
         "Deputy Director of Nursing", D(2025, 12, 31), None, "Not yet due",
         "Draft with the Policy Group."),
        ("H", "Data Security and Protection Toolkit (DPT 2025/26-02) – Moderate Assurance"),
        ("R", 1, "High",
         "Leavers' network accounts should be disabled on the day they leave the Trust.",
         "Automate the disabling of accounts from the ESR leavers feed.",
         "Head of Digital Services", D(2025, 11, 30), None, "In progress",
         "Automated feed in test; manual weekly check in place meanwhile."),
        ("R", 2, "Medium",
         "Information asset registers should be reviewed annually by the information asset owners.",
         "Issue the annual review request to all information asset owners and report completion to the IG Steering Group.",
         "Head of Information Governance", D(2026, 3, 31), None, "Not yet due",
         ""),
    ]
    r = 5
    typo_row = None
    for b in body:
        if b[0] == "H":
            c = ws.cell(row=r, column=1, value=b[1])
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            vals = list(b[1:])
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, D):
                    c.number_format = "dd-mmm-yy"
                if v == "Spetember 2025":
                    typo_row = r
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status: Implemented – action complete and evidence seen by Internal Audit; In progress; Overdue – past the latest due date; Not yet due.")
    widths = [8, 9, 45, 45, 26, 12, 14, 12, 45]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[chr(64 + i)].width = w
    wb.save(p("dl2-devon-partnership-nhst-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))
    assert typo_row == 10, typo_row


# ---------------------------------------------------------------------------
# 3. East Midlands CCA strategic risk register (xlsx): risk heading rows, action sub-rows
# ---------------------------------------------------------------------------
def emcca():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q2 2025-26"
    ws["A1"] = "East Midlands Combined County Authority – Strategic Risk Register, Quarter 2 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Appendix A to the report to the Audit and Governance Committee, 12 November 2025. Further mitigating actions are shown beneath each strategic risk."
    ws["A4"] = "Risk profile"
    ws["A4"].font = Font(bold=True)
    prof = [("Red", 2, RED), ("Amber", 2, AMBER), ("Green", 1, GREEN), ("Total", 5, None)]
    r = 5
    for lab, n, col in prof:
        ws.cell(row=r, column=1, value=lab)
        ws.cell(row=r, column=2, value=n)
        if col:
            ws.cell(row=r, column=1).fill = fill(col)
        r += 1
    hr = 10
    hdr = ["Ref", "Further mitigating action", "Action owner", "Target date", "Progress at Q2", "Action RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=hr, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("44546A")
        c.border = BORDER
    risks = [
        ("SR01 – Financial sustainability: the Authority is unable to deliver a balanced Medium Term Financial Plan because of uncertainty over future devolved funding.", [
            ("SR01.1", "Complete the refresh of the Medium Term Financial Plan for 2026/27 to 2029/30 and present it to the Audit and Governance Committee.",
             "Director of Finance", D(2026, 1, 1), "mmm-yy",
             "Draft prepared; assumptions on the integrated settlement are being tested with MHCLG officials.", "On track", GREEN),
            ("SR01.2", "Agree a reserves policy setting a minimum level of general reserves.",
             "Director of Finance", D(2025, 9, 30), "dd/mm/yyyy",
             "Policy approved by the CCA Board on 23 September 2025.", "Complete", BLUE),
        ]),
        ("SR02 – Transport: delivery of the Local Transport Plan and bus service improvements is delayed by operator and funding constraints.", [
            ("SR02.1", "Publish the Bus Service Improvement Plan update and agree the Enhanced Partnership variations with operators.",
             "Director of Transport", "Q3 2025/26", None,
             "Operator consultation closed on 12 September; two variations are still being negotiated.", "A", AMBER),
            ("SR02.2", "Establish a programme board for the City Region Sustainable Transport Settlement (CRSTS) capital programme, with monthly reporting.",
             "Director of Transport / Head of Programme Management Office", D(2025, 7, 1), "mmm-yy",
             "Programme board established in July 2025 and meeting monthly.", "Complete", BLUE),
            ("SR02.3", "Develop contingency plans for supported bus services at risk of withdrawal.",
             "Head of Passenger Transport", "Ongoing", None,
             "Service-by-service review under way with the four constituent councils.", "G", GREEN),
        ]),
        ("SR03 – Organisational capacity: the Authority does not have the officer capacity and governance in place to deliver its devolution commitments.", [
            ("SR03.1", "Recruit to the remaining permanent posts in the senior leadership structure.",
             "Chief Executive", "31 December 2025", None,
             "Three of five posts appointed. Interviews for the Director of Skills were held in October.", "A", AMBER),
            ("SR03.2", "Publish the updated Constitution and scheme of delegation following the Annual Governance Statement review.",
             "Monitoring Officer", D(2025, 11, 1), "mmm-yy",
             "Constitution revisions go to the CCA Board on 27 November 2025.", "G", GREEN),
        ]),
        ("SR04 – Adult Skills Fund: devolved adult skills funding is not spent in line with the funding rules or does not meet local skills needs.", [
            ("SR04.1", "Introduce quarterly performance reviews with all grant-funded providers, with reconciliation where delivery is below 75% of profile.",
             "Head of Adult Skills", "Q2 2025/26", None,
             "First round of reviews completed in September 2025.", "Complete", BLUE),
            ("SR04.2", "Commission an independent assurance review of the Adult Skills Fund funding rules and audit approach.",
             "Head of Adult Skills", D(2026, 3, 1), "mmm-yy",
             "", "Not started", None),
        ]),
        ("SR05 – Cyber security: a cyber attack or data breach disrupts the Authority's services or leads to the loss of personal data.", [
            ("SR05.1", "Achieve Cyber Essentials Plus accreditation for the Authority's IT environment.",
             "Head of ICT", D(2026, 2, 1), "mmm-yy",
             "Gap analysis complete. Replacement of end-of-life laptops delayed by the supplier, putting the February date at risk.", "R", RED),
        ]),
    ]
    r = hr + 1
    for title, acts in risks:
        c = ws.cell(row=r, column=1, value=title)
        c.font = Font(bold=True)
        c.fill = fill("D6DCE4")
        c.alignment = Alignment(wrap_text=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 30
        r += 1
        for ref, act, own, tgt, fmt, prog, rag, col in acts:
            vals = [ref, act, own, tgt, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
            if fmt:
                ws.cell(row=r, column=4).number_format = fmt
            if col:
                ws.cell(row=r, column=6).fill = fill(col)
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key: G / On track – progressing to target date; A – some slippage, recoverable; R – significant slippage, target date at risk; Complete – action closed.")
    for col, w in zip("ABCDEF", [9, 60, 30, 14, 55, 12]):
        ws.column_dimensions[col].width = w
    wb.save(p("dl2-east-midlands-cca-strategic-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for par in c.paragraphs:
            for run in par.runs:
                run.font.bold = True


# ---------------------------------------------------------------------------
# 4. CWMPAS Adult Practice Review action plan (docx): doc control, rec rows merged across
# ---------------------------------------------------------------------------
def cwmpas():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("CWMPAS Adult Practice Review 2/2023 – Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Mid and West Wales Safeguarding Adults Board (CWMPAS)")
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of the concise "
        "Adult Practice Review CWMPAS 2/2023. Progress is monitored by the regional Adult and Child Practice "
        "Review Sub Group and reported to the Board each quarter.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "May 2024"),
                                ("Owner", "Regional Safeguarding Board Business Manager"),
                                ("Approved by", "APR/CPR Sub Group, 16 May 2024")]):
        dc.cell(i, 0).text = a
        dc.cell(i, 1).text = b
    doc.add_paragraph("")
    hdr = ["No.", "Action", "Lead", "Target Date", "Progress / Evidence", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "BDD7EE")
    bold_row(t.rows[0])
    RAGFILL = {"Complete": BLUE, "On track": GREEN, "Amber": AMBER, "": None}
    recs = [
        ("Recommendation 1: Partner agencies should ensure that practitioners understand and apply the Mental Capacity Act 2005 when an adult at risk repeatedly declines care and support, including where there are concerns about executive capacity.", [
            ("1.1", "Deliver regional multi-agency Mental Capacity Act training, including a specific session on executive functioning and self-neglect.",
             "Regional Safeguarding Training Sub Group Chair", "March 2024",
             "Four sessions delivered across Carmarthenshire, Ceredigion, Pembrokeshire and Powys; 212 practitioners attended.", "Complete"),
            ("1.2", "Audit a sample of capacity assessments completed for adults who decline care, to test the quality of recording.",
             "Head of Adult Safeguarding (Hywel Dda UHB) / Principal Social Worker (Ceredigion County Council)", "31/07/2024",
             "Audit tool agreed by the sub group. Audit fieldwork planned for June 2024.", "Amber"),
        ]),
        ("Recommendation 2: The Board should develop a multi-agency self-neglect and hoarding protocol, including an escalation route where agencies are unable to engage the adult.", [
            ("2.1", "Draft and consult on a regional self-neglect and hoarding protocol.",
             "Regional Safeguarding Board Business Manager", "December 2023",
             "Protocol approved by CWMPAS on 14 December 2023 and published on the Board's website.", "Complete"),
            ("2.2", "Establish a multi-agency risk management (MARM) meeting process for adults who do not meet the threshold for an adult protection enquiry.",
             "Head of Adult Services (Pembrokeshire County Council)", "Quarter 2 2024/25",
             "Pilot running in Pembrokeshire since April 2024; evaluation due in September.", "On track"),
            ("2.3", "Evaluate the use of the protocol twelve months after implementation and report the findings to the Board.",
             "Regional Safeguarding Board Business Manager", "January 2025", "", ""),
        ]),
        ("Recommendation 3: Agencies should ensure that the views of family members and carers are sought and recorded when an adult's circumstances deteriorate.", [
            ("3.1", "Add carer and family involvement as a standing prompt in the adult safeguarding supervision template.",
             "Heads of Adult Services (all four local authorities)", "30 April 2024",
             "Template updated in Powys and Ceredigion; Carmarthenshire and Pembrokeshire to follow by the end of June.", "Amber"),
            ("3.2", "Share the learning from this review through a 7-minute briefing and practitioner learning events.",
             "Regional Safeguarding Board Business Manager", "Ongoing",
             "7-minute briefing published February 2024. Learning events held on 7 and 12 March 2024.", "On track"),
        ]),
        ("Recommendation 4: Dyfed-Powys Police and the local authorities should ensure that welfare concerns about an adult at risk reported to the police are shared with adult services without delay.", [
            ("4.1", "Review the process for sharing Public Protection Notices (PPNs) about adults at risk with the four local authority front doors, and agree a 24-hour standard.",
             "Detective Superintendent Public Protection (Dyfed-Powys Police)", "September 2024",
             "Review started; PPN data for 2023/24 being analysed by the Central Referral Unit.", "On track"),
        ]),
    ]
    for rec, acts in recs:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = rec
        shade(m, "DEEAF6")
        bold_row(row)
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
            col = RAGFILL[a[5]]
            if col:
                shade(row.cells[5], col)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue / Complete – action completed and evidenced; Green / On track – progressing within timescale; "
                      "Amber – some delay, expected to be completed; Red – not progressing, escalated to the Board.")
    doc.save(p("dl2-cwmpas-mid-west-wales-sab-adult-practice-review-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. SABP inpatient quality and safety highlight report (docx): header table, workstream rows
# ---------------------------------------------------------------------------
def sabp():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("Inpatient Quality and Safety Improvement Programme – Highlight Report", level=1)
    doc.add_paragraph("Surrey and Borders Partnership NHS Foundation Trust – report to the Quality and Safety Committee, October 2025")
    ht = doc.add_table(rows=4, cols=2)
    ht.style = "Table Grid"
    for i, (a, b) in enumerate([("Senior Responsible Owner", "Chief Nursing Officer"),
                                ("Programme Lead", "Deputy Chief Nurse"),
                                ("Reporting period", "September 2025"),
                                ("Overall programme RAG", "Amber")]):
        ht.cell(i, 0).text = a
        ht.cell(i, 1).text = b
    shade(ht.cell(3, 1), AMBER)
    doc.add_heading("Key achievements this period", level=2)
    for s in ["Annual ligature risk assessments completed for all inpatient wards.",
              "Physical health checks within 24 hours of admission audited: 92% compliance.",
              "Restraint data by ward and ethnicity now in the monthly quality dashboard."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Milestones and actions", level=2)
    hdr = ["Ref", "Milestone / action", "Owner", "Due", "RAG", "Comments"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, x in enumerate(hdr):
        t.rows[0].cells[i].text = x
        shade(t.rows[0].cells[i], "D9D9D9")
    bold_row(t.rows[0])
    F = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE, "": None}
    ws = [
        ("Workstream 1 – Reducing restrictive practice", [
            ("1.1", "Roll out Safewards interventions to all acute admission wards, with a named Safewards lead on each ward.",
             "Deputy Chief Nurse", "Oct 2025", "A",
             "Safewards leads named on 9 of 11 wards; the remaining two wards will complete by the end of October."),
            ("1.2", "Introduce a weekly restrictive practice huddle reviewing every prone restraint and rapid tranquillisation episode.",
             "Head of Patient Safety", "w/c 03/11/25", "G",
             "Terms of reference agreed; first huddle booked."),
            ("1.3", "Report restraint data by ward and ethnicity to the Quality and Safety Committee.",
             "Head of Quality Intelligence", "Monthly", "G",
             "Included in the monthly quality dashboard since August."),
        ]),
        ("Workstream 2 – Physical health and the deteriorating patient", [
            ("2.1", "Complete NEWS2 refresher training for all registered nurses on inpatient wards (target 95%).",
             "Lead Nurse for Physical Health", "End of November 2025", "A",
             "Compliance 81%, up from 64% in July. Additional sessions added for night staff."),
            ("2.2", "Audit the completion of physical health checks within 24 hours of admission.",
             "Lead Nurse for Physical Health", "Sep 2025", "B",
             "Audit completed: 92% compliance. Findings shared with ward managers."),
        ]),
        ("Workstream 3 – Environment and ligature risk", [
            ("3.1", "Complete the annual ligature risk assessments for all inpatient wards and upload them to the estates system.",
             "Head of Estates & Facilities", "30/09/2025", "B",
             "All assessments completed and uploaded."),
            ("3.2", "Install door-top alarms on the remaining en-suite bedroom doors at Farnham Road Hospital.",
             "Head of Estates & Facilities", "Q4 2025/26", "R",
             "Contractor appointed, but works are delayed by supplier lead times; escalated to the Executive Board."),
            ("3.3", "Agree the capital bid for the refurbishment of the seclusion suite at the Abraham Cowley Unit.",
             "Director of Estates / Chief Finance Officer", "Dec 2025", "",
             "Not started – awaiting capital prioritisation in December."),
        ]),
    ]
    for title, acts in ws:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[-1])
        m.text = title
        shade(m, "F2F2F2")
        bold_row(row)
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                row.cells[i].text = v
            if F[a[4]]:
                shade(row.cells[4], F[a[4]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: B – complete; G – on track; A – at risk, mitigation in place; R – off track, escalation required.")
    doc.add_heading("Decisions required from the Committee", level=2)
    doc.add_paragraph("The Committee is asked to note the delay to action 3.2 and the escalation to the Executive Board.")
    doc.save(p("dl2-sabp-nhsft-inpatient-quality-safety-programme-highlight-report.docx"))


# ---------------------------------------------------------------------------
# 6. Shepway CSP DHR action plan (csv saved from Excel): title lines, recommendation rows
# ---------------------------------------------------------------------------
def shepway():
    rows = [
        ["Shepway Community Safety Partnership – Domestic Homicide Review 'Anne' – Action Plan", "", "", "", "", "", ""],
        ["Updated: January 2018", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Action", "Agency", "Lead Officer", "Target Date", "Progress Update", "RAG"],
        ["Recommendation 1: Shepway CSP to seek assurance that all partner agencies have a routine enquiry policy for domestic abuse and that staff are trained to use it.", "", "", "", "", "", ""],
        ["1.1", "Audit routine enquiry policies across CSP partner agencies and report gaps to the CSP Board.", "Shepway District Council", "Community Safety Manager", "Dec-17", "Audit completed. The three agencies without a policy have been written to by the CSP Chair.", "Complete"],
        ["1.2", "Deliver DASH risk assessment and routine enquiry training to GP practice staff in the district.", "South Kent Coast CCG", "Designated Nurse Safeguarding Adults", "31/03/2018", "Two sessions held in November; further sessions planned for February and March.", "Green"],
        ["Recommendation 2: Kent Police to review how repeat calls from the same address are flagged to the Domestic Abuse Unit.", "", "", "", "", "", ""],
        ["2.1", "Introduce an automatic flag on the call-handling system for three or more domestic-related calls from one address within 12 months.", "Kent Police", "DCI Public Protection", "Jun-18", "System change approved; awaiting the IT release schedule.", "Amber"],
        ["2.2", "Brief call handlers and response officers on the learning from this review.", "Kent Police", "DCI Public Protection", "Oct-17", "Briefing delivered at all East Kent shift briefings.", "Complete"],
        ["Recommendation 3: The housing provider to ensure that tenancy officers recognise and refer indicators of domestic abuse.", "", "", "", "", "", ""],
        ["3.1", "Include domestic abuse indicators in the tenancy visit checklist.", "East Kent Housing", "Head of Tenancy Services", "30/11/2017", "Checklist revised and in use from November 2017.", "Complete"],
        ["3.2", "Refer tenants who disclose domestic abuse to the IDVA service, with consent, and record the referral on the housing system.", "East Kent Housing", "Head of Tenancy Services", "Ongoing", "Referral pathway agreed with the local domestic abuse service.", "Green"],
        ["Recommendation 4: Shepway CSP to publicise local specialist domestic abuse services to older people and their families.", "", "", "", "", "", ""],
        ["4.1", "Run a publicity campaign with Age UK and local faith groups during the 16 Days of Action.", "Shepway District Council", "Community Safety Manager / Communications Manager", "December 2017", "Campaign delivered 25 November – 10 December 2017.", "Complete"],
        ["", "", "", "", "", "", ""],
        ["RAG: Complete = action completed; Green = on track; Amber = some slippage; Red = not on track", "", "", "", "", "", ""],
    ]
    with open(p("dl2-shepway-csp-dhr-anne-action-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. CLCH Quality Committee action log (tab-separated system export)
# ---------------------------------------------------------------------------
def clch():
    lines = [
        "Central London Community Healthcare NHS Trust – Quality Committee Action Log",
        "Exported 04/11/2025 14:32",
        "",
        "\t".join(["Action ID", "Meeting Date", "Action", "Owner", "Due Date", "Status", "RAG", "Update"]),
    ]
    rows = [
        ("QC-0412", "10/07/2025", "Provide a deep dive on pressure ulcer incidence in the community nursing caseloads in Barnet and Hertfordshire, including the category 3 and 4 trend.", "JM", "11/09/2025", "Closed", "B", "Deep dive received at the September meeting."),
        ("QC-0415", "10/07/2025", "Confirm the recovery trajectory for the children's speech and language therapy waiting list in Hammersmith & Fulham.", "SK/PD", "13/11/2025", "Open", "A", "Trajectory agreed with the ICB. 52-week waits are reducing more slowly than planned."),
        ("QC-0418", "10/07/2025", "Add the outcome of the CQC inspection of the inpatient rehabilitation unit to the committee forward plan.", "Company Secretary", "11/09/2025", "Closed", "B", "Added to the forward plan for January 2026."),
        ("QC-0421", "11/09/2025", "Review the falls risk assessment tool used at Edgware Community Hospital against current NICE guidance and report the findings.", "RH", "13/11/2025", "Open", "G", "Review under way; to be presented with the falls annual report."),
        ("QC-0422", "11/09/2025", "Share the learning from the two recent insulin administration incidents in the district nursing service with all community teams.", "Chief Pharmacist", "31/10/2025", "Closed", "B", "Safety bulletin issued 17/10/2025 and discussed at team huddles."),
        ("QC-0425", "11/09/2025", "Bring a paper on the use of agency staff in the community nursing teams and the impact on continuity of care.", "Chief Nurse / Director of Workforce", "TBC", "Open", "", "Date to be agreed with the Chair."),
        ("QC-0427", "11/09/2025", "Update the infection prevention and control board assurance framework and circulate it to members.", "AO", "31/10/2025", "Open", "R", "Delayed by outbreak management in October; now expected at the November meeting."),
        ("QC-0430", "11/09/2025", "Confirm the date of the committee's visit to the Pembridge Palliative Care Unit.", "DM", "30/09/2025", "Closed", "B", "Visit arranged for 20 November 2025."),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: B = complete, G = on track, A = at risk, R = overdue. Blank = not yet rated.", ""]
    with open(p("dl2-clch-quality-committee-action-log.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    gmmh()
    dpt()
    emcca()
    cwmpas()
    sabp()
    shepway()
    clch()
    print("done")
