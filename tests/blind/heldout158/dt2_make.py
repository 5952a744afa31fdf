"""Generate the dt2- case documents (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(B="5B9BD5", G="00B050", A="FFC000", R="FF0000", H="D9E1F2", T="1F3864").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day=1):
    return dt.datetime(y, m, day)


def put(ws, r, vals, fmt=None, bold=False, fill=None):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if bold:
            cell.font = Font(bold=True, color="FFFFFF" if fill is FILL["T"] else "000000")
        if fill is not None:
            cell.fill = fill
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt


# 1 ---------------------------------------------------------------- WUTH board action log
def wuth():
    wb = Workbook(); ws = wb.active; ws.title = "Public Board Action Log"
    ws["A1"] = "Wirral University Teaching Hospital NHS Foundation Trust – Board of Directors in Public: Action Log"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:I1")
    ws["A2"] = ("As at 27 November 2024. Actions proposed for closure are shown in blue and will be "
                "removed from the log once the Board has agreed closure.")
    ws.merge_cells("A2:I2"); ws["A2"].font = Font(italic=True)
    hdr = ["Action No.", "Date of Meeting", "Minute Ref", "Action", "Lead", "Due Date",
           "Revised Due Date", "Progress Update", "RAG"]
    put(ws, 4, hdr, bold=True, fill=FILL["T"])
    rows = [
        ("BoD 24/25-031", d(2024, 7, 3), "24/25-068",
         "Provide the Board with an update on the ED four-hour performance trajectory, including the impact of the new Same Day Emergency Care (SDEC) model.",
         "Chief Operating Officer", d(2024, 9, 4), None,
         "Presented at September Board (item 9.2). Propose closure.", "B"),
        ("BoD 24/25-034", d(2024, 7, 3), "24/25-071",
         "Circulate the updated Freedom to Speak Up self-assessment to Board members ahead of the October development session.",
         "Director of Corporate Affairs", d(2024, 10, 1), None,
         "Circulated 14 October 2024. Propose closure.", "B"),
        ("BoD 24/25-040", d(2024, 9, 4), "24/25-092",
         "Bring a paper on the outcome of the Saving Babies' Lives Care Bundle v3 assessment, including the position against element 4 (fetal monitoring).",
         "Chief Nurse / Director of Midwifery", d(2024, 12, 4), None,
         "On the agenda for the December Board; LMNS assurance visit took place on 19 November.", "G"),
        ("BoD 24/25-041", d(2024, 9, 4), "24/25-094",
         "Review the reporting of the cancer 62-day backlog in the Integrated Performance Report so that tumour-site level detail is shown.",
         "MS", d(2024, 11, 6), d(2025, 1, 8),
         "Tumour-site view drafted with the BI team. Deferred to January to align with the new IPR format agreed by the Finance, Business and Performance Committee.", "A"),
        ("BoD 24/25-047", d(2024, 10, 2), "24/25-118",
         "Undertake a deep dive into the increase in Category 2 pressure ulcers reported in Q1 and report the findings to the Quality Committee.",
         "Chief Nurse", d(2024, 12, 12), None,
         "Deep dive under way; tissue viability team reviewing 38 incidents. Findings to Quality Committee on 12 December.", "G"),
        ("BoD 24/25-049", d(2024, 10, 2), "24/25-121",
         "Confirm the revised timetable for the Electronic Patient Record upgrade and the associated clinical safety case.",
         "Chief Information Officer", d(2024, 11, 6), None,
         "Supplier has not yet confirmed the go-live window; escalated through the Digital Programme Board. Verbal update to be given at the November Board.", "R"),
        ("BoD 24/25-050", d(2024, 10, 2), "24/25-123",
         "Include sickness absence by staff group in future People reports to the Board.",
         "Chief People Officer", "Ongoing", None,
         "Will be included from the Q3 People report onwards.", "G"),
        ("BoD 24/25-052", d(2024, 11, 6), "24/25-140",
         "Share the Green Plan annual progress summary with Board members.",
         "Director of Strategy and Partnerships", d(2025, 1, 8), None, None, None),
    ]
    r = 5
    for row in rows:
        put(ws, r, list(row))
        for c in (2,):
            ws.cell(row=r, column=c).number_format = "dd/mm/yyyy"
        for c in (6, 7):
            ws.cell(row=r, column=c).number_format = "mmm-yy"
        if row[-1]:
            ws.cell(row=r, column=9).fill = FILL[row[-1]]
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete – proposed for closure"), ("G", "On track – due date not yet reached"),
                 ("A", "Due date revised"), ("R", "Overdue")]:
        ws.cell(row=r, column=1, value=k).fill = FILL[k]
        ws.cell(row=r, column=2, value=t); r += 1
    for col, w in zip("ABCDEFGHI", [15, 12, 11, 60, 24, 11, 11, 60, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(P("dt2-wuth-nhsft-board-public-action-log.xlsx"))


# 2 ---------------------------------------------------------------- Cotswold strategic risk register (refuse)
def cotswold():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q3 2024-25"
    ws["A1"] = "Cotswold District Council – Strategic Risk Register: Quarter 3 2024/25"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = ("Updates since the Q2 report to Audit and Governance Committee are shown in red. "
                "Direction of travel: ↑ risk increased, ↓ risk reduced, ↔ no change.")
    ws.merge_cells("A2:H2")
    put(ws, 4, ["Ref", "Mitigating action", "Action owner", "Target date", "Residual score",
                "Direction of travel", "Q3 update", "RAG"], bold=True, fill=FILL["T"])
    red = Font(color="C00000")
    data = [
        ("SR1 Financial resilience – the Council is unable to set a balanced budget over the medium term because of reduced funding and cost pressures (risk owner: Chief Finance Officer)", [
            ("SR1.1", "Refresh the Medium Term Financial Strategy and identify savings of £1.2m for 2025/26.",
             "Chief Finance Officer", d(2025, 2, 28), 12, "↔",
             "Draft budget reported to Cabinet in January; £0.9m of savings identified to date.", "Amber"),
            ("SR1.2", "Review fees and charges against neighbouring authorities and the cost of service.",
             "Head of Finance", d(2024, 12, 31), 12, "↔",
             "Review completed and new charges approved for April 2025.", "Complete"),
        ]),
        ("SR2 Major civil emergency – the Council fails to respond effectively to a major incident such as flooding (risk owner: Director of Governance)", [
            ("SR2.1", "Review and exercise the Emergency Plan following the return of services from Publica.",
             "Business Manager – Governance, Risk and Business Continuity", "Jnue 2025", 9, "↑",
             "Exercise date to be agreed with the Local Resilience Forum; on-call rota being rebuilt after the transfer of staff.", "Amber"),
            ("SR2.2", "Complete business continuity plans for all services transferred from Publica.",
             "Business Manager – Governance, Risk and Business Continuity", d(2025, 3, 31), 9, "↑",
             "11 of 16 service plans received.", "Amber"),
        ]),
        ("SR3 Local Plan – the Local Plan update is delayed, exposing the Council to speculative development (risk owner: Director of Communities and Place)", [
            ("SR3.1", "Publish the Regulation 18 consultation on the Local Plan partial update.",
             "Interim Forward Planning Manager", d(2025, 5, 31), 16, "↑",
             "Timetable revised following the new National Planning Policy Framework (December 2024).", "Red"),
            ("SR3.2", "Update the Local Development Scheme and report it to Cabinet.",
             "Interim Forward Planning Manager", d(2025, 3, 31), 16, "↔",
             "Report drafted for the March Cabinet.", "Green"),
        ]),
        ("SR4 Cyber security – loss of systems or data through a cyber attack (risk owner: Chief Executive)", [
            ("SR4.1", "Achieve Public Services Network (PSN) compliance for 2025.",
             "ICT Audit and Compliance Manager", d(2025, 4, 30), 12, "↔",
             "IT health check booked for February.", "Green"),
            ("SR4.2", "Run phishing simulation and mandatory cyber awareness training for all staff and members.",
             "ICT Audit and Compliance Manager", "Quarterly", 12, "↓",
             "Click rate fell from 11% to 6% in the December simulation.", "Green"),
        ]),
    ]
    r = 5
    for head, acts in data:
        ws.cell(row=r, column=1, value=head).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["H"]
        ws.cell(row=r, column=1).alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for a in acts:
            put(ws, r, list(a))
            ws.cell(row=r, column=4).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).font = red
            rag = ws.cell(row=r, column=8)
            rag.fill = {"Amber": FILL["A"], "Green": FILL["G"], "Red": FILL["R"], "Complete": FILL["B"]}[a[-1]]
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete – action completed; Green – on track; Amber – some slippage, target date at risk; Red – target date missed or will be missed.")
    for col, w in zip("ABCDEFGH", [8, 55, 30, 12, 9, 10, 55, 10]):
        ws.column_dimensions[col].width = w
    wb.save(P("dt2-cotswold-dc-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# 3 ---------------------------------------------------------------- Hampshire SAB SAR Adult K
def hampshire():
    wb = Workbook(); ws = wb.active; ws.title = "Adult K action plan"
    ws["A1"] = "Hampshire Safeguarding Adults Board"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Safeguarding Adults Review: Adult K – Multi-Agency Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("This plan responds to the recommendations of the SAR overview report (published September 2024). "
                "Progress is reported to the HSAB Learning and Review Subgroup each quarter.")
    for a in ("A1:G1", "A2:G2", "A3:G3"):
        ws.merge_cells(a)
    put(ws, 5, ["SAR recommendation", "Ref", "Action", "Lead agency / officer", "Target date",
                "Progress update (January 2025)", "RAG"], bold=True, fill=FILL["T"])
    recs = [
        ("1", "The Board should seek assurance that agencies apply the Mental Capacity Act when adults repeatedly decline care and support, including the assessment of executive capacity.", [
            ("1.1", "Deliver a multi-agency briefing on executive functioning and the MCA, and publish a 7-minute briefing on the HSAB website.",
             "HSAB Business Manager", d(2025, 3, 31),
             "Briefing delivered to 210 practitioners across four sessions; 7-minute briefing published December 2024.", "B"),
            ("1.2", "Audit a sample of 20 cases where an adult declined care to test the quality of capacity assessments.",
             "HCC Adults' Health and Care – Principal Social Worker", d(2025, 6, 30),
             "Audit tool agreed at the Quality Assurance Subgroup; case selection under way.", "G"),
        ]),
        ("2", "Agencies should review how self-neglect and hoarding concerns are escalated through the Multi-Agency Risk Management (MARM) process.", [
            ("2.1", "Refresh the 4LSAB Self-Neglect and Hoarding Guidance to strengthen the escalation route to MARM meetings.",
             "4LSAB Policy and Procedures Subgroup Chair", "Q4 2024/25",
             "Draft guidance out for consultation until 14 February.", "G"),
            ("2.2", "Provide data on MARM referrals by agency to each Learning and Review Subgroup meeting.",
             "HCC Adults' Health and Care", "Quarterly",
             "First data set presented in October. Police and housing referrals remain low and are being followed up.", "A"),
        ]),
        ("3", "Hampshire and Isle of Wight ICB should seek assurance that GP practices follow up adults with care and support needs who do not attend long-term condition reviews.", [
            ("3.1", "Issue guidance to GP practices on 'Was Not Brought / Did Not Attend' for adults with care and support needs.",
             "HIOW ICB Designated Nurse Safeguarding Adults", d(2024, 12, 31),
             "Guidance issued through the primary care bulletin in November 2024.", "B"),
            ("3.2", "Include adult DNA follow-up in the annual GP safeguarding self-assessment.",
             "HIOW ICB Named GP for Safeguarding Adults", d(2025, 9, 30), None, None),
        ]),
        ("4", "Housing providers should ensure that tenancy staff know how to recognise self-neglect and raise a safeguarding concern.", [
            ("4.1", "Roll out self-neglect awareness training for tenancy and neighbourhood officers in district council and registered provider housing teams.",
             "District Council Housing Leads / Registered Provider Safeguarding Leads", d(2025, 3, 31),
             "Training dates set but take-up from registered providers has been slow; the Independent Chair has written to providers.", "R"),
        ]),
    ]
    r = 6
    for no, rec, acts in recs:
        top = r
        for ref, act, lead, tgt, prog, rag in acts:
            put(ws, r, [f"{no}. {rec}" if r == top else None, ref, act, lead, tgt, prog, None])
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=7).fill = FILL[rag]
            r += 1
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Significant delay / off track")]:
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=t); r += 1
    for col, w in zip("ABCDEFG", [45, 6, 50, 30, 11, 50, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("dt2-hampshire-sab-sar-adult-k-action-plan.xlsx"))


# docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""
        c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


# 4 ---------------------------------------------------------------- Pendle CSP DHR 'Ellie'
def pendle():
    doc = Document()
    p = doc.add_paragraph(); p.add_run("Pendle Community Safety Partnership").bold = True
    doc.add_heading("Domestic Homicide Review – 'Ellie' – Action Plan", level=0)
    table(doc, ["Version", "Date", "Author", "Comments"], [
        ["0.2", "05/06/2024", "DHR Coordinator", "Draft agreed by DHR panel"],
        ["0.3", "12/08/2024", "DHR Coordinator", "Updated following CSP Executive Group"],
    ])
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of the Domestic "
        "Homicide Review into the death of Ellie, aged 71. The plan is monitored by the Pendle CSP Executive "
        "Group and progress is reported to the Lancashire Domestic Abuse Partnership Board.")
    hdr = ["No.", "Recommendation", "Action to take", "Lead Agency", "Key milestones achieved", "Target Date", "RAG"]
    doc.add_heading("Overview Report Recommendations", level=2)
    t1 = table(doc, hdr, [
        ["1", "Pendle CSP to seek assurance that partner agencies' domestic abuse training covers coercive control in older-age relationships.",
         "Commission a training needs analysis across CSP partners and include coercive control in older-age relationships in the Lancashire domestic abuse training offer.",
         "Pendle CSP / Lancashire County Council Domestic Abuse Team", "Training needs analysis completed May 2024; module drafted.", "September 2024", "Green"],
        ["2", "Agencies should ensure routine enquiry about domestic abuse is made when a patient attends with injuries.",
         "Audit Emergency Department records for routine enquiry and relaunch the routine enquiry prompt in the ED electronic record.",
         "East Lancashire Hospitals NHS Trust", "Audit completed (62% compliance). Prompt live since March 2024.", "31/03/2024", "Complete"],
        ["3", "Lancashire Constabulary to review how repeat non-crime domestic incidents at the same address are flagged.",
         "Introduce an automated flag on the command and control system for three or more domestic incidents at one address within 12 months.",
         "Lancashire Constabulary", "System change request raised; awaiting IT release.", "Dec 2024", "Amber"],
        ["4", "The findings of this review should be shared widely to promote learning.",
         "Produce a 7-minute learning briefing and hold a learning event for practitioners.",
         "DHR Coordinator", "", "Within 3 months of Home Office approval", ""],
    ])
    doc.add_heading("Single Agency Recommendations", level=2)
    t2 = table(doc, hdr, [
        ["SA1", "Calico Homes to include domestic abuse indicators in tenancy visit checklists.",
         "Update the tenancy sustainment visit checklist and brief all neighbourhood officers.",
         "Calico Homes – Head of Housing Services", "Checklist updated; briefings delivered to 3 of 4 teams.", "Oct-24", "Green"],
        ["SA2", "Lancashire & South Cumbria NHS Foundation Trust to ensure mental health assessments record the carer's relationship to the patient and any safeguarding concerns.",
         "Amend the assessment template and audit 30 records three months after the change.",
         "LSCFT Named Nurse for Safeguarding Adults", "Template amended June 2024.", "Sept 2024 – Jan 2025", "Green"],
        ["SA3", "Primary care to record domestic abuse disclosures using the agreed SNOMED codes.",
         "Circulate coding guidance to Pendle GP practices and include it in the IRIS training sessions.",
         "Lancashire & South Cumbria ICB Named GP", "Guidance circulated July 2024.", "July 2024", "Complete"],
    ])
    col = {"Green": "00B050", "Amber": "FFC000", "Complete": "5B9BD5"}
    for t in (t1, t2):
        for row in t.rows[1:]:
            v = row.cells[6].text
            if v in col:
                shade(row.cells[6], col[v])
    doc.add_paragraph("RAG: Complete – action completed and evidenced; Green – on track; Amber – delayed but expected "
                      "to be achieved; Red – not achievable without escalation to the CSP Executive Group.")
    doc.save(P("dt2-pendle-csp-dhr-ellie-action-plan.docx"))


# 5 ---------------------------------------------------------------- Airedale maternity highlight report
def airedale():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Highlight Report", level=0)
    doc.add_paragraph("Airedale NHS Foundation Trust | Report to the Quality and Safety Committee | "
                      "Reporting period: October – December 2024")
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph("Overall delivery of the maternity and neonatal improvement programme is assessed as Amber. "
                      "Two actions have been completed this quarter. The main risk remains ultrasound capacity for "
                      "fetal growth scanning under Saving Babies' Lives Care Bundle v3.")
    table(doc, ["Workstream", "Previous RAG", "Current RAG"], [
        ["Listening to women and families", "G", "G"], ["Workforce", "A", "A"],
        ["Culture of safety", "G", "G"], ["Standards and structures", "A", "R"],
    ])
    doc.add_heading("2. Progress against the Three-Year Delivery Plan actions", level=1)
    hdr = ["Ref", "Action", "Lead", "Due", "RAG", "Update"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ""; c.paragraphs[0].add_run(h).bold = True; shade(c, "D9E1F2")
    themes = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("T1.1", "Extend the Maternity and Neonatal Voices Partnership (MNVP) 15 Steps walk-rounds to the neonatal unit.",
             "Director of Midwifery", "Jan 2025", "G", "Walk-round booked for 21 January; MNVP lead co-producing the feedback form."),
            ("T1.2", "Implement personalised care and support plans for all women by 28 weeks' gestation.",
             "Consultant Midwife", "31/03/2025", "A", "Compliance 71% against a 90% target; digital PCSP template delayed by the supplier."),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("T2.1", "Achieve 90% compliance with PROMPT multidisciplinary emergency training for all staff groups.",
             "Practice Development Midwife / Obstetric Lead for Training", "Mar-25", "A",
             "Midwives 94%, obstetricians 81%, anaesthetists 76%. Additional dates added in February."),
            ("T2.2", "Complete the Birthrate Plus midwifery workforce review and present the findings to the Board.",
             "Director of Midwifery", "Nov 2024", "B", "Presented to the Board on 28 November 2024; establishment uplift of 4.2 WTE agreed."),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("T3.1", "Move all maternity incident reviews to Patient Safety Incident Response Framework (PSIRF) learning responses.",
             "Maternity Governance Lead", "Sept 2024", "B", "All new incidents managed under PSIRF since 1 September 2024."),
            ("T3.2", "Hold quarterly perinatal safety champion walk-rounds with the Board-level safety champions.",
             "Non-Executive Maternity Safety Champion", "Quarterly", "G", "December walk-round completed; themes fed back to the Maternity Safety Group."),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("T4.1", "Achieve full compliance with Saving Babies' Lives Care Bundle v3 element 2 (fetal growth restriction).",
             "Obstetric Lead for SBLCBv3", "Q4 2024/25", "R",
             "Growth scan capacity remains below demand. Business case for an additional sonographer goes to the Investment Panel in January."),
            ("T4.2", "Submit the CNST Maternity Incentive Scheme Year 6 evidence to the Trust Board for sign-off.",
             "Head of Midwifery", "Feb 2025", "G", "85% of evidence collated; on track for the February Board."),
        ]),
    ]
    col = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for theme, acts in themes:
        cells = t.add_row().cells
        m = cells[0].merge(cells[5]); m.text = ""
        m.paragraphs[0].add_run(theme).bold = True; shade(m, "EDEDED")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], col[a[4]])
    doc.add_paragraph("RAG: B = Complete; G = On track; A = At risk, mitigation in place; R = Off track, escalation required.")
    doc.add_heading("3. Risks and issues", level=1)
    table(doc, ["Risk ID", "Description", "Score", "Mitigation"], [
        ["MAT-112", "Insufficient ultrasound capacity for serial growth scans", "16", "Additional sessions via overtime; business case in development"],
        ["MAT-098", "Obstetric anaesthetist PROMPT attendance", "9", "Training dates aligned with anaesthetic rota"],
    ])
    doc.add_heading("4. Support required from the Committee", level=1)
    doc.add_paragraph("The Committee is asked to note the report and to support the sonographer business case.")
    doc.save(P("dt2-airedale-nhsft-maternity-neonatal-highlight-report.docx"))


# 6 ---------------------------------------------------------------- L&SC ICB PSIRF plan SharePoint export
def lsc():
    rows = [
        ["ID", "Workstream", "Action", "Owner", "Due Date", "RAG", "Latest Update", "Modified"],
        ["1", "Governance", "Agree the ICB PSIRF oversight framework and terms of reference for the PSIRF Oversight Group",
         "Associate Director of Patient Safety", "30/06/2024", "Complete", "Approved by Quality Committee 19 June 2024.", "21/06/2024 14:02"],
        ["2", "Governance", "Publish the ICB Patient Safety Incident Response Plan on the ICB website",
         "Patient Safety Specialist", "31/07/2024", "Complete", "Published 25 July 2024.", "26/07/2024 09:41"],
        ["3", "Provider sign-off", "Review and sign off the provider PSIRPs for all NHS trusts in Lancashire and South Cumbria",
         "Head of Quality Assurance", "30/09/2024", "Amber",
         "Four of five trust plans signed off. The remaining plan has been returned for its local priorities to be amended.", "04/12/2024 16:20"],
        ["4", "Provider sign-off", "Support independent sector providers to develop proportionate PSIRPs",
         "Patient Safety Specialist; Primary Care Quality Lead", "31/03/2025", "Green",
         "Workshop held with 11 providers in November.", "02/12/2024 11:15"],
        ["5", "Training", "Ensure all ICB staff with oversight roles complete Level 1 and Level 2 of the patient safety syllabus",
         "Head of Workforce Development", "31/12/2024", "Red",
         "Compliance 62%; reminders issued through directors. Escalated to Quality Committee.", "09/12/2024 08:57"],
        ["6", "Training", "Commission systems-based learning response training (After Action Review, SWARM) for primary care leads",
         "Primary Care Quality Lead", "28/02/2025", "Green", "", "15/11/2024 13:30"],
        ["7", "Learning and insight", "Establish a quarterly system patient safety learning forum",
         "Associate Director of Patient Safety", "Quarterly", "Green",
         "First forum held 10 October 2024 with 84 attendees.", "11/10/2024 10:05"],
        ["8", "Learning and insight", "Develop a PSIRF dashboard using LFPSE data for Quality Committee",
         "Head of Business Intelligence", "31/03/2025", "", "Scoping not started pending the LFPSE data feed.", "02/12/2024 15:48"],
    ]
    with open(P("dt2-lsc-icb-psirf-implementation-plan-sharepoint-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# 7 ---------------------------------------------------------------- Cheshire East SCP LCSPR Child J (tab text)
def cheshire_east():
    rec1 = "Partners should ensure practitioners seek the child's views directly and record them, including for non-verbal children."
    rec2 = "Schools and health partners should share concerns about neglect at the earliest point."
    rec3 = "The Partnership should be assured that the Graded Care Profile 2 (GCP2) is used where neglect is suspected."
    L = [
        "Cheshire East Safeguarding Children's Partnership",
        "Local Child Safeguarding Practice Review – Child J: Multi-agency Action Plan",
        "Version 4 – updated for the Partnership Board, 22 January 2025",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Lead officer", "Timescale", "Progress update", "RAG"]),
        "Learning theme 1: Hearing the voice of the child",
        "\t".join(["1.1", rec1, "Relaunch the 'Voice of the Child' practice guidance with a section on communicating with children with SEND.",
                   "Principal Social Worker", "Mar-25", "Guidance redrafted with input from the SEND team; launch planned for the March practice week.", "Green"]),
        "\t".join(["1.2", rec1, "Audit 25 child and family assessments for evidence of the child's voice.",
                   "Head of Quality Assurance", "30/06/2025", "", "Not started"]),
        "",
        "Learning theme 2: Information sharing between health and education",
        "\t".join(["2.1", rec2, "Add school nurses to the termly Designated Safeguarding Lead network meetings.",
                   "Named Nurse Safeguarding Children", "Termly", "School nurses attended the autumn network meetings in all four localities.", "Green"]),
        "\t".join(["2.2", rec2, "Develop a neglect information-sharing flowchart for schools, GPs and health visitors.",
                   "SCP Business Manager / Designated Nurse", "Autumn term 2024", "Flowchart published on the CESCP website in November 2024.", "Complete"]),
        "",
        "Learning theme 3: Responding to neglect over time",
        "\t".join(["3.1", rec3, "Increase GCP2 training places and set a target of 80% of social workers trained.",
                   "SCP Training Coordinator", "Sept 2025", "58% of social workers trained; extra cohorts booked for the spring.", "Amber"]),
        "\t".join(["3.2", rec3, "Add a GCP2 prompt to the Child in Need plan template in Liquidlogic.",
                   "Head of Service, Children in Need and Child Protection", "31/12/2024",
                   "System change delayed by the LCS upgrade; reported to the Board for a new date to be agreed.", "Red"]),
        "\t".join(["3.3", rec3, "Include neglect indicators in the Child Concern referral guidance for Cheshire Constabulary response officers.",
                   "DCI Public Protection", "Q1 2025/26", "Draft guidance with the Force Policy Unit.", "Green"]),
        "",
        "RAG: Complete = action completed and evidenced; Green = on track; Amber = some slippage; Red = off track / escalated to the Board",
    ]
    with open(P("dt2-cheshire-east-scp-lcspr-child-j-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    wuth(); cotswold(); hampshire(); pendle(); airedale(); lsc(); cheshire_east()
