"""Generator for the do2- cases (outside children's services)."""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment, Border, Side
from docx import Document
from docx.shared import Pt

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="5B9BD5", H="D9E1F2", P="1F3864").items()}
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def p(name): return os.path.join(OUT, name)

# 1 Merseyside FRS HMICFRS AFI action plan (xlsx)
def merseyside():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "Merseyside Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "HMICFRS Inspection 2023-25: Areas for Improvement Action Plan"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position as at 14/10/2024 - reported to Audit Committee"
    hdr = ["Ref", "Area for Improvement", "Action", "Lead", "Target Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["P"]; c.border = BOX
    rows = [
        ("pillar", "Effectiveness"),
        ("1.1", "The service should make sure it has an effective system in place to quality assure its prevention activity.",
         "Introduce a quality assurance framework for Home Fire Safety Checks, including dip sampling of 5% of visits each quarter.",
         "Area Manager Prevention", D(2024, 3, 31), "Complete", "B", "Framework approved by Prevention Board in March 2024. First quarterly dip sample completed."),
        ("1.2", None, "Report quality assurance outcomes to the Prevention Board quarterly.",
         "GM Prevention / Prevention Manager", "Quarterly", "G", "G", "Q1 report presented July 2024; Q2 report scheduled for October board."),
        ("2.1", "The service should make sure its firefighters have good access to relevant and up-to-date risk information.",
         "Review the Site Specific Risk Information (SSRI) process and reduce the backlog of overdue revisits.",
         "AM Operational Preparedness", D(2024, 9, 30), "A", "A", "Backlog reduced from 212 to 64 revisits. Remaining visits programmed across stations by end of November."),
        ("2.2", None, "Roll out updated mobile data terminals to all front-line appliances.",
         "Head of ICT", D(2025, 1, 31), "G", "G", "Installation complete on 22 of 30 appliances."),
        ("blank",),
        ("pillar", "Efficiency"),
        ("3.1", "The service should make sure it effectively monitors and reviews the progress of its collaboration activity.",
         "Develop a collaboration benefits tracker and report progress to the Strategic Leadership Team twice a year.",
         "Director of Strategy and Performance", D(2024, 12, 31), "G", "G", "Tracker drafted and populated with blue light collaboration projects; first SLT report due December."),
        ("blank",),
        ("pillar", "People"),
        ("4.1", "The service should make sure its workforce is representative of the communities it serves, with effective positive action.",
         "Refresh the Positive Action Strategy, with targeted recruitment events in under-represented communities.",
         "Director of People and Organisational Development", D(2024, 6, 30), "R", "R", "Strategy refresh delayed by the wholetime recruitment campaign. New draft expected at People Board in November."),
        ("4.2", None, "Publish workforce diversity data on the service website annually.",
         "Head of HR", "Annually", "G", "G", "2023/24 data published in May 2024."),
        ("5.1", "The service should improve how it manages the performance and development of staff.",
         "Launch the new appraisal system ('My Conversation') for all staff groups, with completion monitored monthly by SLT.",
         "DCFO", D(2025, 3, 31), None, None, "Not started - scheduled to begin once the HR system upgrade is live."),
    ]
    r = 6; afi_start = None
    for row in rows:
        if row[0] == "pillar":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 8): ws.cell(r, c).fill = FILL["H"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        elif row[0] == "blank":
            pass
        else:
            ref, afi, act, lead, due, rag, fill, upd = row
            ws.cell(r, 1, ref)
            if afi:
                ws.cell(r, 2, afi); afi_start = r
            else:
                ws.merge_cells(start_row=afi_start, start_column=2, end_row=r, end_column=2)
            ws.cell(r, 3, act); ws.cell(r, 4, lead)
            c = ws.cell(r, 5, due)
            if isinstance(due, D): c.number_format = "mmm-yy"
            c = ws.cell(r, 6, rag)
            if fill: c.fill = FILL[fill]
            ws.cell(r, 7, upd)
            for cc in range(1, 8): ws.cell(r, cc).alignment = WRAP; ws.cell(r, cc).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "R - Off track / at risk of not being delivered"), ("A", "A - Some slippage, recoverable"),
                                ("G", "G - On track"), ("B", "Complete - Action complete")]):
        ws.cell(r + 1 + i, 1).fill = FILL[k]; ws.cell(r + 1 + i, 2, t)
    for col, w in zip("ABCDEFG", [7, 40, 50, 26, 12, 10, 50]): ws.column_dimensions[col].width = w
    wb.save(p("do2-merseyside-frs-hmicfrs-afi-action-plan.xlsx"))

