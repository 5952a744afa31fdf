"""Build the seven zxi- blind test files (set heldout620).

Run with: /work/main/.venv/bin/python zxi_make.py
Writes only files whose names start with "zxi-" into this folder.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "0070C0"
GREEN = "00B050"
AMBER = "FFC000"
RED = "FF0000"
GREY = "D9D9D9"
RAGFILL = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED, "": None}


def out(name):
    assert name.startswith("zxi-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexfill):
    if not hexfill:
        return
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    """Write text into a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.font.size = Pt(size)


# =============================================================== 1. Eastern High
EASTERN_TITLE = "Eastern High – Post-Inspection Action Plan (PIAP) 2025–2026"
EASTERN = [
    ("R1: Improve pupils’ attendance, particularly for pupils eligible for free school meals", [
        ("1.1", "Introduce a stepped attendance procedure with clear thresholds for form tutor, Head of Year and Education Welfare Officer intervention.",
         "Attendance procedure in place from 24 February 2025; all Heads of Year trained.", "DHT (Wellbeing)", "April 2025", "B"),
        ("1.2", "Appoint two Family Engagement Officers to work with families of persistently absent pupils in Years 7 to 9.\nAgree a referral pathway with Cardiff Council’s Education Welfare Service.",
         "Persistent absence in Years 7–9 falls by 5 percentage points against the 2023–2024 baseline.", "Headteacher / EWS Team Leader", "Summer term 2025", "G"),
        ("1.3", "Review the use of part-time timetables and alternative provision so that every placement has a review date and a reintegration plan.",
         "No pupil is on a part-time timetable for more than six weeks without a governor-approved review.", "AHT (ALN & Inclusion)", "31/10/2025", "A"),
    ]),
    ("R2: Strengthen the quality of teaching so that it challenges and supports all pupils to make strong progress", [
        ("2.1", "Deliver a programme of professional learning on questioning, modelling and checking for understanding, led by the school’s Teaching and Learning Group.",
         "At least 80% of lessons observed are judged to be at least good by the end of the programme.", "AHT Teaching and Learning", "Sept 2025 – July 2026", "G"),
        ("2.2", "Carry out learning walks and book looks with middle leaders, and share the findings with each department.",
         "Findings recorded on the quality assurance tracker and followed up at department meetings.", "SLT; Heads of Faculty", "Termly", "G"),
        ("2.3", "Pair each head of faculty with a subject lead in a partner secondary school to moderate lesson planning and pupils’ work.",
         "Moderation notes show planning matched to pupils’ starting points.", "Local authority School Improvement Partner", "Autumn term 2025", ""),
    ]),
    ("R3: Improve the rigour of self-evaluation and improvement planning at all levels", [
        ("3.1", "Revise the school’s self-evaluation calendar so that first-hand evidence from lessons, pupils’ work and pupils’ views feeds directly into departmental improvement plans.",
         "Every department improvement plan identifies no more than three priorities drawn from first-hand evidence.", "Headteacher", "July 2025", "B"),
        ("3.2", "Establish a Standards and Improvement Committee of the governing body to receive termly progress reports on this plan.",
         "Committee meets each term; minutes show governors challenging progress.", "Chair of Governors", "March 2025", "B"),
    ]),
    ("R4: Develop pupils’ Welsh language skills and their use of Welsh across the school", [
        ("4.1", "Appoint a Welsh-language champion in each department and publish a whole-school ‘Cymraeg bob dydd’ plan.",
         "Pupil voice shows more pupils using Welsh outside Welsh lessons.", "Head of Welsh", "Ongoing", "G"),
        ("4.2", "Increase the number of pupils entered for GCSE Welsh Second Language full course from September 2025.",
         "All Year 10 pupils follow the full course.", "Head of Welsh / Curriculum DHT", "September 2025", "B"),
    ]),
]


