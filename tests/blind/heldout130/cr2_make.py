"""Generate the cr2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "head": "1F3864", "pale": "DEEAF6"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]
        c.alignment = WRAP; c.border = BOX


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt


# ---------------------------------------------------------------- 1 Herts SAB
def herts_sab():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Action Plan"
    ws["A1"] = "Hertfordshire Safeguarding Adults Board"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review: 'Graham' – Multi-agency Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Action plan agreed by HSAB on 18 January 2024. Progress reported to the SAR Sub-Group, 14 November 2024."
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    hdr(ws, 5, ["Ref", "SAR Recommendation", "Action", "Agency", "Lead Officer", "Target Date",
                "Revised Target Date", "Progress Update (Nov 2024)", "RAG"])
    def theme(r, t):
        ws.cell(row=r, column=1, value=t).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).fill = FILL["grey"]
    R1 = ("Recommendation 1: HSAB should seek assurance that partner agencies apply the multi-agency "
          "self-neglect and hoarding protocol, including escalation where a person repeatedly declines support.")
    R2 = ("Recommendation 2: Hertfordshire Fire and Rescue Service should be invited to multi-agency meetings "
          "where fire risk is identified in the home of a person who self-neglects.")
    R3 = ("Recommendation 3: HSAB should ensure practitioners understand how executive functioning affects "
          "capacity assessments for people who self-neglect.")
    R4 = ("Recommendation 4: Mental health services should review how capacity assessments are recorded when "
          "a person with a serious mental illness is discharged from secondary care.")
    R5 = ("Recommendation 5: HSAB should review the multi-agency risk management (MARM) process so that "
          "cases of high-risk self-neglect have a named lead agency and a review date.")
    theme(6, "Theme 1: Self-neglect and hoarding")
    rows = {
        7: ["1.1", R1, "Relaunch the self-neglect and hoarding protocol with a practitioner briefing and a 7-minute briefing on the learning from this review.",
            "Hertfordshire County Council ASC", "Head of Safeguarding Adults", D(2024, 3, 31), None,
            "Protocol relaunched at the March practitioner forum (112 attendees). 7-minute briefing published on the HSAB website.", "Complete"],
        8: ["1.2", None, "Audit 20 self-neglect cases closed in the last 12 months to test whether escalation was considered when support was declined.",
            "Hertfordshire Community NHS Trust", "Named Nurse Safeguarding Adults", D(2024, 6, 30), D(2024, 10, 31),
            "Audit tool agreed. Case selection delayed by staff absence; 14 of 20 cases reviewed so far.", "Amber"],
        9: ["1.3", R2, "Add HFRS to the standing invitation list for MARM meetings and include a Safe and Well visit referral in the self-neglect pathway.",
            "Hertfordshire Fire and Rescue Service", "Station Commander Prevention", "September 2024", None,
            "HFRS now attends MARM meetings where fire risk is flagged. Pathway updated in September.", "Complete"],
    }
    theme(11, "Theme 2: Mental capacity and executive functioning")
    rows.update({
        12: ["2.1", R3, "Commission and deliver a masterclass on executive functioning and capacity for practitioners across the partnership.",
             "HSAB Business Unit", "HSAB Business Manager / Training Lead", D(2024, 4, 30), None,
             "Two masterclasses delivered in April; recordings available on the HSAB learning hub.", "Complete"],
        13: ["2.2", None, "Include executive functioning in the primary care safeguarding adults training and in the GP safeguarding leads' forum programme.",
             "Hertfordshire and West Essex ICB", "Designated Nurse Safeguarding Adults", "Q4 2024/25", None,
             "Content drafted and shared with the Named GP for comment. Forum session booked for February.", "Green"],
        14: ["2.3", R4, "Amend the discharge template so that any capacity assessment, and the decision it relates to, is recorded and shared with the GP.",
             "Hertfordshire Partnership University NHS FT", "AD / KP", D(2024, 12, 31), None,
             "Template change is dependent on the electronic patient record upgrade, which has been put back. Escalated to the SAR Sub-Group.", "Red"],
    })
    theme(16, "Theme 3: Multi-agency risk management")
    rows.update({
        17: ["3.1", R5, "Review the MARM guidance to require a named lead agency, a risk summary and a review date for every case, and re-issue it.",
             "Hertfordshire County Council ASC", "Assistant Director Quality and Safeguarding", D(2024, 9, 30), D(2025, 3, 31),
             "Revised guidance drafted. Sign-off moved to the March Board so that it can reflect the national self-neglect guidance.", "Amber"],
        18: ["3.2", None, "Report the number of MARM cases, and the agencies leading them, to each SAR Sub-Group meeting.",
             "All partners", "SAR Sub-Group Chair", "Ongoing", None,
             "Quarterly MARM data now a standing item on the Sub-Group agenda.", "Green"],
    })
    for r, vals in rows.items():
        put(ws, r, vals, "mmm-yy")
        rag = vals[8]
        ws.cell(row=r, column=9).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]]
    for a, b in ((7, 8), (12, 13), (17, 18)):
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws["A20"] = "RAG key:"; ws["A20"].font = Font(bold=True)
    for r, (t, f) in enumerate([("Blue – Action complete and evidenced", "blue"), ("Green – On track", "green"),
                                ("Amber – Delayed / revised date agreed", "amber"),
                                ("Red – Not on track, escalation required", "red")], 21):
        ws.cell(row=r, column=1, value=t).fill = FILL[f]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for col, w in zip("ABCDEFGHI", (7, 40, 45, 24, 26, 12, 12, 45, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cr2-hertfordshire-sab-sar-graham-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 SWAST board log
def swast():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "South Western Ambulance Service NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Board of Directors (Public Session) – Action Log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 28 November 2024"; ws["A3"].font = Font(italic=True)
    hdr(ws, 5, ["Minute Ref", "Meeting Date", "Action", "Lead", "Due Date", "Revised Due Date", "Update", "RAG"])
    rows = [
        ["BoD/24/061", D(2024, 7, 25), "Provide the Board with an analysis of hear and treat rates by ICB area, including variation in re-contact rates within 24 hours.",
         "DW", D(2024, 9, 26), None, "Analysis presented at the September Board (item 9). Propose closure.", "B"],
        ["BoD/24/067", D(2024, 7, 25), "Circulate the revised Freedom to Speak Up policy to Board members ahead of the Board development session.",
         "KB", D(2024, 9, 30), None, "Circulated 12 September 2024. Propose closure.", "B"],
        ["BoD/24/082", D(2024, 9, 26), "Include handover delay hours lost by acute site in the Integrated Performance Report from Q3.",
         "JM/SL", "Jan-25", None, "Data definitions agreed with the BI team; first iteration will appear in the January IPR.", "G"],
        ["BoD/24/085", D(2024, 9, 26), "Bring a paper on the clinical validation of Category 2 calls in the clinical hub to a future Board meeting.",
         "Chief Medical Officer", D(2024, 11, 28), D(2025, 1, 30), "Deferred to January so that the paper can include the evaluation of the regional pilot.", "A"],
        ["BoD/24/091", D(2024, 9, 26), "Review the fleet replacement programme timeline in light of the vehicle supplier delays and report to the Finance and Performance Committee.",
         "Director of Finance", D(2024, 11, 28), None, "Not yet received by the Committee; confirmation of the revised delivery schedule is still awaited from the supplier.", "R"],
        ["BoD/24/103", D(2024, 11, 28), "Provide an update on the sexual safety charter commitments, including the number of concerns raised through the new reporting route.",
         "Chief People Officer", "Q4 2024/25", None, "Not yet due.", "G"],
        ["BoD/24/104", D(2024, 11, 28), "Share the winter resilience plan with the Council of Governors.",
         "KB", D(2024, 12, 13), None, "Shared at the Council of Governors briefing on 10 December. Propose closure.", "B"],
        ["BoD/24/107", D(2024, 11, 28), "Consider how the patient voice can be reflected more strongly in the Board story programme and propose an approach.",
         "Director of Strategy and Transformation", D(2025, 3, 27), None, "Not yet due.", "G"],
    ]
    for i, vals in enumerate(rows, 6):
        put(ws, i, vals, "dd/mm/yyyy")
        ws.cell(row=i, column=8).fill = FILL[{"B": "blue", "G": "green", "A": "amber", "R": "red"}[vals[7]]]
        ws.cell(row=i, column=8).alignment = Alignment(horizontal="center", vertical="top")
    ws["A15"] = "Key"; ws["A15"].font = Font(bold=True)
    for r, (t, f) in enumerate([("B – Complete (propose closure)", "blue"), ("G – On track / not yet due", "green"),
                                ("A – Revised due date agreed", "amber"), ("R – Overdue", "red")], 16):
        ws.cell(row=r, column=1, value=t).fill = FILL[f]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    for col, w in zip("ABCDEFGH", (13, 13, 60, 22, 12, 14, 50, 6)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cr2-swast-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 3 Waverley risk register (refuse)
def waverley():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q3"
    ws["A1"] = "Waverley Borough Council"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic Risk Register – Quarter 3 2024/25"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to the Audit and Risk Committee, 27 January 2025"
    hdr(ws, 5, ["Risk Ref", "Risk Description", "Risk Owner", "Inherent Score", "Current Score",
                "Further Actions", "Action Owner", "Target Date", "Action Status"])
    risks = [
        (6, 8, "SR01", "Financial sustainability: the Council cannot set a balanced budget over the medium term because of rising demand and reduced funding.",
         "Executive Head of Finance", 20, 16),
        (9, 10, "SR02", "Local government reorganisation in Surrey diverts capacity from service delivery and delays key decisions.",
         "Chief Executive", 16, 12),
        (11, 12, "SR03", "Demand for temporary accommodation exceeds supply, increasing cost and use of out-of-borough placements.",
         "Executive Head of Housing", 16, 16),
        (13, 14, "SR04", "A cyber attack disrupts council systems or results in a loss of personal data.",
         "Executive Head of IT and Digital", 20, 12),
    ]
    acts = {
        6: ["Deliver the 2025/26 budget savings programme and report progress monthly to the Executive.", "Head of Finance", D(2025, 2, 28), "Green"],
        7: ["Refresh the Medium Term Financial Strategy to reflect the provisional local government finance settlement.", "Section 151 Officer", "Mrach 2025", "Green"],
        8: ["Review fees and charges against neighbouring authorities and benchmark income.", "Head of Finance", D(2024, 12, 31), "Complete"],
        9: ["Establish a programme board and resource plan for reorganisation work.", "Chief Executive", D(2025, 1, 31), "Green"],
        10: ["Agree joint working protocol with Guildford Borough Council for shared services during transition.", "Joint Strategic Director", D(2025, 3, 31), "Amber"],
        11: ["Complete acquisition of 12 units of temporary accommodation through the Local Authority Housing Fund.", "Housing Delivery Manager", D(2025, 3, 31), "Amber"],
        12: ["Introduce a homelessness prevention fund for private rented sector tenancies at risk.", "Housing Options Manager", D(2024, 11, 30), "Complete"],
        13: ["Complete the PSN health check remediation plan.", "IT Infrastructure Manager", D(2025, 1, 31), "Red"],
        14: ["Run a phishing simulation and mandatory cyber training for all staff and councillors.", "Information Governance Officer", D(2025, 2, 28), "Green"],
    }
    for a, b, ref, desc, owner, inh, cur in risks:
        for r in range(a, b + 1):
            put(ws, r, [ref, desc, owner, inh, cur] + acts[r][:3] + [acts[r][3]], "dd/mm/yyyy")
            ws.cell(row=r, column=9).fill = FILL[{"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[acts[r][3]]]
        for c in range(1, 6):
            ws.merge_cells(start_row=a, start_column=c, end_row=b, end_column=c)
    ws["A16"] = "Scores are Likelihood x Impact (1–5 each). Action status: Complete; Green – on track; Amber – some slippage; Red – off track."
    ws.merge_cells("A16:I16")
    for col, w in zip("ABCDEFGHI", (8, 45, 24, 9, 9, 50, 26, 12, 12)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "cr2-waverley-bc-strategic-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, fill="D9E2F3"):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        shade(c, fill)


# ---------------------------------------------------------------- 4 St George's maternity highlight
def stgeorges():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme: Highlight Report", 0)
    doc.add_paragraph("St George's University Hospitals NHS Foundation Trust")
    t = doc.add_table(rows=5, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Report to", "Quality Committee"), ("Date of meeting", "25 January 2024"),
                                ("Executive sponsor", "Chief Nursing Officer"),
                                ("Author", "Programme Manager, Women's and Children's Division"),
                                ("Reporting period", "December 2023")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
        for r in t.cell(i, 0).paragraphs[0].runs: r.bold = True
    doc.add_paragraph("")
    doc.add_paragraph(
        "Following the CQC inspection of maternity services in March 2023 (report published 17 August 2023, "
        "rated Inadequate for safe and well-led) the Trust established a Maternity and Neonatal Improvement "
        "Programme. This report summarises progress against the programme's actions in the reporting period. "
        "Overall programme status is Amber: most actions are on track, but incident backlog clearance remains off track.")
    doc.add_paragraph("Status key: Blue – Complete; Green – On track; Amber – At risk; Red – Off track.")
    fills = {"Complete": "5B9BD5", "On track": "92D050", "At risk": "FFC000", "Off track": "FF0000"}
    ws = [
        ("Workstream 1: Safe staffing", [
            ("1.1", "Recruit to the funded midwifery establishment, including international recruits, to reduce the vacancy rate below 5%.",
             "Director of Midwifery", "31/03/2024", "On track", "14 midwives started in December; vacancy rate now 7.2%. International cohort of 8 due in February."),
            ("1.2", "Implement the BirthRate Plus acuity tool on delivery suite with twice-daily escalation to the bleep holder.",
             "Deputy Head of Midwifery / Delivery Suite Matron", "Dec 2023", "Complete", "Tool live from 4 December; compliance with twice-daily completion 96%."),
            ("1.3", "Achieve 90% compliance with PROMPT and fetal monitoring training for all staff groups.",
             "Practice Development Midwife", "Q1 2024/25", "At risk", "Midwives 91%, obstetricians 78%, anaesthetists 64%. Additional dates added for medical staff in February and March."),
        ]),
        ("Workstream 2: Governance and incident management", [
            ("2.1", "Clear the backlog of open maternity incidents older than 60 days and review harm levels in line with PSIRF.",
             "Maternity Governance Lead", "29/02/2024", "Off track", "Backlog reduced from 312 to 187. Additional governance midwife starts in March; revised trajectory to be presented in February."),
            ("2.2", "Report all eligible cases to MNSI and the Perinatal Mortality Review Tool within the national timescales.",
             "Maternity Governance Lead", "Ongoing", "On track", "All eligible cases in December reported within timescale."),
            ("2.3", "Establish a monthly perinatal quality surveillance report to the Quality Committee.",
             "DoM / CD Obstetrics", "Jan 2024", "Complete", "First report presented to this meeting."),
        ]),
        ("Workstream 3: Environment and equipment", [
            ("3.1", "Complete daily and weekly checks of emergency resuscitation equipment in all maternity areas, with results audited monthly.",
             "Lead Midwife for Delivery Suite", "31/01/2024", "Complete", "Checks embedded; December audit showed 100% compliance on all areas."),
            ("3.2", "Install a second birthing pool on the midwife-led unit and complete the associated water safety risk assessment.",
             "Estates Project Manager", "April 2024", "On track", "Works order placed; installation scheduled for March."),
        ]),
    ]
    for head, acts in ws:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Owner", "Due date", "Status", "Progress this period"]):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            shade(cells[4], fills[a[4]])
    doc.add_paragraph("")
    doc.add_paragraph("Next report: Quality Committee, 22 February 2024.")
    doc.save(os.path.join(OUT, "cr2-st-georges-uh-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 5 Runnymede DHR
def runnymede():
    doc = Document()
    p = doc.add_paragraph(); r = p.add_run("Safer Runnymede Community Safety Partnership"); r.bold = True; r.font.size = Pt(14)
    doc.add_heading("Domestic Homicide Review: 'Claire' – Action Plan", 1)
    doc.add_paragraph("Version control")
    t = doc.add_table(rows=4, cols=3); t.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Comments"), ("1", "06/09/2024", "Agreed by the CSP Board"),
                             ("2", "10/12/2024", "Progress update"), ("3", "12/03/2025", "Progress update for CSP Board")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    bold_row(t.rows[0])
    doc.add_paragraph("")
    doc.add_paragraph("The review's recommendations are set out below with the actions agreed by each agency. "
                      "RAG: Complete; Green – on track; Amber – delayed; Red – not achieved.")
    recs = [
        ("Recommendation 1 (Local): Surrey Police should ensure that officers attending domestic incidents complete the DASH risk assessment with the victim away from the alleged perpetrator.", [
            ("1.1", "Re-issue the domestic abuse attendance briefing to all response teams and include the learning from this review.",
             "DCI Public Protection", "June 2024", "Briefing re-issued on 20 June 2024 and added to the response officer induction.", "Complete"),
            ("1.2", "Dip-sample 50 domestic abuse incidents per quarter to check whether the DASH was completed away from the suspect.",
             "Head of Public Protection", "Quarterly", "Q2 and Q3 dip samples completed; compliance 84% and 88%.", "Green"),
        ]),
        ("Recommendation 2 (Local): Runnymede Borough Council housing options should routinely ask about domestic abuse at first contact and record the response.", [
            ("2.1", "Add a routine enquiry question to the housing options triage form.",
             "Housing Options Manager", "30/09/2024", "Question added to the triage form from 2 September 2024.", "Complete"),
            ("2.2", "Deliver domestic abuse awareness training to all front-line housing staff, delivered with the outreach service.",
             "Housing Options Manager / Domestic Abuse Outreach Lead", "Sept 2024 – March 2025",
             "Two of four sessions delivered. Remaining sessions postponed due to outreach service capacity.", "Amber"),
        ]),
        ("Recommendation 3 (Local): Surrey Heartlands ICB should seek assurance that GP practices in Runnymede use the IRIS referral pathway for patients disclosing domestic abuse.", [
            ("3.1", "Promote IRIS training to the remaining non-participating GP practices in Runnymede.",
             "Designated Nurse Safeguarding Adults", "31/12/2024 (revised to 31/05/2025)",
             "Four of six practices trained. Two practices have booked for April.", "Amber"),
            ("3.2", "Audit GP records of patients referred to IRIS to check that disclosures are coded and shared appropriately.",
             "Named GP for Safeguarding", "July 2025", "Audit tool being finalised.", "Green"),
        ]),
        ("Recommendation 4 (Local): Safer Runnymede CSP should raise awareness of economic abuse among local employers and faith groups.", [
            ("4.1", "Run a local campaign on economic abuse during the 16 Days of Action.",
             "Community Safety Manager", "December 2024", "Campaign delivered with 14 local employers and 6 faith groups signed up.", "Complete"),
            ("4.2", "Share the review's learning brief with the Surrey Domestic Abuse Partnership Board.",
             "Community Safety Manager", "TBC", "Awaiting Home Office quality assurance of the final report before the brief is shared.", ""),
        ]),
    ]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action to take", "Lead officer", "Target date", "Progress / outcome", "RAG"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    fills = {"Complete": "5B9BD5", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, acts in recs:
        row = t.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = rec
        for r_ in m.paragraphs[0].runs: r_.bold = True
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            if a[5]:
                shade(cells[5], fills[a[5]])
    doc.save(os.path.join(OUT, "cr2-safer-runnymede-csp-dhr-claire-action-plan.docx"))


# ---------------------------------------------------------------- 6 RBWM SCP CSPR export (csv)
def rbwm():
    R1 = "Recommendation 1: Partners should ensure that a pre-birth assessment is completed where a parent has previously been subject to care proceedings."
    R2 = "Recommendation 2: Health partners should strengthen information sharing between health visiting and GP practices when a family moves between areas."
    R3 = "Recommendation 3: The Partnership should seek assurance that safer sleep advice is given and recorded at every contact with families of babies under 12 months."
    rows = [
        ["1.1", R1, "Review the pre-birth protocol so that a previous care proceedings history triggers a referral to children's social care by 20 weeks' gestation.",
         "Achieving for Children (RBWM)", "Service Manager Assessment", "31/03/2025", "", "Complete",
         "Revised protocol signed off by the Partnership Executive in March 2025 and published on the procedures site.", "14/05/2025 09:12", "Karen Whitfield"],
        ["1.2", R1, "Add a prompt on previous care proceedings to the maternity booking safeguarding questions.",
         "Frimley Health NHS FT", "Named Midwife Safeguarding", "30/04/2025", "30/06/2025", "Amber",
         "Change requested in the maternity system; release delayed to June by the supplier.", "14/05/2025 09:15", "Karen Whitfield"],
        ["2.1", R2, "Agree a standard transfer-in process between health visiting and GP practices, including a named contact in each practice.",
         "Berkshire Healthcare NHS FT", "Health Visiting Service Lead; Named Nurse Safeguarding Children", "28/02/2025", "", "Green",
         "Process agreed with 9 of 13 practices. Remaining practices to be visited by the end of May.", "13/05/2025 16:40", "Priya Chauhan"],
        ["2.2", R2, "Seek assurance through the primary care safeguarding audit that family moves are recorded and records requested.",
         "Frimley ICB", "Designated Nurse Safeguarding Children", "Q1 2025/26", "", "Not started",
         "Audit scheduled for June.", "13/05/2025 16:44", "Priya Chauhan"],
        ["3.1", R3, "Relaunch the safer sleep assessment tool with a partnership 7-minute briefing.",
         "RBWM SCP", "SCP Business Manager", "31/01/2025", "", "Complete",
         "Briefing published January 2025 and circulated to all partner agencies.", "02/02/2025 11:03", "Karen Whitfield"],
        ["3.2", R3, "Include safer sleep in the training for officers attending sudden unexpected deaths in infancy and domestic incidents where a baby is present.",
         "Thames Valley Police", "DI M. Osei", "31/05/2025", "", "Red",
         "Training content not yet agreed with the force learning team. Escalated to the Partnership Executive.", "15/05/2025 10:21", "Karen Whitfield"],
        ["3.3", R3, "Report safer sleep audit findings from each agency to the Learning and Improvement Sub-Group.",
         "All partners", "SCP Learning and Development Officer", "Ongoing", "", "Green",
         "Health visiting and maternity audits received; children's social care audit due July.", "15/05/2025 10:25", "Karen Whitfield"],
    ]
    with open(os.path.join(OUT, "cr2-rbwm-scp-cspr-child-r-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Action Ref", "Recommendation", "Action", "Agency", "Lead Officer", "Due Date", "Revised Due Date",
                    "Status", "Latest Update", "Modified", "Modified By"])
        w.writerows(rows)


# ---------------------------------------------------------------- 7 Norfolk and Waveney ICB (txt)
def nwicb():
    lines = [
        "NHS Norfolk and Waveney Integrated Care Board",
        "Quality and Safety Committee – Action Log",
        "Exported: 09/01/2025 10:42",
        "",
        "\t".join(["Action No", "Meeting Date", "Action", "Owner", "Due Date", "Status", "Comments"]),
    ]
    rows = [
        ["QSC/24/058", "22/08/2024", "Provide a breakdown by provider of patients waiting over 52 weeks who have had a clinical harm review.",
         "Deputy Director of Quality", "24/10/2024", "Complete", "Included in the October quality report."],
        ["QSC/24/061", "22/08/2024", "Share the learning from the mental health mortality review with primary care through the Clinical Leaders Forum.",
         "MK / JH", "Nov-24", "Complete", "Presented at the November forum; slides circulated to practices."],
        ["QSC/24/066", "24/10/2024", "Bring the revised system-wide pressure ulcer reporting framework to committee for approval.",
         "Head of Patient Safety", "27/02/2025", "Amber", "Deferred from December to allow consultation with community providers."],
        ["QSC/24/069", "24/10/2024", "Confirm the date of the CQC re-inspection of maternity services at James Paget University Hospitals and circulate the provider improvement plan.",
         "Director of Nursing", "TBC", "Green", "Improvement plan circulated 2 December. Re-inspection date not yet confirmed by CQC."],
        ["QSC/24/072", "24/10/2024", "Review the continuing healthcare assessment backlog and present a recovery trajectory.",
         "CHC Lead", "Q4 24/25", "Red", "Backlog has increased to 412 cases. Trajectory not yet agreed with the provider."],
        ["QSC/24/078", "19/12/2024", "Circulate the winter infection prevention and control dashboard to committee members.",
         "IPC Lead", "Monthly", "Green", "January dashboard circulated."],
        ["QSC/24/080", "19/12/2024", "Arrange a deep-dive on learning disability mortality reviews (LeDeR) for a future meeting.",
         "Dr Sarah Pike and Tom Ellis", "Mar 2025", "Not started", ""],
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "Status key: Complete | Green - on track | Amber - at risk or revised date | Red - overdue | Not started"]
    with open(os.path.join(OUT, "cr2-norfolk-waveney-icb-quality-safety-committee-action-log.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    herts_sab(); swast(); waverley(); stgeorges(); runnymede(); rbwm(); nwicb()
    print("done")
