"""Make the t1- case files of heldout54.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
Seven plans: Powys THB (HIW, docx), Coleg Cambria (Estyn PIAP, xlsx),
Orkney Partnership (Care Inspectorate joint inspection, csv), NHS Tayside
(HIS safe delivery of care, tab-separated txt), Western HSC Trust (RQIA review,
xlsx), Herbert Morrison Primary School (post-Ofsted, docx), Tees Valley
Combined Authority (Tees Valley Review action tracker, xlsx, mistyped month).
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
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=10):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "blue": fill("5B9BD5"),
    "green": fill("92D050"),
    "amber": fill("FFC000"),
    "red": fill("FF0000"),
}


# ------------------------------------------------ 1. Powys THB HIW (docx)
def powys():
    doc = Document()
    landscape(doc)
    doc.add_heading(
        "Powys Teaching Health Board – HIW Improvement Plan: "
        "Llandrindod Wells County War Memorial Hospital, Ward 2", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Service:", "Llandrindod Wells County War Memorial Hospital"),
        ("Ward/department:", "Ward 2 (community inpatient ward)"),
        ("Date of inspection:", "7 – 9 March 2023"),
        ("Type of inspection:", "Hospital inspection (unannounced)"),
    ]):
        set_text(info.cell(i, 0), k, bold=True)
        set_text(info.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The table below sets out the areas for improvement identified by "
        "Healthcare Inspectorate Wales during the inspection and the actions "
        "the health board will take to address them. Progress is monitored "
        "through the Community Services Group Quality and Safety meeting.")

    hdr = ["Improvement needed", "Standard/ Regulation", "Service action",
           "Responsible officer", "Timescale"]
    sections = [
        ("Quality of the patient experience", [
            ("The health board must ensure that patients' privacy and dignity "
             "are maintained at all times, including when curtains are drawn "
             "around bed spaces in the bays.", "Person centred", [
                 ("Dignity signs ('Please do not enter – care in progress') have "
                  "been ordered for all curtained bed spaces on the ward and will "
                  "be fitted by the end of April.", "Ward Manager",
                  "30 April 2023"),
                 ("Privacy and dignity to be a standing item at the daily safety "
                  "huddle and the monthly ward team meeting, with spot checks by "
                  "the Senior Nurse.", "Senior Nurse", "Immediate and ongoing"),
             ]),
            ("The health board must ensure that information on how to raise a "
             "concern (Putting Things Right) is displayed in English and Welsh "
             "on the ward.", "Equitable", [
                 ("Bilingual Putting Things Right posters and leaflets have been "
                  "requested from the Patient Experience Team and will be "
                  "displayed at the ward entrance and in the day room.",
                  "Ward Manager", "May 2023"),
             ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The health board must ensure that the resuscitation trolley is "
             "checked daily and that the checks are fully documented.", "Safe", [
                 ("Daily resuscitation trolley checks have been added to the "
                  "ward's daily task allocation sheet; the nurse in charge will "
                  "confirm completion at the evening handover.", "Ward Manager",
                  "Immediate"),
                 ("Compliance with the daily checks will be audited weekly for "
                  "three months and reported to the Community Services Group "
                  "Quality and Safety meeting.",
                  "Senior Nurse / Head of Nursing", "End of July 2023"),
             ]),
            ("The health board must ensure that medicines fridge temperatures "
             "are recorded daily and that action is taken when readings fall "
             "outside the recommended range.", "Safe\nEffective", [
                 ("Fridge temperature monitoring to be included in the "
                  "pharmacy-led ward medicines audit, with results shared with "
                  "staff at the ward team meeting.", "Locality Pharmacist",
                  "31/05/2023"),
             ]),
            ("The health board must ensure that patient risk assessments, "
             "including falls and pressure damage assessments, are completed "
             "and reviewed within the required timescales.", "Safe", [
                 ("Ward-based training on completing the all-Wales falls and "
                  "pressure damage risk assessments in the Welsh Nursing Care "
                  "Record (WNCR) to be delivered to all registered nurses.",
                  "Clinical Educator", "June 2023"),
                 ("Monthly documentation audits to be undertaken using the "
                  "Tendable audit app, with findings fed back to individual "
                  "nurses at supervision.", "Ward Manager", "Monthly"),
             ]),
        ]),
        ("Quality of management and leadership", [
            ("The health board must ensure that staff compliance with mandatory "
             "training, in particular fire safety and safeguarding, meets the "
             "health board target of 85%.", "Workforce", [
                 ("Protected time has been allocated on the rota for staff to "
                  "complete outstanding e-learning modules. Compliance will be "
                  "reviewed at the monthly performance meeting and escalated "
                  "where individual staff remain non-compliant.",
                  "Ward Manager", "September 2023"),
             ]),
            ("The health board should consider how it can improve staff "
             "awareness of the outcomes of incidents they report on Datix.",
             "Learning, improvement and research", [
                 ("A 'learning from incidents' board has been set up in the "
                  "staff room and lessons learned will be shared in the monthly "
                  "ward newsletter.", "Ward Manager / Senior Nurse",
                  "30 June 2023"),
             ]),
        ]),
    ]
    nrows = 1 + sum(1 + sum(len(a[2]) for a in s[1]) for s in sections)
    t = doc.add_table(rows=nrows, cols=5)
    t.style = "Table Grid"
    for j, h in enumerate(hdr):
        set_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    r = 1
    for sec, items in sections:
        band = t.cell(r, 0).merge(t.cell(r, 4))
        set_text(band, sec, bold=True)
        shade(band, "DEEAF6")
        r += 1
        for imp, std, acts in items:
            top = r
            for k, (act, who, when) in enumerate(acts):
                set_text(t.cell(r, 2), act)
                set_text(t.cell(r, 3), who)
                set_text(t.cell(r, 4), when)
                r += 1
            a = t.cell(top, 0)
            b = t.cell(top, 1)
            if r - top > 1:
                a = a.merge(t.cell(r - 1, 0))
                b = b.merge(t.cell(r - 1, 1))
            set_text(a, imp)
            set_text(b, std)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The following section must be completed by a representative of the "
        "health board who has overall responsibility and accountability for "
        "ensuring the improvement plan is actioned.")
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Service representative", ""),
        ("Name (print):", "C. Hughes"),
        ("Job role:", "Assistant Director of Nursing, Community Services Group"),
        ("Date:", "21 April 2023"),
    ]):
        set_text(s.cell(i, 0), k, bold=True)
        set_text(s.cell(i, 1), v)
    doc.save(out("t1-powys-thb-hiw-llandrindod-ward-improvement-plan.docx"))


# ------------------------------------------- 2. Coleg Cambria PIAP (xlsx)
def cambria():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    widths = {"A": 7, "B": 60, "C": 24, "D": 14, "E": 38, "F": 48, "G": 8}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Coleg Cambria – Post Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Estyn inspection: November 2015          Updated for Quality and Standards Committee: 8 November 2016"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Recommendation / Action", "Lead", "Target date",
           "Success criteria / measure", "Progress update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    plan = [
        ("R1: Improve success rates on level 1 programmes and on the small "
         "number of courses where they remain below the sector average", [
             ("1.1", "Introduce termly course performance reviews for all level 1 "
              "programmes and for courses with success rates below the national "
              "comparator, chaired by the Assistant Principal.",
              "Assistant Principal – Curriculum", D(2016, 12, 16),
              "All identified courses reviewed each term; success rates at or "
              "above national comparator by 2016/17.",
              "Reviews held in February, June and October 2016. Level 1 success "
              "rate improved from 78% to 84%.", "blue"),
             ("1.2", "Put individual improvement plans in place for each "
              "underperforming course, with monthly monitoring of retention and "
              "progress through ProMonitor.", "Heads of Faculty", "Termly",
              "Improvement plans in place for 100% of identified courses.",
              "Plans in place for 14 of 15 courses; remaining plan (Motor "
              "Vehicle L1) due at December review.", "green"),
             ("1.3", "Strengthen initial assessment and the matching of learners "
              "to the right level of course at enrolment.",
              "Head of Admissions / Head of Learner Services", D(2016, 9, 30),
              "Early withdrawals (before 1 November) reduced by 25%.",
              "New interview and initial assessment process used for September "
              "2016 enrolment. Early withdrawals down 31% on 2015.", "blue"),
         ]),
        ("R2: Improve learners' attendance and punctuality", [
            ("2.1", "Roll out the 'same-day contact' procedure so that learner "
             "absence recorded on the electronic register is followed up by a "
             "progress coach on the day.", "Head of Learner Services",
             D(2016, 10, 31), "Same-day contact made for 95% of absences.",
             "Procedure live on all sites from September 2016.", "blue"),
            ("2.2", "Set faculty attendance targets of 90% and report weekly "
             "attendance data to curriculum teams.", "Heads of Faculty",
             D(2017, 7, 31), "College attendance at or above 90%.",
             "Attendance is 87.4% college-wide; below target in Construction and "
             "Engineering, where attendance clinics have been introduced.",
             "amber"),
        ]),
        None,  # blank row
        ("R3: Develop learners' Welsh language skills and increase the number "
         "of learners who study bilingually or through the medium of Welsh", [
             ("3.1", "Appoint a Welsh language champion in each faculty to "
              "promote the use of Welsh in lessons and tutorials.",
              "Head of Welsh Language", D(2016, 6, 30),
              "Champion in place in every faculty.",
              "Eleven champions appointed and trained.", "blue"),
             ("3.2", "Increase the number of units delivered bilingually in "
              "Childcare, Health and Social Care and Public Services.",
              "Head of Welsh Language / Heads of Faculty", D(2017, 7, 31),
              "Bilingual unit enrolments increased by 20% on 2015/16.",
              "Bilingual delivery extended to two additional units in Health "
              "and Social Care from September 2016.", "green"),
         ]),
        ("R4: Ensure that self-assessment and quality improvement planning at "
         "course level are consistently rigorous and make effective use of data", [
             ("4.1", "Revise the course review template so that teams evaluate "
              "outcomes against benchmark data and set specific improvement "
              "targets.", "Head of Quality", D(2017, 1, 31),
              "All course reviews use the revised template.",
              "Template revised and piloted with Business and Computing.", "green"),
             ("4.2", "Deliver training on the use of the performance data "
              "dashboard for all curriculum managers.",
              "Head of MIS / Head of Quality", "Sept 2016 (revised Dec 2016)",
              "All curriculum managers trained; dashboard used in every course "
              "review.",
              "Dashboard launch delayed by the move to the new MIS. Training "
              "sessions now booked for November and December.", "amber"),
             ("4.3", "Introduce a programme of unannounced learning walks, with "
              "outcomes reported to the Quality and Standards Committee.",
              "Deputy Principal", "Ongoing",
              "Learning walks in every faculty each term.",
              "Autumn term learning walks under way.", "green"),
         ]),
    ]
    row = 5
    for block in plan:
        if block is None:
            row += 1
            continue
        rec, acts = block
        ws.cell(row=row, column=1, value=rec)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.alignment = WRAP
        ws.row_dimensions[row].height = 32
        row += 1
        for ref, act, lead, date, sc, prog, rag in acts:
            vals = [ref, act, lead, date, sc, prog, None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=j, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7).fill = RAG_FILL[rag]
            row += 1
    row += 1
    ws.cell(row=row, column=2, value="RAG key").font = Font(bold=True)
    row += 1
    for colour, label in [("blue", "Completed"), ("green", "On track"),
                          ("amber", "Some slippage – action in hand"),
                          ("red", "Not on track / at risk")]:
        ws.cell(row=row, column=1).fill = RAG_FILL[colour]
        ws.cell(row=row, column=2, value=label)
        row += 1
    ws.freeze_panes = "A5"
    wb.save(out("t1-coleg-cambria-estyn-post-inspection-action-plan.xlsx"))


# ------------------------------------------------- 3. Orkney (csv export)
def orkney():
    P1 = ("1. Ensure that key child protection processes, including inter-agency "
          "referral discussions, risk assessments, case conferences and core "
          "groups, work effectively to protect children at risk of harm")
    P2 = ("2. Publish comprehensive, up-to-date inter-agency child protection "
          "procedures and train staff on them")
    P3 = ("3. Bring about a step change in the impact of corporate parenting by "
          "delivering tangible improvements in the wellbeing and life chances of "
          "looked after children, young people and care leavers")
    P4 = ("4. Fully implement the Getting it right for every child (GIRFEC) "
          "approach and commission services to meet priority areas of need, "
          "including therapeutic and family support services")
    P5 = ("5. Improve the effectiveness and oversight of the Public Protection "
          "Committee in carrying out its core functions")
    rows = [
        ["Orkney Partnership – Children's Services Improvement Plan", "", "", "", "", "", "", ""],
        ["Response to the joint inspection of services for children and young people in need of care and protection (report published February 2020)", "", "", "", "", "", "", ""],
        ["Progress update as at 30 November 2020", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Priority area for improvement", "Ref", "Action", "Lead officer",
         "Partners", "Timescale", "Progress update", "RAG"],
        [P1, "1.1", "Implement revised inter-agency referral discussion (IRD) guidance, with a multi-agency IRD group (social work, police and health) meeting daily to consider all child protection concerns.",
         "Service Manager, Children and Families", "Police Scotland; NHS Orkney", "31/03/2020",
         "Daily IRD meetings in place since March. Audit of 40 IRDs in October found 90% met the standard.", "Complete"],
        ["", "1.2", "Introduce a chronology and risk assessment template, based on the National Risk Framework, for use in all child protection investigations.",
         "Team Manager – Children's Social Work", "", "June 2020",
         "Template in use by all social workers. Quality assured through monthly case file audit.", "Complete"],
        ["", "1.3", "Quality assure all initial and review child protection case conferences and core groups through independent chairing and monthly audit of minutes and child protection plans.",
         "Independent Reviewing Officer / CP Lead Officer", "NHS Orkney; Education", "Monthly",
         "Independent chairing in place. Audit shows core groups now held within timescales in 85% of cases.", "G"],
        ["", "", "", "", "", "", "", ""],
        [P2, "2.1", "Publish updated Orkney Inter-agency Child Protection Procedures, aligned with the National Guidance for Child Protection in Scotland.",
         "Child Protection Lead Officer", "All PPC partners", "Sept 2020",
         "Procedures approved by the Public Protection Committee in August and published on the partnership website.", "Complete"],
        ["", "2.2", "Deliver multi-agency training on the new procedures to all staff groups, with attendance monitored by the PPC learning and development sub-group.",
         "Learning and Development Coordinator", "All PPC partners", "Dec 2020 – Mar 2021",
         "Training moved online because of COVID-19 restrictions. 214 staff trained to date; health visiting and school staff still to complete.", "A"],
        ["", "", "", "", "", "", "", ""],
        [P3, "3.1", "Establish a Corporate Parenting Board chaired by the Council Leader, and develop a refreshed Corporate Parenting Plan with care experienced young people.",
         "Chief Social Work Officer", "Who Cares? Scotland; NHS Orkney", "31/10/2020",
         "Board met for the first time in September. Plan co-produced with the Champions Board.", "Complete"],
        ["", "3.2", "Review the placement sufficiency strategy, including local foster carer recruitment and options for a second children's house in Kirkwall.",
         "Head of Children, Families and Justice Services", "", "Mar-21",
         "Foster carer recruitment campaign launched; options appraisal for children's house delayed by building survey.", "A"],
        ["", "3.3", "Ensure every looked after child has an up-to-date health assessment completed by the LAC nurse.",
         "Head of Children's Health Services (NHS Orkney)", "NHS Orkney", "Ongoing",
         "92% of looked after children have a current health assessment.", "G"],
        ["", "", "", "", "", "", "", ""],
        [P4, "4.1", "Refresh the GIRFEC practice model, including the roles of the Named Person and Lead Professional, and relaunch the single child's plan template across agencies.",
         "GIRFEC Lead Officer", "Education; NHS Orkney; Police Scotland", "Jan-21",
         "Practice model refreshed; relaunch events scheduled for January.", "G"],
        ["", "4.2", "Commission an intensive family support service to work with families where children are on the edge of care.",
         "Head of Children, Families and Justice Services", "Third sector", "April 2021",
         "Tender delayed. Procurement timetable now agreed, with award planned for February 2021.", "R"],
        ["", "", "", "", "", "", "", ""],
        [P5, "5.1", "Review the Public Protection Committee's constitution, membership and sub-group structure, and appoint an independent chair.",
         "Chief Officers Group", "", "Aug-20",
         "Independent chair appointed in July. New constitution agreed.", "Complete"],
        ["", "5.2", "Develop a multi-agency performance framework and a quarterly data report for scrutiny by the Public Protection Committee and the Chief Officers Group.",
         "PPC Lead Officer; Performance Officer", "All PPC partners", "Q4 2020/21",
         "Draft framework agreed. First quarterly report to be presented to PPC in January.", "A"],
        ["", "", "", "", "", "", "", ""],
        ["RAG key: R = not on track; A = some slippage; G = on track; Complete = action completed", "", "", "", "", "", "", ""],
    ]
    with open(out("t1-orkney-partnership-joint-inspection-improvement-plan.csv"),
              "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ------------------------------------------ 4. NHS Tayside HIS (txt, tabs)
def tayside():
    L = []

    def row(*cells):
        L.append("\t".join(cells))

    row("NHS Tayside – Improvement Action Plan")
    row("Healthcare Improvement Scotland: Safe Delivery of Care Inspection, Ninewells Hospital, 14–16 November 2023")
    row("Version 3 – updated 12 April 2024")
    row("")
    row("Ref", "Action planned", "Timescale to meet action",
        "Responsibility for taking action", "Progress", "BRAG status")
    row("Domain 4.1 – Pathways, procedures and policies")
    row("Requirement 1: NHS Tayside must ensure that all substances hazardous to health are stored securely in line with COSHH regulations.")
    row("1.1", "COSHH cupboards to be locked at all times, with compliance checked at the daily safety brief and recorded on the ward checklist.",
        "Immediate", "Senior Charge Nurses", "Locks checked on all wards; compliance recorded daily.", "B")
    row("1.2", "Monthly environmental audits to include COSHH storage, with results reported to the Acute Services Division Infection Prevention and Control Group.",
        "31 January 2024", "Lead Nurse (Medicine)", "Included in audit tool from December 2023.", "B")
    row("Requirement 2: NHS Tayside must ensure that documentation for peripheral vascular catheters (PVC) is fully completed in line with national guidance.")
    row("2.1", "Relaunch the PVC insertion and maintenance bundle on all acute wards, supported by the Infection Prevention and Control Team.",
        "End of February 2024", "Infection Prevention and Control Nurse Consultant", "Relaunch completed; teaching delivered on 22 wards.", "B")
    row("2.2", "Include PVC bundle compliance in the monthly Excellence in Care audits, with a target of 95% compliance.",
        "June 2024", "Associate Nurse Directors", "March audit shows 88% compliance, up from 61%.", "G")
    row("")
    row("Domain 4.3 – Workforce management and support")
    row("Requirement 3: NHS Tayside must ensure that staff are up to date with mandatory training, including fire safety training.")
    row("3.1", "Build protected time for mandatory training into rosters through the e-rostering system.",
        "31/03/2024", "Clinical Nurse Managers", "Protected time now visible on all ward rosters.", "G")
    row("3.2", "Report fire safety training compliance weekly to Senior Charge Nurses and escalate wards below 80%.",
        "Weekly", "Fire Safety Adviser / Clinical Nurse Managers", "Weekly report in place. Compliance 79% overall.", "A")
    row("Requirement 4: NHS Tayside must ensure that real-time staffing risks are escalated and recorded in line with the Health and Care (Staffing) (Scotland) Act 2019.")
    row("4.1", "Roll out the real-time staffing escalation process across all inpatient areas, with its use recorded in the SafeCare system.",
        "April 2024", "Director of Nursing and Midwifery", "Live in medicine and surgery; rollout to women and children's services in April.", "G")
    row("4.2", "Audit compliance with the escalation process each quarter and report findings to the Staff Governance Committee.",
        "Q2 2024/25", "Associate Director of Nursing (Workforce)", "First audit scheduled for July 2024.", "G")
    row("")
    row("Domain 9 – Quality improvement-focused leadership")
    row("Requirement 5: NHS Tayside must ensure that learning from adverse events in the emergency department is shared with all staff.")
    row("5.1", "Introduce a monthly 'Safety Matters' bulletin for the emergency department summarising themes and learning from Datix reports and adverse event reviews.",
        "March 2024", "ED Clinical Lead / Senior Charge Nurse ED", "First two bulletins issued; staff feedback positive.", "G")
    row("")
    row("BRAG key: B = complete; G = on track; A = some risk to delivery; R = off track")
    with open(out("t1-nhs-tayside-his-ninewells-sdoc-improvement-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# ------------------------------------------ 5. Western HSC Trust (xlsx)
def western():
    wb = Workbook()
    ws = wb.active
    ws.title = "Implementation Plan"
    for k, v in {"A": 46, "B": 9, "C": 52, "D": 30, "E": 13, "F": 13,
                 "G": 50, "H": 11}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Western Health and Social Care Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = ("RQIA Review of Emergency General Surgery Pathways – South West "
                "Acute Hospital: Implementation Plan")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Position at 30 June 2025"
    ws["A3"].font = Font(italic=True)
    hdr = ["Recommendation", "Action No.", "Action", "Lead", "Target Date",
           "Revised Target Date", "Update", "RAG"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    plan = [
        ("Governance and leadership", [
            ("Recommendation 1: The Western Trust should establish a programme "
             "board, with clear terms of reference and regional representation, "
             "to oversee the future model of emergency general surgery at the "
             "South West Acute Hospital.", [
                 ("1.1", "Establish the SWAH Surgical Services Programme Board, "
                  "with SPPG and Southern Trust representation, and agree terms "
                  "of reference.", "Director of Acute Services", D(2025, 3, 31),
                  None, "Programme Board established; first meeting held 12 March "
                  "2025. Terms of reference approved.", "Complete"),
                 ("1.2", "Provide a monthly highlight report from the Programme "
                  "Board to Trust Board and the Department of Health.",
                  "Director of Planning, Performance and Informatics", "Monthly",
                  None, "Highlight reports submitted April, May and June.",
                  "Green"),
             ]),
            ("Recommendation 2: The Trust should strengthen clinical governance "
             "arrangements so that outcomes for patients transferred from SWAH "
             "for emergency surgery are monitored and reviewed.", [
                 ("2.1", "Develop a transfer outcomes dashboard covering time to "
                  "theatre, length of stay and 30-day mortality for all patients "
                  "transferred to Altnagelvin and Craigavon.",
                  "Medical Director / Head of Clinical Audit", D(2025, 6, 30),
                  D(2025, 9, 30), "Data sharing agreement with the Southern Trust "
                  "awaited. Dashboard build under way using Altnagelvin data.",
                  "Amber"),
                 ("2.2", "Review all incidents involving transferred surgical "
                  "patients at the monthly surgical Morbidity and Mortality "
                  "meeting.", "Associate Medical Director – Surgery", "Ongoing",
                  None, "Standing agenda item since February 2025.", "Green"),
             ]),
        ]),
        ("Clinical pathways", [
            ("Recommendation 3: The Trust should agree and implement clear "
             "pathways for the assessment, stabilisation and transfer of "
             "patients presenting to SWAH with acute surgical conditions.", [
                 ("3.1", "Implement the acute surgical assessment pathway in the "
                  "SWAH Emergency Department, with a senior surgical "
                  "decision-maker available by telephone 24/7.",
                  "Clinical Director for Surgery", D(2025, 5, 31), None,
                  "Pathway live from 6 May 2025.", "Complete"),
                 ("3.2", "Agree a transfer protocol with NIAS, including use of "
                  "the Critical Care and Retrieval Service for time-critical "
                  "transfers.", "Director of Acute Services", D(2025, 4, 30),
                  D(2025, 7, 31), "Protocol drafted and with NIAS for "
                  "comment. Sign-off expected at July Programme Board.", "Green"),
                 ("3.3", "Audit compliance with the pathway at three and six "
                  "months after implementation.", "Head of Clinical Audit",
                  D(2025, 11, 30), None, "Three-month audit planned for August "
                  "2025.", "Green"),
             ]),
        ]),
        ("Workforce", [
            ("Recommendation 4: The Trust should develop a sustainable workforce "
             "plan for general surgery and anaesthetics at SWAH, including "
             "consideration of networked rotas with other trusts.", [
                 ("4.1", "Complete a workforce review of surgical and anaesthetic "
                  "medical staffing at SWAH, including reliance on locums.",
                  "Director of Human Resources and Organisational Development",
                  D(2025, 9, 30), None, "Review commissioned; data collection "
                  "slower than planned because of locum turnover.", "Amber"),
                 ("4.2", "Explore joint consultant appointments with the Southern "
                  "Trust and Belfast Trust.", "Medical Director",
                  D(2025, 12, 31), None, "Initial discussions held with both "
                  "trusts.", "Green"),
             ]),
        ]),
        ("Communication and engagement", [
            ("Recommendation 5: The Trust should keep the local population and "
             "staff informed about the temporary changes to emergency general "
             "surgery and involve them in planning the future service.", [
                 ("5.1", "Hold public information sessions in Enniskillen and "
                  "Omagh and publish a regular stakeholder bulletin.",
                  "Head of Communications", D(2025, 3, 31), None,
                  "Sessions held 18 and 20 March; bulletin issued monthly.",
                  "Complete"),
                 ("5.2", "Establish a staff and public engagement forum to inform "
                  "the consultation on the future model of surgical services.",
                  "Director of Planning, Performance and Informatics", "TBC",
                  None, "Awaiting Departmental decision on the timing of "
                  "public consultation.", "Not started"),
             ]),
        ]),
    ]
    rag_fill = {"Complete": RAG_FILL["blue"], "Green": RAG_FILL["green"],
                "Amber": RAG_FILL["amber"], "Red": RAG_FILL["red"]}
    row = 6
    for theme, recs in plan:
        ws.cell(row=row, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.cell(row=row, column=1).fill = fill("2F5597")
        row += 1
        for rec, acts in recs:
            top = row
            for ref, act, lead, tgt, rev, upd, rag in acts:
                vals = [None, ref, act, lead, tgt, rev, upd, rag]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=row, column=j, value=v)
                    c.alignment = WRAP
                    c.border = BORDER
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                if rag in rag_fill:
                    ws.cell(row=row, column=8).fill = rag_fill[rag]
                row += 1
            ws.cell(row=top, column=1, value=rec).alignment = WRAP
            if row - 1 > top:
                ws.merge_cells(start_row=top, start_column=1, end_row=row - 1,
                               end_column=1)
    row += 1
    ws.cell(row=row, column=1, value="RAG key").font = Font(bold=True)
    row += 1
    for label, text in [("Complete", "Action fully implemented"),
                        ("Green", "On track to deliver by target date"),
                        ("Amber", "At risk of slippage – mitigation in place"),
                        ("Red", "Off track / will not be delivered by target date")]:
        c = ws.cell(row=row, column=1, value=label)
        c.fill = rag_fill[label]
        ws.cell(row=row, column=3, value=text)
        row += 1
    wb.save(out("t1-western-trust-rqia-swah-general-surgery-implementation-plan.xlsx"))


# ------------------------------- 6. Herbert Morrison Primary School (docx)
def herbert():
    doc = Document()
    landscape(doc)
    doc.add_heading("Herbert Morrison Primary School – Post-Ofsted Action Plan", level=1)
    doc.add_paragraph("December 2014 to July 2015")
    doc.add_paragraph(
        "This plan sets out how the school will address the areas for "
        "improvement identified in the Ofsted inspection of November 2014. "
        "Progress against the plan is reviewed each half-term by the "
        "Raising Achievement Board, which includes governors and the local "
        "authority school improvement adviser.")
    summ = doc.add_table(rows=2, cols=3)
    summ.style = "Table Grid"
    heads = ["Priority 1", "Priority 2", "Priority 3"]
    bodies = [
        "Improve the impact of the school's leaders by:\n"
        "• developing their ability to implement a rigorous programme to check "
        "and improve the quality of teaching\n"
        "• analysing rigorously how well different groups of pupils are making "
        "progress\n"
        "• providing curriculum middle leaders with the knowledge and skills to "
        "lead and manage their areas effectively",
        "Eliminate inadequate teaching and increase the proportion that is at "
        "least good by:\n"
        "• providing appropriate training for teachers and teaching assistants "
        "in the teaching of reading, writing and mathematics\n"
        "• ensuring that the marking of pupils' work is accurate and gives "
        "pupils clear guidance on how to improve",
        "Ensure pupils reach at least expected levels of progress and "
        "attainment in reading, writing and especially mathematics at the end "
        "of Year 2 and Year 6",
    ]
    for j in range(3):
        set_text(summ.cell(0, j), heads[j], bold=True)
        shade(summ.cell(0, j), "FCE4D6")
        set_text(summ.cell(1, j), bodies[j])

    GREEN, AMBER, RED = "92D050", "FFC000", "FF0000"
    priorities = [
        ("Priority 1: Improve the impact of the school's leaders", [
            ("1a. Developing their ability to implement a rigorous programme to "
             "check and improve the quality of teaching", [
                 ("Headteacher and deputy to carry out joint lesson observations "
                  "with the local authority adviser to moderate judgements on "
                  "teaching.", "HT/DHT", "Dec 2014 – Jan 2015",
                  "All judgements moderated; at least 80% of teaching good or "
                  "better by July 2015.", "LA adviser / governors", GREEN),
                 ("Introduce a half-termly monitoring timetable of book "
                  "scrutinies, learning walks and pupil interviews.", "SLT",
                  "Half-termly", "Monitoring calendar followed; findings "
                  "reported to governors.", "Governors", AMBER),
             ]),
            ("1b. Analysing rigorously how well different groups of pupils are "
             "making progress and adapting plans where needed", [
                 ("Hold pupil progress meetings with every class teacher after "
                  "each assessment point, focusing on pupil premium, SEN and "
                  "more able pupils.", "DHT / Assessment lead", "Feb 2015",
                  "Gaps between groups identified and closing in each class.",
                  "HT", GREEN),
             ]),
            ("1c. Providing curriculum middle leaders with the knowledge and "
             "skills to lead and manage their areas effectively", [
                 ("English and mathematics leaders to attend the local authority "
                  "middle leadership programme.", "HT", "Summer term 2015",
                  "Middle leaders lead monitoring in their subjects.",
                  "HT / governors", AMBER),
                 ("Middle leaders to present a subject action plan and impact "
                  "report to the governing body.", "English lead, Maths lead",
                  "March 2015", "Governors able to challenge subject leaders on "
                  "impact.", "Chair of governors", RED),
             ]),
        ]),
        ("Priority 2: Eliminate inadequate teaching and increase the proportion "
         "that is at least good", [
            ("2a. Providing appropriate training for teachers and teaching "
             "assistants in the teaching of reading, writing and mathematics", [
                 ("Whole-staff INSET on guided reading and the new phonics "
                  "scheme, followed by in-class coaching.", "English lead",
                  "Jan 2015", "Phonics screening pass rate at or above national.",
                  "DHT", GREEN),
                 ("Teaching assistants to attend mathematics intervention "
                  "training delivered by the local authority.", "SENCo",
                  "April 2015", "Intervention groups show accelerated progress.",
                  "DHT", AMBER),
             ]),
            ("2b. Ensuring that the marking of pupils' work is accurate and "
             "gives pupils clear guidance on how to improve", [
                 ("Revise the marking and feedback policy and introduce 'green "
                  "pen' response time in every lesson.", "DHT",
                  "By 19 December 2014", "Policy applied consistently in all "
                  "books.", "HT", GREEN),
                 ("Monthly book scrutiny of marking against the new policy, with "
                  "feedback to individual teachers.", "SLT", "Monthly",
                  "Book scrutinies show pupils responding to marking.",
                  "Governors", None),
             ]),
        ]),
        ("Priority 3: Ensure pupils reach at least expected levels of progress "
         "and attainment in reading, writing and especially mathematics at the "
         "end of Year 2 and Year 6", [
            (None, [
                ("Daily small-group booster sessions in mathematics for Year 6 "
                 "pupils not yet on track for level 4.", "Y6 teachers",
                 "May 2015", "At least 85% of pupils achieve level 4+ in "
                 "mathematics.", "DHT", AMBER),
                ("Year 2 teachers to moderate writing with partner schools in "
                 "the cluster.", "KS1 lead", "June 2015",
                 "Teacher assessments in writing accurate and agreed by the LA.",
                 "DHT", GREEN),
                ("Analyse end-of-key-stage outcomes and report them to the "
                 "governing body.", "HT", "July 2015",
                 "Governors have an accurate view of outcomes.",
                 "Chair of governors", None),
            ]),
        ]),
    ]
    cols = ["Actions", "Led by", "Timescale", "Success criteria",
            "Monitored by", "RAG"]
    for ptitle, groups in priorities:
        doc.add_paragraph("")
        doc.add_heading(ptitle, level=2)
        n = 1 + sum((1 if g[0] else 0) + len(g[1]) for g in groups)
        t = doc.add_table(rows=n, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(cols):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9D9D9")
        r = 1
        for band, acts in groups:
            if band:
                m = t.cell(r, 0).merge(t.cell(r, 5))
                set_text(m, band, bold=True)
                shade(m, "F2F2F2")
                r += 1
            for act, led, when, sc, mon, rag in acts:
                for j, v in enumerate([act, led, when, sc, mon, ""]):
                    set_text(t.cell(r, j), v)
                if rag:
                    shade(t.cell(r, 5), rag)
                r += 1
    doc.add_paragraph("")
    doc.add_paragraph(
        "RAG key: Green – Achieved;  Amber – In progress;  Red – Not achieved / "
        "concerns.  Updated July 2015.")
    doc.save(out("t1-herbert-morrison-primary-post-ofsted-action-plan.docx"))


# ------------------------- 7. Tees Valley Combined Authority (xlsx, refuse)
def tvca():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action tracker"
    for k, v in {"A": 8, "B": 55, "C": 16, "D": 55, "E": 26, "F": 16,
                 "G": 18, "H": 45}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Tees Valley Combined Authority"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Tees Valley Review – Action Tracker"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Audit and Governance Committee – 16 January 2025"
    hdr = ["Rec No.", "Recommendation", "Responsible body",
           "Action taken / proposed", "Lead officer", "Target date", "Status",
           "Comments"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.border = BORDER
        c.alignment = WRAP
    recs = [
        ("1", "TVCA should review its constitution so that significant decisions "
         "on the South Tees Development Corporation (STDC) and the joint venture "
         "are reserved to the TVCA Cabinet.", "TVCA",
         "Revised constitution approved by Cabinet, with a schedule of decisions "
         "reserved to Cabinet.", "Monitoring Officer", "September 2024",
         "Complete", "Approved at Cabinet 27 September 2024."),
        ("2", "STDC should publish board papers and decisions, subject only to "
         "genuine commercial confidentiality.", "STDC",
         "Publication protocol agreed; agendas, papers and minutes now published "
         "on the STDC website.", "Monitoring Officer", "June 2024", "Complete",
         ""),
        ("3", "TVCA and STDC should strengthen registers of interests and "
         "hospitality for members and senior officers.", "TVCA / STDC",
         "Registers updated and published; annual declaration process "
         "introduced.", "Head of Governance", "July 2024", "Complete", ""),
        ("4", "The TVCA Audit and Governance Committee should include "
         "independent members with relevant financial expertise.", "TVCA",
         "Two independent members recruited and appointed.", "Chief Finance "
         "Officer", "October 2024", "Complete", ""),
        ("5", "TVCA should commission a review of the value for money of the "
         "joint venture arrangements.", "TVCA",
         "Independent adviser appointed to review the joint venture agreements "
         "and land disposals.", "Chief Finance Officer", "March 2025",
         "Partially complete", "Final report expected March 2025."),
        ("6", "TVCA Overview and Scrutiny Committee should have a forward work "
         "programme that includes STDC and the joint venture.", "TVCA",
         "STDC and joint venture added to the scrutiny work programme; training "
         "delivered to scrutiny members.", "Scrutiny Officer", "Novmber 2024",
         "Complete", "Training delivered by the Centre for Governance and "
         "Scrutiny."),
        ("7", "STDC should adopt a clear scheme of delegation for its Chief "
         "Executive and officers.", "STDC",
         "Scheme of delegation adopted by the STDC Board.", "Monitoring Officer",
         "July 2024", "Complete", ""),
        ("8", "TVCA should ensure that the statutory officers of constituent "
         "authorities are briefed ahead of Cabinet decisions on STDC.",
         "TVCA / constituent authorities",
         "Pre-Cabinet briefing of constituent authority statutory officers "
         "introduced.", "Chief Executive", "Ongoing", "Complete",
         "Responsibility shared with constituent authorities."),
        ("9", "The Government should review the framework for mayoral "
         "development corporations.", "MHCLG",
         "Outside TVCA control. Regular chasing emails sent to MHCLG.",
         "Chief Executive", "N/A", "Not complete",
         "No response received to date."),
        ("10", "The Government should consider whether further guidance on "
         "combined authority oversight of subsidiary bodies is required.",
         "MHCLG", "Outside TVCA control. Regular chasing emails sent to MHCLG.",
         "Chief Executive", "N/A", "Not complete", "No response received to date."),
    ]
    row = 6
    for r in recs:
        for j, v in enumerate(r, 1):
            c = ws.cell(row=row, column=j, value=v)
            c.alignment = WRAP
            c.border = BORDER
        st = ws.cell(row=row, column=7)
        if r[6] == "Complete":
            st.fill = fill("C6EFCE")
        elif r[6] == "Partially complete":
            st.fill = fill("FFEB9C")
        else:
            st.fill = fill("FFC7CE")
        row += 1
    wb.save(out("t1-tees-valley-ca-tees-valley-review-action-tracker.xlsx"))


if __name__ == "__main__":
    powys()
    cambria()
    orkney()
    tayside()
    western()
    herbert()
    tvca()
    print("made 7 files")
