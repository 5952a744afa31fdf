"""Generator for the j2- blind cases (heldout21). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", start_color=v, end_color=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="00B0F0", H="1F4E78", S="D9E1F2", Y="F2F2F2").items()}

# ---------------------------------------------------------------- 1. ambulance trust CQC tracker (xlsx)
def ambulance():
    wb = Workbook(); ws = wb.active; ws.title = "QIP Tracker"
    ws["A1"] = "East Coast Ambulance Service NHS Trust - CQC Quality Improvement Plan: MUST and SHOULD Do Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Position as at 31 August 2024. Reviewed monthly at the Continuous Improvement and Regulatory Group (CIRG)."
    hdr = ["Ref", "Core service", "Regulation", "CQC finding", "Action", "Action lead",
           "Original completion date", "Revised completion date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h); cell.font = Font(bold=True, color="FFFFFF"); cell.fill = FILL["H"]
        cell.border = BOX; cell.alignment = Alignment(wrap_text=True)
    F1 = "The trust must ensure that emergency calls are answered in line with national call answering standards."
    F2 = "The trust must ensure that all staff complete safeguarding training at the level appropriate to their role."
    F3 = "The trust must ensure that medicines, including controlled drugs, are stored and recorded securely at all stations."
    F4 = "The trust should ensure that vehicle deep cleans are completed and recorded within the scheduled interval."
    F5 = "The trust should ensure that staff receive an annual appraisal."
    F6 = "The trust should ensure that learning from incidents is shared with frontline crews."
    rows = [
        ("S", "MUST DO ACTIONS"),
        ("MD1.1", "EOC", "Reg 12", F1, "Recruit to the funded call handler establishment, with a new training cohort every eight weeks", "Head of EOC", D(2024, 3, 31), D(2024, 9, 30), "A", "Three cohorts complete; establishment at 92%."),
        ("MD1.2", "EOC", "Reg 12", F1, "Introduce a daily call answering performance huddle in each EOC", "EOC Duty Managers", D(2024, 1, 31), None, "B", "In place since January; evidence held."),
        ("MD2.1", "Trust-wide", "Reg 13", F2, "Deliver level 3 safeguarding training to all clinical staff and report compliance monthly", "Deputy Director of Clinical Quality / Head of Safeguarding", D(2024, 6, 30), D(2024, 12, 31), "R", "Compliance 71% against 90% target; additional sessions booked."),
        ("MD3.1", "Emergency and urgent care", "Reg 12", F3, "Install digital controlled drug safes at all stations", "Head of Fleet and Estates", "Q3 2024/25", None, "G", "28 of 41 stations fitted."),
        ("MD3.2", "Emergency and urgent care", "Reg 12", F3, "Monthly medicines audit at every station, with results to the Medicines Optimisation Group", "Okoro, Femi", D(2024, 4, 30), None, "B", "Audit live from April."),
        ("S", "SHOULD DO ACTIONS"),
        ("SD1.1", "Emergency and urgent care", "Reg 15", F4, "Procure a make-ready service for the three largest hubs", "Head of Fleet and Estates", D(2024, 10, 31), D(2025, 1, 31), "A", "Tender evaluation delayed; award now December."),
        ("SD2.1", "Trust-wide", "Reg 18", F5, "Relaunch the appraisal window with protected time for crews", "Associate Director of Workforce and OD", D(2025, 3, 31), None, "G", "Appraisal rate 64% and rising."),
        ("SD3.1", "Trust-wide", "Reg 17", F6, "Publish a monthly learning bulletin and add learning from incidents to the start-of-shift briefing", "Head of Patient Safety", D(2024, 5, 31), None, "B", "Bulletin issued monthly since May."),
    ]
    r = 6
    for row in rows:
        if row[0] == "S":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for c in range(1, 11): ws.cell(row=r, column=c).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=v); cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, D): cell.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = FILL[row[8]]
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for k, t in [("R", "Off track - will not deliver by the completion date without intervention"),
                 ("A", "Some slippage - recovery plan agreed at CIRG"),
                 ("G", "On track to deliver by the completion date"),
                 ("B", "Complete and evidence accepted by CIRG")]:
        ws.cell(row=r, column=1, value=k).fill = FILL[k]; ws.cell(row=r, column=2, value=t); r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True); r += 1
    for k, n in [("MUST Do actions", 5), ("SHOULD Do actions", 3), ("Complete (B)", 3), ("On track (G)", 2), ("Slippage (A)", 2), ("Off track (R)", 1)]:
        ws.cell(row=r, column=1, value=k); ws.cell(row=r, column=2, value=n); r += 1
    for col, w in zip("ABCDEFGHIJ", [8, 18, 10, 45, 50, 28, 14, 14, 6, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "j2-ambulance-cqc-must-should-tracker-section-rows-revised-dates.xlsx"))

# ---------------------------------------------------------------- 2. internal audit tracker (xlsx, refuse)
def audit():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding recs Q3"
    ws["A1"] = "Internal Audit - Outstanding Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit, Standards and Governance Committee - Quarter 3 2024/25"
    hdr = ["Audit", "Final report", "Rec no.", "Priority", "Finding / recommendation", "Agreed management action",
           "Responsible officer", "Target completion date", "Revised target completion date", "Status", "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h); cell.font = Font(bold=True); cell.fill = FILL["Y"]; cell.border = BOX
    rows = [
        ("Payroll 2023/24", D(2024, 2, 14), "1", "2", "Starters and leavers forms are not always authorised before processing.", "Payroll to reject any unauthorised starter or leaver form and log rejections", "Payroll Manager", D(2024, 4, 30), None, "Complete", "Verified by audit in July 2024."),
        ("Payroll 2023/24", D(2024, 2, 14), "2", "3", "Overtime claims are not reconciled to rotas.", "Monthly sample check of overtime claims against rotas", "Payroll Manager", D(2024, 6, 30), D(2024, 12, 31), "Amber", "First two samples done."),
        ("Creditors 2023/24", D(2024, 3, 8), "1", "1", "Supplier bank detail changes are not independently verified.", "Introduce call-back verification for all supplier bank detail changes", "Head of Finance Operations", D(2024, 4, 30), None, "Complete", ""),
        ("Creditors 2023/24", D(2024, 3, 8), "2", "2", "Duplicate payment report is not run.", "Run the duplicate payment report weekly and record review", "Exchequer Team Leader", D(2024, 5, 31), D(2024, 9, 30), "Green", "Report built; weekly review started."),
        ("Creditors 2023/24", D(2024, 3, 8), "3", "2", "Purchase orders are raised after invoice receipt.", "No PO, no pay policy to be approved and communicated", "Head of Finance Operations", D(2024, 9, 30), "Mar-52", "Amber", "Policy drafted; awaiting CMT."),
        ("ICT Asset Management 2023/24", D(2024, 5, 21), "1", "2", "The asset register is incomplete.", "Complete a full reconciliation of laptops to the asset register", "ICT Service Manager", D(2024, 10, 31), None, "Red", "Resource diverted to M365 migration."),
        ("ICT Asset Management 2023/24", D(2024, 5, 21), "2", "3", "Leavers' equipment is not recovered promptly.", "Add equipment return to the leavers checklist", "ICT Service Manager; HR Business Partner", D(2024, 8, 31), None, "Complete", ""),
    ]
    r = 5
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v); cell.border = BOX; cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, D): cell.number_format = "dd/mm/yyyy"
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority 1 = fundamental; Priority 2 = important; Priority 3 = desirable")
    for col, w in zip("ABCDEFGHIJK", [26, 12, 8, 8, 40, 45, 28, 14, 14, 10, 34]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "j2-internal-audit-rec-tracker-revised-date-mar52-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol); tcPr.append(shd)

def table(doc, header, rows, fills=None, fillcol=None, headfill="1F4E78"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""; run = c.paragraphs[0].add_run(h); run.bold = True
        if headfill: shade(c, headfill); run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for j, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            lines = v.split("\n"); cells[i].text = lines[0]
            for ln in lines[1:]: cells[i].add_paragraph(ln)
        if fills and fills[j]: shade(cells[fillcol], fills[j])
    return t

# ---------------------------------------------------------------- 3. fire HMICFRS improvement plan (docx)
def fire():
    doc = Document()
    doc.add_heading("Northshire Fire and Rescue Service – HMICFRS Inspection 2019 Improvement Plan", level=0)
    doc.add_paragraph("Document control")
    table(doc, ["Version", "Date", "Author", "Changes"],
          [["0.3", "12/08/2019", "Strategic Planning Manager", "Draft for Corporate Governance Committee"],
           ["1.0", "30/09/2019", "Strategic Planning Manager", "Published"],
           ["1.4", "30/06/2020", "Strategic Planning Manager", "Quarter 1 2020/21 progress"]], headfill=None)
    doc.add_paragraph("")
    doc.add_paragraph("HMICFRS judged the Service as 'requires improvement' for effectiveness and efficiency and 'good' for people, "
                      "and identified areas for improvement. This plan sets out our actions against each area for improvement. "
                      "Progress is reported to the Corporate Governance Committee each quarter.")
    doc.add_paragraph("Status key")
    table(doc, ["Status", "Colour", "Meaning"],
          [["Complete", "Blue", "Action delivered and evidence held"],
           ["On track", "Green", "Progressing to the completion date"],
           ["Delayed", "Amber", "Completion date at risk"],
           ["Off track", "Red", "Will not be delivered without intervention"],
           ["Not started", "White", "Work not yet begun"]], headfill=None)
    COL = {"Complete": "00B0F0", "On track": "00B050", "Delayed": "FFC000", "Off track": "FF0000", "Not started": None}
    H = ["Ref", "Action", "Owner", "Completion date", "Status"]
    def afi(num, text, rows):
        doc.add_heading(f"Area for improvement {num}", level=2)
        doc.add_paragraph(text)
        table(doc, H, rows, fills=[COL[r[4]] for r in rows], fillcol=4)
        doc.add_paragraph("")
    doc.add_heading("Effectiveness", level=1)
    afi(1, "The service should ensure it gathers and records relevant and up-to-date risk information.",
        [["1.1", "Review the site-specific risk information policy and clarify who is responsible for gathering and recording risk information", "Area Manager, Community Risk", "31/12/2019", "Complete"],
         ["1.2", "Complete a programme of risk visits to all very high risk premises", "Head of Protection / Station Manager Risk", "Sept 2019 – March 2020", "Delayed"]])
    afi(2, "The service should ensure its prevention work is targeted at the people most at risk from fire.",
        [["2.1", "Agree data-sharing arrangements with health and social care partners to identify vulnerable people", "Head of Prevention", "March 2020", "Complete"],
         ["2.2", "Introduce a targeting matrix for home fire safety visits", "Head of Prevention", "Q2 2020/21", "On track"],
         ["2.3", "Evaluate prevention activity and report outcomes to the Corporate Governance Committee", "Head of Prevention", "Ongoing", "Not started"]])
    doc.add_heading("Efficiency", level=1)
    afi(3, "The service should make sure it has effective arrangements in place to monitor the availability of on-call fire engines.",
        [["3.1", "Implement the availability dashboard for on-call appliances", "Head of Response", "End of June 2020", "Off track"],
         ["3.2", "Review on-call contracts to improve daytime availability", "Head of Response and Head of HR", "31/03/2021", "On track"]])
    doc.add_heading("People", level=1)
    afi(4, "The service should ensure it has robust processes in place to identify and develop high-potential staff.",
        [["4.1", "Launch a talent management scheme open to all staff", "Head of Organisational Development", "October 2020", "On track"],
         ["4.2", "Publish promotion process guidance and feedback arrangements", "Head of HR", "31/05/2020", "Complete"]])
    doc.add_paragraph("Progress at 30 June 2020: 9 actions; 3 complete, 3 on track, 1 delayed, 1 off track, 1 not started.")
    doc.save(os.path.join(OUT, "j2-fire-hmicfrs-improvement-plan-afi-headings-table-per-afi.docx"))

def vmerge(t, col, r0, r1):
    a = t.cell(r0, col); b = t.cell(r1, col); txt = a.text
    m = a.merge(b); 
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    m.paragraphs[0].text = txt

# ---------------------------------------------------------------- 4. LGA corporate peer challenge action plan (docx)
def lga():
    doc = Document()
    doc.add_heading("Corporate Peer Challenge 2023 – Council Action Plan", level=0)
    doc.add_paragraph("Peer challenge held 7–10 March 2023. Action plan agreed by Cabinet on 26 October 2023; progress as at January 2024.")
    doc.add_paragraph("Version history")
    table(doc, ["Version", "Date", "Status"], [["1.0", "26/10/2023", "Agreed by Cabinet"], ["1.1", "15/01/2024", "Progress update for Overview and Scrutiny"]], headfill=None)
    doc.add_paragraph("")
    R1 = "R1: Develop a clear, shared narrative for the borough's future that is owned by members, staff and partners."
    R2 = "R2: Strengthen the medium-term financial strategy so that savings are identified for all years of the plan."
    R3 = "R3: Ensure sufficient senior capacity to deliver the council's transformation programme."
    R4 = "R4: Improve the use of performance data to inform decisions."
    rows = [
        [R1, "1.1", "Run a series of partner workshops to co-produce a place vision", "Head of Policy", "December 2023", "Workshops held in October and November.", "Complete"],
        [R1, "1.2", "Refresh the Corporate Plan around the agreed vision", "Managing Director", "By 31 March 2024", "Draft plan to Cabinet in March.", "Green"],
        [R2, "2.1", "Identify savings proposals for 2025/26 and 2026/27", "Director of Finance; Head of Policy", "Q4 2023/24", "£4.1m identified against £6.3m gap.", "Amber"],
        [R2, "2.2", "Quarterly budget monitoring reports to include savings delivery tracker", "Director of Finance", "Ongoing", "Tracker included from Q2 report.", "Green"],
        [R3, "3.1", "Recruit a permanent Director of Transformation", "Jo Patel and Sam Lee", "June 2023 – January 2024", "Interim in post; permanent recruitment relaunched.", "Amber"],
        [R3, "3.2", "Establish a Transformation Board chaired by the Managing Director", "Managing Director", "September 2023", "Board meets monthly.", "Complete"],
        [R4, "4.1", "Introduce a corporate performance dashboard for Cabinet and CMT", "Head of HR and OD", "April 2024", "", "Not started"],
    ]
    t = table(doc, ["Recommendation", "No.", "Action", "Lead", "Timescale", "Progress", "RAG"], rows)
    # recommendation merged down over its actions (rows are 1-based after header)
    vmerge(t, 0, 1, 2); vmerge(t, 0, 3, 4); vmerge(t, 0, 5, 6)
    doc.add_paragraph("")
    doc.add_paragraph("Summary of progress: Complete 2; Green 2; Amber 2; Red 0; Not started 1.")
    doc.save(os.path.join(OUT, "j2-lga-peer-challenge-action-plan-rec-merged-down-version-table.docx"))

# ---------------------------------------------------------------- 5. academy post-Ofsted plan (docx)
def academy():
    doc = Document()
    doc.add_heading("Oakfield Academy – Post-Ofsted Action Plan 2024–25", level=1)
    doc.add_paragraph("Part of the Riverside Learning Trust. Inspection: 12–13 March 2024. Plan monitored by the Local Governing Body each half term.")
    RAGC = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0", "": None}
    H = ["Action", "Lead", "Timescale", "Success criteria", "RAG"]
    def pri(head, rec, rows):
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(); r = p.add_run(rec); r.italic = True
        table(doc, H, [x[:4] + [""] for x in rows], fills=[RAGC[x[4]] for x in rows], fillcol=4, headfill="385623")
        doc.add_paragraph("")
    pri("Priority 1: Curriculum in the foundation subjects",
        "Leaders should ensure that the curriculum in the foundation subjects identifies the important knowledge pupils should learn and the order in which they learn it.",
        [["Subject leaders to map the essential knowledge for each foundation subject from Year 1 to Year 6", "DHT (Curriculum)", "Autumn term 2024", "Knowledge maps in place for all subjects", "B"],
         ["Subject leader release time for monitoring and pupil voice", "Subject leaders", "Termly", "Monitoring records show sequencing is followed", "G"],
         ["Trust curriculum lead to quality assure history and geography maps", "JB & KM", "Spring term 2025", "QA report to LGB", "A"]])
    pri("Priority 2: Checking pupils' understanding",
        "Leaders should ensure that teachers check pupils' understanding systematically and address misconceptions quickly.",
        [["Whole-staff training on retrieval practice and live marking", "HT", "w/c 02/09/24", "All staff trained on the INSET day", "B"],
         ["Instructional coaching cycles for all teachers", "DHT (Teaching and Learning)", "Sept 2024 – July 2025", "Coaching logs show improved checking for understanding", "G"]])
    pri("Priority 3: Pupils with SEND",
        "Leaders should ensure that the support for pupils with special educational needs and/or disabilities is precisely matched to their needs.",
        [["Review all SEN support plans with parents and class teachers", "SENDCo / Phase leaders", "Summer term 2025", "Every plan reviewed with targets that are specific", "R"],
         ["Train teaching assistants in precision teaching", "SENDCo", "September 2024", "TA observations show consistent practice", ""]])
    doc.add_paragraph("RAG key")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, txt) in enumerate([("FF0000", "Significant concern – action not yet having impact"), ("FFC000", "Some progress – further work needed"),
                                   ("00B050", "On track"), ("00B0F0", "Achieved and impact evidenced")]):
        shade(t.cell(i, 0), k); t.cell(i, 1).text = txt
    doc.save(os.path.join(OUT, "j2-academy-post-ofsted-plan-school-terms-rag-fill-no-refs.docx"))

# ---------------------------------------------------------------- 6. police HMICFRS tracker export (csv)
def police():
    REC1 = "The force should improve how it records crime, so that reports of violence are recorded within 24 hours."
    REC2 = "The force should ensure supervisors review investigations regularly and record their direction."
    REC3 = "The force should ensure detained persons are offered a copy of their rights in a language they understand."
    lines = [
        ["Northbridge Police - HMICFRS Recommendations and AFI Tracker"],
        ["Extract from the force improvement tracker as at 31/01/2024"],
        [],
        ["Report", "Ref", "Type", "Recommendation / AFI", "Action", "Owner", "Due date", "Revised due date", "RAG", "Latest update"],
        ["PEEL 2021/22", "AFI 1.1", "AFI", REC1, "Deploy the crime recording decision-maker team to the contact centre", "Supt J. Okafor", "31/03/2023", "30/09/2023", "B", "Closed at Strategic Improvement Board December 2023"],
        ["PEEL 2021/22", "AFI 1.2", "AFI", REC1, "Monthly crime data integrity audit of violence reports", "Force Crime Registrar", "30/06/2023", "", "G", "Audit compliance 94%"],
        ["PEEL 2021/22", "AFI 2.1", "AFI", REC2, "Introduce an investigation supervision template in the records system", "DCI Hale; DI Morris", "31/08/2023", "31/03/2024", "A", "Template built; awaiting system release"],
        ["PEEL 2021/22", "AFI 2.2", "AFI", REC2, "Supervisor training on investigation plans for all sergeants", "Head of Learning and Development", "31/12/2023", "", "R", "Only 48% trained; course places increased"],
        ["Custody inspection 2023", "C1", "Recommendation", REC3, "Provide rights and entitlements leaflets in the 20 most common languages in every custody suite", "Ch Insp R. Bell / Insp T. Shah", "31/10/2023", "", "B", "Leaflets in place"],
        ["Custody inspection 2023", "C2", "Recommendation", REC3, "Add the offer of translated rights to the custody record booking-in screen", "Ch Insp R. Bell", "30/04/2024", "", "", "Awaiting allocation to IT change board"],
    ]
    lines += [[], ["RAG key: R = off track; A = at risk; G = on track; B = complete and closed"], ["Total actions: 6; B 2, G 1, A 1, R 1, not yet rated 1"]]
    with open(os.path.join(OUT, "j2-police-hmicfrs-tracker-export-title-lines-rag-letters.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(lines)

# ---------------------------------------------------------------- 7. council housing improvement plan (csv)
def housing():
    lines = [
        ["Housing Improvement Plan - response to the Regulator of Social Housing regulatory judgement (C3)"],
        ["Updated 14 February 2025 for Housing Improvement Board"],
        ["No.", "Theme", "Finding", "Action", "Responsible officer", "Original target", "Revised target", "Status", "Comments"],
        ["1", "Safety and Quality", "The council does not have up-to-date stock condition data for all homes.", "Commission stock condition surveys for 100% of homes over two years", "Head of Asset Management", "Q2 2024/25", "Q4 2025/26", "Amber", "42% of surveys complete"],
        ["2", "", "", "Load survey data to the asset management system and validate it\nReport data quality to Housing Improvement Board quarterly", "Smith, Karen", "Dec-24", "", "Green", ""],
        ["3", "", "Overdue fire risk assessment actions are not tracked.", "Create a single tracker for all fire risk assessment remedial actions", "Building Safety Manager", "31/07/2024", "", "Complete", "Tracker live"],
        ["4", "", "", "Clear all high-risk overdue fire risk assessment actions", "Head of Repairs & Head of Asset Management", "31/10/2024", "31/03/2025", "Red", "Contractor capacity issues"],
        ["5", "Transparency, Influence and Accountability", "Tenants are not given information about the performance of the service.", "Publish Tenant Satisfaction Measures and repairs performance on the website", "Director of Housing", "March 2025", "", "Not started", ""],
        ["6", "", "Complaints are not handled in line with the Housing Ombudsman's Complaint Handling Code.", "Complete the annual self-assessment against the Complaint Handling Code and report it to Cabinet", "Complaints and Information Manager", "30/06/2024", "", "Complete", "Reported June 2024"],
        ["7", "", "", "Quarterly review of complaint learning with tenants' panel", "Complaints and Information Manager", "Ongoing", "", "Green", ""],
        [],
        ["Summary", "", "", "7 actions", "", "", "", "Complete 2; Green 2; Amber 1; Red 1; Not started 1", ""],
    ]
    with open(os.path.join(OUT, "j2-housing-rsh-improvement-plan-theme-blank-on-continuation.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(lines)

if __name__ == "__main__":
    ambulance(); audit(); fire(); lga(); academy(); police(); housing()
