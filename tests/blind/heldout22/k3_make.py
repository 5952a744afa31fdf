import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(OUT, n)
D = dt.datetime

# ---------- 1. docx: East Dunbartonshire CPP, children at risk of harm ----------
def f1():
    d = Document()
    d.add_heading("Joint Inspection of Services for Children at Risk of Harm – Improvement Plan 2023-25", 0)
    d.add_paragraph("East Dunbartonshire Community Planning Partnership – Chief Officers Group")
    d.add_heading("Document control", 2)
    t = d.add_table(rows=3, cols=4); t.style = "Table Grid"
    for r, row in enumerate([("Version", "Date", "Author", "Changes"),
                             ("0.3", "02/06/2023", "CPC Lead Officer", "Draft for COG"),
                             ("1.0", "14/06/2023", "CPC Lead Officer", "Approved by COG")]):
        for c, v in enumerate(row): t.cell(r, c).text = v
    d.add_paragraph("")
    d.add_paragraph("RAG key:  G = on track;  A = some slippage;  R = significant delay;  C = complete")
    rows = [
        ("H", "Priority 1 – Hearing children's voices"),
        ("I", "Partners should ensure that the views of children and young people consistently inform their child protection plans."),
        ("1.1", "Roll out the Mind of My Own app to all children's social work teams and promote its use before every child protection planning meeting.", "Service Manager, Child Protection", "March 2024", "C"),
        ("1.2", "Audit 40 child protection plans to test whether children's views are recorded and acted upon; report findings to the Child Protection Committee.", "Lead Officer, Child Protection Committee", "Sept 2023 – March 2024", "A"),
        ("1.3", "Refresh advocacy commissioning so every child aged 8+ on the child protection register is offered independent advocacy.", "Head of Children's Health, Care and Justice", "Q2 2024/25", "G"),
        ("H", "Priority 2 – Planning and assessment"),
        ("I", "Partners should improve the quality and consistency of chronologies and risk assessments."),
        ("2.1", "Deliver multi-agency chronology training to social work, health visiting, education and police staff.", "Learning and Development Officer (CPC)", "June 2024", "G"),
        ("2.2", "Introduce a single-agency chronology template in the CareFirst system, with a linked multi-agency summary.", "Business Support Manager / Systems Lead", "December 2024", "R"),
        ("2.3", "Embed the National Risk Framework in all initial referral discussions (IRDs), with quarterly quality assurance sampling.", "Chief Social Work Officer", "Ongoing", "G"),
        ("H", "Priority 3 – Leadership and use of data"),
        ("I", "Leaders should strengthen the use of data to evaluate the impact of services on outcomes for children at risk of harm."),
        ("3.1", "Develop a quarterly child protection minimum dataset dashboard for the Chief Officers Group.", "Planning & Performance Manager", "31/10/2023", "C"),
        ("3.2", "Hold two multi-agency self-evaluation events per year using the quality improvement framework, with the findings reported to the Child Protection Committee.", "Independent Chair, CPC & CPC Lead Officer", "Six-monthly", ""),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, v in enumerate(["No.", "Improvement action", "Lead", "Timescale", "RAG"]):
        t.cell(0, c).text = v
        t.cell(0, c).paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        if row[0] in ("H", "I"):
            m = cells[0].merge(cells[4]); m.text = row[1]
            run = m.paragraphs[0].runs[0]
            if row[0] == "H": run.bold = True
            else: run.italic = True
        else:
            for c, v in enumerate(row): cells[c].text = v
    d.add_paragraph("")
    d.add_heading("Sign-off", 2)
    t = d.add_table(rows=2, cols=3); t.style = "Table Grid"
    for r, row in enumerate([("Approved by", "Role", "Date"), ("Chief Officers Group", "Chair, COG", "14 June 2023")]):
        for c, v in enumerate(row): t.cell(r, c).text = v
    d.save(P("k3-edunbarton-cyp-harm.docx"))

# ---------- 2. docx: HIW improvement plan, Wrexham Maelor ED ----------
def f2():
    d = Document()
    d.add_heading("Improvement plan: Wrexham Maelor Hospital Emergency Department", 1)
    for s in ["Hospital: Wrexham Maelor Hospital", "Ward/department: Emergency Department",
              "Health board: Betsi Cadwaladr University Health Board", "Date of inspection: 6 and 7 August 2019"]:
        d.add_paragraph(s)
    d.add_paragraph("The table below includes any other improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    plan = [
        ("S", "Quality of the patient experience"),
        ("N", "The health board must ensure that patients' privacy and dignity is maintained when care is provided in the corridor area.", "4.1 Dignified Care", [
            ("Privacy screens to be purchased for use in the corridor area when patients are being assessed.", "Head of Nursing, Emergency Department", "30/09/2019"),
            (["Corridor care standard operating procedure to be reviewed and re-issued to all staff.", "Compliance to be monitored through monthly dignity audits."], "Matron, ED", "November 2019"),
        ]),
        ("N", "The health board must ensure that patients are offered regular food and drinks during long waits in the department.", "2.5 Nutrition and Hydration", [
            ("Introduce two-hourly comfort rounds, recorded on the ED safety checklist.", "Senior Sister / Charge Nurse", "Immediate"),
        ]),
        ("S", "Delivery of safe and effective care"),
        ("N", "The health board must ensure that resuscitation equipment is checked daily and that checks are recorded.", "3.1 Safe and Clinically Effective care", [
            ("Daily resuscitation trolley checklist introduced, with weekly audit by the nurse in charge.", "Matron, ED", "August 2019"),
            ("Resuscitation equipment compliance to be reported to the Quality and Safety Group each month.", "Head of Nursing, Emergency Department", "Monthly"),
        ]),
        ("N", "The health board must ensure that medicines are stored securely and that fridge temperatures are recorded daily.", "2.6 Medicines Management", [
            ("Replacement keypad locks fitted to the clean utility room.", "Estates Manager (East)", "31 October 2019"),
            ("Fridge temperature monitoring added to the daily safety huddle checklist.", "Ward Pharmacist and Matron, ED", "October 2019"),
        ]),
        ("S", "Quality of management and leadership"),
        ("N", "The health board must ensure that staff complete mandatory training, in particular safeguarding level 3.", "7.1 Workforce", [
            ("Protected training time of 7.5 hours per quarter agreed for all ED nursing staff.", "Directorate General Manager", "Q4 2019/20"),
            ("Training compliance to be reviewed at monthly performance meetings, with individual trajectories for staff below 85%.", "Clinical Director, ED", "January 2020"),
        ]),
    ]
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, v in enumerate(["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale"]):
        t.cell(0, c).text = v; t.cell(0, c).paragraphs[0].runs[0].bold = True
    for item in plan:
        if item[0] == "S":
            cells = t.add_row().cells
            m = cells[0].merge(cells[4]); m.text = item[1]; m.paragraphs[0].runs[0].bold = True
            continue
        _, need, std, acts = item
        first = None
        for i, (act, who, when) in enumerate(acts):
            cells = t.add_row().cells
            if i == 0:
                cells[0].text = need; cells[1].text = std; first = cells
            if isinstance(act, list):
                cells[2].text = act[0]
                for extra in act[1:]: cells[2].add_paragraph(extra)
            else:
                cells[2].text = act
            cells[3].text = who; cells[4].text = when
        if len(acts) > 1:
            last = t.rows[len(t.rows) - 1].cells
            first[0].merge(last[0]); first[1].merge(last[1])
    d.add_paragraph("")
    d.add_paragraph("Service representative")
    t = d.add_table(rows=3, cols=2); t.style = "Table Grid"
    for r, row in enumerate([("Name (print):", "A. Hughes"), ("Job role:", "Director of Nursing (East)"), ("Date:", "25 October 2019")]):
        for c, v in enumerate(row): t.cell(r, c).text = v
    d.save(P("k3-hiw-wrexham-ed.docx"))

# ---------- 3. xlsx: Bridgend Audit Wales management response ----------
def f3():
    wb = Workbook(); ws = wb.active; ws.title = "Management response"
    ws["A1"] = "Performance Management Review – Management Response"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Bridgend County Borough Council. Report issued by Audit Wales: February 2023. Progress at 31 December 2023."
    hdr = ["Recommendation", "Action no.", "Management response / action", "Completion date", "Responsible officer", "Progress (RAG)"]
    for c, v in enumerate(hdr, 1):
        ws.cell(4, c, v).font = Font(bold=True)
    recs = [
        ("R1 The Council should strengthen its performance management framework so that it sets out clearly how performance information is used to drive improvement.", [
            ("1a", "Refresh the Corporate Performance Management Framework and take it to Cabinet for approval.", D(2023, 6, 30), "Chief Officer – Finance, Performance & Change", "Complete"),
            ("1b", "Publish a guide for managers on using the performance dashboard in directorate management team meetings.", D(2023, 9, 30), "Corporate Performance Manager", "Green"),
        ]),
        ("R2 The Council should improve the quality of its performance measures so that they reflect outcomes for residents, not just outputs.", [
            ("2a", "Review all corporate plan measures with directorates and replace output measures where an outcome measure is available.", D(2023, 12, 31), "KW / DR", "Amber"),
            ("2b", "Set targets for each new measure using benchmarking data from Data Cymru.", D(2024, 3, 31), "Corporate Performance Manager", "Amber"),
            ("2c", "Include a short 'so what?' narrative for each red measure in quarterly performance reports.", D(2023, 10, 31), "Directorate performance leads", "Complete"),
        ]),
        ("R3 The Council should ensure that Overview and Scrutiny Committees receive timely performance information to support effective challenge.", [
            ("3a", "Agree a forward work programme aligning quarterly performance reports with scrutiny meeting dates.", D(2023, 7, 31), "Democratic Services Manager", "Complete"),
            ("3b", "Deliver training for scrutiny members on interpreting performance data.", D(2024, 1, 31), "Democratic Services Manager / Corporate Performance Manager", "Not started"),
        ]),
    ]
    r = 5
    for rec, acts in recs:
        start = r
        ws.cell(r, 1, rec)
        for (no, act, when, who, rag) in acts:
            ws.cell(r, 2, no); ws.cell(r, 3, act)
            c = ws.cell(r, 4, when); c.number_format = "dd/mm/yyyy"
            ws.cell(r, 5, who); ws.cell(r, 6, rag)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=4, max_row=r):
        for c in row: c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r + 1, 1, "RAG: Complete = action delivered; Green = on track; Amber = at risk of slipping; Red = overdue")
    for col, w in zip("ABCDEF", [45, 10, 60, 14, 34, 14]): ws.column_dimensions[col].width = w
    wb.save(P("k3-bridgend-auditwales-pm.xlsx"))

