"""Generator for the az2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "grey": "D9D9D9", "head": "1F4E79", "sec": "DDEBF7"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def put_row(ws, r, vals, fmt=None):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt


def header(ws, r, names):
    for c, n in enumerate(names, 1):
        cell = ws.cell(r, c, n)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX


def section(ws, r, text, ncol):
    ws.cell(r, 1, text).font = Font(bold=True)
    for c in range(1, ncol + 1):
        ws.cell(r, c).fill = FILL["sec"]
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)


# ---------------------------------------------------------------- 1 ESNEFT CQC must do / should do
def esneft():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "East Suffolk and North Essex NHS Foundation Trust – CQC Inspection Action Plan: Must Do and Should Do Actions"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:J1")
    ws["A2"] = ("Core services inspection of Colchester Hospital and Ipswich Hospital; report published 15 March 2023. "
                "Position as at 30 September 2023 for the Quality and Patient Safety Committee.")
    ws.merge_cells("A2:J2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    cols = ["Ref", "Core service", "Regulation", "CQC requirement", "Action(s) agreed", "Lead",
            "Target date", "Revised date", "Progress update", "RAG"]
    header(ws, 4, cols)
    section(ws, 5, "MUST DO – Trust wide", 10)
    rows = [
        ["MD1", "Urgent and emergency care", "Reg 12", "The trust must ensure that all patients attending the emergency department are screened for sepsis in a timely way in line with national guidance.",
         "Implement electronic sepsis screening in Nerve Centre for all ED attendances and audit compliance monthly through the Deteriorating Patient Group.",
         "Chief Medical Officer", D(2023, 7, 31), None, "Screening live at both sites from 3 July. August audit 94% compliance; evidence submitted to CQC engagement meeting.", "Complete"],
        ["MD2", "Urgent and emergency care", "Reg 18", "The trust must ensure there are sufficient numbers of suitably qualified paediatric nurses in the emergency department at Colchester Hospital.",
         "Recruit to 6.4 WTE registered children's nurse vacancies in the Colchester ED.\nInterim cover through bank and agency with competency checks at each shift.",
         "Chief Nurse", D(2023, 9, 30), D(2023, 12, 31), "4.0 WTE appointed, two start in November. Remaining posts re-advertised; date revised to allow for start dates.", "A"],
        ["MD3", "Medical care", "Reg 12", "The trust must ensure that falls risk assessments are completed and reviewed for all patients in line with trust policy.",
         "Relaunch the falls risk assessment in e-Obs with a prompt at 6 hours after admission and weekly ward audit reported to the Falls Steering Group.",
         "Deputy Chief Nurse / Head of Patient Safety", D(2023, 9, 1), None, "Prompt built and tested. Ward audits show steady improvement (78% to 89%).", "On track"],
        ["MD4", "Maternity", "Reg 12", "The trust must ensure that emergency resuscitation equipment is checked daily in line with trust policy.",
         "a) Introduce a daily checklist for every resuscitaire and emergency trolley.\nb) Matron spot checks weekly with results to the Maternity Governance meeting.",
         "Director of Midwifery", D(2023, 8, 31), None, "Checklists in place in all areas. Four consecutive weeks of 100% spot-check compliance.", None],
        [None] * 10,
    ]
    r = 6
    for v in rows:
        put_row(ws, r, v, "dd/mm/yyyy"); r += 1
    ws["G8"].number_format = "mmm-yy"
    ws["J7"].fill = FILL["A"]; ws["J9"].fill = FILL["G"]; ws["J6"].fill = FILL["B"]; ws["J8"].fill = FILL["G"]
    section(ws, r, "SHOULD DO – Trust wide", 10); r += 1
    rows2 = [
        ["SD1", "Surgery", "Reg 17", "The trust should ensure that medical staff complete mandatory training in line with the trust target.",
         "Divisional training trajectories agreed with clinical directors; non-compliance escalated through job planning.",
         "Chief Medical Officer", "Q3 2023/24", None, "Compliance 81% against 90% target. Resuscitation training capacity remains the main constraint.", "Amber"],
        ["SD2", "Outpatients", "Reg 17", "The trust should continue to reduce the number of patients waiting more than 52 weeks for a first outpatient appointment.",
         "Deliver the elective recovery plan, including validation of waiting lists and additional weekend clinics.",
         "Chief Operating Officer", "Ongoing", None, "52-week waiters reduced from 1,912 to 1,240 since April. Monitored weekly at Elective Access Board.", "On track"],
        ["SD3", "End of life care", "Reg 17", "The trust should ensure that DNACPR decisions and discussions with patients and families are consistently recorded.",
         "Quarterly DNACPR documentation audit and targeted teaching for FY1 and FY2 doctors.",
         "Dr Helen Pryce; End of Life Care Lead Nurse", D(2024, 3, 31), None, "First audit showed 62% of forms fully completed. Teaching programme not yet started.", "Red"],
        ["SD4", "Diagnostic imaging", "Reg 18", "The trust should ensure that all staff in diagnostic imaging receive an annual appraisal.",
         "Appraisal schedule for all radiography staff with monthly compliance report to the directorate board.",
         "Head of Radiology", D(2023, 11, 30), None, "", "Not started"],
    ]
    for v in rows2:
        put_row(ws, r, v, "dd/mm/yyyy"); r += 1
    ws["J12"].fill = FILL["A"]; ws["J13"].fill = FILL["G"]; ws["J14"].fill = FILL["R"]
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, t in [("B", "Complete – evidence accepted"), ("G", "On track"), ("A", "At risk of slipping"), ("R", "Off track / overdue")]:
        ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, t); r += 1
    for c, w in zip("ABCDEFGHIJ", [7, 18, 9, 40, 45, 22, 12, 12, 45, 11]):
        ws.column_dimensions[c].width = w
    wb.save(P("az2-esneft-cqc-must-do-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 UCLH internal audit tracker
def uclh():
    wb = Workbook(); ws = wb.active; ws.title = "Open recommendations"
    ws["A1"] = "UCLH Internal Audit Recommendations Tracker – Audit Committee, 18 January 2024"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Prepared by the Head of Risk and Assurance. Recommendations are closed only once Internal Audit has verified the evidence."
    cols = ["Rec No.", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer",
            "Original due date", "Revised due date", "RAG", "Latest update"]
    header(ws, 5, cols)
    r = 6
    section(ws, r, "2023/24-03 Data Security and Protection Toolkit (report issued 14/07/2023) – Moderate assurance", 9); r += 1
    data = [
        ["03.1", "High", "The Trust should ensure that all leavers' network and application accounts are disabled on their last working day.",
         "ICT will implement an automated leaver feed from ESR to Active Directory so that accounts are disabled on the contractual end date.",
         "Chief Information Officer", D(2023, 9, 30), D(2024, 2, 29), "A", "ESR feed built; testing delayed by the EPR upgrade freeze. Revised date agreed with Internal Audit."],
        ["03.2", "Medium", "Information Asset Owners should complete the annual information asset register review.",
         "IG team to issue register templates and chase returns through divisional governance meetings.",
         "Head of Information Governance", D(2023, 10, 31), None, "B", "All 42 IAO returns received. Evidence sent to Internal Audit for verification."],
    ]
    for v in data:
        put_row(ws, r, v, "dd-mmm-yy"); r += 1
    put_row(ws, r, [None] * 9); r += 1
    section(ws, r, "2023/24-06 Medicines Management – Controlled Drugs (report issued 22/09/2023) – Limited assurance", 9); r += 1
    data = [
        ["06.1", "High", "Ward controlled drug registers should be checked and signed by two registered staff at every check.",
         "Pharmacy to reissue the CD standard operating procedure and carry out quarterly CD audits on every ward, with results reported to the Medicines Optimisation Committee.",
         "Chief Pharmacist", D(2023, 12, 31), None, "G", "SOP reissued in November. First quarterly audit round under way; 31 of 58 wards audited."],
        ["06.2", "High", "Discrepancies in CD stock should be reported on Datix and investigated within 72 hours.",
         "Add CD discrepancy category to Datix and agree an investigation standard with ward managers.",
         "Chief Pharmacist / Director of Nursing", D(2023, 11, 30), None, "R", "Datix category added. Of 19 discrepancies reported since October, 7 were investigated within 72 hours."],
        ["06.3", "Low", "The CD key-holding policy should be updated to reflect current practice.",
         "Policy to be reviewed and ratified at the Medicines Optimisation Committee.",
         "Lead Pharmacist, Medication Safety", D(2024, 1, 31), None, "G", "Draft policy out for consultation."],
    ]
    for v in data:
        put_row(ws, r, v, "dd-mmm-yy"); r += 1
    section(ws, r, "2023/24-08 Consultant Job Planning (report issued 03/11/2023) – Moderate assurance", 9); r += 1
    data = [
        ["08.1", "Medium", "All consultants should have a signed-off job plan on the e-job planning system.",
         "Divisional clinical directors to complete sign-off for outstanding job plans, with compliance reported monthly to the Medical Workforce Committee.",
         "Deputy Medical Director", D(2024, 3, 31), None, "G", "Compliance 71% (from 58% at audit). On track for year end."],
    ]
    for v in data:
        put_row(ws, r, v, "dd-mmm-yy"); r += 1
    for rr in range(7, r):
        c = ws.cell(rr, 8)
        if c.value in FILL:
            c.fill = FILL[c.value]
    r += 1
    ws.cell(r, 1, "Key: B = implemented, awaiting Internal Audit verification; G = on track; A = revised date agreed; R = overdue")
    for c, w in zip("ABCDEFGHI", [8, 9, 40, 48, 24, 12, 12, 6, 45]):
        ws.column_dimensions[c].width = w
    wb.save(P("az2-uclh-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 3 EKHUFT maternity (refuse)
def ekhuft():
    wb = Workbook(); ws = wb.active; ws.title = "Maternity Improvement Plan"
    ws["A1"] = "East Kent Hospitals University NHS Foundation Trust – Maternity and Neonatal Improvement Plan"
    ws["A2"] = "Response to the independent investigation 'Reading the signals' (October 2022)"
    ws["A1"].font = Font(bold=True); ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Version 4.2 – update for Board of Directors, 5 October 2023"
    cols = ["Ref", "Action", "Lead", "Timescale", "Progress this month", "RAG"]
    header(ws, 5, cols)
    r = 6
    def sec(t):
        nonlocal r
        section(ws, r, t, 6); r += 1
    def row(v, fill=None):
        nonlocal r
        put_row(ws, r, v, "mmm-yy")
        if fill: ws.cell(r, 6).fill = FILL[fill]
        r += 1
    sec("Theme 1: Monitoring safety performance")
    row(["1.1", "Implement the national maternity dashboard with ward-level outcome measures reviewed monthly at the Maternity and Neonatal Safety Board.", "Director of Midwifery", D(2023, 6, 1), "Dashboard live since June. Reviewed at Board each month.", "Complete"], "B")
    row(["1.2", "Review the process for identifying and learning from babies transferred to the neonatal unit at term (ATAIN).", "Clinical Director, Women's Health", D(2023, 9, 1), "ATAIN reviews now weekly with a neonatal and obstetric consultant present.", "Green"], "G")
    sec("Theme 2: Standards of clinical behaviour")
    row(["2.1", "Roll out the civility and respect programme to all maternity staff groups.", "Head of Midwifery", "Spet-23", "Sessions delivered to 412 staff (68%). Remaining sessions booked for the autumn.", "Amber"], "A")
    row(["2.2", "Establish a Freedom to Speak Up champion on every maternity ward.", "Freedom to Speak Up Guardian", D(2023, 12, 1), "Champions in post on 5 of 7 wards.", "Green"], "G")
    sec("Theme 3: Flawed team working")
    row(["3.1", "Introduce joint obstetric and midwifery handovers at each shift change at both sites.", "Clinical Director, Women's Health", D(2024, 3, 1), "Pilot at QEQM complete; WHH start delayed by rota changes.", "Amber"], "A")
    r += 1
    ws.cell(r, 1, "Key: Complete (blue), Green – on track, Amber – some risk to delivery, Red – off track")
    for c, w in zip("ABCDEF", [6, 60, 30, 11, 50, 10]):
        ws.column_dimensions[c].width = w
    wb.save(P("az2-ekhuft-maternity-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cells(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


# ---------------------------------------------------------------- 4 Carlisle CPC
def carlisle():
    doc = Document()
    doc.add_heading("Carlisle City Council – Corporate Peer Challenge Action Plan 2019/20", level=1)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "9 September 2019"), ("Author", "Policy and Performance Officer"),
                                ("Approved by", "Senior Management Team / Executive")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at the Council in March 2019. "
        "The peer team's report made five recommendations. This action plan sets out how the Council will respond "
        "to each of them and will be monitored by the Senior Management Team and reported to the Business and "
        "Transformation Scrutiny Panel every six months.")
    tbl = doc.add_table(rows=1, cols=6); tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress", "RAG"]):
        c.text = h; shade(c, "BDD7EE")
    bold_cells(tbl.rows[0])
    def rec(text):
        row = tbl.add_row(); m = row.cells[0].merge(row.cells[5]); m.text = text; shade(m, "E7E6E6"); bold_cells(row)
    def act(vals, fill=None):
        row = tbl.add_row()
        for c, v in zip(row.cells, vals):
            c.text = v
        if fill: shade(row.cells[5], fill)
    rec("Recommendation 1: Refresh the Carlisle Plan so that it clearly sets out the Council's priorities beyond 2021")
    act(["1.1", "Hold Member and officer workshops to agree the priorities for the new Carlisle Plan.", "Leader / Chief Executive", "December 2019", "Two workshops held in July; third booked for October.", "Green"], "92D050")
    act(["1.2", "Consult residents, businesses and partners on the draft Carlisle Plan before it goes to Council.", "Policy and Communications Manager", "Q4 2019/20", "Consultation approach agreed by SMT.", "Green"], "92D050")
    rec("Recommendation 2: Develop a medium term approach to closing the budget gap from 2020/21")
    act(["2.1", "Update the Medium Term Financial Plan and the savings strategy for 2020/21 to 2024/25.", "Corporate Director of Finance and Resources", "By 30 November 2019", "MTFP draft to Executive in November as planned.", "Green"], "92D050")
    act(["2.2", "Set up a cross-party Member working group to review income generation options, including commercial property.", "Deputy Chief Executive", "October 2019", "Terms of reference drafted; first meeting not yet arranged.", "Amber"], "FFC000")
    rec("Recommendation 3: Build capacity to deliver the Borderlands Inclusive Growth Deal and the St Cuthbert's Garden Village")
    act(["3.1", "Recruit a programme manager and two project officers for the Garden Village team.", "Corporate Director of Economic Development", "September 2019", "All three posts filled.", "Complete"], "00B0F0")
    act(["3.2", "Agree joint governance arrangements with the Borderlands partner authorities.", "Chief Executive", "Ongoing", "Heads of Terms signed July 2019; governance being drafted with partners.", "Green"], "92D050")
    rec("Recommendation 4: Strengthen the organisational development offer and workforce planning")
    act(["4.1", "Produce a Workforce Development Plan linked to the refreshed Carlisle Plan.", "HR Manager", "March 2020", "Not started; dependent on 1.1.", "Amber"], "FFC000")
    act(["4.2", "Introduce a leadership development programme for managers at grade H and above.", "HR Manager; Organisational Development Officer", "January 2020", "Provider procured.", "Green"], "92D050")
    rec("Recommendation 5: Improve communication with staff about the Council's direction and change programme")
    act(["5.1", "Hold quarterly Chief Executive staff briefings and publish a monthly staff newsletter.", "Chief Executive", "Quarterly", "First briefing held 4 June 2019.", "Complete"], "00B0F0")
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Green – on track; Amber – some slippage or risk; Red – not on track; Complete – action finished.")
    doc.save(P("az2-carlisle-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 5 Alder Hey CSPR single-agency
def alderhey():
    doc = Document()
    doc.add_heading("Alder Hey Children's NHS Foundation Trust – Single Agency Action Plan: CSPR 'Child M'", level=1)
    doc.add_paragraph("Commissioned by Liverpool Safeguarding Children Partnership. Report published April 2022. "
                      "This plan records the Trust's actions against the learning identified for health. Progress is reported "
                      "to the Trust Safeguarding Assurance Group quarterly.")
    t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
    for i, vals in enumerate([["Plan owner", "Associate Director of Nursing – Safeguarding", "Last updated", "14/10/2022"],
                              ["Reported to", "Safeguarding Assurance Group", "Version", "3"],
                              ["Status key", "Complete / On track / At risk / Overdue", "", ""]]):
        for j, v in enumerate(vals):
            t.cell(i, j).text = v
    heads = ["Ref", "Action", "Lead", "Target date", "Evidence / progress", "Status"]
    def block(title, rows):
        doc.add_paragraph("")
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, heads):
            c.text = h; shade(c, "D9E2F3")
        bold_cells(tb.rows[0])
        for v in rows:
            row = tb.add_row()
            for c, x in zip(row.cells, v):
                c.text = x
            col = {"Complete": "8EAADB", "On track": "A9D08E", "At risk": "FFD966", "Overdue": "FF7C80"}.get(v[5])
            if col: shade(row.cells[5], col)
    block("Learning point 1: Professional curiosity about who is caring for the child", [
        ["1.1", "Add a mandatory 'who lives with the child / who has parental responsibility' field to the ED and ward admission documentation in Meditech.", "Named Nurse for Safeguarding Children", "31/07/2022", "Field live from 18 July 2022. Audit of 50 records planned for November.", "Complete"],
        ["1.2", "Deliver a professional curiosity briefing at Level 3 safeguarding training and at the junior doctors' induction.", "Named Doctor for Safeguarding", "September 2022", "Briefing included in training from August. Induction slot confirmed for the September rotation.", "On track"],
    ])
    block("Learning point 2: Recognising and responding to missed health appointments (was not brought)", [
        ["2.1", "Revise the Was Not Brought policy so that a second missed outpatient appointment triggers contact with the GP and health visitor or school nurse.", "Head of Outpatients / Named Nurse for Safeguarding Children", "31/12/2022", "Draft policy at Policy Approval Group in November.", "On track"],
        ["2.2", "Report Was Not Brought rates for children with a child protection plan to the Safeguarding Assurance Group.", "Safeguarding Data Analyst", "Quarterly", "First report due Q3.", "At risk"],
    ])
    block("Learning point 3: Escalation when partner agencies disagree", [
        ["3.1", "Re-launch the Liverpool escalation and resolution protocol with ward managers and consultants, with a one-page guide on the intranet.", "Safeguarding Team", "Sept 2022 – Jan 2023", "Guide drafted. Re-launch to ward managers arranged for October.", "On track"],
        ["3.2", "Audit the use of escalation by Trust staff in cases referred to Children's Social Care.", "Named Nurse for Safeguarding Children", "March 2023", "", ""],
    ])
    doc.save(P("az2-alderhey-cspr-single-agency-action-plan.docx"))


# ---------------------------------------------------------------- 6 Scarborough DHR (csv)
def scarborough():
    rows = [
        ["Scarborough Community Safety Partnership - Domestic Homicide Review 'Jessica' - Action Plan"] + [""] * 8,
        ["Updated for CSP meeting 21 March 2022"] + [""] * 8,
        [""] * 9,
        ["Rec No", "Recommendation", "Action No", "Action", "Agency", "Lead officer", "Target date", "RAG", "Progress"],
        ["1", "Agencies to ensure that staff routinely ask about domestic abuse where there are indicators, including in mental health and substance misuse settings.",
         "1.1", "Add routine enquiry prompt to the substance misuse assessment and review forms.", "North Yorkshire Horizons", "Service Manager", "30/06/2021", "Complete",
         "Prompt added to assessment template in May 2021. Case file audit showed 88% compliance."],
        ["", "", "1.2", "Deliver refresher DASH risk assessment training to community mental health teams.", "Tees, Esk and Wear Valleys NHS FT", "Head of Safeguarding", "Dec-21", "Green",
         "Four sessions delivered; 61 staff trained. Further sessions booked."],
        ["2", "North Yorkshire Police to review how repeat non-crime domestic incidents involving the same couple are identified and referred to MARAC.",
         "2.1", "Review the repeat victim flag on Niche and brief response sergeants on the MARAC repeat criteria.", "North Yorkshire Police", "Detective Inspector (Safeguarding Hub)", "31/03/2022", "Amber",
         "Niche flag amended. Briefings delayed by abstraction; now planned for April."],
        ["3", "The CSP to seek assurance that GP practices understand and use the IRIS referral pathway.",
         "3.1", "Commission IRIS training for all practices in the Scarborough and Ryedale locality.", "NHS North Yorkshire CCG", "Designated Nurse Safeguarding Adults", "Q1 2022/23", "Green",
         "Funding agreed. 9 of 14 practices signed up."],
        ["", "", "3.2", "Add domestic abuse enquiry to the annual GP safeguarding self-assessment.", "NHS North Yorkshire CCG", "Designated Nurse Safeguarding Adults", "Ongoing", "Green",
         "Included in the 2021/22 self-assessment."],
        ["4", "Partners to ensure that family and friends know where to get help when they are worried about someone.",
         "4.1", "Run a 'Know the signs' campaign aimed at friends, family and employers, with local businesses.", "Scarborough Borough Council", "Community Safety Manager / IDAS Service Manager", "By 30 November 2021", "Complete",
         "Campaign ran for 16 Days of Action 2021. 2,300 leaflets distributed."],
        [""] * 9,
        ["RAG: Complete = action finished and evidenced; Green = on track; Amber = delayed but recoverable; Red = not on track"] + [""] * 8,
    ]
    with open(P("az2-scarborough-csp-dhr-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 SLaM board action log (tsv txt)
def slam():
    lines = [
        "South London and Maudsley NHS Foundation Trust – Board of Directors (Public) Action Log",
        "As at 25 January 2024",
        "",
        "\t".join(["Action No", "Meeting date", "Agenda item", "Action", "Lead", "Due date", "RAG", "Update"]),
        "\t".join(["BoD23/41", "26/09/2023", "Integrated Quality and Performance Report", "Add a trend chart for out of area placements to the IQPR, split by acute and PICU beds.", "DB/VH", "Nov-23", "B", "Included from the November IQPR. Propose to close."]),
        "\t".join(["BoD23/44", "26/09/2023", "Patient and Carer Race Equality Framework", "Bring a progress report on PCREF implementation, including service user feedback from Lambeth.", "Director of Nursing", "January 2024", "G", "On the agenda for this meeting."]),
        "\t".join(["BoD23/47", "28/11/2023", "Freedom to Speak Up Guardian report", "Provide the Board with a breakdown of speaking up concerns by staff group and ethnicity.", "FTSU Guardian", "March 2024", "G", ""]),
        "\t".join(["BoD23/48", "28/11/2023", "Estates strategy", "Confirm the timeline for the Maudsley Hospital ward refurbishment and report any slippage to the Finance and Performance Committee.", "Chief Finance Officer", "31/01/2024", "A", "Contractor programme awaited; likely to slip to February."]),
        "\t".join(["BoD23/50", "28/11/2023", "Workforce report", "Circulate the revised sickness absence trajectory to Board members.", "Chief People Officer", "15/12/2023", "R", "Overdue – trajectory being re-modelled after December data."]),
        "\t".join(["BoD23/51", "28/11/2023", "Chair's report", "Arrange a Board development session on the provider collaborative.", "Director of Corporate Affairs", "TBC", "G", "Date being agreed with the Chair."]),
        "",
        "RAG key: B = completed/propose closure; G = on track; A = at risk; R = overdue",
    ]
    with open(P("az2-slam-board-action-log.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    esneft(); uclh(); ekhuft(); carlisle(); alderhey(); scarborough(); slam()
