"""Build the seven wl- test files of set heldout543.

Run with /work/main/.venv/bin/python wl_make.py (from any folder); files are
written beside this script.  Only files starting with wl- are written.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "0070C0"
GREY = "D9D9D9"
NAVY = "1F3864"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill(fill_type="solid", start_color=hexcol, end_color=hexcol)


def d(y, m, day):
    return dt.datetime(y, m, day)


def out(name):
    assert name.startswith("wl-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. UHMBT adult inpatient survey 2023 action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_uhmbt():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "University Hospitals of Morecambe Bay NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14, color=NAVY)
    cov["A2"] = "Adult Inpatient Survey 2023 – Action Plan"
    cov["A2"].font = Font(bold=True, size=12)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    rows = [
        ("Version", "1.3"),
        ("Owner", "Head of Patient Experience"),
        ("Approved by", "Patient Experience Group, 12 November 2024"),
        ("Reporting to", "Quality Committee"),
        ("Next review", "February 2025"),
    ]
    for i, (k, v) in enumerate(rows, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [
        (RED, "Red", "Off track – will not be delivered by the target date"),
        (AMBER, "Amber", "At risk – slippage, recovery action in place"),
        (GREEN, "Green", "On track"),
        (BLUE, "Blue", "Complete – evidence of completion received"),
    ]
    for i, (col, word, meaning) in enumerate(key, start=12):
        cov.cell(i, 1, word).fill = fill(col)
        cov.cell(i, 2, meaning)
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Adult Inpatient Survey 2023 – Action Plan"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:I1")
    ws["A2"] = ("Progress update as at 31 January 2025. Scores are out of 10 "
                "(CQC benchmark report published 29 August 2024).")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")
    hdr = ["Ref", "Survey question", "UHMBT 2023", "National 2023", "Action",
           "Lead", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(NAVY)
        cell.alignment = WRAP
        cell.border = BOX

    def section(r, text):
        ws.cell(r, 1, text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    def action(r, ref, q, s1, s2, act, lead, date, upd, rag):
        vals = [ref, q, s1, s2, act, lead, date, upd, None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(date, dt.datetime):
            ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 9).fill = fill(rag)

    section(5, "Section 2: The hospital and ward")
    action(6, "2.1", "Q6. Were you ever bothered by noise at night from other patients?",
           5.8, 6.3,
           "Roll out the 'Quiet at Night' bundle (sleep packs, dimmed lighting and a "
           "23:00 noise check) to all adult inpatient wards.",
           "Matron for Medicine / Ward Managers", d(2025, 3, 31),
           "Bundle live on 14 of 19 wards. Remaining wards at RLI scheduled for February.",
           AMBER)
    action(7, "2.2", None, None, None,
           "Add noise at night to the monthly Perfect Ward audit and report results to "
           "Patient Experience Group.",
           "Head of Patient Experience", d(2024, 11, 30),
           "Question added from the November audit cycle.", BLUE)
    for col in ("B", "C", "D"):
        ws.merge_cells(f"{col}6:{col}7")
    action(8, "2.3", "Q13. Did you get enough help from staff to eat your meals?",
           7.1, 7.5,
           "Introduce protected mealtimes with the red tray and red jug system on all "
           "elderly care wards, supported by volunteer mealtime companions.",
           "Deputy Chief Nurse", d(2025, 4, 30),
           "Volunteer recruitment under way; 11 companions trained.", GREEN)
    section(9, "Section 4: Nurses")
    action(10, "4.1", "Q25. In your opinion, were there enough nurses on duty to care for "
           "you in hospital?", 6.2, 6.6,
           "Display daily planned and actual staffing boards at each ward entrance and "
           "discuss staffing with patients at safety huddles.",
           "Director of Nursing", d(2024, 12, 31),
           "Boards in place at FGH, RLI and WGH.", BLUE)
    action(11, "4.2", None, None, None,
           "Complete the establishment review for adult inpatient wards using the Safer "
           "Nursing Care Tool and present findings to the Board.",
           "Director of Nursing", d(2025, 5, 31),
           "Data collection completed in January 2025.", GREEN)
    for col in ("B", "C", "D"):
        ws.merge_cells(f"{col}10:{col}11")
    section(12, "Section 8: Leaving hospital")
    action(13, "8.1", "Q40. Before you left hospital, were you given any written or printed "
           "information about what you should or should not do after leaving hospital?",
           5.4, 6.1,
           "Launch a standard discharge information leaflet ('Going home from hospital') "
           "and add a discharge checklist to the electronic patient record.",
           "Head of Patient Flow; Digital Nursing Lead", "June 2025",
           "Leaflet approved by the Readers' Panel. EPR build request submitted – slot "
           "allocated in the May release.", AMBER)
    action(14, "8.2", "Q46. Did hospital staff tell you who to contact if you were worried "
           "about your condition or treatment after you left hospital?", 7.0, 7.6,
           "Pilot a 48-hour post-discharge telephone call for patients aged 75 and over "
           "discharged from the acute medical units.",
           "Matron for Acute Medicine", d(2025, 2, 28),
           "Pilot delayed by staffing on AMU; new start date to be agreed with the Care Group.",
           RED)
    section(15, "Section 9: Feedback on the quality of your care")
    action(16, "9.1", "Q47. During your hospital stay, were you ever asked to give your "
           "views on the quality of your care?", 1.6, 1.9,
           "Relaunch Friends and Family Test QR code cards at bedsides and include an FFT "
           "prompt in every discharge conversation.",
           "Patient Experience Lead", "Ongoing",
           "FFT response rate up from 14% to 19% in Q3.", GREEN)
    ws["A18"] = "Summary: 8 actions – Complete 2 | On track 3 | At risk 2 | Off track 1"
    ws["A18"].font = Font(bold=True)
    ws.merge_cells("A18:I18")
    widths = {"A": 6, "B": 38, "C": 9, "D": 9, "E": 48, "F": 22, "G": 12, "H": 40, "I": 7}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A5"
    wb.save(out("wl-university-hospitals-morecambe-bay-nhsft-adult-inpatient-survey-2023-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Gloucestershire Constabulary vetting/misconduct/misogyny tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_glos():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Gloucestershire Constabulary"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = ("HMICFRS: An inspection of vetting, misconduct, and misogyny in the "
                "police service (November 2022)")
    sm["A3"] = "Force recommendations tracker – position at 30 June 2024"
    sm["A5"] = "Status"
    sm["B5"] = "Actions"
    for c in ("A5", "B5"):
        sm[c].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete", 5), ("On track", 1), ("At risk", 1),
                                ("Off track", 1)], start=6):
        sm.cell(i, 1, k)
        sm.cell(i, 2, n)
    sm["A10"] = "Total"
    sm["B10"] = "=SUM(B6:B9)"
    sm["A10"].font = Font(bold=True)
    sm["A12"] = ("Recommendations not listed on the Tracker sheet are addressed to the "
                 "College of Policing, NPCC or Home Office.")
    sm.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Tracker")
    ws["A1"] = "Vetting, misconduct and misogyny – recommendations tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Owner: Head of Professional Standards. Reported to the Joint Audit "
                "Committee and the OPCC Accountability Board.")
    hdr = ["Rec", "HMICFRS recommendation", "HMICFRS deadline", "Action ref", "Action",
           "Action owner", "Original date", "Revised date", "Update", "Status"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("002060")
        cell.alignment = WRAP
    status_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def row(r, rec, rtext, deadline, aref, act, owner, orig, rev, upd, status):
        vals = [rec, rtext, deadline, aref, act, owner, orig, rev, upd, status]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        for c in (7, 8):
            if isinstance(ws.cell(r, c).value, dt.datetime):
                ws.cell(r, c).number_format = "mmm-yy"
        ws.cell(r, 10).fill = fill(status_fill[status])

    row(5, 2, "By 31 October 2023, chief constables should make sure that their vetting "
        "units have enough trained staff to complete vetting applications and renewals "
        "in good time.", "31 October 2023", "2.1",
        "Recruit four additional vetting officers and one vetting supervisor.",
        "Head of Vetting", d(2023, 6, 30), d(2023, 9, 30),
        "All posts filled and trained by September 2023.", "Complete")
    row(6, None, None, None, "2.2",
        "Clear the backlog of overdue vetting renewals (circa 340 cases at January 2023).",
        "Head of Vetting", d(2023, 10, 31), d(2024, 3, 31),
        "Backlog cleared March 2024; now monitored weekly.", "Complete")
    ws.merge_cells("A5:A6")
    ws.merge_cells("B5:B6")
    ws.merge_cells("C5:C6")
    row(7, 5, "By 30 April 2023, chief constables should make sure that vetting decisions "
        "where adverse information is found include a clear and detailed rationale.",
        "30 April 2023", "5.1",
        "Introduce a mandatory rationale template in the vetting case management system "
        "and dip-sample 10% of decisions each quarter.",
        "Force Vetting Manager", d(2023, 4, 30), None,
        "Template live since April 2023; Q1 2024 dip sample 96% compliant.", "Complete")
    row(8, 14, "By 31 October 2023, chief constables should make sure that their "
        "counter-corruption units can monitor all force IT systems and devices to detect "
        "abuse of position for a sexual purpose.", "31 October 2023", "14.1",
        "Procure and deploy IT monitoring software covering all force laptops, desktops "
        "and mobile devices.",
        "Head of Digital Services / Head of Counter Corruption", d(2024, 3, 31), "0ct-24",
        "Contract awarded May 2024; deployment to mobile devices delayed by supplier.",
        "At risk")
    row(9, None, None, None, "14.2",
        "Second two intelligence analysts into the Counter Corruption Unit.",
        "Head of Counter Corruption", d(2023, 12, 31), None,
        "Both analysts in post from January 2024.", "Complete")
    ws.merge_cells("A8:A9")
    ws.merge_cells("B8:B9")
    ws.merge_cells("C8:C9")
    row(10, 21, "By 30 April 2023, chief constables should make sure that all allegations "
        "of sexual misconduct against officers and staff are recorded and assessed "
        "for referral to the IOPC.", "30 April 2023", "21.1",
        "Audit all 2022/23 sexual misconduct allegations for correct recording and IOPC "
        "referral decisions.",
        "PSD Assessment Unit Manager", d(2023, 4, 30), d(2023, 7, 31),
        "Audit complete; 3 cases referred retrospectively.", "Complete")
    row(11, 29, "By 31 March 2024, chief constables should make sure that officers and "
        "staff who investigate misconduct are trained and accredited to the standard "
        "set by the College of Policing.", "31 March 2024", "29.1",
        "Enrol all PSD investigators on the College of Policing professional standards "
        "investigator programme.",
        "Head of Professional Standards", d(2024, 3, 31), d(2024, 12, 31),
        "7 of 12 investigators accredited; remaining 5 booked on autumn cohorts.",
        "On track")
    row(12, None, None, None, "29.2",
        "Provide misogyny and abuse of position awareness training to all supervisors.",
        "Head of Learning and Development", d(2024, 3, 31), d(2024, 9, 30),
        "58% of supervisors trained; course capacity reduced over summer.", "Off track")
    ws.merge_cells("A11:A12")
    ws.merge_cells("B11:B12")
    ws.merge_cells("C11:C12")
    widths = {"A": 6, "B": 44, "C": 14, "D": 8, "E": 44, "F": 26, "G": 11, "H": 11,
              "I": 38, "J": 11}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    wb.save(out("wl-gloucestershire-constabulary-hmicfrs-vetting-misconduct-misogyny-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 3. Incommunities tenant satisfaction measures improvement plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_incommunities():
    wb = Workbook()
    ws = wb.active
    ws.title = "TSM Improvement Plan"
    ws["A1"] = "Incommunities Group"
    ws["A1"].font = Font(bold=True, size=14, color="7030A0")
    ws["A2"] = "Tenant Satisfaction Measures – Improvement Plan 2024/25"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Quarter 3 update for Customer Services Committee – January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Theme", "Measure", "2023/24", "Target 2024/25", "Ref", "Improvement action",
           "Lead(s)", "Original due", "Revised due", "Previous RAG", "Current RAG",
           "Q3 commentary"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("7030A0")
        cell.alignment = WRAP
        cell.border = BOX
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def row(r, theme, measure, res, tgt, ref, act, lead, orig, rev, prev, cur, comm):
        vals = [theme, measure, res, tgt, ref, act, lead, orig, rev, prev, cur, comm]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        for c in (8, 9):
            if isinstance(ws.cell(r, c).value, dt.datetime):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
        ws.cell(r, 10).fill = fill(rag_fill[prev])
        ws.cell(r, 11).fill = fill(rag_fill[cur])
        for c in (10, 11):
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="top")

    row(6, "Keeping properties in good repair", "TP02 – Satisfaction with repairs",
        "62.4%", "70%", "R1",
        "Introduce AM, PM and school-run appointment slots for all responsive repairs, "
        "with a text reminder the day before.",
        "Director of Property Services", d(2024, 9, 30), d(2024, 11, 30), "A", "B",
        "Slots and reminders live from 18 November 2024.")
    row(7, None, None, None, None, "R2",
        "Carry out a 'right first time' review of the ten most common repair types with "
        "the in-house trades team.",
        "Head of Repairs / Head of Customer Insight", d(2024, 12, 31), None, "G", "A",
        "Review started late; findings due to Property Board in February.")
    ws.merge_cells("B6:B7")
    ws.merge_cells("C6:C7")
    ws.merge_cells("D6:D7")
    row(8, None, "TP04 – Satisfaction that the home is well maintained", "66.1%", "72%",
        "R3",
        "Deliver the 2024/25 planned investment programme of kitchens, bathrooms and "
        "windows (1,150 homes).",
        "Director of Asset Management", d(2025, 3, 31), None, "G", "G",
        "812 homes completed to end of December.")
    row(9, "Maintaining building safety", "TP05 – Satisfaction that the home is safe",
        "74.8%", "80%", "R4",
        "Publish building safety information packs for every high-rise block and hold "
        "resident drop-in sessions with the Building Safety Manager.",
        "Building Safety Manager", d(2024, 10, 31), d(2025, 1, 31), "A", "A",
        "Packs issued for 9 of 14 blocks; remaining packs awaiting fire risk assessment "
        "reviews.")
    row(10, "Respectful and helpful engagement",
        "TP06 – Satisfaction that the landlord listens to tenant views and acts upon them",
        "55.0%", "62%", "R5",
        "Launch quarterly 'You said, we did' updates in the tenant newsletter and on the "
        "website.",
        "Head of Customer Engagement", d(2024, 7, 31), None, "B", "B",
        "First edition July 2024; now business as usual.")
    row(11, None, None, None, None, "R6",
        "Recruit and train 20 new involved tenants for the Tenant Scrutiny Panel and "
        "neighbourhood walkabouts.",
        "Head of Customer Engagement; Tenant Scrutiny Panel Chair", d(2025, 3, 31), None,
        "G", "G", "14 tenants recruited; induction held 4 December.")
    ws.merge_cells("B10:B11")
    ws.merge_cells("C10:C11")
    ws.merge_cells("D10:D11")
    row(12, "Effective handling of complaints",
        "TP09 – Satisfaction with the landlord's approach to handling complaints",
        "31.9%", "40%", "R7",
        "Complete the actions from the Complaint Handling Code self-assessment, including "
        "a single stage 1 response template.",
        "Complaints and Feedback Manager", d(2024, 6, 30), d(2025, 3, 31), "R", "G",
        "Template in use; remaining actions on track for revised date.")
    row(13, None, None, None, None, "R8",
        "Call every tenant within 2 working days of a stage 1 complaint being logged to "
        "agree the resolution.",
        "Complaints and Feedback Manager", d(2024, 11, 30), None, "G", "R",
        "Two vacancies in the complaints team; 41% of call-backs made in time in December.")
    ws.merge_cells("B12:B13")
    ws.merge_cells("C12:C13")
    ws.merge_cells("D12:D13")
    row(14, "Responsible neighbourhood management",
        "TP12 – Satisfaction with the landlord's approach to handling anti-social behaviour",
        "52.3%", "58%", "R9",
        "Review the ASB policy and introduce case review checkpoints at 10 and 28 days.",
        "Head of Neighbourhoods", d(2025, 3, 31), None, "G", "G",
        "Draft policy out to tenant consultation.")
    ws["A16"] = "Actions: 9 | Blue 2 | Green 4 | Amber 2 | Red 1"
    ws["A16"].font = Font(bold=True)
    ws["A17"] = ("Notes: TP = tenant perception measure. Where the Executive Team has agreed "
                 "a revised due date the original date is kept for reference.")
    ws["A17"].font = Font(italic=True)
    widths = {"A": 20, "B": 30, "C": 9, "D": 9, "E": 5, "F": 46, "G": 26, "H": 12,
              "I": 12, "J": 9, "K": 9, "L": 40}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (letter, col, meaning) in enumerate([
            ("R", RED, "Off track – escalate to Executive Team"),
            ("A", AMBER, "Some slippage – within tolerance"),
            ("G", GREEN, "On track"),
            ("B", BLUE, "Completed")], start=2):
        key.cell(i, 1, letter).fill = fill(col)
        key.cell(i, 2, meaning)
    key.column_dimensions["B"].width = 44
    wb.save(out("wl-incommunities-group-tenant-satisfaction-measures-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def header_row(table, labels, col="1F3864"):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(lab)
        r.bold = True
        shade(c, "D9E2F3")


def merged_row(table, text, hexcol="F2F2F2"):
    cells = table.add_row().cells
    m = cells[0].merge(cells[-1])
    bold_cell(m, text)
    shade(m, hexcol)


def add_row(table, values):
    cells = table.add_row().cells
    for c, v in zip(cells, values):
        c.text = v
    return cells


# ---------------------------------------------------------------------------
# 4. Willow Bank Care Home CQC action plan (docx, read)
# ---------------------------------------------------------------------------
def make_willow():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Willow Bank Care Home – CQC Inspection Action Plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Provider action plan following the CQC inspection on 12 and 13 March 2024").bold = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Location", "Willow Bank Care Home, Ripon, North Yorkshire"),
                 ("Registered manager", "Angela Stott"),
                 ("Overall rating", "Requires improvement"),
                 ("Plan submitted to CQC", "22 April 2024"),
                 ("Last updated", "30 September 2024")]:
        cells = t.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v

    doc.add_paragraph(
        "RAG: Red – not started or overdue; Amber – in progress but behind plan; "
        "Green – in progress and on plan; Blue – completed and evidenced.")

    cols = ["Ref", "Action", "Lead", "By when", "RAG"]
    doc.add_heading("Regulation 12 HSCA RA Regulations 2014: Safe care and treatment", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, cols)
    merged_row(t, "The provider must ensure that risks to people's health and safety, "
                  "including risks from falls and pressure damage, are assessed, recorded "
                  "and mitigated.")
    add_row(t, ["1.1", "Review and rewrite the falls and pressure area risk assessments for "
                "all 34 residents on the electronic care planning system.",
                "Registered Manager / Clinical Lead", "31/05/2024", "Blue"])
    add_row(t, ["1.2", "Introduce daily repositioning and skin check charts, signed off by "
                "the senior carer at each handover.",
                "Clinical Lead", "30/04/2024", "Blue"])
    merged_row(t, "The provider must ensure that medicines are managed safely, including "
                  "'as required' (PRN) medicines and topical creams.")
    add_row(t, ["1.3", "Put a PRN protocol in place for every 'as required' medicine and "
                "audit the protocols weekly for 8 weeks.",
                "Deputy Manager", "June 2024", "Blue"])
    add_row(t, ["1.4", "Complete medicines competency assessments for all staff who give "
                "medicines, including night senior carers.",
                "Deputy Manager", "31/10/2024", "Green"])

    doc.add_heading("Regulation 17 HSCA RA Regulations 2014: Good governance", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, cols)
    merged_row(t, "The provider must operate effective systems to assess, monitor and "
                  "improve the quality and safety of the service.")
    add_row(t, ["2.1", "Put in place a monthly audit schedule (care plans, medicines, "
                "infection control and falls) with actions tracked on the home's "
                "improvement log.",
                "Registered Manager", "31/05/2024", "Blue"])
    add_row(t, ["2.2", "Complete a monthly provider visit and report the findings to the "
                "directors.",
                "Regional Operations Manager", "Monthly", "Green"])

    doc.add_heading("Areas the service should improve", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Ref", "Should do", "Our action", "Lead", "By when", "RAG"])
    add_row(t, ["S1", "The provider should ensure people's end of life wishes are recorded "
                "in their care plans.",
                "Hold advance care planning conversations with residents and families and "
                "record their wishes on a ReSPECT form.",
                "Clinical Lead", "End of August 2024", "Amber"])
    add_row(t, ["S2", "The provider should review how activities are planned for people "
                "living with dementia.",
                "Recruit a second activities coordinator and introduce an individual "
                "'This is me' activity plan for each person.",
                "Registered Manager", "Sept 2024 – Dec 2024", "Green"])

    doc.add_paragraph("")
    doc.add_paragraph("Signed: Angela Stott, Registered Manager        Date: 30/09/2024")
    doc.save(out("wl-willow-bank-care-home-cqc-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Bishop Burton College quality improvement plan 2024/25 (docx, read)
# ---------------------------------------------------------------------------
def make_bishop_burton():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Bishop Burton College")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_heading("Quality Improvement Plan 2024/25", level=1)
    doc.add_paragraph(
        "Informed by the Self-Assessment Report 2023/24 and the areas for improvement "
        "identified at our most recent Ofsted inspection. Monitored monthly by the "
        "Quality Improvement Board and termly by the Curriculum and Quality Committee.")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Summary of changes"])
    for v in [("0.1", "04/10/2024", "Head of Quality", "First draft"),
              ("1.0", "21/10/2024", "Vice Principal Curriculum and Quality",
               "Approved by the Corporation"),
              ("1.1", "16/12/2024", "Head of Quality", "Term 1 RAG update")]:
        add_row(t, list(v))

    doc.add_paragraph(
        "RAG key: G = on track; A = some slippage, mitigation in place; R = off track; "
        "Complete = action completed and impact evidenced.")

    cols = ["Ref", "Action", "Responsibility", "Target date", "Impact measure",
            "RAG (Dec 24)"]

    def theme(title):
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, cols)
        return t

    t = theme("Theme 1: Quality of education")
    merged_row(t, "AFI 1: Leaders should ensure that teachers on 16 to 18 study programmes "
                  "use assessment consistently well to check learners' understanding and "
                  "plan future learning.", "E2EFD9")
    add_row(t, ["1.1", "Deliver a CPD programme on questioning and checking understanding "
                "for all teaching staff, followed up through learning walks.",
                "Head of Teaching, Learning and Assessment", "Spring term 2025",
                "80% of observed sessions show effective checking of understanding", "G"])
    add_row(t, ["1.2", "Hold assessment standardisation in every curriculum area and sample "
                "marking through the quality calendar.",
                "Curriculum Directors", "Termly",
                "Standardisation records in place for all areas", "G"])
    merged_row(t, "AFI 2: Leaders should ensure that apprentices receive timely, well-planned "
                  "off-the-job training and that employers take part in progress reviews.",
               "E2EFD9")
    add_row(t, ["1.3", "Re-plan off-the-job training schedules for all land-based "
                "apprenticeship standards and monitor hours monthly on the e-portfolio.",
                "Head of Apprenticeships", "31/01/2025",
                "All apprentices on track with planned OTJ hours", "Complete"])
    add_row(t, ["1.4", "Hold tripartite progress reviews every 10 weeks with the employer "
                "present, using the revised review template.",
                "Head of Apprenticeships / Apprenticeship Team Leaders", "March 2025",
                "95% of reviews on time with employer attendance", "A"])

    t = theme("Theme 2: Behaviour and attitudes")
    merged_row(t, "SAR priority 3: Improve attendance on English and mathematics courses to "
                  "at least 88%.", "E2EFD9")
    add_row(t, ["2.1", "Introduce same-day absence follow-up by Learner Progress Coaches for "
                "all English and maths sessions.",
                "Head of Learner Services", "Autumn term 2024",
                "Attendance at 88% or above by end of term 1", "Complete"])
    add_row(t, ["2.2", "Timetable English and maths on the same day as vocational sessions "
                "for all full-time 16 to 18 learners.",
                "Assistant Principal Curriculum Planning", "Summer term 2025",
                "2025/26 timetable published with co-located sessions", "G"])

    t = theme("Theme 3: Leadership and management")
    merged_row(t, "AFI 3: Governors should receive more detailed information on the quality "
                  "of apprenticeship provision so that they can challenge leaders "
                  "effectively.", "E2EFD9")
    add_row(t, ["3.1", "Add an apprenticeship quality dashboard (achievement, timeliness, "
                "off-the-job hours and learners past their planned end date) to every "
                "Curriculum and Quality Committee pack.",
                "Director of Planning and MIS", "Dec-24",
                "Dashboard in every committee pack", "Complete"])
    add_row(t, ["3.2", "Appoint a link governor for apprenticeships and schedule two deep "
                "dives a year.",
                "Clerk to the Corporation", "30/04/2025",
                "Link governor in place; first deep dive minuted", "R"])
    doc.save(out("wl-bishop-burton-college-quality-improvement-plan-2024-25.docx"))


# ---------------------------------------------------------------------------
# 6. Leeds Trinity University Board of Governors action log (csv, read)
# ---------------------------------------------------------------------------
def make_leeds_trinity():
    rows = [
        ["Leeds Trinity University – Board of Governors action log", "", "", "", "", "", "", ""],
        ["Open and recently closed actions – report run 12/11/2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action ID", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "RAG",
         "Update"],
        ["BG-24-014", "21/03/2024", "24/18.3",
         "Provide the Board with a benchmarked analysis of the staff pay award options "
         "before the July meeting.",
         "Director of People", "Jul-24", "Complete",
         "Paper presented at July Board (item 24/41)."],
        ["BG-24-017", "21/03/2024", "24/22.1",
         "Commission an external review of the University's readiness for the OfS "
         "condition E6 on harassment and sexual misconduct.",
         "University Secretary", "31/07/2024", "Complete",
         "Review completed; report to Audit and Risk Committee on 10/10/2024."],
        ["BG-24-029", "04/07/2024", "24/44.2",
         "Bring the revised Estates Masterplan, including the phasing of the city centre "
         "campus, to the Board for approval.",
         "Chief Operating Officer; Director of Estates", "Nov-24", "Green",
         "On the agenda for 28/11/2024."],
        ["BG-24-030", "04/07/2024", "24/45.1",
         "Update the 2024/25 budget for the revised international recruitment forecast and "
         "circulate it to members.",
         "Chief Financial Officer", "September 2024", "Complete",
         "Circulated 19/09/2024; noted at October meeting."],
        ["BG-24-036", "10/10/2024", "24/58.4",
         "Refresh the Strategic Risk Register to add a risk on franchised provision and "
         "oversight of partners.",
         "University Secretary / Head of Risk and Assurance", "Next meeting", "Amber",
         "Draft risk agreed by Executive Board; scores to be validated by \"deep dive\" "
         "with Audit and Risk Committee chair."],
        ["BG-24-037", "10/10/2024", "24/59.2",
         "Arrange a governor development session on:\n1) the OfS regulatory framework;\n"
         "2) free speech duties under the 2023 Act.",
         "Clerk to the Board", "January 2025", "Green",
         "Provisionally booked for the January away day."],
        ["BG-24-038", "10/10/2024", "24/60.1",
         "Report the outcomes of the National Student Survey 2024 deep dive, with actions "
         "for the lowest-scoring subject areas.",
         "Pro Vice-Chancellor (Education and Student Experience)", "28/11/2024", "Green",
         "Paper in preparation."],
        ["BG-24-041", "10/10/2024", "24/62.3",
         "Confirm the timetable for the external Board effectiveness review and the "
         "appointment of the reviewer.",
         "Chair of Governance and Nominations Committee", "Dec-24", "Red",
         "Procurement delayed; quotes being sought from two providers."],
        ["", "", "", "", "", "", "", ""],
        ["Total: 8 actions (Complete 3, Green 3, Amber 1, Red 1)", "", "", "", "", "", "", ""],
    ]
    path = out("wl-leeds-trinity-university-board-of-governors-action-log.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Ofsted renewed framework programme highlight report (txt, read)
# ---------------------------------------------------------------------------
def make_ofsted():
    T = "\t"
    lines = [
        "OFFICIAL",
        "Ofsted – Renewed Education Inspection Framework and Report Cards Programme: Highlight Report",
        "Ofsted Board, 15 July 2025",
        "Reporting period: 1 May 2025 to 30 June 2025",
        "Senior Responsible Owner: National Director, Education",
        "Overall delivery confidence: Amber (previous period: Amber)",
        "",
        "1. Summary of progress",
        "The consultation closed on 28 April 2025 with more than 6,000 responses. Analysis is "
        "complete and the response, with final toolkits, is on track for publication in "
        "September 2025. Test visits continued in all remits. Inspector training design is "
        "complete and delivery starts in August.",
        "",
        "2. Milestones",
        T.join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG", "Comment"]),
        "Workstream A: Framework, toolkits and operating guides",
        T.join(["A1", "Complete analysis of consultation responses and agree changes with "
                "Executive Board", "Director, Inspection Policy", "Jun-25", "Jun-25",
                "Complete", "Agreed at Executive Board on 24 June."]),
        T.join(["A2", "Publish the consultation response, final toolkits and operating guides "
                "for all remits", "Director, Inspection Policy", "Sep-25", "Sep-25", "G", ""]),
        T.join(["A3", "Complete the programme of test visits in schools, early years and "
                "further education and skills", "Regional Directors", "Jul-25", "Jul-25",
                "G", "62 test visits completed to date."]),
        "Workstream B: Inspector workforce and training",
        T.join(["B1", "Train all HMI and Ofsted Inspectors on the renewed framework",
                "Head of Inspector Training / Regional Directors", "Oct-25", "Oct-25", "A",
                "Contracted OI availability in September is lower than planned."]),
        T.join(["B2", "Run calibration and quality assurance events for all lead inspectors",
                "Head of Inspector Training", "Oct-25", "Nov-25", "A",
                "Moved to follow training; no impact on go-live."]),
        "Workstream C: Report cards and digital",
        T.join(["C1", "Complete accessibility and user testing of the report card with parents "
                "and carers", "Chief Digital and Information Officer", "Jun-25", "Aug-25", "R",
                "Second round of testing needed after design changes."]),
        T.join(["C2", "Go live with report card publication on the Find an Ofsted inspection "
                "report service", "Chief Digital and Information Officer", "Nov-25", "Nov-25",
                "G", ""]),
        "Workstream D: Evaluation and engagement",
        T.join(["D1", "Commission an independent evaluation of the renewed framework",
                "Director, Research and Evaluation", "Jul-25", "Sep-25", "A",
                "Procurement route agreed with DfE."]),
        T.join(["D2", "Monitor the impact on leaders' workload and well-being through a "
                "termly survey", "Director, Research and Evaluation", "Ongoing", "Ongoing",
                "G", ""]),
        "",
        "3. Key risks and issues",
        "- Inspector capacity in autumn 2025 (owner: Regional Directors).",
        "- Late changes to report card design affecting digital delivery (owner: Chief "
        "Digital and Information Officer).",
        "",
        "4. Decisions required from the Board",
        "None this period.",
        "",
        "RAG key: G = on track; A = at risk but recoverable; R = off track, intervention "
        "needed; Complete = milestone delivered.",
        "",
    ]
    path = out("wl-ofsted-renewed-inspection-framework-report-cards-programme-highlight-report.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    make_uhmbt()
    make_glos()
    make_incommunities()
    make_willow()
    make_bishop_burton()
    make_leeds_trinity()
    make_ofsted()
    print("done")