# ---------- 4. xlsx: SPA / Police Scotland HMICS tracker, fill-only RAG ----------
def f4():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "HMICS Improvement Plans – Progress Summary"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Policing Performance Committee, 16 September 2025"
    hdr = ["HMICS Report", "Recommendation", "Ref", "Improvement Action", "Owner", "Original Target", "Revised Target", "RAG", "Update"]
    for c, v in enumerate(hdr, 1): ws.cell(3, c, v).font = Font(bold=True)
    fills = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    rows = [
        ("Frontline Focus – Wellbeing (2023)", "Recommendation 1: Police Scotland should develop a wellbeing strategy informed by the views of officers and staff.",
         "WB-1.1", "Run a force-wide wellbeing survey and publish the results internally.", "Head of Wellbeing", D(2024, 3, 31), None, "B", "Survey closed Feb 24; results published on the intranet."),
        (None, None, "WB-1.2", "Publish the Wellbeing Strategy 2024-27 following consultation with staff associations.", "Ch Supt People & Development", D(2024, 6, 30), D(2024, 11, 30), "G", "Consultation extended to include SPA staff."),
        (None, "Recommendation 2: Police Scotland should ensure that line managers are trained to recognise and respond to signs of trauma.",
         "WB-2.1", "Include trauma-informed practice in the probationer and first-line manager programmes.", "Supt Learning, Training & Development", D(2024, 9, 30), D(2025, 3, 31), "A", "Module drafted; awaiting accreditation."),
        (None, None, "WB-2.2", "Extend the TRiM (Trauma Risk Management) network so that every division has at least ten trained practitioners.", "ACC Roberts / Supt Blair", D(2024, 12, 31), None, "G", "11 of 13 divisions at target."),
        ("Thematic Inspection of Organisational Culture (2023)", "Recommendation 3: Police Scotland should improve the confidence of officers and staff in reporting inappropriate behaviour.",
         "OC-3.1", "Launch an anonymous reporting line managed by Professional Standards.", "Head of Professional Standards", D(2024, 4, 30), None, "B", "Live since April 2024."),
        (None, None, "OC-3.2", "Publish quarterly 'you said, we did' summaries of outcomes from concerns raised.", "Head of Professional Standards", D(2024, 7, 31), D(2025, 1, 31), "R", "First summary not yet published."),
        (None, "Recommendation 4: Police Scotland should embed its values in promotion and selection processes.",
         "OC-4.1", "Add a values-based interview question to all promotion boards.", "Director of People & Development", D(2024, 10, 31), None, "G", "Used at sergeant and inspector boards."),
        (None, None, "OC-4.2", "Evaluate the impact of values-based selection after two promotion cycles.", "Director of People & Development", "TBC", None, None, "Dependent on OC-4.1."),
    ]
    for i, row in enumerate(rows, 4):
        for c, v in enumerate(row, 1):
            if c == 8:
                if v: ws.cell(i, c).fill = PatternFill("solid", fgColor=fills[v])
                continue
            cell = ws.cell(i, c, v)
            if isinstance(v, dt.datetime): cell.number_format = "mmm-yy"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", [28, 45, 9, 50, 30, 12, 12, 8, 40]): ws.column_dimensions[col].width = w
    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"; k["A1"].font = Font(bold=True)
    for i, (code, txt) in enumerate([("B", "Complete – evidence submitted to HMICS"), ("G", "On track"), ("A", "Risk to timescale"), ("R", "Off track")], 2):
        k.cell(i, 1).fill = PatternFill("solid", fgColor=fills[code]); k.cell(i, 2, txt)
    wb.save(P("k3-spa-hmics-tracker.xlsx"))

