"""Build the seven zwc- blind test files (set heldout630).

Run with /work/main/.venv/bin/python zwc_make.py ; writes next to this script.
Each action record carries the reading a person makes of it (x_lead, x_end,
x_end_text, x_status, x_under) so the expected YAML can be written from the
same text that goes into the file.
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

BLUE = "00B0F0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
FILL_OF = {"blue": BLUE, "green": GREEN, "amber": AMBER, "red": RED}


def A(ref, action, lead, end, status, lead_x, end_x, status_x, end_text_x=None, **kw):
    d = dict(ref=ref, action=action, lead=lead, end=end, status=status,
             x_lead=lead_x, x_end=end_x, x_status=status_x, x_end_text=end_text_x)
    d.update(kw)
    return d


# --------------------------------------------------------------------------
# 1. Kilsyth Academy - Education Scotland inspection action plan (docx)
# --------------------------------------------------------------------------
KIL_NAME = "zwc-kilsyth-academy-education-scotland-inspection-action-plan.docx"
KIL_TITLE = "Kilsyth Academy – Education Scotland Inspection Action Plan"
KIL_AFIS = [
    ("Area for improvement 1",
     "Senior leaders should work with all staff to improve the consistency of high-quality learning "
     "and teaching across the school. This should include using assessment information well to plan "
     "learning that meets the needs of all young people.",
     [
         A("1.1",
           "Agree and launch a Kilsyth Academy learning and teaching charter with staff, young people "
           "and parents, setting out the features of a highly effective lesson.",
           "Depute Head Teacher (Learning and Teaching)", "August 2025", "B",
           ["Depute Head Teacher (Learning and Teaching)"], "2025-08", "blue",
           success="Charter launched at August in-service day; displayed in all classrooms."),
         A("1.2",
           "Introduce a programme of peer observation (learning trios) for all teaching staff, with a "
           "focus on differentiation and pace.\nEach trio to share one change in practice at the "
           "January 2026 in-service day.",
           "PT Curriculum Leaders / DHT (Learning and Teaching)", "Oct 2025 – Jan 2026", "G",
           ["PT Curriculum Leaders", "DHT (Learning and Teaching)"], "2026-01", "green",
           success="All teaching staff in a trio; 90% of observed lessons rated good or better."),
         A("1.3",
           "Carry out learning walks with the Quality Improvement Officer to evaluate the consistency "
           "of learning and teaching against the charter.",
           "HT / QIO", "Termly", "G",
           ["HT", "QIO"], None, "green", end_text_x="Termly",
           success="Learning walk reports show improving consistency across departments."),
     ]),
    ("Area for improvement 2",
     "Continue to raise attainment in the senior phase, particularly for young people living in SIMD "
     "quintiles 1 and 2.",
     [
         A("2.1",
           "Introduce mentoring for S4–S6 young people at risk of not achieving their target grades, "
           "using the tracking and monitoring system to identify young people after each data drop.",
           "Mrs K. Boyle (DHT Senior Phase)", "December 2025", "A",
           ["Mrs K. Boyle (DHT Senior Phase)"], "2025-12", "amber",
           success="Mentored young people meet or exceed target grades in prelims."),
         A("2.2",
           "Review the senior phase curriculum offer with New College Lanarkshire to increase "
           "vocational and foundation apprenticeship options for young people from SIMD quintiles 1 and 2.",
           "Head Teacher; DHT (Curriculum)", "March 2026", "Not started",
           ["Head Teacher", "DHT (Curriculum)"], "2026-03", "unrated",
           success="Options form for 2026/27 includes at least four new college courses."),
     ]),
    ("Area for improvement 3",
     "Develop further approaches to tracking and monitoring young people’s progress in the broad "
     "general education, including in literacy and numeracy.",
     [
         A("3.1",
           "Extend the senior phase tracking system to S1–S3 so that progress towards Curriculum for "
           "Excellence levels is recorded in all curricular areas three times each session.",
           "DHT (BGE)", "June 2025", "B",
           ["DHT (BGE)"], "2025-06", "blue",
           success="BGE tracker live on SEEMiS; first data drop completed."),
         A("3.2",
           "Hold tracking meetings with principal teachers after each data drop to identify young "
           "people who need additional support in literacy and numeracy, and record agreed interventions.",
           "Principal Teacher Pupil Support", "Ongoing", "G",
           ["Principal Teacher Pupil Support"], None, "green", end_text_x="Ongoing",
           success="Interventions recorded for all identified young people; gaps closing in S3 literacy."),
     ]),
]


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Write text; inner \n become separate paragraphs (as Word users type them)."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(parts[0])
    r.bold = bold
    for part in parts[1:]:
        p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def build_kilsyth(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "North Lanarkshire Council | Education and Families"
    doc.add_paragraph(KIL_TITLE, style="Title")
    doc.add_paragraph("HM Inspectors visited the school in November 2024. The inspection report was "
                      "published on 18 February 2025.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Document", "Post-inspection action plan"),
                 ("Version", "1.3 (progress update for Parent Council, 4 November 2025)"),
                 ("Prepared by", "Head Teacher and Senior Leadership Team"),
                 ("Agreed with", "Quality Improvement Officer, Education and Families"),
                 ("Next review", "February 2026")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Evaluations of quality indicators (HGIOS4)", style="Heading 2")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Quality indicator", bold=True)
    set_cell(t.rows[0].cells[1], "Evaluation", bold=True)
    for k, v in [("1.3 Leadership of change", "Satisfactory"),
                 ("2.3 Learning, teaching and assessment", "Weak"),
                 ("3.1 Ensuring wellbeing, equality and inclusion", "Good"),
                 ("3.2 Raising attainment and achievement", "Satisfactory")]:
        r = t.add_row().cells
        set_cell(r[0], k)
        set_cell(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph("The inspection team agreed the following areas for improvement with the school "
                      "and North Lanarkshire Council.")
    rag_fill = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    for head, text, acts in KIL_AFIS:
        doc.add_paragraph(head, style="Heading 2")
        doc.add_paragraph(text)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells,
                        ["Ref", "Action", "Lead", "Timescale", "Measures of success", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for a in acts:
            r = t.add_row().cells
            set_cell(r[0], a["ref"])
            set_cell(r[1], a["action"])
            set_cell(r[2], a["lead"])
            set_cell(r[3], a["end"])
            set_cell(r[4], a["success"])
            set_cell(r[5], a["status"])
            if a["status"] in rag_fill:
                shade(r[5], rag_fill[a["status"]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: R – significant concern; A – some slippage, action being taken; "
                      "G – on track; B – complete.")
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Signed", "Role", "Date"]):
        set_cell(c, h, bold=True)
    for c, h in zip(t.rows[1].cells, ["M. Grant", "Head Teacher", "10/06/2025"]):
        set_cell(c, h)
    doc.save(path)


# --------------------------------------------------------------------------
# 2. Ballymoney Model Integrated PS - ETI action plan (tab-separated .txt)
# --------------------------------------------------------------------------
BAL_NAME = "zwc-ballymoney-model-integrated-ps-eti-inspection-action-plan.txt"
BAL_TITLE = "Ballymoney Model Integrated Primary School"
BAL_AFIS = [
    ("Area for improvement 1",
     "To improve the consistency of the use of assessment information to plan learning that builds "
     "progressively on what the children know and can do.",
     [
         A("1.1",
           "Introduce a whole-school assessment calendar, agreed with all staff, setting out when "
           "standardised and teacher assessments take place in each year group.",
           "Vice-Principal", "April 2025", "Blue",
           ["Vice-Principal"], "2025-04", "blue",
           success="Calendar in use; assessments completed on time in all classes."),
         A("1.2",
           "Use the outcomes of the May 2025 assessments in year-group planning meetings to group "
           "children and set next steps in literacy.",
           "Mrs J. Kane (VP) & Mr P. Hughes (Assessment Co-ordinator)", "By 30/06/2025", "Blue",
           ["Mrs J. Kane (VP)", "Mr P. Hughes (Assessment Co-ordinator)"], "2025-06", "blue",
           success="Planning shows groupings and next steps linked to assessment data."),
         A("1.3",
           "Monitor teachers' planning and samples of children's work each half-term to check that "
           "learning builds on prior assessment.",
           "Principal / SLT", "Sept 2025 – June 2026", "Green",
           ["Principal", "SLT"], "2026-06", "green",
           success="Monitoring records show planning is informed by assessment in all classes."),
     ]),
    ("Area for improvement 2",
     "To develop further the role of the co-ordinators in monitoring and evaluating the quality of the "
     "children's learning in numeracy across the school.",
     [
         A("2.1",
           "Provide professional learning for the numeracy co-ordinators on lesson observation and "
           "giving feedback, with support from the Education Authority.",
           "Principal", "May 2025", "Blue",
           ["Principal"], "2025-05", "blue",
           success="Co-ordinators complete EA training; observation schedule agreed."),
         A("2.2",
           "Numeracy co-ordinators to observe numeracy lessons in every class and report findings "
           "to the Board of Governors.",
           "Numeracy Co-ordinators", "December 2025", "Amber",
           ["Numeracy Co-ordinators"], "2025-12", "amber",
           success="Report presented to Board of Governors; agreed actions followed up."),
         A("2.3",
           "Introduce pupil voice sessions with P5–P7 children about their numeracy learning.",
           "Numeracy Co-ordinators", "Ongoing", "",
           ["Numeracy Co-ordinators"], None, "unrated", end_text_x="Ongoing",
           success="Children can talk about how they learn in numeracy."),
     ]),
]


def bal_lines():
    L = [
        BAL_TITLE,
        "Action Plan following ETI Inspection (January 2025)",
        "Agreed by the Board of Governors: 20 March 2025\tLast updated: 10 November 2025",
        "",
        "No.\tAction\tPerson(s) responsible\tTimescale\tSuccess criteria\tRAG",
    ]
    for head, text, acts in BAL_AFIS:
        L.append(f"{head}\t{text}\t\t\t\t")
        for a in acts:
            L.append("\t".join([a["ref"], a["action"], a["lead"], a["end"], a["success"], a["status"]]))
        L.append("")
    L += [
        "RAG key: Blue = completed; Green = on track; Amber = started, some delay; Red = significant concern",
        "Note: Progress against this plan is reported at each meeting of the Board of Governors. "
        "ETI interim follow-up visit expected in spring 2026.",
    ]
    return L


def build_ballymoney(path):
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(bal_lines()) + "\n")


# --------------------------------------------------------------------------
# 3. NICTS - NIAO RTTCWG recommendations tracker (xlsx)
# --------------------------------------------------------------------------
NIC_NAME = "zwc-nicts-niao-rttcwg-recommendations-tracker.xlsx"
NIC_TITLE = ("Northern Ireland Courts and Tribunals Service – NIAO Report to Those Charged with "
             "Governance: Recommendations Tracker")
D = dt.datetime
NIC_SECTIONS = [
    ("A. 2023-24 Report to Those Charged with Governance (issued September 2024)", [
        ("1. Court Funds Office – NICTS should complete its review of dormant accounts held by the "
         "Court Funds Office and put in place a documented procedure for tracing beneficiaries.", 2, [
             A("1.1",
               "Complete the review of all accounts with no transactions for seven years or more and "
               "report the results to the Accounting Officer.",
               "Accountant General", (D(2025, 3, 31), D(2025, 12, 31)), "Partially implemented",
               ["Accountant General"], "2025-12", "amber",
               upd="Review of 1,240 of 1,610 accounts complete. Remaining accounts relate to minors and "
                   "patients; target revised with ARAC agreement."),
             A("1.2",
               "Draft and approve a tracing procedure for beneficiaries of dormant accounts, including "
               "use of General Register Office death registration data.",
               "Head of Court Funds Office", (D(2025, 6, 30), None), "Implemented",
               ["Head of Court Funds Office"], "2025-06", "blue",
               upd="Procedure approved by SMT on 24 June 2025 and shared with NIAO."),
         ]),
        ("2. ICOS user access – NICTS should ensure that access for leavers is removed promptly and "
         "that privileged access to the ICOS case management system is reviewed at least quarterly.", 1, [
             A("2.1",
               "Introduce a weekly leavers report from HRConnect to the ICOS support team so that "
               "accounts are disabled within five working days of leaving.",
               "Head of Digital Services / HR Business Partner", (D(2024, 12, 31), D(2025, 3, 31)),
               "Implemented",
               ["Head of Digital Services", "HR Business Partner"], "2025-03", "blue",
               upd="Weekly report in place since February 2025; sample test by Internal Audit found no "
                   "exceptions."),
             A("2.2",
               "Carry out and document quarterly reviews of privileged user accounts, with the results "
               "reported to the Information Governance Board.",
               "Head of Digital Services", (D(2025, 9, 30), D(2026, 1, 31)), "On track",
               ["Head of Digital Services"], "2026-01", "green",
               upd="First two quarterly reviews completed. Third review scheduled for December 2025; "
                   "target extended to allow a full year of evidence."),
         ]),
        ("3. Fixed asset register – The fixed asset register should be reconciled to the general "
         "ledger each month and differences investigated promptly.", 3, [
             A("3.1",
               "Reconcile the fixed asset register to the general ledger each month, with "
               "reconciliations reviewed and signed by the Financial Accountant.",
               "Director of Finance & Corporate Services", (D(2025, 3, 31), None), "Implemented",
               ["Director of Finance & Corporate Services"], "2025-03", "blue",
               upd="Monthly reconciliations completed from January 2025."),
         ]),
    ]),
    ("B. Recommendations brought forward from the 2022-23 Report to Those Charged with Governance", [
        ("4. Fines collection – NICTS should work with the Department of Justice to improve the "
         "recovery of outstanding fines and review the accounting treatment of fines written off.", 2, [
             A("4.1",
               "Agree with the Department of Justice a revised write-off policy for fines considered "
               "irrecoverable.",
               "Director of Operations / DoJ Finance Division", (D(2024, 3, 31), D(2026, 3, 31)),
               "Partially implemented",
               ["Director of Operations", "DoJ Finance Division"], "2026-03", "amber",
               upd="Draft policy with DoJ. Legislative change needed for one element; revised date "
                   "agreed by ARAC in June 2025."),
         ]),
        ("5. Related party declarations – All members of the NICTS Board should complete annual "
         "declarations of interest before the accounts are certified.", 3, [
             A("5.1",
               "Issue declarations of interest to Board members in March each year and chase "
               "outstanding returns before the draft accounts are submitted.",
               "Board Secretary", (D(2024, 5, 31), None), "Implemented",
               ["Board Secretary"], "2024-05", "blue",
               upd="All 2024-25 declarations received by 30 April 2025."),
             A("5.2",
               "Add a check of completed declarations to the annual accounts closedown checklist.",
               "Financial Accountant", (D(2024, 5, 31), D(2024, 6, 30)), "Not implemented",
               ["Financial Accountant"], "2024-06", "red",
               upd="Checklist not yet updated. Escalated to Director of Finance & Corporate Services."),
         ]),
    ]),
]
NIC_STATUS_FILL = {"Implemented": BLUE, "On track": GREEN, "Partially implemented": AMBER,
                   "Not implemented": RED}


def thin_border():
    s = Side(style="thin", color="808080")
    return Border(left=s, right=s, top=s, bottom=s)


def build_nicts(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = NIC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Assurance Committee – 4 November 2025 (position at 17 October 2025)"
    ws["A2"].font = Font(italic=True)
    # totals block
    counts = {}
    for _, recs in NIC_SECTIONS:
        for _, pri, acts in recs:
            for a in acts:
                counts[(a["status"], pri)] = counts.get((a["status"], pri), 0) + 1
    ws["A4"] = "Summary of agreed actions by status and priority"
    ws["A4"].font = Font(bold=True)
    hdr = ["Status", "Priority 1", "Priority 2", "Priority 3", "Total"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=GREY)
    r = 6
    tot = [0, 0, 0]
    for st in ["Implemented", "On track", "Partially implemented", "Not implemented"]:
        ws.cell(row=r, column=1, value=st).fill = PatternFill("solid", fgColor=NIC_STATUS_FILL[st])
        row_tot = 0
        for p in (1, 2, 3):
            n = counts.get((st, p), 0)
            ws.cell(row=r, column=1 + p, value=n)
            tot[p - 1] += n
            row_tot += n
        ws.cell(row=r, column=5, value=row_tot)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for p in (1, 2, 3):
        ws.cell(row=r, column=1 + p, value=tot[p - 1]).font = Font(bold=True)
    ws.cell(row=r, column=5, value=sum(tot)).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for st, desc in [("Implemented", "Action complete and evidence provided to NIAO (blue)"),
                     ("On track", "Action progressing within the target date (green)"),
                     ("Partially implemented", "Action started but behind the original target (amber)"),
                     ("Not implemented", "Target date passed and action not started (red)")]:
        ws.cell(row=r, column=1, value=st).fill = PatternFill("solid", fgColor=NIC_STATUS_FILL[st])
        ws.cell(row=r, column=2, value=desc)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority key").font = Font(bold=True)
    r += 1
    for p, desc in [("Priority 1", "Significant issues for the attention of senior management which "
                                   "may have the potential to result in material weakness in internal control."),
                    ("Priority 2", "Important issues to be addressed by management in their areas of "
                                   "responsibility."),
                    ("Priority 3", "Issues of a more minor nature which represent best practice.")]:
        ws.cell(row=r, column=1, value=p)
        ws.cell(row=r, column=2, value=desc)
        r += 1
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 16

    ws = wb.create_sheet("RTTCWG tracker")
    ws["A1"] = "NIAO Report to Those Charged with Governance – open and recently closed recommendations"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Position at 17 October 2025. Dates are dd/mm/yyyy."
    heads = ["Ref", "Recommendation / Agreed management action", "Priority", "Action owner",
             "Original target date", "Revised target date", "Status", "Progress update (October 2025)"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F3864")
        c.alignment = Alignment(wrap_text=True, vertical="top")
        c.border = thin_border()
    r = 5
    for sec, recs in NIC_SECTIONS:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="B4C6E7")
        r += 1
        for rec, pri, acts in recs:
            ws.cell(row=r, column=2, value=rec).font = Font(bold=True)
            ws.cell(row=r, column=3, value=f"Priority {pri}")
            for j in range(1, 9):
                ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor=GREY)
                ws.cell(row=r, column=j).alignment = Alignment(wrap_text=True, vertical="top")
                ws.cell(row=r, column=j).border = thin_border()
            r += 1
            for a in acts:
                orig, rev = a["end"]
                vals = [a["ref"], a["action"], None, a["lead"], orig, rev, a["status"], a["upd"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = thin_border()
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7).fill = PatternFill("solid", fgColor=NIC_STATUS_FILL[a["status"]])
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: Recommendations marked Implemented will be removed from the "
                                   "tracker once NIAO has confirmed closure in its 2024-25 report.")
    for col, w in zip("ABCDEFGH", [8, 60, 11, 28, 13, 13, 18, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(path)


# --------------------------------------------------------------------------
# 4. Camphill Blair Drummond - Care Inspectorate improvement plan (xlsx, REFUSE)
# --------------------------------------------------------------------------
CBD_NAME = "zwc-camphill-blair-drummond-care-inspectorate-improvement-plan-typo-month-refuse.xlsx"
CBD_TITLE = "Camphill Blair Drummond – Care Inspectorate Improvement Plan"
CBD_TYPO = "Novembr 2025"
CBD_BLOCKS = [
    ("REQUIREMENTS", [
        ("R1", "By 31 October 2025, the provider must ensure that each person's personal plan is reviewed "
               "at least once in every six month period and reflects their current health, care and "
               "support needs.", [
            ("Audit all 41 personal plans against the Care Inspectorate's personal planning guidance and "
             "record any gaps on the service action tracker.", "Depute Manager", D(2025, 9, 30),
             D(2025, 9, 26), "Complete"),
            ("Hold a review meeting with each resident and their family or guardian, recording their "
             "views in the plan.", "Key Workers / Team Leaders", D(2025, 10, 31), None, "In progress"),
            ("Introduce a monthly manager's sample check of five plans, with findings discussed at house "
             "team meetings.", "Registered Manager", "Monthly", None, "In progress"),
        ]),
        ("R2", "By 30 November 2025, the provider must ensure that medication is managed safely, "
               "including accurate recording of 'as required' medication and its effect.", [
            ("Retrain all staff who administer medication and complete observed competency "
             "assessments.", "Nurse Adviser", D(2025, 11, 30), None, "In progress"),
            ("Replace paper MAR charts with an electronic medication administration record in all "
             "houses.", "Registered Manager; Finance Manager", CBD_TYPO, None, "In progress"),
        ]),
    ]),
    ("AREAS FOR IMPROVEMENT", [
        ("AFI 1", "To support people's wellbeing, the provider should ensure that people have regular "
                  "opportunities to take part in meaningful activity, both within the estate and in the "
                  "wider community.", [
            ("Develop an individual activity timetable with each person, reviewed with them at key "
             "worker sessions.", "Key Workers", D(2025, 12, 31), None, "Not started"),
            ("Use the estate's farm, garden and craft workshops to offer weekly sessions open to all "
             "residents.", "Day Services Co-ordinator", "January 2026", None, "Not started"),
        ]),
        ("AFI 2", "The provider should ensure that the staff rota is planned so that there are enough "
                  "staff with the right skills on each shift, including at weekends.", [
            ("Introduce a dependency tool to set staffing levels for each house and review it weekly.",
             "Registered Manager", D(2025, 12, 31), None, "In progress"),
        ]),
    ]),
]
CBD_REFUSE_ROW = None  # filled in by build


def build_camphill(path):
    global CBD_REFUSE_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement plan"
    ws["A1"] = CBD_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Care home service – adults with learning disabilities | Care service number: CS2003010872"
    ws["A3"] = "Unannounced inspection: 5–7 August 2025 | Inspection report published: 2 September 2025"
    ws["A5"] = "Evaluations"
    ws["A5"].font = Font(bold=True)
    r = 6
    for q, g in [("How well do we support people's wellbeing?", "3 – Adequate"),
                 ("How good is our leadership?", "3 – Adequate"),
                 ("How good is our staff team?", "4 – Good"),
                 ("How good is our setting?", "3 – Adequate"),
                 ("How well is our care and support planned?", "2 – Weak")]:
        ws.cell(row=r, column=1, value=q)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=g)
        r += 1
    r += 1
    heads = ["Ref", "Requirement / area for improvement (as stated in report)", "Action we will take",
             "Responsible", "Target date", "Date completed", "Status"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=r, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="C6E0B4")
        c.border = thin_border()
        c.alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    for band, items in CBD_BLOCKS:
        ws.cell(row=r, column=1, value=band).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor=GREY)
        r += 1
        for ref, text, acts in items:
            first = r
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=2, value=text)
            for act, who, due, done, st in acts:
                for j, v in enumerate([act, who, due, done, st], 3):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = thin_border()
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if due == CBD_TYPO:
                    CBD_REFUSE_ROW = r
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            for j in (1, 2):
                ws.cell(row=first, column=j).alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(row=r, column=1, value="Last updated: 30 September 2025 – J. Sutherland, Registered Manager. "
                                   "Plan shared with the Care Inspectorate on 1 October 2025.")
    for col, w in zip("ABCDEFG", [8, 48, 52, 26, 14, 14, 13]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# --------------------------------------------------------------------------
# 5. Lisburn & Castlereagh PCSP - action plan Q2 progress (xlsx, sheet per SP)
# --------------------------------------------------------------------------
LCP_NAME = "zwc-lisburn-castlereagh-pcsp-action-plan-2025-26-q2-progress.xlsx"
LCP_TITLE = "Lisburn & Castlereagh PCSP Action Plan 2025-26 – Quarter 2 Progress Report"
LCP_SHEETS = [
    ("SP1", "Strategic Priority 1 – To ensure effective delivery in response to local need, and improve the "
            "visibility and recognition of the work of the PCSP through effective consultation, "
            "communication and engagement", [
        (None, [
            A("SP1.1",
              "Deliver four PCSP public meetings in different District Electoral Areas, including one "
              "online meeting.",
              "PCSP Manager", "Mar 2026", ("G", "G"),
              ["PCSP Manager"], "2026-03", "green", budget=2400,
              upd="Two meetings held (Castlereagh East, Killultagh); 64 residents attended."),
            A("SP1.2",
              "Publish quarterly PCSP e-bulletins and run a social media campaign promoting "
              "PCSP-funded projects.",
              "PCSP Communications Officer; LCCC Marketing", "Quarterly", ("A", "G"),
              ["PCSP Communications Officer", "LCCC Marketing"], None, "green", end_text_x="Quarterly",
              budget=1500, upd="Summer e-bulletin issued to 1,850 subscribers. Q1 delay resolved."),
        ]),
    ]),
    ("SP2", "Strategic Priority 2 – To improve community safety by prioritising and addressing local "
            "community safety issues, tackling crime and anti-social behaviour", [
        ("Theme: Anti-social behaviour", [
            A("SP2.1",
              "Fund diversionary youth activities on Friday and Saturday nights in Dunmurry, Hillhall "
              "and Twinbrook during the summer months.",
              "PCSP Officer (ASB) / PSNI Neighbourhood Policing Team", "Jun – Sept 2025", ("G", "B"),
              ["PCSP Officer (ASB)", "PSNI Neighbourhood Policing Team"], "2025-09", "blue",
              budget=18000, upd="Programme complete: 22 sessions, 410 young people engaged. "
                                "ASB calls in the target areas down 14% on summer 2024."),
            A("SP2.2",
              "Install and maintain deployable CCTV cameras at anti-social behaviour hotspots agreed "
              "with PSNI and the Northern Ireland Housing Executive.",
              "LCCC Community Safety Team; NIHE", "Q3 2025/26", ("A", "A"),
              ["LCCC Community Safety Team", "NIHE"], "2025-12", "amber",
              budget=12500, upd="Two of four cameras installed. Landlord consent awaited for the "
                                "remaining sites."),
        ]),
        ("Theme: Domestic and sexual abuse", [
            A("SP2.3",
              "Deliver the Safe Place campaign with local businesses and pharmacies, training staff to "
              "signpost people experiencing domestic abuse.",
              "PCSP Officer", "31/03/2026", ("G", "G"),
              ["PCSP Officer"], "2026-03", "green",
              budget=4000, upd="31 businesses signed up; 58 staff trained."),
        ]),
        ("Theme: Crime against older and vulnerable people", [
            A("SP2.4",
              "Provide the Home Secure scheme, fitting security equipment for older and vulnerable "
              "victims of crime referred by PSNI.",
              "PCSP Officer (Vulnerable People)", "Apr 2025 – Mar 2026", ("G", "R"),
              ["PCSP Officer (Vulnerable People)"], "2026-03", "red",
              budget=22000, upd="Contractor ceased trading in August 2025; 17 referrals waiting. "
                                "Re-tender under way with LCCC Procurement."),
            A("SP2.5",
              "Run scam awareness sessions with older people's groups and distribute call-blocker "
              "devices to people at risk.",
              "PSNI Crime Prevention Officer / PCSP Officer", "Nov 2025", (None, "Not started"),
              ["PSNI Crime Prevention Officer", "PCSP Officer"], "2025-11", "unrated",
              budget=3000, upd="Sessions scheduled for November 2025 (Scams Awareness Fortnight)."),
        ]),
    ]),
    ("SP3", "Strategic Priority 3 – To support confidence in policing, including through collaborative "
            "problem-solving with communities", [
        (None, [
            A("SP3.1",
              "Hold 'Meet the Neighbourhood Officer' drop-in sessions in each of the seven District "
              "Electoral Areas.",
              "PSNI Lisburn & Castlereagh District Commander", "Feb 2026", ("G", "G"),
              ["PSNI Lisburn & Castlereagh District Commander"], "2026-02", "green",
              budget=800, upd="Three sessions held; remaining four scheduled."),
            A("SP3.2",
              "Monitor delivery of the Local Policing Plan, with PSNI reporting on performance at each "
              "meeting of the PCSP Policing Committee.",
              "PCSP Policing Committee", "Ongoing", ("G", "G"),
              ["PCSP Policing Committee"], None, "green", end_text_x="Ongoing",
              budget=0, upd="PSNI reported to the Policing Committee on 9 September 2025."),
        ]),
    ]),
]
LCP_FILL = {"G": GREEN, "A": AMBER, "R": RED, "B": BLUE}


def build_lisburn(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = LCP_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Policing and Community Safety Partnership – report to PCSP meeting, 12 November 2025"
    ws["A3"] = "Reporting period: July – September 2025"
    ws["A5"] = "RAG key"
    ws["A5"].font = Font(bold=True)
    for i, (k, desc) in enumerate([("G", "On track"), ("A", "Some delay / partially on track"),
                                   ("R", "Significant issues / not on track"), ("B", "Complete")]):
        c = ws.cell(row=6 + i, column=1, value=k)
        c.fill = PatternFill("solid", fgColor=LCP_FILL[k])
        ws.cell(row=6 + i, column=2, value=desc)
    ws["A11"] = "Q2 RAG summary"
    ws["A11"].font = Font(bold=True)
    cols = ["Strategic priority", "G", "A", "R", "B", "Not started", "Total"]
    for j, h in enumerate(cols, 1):
        ws.cell(row=12, column=j, value=h).font = Font(bold=True)
    r = 13
    grand = [0] * 6
    for key, _, themes in LCP_SHEETS:
        cnt = [0] * 5
        for _, acts in themes:
            for a in acts:
                q2 = a["status"][1]
                idx = ["G", "A", "R", "B"].index(q2) if q2 in LCP_FILL else 4
                cnt[idx] += 1
        ws.cell(row=r, column=1, value=key)
        for j, n in enumerate(cnt, 2):
            ws.cell(row=r, column=j, value=n)
            grand[j - 2] += n
        ws.cell(row=r, column=7, value=sum(cnt))
        grand[5] += sum(cnt)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    for j, n in enumerate(grand, 2):
        ws.cell(row=r, column=j, value=n).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1, value="The PCSP is jointly funded by the Department of Justice and the "
                                   "Northern Ireland Policing Board.")
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 34

    for key, head, themes in LCP_SHEETS:
        ws = wb.create_sheet(key)
        ws["A1"] = head
        ws["A1"].font = Font(bold=True, size=12)
        ws.merge_cells("A1:H1")
        ws["A1"].alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[1].height = 32
        heads = ["Ref", "Project / activity", "Lead partner(s)", "Timescale", "Budget £",
                 "Q1 RAG", "Q2 RAG", "Q2 progress update"]
        for j, h in enumerate(heads, 1):
            c = ws.cell(row=3, column=j, value=h)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="2F5496")
            c.border = thin_border()
        r = 4
        for theme, acts in themes:
            if theme:
                ws.cell(row=r, column=1, value=theme).font = Font(bold=True, italic=True)
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
                ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
                r += 1
            for a in acts:
                q1, q2 = a["status"]
                vals = [a["ref"], a["action"], a["lead"], a["end"], a["budget"], q1, q2, a["upd"]]
                for j, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=j, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top")
                    c.border = thin_border()
                ws.cell(row=r, column=5).number_format = "£#,##0"
                for j, q in ((6, q1), (7, q2)):
                    if q in LCP_FILL:
                        ws.cell(row=r, column=j).fill = PatternFill("solid", fgColor=LCP_FILL[q])
                        ws.cell(row=r, column=j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
        for col, w in zip("ABCDEFGH", [8, 55, 30, 18, 10, 8, 11, 50]):
            ws.column_dimensions[col].width = w
    wb.save(path)


# --------------------------------------------------------------------------
# 6. Velindre University NHS Trust - corporate risk register extract (csv)
# --------------------------------------------------------------------------
VEL_NAME = "zwc-velindre-university-nhs-trust-corporate-risk-register-2025-26.csv"
VEL_TITLE = "Velindre University NHS Trust – Corporate Risk Register 2025-26"
VEL_DIVS = [
    ("Velindre Cancer Service", [
        ("Risk 0412 – Radiotherapy capacity. If demand for radiotherapy continues to exceed linear "
         "accelerator capacity, then patients may wait beyond the 28-day target, resulting in delayed "
         "treatment and poorer outcomes.", "Chief Operating Officer", "20 (4x5)", "10", [
            A("0412.1", "Extend linear accelerator operating hours to 8pm on weekdays at Velindre Cancer "
                        "Centre.", "Head of Radiotherapy", "30/09/2025", "Complete",
              ["Head of Radiotherapy"], "2025-09", "blue"),
            A("0412.2", "Commission additional capacity for palliative radiotherapy from an independent "
                        "sector provider.", "Divisional Director (VCS) / Head of Commissioning",
              "Q4 2025/26", "On track",
              ["Divisional Director (VCS)", "Head of Commissioning"], "2026-03", "green"),
        ]),
        ("Risk 0398 – SACT workforce. If vacancies in the systemic anti-cancer therapy (SACT) nursing "
         "workforce are not filled, then day unit capacity will reduce, resulting in delays to treatment "
         "starts.", "Executive Director of Nursing, AHPs and Health Science", "16 (4x4)", "8", [
            A("0398.1", "Run a targeted recruitment campaign for SACT nurses, including international "
                        "recruitment.", "Head of Nursing (VCS)", "31/12/2025", "At risk",
              ["Head of Nursing (VCS)"], "2025-12", "amber"),
            A("0398.2", "Develop a band 4 SACT support worker role and train the first cohort of six staff."
                        "\nFirst cohort to start training in January 2026.",
              "Lead Nurse SACT; Practice Educator", "31/03/2026", "On track",
              ["Lead Nurse SACT", "Practice Educator"], "2026-03", "green"),
        ]),
    ]),
    ("Welsh Blood Service", [
        ("Risk 0455 – Blood stock resilience. If O negative red cell stocks fall below three days' supply, "
         "then the service may be unable to meet hospital demand across Wales, resulting in cancelled "
         "procedures.", "Director of Welsh Blood Service", "15 (3x5)", "10", [
            A("0455.1", "Deliver a targeted donor recruitment campaign for O negative donors in north and "
                        "west Wales.", "Head of Donor Services", "Ongoing – reviewed monthly at WBS SMT",
              "On track", ["Head of Donor Services"], None, "green",
              end_text_x="Ongoing – reviewed monthly at WBS SMT"),
            A("0455.2", "Agree a mutual aid arrangement with NHS Blood and Transplant for the supply of O "
                        "negative red cells.", "Director of Welsh Blood Service", "30/09/2025", "Overdue",
              ["Director of Welsh Blood Service"], "2025-09", "red"),
        ]),
    ]),
    ("Trust-wide", [
        ("Risk 0377 – Cyber security. If unsupported legacy systems are not upgraded or isolated, then a "
         "cyber attack could disrupt clinical systems, resulting in harm to patients and loss of data.",
         "Chief Digital Officer", "16 (4x4)", "8", [
            A("0377.1", "Complete the replacement of unsupported Windows servers hosting clinical "
                        "applications.", "Head of IT Infrastructure", "December 2025", "On track",
              ["Head of IT Infrastructure"], "2025-12", "green"),
            A("0377.2", "Carry out a cyber incident tabletop exercise with the Executive Management Board.",
              "Chief Digital Officer", "Nov-25", "Complete",
              ["Chief Digital Officer"], "2025-11", "blue"),
        ]),
    ]),
]


def vel_rows():
    rows = [
        [VEL_TITLE, "", "", "", "", "", ""],
        ["Extract: risks with a current score of 15 or above and their mitigating actions. "
         "Data as at 31 October 2025 (Datix).", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Risk description / Mitigating action", "Executive lead / Action owner",
         "Current score (LxC)", "Target score", "Due date", "Action status"],
    ]
    for div, risks in VEL_DIVS:
        rows.append([div, "", "", "", "", "", ""])
        for text, lead, cur, tgt, acts in risks:
            rows.append(["", text, lead, cur, tgt, "", ""])
            for a in acts:
                rows.append([a["ref"], a["action"], a["lead"], "", "", a["end"], a["status"]])
    rows += [
        ["", "", "", "", "", "", ""],
        ["Action status key: Complete (blue), On track (green), At risk (amber), Overdue (red)",
         "", "", "", "", "", ""],
        ["Scores are likelihood x consequence. The register is reviewed monthly by the Executive "
         "Management Board and quarterly by the Quality, Safety & Performance Committee.",
         "", "", "", "", "", ""],
    ]
    return rows


def build_velindre(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in vel_rows():
            w.writerow(row)


# --------------------------------------------------------------------------
# 7. Ysgol Gyfun Llangynwyd - Estyn post-inspection action plan (docx)
# --------------------------------------------------------------------------
LLA_NAME = "zwc-ysgol-gyfun-llangynwyd-estyn-post-inspection-action-plan.docx"
LLA_TITLE = "Ysgol Gyfun Llangynwyd – Post-inspection Action Plan"
LLA_RECS = [
    ("R1 Improve the quality of teaching and assessment so that all pupils, including the more able, "
     "are challenged to make strong progress", [
        A(None, "Establish a teaching and learning group of middle leaders to research and trial approaches "
                "to challenge for more able pupils, sharing outcomes at whole-staff INSET.",
          "Deputy Headteacher (Teaching and Learning)", "Autumn term 2025", "green",
          ["Deputy Headteacher (Teaching and Learning)"], "2025-12", "green",
          success="Approaches trialled in all faculties; more able pupils report greater challenge.",
          mon="SLT line management meetings – half-termly"),
        A(None, "Refine the school's feedback policy so that pupils respond to teachers' comments and "
                "improve their work in all subjects.",
          "AHT Assessment / Heads of Faculty", "July 2025", "blue",
          ["AHT Assessment", "Heads of Faculty"], "2025-07", "blue",
          success="Revised policy approved by governors; book scrutiny shows pupils acting on feedback.",
          mon="Standards Committee – July 2025"),
        A(None, "Carry out book looks and learning walks, with findings reported to the governors' "
                "Standards Committee.",
          "Headteacher; School Improvement Partner (BCBC)", "Half-termly", "green",
          ["Headteacher", "School Improvement Partner (BCBC)"], None, "green", end_text_x="Half-termly",
          success="Monitoring shows consistently good teaching in at least 80% of lessons.",
          mon="Full governing body – termly"),
    ]),
    ("R2 Improve pupils’ attendance, particularly that of pupils eligible for free school meals", [
        A(None, "Appoint a Family Engagement Officer to work with the families of pupils whose attendance "
                "is below 90%.",
          "Headteacher", "Summer term 2025", "blue",
          ["Headteacher"], "2025-07", "blue",
          success="Officer in post; caseload of families agreed with the Education Welfare Service.",
          mon="Headteacher report to governors"),
        A(None, "Introduce weekly attendance panels for each year group, using the local authority's "
                "graduated response letters and meetings.",
          "Mr G. Davies (AHT Wellbeing) & Mrs C. Price (EWO)", "Sept 2025 – July 2026", "amber",
          ["Mr G. Davies (AHT Wellbeing)", "Mrs C. Price (EWO)"], "2026-07", "amber",
          success="Attendance of eFSM pupils rises to at least 88%; persistent absence falls.",
          mon="Attendance data reviewed by SLT weekly"),
    ]),
    ("R3 Strengthen the role of governors in holding leaders to account for the quality of provision", [
        A(None, "Provide training for governors on understanding school performance information and "
                "asking challenging questions.",
          "Clerk to the Governors / LA Governor Support Officer", "January 2026", None,
          ["Clerk to the Governors", "LA Governor Support Officer"], "2026-01", "unrated",
          success="All governors complete the training; minutes show challenge of leaders.",
          mon="Chair of Governors"),
        A(None, "Link each governor to a faculty, with visits recorded on a standard pro forma and "
                "reported to the full governing body.",
          "Chair of Governors", "Termly", "green",
          ["Chair of Governors"], None, "green", end_text_x="Termly",
          success="Link visit reports received for every faculty each term.",
          mon="Full governing body – termly"),
    ]),
]


def build_llangynwyd(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph(LLA_TITLE, style="Title")
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad")
    p.runs[0].italic = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Ysgol / School", "Ysgol Gyfun Llangynwyd, Maesteg"),
                 ("Pennaeth / Headteacher", "Mr R. Bowen"),
                 ("Cadeirydd y Llywodraethwyr / Chair of Governors", "Mrs E. Morgan"),
                 ("Awdurdod lleol / Local authority", "Bridgend County Borough Council"),
                 ("Dyddiad yr arolygiad / Inspection dates", "10–13 March 2025"),
                 ("Cymeradwywyd / Approved by governing body", "24 June 2025"),
                 ("Diweddarwyd / Progress updated", "10 November 2025")]:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Estyn recommendations / Argymhellion Estyn", style="Heading 1")
    doc.add_paragraph("The inspection report asked the school to address three recommendations. Each is "
                      "set out below with the actions the school will take, the people leading them and "
                      "how progress will be monitored.")
    for rec, acts in LLA_RECS:
        t = doc.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        set_cell(top, rec, bold=True)
        shade(top, "BDD7EE")
        for c, h in zip(t.rows[1].cells, ["Action / Cam gweithredu", "Lead / Arweinydd",
                                         "Success criteria / Meini prawf llwyddiant",
                                         "Timescale / Amserlen", "Monitoring / Monitro", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for a in acts:
            r = t.add_row().cells
            set_cell(r[0], a["action"])
            set_cell(r[1], a["lead"])
            set_cell(r[2], a["success"])
            set_cell(r[3], a["end"])
            set_cell(r[4], a["mon"])
            set_cell(r[5], "")
            if a["status"]:
                shade(r[5], FILL_OF[a["status"]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Blue – completed; Green – on track; Amber – some delay; "
                      "Red – significant concern; no colour – not yet started.")
    doc.add_paragraph("Progress will be reviewed by the governing body each term and shared with Estyn "
                      "and the local authority at the follow-up visit.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Signed (Headteacher)", "R. Bowen"),
                                ("Signed (Chair of Governors)", "E. Morgan"),
                                ("Date", "24/06/2025")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
    doc.save(path)


def main():
    build_kilsyth(os.path.join(HERE, KIL_NAME))
    build_ballymoney(os.path.join(HERE, BAL_NAME))
    build_nicts(os.path.join(HERE, NIC_NAME))
    build_camphill(os.path.join(HERE, CBD_NAME))
    build_lisburn(os.path.join(HERE, LCP_NAME))
    build_velindre(os.path.join(HERE, VEL_NAME))
    build_llangynwyd(os.path.join(HERE, LLA_NAME))
    print("built 7 files; Camphill typo on sheet row", CBD_REFUSE_ROW)


if __name__ == "__main__":
    main()
