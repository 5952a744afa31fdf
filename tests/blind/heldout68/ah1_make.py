"""Generator for the ah1- cases of heldout68 (run with /work/main/.venv/bin/python).

Makes seven plan documents in this folder:
  ah1-christ-church-cofe-primary-siams-action-plan.docx
  ah1-careers-wales-estyn-post-inspection-action-plan.docx
  ah1-cardiff-metropolitan-university-qaa-qer-action-plan.xlsx
  ah1-nhs-24-external-audit-recommendations-tracker.xlsx
  ah1-gloucestershire-hospitals-ofsted-apprenticeships-piap.xlsx
  ah1-nhs-fife-his-victoria-hospital-sdoc-action-plan.csv
  ah1-newport-fsa-food-law-audit-action-plan.txt
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
GREY = "D9D9D9"
HEAD = "1F3864"


def out(name):
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def header_row(table, labels, fill=GREY):
    for cell, label in zip(table.rows[0].cells, labels):
        set_cell(cell, label, bold=True)
        shade(cell, fill)


# ======================================================= A. SIAMS action plan
SIAMS = [
    ("Development point 1: Deepen leaders’ and governors’ understanding of the theological roots of the "
     "school’s vision, so that they can articulate clearly how it shapes their strategic decisions.", [
        ("Hold a joint staff and governor INSET session with the Diocesan schools adviser exploring the "
         "biblical narrative behind our vision ‘Let your light shine’ (Matthew 5:16).",
         "Headteacher", "Summer term 2023",
         "All staff and governors can explain the link between the vision and Matthew 5:16.",
         "INSET held 5 June 2023; evaluations very positive.", GREEN),
        ("Revise the vision booklet for new staff and governors so that it explains the theological roots "
         "in accessible language.",
         "HT and Chair of Governors", "January 2024",
         "Booklet used in induction for all new staff and governors.",
         "Booklet printed and shared at January FGB.", GREEN),
        ("Foundation governors to include a ‘vision lens’ question in every monitoring visit and report "
         "back to the Ethos Committee.",
         "Foundation governors", "Termly",
         "Governor visit notes show the vision being used to evaluate decisions.",
         "Two of three visits so far used the vision lens question.", AMBER),
    ]),
    ("Development point 2: Develop collective worship so that pupils regularly plan, lead and evaluate "
     "worship, making it more invitational and inclusive for all.", [
        ("Establish a Worship Team of pupils from Years 3–6, trained by the Collective Worship lead and "
         "the parish youth worker.",
         "CW lead / Rev. Sarah Hughes", "October 2023",
         "Worship Team in place with representation from each KS2 class.",
         "Team of 12 pupils commissioned at Harvest service.", GREEN),
        ("Worship Team to plan and lead one class worship each half term and one whole-school worship "
         "each term.",
         "CW lead", "Spring term 2024",
         "Pupil-led worship timetabled and taking place.",
         "Class worship under way in Years 5 and 6; other classes to follow.", AMBER),
        ("Introduce pupil evaluation of worship using ‘Stop, Think, Reflect’ journals and act on the "
         "feedback at Worship Team meetings.",
         "CW lead", "Summer term 2024",
         "Evaluation shows pupils find worship inclusive and invitational.",
         "", None),
    ]),
    ("Development point 3: Strengthen the religious education curriculum so that pupils build secure "
     "knowledge of Christianity as a diverse, global, living faith.", [
        ("Audit the RE curriculum against the Diocesan syllabus and the Church of England Statement of "
         "Entitlement for RE.",
         "RE subject leader", "November 2023",
         "Gaps identified and shared with staff.",
         "Audit completed; gaps in KS1 and Year 4 identified.", GREEN),
        ("Revise the long-term plan so that every year group studies an expression of Christianity "
         "beyond the UK (e.g. the Church in Tanzania, Orthodox Christianity).",
         "RE subject leader", "End of Spring term 2024",
         "Revised long-term plan in place for September 2024.",
         "Delayed by RE lead’s absence; support from Diocese requested.", RED),
        ("Deliver staff CPD on teaching Christianity as a global faith, led by the Diocesan RE adviser.",
         "Headteacher / Diocesan RE adviser", "Summer term 2024",
         "Staff confidence survey shows improvement.",
         "", None),
        ("Pupil voice and book looks to check pupils’ knowledge of Christianity as a diverse, global faith.",
         "RE subject leader and RE link governor", "July 2024",
         "Pupils can talk confidently about Christian communities around the world.",
         "", None),
    ]),
]


def make_siams():
    doc = Document()
    landscape(doc)
    doc.add_heading("Christ Church CofE Primary School – SIAMS Action Plan 2023–24", level=1)
    doc.add_paragraph(
        "Our Statutory Inspection of Anglican and Methodist Schools (SIAMS) took place on 14 March 2023. "
        "The inspector found that the school is living up to its foundation as a Church school and "
        "identified three areas for development. This plan sets out how we will address them. It is "
        "reviewed termly by the Ethos Committee and reported to the Full Governing Body.")
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for row, (k, v) in zip(info.rows, [
            ("Date of inspection", "14 March 2023"),
            ("Plan written by", "Headteacher and Foundation Governors"),
            ("Approved by FGB", "25 April 2023"),
            ("Last updated", "6 February 2024")]):
        set_cell(row.cells[0], k, bold=True)
        shade(row.cells[0], GREY)
        set_cell(row.cells[1], v)
    doc.add_paragraph("")
    cols = ["Action", "Lead", "Timescale", "Success criteria", "Progress / evidence", "RAG"]
    for i, (dp, actions) in enumerate(SIAMS):
        doc.add_heading(dp, level=2)
        extra = 1 if i == 1 else 0       # a spare blank row left at the end of the second table
        t = doc.add_table(rows=1 + len(actions) + extra, cols=len(cols))
        t.style = "Table Grid"
        header_row(t, cols, fill="BDD7EE")
        for row, (act, lead, when, sc, prog, rag) in zip(t.rows[1:], actions):
            for cell, val in zip(row.cells, [act, lead, when, sc, prog, ""]):
                set_cell(cell, val)
            if rag:
                shade(row.cells[5], rag)
        for row in t.rows:
            row.cells[0].width = Cm(8)
            row.cells[5].width = Cm(1.5)
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – completed; Amber – in progress; Red – not on track; "
                      "no colour – not yet due.")
    doc.save(out("ah1-christ-church-cofe-primary-siams-action-plan.docx"))


# ================================================ B. Careers Wales Estyn PIAP
CW = [
    ("R1 Improve the consistency and quality of careers guidance interviews so that all clients receive "
     "advice that is well matched to their needs", [
        ("1.1", "Revise the Careers Wales Quality Framework and observation tool to include clear "
                "descriptors for effective guidance interviews.",
         "Head of Quality", "September 2024",
         "Revised framework in use by all area teams.",
         "Framework approved by SLT in September and launched at all-staff briefing.", "Complete", BLUE),
        ("1.2", "Deliver a programme of peer observation and moderation for all careers advisers, with "
                "findings reported to area managers.",
         "Area Managers / Head of Quality", "Q4 2024-25",
         "Every adviser observed at least once; 90% of interviews judged good or better.",
         "71% of advisers observed to date; moderation panel met in November and January.", "Green", GREEN),
        ("1.3", "Introduce a standard template for action plans following guidance interviews, including "
                "next steps agreed with the client.",
         "Director of Operations", "Q3 2024-25 (revised: February 2025)",
         "Action plans on CRM for all clients seen; sample checks show clear next steps.",
         "CRM change delayed by supplier release schedule; template now being tested in two areas.",
         "Amber", AMBER),
    ]),
    ("R2 Strengthen the use of data and client feedback to evaluate the impact of services and plan "
     "improvements", [
        ("2.1", "Develop a performance dashboard in Power BI combining client outcomes, destinations and "
                "satisfaction data at area and team level.",
         "Head of Digital and Data", "December 2024",
         "Dashboard live and used in area performance meetings.",
         "Dashboard in final testing; first release to area managers scheduled.", "Green", GREEN),
        ("2.2", "Revise the self-evaluation cycle so that area teams use the dashboard and client feedback "
                "to set termly improvement priorities.",
         "Head of Quality", "March 2025",
         "All area self-evaluation reports include evidence-based priorities.",
         "New self-evaluation template drafted and shared with area managers.", "Green", GREEN),
    ]),
    ("R3 Improve the provision for young people who are not in education, employment or training (NEET) "
     "and those at risk of becoming NEET, by working more closely with partners in the Youth Engagement "
     "and Progression Framework", [
        ("3.1", "Agree data-sharing protocols with all 22 local authorities to ensure timely tier 2 and "
                "tier 3 referrals.",
         "Director of Operations", "July 2024",
         "Signed protocols in place with all 22 local authorities.",
         "All protocols signed; monitored through quarterly YEPF meetings.", "Complete", BLUE),
        ("3.2", "Pilot joint case reviews with local authority youth services in three areas and evaluate "
                "the impact on progression.",
         "Area Manager (North Wales)", "Q4 2024-25",
         "Evaluation report to SLT with recommendations for roll-out.",
         "Pilots running in Conwy and Wrexham; third area not yet confirmed.", "Amber", AMBER),
    ]),
    ("R4 Ensure that all staff receive professional learning on supporting clients with additional "
     "learning needs (ALN), in line with the ALN Code", [
        ("4.1", "Deliver mandatory ALN awareness training to all customer-facing staff through the "
                "Learning Hub.",
         "Head of People and Organisational Development", "Ongoing",
         "95% completion rate for customer-facing staff.",
         "88% completion; new starters complete within induction.", "Green", GREEN),
        ("4.2", "Appoint ALN champions in each area team and establish a community of practice.",
         "Head of Inclusion", "October 2024",
         "Champions in place in all areas; community of practice meets each term.",
         "Champions appointed; first community of practice held 15 October.", "Complete", BLUE),
    ]),
]


def make_careers_wales():
    doc = Document()
    landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("Careers Wales: Post-Inspection Action Plan")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Estyn inspection 4–8 March 2024  |  Report published 14 May 2024")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for row, vals in zip(dc.rows[1:], [
            ("1.0", "10/06/2024", "Head of Quality", "Submitted to Estyn"),
            ("1.3", "21/01/2025", "Head of Quality", "Q3 progress update for Quality and Standards Committee")]):
        for cell, v in zip(row.cells, vals):
            set_cell(cell, v)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Estyn made four recommendations. This plan sets out the actions Careers Wales will take to address "
        "them. Progress is reported quarterly to the Senior Leadership Team and to the Quality and Standards "
        "Committee of the Board.")
    cols = ["Ref", "Action", "Responsibility", "Timescale", "Success criteria",
            "Progress update (Q3 2024-25)", "RAG"]
    n = 1 + sum(1 + len(a) for _, a in CW)
    t = doc.add_table(rows=n, cols=len(cols))
    t.style = "Table Grid"
    header_row(t, cols, fill="D9E2F3")
    i = 1
    for rec, actions in CW:
        row = t.rows[i]
        merged = row.cells[0].merge(row.cells[-1])
        set_cell(merged, rec, bold=True)
        shade(merged, "E2EFD9")
        i += 1
        for ref, act, resp, when, sc, prog, rag, fill in actions:
            row = t.rows[i]
            for cell, val in zip(row.cells, [ref, act, resp, when, sc, prog, rag]):
                set_cell(cell, val)
            shade(row.cells[6], fill)
            i += 1
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete – action completed; Green – on track; "
                      "Amber – at risk of slipping; Red – not on track.")
    doc.save(out("ah1-careers-wales-estyn-post-inspection-action-plan.docx"))


# ------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# ========================================= C. Cardiff Met QAA QER action plan
STATUS_FILL = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

CM = [
    ("Recommendations", [
        ("Ensure that the revised approach to programme-level assessment is implemented consistently across "
         "all Schools and collaborative partners.", [
            ("R1.1", "Publish the updated Assessment and Feedback Policy with programme-level assessment "
                     "mapping templates.",
             "Director of Academic Quality and Standards", dt.date(2024, 9, 30),
             "Policy approved by Academic Board in July 2024 and published on the Academic Handbook site.",
             "Complete"),
            ("R1.2", "Deliver a staff development programme on programme-level assessment through the "
                     "Learning and Teaching Development Unit, prioritising programmes due for revalidation "
                     "in 2024/25.",
             "Head of Learning and Teaching Development", dt.date(2025, 6, 30),
             "Six workshops held (142 staff attended); online resource pack launched in January.",
             "On track"),
            ("R1.3", "Require collaborative partners to confirm implementation through the Annual Partner "
                     "Monitoring report, with exceptions reported to Collaborative Provision Committee.",
             "Head of Collaborative Partnerships", "July 2025 (revised; originally March 2025)",
             "Two overseas partners have requested an extension to align with their academic calendars.",
             "At risk"),
        ]),
        ("Strengthen institutional oversight of postgraduate research student progression by ensuring that "
         "annual progress reviews are completed on time.", [
            ("R2.1", "Introduce a dashboard in the research student record system showing overdue progress "
                     "reviews by School.",
             "Head of Graduate School", dt.date(2024, 12, 31),
             "Dashboard live from November 2024.",
             "Complete"),
            ("R2.2", "Report completion rates of annual progress reviews to Research Degrees Committee each "
                     "term.",
             "Head of Graduate School", "Ongoing – reported termly",
             "First report received by RDC in February 2025 (completion 91%).",
             "On track"),
        ]),
        ("Develop a systematic approach to closing the feedback loop with students on actions taken in "
         "response to module evaluation.", [
            ("R3.1", "Launch ‘You Said, We Did’ pages on every programme Moodle site, updated after each "
                     "module evaluation window.",
             "Deans of School / Students' Union President", dt.date(2025, 1, 31),
             "Pages live for 58% of programmes; template to be simplified following SU feedback.",
             "Off track"),
        ]),
    ]),
    ("Affirmations", [
        ("The steps being taken to embed the EDGE graduate attributes (Ethical, Digital, Global and "
         "Entrepreneurial) across the curriculum.", [
            ("A1.1", "Complete mapping of EDGE attributes for all undergraduate programmes and publish the "
                     "maps in programme handbooks.",
             "PVC Education and Student Experience", dt.date(2025, 9, 30),
             "Mapping complete for three of five Schools.",
             "On track"),
        ]),
        ("The work under way to improve the consistency of personal tutoring across Schools.", [
            ("A2.1", "Evaluate the Personal Tutoring Framework pilot and report findings and recommendations "
                     "to Academic Board.",
             "Head of Student Services", dt.date(2025, 3, 31),
             "Evaluation report considered by Academic Board in February 2025.",
             "Complete"),
        ]),
    ]),
]


def make_cardiff_met():
    wb = Workbook()
    ws = wb.active
    ws.title = "QER Action Plan"
    ws["A1"] = ("Cardiff Metropolitan University – Quality Enhancement Review (QER) 2024: "
                "Institutional Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Progress update for Academic Board – 12 March 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Recommendation / Affirmation", "Action", "Lead", "Target date",
           "Progress update (February 2025)", "Status"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for section, recs in CM:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=r, column=c).fill = fill(GREY)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for rec, actions in recs:
            first = r
            ws.cell(row=r, column=2, value=rec)
            for ref, act, lead, when, prog, status in actions:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=act)
                ws.cell(row=r, column=4, value=lead)
                c = ws.cell(row=r, column=5, value=when)
                if isinstance(when, dt.date):
                    c.number_format = "mmm-yy"
                ws.cell(row=r, column=6, value=prog)
                s = ws.cell(row=r, column=7, value=status)
                s.fill = fill(STATUS_FILL[status])
                for col in range(1, 8):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for status, meaning in [("Complete", "Action completed and evidence held by AQS"),
                            ("On track", "Progressing to the target date"),
                            ("At risk", "Some slippage; mitigation in place"),
                            ("Off track", "Target date missed or will be missed; escalated to PVC")]:
        ws.cell(row=r, column=1, value=status).fill = fill(STATUS_FILL[status])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    widths(ws, {"A": 10, "B": 40, "C": 50, "D": 26, "E": 16, "F": 45, "G": 12})
    ws.freeze_panes = "A5"
    wb.save(out("ah1-cardiff-metropolitan-university-qaa-qer-action-plan.xlsx"))


# ============================== D. NHS 24 external audit recommendations tracker
RAG_FILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}

N24 = [
    ("2023/24 Annual Audit Report (Audit Scotland, September 2024)", [
        ("1", "The medium-term financial plan should set out the savings required in each year and how "
              "they will be delivered on a recurring basis.",
         "A recurring savings plan will be developed and included within the three-year Medium Term "
         "Financial Plan presented to the Board.",
         "Director of Finance and Performance", dt.date(2025, 3, 31), None, "G",
         "Savings schemes identified for 2025/26; MTFP to Board in March 2025."),
        ("2", "Progress with the Digital Transformation Programme should be reported to the Board with "
              "clear milestones, costs and expected benefits.",
         "Programme highlight reports including milestones, spend to date and benefits realisation will "
         "be presented to the Planning and Performance Committee quarterly.",
         "Chief Information Officer", dt.date(2024, 9, 30), dt.date(2025, 3, 31), "A",
         "Benefits realisation framework still in draft; first full report now planned for March 2025."),
        ("3", "The workforce plan should be refreshed to reflect the new service model and the expected "
              "reduction in agency use.",
         "Refresh the three-year workforce plan in line with Scottish Government guidance and present to "
         "Staff Governance Committee.",
         "Director of Workforce", dt.date(2024, 7, 31), None, "B",
         "Workforce plan approved by Staff Governance Committee on 25 July 2024."),
    ]),
    ("2023/24 Management Report (interim audit, June 2024)", [
        ("1", "Leavers should be removed from the payroll promptly, and overpayments recovered.",
         "Implement a monthly leavers report from eESS to Payroll with line manager confirmation.",
         "Head of Payroll Services / Director of Workforce", dt.date(2025, 2, 28), None, "G",
         "Monthly report running since November; overpayments down from 9 to 2 cases."),
        ("2", "Manual journals above £50,000 should be independently authorised before posting.",
         "Configure a system control in the ledger to require a second authoriser for journals over "
         "£50,000.",
         "Financial Controller", dt.date(2024, 10, 31), None, "B",
         "Control live from 1 October 2024; tested by External Audit."),
    ]),
    ("2022/23 Annual Audit Report – follow-up of prior year recommendations", [
        ("4", "The register of interests should be reviewed to ensure declarations are complete and up to "
              "date.",
         "An annual reminder and sign-off process for Board members and senior staff will be introduced.",
         "Head of Corporate Governance", dt.date(2024, 3, 31), None, "B",
         "Annual declarations process completed in March 2024; register published."),
        ("7", "The fixed asset register should be reconciled to the general ledger on a monthly basis.",
         "A monthly reconciliation will be introduced and reviewed by the Financial Controller.",
         "Financial Controller", dt.date(2023, 6, 30), dt.date(2024, 12, 31), "R",
         "Reconciliation prepared for Q1–Q2 only; resource gap in Financial Services. New date to be agreed."),
    ]),
]


def make_nhs24():
    wb = Workbook()
    ws = wb.active
    ws.title = "EA Recs Tracker"
    ws["A1"] = "NHS 24 – External Audit Recommendations: Follow-up Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 20 February 2025 – position at 31 January 2025"
    hdr = ["Ref", "Recommendation", "Agreed management action", "Responsible officer", "Target date",
           "Revised target date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("B4C6E7")
        cell.alignment = WRAP
        cell.border = BOX
    r = 5
    for report, rows in N24:
        ws.cell(row=r, column=1, value=report).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, rec, act, officer, tgt, rev, rag, upd in rows:
            vals = [ref, rec, act, officer, tgt, rev, rag, upd]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[rag])
            ws.cell(row=r, column=7).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    ws.cell(row=r, column=4, value="Summary").font = Font(bold=True)
    r += 1
    key = [("B", "Complete – evidence provided to External Audit"),
           ("G", "On track to meet target date"),
           ("A", "At risk – target date may not be met"),
           ("R", "Target date missed / revised date required")]
    summary = [("Complete", 3), ("On track", 2), ("At risk", 1), ("Overdue", 1), ("Total", 7)]
    for i in range(5):
        if i < 4:
            k, meaning = key[i]
            ws.cell(row=r + i, column=1, value=k).fill = fill(RAG_FILL[k])
            ws.cell(row=r + i, column=2, value=meaning)
        lab, n = summary[i]
        ws.cell(row=r + i, column=4, value=lab)
        ws.cell(row=r + i, column=5, value=n)
    widths(ws, {"A": 7, "B": 45, "C": 45, "D": 26, "E": 13, "F": 12, "G": 6, "H": 45})
    wb.save(out("ah1-nhs-24-external-audit-recommendations-tracker.xlsx"))


# ======================= E. Gloucestershire Hospitals Ofsted apprenticeships PIAP
RAGW_FILL = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

GH = [
    ("Quality of education", [
        ("Leaders should ensure that all apprentices receive their full entitlement to off-the-job training, "
         "including those who work night shifts.", [
            ("1.1", "Introduce a monthly off-the-job (OTJ) hours report from Aptem, reviewed at the "
                    "Apprenticeship Operations meeting.",
             "Head of Apprenticeships", dt.date(2024, 4, 30), "dd/mm/yyyy", "Complete",
             "Report in place since April; reviewed at each Ops meeting."),
            ("1.2", "Agree a protected learning time rota with ward managers for night-shift apprentices "
                    "(HCSW Level 3 and Nursing Associate).",
             "SH/KT", dt.date(2024, 6, 30), "mmm-yy", "Green",
             "Rota agreed for Medicine and Surgery divisions; Women and Children in progress."),
            ("1.3", "Audit OTJ records for all apprentices and agree catch-up plans where below 80% of "
                    "planned hours.",
             "Apprenticeship Quality Lead", "Q2 2024/25", None, "Amber",
             "Audit 60% complete; catch-up plans agreed for 23 apprentices."),
        ]),
        ("Leaders should ensure that tutors use information about apprentices' starting points to plan "
         "learning that builds on what they already know and can do.", [
            ("2.1", "Revise the initial assessment and skills scan and train tutors to use the outcomes in "
                    "individual learning plans.",
             "JB", dt.date(2024, 7, 31), "dd/mm/yyyy", "Green",
             "New skills scan live for July starts; tutor training booked."),
            ("2.2", "Quality walk-throughs and observations of teaching to check that learning plans reflect "
                    "starting points.",
             "Apprenticeship Quality Lead", "Termly", None, "Green",
             "Summer term walk-throughs completed for 6 of 9 tutors."),
        ]),
    ]),
    ("Leadership and management", [
        ("Leaders should ensure that employers are involved in progress reviews so that line managers "
         "understand what apprentices need to do to improve.", [
            ("3.1", "Hold tripartite progress reviews every 10–12 weeks, with line manager attendance "
                    "recorded in Aptem.",
             "Apprenticeship Co-ordinators", dt.date(2024, 6, 30), "dd/mm/yyyy", "Red",
             "Line manager attendance at 54% (target 90%); escalated to divisional nurse directors."),
            ("3.2", "Produce a line manager briefing pack and deliver a session at the Band 7 leadership "
                    "forum.",
             "Head of Apprenticeships", "May 2024", None, "Complete",
             "Briefing delivered 14 May 2024; pack on intranet."),
        ]),
        ("Governors should receive sufficiently detailed information about the quality of apprenticeship "
         "provision to hold leaders to account.", [
            ("4.1", "Quarterly apprenticeship quality report to the People and OD Committee, including "
                    "achievement rates, OTJ compliance and learner feedback.",
             "Director of People and OD / Head of Apprenticeships", "Q1 2024/25", None, "Green",
             "First report presented June 2024; next due September."),
        ]),
    ]),
    ("Personal development", [
        ("Tutors should ensure that apprentices develop their understanding of the risks of radicalisation "
         "and extremism relevant to their workplace.", [
            ("5.1", "Add Prevent and British values topics to the progress review template and publish a "
                    "monthly 'hot topic' on Aptem.",
             "Safeguarding and Prevent Lead", dt.date(2024, 8, 31), "dd/mm/yyyy", "Amber",
             "Template updated; hot topics started in July."),
        ]),
    ]),
]


def make_glos():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Gloucestershire Hospitals NHS Foundation Trust – Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted inspection 5–8 March 2024 (overall effectiveness: Requires improvement)"
    ws.merge_cells("A2:H2")
    ws["A3"] = "Owner: Head of Apprenticeships     Last updated: 19/07/2024"
    ws.merge_cells("A3:H3")
    hdr = ["Theme", "Area for improvement (Ofsted report)", "Ref", "Action", "Lead", "By when", "RAG",
           "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 6
    for theme, afis in GH:
        tfirst = r
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for afi, actions in afis:
            afirst = r
            ws.cell(row=r, column=2, value=afi)
            for ref, act, lead, when, fmt, rag, upd in actions:
                ws.cell(row=r, column=3, value=ref)
                ws.cell(row=r, column=4, value=act)
                ws.cell(row=r, column=5, value=lead)
                c = ws.cell(row=r, column=6, value=when)
                if fmt:
                    c.number_format = fmt
                g = ws.cell(row=r, column=7, value=rag)
                g.fill = fill(RAGW_FILL[rag])
                ws.cell(row=r, column=8, value=upd)
                for col in range(1, 9):
                    ws.cell(row=r, column=col).alignment = WRAP
                    ws.cell(row=r, column=col).border = BOX
                r += 1
            if r - 1 > afirst:
                ws.merge_cells(start_row=afirst, start_column=2, end_row=r - 1, end_column=2)
        if r - 1 > tfirst:
            ws.merge_cells(start_row=tfirst, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    r += 1
    for k, meaning in [("Complete", "Action completed and impact evidenced"),
                       ("Green", "On track"),
                       ("Amber", "Some slippage – recovery plan in place"),
                       ("Red", "Off track – escalated to Education and Training Committee")]:
        ws.cell(row=r, column=1, value=k).fill = fill(RAGW_FILL[k])
        ws.cell(row=r, column=2, value=meaning)
        r += 1
    widths(ws, {"A": 16, "B": 40, "C": 6, "D": 48, "E": 24, "F": 12, "G": 10, "H": 42})
    wb.save(out("ah1-gloucestershire-hospitals-ofsted-apprenticeships-piap.xlsx"))


# ============================== F. NHS Fife HIS Safe Delivery of Care (csv)
FIFE_TOP = [
    ["NHS Fife – Victoria Hospital Kirkcaldy: Safe Delivery of Care Inspection Improvement Action Plan"],
    ["Healthcare Improvement Scotland unannounced inspection 27–29 November 2023"],
    ["Updated for Clinical Governance Committee – 5 July 2024"],
    [],
    ["Ref", "Domain", "Requirement", "Action planned", "Timescale to meet action",
     "Responsibility for taking action", "Progress", "RAG"],
]
FIFE_ROWS = [
    ["1.1", "Domain 2 – Leadership and culture",
     "Requirement 1: NHS Fife must ensure that staff are supported to raise concerns and that there is a "
     "clear process to escalate and respond to concerns about staffing and patient safety.",
     "Relaunch the National Whistleblowing Standards and Speak Up briefings at ward safety huddles across "
     "the acute site.",
     "31/03/2024", "Associate Director of Nursing (Acute)",
     "Briefings delivered to 28 of 30 wards; remaining two completed in April.", "Blue"],
    ["1.2", "", "",
     "Introduce a weekly staffing escalation review chaired by the Deputy Director of Nursing, with "
     "outcomes fed back to Senior Charge Nurses.",
     "Apr-24", "Deputy Director of Nursing",
     "Weekly review in place since 8 April 2024.", "Blue"],
    ["2.1", "Domain 4.1 – Pathways, procedures and policies",
     "Requirement 2: NHS Fife must ensure that all patient risk assessments, including falls, pressure "
     "area care and nutrition, are completed accurately and within the required timescales.",
     "Monthly ward documentation audits using the Excellence in Care tool, with results reviewed at Senior "
     "Charge Nurse meetings.",
     "Monthly", "Senior Charge Nurses",
     "Audits embedded; compliance 87% in June (target 95%).", "Green"],
    ["2.2", "", "",
     "Targeted education on the Malnutrition Universal Screening Tool (MUST) for wards below 90% "
     "compliance.",
     "30/06/2042", "Practice Development Team",
     "Sessions delivered on wards 6, 9 and 12; ward 52 rescheduled.", "Green"],
    ["2.3", "", "",
     "Add falls bundle compliance to the ward safety brief and escalate repeat falls to the Falls "
     "Prevention Group.",
     "30/09/2024", "Falls Lead / Senior Charge Nurses",
     "Safety brief template updated; escalation pathway being agreed.", "Amber"],
    ["3.1", "Domain 4.1 – Pathways, procedures and policies",
     "Requirement 3: NHS Fife must ensure that the care environment and patient equipment are clean and "
     "ready for use.",
     "Daily equipment cleaning checklists on all wards with weekly spot checks by Infection Prevention and "
     "Control.",
     "31/05/2024", "Infection Prevention and Control Manager",
     "Checklists in place; spot checks show 93% compliance.", "Green"],
    ["3.2", "", "",
     "Agree a programme of estates repairs for the flooring and sanitary areas identified in Phase 1 and "
     "Phase 2.",
     "31/03/2025", "Head of Estates",
     "Programme agreed; capital bid submitted for flooring replacement.", "Amber"],
    ["4.1", "Domain 4.3 – Workforce planning",
     "Requirement 4: NHS Fife must ensure that it is fully compliant with the Health and Care (Staffing) "
     "(Scotland) Act 2019, including real-time staffing assessment and escalation.",
     "Roll out the real-time staffing tool (Safecare) to all acute inpatient wards and train nurses in "
     "charge.",
     "30/09/2024", "Director of Nursing / Head of eHealth",
     "Live on 19 of 30 wards; remaining wards scheduled by September.", "Amber"],
]


def make_fife():
    path = out("ah1-nhs-fife-his-victoria-hospital-sdoc-action-plan.csv")
    width = 8
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in FIFE_TOP + FIFE_ROWS:
            w.writerow(row + [""] * (width - len(row)))
        w.writerow([""] * width)
        w.writerow(["RAG key: Blue = complete; Green = on track; Amber = some delay; Red = not on track"]
                   + [""] * (width - 1))


# ================================ G. Newport City Council FSA audit action plan (txt)
NEWPORT = [
    ("(i) Ensure that the Food Law Enforcement Service Plan is developed in accordance with the Service "
     "Planning Guidance in the Framework Agreement and is submitted to the appropriate Member forum for "
     "approval. [The Standard – 3.1]", [
        ("Revise the 2019/20 Food Law Enforcement Service Plan to include all sections required by the "
         "Service Planning Guidance, including a review of performance for 2018/19.",
         "30/04/2019", "Draft plan prepared using the FSA template; performance review section being compiled."),
        ("Submit the Service Plan to the Cabinet Member for Licensing and Regulation for approval.",
         "June 2019", "Report to be included in the June Cabinet Member decision schedule."),
    ]),
    ("(ii) Ensure that all officers are authorised in accordance with their qualifications, training and "
     "experience, and that authorisations are kept up to date. [The Standard – 5.1]", [
        ("Review all food officer authorisations against the competency requirements of the Food Law Code "
         "of Practice (Wales) and re-issue where necessary.",
         "31/12/2018", "Review started December 2018; 6 of 9 officer files reviewed to date."),
        ("Amend the Authorisation Procedure to include a six-monthly review by the Principal Environmental "
         "Health Officer.",
         "31/03/2019", "Procedure being redrafted."),
    ]),
    ("(iii) Ensure that food hygiene interventions are carried out at the frequencies specified in the Food "
     "Law Code of Practice (Wales), including the backlog of overdue category A to C interventions. "
     "[The Standard – 7.1]", [
        ("Prioritise all overdue category A and B interventions and complete them by the end of the "
         "financial year.",
         "31/03/2019", "14 of 22 overdue category A and B premises inspected by the end of February."),
        ("Engage a contractor to undertake category D and E interventions to release officer capacity.",
         "Ongoing", "Contractor engaged from January 2019 for an initial six months."),
        ("Produce a monthly performance report on interventions due and achieved for the Head of Service.",
         "Monthly", "First report produced January 2019."),
    ]),
    ("(iv) Ensure that the Food Sampling Policy and Programme is implemented and that unsatisfactory "
     "sampling results are followed up appropriately. [The Standard – 12.1]", [
        ("Review the Sampling Policy and set a programme for 2019/20 taking account of Welsh Food "
         "Microbiological Forum priorities.",
         "April 2019", "Sampling Officer attending the WFMF meeting in March to inform the programme."),
    ]),
    ("(v) Verify the accuracy of the data held on the premises database by carrying out regular checks, "
     "and correct any errors identified. [The Standard – 6.1]", [
        ("Introduce quarterly data quality checks of the Uniform database, with exception reports reviewed "
         "by the Team Leader (Food Safety).",
         "Quarterly", "Exception report specification agreed with IT."),
        ("Carry out a full reconciliation of premises on the database against business rates records.",
         "30/09/2019", "Not yet started."),
    ]),
]


def make_newport():
    lines = [
        "ACTION PLAN FOR NEWPORT CITY COUNCIL",
        "Food Standards Agency Wales – Audit of Food Law Enforcement Services",
        "",
        "Audit date: 11–13 September 2018",
        "Action plan agreed: 19 November 2018",
        "Progress updated: 4 March 2019",
        "",
        "The recommendations below are those made in the audit report. The Council's planned improvements, "
        "target dates and action taken to date are set out against each recommendation.",
        "",
        "Recommendations\tPlanned improvements\tTarget date\tAction taken to date",
    ]
    for rec, acts in NEWPORT:
        for i, (act, when, done) in enumerate(acts):
            lines.append("\t".join([rec if i == 0 else "", act, when, done]))
    lines += ["", "Signed: Head of Law and Regulation, Newport City Council", ""]
    with open(out("ah1-newport-fsa-food-law-audit-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    make_siams()
    make_careers_wales()
    make_cardiff_met()
    make_nhs24()
    make_glos()
    make_fife()
    make_newport()
    print("made 7 ah1 files")