def build_eastern():
    d = Document()
    for s in d.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    d.add_heading(EASTERN_TITLE, level=1)
    d.add_paragraph("Following the Estyn core inspection of 13–16 January 2025. "
                    "Estyn follow-up category: significant improvement.")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("School", "Eastern High, Trowbridge Road, Rumney, Cardiff"),
        ("Headteacher", "Mr D. Morgan"),
        ("Chair of Governors", "Mrs A. Lloyd-Jenkins"),
        ("Plan agreed by governing body", "24 March 2025"),
        ("Progress position", "17 October 2025 (Standards and Improvement Committee)"),
        ("Version", "3.0"),
    ]:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        set_cell(c[1], v)
    d.add_paragraph()
    d.add_paragraph("RAG key")
    k = d.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for letter, meaning in [("B", "Action completed"), ("G", "On track"),
                            ("A", "Some slippage – remedial action agreed"),
                            ("R", "Off track – escalate to governing body")]:
        c = k.add_row().cells
        set_cell(c[0], letter, bold=True)
        shade(c[0], RAGFILL[letter])
        set_cell(c[1], meaning)
    for rec, actions in EASTERN:
        d.add_heading(rec, level=2)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Success criteria", "Lead", "Timescale", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, GREY)
        for ref, action, crit, lead, when, rag in actions:
            c = t.add_row().cells
            for cell, txt in zip(c, [ref, action, crit, lead, when, rag]):
                set_cell(cell, txt)
            shade(c[5], RAGFILL[rag])
        d.add_paragraph()
    d.add_paragraph("Approved on behalf of the governing body")
    s = d.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Signed (Headteacher)", "Signed (Chair of Governors)", "Date"]):
        set_cell(c, h, bold=True)
    for c, v in zip(s.rows[1].cells, ["D. Morgan", "A. Lloyd-Jenkins", "24/03/2025"]):
        set_cell(c, v)
    d.save(out("zxi-eastern-high-estyn-post-inspection-action-plan.docx"))


# ========================================================== 2. Braeside House
BRAESIDE_TITLE = "Braeside House Care Home – Care Inspectorate Improvement Plan 2025"
BRAESIDE = [
    ("Key question 1: How well do we support people's wellbeing?", [
        ("Requirement 1: By 30 June 2025, the provider must ensure that people's health benefits from the safe management of their medication. To do this, the provider must, at a minimum, ensure that protocols for 'as required' medication are in place and reviewed, and that topical medication records are completed accurately.", [
            ("R1.1", "Audit all 'as required' (PRN) protocols and rewrite any that do not state the reason for use, the maximum dose and the expected outcome.",
             "Clinical Lead", "30/04/2025", "All 41 protocols audited; 17 rewritten and signed off by GP practice.", "B"),
            ("R1.2", "Introduce a weekly topical medication record check by the nurse in charge, with results reported at the monthly clinical governance meeting.",
             "Nurse in charge; Home Manager", "31 May 2025", "Weekly checks in place since 12 May. Two gaps found in June, both followed up with staff.", "G"),
        ]),
        ("Area for improvement 1: To support people's wellbeing, the provider should ensure that people have regular opportunities to take part in meaningful activity that reflects their interests, including people who spend most of their time in their rooms.", [
            ("A1.1", "Complete a 'What matters to me' conversation with each resident and record their preferred activities in their personal plan.",
             "Activities Co-ordinator", "July 2025", "34 of 38 conversations complete.", "G"),
            ("A1.2", "Set up one-to-one sessions, including audio-described films and talking-book groups, for residents who prefer to stay in their rooms.",
             "Activities Co-ordinator / Volunteer Co-ordinator", "Ongoing", "Volunteer recruitment slower than planned; two volunteers in post.", "A"),
        ]),
    ]),
    ("Key question 2: How good is our leadership?", [
        ("Area for improvement 2: The provider should ensure that quality assurance processes, including audits, lead to clear actions with timescales and that these are followed up.", [
            ("A2.1", "Replace the current audit folder with a single service improvement plan that records each audit finding, the action, the person responsible and the date it was completed.",
             "Fiona Cairns (Home Manager)", "End of June 2025", "Service improvement plan in use and reviewed at each monthly manager's meeting.", "B"),
        ]),
    ]),
    ("Key question 5: How well is our care and support planned?", [
        ("Requirement 2: By 31 August 2025, the provider must ensure that each person's personal plan sets out how their health, welfare and safety needs are to be met, including the support they need in relation to their sight loss.", [
            ("R2.1", "Review every personal plan with the person and their family, using the sight loss support assessment developed with Sight Scotland's rehabilitation team.",
             "Depute Manager", "31/08/2025", "29 plans reviewed; remaining 9 booked for September.", "A"),
            ("R2.2", "Train all senior carers in writing outcome-focused personal plans.\nTraining to be delivered by the Sight Scotland learning and development team, with attendance recorded on the training matrix.",
             "Learning and Development Manager", "Sept 2025", "Dates being confirmed.", ""),
        ]),
    ]),
]


