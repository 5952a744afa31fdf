"""Generate the dj1- case documents (run with /work/main/.venv/bin/python)."""
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
D = dt.datetime

RED = PatternFill("solid", fgColor="FF0000")
AMBER = PatternFill("solid", fgColor="FFC000")
GREEN = PatternFill("solid", fgColor="00B050")
BLUE = PatternFill("solid", fgColor="0070C0")
GREY = PatternFill("solid", fgColor="D9D9D9")
NAVY = PatternFill("solid", fgColor="1F3864")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

RAGFILL = {"complete": BLUE, "completed": BLUE, "on track": GREEN, "g": GREEN, "green": GREEN,
           "amber": AMBER, "a": AMBER, "r": RED, "red": RED}


def p(name):
    return os.path.join(HERE, name)


def style_row(ws, r, ncols, fill=None, bold=False, white=False):
    for c in range(1, ncols + 1):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = WRAP
        if fill:
            cell.fill = fill
        if bold or white:
            cell.font = Font(bold=bold, color="FFFFFF" if white else "000000")


# ---------------------------------------------------------------- 1. DMU PIAP
def dmu():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "De Montfort University – Apprenticeships Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted inspection of apprenticeship provision: 14–17 March 2023. Overall effectiveness: "
                "Requires improvement. Plan owner: Pro Vice-Chancellor Education. Progress as at October 2023.")
    ws.merge_cells("A2:H2")
    ws["A2"].alignment = WRAP
    ws.row_dimensions[2].height = 32
    hdr = ["Ref", "Area for improvement (Ofsted report)", "Action", "Lead", "Target date",
           "Revised target date", "Progress update (Oct 2023)", "RAG"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h)
    style_row(ws, 4, 8, NAVY, True, True)
    widths = [7, 40, 50, 24, 13, 13, 50, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    rows = [
        ("H", "1. Quality of education"),
        ("A", "1.1", "Leaders should ensure that apprentices' off-the-job training is planned and recorded "
         "accurately so that all apprentices receive their full entitlement.",
         "Introduce a standard off-the-job (OTJ) training planner for all apprenticeship standards, "
         "reviewed at each tripartite progress review.", "Head of Apprenticeships",
         D(2023, 9, 30), None, "Planner launched in September and in use across all 14 standards.", "Complete"),
        ("A", "1.2", None, "Audit OTJ hours for all apprentices and follow up any shortfall with employers.",
         "Apprenticeship Compliance Manager", "Termly", None,
         "First audit completed; 23 apprentices below planned hours have catch-up plans.", "On track"),
        ("A", "1.3", None, "Train academic tutors to record OTJ activity consistently in the e-portfolio.",
         "JB / KS", D(2023, 12, 31), None,
         "Two of four faculty sessions delivered. Remaining sessions booked for November.", "Amber"),
        ("A", "1.4", "Leaders should ensure that tutors use information about apprentices' starting points "
         "to plan learning that builds on what apprentices already know.",
         "Strengthen initial assessment so that skills scans are completed and signed off by the employer "
         "before enrolment.", "Head of Apprenticeships", D(2023, 10, 31), None,
         "New skills scan in place for the September 2023 intake.", "Complete"),
        ("A", "1.5", None, "Use skills scan results to set individual learning targets that are reviewed at "
         "each progress review.", "Programme Leaders", D(2024, 1, 31), None,
         "Target-setting guidance drafted and shared with programme leaders.", "On track"),
        ("H", "2. Leadership and management"),
        ("A", "2.1", "Governors should receive sufficiently detailed information about the quality of "
         "apprenticeship provision to hold leaders to account.",
         "Produce a quarterly apprenticeship quality report for Academic Board and the Board of Governors.",
         "PVC Education", D(2023, 7, 31), D(2023, 11, 30),
         "First report deferred to the November Board to include 2022/23 achievement data.", "G"),
        ("A", "2.2", None, "Appoint a link governor for apprenticeships.", "University Secretary",
         D(2023, 7, 31), None, "Link governor appointed July 2023.", "Complete"),
        ("A", "2.3", None, "Establish an Apprenticeships Quality Board, meeting monthly and chaired by the "
         "PVC Education.", "PVC Education", "Ongoing", None,
         "Board meeting monthly since May 2023; terms of reference agreed.", "G"),
        ("A", "2.4", "Leaders should ensure that apprentices receive impartial careers information, advice "
         "and guidance about their next steps.",
         "Agree a careers information, advice and guidance offer for apprentices with the Careers and "
         "Employability team.", "Head of Careers and Employability", D(2024, 3, 31), None,
         "Delayed by staffing changes in the Careers team; proposal now going to the Quality Board in "
         "February.", "R"),
        ("A", "2.5", None, "Include a discussion of next steps in every progress review from the second year "
         "of the programme.", "Programme Leaders", "Apr-24", None, "", "Not started"),
    ]
    r = 5
    groups = []
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            style_row(ws, r, 8, GREY, True)
            r += 1
            continue
        _, ref, afi, action, lead, target, revised, prog, rag = row
        if afi is not None:
            groups.append([r, r])
            ws.cell(r, 2, afi)
        else:
            groups[-1][1] = r
        ws.cell(r, 1, ref)
        ws.cell(r, 3, action)
        ws.cell(r, 4, lead)
        ws.cell(r, 5, target)
        ws.cell(r, 6, revised)
        ws.cell(r, 7, prog)
        ws.cell(r, 8, rag)
        style_row(ws, r, 8)
        for c in (5, 6):
            if isinstance(ws.cell(r, c).value, dt.datetime):
                ws.cell(r, c).number_format = "mmm-yy" if ref in ("1.3", "1.5") else "dd/mm/yyyy"
        f = RAGFILL.get(rag.lower())
        if f:
            ws.cell(r, 8).fill = f
        r += 1
    for a, b in groups:
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Key: Complete = action completed and evidenced; G = on track; Amber = some slippage, "
            "expected to complete; R = off track / at risk; Not started = not yet due to start.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    wb.save(p("dj1-de-montfort-university-ofsted-apprenticeships-piap.xlsx"))
    print("DMU last row", r)


# ---------------------------------------------------------------- 2. HMP Altcourse
def altcourse():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "HMP Altcourse – Action Plan: HM Inspectorate of Prisons unannounced inspection, 5–15 February 2024"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = ("This action plan sets out the response of HMPPS and Serco to the recommendations in the HM "
                "Inspectorate of Prisons report. Recommendations are shown as agreed, partly agreed or not agreed.")
    ws.merge_cells("A3:G3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    hdr = ["No.", "Concern / Recommendation", "Agreed / Partly agreed / Not agreed", "Action",
           "Responsible owner", "Target date", "Status"]
    for i, h in enumerate(hdr, 1):
        ws.cell(5, i, h)
    style_row(ws, 5, 7, NAVY, True, True)
    for col, w in zip("ABCDEFG", [6, 50, 14, 55, 26, 13, 12]):
        ws.column_dimensions[col].width = w
    rows = [
        ("H", "Priority concerns"),
        (1, "Prisoners spent too long locked in their cells. Leaders should increase time unlocked so that "
         "all prisoners can take part in purposeful activity every weekday.", "Agreed",
         "Introduce a revised core day from 1 July 2024 giving all prisoners at least four hours a day "
         "unlocked, with attendance monitored weekly at the Regime Management Meeting.",
         "Head of Residence", D(2024, 7, 31), "Complete"),
        (2, "Illicit drugs were widely available. Leaders should implement a drug strategy that reduces "
         "supply and supports prisoners to recover.", "Agreed",
         "Refresh the local drug strategy with partners, including intelligence-led searching and a "
         "monthly supply reduction meeting.", "Head of Security", D(2024, 9, 30), "On track"),
        (3, "Levels of self-harm had risen since the last inspection. Leaders should analyse the causes "
         "and take action to reduce self-harm.", "Agreed",
         "Complete a thematic review of self-harm incidents since April 2023 and implement the learning "
         "through the Safer Custody Meeting.", "Head of Safety; Safer Custody Manager", D(2024, 8, 31),
         "Amber"),
        ("H", "Key concerns"),
        (4, "Staff did not routinely switch on body-worn cameras during incidents. Leaders should make sure "
         "cameras are used in line with policy.", "Partly agreed",
         "Issue a Director's notice to staff on body-worn video activation and audit compliance each month.",
         "Deputy Director", D(2024, 6, 30), "Complete"),
        (5, "Prisoners with disabilities did not all have personal emergency evacuation plans (PEEPs).",
         "Agreed", "Review all prisoners with a disability, complete PEEPs where required and add a PEEP "
         "check to the reception process.", "Equalities Manager", D(2024, 6, 30), "Complete"),
        (6, "Attendance at education and work was low. Leaders should make sure prisoners attend their "
         "allocated activity.", "Agreed",
         "Set attendance targets for each class with the education provider, with daily follow-up of "
         "non-attendance by wing staff.", "Head of Reducing Reoffending", "Ongoing", "On track"),
        (7, "Too many prisoners were released without sustainable accommodation.", "Partly agreed",
         "Hold a monthly resettlement panel with CAS3 and local authority housing officers for all "
         "prisoners within 12 weeks of release.",
         "Head of Reducing Reoffending / Probation Head of Function", D(2024, 12, 31), "Red"),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            style_row(ws, r, 7, GREY, True)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        style_row(ws, r, 7)
        if isinstance(row[5], dt.datetime):
            ws.cell(r, 6).number_format = "dd/mm/yyyy"
        f = RAGFILL.get(row[6].lower())
        if f:
            ws.cell(r, 7).fill = f
        r += 1
    wb.save(p("dj1-hmp-altcourse-hmip-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 3. Scottish Water IA tracker (refuse)
def scottish_water():
    wb = Workbook()
    ws = wb.active
    ws.title = "IA Tracker"
    ws["A1"] = "Scottish Water – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Position as at 31 October 2024 – for Audit Committee, 19 November 2024"
    hdr = ["Rec No.", "Priority", "Recommendation", "Agreed management action", "Action owner",
           "Original due date", "Revised due date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        ws.cell(4, i, h)
    style_row(ws, 4, 9, NAVY, True, True)
    for col, w in zip("ABCDEFGHI", [9, 9, 40, 45, 22, 12, 12, 11, 45]):
        ws.column_dimensions[col].width = w
    rows = [
        ("H", "IA 2023/04 – Capital Investment Programme Governance"),
        ("04.1", "High", "Stage-gate approvals should be evidenced before projects move to construction.",
         "Update the investment appraisal procedure to require documented gate 3 approval in the project "
         "management system.", "Head of Capital Governance", D(2024, 3, 31), None, "Complete",
         "Procedure updated and system control live from March 2024."),
        ("04.2", "Medium", "Benefits realisation should be tracked for completed projects.",
         "Introduce post-completion benefits reviews for projects over £5m.", "Investment Planning Manager",
         D(2024, 6, 30), D(2024, 12, 31), "Amber",
         "Template agreed; first reviews scheduled for Q3."),
        ("H", "IA 2023/09 – Cyber Security: Third-Party Access"),
        ("09.1", "High", "Third-party remote access accounts should be reviewed regularly and removed when "
         "no longer required.", "Implement a quarterly review of all third-party accounts with automatic "
         "expiry after 90 days of inactivity.", "Head of Cyber Security", D(2024, 9, 30), None, "Green",
         "Automatic expiry configured; first quarterly review completed in September."),
        ("09.2", "Medium", "Contracts should include security requirements for suppliers with network access.",
         "Add standard cyber security schedule to all new and renewed supplier contracts.",
         "Procurement Manager", D(2024, 8, 31), "Febuary 2025", "Amber",
         "Legal review of the schedule has taken longer than planned."),
        ("H", "IA 2024/02 – Payroll"),
        ("02.1", "Low", "Overtime claims should be approved before payment.",
         "Reissue guidance to line managers and add approval check to the payroll exception report.",
         "Payroll Manager", D(2024, 5, 31), None, "Complete", "Guidance reissued May 2024."),
        ("02.2", "Medium", "Leavers should be removed from payroll promptly.",
         "Monthly reconciliation of HR leaver notifications to payroll.", "HR Operations Manager",
         D(2024, 7, 31), None, "Red", "Reconciliation not yet operating due to system upgrade."),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            style_row(ws, r, 9, GREY, True)
            r += 1
            continue
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        style_row(ws, r, 9)
        for c in (6, 7):
            if isinstance(ws.cell(r, c).value, dt.datetime):
                ws.cell(r, c).number_format = "dd/mm/yyyy"
        f = RAGFILL.get(row[7].lower())
        if f:
            ws.cell(r, 8).fill = f
        if row[6] == "Febuary 2025":
            print("Scottish Water typo row", r)
        r += 1
    wb.save(p("dj1-scottish-water-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


DOCFILL = {"complete": "0070C0", "achieved": "0070C0", "green": "00B050", "on track": "00B050",
           "amber": "FFC000", "red": "FF0000"}


def bold_row(row):
    for c in row.cells:
        for para in c.paragraphs:
            for run in para.runs:
                run.bold = True


# ---------------------------------------------------------------- 4. MTW maternity CQC
def mtw():
    doc = Document()
    doc.add_heading("Maidstone and Tunbridge Wells NHS Trust – CQC Maternity Inspection: Must Do and Should Do "
                    "Action Plan", level=1)
    doc.add_paragraph(
        "The Care Quality Commission inspected maternity services at Maidstone Hospital and Tunbridge Wells "
        "Hospital in March 2024 as part of the national maternity inspection programme. This action plan "
        "responds to the Must Do and Should Do actions in the report and is monitored monthly by the "
        "Maternity and Neonatal Board, with quarterly assurance to the Quality Committee.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "14 January 2025"),
                                ("Author", "Maternity Governance Lead"),
                                ("Approved by", "Maternity and Neonatal Board")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(["Ref", "CQC requirement", "Action", "Lead", "Completion date", "RAG",
                           "Progress / evidence"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0])
    data = [
        ("H", "Must do actions"),
        ("MD1.1", "The service must ensure that staff complete mandatory training, including PROMPT and fetal "
         "monitoring training, in line with trust targets.",
         "Release staff for PROMPT training through protected study days built into the rota.",
         "Director of Midwifery", "31/03/2025", "Complete", "PROMPT compliance 93% (target 90%)."),
        ("MD1.2", None, "Report fetal monitoring training compliance by staff group to the Maternity and "
         "Neonatal Board each month.", "Practice Development Midwife", "Monthly", "Green",
         "Reported monthly since May 2024."),
        ("MD2.1", "The service must ensure that emergency equipment is checked daily and that records are "
         "complete.", "Introduce an electronic daily checklist for resuscitaires and emergency trolleys in "
         "all maternity areas.", "Matron, Labour Ward", "Dec 2024", "Complete",
         "Live in all areas from 2 December 2024."),
        ("MD2.2", None, "Ward managers to carry out weekly spot checks and report results to the Maternity "
         "Quality and Safety meeting.", "Ward Managers", "Ongoing", "Green",
         "Compliance 98–100% for the last three months."),
        ("MD3.1", "The service must ensure that women are assessed within 15 minutes of arrival in maternity "
         "triage.", "Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in maternity "
         "triage.", "Consultant Midwife / Triage Lead Obstetrician", "30/06/2025", "Amber",
         "BSOTS training 78% complete. Go-live moved from April to June 2025 because of IT integration."),
        ("H", "Should do actions"),
        ("SD1.1", "The service should ensure that all staff receive an annual appraisal.",
         "Agree an appraisal trajectory for each maternity area and monitor it through divisional "
         "performance reviews.", "Head of Midwifery", "Q4 2024/25", "Red",
         "Appraisal rate 71% against the 90% target."),
        ("SD2.1", "The service should continue to improve completion of the Maternity Early Warning Score "
         "(MEOWS).", "Monthly audit of 20 records per area, with individual feedback where escalation was "
         "missed.", "Maternity Governance Lead", "Sept 2024 – March 2025", "Complete",
         "Audit completed for six months; compliance above 95% since November."),
        ("SD3.1", "The service should ensure that interpreters are used for women whose first language is not "
         "English.", "Relaunch interpreting guidance and add an interpreter prompt to the booking record in "
         "the maternity IT system.", "Patient Experience Midwife", "End of January 2025", "Green",
         "Guidance relaunched; system change scheduled for 20 January."),
    ]
    start = None
    for row in data:
        cells = t.add_row().cells
        if row[0] == "H":
            m = cells[0].merge(cells[6])
            m.text = row[1]
            for para in m.paragraphs:
                for run in para.runs:
                    run.bold = True
            shade(m, "D9D9D9")
            continue
        ref, req, action, lead, date, rag, prog = row
        cells[0].text = ref
        if req is not None:
            cells[1].text = req
            start = cells[1]
        else:
            start = start.merge(cells[1])
        cells[2].text = action
        cells[3].text = lead
        cells[4].text = date
        cells[5].text = rag
        cells[6].text = prog
        shade(cells[5], DOCFILL[rag.lower()])
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Complete (blue) – action completed and evidenced; Green – on track; "
                      "Amber – risk of delay; Red – off track.")
    doc.save(p("dj1-maidstone-tunbridge-wells-nhs-trust-cqc-maternity-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 5. Kent FRS csv
def kfrs():
    rows = [
        ["Kent Fire and Rescue Service - HMICFRS Areas for Improvement Action Plan 2023-25", "", "", "", "",
         "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Ref", "Pillar", "Area for improvement", "Action", "Action owner", "Due date", "Status", "Update"],
        ["E1.1", "Effectiveness", "The service should make sure its risk-based inspection programme targets "
         "the premises that present the highest risk.", "Review the risk-based inspection programme "
         "methodology against the NFCC Fire Standard and agree a revised premises risk model.",
         "Head of Protection", "31/03/2024", "Complete", "Revised model approved by Performance Board in "
         "March 2024."],
        ["E1.2", "Effectiveness", "The service should make sure its risk-based inspection programme targets "
         "the premises that present the highest risk.", "Report completion of high-risk premises audits to "
         "the Performance Board.", "Protection Group Manager", "Quarterly", "On track",
         "Q1 and Q2 reports presented; 96% of planned audits completed."],
        ["E2.1", "Effectiveness", "The service should make sure it gathers and records relevant and up-to-date "
         "risk information.", "Clear the backlog of overdue site-specific risk information (SSRI) reviews.",
         "Head of Operational Risk", "30/09/2024", "Amber",
         "Backlog reduced from 312 to 96 overdue reviews. Additional crews allocated to visits."],
        ["F1.1", "Efficiency", "The service should make sure it has effective measures in place to assess its "
         "productivity.", "Develop a productivity dashboard covering prevention, protection and response "
         "activity.", "Director of Finance and Corporate Services", "Mar-25", "On track",
         "Dashboard prototype shared with the Corporate Management Board."],
        ["P1.1", "People", "The service should improve its understanding of workforce diversity and take "
         "action to increase it.", "Run a positive action campaign for on-call recruitment in "
         "under-represented communities.", "Head of People and Culture", "31/12/2024", "Complete",
         "Campaign ran October to December 2024; 41 applications from under-represented groups."],
        ["P1.2", "People", "The service should improve its understanding of workforce diversity and take "
         "action to increase it.", "Introduce diverse interview panels for all promotion processes.",
         "Head of People and Culture; Head of Learning and Development", "Ongoing", "On track",
         "In place for all station manager and group manager processes."],
        ["P2.1", "People", "The service should make sure staff understand how to raise concerns and are "
         "confident to do so.", "Launch an independent Speak Up guardian service and publicise it at all "
         "stations.", "Deputy Chief Fire Officer", "30/06/2024", "Complete",
         "Service launched June 2024; posters and briefings at all 55 stations."],
    ]
    with open(p("dj1-kent-fire-rescue-service-hmicfrs-afi-action-plan.csv"), "w", newline="",
              encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


# ---------------------------------------------------------------- 6. Strabane Academy ETI docx
def strabane():
    doc = Document()
    h = doc.add_paragraph()
    run = h.add_run("Strabane Academy – Action Plan following the ETI Inspection (November 2023)")
    run.bold = True
    run.font.size = Pt(15)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "The Education and Training Inspectorate identified three areas for improvement. The Board of "
        "Governors and the Senior Leadership Team have agreed the actions below, which will be reviewed at "
        "each meeting of the Board's Curriculum and Pastoral Committee. Progress is reported as at June 2024.")
    hdr = ["Action", "Person(s) responsible", "Timescale", "Success criteria", "Progress (June 2024)",
           "Status"]
    afis = [
        ("To improve the consistency of the quality of teaching and learning in key stage 3 mathematics, so "
         "that all pupils are suitably challenged.", [
            ("Departmental review of key stage 3 schemes of work with a focus on differentiated tasks.",
             "Mrs C Devlin (Head of Mathematics)", "Spring term 2024",
             "Revised schemes of work in use in all KS3 classes.", "Schemes revised and in use from February.",
             "Achieved"),
            ("Programme of paired lesson observations in mathematics, with feedback focused on challenge.",
             "Mrs C Devlin and Mr P Quinn", "Termly", "Observations show consistent challenge for all pupils.",
             "Two rounds completed; third round planned for September.", "On track"),
        ]),
        ("To develop further the use of data by middle leaders to monitor and evaluate pupils' progress.", [
            ("Training for all heads of department on the tracking system and on analysing CAT4 and "
             "assessment data.", "Vice-Principal (Curriculum)", "November 2023 – January 2024",
             "All heads of department confident in using data.", "Three sessions delivered to all HoDs.",
             "Achieved"),
            ("Heads of department to present an annual departmental review to SLT, identifying "
             "under-achievement and the action taken.", "Heads of Department", "Autumn term 2024",
             "Reviews presented for every department.", "Template agreed; first reviews due in the autumn.",
             "Not yet started"),
        ]),
        ("To ensure that the safeguarding policy reflects current Department of Education guidance and that "
         "all staff receive refresher training.", [
            ("Update the Child Protection and Safeguarding Policy and present it to the Board of Governors "
             "for ratification.", "Designated Teacher", "December 2023", "Policy ratified and on the school "
             "website.", "Ratified by the Board on 12 December 2023.", "Achieved"),
            ("Refresher child protection training for all teaching and non-teaching staff, including new "
             "staff at induction.", "Designated Teacher / Deputy Designated Teacher", "By 31 January 2024",
             "Training records show 100% attendance.", "All staff trained; records held by the DT.",
             "Achieved"),
            ("Safeguarding to be a standing item at every Board of Governors meeting.", "Principal", "Ongoing",
             "Minutes show safeguarding reported at each meeting.", "Standing item since January 2024.",
             "On track"),
        ]),
    ]
    for n, (afi, acts) in enumerate(afis, 1):
        hp = doc.add_paragraph()
        hp.add_run(f"Area for improvement {n}").bold = True
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, hh in enumerate(hdr):
            t.rows[0].cells[i].text = hh
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            if a[5].lower() in DOCFILL:
                shade(cells[5], DOCFILL[a[5].lower()])
        doc.add_paragraph()
    doc.add_paragraph("Signed: ______________________ Principal        ______________________ Chair of the "
                      "Board of Governors")
    doc.save(p("dj1-strabane-academy-eti-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 7. East Riding SAB SAR txt
def ersab():
    lines = [
        ["East Riding Safeguarding Adults Board - Safeguarding Adults Review 'Adult K' - Action Plan"],
        ["Last updated: 12/02/2025"],
        [],
        ["Ref", "Recommendation", "Action", "Lead", "Target date", "RAG", "Update"],
        ["1.1", "1. The Board should seek assurance that partner agencies recognise and respond to self-neglect, "
         "including use of the multi-agency self-neglect protocol.", "Relaunch the multi-agency self-neglect "
         "protocol with a 7-minute briefing and practitioner webinars.", "ERSAB Business Manager", "Mar-24",
         "Complete", "Protocol relaunched March 2024; 212 practitioners attended webinars."],
        ["1.2", "", "Multi-agency audit of 10 self-neglect cases to test use of the protocol, with findings "
         "reported to the Quality and Performance Subgroup.", "Chair, Quality and Performance Subgroup",
         "Sept 2024", "A", "Audit delayed; 6 of 10 cases reviewed so far."],
        ["2.1", "2. Partners should ensure that mental capacity assessments are completed and recorded where a "
         "person repeatedly declines support.", "Deliver MCA refresher training on executive capacity to adult "
         "social care and community health staff.", "MCA Lead (ERYC) / MCA Lead (HTFT)", "31/12/2024", "G",
         "Five sessions delivered; further sessions booked."],
        ["2.2", "", "Add a prompt to record the outcome of capacity assessments to the adult social care case "
         "recording system.", "Principal Social Worker", "TBC", "", "Awaiting a system change slot from the "
         "supplier."],
        ["3.1", "3. The Board should ensure that learning from this review is shared across the partnership.",
         "Publish the SAR report and learning brief on the ERSAB website.", "ERSAB Business Manager", "Nov-23",
         "Complete", "Published 20 November 2023."],
        ["3.2", "", "Hold a multi-agency learning event for frontline practitioners.",
         "Learning and Development Subgroup", "Jan-24", "Complete", "Event held 25 January 2024."],
        [],
        ["RAG key: Complete = action completed; G = on track; A = some delay; R = not on track"],
    ]
    with open(p("dj1-east-riding-sab-sar-adult-k-action-plan.txt"), "w", encoding="utf-8", newline="") as fh:
        for ln in lines:
            fh.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    dmu()
    altcourse()
    scottish_water()
    mtw()
    kfrs()
    strabane()
    ersab()
