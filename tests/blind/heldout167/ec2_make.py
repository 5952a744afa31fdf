"""Generator for the ec2- cases (seven imitated improvement plans outside children's services)."""
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
        dict(red="FF0000", amber="FFC000", green="00B050", blue="0070C0", grey="D9D9D9", head="1F3864", sec="DDEBF7").items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX


def section(ws, row, text, ncol):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncol + 1):
        ws.cell(row=row, column=i).fill = FILL["sec"]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt or "dd/mm/yyyy"


# ---------------------------------------------------------------- 1. Gloucestershire Hospitals CQC must/should do (xlsx)
def glos():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Gloucestershire Hospitals NHS Foundation Trust – CQC Inspection Action Plan (report published 14 March 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 October 2024 – presented to Quality and Performance Committee"
    cols = ["Ref", "Must / Should", "CQC requirement", "Action(s)", "Lead", "Target date", "Revised target date", "Progress update", "RAG"]
    hdr(ws, 4, cols)
    r = 5
    rows = [
        ("S", "Urgent and Emergency Care"),
        ("A", ["UEC-M1", "Must do", "The trust must ensure that patients attending the emergency department have their pain assessed at triage and receive timely pain relief.",
               "Make the pain score a mandatory field at triage on the ED electronic record and audit compliance weekly.",
               "Head of Nursing (UEC)", D(2024, 6, 30), None,
               "Mandatory field live from 3 June 2024. Weekly audit shows 87% compliance in September against a 90% target.", "Amber"]),
        ("A", ["UEC-M2", "Must do", "The trust must ensure that sepsis screening is completed and acted on for all patients who meet the screening criteria.",
               "Relaunch the adult sepsis screening tool with ED nursing teams, supported by ward-based training from the sepsis practitioner.",
               "Sepsis Lead / ED Matron", D(2024, 5, 31), D(2024, 9, 30),
               "Training delivered to 94% of ED nursing staff. Compliance has been above 90% for three consecutive months.", "Complete"]),
        ("A", ["UEC-S1", "Should do", "The trust should ensure that mental health risk assessments are completed for patients presenting in crisis.",
               "Agree a joint risk assessment audit with the mental health liaison team and report results to the UEC governance meeting.",
               "Clinical Lead, Emergency Medicine", D(2024, 12, 1), None,
               "Joint audit with the liaison team scheduled for November.", "G"]),
        ("S", "Medical Care (including older people's care)"),
        ("A", ["MED-M1", "Must do", "The trust must ensure that staff complete mandatory training, including safeguarding level 3, in line with trust targets.",
               "Divisional training recovery plan with monthly trajectories reported to the Medicine Divisional Board.",
               "Divisional Director of Nursing, Medicine", D(2025, 3, 31), None,
               "Safeguarding level 3 compliance at 81% (target 90%). Additional sessions booked for Q3.", "Amber"]),
        ("A", ["MED-M2", "Must do", "The trust must ensure that fluid balance charts are accurately completed for patients who need them.",
               "Roll out electronic fluid balance charts on all medical wards.\nMatrons to carry out monthly spot checks.",
               "Chief Nursing Information Officer", "Q4 2024/25", None,
               "Electronic charts live on 9 of 14 medical wards.", "Green"]),
        ("A", ["MED-S1", "Should do", "The trust should continue to improve discharge planning so that patients are discharged when medically fit.",
               "Implement criteria-led discharge on all medical wards.",
               "Deputy Chief Operating Officer", "Ongoing", None,
               "Criteria-led discharge in place on 6 wards; roll-out continuing through winter.", None]),
        ("S", "Maternity"),
        ("A", ["MAT-M1", "Must do", "The trust must ensure that staff carry out and document hourly 'fresh eyes' reviews of CTG monitoring.",
               "Update the fetal monitoring guideline and add a fresh eyes prompt to the maternity electronic record.",
               "Fetal Monitoring Lead Midwife", D(2024, 7, 31), None,
               "Guideline ratified at Maternity Governance on 18 July 2024. Audit shows 96% compliance.", "Complete"]),
        ("A", ["MAT-S1", "Should do", "The trust should ensure women attending maternity triage are assessed within 15 minutes of arrival.",
               "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in maternity triage.",
               "Director of Midwifery", D(2024, 11, 30), None,
               "Recruitment of triage midwives in progress; go-live planned for late November.", "Green"]),
    ]
    for kind, v in rows:
        if kind == "S":
            section(ws, r, v, len(cols))
        else:
            put(ws, r, v, "mmm-yy" if v[0] == "UEC-S1" else None)
            rag = v[8]
            col = {"Amber": "amber", "Complete": "blue", "G": "green", "Green": "green", None: "amber"}[rag]
            ws.cell(row=r, column=9).fill = FILL[col]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Blue – complete and evidenced; Green – on track; Amber – at risk of slipping; Red – off track / overdue")
    for c, w in zip("ABCDEFGHI", [9, 10, 45, 45, 24, 13, 13, 45, 10]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, "ec2-gloucestershire-hospitals-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Norfolk Constabulary crime data integrity (xlsx)
def norfolk():
    wb = Workbook(); ws = wb.active; ws.title = "CDI Action Plan"
    ws["A1"] = "Norfolk Constabulary – HMICFRS Crime Data Integrity Inspection 2023: Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Owner: Force Crime Registrar    Governance: Crime Data Integrity Board (monthly)    Last updated: 05/12/2023"
    cols = ["Ref", "Recommendation / AFI", "Action", "Action owner", "Due date", "Update", "RAG"]
    hdr(ws, 4, cols)
    r = 5
    section(ws, r, "Cause of concern 1: Norfolk Constabulary is not recording all crimes reported to it, particularly violent crimes and behavioural crimes such as harassment and stalking.", 7); r += 1
    groups = [
        ("Recommendation 1: Within three months, the constabulary should make sure that crimes reported to its control room are recorded at the first point of contact, in line with the National Crime Recording Standard.", [
            ["1.1", "Introduce a mandatory crime recording prompt on the STORM incident closure screen.", "Head of Contact and Control Room", D(2023, 8, 31),
             "Prompt went live on 21 August 2023.", "blue"],
            ["1.2", "Deliver refresher training on the National Crime Recording Standard (NCRS) to all call handlers and dispatchers.", "Force Crime Registrar", D(2023, 9, 30),
             "Training delivered to 312 of 318 staff; remainder on long-term absence.", "blue"],
            ["1.3", "Introduce a daily audit of incidents closed without a crime record, with feedback to the supervisor on duty.", "Force Crime Registrar; Ch Insp Contact", D(2023, 10, 31),
             "Daily audit running since October. Early results show recording compliance rising to 91%.", "green"],
        ]),
        ("Recommendation 2: Within six months, the constabulary should make sure that all behavioural crimes disclosed in domestic abuse reports, including stalking and controlling or coercive behaviour, are recorded.", [
            ["2.1", "Update domestic abuse crime recording guidance to cover stalking, harassment and controlling or coercive behaviour.", "DCI Safeguarding", D(2023, 12, 1),
             "Draft guidance with Legal Services for review.", "amber"],
            ["2.2", "Add stalking screening questions to the DASH risk assessment workflow in Athena.", "Athena Business Lead", D(2024, 3, 1),
             "Change request submitted to the Athena consortium; awaiting release date.", "amber"],
        ]),
    ]
    for rec, acts in groups:
        first = r
        for a in acts:
            put(ws, r, [a[0], rec if r == first else None, a[1], a[2], a[3], a[4], None], "dd-mmm-yy")
            ws.cell(row=r, column=7).fill = FILL[a[5]]
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    section(ws, r, "Areas for improvement", 7); r += 1
    afis = [
        ["AFI 1", "The constabulary should improve how it records crimes relating to modern slavery.",
         "Modern slavery SPOC to review all National Referral Mechanism referrals monthly to confirm a crime has been recorded.", "DI Modern Slavery", "Ongoing",
         "Monthly review in place since September 2023.", "green"],
        ["AFI 2", "The constabulary should make sure that records of cancelled crimes contain enough auditable information to support the decision.",
         "Crime cancellation decisions to be made only by the Force Crime Registrar's team, with the rationale recorded in Athena.", "Force Crime Registrar", "30/11/2023",
         "Backlog of cancellation reviews remains. Two additional Designated Decision Maker posts approved in November.", "red"],
    ]
    for a in afis:
        put(ws, r, a[:6], "dd-mmm-yy"); ws.cell(row=r, column=7).fill = FILL[a[6]]; r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG: Blue = complete, Green = on track, Amber = some slippage, Red = off track")
    for c, w in zip("ABCDEFG", [8, 50, 50, 26, 12, 45, 8]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, "ec2-norfolk-constabulary-hmicfrs-crime-data-integrity-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. South Kesteven housing RSH (xlsx, mistyped month)
def skdc():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "South Kesteven District Council – Housing Improvement Plan (Regulator of Social Housing – Consumer Standards)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update for Housing Overview and Scrutiny Committee – 12 September 2024"
    cols = ["Ref", "Action", "Responsible Officer", "Target Date", "Progress Update", "RAG"]
    hdr(ws, 4, cols)
    r = 5
    data = [
        ("S", "1. Fire Safety"),
        ("A", ["1.1", "Complete all outstanding high and medium risk remedial actions arising from Fire Risk Assessments.", "Head of Technical Services", D(2024, 3, 31),
               "All high risk actions complete. 14 medium risk actions remain and are programmed with the contractor.", "Amber"]),
        ("A", ["1.2", "Procure a new Fire Risk Assessment contract so that every communal block has an in-date assessment.", "Head of Technical Services", D(2024, 6, 30),
               "Contract awarded in May 2024 and all assessments now in date.", "Complete"]),
        ("S", "2. Electrical Safety"),
        ("A", ["2.1", "Carry out an Electrical Installation Condition Report (EICR) at every property without a valid certificate.", "Compliance Manager", "Ocotber 2024",
               "1,126 EICRs completed since January; 212 properties outstanding, of which 38 are no-access cases.", "Amber"]),
        ("A", ["2.2", "Produce a monthly compliance dashboard for the Housing Improvement Board covering the Big Six safety areas.", "Compliance Manager / Housing Performance Officer", "Monthly",
               "Dashboard reported to each Board meeting since April.", "Green"]),
        ("S", "3. Decent Homes and Stock Condition"),
        ("A", ["3.1", "Commission a 100% stock condition survey.", "Director of Housing", D(2025, 3, 1),
               "Surveyor appointed; 41% of homes surveyed to date.", "Green"]),
        ("A", ["3.2", "Review the damp and mould policy in line with Awaab's Law.", "Tenancy Services Manager", D(2024, 12, 31),
               "Draft policy out for tenant consultation.", "Green"]),
        ("S", "4. Tenant Engagement"),
        ("A", ["4.1", "Establish a Tenant Panel to scrutinise the Housing Improvement Plan.", "Tenant Engagement Officer", "Q3 2024/25",
               "Recruitment events held in July; 9 tenants expressed interest.", "Amber"]),
    ]
    for kind, v in data:
        if kind == "S":
            section(ws, r, v, len(cols))
        else:
            put(ws, r, v, "mmm-yy" if v[0] == "3.1" else None)
            ws.cell(row=r, column=6).fill = FILL[{"Amber": "amber", "Green": "green", "Complete": "blue"}[v[5]]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key: Complete = action delivered and evidenced; Green = on track; Amber = some delay, recovery in place; Red = significant delay")
    for c, w in zip("ABCDEF", [7, 55, 30, 14, 55, 10]):
        ws.column_dimensions[c].width = w
    wb.save(os.path.join(OUT, "ec2-south-kesteven-dc-housing-rsh-consumer-standards-improvement-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4. West Oxfordshire internal audit tracker (csv)
def wodc():
    rows = [
        ["West Oxfordshire District Council - Internal Audit Recommendations Tracker - Audit and Governance Committee January 2025"] + [""] * 7,
        [""] * 8,
        ["Ref", "Priority", "Recommendation", "Agreed Action", "Responsible Officer", "Target Date", "Revised Target Date", "RAG"],
        ["Council Tax 2023/24 (Substantial assurance)"] + [""] * 7,
        ["CT1", "Medium", "Reconciliations between the council tax system and the valuation list should be reviewed and signed off by an independent officer.",
         "Monthly VOA reconciliation to be reviewed and signed by the Revenues Team Leader.", "Revenues Team Leader", "31/03/2024", "", "B"],
        ["CT2", "Low", "Approval of write-offs should be recorded in line with the scheme of delegation.",
         "Write-off authorisation form updated to reference the financial rules; quarterly summary to the Chief Finance Officer.", "Revenues and Benefits Manager", "30/06/2024", "", "B"],
        ["Procurement and Contract Management 2023/24 (Limited assurance)"] + [""] * 7,
        ["PR1", "High", "The contracts register should be complete and published in line with the Local Government Transparency Code.",
         "Service managers to confirm that all contracts over £5,000 are on the register; register to be published quarterly.", "Procurement Manager", "30/06/2024", "31/12/2024", "A"],
        ["PR2", "High", "Waivers of the contract procedure rules should be approved and recorded before the contract is let.",
         "Introduce an electronic waiver form requiring approval by the Monitoring Officer and the S151 Officer.", "Procurement Manager / Head of Legal Services", "30/09/2024", "", "G"],
        ["PR3", "Medium", "Contract management training should be provided to budget holders.",
         "Deliver contract management training to all budget holders.", "Procurement Manager", "31/03/2025", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Safeguarding 2024/25 (Reasonable assurance)"] + [""] * 7,
        ["SG1", "Medium", "DBS checks for staff in eligible roles should be renewed every three years.",
         "HR to run a quarterly report of DBS checks falling due and notify line managers.", "HR Business Partner", "Sept 2024", "", "R"],
        ["SG2", "Low", "The safeguarding policy should be reviewed and approved by the Executive Leadership Team.",
         "Updated policy to be presented to ELT for approval.", "Safeguarding Lead (Jo Carter)", "Q4 2024/25", "", "G"],
        [""] * 8,
        ["Key: B = implemented; G = on track; A = at risk of slipping; R = overdue; blank = not yet due to start"] + [""] * 7,
    ]
    with open(os.path.join(OUT, "ec2-west-oxfordshire-dc-internal-audit-recommendations-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def boldrow(row, fill="1F3864", white=True):
    for c in row.cells:
        shade(c, fill)
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
                if white:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------- 5. West of Berkshire SAB SAR (docx)
def wbsab():
    doc = Document()
    doc.add_heading("West of Berkshire Safeguarding Adults Board", level=1)
    doc.add_heading("Safeguarding Adults Review – Adult K: Action Plan", level=2)
    doc.add_paragraph("This action plan responds to the recommendations of the Safeguarding Adults Review into the death of Adult K, "
                      "a 67-year-old man who died in a house fire in 2023 after a long period of self-neglect. The review was published "
                      "by the Board in November 2024. Progress is monitored by the SAR Subgroup and reported to the Board quarterly.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "22 April 2025"), ("Author", "SAB Business Manager"), ("Approved by", "SAR Subgroup")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("")
    cols = ["No.", "Action", "Lead", "Timescale", "Progress / evidence", "RAG"]
    tab = doc.add_table(rows=1, cols=len(cols)); tab.style = "Table Grid"
    for i, n in enumerate(cols):
        tab.rows[0].cells[i].text = n
    boldrow(tab.rows[0])
    recs = [
        ("Recommendation 1: The SAB should seek assurance that partner agencies apply the West of Berkshire self-neglect and hoarding guidance, including the use of multi-agency risk management meetings.", [
            ("1.1", "Relaunch the self-neglect and hoarding guidance through a series of multi-agency briefings.", "SAB Business Manager", "March 2025",
             "Three briefings delivered January to March 2025 with 146 attendees.", "Complete", "8DB4E2"),
            ("1.2", "Audit a sample of self-neglect cases from each local authority to test the use of multi-agency risk management (MARM) meetings.", "Quality Assurance Subgroup Chair", "June 2025",
             "Audit tool agreed by the subgroup; case sampling under way.", "Green", "92D050"),
        ]),
        ("Recommendation 2: Partner agencies should ensure that mental capacity assessments are completed and recorded when a person repeatedly declines care and support.", [
            ("2.1", "Deliver Mental Capacity Act training on executive capacity and fluctuating capacity to adult social care and community health staff.", "Principal Social Workers (all three local authorities)", "Sept 2025",
             "Training commissioned; first cohort booked for May.", "Green", "92D050"),
            ("2.2", "Add a capacity prompt to the community health electronic patient record when a patient declines a visit twice.", "Berkshire Healthcare – Head of Safeguarding", "31/07/2025",
             "Change requested with the EPR supplier; the timescale depends on the next system release.", "Amber", "FFC000"),
        ]),
        ("Recommendation 3: The SAB should ask Royal Berkshire Fire and Rescue Service and housing providers to strengthen referral pathways for Safe and Well visits for people at risk of fire.", [
            ("3.1", "Agree a joint referral pathway for Safe and Well visits between housing providers and Royal Berkshire Fire and Rescue Service.", "RBFRS Prevention Manager & Housing Operations Managers", "Ongoing",
             "Pathway agreed with two of the three housing teams; the third is due to sign up in the summer.", "Amber", "FFC000"),
            ("3.2", "Publish a 7-minute briefing on fire risk and self-neglect.", "SAB Business Manager", "April 2025",
             "Published on the SAB website on 14 April 2025.", "Complete", "8DB4E2"),
        ]),
    ]
    for rec, acts in recs:
        row = tab.add_row()
        m = row.cells[0].merge(row.cells[-1]); m.text = rec
        boldrow(row, "DEEAF6", white=False)
        for a in acts:
            row = tab.add_row()
            for i, v in enumerate(a[:6]):
                row.cells[i].text = v
            shade(row.cells[5], a[6])
    doc.add_paragraph("")
    doc.add_paragraph("RAG rating: Complete – action completed and evidence received; Green – on track; Amber – some delay; Red – not progressing.")
    doc.save(os.path.join(OUT, "ec2-west-of-berkshire-sab-sar-adult-k-action-plan.docx"))


# ---------------------------------------------------------------- 6. Harlow CPC (docx)
def harlow():
    doc = Document()
    doc.add_heading("Harlow Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph("The LGA Corporate Peer Challenge took place from 8 to 11 July 2024 and the feedback report was published in October 2024. "
                      "The peer team made four key recommendations. This action plan sets out how the council will respond and will be "
                      "reviewed by the peer team at the progress review in 2025.")
    cols = ["Recommendation", "Action", "Lead", "Timescale", "Status", "Update"]
    tab = doc.add_table(rows=1, cols=len(cols)); tab.style = "Table Grid"
    for i, n in enumerate(cols):
        tab.rows[0].cells[i].text = n
    boldrow(tab.rows[0])
    recs = [
        ("1. Articulate a clear, shared long-term vision for Harlow that residents, partners and staff understand.", [
            ("Refresh the Corporate Plan 2025–2029 with members, partners and residents.", "Leader of the Council / Chief Executive", "March 2025", "Complete",
             "Corporate Plan approved by Full Council on 27 March 2025."),
            ("Develop a place narrative with partners in the Harlow Growth Partnership.", "Director of Strategic Growth", "Q1 2025/26", "On track",
             "Partner workshops held in February; draft narrative due in June."),
        ]),
        ("2. Strengthen medium term financial planning so that the budget gap from 2026/27 is closed.", [
            ("Agree a three-year savings and transformation programme with clear milestones.", "Director of Finance (S151)", "By end March 2025", "On track",
             "Programme agreed by Cabinet in February; milestones being finalised."),
            ("Provide finance training for all members.", "Director of Finance (S151)", "Quarterly", "On track",
             "First session held on 14 November 2024."),
        ]),
        ("3. Invest in organisational capacity, particularly programme management and data insight.", [
            ("Recruit a Programme Management Office lead.", "Chief Executive", "December 2024", "Complete",
             "Post filled from 6 January 2025."),
            ("Develop a corporate performance dashboard for Cabinet.", "Head of Governance and Corporate Services", "June 2025", "Not started", ""),
        ]),
        ("4. Improve engagement with residents so that their views shape council priorities.", [
            ("Launch a residents' panel and an annual residents' survey.", "Communications Manager", "September 2025", "Not started", ""),
        ]),
    ]
    for rec, acts in recs:
        first = len(tab.rows)
        for a in acts:
            row = tab.add_row()
            row.cells[0].text = rec if len(tab.rows) - 1 == first else ""
            for i, v in enumerate(a, 1):
                row.cells[i].text = v
            shade(row.cells[4], {"Complete": "8DB4E2", "On track": "92D050", "Not started": "FFFFFF"}[a[3]])
        if len(acts) > 1:
            top = tab.cell(first, 0); bot = tab.cell(len(tab.rows) - 1, 0)
            top.merge(bot)
            # merging concatenates empty paragraphs: keep the text only
            txt = rec
            for p in list(top.paragraphs)[1:]:
                p._element.getparent().remove(p._element)
            top.paragraphs[0].text = txt
    doc.save(os.path.join(OUT, "ec2-harlow-council-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 7. Brighton & Hove ASC CQC (txt, tab-separated)
def bhcc():
    lines = [
        "Brighton & Hove City Council - Adult Social Care Improvement Plan (CQC Local Authority Assessment)",
        "Exported: 03/10/2025",
        "",
        "\t".join(["Theme", "Quality statement", "Ref", "Action", "Lead", "Due date", "RAG", "Progress"]),
        "\t".join(["Theme 1: Working with people", "Assessing needs", "1.1", "Reduce the number of people waiting for a Care Act assessment, prioritising those assessed as high risk.",
                   "Head of Assessment Services", "31/03/2026", "Amber", "Waiting list reduced from 612 to 438 since April; high-risk cases are reviewed weekly."]),
        "\t".join(["Theme 1: Working with people", "Supporting people to live healthier lives", "1.2", "Expand the reablement offer so that more people go home from hospital with short-term support.",
                   "Head of Provider Services / Integrated Discharge Lead", "Dec-25", "Green", "Two additional reablement teams recruited in August."]),
        "\t".join(["Theme 1: Working with people", "Equity in experience and outcomes", "1.3", "Co-produce an equalities action plan with community and voluntary sector groups.",
                   "Equality Lead, ASC", "Mar 2026", "Green", "Co-production group meets monthly."]),
        "\t".join(["Theme 2: Providing support", "Care provision, integration and continuity", "2.1", "Publish an updated Market Position Statement.",
                   "Commissioning Manager", "30/06/2025", "Complete", "Published on the council website on 27 June 2025."]),
        "\t".join(["Theme 2: Providing support", "Partnerships and communities", "2.2", "Refresh the carers' strategy with unpaid carers and the Carers Hub.",
                   "Carers Lead", "Ongoing", "Green", "Carers' survey closed in September; strategy workshops planned."]),
        "\t".join(["Theme 3: How the local authority ensures safety within the system", "Safeguarding", "3.1", "Clear the backlog of safeguarding concerns awaiting a decision within two working days.",
                   "Head of Safeguarding", "31/08/2025", "Red", "Backlog at 74 concerns; additional agency social workers started in September."]),
        "\t".join(["Theme 4: Leadership", "Learning, improvement and innovation", "4.1", "Introduce a quarterly practice quality audit programme reported to the ASC Leadership Team.",
                   "Principal Social Worker", "Quarterly", "Green", "First audit cycle completed in July."]),
    ]
    with open(os.path.join(OUT, "ec2-brighton-hove-asc-cqc-assessment-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    glos(); norfolk(); skdc(); wodc(); wbsab(); harlow(); bhcc()
