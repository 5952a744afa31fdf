"""Generate the bh2- blind cases (partnership, NHS and corporate plans)."""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
HDR = PatternFill("solid", fgColor="1F4E79")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", fgColor=c)


def header(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HDR
        c.alignment = WRAP
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1. WWL board action log (xlsx)
def wwl():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Board of Directors (Meeting in Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 29 January 2025. Actions closed at this meeting will be removed from the next version of the log."
    header(ws, 5, ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead",
                   "Due Date", "Update", "RAG"], [10, 13, 10, 24, 50, 14, 13, 55, 8])
    rows = [
        ("BoD/24/061", D(2024, 7, 31), "24/118", "Integrated Performance Report",
         "Provide a deep dive into 52-week waiters in Trauma & Orthopaedics, including the trajectory to zero by year end.",
         "COO", D(2024, 11, 27), "Deep dive presented to Finance & Performance Committee in November and summarised in the Chair's report to Board. Propose closure.", BLUE),
        ("BoD/24/074", D(2024, 9, 25), "24/139", "Freedom to Speak Up Report",
         "Include themes by staff group and division in the next FTSU report so the Board can see where concerns are being raised.",
         "DoWOD", D(2025, 3, 26), "Report template amended; data being validated with the FTSU Guardian for the March report.", GREEN),
        ("BoD/24/079", D(2024, 9, 25), "24/144", "Maternity Safety Report",
         "Confirm the date by which the Trust will be fully compliant with Safety Action 6 (Saving Babies' Lives v3) and report any elements at risk.",
         "CNO / DoM", "27/11/2024 (revised 26/03/2025)", "Compliance with elements 1-4 confirmed. Element 5 audit delayed by data capture issues; Board agreed the revised date in November.", AMBER),
        ("BoD/24/088", D(2024, 11, 27), "24/162", "Board Assurance Framework",
         "Review the risk score for BAF risk 3 (workforce) in light of the agreed recruitment controls and bring back with revised target score.",
         "DCG", D(2025, 1, 29), "Not yet reviewed at People Committee due to cancellation of the December meeting. Now overdue.", RED),
        ("BoD/24/090", D(2024, 11, 27), "24/165", "Patient Story",
         "Write to the patient and family to thank them for sharing their experience and confirm the changes made to discharge communication.",
         "CNO", D(2024, 12, 18), "Letter sent 12 December 2024.", BLUE),
        ("BoD/25/003", D(2025, 1, 29), "25/009", "Finance Report (Month 9)",
         "Set out the risks to delivery of the 2024/25 year-end forecast, including the mitigations and any residual gap, for the private session.",
         "CFO", D(2025, 2, 26), "Included on the February private Board agenda.", GREEN),
        ("BoD/25/006", D(2025, 1, 29), "25/014", "Green Plan Annual Update",
         "Provide six-monthly updates on delivery of the Green Plan through the Estates & Facilities assurance report.",
         "DoSP", "Ongoing", "First update scheduled for July 2025.", GREEN),
    ]
    r = 6
    for row in rows:
        for i, v in enumerate(row[:8], 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        c = ws.cell(row=r, column=9)
        c.fill = fill(row[8])
        c.border = BOX
        r += 1
    r += 1  # blank row 13
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)  # row 14
    key = [(BLUE, "Complete – propose closure"), (GREEN, "On track / not yet due"),
           (AMBER, "Progressing but due date revised"), (RED, "Overdue / no update")]
    for k, (col, txt) in enumerate(key, r + 1):
        ws.cell(row=k, column=1).fill = fill(col)
        ws.cell(row=k, column=2, value=txt)
    ws.cell(row=r + 6, column=1, value="Lead key: COO Chief Operating Officer; CNO Chief Nursing Officer; DoM Director of Midwifery; "
            "DoWOD Director of Workforce & OD; DCG Director of Corporate Governance; CFO Chief Finance Officer; "
            "DoSP Director of Strategy & Planning")
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "bh2-wwl-nhsft-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------- 2. South Tyneside SAB SAR (xlsx)
def stsab():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult T"
    ws["A1"] = "South Tyneside Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review – 'Adult T' – Multi-Agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("This action plan responds to the recommendations of the independent reviewer. Progress is monitored by "
                "the SAR and Learning Sub-Group and reported to the Board quarterly. Last updated: 14 February 2025.")
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 32
    ws["A3"].alignment = WRAP
    header(ws, 5, ["Recommendation", "Ref", "Action(s)", "Lead", "Target Date", "Revised Target Date",
                   "Progress Update", "RAG"], [42, 6, 48, 28, 12, 12, 52, 12])
    recs = [
        ("Recommendation 1: The SAB should seek assurance that partner agencies understand and apply the "
         "self-neglect and hoarding guidance, including the use of the escalation route for cases that are "
         "not progressing.", [
            ("1.1", "Relaunch the multi-agency self-neglect and hoarding guidance with a 7-minute briefing and practitioner webinar.",
             "SAB Business Manager", D(2024, 9, 30), None,
             "Guidance relaunched at the September practitioner forum; 146 attendees across two webinars.", "Complete"),
            ("1.2", "Undertake a multi-agency case file audit of self-neglect cases to test use of the escalation route.",
             "Chair, Quality Assurance Sub-Group", D(2024, 12, 31), D(2025, 4, 30),
             "Audit tool agreed. Audit postponed from December owing to winter pressures; now scheduled for April.", "Amber"),
        ]),
        ("Recommendation 2: Partners should ensure that mental capacity assessments are decision-specific, "
         "time-specific and recorded, particularly where a person repeatedly declines care.", [
            ("2.1", "Deliver MCA refresher training for community nursing and adult social care teams, including executive capacity.",
             "MCA Lead (STC) / Named Nurse Safeguarding Adults (STFT)", D(2025, 3, 31), None,
             "Four sessions delivered; two further sessions booked for March.", "Green"),
            ("2.2", "Add a prompt to the SystmOne and Liquidlogic assessment templates requiring the specific decision to be recorded.",
             "Head of Digital Practice", D(2025, 6, 30), None,
             "Change request submitted to both system suppliers; awaiting build slot.", "Green"),
        ]),
        ("Recommendation 3: Northumbria Police and Tyne and Wear Fire and Rescue Service should share fire risk "
         "information about adults at risk with adult social care.", [
            ("3.1", "Agree an information-sharing protocol for Safe and Well visits that identify risk of self-neglect.",
             "TWFRS Area Manager, Prevention & Education", D(2024, 11, 30), None,
             "Protocol signed by all three agencies on 21 November 2024.", "Complete"),
            ("3.2", "Review referrals made under the protocol after six months and report to the Sub-Group.",
             "SAB Business Manager", D(2025, 7, 31), None, "", "Not started"),
        ]),
        ("Recommendation 4: The SAB should seek assurance that hospital discharge planning for people who "
         "self-neglect includes a multi-agency discharge meeting.", [
            ("4.1", "Audit discharges of patients flagged with self-neglect concerns in Q3 2024/25.",
             "Head of Safeguarding, South Tyneside and Sunderland NHS FT", D(2025, 2, 28), None,
             "Audit completed. Only 4 of 11 discharges had a multi-agency meeting. Findings to March Sub-Group with an improvement plan.", "Red"),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        first = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            vals = [rec if r == first else None, ref, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            rc = ws.cell(row=r, column=8)
            rc.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}.get(rag, "FFFFFF"))
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        r += 1  # blank spacer row between recommendations
    # rows: 6-7, blank 8, 9-10, blank 11, 12-13, blank 14, 15, blank 16
    ws.cell(row=r + 1, column=1, value="RAG Key").font = Font(bold=True)
    ws.cell(row=r + 2, column=1, value="Complete – action delivered and evidence received")
    ws.cell(row=r + 3, column=1, value="Green – on track to meet target date")
    ws.cell(row=r + 4, column=1, value="Amber – some slippage; revised date agreed")
    ws.cell(row=r + 5, column=1, value="Red – off track / not achieved by target date")
    ws.cell(row=r + 6, column=1, value="Not started – action not yet due to commence")
    wb.save(os.path.join(HERE, "bh2-south-tyneside-sab-sar-adult-t-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Wyre BC strategic risk register (xlsx, refuse)
def wyre():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q3 2024-25"
    ws["A1"] = "Wyre Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2024/25 update – reported to Audit Committee, 18 March 2025"
    header(ws, 4, ["Risk Ref", "Risk Title", "Risk Owner", "Inherent Score (LxI)", "Existing Controls",
                   "Further Action Required", "Action Owner", "Target Date", "Residual Score", "Progress", "Status"],
           [8, 26, 16, 10, 40, 48, 18, 13, 10, 48, 12])
    rows = [
        ("SR01", "Medium Term Financial Strategy – funding gap", "Section 151 Officer", "4x4 = 16",
         "MTFS refreshed annually; budget monitoring reported quarterly to Cabinet.",
         "Deliver the 2025/26 efficiency programme savings of £1.2m identified in the MTFS.",
         "Corporate Director Resources", D(2025, 3, 31), "3x4 = 12",
         "£0.9m of savings agreed by Cabinet in February; remainder subject to service reviews.", "Amber"),
        (None, None, None, None, None,
         "Review the reserves strategy and minimum level of general balances.",
         "Head of Finance", "Decmber 2024", None,
         "Reserves strategy reviewed and approved as part of the budget report.", "Complete"),
        ("SR02", "Cyber security and resilience of ICT systems", "Head of Governance", "4x5 = 20",
         "Firewalls, MFA, PSN compliance, annual penetration test.",
         "Complete the migration of remaining on-premise servers to the cloud hosting environment.",
         "ICT Manager", D(2025, 6, 30), "3x5 = 15",
         "Migration of finance and revenues systems complete; planning and licensing to follow.", "Green"),
        (None, None, None, None, None,
         "Run a cyber incident exercise with the Corporate Management Team.",
         "ICT Manager / Emergency Planning Officer", D(2025, 2, 28), None,
         "Exercise held 11 February 2025 with support from the NW WARP.", "Complete"),
        ("SR03", "Coastal flood defences and climate change", "Corporate Director Environment", "3x5 = 15",
         "Shoreline Management Plan; partnership with the Environment Agency.",
         "Secure the remaining partnership funding for the Rossall Beach frontage works.",
         "Head of Engineering Services", D(2025, 9, 30), "3x4 = 12",
         "Outline business case resubmitted to the Environment Agency in January.", "Amber"),
        ("SR04", "Delivery of the Local Plan partial review", "Head of Planning Services", "3x4 = 12",
         "Local Development Scheme; Planning Policy Working Group.",
         "Publish the Regulation 19 consultation draft.",
         "Planning Policy Manager", "September 2025", "3x3 = 9",
         "Evidence base being finalised; transport modelling outstanding.", "Green"),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = ws.cell(row=r, column=11)
        st.fill = fill({"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}[row[10]])
        r += 1
    for a, b in [(5, 6), (7, 8)]:
        for col in range(1, 6):
            ws.merge_cells(start_row=a, start_column=col, end_row=b, end_column=col)
        ws.merge_cells(start_row=a, start_column=9, end_row=b, end_column=9)
    ws.cell(row=r + 1, column=1, value="Scoring: Likelihood (L) x Impact (I), 1-5 each. 15-25 High; 8-14 Medium; 1-7 Low.")
    ws.cell(row=r + 2, column=1, value="Action status: Green – on track; Amber – at risk of slippage; Red – off track; Blue/Complete – action complete.")
    wb.save(os.path.join(HERE, "bh2-wyre-bc-strategic-risk-register-q3-2024-25.xlsx"))


# ---------------------------------------------------------------- 4. ELHT maternity highlight report (docx)
def elht():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Maternity and Neonatal Services Improvement Programme – Highlight Report", level=1)
    p = doc.add_paragraph("East Lancashire Hospitals NHS Trust")
    p.runs[0].bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Quality Committee"),
                                ("Reporting period", "December 2024"),
                                ("Executive sponsor", "Chief Nurse"),
                                ("Prepared by", "Maternity Improvement Lead")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph(
        "This report sets out progress against the actions in the maternity and neonatal improvement plan "
        "agreed following the CQC inspection and the Trust's self-assessment against the three-year delivery "
        "plan. Overall the programme is rated Amber: staffing actions are on track but two estates actions "
        "have slipped.")
    workstreams = [
        ("Workstream 1: Listening to women and families", [
            ("1.1", "Establish a Maternity and Neonatal Voices Partnership (MNVP) walk-round programme covering both birth centres.",
             "Director of Midwifery", "Oct-24", "Walk-rounds completed at Burnley and Blackburn; report received at November MNVP.", "B"),
            ("1.2", "Implement a single point of access for birth reflections, with contact within 10 working days.",
             "Consultant Midwife", "31/03/2025", "Service specification agreed; recruitment to the 0.6 WTE post under way.", "G"),
        ]),
        ("Workstream 2: Safe staffing and workforce", [
            ("2.1", "Complete the Birthrate Plus assessment and present the outcome to Trust Board.",
             "Director of Midwifery", "Jan-25", "Assessment received; Board paper scheduled for January.", "G"),
            ("2.2", "Reduce midwifery vacancy rate to below 5% through the international recruitment cohort.",
             "Head of Midwifery / HR Business Partner", "Q1 2025/26", "Vacancy rate 7.4% (November). 14 midwives due to start February.", "A"),
            ("2.3", "Ensure 90% of eligible staff have completed PROMPT training.",
             "Practice Development Midwife", "Ongoing", "Compliance 93% at end of November.", "G"),
        ]),
        ("Workstream 3: Safe environment and equipment", [
            ("3.1", "Replace the obstetric theatre flooring at Royal Blackburn Teaching Hospital.",
             "Associate Director of Estates", "Nov-24", "Works delayed by contractor availability; revised completion February 2025.", "R"),
            ("3.2", "Install CTG central monitoring on the labour ward with integration to the maternity EPR.",
             "Digital Midwife", "June 2025", "Hardware delivered; integration testing planned for April.", "A"),
        ]),
        ("Workstream 4: Learning and governance", [
            ("4.1", "Clear the backlog of maternity incident reviews older than 60 days.",
             "Maternity Governance Lead", "31/12/2024", "Backlog cleared 16 December; weekly oversight continues.", "B"),
        ]),
    ]
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for ws_name, acts in workstreams:
        doc.add_heading(ws_name, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Progress this period", "RAG"]):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(tb.rows[0].cells[i], "D9E2F3")
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[5], colours[a[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (l, txt) in enumerate([("B", "Complete and evidence of sustained delivery received"),
                                   ("G", "On track to deliver by due date"),
                                   ("A", "At risk of delay – mitigation in place"),
                                   ("R", "Off track – escalation required")]):
        k.cell(i, 0).text = l
        shade(k.cell(i, 0), colours[l])
        k.cell(i, 1).text = txt
    doc.save(os.path.join(HERE, "bh2-elht-maternity-neonatal-improvement-highlight-report.docx"))


# ---------------------------------------------------------------- 5. Hyndburn CSP DHR (docx)
def hyndburn():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Domestic Homicide Review – 'Michelle' – Action Plan", level=1)
    doc.add_paragraph("Hyndburn Community Safety Partnership").runs[0].bold = True
    doc.add_paragraph("Status of this plan at 31 January 2025. The plan is overseen by the DHR Steering Group on "
                      "behalf of the Community Safety Partnership.")
    hdr = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and Outcome", "RAG Status"]
    rows = [
        ("1. Hyndburn CSP to seek assurance that all partner agencies routinely ask about domestic abuse when "
         "a person presents with alcohol misuse.", "Local", [
            ("Add routine enquiry about domestic abuse to the adult substance misuse service assessment.",
             "Change Grow Live", "Assessment form updated; staff briefed at team meetings.", "September 2024",
             "Completed September 2024. Audit shows enquiry recorded in 88% of new assessments.", "Complete"),
            ("Deliver domestic abuse routine enquiry training to GP practices in the Hyndburn primary care network.",
             "Lancashire and South Cumbria ICB", "Two of four sessions delivered.", "March 2025", "", "Amber"),
        ]),
        ("2. Lancashire Constabulary to review how repeat call-outs to the same address are identified and "
         "flagged to the Domestic Abuse Investigation Unit.", "Local / Regional", [
            ("Review the repeat-victim flagging process on the command and control system.",
             "Lancashire Constabulary", "Review commissioned by the Head of Public Protection.", "April 2025", "", "Green"),
        ]),
        ("3. Housing providers to ensure that tenancy staff know how to refer to MARAC and to the specialist "
         "domestic abuse service.", "Local", [
            ("Include domestic abuse awareness and MARAC referral pathway in the induction for all tenancy officers.",
             "Onward Homes / Hyndburn BC Housing Needs", "Induction module drafted.", "30/06/2025", "", "Green"),
            ("Join the DAHA (Domestic Abuse Housing Alliance) accreditation programme.",
             "Onward Homes", "", "Ongoing", "", "Not started"),
        ]),
        ("4. The Home Office to consider strengthening guidance on the involvement of employers in DHRs.",
         "National", [
            ("Write to the Home Office DHR team setting out the learning from this review.",
             "Hyndburn CSP Chair", "Letter drafted for Steering Group approval.", "End of February 2025", "", "Green"),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        tb.rows[0].cells[i].text = h
        tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(tb.rows[0].cells[i], "D9D9D9")
    colours = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for rec, scope, acts in rows:
        first = None
        for j, (act, agency, miles, tgt, done, rag) in enumerate(acts):
            cells = tb.add_row().cells
            if j == 0:
                cells[0].text = rec
                cells[1].text = scope
                first = cells
            cells[2].text = act
            cells[3].text = agency
            cells[4].text = miles
            cells[5].text = tgt
            cells[6].text = done
            cells[7].text = rag
            if rag in colours:
                shade(cells[7], colours[rag])
            if j > 0:
                first[0].merge(cells[0])
                first[1].merge(cells[1])
        # python-docx merge concatenates text; nothing in the continuation cells, so fine
    doc.save(os.path.join(HERE, "bh2-hyndburn-csp-dhr-michelle-action-plan.docx"))


# ---------------------------------------------------------------- 6. Bury ISP CSPR (csv)
def bury():
    import csv
    rows = [
        ["Theme", "Ref", "Recommendation", "Action", "Agency", "Lead", "Target Date", "Progress", "RAG"],
        ["Pre-birth assessment", "1.1",
         "Recommendation 1: Partners should ensure pre-birth assessments begin early enough to allow a plan to be in place before the baby is born.",
         "Revise the pre-birth protocol so that referrals are made by 20 weeks' gestation where concerns are known.",
         "Bury Council Children's Services", "Head of Service, Safeguarding", "31/03/2025",
         "Revised protocol out for consultation with midwifery and health visiting.", "Green"],
        ["Pre-birth assessment", "1.2",
         "Recommendation 1: Partners should ensure pre-birth assessments begin early enough to allow a plan to be in place before the baby is born.",
         "Audit the timeliness of pre-birth referrals from Northern Care Alliance maternity services.",
         "Northern Care Alliance", "Named Midwife for Safeguarding", "Q4 2024/25",
         "Audit of 30 cases under way; findings due to the Learning and Improvement Group.", "Amber"],
        ["Fathers and male carers", "2.1",
         "Recommendation 2: Practitioners should identify and assess all adults in the household, including fathers and partners who are not the birth parent.",
         "Launch the GM 'Think Family – Who's in the house?' briefing and practice guide.",
         "Bury Integrated Safeguarding Partnership", "ISP Learning and Development Officer", "Nov-24",
         "Launched at the November multi-agency learning event; recording available on the ISP website.", "Complete"],
        ["Fathers and male carers", "2.2",
         "Recommendation 2: Practitioners should identify and assess all adults in the household, including fathers and partners who are not the birth parent.",
         "Include a specific question about other adults in the household in health visiting new birth contacts.",
         "Bury 0-19 Service", "0-19 Service Manager / Safeguarding Lead Nurse", "Jun-25",
         "New birth template change agreed; awaiting EMIS update.", "Green"],
        ["Safe sleep", "3.1",
         "Recommendation 3: The partnership should assure itself that safe sleep advice is given and recorded by all agencies in contact with families of infants.",
         "Roll out the safe sleep assessment tool to early help and children's social care practitioners.",
         "Bury Council Children's Services", "Early Help Strategic Lead", "31/01/2025",
         "Tool rolled out to 6 of 8 teams; remaining teams delayed by restructure.", "Red"],
        ["Safe sleep", "3.2",
         "Recommendation 3: The partnership should assure itself that safe sleep advice is given and recorded by all agencies in contact with families of infants.",
         "Undertake a multi-agency audit of safe sleep recording.",
         "Bury Integrated Safeguarding Partnership", "Chair of Quality Assurance Subgroup", "September 2025",
         "", "Not started"],
        [], 
        ["RAG: Complete = action completed and evidenced; Green = on track; Amber = some delay; Red = off track; Not started = not yet due"],
    ]
    with open(os.path.join(HERE, "bh2-bury-isp-cspr-child-e-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- 7. West Lancashire CPC (txt)
def westlancs():
    lines = [
        "West Lancashire Borough Council - LGA Corporate Peer Challenge Action Plan",
        "Progress update to Cabinet, March 2025",
        "",
        "Recommendation\tNo.\tAction\tLead Officer\tTimescale\tUpdate\tStatus",
        "R1. Develop a clear, long-term vision for the borough, shared with partners and residents\t1.1\tAgree a refreshed Council Plan 2025-2029 following resident engagement\tChief Executive\tApril 2025\tDraft Council Plan considered by Cabinet in March; full Council in April.\tOn track",
        "\t1.2\tEstablish a West Lancashire Partnership Board with health, police and voluntary sector partners\tChief Executive / Director of Place\tDec-24\tFirst meeting held 4 December 2024.\tComplete",
        "R2. Strengthen the Council's medium-term financial planning and the links between budget and priorities\t2.1\tExtend the MTFS to a five-year period with scenario modelling\tCorporate Director of Finance\t28/02/2025\tFive-year MTFS approved at Budget Council.\tComplete",
        "\t2.2\tIntroduce a transformation programme with savings targets by service area\tCorporate Director of Transformation\tSept 2024 - March 2026\tProgramme board established; first tranche of business cases in development.\tOn track",
        "R3. Improve the capacity and resilience of the senior management team\t3.1\tComplete the senior management restructure\tHead of HR & OD\tJanuary 2025\tConsultation closed; appointments to two Head of Service posts delayed to May.\tSome slippage",
        "\t3.2\tIntroduce a leadership development programme for the wider management team\tHead of HR & OD\tOngoing\tCohort 1 (18 managers) started in February.\tOn track",
        "R4. Review the governance arrangements, including the constitution and the role of scrutiny\t4.1\tCommission an independent review of the constitution\tMonitoring Officer\tQ1 2025/26\tScope agreed with CfGS; review to start in April.\tNot started",
        "",
        "Status key: Complete (Blue) | On track (Green) | Some slippage (Amber) | Off track (Red) | Not started",
    ]
    with open(os.path.join(HERE, "bh2-west-lancashire-bc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    wwl()
    stsab()
    wyre()
    elht()
    hyndburn()
    bury()
    westlancs()
