"""Generator for the av2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", S="BDD7EE").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names, fill="H"):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True); c.fill = FILL[fill]; c.border = BOX; c.alignment = WRAP


def put(ws, row, vals, fmts=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.border = BOX; c.alignment = WRAP
        if fmts and fmts.get(i):
            c.number_format = fmts[i]


# 1 ---------------------------------------------------------------- risk register
def risk_register():
    wb = Workbook(); ws = wb.active; ws.title = "SRR Q2 24-25"
    ws["A1"] = "Broadland District Council and South Norfolk Council"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Strategic Risk Register – mitigating actions update, Quarter 2 2024/25"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Report to Audit Committee, 14 November 2024"
    hdr(ws, 5, ["Ref", "Mitigating action", "Action owner", "Due date", "Q2 progress update", "RAG"])
    rows = [
        ("band", "SR01 – Financial sustainability: failure to deliver a balanced Medium Term Financial Strategy"),
        ("SR01.1", "Deliver the 2025/26 savings programme of £1.2m across both councils and report progress monthly to the joint Corporate Management Leadership Team.",
         "Director of Resources", D(2025, 3, 31), "dd/mm/yyyy", "Savings of £0.8m identified and agreed; remaining proposals to go to Cabinet in December.", "A"),
        ("SR01.2", "Refresh the Medium Term Financial Strategy following the provisional local government finance settlement.",
         "Assistant Director Finance", D(2025, 2, 1), "mmm-yy", "Timetable agreed; modelling of settlement scenarios under way.", "G"),
        ("band", "SR02 – Cyber security: loss of systems or data through a cyber attack"),
        ("SR02.1", "Achieve Public Services Network (PSN) compliance following the annual IT health check.",
         "ICT and Digital Manager", D(2024, 9, 30), "dd/mm/yyyy", "PSN certificate issued 20 September 2024.", "Complete"),
        ("SR02.2", "Roll out mandatory cyber awareness training to all staff and members, with completion tracked through the learning management system.",
         "Head of ICT and Digital / HR and OD Manager", D(2024, 12, 31), "dd/mm/yyyy", "86% of staff completed; member sessions booked for November.", "G"),
        ("SR02.3", "Test the ICT disaster recovery plan with a full failover exercise.",
         "Head of ICT and Digital", D(2025, 1, 31), "dd/mm/yyyy", "Exercise rescheduled from October to avoid the by-election period.", "A"),
        ("blank",),
        ("band", "SR03 – Housing and homelessness: rising demand for temporary accommodation exceeds supply and budget"),
        ("SR03.1", "Deliver the temporary accommodation acquisition programme (12 units) using Local Authority Housing Fund grant.",
         "Assistant Director Housing", D(2025, 3, 31), "dd/mm/yyyy", "7 units purchased; 3 further sales progressing. Programme at risk from market conditions.", "R"),
        ("SR03.2", "Monitor weekly use of bed and breakfast accommodation and report exceptions to the Portfolio Holder.",
         "Housing Options Manager", "Ongoing", None, "Weekly reporting in place since July.", "G"),
        ("band", "SR04 – Workforce: inability to recruit and retain staff in key roles"),
        ("SR04.1", "Complete the pay and grading review and implement the new pay structure.",
         "Director of People and Communities", "Q4 2024/25", None, "Job evaluation complete; consultation with UNISON begins in November.", "A"),
    ]
    r = 6
    for row in rows:
        if row[0] == "band":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        elif row[0] == "blank":
            pass
        else:
            ref, act, own, due, fmt, upd, rag = row
            put(ws, r, [ref, act, own, due, upd, rag], {4: fmt})
            c = ws.cell(row=r, column=6); c.fill = FILL["B" if rag == "Complete" else rag]
            c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True); r += 1
    for k, t in [("R", "R – action behind target and risk not reducing"), ("A", "A – some slippage, being managed"),
                 ("G", "G – on track"), ("B", "Complete – action delivered")]:
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=t); r += 1
    for col, w in zip("ABCDEF", [9, 60, 28, 12, 55, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "av2-broadland-south-norfolk-strategic-risk-register.xlsx"))


# 2 ---------------------------------------------------------------- CSPR
def cspr():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Bradford Partnership"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Local Child Safeguarding Practice Review – Child H: Multi-Agency Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Owner: Safeguarding Practice Review Sub-Group   |   Last updated: 09/02/2024"
    hdr(ws, 5, ["Recommendation", "Action No.", "Action", "Lead", "Timescale", "Revised timescale", "Progress update", "RAG"])
    recs = [
        ("Recommendation 1: The Partnership should seek assurance that agencies recognise and respond to the needs of babies living in households where parents misuse substances.", [
            ("1.1", "Refresh the multi-agency Pre-Birth Assessment Protocol to include substance misuse screening from the booking appointment.",
             "Head of Safeguarding, Bradford Teaching Hospitals", D(2023, 9, 30), None, "Protocol revised and published on the Partnership website in September 2023.", "B"),
            ("1.2", "Deliver briefing sessions for midwives, health visitors and drug and alcohol workers on the revised protocol.",
             "Named Midwife / Specialist Substance Misuse Worker (Project 6)", D(2023, 12, 31), D(2024, 3, 31), "Four sessions held; further dates set for February and March 2024.", "G"),
            ("1.3", "Audit a sample of pre-birth assessments to test whether the protocol is being followed.",
             "Partnership QA Manager", "June 2024", None, "Audit scheduled for Q1 2024/25.", None),
        ]),
        ("Recommendation 2: All agencies should ensure that fathers and other male carers are identified, assessed and included in plans for the child.", [
            ("2.1", "Launch the 'Think Dad' practice guidance and toolkit across the partnership.",
             "Principal Social Worker", D(2023, 11, 30), None, "Launched at the Partnership practice week, November 2023.", "B"),
            ("2.2", "Include questions on the involvement of fathers in all multi-agency audits for 2024.",
             "Partnership QA Manager", "Ongoing", None, "Questions added to the neglect audit tool; first audit reported to the Performance and Quality Assurance Sub-Group in January.", "G"),
        ]),
        ("Recommendation 3: Health partners should ensure that safe sleep advice is given and recorded at every contact with families of babies under 12 months.", [
            ("3.1", "Introduce a safe sleep assessment template on SystmOne for health visiting and GP practices.",
             "Designated Nurse Safeguarding Children (WY ICB)", D(2024, 1, 31), D(2024, 4, 30), "Template built; roll-out delayed by a system upgrade and now planned for April.", "A"),
            ("3.2", "Repeat the safe sleep campaign for parents over the Christmas period.",
             "Partnership Business Manager", D(2023, 12, 1), None, "Campaign ran 11–31 December 2023 and reached 14,000 people on social media.", "B"),
            ("3.3", "Report the number of sudden unexpected deaths in infancy in the Child Death Overview Panel annual report.",
             "CDOP Manager", "Annually", None, "2022/23 annual report included SUDI data; next report due September 2024.", "G"),
        ]),
    ]
    r = 6
    for rec, acts in recs:
        start = r
        for ref, act, lead, due, rev, upd, rag in acts:
            put(ws, r, [rec if r == start else None, ref, act, lead, due, rev, upd, None],
                {5: "mmm-yy" if isinstance(due, D) else None, 6: "mmm-yy"})
            if rag:
                ws.cell(row=r, column=8).fill = FILL[rag]
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete"), ("G", "On track"), ("A", "Some delay – within tolerance"), ("R", "Significant delay / not on track")]:
        ws.cell(row=r, column=1, value=t).fill = FILL[k]; r += 1
    for col, w in zip("ABCDEFGH", [45, 9, 50, 30, 11, 11, 50, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "av2-bradford-partnership-lcspr-child-h-action-plan.xlsx"))


# 3 ---------------------------------------------------------------- CQC must/should do
def cqc():
    wb = Workbook(); ws = wb.active; ws.title = "Must and Should Do"
    ws["A1"] = "Kingston Hospital NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC Inspection Report (published 2 August 2023) – Improvement Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Monitored by: Quality Assurance Committee. Position at: 31 January 2024"
    hdr(ws, 5, ["Ref", "Must / Should do", "Action", "Lead", "Due date", "Status", "Progress / evidence"])
    SF = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    groups = [
        ("Urgent and Emergency Care", [
            ("The trust must ensure that patients in the emergency department receive a timely initial assessment within 15 minutes of arrival. (Regulation 12)", [
                ("M1.1", "Introduce a streaming nurse at the front door between 10:00 and 02:00, seven days a week.", "Chief Nursing Officer",
                 D(2023, 10, 31), "Complete", "Streaming nurse rota in place from 2 October 2023. Median time to initial assessment 11 minutes in December."),
                ("M1.2", "Report time to initial assessment weekly to the Emergency Care Board, with exceptions escalated to the Executive Management Committee.",
                 "Divisional Director of Operations – Urgent Care", "Ongoing", "On track", "Weekly report in place since October 2023."),
            ]),
            ("The trust must ensure that all staff complete mandatory training, including safeguarding adults and children level 3, in line with trust targets. (Regulation 18)", [
                ("M2.1", "Set trajectories by team to reach 90% compliance and review them at monthly divisional performance meetings.", "Chief People Officer",
                 D(2024, 3, 31), "At risk", "Compliance at 84% (target 90%). Additional level 3 sessions commissioned for February and March."),
            ]),
        ]),
        ("Medicine (including older people's care)", [
            ("The trust should ensure that patients' nutrition and hydration needs are assessed and recorded accurately.", [
                ("S1.1", "Relaunch the MUST screening tool on the electronic patient record with mandatory fields.", "Head of Nutrition and Dietetics",
                 D(2023, 12, 15), "Complete", "Mandatory fields live from 4 December 2023."),
                ("S1.2", "Carry out monthly food and fluid chart audits on all medical wards and share the results at ward huddles.",
                 "Deputy Chief Nurse / Matron for Medicine", D(2024, 4, 30), "On track", "Audits started in November; compliance 78% in December and 85% in January."),
            ]),
            ("The trust should ensure that medicines are stored securely and that fridge temperatures are checked daily.", [
                ("S2.1", "Install remote temperature monitoring for all ward medicines fridges.", "Chief Pharmacist",
                 D(2024, 1, 31), "Off track", "Supplier delay; installation now expected by the end of March 2024. Manual checks audited weekly in the meantime."),
            ]),
        ]),
        ("Maternity", [
            ("The trust must ensure that the maternity triage service has enough suitably qualified midwives to assess women in a timely way. (Regulation 18)", [
                ("M3.1", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in maternity triage.", "Director of Midwifery",
                 D(2024, 2, 29), "On track", "BSOTS training 70% complete; go-live planned for 19 February."),
                ("M3.2", "Recruit to the 4.6 WTE triage midwife posts approved in the business case.", "Director of Midwifery",
                 "Q1 2024/25", "At risk", "2.0 WTE appointed. Remaining posts re-advertised in January."),
            ]),
        ]),
    ]
    r = 6
    for svc, reqs in groups:
        ws.cell(row=r, column=1, value=svc).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="005EB8")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7); r += 1
        for req, acts in reqs:
            start = r
            for ref, act, lead, due, st, upd in acts:
                put(ws, r, [ref, req if r == start else None, act, lead, due, st, upd],
                    {5: "dd-mmm-yy" if isinstance(due, D) else None})
                ws.cell(row=r, column=6).fill = FILL[SF[st]]
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True); r += 1
    for st, t in [("Complete", "action delivered and evidence submitted"), ("On track", "on course to deliver by the due date"),
                  ("At risk", "due date may be missed; mitigation in place"), ("Off track", "due date missed or will be missed")]:
        ws.cell(row=r, column=1, value=st).fill = FILL[SF[st]]
        ws.cell(row=r, column=2, value=t); r += 1
    for col, w in zip("ABCDEFG", [8, 50, 50, 30, 12, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "av2-kingston-hospital-cqc-must-should-do-action-plan.xlsx"))


# docx helpers ------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs: run.font.bold = True
        shade(t.rows[0].cells[i], "D9E1F2")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v or ""
    return t


# 4 ---------------------------------------------------------------- DHR
def dhr():
    doc = Document()
    doc.add_heading("Craven Community Safety Partnership: Domestic Homicide Review ‘Jane’ – Action Plan", 0)
    doc.add_paragraph("This action plan sets out how agencies will respond to the recommendations of the Domestic Homicide "
                      "Review into the death of Jane, a 74-year-old resident of Craven, in 2019. Progress is monitored by the "
                      "Craven Community Safety Partnership and reported to the North Yorkshire Domestic Abuse Joint Coordinating Group.")
    doc.add_paragraph("Document control").runs[0].font.bold = True
    table(doc, ["Version", "Date", "Author", "Comments"], [
        ["0.3", "14/09/2020", "DHR Panel Chair", "Draft agreed by panel"],
        ["1.0", "22/03/2021", "Community Safety Officer", "Updated with agency progress for CSP meeting"]])
    doc.add_paragraph("")
    doc.add_paragraph("Action plan").runs[0].font.bold = True
    hdr_ = ["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
            "Key milestones achieved in enacting recommendation", "Target date", "RAG status"]
    recs = [
        ("1. North Yorkshire Police should ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim away from the alleged perpetrator.", "Regional", [
            ("Issue a force-wide briefing to response officers on completing DASH in private.", "North Yorkshire Police",
             "Briefing issued via the daily bulletin on 3 December 2020.", "31/12/2020", "Complete"),
            ("Dip-sample 50 DASH forms each quarter to check where and how the assessment was completed.", "North Yorkshire Police",
             "First dip sample completed in February 2021: 41 of 50 completed in private.", "Quarterly", "Green")]),
        ("2. GP practices in Craven should routinely enquire about domestic abuse when patients present with anxiety, depression or repeated minor injuries.", "Local", [
            ("Roll out IRIS (Identification and Referral to Improve Safety) training to all Craven GP practices.", "NHS North Yorkshire CCG",
             "9 of 14 practices trained; remaining sessions delayed by the COVID-19 vaccination programme.", "March 2021", "Amber")]),
        ("3. Craven District Council Housing Options should ask about domestic abuse at every homelessness approach and refer high-risk cases to MARAC.", "Local", [
            ("Add a routine enquiry question and MARAC referral prompt to the homelessness assessment form.", "Craven District Council",
             "New form in use from 18 January 2021.", "End of January 2021", "Complete"),
            ("Train Housing Options staff in the use of the DASH risk checklist.", "Craven District Council / IDAS",
             "All six Housing Options officers trained by IDAS on 9 February 2021.", "Feb-21", "Complete")]),
        ("4. The Community Safety Partnership should raise awareness of domestic abuse support among older people and their families in rural Craven.", "Local", [
            ("Run a rural awareness campaign through parish councils, libraries and GP surgeries during the 16 Days of Action.", "Craven CSP",
             "Campaign materials being designed with Age UK Craven.", "November – December 2021", "Green")]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr_)); t.style = "Table Grid"
    for i, h in enumerate(hdr_):
        t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "D9E1F2")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.bold = True
    fills = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    for rec, scope, acts in recs:
        first = None
        for j, (act, lead, ms, due, rag) in enumerate(acts):
            cells = t.add_row().cells
            if j == 0:
                cells[0].text = rec; cells[1].text = scope; first = cells
            else:
                first[0].merge(cells[0]); first[1].merge(cells[1])
            cells[2].text = act; cells[3].text = lead; cells[4].text = ms; cells[5].text = due; cells[6].text = rag
            shade(cells[6], fills[rag])
    doc.save(os.path.join(OUT, "av2-craven-csp-dhr-jane-action-plan.docx"))


# 5 ---------------------------------------------------------------- highlight report
def highlight():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", 0)
    doc.add_paragraph("Royal United Hospitals Bath NHS Foundation Trust")
    doc.add_paragraph("Reporting period: April 2025   |   Report to: Quality Governance Committee   |   SRO: Director of Midwifery")
    doc.add_heading("Key messages", 2)
    doc.add_paragraph("Overall programme status remains amber. Recruitment following the Birthrate Plus review is progressing, "
                      "but the fresh-eyes CTG audit is behind plan and has been escalated.")
    hdr_ = ["Ref", "Milestone / action", "Owner", "Due", "RAG", "Update"]
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    ws = [
        ("Workstream 1: Safe staffing", [
            ("1.1", "Complete the Birthrate Plus workforce review and present the findings to Board.", "JS", "Mar-25", "B",
             "Presented to Board on 27 March 2025; funding for 6.2 WTE agreed."),
            ("1.2", "Recruit to the 6.2 WTE midwifery posts agreed following the Birthrate Plus review.", "JS", "30/09/2025", "A",
             "3.0 WTE appointed with start dates in July. International recruitment campaign under way for the remainder."),
            ("1.3", "Introduce a preceptorship retention programme for newly qualified midwives.", "AM", "Q2 25/26", "G",
             "Programme drafted with the practice development team.")]),
        ("Workstream 2: Fetal monitoring", [
            ("2.1", "Achieve 90% compliance with annual fetal monitoring training for midwives and obstetricians.", "LH/RP", "May 2025", "G",
             "Midwives 93%, obstetric staff 87%; two further study days booked in May."),
            ("2.2", "Introduce a fresh-eyes buddy review audit for intrapartum CTG interpretation.", "LH", "Jun-25", "R",
             "Audit tool not yet agreed; escalated to the Director of Midwifery. Recovery plan to May QGC.")]),
        ("Workstream 3: Listening to women and families", [
            ("3.1", "Hold a 15 Steps for Maternity walkaround of the birth centre with the Maternity and Neonatal Voices Partnership.", "KT", "Apr-25", "B",
             "Walkaround held 10 April 2025; report and actions received."),
            ("3.2", "Publish a 'You said, we did' update for families on the trust website every quarter.", "KT", "Quarterly", "G",
             "Q4 update published in April."),
            ("3.3", "Translate the postnatal discharge information into the five most-used community languages.", "KT & SM", "31/07/2025", "A",
             "Translation quotes received; funding source being confirmed.")]),
    ]
    for name, acts in ws:
        doc.add_heading(name, 2)
        t = table(doc, hdr_, [list(a) for a in acts])
        for i, a in enumerate(acts, 1):
            shade(t.rows[i].cells[4], fills[a[4]])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – at risk, mitigation in place; R – off track, escalation required.")
    doc.save(os.path.join(OUT, "av2-ruh-bath-maternity-neonatal-improvement-highlight-report.docx"))


# 6 ---------------------------------------------------------------- SAR tracker export (refuse)
def sar_csv():
    R1 = "Recommendation 1 - The Board should seek assurance that agencies apply the Mental Capacity Act when adults repeatedly decline care and support."
    R2 = "Recommendation 2 - Agencies should use the multi-agency self-neglect and hoarding protocol and escalate when engagement fails."
    R3 = "Recommendation 3 - The Board should be assured that hospital discharge planning includes the views of carers and community services."
    rows = [
        ["SARB-01", R1, "Deliver MCA executive capacity training to adult social care and community health staff.", "Principal Social Worker (Adults)", "31-Oct-2024", "Green", "Three of five sessions delivered; 112 staff attended."],
        ["SARB-02", R1, "Add a prompt on repeated refusals to the MCA assessment template on Mosaic.", "Mosaic Systems Lead", "30-Sep-2024", "Complete", "Prompt live from 2 September 2024."],
        ["SARB-03", R1, "Audit 20 cases where an adult declined care to test whether capacity was considered.", "SAB Business Manager", "31-Jan-2025", "Amber", "Audit tool agreed; case selection delayed by staff absence."],
        ["SARB-04", R2, "Relaunch the self-neglect and hoarding protocol with a 7-minute briefing.", "SAB Business Manager", "30-Spe-2024", "Complete", "Briefing circulated to all partners in September."],
        ["SARB-05", R2, "Include self-neglect escalation cases in the quarterly partnership performance report.", "Head of Safeguarding Adults", "Quarterly", "Green", "First report presented to the Board in December 2024."],
        ["SARB-06", R3, "Review the discharge checklist at Worcestershire Royal Hospital to include a carer conversation.", "Deputy Chief Nurse WAHT", "31-Dec-2024", "Red", "Checklist drafted but not yet approved by the divisional governance meeting."],
        ["SARB-07", R3, "Share learning from the review at the Integrated Discharge Hub team meeting.", "Integrated Discharge Hub Manager", "30-Nov-2024", "Complete", "Learning shared on 19 November 2024."],
    ]
    with open(os.path.join(OUT, "av2-worcestershire-sab-sar-mr-b-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["Worcestershire Safeguarding Adults Board - SAR Mr B Action Tracker"])
        w.writerow(["Exported 03/03/2025 10:42"])
        w.writerow([])
        w.writerow(["Action ID", "Recommendation", "Action", "Action Owner", "Target Date", "RAG", "Progress Update"])
        w.writerows(rows)


# 7 ---------------------------------------------------------------- board action log
def board_log():
    lines = [
        "University Hospitals Coventry and Warwickshire NHS Trust",
        "Trust Board (Public) – Action Log",
        "Updated following the meeting held on 6 March 2025",
        "",
        "\t".join(["Action No", "Date of meeting", "Action", "Lead", "Due date", "Revised due date", "RAG", "Update"]),
    ]
    rows = [
        ["TB24/068", "03/10/2024", "Report the results of the fire safety compartmentation survey and the remedial works programme.", "Director of Estates and Facilities", "Jan-25", "", "R", "Survey report received; costed works programme not yet finalised. Now overdue."],
        ["TB24/072", "03/10/2024", "Provide the Board with the findings of the external review of maternity governance.", "Chief Nursing Officer / Director of Midwifery", "Dec-24", "Jun-25", "A", "Final report expected May 2025; the review team extended its scope to include neonatal services."],
        ["TB24/081", "07/11/2024", "Provide an update on the elective recovery trajectory, including the position on 65-week waits.", "Chief Operating Officer", "Jan-25", "Mar-25", "B", "Update included in the Integrated Performance Report to the March 2025 Board."],
        ["TB24/094", "09/01/2025", "Circulate the revised Freedom to Speak Up policy to Board members before it goes to the People Committee.", "MB", "Feb-25", "", "B", "Circulated 12 February 2025."],
        ["TB24/097", "09/01/2025", "Bring a paper on the options for expanding the Hospital at Home virtual ward to a future Board development session.", "GK/SM", "May-25", "", "G", "Scheduled for the May Board development session."],
        ["TB25/003", "06/03/2025", "Include benchmarking of agency spend against peer trusts in the next Finance and Performance Committee report.", "SM", "Apr-25", "", "G", ""],
        ["TB25/006", "06/03/2025", "Review the wording of Board Assurance Framework risk 4 (workforce) to reflect the outcome of the staff survey.", "Chief People Officer", "30/04/2025", "", "G", "Draft wording to be agreed with the Chair of the People Committee."],
        ["TB25/009", "06/03/2025", "Arrange a Board visit to the Emergency Department and Acute Medical Unit.", "Director of Corporate Affairs", "TBC", "", "", "Dates being sought."],
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG: B = complete, propose to close; G = on track, not yet due; A = due date revised; R = overdue"]
    with open(os.path.join(OUT, "av2-uhcw-trust-board-action-log.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    risk_register(); cspr(); cqc(); dhr(); highlight(); sar_csv(); board_log()
