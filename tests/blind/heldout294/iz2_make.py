"""Build the seven iz2- blind test files (set heldout294).

Run with /work/main/.venv/bin/python iz2_make.py ; writes next to this script.
docx with python-docx, xlsx with openpyxl, csv/txt written directly.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {
    "B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000", "": None,
}


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    if not hex_fill:
        return
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def header_row(table, labels, fill="1F3864"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)


# =====================================================================
# 1. North East Lincolnshire SAB - SAR Adult P action plan (docx)
# =====================================================================
def make_nel_sar():
    doc = Document()
    doc.add_paragraph("Safeguarding Adults Review (SAR) Adult P – Multi-Agency Action Plan", style="Title")
    p = doc.add_paragraph()
    r = p.add_run("North East Lincolnshire Safeguarding Adults Board")
    r.bold = True
    doc.add_paragraph(
        "SAR overview report published 30 May 2024. This action plan records the multi-agency response "
        "to the four recommendations made by the independent reviewer. Progress is reported to each "
        "meeting of the SAR Sub-Group and by exception to the Board.")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of changes"])
    for row in [
        ("1.0", "18/06/2024", "SAB Business Manager", "Action plan agreed by SAR Sub-Group"),
        ("2.0", "10/10/2024", "SAB Business Manager", "Q2 partner updates added"),
        ("3.0", "14/01/2026", "SAB Business Manager", "Updates following SAR Sub-Group 13/01/2026"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for code, meaning in [
        ("B", "Completed – evidence received and accepted by SAR Sub-Group"),
        ("G", "On track to be delivered by the target date"),
        ("A", "Some slippage – revised timescale agreed with lead"),
        ("R", "Not progressing / overdue – escalate to Board"),
        ("", "Not yet started"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], code, bold=True)
        shade(cells[0], RAG_HEX[code])
        set_cell(cells[1], meaning)

    cols = ["Ref", "Action", "Lead", "Target date", "Progress update (January 2026)", "RAG"]

    def rec_table(rows):
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols)
        for ref, action, lead, target, progress, rag in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, action, lead, target, progress, rag]):
                set_cell(c, v)
            shade(cells[5], RAG_HEX[rag])
            cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph()

    def rec(label, text):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        doc.add_paragraph(text)

    doc.add_heading("Theme 1: Recognising and responding to self-neglect", level=1)
    rec("Recommendation 1",
        "The SAB should seek assurance that practitioners across partner agencies understand and apply "
        "the multi-agency Self-Neglect and Hoarding Protocol, including when to convene a multi-agency "
        "risk management meeting.")
    rec_table([
        ("1.1", "Relaunch the Self-Neglect and Hoarding Protocol through a 7-minute briefing and "
                "practitioner learning events.",
         "SAB Business Manager", "March 2025",
         "Briefing published 12/12/2024. Three learning events held (86 attendees).", "B"),
        ("1.2", "Audit a sample of 20 self-neglect cases to test whether the protocol was followed and "
                "whether risk management meetings were convened.",
         "Quality Assurance Sub-Group Chair", "30/09/2025",
         "Audit tool agreed; 14 of 20 cases audited. Report to SAR Sub-Group in March 2026.", "A"),
    ])
    rec("Recommendation 2",
        "Agencies should ensure that when a person declines services the refusal is explored, recorded "
        "and revisited, and that disengagement triggers a review of risk rather than case closure.")
    rec_table([
        ("2.1", "Amend the adult social care case closure guidance so that closure following refusal of "
                "services requires a manager’s review of risk.",
         "Head of Adult Safeguarding (Focus)", "December 2024",
         "Guidance amended and in use from 02/12/2024.", "B"),
        ("2.2", "Add a ‘did not attend’ escalation step for adults with care and support needs to "
                "outpatient and community mental health pathways.",
         "NLaG Named Nurse Safeguarding Adults / Navigo Safeguarding Lead", "June 2026",
         "NLaG pathway live. Navigo pathway in final sign-off.", "G"),
    ])

    doc.add_heading("Theme 2: Mental capacity and executive function", level=1)
    rec("Recommendation 3",
        "The SAB should seek assurance that practitioners consider executive functioning when assessing "
        "mental capacity, and that assessments are time and decision specific.")
    rec_table([
        ("3.1", "Commission multi-agency training on executive function and the Mental Capacity Act 2005 "
                "for front-line staff.",
         "SAB Learning and Development Sub-Group", "Q4 2025/26",
         "Trainer commissioned. Six sessions booked January – March 2026.", "G"),
        ("3.2", "Add a prompt on executive function to the mental capacity assessment templates used by "
                "adult social care, NLaG and Navigo.",
         "Designated Professional for Safeguarding Adults (ICB)", "31 March 2026",
         "Template wording drafted; Navigo system change request raised.", "A"),
    ])

    doc.add_heading("Theme 3: Working together and escalation", level=1)
    rec("Recommendation 4",
        "Partners should strengthen the use of the multi-agency escalation and resolution policy where "
        "professionals disagree about risk.")
    rec_table([
        ("4.1", "Refresh the Escalation and Resolution Policy and publish it on the SAB website.",
         "SAB Business Manager", "Sept 2024 – Jan 2025",
         "Refreshed policy published 20/01/2025.", "B"),
        ("4.2", "Each partner to report to the SAB on escalations raised and their outcome.",
         "All partner agencies", "Quarterly",
         "Q1 and Q2 2025/26 returns received from all partners.", "G"),
        ("4.3", "Review how police adult concern notifications are shared with adult social care when a "
                "person repeatedly declines support.",
         "Detective Inspector Public Protection (Humberside Police)", "February 2026",
         "Not yet started – scheduled for PPU review.", ""),
    ])

    doc.add_heading("Sign-off", level=2)
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Agreed by", bold=True)
    set_cell(t.cell(0, 1), "SAB Executive Group")
    set_cell(t.cell(1, 0), "Date", bold=True)
    set_cell(t.cell(1, 1), "22/01/2026")
    doc.save(out("iz2-north-east-lincolnshire-sab-sar-adult-p-action-plan.docx"))


# =====================================================================
# 2. Medway CSP - DHR 'Joy' action tracker export (csv)
# =====================================================================
def make_medway_dhr():
    rows = [
        ["Medway Community Safety Partnership – Domestic Homicide Review ‘Joy’ – Action Plan"],
        ["Updated following DHR Steering Group 09/10/2025"],
        [],
        ["Rec No.", "Recommendation", "Scope (local / regional / national)", "Action No.", "Action to take",
         "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
         "Date of completion and outcome", "RAG"],
        ["1", "Medway CSP to ensure that the learning from this review is shared across partner agencies.",
         "Local", "1.1",
         "Produce a 7-minute briefing on the learning from DHR Joy and circulate to all CSP partners.",
         "Medway Council Community Safety Team", "Briefing drafted and agreed by panel", "31/03/2025",
         "04/03/2025 – briefing circulated to all partners", "Complete"],
        ["", "", "", "1.2", "Hold two multi-agency learning events for front-line practitioners.",
         "Medway CSP DHR Co-ordinator", "Venues booked\nSpeakers confirmed", "Jun-25",
         "Events held 14/05/2025 and 18/06/2025 (112 attendees)", "Complete"],
        ["2", "Kent and Medway ICB to assure the CSP that GP practices routinely ask about domestic abuse "
              "when patients present with anxiety, low mood or unexplained injuries, and record disclosures.",
         "Local / regional", "2.1",
         "Roll out IRIS (Identification and Referral to Improve Safety) training to all Medway GP practices.",
         "Kent and Medway ICB", "18 of 46 practices trained\n12 further practices booked for Q3",
         "March 2026", "", "On track"],
        ["", "", "", "2.2",
         "Audit the GP records of 30 patients with a MARAC flag to confirm that disclosures are coded and "
         "shared.",
         "Kent and Medway ICB Safeguarding Team", "Audit tool agreed", "30/09/2025", "",
         "Amber"],
        ["3", "Medway NHS Foundation Trust and Kent and Medway Mental Health NHS Trust (KMPT) to ensure "
              "routine enquiry about domestic abuse takes place in emergency and mental health settings.",
         "Local", "3.1",
         "Introduce a mandatory routine enquiry field in the Emergency Department triage record.",
         "Medway NHS Foundation Trust", "Specification agreed with EPR supplier", "Dec-25", "", "Amber"],
        ["", "", "", "3.2",
         "Deliver domestic abuse awareness training to KMPT community mental health teams, covering "
         "coercive control and economic abuse.",
         "KMPT Safeguarding Team", "4 of 9 teams trained", "31/01/2026", "", "On track"],
        ["4", "Kent Police to review how DASH risk assessments are completed when the victim declines to "
              "answer the questions.",
         "Local", "4.1",
         "Issue guidance to officers on recording an officer-assessed risk level where the victim does not "
         "engage with the DASH questions.",
         "Kent Police / Medway Community Safety Unit", "Guidance drafted", "End of September 2025",
         "26/09/2025 – guidance issued to all Medway officers", "Complete"],
        ["5", "The Home Office should consider national guidance on recognising economic abuse of older "
              "victims by adult family members.",
         "National", "5.1",
         "Medway CSP Chair to write to the Home Office setting out the learning from this review and to "
         "follow up the response.",
         "Medway CSP Chair", "Letter sent 11/04/2025", "Ongoing", "", "On track"],
        [],
        ["RAG key: Complete = action delivered and evidenced; On track = progressing to target date; "
         "Amber = delayed but recoverable; Red = off track"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(out("iz2-medway-csp-dhr-joy-action-tracker-export.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# =====================================================================
# 3. Safer Greenwich Partnership - CSP plan 2025-26 delivery plan (txt, tab-separated)
# =====================================================================
def make_greenwich_csp():
    T = "\t"
    lines = [
        "Safer Greenwich Partnership – Community Safety Plan 2025-26: Delivery Plan",
        "Quarter 2 update (July – September 2025)",
        "",
        T.join(["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 progress", "RAG"]),
        "Priority 1: Tackling violence against women and girls",
        T.join(["P1.1", "Extend the Safe Spaces scheme in pharmacies and libraries across the borough to at "
                        "least 40 sites.",
                "VAWG Strategic Lead", "Mar-26", "31 sites signed up; 6 more in progress.", "G"]),
        T.join(["P1.2", "Commission a behaviour-change programme for medium-risk perpetrators of domestic "
                        "abuse.",
                "VAWG Strategic Lead & Met Police (SE BCU)", "Oct-25",
                "Tender evaluation slipped; award now expected November.", "A"]),
        T.join(["P1.3", "Train 200 night-time economy staff in bystander intervention (WAVE).",
                "Licensing Team / Met Police Licensing", "Dec-25", "132 staff trained to date.", "G"]),
        "Priority 2: Reducing serious youth violence and exploitation",
        T.join(["P2.1", "Refresh the Serious Violence Duty strategic needs assessment for 2026.",
                "Serious Violence Duty Coordinator", "Jan-26", "Data requests issued to all partners.",
                "G"]),
        T.join(["P2.2", "Extend the youth navigator service at Queen Elizabeth Hospital A&E to weekend "
                        "evenings.",
                "Lewisham and Greenwich NHS Trust; Redthread", "Sep-25",
                "Weekend service live from 6 September.", "B"]),
        T.join(["P2.3", "Deliver exploitation awareness sessions in every secondary school in the borough.",
                "Youth Justice Service", "Summer term 2026", "9 of 17 schools visited.", "G"]),
        "Priority 3: Anti-social behaviour and neighbourhood crime",
        T.join(["P3.1", "Run multi-agency weeks of action in the ASB hotspot wards (Woolwich Common, "
                        "Plumstead, Eltham Town).",
                "ASB Team Manager", "Quarterly", "Q2 week of action held in Plumstead, 14-18 July.", "G"]),
        T.join(["P3.2", "Introduce an online ASB Case Review (Community Trigger) form and publish annual "
                        "data.",
                "ASB Team Manager", "Jun-25", "Form live; 2024-25 data published.", "B"]),
        T.join(["P3.3", "Install 25 additional redeployable CCTV cameras.",
                "CCTV & Control Room Manager", "Mar-26",
                "Procurement delayed – supplier framework expired.", "R"]),
        "Priority 4: Reducing reoffending and drug-related harm",
        T.join(["P4.1", "Increase referrals from police custody into drug and alcohol treatment.",
                "Combating Drugs Partnership Lead", "Ongoing", "Referrals up 8% on Q1; target 15%.", "A"]),
        T.join(["P4.2", "Establish a housing pathway for people leaving prison.",
                "Probation Service (Greenwich PDU) and Housing Options", "31/03/2026",
                "Not started – scoping meeting booked for October.", ""]),
        "",
        "RAG summary: Blue 2 | Green 5 | Amber 2 | Red 1 | Not rated 1",
        "RAG key: B = complete; G = on track; A = some delay, recoverable; R = off track; blank = not yet "
        "started",
    ]
    with open(out("iz2-safer-greenwich-partnership-community-safety-plan-2025-26-delivery-plan.txt"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ----------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def hdr(ws, row, labels, colour="1F3864"):
    for i, lab in enumerate(labels, 1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def put(ws, row, values, date_fmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, (dt.date, dt.datetime)):
            c.number_format = date_fmt


# =====================================================================
# 4. Worcestershire Acute Hospitals NHS Trust - public board action log (xlsx) - REFUSE
# =====================================================================
def make_waht_board_log():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open actions"
    ws["A1"] = "Worcestershire Acute Hospitals NHS Trust – Trust Board (Public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Position as at 5 January 2026 – for Trust Board 15 January 2026"
    labels = ["Action No.", "Meeting date", "Minute ref", "Item", "Action", "Lead", "Due date",
              "Update", "Status"]
    hdr(ws, 5, labels)
    rows = [
        ("TB/24/112", dt.date(2025, 3, 13), "134/25", "Integrated Performance Report",
         "Provide a trajectory for reducing 12-hour waits in ED from decision to admit to the next IPR.",
         "Chief Operating Officer", dt.date(2025, 5, 8),
         "Included in May IPR. Further update on winter position requested.", "Open – on track"),
        ("TB/25/018", dt.date(2025, 5, 8), "041/25", "Maternity and Neonatal Safety Report",
         "Bring the outcome of the midwifery workforce (Birthrate Plus) review to Board.",
         "Chief Nursing Officer", dt.date(2025, 9, 11),
         "Review complete; paper deferred to January Board.", "Open – overdue"),
        ("TB/25/027", dt.date(2025, 7, 10), "079/25", "Freedom to Speak Up Report",
         "Set out the actions to increase speaking-up confidence among international nurses.",
         "Chief People Officer / Freedom to Speak Up Guardian", dt.date(2025, 11, 13),
         "Focus groups held in October. Action plan to People and Culture Committee in December.",
         "Proposed for closure"),
        ("TB/25/031", dt.date(2025, 7, 10), "083/25", "Green Plan annual report",
         "Confirm the capital funding route for the Alexandra Hospital heat decarbonisation scheme.",
         "Chief Finance Officer", dt.date(2025, 10, 9),
         "Public Sector Decarbonisation Scheme bid submitted.", "Open – on track"),
        ("TB/25/036", dt.date(2025, 9, 11), "102/25", "Learning from Deaths Report",
         "Report on the timeliness of structured judgement reviews by division.",
         "Chief Medical Officer", "Janaury 2026",
         "Data being validated with divisional governance leads.", "Open – on track"),
        ("TB/25/040", dt.date(2025, 9, 11), "108/25", "Board Assurance Framework",
         "Review the target risk score for BAF risk 4 (estate and infrastructure).",
         "Director of Strategy and Planning", dt.date(2025, 12, 11),
         "To Audit and Assurance Committee in February.", "Open – overdue"),
        ("TB/25/044", dt.date(2025, 11, 13), "121/25", "Patient Story",
         "Share the learning from the patient story with the Patient Experience Group and feed back to "
         "the family.",
         "Chief Nursing Officer", dt.date(2026, 1, 15), "Letter sent to family 02/12/2025.",
         "Proposed for closure"),
        ("TB/25/047", dt.date(2025, 11, 13), "126/25", "Winter Plan 2025/26",
         "Circulate the weekly escalation dashboard to Board members during December and January.",
         "Chief Operating Officer", dt.date(2026, 2, 12), "Circulated weekly since 1 December.",
         "Open – on track"),
    ]
    r = 6
    for row in rows:
        put(ws, r, row, date_fmt="dd-mmm-yy")
        status = row[-1]
        col = {"Open – on track": "C6EFCE", "Open – overdue": "FFC7CE",
               "Proposed for closure": "BDD7EE"}.get(status)
        if col:
            ws.cell(row=r, column=9).fill = fill(col)
        r += 1
    ws.cell(row=r + 1, column=1, value="Status key: Open – on track; Open – overdue; Proposed for closure "
                                       "(Board asked to approve closure). Closed actions are moved to the "
                                       "'Closed actions' sheet.")
    widths = [12, 12, 10, 24, 48, 26, 12, 44, 18]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws2 = wb.create_sheet("Closed actions")
    ws2["A1"] = "Trust Board (Public) – actions closed since 13 November 2025"
    ws2["A1"].font = Font(bold=True, size=12)
    hdr(ws2, 3, labels[:7] + ["Closure note", "Date closed"])
    closed = [
        ("TB/25/021", dt.date(2025, 5, 8), "046/25", "Guardian of Safe Working Hours Report",
         "Confirm rota gaps for resident doctors in general surgery.", "Chief Medical Officer",
         dt.date(2025, 7, 10), "Confirmed in July report.", dt.date(2025, 11, 13)),
        ("TB/25/039", dt.date(2025, 9, 11), "105/25", "Annual Complaints Report",
         "Add complaint response times by division to the IPR.", "Chief Nursing Officer",
         dt.date(2025, 11, 13), "Included from November IPR.", dt.date(2025, 11, 13)),
    ]
    r = 4
    for row in closed:
        put(ws2, r, row, date_fmt="dd-mmm-yy")
        r += 1
    for i, w in enumerate(widths):
        ws2.column_dimensions[chr(65 + i)].width = w
    wb.save(out("iz2-worcestershire-acute-hospitals-nhs-trust-public-board-action-log-typo-month-refuse.xlsx"))


# =====================================================================
# 5. Lancashire Teaching Hospitals NHSFT - maternity and neonatal improvement plan (xlsx)
# =====================================================================
def make_lth_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["B2"] = "Maternity and Neonatal Improvement Plan 2025/26"
    cov["B2"].font = Font(bold=True, size=16)
    cov["B3"] = "Lancashire Teaching Hospitals NHS Foundation Trust – Women’s and Children’s Division"
    info = [
        ("Executive lead", "Chief Nursing Officer"),
        ("Plan owner", "Director of Midwifery"),
        ("Version", "v2.3"),
        ("Position as at", dt.date(2025, 12, 31)),
        ("Governance route", "Maternity and Neonatal Safety Champions → Safety and Quality Committee → "
                             "Board of Directors"),
        ("Sources", "CQC maternity inspection (published February 2025); Maternity Incentive Scheme "
                    "Year 7; Three-year delivery plan for maternity and neonatal services"),
    ]
    r = 5
    for k, v in info:
        cov.cell(row=r, column=2, value=k).font = Font(bold=True)
        c = cov.cell(row=r, column=3, value=v)
        if isinstance(v, dt.date):
            c.number_format = "dd/mm/yyyy"
        c.alignment = WRAP
        r += 1
    cov.column_dimensions["B"].width = 20
    cov.column_dimensions["C"].width = 90

    key = wb.create_sheet("BRAG key")
    key["A1"] = "BRAG rating key"
    key["A1"].font = Font(bold=True, size=12)
    for i, (hexc, txt) in enumerate([
        ("0070C0", "Blue – action delivered and evidenced (assured)"),
        ("00B050", "Green – on track to deliver by the due date"),
        ("FFC000", "Amber – at risk of not delivering by the due date; mitigation in place"),
        ("FF0000", "Red – off track or overdue; escalated to Safety and Quality Committee"),
    ], start=3):
        key.cell(row=i, column=1).fill = fill(hexc)
        key.cell(row=i, column=2, value=txt)
    key.column_dimensions["A"].width = 6
    key.column_dimensions["B"].width = 80

    plan = wb.create_sheet("Improvement plan")
    plan["A1"] = "Maternity and Neonatal Improvement Plan 2025/26"
    plan["A1"].font = Font(bold=True, size=14)
    plan["A2"] = "Lancashire Teaching Hospitals NHS Foundation Trust"
    plan["A3"] = "Ratings: Previous BRAG = November 2025 position; Current BRAG = December 2025 position " \
                 "(see BRAG key sheet)"
    labels = ["Ref", "Source", "Action required", "Lead(s)", "Original due date", "Revised due date",
              "Progress commentary (this period)", "Previous BRAG", "Current BRAG", "Evidence location"]
    hdr(plan, 5, labels)
    ncol = len(labels)
    B, G, A, R = "0070C0", "00B050", "FFC000", "FF0000"
    d = dt.date
    sections = [
        ("Theme 1: Listening to and working with women and families with compassion", [
            ("M1.1", "3YDP", "Co-produce the maternity complaints response standard with the Maternity and "
                             "Neonatal Voices Partnership (MNVP).",
             "Head of Midwifery / MNVP Chair", d(2025, 9, 30), None,
             "Standard co-produced and launched 22/09/2025.", G, B, "SharePoint > Maternity > Theme 1"),
            ("M1.2", "CQC should-do", "Provide interpreting for all antenatal booking appointments where "
                                      "English is not the woman’s first language.",
             "Consultant Midwife – Public Health", d(2025, 10, 31), d(2026, 2, 28),
             "Face-to-face interpreting booked for 87% of bookings; remote service contract extended.",
             A, A, "SharePoint > Maternity > Theme 1"),
            ("M1.3", "3YDP", "Publish a personalised care and support plan for every woman by 16 weeks of "
                             "pregnancy.",
             "Head of Midwifery", d(2026, 3, 31), None,
             "Digital PCSP live in BadgerNet; compliance 71% (target 90%).", G, G,
             "Maternity dashboard"),
        ]),
        ("Theme 2: Growing, retaining and supporting our workforce", [
            ("M2.1", "MIS SA5", "Complete a Birthrate Plus workforce review and present the outcome to the "
                                "Board of Directors.",
             "Director of Midwifery", d(2025, 7, 31), d(2025, 11, 30),
             "Review completed; presented to Board 04/12/2025.", A, B, "Board papers December 2025"),
            ("M2.2", "CQC must-do", "Ensure 90% of maternity staff have completed PROMPT multi-professional "
                                    "emergency training.",
             "Practice Development Midwife & Obstetric Education Lead", d(2025, 12, 31), None,
             "Midwives 93%; obstetricians 84%; anaesthetists 78%.\nAdditional sessions booked for "
             "January.", G, R, "Training compliance report"),
            ("M2.3", "3YDP", "Implement the preceptorship framework for newly qualified midwives.",
             "Preceptorship and Retention Midwife", d(2025, 6, 30), None,
             "Framework implemented; first cohort signed off.", B, B, "SharePoint > Maternity > Theme 2"),
        ]),
        ("Theme 3: Developing and sustaining a culture of safety, learning and support", [
            ("M3.1", "CQC must-do", "Ensure fetal monitoring is reviewed using a structured ‘fresh eyes’ "
                                    "approach at least hourly in labour.",
             "Fetal Monitoring Lead Midwife", d(2025, 8, 31), None,
             "Monthly audit: 96% compliance October, 97% November.", B, B, "Fetal monitoring audit"),
            ("M3.2", "MIS SA9", "Hold bi-monthly safety champion walkabouts and feed back themes to staff.",
             "Board Safety Champion", "Bi-monthly", None,
             "Walkabouts held October and December.", G, G, "Safety champion minutes"),
        ]),
        ("Theme 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("M4.1", "CQC must-do", "Ensure emergency equipment on the delivery suite and neonatal unit is "
                                    "checked daily and checks are recorded.",
             "Ward Manager – Delivery Suite", d(2025, 5, 31), None,
             "Daily checks 100% for 12 consecutive weeks.", B, B, "Equipment check audit"),
            ("M4.2", "3YDP", "Implement the national maternity early warning score (MEWS) across antenatal "
                             "and postnatal wards.",
             "Consultant Obstetrician (Patient Safety Lead)", d(2025, 11, 30), "Q4 2025/26",
             "Training 60% complete; go-live moved to allow BadgerNet build.", A, A,
             "SharePoint > Maternity > Theme 4"),
        ]),
    ]
    r = 6
    for theme, acts in sections:
        plan.cell(row=r, column=1, value=theme).font = Font(bold=True)
        plan.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        plan.cell(row=r, column=1).fill = fill("D9E1F2")
        r += 1
        for ref, src, action, lead, orig, rev, prog, prev, cur, ev in acts:
            put(plan, r, [ref, src, action, lead, orig, rev, prog, None, None, ev])
            plan.cell(row=r, column=8).fill = fill(prev)
            plan.cell(row=r, column=9).fill = fill(cur)
            r += 1
    widths = [7, 12, 50, 30, 12, 12, 44, 10, 10, 26]
    for i, w in enumerate(widths):
        plan.column_dimensions[chr(65 + i)].width = w
    plan.freeze_panes = "A6"

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of current BRAG ratings – December 2025"
    summ["A1"].font = Font(bold=True, size=12)
    hdr(summ, 3, ["Theme", "Blue", "Green", "Amber", "Red", "Total"])
    for i, row in enumerate([
        ("Theme 1", 1, 1, 1, 0, 3), ("Theme 2", 2, 0, 0, 1, 3), ("Theme 3", 1, 1, 0, 0, 2),
        ("Theme 4", 1, 0, 1, 0, 2), ("Total", 5, 2, 2, 1, 10),
    ], start=4):
        put(summ, i, row)
    summ.column_dimensions["A"].width = 14
    wb.save(out("iz2-lancashire-teaching-hospitals-nhsft-maternity-neonatal-improvement-plan.xlsx"))


# =====================================================================
# 6. Fenland District Council - corporate risk register Q3 2025/26 (xlsx)
# =====================================================================
def make_fenland_risk():
    wb = Workbook()
    s = wb.active
    s.title = "Risk summary"
    s["A1"] = "Fenland District Council – Corporate Risk Register"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Quarter 3 2025/26 (position at 31 December 2025) – report to Audit and Risk Management " \
              "Committee"
    hdr(s, 4, ["Risk ref", "Risk", "Risk owner", "Inherent score (L x I)", "Residual score (L x I)",
               "Target score", "Direction of travel"])
    risks = [
        ("CR01", "Financial sustainability – the Council cannot set a balanced budget over the Medium Term "
                 "Financial Strategy period", "Corporate Director (S151 Officer)", "4 x 5 = 20",
         "3 x 5 = 15", "10", "↔"),
        ("CR02", "Cyber security – a cyber attack disrupts Council services or results in loss of data",
         "Head of ICT", "4 x 5 = 20", "3 x 4 = 12", "8", "↔"),
        ("CR03", "Workforce – inability to recruit and retain staff with key skills", "Head of HR and OD",
         "4 x 4 = 16", "3 x 4 = 12", "8", "↓"),
        ("CR04", "Local Government Reorganisation – transition to a new unitary authority diverts capacity "
                 "from service delivery", "Chief Executive", "5 x 4 = 20", "4 x 4 = 16", "12", "↑"),
    ]
    for i, row in enumerate(risks, start=5):
        put(s, i, row)
        score = int(row[4].split("=")[1])
        s.cell(row=i, column=5).fill = fill("FF0000" if score >= 15 else "FFC000")
    s.cell(row=10, column=1, value="Scoring: Likelihood (1-5) x Impact (1-5). 15-25 High (red); 8-12 "
                                   "Medium (amber); 1-6 Low (green). ↑ increasing ↔ unchanged ↓ reducing")
    for col, w in zip("ABCDEFG", [9, 60, 30, 14, 14, 10, 12]):
        s.column_dimensions[col].width = w

    a = wb.create_sheet("Mitigating actions")
    a["A1"] = "Corporate Risk Register – further mitigating actions, Q3 2025/26"
    a["A1"].font = Font(bold=True, size=12)
    a["A2"] = "Action status: B = complete; G = on track; A = slipping, revised date set; R = off track"
    hdr(a, 4, ["Risk", "Action ref", "Further action required", "Action owner", "Target date",
               "Revised target date", "Q3 progress", "Status"])
    d = dt.date
    groups = [
        ("CR01 Financial sustainability", [
            ("CR01.1", "Deliver the 2026/27 savings and income programme of £1.2m agreed by Council.",
             "Corporate Director (S151 Officer)", d(2026, 3, 31), None,
             "£0.86m identified; remaining proposals to Cabinet in January.", "A"),
            ("CR01.2", "Refresh the Medium Term Financial Strategy to reflect the provisional local "
                       "government finance settlement.",
             "Head of Finance", d(2026, 2, 28), None, "Draft MTFS to Cabinet 19 February.", "G"),
        ]),
        ("CR02 Cyber security", [
            ("CR02.1", "Achieve Cyber Essentials Plus certification.", "Head of ICT", d(2025, 9, 30),
             d(2026, 1, 31), "Assessment failed on two legacy devices; retest booked for January.", "A"),
            ("CR02.2", "Run a cyber incident exercise with Corporate Management Team.",
             "Head of ICT / Emergency Planning Officer", d(2025, 11, 30), None,
             "Exercise held 18/11/2025; lessons log in place.", "B"),
            ("CR02.3", "Complete mandatory phishing awareness training for all staff.",
             "Head of ICT", d(2025, 12, 31), None, "Completion 74% (target 95%).", "R"),
        ]),
        ("CR03 Workforce", [
            ("CR03.1", "Introduce a market supplement policy for hard-to-fill posts.", "Head of HR and OD",
             d(2025, 10, 31), None, "Policy approved by Employment Committee 23/10/2025.", "B"),
            ("CR03.2", "Launch an apprenticeship and graduate pathway in planning and environmental "
                       "health.",
             "Head of HR and OD", d(2026, 9, 30), None, "Two planning apprentices recruited.", "G"),
        ]),
        ("CR04 Local Government Reorganisation", [
            ("CR04.1", "Maintain a Council LGR programme board and risk log aligned to the Cambridgeshire "
                       "and Peterborough implementation plan.",
             "Chief Executive", "Ongoing", None, "Programme board meeting fortnightly.", "G"),
            ("CR04.2", "Agree a staff communications and engagement plan for reorganisation.",
             "Chief Executive; Head of HR and OD", d(2026, 1, 31), None,
             "Plan drafted; staff briefings scheduled.", "G"),
        ]),
    ]
    r = 5
    for risk, acts in groups:
        first = r
        for ref, action, owner, target, revised, prog, st in acts:
            put(a, r, [None, ref, action, owner, target, revised, prog, st])
            a.cell(row=r, column=8).fill = fill(RAG_HEX[st])
            a.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        a.cell(row=first, column=1, value=risk)
        a.cell(row=first, column=1).alignment = WRAP
        a.cell(row=first, column=1).font = Font(bold=True)
        if r - 1 > first:
            a.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    for col, w in zip("ABCDEFGH", [22, 9, 55, 30, 12, 12, 44, 8]):
        a.column_dimensions[col].width = w
    wb.save(out("iz2-fenland-dc-corporate-risk-register-q3-2025-26.xlsx"))


# =====================================================================
# 7. Tamworth BC - transformation programme highlight report (docx)
# =====================================================================
def make_tamworth_highlight():
    doc = Document()
    doc.add_heading("Transformation Programme – Highlight Report", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Tamworth Borough Council")
    r.bold = True
    r.font.size = Pt(12)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Reporting period", "1 October – 30 November 2025"),
        ("Report to", "Transformation Board, 10 December 2025"),
        ("Programme SRO", "Assistant Director – Organisational Development"),
        ("Programme manager", "Transformation Programme Manager"),
    ]:
        cells = t.add_row().cells
        set_cell(cells[0], k, bold=True)
        set_cell(cells[1], v)
    doc.add_paragraph()

    doc.add_heading("Overall programme status", level=1)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Overall", "Time", "Cost", "Scope", "Benefits"])
    for c, v in zip(t.rows[1].cells, ["Amber", "Amber", "Green", "Green", "Amber"]):
        set_cell(c, v, bold=True)
        shade(c, {"Amber": "FFC000", "Green": "00B050"}[v])
    doc.add_paragraph(
        "The programme remains within budget. Time is rated Amber because the customer portal go-live has "
        "moved to February 2026 and the Marmion House accommodation moves are dependent on it.")
    doc.add_paragraph(
        "Milestone status key: Complete (blue); On track (green); At risk (amber); Off track (red).")

    ms_cols = ["Ref", "Milestone", "Owner", "Original date", "Revised date", "Status", "Commentary"]
    fills = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000"}

    def workstream(title, sro, rag, rows):
        doc.add_heading(title, level=1)
        p = doc.add_paragraph()
        p.add_run("Workstream lead: ").bold = True
        p.add_run(sro)
        p.add_run("    Workstream RAG: ").bold = True
        p.add_run(rag)
        t = doc.add_table(rows=1, cols=len(ms_cols))
        t.style = "Table Grid"
        header_row(t, ms_cols)
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
            shade(cells[5], fills[row[5]])
        doc.add_paragraph()

    workstream("Workstream 1: Digital and Customer Services", "Head of Customer Services", "Amber", [
        ("1.1", "Procure and configure the new customer portal and CRM.", "ICT Manager / Customer Services "
                "Manager", "31/10/2025", "27/02/2026", "At risk",
         "Supplier data migration delayed; revised plan agreed 18/11/2025."),
        ("1.2", "Move council tax and benefits forms online (phase 1: 12 forms).", "Revenues and Benefits "
                "Manager", "30/11/2025", "", "Complete", "All 12 forms live."),
        ("1.3", "Launch an AI-assisted telephone triage for the contact centre.", "Customer Services "
                "Manager", "31/03/2026", "", "On track", "Pilot running in housing repairs queue."),
    ])
    workstream("Workstream 2: Assets and Accommodation", "Head of Asset Management", "Amber", [
        ("2.1", "Complete the condition surveys of the operational estate.", "Head of Asset Management",
         "30/09/2025", "", "Complete", "Surveys complete for all 23 sites."),
        ("2.2", "Consolidate office staff into Marmion House floors 1-3 and release floor 4 for letting.",
         "Facilities Manager", "31/01/2026", "30/04/2026", "At risk",
         "Dependent on customer portal go-live (1.1)."),
        ("2.3", "Agree a disposal strategy for surplus assets with Cabinet.", "Head of Asset Management",
         "December 2025", "", "On track", "Cabinet report drafted for 18 December."),
    ])
    workstream("Workstream 3: Workforce and Culture", "Head of HR", "Green", [
        ("3.1", "Roll out the new performance conversation framework to all managers.",
         "HR Business Partner", "31/12/2025", "", "On track", "68 of 80 managers trained."),
        ("3.2", "Implement the agile working policy following consultation with UNISON.",
         "Head of HR", "30/11/2025", "", "Off track",
         "Consultation extended by UNISON request; no new date agreed."),
        ("3.3", "Deliver the staff survey and publish results.", "Head of HR and Organisational "
                "Development", "End of March 2026", "", "On track", "Survey opens 12 January 2026."),
    ])

    doc.add_heading("Key risks and issues", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Risk / issue", "Rating", "Mitigation"])
    for row in [
        ("Customer portal delay affects accommodation moves and savings profile.", "Amber",
         "Phased moves; temporary hot-desking on floor 4."),
        ("Capacity of the small ICT team during migration.", "Amber",
         "Additional contractor days approved within budget."),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_heading("Decisions required from the Board", level=1)
    doc.add_paragraph("Note the revised date for the customer portal (1.1) and the dependent accommodation "
                      "moves (2.2).", style="List Number")
    doc.add_paragraph("Agree the escalation of milestone 3.2 to the Chief Executive.", style="List Number")
    doc.save(out("iz2-tamworth-bc-transformation-programme-highlight-report.docx"))


if __name__ == "__main__":
    make_nel_sar()
    make_medway_dhr()
    make_greenwich_csp()
    make_waht_board_log()
    make_lth_maternity()
    make_fenland_risk()
    make_tamworth_highlight()
    print("done")