def build_braeside():
    d = Document()
    for s in d.sections:
        s.orientation = 1
        s.page_width, s.page_height = s.page_height, s.page_width
        s.left_margin = s.right_margin = Cm(1.5)
    p = d.add_paragraph()
    r = p.add_run(BRAESIDE_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Sight Scotland | Care home service for older people | Care service number: CS2003010643")
    d.add_paragraph("Unannounced inspection: 4 to 6 March 2025. Inspection report published: 2 April 2025.")
    g = d.add_table(rows=1, cols=2)
    g.style = "Table Grid"
    set_cell(g.rows[0].cells[0], "Key question", bold=True)
    set_cell(g.rows[0].cells[1], "Grade awarded", bold=True)
    for kq, grade in [("How well do we support people's wellbeing?", "3 - Adequate"),
                      ("How good is our leadership?", "3 - Adequate"),
                      ("How good is our staff team?", "4 - Good"),
                      ("How good is our setting?", "4 - Good"),
                      ("How well is our care and support planned?", "2 - Weak")]:
        c = g.add_row().cells
        set_cell(c[0], kq)
        set_cell(c[1], grade)
    d.add_paragraph()
    d.add_paragraph("Status is shown by shading in the last column:")
    k = d.add_table(rows=1, cols=5)
    k.style = "Table Grid"
    for c, (txt, fill) in zip(k.rows[0].cells, [("Complete", BLUE), ("On track", GREEN),
                                               ("Some delay", AMBER), ("Not progressing", RED),
                                               ("Not yet started (no shading)", None)]):
        set_cell(c, txt)
        shade(c, fill)
    d.add_paragraph()
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "What we will do", "Who", "By when", "Progress update (September 2025)", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, GREY)
    for kq, items in BRAESIDE:
        row = t.add_row().cells
        m = row[0].merge(row[5])
        set_cell(m, kq, bold=True)
        shade(m, "BDD7EE")
        for head, actions in items:
            row = t.add_row().cells
            m = row[0].merge(row[5])
            set_cell(m, head, bold=True)
            shade(m, "F2F2F2")
            for ref, action, who, when, prog, st in actions:
                c = t.add_row().cells
                for cell, txt in zip(c, [ref, action, who, when, prog, ""]):
                    set_cell(cell, txt)
                shade(c[5], RAGFILL[st])
    d.add_paragraph()
    d.add_paragraph("Plan prepared by Fiona Cairns, Home Manager. Reviewed by Head of Care Services, Sight Scotland, 19 September 2025.")
    d.save(out("zxi-sight-scotland-braeside-house-care-inspectorate-improvement-plan.docx"))


# ================================================================ xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def put(ws, r, c, v, bold=False, bg=None, fmt=None):
    cell = ws.cell(row=r, column=c, value=v)
    cell.alignment = WRAP
    cell.border = BOX
    if bold:
        cell.font = Font(bold=True)
    if bg:
        cell.fill = fill(bg)
    if fmt:
        cell.number_format = fmt
    return cell


# ======================================================= 3. OPCW risk register
OPCW_TITLE = "Older People's Commissioner for Wales – Strategic Risk Register 2025-26"
D = dt.datetime
OPCW = [
    ("SR1: Financial sustainability – a real-terms reduction in Welsh Government funding means the Commissioner cannot deliver the statutory work programme set out in the Strategy 2025-28.",
     "Chief Executive", (4, 4), "Medium-term financial plan; quarterly budget reports to ARAC; vacancy control panel.", (3, 4), [
         ("1a", "Complete a zero-based review of non-pay budgets and identify savings of at least 5% for 2026-27.",
          "Head of Finance and Corporate Services", D(2025, 12, 31), None, "G", "G"),
         ("1b", "Agree a revised workforce plan with the Senior Leadership Team, including options for shared services with the other Welsh commissioners.",
          "Chief Executive / Head of HR", D(2025, 9, 30), D(2026, 1, 31), "A", "A"),
     ]),
    ("SR2: Cyber security – a successful cyber attack or data breach leads to the loss of personal data about older people who contact the Advice and Assistance team.",
     "Head of Finance and Corporate Services", (4, 5), "Managed IT service; multi-factor authentication; annual penetration test; data protection training.", (2, 5), [
         ("2a", "Achieve Cyber Essentials Plus re-certification.",
          "IT Manager", D(2025, 10, 31), None, "G", "B"),
         ("2b", "Run a phishing simulation for all staff and give targeted training to anyone who fails it.",
          "IT Manager; Data Protection Officer", "Quarterly", None, "G", "G"),
         ("2c", "Test the incident response plan through an externally facilitated tabletop exercise.",
          "Data Protection Officer", D(2026, 3, 31), None, "", ""),
     ]),
    ("SR3: Reputation and independence – the Commissioner is seen as not independent of Welsh Government, or as failing to act on the issues older people raise.",
     "Commissioner", (3, 4), "Communications and engagement strategy; publication of all formal reviews; Memorandum of Understanding with Welsh Government.", (2, 4), [
         ("3a", "Publish the annual report on the state of the nation for older people, with a tracker of Welsh Government responses to the Commissioner's recommendations.",
          "Head of Policy and Public Affairs", D(2025, 11, 30), None, "G", "G"),
         ("3b", "Refresh the stakeholder engagement plan so that the Commissioner meets older people's forums in every local authority area during the year.",
          "Head of Communications", D(2026, 3, 31), None, "G", "A"),
     ]),
    ("SR4: Staff wellbeing and capacity – high caseloads in the Advice and Assistance team lead to delays for older people and increased staff absence.",
     "Head of Advice and Assistance", (4, 3), "Weekly caseload monitoring; employee assistance programme; flexible working policy.", (4, 3), [
         ("4a", "Introduce a triage model so that urgent safeguarding-related enquiries are allocated within one working day.",
          "Advice and Assistance Manager", D(2025, 8, 31), D(2025, 11, 30), "R", "A"),
         ("4b", "Commission an independent staff wellbeing survey and agree the resulting actions with the staff forum.",
          "Head of HR", "Q4 2025-26", None, "A", "R"),
     ]),
]


