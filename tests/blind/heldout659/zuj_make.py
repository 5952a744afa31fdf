"""Build the seven zuj- blind test files (set heldout659).

Run with /work/main/.venv/bin/python zuj_make.py  (openpyxl, python-docx)."""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF0000",
    "grey": "D9D9D9", "lblue": "DDEBF7", "navy": "1F3864", "lgrey": "F2F2F2",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=FILL.get(c, c), end_color=FILL.get(c, c))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. NHS Ayrshire & Arran - HIS IR(ME)R inspection improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def make_his_irmer():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    meta = [
        ("NHS board:", "NHS Ayrshire & Arran"),
        ("Service:", "Diagnostic Imaging Department, University Hospital Ayr"),
        ("Inspection:", "Ionising Radiation (Medical Exposure) Regulations 2017 – announced inspection"),
        ("Date of inspection:", "10 and 11 September 2024"),
        ("Date of publication:", "12 December 2024"),
        ("Last updated:", "17 March 2025"),
    ]
    r = 2
    for k, v in meta:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
    r += 1  # blank row 8
    heads = ["Action reference", "Action planned", "Timescale to meet action", "Revised timescale",
             "Responsibility for taking action", "Progress (March 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    rows = [
        ("S", "Domain 5 – Leadership and governance"),
        ("Q", "Requirement 1: NHS Ayrshire & Arran must ensure that the employer’s procedures are reviewed and updated to accurately reflect the roles and entitlement of all duty holders, including non-medical referrers."),
        ("1.1", "Review and update Employer’s Procedure EP01 (Duty holders and entitlement) to set out the scope of practice for each group of non-medical referrers.",
         "31 January 2025", None, "Radiation Protection Supervisor / Lead Superintendent Radiographer",
         "Revised EP01 approved at Radiation Protection Committee on 23 January 2025 and published on the Diagnostics intranet page.", "B"),
        ("1.2", "Issue individual letters of entitlement to all non-medical referrers and hold a central register within the department.",
         "28 February 2025", "30 April 2025", "Lead Superintendent Radiographer",
         "Register created. 41 of 63 letters issued; remainder awaiting signed scope of practice from clinical leads.", "A"),
        ("Q", "Requirement 2: NHS Ayrshire & Arran must ensure that a clinical evaluation is recorded for every medical exposure, including fluoroscopy carried out in theatres."),
        ("2.1", "Introduce a mandatory clinical evaluation field in the theatre fluoroscopy module of the radiology information system.",
         "March 2025", None, "RIS/PACS Manager",
         "Change request approved; build scheduled for go-live on 24 March 2025.", "G"),
        ("2.2", "Audit the recording of clinical evaluation for theatre fluoroscopy and report compliance to the Radiation Protection Committee.",
         "Quarterly", None, "Clinical Director, Diagnostics; Radiology Audit Lead",
         "First audit due June 2025.", "G"),
        ("S", "Domain 6 – Policies, procedures and protocols"),
        ("Q", "Recommendation a: NHS Ayrshire & Arran should ensure that the pregnancy enquiry procedure covers all individuals of childbearing potential aged 12 to 55 years, in line with current professional guidance."),
        ("a.1", "Update the pregnancy enquiry procedure (EP03) and request form to use inclusive wording and brief all radiographers at safety huddles.",
         "31 December 2024", "31 March 2025", "Lead Superintendent Radiographer",
         "EP03 updated. Huddle briefings completed at Ayr; Biggart Hospital outpatient X-ray to be briefed by 28 March.", "A"),
        ("a.2", "Carry out a monthly audit of pregnancy status recording on request forms for three months after the change.",
         "June 2025", None, "Modality Lead Radiographers",
         "Not yet started – begins April 2025.", None),
        ("S", "Domain 7 – Workforce management"),
        ("Q", "Requirement 3: NHS Ayrshire & Arran must ensure that records of IR(ME)R training and competency are held for all operators and are up to date."),
        ("3.1", "Complete a training needs analysis for all operators, including theatre staff and cardiac physiologists.",
         "30 November 2024", None, "Practice Educator",
         "Complete – training needs analysis reported to Radiation Protection Committee in November 2024.", "B"),
        ("3.2", "Move operator training and competency records onto Turas Learn and set up reminders for renewal.",
         "31 May 2025", "30 September 2025", "Practice Educator / Superintendent Radiographer (Quality)",
         "Delayed by Turas Learn configuration; eHealth support requested.", "R"),
    ]
    for row in rows:
        if row[0] in ("S", "Q"):
            c = ws.cell(r, 1, row[1])
            c.font = Font(bold=True, italic=(row[0] == "Q"))
            c.fill = fill("grey" if row[0] == "S" else "lblue")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 18 if row[0] == "S" else 32
        else:
            for i, v in enumerate(row, 1):
                if i == 7:
                    c = ws.cell(r, i, v)
                    if v:
                        c.fill = fill(v)
                    c.alignment = Alignment(horizontal="center", vertical="top")
                else:
                    c = ws.cell(r, i, v)
                    c.alignment = WRAP
                c.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for k, v in [("B", "Action complete"), ("G", "On track to meet timescale"),
                 ("A", "Timescale revised / some risk to delivery"),
                 ("R", "Not on track – escalated to Acute Services Governance Group")]:
        ws.cell(r, 1, k).fill = fill(k)
        ws.cell(r, 2, v)
        r += 1
    r += 1
    ws.cell(r, 1, "Action plan approved by:").font = Font(bold=True)
    ws.cell(r, 2, "Director of Acute Services")
    r += 1
    ws.cell(r, 1, "Date:").font = Font(bold=True)
    ws.cell(r, 2, "17 March 2025")
    for col, w in zip("ABCDEFG", [12, 60, 18, 16, 30, 50, 7]):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Summary")
    s2["A1"] = "Summary of progress – position at 17 March 2025"
    s2["A1"].font = Font(bold=True)
    s2.append([])
    s2.append(["Domain", "Number of actions", "B", "G", "A", "R", "Not started"])
    for row in [("Domain 5 – Leadership and governance", 4, 1, 2, 1, 0, 0),
                ("Domain 6 – Policies, procedures and protocols", 2, 0, 0, 1, 0, 1),
                ("Domain 7 – Workforce management", 2, 1, 0, 0, 1, 0),
                ("Total", 8, 2, 2, 2, 1, 1)]:
        s2.append(list(row))
    s2.column_dimensions["A"].width = 46
    wb.save(out("zuj-nhs-ayrshire-and-arran-his-irmer-university-hospital-ayr-radiology-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Kent and Medway Mental Health NHS Trust - PSII safety action plan (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_kmpt_psii():
    wb = Workbook()
    ws = wb.active
    ws.title = "Safety action plan"
    ws["A1"] = "Kent and Medway Mental Health NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    meta = [
        ("PSII reference:", "PSII-2024-017"),
        ("LFPSE reference:", "8104476"),
        ("Incident:", "Serious self-harm of an inpatient on an acute ward during a period of enhanced observation"),
        ("Report approved:", "Patient Safety and Learning Group, 19 March 2025"),
        ("Executive sponsor:", "Chief Nursing Officer"),
    ]
    r = 4
    for k, v in meta:
        ws.cell(r, 1, k).font = Font(bold=True)
        ws.cell(r, 2, v)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        r += 1
    r += 1  # blank row 9
    heads = ["Ref", "Safety recommendation / safety action", "Action owner", "Due by",
             "Measure of effectiveness", "Oversight group", "Status"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(r, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    r += 1  # row 11
    rows = [
        ("SR1", "Safety recommendation 1: The Trust should strengthen how observation levels are reviewed and handed over between shifts."),
        ("SA1.1", "Revise the Therapeutic Engagement and Observation policy to require a documented multidisciplinary review of observation levels at each shift handover.",
         "Deputy Director of Nursing (Acute)", "June 2025",
         "Policy ratified; monthly audit of 20 handover records shows at least 90% compliance", "Acute Care Group Quality Meeting", "Complete"),
        ("SA1.2", "Add an observation section to the ward handover template in the electronic patient record.",
         "Clinical Systems Lead", "August 2025",
         "Template live on all acute wards; field completion reported monthly", "Digital Clinical Safety Group", "On track"),
        ("SA1.3", "Deliver face-to-face training on therapeutic observation to all registered and unregistered staff on acute wards.",
         "Practice Development Lead / Ward Managers", "Ocotber 2025",
         "95% of acute ward staff trained, recorded on the training system", "Acute Care Group Quality Meeting", "On track"),
        ("SR2", "Safety recommendation 2: The Trust should reduce the availability of ligature and cutting risks in ward bedrooms and bathrooms."),
        ("SA2.1", "Complete the annual environmental ligature risk assessment for all acute wards using the revised Trust tool.",
         "Head of Estates Compliance", "September 2025",
         "Assessments completed and signed off for 10 of 10 acute wards", "Health and Safety Committee", "At risk"),
        ("SA2.2", "Introduce a daily room search checklist for patients on enhanced observation, including items brought in by visitors.",
         "Ward Managers", "December 2025",
         "Checklist completed for 95% of patients on enhanced observation (monthly audit)", "Acute Care Group Quality Meeting", "Not started"),
        ("SR3", "Safety recommendation 3: The Trust should improve how families are involved in risk assessment and safety planning."),
        ("SA3.1", "Co-produce a family and carer involvement standard for safety planning with the Trust’s lived experience group.",
         "Head of Patient and Carer Experience", "March 2026",
         "Standard approved; carer survey shows improvement from baseline", "Patient Experience Committee", "On track"),
        ("SA3.2", "Add a prompt to the risk assessment form to record family or carer views, or the reason they were not sought.",
         "Clinical Systems Lead; Associate Director of Nursing", "Q4 2025/26",
         "Prompt live; quarterly audit of 30 risk assessments", "Digital Clinical Safety Group", "On track"),
    ]
    for row in rows:
        if row[0].startswith("SR"):
            ws.cell(r, 1, row[0]).font = Font(bold=True)
            c = ws.cell(r, 2, row[1])
            c.font = Font(bold=True)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            for col in range(1, 8):
                ws.cell(r, col).fill = fill("lblue")
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Status options: Not started / On track / At risk / Complete. Progress is reviewed monthly at the Patient Safety and Learning Group.")
    for col, w in zip("ABCDEFG", [9, 62, 30, 14, 44, 30, 12]):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Version control")
    s2.append(["Version", "Date", "Author", "Changes"])
    s2.append(["0.1", "24/03/2025", "Patient Safety Partner Lead", "First draft from PSII report"])
    s2.append(["1.0", "02/04/2025", "Head of Patient Safety", "Agreed with action owners"])
    s2.append(["1.1", "08/07/2025", "Head of Patient Safety", "July progress update"])
    wb.save(out("zuj-kent-and-medway-mental-health-nhs-trust-psii-safety-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. NHS BSW ICB - Board Assurance Framework 2025/26 (xlsx, sheet per risk)
# ---------------------------------------------------------------------------
def make_bsw_baf():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "Board Assurance Framework 2025/26"
    cov["A2"].font = Font(bold=True, size=16)
    cov["A3"] = "Position at 30 September 2025 (Quarter 2)"
    cov["A4"] = "Presented to: ICB Board, 20 November 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = Font(bold=True)
    cov.append(["Version", "Date", "Author", "Change"])
    cov.append(["0.1", "14/10/2025", "Head of Corporate Governance", "Q2 updates requested from executive leads"])
    cov.append(["0.2", "31/10/2025", "Head of Corporate Governance", "Reviewed by Audit and Risk Committee"])
    cov.append(["1.0", "12/11/2025", "Board Secretary", "Final for Board"])
    cov["A12"] = "Action status key"
    cov["A12"].font = Font(bold=True)
    for i, (t, c) in enumerate([("Complete", "B"), ("On track", "G"), ("At risk", "A"), ("Off track", "R")]):
        cell = cov.cell(13 + i, 1, t)
        cell.fill = fill(c)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 44

    summ = wb.create_sheet("Summary")
    summ.append(["BAF ref", "Strategic risk", "Executive lead", "Initial score", "Q1 score", "Q2 score", "Target score", "Trend"])
    for row in [("BAF1", "Urgent and emergency care performance", "Chief Delivery Officer", 20, 16, 16, 9, "↔"),
                ("BAF2", "Financial sustainability", "Chief Finance Officer", 20, 16, 20, 12, "↑"),
                ("BAF3", "Primary care access and resilience", "Director of Primary Care", 16, 12, 12, 8, "↔")]:
        summ.append(list(row))
    for c in summ[1]:
        c.font = Font(bold=True)
    summ.column_dimensions["B"].width = 40
    summ.column_dimensions["C"].width = 26

    risks = [
        ("BAF1", "BAF1 – Urgent and emergency care performance",
         [("Strategic objective", "Objective 2: Improve access to urgent and emergency care"),
          ("Risk description", "There is a risk that the BSW system does not meet the 78% four-hour standard and ambulance handover targets because of insufficient community capacity and high numbers of patients with no criteria to reside."),
          ("Executive lead", "Chief Delivery Officer"),
          ("Assuring committee", "Quality and Outcomes Committee"),
          ("Risk score (L x C)", "Initial 20 | Current 16 | Target 9"),
          ("Key controls", "System UEC Board; daily system calls; OPEL escalation framework"),
          ("Gaps in control / assurance", "No single view of community capacity across the three places; handover data not validated")],
         [("1.1", "Implement the Transfer of Care Hub in Wiltshire to reduce the number of patients with no criteria to reside.",
           "Director of Place (Wiltshire)", dt.datetime(2025, 7, 31), dt.datetime(2025, 10, 31),
           "Hub live from 1 October 2025; seven-day model to follow.", "Complete"),
          ("1.2", "Expand same-day emergency care and virtual ward capacity in line with the 2025/26 UEC plan.",
           "Director of Urgent Care; Director of Place (Swindon)", dt.datetime(2025, 12, 31), None,
           "Virtual ward occupancy 81% in September; SDEC extension at Great Western Hospital opens November.", "On track"),
          ("1.3", "Agree an ambulance handover improvement trajectory with South Western Ambulance Service and the three acute trusts.",
           "Chief Delivery Officer", dt.datetime(2025, 9, 30), dt.datetime(2026, 1, 31),
           "Draft trajectory discussed at UEC Board; sign-off delayed pending winter plan.", "At risk")]),
        ("BAF2", "BAF2 – Financial sustainability",
         [("Strategic objective", "Objective 5: Deliver a financially sustainable health and care system"),
          ("Risk description", "There is a risk that the BSW system does not deliver its 2025/26 financial plan because efficiency schemes are not delivered in full and continuing healthcare costs continue to rise."),
          ("Executive lead", "Chief Finance Officer"),
          ("Assuring committee", "Finance and Investment Committee"),
          ("Risk score (L x C)", "Initial 20 | Current 20 | Target 12"),
          ("Key controls", "System financial recovery board; monthly efficiency tracker; investment controls"),
          ("Gaps in control / assurance", "Efficiency schemes not fully identified for the second half of the year")],
         [("2.1", "Deliver the 2025/26 system efficiency programme and report delivery monthly to the Finance and Investment Committee.",
           "Chief Finance Officer", dt.datetime(2026, 3, 31), None,
           "£38.2m delivered against £41.5m plan to month 6.", "At risk"),
          ("2.2", "Complete the review of continuing healthcare packages above £2,000 per week.",
           "Director of Nursing – Continuing Healthcare", dt.datetime(2025, 11, 30), None,
           "Review of 146 packages started; 52 complete. Additional reviewers not yet in post.", "Off track")]),
        ("BAF3", "BAF3 – Primary care access and resilience",
         [("Strategic objective", "Objective 3: Improve access to primary care"),
          ("Risk description", "There is a risk that patients cannot access timely primary care because of workforce pressures, estates constraints and the impact of GP collective action."),
          ("Executive lead", "Director of Primary Care"),
          ("Assuring committee", "Primary Care Commissioning Committee"),
          ("Risk score (L x C)", "Initial 16 | Current 12 | Target 8"),
          ("Key controls", "Primary care access recovery plan; practice resilience framework"),
          ("Gaps in control / assurance", "Limited data on unmet demand; estates plan not yet agreed")],
         [("3.1", "Roll out modern general practice access tools to the remaining 18 practices.",
           "Director of Primary Care", dt.datetime(2026, 3, 31), None,
           "9 of 18 practices live; remainder scheduled by February.", "On track"),
          ("3.2", "Agree the GP collective action contingency plan with the Local Medical Committee.",
           "Director of Primary Care / Medical Director", dt.datetime(2025, 8, 31), None,
           "Plan agreed and shared with practices in August.", "Complete"),
          ("3.3", "Publish the BSW primary care estates prioritisation plan.",
           "Director of Estates", dt.datetime(2025, 6, 30), dt.datetime(2026, 2, 28),
           "Prioritisation criteria agreed; plan to Primary Care Commissioning Committee in January.", "On track")]),
    ]
    status_fill = {"Complete": "B", "On track": "G", "At risk": "A", "Off track": "R"}
    for sheet, title, info, acts in risks:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws.merge_cells("A1:G1")
        r = 3
        for k, v in info:
            ws.cell(r, 1, k).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("lgrey")
            c = ws.cell(r, 2, v)
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
            r += 1
        r += 1
        ws.cell(r, 1, "Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        for i, h in enumerate(["Ref", "Action", "Action lead", "Original due date", "Revised due date",
                               "Progress update", "Status"], 1):
            c = ws.cell(r, i, h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("navy")
            c.border = BOX
        r += 1
        for a in acts:
            for i, v in enumerate(a, 1):
                c = ws.cell(r, i, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(r, 7).fill = fill(status_fill[a[6]])
            r += 1
        for col, w in zip("ABCDEFG", [22, 58, 30, 14, 14, 50, 12]):
            ws.column_dimensions[col].width = w
    wb.save(out("zuj-nhs-bath-and-north-east-somerset-swindon-and-wiltshire-icb-board-assurance-framework-2025-26.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def bold_text(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Cardiff and Vale UHB - HIW improvement plan, University Hospital Llandough (docx)
# ---------------------------------------------------------------------------
def make_hiw_llandough():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Improvement plan", style="Title")
    doc.add_paragraph("Cardiff and Vale University Health Board")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Service:", "University Hospital Llandough – Wards West 1 and East 2"),
                                ("Date of inspection:", "4, 5 and 6 February 2025"),
                                ("Inspection type:", "Unannounced hospital inspection")]):
        bold_text(t.cell(i, 0), k)
        t.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("The table below includes any other improvements identified during the inspection where we "
                      "require the service to complete an improvement plan telling us about the actions they are "
                      "taking to address these areas.")
    heads = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    rows = [
        ("S", "Quality of the patient experience"),
        ("The health board must ensure that patients’ call bells are within reach at all times.",
         "Health and Care Quality Standards 2023 – Safe",
         "Call bell checks added to the hourly intentional rounding documentation on both wards.",
         "Senior Nurse, Medicine", "Immediate and ongoing"),
        ("The health board must ensure that information for patients and visitors is available in Welsh as well as English.",
         "Health and Care Quality Standards 2023 – Person centred; Welsh Language (Wales) Measure 2011",
         "English-only ward information boards to be replaced with bilingual versions supplied by the Welsh Language Team.",
         "Directorate Manager", "31 March 2025"),
        ("S", "Delivery of safe and effective care"),
        ("M", "The health board must ensure that medication fridge temperatures are checked and recorded daily, and that action is taken when readings are outside the safe range.",
         "Health and Care Quality Standards 2023 – Safe; NMC Code",
         [("Daily fridge temperature checks added to the ward safety brief checklist, with escalation to pharmacy where readings are out of range.",
           "Ward Manager West 1 / Ward Manager East 2", "14/02/2025"),
          ("Monthly medicines management audit to be undertaken by the ward pharmacist, with results shared at the Clinical Board Quality, Safety and Experience meeting.",
           "Lead Pharmacist, Medicine Clinical Board", "April 2025")]),
        ("The health board must ensure that the All Wales Multifactorial Falls Risk Assessment is completed within 24 hours of admission for every patient.",
         "Health and Care Quality Standards 2023 – Safe",
         "Falls champion identified on each ward; weekly spot-check audit of 10 patient records with feedback to staff at safety huddles.",
         "Falls Prevention Lead Nurse", "End of May 2025"),
        ("S", "Quality of management and leadership"),
        ("The health board must ensure staff compliance with mandatory training, in particular Basic Life Support, meets the health board target of 85%.",
         "Health and Care Quality Standards 2023 – Workforce",
         "Protected training dates booked for Basic Life Support, with compliance reported monthly at the Directorate Performance Review.",
         "Lead Nurse, Integrated Medicine", "Q1 2025/26"),
        ("The health board must share the findings of this inspection and the learning from it with staff.",
         "Health and Care Quality Standards 2023 – Leadership",
         "Inspection report shared at ward team meetings and at the Medicine Clinical Board Quality, Safety and Experience meeting.",
         "Head of Nursing, Medicine Clinical Board", "30/04/2025"),
    ]
    n = 1 + sum(2 if r[0] == "M" else 1 for r in rows)
    tab = doc.add_table(rows=n, cols=5)
    tab.style = "Table Grid"
    for i, h in enumerate(heads):
        bold_text(tab.cell(0, i), h)
        shade(tab.cell(0, i), "D9E2F3")
    ri = 1
    for row in rows:
        if row[0] == "S":
            c = tab.cell(ri, 0).merge(tab.cell(ri, 4))
            bold_text(c, row[1])
            shade(c, "F2F2F2")
            ri += 1
        elif row[0] == "M":
            need, std, acts = row[1], row[2], row[3]
            c0 = tab.cell(ri, 0).merge(tab.cell(ri + 1, 0))
            c0.text = need
            c1 = tab.cell(ri, 1).merge(tab.cell(ri + 1, 1))
            c1.text = std
            for k, (a, lead, when) in enumerate(acts):
                tab.cell(ri + k, 2).text = a
                tab.cell(ri + k, 3).text = lead
                tab.cell(ri + k, 4).text = when
            ri += 2
        else:
            for j, v in enumerate(row):
                tab.cell(ri, j).text = v
            ri += 1
    doc.add_paragraph()
    doc.add_paragraph("Service representative")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Rachel Pugh"),
                                ("Job role:", "Director of Nursing, Medicine Clinical Board"),
                                ("Date:", "20 March 2025")]):
        bold_text(s.cell(i, 0), k)
        s.cell(i, 1).text = v
    doc.save(out("zuj-cardiff-and-vale-uhb-hiw-university-hospital-llandough-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Radis Community Care Telford - CQC home care inspection action plan (docx)
# ---------------------------------------------------------------------------
def make_radis_cqc():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("CQC Inspection Action Plan", style="Title")
    doc.add_paragraph("Radis Community Care – Telford (domiciliary care agency)")
    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Location ID", "1-11985263410"),
                                ("Inspection dates", "14 and 21 May 2025"),
                                ("Report published", "8 August 2025"),
                                ("Overall rating", "Requires improvement"),
                                ("Plan owner", "Registered Manager"),
                                ("Version", "v2 – updated 3 October 2025")]):
        bold_text(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=1, cols=3)
    key.style = "Table Grid"
    for i, (t, c) in enumerate([("Green – Completed", "70AD47"), ("Amber – In progress", "FFC000"),
                                ("Red – Not started / overdue", "FF0000")]):
        key.cell(0, i).text = t
        shade(key.cell(0, i), c)

    heads = ["Ref", "Concern identified", "Action", "Lead", "Target date", "RAG"]
    sections = [
        ("Breach: Regulation 12 – Safe care and treatment", [
            ("Risks to people’s health, including choking, diabetes and catheter care, were not always assessed or planned for.", [
                ("12.1", "Review the care plans of all people supported with eating and drinking, diabetes or catheter care, and add risk assessments where missing.",
                 "Registered Manager", "31/08/2025", "70AD47"),
                ("12.2", "Deliver choking risk awareness training, based on speech and language therapy guidance, to all care staff and record attendance on the training matrix.",
                 "Registered Manager / Training Officer", "30/09/2025", "70AD47")]),
            ("Medicine administration records did not always show when ‘as required’ (PRN) medicines were given or why.", [
                ("12.3", "Introduce PRN protocols for each person prescribed ‘as required’ medicines and audit eMAR records weekly.",
                 "Field Care Supervisor", "Oct 2025", "FFC000")]),
        ]),
        ("Breach: Regulation 17 – Good governance", [
            ("Quality assurance systems had not identified the shortfalls found at this inspection.", [
                ("17.1", "Introduce a monthly quality audit schedule covering care plans, eMAR, call monitoring and complaints, with results reviewed by the Area Manager.",
                 "Area Manager", "End of September 2025", "70AD47")]),
            ("Call monitoring data was not used to identify patterns of late or missed calls.", [
                ("17.2", "Produce a weekly late and missed calls report from the electronic call monitoring system and agree actions at the Monday coordinators’ meeting.",
                 "KB / SM", "Ongoing", "FFC000")]),
        ]),
        ("Areas for improvement (should do)", [
            ("The provider should ensure people are consistently told when care staff are running late.", [
                ("S1", "Office staff to phone the person when a care worker is running more than 30 minutes late, and record the call on the system.",
                 "Care Coordinators", "November 2025", "FF0000")]),
            ("The provider should ensure that people’s views gathered in surveys are acted on and fed back to them.", [
                ("S2", "Publish a ‘You said, we did’ summary after the autumn client survey.",
                 "Registered Manager", "Dec 2025", None)]),
        ]),
    ]
    for title, concerns in sections:
        doc.add_heading(title, level=1)
        nrows = 1 + sum(len(a) for _, a in concerns)
        tab = doc.add_table(rows=nrows, cols=6)
        tab.style = "Table Grid"
        for i, h in enumerate(heads):
            bold_text(tab.cell(0, i), h)
            shade(tab.cell(0, i), "D9D9D9")
        ri = 1
        for concern, acts in concerns:
            if len(acts) > 1:
                c = tab.cell(ri, 1).merge(tab.cell(ri + len(acts) - 1, 1))
            else:
                c = tab.cell(ri, 1)
            c.text = concern
            for ref, act, lead, when, colour in acts:
                tab.cell(ri, 0).text = ref
                tab.cell(ri, 2).text = act
                tab.cell(ri, 3).text = lead
                tab.cell(ri, 4).text = when
                if colour:
                    shade(tab.cell(ri, 5), colour)
                ri += 1
        doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reviewed monthly by the Registered Manager and Area Manager "
                      "and reported to the Radis Quality and Compliance Committee.")
    doc.save(out("zuj-radis-community-care-telford-cqc-home-care-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Willowbrook Hospice - Quality Account priorities tracker 2025/26 (csv)
# ---------------------------------------------------------------------------
def make_willowbrook_csv():
    W = 9
    rows = [
        ["Willowbrook Hospice"],
        ["Quality Account 2025/26: Quality Priorities – Progress Tracker"],
        ["Position at end of Q2 (30 September 2025)"],
        [],
        ["Domain", "Priority", "Ref", "Action", "Lead(s)", "Due", "Q1 RAG", "Q2 RAG", "Q2 progress update"],
        ["Patient Safety", "Priority 1: Reduce harm from falls on the Inpatient Unit", "1.1",
         "Introduce a post-falls huddle within one hour of every inpatient fall", "Falls Lead Nurse", "Jun-25", "G", "B",
         "Huddle template in use since May; huddle recorded for 100% of falls in Q2"],
        ["", "", "1.2", "Trial low-low beds, falls sensors and bay nursing for patients at high risk of falls",
         "Head of Inpatient Unit; Falls Lead Nurse", "Dec-25", "G", "G",
         "4 low-low beds delivered; sensor trial started in August"],
        ["", "", "1.3", "Report falls per 1,000 occupied bed days to the Clinical Governance Committee",
         "Quality and Governance Lead", "Quarterly", "G", "G", "Q2 rate 6.1 (Q1 8.4)"],
        ["Clinical Effectiveness", "Priority 2: Improve recognition of and response to the last days of life in the community", "2.1",
         "Roll out ReSPECT training to all Hospice at Home staff", "Clinical Education Lead", "Sept 2025 – Jan 2026", "A", "G",
         "86% trained; final sessions booked for 9 and 23 October"],
        ["", "", "2.2",
         "Audit anticipatory medicines prescribing for patients on the Hospice at Home caseload against local guidance",
         "Medical Director / Pharmacist", "31/03/2026", "", "A",
         "Audit tool agreed; data collection delayed by pharmacist vacancy"],
        ["", "", "2.3", "Agree access to the Cheshire and Merseyside shared care record for all hospice clinical staff",
         "Director of Patient Care", "Q4 2025/26", "R", "A",
         "Information sharing agreement signed; access for IPU staff from November"],
        ["Patient Experience", "Priority 3: Increase the involvement of patients and families in shaping our services", "3.1",
         "Recruit a patient and family experience panel of at least eight members", "Patient Experience Lead", "Oct-25", "G", "G",
         "6 members recruited; two more interviews in October"],
        ["", "", "3.2",
         "Use the I Want Great Care feedback platform across all services and publish results on the hospice website each quarter",
         "Patient Experience Lead", "Jul-25", "A", "B", "Live across IPU, Day Therapy and Hospice at Home from 1 July"],
        ["", "", "3.3", "Hold two ‘What matters to you’ listening events with bereaved families",
         "Family Support Team Manager", "Mar-26", "", "", "Not yet started – first event planned for January 2026"],
        [],
        ["Key: B = Complete; G = On track; A = Some risk to delivery; R = Off track / not deliverable this year"],
        ["Reviewed by Clinical Governance Committee on 14 October 2025"],
    ]
    with open(out("zuj-willowbrook-hospice-quality-account-priorities-tracker-2025-26.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row + [""] * (W - len(row)))


# ---------------------------------------------------------------------------
# 7. Slievemore Nursing Home - RQIA QIP progress tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def make_slievemore_txt():
    REG = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    STD = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    lines = [
        "Slievemore Nursing Home",
        "RQIA Quality Improvement Plan – Progress Tracker",
        "Inspection ID: IN046913\tUnannounced care inspection\t18 and 19 February 2025",
        "Tracker updated: 12 May 2025 (Home Manager)",
        "",
        "\t".join(["AFI", "Area for improvement", "Ref", "Stated", "Action No.", "Action taken / planned",
                   "Responsible person", "To be completed by", "Status"]),
        REG,
        "\t".join(["1", "The registered person shall ensure that all staff are recruited in accordance with the relevant statutory employment legislation and that AccessNI checks are received before staff commence employment.",
                   "Regulation 21 (1) (b)", "First time", "1.1",
                   "Recruitment checklist revised so that a start date cannot be confirmed until the AccessNI certificate number is recorded.",
                   "Home Manager", "With immediate effect", "Achieved"]),
        "\t".join(["", "", "", "", "1.2",
                   "Monthly audit of all new starter files by the Responsible Individual, with findings shared at the governance meeting.",
                   "Responsible Individual", "Ongoing", "On track"]),
        "\t".join(["2", "The registered person shall ensure that the nurse in charge of the home in the absence of the manager has been assessed as competent and capable of the role.",
                   "Regulation 20 (3)", "Second time", "2.1",
                   "Nurse in charge competency assessments completed for all registered nurses, including agency nurses who regularly take charge.",
                   "Deputy Manager", "31 March 2025", "Achieved"]),
        STD,
        "\t".join(["1", "The registered person shall ensure that care records for residents with wounds include a wound care plan and that wound assessments are completed at each dressing change.",
                   "Standard 4.9", "First time", "1.1",
                   "Wound care plans reviewed for all six residents with wounds; tissue viability link nurse to check wound charts weekly.",
                   "TVN Link Nurse / Nurse in Charge", "30 April 2025", "On track"]),
        "\t".join(["2", "The registered person shall ensure that the dining experience is reviewed so that residents who need assistance receive it in a timely manner and that menus are displayed in a suitable format.",
                   "Standard 12", "First time", "2.1",
                   "Monthly dining experience audit on each floor, with staff allocated to assist the residents named on the mealtime allocation sheet.",
                   "Home Manager", "May 2025", "Amber"]),
        "\t".join(["", "", "", "", "2.2",
                   "Pictorial menus to be displayed on each dining table.",
                   "Activities Co-ordinator & Catering Manager", "30 April 2025", "Achieved"]),
        "\t".join(["3", "The registered person shall ensure that the environment is kept free from hazards, including unlocked sluice rooms and the unsafe storage of thickening agents.",
                   "Standard 44", "First time", "3.1",
                   "Keypad locks fitted to sluice doors on both floors and a daily walkround added to the nurse in charge checklist.",
                   "Maintenance Officer; Nurse in Charge", "31/03/2025", "Achieved"]),
        "\t".join(["", "", "", "", "3.2",
                   "Thickening agents to be stored in the locked treatment room and checked on the daily walkround.",
                   "Nurse in Charge", "From the date of inspection", "On track"]),
        "",
        "Status key: Achieved = completed and evidenced; On track = progressing within timescale; Amber = partially met, timescale at risk; Not started",
        "Tracker to be returned to RQIA with the QIP response via the RQIA Web Portal.",
    ]
    with open(out("zuj-slievemore-nursing-home-rqia-care-inspection-qip-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_his_irmer()
    make_kmpt_psii()
    make_bsw_baf()
    make_hiw_llandough()
    make_radis_cqc()
    make_willowbrook_csv()
    make_slievemore_txt()
    print("built seven zuj- files in", HERE)