# 2 Moat Homes Housing Ombudsman special investigation action plan (docx)
def moat():
    doc = Document()
    doc.add_heading("Housing Ombudsman Special Investigation into Moat Homes Limited – Action Plan", level=1)
    doc.add_paragraph("Following the Housing Ombudsman's special investigation under paragraph 49 of the Housing Ombudsman "
                      "Scheme, we accepted all of the Ombudsman's recommendations. This action plan sets out how we are "
                      "responding to them and is reported to the Customer Services Committee and the Board each quarter.")
    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.4"), ("Date", "September 2024"), ("Owner", "Director of Customer Services"),
                                ("Approved by", "Customer Services Committee")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_heading("Action plan", level=2)
    hdr = ["No.", "Ombudsman recommendation", "Our action", "Lead", "Target date", "Status", "Update"]
    data = [
        ("1.1", "1. Carry out a self-assessment against the Ombudsman's Spotlight report on damp and mould and publish the outcome.",
         "Complete the self-assessment against all 26 Spotlight recommendations and report it to the Board.",
         "Director of Property Services", "31 March 2024", "Complete", "Self-assessment reported to the Board in March and published on our website."),
        ("1.2", None, "Publish a damp and mould policy setting out response times for inspections and remedial works.",
         "Head of Repairs and Maintenance", "June 2024", "Complete", "Policy approved in May 2024."),
        ("2.1", "2. Review its complaint handling to make sure complaints are correctly identified and escalated.",
         "Retrain all customer-facing staff on recognising an expression of dissatisfaction as a complaint.",
         "Complaints Manager", "End of September 2024", "On track", "84% of staff trained; remaining sessions booked for September."),
        ("2.2", None, "Introduce monthly quality checks of closed complaints, with findings reported to the Executive Team.",
         "Sarah Okafor and David Reid", "Ongoing", "On track", "Checks running since April; themes reported monthly."),
        ("3.1", "3. Improve its record keeping so it holds accurate information about residents' vulnerabilities.",
         "Contact all households to update vulnerability and household information through a tenancy audit.",
         "Head of Housing Services", "31/12/2024", "Amber", "Around 40% of households contacted. The programme is behind profile because of staff vacancies; additional resource agreed in August."),
        ("3.2", None, "Make vulnerability flags visible to repairs operatives on their handheld devices.",
         "Head of ICT", "March 2025", "Not started", "Dependent on the housing management system upgrade."),
        ("4.1", "4. Make sure compensation is calculated consistently and in line with the Ombudsman's remedies guidance.",
         "Adopt a revised compensation policy based on the Ombudsman's remedies guidance.",
         "Complaints Manager", "July 2024", "Complete", "Policy adopted July 2024."),
    ]
    t = doc.add_table(rows=1 + len(data), cols=7); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        for r_ in t.cell(0, i).paragraphs[0].runs: r_.bold = True
    start = None
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            if ci == 1:
                if v: t.cell(ri, 1).text = v; start = ri
                else: t.cell(start, 1).merge(t.cell(ri, 1))
            else:
                t.cell(ri, ci).text = v
    doc.add_paragraph("")
    doc.add_paragraph("Next update: December 2024 Customer Services Committee.")
    doc.save(p("do2-moat-homes-housing-ombudsman-special-investigation-action-plan.docx"))