# ---------- 5. xlsx: SFRS response to HMFSI LAI Fife (refuse: mistyped month) ----------
def f5():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "HMFSI Local Area Inspection: Fife – SFRS Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Local Senior Officer Area: Stirling, Clackmannanshire and Fife"
    hdr = ["HMFSI Rec No.", "Recommendation", "Action No.", "Action", "Responsible Officer", "Due Date", "Status", "Comment"]
    for c, v in enumerate(hdr, 1): ws.cell(4, c, v).font = Font(bold=True)
    rows = [
        ("1", "The LSO should review the Fife Local Fire and Rescue Plan to ensure its priorities reflect local risk and partner priorities.", "1.1", "Carry out a local risk profile with Fife Council and Police Scotland partners.", "GM Community Safety", "Dec-23", "Complete", "Profile agreed at CSP."),
        ("", "", "1.2", "Consult on and publish a revised Local Fire and Rescue Plan for Fife.", "Area Commander", "Mar-24", "Green", ""),
        ("2", "The SFRS should improve the availability of on-call appliances in Fife.", "2.1", "Run a targeted on-call recruitment campaign in Kinghorn, Auchtermuchty and Newburgh.", "GM Response & Resilience", "Sep-24", "Amber", "Two trainees recruited."),
        ("", "", "2.2", "Pilot flexible contracts for on-call firefighters at three stations.", "GM Response & Resilience", "Jnue-24", "Amber", ""),
        ("3", "The LSO should ensure that unwanted fire alarm signals are reviewed with duty holders.", "3.1", "Write to the 20 premises with the most UFAS attendances and agree action plans.", "SM Prevention & Protection", "Mar-25", "Green", ""),
        ("", "", "3.2", "Report UFAS reduction to the Fife Safer Communities Committee.", "Area Commander", "Ongoing", "Green", ""),
    ]
    for i, row in enumerate(rows, 5):
        for c, v in enumerate(row, 1):
            if v != "": ws.cell(i, c, v).alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", [10, 45, 10, 50, 26, 10, 10, 28]): ws.column_dimensions[col].width = w
    wb.save(P("k3-sfrs-hmfsi-fife.xlsx"))

