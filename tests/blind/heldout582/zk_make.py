"""Build the seven zk- test files of set heldout582.

Run with /work/main/.venv/bin/python zk_make.py (python-docx, openpyxl).
Writes only files whose names start with zk-.
"""
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
    assert name.startswith("zk-")
    return os.path.join(HERE, name)


# ----------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    """Write text into a docx cell; '\n' starts a new paragraph in the cell."""
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


DOCX_FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
             "grey": "D9D9D9", "lilac": "E4DFEC", "pale": "DEEAF6"}

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def xfill(hex_rgb):
    return PatternFill(fill_type="solid", start_color=hex_rgb, end_color=hex_rgb)


XL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
      "grey": "D9D9D9", "navy": "1F3864", "pale": "DDEBF7", "sand": "FFF2CC"}


def d(y, m, day):
    return dt.datetime(y, m, day)


# =========================================================== 1. Accord Hospice (docx)
def accord():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Accord Hospice")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Accord Hospice – Improvement Action Plan", style="Title")
    doc.add_paragraph("Healthcare Improvement Scotland unannounced inspection, 4 and 5 June 2024 "
                      "(report published 13 August 2024)")

    details = [
        ("Service name", "Accord Hospice"),
        ("Service provider", "Accord Hospice Limited"),
        ("Service number", "00209"),
        ("Date of inspection", "4–5 June 2024"),
        ("Action plan completed by", "Director of Clinical Services"),
        ("Date submitted to HIS", "10 September 2024"),
        ("Last progress update", "28 February 2025"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in details:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], DOCX_FILL["pale"])
        set_cell(row[1], v)

    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – some slippage, revised "
                      "date agreed; Red – significantly delayed.")

    header = ["No.", "Action planned", "Timescale to meet action",
              "Responsibility for taking action", "Status"]

    domains = [
        ("Domain 5 – Delivery of safe, effective, compassionate and person-centred care", [
            ("Requirement 1: The provider must ensure that controlled drug records are fully "
             "completed and that two registered nurses sign for every administration and stock "
             "check (Regulation 3(d)(i)).", [
                ("1.1", "Reissue the controlled drugs standard operating procedure to all registered "
                        "nurses and record each nurse’s sign-off.",
                 "31 July 2024", "Director of Clinical Services", "Blue"),
                ("1.2", "Introduce a weekly controlled drug register audit by the nurse in charge, "
                        "with results reported to the Clinical Governance Group.",
                 "Ongoing – reported monthly", "Inpatient Unit Manager", "Green"),
            ]),
            ("Recommendation a: The service should ensure that patients’ preferences for care at "
             "the end of life are recorded in their anticipatory care plan and reviewed regularly.", [
                ("a.1", "Add a mandatory ‘What matters to me’ section to the electronic patient "
                        "record and audit its completion quarterly.",
                 "30 November 2024\nRevised: 31 January 2025",
                 "Clinical Nurse Specialist / Practice Educator", "Amber"),
                ("a.2", "Deliver refresher training on anticipatory care planning to community and "
                        "day services staff.",
                 "31 October 2024", "Practice Educator", "Blue"),
            ]),
        ]),
        ("Domain 7 – Quality improvement-focused leadership", [
            ("Requirement 2: The provider must ensure that all staff complete mandatory training "
             "relevant to their role, including adult support and protection, and that compliance "
             "is monitored (Regulation 12(c)(i)).", [
                ("2.1", "Move mandatory training records onto the hospice learning management "
                        "system and send monthly compliance reports to line managers.",
                 "30 September 2024", "HR Manager", "Blue"),
                ("2.2", "Set a compliance target of 90% for adult support and protection training "
                        "and report progress to the Clinical Governance Committee each quarter.",
                 "31 March 2025", "Director of Clinical Services; HR Manager", "Green"),
            ]),
            ("Recommendation b: The service should develop a quality improvement plan that sets out "
             "how learning from audits, complaints and adverse events is used to improve care.", [
                ("b.1", "Produce a hospice-wide quality improvement plan and present it to the "
                        "Board of Trustees for approval.",
                 "December 2024", "Head of Quality and Governance", "Blue"),
                ("b.2", "Add a standing item on learning from adverse events to all team meeting "
                        "agendas and record the actions agreed.",
                 "TBC – following review of meeting structure", "Head of Quality and Governance",
                 "Not started"),
            ]),
        ]),
    ]

    for dom, reqs in domains:
        doc.add_heading(dom, level=2)
        t = doc.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(header):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], DOCX_FILL["lilac"])
        for req, acts in reqs:
            cells = t.add_row().cells
            m = cells[0].merge(cells[4])
            set_cell(m, req, bold=True)
            shade(m, DOCX_FILL["grey"])
            for no, act, when, who, status in acts:
                c = t.add_row().cells
                set_cell(c[0], no)
                set_cell(c[1], act)
                set_cell(c[2], when)
                set_cell(c[3], who)
                set_cell(c[4], status)
                if status.lower() in DOCX_FILL:
                    shade(c[4], DOCX_FILL[status.lower()])
        doc.add_paragraph()

    doc.add_paragraph("Signed: Chief Executive, on behalf of Accord Hospice Limited")
    doc.add_paragraph("Date: 10 September 2024 (progress column updated 28 February 2025)")
    doc.save(out("zk-accord-hospice-his-inspection-improvement-action-plan.docx"))


