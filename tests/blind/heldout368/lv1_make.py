"""Build the seven lv1- data files of set heldout368.

Run with /work/main/.venv/bin/python lv1_make.py (from any directory).
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


# --------------------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def set_cell_paras(cell, paras):
    cell.text = paras[0]
    for p in paras[1:]:
        cell.add_paragraph(p)


RAG_HEX = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


# =========================================================================== 1 school docx
def camborne():
    doc = Document()
    doc.add_paragraph(
        "Camborne Science and International Academy – Post-Ofsted Action Plan 2023–25",
        style="Title",
    )
    doc.add_paragraph(
        "Inspection dates: 21–22 November 2023   |   Overall effectiveness: Requires improvement"
    )

    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Changes"]):
        bold_cell(dc.cell(0, i), h)
    for r, row in enumerate(
        [
            ["1.0", "11/12/2023", "Principal", "First draft following publication of report"],
            ["1.1", "15/01/2024", "Principal", "RAG updated for LGB; actions 2.2 and 3.4 added"],
        ],
        start=1,
    ):
        for i, v in enumerate(row):
            dc.cell(r, i).text = v

    doc.add_paragraph("RAG key", style="Heading 2")
    key = doc.add_table(rows=1, cols=8)
    key.style = "Table Grid"
    for i, (letter, words) in enumerate(
        [("B", "Complete – impact evidenced"), ("G", "On track"), ("A", "Started – some slippage"), ("R", "Off track")]
    ):
        c = key.cell(0, 2 * i)
        c.text = letter
        shade(c, RAG_HEX[letter])
        key.cell(0, 2 * i + 1).text = words

    doc.add_paragraph("What does the school need to do to improve?", style="Heading 1")

    priorities = [
        (
            "Priority 1: Curriculum",
            "The school’s curriculum is not yet consistently well sequenced in some subjects at key stage 3. "
            "Leaders should ensure that subject curriculums identify the precise knowledge pupils need to learn "
            "and the order in which they should learn it.",
            [
                ("1.1", ["Heads of Faculty to review and re-sequence KS3 schemes of work in English, humanities and MFL, identifying the core knowledge for each unit."],
                 "Vice Principal (Curriculum)", "February half term 2024",
                 "Revised schemes of work published on the curriculum drive; QA sample shows sequencing is explicit.", "G"),
                ("1.2", ["Introduce knowledge organisers and retrieval starters in all KS3 subjects, with a fortnightly low-stakes quiz tracked in Arbor."],
                 "Assistant Principal Teaching & Learning / Heads of Faculty", "Spring term 2024",
                 "Learning walks show retrieval in 90% of lessons; quiz data reviewed at faculty meetings.", "A"),
                ("1.3", ["Subject leaders to carry out termly curriculum deep dives with a trust partner school and report findings to the Local Governing Body."],
                 "Vice Principal (Curriculum)", "Termly",
                 "Deep dive reports to LGB; actions followed up in faculty improvement plans.", "G"),
            ],
        ),
        (
            "Priority 2: Reading",
            "Pupils who are behind in reading at key stage 3 do not catch up quickly enough. Leaders should ensure "
            "that weaker readers are identified swiftly and receive effective support so they can access the full curriculum.",
            [
                ("2.1", ["Screen all Year 7 and Year 8 pupils using the NGRT and identify those with a standardised score below 85."],
                 "SENDCo and Literacy Lead", "December 2023",
                 "All pupils screened; reading register shared with staff.", "B"),
                ("2.2", ["Deliver a phonics-based catch-up programme (Fresh Start) to identified pupils four times a week during tutor time.",
                         "Train six teaching assistants to deliver the programme."],
                 "Literacy Lead", "Summer term 2024",
                 "Re-test shows average gain of 12 months in reading age for the cohort.", "G"),
                ("2.3", ["Launch a whole-school disciplinary reading routine in tutor time ('Read Together')."],
                 "Assistant Principal Teaching & Learning", "Autumn term 2024",
                 "Routine seen in all tutor groups during drop-ins.", ""),
            ],
        ),
        (
            "Priority 3: Behaviour and attendance",
            "Leaders’ actions to reduce persistent absence have not had sufficient impact, particularly for "
            "disadvantaged pupils. Leaders should continue to strengthen their work with families so that more "
            "pupils attend school regularly.",
            [
                ("3.1", ["Appoint an attendance officer and a family liaison worker and establish weekly attendance panels."],
                 "Deputy Principal (Pastoral)", "January 2024",
                 "Both posts filled; panel minutes show actions for every persistently absent pupil.", "B"),
                ("3.2", ["Introduce first-day home visits for disadvantaged pupils with attendance below 90%."],
                 "Attendance Officer; Heads of Year", "Ongoing",
                 "Persistent absence for disadvantaged pupils falls below 30%.", "G"),
                ("3.3", ["Review the rewards and sanctions policy with pupils and parents, and publish the revised behaviour policy."],
                 "Deputy Principal (Pastoral)", "31/03/2024",
                 "Revised policy on website; suspensions reduce term on term.", "R"),
                ("3.4", ["Link governor for attendance to review attendance data with leaders and report to each LGB meeting."],
                 "Chair of LGB", "Half-termly",
                 "LGB minutes record challenge on attendance.", "G"),
            ],
        ),
    ]

    headers = ["Ref", "Action", "Lead", "Timescale", "Success criteria / evidence", "RAG (Jan 24)"]
    for heading, afi, rows in priorities:
        doc.add_paragraph(heading, style="Heading 2")
        p = doc.add_paragraph()
        r = p.add_run(afi)
        r.italic = True
        t = doc.add_table(rows=1 + len(rows), cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            bold_cell(t.cell(0, i), h)
        for ri, (ref, action, lead, when, evid, rag) in enumerate(rows, start=1):
            t.cell(ri, 0).text = ref
            set_cell_paras(t.cell(ri, 1), action)
            t.cell(ri, 2).text = lead
            t.cell(ri, 3).text = when
            t.cell(ri, 4).text = evid
            t.cell(ri, 5).text = rag
            if rag:
                shade(t.cell(ri, 5), RAG_HEX[rag])
        doc.add_paragraph("")

    doc.add_paragraph(
        "Approved by the Local Governing Body on 29 January 2024. Next full review: April 2024 "
        "(in preparation for the Ofsted monitoring visit)."
    )
    doc.save(out("lv1-camborne-science-and-international-academy-post-ofsted-action-plan.docx"))


# =========================================================================== 2 college xlsx
def rnn():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "RNN Group – Post-Inspection Action Plan 2024–25"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Ofsted inspection: 5–8 March 2024 (report published 18 April 2024). Overall effectiveness: Requires improvement"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for ci, h in enumerate(["Version", "Date", "Author", "Presented to"], start=1):
        c = cov.cell(5, ci, h)
        c.font = Font(bold=True)
    for ri, row in enumerate(
        [
            ["1.0", "20/05/2024", "Vice Principal Quality", "Quality & Standards Committee"],
            ["1.2", "09/07/2024", "Vice Principal Quality", "Quality & Standards Committee"],
            ["1.3", "12/11/2024", "Vice Principal Quality", "Quality & Standards Committee"],
        ],
        start=6,
    ):
        for ci, v in enumerate(row, start=1):
            cov.cell(ri, ci, v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for ri, (word, meaning, hx) in enumerate(
        [
            ("Complete", "Action complete and impact evidenced", "0070C0"),
            ("Green", "On track to meet target date", "00B050"),
            ("Amber", "Some risk to delivery – mitigations in place", "FFC000"),
            ("Red", "Off track – escalated to Executive Team", "FF0000"),
        ],
        start=11,
    ):
        cov.cell(ri, 1, word).fill = fill(hx)
        cov.cell(ri, 2, meaning)
    cov.column_dimensions["A"].width = 14
    cov.column_dimensions["B"].width = 44
    cov.column_dimensions["C"].width = 24
    cov.column_dimensions["D"].width = 30

    summ = wb.create_sheet("Summary")
    summ["A1"] = "Summary of progress – November 2024"
    summ["A1"].font = Font(bold=True, size=12)
    for ci, h in enumerate(["Current RAG", "Number of actions", "%"], start=1):
        summ.cell(3, ci, h).font = Font(bold=True)
    for ri, (w, n, pct) in enumerate(
        [("Complete", 2, "25%"), ("Green", 3, "38%"), ("Amber", 3, "38%"), ("Red", 0, "0%"), ("Total", 8, "100%")],
        start=4,
    ):
        summ.cell(ri, 1, w)
        summ.cell(ri, 2, n)
        summ.cell(ri, 3, pct)
    summ.cell(8, 1).font = Font(bold=True)

    ws = wb.create_sheet("PIAP")
    ws["A1"] = "RNN Group – Post-Inspection Action Plan 2024–25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position at 12 November 2024 – for Quality & Standards Committee, 26 November 2024"
    headers = [
        "AFI", "Area for improvement (Ofsted report)", "Action ref", "Action", "Responsible",
        "Original target date", "Revised target date", "Progress update",
        "Previous RAG (Jul 24)", "Current RAG (Nov 24)",
    ]
    for ci, h in enumerate(headers, start=1):
        c = ws.cell(4, ci, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BORDER

    rag_fill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    D = dt.datetime
    plan = [
        ("section", "Quality of education"),
        ("afi", "1",
         "Leaders and managers should ensure that teachers on education programmes for young people plan learning "
         "that builds on what students already know, so that students develop more complex knowledge over time.",
         [
             ("1.1", "Introduce a Group-wide curriculum intent template requiring each programme team to map the sequence of knowledge and skills across the year.",
              "Vice Principal Curriculum", D(2024, 7, 31), None,
              "Templates completed by all 64 programme teams; sampled through curriculum reviews in October.", "Green", "Complete"),
             ("1.2", "Deliver CPD on retrieval practice and formative assessment through the Teaching, Learning and Assessment (TLA) coaching programme.",
              "Head of Teaching and Learning / TLA Coaches", D(2024, 12, 31), None,
              "Three of four CPD days delivered; coaching caseloads allocated.", "Amber", "Green"),
             ("1.3", "Carry out learning walks focused on sequencing and check for impact on students' work.",
              "Heads of Curriculum", D(2025, 2, 28), D(2025, 4, 30),
              "Deferred due to restructure of curriculum areas in September.", "Green", "Amber"),
         ]),
        ("afi", "2",
         "Leaders should ensure that apprentices receive useful feedback and that employers are involved in planning "
         "and reviewing apprentices' progress.",
         [
             ("2.1", "Implement tripartite progress reviews every 10 weeks with employer sign-off recorded in the e-portfolio.",
              "Director of Apprenticeships", ("mmm", D(2024, 9, 30)), ("mmm", D(2024, 12, 31)),
              "71% of reviews now signed by employers; chasing process in place.", "Red", "Amber"),
             ("2.2", "Standardise assessor feedback using a 'what went well / even better if' model and quality assure a 10% sample each term.",
              "Apprenticeship Quality Manager", ("mmm", D(2025, 3, 31)), None,
              "Model launched at September staff development day.", "Amber", "Green"),
         ]),
        ("section", "Leadership and management"),
        ("afi", "3",
         "Governors and leaders should make sure that they have accurate oversight of the quality of provision for "
         "learners with high needs.",
         [
             ("3.1", "Produce a termly high needs quality report for the Quality & Standards Committee, including progress towards EHCP outcomes.",
              "Assistant Principal – Inclusion", D(2024, 12, 31), None,
              "First report presented in October; second due December.", "Green", "Green"),
             ("3.2", "Appoint a link governor for high needs and SEND and arrange a training session for the board.",
              "Clerk to the Corporation", D(2024, 7, 31), None,
              "Link governor appointed June 2024; training delivered 3 July.", "Complete", "Complete"),
         ]),
        ("afi", "4",
         "Leaders should ensure that all learners and apprentices understand the risks associated with radicalisation "
         "and extremism in their local area.",
         [
             ("4.1", "Deliver a local Prevent risk tutorial to all 16 to 18 learners and include local risks in apprentice progress reviews.",
              "Head of Safeguarding; Director of Apprenticeships", D(2025, 1, 31), None,
              "Tutorial delivered at Rotherham and Dearne Valley; North Notts in January.", "Amber", "Amber"),
         ]),
    ]

    def put_date(cell, v):
        if v is None:
            return
        if isinstance(v, tuple):
            cell.value = v[1]
            cell.number_format = "mmm-yy"
        else:
            cell.value = v
            cell.number_format = "dd/mm/yyyy"

    r = 5
    for item in plan:
        if item[0] == "section":
            ws.cell(r, 1, item[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("D9E1F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        _, num, afi, acts = item
        first = r
        for ref, action, resp, orig, rev, upd, prev, cur in acts:
            ws.cell(r, 3, ref)
            ws.cell(r, 4, action)
            ws.cell(r, 5, resp)
            put_date(ws.cell(r, 6), orig)
            put_date(ws.cell(r, 7), rev)
            ws.cell(r, 8, upd)
            ws.cell(r, 9, prev).fill = fill(rag_fill[prev])
            ws.cell(r, 10, cur).fill = fill(rag_fill[cur])
            for ci in range(1, 11):
                ws.cell(r, ci).alignment = WRAP
                ws.cell(r, ci).border = BORDER
            r += 1
        ws.cell(first, 1, num)
        ws.cell(first, 2, afi)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Notes: RAG ratings are agreed at the monthly PIAP review meeting chaired by the Vice Principal Quality. "
                  "Revised target dates require approval by the Executive Team.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFGHIJ", [6, 42, 8, 50, 26, 12, 12, 40, 11, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(out("lv1-rnn-group-ofsted-post-inspection-action-plan.xlsx"))


# =========================================================================== 3 apprenticeship csv (refuse)
def qube():
    rows = [
        ["Qube Learning - Post Inspection Action Plan (PIAP)", "", "", "", "", "", "", ""],
        ["Ofsted inspection 14-17 May 2024 | Export from QIP tracker 03/02/2025", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Theme", "Area for improvement", "Action ID", "Action", "Owner", "Due", "RAG", "Update"],
        ["Quality of education",
         "Leaders should ensure that all apprentices receive their full entitlement to off-the-job training.",
         "QE1.1", "Introduce monthly off-the-job hours reports for each employer and flag apprentices below 90% of planned hours.",
         "Head of Quality", "Nov-24", "Complete", "Reports issued to all levy employers from November."],
        ["", "", "QE1.2", "Agree catch-up plans with employers for apprentices behind on off-the-job training.",
         "Regional Delivery Managers", "Jan-25", "Green", "212 plans agreed; 38 outstanding."],
        ["Quality of education",
         "Leaders should make sure that trainers use assessment to identify and close gaps in apprentices' knowledge.",
         "QE2.1", "Deliver CPD for all skills coaches on questioning and formative assessment.",
         "Head of Teaching, Learning and Assessment", "Mar-25", "Amber", "Two of three sessions delivered; third rescheduled."],
        ["", "", "QE2.2", "Introduce recorded session observations for every skills coach each quarter.",
         "Quality Improvement Manager", "Jun-25", "Green", "Q3 observations 80% complete."],
        ["Personal development",
         "Leaders should ensure that apprentices develop a secure understanding of the risks of radicalisation and extremism in their region.",
         "PD1.1", "Add a regional Prevent risk topic to each progress review.",
         "Designated Safeguarding Lead", "Dec-24", "Complete", "Review template updated."],
        ["", "", "PD1.2", "Launch a monthly safeguarding and British values newsletter for apprentices.",
         "Designated Safeguarding Lead; Marketing Manager", "0ct-24", "Complete", "First issue sent to all apprentices."],
        ["Leadership and management",
         "Governors should hold leaders to account more effectively for the quality of apprenticeship training.",
         "LM1.1", "Recruit an independent board member with expertise in further education.",
         "Managing Director", "Apr-25", "Amber", "Shortlist agreed; interviews in March."],
        ["", "", "LM1.2", "Present a quality dashboard to the board at every meeting.",
         "Director of Quality and Compliance", "Feb-25", "Green", "Dashboard presented December and February."],
    ]
    with open(out("lv1-qube-learning-ofsted-apprenticeships-piap-typo-month-refuse.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# =========================================================================== 4 CQC acute hospital xlsx
def lwh():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Liverpool Women's NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the CQC inspection of maternity and gynaecology services (report published 14 February 2024)"
    ws["A3"] = "Reporting to: Quality Committee   |   Position as at: 30 September 2024"
    ws["A4"] = "Key:"
    ws["A4"].font = Font(bold=True)
    keys = [("B4", "C4", "Completed and evidenced", "0070C0"), ("D4", "E4", "On track", "00B050"),
            ("F4", "G4", "At risk of delay", "FFC000"), ("H4", "I4", "Off track", "FF0000")]
    for swatch, label, words, hx in keys:
        ws[swatch].fill = fill(hx)
        ws[label] = words
    headers = ["Ref", "Must / Should", "CQC requirement", "Regulation", "Action", "Lead",
               "Target date", "Evidence of completion / progress", "RAG"]
    for ci, h in enumerate(headers, start=1):
        c = ws.cell(6, ci, h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("7030A0")
        c.alignment = WRAP
        c.border = BORDER
    D = dt.datetime
    RAGH = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    plan = [
        ("section", "Maternity"),
        ("req", "Must", "The trust must ensure that all women attending maternity triage are assessed within 15 minutes of arrival "
                "using the Birmingham Symptom-specific Obstetric Triage System (BSOTS).", "Reg 12",
         [("MD1a", "Recruit two additional triage midwives to provide 24/7 dedicated triage cover.", "Head of Midwifery",
           D(2024, 6, 30), "Both posts filled from May 2024; rota in place.", "B"),
          ("MD1b", "Undertake a monthly BSOTS compliance audit and report results to the Maternity and Neonatal Safety Champions meeting.",
           "Maternity Quality and Safety Lead", "Ongoing – monthly", "August audit: 93% assessed within 15 minutes.", "G")]),
        ("req", "Must", "The trust must ensure that staff complete mandatory training, including safeguarding level 3 and PROMPT, "
                "in line with trust targets.", "Reg 18",
         [("MD2a", "Protect study days within the maternity rota to enable PROMPT training for all midwives and obstetricians.",
           "Practice Development Midwife / Clinical Director for Obstetrics", D(2024, 12, 31),
           "PROMPT compliance 81% (target 90%); obstetric compliance lagging.", "A"),
          ("MD2b", "Send weekly non-compliance reports to ward managers and escalate persistent non-compliance through the divisional performance review.",
           "Divisional Director of Operations", D(2024, 10, 31), "Weekly reports issued since July.", "G")]),
        ("req", "Should", "The trust should ensure that the maternity day assessment unit environment maintains privacy and dignity for women.",
         "Reg 10",
         [("SD1", "Install sound-proof partitions in the day assessment unit consultation bays.", "Estates Project Manager",
           "Q3 2024/25", "Capital bid not yet approved; scheme re-scoped.", "R")]),
        ("section", "Surgery (Gynaecology)"),
        ("req", "Must", "The trust must ensure that the World Health Organization (WHO) surgical safety checklist is fully completed for every patient.",
         "Reg 12",
         [("MD3a", "Re-launch the WHO checklist with theatre teams.\nObserve compliance through monthly observational audits of 10 cases.",
           "Theatre Manager and Clinical Lead for Gynaecology", D(2024, 9, 30),
           "Re-launch complete; three consecutive months at 100%.", "B")]),
        ("req", "Should", "The trust should ensure that patients on the gynaecology waiting list are regularly reviewed for clinical harm.",
         "Reg 12",
         [("SD2", "Implement a clinical harm review process for patients waiting over 52 weeks, with outcomes reported to the Surgical Division Quality meeting.",
           "Clinical Director – Gynaecology", D(2025, 3, 31), "Process drafted; pilot in October.", "A")]),
        ("section", "Trust-wide (Well-led)"),
        ("req", "Must", "The trust must ensure that risks are recorded, reviewed and escalated in line with the risk management policy.",
         "Reg 17",
         [("MD4a", "Carry out a full review of divisional risk registers and close or re-score risks without review dates.",
           "Head of Risk", D(2024, 8, 31), "All divisional registers reviewed; 46 risks closed.", "B"),
          ("MD4b", "Deliver risk management training to all band 7 and above managers.", "Head of Risk",
           D(2025, 1, 31), "62% trained to date.", "G")]),
    ]
    r = 7
    for item in plan:
        if item[0] == "section":
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
            continue
        _, ms, req, reg, acts = item
        first = r
        for ref, action, lead, when, evid, rag in acts:
            ws.cell(r, 1, ref)
            ws.cell(r, 5, action)
            ws.cell(r, 6, lead)
            c = ws.cell(r, 7, when)
            if isinstance(when, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8, evid)
            ws.cell(r, 9).fill = fill(RAGH[rag])
            for ci in range(1, 10):
                ws.cell(r, ci).alignment = WRAP
                ws.cell(r, ci).border = BORDER
            r += 1
        ws.cell(first, 2, ms)
        ws.cell(first, 3, req)
        ws.cell(first, 4, reg)
        if r - 1 > first:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHI", [7, 9, 44, 9, 50, 28, 13, 38, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"

    s = wb.create_sheet("Summary")
    s["A1"] = "Summary of position at 30 September 2024"
    s["A1"].font = Font(bold=True, size=12)
    lines = [("Must do actions", 7), ("Should do actions", 2), ("", None),
             ("Completed and evidenced (blue)", 3), ("On track (green)", 3),
             ("At risk of delay (amber)", 2), ("Off track (red)", 1), ("Total actions", 9)]
    for i, (a, b) in enumerate(lines, start=3):
        if a:
            s.cell(i, 1, a)
        if b is not None:
            s.cell(i, 2, b)
    s.cell(10, 1).font = Font(bold=True)
    s.column_dimensions["A"].width = 34
    wb.save(out("lv1-liverpool-womens-nhsft-cqc-must-should-do-action-plan.xlsx"))


# =========================================================================== 5 GP practice txt
def penryn():
    T = "\t"
    lines = [
        "Penryn Surgery – CQC Inspection Action Plan",
        T.join(["Inspection: 12 March 2024", "Report published: 2 May 2024", "Overall rating: Requires improvement"]),
        T.join(["Owner: Practice Manager", "Reviewed: Partners' meeting, 21 May 2024 and 16 July 2024"]),
        "",
        T.join(["Ref", "Finding", "Action", "Lead", "Target date", "RAG", "Update"]),
        "Are services safe?",
        T.join(["1", "The provider must ensure that patients prescribed high-risk medicines are monitored in line with national guidance.",
                "Run a weekly EMIS search for patients on methotrexate, lithium and DOACs without up-to-date monitoring and recall them.",
                "Clinical Pharmacist", "31/05/2024", "Blue", "Search live since 20 May; 14 patients recalled."]),
        T.join(["2", "", "Complete a clinical audit of high-risk drug monitoring and repeat after three months.",
                "Dr A Khan / Clinical Pharmacist", "Aug-24", "Green", "First cycle complete 3 June."]),
        T.join(["3", "The provider must ensure that safety alerts from the MHRA are received, actioned and recorded.",
                "Set up a shared safety alerts log reviewed at the weekly clinical meeting.",
                "Dr R Pascoe and Practice Manager", "End of June 2024", "Blue", "Log in place; standing agenda item."]),
        "Are services effective?",
        T.join(["4", "The provider should continue to improve the uptake of cervical screening.",
                "Offer Saturday morning smear clinics and text reminders to patients overdue screening.",
                "Lead Nurse", "Ongoing", "Green", "Uptake 74.2% (target 80%)."]),
        "Are services responsive?",
        T.join(["5", "The provider should review the complaints procedure so that complainants are told how to escalate to the Parliamentary and Health Service Ombudsman.",
                "Update the complaints leaflet, website and response letter template.",
                "Deputy Practice Manager", "July 2024", "Red", "Not yet started – staffing."]),
        "Are services well-led?",
        T.join(["6", "The provider must establish effective systems to monitor staff training, including safeguarding and infection prevention and control.",
                "Move all training records to the ClarityTeamNet training matrix and set reminders for expiring modules.",
                "Practice Manager", "30/06/2024", "Green", "Matrix 85% populated."]),
        T.join(["7", "", "Ensure all clinical staff complete safeguarding children level 3.",
                "Lead Nurse; Dr L Hendra", "30/09/2024", "Amber", "Two GPs and one nurse outstanding."]),
        "",
        "RAG key: Blue = complete; Green = on track; Amber = delayed but in hand; Red = off track.",
    ]
    with open(out("lv1-penryn-surgery-cqc-inspection-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# =========================================================================== 6 mental health docx
def oxleas():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Oxleas NHS Foundation Trust"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    cover = doc.add_table(rows=6, cols=2)
    cover.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Report to", "Quality and Safety Committee"),
        ("Date of meeting", "10 December 2024"),
        ("Title", "CQC inspection of acute wards for adults of working age and psychiatric intensive care units – action plan progress"),
        ("Executive sponsor", "Chief Nurse"),
        ("Author", "Head of Compliance and Regulation"),
        ("Purpose", "Assurance"),
    ]):
        bold_cell(cover.cell(i, 0), k)
        cover.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("CQC Acute Wards and PICU Action Plan – Progress Report, December 2024", style="Title")
    doc.add_paragraph("1. Purpose", style="Heading 1")
    doc.add_paragraph(
        "The CQC carried out an unannounced inspection of the trust’s acute wards for adults of working age and "
        "psychiatric intensive care unit in June 2024. The report, published on 27 August 2024, identified three "
        "must do and two should do requirements. This paper sets out progress against the agreed action plan."
    )
    doc.add_paragraph("2. Summary of progress", style="Heading 1")
    doc.add_paragraph("Of the nine actions in the plan, two are complete and one is off track (B1.1, electronic seclusion record).")
    st = doc.add_table(rows=6, cols=2)
    st.style = "Table Grid"
    for i, (k, v) in enumerate([("Status", "Number of actions"), ("Blue – complete", "2"), ("Green – on track", "4"),
                                ("Amber – at risk", "1"), ("Red – off track", "1"), ("Not started", "1")]):
        st.cell(i, 0).text = k
        st.cell(i, 1).text = v
    bold_cell(st.cell(0, 0), "Status")
    bold_cell(st.cell(0, 1), "Number of actions")
    doc.add_paragraph("3. Recommendation", style="Heading 1")
    doc.add_paragraph("The Committee is asked to note progress and the revised dates for A1.2 and B1.1.")

    doc.add_page_break()
    doc.add_paragraph("Appendix 1: Action plan", style="Heading 1")

    headers = ["Ref", "CQC requirement", "Action", "Lead", "Original date", "Revised date", "Progress update", "RAG"]
    RAGW = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        ("section", "Acute wards for adults of working age – Oxleas House and Green Parks House"),
        ("req", "MUST: The trust must ensure that ligature risk assessments are up to date and that staff know the ligature "
                "risks on their ward and how they are mitigated. (Regulation 12)",
         [("A1.1", ["Review and update ligature risk assessments on all acute wards using the trust’s revised environmental risk tool."],
           ["Ward Managers / Health and Safety Lead"], "31/10/2024", "", "All nine assessments updated and signed off on 18 October.", "Blue"),
          ("A1.2", ["Add ligature hotspots to the ward safety huddle board.",
                    "Include ligature risks in local induction for bank and agency staff."],
           ["Modern Matrons"], "30/11/2024", "31/01/2025", "Huddle boards updated; induction checklist with Temporary Staffing.", "Amber")]),
        ("req", "MUST: The trust must ensure there are enough suitably qualified and experienced staff on each shift, "
                "including registered nurses at night. (Regulation 18)",
         [("A2.1", ["Complete the annual safer staffing establishment review for acute wards using the Mental Health Optimal Staffing Tool (MHOST)."],
           ["Director of Nursing – Adult Mental Health"], "December 2024", "", "Data collection complete; paper to Board in January.", "Green"),
          ("A2.2", ["Run a targeted recruitment campaign for band 5 registered nurses, including international recruits."],
           ["Head of Recruitment", "Head of Nursing"], "31/03/2025", "", "14 offers made; night fill rate 96% in November.", "Green")]),
        ("req", "SHOULD: The trust should ensure that patients are involved in developing their care plans and are offered a copy.",
         [("A3.1", ["Audit 10 care plans per ward each month for evidence of patient involvement and feed back results at ward business meetings."],
           ["Ward Managers"], "Monthly", "", "October audit 78% compliant (September 64%).", "Green")]),
        ("section", "Psychiatric intensive care unit (PICU)"),
        ("req", "MUST: The trust must ensure that seclusion records are fully completed, including medical reviews, in line "
                "with the Mental Health Act Code of Practice. (Regulation 12)",
         [("B1.1", ["Introduce an electronic seclusion record on RiO with mandatory fields for medical and nursing reviews."],
           ["Chief Clinical Information Officer"], "30/09/2024", "28/02/2025", "Build delayed by RiO upgrade; paper record audit continues weekly.", "Red"),
          ("B1.2", ["Weekly seclusion record audit by the PICU ward manager, with results reported to the Restrictive Practice Group."],
           ["PICU Ward Manager"], "Ongoing", "", "Audits completed every week since July.", "Green")]),
        ("section", "Trust-wide"),
        ("req", "SHOULD: The trust should ensure that learning from incidents is shared consistently with staff on all wards.",
         [("C1.1", ["Publish a monthly ‘Learning Matters’ bulletin and discuss it at team meetings."],
           ["Head of Patient Safety"], "31/08/2024", "", "Bulletin published monthly since August.", "Blue"),
          ("C1.2", ["Hold quarterly cross-ward learning events for acute and PICU staff."],
           ["Associate Director of Quality Governance"], "Q4 2024/25", "", "First event being planned for February.", "Not started")]),
    ]
    nrows = 1 + sum(1 if it[0] == "section" else len(it[2]) for it in plan)
    t = doc.add_table(rows=nrows, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        bold_cell(t.cell(0, i), h)
        shade(t.cell(0, i), "D9D9D9")
    r = 1
    for it in plan:
        if it[0] == "section":
            m = t.cell(r, 0).merge(t.cell(r, len(headers) - 1))
            bold_cell(m, it[1])
            shade(m, "DEEAF6")
            r += 1
            continue
        _, req, acts = it
        first = r
        for ref, action, lead, orig, rev, prog, rag in acts:
            t.cell(r, 0).text = ref
            set_cell_paras(t.cell(r, 2), action)
            set_cell_paras(t.cell(r, 3), lead)
            t.cell(r, 4).text = orig
            t.cell(r, 5).text = rev
            t.cell(r, 6).text = prog
            t.cell(r, 7).text = rag
            if rag in RAGW:
                shade(t.cell(r, 7), RAGW[rag])
            r += 1
        if r - 1 > first:
            m = t.cell(first, 1).merge(t.cell(r - 1, 1))
        else:
            m = t.cell(first, 1)
        m.text = req
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete and evidenced; Green – on track; Amber – at risk / revised date agreed; "
                      "Red – off track; Not started – work not yet begun.")
    doc.save(out("lv1-oxleas-nhsft-cqc-acute-wards-must-should-do-action-plan.docx"))


# =========================================================================== 7 national body xlsx
def disclosure_scotland():
    wb = Workbook()
    headers = ["Action ref", "Scope area", "Priority", "ICO recommendation", "Agreed action", "Action owner",
               "Target date", "Revised date", "RAG", "Progress note"]
    RAGF = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    D = dt.datetime

    def sheet(ws, top_lines, header_row, recs):
        for i, (txt, bold) in enumerate(top_lines, start=1):
            ws.cell(i, 1, txt).font = Font(bold=bold, size=13 if i == 1 else 11)
        for ci, h in enumerate(headers, start=1):
            c = ws.cell(header_row, ci, h)
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("4B2C7F")
            c.alignment = WRAP
            c.border = BORDER
        r = header_row + 1
        for area, prio, rec, acts in recs:
            first = r
            for ref, action, owner, target, revised, rag, note in acts:
                ws.cell(r, 1, ref)
                ws.cell(r, 2, area)
                ws.cell(r, 5, action)
                ws.cell(r, 6, owner)
                for col, v in ((7, target), (8, revised)):
                    if v is None:
                        continue
                    c = ws.cell(r, col, v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                c = ws.cell(r, 9, rag)
                if rag in RAGF:
                    c.fill = fill(RAGF[rag])
                ws.cell(r, 10, note)
                for ci in range(1, 11):
                    ws.cell(r, ci).alignment = WRAP
                    ws.cell(r, ci).border = BORDER
                r += 1
            ws.cell(first, 3, prio)
            ws.cell(first, 4, rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
                ws.merge_cells(start_row=first, start_column=4, end_row=r - 1, end_column=4)
        for col, w in zip("ABCDEFGHIJ", [9, 22, 9, 46, 46, 28, 12, 12, 11, 40]):
            ws.column_dimensions[col].width = w
        return r

    ws = wb.active
    ws.title = "Action Plan"
    open_recs = [
        ("Governance & Accountability", "High",
         "Disclosure Scotland should ensure that its data protection policy is reviewed and approved at least every two years and that version control is applied.",
         [("a4.1", "Review the Data Protection Policy and submit it to the Executive Management Board for approval.",
           "Head of Information Governance (DPO)", D(2025, 3, 31), None, "Green", "Draft out for consultation with trade unions.")]),
        ("Governance & Accountability", "Medium",
         "Disclosure Scotland should establish key performance indicators for data protection and report them to senior management on a regular basis.",
         [("a11.1", "Develop a data protection KPI set covering personal data breaches, subject access requests and training completion.",
           "MacLeod, Fiona", D(2025, 1, 31), D(2025, 4, 30), "Amber", "KPI definitions agreed; reporting build delayed by Power BI licensing."),
          ("a11.2", "Report the KPI set to the Audit and Risk Committee each quarter.",
           "Head of Governance and Assurance", "Q1 2025/26", None, "Green", "Standing item added to ARC forward plan.")]),
        ("Records Management", "High",
         "Disclosure Scotland should complete its review of the records retention schedule and ensure that retention periods are applied to PVG scheme records held in the case management system.",
         [("b7.1", "Complete the retention schedule review and obtain sign-off from the Information Asset Owners.",
           "Records Manager", D(2025, 6, 30), None, "Green", "Workshops held with four of six business areas."),
          ("b7.2", "Configure automated deletion of expired applications in the case management system, following testing.",
           "Head of Digital Services and Records Manager", D(2025, 12, 31), None, "Not started", "Depends on b7.1.")]),
        ("Security of Personal Data", "Urgent",
         "Disclosure Scotland should ensure that access rights to the case management system are reviewed regularly and removed promptly when staff leave.",
         [("c3.1", "Introduce a monthly leavers reconciliation between HR records and system user accounts.",
           "Head of Digital Services", D(2024, 12, 31), D(2025, 2, 28), "Red",
           "Reconciliation run manually twice; automation depends on Scottish Government eHR data feed.")]),
        ("Training & Awareness", "Medium",
         "Disclosure Scotland should provide role-specific data protection training for staff who handle special category and criminal offence data.",
         [("d2.1", "Design and deliver a role-based training module for casework staff.",
           "Learning and Development Manager / DPO", "September 2025", None, "Green", "Content scoped with Casework Operations.")]),
    ]
    r = sheet(ws, [("Disclosure Scotland – ICO Data Protection Audit: Management Action Plan", True),
                   ("ICO consensual audit, fieldwork 10–12 September 2024; final report issued 29 November 2024. Overall assurance: Reasonable.", False),
                   ("Update for Audit and Risk Committee – 18 February 2025", False)], 5, open_recs)
    ws.cell(r + 1, 1, "Completed actions are moved to the 'Completed' sheet once closure is agreed by the Audit and Risk Committee.").font = Font(italic=True)
    ws.freeze_panes = "A6"

    ws2 = wb.create_sheet("Completed")
    done_recs = [
        ("Governance & Accountability", "Medium",
         "Disclosure Scotland should update the DPO’s job description to reflect the tasks set out in Article 39 of the UK GDPR.",
         [("a2.1", "Update the DPO job description and confirm the reporting line to the Chief Executive.",
           "Head of HR", D(2024, 12, 31), None, "Complete", "Closed at ARC, 18 February 2025.")]),
        ("Security of Personal Data", "High",
         "Disclosure Scotland should ensure that all staff working remotely complete the clear desk and secure printing guidance acknowledgement.",
         [("c1.1", "Issue the guidance acknowledgement through the learning portal and track completion.",
           "Information Security Manager", D(2024, 11, 30), None, "Complete", "98% completion; closed at ARC, 18 February 2025.")]),
        ("Requests for Access", "Low",
         "Disclosure Scotland should publish guidance for applicants on how to make a subject access request for their disclosure records.",
         [("e5.1", "Publish subject access guidance on mygov.scot and the Disclosure Scotland website.",
           "Customer Services Manager", D(2025, 1, 31), None, "Complete", "Published 20 January 2025.")]),
    ]
    sheet(ws2, [("Completed actions (closure agreed by Audit and Risk Committee)", True)], 3, done_recs)

    ws3 = wb.create_sheet("Key")
    ws3["A1"] = "ICO recommendation priority"
    ws3["A1"].font = Font(bold=True)
    for i, (p, d) in enumerate([
        ("Urgent", "Address a risk of non-compliance that requires immediate action."),
        ("High", "Address a risk of non-compliance that should be addressed as a priority."),
        ("Medium", "Address a risk of non-compliance that should be addressed within a reasonable timeframe."),
        ("Low", "Good practice; address as resources allow."),
    ], start=2):
        ws3.cell(i, 1, p)
        ws3.cell(i, 2, d)
    ws3["A8"] = "RAG status"
    ws3["A8"].font = Font(bold=True)
    for i, (p, d) in enumerate([
        ("Complete", "Action complete; closure agreed by ARC"),
        ("Green", "On track to meet target or revised date"),
        ("Amber", "At risk; revised date agreed"),
        ("Red", "Overdue or off track; escalated to Executive Management Board"),
        ("Not started", "Work not yet begun"),
    ], start=9):
        c = ws3.cell(i, 1, p)
        if p in RAGF:
            c.fill = fill(RAGF[p])
        ws3.cell(i, 2, d)
    ws3.column_dimensions["A"].width = 14
    ws3.column_dimensions["B"].width = 80
    wb.save(out("lv1-disclosure-scotland-ico-data-protection-audit-action-plan.xlsx"))


if __name__ == "__main__":
    camborne()
    rnn()
    qube()
    lwh()
    penryn()
    oxleas()
    disclosure_scotland()
    print("built 7 files in", HERE)