def score_fill(score):
    return RED if score >= 15 else AMBER if score >= 8 else GREEN


def build_opcw():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Older People's Commissioner for Wales"
    cv["A1"].font = Font(bold=True, size=14)
    cv["A2"] = "Comisiynydd Pobl Hŷn Cymru"
    cv["A4"] = "Document control"
    cv["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "2025-26 v3"), ("Owner", "Chief Executive"),
                                ("Prepared by", "Governance and Risk Officer"),
                                ("Last reviewed by SLT", "7 October 2025"),
                                ("Presented to", "Audit and Risk Assurance Committee, 21 October 2025"),
                                ("Review frequency", "Quarterly")], start=5):
        put(cv, i, 1, k, bold=True)
        put(cv, i, 2, v)
    cv.column_dimensions["A"].width = 26
    cv.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = OPCW_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:P1")
    ws["A2"] = "Position at 30 September 2025. Scores are Likelihood (L) x Impact (I), each on a scale of 1 to 5."
    ws.merge_cells("A2:P2")
    heads = ["Risk", "Risk owner", "Inherent risk", None, None, "Key controls in place", "Residual risk", None, None,
             "Action ref", "Further action required", "Action owner", "Target date", "Revised target date",
             "Previous RAG", "Current RAG"]
    for c, h in enumerate(heads, start=1):
        put(ws, 4, c, h, bold=True, bg=GREY)
        put(ws, 5, c, None, bold=True, bg=GREY)
    for c, h in zip([3, 4, 5, 7, 8, 9], ["L", "I", "Score", "L", "I", "Score"]):
        put(ws, 5, c, h, bold=True, bg=GREY)
    ws.merge_cells("C4:E4")
    ws.merge_cells("G4:I4")
    for col in "ABFJKLMNOP":
        ws.merge_cells(f"{col}4:{col}5")
    r = 6
    for risk, owner, (il, ii), controls, (rl, ri), actions in OPCW:
        first = r
        for ref, act, aown, target, revised, prev, cur in actions:
            put(ws, r, 10, ref)
            put(ws, r, 11, act)
            put(ws, r, 12, aown)
            put(ws, r, 13, target, fmt="dd/mm/yyyy")
            put(ws, r, 14, revised, fmt="dd/mm/yyyy")
            put(ws, r, 15, None, bg=RAGFILL[prev])
            put(ws, r, 16, None, bg=RAGFILL[cur])
            for c in range(1, 10):
                put(ws, r, c, None)
            r += 1
        last = r - 1
        put(ws, first, 1, risk)
        put(ws, first, 2, owner)
        put(ws, first, 3, il)
        put(ws, first, 4, ii)
        put(ws, first, 5, il * ii, bold=True, bg=score_fill(il * ii))
        put(ws, first, 6, controls)
        put(ws, first, 7, rl)
        put(ws, first, 8, ri)
        put(ws, first, 9, rl * ri, bold=True, bg=score_fill(rl * ri))
        if last > first:
            for c in "ABCDEFGHI":
                ws.merge_cells(f"{c}{first}:{c}{last}")
    r += 1
    ws.cell(row=r, column=1, value="Action RAG key:").font = Font(bold=True)
    for i, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN),
                                    ("At risk of slipping", AMBER), ("Overdue", RED)]):
        put(ws, r, 2 + i, txt, bg=col)
    r += 1
    ws.cell(row=r, column=1, value="Risk appetite: the Commissioner has a cautious appetite for financial and information risk and an open appetite for risk in pursuing her statutory functions.")
    widths = {"A": 42, "B": 16, "C": 4, "D": 4, "E": 7, "F": 34, "G": 4, "H": 4, "I": 7,
              "J": 7, "K": 48, "L": 22, "M": 12, "N": 12, "O": 9, "P": 9}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "A6"

    sc = wb.create_sheet("Scoring matrix")
    sc["A1"] = "Risk scoring matrix (Likelihood x Impact)"
    sc["A1"].font = Font(bold=True)
    put(sc, 2, 1, "Likelihood \\ Impact", bold=True)
    for i in range(1, 6):
        put(sc, 2, 1 + i, i, bold=True)
    for l in range(5, 0, -1):
        row = 3 + (5 - l)
        put(sc, row, 1, l, bold=True)
        for i in range(1, 6):
            put(sc, row, 1 + i, l * i, bg=score_fill(l * i))
    sc["A9"] = "1-7 Low (green); 8-14 Medium (amber); 15-25 High (red)"
    wb.active = 1
    wb.save(out("zxi-older-peoples-commissioner-for-wales-strategic-risk-register-2025-26.xlsx"))


