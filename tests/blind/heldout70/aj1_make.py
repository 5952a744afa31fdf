"""Generator for the aj1- cases of heldout70 (seven plan documents).

Run with /work/main/.venv/bin/python aj1_make.py (needs python-docx and openpyxl).
Writes the document files beside this script; the .expected.yaml readings are
written by hand and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "pale": PatternFill("solid", fgColor="DEEAF6"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
    "sand": PatternFill("solid", fgColor="FCE4D6"),
}


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ================================================================ 1. UWS QESR (xlsx)
def make_uws():
    wb = Workbook()
    ws = wb.active
    ws.title = "QESR Action Plan"
    ws["A1"] = "University of the West of Scotland – QESR Action Plan 2024"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quality Enhancement and Standards Review (QESR), review visit 7 February 2024. "
                "Action plan approved by Education Advisory Committee, 12 June 2024.")
    ws["A3"] = "Progress update prepared for Senate: January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "QESR Recommendation", "Action", "Lead", "Timescale",
           "Revised timescale", "Progress update (January 2025)", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX

    rec1 = ("1. The University should ensure that its approach to the approval and "
            "monitoring of collaborative provision is applied consistently across all "
            "Schools, with clear institutional oversight of partner arrangements.")
    rec2 = ("2. The University should continue to develop its use of data to monitor "
            "differential student outcomes, including awarding gaps, and ensure that "
            "actions taken by Schools are evaluated for their impact.")
    rec3 = ("3. The University should ensure that students are consistently informed of "
            "the outcomes of programme monitoring and of how their feedback has been "
            "acted upon.")
    rows = [
        ("1.1", rec1,
         "Review the Collaborative Provision Framework and update the approval and annual "
         "monitoring templates for partner programmes.",
         "Head of Academic Quality and Standards", dt.datetime(2025, 3, 31), None,
         "Revised framework drafted and consulted on with Schools in November 2024. "
         "Final version to Education Advisory Committee in March 2025.", "Green"),
        ("1.2", None,
         "Establish a Collaborative Provision Oversight Group, reporting to Education "
         "Advisory Committee, to maintain a register of all partner arrangements.",
         "Vice-Principal (Education)", dt.datetime(2024, 9, 30), None,
         "Group established; first meeting held 24 September 2024 and register in place.",
         "Complete"),
        ("1.3", None,
         "Deliver briefing sessions for School Partnership Leads on the revised framework "
         "and their responsibilities for partner monitoring.",
         "AQ Team / School Partnership Leads", dt.datetime(2025, 1, 31),
         dt.datetime(2025, 4, 30),
         "Sessions postponed until the revised framework is approved. Two sessions now "
         "scheduled for April 2025.", "Amber"),
        ("2.1", rec2,
         "Embed the awarding gap dashboard within the annual programme monitoring "
         "process so that every programme team reviews its own data.",
         "Director of Planning & Insight", dt.datetime(2024, 12, 20), None,
         "Dashboard live in Power BI and included in the 2024 annual monitoring template.",
         "Complete"),
        ("2.2", None,
         "Require each School to set out targeted actions on awarding gaps in its School "
         "Enhancement Plan and to report on their impact at the spring review meetings.",
         "Deans of School", dt.datetime(2025, 6, 30), None,
         "All five School Enhancement Plans now include awarding gap actions. Impact "
         "reporting will take place at the May 2025 review meetings.", "Green"),
        ("2.3", None,
         "Evaluate the impact of School-level interventions through the Academic "
         "Development team's evaluation framework and share findings across the University.",
         "Head of Academic Development", "Ongoing", None,
         "Evaluation framework agreed; first thematic report expected summer 2025.", "Green"),
        ("3.1", rec3,
         "Introduce a 'You said, we did' summary on every programme's VLE page following "
         "each programme board.",
         "Programme Leaders; SU VP Education", dt.datetime(2024, 9, 30),
         dt.datetime(2025, 1, 31),
         "Template agreed with the Students' Union. Roll-out delayed by the VLE upgrade; "
         "now in place on 70% of programme pages.", "Green"),
        ("3.2", None,
         "Work with the Students' Union to revise class representative training so that "
         "reps feed back the outcomes of programme monitoring to their cohorts.",
         "SU Education Officer & Head of Student Success", dt.datetime(2025, 5, 31), None,
         "", "Not started"),
    ]
    status_fill = {"Green": "green", "Amber": "amber", "Complete": "blue", "Red": "red"}
    r = 6
    starts = {}
    for row in rows:
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        st = row[7]
        if st in status_fill:
            ws.cell(row=r, column=8).fill = FILL[status_fill[st]]
            if st == "Complete":
                ws.cell(row=r, column=8).font = Font(color="FFFFFF", bold=True)
        if row[1] is not None:
            starts[row[0][0]] = r
        r += 1
    # merge recommendation cells down their action rows
    ws.merge_cells("B6:B8")
    ws.merge_cells("B9:B11")
    ws.merge_cells("B12:B13")
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    key = [("Complete", "Action completed and evidence held by Academic Quality", "blue"),
           ("Green", "On track to be completed by the agreed timescale", "green"),
           ("Amber", "Some slippage; expected to complete within the academic year", "amber"),
           ("Red", "Significant delay or at risk", "red"),
           ("Not started", "Action not yet due to start", None)]
    for k, meaning, colour in key:
        r += 1
        a = ws.cell(row=r, column=1, value=k)
        if colour:
            a.fill = FILL[colour]
        ws.cell(row=r, column=2, value=meaning)
    widths = {"A": 8, "B": 48, "C": 52, "D": 26, "E": 13, "F": 13, "G": 50, "H": 12}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    ws.freeze_panes = "A6"
    wb.save(out("aj1-uws-qaa-scotland-qesr-action-plan.xlsx"))


# ================================================================ 2. BSDC PIAP (xlsx)
def make_bsdc():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws.merge_cells("A1:H1")
    ws["A1"] = "Burton and South Derbyshire College – Post-Inspection Action Plan (PIAP) 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:H2")
    ws["A2"] = ("Ofsted further education and skills inspection, 14 to 17 May 2024. This plan responds to "
                "the three points in 'What does the provider need to do to improve?' and is monitored "
                "monthly by the Quality Improvement Board and termly by the Standards Committee of the "
                "Corporation.")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 45
    ws.merge_cells("A3:H3")
    ws["A3"] = "Last updated: 27 January 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Responsibility", "Target date", "Revised date",
           "Success measure / impact", "Progress (Jan 2025)", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.border = BOX
        cell.alignment = WRAP

    groups = [
        ("1. Leaders and managers should ensure that all apprentices receive their full "
         "entitlement to off-the-job training and that this is accurately recorded.", [
            ("1.1", "Introduce monthly off-the-job (OTJ) hours reviews in apprenticeship caseload "
                    "meetings, with escalation for any apprentice more than 10% behind their planned hours.",
             "Head of Apprenticeships", dt.datetime(2024, 9, 30), None,
             "All apprentices' OTJ hours reviewed monthly; fewer than 5% behind plan.",
             "Reviews running since September. 3.8% of apprentices behind plan in December.", "blue"),
            ("1.2", "Reconfigure the e-portfolio so that OTJ activity is logged by apprentices weekly "
                    "and signed off by the assessor.",
             "SH / KP", dt.datetime(2024, 10, 31), dt.datetime(2025, 1, 31),
             "OTJ records complete and accurate at audit.",
             "Supplier configuration delayed; new OTJ log went live 13 January 2025.", "green"),
            ("1.3", "Hold employer briefings on OTJ requirements at each progress review and record "
                    "the employer's agreement in the training plan.",
             "Employer Engagement Manager", "Termly", None,
             "Employers understand and release apprentices for OTJ.",
             "Briefings held with 142 employers in the autumn term.", "green"),
        ]),
        ("2. Teachers should ensure that learners on study programmes receive useful feedback "
         "on their written work so that they know what they need to do to improve.", [
            ("2.1", "Launch the revised assessment and feedback policy with minimum expectations "
                    "for written feedback.",
             "AP Quality & Teaching", dt.datetime(2024, 9, 30), None,
             "Policy in place and understood by all teaching staff.",
             "Policy launched at staff development week, September 2024.", "blue"),
            ("2.2", "Deliver CPD on effective feedback through the Teaching and Learning Coaches "
                    "programme, prioritising new teachers.",
             "Teaching & Learning Coaches", "Summer term 2025", None,
             "Learning walks show improved quality of feedback.",
             "Sessions 1 and 2 delivered; 68 staff attended.", "green"),
            ("2.3", "Sample learners' work through quarterly learning walks and report findings to "
                    "the Quality Improvement Board.",
             "Curriculum Heads / Quality Team", dt.datetime(2025, 3, 31), None,
             "Sampling shows at least 85% of work has developmental feedback.",
             "First sample showed 71% of work with developmental feedback; follow-up CPD arranged "
             "in Construction and Engineering.", "amber"),
        ]),
        ("3. Leaders should improve the attendance of learners on English and mathematics courses.", [
            ("3.1", "Appoint attendance officers for each faculty and introduce same-day contact "
                    "for all absences.",
             "Director of Student Services", dt.datetime(2024, 10, 31), None,
             "English and maths attendance at or above 85%.",
             "Four attendance officers in post from October.", "blue"),
            ("3.2", "Timetable English and maths lessons alongside vocational sessions to remove "
                    "gaps in learners' days.",
             "Head of English & Maths", dt.datetime(2025, 8, 31), None,
             "Attendance at English and maths improves to 85%.",
             "Timetabling constraints in 2024/25 mean the full change can only be made for the "
             "September 2025 timetable. Attendance currently 78%.", "red"),
        ]),
    ]
    r = 6
    for heading, actions in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        h = ws.cell(row=r, column=1, value=heading)
        h.font = Font(bold=True)
        h.fill = FILL["pale"]
        h.alignment = WRAP
        ws.row_dimensions[r].height = 32
        r += 1
        for a in actions:
            for c, v in enumerate(a[:7], 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            rag = ws.cell(row=r, column=8)
            rag.fill = FILL[a[7]]
            rag.border = BOX
            r += 1
        r += 1  # blank row between areas
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for colour, meaning in [("blue", "Complete"), ("green", "On track"),
                            ("amber", "At risk of slipping"), ("red", "Behind target")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[colour]
        ws.cell(row=r, column=2, value=meaning)
    widths = {"A": 7, "B": 55, "C": 26, "D": 12, "E": 12, "F": 36, "G": 48, "H": 7}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    wb.save(out("aj1-burton-south-derbyshire-college-ofsted-piap.xlsx"))


# ================================================================ 3. NHS D&G HIS (xlsx)
def make_dg():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    ws["A1"] = "Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    info = [("Healthcare Improvement Scotland inspection:", "Safe delivery of care inspection"),
            ("NHS board:", "NHS Dumfries and Galloway"),
            ("Hospital:", "Dumfries and Galloway Royal Infirmary"),
            ("Date of inspection:", "4 to 6 June 2024"),
            ("Date of action plan:", "2 September 2024 (updated 16 December 2024)")]
    r = 2
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = Font(bold=True)
        ws.cell(row=r, column=3, value=v)
        r += 1
    r += 1  # blank row 7
    hdr = ["Ref", "Action Planned", "Timescale to meet action",
           "Responsibility for taking action", "Progress", "RAG status", "Date completed"]
    hdr_row = r
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=r, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["navy"]
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    plan = [
        ("Domain 2 – Leadership and culture", [
            ("Requirement 1: NHS Dumfries and Galloway must ensure that patients' privacy and "
             "dignity is maintained at all times, including when patients are accommodated in "
             "additional beds in non-standard care areas.", [
                ("1.1", "Review the standard operating procedure for the use of additional beds in the "
                        "Combined Assessment Unit, including clear criteria for which patients may be "
                        "placed in them.",
                 dt.datetime(2024, 8, 31), "Associate Nurse Director – Acute",
                 "SOP revised and approved at the Acute Clinical Governance Group.", "Complete",
                 dt.datetime(2024, 8, 22)),
                ("1.2", "Provide privacy screens at all additional bed spaces and monitor their use "
                        "through weekly senior nurse walkrounds.",
                 "September 2024", "Senior Charge Nurses",
                 "Screens in place. Walkround findings reported to the weekly nursing huddle.",
                 "Green", None),
            ]),
        ]),
        ("Domain 4.1 – Pathways, procedures and policies", [
            ("Requirement 2: NHS Dumfries and Galloway must ensure that all patient care "
             "documentation is accurately and consistently completed, including food and fluid "
             "charts and risk assessments.", [
                ("2.1", "Carry out monthly documentation audits using the Excellence in Care "
                        "assurance tool, with results shared at ward safety huddles.",
                 "Monthly", "Senior Charge Nurses / Lead Nurse",
                 "Audits in place on all inpatient wards since July. Compliance 82% in November.",
                 "Green", None),
                ("2.2", "Deliver training for registered nurses and healthcare support workers on "
                        "completing food, fluid and nutritional care records.",
                 "31/12/2024", "Practice Education Facilitator",
                 "Training delivered to 64% of staff. Remaining sessions booked for January 2025.",
                 "Amber", None),
            ]),
            ("Requirement 3: NHS Dumfries and Galloway must ensure that the care environment and "
             "patient equipment are clean and ready for use.", [
                ("3.1", "Introduce equipment cleaning schedules with clear responsibilities for "
                        "nursing and domestic staff, and 'I am clean' labelling.",
                 "October 2024", "Domestic Services Manager & Senior Charge Nurses",
                 "Schedules and labels in use. Compliance monitored through IPC audits.", "Complete",
                 dt.datetime(2024, 10, 18)),
                ("3.2", "Complete remedial work to damaged flooring and wall surfaces in Wards B7 "
                        "and B8.",
                 "31 March 2025", "Head of Estates",
                 "Ward B7 complete. Ward B8 work depends on decant space becoming available.",
                 "Amber", None),
            ]),
        ]),
        ("Domain 4.3 – Workforce planning", [
            ("Requirement 4: NHS Dumfries and Galloway must ensure that staff complete mandatory "
             "training, including fire safety and adult support and protection training.", [
                ("4.1", "Each Clinical Nurse Manager to agree a trajectory for mandatory training "
                        "compliance with their Senior Charge Nurses and protect time on rotas.",
                 "Q4 2024/25", "Clinical Nurse Managers",
                 "Trajectories agreed. Fire safety compliance 78%, ASP 74% (target 90%).",
                 "Green", None),
            ]),
        ]),
    ]
    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    for domain, reqs in plan:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        d = ws.cell(row=r, column=1, value=domain)
        d.font = Font(bold=True)
        d.fill = FILL["lilac"]
        r += 1
        for req, actions in reqs:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            q = ws.cell(row=r, column=1, value=req)
            q.font = Font(bold=True, italic=True)
            q.alignment = WRAP
            ws.row_dimensions[r].height = 30
            r += 1
            for a in actions:
                for c, v in enumerate(a, 1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "d mmmm yyyy" if c == 3 else "dd/mm/yyyy"
                ws.cell(row=r, column=6).fill = FILL[rag_fill[a[5]]]
                r += 1
    r += 1
    ws.cell(row=r, column=1, value=("RAG status: Complete – action completed; Green – on track; "
                                    "Amber – at risk of not meeting timescale; Red – timescale missed."))
    widths = {"A": 7, "B": 55, "C": 16, "D": 28, "E": 48, "F": 11, "G": 13}
    for k, w in widths.items():
        ws.column_dimensions[k].width = w
    wb.save(out("aj1-nhs-dumfries-galloway-his-dgri-improvement-action-plan.xlsx"))


# ================================================================ 4. Beechley HIW (docx)
def make_beechley():
    doc = Document()
    landscape(doc)
    doc.add_heading("Beechley Medical Centre – HIW Improvement Plan", level=1)
    doc.add_paragraph("General Practice Inspection (Announced) – Betsi Cadwaladr University Health Board")
    doc.add_paragraph("Inspection date: 21 November 2017")
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=2)
    doc.add_paragraph("No immediate concerns were identified on this inspection.")
    doc.add_heading("Appendix B – Immediate improvement plan", level=2)
    doc.add_paragraph("Service: Beechley Medical Centre")
    doc.add_paragraph("Date of inspection: 21 November 2017")
    doc.add_paragraph("No immediate improvement plan was required following this inspection.")
    doc.add_heading("Appendix C – Improvement plan", level=2)
    doc.add_paragraph("Service: Beechley Medical Centre")
    doc.add_paragraph("Date of inspection: 21 November 2017")
    doc.add_paragraph("The table below includes any other improvements identified during the inspection "
                      "where we require the service to complete an improvement plan telling us about the "
                      "actions they are taking to address these areas.")
    sections = [
        ("Quality of the patient experience", [
            ("The practice must ensure that information about how to raise a concern under NHS "
             "Putting Things Right is clearly displayed in the waiting area.",
             "6.3 Listening and Learning from feedback",
             "Putting Things Right posters and leaflets (English and Welsh) now displayed in the "
             "waiting room and on the practice website. Complaints leaflet updated to include contact "
             "details for the Community Health Council.",
             "Practice Manager", "December 2017"),
            ("The practice should make patients aware that a chaperone is available and display "
             "notices advising patients of this.",
             "4.1 Dignified Care",
             "Chaperone notices placed in all consulting rooms and at reception. Two members of the "
             "reception team to complete chaperone training.",
             "Practice Manager / Lead Nurse", "31 January 2018"),
            ("The practice should consider how it can improve telephone access for patients at peak "
             "times.",
             "5.1 Timely access",
             "A new telephone system with call queuing is to be installed, and an additional "
             "receptionist rostered between 8.00am and 10.00am.",
             "Practice Manager", "April 2018"),
        ]),
        ("Delivery of safe and effective care", [
            ("The practice must ensure that emergency drugs and equipment are checked regularly and "
             "that the checks are recorded.",
             "2.6 Medicines Management; 2.9 Medical devices, equipment and diagnostic systems",
             "Weekly checking log introduced for the emergency drugs, oxygen and defibrillator. "
             "Checks allocated to a named healthcare assistant, with cover arranged for leave.",
             "Lead Nurse", "Immediate"),
            ("The practice must ensure that clinical waste bins are secured and stored in a locked "
             "area.",
             "2.4 Infection Prevention and Control (IPC) and Decontamination",
             "Lockable clinical waste store ordered. In the meantime the bins have been chained to the "
             "rear wall of the building.",
             "Practice Manager", "28 February 2018"),
        ]),
        ("Quality of management and leadership", [
            ("The practice must ensure that all staff complete mandatory training, including "
             "safeguarding of adults and children at the level appropriate to their role.",
             "7.1 Workforce",
             "Training matrix set up for all staff. Outstanding safeguarding training to be completed "
             "by e-learning (Level 2 for non-clinical staff, Level 3 for GPs and nurses).",
             "Dr G Pritchard (Safeguarding Lead) and Practice Manager", "March 2018"),
            ("The practice should ensure that all staff receive an annual appraisal.",
             "7.1 Workforce",
             "Appraisal timetable agreed for all non-clinical staff. Appraisals to be carried out by "
             "the Practice Manager and Reception Supervisor.",
             "Practice Manager", "May 2018"),
        ]),
    ]
    nrows = 1 + sum(1 + len(items) for _, items in sections)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    heads = ["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale"]
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    ri = 1
    for title, items in sections:
        row = t.rows[ri]
        merged = row.cells[0].merge(row.cells[4])
        cell_text(merged, title, bold=True)
        shade(merged, "DEEAF6")
        ri += 1
        for item in items:
            for i, v in enumerate(item):
                cell_text(t.rows[ri].cells[i], v)
            ri += 1
    doc.add_paragraph("")
    doc.add_paragraph("The following section must be completed by a representative of the service who has "
                      "overall responsibility and accountability for ensuring the improvement plan is "
                      "actioned.")
    doc.add_paragraph("Service representative")
    sig = doc.add_table(rows=3, cols=2)
    sig.style = "Table Grid"
    for i, (k, v) in enumerate([("Name (print):", "Sian Roberts"), ("Job role:", "Practice Manager"),
                                ("Date:", "16 February 2018")]):
        cell_text(sig.rows[i].cells[0], k, bold=True)
        cell_text(sig.rows[i].cells[1], v)
    doc.save(out("aj1-beechley-medical-centre-hiw-gp-improvement-plan.docx"))


# ================================================================ 5. St Oswald's post-Ofsted (docx)
def make_st_oswalds():
    doc = Document()
    landscape(doc)
    doc.add_heading("St Oswald's CE Primary School – Post-Ofsted Action Plan 2024-25", level=1)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Date of inspection", "5 and 6 March 2024"),
            ("Overall effectiveness", "Requires improvement"),
            ("Plan owner", "Mrs J Whitehead, Headteacher"),
            ("Monitored by", "Local Governing Body (termly) and Trust School Improvement Partner"),
            ("Version", "v3 – updated January 2025")]):
        cell_text(info.rows[i].cells[0], k, bold=True)
        cell_text(info.rows[i].cells[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("This plan sets out how we will address the areas for improvement identified by "
                      "Ofsted. It sits alongside our School Development Plan and is reviewed by governors "
                      "each term.")
    priorities = [
        ("Priority 1 – Foundation subjects curriculum",
         "Leaders should ensure that the curriculum in foundation subjects sets out precisely the "
         "knowledge pupils should learn, so that pupils build their knowledge securely over time.", [
            ("Subject leaders to complete curriculum maps for history, geography and DT, identifying "
             "end points for each year group.", "Subject leads (history/geography/DT)", "Summer 2 2024",
             "Curriculum maps in place and shared with all staff.", "00B050"),
            ("Deliver CPD on retrieval practice and knowledge organisers to all teaching staff.",
             "Deputy Headteacher (Curriculum)", "Autumn term 2024",
             "Learning walks show retrieval practice used in most lessons.", "00B050"),
            ("Subject leaders to carry out deep dives with pupil voice and book looks, reporting to "
             "governors.", "Subject leads; Curriculum governor", "Termly",
             "Pupils can talk about what they have learned in previous years.", "FFC000"),
        ]),
        ("Priority 2 – Early reading",
         "Leaders should ensure that the teaching of early reading is consistent, so that pupils "
         "who fall behind catch up quickly.", [
            ("All staff who teach phonics to complete refresher training in the school's validated "
             "SSP (Little Wandle).", "Reading Lead (KM)", "19/04/2024",
             "All staff trained; phonics teaching consistent in observations.", "00B050"),
            ("Daily keep-up sessions for pupils identified in the half-termly phonics assessments.",
             "KM / Year 1 & 2 teachers", "Ongoing",
             "Pupils identified make accelerated progress; PSC pass rate at least 80%.", "FFC000"),
            ("Audit decodable reading books and replenish stock so that books are matched to the "
             "sounds pupils know.", "Reading Lead", "Spring term 2025",
             "Every pupil in Reception and KS1 reads a matched decodable book.", None),
        ]),
        ("Priority 3 – Attendance",
         "Leaders should ensure that pupils' attendance improves, particularly for disadvantaged "
         "pupils and pupils with SEND.", [
            ("Introduce first-day calling and weekly attendance panel meetings with the Trust "
             "Education Welfare Officer.", "Headteacher / Attendance Officer", "Summer term 2024",
             "Persistent absence reduced to below 15%.", "00B050"),
            ("Attendance rewards and half-termly letters to parents of pupils whose attendance is "
             "below 90%.", "Attendance Officer", "Autumn term 2024",
             "Attendance of disadvantaged pupils at least 94%.", "FFC000"),
        ]),
    ]
    for heading, rec, actions in priorities:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=2 + len(actions), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Action", "Who", "When", "Monitoring / evidence of impact", "RAG"]):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        m = t.rows[1].cells[0].merge(t.rows[1].cells[4])
        cell_text(m, rec, italic=True)
        shade(m, "FCE4D6")
        for j, (act, who, when, mon, rag) in enumerate(actions):
            row = t.rows[2 + j]
            for i, v in enumerate([act, who, when, mon, ""]):
                cell_text(row.cells[i], v)
            if rag:
                shade(row.cells[4], rag)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Green = achieved; Amber = in progress; Red = not yet started. "
                      "Left blank where the action is not yet due.")
    doc.save(out("aj1-st-oswalds-ce-primary-post-ofsted-action-plan.docx"))


# ================================================================ 6. CPS Wessex HMCPSI (csv)
def make_cps():
    rows = [
        ["CPS Wessex – HMCPSI Area Inspection Programme: Recommendations and Issues to Address – Action Tracker"],
        ["Report published 18 October 2023. Position at 31 January 2025."],
        [],
        ["Ref", "Type", "Recommendation / issue to address", "Action", "Action owner", "Due date",
         "Revised due date", "RAG", "Update"],
        ["R1", "Recommendation",
         "The Area should improve the quality of its pre-charge decision reviews so that they address "
         "all the relevant issues, including reasonable lines of inquiry.",
         "Introduce a pre-charge review checklist in the Area and monthly dip sampling by District Crown "
         "Prosecutors of 5 reviews per lawyer.",
         "DCP Magistrates Unit", "31/01/2024", "", "Complete",
         "Checklist launched January 2024; dip sampling embedded in monthly casework quality meetings."],
        ["R2", "Recommendation",
         "The Area should improve the timeliness and quality of its handling of disclosure of unused "
         "material in Crown Court cases.",
         "Disclosure champions appointed in each Crown Court team; mandatory refresher training for all "
         "Crown Court lawyers and paralegal officers.",
         "Unit Head Crown Court / Area Disclosure Champion", "30/06/2024", "30/09/2024", "Complete",
         "All staff trained by September 2024."],
        ["R3", "Recommendation",
         "The Area should ensure that victim communication letters are sent on time and are of a "
         "consistently good standard.",
         "Victim Liaison Unit to introduce quality assurance of a sample of letters each week and "
         "feedback to authors.",
         "VLU Manager", "31/03/2024", "", "Green",
         "Timeliness improved to 84% in December 2024 (target 90%)."],
        ["R3", "Recommendation",
         "The Area should ensure that victim communication letters are sent on time and are of a "
         "consistently good standard.",
         "Deliver letter-writing workshops to all lawyers, focusing on explaining decisions in plain "
         "language.",
         "Area Training Lead", "30/11/2042", "", "Amber",
         "Workshops scheduled across both offices; Bournemouth sessions delayed by vacancies."],
        ["ITA1", "Issue to address",
         "The Area's case progression on magistrates' court files needs to be more consistent, with "
         "fewer cases adjourned for avoidable reasons.",
         "Establish a weekly trial readiness meeting with Dorset Police and Hampshire and Isle of Wight "
         "Constabulary case progression teams.",
         "Deputy Chief Crown Prosecutor", "31/05/2024", "", "Complete",
         "Meetings in place with both forces from May 2024."],
        ["ITA2", "Issue to address",
         "The Area should improve the recording of its reasons when it accepts pleas or discontinues "
         "cases.",
         "Update the Area casework guidance and include the recording of reasons in the monthly "
         "Individual Quality Assessments.",
         "Area Business Manager; DCP Crown Court", "30/09/2024", "31/03/2025", "Amber",
         "Guidance drafted; IQA form change awaiting national approval."],
        ["ITA3", "Issue to address",
         "The Area should make better use of the Witness Care Unit's information to keep victims and "
         "witnesses engaged before trial.",
         "Agree an information-sharing protocol with both Witness Care Units, including early warning "
         "of witness attendance issues.",
         "Unit Head Magistrates", "31/12/2024", "", "Red",
         "Protocol not yet agreed with Hampshire WCU; escalated to the Local Criminal Justice Board."],
        [],
        ["RAG: Complete = action closed; Green = on track; Amber = risk to due date; Red = overdue"],
    ]
    with open(out("aj1-cps-wessex-hmcpsi-area-inspection-action-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# ================================================================ 7. ABC Council NIAO (txt)
def make_abc():
    lines = [
        "Armagh City, Banbridge and Craigavon Borough Council – NIAO Report to Those Charged with Governance 2023-24: Recommendations Action Plan",
        "Performance and Audit Committee, 20 March 2025 – Appendix 2",
        "",
        "Ref\tPriority\tNIAO recommendation\tManagement response / agreed action\tResponsible officer\tTarget date\tRAG\tProgress update",
        "Current year recommendations (2023-24)",
        "1\tPriority 1\tThe Council should ensure that bank reconciliations are completed monthly and independently reviewed.\t"
        "Monthly bank reconciliations to be completed by the 10th working day and signed off by the Financial Accountant.\t"
        "Head of Finance\t30/06/2025\tG\tReconciliations up to date to January 2025; independent review now evidenced.",
        "2\tPriority 2\tThe Council should review its fixed asset register to confirm the existence and condition of assets, "
        "including vehicles and plant.\tFull physical verification of vehicles and plant to be carried out and the register updated.\t"
        "Head of Estates\tQ1 2025/26\tA\tVerification of vehicles complete. Plant verification delayed by staff absence.",
        "3\tPriority 2\tThe Council should ensure that leavers' access to the finance and payroll systems is removed promptly.\t"
        "Leaver notification process to be automated from the HR system to ICT.\tHead of HR / ICT Manager\tSep-24\tB\t"
        "Automated leaver notification live from September 2024.",
        "4\tPriority 3\tThe Council should update its Procurement Strategy and Contract Standing Orders to reflect the "
        "Procurement Act 2023.\tRevised Contract Standing Orders to be presented to the Performance and Audit Committee for approval.\t"
        "Director of Corporate Services\t31 March 2025\tG\tDraft Standing Orders prepared; on the agenda for the March committee.",
        "",
        "Prior year recommendations (2022-23)",
        "5\tPriority 2\tThe Council should strengthen its arrangements for the declaration and recording of staff conflicts of interest.\t"
        "Annual declaration exercise for all staff at Head of Service level and above; register to be held by Governance Team.\t"
        "Head of Governance\tQ3 2024-25\tB\tDeclarations completed for 2024-25 and register published internally.",
        "6\tPriority 2\tThe Council should review the controls over overtime payments to ensure that they are approved in advance.\t"
        "Overtime to be pre-approved in the e-timesheet system; monthly exception report to Heads of Service.\t"
        "Payroll Manager\t31/12/2024\tR\tSystem change not yet delivered by supplier; exception reporting in place as an interim control.",
        "7\tPriority 3\tThe Council should consider publishing a summary of its performance against the statutory indicators "
        "alongside the Annual Governance Statement.\tSummary of statutory indicator performance to be included in the 2024-25 "
        "Annual Report.\tStrategic Planning & Performance Manager\tSeptember 2025\tG\tTemplate agreed with the Performance team.",
        "",
        "Priority 1 – significant weakness requiring urgent action; Priority 2 – weakness to be addressed; "
        "Priority 3 – good practice.",
        "RAG: B = complete; G = on track; A = some slippage; R = target date missed.",
    ]
    with open(out("aj1-armagh-banbridge-craigavon-niao-governance-recommendations.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_uws()
    make_bsdc()
    make_dg()
    make_beechley()
    make_st_oswalds()
    make_cps()
    make_abc()
    print("written")