# ---------- 6. csv: Scottish council BVAR improvement plan ----------
def f6():
    rows = [
        ["Best Value Assurance Report – Improvement Plan Progress at 31 December 2020"],
        [],
        ["Ref", "BVAR Theme", "Accounts Commission recommendation", "Improvement action", "Lead officer", "Target date", "Status", "Progress update"],
        ["BV1.1", "Financial sustainability", "1. The council should develop a medium to long-term financial strategy that links to its corporate plan.", "Prepare a 10-year financial strategy with scenario modelling and present to Council.", "Mackay, Fiona", "31/03/2021", "On track", "Draft to Council in February."],
        ["BV1.2", "Financial sustainability", "1. The council should develop a medium to long-term financial strategy that links to its corporate plan.", "Agree a savings plan to close the projected funding gap for 2021/22 to 2023/24.", "Mackay, Fiona; Reid, Alan", "28/02/2021", "Amber", "Gap of £4.2m still to be closed."],
        ["BV2.1", "Transformation", "2. The council should accelerate its transformation programme and set out clearly the savings expected from each project.", "Establish a Transformation Board chaired by the Chief Executive, with a programme register showing expected savings.", "Chief Executive", "30/11/2020", "Complete", "Board met 12/11/2020."],
        ["BV2.2", "Transformation", "2. The council should accelerate its transformation programme and set out clearly the savings expected from each project.", "Develop a digital strategy, including online access to the most used council services.", "Head of HR, ICT and Organisational Development", "June 2021", "Green", ""],
        ["BV2.3", "Transformation", "2. The council should accelerate its transformation programme and set out clearly the savings expected from each project.", "Review the council's property estate and report options for rationalisation.", "Urquhart, Iain", "Q1 2021/22", "Red", "Delayed by COVID-19 response."],
        ["BV3.1", "Community empowerment", "3. The council should work with communities to develop locality plans and participatory budgeting.", "Publish locality plans for Buckie and New Elgin East with community councils.", "Community Support Manager", "31/12/2020", "Complete", ""],
        ["BV3.2", "Community empowerment", "3. The council should work with communities to develop locality plans and participatory budgeting.", "Allocate 1% of the council budget through participatory budgeting by March 2022.", "Community Support Manager", "March 2022", "Not started", ""],
        [],
        ["Total actions: 7", "", "", "Complete: 2", "", "", "", ""],
    ]
    with open(P("k3-moray-bvar-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------- 7. txt: Monmouthshire Audit Wales work programme update ----------
def f7():
    txt = """Audit Wales Work Programme: Council Progress Update
Monmouthshire County Council – Governance and Audit Committee, 14 March 2024
Position at 31 January 2024

Key: Green = complete; Amber = in progress, on schedule; Red = behind schedule.

======================================================================
REPORT 1: Springing Forward – Strategic Asset Management (issued October 2022)
======================================================================

Recommendation R1: The Council should set out in an asset management strategy how its land and buildings will support its well-being objectives.

1.1  Draft an Asset Management Strategy aligned to the Community and Corporate Plan and take it to Cabinet.
     Responsible officer: Head of Commercial and Corporate Landlord Services
     Timescale: End of March 2024
     RAG: Amber

1.2  Complete condition surveys for all operational buildings and load the results into the asset database.
     Responsible officer: NP & RH
     Timescale: Q2 2023/24
     RAG: Green

Recommendation R2: The Council should strengthen how it monitors the use of its office accommodation following the shift to hybrid working.

2.1  Introduce desk-booking data reporting to the Asset Management Board each quarter.
     Responsible officer: Corporate Landlord Manager
     Timescale: Quarterly
     RAG: Amber

======================================================================
REPORT 2: Springing Forward – Workforce (issued November 2022)
======================================================================

Recommendation R3: The Council should develop a workforce plan that identifies future skills needs and how they will be met.

3.1  Publish a People Strategy and three-year workforce plan.
     Responsible officer: Chief Officer People, Performance and Partnerships
     Timescale: September 2023
     RAG: Green

3.2  Carry out a skills gap analysis with each directorate management team.
     Responsible officer: Head of People Services
     Timescale: Dec 2023 – Jun 2024
     RAG: Red

3.3  Report workforce plan progress to the Governance and Audit Committee annually.
     Responsible officer: Head of People Services
     Timescale: Annually
     RAG: Amber

======================================================================
REPORT 3: Use of Performance Information – Service User Perspective and Outcomes (issued April 2023)
======================================================================

Recommendation R4: The Council should make better use of service user feedback in its performance reports.

4.1  Add a customer feedback section to the quarterly performance report for each directorate.
     Responsible officer: Performance and Data Insight Manager
     Timescale: 30/06/2024
     RAG: Amber

4.2  Agree a consistent set of outcome measures with Cabinet members.
     Responsible officer: Performance and Data Insight Manager
     Timescale: TBC
     RAG: Not started

Report author: Performance and Data Insight Manager
"""
    with open(P("k3-monmouthshire-auditwales.txt"), "w", encoding="utf-8") as f:
        f.write(txt)

for fn in (f1, f2, f3, f4, f5, f6, f7): fn()
print("ok")
