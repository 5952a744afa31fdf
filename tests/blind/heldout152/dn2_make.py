"""Generator for the dn2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "5B9BD5",
        "hdr": "1F3864", "theme": "D9E1F2", "grey": "D9D9D9"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c, key):
    c.fill = PatternFill("solid", fgColor=FILL.get(key, key))


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1 Essex SAB SAR xlsx
def essex():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Action Plan"
    ws["A1"] = "Essex Safeguarding Adults Board (ESAB)"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Safeguarding Adults Review 'Valerie' – Multi-Agency Action Plan"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 4 – progress updated for SAR Subgroup, 14 May 2024"; ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Recommendation", "Action", "Lead", "Target Date", "Revised Date",
           "Progress update (May 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); fill(c, "hdr"); c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    rows = [
        ("theme", "Theme 1: Challenges when working with those who experience Complex Needs"),
        ("rec", "ESAB to seek assurance that partner agencies understand and apply the multi-agency self-neglect and hoarding guidance.", [
            ("1.1", "Relaunch the self-neglect and hoarding guidance through a 7-minute briefing and a practitioner webinar.",
             "ESAB Business Manager", D(2023, 9, 30), None,
             "Webinar delivered 21 September 2023 to 184 attendees. Recording and briefing are on the ESAB website.", "Complete", "blue"),
            ("1.2", "Audit a sample of 20 self-neglect enquiries to test use of the guidance and escalation to multi-agency risk management meetings.",
             "ECC Principal Social Worker (Adults)", D(2024, 1, 31), D(2024, 6, 30),
             "Audit tool agreed. Sample delayed by the ASC restructure; fieldwork now under way.", "Amber", "amber")]),
        ("rec", "Partners should ensure that where an adult repeatedly declines support, risks are reviewed jointly rather than the case being closed.", [
            ("2.1", "Amend the EPUT community mental health team discharge policy so that disengagement triggers a multi-disciplinary risk review before closure.",
             "EPUT Associate Director of Safeguarding", D(2024, 3, 31), None,
             "Policy amended and ratified at Clinical Governance Group on 12 March 2024.", "Complete", "blue"),
            ("2.2", "Develop a shared 'was not brought / did not attend' escalation pathway across primary care and adult social care.",
             "ICB Designated Nurse / ASC Head of Service", D(2024, 7, 31), None,
             "Draft pathway out to consultation with GP safeguarding leads until the end of May.", "On track", "green")]),
        ("blank",),
        ("theme", "Theme 2: Improving Making Safeguarding Personal (MSP) and hearing the voice of the adult at risk"),
        ("rec", "Agencies to evidence how the views and wishes of the adult are recorded and acted upon in safeguarding enquiries.", [
            ("3.1", "Add a mandatory MSP outcomes field to the Mosaic safeguarding enquiry form.",
             "ECC Systems Lead", D(2023, 12, 31), None, "Field live from 4 December 2023.", "Complete", "blue"),
            ("3.2", "Include MSP questions in the ESAB multi-agency case file audit programme for 2024/25.",
             "SAR and QA Subgroup Chair", "Q2 2024/25", None,
             "Audit schedule to be set at the June subgroup.", "Not started", None)]),
        ("blank",),
        ("theme", "Theme 5: Improving interagency communications between Health and Social Care"),
        ("rec", "ESAB to seek assurance that hospital discharge information is shared with community teams and care providers on the day of discharge.", [
            ("4.1", "Review the acute trust discharge summary template to include safeguarding concerns and the named community lead.",
             "MSEFT Head of Safeguarding", D(2024, 5, 31), None,
             "Template revised and piloted on two wards. Roll-out across the three hospital sites planned for June.", "Green", "green"),
            ("4.2", "Performance and Quality Subgroup to receive quarterly assurance on compliance with the revised template.",
             "Performance and Quality Subgroup Chair", "Ongoing", None,
             "First compliance report due to the July subgroup.", "Green", "green"),
            ("4.3", "Deliver joint training for ward staff and ASC hospital teams on raising safeguarding concerns at discharge.",
             "ESAB Training Lead", D(2024, 3, 31), D(2024, 10, 31),
             "Training dates cancelled twice because of winter pressures. New dates are being sought with the trusts.", "Red", "red")]),
    ]
    r = 6
    for item in rows:
        if item[0] == "blank":
            r += 1; continue
        if item[0] == "theme":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            for col in range(1, 9): fill(ws.cell(r, col), "theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8); r += 1; continue
        rec, acts = item[1], item[2]
        start = r
        ws.cell(r, 2, rec)
        for ref, act, lead, tgt, rev, prog, rag, col in acts:
            vals = [ref, None, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i) if v is None else ws.cell(r, i, v)
                c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, D): c.number_format = "dd/mm/yyyy"
            if col: fill(ws.cell(r, 8), col)
            r += 1
        if r - start > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for txt, col in [("Red – off track / not achievable within timescale", "red"),
                     ("Amber – some slippage, action in progress", "amber"),
                     ("Green – on track", "green"), ("Complete – action completed and evidenced", "blue")]:
        fill(ws.cell(r, 1), col); ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFGH", [7, 40, 48, 26, 12, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dn2-essex-sab-sar-valerie-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Medway SCP LCSPR docx
def medway():
    doc = Document()
    doc.add_heading("Child H Local Child Safeguarding Practice Review – Multi-Agency Action Plan", level=1)
    doc.add_paragraph("Medway Safeguarding Children Partnership (MSCP)")
    doc.add_paragraph(
        "This action plan sets out how the safeguarding partners and relevant agencies will respond to the "
        "recommendations of the Local Child Safeguarding Practice Review concerning Child H. Progress is "
        "reported to the MSCP Practice Review Group and the Executive each quarter.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2); dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "December 2024"),
                                ("Author", "MSCP Business Manager"),
                                ("Approved by", "MSCP Executive Group")]):
        dc.cell(i, 0).text = a; dc.cell(i, 1).text = b
    doc.add_paragraph("")
    hdr = ["Ref", "Action", "Lead", "Timescale", "Progress update (December 2024)", "RAG"]
    recs = [
        ("Recommendation 1: Partners should strengthen the response to pre-birth assessment where there are known risks of domestic abuse and parental mental ill-health.", [
            ("1a", "Review the pre-birth protocol so that referrals are made by 20 weeks' gestation where risks are identified.",
             "MSCP Business Manager", "September 2024",
             "Protocol revised and agreed at the MSCP Executive in September 2024; published on the MSCP website.", "Blue", "5B9BD5"),
            ("1b", "Test compliance with the revised protocol through a multi-agency audit of 10 pre-birth cases.",
             "Head of Children's Safeguarding and Quality Assurance", "31/03/2025",
             "Audit scheduled for February 2025 and audit tool agreed.", "Green", "00B050"),
            ("1c", "Ensure maternity booking appointments include routine enquiry about domestic abuse, recording whether the partner was present.",
             "MFT Named Midwife / MFT Named Nurse", "End of January 2025",
             "Routine enquiry compliance is 78% against a target of 95%. A digital prompt is being added to BadgerNet.", "Amber", "FFC000")]),
        ("Recommendation 2: Agencies should ensure that fathers and other significant males are identified, assessed and involved in planning.", [
            ("2a", "Deliver 'Seen and Heard' briefings on engaging fathers to frontline staff across the partnership.",
             "MSCP Learning and Development Officer", "Autumn term 2024",
             "Six briefings delivered to 212 practitioners from health, education, police and social care.", "Blue", "5B9BD5"),
            ("2b", "Amend the Children's Social Care assessment template to include a mandatory section on all adults in the household.",
             "Assistant Director Children's Social Care", "November 2024",
             "Template changes in testing; go-live moved to 6 January 2025 to align with the Mosaic upgrade.", "Amber", "FFC000")]),
        ("Recommendation 3: The partnership should seek assurance that information from police call-outs for domestic abuse is shared with health visitors and GPs.", [
            ("3a", "Review the domestic abuse notification process so that health visiting receives notifications within 24 hours.",
             "Kent Police DCI Public Protection", "March 2025",
             "Process mapping complete. Data-sharing agreement awaiting sign-off by the Information Governance leads.", "Green", "00B050"),
            ("3b", "Health visiting to record every domestic abuse notification on both the child's and the mother's records.",
             "MCH Safeguarding Lead", "Ongoing",
             "Monthly dip-sample shows 92% of notifications recorded on both records.", "Green", "00B050")]),
    ]
    nrows = 1 + sum(1 + len(a) for _, a in recs)
    t = doc.add_table(rows=nrows, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.cell(0, i).text = h; t.cell(0, i).paragraphs[0].runs[0].bold = True; shade(t.cell(0, i), "D9D9D9")
    r = 1
    for rec, acts in recs:
        m = t.cell(r, 0).merge(t.cell(r, 5)); m.text = rec; m.paragraphs[0].runs[0].bold = True; shade(m, "DEEAF6")
        r += 1
        for ref, act, lead, when, prog, rag, col in acts:
            for i, v in enumerate([ref, act, lead, when, prog, rag]):
                t.cell(r, i).text = v
            shade(t.cell(r, 5), col); r += 1
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete and evidenced; Green – on track; Amber – at risk of delay; "
                      "Red – not achieved / overdue.")
    doc.save(os.path.join(OUT, "dn2-medway-scp-lcspr-child-h-action-plan.docx"))


# ---------------------------------------------------------------- 3 BSol ICB action log txt
def bsol():
    lines = ["Birmingham and Solihull ICB - System Quality Group - Action Log",
             "Exported 03/02/2025 10:14 by Quality Governance Team", ""]
    hdr = ["Action No", "Date Raised", "Action", "Owner", "Due Date", "Revised Due Date", "Update", "RAG"]
    rows = [
        ["SQG-24-031", "14/08/2024", "Circulate the refreshed maternity and neonatal dashboard to members ahead of each meeting.",
         "LM/RK", "30/09/2024", "", "Dashboard now included in the standing papers from September.", "B"],
        ["SQG-24-034", "14/08/2024", "Provide an update on the mental health out of area placements position and the trajectory to reduce.",
         "Dr A Patel", "16/10/2024", "11/12/2024", "Deferred to December at the provider's request; update received and noted.", "B"],
        ["SQG-24-039", "16/10/2024", "Bring a paper on learning from the Patient Safety Incident Response Framework (PSIRF) thematic reviews across providers.",
         "Head of Quality (Patient Safety)", "11/12/2024", "12/02/2025", "Thematic analysis under way with three of five providers returned.", "A"],
        ["SQG-24-040", "16/10/2024", "Confirm the system position on the CQC ratings of care homes and share the support offer.",
         "Patel, Anita", "Nov-24", "", "Report shared with members by email on 20 November.", "B"],
        ["SQG-24-044", "11/12/2024", "Escalate the ambulance handover delays at the acute site to the UEC Board and report back.",
         "Chief Nursing Officer", "12/02/2025", "", "Escalated at UEC Board on 9 January. Handover improvement plan requested.", "G"],
        ["SQG-24-046", "11/12/2024", "Agree the quality schedule changes for 2025/26 contracts with the commissioning leads.",
         "JW; SK", "31/03/2025", "", "Initial meeting held. Draft schedule to be shared in February.", "G"],
        ["SQG-24-047", "11/12/2024", "Review the SEND health waiting times for neurodevelopmental assessment and identify actions to reduce waits.",
         "Designated Clinical Officer for SEND", "12/02/2025", "", "Data request issued to BWC and BCHC; responses not yet received.", "R"],
        ["SQG-25-002", "15/01/2025", "Develop a system quality risk register aligned to the ICB Board Assurance Framework.",
         "Head of Quality Governance", "TBC", "", "Scoping to start once the new risk management system is in place.", ""],
    ]
    lines.append("\t".join(hdr))
    lines += ["\t".join(r) for r in rows]
    lines += ["", "RAG: B = complete, G = on track, A = at risk, R = overdue / off track"]
    with open(os.path.join(OUT, "dn2-bsol-icb-system-quality-group-action-log.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 4 ROH board action log xlsx
def roh():
    wb = Workbook(); ws = wb.active; ws.title = "Public Board Actions"
    ws["A1"] = "The Royal Orthopaedic Hospital NHS Foundation Trust"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Board of Directors (Public) – Action Log"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Updated following the meeting held on 8 January 2025"
    hdr = ["Ref", "Meeting Date", "Action", "Lead", "Due Date", "Update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); fill(c, "1F4E78"); c.border = BOX
    rows = [
        ("24/071", D(2024, 7, 3), "Present the annual Freedom to Speak Up report with benchmarking against peer specialist trusts.",
         "Chief People Officer", D(2024, 11, 6), "Presented at the November Board; item closed.", "Complete", "blue"),
        ("24/088", D(2024, 9, 4), "Provide a breakdown of theatre cancellations on the day by reason and specialty.",
         "COO", D(2024, 11, 6), "Included in the Integrated Performance Report from November.", "Complete", "blue"),
        ("24/093", D(2024, 9, 4), "Circulate the outcome of the patient-led assessment of the care environment (PLACE) to members.",
         "DoN/DoF", D(2025, 1, 8), "Results received in December; circulation to follow the January Board.", "Green", "green"),
        ("24/104", D(2024, 11, 6), "Bring the revised Board Assurance Framework risk appetite statements for approval.",
         "Company Secretary", D(2025, 3, 5), "Board development session on risk appetite held in December.", "Green", "green"),
        ("24/107", D(2024, 11, 6), "Report on progress with the paediatric outpatient waiting list validation.",
         "MP", D(2025, 1, 8), "Validation 70% complete; staffing gaps have slowed progress. Full report now due in March.", "Amber", "amber"),
        ("25/003", D(2025, 1, 8), "Include the staff survey headline results in the People Committee chair's report.",
         "Chair of People Committee", D(2025, 3, 5), "", "Green", "green"),
        ("25/006", D(2025, 1, 8), "Update the Board on the estates backlog maintenance position at each meeting.",
         "Director of Estates", "Ongoing", "Standing item added to the Finance and Performance report.", "Green", "green"),
    ]
    r = 6
    for ref, md, act, lead, due, upd, st, col in rows:
        for i, v in enumerate([ref, md, act, lead, due, upd, st], 1):
            c = ws.cell(r, i, v if v != "" else None); c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(v, D): c.number_format = "dd-mmm-yy"
        fill(ws.cell(r, 7), col); r += 1
    r += 1
    ws.cell(r, 1, "Status key: Complete – action closed by the Board; Green – on track for due date; "
                  "Amber – at risk / revised date proposed; Red – overdue").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [9, 13, 55, 24, 12, 50, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dn2-royal-orthopaedic-hospital-nhsft-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 5 RCHT maternity highlight docx
def rcht():
    doc = Document()
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report", level=1)
    doc.add_paragraph("Royal Cornwall Hospitals NHS Trust  |  Month 9: December 2024")
    doc.add_paragraph(
        "This highlight report summarises progress against the maternity and neonatal improvement plan for "
        "the Maternity and Neonatal Safety Champions and the Quality Assurance Committee. Actions completed "
        "and evidenced will be closed at the next Maternity Improvement Board.")
    rd = doc.add_table(rows=3, cols=2); rd.style = "Table Grid"
    for i, (a, b) in enumerate([("Reporting period", "1 – 31 December 2024"),
                                ("Senior Responsible Officer", "Chief Nursing Officer"),
                                ("Prepared by", "Maternity Improvement Programme Manager")]):
        rd.cell(i, 0).text = a; rd.cell(i, 1).text = b
    hdr = ["Ref", "Action", "Owner", "Due", "Revised due", "Progress this period", "RAG"]
    col = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    streams = [
        ("Workstream 1: Safety and Learning", [
            ("1.1", "Implement the PSIRF maternity safety investigation process with weekly multidisciplinary incident review.",
             "Head of Midwifery", "Dec-24", "", "Weekly review embedded since October; terms of reference signed off.", "B"),
            ("1.2", "Achieve 90% compliance with fetal monitoring training for midwives and obstetricians.",
             "Consultant Midwife / Fetal Monitoring Lead", "31/01/2025", "",
             "Compliance at 86% for midwives and 81% for obstetric staff. Additional sessions booked in January.", "A"),
            ("1.3", "Complete the Saving Babies' Lives care bundle v3 self-assessment and submit evidence to the LMNS.",
             "SBLCB Lead Midwife", "Q4 2024/25", "", "Elements 1 to 4 evidenced; elements 5 and 6 in progress.", "G")]),
        ("Workstream 2: Listening to Women and Families", [
            ("2.1", "Establish a Maternity and Neonatal Voices Partnership walk-the-patch programme each month.",
             "Patient Experience Lead", "Nov-24", "", "Two walk-arounds completed; feedback shared with ward managers.", "B"),
            ("2.2", "Introduce a consistent debrief offer for all women following an unplanned birth outcome.",
             "Birth Reflections Midwife", "Feb 2025", "April 2025",
             "Pathway drafted. Launch delayed because the specialist midwife post is vacant until March.", "A")]),
        ("Workstream 3: Workforce and Leadership", [
            ("3.1", "Recruit to the funded midwifery establishment in line with the Birthrate Plus review.",
             "Director of Midwifery", "March 2025", "",
             "Vacancy rate reduced to 6.2%; 14 newly qualified midwives start in February.", "G"),
            ("3.2", "Complete the neonatal nursing workforce review against BAPM standards and agree a business case.",
             "Neonatal Matron / Divisional Director", "31/12/2024", "",
             "Review not yet complete because the data analyst has left. Escalated to the Divisional Board.", "R"),
            ("3.3", "Run the perinatal culture and leadership programme quad development sessions.",
             "Perinatal Quad", "Ongoing", "", "Session 3 held on 11 December.", "G")]),
    ]
    for name, acts in streams:
        doc.add_heading(name, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=7); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.cell(0, i).text = h; t.cell(0, i).paragraphs[0].runs[0].bold = True; shade(t.cell(0, i), "D9D9D9")
        for r, a in enumerate(acts, 1):
            for i, v in enumerate(a):
                t.cell(r, i).text = v
            shade(t.cell(r, 6), col[a[6]])
    doc.add_heading("Key risks and issues", level=2)
    rk = doc.add_table(rows=3, cols=4); rk.style = "Table Grid"
    for i, v in enumerate(["Risk", "Mitigation", "Owner", "Score"]):
        rk.cell(0, i).text = v
    for i, v in enumerate(["Neonatal nurse staffing below BAPM standards at night", "Daily staffing huddle; agency escalation", "Neonatal Matron", "16"]):
        rk.cell(1, i).text = v
    for i, v in enumerate(["Delay to the digital maternity record upgrade", "Supplier escalation via ICB digital team", "Digital Midwife", "12"]):
        rk.cell(2, i).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete and evidenced; G – on track; A – risk to delivery; R – off track.")
    doc.save(os.path.join(OUT, "dn2-royal-cornwall-hospitals-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 6 Safer Colchester DHR csv
def colchester():
    hdr = ["Action Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "RAG Status", "Latest Update", "Date Updated"]
    r1 = "Safer Colchester Partnership to raise awareness of economic abuse and coercive control among local employers and community groups."
    r2 = "Essex Police and adult social care to review how repeat domestic abuse incidents involving older victims are risk assessed."
    r3 = "GP practices to improve routine enquiry about domestic abuse where patients present with anxiety or unexplained injuries."
    rows = [
        ["1.1", r1, "Deliver a domestic abuse awareness campaign aimed at employers in Colchester, including a toolkit for HR managers.",
         "Community Safety Manager", "30/06/2024", "Complete", "Campaign ran May to June 2024; toolkit downloaded 143 times.", "02/09/2024"],
        ["1.2", r1, "Commission training on economic abuse for frontline housing and benefits staff.",
         "Head of Housing Solutions", "Sep-24", "Complete", "Two sessions delivered by Surviving Economic Abuse, 48 staff trained.", "02/09/2024"],
        ["2.1", r2, "Add an age-related prompt to the DASH risk assessment guidance so that older victims' care and support needs are considered.",
         "DI Public Protection (Colchester)", "31/12/2024", "Green", "Guidance amended in draft; briefing to sergeants planned for November.", "07/10/2024"],
        ["2.2", r2, "Ensure that three or more domestic abuse incidents within 12 months involving an adult with care and support needs trigger a safeguarding concern to ASC.",
         "ECC Head of Safeguarding Adults / Essex Police Safeguarding Lead", "31/03/2025", "Amber",
         "Process agreed in principle. Data-matching between systems is not yet possible and a manual check is in place.", "07/10/2024"],
        ["3.1", r3, "Share the learning briefing from this review with all GP practices through the ICB safeguarding newsletter.",
         "SNEE ICB Designated Nurse Safeguarding Adults", "31/07/2024", "Complete", "Published in the July newsletter.", "02/09/2024"],
        ["3.2", r3, "Promote IRIS training to practices in the Colchester primary care networks.",
         "Named GP for Safeguarding", "Ongoing", "Green", "Four of seven PCNs have booked IRIS training.", "07/10/2024"],
        ["3.3", r3, "Audit the recording of routine enquiry in a sample of GP records and report the results to the partnership.",
         "Named GP for Safeguarding", "31/03/2025", "Not started", "Audit to be scoped in January 2025.", "07/10/2024"],
    ]
    with open(os.path.join(OUT, "dn2-safer-colchester-partnership-dhr-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f); w.writerow(hdr); w.writerows(rows)


# ---------------------------------------------------------------- 7 Epping Forest risk register xlsx (refuse)
def epping():
    wb = Workbook(); ws = wb.active; ws.title = "Corporate Risk Register Q3"
    ws["A1"] = "Epping Forest District Council"; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Corporate Risk Register – Quarter 3 2024/25 (position at 31 December 2024)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reported to the Audit and Governance Committee, 10 February 2025"
    hdr = ["Risk Ref", "Risk", "Risk Owner", "Current Score (L x I)", "Further action required", "Action Owner",
           "Target Date", "Progress at Q3", "Action RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); fill(c, "385723"); c.border = BOX
        c.alignment = Alignment(wrap_text=True)
    risks = [
        ("CR1", "Local Plan delivery: failure to deliver the housing trajectory in the adopted Local Plan", "Director of Place", "4 x 4 = 16", [
            ("Agree the updated Local Development Scheme and timetable for the Local Plan review.", "Planning Policy Manager", D(2025, 1, 31),
             "Draft LDS to Cabinet in January.", "Green", "green"),
            ("Complete the masterplans for the three remaining strategic sites.", "Implementation Team Manager", D(2025, 6, 30),
             "Two masterplans endorsed; the third delayed by highways modelling.", "Amber", "amber")]),
        ("CR2", "Financial sustainability: inability to set a balanced budget over the medium term", "Strategic Director (S151 Officer)", "4 x 5 = 20", [
            ("Identify savings and income proposals to close the 2025/26 budget gap.", "Chief Finance Officer", D(2025, 2, 28),
             "Proposals of £1.2m identified; gap of £0.3m remains.", "Amber", "amber"),
            ("Refresh the Medium Term Financial Plan following the provisional settlement.", "Chief Finance Officer", "Febuary 2025",
             "Provisional settlement received 18 December; modelling under way.", "Green", "green")]),
        ("CR3", "Cyber security: loss of systems or data through a cyber attack", "Chief Operating Officer", "3 x 5 = 15", [
            ("Achieve Public Services Network (PSN) compliance re-certification.", "ICT Manager", D(2025, 3, 31),
             "IT health check completed; remediation plan in progress.", "Green", "green"),
            ("Run a cyber incident exercise with the Corporate Leadership Team.", "ICT Security Officer", D(2024, 11, 30),
             "Exercise held 27 November using an LGA scenario.", "Complete", "blue")]),
        ("CR4", "Housing: increasing demand for temporary accommodation exceeds supply and budget", "Director of Housing", "5 x 4 = 20", [
            ("Acquire additional council-owned temporary accommodation units.", "Head of Housing Options", D(2025, 3, 31),
             "12 of 20 units acquired.", "Amber", "amber"),
            ("Review the homelessness prevention offer and the use of the Homelessness Prevention Grant.", "Head of Housing Options", "Ongoing",
             "Prevention rate 61% at Q3.", "Green", "green")]),
    ]
    r = 6
    for ref, risk, owner, score, acts in risks:
        start = r
        ws.cell(r, 1, ref); ws.cell(r, 2, risk); ws.cell(r, 3, owner); ws.cell(r, 4, score)
        for act, aown, tgt, prog, rag, col in acts:
            for i, v in enumerate([act, aown, tgt, prog, rag], 5):
                c = ws.cell(r, i, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, D): c.number_format = "mmm-yy"
            fill(ws.cell(r, 9), col); r += 1
        for cc in range(1, 5):
            ws.merge_cells(start_row=start, start_column=cc, end_row=r - 1, end_column=cc)
            ws.cell(start, cc).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(r, 1, "Action RAG: Green – on track; Amber – some slippage; Red – off track; Complete – action delivered").font = Font(italic=True)
    assert ws.cell(9, 7).value == "Febuary 2025"
    for col, w in zip("ABCDEFGHI", [8, 36, 22, 12, 48, 26, 12, 42, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "dn2-epping-forest-dc-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    essex(); medway(); bsol(); roh(); rcht(); colchester(); epping()
