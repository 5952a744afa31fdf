"""Generate the eb1- case documents (run with /work/main/.venv/bin/python)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="00B0F0", H="1F4E78", L="D9E1F2", Y="FFF2CC").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

def grid(ws, row, ncol):
    for c in range(1, ncol + 1):
        ws.cell(row, c).border = BOX
        ws.cell(row, c).alignment = WRAP

# ---------------------------------------------------------------- 1 Brunel QAA
def brunel():
    wb = Workbook(); ws = wb.active; ws.title = "HER Action Plan"
    ws["A1"] = "Brunel University London – QAA Higher Education Review 2017: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Academic Registrar    Last updated: 14 May 2018    Reported to: Senate Education Committee"
    hdr = ["Ref", "QAA recommendation / affirmation", "Action", "Lead officer", "Target date",
           "Revised target date", "Progress update (May 2018)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    grid(ws, 4, 8)
    R1 = ("By June 2018, develop a consistent institutional approach to the oversight of external "
          "examiner reports, ensuring that issues raised are addressed and that responses are reported to students.")
    R2 = ("By September 2018, strengthen the oversight of collaborative provision by ensuring that partner "
          "due diligence is reviewed at institutional level before approval.")
    R3 = ("By December 2018, ensure that student representation arrangements are applied consistently "
          "across all Colleges, including for postgraduate research students.")
    A1 = ("The review team affirms the steps being taken to improve the timeliness of feedback on assessment.")
    rows = [
        ("R1.1", R1, "Introduce a standard template for departmental responses to external examiner reports, with a section confirming the actions taken.",
         "Academic Registrar", D(2017, 12, 15), None,
         "Template approved by Senate Education Committee on 6 December 2017 and used for all 2016/17 reports.", "Complete"),
        ("R1.2", None, "Publish summaries of external examiner reports and departmental responses to students on Blackboard Learn for each programme.",
         "Head of Quality", D(2018, 6, 30), None,
         "Summaries uploaded for 61 of 74 programmes; remaining programmes to be completed after May exam boards.", "G"),
        ("R2.1", R2, "Revise the Collaborative Provision Handbook to require sign-off of partner due diligence by the Collaborative Provision Committee.",
         "PVC (Education)", D(2018, 3, 31), D(2018, 7, 31),
         "Draft handbook delayed pending legal advice on partner agreements; now going to the July Committee.", "A"),
        ("R2.2", None, "Carry out a retrospective review of due diligence for the three existing partnerships and report the findings to Senate.",
         "Academic Registrar / Head of Partnerships", D(2018, 9, 30), None,
         "Two of three reviews complete; third partner visit booked for June.", "G"),
        ("R3.1", R3, "Agree a revised Student Representation Policy jointly with the Union of Brunel Students, covering PGR representatives.",
         "Director of Student Services; UBS President", D(2018, 9, 30), None,
         "Joint working group has met twice; draft policy to Senate in September.", "G"),
        ("R3.2", None, "Train chairs of staff-student liaison committees in the revised policy.",
         "Dean of the Graduate School", "Oct–Dec 2018", None,
         "Not yet started – dependent on R3.1.", "Not started"),
        ("A1.1", A1, "Monitor compliance with the 15 working-day feedback turnaround through the Assessment Dashboard and report it to each College Education Committee.",
         "Vice-Provost (Education)", "Ongoing", None,
         "Compliance 88% in semester 1 (79% in 2016/17). Reported termly.", "G"),
    ]
    r = 5
    starts = {}
    for row in rows:
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v)
            if isinstance(v, D):
                c.number_format = "mmm-yy"
        rag = row[7]
        f = {"Complete": "B", "G": "G", "A": "A", "R": "R"}.get(rag)
        if f:
            ws.cell(r, 8).fill = FILL[f]
        grid(ws, r, 8)
        if row[1]:
            starts[row[1]] = r
        r += 1
    # merge recommendation cells down over their actions
    ws.merge_cells("B5:B6"); ws.merge_cells("B7:B8"); ws.merge_cells("B9:B10")
    r += 1
    ws.cell(r, 1, "RAG key:").font = Font(bold=True)
    keys = [("Complete", "B", "Action completed and evidence held"), ("G", "G", "On track"),
            ("A", "A", "Some slippage / at risk"), ("R", "R", "Significant concern – escalate to SEC")]
    for k, f, t in keys:
        r += 1
        ws.cell(r, 1, k).fill = FILL[f]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [7, 45, 50, 24, 12, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eb1-brunel-university-london-qaa-her-action-plan.xlsx"))

# ---------------------------------------------------------------- 2 Clatterbridge CQC
def clatterbridge():
    wb = Workbook(); ws = wb.active; ws.title = "Must Do Should Do"
    ws["A1"] = "The Clatterbridge Cancer Centre NHS Foundation Trust – CQC Improvement Action Plan 2022/23"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC report published 12 August 2022. Position as at 31 January 2023. Monitored by the Quality Committee."
    hdr = ["No.", "Must / Should", "CQC requirement", "Action", "Responsible lead", "Due date", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True); c.fill = FILL["L"]
    grid(ws, 4, 8)
    sections = [
        ("Trust-wide (Well-led)", [
            ("MD1", "Must", "The trust must ensure that all staff complete mandatory training, including safeguarding level 3, in line with trust targets. (Regulation 18)",
             "Issue monthly compliance reports to divisional managers and book all outstanding staff onto safeguarding level 3 sessions.",
             "Chief Nurse", D(2022, 12, 31), "Safeguarding level 3 compliance 93% (target 90%). Closed at Quality Committee January 2023.", "Complete", "B"),
            ("SD1", "Should", "The trust should ensure that the board assurance framework clearly links principal risks to strategic objectives.",
             "Refresh the BAF at a Board development session and map each principal risk to a strategic objective.",
             "Director of Corporate Governance", D(2023, 3, 31), "Board development session held 12 January; revised BAF to March Board.", "On track", "G"),
        ]),
        ("Medical care (Haemato-oncology)", [
            ("MD2", "Must", "The trust must ensure that patients' fluid balance charts are fully and accurately completed. (Regulation 12)",
             "Relaunch fluid balance documentation standards through ward safety huddles and add fluid balance to the monthly nursing quality audit.",
             "Head of Nursing (Haemato-oncology)", D(2023, 2, 28), "Audit compliance 82% in January against a 95% target; practice educator support in place on Ward 4.", "At risk", "A"),
            ("SD2", "Should", "The trust should ensure that sepsis screening is completed within one hour for all patients who meet the criteria.",
             "Embed the electronic sepsis screening tool in the patient record and report weekly compliance to ward managers.",
             "Associate Medical Director / Lead Nurse for Deteriorating Patient", D(2023, 4, 30), "Tool live on all inpatient wards from 9 January; weekly reports started.", None, "G"),
        ]),
        ("Outpatients", [
            ("MD3", "Must", "The trust must ensure that medicines are stored at the correct temperature and that fridge temperatures are checked and recorded daily. (Regulation 12)",
             "Install remote temperature monitoring on all outpatient medicines fridges at CCC-Liverpool and CCC-Wirral.",
             "Chief Pharmacist", D(2022, 11, 30), "Remote monitoring installed on 14 fridges; alarms route to pharmacy.", "Complete", "B"),
            ("SD3", "Should", "The trust should ensure that patients are kept informed of waiting times in clinic.",
             "Display clinic running-time boards in main outpatients and update them every 30 minutes.",
             "Outpatient Services Manager", D(2023, 1, 31), "Boards ordered but not yet installed; supplier delay.", "Overdue", "R"),
        ]),
        ("Radiotherapy", [
            ("SD4", "Should", "The trust should ensure that incidents are reviewed and closed within the trust's timescale.",
             "Clear the backlog of open incidents older than 40 days and introduce a weekly radiotherapy incident review meeting.",
             "Radiotherapy Services Manager", D(2023, 3, 31), "Backlog down from 38 to 11; weekly meeting in place since November.", "On track", "G"),
        ]),
    ]
    r = 5
    for head, rows in sections:
        ws.cell(r, 1, head).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = FILL["H"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for row in rows:
            for i, v in enumerate(row[:8], 1):
                c = ws.cell(r, i, v)
                if isinstance(v, D):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = FILL[row[8]]
            grid(ws, r, 8)
            r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for f, t in [("B", "Blue – complete"), ("G", "Green – on track"), ("A", "Amber – at risk of delay"), ("R", "Red – overdue")]:
        r += 1
        ws.cell(r, 1).fill = FILL[f]; ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [7, 9, 45, 50, 26, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eb1-clatterbridge-cancer-centre-cqc-must-should-do-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 UWTSD internal audit CSV
def uwtsd():
    rows = [
        ["University of Wales Trinity Saint David - Internal Audit Recommendations Tracker - Audit and Risk Committee 19 November 2024"] + [""] * 11,
        [""] * 12,
        ["Audit", "Year", "Rec No", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
         "Original target date", "Revised target date", "Status", "RAG", "Update"],
        ["Cyber Security", "2023/24", "1", "High",
         "Multi-factor authentication should be enforced for all staff accounts with remote access, including third-party contractors.",
         "MFA to be enforced for all staff and contractor accounts through conditional access policies.",
         "Director of Digital Services", "31/03/2024", "30/06/2024", "Implemented", "B",
         "Conditional access policy live from 3 June 2024; all contractor accounts migrated."],
        ["Cyber Security", "2023/24", "2", "Medium",
         "The IT asset register should be reconciled to the network discovery tool at least quarterly.",
         "Quarterly reconciliation to be introduced and reported to the Digital Strategy Group.",
         "Head of Infrastructure", "30/09/2024", "", "In progress", "A",
         "First reconciliation completed in September. 46 unmatched devices still being investigated."],
        ["Student Recruitment and Admissions", "2023/24", "1", "Medium",
         "Agent commission should only be paid once student enrolment has been verified against the student record system.",
         "Finance to require SITS enrolment confirmation before releasing any agent commission payment.",
         "Director of Finance / Head of International Admissions", "31/01/2024", "", "Implemented", "B",
         "Control in place from January 2024 payment run. Verified by internal audit follow-up."],
        ["Student Recruitment and Admissions", "2023/24", "2", "Low",
         "Admissions procedures should be updated to reflect current UKVI requirements.",
         "Review and reissue the Admissions Procedure following the UKVI sponsor guidance update.",
         "Head of Admissions", "31/07/2024", "31/10/2024", "In progress", "A",
         "Revised procedure drafted; awaiting sign-off by Academic Registrar."],
        ["Estates Health and Safety", "2024/25", "1", "High",
         "Fire risk assessments overdue for review at the Carmarthen and Lampeter campuses should be completed and resulting actions tracked to closure.",
         "Commission updated fire risk assessments for all overdue buildings and log remedial actions on the H&S action tracker.",
         "Head of Health and Safety", "31/12/2024", "", "Not yet due", "G",
         "Lampeter assessments complete. Carmarthen scheduled for late November."],
        ["Estates Health and Safety", "2024/25", "2", "Medium",
         "Contractor induction records should be retained centrally.",
         "Contractor induction to move onto the online permit-to-work system so that records are held centrally.",
         "Estates Operations Manager", "TBC", "", "Not started", "",
         "Dependent on procurement of the permit-to-work system."],
        ["Payroll", "2024/25", "1", "Medium",
         "Changes to payroll standing data should be independently checked before each payroll run.",
         "Introduce a second-person check of all standing data changes, with evidence retained in the payroll file.",
         "Payroll Manager", "30/11/2024", "", "In progress", "G",
         "Checklist introduced for the October payroll; evidence retention being tested."],
        ["Payroll", "2024/25", "2", "Low",
         "The overtime policy should be reviewed and reissued.",
         "Review the overtime policy with the trade unions and reissue through the policy portal.",
         "HR Business Partner (Professional Services)", "31/03/2025", "", "Not yet due", "G", ""],
        [""] * 12,
        ["RAG: B = implemented; G = on track / not yet due; A = target date revised or at risk; R = overdue"] + [""] * 11,
    ]
    with open(os.path.join(OUT, "eb1-uwtsd-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 4 SWFRS culture review TXT
def swfrs():
    lines = [
        "South Wales Fire and Rescue Service – Independent Culture Review: Recommendations Action Plan",
        "Progress position at 31 July 2024 – report to the Culture Review Implementation Committee",
        "",
        "\t".join(["Rec No", "Theme", "Recommendation", "Action", "Owner", "Timescale", "Target date", "Progress", "RAG"]),
    ]
    rows = [
        ["1", "Values and Standards", "The Service should adopt a clear statement of values and expected behaviours, developed with staff.",
         "Co-design the values with staff through station engagement sessions and launch a new Code of Conduct.",
         "ACO People Services", "Short term (1-3 months)", "April 2024", "Values launched 22 April 2024 following 40 engagement sessions.", "Complete"],
        ["2", "Values and Standards", "All staff should receive training on the new values and Code of Conduct within 12 months.",
         "Deliver the 'Taking Care of Behaviours' programme to all uniformed and support staff.",
         "Head of Training & Development", "Medium term (3-9 months)", "March 2025", "58% of staff trained to date.", "Green"],
        ["3", "Leadership", "Managers at all levels should complete a leadership development programme with a focus on inclusive leadership.",
         "Commission an inclusive leadership programme for station and watch managers.",
         "Director of Strategic Change and Transformation", "Medium term (3-9 months)", "Sept 2024",
         "Provider appointed; first cohort put back to October because of operational availability.", "Amber"],
        ["4", "Recruitment and Promotion", "Promotion processes should include an independent member on every panel.",
         "Amend the Promotion Policy and recruit a pool of trained independent panel members.",
         "Head of HR / Head of EDI", "Short term (1-3 months)", "June 2024", "Policy amended; pool of 12 independent members trained.", "Complete"],
        ["5", "Recruitment and Promotion", "The Service should publish data on the diversity of applicants at each stage of recruitment.",
         "Produce an annual recruitment diversity report for the Commissioners and publish it on the Service website.",
         "Head of HR", "Annual", "Annual", "First report being compiled from 2023/24 data.", "Green"],
        ["6", "Equality, Diversity and Inclusion", "A confidential reporting line, independent of the Service, should be established.",
         "Procure an independent confidential reporting service available to all staff 24/7.",
         "ACO Corporate Services", "Short term (1-3 months)", "31/05/2024", "Independent reporting line live from 1 May 2024.", "Complete"],
        ["7", "Complaints and Discipline", "Historic grievance and discipline cases identified by the Review should be re-examined by an independent panel.",
         "Establish an independent case review panel and re-examine all 29 identified cases.",
         "Commissioners' Office", "Long term (9-18 months)", "Dec 2024 – March 2025", "Panel established; 6 of 29 cases reviewed.", "Amber"],
        ["8", "Complaints and Discipline", "Investigations should be completed within 60 working days in all but exceptional cases.",
         "Introduce a case tracking dashboard and report timeliness monthly to the Executive Leadership Team.",
         "Head of Professional Standards", "Medium term (3-9 months)", "Oct 2024",
         "Dashboard not yet built; recruitment to the analyst post is under way.", "Red"],
    ]
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG: Complete = recommendation closed by the Committee; Green = on track; Amber = some delay; Red = off track"]
    with open(os.path.join(OUT, "eb1-south-wales-frs-culture-review-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- 5 Western HSCT RQIA QIP docx
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)

def western():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Western Health and Social Care Trust"
    doc.add_heading("Grangewood Hospital RQIA Unannounced Inspection (September 2023) – Quality Improvement Plan", level=1)
    t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        t.cell(0, i).text = h
    for r, vals in enumerate([["0.1", "30/10/2023", "Lead Nurse", "First draft following feedback"],
                              ["1.0", "12/02/2024", "Lead Nurse", "Progress update for Directorate governance"]], 1):
        for i, v in enumerate(vals):
            t.cell(r, i).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RQIA carried out an unannounced inspection of Wards 1–3, Grangewood Hospital, on 18–20 September 2023. "
                      "The inspection identified three areas for improvement against the Quality Standards for Health and Social Care. "
                      "This plan sets out the Trust's actions in response and the progress made to February 2024.")
    afis = [
        ("Area for Improvement 1: The Trust shall ensure that patients' care plans are person-centred, reflect the patient's views and are reviewed at the frequency set out in Trust policy.",
         [("1.1", "Revise the care plan audit tool to include evidence of patient involvement; audit 10 care plans per ward each month.",
           "Ward Manager", "Monthly", "Revised tool in use from November 2023. January audit 85% compliant.", "Green", "00B050"),
          ("1.2", "Deliver person-centred care planning workshops to all registered nurses on Wards 1–3.",
           "Clinical Nurse Specialist / Nurse Development Lead", "31 January 2024", "Six workshops delivered; 47 of 49 nurses attended.", "Complete", "00B0F0")]),
        ("Area for Improvement 2: The Trust shall ensure that each use of restrictive intervention is recorded on Datix and reviewed at the weekly multidisciplinary team meeting.",
         [("2.1", "Add a restrictive practice debrief form to Datix; ward staff to complete it within 72 hours of each intervention.",
           "Lead Nurse for Acute Mental Health", "December 2023", "Form live from 4 December 2023.", "Complete", "00B0F0"),
          ("2.2", "Add a standing agenda item on restrictive interventions to the weekly MDT meeting and record decisions in the minutes.",
           "Consultant Psychiatrist (Ward 3)", "Immediate and ongoing", "Standing item in place on all three wards.", "Green", "00B050"),
          ("2.3", "Provide a quarterly report on restrictive practice trends to the Mental Health Directorate governance meeting.",
           "Head of Service – Acute Mental Health", "Q4 2023/24", "First report delayed by a Datix reporting issue; now scheduled for the March governance meeting.", "Amber", "FFC000")]),
        ("Area for Improvement 3: The Trust shall ensure that all staff are up to date with mandatory training in the Management of Actual or Potential Aggression (MAPA).",
         [("3.1", "Provide additional MAPA refresher courses and release staff through rota planning to reach 90% compliance.",
           "Ward Managers", "31 March 2024", "Compliance 71% (February 2024); two courses cancelled because of trainer absence.", "Red", "FF0000"),
          ("3.2", "Report ward MAPA compliance in the monthly workforce dashboard.",
           "Service Manager", "Ongoing", "Included in dashboard from January 2024.", "Green", "00B050")]),
    ]
    for head, acts in afis:
        p = doc.add_paragraph(); run = p.add_run(head); run.bold = True
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Responsible", "Timescale", "Progress update (February 2024)", "RAG"]):
            t.cell(0, i).text = h
            t.cell(0, i).paragraphs[0].runs[0].bold = True
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a[:6]):
                cells[i].text = v
            shade(cells[5], a[6])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for r, (c, t_, h) in enumerate([("Blue", "Complete", "00B0F0"), ("Green", "On track", "00B050"),
                                    ("Amber", "Some slippage", "FFC000"), ("Red", "Not on track", "FF0000")]):
        k.cell(r, 0).text = c; shade(k.cell(r, 0), h); k.cell(r, 1).text = t_
    doc.save(os.path.join(OUT, "eb1-western-hsct-grangewood-rqia-quality-improvement-plan.docx"))

# ---------------------------------------------------------------- 6 Cambridgeshire Constabulary PEEL (refuse)
def cambs():
    wb = Workbook(); ws = wb.active; ws.title = "PEEL AFIs"
    ws["A1"] = "Cambridgeshire Constabulary – PEEL 2021/22 Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report published 11 March 2022. Tracker owner: Head of Corporate Development. Last updated 14/09/2023."
    hdr = ["Ref", "Area for improvement", "Action", "Action owner", "Due date", "Update (September 2023)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    grid(ws, 4, 7)
    secs = [
        ("Responding to the public", [
            ("1.1", "The force should make sure that it answers non-emergency calls promptly and that callers are not abandoned.",
             "Recruit 14 additional call handlers and introduce a call-back option for 101 calls.", "Supt Contact & Control",
             D(2023, 3, 31), "All posts filled; 101 abandonment rate down to 9%.", "Complete", "B"),
            ("1.2", None, "Review demand modelling for the Force Control Room and align shift patterns to peak demand.",
             "Ch Insp Resourcing", D(2023, 12, 31), "New shift pattern consultation closes in October.", "G", "G"),
        ]),
        ("Investigating crime", [
            ("2.1", "The force should make sure that supervisors review investigations regularly and record their direction.",
             "Introduce a supervisory review template on Athena and audit compliance quarterly.", "DCI Crime Standards",
             D(2023, 6, 30), "Template live; Q1 audit shows 78% compliance.", "A", "A"),
            ("2.2", None, "Deliver investigative supervision training to all sergeants in local policing.", "Head of Learning & Development",
             D(2023, 10, 31), "9 of 12 courses delivered.", "G", "G"),
            ("2.3", "The force should improve how it records victims' wishes when they withdraw support for an investigation.",
             "Issue guidance on evidence-led prosecutions and victim withdrawal statements; dip-sample 50 cases a month.",
             "DCI Crime Standards", D(2023, 9, 30), "Guidance issued. Dip sampling started August.", "G", "G"),
        ]),
        ("Protecting vulnerable people", [
            ("3.1", "The force should make sure that the risk to children at risk of exploitation is assessed and recorded consistently.",
             "Roll out the revised child exploitation screening tool to all Neighbourhood and Response teams.",
             "DI Exploitation Hub", "Novmeber 2023", "Training in progress; tool available on Athena from 1 October.", "G", "G"),
            ("3.2", None, "Establish a monthly exploitation MACE meeting with partners in each district.",
             "DCI Safeguarding", D(2023, 7, 31), "Meetings running in all five districts.", "Complete", "B"),
        ]),
        ("Developing a positive workplace", [
            ("4.1", "The force should improve how it identifies and supports the wellbeing needs of its workforce.",
             "Launch a wellbeing dashboard for line managers and train all supervisors in wellbeing conversations.",
             "Head of People Services", D(2024, 3, 31), "Dashboard specification agreed; training not yet scheduled.", "A", "A"),
        ]),
    ]
    r = 5
    for head, rows in secs:
        ws.cell(r, 1, head).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["L"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        first = r
        for row in rows:
            for i, v in enumerate(row[:7], 1):
                c = ws.cell(r, i, v)
                if isinstance(v, D):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = FILL[row[7]]
            grid(ws, r, 7)
            r += 1
    ws.merge_cells("B6:B7"); ws.merge_cells("B9:B10"); ws.merge_cells("B13:B14")
    r += 1
    ws.cell(r, 1, "RAG: Complete = AFI action closed; G = on track; A = behind schedule; R = not achievable by due date")
    for col, w in zip("ABCDEFG", [7, 45, 50, 24, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eb1-cambridgeshire-constabulary-peel-afi-tracker-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- 7 Transport for Wales Audit Wales docx
def tfw():
    doc = Document()
    doc.add_heading("Transport for Wales – Review of Governance Arrangements: Management Response", level=1)
    doc.add_paragraph("The Auditor General for Wales reported on Transport for Wales's governance arrangements in October 2023. "
                      "The report made six recommendations. The table below sets out the management response agreed by the "
                      "Board on 30 November 2023, with completion dates and the officer responsible for each.")
    doc.add_paragraph("Exhibit 1: management response")
    recs = [
        ("R1", "The Board should review the scheme of delegation so that it reflects the company's expanded role in delivering rail and bus services.",
         "Agreed.\nThe scheme of delegation will be reviewed by the Audit and Risk Assurance Committee and a revised scheme presented to the Board for approval.",
         "March 2024", "Board Secretary"),
        ("R2", "The Board should strengthen its oversight of major programmes by receiving regular, consistent reporting on cost, schedule and risk.",
         "Agreed.\nA standard programme dashboard will be introduced for the Core Valley Lines and bus reform programmes and reported to every Board meeting.",
         "Q2 2024-25", "Chief Operating Officer"),
        ("R3", "TfW should set out clearly how it will work with Welsh Government sponsors, including the timing of remit letters and budget confirmation.",
         "Agreed.\nA revised framework document will be agreed with the Welsh Government sponsor team, including an annual timetable for remit letters.",
         "September 2024", "Chief Executive"),
        ("R4", "TfW should improve the quality of its risk registers so that mitigating actions have owners and target dates.",
         "Agreed.\nRisk management training for all risk owners, and a quarterly quality review of directorate risk registers by the risk team.",
         "31 December 2023", "Director of Finance and Commercial / Board Secretary"),
        ("R5", "TfW should develop a workforce plan that addresses the capacity and skills needed for its expanded role.",
         "Agreed.\nA strategic workforce plan will be developed with directorates and aligned to the business plan.",
         "June 2024", "Chief People Officer"),
        ("R6", "The Board should continue to evaluate its own effectiveness annually.",
         "Agreed.\nAn annual Board effectiveness review is already in place; an externally facilitated review will take place every three years.",
         "In place – ongoing", "Board Secretary"),
    ]
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Recommendation", "Management response", "Completion date", "Responsible officer"]):
        t.cell(0, i).text = h
        t.cell(0, i).paragraphs[0].runs[0].bold = True
        shade(t.cell(0, i), "D9E1F2")
    for rec in recs:
        cells = t.add_row().cells
        for i, v in enumerate(rec):
            if i == 2:
                parts = v.split("\n")
                cells[i].text = parts[0]
                for p in parts[1:]:
                    cells[i].add_paragraph(p)
            else:
                cells[i].text = v
    doc.save(os.path.join(OUT, "eb1-transport-for-wales-audit-wales-governance-management-response.docx"))

if __name__ == "__main__":
    brunel(); clatterbridge(); uwtsd(); swfrs(); western(); cambs(); tfw()
    print("done")
