"""Build the seven hj1- blind test files (set heldout252).

Run with /work/main/.venv/bin/python hj1_make.py ; files are written beside this script.
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


def out(name):
    return os.path.join(HERE, name)


def D(y, m, d):
    return dt.datetime(y, m, d)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}


def xl_row(ws, r, values, bold=False, border=True):
    for c, v in enumerate(values, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        if border:
            cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, dt.datetime):
            cell.number_format = "dd/mm/yyyy"


# ---------------------------------------------------------------------------
# 1. North Tees and Hartlepool NHS FT - CQC must do / should do (xlsx, read)
# ---------------------------------------------------------------------------
def make_north_tees():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 34
    cov.column_dimensions["D"].width = 44
    cov["A1"] = "North Tees and Hartlepool NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov.merge_cells("A1:D1")
    cov["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=12)
    cov.merge_cells("A2:D2")
    cov["A3"] = ("University Hospital of North Tees: Urgent and Emergency Care and "
                 "Medical Care (including older people's care)")
    cov.merge_cells("A3:D3")
    info = [
        ("Inspection dates", "14–16 November 2023"),
        ("Report published", "7 March 2024"),
        ("Position as at", "31 October 2024"),
        ("Executive owner", "Chief Nurse"),
        ("Reporting route", "Quality Improvement Group → Quality Assurance Committee → Board of Directors"),
    ]
    for i, (k, v) in enumerate(info, start=5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A11"] = "Document control"
    cov["A11"].font = Font(bold=True)
    xl_row(cov, 12, ["Version", "Date", "Author", "Summary of changes"], bold=True)
    xl_row(cov, 13, ["0.1", "28/03/2024", "Head of Compliance and Regulation",
                     "First draft following publication of report"])
    xl_row(cov, 14, ["1.0", "18/04/2024", "Head of Compliance and Regulation",
                     "Approved at Quality Assurance Committee"])
    xl_row(cov, 15, ["1.4", "31/10/2024", "Compliance Officer", "October 2024 progress update"])
    cov["A17"] = "RAG key"
    cov["A17"].font = Font(bold=True)
    key = [
        ("B", "Complete – evidence reviewed and assured at Quality Improvement Group"),
        ("G", "On track to complete by the agreed date"),
        ("A", "At risk – some slippage, mitigations in place"),
        ("R", "Off track – date missed or will be missed"),
    ]
    for i, (k, v) in enumerate(key, start=18):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = FILL[k]
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        cov.cell(row=i, column=2, value=v)

    summ = wb.create_sheet("Summary")
    summ.column_dimensions["A"].width = 16
    summ["A1"] = "Summary of progress – October 2024"
    summ["A1"].font = Font(bold=True, size=12)
    xl_row(summ, 3, ["", "Actions", "B", "G", "A", "R"], bold=True)
    xl_row(summ, 4, ["Must Do", 6, 2, 2, 1, 1])
    xl_row(summ, 5, ["Should Do", 3, 1, 1, 1, 0])
    xl_row(summ, 6, ["Total", 9, 3, 3, 2, 1], bold=True)

    md = wb.create_sheet("Must Do")
    widths = [9, 46, 16, 50, 30, 14, 14, 10, 10, 44, 26]
    for i, w in enumerate(widths, start=1):
        md.column_dimensions[chr(64 + i)].width = w
    md["A1"] = "MUST DO actions – Regulation breaches (Requirement Notices)"
    md["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    md["A1"].fill = FILL["navy"]
    md.merge_cells("A1:K1")
    md["A2"] = "Previous RAG = September 2024 Quality Improvement Group; Current RAG = October 2024."
    md["A2"].font = Font(italic=True)
    md.merge_cells("A2:K2")
    xl_row(md, 3, ["Ref", "Must Do (CQC report wording)", "Regulation", "Action", "Lead(s)",
                   "Original completion date", "Revised completion date", "Previous RAG",
                   "Current RAG", "Progress update (October 2024)", "Evidence of completion"], bold=True)

    def band(ws, r, text, last="K"):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = FILL["grey"]
        ws.merge_cells(f"A{r}:{last}{r}")

    band(md, 4, "Urgent and Emergency Care")
    rows = [
        (5, "MD1.1",
         "The trust must ensure that patients in the emergency department receive timely initial "
         "assessment and triage within 15 minutes of arrival.",
         "Regulation 12(1)(2)(a)",
         "Introduce a rapid assessment and triage (RAT) nurse on every shift, 08:00–02:00, with "
         "escalation to the nurse in charge when the 15-minute standard is breached.",
         "Head of Nursing – Urgent Care", D(2024, 5, 31), None, "B", "B",
         "RAT nurse rota in place from 13 May 2024. Median time to triage 11 minutes (September 2024).",
         "Rota; triage audit Q2"),
        (6, "MD1.2", None, None,
         "Audit time to triage weekly and report compliance to the Urgent Care Group governance meeting.",
         "Clinical Director for Urgent Care / Head of Nursing – Urgent Care", D(2024, 6, 30),
         D(2024, 9, 30), "G", "B",
         "Weekly audit embedded; compliance 92% in September 2024.", "UCG minutes September 2024"),
        (7, "MD2.1",
         "The trust must ensure that staff complete and record risk assessments, including falls and "
         "pressure ulcer risk assessments, for patients who remain in the department for more than 6 hours.",
         "Regulation 12(2)(a)(b)",
         "Launch the ED long-stay patient bundle on the electronic patient record with mandatory fields "
         "for falls, skin integrity and nutrition at 6 hours.",
         "Matron – Emergency Department; Digital Clinical Safety Lead", D(2024, 7, 31), "Q4 2024/25",
         "A", "A",
         "Bundle built; go-live delayed by EPR upgrade. Paper bundle in use as interim mitigation.", None),
    ]
    band(md, 8, "Medical Care (including older people's care)")
    rows += [
        (9, "MD3.1",
         "The trust must ensure that there are sufficient numbers of suitably qualified, competent and "
         "experienced nursing staff on medical wards at night.",
         "Regulation 18(1)",
         "Complete the establishment review of medical wards using the Safer Nursing Care Tool and fund "
         "the agreed night-time uplift.",
         "Deputy Chief Nurse", D(2024, 9, 30), D(2024, 12, 31), "A", "R",
         "SNCT data collection complete. Business case for uplift deferred to November Finance and "
         "Performance Committee.", None),
        (10, "MD4.1",
         "The trust must ensure that mental capacity assessments and best interest decisions are completed "
         "and documented for patients who lack capacity to consent to care and treatment.",
         "Regulation 11(1)",
         "Deliver face-to-face Mental Capacity Act training to all registered nurses on the medical wards.",
         "Lead Nurse for Safeguarding Adults", D(2024, 10, 31), None, "G", "G",
         "81% of registered nurses trained; remaining sessions booked for October.", None),
        (11, "MD4.2", None, None,
         "Add a monthly MCA documentation audit to the ward accreditation programme, with results shared "
         "at the Medicine Care Group quality meeting.",
         "Associate Director of Nursing – Medicine Care Group", D(2024, 11, 30), None, "G", "G",
         "Audit tool agreed; first audit due November 2024.", None),
    ]
    for (r, ref, mdo, reg, act, lead, orig, rev, prev, cur, prog, ev) in rows:
        xl_row(md, r, [ref, mdo, reg, act, lead, orig, rev, prev, cur, prog, ev])
        for c in (2, 3, 7, 11):
            md.cell(row=r, column=c).border = BOX
        for col, val in ((8, prev), (9, cur)):
            cell = md.cell(row=r, column=col)
            cell.fill = FILL[val]
            cell.alignment = Alignment(horizontal="center", vertical="top")
    md.merge_cells("B5:B6")
    md.merge_cells("C5:C6")
    md.merge_cells("B10:B11")
    md.merge_cells("C10:C11")
    md["A13"] = ("Note: actions rated B are closed only once the evidence has been reviewed at the "
                 "Quality Improvement Group.")
    md["A13"].font = Font(italic=True)
    md.merge_cells("A13:K13")
    md.freeze_panes = "A4"

    sd = wb.create_sheet("Should Do")
    widths = [7, 26, 46, 50, 34, 13, 13, 10, 10, 44]
    for i, w in enumerate(widths, start=1):
        sd.column_dimensions[chr(64 + i)].width = w
    sd["A1"] = "SHOULD DO actions"
    sd["A1"].font = Font(bold=True, size=12, color="FFFFFF")
    sd["A1"].fill = FILL["navy"]
    sd.merge_cells("A1:J1")
    xl_row(sd, 2, ["Ref", "Core service", "Should Do (CQC report wording)", "Action", "Lead",
                   "Target date", "Revised date", "Previous RAG", "Current RAG",
                   "Progress update (October 2024)"], bold=True)
    srows = [
        (3, "SD1", "Urgent and Emergency Care",
         "The trust should ensure that children waiting in the emergency department are cared for in an "
         "area that is separate from adults.",
         "Reconfigure the paediatric waiting area and install a secure door between the adult and "
         "children's waiting areas.",
         "Estates Project Manager; Head of Nursing – Urgent Care", D(2024, 8, 31), None, "B", "B",
         "Works completed 22 August 2024."),
        (4, "SD2", "Medical Care (including older people's care)",
         "The trust should ensure that call bells are within reach of patients and answered promptly.",
         "Add call bell checks to the hourly intentional rounding chart and audit monthly.",
         "Ward Managers – Medicine", D(2024, 12, 31), None, "G", "G",
         "Rounding chart updated. Monthly audit 94% compliant."),
        (5, "SD3", "Medical Care (including older people's care)",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours of discharge.",
         "Implement automated sending of electronic discharge summaries from the EPR and report daily "
         "compliance to care group teams.",
         "Chief Clinical Information Officer / Care Group Director – Medicine", D(2024, 9, 30),
         "March 2025", "A", "A",
         "Automated send live on 4 wards; remaining wards to follow EPR upgrade."),
    ]
    for (r, ref, cs, sdo, act, lead, tgt, rev, prev, cur, prog) in srows:
        xl_row(sd, r, [ref, cs, sdo, act, lead, tgt, rev, prev, cur, prog])
        sd.cell(row=r, column=7).border = BOX
        for col, val in ((8, prev), (9, cur)):
            cell = sd.cell(row=r, column=col)
            cell.fill = FILL[val]
            cell.alignment = Alignment(horizontal="center", vertical="top")
    sd.freeze_panes = "A3"
    wb.save(out("hj1-north-tees-hartlepool-nhsft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def merged_row(table, text, fill=None, bold=True):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[-1])
    set_cell(c, text, bold=bold)
    if fill:
        shade(c, fill)
    return c


# ---------------------------------------------------------------------------
# 2. Livewell Southwest - CQC mental health must do / should do (docx, read)
# ---------------------------------------------------------------------------
def make_livewell():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Livewell Southwest")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_heading("CQC Improvement Plan – Mental Health Inpatient Core Services", level=1)
    doc.add_paragraph("Core services inspected: Acute wards for adults of working age and psychiatric "
                      "intensive care units; Wards for older people with mental health problems")
    doc.add_paragraph("Unannounced inspection: 9–11 July 2024. Report published: 2 October 2024.")
    doc.add_paragraph("Progress position: 31 January 2025 (report to Quality and Performance "
                      "Committee, 20 February 2025)")

    doc.add_paragraph().add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        set_cell(c, h, bold=True)
    for vals in (["1.0", "31/10/2024", "Head of Regulatory Compliance", "Director of Nursing"],
                 ["1.3", "31/01/2025", "Regulatory Compliance Officer", "Quality and Performance Committee"]):
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            set_cell(c, v)

    doc.add_paragraph().add_run("RAG status key").bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Status", bold=True)
    set_cell(t.rows[0].cells[1], "Definition", bold=True)
    key = [("Blue", "0070C0", "Action complete and evidence validated by the Compliance team"),
           ("Green", "00B050", "On track to deliver by the target date"),
           ("Amber", "FFC000", "Risk to delivery by the target date; mitigation in place"),
           ("Red", "FF0000", "Target date missed or action not progressing")]
    for word, fill, defn in key:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], fill)
        set_cell(cells[1], defn)

    fills = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    header = ["Ref", "Action", "Responsible lead", "Target date", "RAG", "Progress / evidence"]

    def section(title, blocks):
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, header):
            set_cell(c, h, bold=True)
            shade(c, "D9D9D9")
        for req, actions in blocks:
            merged_row(tb, req, fill="DDEBF7")
            for ref, act, lead, date, rag, prog in actions:
                cells = tb.add_row().cells
                for c, v in zip(cells, [ref, act, lead, date, rag, prog]):
                    set_cell(c, v)
                shade(cells[4], fills[rag])

    section("Section 1: Acute wards for adults of working age and psychiatric intensive care units", [
        ("MUST DO 1 – The provider must ensure that staff monitor and record patients' physical health "
         "following the administration of rapid tranquillisation. (Regulation 12)", [
            ("1.1", "Revise the rapid tranquillisation policy and post-RT monitoring chart so that "
                    "observations every 15 minutes for the first hour are mandatory in the electronic record.",
             "Consultant Nurse – Restrictive Practice; Chief Pharmacist", "31/12/2024", "Blue",
             "Policy ratified at Medicines Optimisation Group 10/12/2024; mandatory form live in SystmOne."),
            ("1.2", "Undertake a monthly audit of post-RT physical health monitoring on the acute wards and "
                    "PICU and feed back results through ward safety huddles.",
             "Matron – Acute Inpatients", "Ongoing – monthly", "Green",
             "Audits December and January: 88% and 91% compliance."),
        ]),
        ("MUST DO 2 – The provider must ensure that ligature risk assessments are reviewed and updated "
         "following changes to the ward environment. (Regulation 12)", [
            ("2.1", "Review all ward ligature risk assessments and environmental risk registers, signed off "
                    "jointly by the ward manager and the estates lead, after any change to the environment "
                    "and at least every 6 months.",
             "Head of Health, Safety and Security / Ward Managers", "28/02/2025", "Amber",
             "Reviews complete on 5 of 7 wards; remaining 2 scheduled for February."),
        ]),
        ("SHOULD DO 1 – The provider should ensure that patients have access to psychological therapies "
         "while on the ward.", [
            ("3.1", "Recruit two inpatient psychologists and publish a weekly ward-based therapy timetable "
                    "on each acute ward.",
             "Associate Director of Psychological Services", "31/03/2025", "Green",
             "One post appointed (start date 3 March 2025); second post out to advert."),
        ]),
    ])
    section("Section 2: Wards for older people with mental health problems", [
        ("MUST DO 3 – The provider must ensure that staff follow the Mental Capacity Act 2005 when "
         "patients are given medicines covertly. (Regulation 11)", [
            ("4.1", "Introduce a covert medication pathway requiring a recorded capacity assessment, best "
                    "interest meeting and pharmacy review before covert administration begins.",
             "Clinical Director – Older People's Mental Health; Lead Pharmacist – Older Adults",
             "30/11/2024", "Blue",
             "Pathway launched 18/11/2024. Audit of 12 patients found 12 fully compliant."),
        ]),
        ("SHOULD DO 2 – The provider should ensure that ward environments are dementia friendly.", [
            ("5.1", "Complete a dementia-friendly environment assessment (King's Fund tool) on each older "
                    "people's ward.",
             "Matron – Older Adult Inpatients", "31/01/2025", "Blue",
             "Assessments complete on both wards."),
            ("5.2", "Deliver the environmental improvements identified by the assessments, including "
                    "signage, colour-contrasted bathrooms and clocks showing the date and time.",
             "Head of Estates Projects", "30/06/2025", "Amber",
             "Capital funding of £48,000 approved; signage order placed."),
        ]),
    ])
    doc.add_paragraph("Next update to Quality and Performance Committee: April 2025.")
    doc.save(out("hj1-livewell-southwest-cqc-mental-health-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. The Maltings Surgery - GP CQC action plan (csv, read)
# ---------------------------------------------------------------------------
def make_maltings():
    rows = [
        ["The Maltings Surgery – CQC Inspection Action Plan", "", "", "", "", "", "", ""],
        ["Inspection date: 18 June 2024; report published 2 August 2024; overall rating: Requires improvement",
         "", "", "", "", "", "", ""],
        ["Prepared by: Practice Manager. Reviewed at partners' meeting 10/09/2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["No.", "Key question / regulation", "CQC finding", "Action", "Owner", "Deadline", "Status",
         "Comments"],
        ["1", "Safe – Regulation 12 Safe care and treatment",
         "Patients prescribed high-risk medicines (methotrexate, lithium) were not always monitored in line "
         "with guidance.",
         "Run a weekly search for patients on methotrexate and lithium without up-to-date blood results and "
         "recall them.",
         "Clinical Pharmacist", "31/08/2024", "Complete", "Search set up on EMIS and runs every Monday."],
        ["2", "", "",
         "Review all 47 patients identified at inspection and document the outcome in each record.",
         "Dr K Mensah / Dr R Shah", "30/09/2024", "Complete", "All 47 reviewed; 3 medication changes."],
        ["3", "",
         "Safety alerts (MHRA) had not always been actioned for all affected patients.",
         "Create a safety alerts log with named GP sign-off and an audit trail of patient searches.",
         "Practice Manager & Clinical Pharmacist", "Sept 2024", "On track",
         "Log drafted; sign-off process agreed at clinical meeting."],
        ["4", "Well-led – Regulation 17 Good governance",
         "Staff training records were incomplete, and safeguarding training for some clinicians had expired.",
         "Update the training matrix and book all overdue safeguarding level 3 training for clinicians.\n"
         "Training matrix to be reviewed at monthly practice meeting.",
         "Practice Manager", "End of October 2024", "Amber", "6 of 8 clinicians now up to date."],
        ["5", "",
         "Recruitment checks (DBS, references) were not available for two recently appointed staff.",
         "Carry out a retrospective audit of all staff files against Schedule 3 and obtain missing DBS "
         "checks and references.",
         "Practice Manager; HR Administrator", "30/11/2024", "Not started", ""],
        ["6", "Responsive – Regulation 16 Receiving and acting on complaints",
         "Verbal complaints were not recorded, so learning could not be identified.",
         "Record verbal complaints on the complaints log and review themes quarterly at the practice meeting.",
         "Reception Supervisor / Practice Manager", "Ongoing", "On track",
         "First quarterly review due December 2024."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete = action finished and evidenced; On track = progressing to deadline; "
         "Amber = at risk of missing deadline; Not started", "", "", "", "", "", "", ""],
    ]
    with open(out("hj1-the-maltings-surgery-cqc-inspection-action-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. London South Bank University - Ofsted apprenticeships PIAP (txt, tab-separated, read)
# ---------------------------------------------------------------------------
def make_lsbu():
    ncol = 7
    lines = [
        ["London South Bank University"],
        ["Apprenticeships Post-Inspection Action Plan (PIAP)"],
        ["Ofsted inspection of apprenticeship provision: 23–26 January 2024. Plan monitored by the "
         "Apprenticeships Quality Board."],
        ["Last updated: 14/11/2024"],
        [],
        ["Ref", "Action", "Lead", "Start", "Target completion", "RAG", "Impact / progress to date"],
        ["Leadership and management"],
        ["AFI 1: Leaders should ensure that all apprentices receive their full entitlement to off-the-job "
         "training and that it is recorded accurately."],
        ["1.1", "Introduce a termly off-the-job training check in each progress review, signed by the "
                "apprentice, the employer and the academic tutor.",
         "Head of Apprenticeships", "Feb 2024", "July 2024", "B",
         "In place for all 612 apprentices from the summer term; off-the-job shortfall reduced from 19% to 6%."],
        ["1.2", "Build an off-the-job hours dashboard in the e-portfolio and report apprentices below their "
                "planned hours to course directors monthly.",
         "Apprenticeship Compliance Manager / Course Directors", "Mar 2024", "Sept 2024 – Jan 2025", "G",
         "Dashboard live for the School of Engineering; roll-out to remaining schools in progress."],
        ["AFI 2: Leaders should strengthen governors’ oversight of the quality of apprenticeship provision."],
        ["2.1", "Provide an apprenticeships quality report, including progress and achievement data, to each "
                "meeting of the Academic Board and a termly summary to the Board of Governors.",
         "Pro Vice-Chancellor (Education)", "Apr 2024", "31/03/2025", "G",
         "Quality reports presented in June and October 2024."],
        ["Quality of education"],
        ["AFI 3: Tutors should use apprentices’ starting points to plan an individualised programme, "
         "particularly for apprentices with significant prior experience."],
        ["3.1", "Revise the initial skills scan so that it is completed with the employer before the "
                "programme starts and used to adjust the training plan.",
         "School Apprenticeship Leads (ENG, HSC, BUS)", "Mar 2024", "Dec 2024", "A",
         "Revised skills scan in use for September 2024 starters; adjustments to training plans not yet "
         "consistent."],
        ["3.2", "Train all academic tutors in using the skills scan to set individual targets.",
         "Academic Development Lead", "May 2024", "Oct 2024", "R",
         "Only 54% of tutors trained; further sessions scheduled for December."],
        ["AFI 4: Leaders should ensure that apprentices receive impartial careers advice and guidance about "
         "their next steps towards the end of their programme."],
        ["4.1", "Add a careers guidance session with the Employability and Careers Service to the final "
                "progress review of every apprenticeship.",
         "Head of Employability and Careers Service", "Sep 2024", "Ongoing", "G",
         "Sessions delivered to 48 apprentices approaching end-point assessment."],
        [],
        ["RAG: B = complete and impact evidenced; G = on track; A = at risk; R = off track"],
        ["Note: Start is the month the action began."],
    ]
    with open(out("hj1-london-south-bank-university-ofsted-apprenticeships-piap.txt"), "w",
              encoding="utf-8", newline="") as f:
        for ln in lines:
            cells = ln + [""] * (ncol - len(ln)) if ln else [""] * ncol
            f.write("\t".join(cells) + "\r\n")


# ---------------------------------------------------------------------------
# 5. Broadfield Primary School - post-Ofsted action plan (docx, read)
# ---------------------------------------------------------------------------
def make_broadfield():
    doc = Document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Broadfield Primary School")
    r.bold = True
    r.font.size = Pt(16)
    h = doc.add_heading("Post-Ofsted Action Plan 2025–26", level=1)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Ofsted inspection: 11–12 March 2025. This plan sets out how we will act on the "
                      "points in the report under What does the school need to do to improve? It is "
                      "reviewed by the Standards and Curriculum Committee every half term.")
    doc.add_paragraph("Key: Green = achieved; Amber = in progress; Red = not on track / concern. "
                      "RAG cells are left white until work has started.")

    G, A, R = "00B050", "FFC000", "FF0000"
    header = ["Action", "Lead", "Timescale", "Monitoring (who / when)", "Success criteria", "RAG"]

    def priority(title, text, actions):
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        merged_row(t, title, fill="1F3864")
        merged_row(t, text, fill="DDEBF7", bold=False)
        hdr = t.add_row().cells
        for c, v in zip(hdr, header):
            set_cell(c, v, bold=True)
            shade(c, "D9D9D9")
        for act, lead, when, mon, succ, rag in actions:
            cells = t.add_row().cells
            for c, v in zip(cells[:5], [act, lead, when, mon, succ]):
                set_cell(c, v)
            set_cell(cells[5], "")
            if rag:
                shade(cells[5], rag)
        doc.add_paragraph()

    priority(
        "Priority 1: Curriculum in the foundation subjects",
        "In some foundation subjects, leaders have not identified the precise knowledge that pupils should "
        "learn and when. Leaders should ensure that the curriculum in these subjects sets out the important "
        "knowledge pupils need, in a logical order, from the early years to Year 6.",
        [
            ("Subject leaders for history, geography and DT to map the key knowledge and vocabulary for each "
             "unit from EYFS to Year 6.",
             "Curriculum Lead / subject leaders", "Autumn term 2025",
             "DHT – book looks and pupil voice, Nov 2025",
             "Progression documents in place for all three subjects.", G),
            ("Release time for subject leaders to work with the local authority curriculum adviser on "
             "sequencing units.",
             "Headteacher", "Sept–Oct 2025", "HT – meeting notes",
             "Each subject leader has had two half-day sessions.", A),
            ("Governor link visits to check that pupils can recall the key knowledge from previous units.",
             "Chair of Standards and Curriculum Committee", "Summer term 2026",
             "Full Governing Board – July 2026",
             "Pupils in Years 2, 4 and 6 recall key knowledge from earlier units.", None),
        ])
    priority(
        "Priority 2: Early reading",
        "Some pupils who are falling behind in phonics do not get the help they need to catch up quickly. "
        "Leaders should ensure that staff are trained to deliver the phonics programme consistently well and "
        "that extra support is precisely targeted.",
        [
            ("Whole-staff refresher training on the school's validated phonics programme, including teaching "
             "assistants.",
             "English Lead; EYFS Lead", "By 31 October 2025", "HT – training log",
             "All staff who teach phonics trained.", G),
            ("Six-weekly phonics assessments to identify pupils who need daily keep-up sessions.",
             "English Lead", "Termly", "DHT – assessment data each half term",
             "Gaps closing for pupils in keep-up groups.", A),
            ("Observe keep-up sessions and give feedback to the staff delivering them.",
             "HT / English Lead", "March 2026", "Standards and Curriculum Committee",
             "Keep-up sessions consistently follow the programme.", None),
        ])
    priority(
        "Priority 3: Attendance",
        "Too many disadvantaged pupils are persistently absent. Leaders should continue to work with "
        "families to improve the attendance of these pupils.",
        [
            ("Weekly attendance meeting to identify disadvantaged pupils below 90% and agree support with "
             "each family.",
             "Attendance Officer / DHT", "Sept 2025 – July 2026", "HT – weekly",
             "Persistent absence of disadvantaged pupils below 15%.", A),
            ("Offer a free breakfast club place to persistently absent pupils, funded from pupil premium.",
             "Headteacher", "Jan 2026", "Finance Committee",
             "At least 20 pupils attending breakfast club regularly.", R),
        ])

    doc.add_paragraph().add_run("Agreed by").bold = True
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Headteacher", "Chair of Governors", "Date agreed"]):
        set_cell(c, v, bold=True)
    for c, v in zip(t.rows[1].cells, ["A. Whitfield", "R. Osei", "15 September 2025"]):
        set_cell(c, v)
    doc.save(out("hj1-broadfield-primary-school-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Darlington College - Ofsted post-inspection action plan (xlsx, read)
# ---------------------------------------------------------------------------
def make_darlington():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    widths = [7, 44, 50, 30, 16, 32, 44, 8]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Darlington College"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Post-Inspection Action Plan (PIAP) – Ofsted inspection 4–7 February 2025"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress update for Quality and Standards Committee – 17 June 2025"
    ws.merge_cells("A3:H3")
    xl_row(ws, 5, ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead(s)", "Timescale",
                   "Success measure", "Progress update (June 2025)", "RAG"], bold=True)
    for c in range(1, 9):
        ws.cell(row=5, column=c).fill = FILL["teal"]

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=r, column=1).fill = FILL["navy"]
        ws.merge_cells(f"A{r}:H{r}")

    def action(r, ref, afi, act, lead, when, succ, prog, rag):
        xl_row(ws, r, [ref, afi, act, lead, when, succ, prog])
        ws.cell(row=r, column=2).border = BOX
        c = ws.cell(row=r, column=8)
        c.border = BOX
        c.fill = FILL[rag]

    band(6, "Education programmes for young people")
    action(7, "1a",
           "Leaders should ensure that teachers in a few subjects use assessment effectively to check what "
           "learners know and can do, and to identify and close gaps in their knowledge.",
           "Introduce a common assessment-for-learning framework for all study programmes, with training for "
           "all teaching staff on the May staff development day.",
           "Assistant Principal (Quality); Heads of Department", D(2025, 5, 31),
           "90% of observed sessions show effective checks on learning",
           "Framework launched; training delivered 21 May 2025 to 164 staff.", "B")
    action(8, "1b", None,
           "Carry out termly deep dives in the five weakest subject areas to check the impact of assessment "
           "practice.",
           "Vice Principal – Curriculum & Quality", "Jan 2026 (revised from Dec 2025)",
           "Deep dive judgements improve in all five areas",
           "First deep dives scheduled for the autumn term.", "G")
    ws.merge_cells("B7:B8")
    band(9, "Adult learning programmes")
    action(10, "2a",
           "Leaders should ensure that adult learners on access to higher education courses receive timely "
           "and useful feedback on their assignments.",
           "Set and monitor a ten working day turnaround for marked assignments on all Access to HE courses.",
           "Head of Adult Learning", D(2025, 4, 30),
           "Assignments returned within ten working days",
           "Turnaround standard met for 96% of assignments in April.", "B")
    band(11, "Apprenticeships")
    action(12, "3a",
           "Leaders and managers should ensure that employers are fully involved in planning and reviewing "
           "their apprentices' training, so that on-the-job and off-the-job learning are coordinated.",
           "Hold a three-way planning meeting with every employer at the start of the programme and record "
           "agreed on-the-job activities in the training plan.",
           "Head of Apprenticeships / Employer Engagement Manager", D(2025, 9, 30),
           "All training plans show agreed on-the-job activities",
           "Piloted in construction; full roll-out for September 2025 starts.", "G")
    action(13, "3b", None,
           "Include employers in every progress review and share a copy of the review record within five "
           "working days.",
           "Apprenticeship Skills Coaches", D(2025, 7, 31),
           "Employer attendance at reviews 90%+",
           "Employer attendance at reviews 71% (target 90%).", "A")
    action(14, "3c", None,
           "Hold an employer forum each term to share curriculum plans and gather feedback.",
           "Employer Engagement Manager", "Termly",
           "Forum held each term with 20+ employers",
           "First forum held 12 March 2025; second forum postponed – low bookings.", "R")
    ws.merge_cells("B12:B14")

    ws["A16"] = "Key"
    ws["A16"].font = Font(bold=True)
    for r, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage"),
                                ("R", "Off track")], start=17):
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=v)
    ws["A22"] = "Summary: 6 actions – 2 complete, 2 on track, 1 some slippage, 1 off track"
    ws["A22"].font = Font(italic=True)
    ws.merge_cells("A22:D22")
    ws.freeze_panes = "A6"

    g = wb.create_sheet("Inspection grades")
    xl_row(g, 1, ["Inspection area", "Grade"], bold=True)
    for r, (a, gr) in enumerate([("Overall effectiveness", "Requires improvement"),
                                 ("Quality of education", "Requires improvement"),
                                 ("Behaviour and attitudes", "Good"),
                                 ("Personal development", "Good"),
                                 ("Leadership and management", "Requires improvement"),
                                 ("Education programmes for young people", "Requires improvement"),
                                 ("Adult learning programmes", "Good"),
                                 ("Apprenticeships", "Requires improvement")], start=2):
        xl_row(g, r, [a, gr])
    g.column_dimensions["A"].width = 40
    g.column_dimensions["B"].width = 24
    wb.save(out("hj1-darlington-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 7. Marine Management Organisation - ARAC internal audit tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def make_mmo():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Marine Management Organisation"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Internal Audit Recommendations Tracker – Audit and Risk Assurance Committee, 28 January 2025"
    s["A2"].font = Font(bold=True)
    xl_row(s, 4, ["Audit", "Assurance opinion", "High", "Medium", "Low", "Open", "Closed since last ARAC"],
           bold=True)
    summ = [
        ("Fisheries and Seafood Scheme grant assurance", "Limited", 1, 1, 0, 2, 0),
        ("Marine licensing: case management and income", "Moderate", 1, 1, 0, 2, 0),
        ("Cyber security and IT asset management", "Moderate", 1, 1, 1, 3, 0),
        ("Business continuity", "Substantial", 0, 1, 1, 0, 2),
        ("Total", "", 3, 4, 2, 7, 2),
    ]
    for r, vals in enumerate(summ, start=5):
        xl_row(s, r, list(vals), bold=(vals[0] == "Total"))
    s.column_dimensions["A"].width = 48
    s.column_dimensions["B"].width = 18

    ws = wb.create_sheet("Open recommendations")
    widths = [36, 8, 10, 48, 50, 30, 14, 14, 12, 48]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Open internal audit recommendations (GIAA)"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Dates are dd/mm/yyyy. Revised target dates require ARAC agreement."
    ws["A2"].font = Font(italic=True)
    xl_row(ws, 3, ["Audit", "Rec no.", "Priority", "Recommendation", "Agreed management action",
                   "Action owner", "Original target date", "Revised target date", "Status",
                   "Update (January 2025)"], bold=True)
    a1, a2, a3 = ("Fisheries and Seafood Scheme grant assurance",
                  "Marine licensing: case management and income",
                  "Cyber security and IT asset management")
    recs = [
        (4, a1, "1", "High",
         "Management should ensure that grant claims are subject to documented pre-payment checks of "
         "supporting evidence before payment is authorised.",
         "Introduce a pre-payment checklist in the grants system, with a second-officer check for all "
         "claims over £10,000.",
         "Head of Grants", D(2024, 9, 30), "31/12/2024", "Complete",
         "Checklist live from 2 December 2024; GIAA to verify in Q4."),
        (5, a1, "2", "Medium",
         "Management should carry out and record a sample of post-payment verification visits each quarter.",
         "Agree a risk-based post-payment visit programme and record outcomes on the grants tracker.",
         "Grants Operations Manager", D(2024, 12, 31), "", "On track",
         "Q3 visits completed (14 of 15)."),
        (6, a2, "1", "High",
         "Management should reconcile marine licence fee income in the case management system to the "
         "general ledger monthly.",
         "Implement a monthly reconciliation between the case management system and the ledger, reviewed "
         "by Finance.",
         "Head of Marine Licensing; Finance Business Partner", D(2024, 10, 31), "31/03/2025", "Delayed",
         "Interface report rebuilt; first reconciliations for October–December under review."),
        (7, a2, "2", "Medium",
         "Management should set and monitor target timescales for each stage of case handling.",
         "Publish stage targets and add them to the monthly licensing performance dashboard.",
         "Marine Licensing Operations Manager", D(2025, 1, 31), "", "On track",
         "Targets agreed at Licensing Leadership Team in December."),
        (8, a3, "1", "High",
         "Management should maintain a complete and accurate register of IT hardware assets.",
         "Migrate the asset register to the IT service management tool and complete a full physical "
         "verification of laptops and mobile devices.",
         "Head of Digital and Data", D(2024, 11, 30), "Febuary 2025", "Delayed",
         "Migration slipped due to supplier delay; revised date agreed with GIAA."),
        (9, a3, "2", "Medium",
         "Management should ensure that privileged access accounts are reviewed at least quarterly.",
         "Introduce a quarterly privileged access review signed off by the IT Security Manager.",
         "IT Security Manager", D(2025, 3, 31), "", "On track",
         "First review completed in January 2025."),
        (10, a3, "3", "Low",
         "Management should update the IT disposal procedure to reflect current data sanitisation standards.",
         "Revise the IT disposal procedure and publish it on the intranet.",
         "Service Desk Manager", D(2025, 6, 30), "", "Not started", ""),
    ]
    for (r, aud, no, pr, rec, act, owner, orig, rev, st, upd) in recs:
        xl_row(ws, r, [aud, no, pr, rec, act, owner, orig, rev or None, st, upd or None])
        for c in (8, 10):
            ws.cell(row=r, column=c).border = BOX
    ws["A12"] = "Total open recommendations: 7"
    ws["A12"].font = Font(bold=True)
    ws.freeze_panes = "A4"

    cl = wb.create_sheet("Closed since last ARAC")
    for i, w in enumerate([26, 8, 10, 48, 50, 30, 14, 40], start=1):
        cl.column_dimensions[chr(64 + i)].width = w
    cl["A1"] = "Recommendations closed since the October 2024 ARAC"
    cl["A1"].font = Font(bold=True, size=12)
    xl_row(cl, 2, ["Audit", "Rec no.", "Priority", "Recommendation", "Agreed management action",
                   "Action owner", "Date closed", "Status"], bold=True)
    xl_row(cl, 3, ["Business continuity", "1", "Medium",
                   "Management should test the business continuity plan for the Newcastle office at least "
                   "annually.",
                   "Run a desktop exercise of the Newcastle office business continuity plan and record lessons "
                   "learned.",
                   "Head of Corporate Services", D(2024, 11, 15), "Closed – evidence verified by GIAA"])
    xl_row(cl, 4, ["Business continuity", "2", "Low",
                   "Management should ensure that business continuity contact lists are kept up to date.",
                   "Add a quarterly contact list check to the business continuity calendar.",
                   "Business Continuity Coordinator", D(2024, 12, 6), "Closed – evidence verified by GIAA"])
    wb.save(out("hj1-marine-management-organisation-arac-internal-audit-recommendations-tracker-"
                "typo-month-refuse.xlsx"))


if __name__ == "__main__":
    make_north_tees()
    make_livewell()
    make_maltings()
    make_lsbu()
    make_broadfield()
    make_darlington()
    make_mmo()
    print("written:", sorted(f for f in os.listdir(HERE) if f.startswith("hj1-")
                             and not f.endswith(".yaml")))