# ================================================= 2. St Patrick's Grammar School (docx)
def st_patricks():
    doc = Document()
    doc.add_paragraph("St Patrick’s Grammar School, Downpatrick: Action Plan in response to the "
                      "ETI Inspection (February 2024)", style="Title")
    doc.add_paragraph("Prepared by the Principal and Senior Leadership Team. Approved by the Board "
                      "of Governors on 14 May 2024.")

    doc.add_heading("Version control", level=2)
    vc = [("Version", "Date", "Summary of changes", "Author"),
          ("1.0", "14/05/2024", "Approved by Board of Governors", "Principal"),
          ("1.1", "21/11/2024", "Autumn review – progress updated", "Vice-Principal (Curriculum)"),
          ("1.2", "06/03/2025", "Spring review – RAG ratings updated", "Vice-Principal (Curriculum)")]
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(vc):
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v, bold=(i == 0))

    doc.add_heading("RAG key", level=2)
    key = [("green", "Achieved – action complete and impact evident"),
           ("amber", "In progress"),
           ("red", "Not yet started")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for colour, meaning in key:
        cells = t.add_row().cells
        shade(cells[0], DOCX_FILL[colour])
        set_cell(cells[1], meaning)

    doc.add_paragraph()
    doc.add_paragraph("The ETI report identified three areas for improvement. Each is addressed in "
                      "a separate table below.")

    afis = [
        ("Area for improvement 1: To improve the consistency of the quality of learning and teaching "
         "in key stage 3, so that all pupils are challenged appropriately.", [
            ("Establish a teaching and learning working group to agree a whole-school approach to "
             "differentiation and questioning.",
             "Approach agreed and shared with all staff at INSET", "Vice-Principal (Curriculum)",
             "Autumn term 2024", "green"),
            ("Introduce a programme of peer lesson observations with a focus on challenge for more "
             "able pupils in key stage 3.",
             "All KS3 teachers observed at least once; observation records show improvement",
             "Heads of Department", "September 2024 – June 2025", "amber"),
            ("Analyse pupil questionnaire and work scrutiny outcomes to evaluate impact and report to "
             "the Board of Governors.",
             "Board of Governors receives evaluation report",
             "Principal and Vice-Principal (Curriculum)", "Spring term 2025", "amber"),
        ]),
        ("Area for improvement 2: To develop further the use of assessment data to identify and track "
         "pupils who are underachieving, and to evaluate the impact of interventions.", [
            ("Purchase and implement a data tracking system linking baseline (CAT4) data with "
             "internal assessment outcomes.",
             "System in place; all teaching staff trained", "Data Manager; Vice-Principal (Pastoral)",
             "October 2024", "green"),
            ("Hold data review meetings between heads of department and senior leaders to identify "
             "underachieving pupils.",
             "Underachieving pupils identified and supported in each year group",
             "Senior Leadership Team", "Termly", "amber"),
            ("Evaluate the impact of literacy and numeracy interventions using pre- and "
             "post-intervention assessment.",
             "Measurable gains for at least 80% of pupils in intervention groups",
             "Literacy Co-ordinator / Numeracy Co-ordinator", "June 2025", "amber"),
        ]),
        ("Area for improvement 3: To ensure that all staff are trained in, and implement fully, the "
         "school’s updated safeguarding and child protection policy.", [
            ("Deliver whole-staff safeguarding training, including for ancillary and peripatetic "
             "staff, and keep a signed register of attendance.",
             "100% of staff trained; register held by Designated Teacher",
             "Designated Teacher for Child Protection", "August 2024", "green"),
            ("Review the safeguarding and child protection policy with the pupils’ council and "
             "publish a pupil-friendly version.",
             "Pupil-friendly policy on website and in planners", "Deputy Designated Teacher",
             "Ongoing", "amber"),
        ]),
    ]
    header = ["Actions", "Success criteria", "Person(s) responsible", "Timescale", "RAG"]
    for afi, acts in afis:
        t = doc.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        m = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_cell(m, afi, bold=True)
        shade(m, DOCX_FILL["pale"])
        for i, h in enumerate(header):
            set_cell(t.rows[1].cells[i], h, bold=True)
        for act, sc, who, when, rag in acts:
            c = t.add_row().cells
            set_cell(c[0], act)
            set_cell(c[1], sc)
            set_cell(c[2], who)
            set_cell(c[3], when)
            set_cell(c[4], "")
            shade(c[4], DOCX_FILL[rag])
        doc.add_paragraph()

    doc.add_paragraph("Monitoring: the action plan is reviewed each term by the Board of Governors’ "
                      "Curriculum Committee, and progress is shared with the ETI District Inspector.")
    doc.save(out("zk-st-patricks-grammar-school-downpatrick-eti-inspection-action-plan.docx"))


# ================================================ 3. Dyfed-Powys Police SRR (xlsx)
def dyfed_powys():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Dyfed-Powys Police Strategic Risk Register 2025/26"
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Heddlu Dyfed-Powys – Cofrestr Risg Strategol 2025/26"
    cov["A2"].font = Font(italic=True, size=12)
    cov["A3"] = "Quarter 2 update – position at 30 September 2025"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Reviewed by"),
            ("v1.0", d(2025, 4, 15), "Risk and Business Continuity Manager", "Chief Officer Group"),
            ("v1.2", d(2025, 7, 11), "Risk and Business Continuity Manager", "Joint Audit Committee"),
            ("v1.3", d(2025, 10, 10), "Risk and Business Continuity Manager", "Joint Audit Committee")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = xfill(XL["pale"])
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A11"] = "Action RAG key"
    cov["A11"].font = Font(bold=True)
    keyrows = [("Blue", "Action complete", "blue"),
               ("Green", "On track to meet target date", "green"),
               ("Amber", "At risk of missing target date", "amber"),
               ("Red", "Target date missed / no progress", "red")]
    for i, (w, m, col) in enumerate(keyrows):
        a = cov.cell(row=12 + i, column=1, value=w)
        a.fill = xfill(XL[col])
        a.border = BOX
        cov.cell(row=12 + i, column=2, value=m).border = BOX
    cov["A17"] = ("Risk scores are Likelihood (1–5) x Impact (1–5). Residual score is after existing "
                  "controls; target score is after the further mitigating actions are complete.")
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 38
    cov.column_dimensions["C"].width = 36
    cov.column_dimensions["D"].width = 26

    summ = wb.create_sheet("Risk Summary")
    hdr = ["Risk ID", "Risk title", "Risk owner", "Inherent score", "Residual score", "Target score",
           "Direction of travel"]
    risks = [("SR01", "Workforce capacity and resilience", "Deputy Chief Constable", 20, 16, 9, "↔"),
             ("SR02", "Information management and data quality", "Assistant Chief Constable", 20, 15, 8, "↑"),
             ("SR03", "Financial sustainability (Medium Term Financial Plan)", "Director of Finance", 16, 12, 8, "↔"),
             ("SR04", "ICT resilience and cyber security", "Assistant Chief Officer (Resources)", 25, 15, 10, "↓")]
    for j, h in enumerate(hdr):
        c = summ.cell(row=1, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(XL["navy"])
        c.border = BOX
    for i, r in enumerate(risks):
        for j, v in enumerate(r):
            c = summ.cell(row=2 + i, column=1 + j, value=v)
            c.border = BOX
    for col, w in zip("ABCDEFG", (9, 48, 34, 14, 14, 12, 18)):
        summ.column_dimensions[col].width = w

    ws = wb.create_sheet("Mitigating Actions")
    ws["A1"] = "Strategic Risk Register 2025/26 – Further Mitigating Actions"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position at 30 September 2025 (Q2). Previous RAG = Q1 position."
    hdr = ["Risk", "Action ref", "Further mitigating action", "Action owner", "Target date",
           "Revised target date", "Q2 progress update", "Previous RAG", "Current RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill(XL["navy"])
        c.alignment = WRAP
        c.border = BOX
    acts = [
        ("SR01: Workforce capacity and resilience", [
            ("SR01.1", "Deliver the 2025/26 student officer intake plan, including two Police Constable "
                       "Degree Apprenticeship cohorts.",
             "Director of People and Organisational Development", d(2026, 3, 31), None,
             "September cohort of 42 started; January cohort fully recruited.", "G", "Green"),
            ("SR01.2", "Implement the revised occupational health referral pathway, reducing the average "
                       "wait for assessment to under 15 working days.",
             "Head of Occupational Health", d(2025, 6, 30), d(2025, 12, 31),
             "New provider contract signed August; average wait now 21 days.", "A", "Amber"),
            ("SR01.3", "Review abstraction levels in neighbourhood policing teams and report findings to "
                       "Chief Officer Group.",
             "Chief Superintendent Territorial Policing", d(2025, 7, 31), None,
             "Review presented to COG 22 July 2025. Action closed.", "A", "Blue"),
        ]),
        ("SR02: Information management and data quality", [
            ("SR02.1", "Complete the cleanse of duplicate nominal records in the records management "
                       "system ahead of the national data migration.",
             "Head of Information Management", d(2025, 9, 30), d(2026, 1, 31),
             "62% complete. Two data analysts redeployed to custody project in August.", "A", "Red"),
            ("SR02.2", "Roll out the mandatory data protection e-learning refresher to all officers, "
                       "staff and volunteers.",
             "Data Protection Officer", d(2025, 12, 31), None,
             "Module live; 71% completion to date.", "G", "Green"),
        ]),
        ("SR03: Financial sustainability (Medium Term Financial Plan)", [
            ("SR03.1", "Identify and agree £2.4m of recurring savings for 2026/27 through the Force "
                       "Efficiency Programme.",
             "Director of Finance; Head of Change", d(2026, 1, 31), None,
             "£1.6m identified; remaining options to Strategic Finance Board in November.", "G", "Amber"),
            ("SR03.2", "Review the estates strategy with the OPCC and confirm the capital programme for "
                       "2026/27 to 2029/30.",
             "Assistant Chief Officer (Resources)", "Q4 2025/26", None,
             "Joint estates workshop held 9 September 2025.", "G", "Green"),
        ]),
        ("SR04: ICT resilience and cyber security", [
            ("SR04.1", "Complete penetration testing of the force network and remediate all critical "
                       "and high findings.",
             "Head of ICT", d(2025, 10, 31), None,
             "Testing complete; 3 of 4 high findings remediated.", "G", "Green"),
            ("SR04.2", "Test the ICT disaster recovery arrangements through a live failover exercise at "
                       "the secondary data centre.",
             "Head of ICT", "March 2026", None,
             "Exercise scoped; date to be agreed with the Joint Control Room.", "G", "Green"),
        ]),
    ]
    r = 5
    for risk, items in acts:
        first = r
        for ref, act, owner, tgt, rev, upd, prev, cur in items:
            vals = [None, ref, act, owner, tgt, rev, upd, prev, cur]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=9).fill = xfill(XL[cur.lower()])
            r += 1
        ws.cell(row=first, column=1, value=risk)
        ws.cell(row=first, column=1).font = Font(bold=True)
        ws.cell(row=first, column=1).fill = xfill(XL["pale"])
        ws.cell(row=first, column=1).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="Note: Residual scores are reviewed monthly by the risk owner and "
                                   "quarterly by the Joint Audit Committee. Completed actions are "
                                   "removed at the next quarterly update.")
    for col, w in zip("ABCDEFGHI", (26, 10, 52, 30, 13, 13, 44, 10, 11)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(out("zk-dyfed-powys-police-strategic-risk-register-2025-26.xlsx"))


# ============================================ 4. MWWFRS internal audit tracker (xlsx)
def mawwfrs():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    title = "Mid and West Wales Fire and Rescue Service – Internal Audit Recommendations Tracker"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Summary of progress – Audit Committee, 24 November 2025"
    hdr = ["Audit", "Assurance", "Agreed actions", "Complete", "Green", "Amber", "Red"]
    rows = [("2024/25 Fleet Management", "Reasonable", 3, 2, 0, 1, 0),
            ("2024/25 Procurement and Contract Management", "Limited", 3, 0, 2, 0, 1),
            ("2025/26 Business Continuity", "Reasonable", 1, 0, 1, 0, 0),
            ("Total", "", 7, 2, 3, 1, 1)]
    for j, h in enumerate(hdr):
        c = s.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = xfill(XL["grey"])
        c.border = BOX
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = s.cell(row=5 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s["A11"] = "Status key"
    s["A11"].font = Font(bold=True)
    key = [("Complete", "Action implemented and evidence provided to Internal Audit", "blue"),
           ("Green", "On target for the agreed date", "green"),
           ("Amber", "Revised date agreed by the Assistant Chief Fire Officer", "amber"),
           ("Red", "Overdue – no revised date agreed", "red")]
    for i, (k, m, col) in enumerate(key):
        a = s.cell(row=12 + i, column=1, value=k)
        a.fill = xfill(XL[col])
        s.cell(row=12 + i, column=2, value=m)
    s.column_dimensions["A"].width = 44
    s.column_dimensions["B"].width = 50

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit Committee, 24 November 2025"
    ws["A3"] = "Position as at 31 October 2025"
    hdr = ["Rec No.", "Recommendation", "Priority", "Agreed management action", "Responsible officer",
           "Original implementation date", "Revised implementation date", "Progress update", "Status"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("C00000")
        c.alignment = WRAP
        c.border = BOX

    audits = [
        ("2024/25 – Fleet Management (Reasonable Assurance)", [
            ("1", "Vehicle defect reports should be logged on the fleet management system within 24 "
                  "hours and reviewed weekly by the Fleet Manager.", "Important", [
                ("Workshop staff to log all defect reports directly onto the fleet management system "
                 "at the point of report, with a weekly exception report to the Fleet Manager.",
                 "Fleet and Engineering Manager", d(2025, 3, 31), None,
                 "Implemented April 2025; weekly exception report in use.", "Complete"),
            ]),
            ("2", "The Service should reconcile fuel card statements to the fuel management system "
                  "monthly and investigate any variances.", "Important", [
                ("Introduce a monthly fuel card reconciliation, signed off by the Finance Business "
                 "Partner.",
                 "Finance Business Partner", d(2025, 6, 30), d(2025, 12, 31),
                 "Reconciliations completed for April–August; backlog to be cleared by December.",
                 "Amber"),
                ("Remind all drivers of the fuel card policy through a Service Instruction and "
                 "station briefings.",
                 "Fleet and Engineering Manager", d(2025, 5, 31), None,
                 "Service Instruction issued 12 May 2025.", "Complete"),
            ]),
        ]),
        ("2024/25 – Procurement and Contract Management (Limited Assurance)", [
            ("1", "A contracts register should be maintained for all contracts over £25,000 and "
                  "published in line with the Procurement Act 2023.", "Urgent", [
                ("Populate the contracts register from the finance system and publish it quarterly "
                 "on the Service website.",
                 "Procurement Manager", d(2025, 4, 30), None,
                 "Register drafted but not yet published; resourcing issue escalated.", "Red"),
            ]),
            ("2", "Waivers of Contract Standing Orders should be approved by the Treasurer and "
                  "reported to the Audit Committee.", "Important", [
                ("Update the waiver form to require Treasurer approval and report all waivers to the "
                 "Audit Committee twice a year.",
                 "Head of Finance / Treasurer", "Q3 2025/26", None,
                 "Revised form in use from October 2025; first report due March 2026.", "Green"),
            ]),
            ("3", "Procurement training should be provided to all budget holders.", "Routine", [
                ("Deliver the procurement e-learning module to all budget holders and record "
                 "completion.",
                 "Procurement Manager", d(2025, 12, 31), None,
                 "Module live on the learning platform; 58% complete.", "Green"),
            ]),
        ]),
        ("2025/26 – Business Continuity (Reasonable Assurance)", [
            ("1", "Business continuity plans for all departments should be reviewed and tested at "
                  "least annually.", "Important", [
                ("Complete a rolling programme of desktop tests of departmental business continuity "
                 "plans, with lessons logged on the corporate risk system.",
                 "Business Continuity Officer", d(2026, 3, 31), None,
                 "Programme agreed; four of eleven departments tested.", "Green"),
            ]),
        ]),
    ]
    r = 6
    for aud, recs in audits:
        c = ws.cell(row=r, column=1, value=aud)
        c.font = Font(bold=True)
        for j in range(1, 10):
            ws.cell(row=r, column=j).fill = xfill(XL["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, rec, prio, actions in recs:
            first = r
            for act, who, orig, rev, upd, status in actions:
                vals = [no, rec, prio, act, who, orig, rev, upd, status]
                for j, v in enumerate(vals):
                    if j < 3 and r != first:
                        continue
                    c = ws.cell(row=r, column=1 + j, value=v)
                    c.alignment = WRAP
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=9).fill = xfill(XL["blue" if status == "Complete" else status.lower()])
                r += 1
            if r - 1 > first:
                for col in (1, 2, 3):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
            for rr in range(first, r):
                for j in range(1, 10):
                    ws.cell(row=rr, column=j).border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Total: 7 agreed actions – Complete 2, Green 3, Amber 1, Red 1")
    ws.cell(row=r, column=1).font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Completed actions are removed from the tracker once verified "
                                       "by Internal Audit (TIAA) at follow-up.")
    for col, w in zip("ABCDEFGHI", (9, 46, 11, 48, 28, 15, 15, 44, 11)):
        ws.column_dimensions[col].width = w
    wb.save(out("zk-mid-and-west-wales-fire-rescue-service-internal-audit-recommendations-tracker.xlsx"))


# ============================================ 5. Ark Edinburgh South (xlsx)
def ark():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Ark Edinburgh South Housing Support Service – Care Inspectorate Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ark Housing Association | Inspection 14–17 October 2024 | Plan updated 20 March 2025"
    ws["A3"] = ("Evaluations: How well do we support people’s wellbeing? 3 – Adequate;  How good is our "
                "leadership? 3 – Adequate;  How good is our staff team? 4 – Good")
    hdr = ["No.", "Action", "Lead", "By when", "Progress", "RAG"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xfill("7030A0")
        c.border = BOX
        c.alignment = WRAP

    KQ, REQ, ACT = "kq", "req", "act"
    rows = [
        (KQ, "Key question 1: How well do we support people’s wellbeing?"),
        (REQ, "Requirement 1: By 31 January 2025, the provider must ensure that people’s medication "
              "is managed safely. To do this, the provider must, at a minimum, ensure that medication "
              "administration records are accurate and that staff competency is assessed."),
        (ACT, ("1.1", "Audit all medication administration records (MAR) weekly and address any errors "
                      "with individual staff through supervision.",
               "Team Leader", d(2025, 1, 31), "Weekly audits in place since November 2024.", "blue")),
        (ACT, ("1.2", "Complete observed medication competency assessments for all support staff and "
                      "record them on the training matrix.",
               "Registered Manager; Learning & Development Advisor", "31/01/2025 (revised 28/02/2025)",
               "14 of 16 staff assessed; 2 staff on long-term leave.", "amber")),
        (REQ, "Area for improvement 1: To support people’s health and wellbeing, the service should "
              "ensure that personal plans are reviewed at least every six months and reflect people’s "
              "current outcomes."),
        (ACT, ("AFI 1.1", "Introduce a six-monthly review schedule with diary reminders for keyworkers.",
               "Team Leader", "w/c 02/12/24", "Schedule set up; first reviews booked.", "green")),
        (ACT, ("AFI 1.2", "Involve people and their families in reviews using the ‘Talking Points’ "
                          "personal outcomes approach.",
               "Keyworkers", "Ongoing", "Used in 9 reviews so far.", "green")),
        (KQ, "Key question 2: How good is our leadership?"),
        (REQ, "Requirement 2: By 31 March 2025, the provider must ensure that quality assurance systems "
              "are effective in identifying and addressing shortfalls in the quality of care and "
              "support."),
        (ACT, ("2.1", "Implement a monthly quality assurance audit calendar covering personal plans, "
                      "medication, finances and accidents/incidents.",
               "Registered Manager", d(2024, 12, 31), "Calendar in use from December 2024.", "blue")),
        (ACT, ("2.2", "Produce a service development plan informed by audit findings and feedback from "
                      "people using the service.",
               "Registered Manager / Head of Care and Support", d(2025, 3, 31),
               "Draft plan shared with tenants’ group 11 March 2025.", "green")),
        (ACT, ("2.3", "Report progress against this improvement plan to the Care and Support Committee.",
               "Director of Care and Support", "Quarterly", "Reported 26 February 2025.", "green")),
        (REQ, "Area for improvement 2: The provider should ensure that staff receive regular supervision "
              "in line with the organisation’s supervision policy."),
        (ACT, ("AFI 2.1", "Issue a supervision schedule for 2025 and monitor completion through the "
                          "monthly quality assurance audit.",
               "Team Leader", "January 2025", "Schedule issued 8 January 2025.", "blue")),
    ]
    r = 6
    for kind, v in rows:
        if kind in (KQ, REQ):
            c = ws.cell(row=r, column=1, value=v)
            c.font = Font(bold=True, color="FFFFFF" if kind == KQ else "000000")
            c.alignment = WRAP
            for j in range(1, 7):
                ws.cell(row=r, column=j).fill = xfill(XL["navy"] if kind == KQ else "E4DFEC")
                ws.cell(row=r, column=j).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.row_dimensions[r].height = 18 if kind == KQ else 45
        else:
            no, act, lead, when, prog, rag = v
            for j, val in enumerate([no, act, lead, when, prog, None]):
                c = ws.cell(row=r, column=1 + j, value=val)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(val, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=6).fill = xfill(XL[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG colours are explained on the Key sheet. Plan updated by "
                                   "the Registered Manager on 20 March 2025.")
    for col, w in zip("ABCDEF", (10, 58, 30, 20, 40, 8)):
        ws.column_dimensions[col].width = w

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (col, meaning) in enumerate([("blue", "Complete"), ("green", "On track"),
                                         ("amber", "Behind schedule – action being taken"),
                                         ("red", "Not progressing – escalated to Director")]):
        k.cell(row=2 + i, column=1).fill = xfill(XL[col])
        k.cell(row=2 + i, column=2, value=meaning)
    k.column_dimensions["B"].width = 44
    wb.save(out("zk-ark-housing-association-edinburgh-south-care-inspectorate-improvement-plan.xlsx"))


# ============================================ 6. Fermanagh and Omagh DC action log (csv, refuse)
FODC_LINES = [
    "Fermanagh and Omagh District Council – Audit Panel Action Log,,,,,,,",
    "Updated following the meeting of 25 September 2025,,,,,,,",
    ",,,,,,,",
    "Item No.,Meeting Date,Minute Ref,Action Required,Responsible Officer,Target Date,Status,Comment",
    '1,13/03/2025,AP13/25,"Provide members with a breakdown of agency staff costs by directorate for 2024/25",'
    "Director of Corporate Services and Governance,June 2025,Complete,Circulated to members 4 June 2025",
    '2,13/03/2025,AP17/25,"Bring the revised Fraud and Corruption Policy to the Panel for approval",'
    "Head of Governance and Internal Audit,September 2025,Complete,Approved AP 25/09/2025",
    '3,12/06/2025,AP28/25,"Confirm timescale for implementing the NIAO recommendation on fixed asset '
    'register reconciliations",Head of Finance,December 2025,On Track,Reconciliation scheduled for Q3',
    '4,12/06/2025,AP31/25,"Report on progress with the cyber security action plan, including phishing '
    'simulation results",Head of ICT,November 2025,On Track,On agenda for December meeting',
    '5,12/06/2025,AP33/25,"Arrange Panel training session on risk appetite and the corporate risk '
    'register",Head of Governance and Internal Audit,Febuary 2026,On Track,Date being agreed with trainer',
    '6,25/09/2025,AP44/25,"Update the corporate risk register to include the risk on leisure centre '
    'capital works",Director of Community and Wellbeing,December 2025,On Track,',
    '7,25/09/2025,AP46/25,"Provide written response on the overdue internal audit recommendations in '
    'Building Control",Head of Environmental Services / Building Control Manager,October 2025,Overdue,'
    '"Response requested, not yet received"',
    '8,25/09/2025,AP49/25,"Circulate the draft Annual Governance Statement timetable for 2025/26",'
    "Head of Governance and Internal Audit,March 2026,Not Started,",
    ",,,,,,,",
    "Status key: Complete / On Track / Overdue / Not Started,,,,,,,",
]


def fodc():
    with open(out("zk-fermanagh-and-omagh-dc-audit-panel-action-log-typo-month-refuse.csv"), "w",
              encoding="utf-8", newline="") as f:
        f.write("\r\n".join(FODC_LINES) + "\r\n")


# ============================================ 7. Sgoil Ghàidhlig Ghlaschu (txt, tab-separated)
def ggs():
    T = "\t"
    lines = [
        "Sgoil Ghàidhlig Ghlaschu – Improvement Action Plan following HM Inspection (May 2024)",
        "Glasgow Gaelic School, Education Scotland inspection report published 20 August 2024",
        "Exported from the school improvement tracker on 12/02/2025",
        "",
        T.join(["No.", "Area for improvement", "Action", "Lead", "Timescale", "RAG", "Progress note"]),
        T.join(["1.1", "Teachers should ensure that learning is appropriately challenging for all young "
                       "people across the broad general education.",
                "Agree a school-wide learning and teaching framework, co-designed with staff and young "
                "people.", "Depute Head Teacher (Learning and Teaching)", "October 2024", "B",
                "Framework launched at in-service day, 28 October."]),
        T.join(["1.2", "", "Use professional learning sessions to share effective practice in "
                           "differentiation, with a focus on S1–S3.",
                "Principal Teachers (Curriculum)", "March 2025", "G", "Three sessions held."]),
        T.join(["1.3", "", "Carry out learning walks each term and share findings with departments.",
                "SLT", "Ongoing", "G", ""]),
        T.join(["2.1", "Senior leaders and staff should improve approaches to tracking and monitoring "
                       "young people’s progress in literacy in Gàidhlig and English.",
                "Introduce a tracking tool for Gàidhlig and English literacy from P7 to S3 and train "
                "staff in its use.", "PT Gàidhlig / PT English", "December 2024", "A",
                "Tool in place; staff training moved to January."]),
        T.join(["2.2", "", "Hold tracking meetings with each BGE class teacher to plan interventions for "
                           "young people who are not on track.",
                "Depute Head Teacher (BGE)", "By 31 May 2025", "G", ""]),
        T.join(["3.1", "Staff should work with young people to develop further their understanding of "
                       "children’s rights and their involvement in school improvement.",
                "Establish a Rights Respecting Schools steering group with representation from each "
                "year group.", "Pupil Support Leader; Pupil Council", "November 2024", "B",
                "Group meets fortnightly."]),
        T.join(["3.2", "", "Involve the pupil council in reviewing the school improvement plan and report "
                           "back to all classes.",
                "Ceannard (Head Teacher)", "June 2025", "G", ""]),
        "",
        "RAG key: B = complete; G = on track; A = some slippage; R = significant concern",
        "Note: progress is reported to the Parent Council and to Glasgow City Council Education "
        "Services each term.",
    ]
    with open(out("zk-sgoil-ghaidhlig-ghlaschu-education-scotland-inspection-action-plan.txt"), "w",
              encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    accord()
    st_patricks()
    dyfed_powys()
    mawwfrs()
    ark()
    fodc()
    ggs()
    print("built 7 files")