# ================================================= 4. SSSC annual delivery plan
SSSC_TITLE = "Scottish Social Services Council – Annual Delivery Plan 2025/26"
SSSC = [
    ("Trusted: people who use services are protected by a regulated workforce that is fit to practise", [
        ("T1", "Implement the revised fitness to practise decision-making guidance and publish it on our website.",
         "Director of Fitness to Practise", "Guidance approved by Council", "September 2025", "Green", "Complete",
         "Approved by Council on 23 September 2025 and published on 30 September."),
        ("T2", "Reduce the median time from referral to final outcome in fitness to practise cases to 12 months.",
         "Director of Fitness to Practise", "Median time reported quarterly", "March 2026", "Amber", "Amber",
         "Median time 14.2 months at Q2 (15.1 at Q1). Two additional case officers start in November."),
        ("T3", "Launch the new registration portal for the children and young people workforce, replacing the current paper and email forms.",
         "Director of Regulation / Head of Digital", "Portal live", "Q3 2025/26", "Green", "Red",
         "Supplier delay on identity verification module; revised plan to Digital Board in October."),
    ]),
    ("Skilled: our work supports the workforce to deliver high standards of professional practice", [
        ("S1", "Deliver the year 2 actions of the national induction framework for adult social care, including an induction resource for personal assistants.",
         "Head of Workforce Development", "Resource published", "31/03/2026", "Green", "Green",
         "Personal assistant resource tested with 40 users; final version due February."),
        ("S2", "Develop a post-qualifying learning pathway in mental health social work with Scottish universities.",
         "Head of Workforce Education", "Pathway agreed with universities", "June 2026", "Green", "Green",
         "Working group met twice; draft learning outcomes shared."),
    ]),
    ("Confident: our work enhances the confidence, competence and wellbeing of the workforce", [
        ("C1", "Run the 2025 workforce wellbeing survey and publish the findings with recommendations for employers.",
         "Head of Workforce Planning", "Findings published", D(2025, 10, 1), "Green", "Green",
         "Survey closed with 6,412 responses; report in final drafting."),
        ("C2", "Extend the 'Step into Leadership' programme to 300 more frontline managers.",
         "Head of Learning and Development", "300 managers enrolled", "Q4 2025/26", "Amber", "Green",
         "212 enrolled at end of Q2."),
    ]),
    ("Valued: the workforce is valued for the difference it makes to people's lives", [
        ("V1", "Work with the Scottish Government and COSLA on proposals for national recognition of the social care workforce.",
         "Chief Executive", "Proposals submitted", "Ongoing", "Green", "Green",
         "Joint paper discussed at the Fair Work in Social Care Group in August."),
        ("V2", "Deliver a Scotland-wide campaign promoting careers in social work and social care to school leavers and career changers.",
         "Head of Communications", "Campaign launched", "Jan – Mar 2026", "Not started", "Not started",
         "Campaign brief agreed; media buying planned for January."),
    ]),
]
SSSC_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED, "Complete": BLUE, "Not started": None}


