"""Generator for the bz2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
RED, AMBER, GREEN, BLUE, GREY = "FF0000", "FFC000", "92D050", "00B0F0", "D9D9D9"
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def put(ws, r, vals, bold=False, bg=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if bold:
            c.font = Font(bold=True)
        if bg:
            c.fill = fill(bg)


# ---------------------------------------------------------------- 1 SAR xlsx
def rochdale_sar():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Adult F Action Plan"
    ws["A1"] = "Rochdale Borough Safeguarding Adults Board – Safeguarding Adults Review 'Adult F' – Multi-agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Version 4 – updated for the SAR Subgroup, 14 January 2025"
    ws["A2"].font = Font(italic=True); ws.merge_cells("A2:G2")
    put(ws, 4, ["Ref", "Action", "Lead Agency / Officer", "Target Date", "Progress Update", "RAG", "Evidence"], bold=True, bg="1F4E78")
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
    rows = [
        ("rec", "Recommendation 1: Partners to be assured that the self-neglect and hoarding guidance is understood and used by front-line practitioners."),
        ("1.1", "Relaunch the multi-agency self-neglect and hoarding guidance with practitioner briefings across all partner agencies.", "Board Business Manager", D(2025, 3, 1), "mmm-yy",
         "Guidance relaunched at the November 2024 learning event; 212 practitioners attended the four briefings.", "Complete", BLUE, "Attendance records; briefing slides"),
        ("1.2", "Audit a sample of self-neglect section 42 enquiries to test whether the guidance is being applied.", "Head of Adult Safeguarding (RBC)", D(2025, 6, 30), "dd/mm/yyyy",
         "Audit tool agreed by the QA subgroup in December. Audit of 20 cases scheduled for May.", "Amber", AMBER, ""),
        ("rec", "Recommendation 2: Health partners to ensure that missed appointments for adults with care and support needs trigger a review of risk."),
        ("2.1", "Review the Was Not Brought / Did Not Attend policy so that it includes adults with care and support needs.", "Designated Nurse for Adult Safeguarding (NHS GM – Rochdale)", D(2025, 4, 1), "mmm-yy",
         "Draft policy out for consultation with providers until the end of March.", "Green", GREEN, "Draft policy v0.3"),
        ("2.2", "Primary care safeguarding leads to cascade the learning from Adult F to GP practices through the practice leads forum.", "Named GP for Safeguarding", "Ongoing", None,
         "Standing item on the practice leads forum agenda; 7-minute briefing circulated to all 29 practices.", "Green", GREEN, ""),
        None,
        ("rec", "Recommendation 3: The Board should seek assurance that carers' assessments are offered when an adult relies on a family carer."),
        ("3.1", "Adult Care to review the carers' assessment offer and how it is recorded on the case management system.", "AD Adult Care / Carers Lead", D(2025, 7, 31), "dd/mm/yyyy",
         "Delayed by the case management system upgrade. A data report will be produced once the new carers' form is live.", "Red", RED, ""),
        ("3.2", "Deliver joint training with the Carers Hub on recognising carer strain and escalating concerns.", "Carers Hub Manager", "Sept 2025", None,
         "Not yet started – dependent on 3.1.", "Not started", None, ""),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("DDEBF7")
            ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        ref, act, lead, date, fmt, prog, rag, col, ev = row
        put(ws, r, [ref, act, lead, date, prog, rag, ev])
        if fmt:
            ws.cell(row=r, column=4).number_format = fmt
        if col:
            ws.cell(row=r, column=6).fill = fill(col)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Red", RED, "Not on track – action at risk or overdue"), ("Amber", AMBER, "Some slippage – remedial action in place"),
           ("Green", GREEN, "On track to be delivered by the target date"), ("Complete", BLUE, "Action completed and evidence received by the Subgroup")]
    for k, col, txt in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFG", [9, 55, 28, 13, 55, 12, 25]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bz2-rochdale-borough-sab-sar-adult-f-action-plan.xlsx"))


# ------------------------------------------------------- 2 Trust board log
def bwc_board():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Birmingham Women's and Children's NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Board of Directors (Public) – Action Log"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Updated following the meeting held on 6 March 2025"
    put(ws, 5, ["Action No.", "Meeting Date", "Minute Ref", "Agenda Item", "Action", "Lead", "Due Date", "Update", "RAG"], bold=True, bg=GREY)
    data = [
        ("PB/24/41", D(2024, 9, 5), "24/118", "Integrated Performance Report", "Provide a breakdown of the 52-week waiters by specialty, including the trajectory for paediatric ENT.", "COO", D(2024, 11, 7),
         "Breakdown included in the November IPR appendix. Proposed for closure.", "B"),
        ("PB/24/57", D(2024, 11, 7), "24/151", "Freedom to Speak Up Report", "Bring back an analysis of speaking-up cases by staff group and ethnicity.", "Chief People Officer", D(2025, 3, 6),
         "Analysis presented to the People Committee in February; summary included in the Chair's report. Proposed for closure.", "B"),
        ("PB/24/63", D(2024, 11, 7), "24/156", "Maternity Safety Report", "Share the revised midwifery staffing trajectory and the plan for reducing the use of agency midwives.", "DoM/CNO", D(2025, 5, 1),
         "Trajectory agreed with finance; paper scheduled for the May Board.", "G"),
        ("PB/25/04", D(2025, 1, 9), "25/009", "Board Assurance Framework", "Review the scoring of BAF risk 3 (estates and infrastructure) in light of the theatre ventilation failure.", "Director of Strategy and Partnerships", D(2025, 3, 6),
         "Discussed at Audit Committee; rescoring deferred until the external engineer's report is received (expected April).", "A"),
        ("PB/25/07", D(2025, 1, 9), "25/014", "Patient Story", "Arrange for the Board to visit the Forward Thinking Birmingham crisis hub.", "Company Secretary", "Apr-25",
         "Date being confirmed with the service.", "G"),
        ("PB/25/11", D(2025, 1, 9), "25/021", "Finance Report", "Provide an update on the recovery of the CIP shortfall in Q4 and the risk to the year-end position.", "CFO", D(2025, 2, 6),
         "Not received in February; the CFO will report verbally in March and in writing in April.", "R"),
        ("PB/25/19", D(2025, 3, 6), "25/043", "Infection Prevention and Control", "Report on the outcome of the deep clean programme on Ward 11 and the cases of C. difficile.", "CNO, DIPC", D(2025, 6, 5),
         "New action.", "G"),
    ]
    colours = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    r = 6
    for d in data:
        put(ws, r, list(d))
        ws.cell(row=r, column=2).number_format = "dd/mm/yyyy"
        if isinstance(d[6], dt.datetime):
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(colours[d[8]])
        ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, t in [("B", "Complete – proposed for closure"), ("G", "On track – not yet due"), ("A", "At risk of missing the due date"), ("R", "Overdue")]:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = fill(colours[k])
        ws.cell(row=r, column=2, value=t)
    for col, w in zip("ABCDEFGHI", [11, 12, 10, 24, 50, 22, 12, 50, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bz2-birmingham-womens-childrens-nhsft-board-public-action-log.xlsx"))


# --------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def hdr(table, names, col="D9D9D9"):
    for i, n in enumerate(names):
        c = table.rows[0].cells[i]; c.text = ""
        run = c.paragraphs[0].add_run(n); run.bold = True
        shade(c, col)


# ---------------------------------------------------------------- 3 DHR docx
def st_helens_dhr():
    doc = Document()
    doc.add_heading("Safer St Helens Partnership", level=1)
    doc.add_heading("Domestic Homicide Review – 'Mia' – Action Plan", level=2)
    doc.add_paragraph("This action plan sets out how the partnership will respond to the recommendations of the Domestic Homicide Review "
                      "into the death of Mia in 2022. It is monitored by the DHR Standing Panel, which reports progress to the Safer St Helens "
                      "Partnership Board each quarter. Last updated: February 2025.")
    cols = ["Recommendation", "Scope of recommendation (local / regional / national)", "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date", "Completion Date and Outcome", "RAG"]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    hdr(t, cols)
    recs = [
        ("1. All agencies to ensure that practitioners routinely ask about domestic abuse when a patient or client presents with injuries or low mood.", "Local", [
            ("Refresh routine enquiry training for emergency department and urgent treatment centre staff.", "Mersey and West Lancashire Teaching Hospitals NHS Trust",
             "Training package revised and delivered to 86% of ED nursing staff.", "March 2025", "Completed 28/02/2025.", "Complete"),
            ("Include routine enquiry in the annual safeguarding audit of GP records.", "NHS Cheshire and Merseyside (St Helens Place)",
             "Audit tool updated; first audit cycle under way.", "31/05/2025", "", "Green"),
        ]),
        ("2. Housing providers to ensure that tenancy staff recognise and respond to indicators of domestic abuse.", "Local", [
            ("Deliver domestic abuse awareness training to all housing officers, including how to make a MARAC referral.", "Torus (St Helens)",
             "Two of four sessions delivered; remaining sessions booked.", "Q2 2025/26", "", "Green"),
            ("Review the tenancy visit checklist to include questions about who else is living at the property.", "St Helens Council Housing Options",
             "Draft checklist shared with the Standing Panel in January; awaiting sign-off by the Housing Board.", "Dec-24", "", "Amber"),
        ]),
        ("3. Merseyside Police to review how repeat calls to the same address are flagged to the Domestic Abuse Unit.", "Regional", [
            ("Test the repeat-location flag in the command and control system and brief control room supervisors.", "Merseyside Police",
             "Flag tested; supervisor briefing on hold pending the system upgrade.", "September 2025", "", "Red"),
        ]),
        ("4. The Partnership to share learning from this review with the public and professionals.", "Local", [
            ("Publish a 7-minute briefing and hold a practitioner learning event.", "Safer St Helens Partnership – DHR Coordinator",
             "Learning event held 14 November 2024 (120 attendees).", "November 2024", "Completed 14/11/2024.", "Complete"),
            ("Run a community awareness campaign on coercive control with local voluntary sector partners.", "St Helens Council Community Safety Team",
             "", "Ongoing", "", ""),
        ]),
    ]
    colmap = {"Complete": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, scope, acts in recs:
        first = None
        for j, (a, lead, ms, tgt, comp, rag) in enumerate(acts):
            row = t.add_row().cells
            vals = ["", "", a, lead, ms, tgt, comp, rag]
            if j == 0:
                vals[0], vals[1] = rec, scope
            for i, v in enumerate(vals):
                row[i].text = v
            if rag in colmap:
                shade(row[7], colmap[rag])
            if j == 0:
                first = row
            else:
                first[0].merge(row[0]); first[1].merge(row[1])
                first[0].text = rec; first[1].text = scope
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not on track; Amber – delayed but recoverable; Green – on track; Complete – action completed and evidence seen by the Standing Panel.")
    doc.add_paragraph("")
    doc.add_paragraph("Sign-off")
    s = doc.add_table(rows=3, cols=2); s.style = "Table Grid"
    s.cell(0, 0).text = "Agreed by"; s.cell(0, 1).text = "DHR Standing Panel Chair"
    s.cell(1, 0).text = "Date"; s.cell(1, 1).text = "12 February 2025"
    s.cell(2, 0).text = "Next review"; s.cell(2, 1).text = "May 2025"
    doc.save(os.path.join(OUT, "bz2-safer-st-helens-dhr-mia-action-plan.docx"))


# ------------------------------------------------------- 4 risk register refuse
def halton_risk():
    wb = Workbook(); ws = wb.active; ws.title = "Strategic Risk Register"
    ws["A1"] = "Halton Borough Council – Strategic Risk Register – Quarter 1 2025/26 Review"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:K1")
    ws["A2"] = "Presented to the Audit and Governance Board, 23 July 2025"
    cols = ["Risk Ref", "Risk Title", "Risk Owner", "Inherent Score (LxI)", "Existing Controls", "Further Mitigating Actions", "Action Owner",
            "Target Date", "Residual Score (LxI)", "Direction of Travel", "RAG"]
    put(ws, 4, cols, bold=True, bg=GREY)
    data = [
        ("SR1", "Financial sustainability", "Director of Finance", "5x5 = 25", "Medium Term Financial Strategy; monthly budget monitoring to Management Team.",
         "Deliver the 2025/26 savings programme and report progress to Executive Board monthly.", "Director of Finance", D(2026, 3, 31), "4x5 = 20", "↔", "Red", RED),
        ("", "", "", "", "", "Complete the review of reserves and agree a reserves strategy.", "Head of Finance", "Ocotber 2025", "", "", "Amber", AMBER),
        ("SR2", "Children's social care placement sufficiency", "Executive Director Children's Services", "4x5 = 20", "Sufficiency strategy; weekly placements panel.",
         "Open the second in-house children's home.", "Director of Children's Social Care", D(2025, 12, 1), "4x4 = 16", "↓", "Amber", AMBER),
        ("SR3", "Cyber security", "Director of ICT and Support Services", "4x5 = 20", "Firewalls; PSN compliance; annual penetration test.",
         "Complete phishing simulation and mandatory cyber training for all staff.", "ICT Security Manager", D(2025, 9, 30), "3x4 = 12", "↔", "Green", GREEN),
        ("SR4", "Adult social care market stability", "Executive Director Adults", "4x4 = 16", "Market position statement; provider forum.",
         "Agree the fee uplift for domiciliary care providers for 2025/26.", "Divisional Manager Commissioning", D(2025, 6, 30), "3x4 = 12", "↓", "Complete", BLUE),
    ]
    r = 5
    for d in data:
        put(ws, r, list(d[:11]))
        if isinstance(d[7], dt.datetime):
            ws.cell(row=r, column=8).number_format = "mmm-yy"
        ws.cell(row=r, column=11).fill = fill(d[11])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Direction of travel: ↑ increasing  ↔ unchanged  ↓ reducing. RAG relates to progress of the further mitigating actions.")
    for col, w in zip("ABCDEFGHIJK", [8, 24, 22, 12, 40, 45, 26, 14, 12, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bz2-halton-bc-strategic-risk-register-q1-2025-26-typo-month-refuse.xlsx"))


# ------------------------------------------------------------- 5 LCSPR txt
def pan_dorset_txt():
    lines = [
        "Pan-Dorset Safeguarding Children Partnership",
        "Local Child Safeguarding Practice Review – Child R – Action Plan (export from the partnership action tracker)",
        "Exported: 03/03/2025",
        "",
        "Ref\tAction\tLead\tBy when\tProgress update\tRAG",
        "Learning point 1: Professional curiosity about the adults living in or visiting the household",
        "1a\tRevise the 'Think Family' practice guidance to include enquiries about new partners and visiting adults.\tPartnership Business Manager\tJan-25\tGuidance revised and published on the website in January.\tB",
        "1b\tDeliver a multi-agency masterclass on professional curiosity and hidden men.\tPDSCP Learning and Development Lead\t30/04/2025\tVenue booked; programme agreed with the BCP and Dorset workforce leads.\tG",
        "1c\tHealth visiting records to prompt practitioners to record the details of all adults in the household.\tUniversity Hospitals Dorset / Dorset HealthCare\tJune 2025\tSystem change requested; awaiting a date from the supplier.\tA",
        "",
        "Learning point 2: Information sharing when a family moves between local authority areas",
        "2a\tAgree a transfer-in protocol for children open to early help who move between BCP and Dorset Council areas.\tHead of Early Help (BCP) and Head of Early Help (Dorset Council)\tQ1 2025/26\tDraft protocol discussed at the Practice Review Group in February.\tG",
        "2b\tAudit a sample of transfer-in cases to test the protocol once implemented.\tQuality Assurance Subgroup chair\tDec 2025\tNot started – dependent on 2a.\t",
        "",
        "Learning point 3: Responding to neglect of older children",
        "3a\tRelaunch the Graded Care Profile 2 across partner agencies, with a focus on adolescents.\tNeglect Strategy Lead\tOngoing\tRelaunch held in November; 148 practitioners trained so far.\tG",
        "3b\tSchools to include neglect indicators in designated safeguarding lead supervision.\tEducation Safeguarding Adviser\tSummer term 2025\tBriefing issued to DSL networks; uptake to be checked through the section 175 audit.\tA",
        "3c\tPolice to review the quality of Child Concern Notifications relating to neglect.\tDorset Police – DI Safeguarding Referral Unit\t31/03/2025\tDip sample completed; findings due at the March Executive.\tR",
        "",
        "RAG: B = complete; G = on track; A = some slippage; R = off track / overdue; blank = not yet started",
    ]
    with open(os.path.join(OUT, "bz2-pan-dorset-scp-lcspr-child-r-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------- 6 maternity highlight docx
def whh_highlight():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Safety Improvement Programme – Highlight Report", level=1)
    p = doc.add_paragraph(); p.add_run("Warrington and Halton Teaching Hospitals NHS Foundation Trust").bold = True
    doc.add_paragraph("Reporting period: February 2025   |   Report to: Quality Assurance Committee   |   Prepared by: Maternity Improvement Lead")
    doc.add_heading("1. Summary", level=2)
    doc.add_paragraph("Overall the programme remains on track. Two actions have been completed this month and one action is off track "
                      "because the recruitment of the bereavement midwife has been delayed. The CNST year 6 submission was made on time.")
    doc.add_heading("2. Key metrics", level=2)
    m = doc.add_table(rows=4, cols=3); m.style = "Table Grid"
    hdr(m, ["Measure", "Target", "February 2025"])
    for i, (a, b, c) in enumerate([("Midwife to birth ratio", "1:26", "1:27"), ("1:1 care in labour", "100%", "99.1%"), ("PROMPT training compliance", "90%", "93%")], 1):
        m.cell(i, 0).text = a; m.cell(i, 1).text = b; m.cell(i, 2).text = c
    doc.add_heading("3. Action progress", level=2)
    cols = ["Ref", "Workstream", "Action", "Owner", "Due", "Update", "Status"]
    t = doc.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
    hdr(t, cols, "B4C6E7")
    acts = [
        ("MN01", "Listening to women and families", "Launch the Maternity and Neonatal Voices Partnership 15 Steps walkaround and act on the findings.", "Head of Midwifery", "Jan-25",
         "Walkaround completed 21 January; report and actions shared with the MNVP.", "Complete"),
        ("MN02", "Listening to women and families", "Recruit a dedicated bereavement midwife.", "Head of Midwifery", "End of March 2025",
         "Post advertised twice with no appointable candidate; to be re-advertised with a revised job description.", "Off track"),
        ("MN03", "Growing, retaining and supporting our workforce", "Complete the Birthrate Plus reassessment and present the findings to Board.", "Director of Midwifery", "30/04/2025",
         "Data collection complete; report expected from Birthrate Plus in April.", "On track"),
        ("MN04", "Growing, retaining and supporting our workforce", "Achieve 90% compliance with fetal monitoring training for midwives and obstetricians.", "Clinical Director for Obstetrics / Fetal Monitoring Lead Midwife", "Q1 2025/26",
         "Midwives at 94%; obstetric compliance at 82% with sessions booked for the March rotation.", "At risk"),
        ("MN05", "Developing and sustaining a culture of safety", "Embed the PSIRF thematic review of post-partum haemorrhage and agree the improvement actions.", "Maternity Governance Lead", "February 2025",
         "Thematic review approved at the Patient Safety Group on 12 February.", "Complete"),
        ("MN06", "Standards and structures that underpin safer care", "Implement the Saving Babies' Lives Care Bundle version 3, element 2 (fetal growth restriction).", "Consultant Obstetrician (SBLCB lead)", "Jun-25",
         "Compliance with element 2 at 78%; audit of customised growth charts under way.", "On track"),
    ]
    colmap = {"Complete": "00B0F0", "On track": "92D050", "At risk": "FFC000", "Off track": "FF0000"}
    for a in acts:
        row = t.add_row().cells
        for i, v in enumerate(a):
            row[i].text = v
        shade(row[6], colmap[a[6]])
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber) – delivery at risk without intervention; Off track (red) – due date will be missed.")
    doc.add_heading("4. Risks and escalations", level=2)
    doc.add_paragraph("Bereavement midwife vacancy (risk ID 1642) remains on the divisional risk register at a score of 12. No escalations to the Board this month.")
    doc.save(os.path.join(OUT, "bz2-warrington-halton-hospitals-nhsft-maternity-neonatal-highlight-report.docx"))


# --------------------------------------------------------- 7 ICB csv export
def cw_icb_csv():
    hdrs = ["ID", "Meeting", "Title", "Action Description", "Assigned To", "Due Date", "Revised Due Date", "Status", "RAG", "Latest Update", "Modified"]
    rows = [
        ["SQG-117", "System Quality Group 14/11/2024", "Corridor care at UHCW", "Provide assurance on the harm review process for patients cared for in corridors in ED.",
         "Chief Nursing Officer (UHCW)", "2024-12-12", "2025-02-13", "Closed", "Blue", "Harm review process presented in February; SQG assured.", "2025-02-14"],
        ["SQG-121", "System Quality Group 14/11/2024", "CAMHS waiting times", "Share the recovery trajectory for CAMHS neurodevelopmental assessments.",
         "Director of Mental Health Commissioning", "2025-01-09", "", "Open", "Amber", "Trajectory drafted; validation with CWPT still under way.", "2025-02-20"],
        ["SQG-126", "System Quality Group 12/12/2024", "Care home quality", "Carry out a themed review of pressure ulcer incidents in nursing homes across Warwickshire North.",
         "Head of Quality (Care Homes) / Warwickshire County Council Quality Assurance Manager", "2025-03-13", "", "Open", "Green", "Data extracted; review panel meets on 6 March.", "2025-02-20"],
        ["SQG-129", "System Quality Group 12/12/2024", "LeDeR", "Report on the completion rate of LeDeR reviews within six months.",
         "LeDeR Local Area Contact", "2025-02-13", "", "Open", "Red", "Completion rate 48% against 80% target; backlog plan to come to March SQG.", "2025-02-20"],
        ["SQG-133", "System Quality Group 09/01/2025", "Maternity", "Circulate the LMNS perinatal quality surveillance dashboard to members monthly.",
         "LMNS Programme Manager", "Monthly", "", "Open", "Green", "Circulated with the January and February papers.", "2025-02-21"],
        ["SQG-135", "System Quality Group 09/01/2025", "Infection prevention", "Bring a system update on the increase in C. difficile cases and the antimicrobial stewardship actions.",
         "ICB Head of IPC", "2025-04-10", "", "Not started", "", "", "2025-01-10"],
        ["SQG-138", "System Quality Group 13/02/2025", "Patient safety", "Confirm that all providers have published their PSIRF plans and policies.",
         "Patient Safety Specialist", "2025-03-13", "", "Closed", "Blue", "All six providers confirmed; links saved in the SQG folder.", "2025-02-27"],
    ]
    with open(os.path.join(OUT, "bz2-coventry-warwickshire-icb-system-quality-group-action-log-export.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdrs)
        w.writerows(rows)


if __name__ == "__main__":
    rochdale_sar(); bwc_board(); st_helens_dhr(); halton_risk(); pan_dorset_txt(); whh_highlight(); cw_icb_csv()
