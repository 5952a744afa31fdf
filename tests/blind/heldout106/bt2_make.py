"""Generate bt2- blind cases (partnership, NHS and corporate plans)."""
import datetime as dt
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

GREEN = PatternFill("solid", fgColor="00B050")
AMBER = PatternFill("solid", fgColor="FFC000")
RED = PatternFill("solid", fgColor="FF0000")
BLUE = PatternFill("solid", fgColor="5B9BD5")
HEAD = PatternFill("solid", fgColor="1F4E78")
GREY = PatternFill("solid", fgColor="D9D9D9")
LIGHT = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, widths=None):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = HEAD
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    if widths:
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if fmt and i in fmt and isinstance(v, dt.datetime):
            c.number_format = fmt[i]


# ---------------------------------------------------------------- 1. MFT board action log
def mft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Public Action Log"
    ws["A1"] = "Manchester University NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Board of Directors (Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 13 January 2025"
    ws["A3"].font = Font(italic=True)
    cols = ["Action No.", "Meeting Date", "Minute Ref", "Action", "Lead", "Due Date",
            "Revised Due Date", "Update", "RAG"]
    hdr(ws, 5, cols, [10, 13, 11, 50, 28, 12, 12, 50, 8])
    rows = [
        ("BoD/24/058", D(2024, 7, 8), "58/24",
         "Present a deep-dive on corridor care in the Emergency Departments at ORC and Wythenshawe, including patient experience feedback.",
         "Group Chief Operating Officer", D(2024, 9, 1), None,
         "Deep-dive presented to the Board on 9 September 2024. Propose closure.", GREEN),
        ("BoD/24/061", D(2024, 7, 8), "61/24",
         "Circulate the revised Fit and Proper Person Test annual declaration schedule to all Board members.",
         "Company Secretary", D(2024, 9, 1), None,
         "Schedule circulated by email on 2 August 2024. Propose closure.", GREEN),
        ("BoD/24/074", D(2024, 9, 9), "74/24",
         "Provide an update on the Hive EPR optimisation programme, setting out the benefits realised to date.",
         "Group Chief Digital Officer", "March 2025", None,
         "Benefits realisation report being finalised with the Digital Programme Board; scheduled for the March 2025 meeting.", AMBER),
        ("BoD/24/077", D(2024, 9, 9), "77/24",
         "Review the Maternity Incentive Scheme (Year 6) evidence with the Board Maternity Safety Champions before submission to NHS Resolution.",
         "Group Chief Nurse / Group Director of Midwifery", D(2024, 12, 1), None,
         "Evidence reviewed with the Safety Champions on 21 November 2024 and the Board declaration signed. Propose closure.", GREEN),
        ("BoD/24/083", D(2024, 9, 9), "83/24",
         "Include waiting list validation trajectories by hospital/managed clinical service in the Integrated Performance Report.",
         "Group Chief Operating Officer", D(2024, 11, 1), D(2025, 1, 1),
         "Trajectories for MRI and Wythenshawe now included. ORC and Trafford data still awaited from the validation team.", RED),
        ("BoD/24/090", D(2024, 11, 11), "90/24",
         "Arrange a Board development session on the NHS Oversight Framework segmentation and the Recovery Support Programme exit criteria.",
         "Company Secretary", D(2025, 2, 1), None,
         "Session booked for 10 February 2025 with the NHS England North West regional team.", AMBER),
        ("BoD/24/092", D(2024, 11, 11), "92/24",
         "Share the themes from the Freedom to Speak Up annual report with the People and Culture Scrutiny Committee for assurance.",
         "Chief People Officer", D(2024, 12, 1), None,
         "Received at the People and Culture Scrutiny Committee on 16 December 2024. Propose closure.", GREEN),
        ("BoD/24/095", D(2024, 11, 11), "95/24",
         "Confirm the Trust's position on the Greater Manchester ICB 2025/26 planning assumptions, including the elective activity envelope.",
         "Group Chief Finance Officer", D(2025, 3, 1), None,
         "National planning guidance published late; first draft submission to GM ICB due 27 February 2025.", AMBER),
        ("BoD/25/004", D(2025, 1, 13), "04/25",
         "Report progress against the Saint Mary's Hospital maternity improvement plan at each public Board meeting.",
         "Group Chief Nurse", "Each meeting", None,
         "Standing item added to the public Board agenda.", AMBER),
    ]
    r = 6
    for a in rows:
        put(ws, r, a[:8], {2: "dd/mm/yyyy", 6: "mmm-yy", 7: "mmm-yy"})
        ws.cell(row=r, column=9).fill = a[8]
        ws.cell(row=r, column=9).border = BOX
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for fill, txt in ((GREEN, "Complete – proposed for closure"),
                      (AMBER, "In progress – not yet due"),
                      (RED, "Overdue / revised date agreed")):
        r += 1
        ws.cell(row=r, column=1).fill = fill
        ws.cell(row=r, column=2, value=txt)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bt2-manchester-university-nhsft-trust-board-action-log.xlsx"))