def build_sssc():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = SSSC_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Quarter 2 summary: position at 30 September 2025"
    cols = ["Complete", "Green", "Amber", "Red", "Not started"]
    put(sm, 4, 1, "Strategic outcome", bold=True, bg=GREY)
    for i, c in enumerate(cols + ["Total"], start=2):
        put(sm, 4, i, c, bold=True, bg=GREY)
    totals = [0] * 6
    r = 5
    for theme, actions in SSSC:
        put(sm, r, 1, theme.split(":")[0])
        counts = [sum(1 for a in actions if a[6] == c) for c in cols]
        for i, n in enumerate(counts + [len(actions)], start=2):
            put(sm, r, i, n)
        totals = [t + n for t, n in zip(totals, counts + [len(actions)])]
        r += 1
    put(sm, r, 1, "Total", bold=True)
    for i, n in enumerate(totals, start=2):
        put(sm, r, i, n, bold=True)
    sm.column_dimensions["A"].width = 22

    ws = wb.create_sheet("Delivery plan")
    ws["A1"] = SSSC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Quarter 2 progress report (1 July to 30 September 2025)"
    ws["A3"] = "Report to Council: 25 November 2025"
    heads = ["Ref", "Action", "Lead", "Milestone", "Due date", "Q1 status", "Q2 status", "Q2 commentary"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, bg="1F4E78").font = Font(bold=True, color="FFFFFF")
    r = 6
    for theme, actions in SSSC:
        put(ws, r, 1, theme, bold=True, bg="DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for ref, act, lead, ms, due, q1, q2, comm in actions:
            put(ws, r, 1, ref)
            put(ws, r, 2, act)
            put(ws, r, 3, lead)
            put(ws, r, 4, ms)
            put(ws, r, 5, due, fmt="mmm-yy" if isinstance(due, dt.datetime) else None)
            put(ws, r, 6, q1, bg=SSSC_FILL[q1])
            put(ws, r, 7, q2, bg=SSSC_FILL[q2])
            put(ws, r, 8, comm)
            r += 1
    for k, v in {"A": 6, "B": 52, "C": 26, "D": 24, "E": 13, "F": 11, "G": 11, "H": 46}.items():
        ws.column_dimensions[k].width = v

    nt = wb.create_sheet("Status definitions")
    nt["A1"] = "Status definitions"
    nt["A1"].font = Font(bold=True)
    for i, (k, v, col) in enumerate([("Complete", "Action delivered", BLUE),
                                     ("Green", "On track to deliver by the due date", GREEN),
                                     ("Amber", "Some risk to delivery; mitigation in place", AMBER),
                                     ("Red", "Will not be delivered by the due date without intervention", RED),
                                     ("Not started", "Not due to start in this quarter", None)], start=2):
        put(nt, i, 1, k, bold=True, bg=col)
        put(nt, i, 2, v)
    nt.column_dimensions["B"].width = 60
    wb.active = 1
    wb.save(out("zxi-sssc-annual-delivery-plan-2025-26-q2-progress.xlsx"))


# ============================================ 5. Nazareth Lodge RQIA QIP (refuse)
NAZ_TITLE = "Nazareth Lodge Care Home – Quality Improvement Plan (RQIA)"
NAZ = [
    ("Action required to ensure compliance with The Residential Care Homes Regulations (Northern Ireland) 2005", [
        ("1", "Regulation 27 (4) (b)", "First time",
         "The registered person shall ensure that fire doors are not wedged or propped open.", [
             ("Remove all door wedges and fit automatic hold-open devices linked to the fire alarm on the lounge and dining room doors.",
              "Registered Manager", "With immediate effect", "Wedges removed on day of inspection. Devices fitted 2 September 2025.", "B"),
             ("Add a check of fire doors to the daily walkaround record completed by the senior care assistant on each shift.",
              "Registered Manager", "30 September 2025", "Daily checks recorded; audited weekly.", "G"),
         ]),
        ("2", "Regulation 13 (7)", "First time",
         "The registered person shall make suitable arrangements to minimise the risk of infection, with specific reference to the storage of toiletries and the cleaning of shared equipment.", [
             ("Provide lockable, labelled storage for each resident's toiletries and introduce a cleaning schedule for hoists and shower chairs.",
              "Deputy Manager", "15 October 2025", "Storage units on order.", "A"),
         ]),
    ]),
    ("Action required to ensure compliance with the Residential Care Homes Minimum Standards (December 2022)", [
        ("3", "Standard 6.2", "Second time",
         "The registered person shall ensure that care plans are kept under review and reflect the current assessed needs of residents.", [
             ("Review all care plans against the current needs assessment and record the review in the care plan evaluation.",
              "Deputy Manager", "31 0ctober 2025", "18 of 31 care plans reviewed.", "A"),
             ("Complete a monthly care record audit and share the findings at staff meetings.",
              "Registered Manager", "30 November 2025", "First audit completed 28 October.", "G"),
         ]),
        ("4", "Standard 23.4", "First time",
         "The registered person shall ensure that all staff complete mandatory training, including adult safeguarding, within the required timeframe.", [
             ("Book outstanding adult safeguarding training for the 7 staff identified and monitor completion on the training matrix.",
              "Administrator; Registered Manager", "31 December 2025", "", ""),
         ]),
    ]),
]


def build_nazareth():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    ws["A1"] = NAZ_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Unannounced care inspection: 19 August 2025 | Inspection ID: IN047213 | QIP returned to RQIA: 30 September 2025"
    ws.merge_cells("A2:I2")
    ws["A3"] = "Progress reviewed at Care Home Governance Meeting: 11 November 2025"
    ws.merge_cells("A3:I3")
    heads = ["Area for improvement", "Ref", "Stated", "Area for improvement (as stated by RQIA)",
             "Action taken / planned", "Responsible person", "To be completed by", "Progress", "RAG"]
    for c, h in enumerate(heads, start=1):
        put(ws, 5, c, h, bold=True, bg=GREY)
    r = 6
    for band, afis in NAZ:
        put(ws, r, 1, band, bold=True, bg="FCE4D6")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for no, ref, stated, text, actions in afis:
            first = r
            for act, who, when, prog, rag in actions:
                for c in range(1, 5):
                    put(ws, r, c, None)
                put(ws, r, 5, act)
                put(ws, r, 6, who)
                put(ws, r, 7, when)
                put(ws, r, 8, prog)
                put(ws, r, 9, rag, bg=RAGFILL[rag])
                r += 1
            put(ws, first, 1, no)
            put(ws, first, 2, ref)
            put(ws, first, 3, stated)
            put(ws, first, 4, text)
            if r - 1 > first:
                for c in "ABCD":
                    ws.merge_cells(f"{c}{first}:{c}{r - 1}")
    r += 1
    ws.cell(row=r, column=1, value="RAG: B = completed; G = on track; A = in progress, some delay; R = not achieved by date")
    for k, v in {"A": 13, "B": 14, "C": 11, "D": 44, "E": 48, "F": 20, "G": 18, "H": 36, "I": 6}.items():
        ws.column_dimensions[k].width = v
    wb.save(out("zxi-nazareth-lodge-care-home-rqia-quality-improvement-plan-typo-month-refuse.xlsx"))


# ================================================ 6. Armagh Observatory (csv)
AOP_TITLE = "Armagh Observatory and Planetarium – NIAO Report to those charged with governance: recommendations tracker"
AOP = [
    ("Section A: 2024-25 Report to those charged with governance (issued 12 June 2025)", [
        ("2024-25/1", "2",
         "AOP should reconcile its fixed asset register to the general ledger on a quarterly basis and retain evidence of review.",
         "Agreed. Quarterly reconciliations will be prepared by the Finance Officer and reviewed and signed by the Head of Finance & Corporate Services.",
         "Head of Finance & Corporate Services", "31/12/2025", "", "G", "Q1 reconciliation completed and signed 14 July 2025."),
        ("2024-25/2", "1",
         "Management should ensure that all purchases above £5,000 are supported by the required number of quotations or by an approved Direct Award Contract form.",
         "Agreed. A procurement checklist has been introduced and all purchase orders over £5,000 now require sign-off by the Head of Finance & Corporate Services before issue.\nA retrospective review of 2024-25 orders will be reported to ARAC.",
         "Head of Finance & Corporate Services", "30/09/2025", "", "B", "Checklist in use from 1 July 2025. Retrospective review reported to ARAC in September."),
        ("2024-25/3", "2",
         "AOP should update its gifts and hospitality policy and ensure the register is reviewed by the Board of Governors annually.",
         "Policy to be revised in line with Department for Communities guidance and presented to the Board of Governors.",
         "Corporate Governance Officer", "30/06/2025", "31/12/2025", "A", "Draft policy with DfC for comment."),
        ("2024-25/4", "3",
         "Leave records should be held on the HR system rather than on local spreadsheets.",
         "HR module to be configured to record annual and flexi leave; local spreadsheets to be withdrawn.",
         "HR Manager / Head of Operations", "March 2026", "", "G", "Configuration work scheduled for January 2026."),
    ]),
    ("Section B: Outstanding recommendations from the 2023-24 Report to those charged with governance", [
        ("2023-24/2", "2",
         "AOP should complete and test a business continuity plan covering both the Observatory and the Planetarium sites.",
         "Business continuity plan drafted. Desktop test with the Senior Management Team to follow.",
         "Head of Operations", "31/03/2024", "31/01/2026", "A", "Plan drafted; test date being arranged."),
        ("2023-24/4", "1",
         "The Accounting Officer should ensure that the Management Statement and Financial Memorandum is replaced by a Partnership Agreement with the Department for Communities.",
         "Draft Partnership Agreement shared with the DfC sponsor branch; awaiting Departmental approval.",
         "Accounting Officer (Director)", "31/12/2024", "Q4 2025-26", "R", "No response from DfC since May 2025; escalated by the Chair."),
    ]),
]


def build_aop():
    rows = [
        [AOP_TITLE] + [""] * 9,
        ["Position at 30 September 2025 – for the Audit and Risk Assurance Committee, 16 October 2025"] + [""] * 9,
        [""] * 10,
        ["Ref", "Priority", "Recommendation", "Management response / agreed action", "Responsible officer",
         "Original target date", "Revised target date", "RAG", "Progress update", ""],
    ]
    for section, recs in AOP:
        rows.append([section] + [""] * 9)
        for rec in recs:
            rows.append(list(rec) + [""])
    rows.append([""] * 10)
    rows.append(["RAG: B = implemented; G = on track to meet target date; A = target date at risk; R = target date missed"] + [""] * 9)
    rows.append(["Priority 1 = significant weakness; Priority 2 = important issue; Priority 3 = minor issue or best practice"] + [""] * 9)
    # trim the spare trailing column like an export that has one empty column at the end
    rows = [r[:9] for r in rows]
    with open(out("zxi-armagh-observatory-and-planetarium-niao-rttcwg-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ================================================= 7. Gairloch High School (txt)
GAIR_TITLE = "Gairloch High School – Post-inspection action plan"
GAIR = [
    ("QI 1.3 Leadership of change", [
        ("Area for improvement 1: Senior leaders should work with young people, parents, staff and partners to develop a shared vision and a clear strategic plan for improving the school.", [
            ("1.1", "Hold vision and values workshops with young people, staff, the Parent Council and community partners.",
             "HT", "Aug 2025 – Oct 2025", "Shared vision agreed and displayed; young people can explain it.", "Complete. Workshops held with all year groups in September.", "B"),
            ("1.2", "Publish a three-year strategic improvement plan, aligned with Highland Council education priorities, and share a summary with parents.",
             "HT & Quality Improvement Officer", "Dec 2025", "Plan published on school website; Parent Council briefed.", "Draft plan shared with staff in November.", "G"),
            ("1.3", "Create distributed leadership roles for staff, including leads for digital learning, Gaelic and Developing the Young Workforce.",
             "DHT (Curriculum)", "Jan 2026", "Remits agreed and time allocated in the 2026/27 staffing.", "Two of three remits agreed; Gaelic lead post vacant.", "A"),
        ]),
    ]),
    ("QI 2.3 Learning, teaching and assessment", [
        ("Area for improvement 2: Teachers should ensure that learning is well matched to the needs of all young people and that feedback helps young people understand how to improve.", [
            ("2.1", "Introduce a Gairloch learning and teaching standard setting out expectations for lesson starts, differentiation and plenaries.",
             "DHT (Learning & Teaching)", "31/10/2025", "Standard in use in all departments; seen in learning walks.", "Launched at in-service day 20 October.", "B"),
            ("2.2", "Set up paired peer observation across departments, with a focus on feedback and next steps.",
             "PT Curriculum (Expressive Arts) / PT Curriculum (Sciences)", "Ongoing", "All teachers complete two peer observations per term.", "First round complete.", "G"),
        ]),
        ("Area for improvement 3: Senior leaders and teachers should develop a more robust approach to tracking and monitoring young people's progress in the broad general education.", [
            ("3.1", "Introduce a single BGE tracking system, with progress reviewed at three points in the session.",
             "DHT (BGE)", "March 2026", "Tracking data used at every department meeting.", "System built; first data point November.", "G"),
            ("3.2", "Hold tracking meetings with each S3 young person and their parents to agree next steps and pathways.",
             "PT Pupil Support", "Feb 2026", "All S3 young people have an agreed pathway.", "", ""),
        ]),
    ]),
    ("QI 3.1 Ensuring wellbeing, equality and inclusion", [
        ("Area for improvement 4: Staff should ensure that young people who require additional support have up-to-date plans with clear, measurable targets.", [
            ("4.1", "Review all individualised educational programmes and train staff to write SMART targets.",
             "PT Additional Support Needs; Educational Psychologist", "By 31 March 2026", "All plans reviewed; targets meet SMART criteria in sample audit.", "Training delivered; 60% of plans reviewed.", "A"),
        ]),
    ]),
]


def build_gairloch():
    lines = [
        GAIR_TITLE,
        "Education Scotland inspection: May 2025 (report published 24 June 2025)",
        "The Highland Council – Education and Learning Service",
        "Progress update: December 2025",
        "",
        "\t".join(["Ref", "Action", "Lead", "Timescale", "Measures of success", "Progress", "RAG"]),
    ]
    for qi, afis in GAIR:
        lines.append(qi)
        for afi, actions in afis:
            lines.append(afi)
            for a in actions:
                assert not any("\t" in x or "\n" in x for x in a)
                lines.append("\t".join(a))
        lines.append("")
    lines.append("RAG key: B = complete; G = on track; A = some delay; R = significant concern")
    lines.append("Plan agreed by the Head Teacher and the Quality Improvement Manager, 30 June 2025.")
    with open(out("zxi-gairloch-high-school-education-scotland-inspection-action-plan.txt"),
              "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    build_eastern()
    build_braeside()
    build_opcw()
    build_sssc()
    build_nazareth()
    build_aop()
    build_gairloch()
    print("built 7 files")