# 3 NHS GGC HIS inspection improvement action plan (xlsx) - contains a mistyped month
def nhsggc():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Action Plan"
    ws["A1"] = "NHS Greater Glasgow and Clyde"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "Healthcare Improvement Scotland Safe Delivery of Care Inspection – Queen Elizabeth University Hospital"
    ws["A2"].font = Font(bold=True, size=13)
    ws["A3"] = "Improvement Action Plan"; ws["A3"].font = Font(bold=True, size=13)
    ws["A4"] = "Inspection dates: 14-16 May 2024. Report published: 22 August 2024."
    hdr = ["Reference", "Requirement / Area for improvement", "Action planned", "Responsibility for taking action",
           "Timescale to meet", "Progress", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(6, i, h); c.font = Font(bold=True); c.fill = FILL["H"]; c.border = BOX
    rows = [
        ("head", "Requirements"),
        ("1", "NHS Greater Glasgow and Clyde must ensure that all patient risk assessments are completed accurately and in a timely manner.",
         "Introduce weekly documentation audits in all inpatient wards, with results reviewed at the Senior Charge Nurse huddle.",
         "Chief Nurse, Regional Services", "31 October 2024", "Audit tool in use across 28 wards.", "G"),
        ("2", "NHS Greater Glasgow and Clyde must ensure that medicines are stored securely in line with current legislation.",
         "Complete a review of medicine storage across the site and replace treatment room locks where required.",
         "Lead Pharmacist, Acute Services", "31 Setpember 2024", "Review completed; lock replacement ongoing.", "A"),
        ("head", "Areas for improvement"),
        ("AFI 1", "NHS Greater Glasgow and Clyde should ensure patients' dignity is maintained when boarded in non-standard care areas.",
         "Update the boarding standard operating procedure and share it with all site and bed managers.",
         "Deputy Director of Acute Operations", "30 November 2024", "Draft SOP circulated for comment.", "G"),
        ("AFI 2", "NHS Greater Glasgow and Clyde should ensure that staff have time to complete mandatory training.",
         "Agree protected learning time for ward staff and monitor compliance through the Acute Workforce Group.",
         "Head of Nursing, Workforce", "31 January 2025", "", ""),
    ]
    r = 7
    for row in rows:
        if row[0] == "head":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for ci, v in enumerate(row, 1):
                c = ws.cell(r, ci, v or None); c.alignment = WRAP; c.border = BOX
            if row[6]: ws.cell(r, 7).fill = FILL[row[6]]
        r += 1
    for col, w in zip("ABCDEFG", [10, 45, 45, 28, 18, 35, 6]): ws.column_dimensions[col].width = w
    wb.save(p("do2-nhs-greater-glasgow-clyde-his-qeuh-improvement-action-plan-typo-month-refuse.xlsx"))

# 4 Hywel Dda UHB internal audit recommendations tracker (csv)
def hduhb():
    import csv
    rows = [
        ["Hywel Dda University Health Board - Audit Recommendation Tracker (Audit and Risk Assurance Committee, December 2024)"],
        [],
        ["Audit Report", "Rec No", "Priority", "Recommendation", "Management Response / Agreed Action", "Responsible Officer",
         "Original Due Date", "Revised Due Date", "Status", "Comments"],
        ["Discharge Planning (2023/24)", "1", "High", "Estimated dates of discharge should be recorded for all inpatients within 24 hours of admission.",
         "Estimated date of discharge to be added as a mandatory field on the patient flow system and compliance reported weekly.",
         "Assistant Director of Operations", "31/03/2024", "30/09/2024", "Complete", "Mandatory field live from August 2024."],
        ["Discharge Planning (2023/24)", "2", "Medium", "Ward discharge checklists should be standardised across the acute sites.",
         "Agree a single discharge checklist through the Unscheduled Care Group.",
         "Head of Nursing, Unscheduled Care", "30/06/2024", "", "Complete", ""],
        ["Agency and Locum Expenditure (2023/24)", "1", "High", "All off-framework agency shifts should be authorised by an Executive Director before booking.",
         "Introduce an electronic authorisation step for off-framework requests in the rostering system.",
         "Director of Workforce and OD", "31/05/2024", "31/01/2025", "Amber", "System change delayed by supplier; interim paper authorisation in place."],
        ["Agency and Locum Expenditure (2023/24)", "2", "Medium", "Locum rates above the all-Wales cap should be reported to the People, Organisational Development and Culture Committee.",
         "Quarterly report on cap breaches to be presented to the Committee.",
         "Deputy Director of Workforce", "30/09/2024", "", "On track", "First report scheduled for November meeting."],
        ["Cyber Security (2024/25)", "1", "High", "Unsupported operating systems should be removed or isolated from the network.",
         "Complete the device replacement programme and isolate remaining legacy devices.",
         "Head of Digital Operations", "31/12/2024", "", "Red", "62 legacy devices remain in clinical areas; replacement depends on capital funding."],
        ["Cyber Security (2024/25)", "2", "Low", "The incident response plan should be tested annually.",
         "Hold a table-top exercise with the Digital and Emergency Planning teams.",
         "Head of Digital Operations", "31/03/2025", "", "Not started", ""],
    ]
    with open(p("do2-hduhb-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# 5 Betsi Cadwaladr UHB HIW improvement plan (docx)
def bcuhb():
    doc = Document()
    doc.add_heading("Appendix C – Improvement plan", level=1)
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Service:", "Ysbyty Gwynedd – Emergency Department"),
                                ("Date of inspection:", "3, 4 and 5 June 2024"),
                                ("Health board:", "Betsi Cadwaladr University Health Board")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we require the "
                      "service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    data = [
        ("The health board must ensure that patients waiting in the department have regular comfort rounds, including access to food and fluids.",
         "Health and Care Quality Standards 2023 – Person centred",
         "Introduce hourly comfort rounds for all patients in the department, recorded on the electronic board.",
         "Head of Nursing – Emergency Department", "Immediate and ongoing"),
        (None, None, "Monthly audit of comfort round compliance to be reported to the Integrated Health Community quality meeting.",
         "Senior Nurse Emergency Department", "31/01/2025"),
        ("The health board must ensure that staff complete mandatory training, in particular safeguarding level 3.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Trajectory agreed to reach 85% compliance, with protected training days built into the rota.",
         "Clinical Director / Head of Nursing – Emergency Department", "March 2025"),
        ("The health board must ensure that resuscitation equipment is checked daily and the checks are recorded.",
         "Health and Care Quality Standards 2023 – Safe",
         "Daily check sheets replaced with an electronic checklist, reviewed weekly by the nurse in charge.",
         "Senior Nurse Emergency Department", "Q4 2024/25"),
        ("The health board must continue to work with partners to reduce handover delays for patients arriving by ambulance.",
         "Health and Care Quality Standards 2023 – Timely",
         "Implement the Welsh Ambulance Services and health board joint handover improvement plan.",
         "Director of Operations – West", "Sept 2024 – June 2025"),
    ]
    t = doc.add_table(rows=1 + len(data), cols=5); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h
        for r_ in t.cell(0, i).paragraphs[0].runs: r_.bold = True
    start = None
    for ri, row in enumerate(data, 1):
        for ci, v in enumerate(row):
            if ci in (0, 1):
                if row[0]: t.cell(ri, ci).text = v
                else: t.cell(ri - 1, ci).merge(t.cell(ri, ci))
            else:
                t.cell(ri, ci).text = v
    doc.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility "
                      "and accountability for ensuring the improvement plan is actioned.")
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Name (print):", "Angharad Jones"), ("Job role:", "Director of Nursing – West"), ("Date:", "12 August 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.save(p("do2-bcuhb-hiw-ysbyty-gwynedd-ed-improvement-plan.docx"))

# 6 Vale of White Horse DC scrutiny review recommendations tracker (txt, tab-separated)
def vale():
    lines = [
        "Vale of White Horse District Council",
        "Scrutiny Committee - Review of Temporary Accommodation: Recommendations Tracker",
        "Updated for Scrutiny Committee, 20 March 2025",
        "",
        "\t".join(["Rec no.", "Recommendation", "Cabinet response", "Action", "Lead officer", "Target date", "Status", "Update"]),
        "\t".join(["1", "Reduce the use of bed and breakfast accommodation for families", "Accepted",
                   "Acquire 12 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.",
                   "Head of Housing and Environment", "Dec-24", "Complete", "12 units acquired and let by November 2024."]),
        "\t".join(["2", "Publish clear information for households placed in temporary accommodation", "Accepted",
                   "Produce a welcome pack and web page explaining rights, responsibilities and how to raise a repair.",
                   "HH/KM", "April 2025", "On track", "Draft pack tested with residents in February."]),
        "\t".join(["3", "Work with the county council on support for care leavers at risk of homelessness", "Partially accepted",
                   "Agree a joint housing protocol for care leavers with Oxfordshire County Council.",
                   "Housing Needs Manager", "Q1 2025/26", "Amber", "Draft protocol with the county council; sign-off delayed to the next joint meeting."]),
        "\t".join(["4", "Monitor the cost of temporary accommodation monthly", "Accepted",
                   "Add temporary accommodation spend and numbers to the monthly budget monitoring report to Cabinet.",
                   "Head of Finance", "Monthly", "Green", "Included from the January 2025 report."]),
        "\t".join(["5", "Review the condition of private sector temporary accommodation", "Accepted",
                   "Inspect all private sector temporary accommodation properties against the council's standard.",
                   "Private Sector Housing Team Leader", "30/06/2025", "Not started", "Inspection programme to start in April."]),
        "",
        "Status key: Complete / On track or Green / Amber (some delay) / Red (significant delay) / Not started",
    ]
    with open(p("do2-vale-of-white-horse-dc-scrutiny-temporary-accommodation-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

# 7 Denbighshire CIW adult services performance evaluation inspection action plan (xlsx)
def denbighshire():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Denbighshire County Council – Adult Social Care"; ws["A1"].font = Font(bold=True)
    ws["A2"] = "CIW Performance Evaluation Inspection of Adult Services – Action Plan"; ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Progress update: Quarter 3 2024/25"
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Timescale", "Previous RAG", "Current RAG", "Progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = FILL["H"]; c.border = BOX
    rows = [
        ("p", "People – Voice and Control"),
        ("1.1", "Ensure people's outcomes are consistently recorded in assessments and care and support plans.",
         "Deliver outcome-focused recording training to all social workers and community support officers.",
         "Principal Social Worker", D(2024, 12, 31), "G", "B", "Training delivered to 96 staff. Action complete."),
        ("1.2", None, "Introduce a monthly case file audit focusing on what matters conversations.",
         "Service Manager Quality Assurance", "Monthly", "G", "G", "Audits taking place; findings shared at practice forums."),
        ("p", "Prevention"),
        ("2.1", "Reduce waiting times for occupational therapy assessments.",
         "Commission additional trusted assessor capacity and review the OT waiting list weekly.",
         "Head of Community Support Services", D(2025, 3, 31), "R", "A", "Waiting list reduced from 310 to 190 people since September."),
        ("p", "Partnerships and Integration"),
        ("3.1", "Strengthen joint working with Betsi Cadwaladr UHB on hospital discharge.",
         "Embed the Discharge to Recover then Assess pathways with health colleagues at Ysbyty Glan Clwyd.",
         "NJ / CE", D(2025, 6, 30), "A", "A", "Pathway 1 operating; pathways 2 and 3 being tested."),
        ("p", "Well-being"),
        ("4.1", "Improve the sufficiency of domiciliary care in rural areas.",
         "Complete the domiciliary care market review and agree a rural recruitment incentive.",
         "Head of Business Support", D(2025, 9, 30), None, "R", "Market review delayed; provider engagement events rescheduled to January."),
        ("4.2", None, "Offer direct payments as an alternative where no commissioned care is available.",
         "Direct Payments Lead", D(2025, 3, 31), None, None, ""),
    ]
    r = 6; start = None
    for row in rows:
        if row[0] == "p":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        else:
            ref, afi, act, lead, due, prev, cur, prog = row
            ws.cell(r, 1, ref)
            if afi: ws.cell(r, 2, afi); start = r
            else: ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
            ws.cell(r, 3, act); ws.cell(r, 4, lead)
            c = ws.cell(r, 5, due)
            if isinstance(due, D): c.number_format = "mmm-yy"
            if prev: ws.cell(r, 6).fill = FILL[prev]
            if cur: ws.cell(r, 7).fill = FILL[cur]
            ws.cell(r, 8, prog or None)
            for cc in range(1, 9): ws.cell(r, cc).alignment = WRAP; ws.cell(r, cc).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for i, (k, t) in enumerate([("R", "Red – not on track"), ("A", "Amber – some risk to delivery"),
                                ("G", "Green – on track"), ("B", "Blue – complete")]):
        ws.cell(r + 1 + i, 1).fill = FILL[k]; ws.cell(r + 1 + i, 2, t)
    for col, w in zip("ABCDEFGH", [6, 40, 45, 26, 11, 10, 10, 45]): ws.column_dimensions[col].width = w
    wb.save(p("do2-denbighshire-ciw-adult-services-pei-action-plan.xlsx"))

if __name__ == "__main__":
    merseyside(); moat(); nhsggc(); hduhb(); bcuhb(); vale(); denbighshire()