# ---------------------------------------------------------------- helpers for docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def vmerge(table, col, r0, r1):
    top = table.cell(r0, col)
    text = top.text
    m = top.merge(table.cell(r1, col))
    # keep only the first paragraph
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    return m


# ---------------------------------------------------------------- 2. UHD CQC must/should do (docx)
def uhd():
    doc = Document()
    p = doc.add_paragraph("University Hospitals Dorset NHS Foundation Trust")
    p.runs[0].bold = True
    doc.add_heading("CQC Inspection Action Plan – Must Do and Should Do Actions", level=1)
    doc.add_paragraph(
        "This action plan responds to the CQC inspection report published in October 2024 following the "
        "unannounced inspection of urgent and emergency care at Royal Bournemouth Hospital and maternity "
        "services at Poole Hospital. Progress is monitored monthly by the Quality Committee.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "17 February 2025"),
                                ("Executive owner", "Chief Nursing Officer"),
                                ("Approved by", "Quality Committee")]):
        set_text(dc.cell(i, 0), k, True)
        set_text(dc.cell(i, 1), v)
    doc.add_paragraph()

    cols = ["Ref", "Must do / Should do", "Action", "Lead", "Completion date", "RAG status", "Progress update"]
    sections = [
        ("Urgent and emergency care – Royal Bournemouth Hospital", [
            ("The trust must ensure that patients in the emergency department receive a timely assessment of pain and that pain relief is given and recorded. (Regulation 12)", [
                ("MD1.1", "Introduce a mandatory pain score prompt on the Emergency Department triage screen in the electronic patient record.",
                 "Clinical Director, Emergency Medicine", "31/01/2025", "Complete", "Prompt went live on 14 January 2025."),
                ("MD1.2", "Complete monthly audits of 20 patient records for pain assessment and analgesia and report results to the Care Group Quality Meeting.",
                 "Matron, Emergency Department", "Monthly", "Green", "December audit 82% compliant; January audit 88%."),
            ]),
            ("The trust must ensure that staff complete safeguarding children level 3 training in line with the trust target. (Regulation 18)", [
                ("MD2.1", "Agree a recovery trajectory for each staff group and release staff to attend the face-to-face sessions.",
                 "Head of Nursing, Urgent and Emergency Care", "30/04/2025", "Amber",
                 "Compliance 78% against 90% target. Additional sessions booked for March but medical staff release remains a pressure."),
            ]),
            ("The trust should ensure that cleaning schedules in the children's area of the emergency department are completed and signed.", [
                ("SD1.1", "Add the children's area cleaning checklist to the daily matron walkround.",
                 "Matron, Emergency Department", "December 2024", "Complete", "In place since 2 December 2024; spot checks show full completion."),
            ]),
        ]),
        ("Maternity – Poole Hospital", [
            ("The trust must ensure that emergency equipment is checked in line with trust policy. (Regulation 12)", [
                ("MD3.1", "Replace paper checklists with the electronic resuscitation equipment checking system in all maternity areas.",
                 "Director of Midwifery", "28/02/2025", "Green", "Live on the labour ward and maternity theatres; roll-out to the antenatal ward in February."),
                ("MD3.2", "Ward managers to review checking compliance weekly and escalate gaps through the maternity safety huddle.",
                 "Maternity Ward Managers", "Ongoing", "Green", "Weekly review in place and reported to the Maternity Governance Group."),
            ]),
            ("The trust should ensure that women are offered a debrief after an unplanned caesarean birth.", [
                ("SD2.1", "Launch the Birth Reflections service at Poole with referral through the postnatal discharge checklist.",
                 "Consultant Midwife / Patient Experience Lead", "June 2025", "Not started", "Service specification drafted; recruitment to the midwife post pending."),
            ]),
        ]),
    ]
    ragfill = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for title, findings in sections:
        doc.add_heading(title, level=2)
        n = sum(len(a) for _, a in findings)
        t = doc.add_table(rows=n + 1, cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            set_text(t.cell(0, i), c, True)
            shade(t.cell(0, i), "D9E2F3")
        r = 1
        for finding, acts in findings:
            r0 = r
            for ref, act, lead, date, rag, prog in acts:
                set_text(t.cell(r, 0), ref)
                set_text(t.cell(r, 2), act)
                set_text(t.cell(r, 3), lead)
                set_text(t.cell(r, 4), date)
                set_text(t.cell(r, 5), rag)
                if rag in ragfill:
                    shade(t.cell(r, 5), ragfill[rag])
                set_text(t.cell(r, 6), prog)
                r += 1
            set_text(t.cell(r0, 1), finding)
            if r - 1 > r0:
                vmerge(t, 1, r0, r - 1)
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG status key: ").bold = True
    p.add_run("Complete – action delivered and evidence held; Green – on track; Amber – at risk of delay; "
              "Red – off track, escalated to the Quality Committee; Not started – action not yet due to start.")
    doc.save(os.path.join(OUT, "bt2-university-hospitals-dorset-nhsft-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 3. Enfield SAB SAR (xlsx)
def enfield():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult P"
    ws["A1"] = "Enfield Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Safeguarding Adults Review – 'Adult P' – Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "SAR published: October 2024.  Action plan last updated: 20/02/2025 (SAR Subgroup)"
    ws.merge_cells("A1:H1")
    ws.merge_cells("A2:H2")
    ws.merge_cells("A3:H3")
    cols = ["Recommendation", "Ref", "Action(s) to be taken", "Lead agency", "Target date",
            "Revised target date", "Progress / evidence", "RAG"]
    hdr(ws, 5, cols, [45, 6, 45, 28, 12, 12, 45, 12])
    recs = [
        ("Recommendation 1: The SAB should seek assurance that partner agencies apply a Think Family approach when an adult with care and support needs lives with an adult child who misuses substances.", [
            ("1.1", "Deliver a joint briefing for Adult Social Care and the Enfield Drug and Alcohol Service on carers' assessments where there is substance misuse in the household.",
             "LBE Adult Social Care / Enfield Drug and Alcohol Service", D(2025, 1, 31), None,
             "Two briefings held (November 2024 and January 2025), attended by 64 practitioners. Slides on the SAB website.", "Complete", BLUE),
            ("1.2", "Audit 15 section 42 enquiries where the person alleged to have caused harm is a family member, to test whether Think Family was applied.",
             "SAB Quality and Performance Subgroup", D(2025, 6, 30), None,
             "Audit tool agreed; case sample being drawn from Q3 enquiries.", "Green", GREEN),
        ]),
        ("Recommendation 2: Partners should ensure that self-neglect and hoarding concerns are referred through the multi-agency risk management (MARM) process.", [
            ("2.1", "Refresh the MARM protocol and guidance, including escalation routes where the adult does not engage.",
             "SAB Business Manager", D(2025, 3, 31), None,
             "Draft circulated for consultation; for sign-off at the March Board.", "Green", GREEN),
            ("2.2", "Add MARM awareness to the SAB multi-agency training offer and record attendance by agency.",
             "SAB Learning and Development Subgroup", "March 2025", None,
             "Two of four sessions delivered; remaining sessions booked for March.", "Amber", AMBER),
        ]),
        ("Recommendation 3: North Middlesex University Hospital should assure the SAB that discharge planning for patients with complex needs includes a multi-agency discharge meeting where there are safeguarding concerns.", [
            ("3.1", "Review the complex discharge policy to include a mandatory multi-agency meeting where a safeguarding concern has been raised during the admission.",
             "North Middlesex University Hospital", D(2024, 12, 31), D(2025, 4, 30),
             "Policy review delayed by a vacancy in the Named Nurse post. New date agreed with the SAB Independent Chair.", "Red", RED),
            ("3.2", "Provide the SAB with quarterly data on patients discharged where a safeguarding concern was raised within 7 days of discharge.",
             "North Middlesex University Hospital / NCL ICB", "Quarterly", None,
             "To start once the revised policy is agreed.", None, None),
        ]),
        ("Recommendation 4: The Metropolitan Police should ensure that welfare checks on adults at risk record the person's views and any concerns about the condition of their home.", [
            ("4.1", "Issue a practice reminder to North Area BCU response teams and include welfare check recording in the BCU safeguarding dip sample.",
             "Metropolitan Police – North Area BCU", D(2025, 2, 28), None,
             "Reminder issued 9 December 2024. Dip sample of 40 checks in January found views recorded in 35.", "Complete", BLUE),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        r0 = r
        for ref, act, lead, tgt, rev, prog, rag, fill in acts:
            put(ws, r, [None, ref, act, lead, tgt, rev, prog, rag], {5: "dd/mm/yyyy", 6: "dd/mm/yyyy"})
            if fill:
                ws.cell(row=r, column=8).fill = fill
            r += 1
        ws.cell(row=r0, column=1, value=rec)
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        r += 1  # blank row between recommendations
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for fill, txt in ((BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage"),
                      (RED, "Off track / not progressed")):
        r += 1
        ws.cell(row=r, column=1, value=txt).fill = fill
    wb.save(os.path.join(OUT, "bt2-enfield-sab-sar-adult-p-action-plan.xlsx"))


# ---------------------------------------------------------------- 4. Havering SCP CSPR (docx)
def havering():
    doc = Document()
    doc.add_heading("Havering Safeguarding Children Partnership", level=1)
    doc.add_heading("Local Child Safeguarding Practice Review – Child B: Action Plan", level=2)
    dc = doc.add_table(rows=3, cols=3)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comments"),
                             ("0.3", "12/09/2024", "Draft for Case Review Group"),
                             ("1.0", "03/10/2024", "Agreed by HSCP Executive")]):
        for j, v in enumerate(row):
            set_text(dc.cell(i, j), v, i == 0)
    doc.add_paragraph(
        "The review considered the circumstances of Child B, aged seven weeks, who suffered serious non-accidental "
        "injuries. The actions below respond to the three findings of the review and are monitored by the Case "
        "Review Group, which reports to the HSCP Executive each quarter.")
    cols = ["No.", "Action", "Lead agency / officer", "Timescale", "Measure of impact", "Progress update (January 2025)", "RAG"]
    findings = [
        ("Finding 1: Information about the risks posed by adults joining the household was not shared consistently between agencies.", [
            ("1.1", "Review the MASH information-sharing protocol to include checks on any new adult joining the household.",
             "MASH Strategic Lead", "March 2025", "Dip sample shows checks on new adults in all MASH contacts.",
             "Protocol redrafted and agreed by MASH partners; training for MASH staff in February.", "G"),
            ("1.2", "Health visitors to record all adults living in the household at each contact and share changes with the allocated social worker.",
             "NELFT Named Nurse", "January 2025", "Health visiting record audit.",
             "Template updated in SystmOne; audit of 30 records in December found 29 compliant.", "B"),
        ]),
        ("Finding 2: Practitioners did not always recognise the impact of parental mental health on the safety of a young baby.", [
            ("2.1", "Deliver multi-agency training on parental mental health and infant vulnerability, co-delivered with perinatal mental health services.",
             "HSCP Training Manager / Perinatal Mental Health Team Manager", "By 30 June 2025", "Attendance by agency; post-course evaluation.",
             "First session delivered in January; further dates not yet confirmed by the perinatal team.", "A"),
            ("2.2", "Include ICON ('Babies cry, you can cope') messages in all antenatal and postnatal contacts.",
             "BHRUT Head of Midwifery", "Ongoing", "Maternity record audit.",
             "ICON information now part of the postnatal discharge checklist.", "G"),
        ]),
        ("Finding 3: The escalation policy was not used when partners disagreed with the decision to end the child protection plan.", [
            ("3.1", "Relaunch the HSCP Resolution and Escalation Protocol and publicise it through the partnership newsletter and a 7-minute briefing.",
             "HSCP Business Manager", "Nov-24", "Number of escalations recorded by the Business Unit.",
             "Relaunched November 2024; five escalations logged since.", "B"),
            ("3.2", "Child protection chairs to audit ten plans ended in the previous quarter to check that all partners agreed the decision.",
             "Head of Service, Safeguarding and Quality Assurance", "31/03/2025", "Audit findings reported to the Case Review Group.",
             "Audit delayed by two CP chair vacancies; now scheduled for April.", "R"),
        ]),
    ]
    fills = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "5B9BD5"}
    n = sum(len(a) + 1 for _, a in findings)
    t = doc.add_table(rows=n + 1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_text(t.cell(0, i), c, True)
        shade(t.cell(0, i), "BDD7EE")
    r = 1
    for finding, acts in findings:
        m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
        set_text(m, finding, True)
        shade(m, "E7E6E6")
        r += 1
        for a in acts:
            for j, v in enumerate(a):
                set_text(t.cell(r, j), v)
            shade(t.cell(r, 6), fills[a[6]])
            r += 1
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("R – not on track; A – some delay but expected to be achieved; G – on track; B – complete.")
    doc.save(os.path.join(OUT, "bt2-havering-scp-cspr-child-b-action-plan.docx"))


# ---------------------------------------------------------------- 5. Safer Bromley DHR export (csv)
def bromley():
    import csv
    cols = ["ID", "Review", "Recommendation", "Action", "Lead Agency", "Target Date",
            "Revised Target Date", "Status", "Latest Update", "Modified"]
    R1 = "R1 – All partners to ensure that practitioners routinely ask about coercive and controlling behaviour when a victim presents with injuries."
    R2 = "R2 – The Community Safety Partnership to review the pathway for referrals from housing to the Bromley IDVA service."
    R3 = "R3 – The Metropolitan Police to ensure that bail conditions are shared with the victim and their IDVA within 24 hours."
    R4 = "R4 – The Safer Bromley Partnership to share the learning from this review with partners and the public."
    rows = [
        ("DHR-SOP-01", R1, "Add routine enquiry prompts on coercive control to the Emergency Department and Urgent Treatment Centre assessment templates.",
         "King's College Hospital NHS FT (PRUH)", "31/01/2025", "", "Complete", "Prompts live in EPIC from 6 January 2025.", "2025-02-03 10:14"),
        ("DHR-SOP-02", R1, "Deliver coercive control briefing sessions to GP practices across Bromley.",
         "One Bromley / SEL ICB", "31/03/2025", "", "Green", "Sessions delivered to 3 of 5 PCNs; remaining two booked for March.", "2025-02-11 16:40"),
        ("DHR-SOP-03", R2, "Map the current referral routes from Housing Options to the IDVA service and identify gaps.",
         "LBB Housing Options", "30/11/2024", "", "Complete", "Mapping completed and reported to the DA Strategic Group in December.", "2024-12-16 09:02"),
        ("DHR-SOP-04", R2, "Introduce a DASH risk assessment for all homelessness applications that cite domestic abuse.",
         "LBB Housing Options / Bromley IDVA Service", "31/12/2024", "31/05/2025", "Amber",
         "Process agreed but the case management system change is delayed to the spring release.", "2025-02-11 16:52"),
        ("DHR-SOP-05", R3, "Audit 30 domestic abuse cases with bail conditions to test whether victims were notified within 24 hours.",
         "Metropolitan Police – South East BCU", "28/02/2025", "", "Red",
         "Audit not yet started because of BCU resourcing. Escalated to the SBP Chair.", "2025-02-12 08:31"),
        ("DHR-SOP-06", R4, "Publish the overview report and executive summary once approved by the Home Office Quality Assurance Panel.",
         "Safer Bromley Partnership Manager", "TBC", "", "Not started", "Awaiting Home Office QA Panel feedback.", "2025-01-20 14:05"),
        ("DHR-SOP-07", R4, "Hold a 7-minute briefing and a learning event for practitioners.",
         "Safer Bromley Partnership Manager", "30/06/2025", "", "Not started", "", "2025-01-20 14:06"),
    ]
    with open(os.path.join(OUT, "bt2-safer-bromley-partnership-dhr-sophie-action-tracker-export.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL)
        w.writerow(cols)
        for r in rows:
            w.writerow([r[0], "DHR Sophie (2024)"] + list(r[1:]))


# ---------------------------------------------------------------- 6. Chorley strategic risk register (xlsx, refuse)
def chorley():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2024-25"
    ws["A1"] = "Chorley Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2024/25: Mitigating Actions"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Reported to Governance Committee, 29 January 2025"
    cols = ["Ref", "Mitigating action", "Action owner", "Target date", "Status", "Q3 update"]
    hdr(ws, 5, cols, [8, 55, 30, 14, 12, 55])
    risks = [
        ("SR1 – Failure to deliver a balanced budget and medium-term financial strategy (residual score 16)", [
            ("SR1.1", "Deliver the 2025/26 savings programme and report progress monthly to the Executive Cabinet.",
             "Director of Finance", D(2025, 3, 31), "On track", "£1.1m of the £1.4m target identified; remaining proposals in the budget report."),
            ("SR1.2", "Review fees and charges against inflation and benchmark with other Lancashire districts.",
             "Head of Finance", D(2024, 12, 31), "Complete", "Review completed and included in the draft budget."),
        ]),
        ("SR2 – Cyber attack causing loss of systems or data (residual score 12)", [
            ("SR2.1", "Achieve Cyber Essentials Plus accreditation for the shared ICT service.",
             "Head of Digital and ICT", "Janaury 2025", "Amber", "Assessment booked; two remediation items outstanding on legacy servers."),
            ("SR2.2", "Run a cyber incident exercise with the Corporate Leadership Team.",
             "Head of Digital and ICT", D(2025, 3, 31), "On track", "Exercise scenario agreed with the Lancashire Resilience Forum."),
        ]),
        ("SR3 – Failure to deliver the Local Plan within the agreed timetable (residual score 12)", [
            ("SR3.1", "Agree the revised Local Development Scheme with the Central Lancashire partner councils.",
             "Director of Planning and Development", D(2024, 11, 30), "Complete", "Revised LDS approved November 2024."),
            ("SR3.2", "Commission the additional highways evidence requested by the Inspector.",
             "Head of Planning Policy", D(2025, 4, 30), "Amber", "Consultant appointed; modelling delayed by data from Lancashire County Council."),
        ]),
        ("SR4 – Failure to meet statutory housing duties due to rising homelessness demand (residual score 15)", [
            ("SR4.1", "Increase the council's stock of temporary accommodation to reduce use of bed and breakfast.",
             "Director of Communities", D(2025, 6, 30), "Red", "Two of the six planned units acquired; B&B placements increased in Q3."),
        ]),
    ]
    fills = {"On track": GREEN, "Complete": BLUE, "Amber": AMBER, "Red": RED}
    r = 6
    for head, acts in risks:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = LIGHT
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for a in acts:
            put(ws, r, list(a), {4: "dd/mm/yyyy"})
            ws.cell(row=r, column=5).fill = fills[a[4]]
            r += 1
    wb.save(os.path.join(OUT, "bt2-chorley-bc-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 7. Lincolnshire ICB SQG action log (txt, tab-separated)
def lincs():
    lines = [
        "NHS Lincolnshire Integrated Care Board – System Quality Group: Action Log",
        "Exported 14/03/2025",
        "",
        "\t".join(["Action ID", "Meeting", "Action", "Owner", "Due date", "RAG", "Comments"]),
    ]
    rows = [
        ("SQG-041", "14/11/2024", "Circulate the ULHT 12-hour ED waits harm review summary to members.",
         "Lee, Joanne", "Dec-24", "Complete", "Circulated 4 December 2024."),
        ("SQG-043", "14/11/2024", "Bring the LPFT out-of-area placements deep-dive to the January meeting.",
         "Dr Amir Khan", "Jan-25", "Complete", "Presented 9 January 2025."),
        ("SQG-044", "14/11/2024", "Agree a system approach to pressure ulcer reporting across community and care homes.",
         "JW / PM", "Mar-25", "Amber", "Draft definitions shared with LCHS and the care sector; awaiting comments from the care home forum."),
        ("SQG-047", "09/01/2025", "Provide assurance on the closure of PSIRF learning responses older than six months.",
         "Deputy Director of Nursing and Quality", "Mar-25", "Green", "Trackers received from ULHT and LPFT; LCHS due by 28 February."),
        ("SQG-048", "09/01/2025", "Escalate the continuing healthcare assessment backlog to the ICB Quality and Patient Experience Committee.",
         "Head of All Age Continuing Care", "Feb-25", "Red", "Not escalated in February as the committee did not meet; to go to the April meeting."),
        ("SQG-050", "09/01/2025", "Share the LeDeR annual report themes with primary care networks.",
         "Lee, Joanne", "Monthly", "Green", "Standing item at the PCN clinical directors' meeting."),
        ("SQG-052", "13/02/2025", "Review the maternity SI themes against the Ockenden immediate and essential actions.",
         "Director of Nursing / Director of Midwifery", "30/04/2025", "", ""),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete = action closed; Green = on track; Amber = at risk; Red = overdue"]
    with open(os.path.join(OUT, "bt2-lincolnshire-icb-system-quality-group-action-log.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    mft(); uhd(); enfield(); havering(); bromley(); chorley(); lincs()
