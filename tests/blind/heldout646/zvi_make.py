"""Build the seven zvi- cases of heldout646 (data files and their expected readings).

Run with /work/main/.venv/bin/python zvi_make.py from any directory; files are written beside
this script. Only files whose names start with `zvi-` are written.
"""
import csv
import io
import os
from datetime import datetime

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zvi-"), name
    return os.path.join(HERE, name)


def write_expected(name, doc):
    path = out(name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=4096,
                       default_flow_style=False)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ---------------------------------------------------------------- shared xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "B": PatternFill("solid", fgColor="0070C0"),
    "G": PatternFill("solid", fgColor="00B050"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "R": PatternFill("solid", fgColor="FF0000"),
    "hdr": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "band2": PatternFill("solid", fgColor="F2F2F2"),
    "teal": PatternFill("solid", fgColor="00505C"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")
BOLD = Font(bold=True)


def d(y, m, dd):
    return datetime(y, m, dd)


# ================================================================ 1. NHS Borders HIS IR(ME)R (xlsx)
def nhs_borders():
    name = "zvi-nhs-borders-his-irmer-bgh-radiology-improvement-action-plan.xlsx"
    title = "NHS Borders – Borders General Hospital IR(ME)R Inspection: Improvement Action Plan"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Healthcare Improvement Scotland inspection of compliance with the Ionising Radiation (Medical Exposure) Regulations 2017 – Diagnostic Radiology"
    cov["A4"] = "Inspection dates"
    cov["B4"] = "11 and 12 February 2025"
    cov["A5"] = "Report published"
    cov["B5"] = "20 May 2025"
    cov["A6"] = "Executive lead"
    cov["B6"] = "Director of Acute Services"
    cov["A7"] = "Governance route"
    cov["B7"] = "Radiology Quality & Safety Group > Radiation Protection Committee > Clinical Governance Committee"
    cov["A9"] = "Document control"
    cov["A9"].font = BOLD
    for c, v in zip("ABCD", ["Version", "Date", "Author", "Comment"]):
        cov[f"{c}10"] = v
        cov[f"{c}10"].font = WHITE_BOLD
        cov[f"{c}10"].fill = FILL["hdr"]
    rows = [
        ("1.0", "10/06/2025", "Radiology Services Manager", "Submitted to HIS"),
        ("1.1", "27/06/2025", "Radiology Services Manager", "June progress update"),
        ("1.2", "30/09/2025", "Radiology Services Manager", "September progress update; action 2.3 revised"),
    ]
    for i, r in enumerate(rows, start=11):
        for c, v in zip("ABCD", r):
            cov[f"{c}{i}"] = v
            cov[f"{c}{i}"].border = BOX
    cov["A15"] = "RAG key"
    cov["A15"].font = BOLD
    key = [("B", "Complete – evidence held and submitted to HIS"),
           ("G", "On track to meet timescale"),
           ("A", "At risk of missing timescale"),
           ("R", "Will not meet timescale – escalated to Radiation Protection Committee")]
    for i, (k, v) in enumerate(key, start=16):
        cov[f"A{i}"] = k
        cov[f"A{i}"].fill = FILL[k]
        cov[f"B{i}"] = v
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 70
    cov.column_dimensions["C"].width = 28
    cov.column_dimensions["D"].width = 44

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "NHS Borders"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Healthcare Improvement Scotland: IR(ME)R inspection – Diagnostic Radiology, Borders General Hospital"
    ws["A3"] = "Improvement Action Plan – updated 30 September 2025"
    ws["A3"].font = BOLD
    hdr = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
           "Progress against actions", "Previous RAG (Jun-25)", "Current RAG (Sep-25)"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX

    D2 = "Domain 2 – Leadership and culture"
    REQ1 = ("Requirement 1: NHS Borders must ensure that the employer's procedures clearly set out the "
            "entitlement of all duty holders, including non-medical referrers, and that entitlement records "
            "are kept up to date (Regulation 6(3) and Schedule 2).")
    REQ2 = ("Requirement 2: NHS Borders must ensure that a clinical evaluation of the outcome of each "
            "exposure is recorded (Regulation 12(9)(c)).")
    D5 = "Domain 5 – Planning for quality"
    RECA = ("Recommendation a: NHS Borders should ensure that diagnostic reference levels (DRLs) for "
            "interventional procedures are reviewed against national DRLs and local dose audit findings.")
    RECB = ("Recommendation b: NHS Borders should ensure that patients are given information about the "
            "benefits and risks of their exposure in an accessible format.")

    plan = [
        ("domain", D2),
        ("req", REQ1),
        ("act", "1.1", "Review and reissue the IR(ME)R Employer's Procedure EP02 (Entitlement) so that the scope of practice for each group of duty holder is set out in full.",
         d(2025, 6, 30), "Radiology Services Manager",
         "EP02 v4.0 approved at Radiation Protection Committee 17/06/2025 and published on the intranet.", "G", "B"),
        ("act", "1.2", "Complete an audit of entitlement records for all non-medical referrers (ANPs, physiotherapists and podiatrists) and remove any lapsed entitlements.",
         d(2025, 8, 31), "Lead Superintendent Radiographer / IR(ME)R Lead",
         "Audit of 142 referrers complete; 9 lapsed entitlements withdrawn. Report to RPC October 2025.", "A", "B"),
        ("act", "1.3", "Introduce an annual entitlement confirmation step within the e-learning compliance report so that managers sign off their staff's entitlement each year.",
         d(2025, 12, 31), "Radiology Services Manager",
         "Draft process agreed with Learning & Development; go-live planned for the November cycle.", "G", "G"),
        ("req", REQ2),
        ("act", "2.1", "Issue a reminder to all operators and reporting radiologists that the clinical evaluation must be recorded in RIS for every exposure, including theatre and ward images.",
         d(2025, 4, 30), "Clinical Director – Radiology",
         "Memo issued 14/04/2025; discussed at departmental meeting.", "B", "B"),
        ("act", "2.2", "Carry out a quarterly re-audit of clinical evaluation for theatre fluoroscopy and mobile radiography, and report results to the Radiation Protection Committee.",
         "Quarterly", "Superintendent Radiographer (Quality)",
         "Q1 re-audit: 88% compliance (target 95%). Theatre compliance remains low; action 2.3 added.", "A", "A"),
        ("act", "2.3", "Configure the theatre PACS workstation so that the image cannot be closed until the evaluation field has been completed.",
         "Original: 30/09/2025\nRevised: 31/01/2026", "eHealth Systems Lead / PACS Manager",
         "Change request CR-2291 raised; supplier release delayed to January.", "G", "A"),
        ("domain", D5),
        ("req", RECA),
        ("act", "a.1", "Undertake a local dose audit for the five most frequent interventional procedures and compare with national DRLs.",
         d(2025, 11, 30), "Medical Physics Expert (NHS Lothian SLA)",
         "Data collection complete for 4 of 5 procedures.", "G", "G"),
        ("act", "a.2", "Update local DRLs in the EP11 appendix and display revised values in each interventional room.",
         "March 2026", "Medical Physics Expert (NHS Lothian SLA)", None, None, None),
        ("req", RECB),
        ("act", "b.1", "Review the radiology patient information leaflet with the Patient Experience Team and produce an easy-read version.",
         d(2025, 10, 31), "Patient Experience Lead",
         "Easy-read draft with Involvement Group for comment.", "G", "G"),
    ]
    r = 6
    for item in plan:
        if item[0] in ("domain", "req"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            c = ws.cell(row=r, column=1, value=item[1])
            if item[0] == "domain":
                c.font = WHITE_BOLD
                c.fill = FILL["teal"]
            else:
                c.font = BOLD
                c.fill = FILL["band"]
                ws.row_dimensions[r].height = 32
            c.alignment = WRAP
        else:
            _, ref, text, when, who, prog, prev, cur = item
            vals = [ref, text, when, who, prog, prev, cur]
            for i, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(when, datetime):
                ws.cell(row=r, column=3).number_format = "dd/mm/yyyy"
            for col, v in ((6, prev), (7, cur)):
                if v:
                    ws.cell(row=r, column=col).fill = FILL[v]
                    ws.cell(row=r, column=col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Note: RAG status is reviewed monthly at the Radiology Quality & Safety Group. "
                                   "Evidence for completed actions is held on the Radiology SharePoint site.")
    for col, w in zip("ABCDEFG", [7, 60, 16, 30, 48, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of actions by current RAG (September 2025)"
    sm["A1"].font = BOLD
    for i, (k, n) in enumerate([("Complete (B)", 3), ("On track (G)", 3), ("At risk (A)", 2),
                                ("Off track (R)", 0), ("Not yet rated", 1), ("Total", 9)], start=3):
        sm[f"A{i}"] = k
        sm[f"B{i}"] = n
    sm.column_dimensions["A"].width = 24
    wb.save(out(name))

    actions = [
        act("1.1", [D2, REQ1], plan[2][2], ["Radiology Services Manager"], "2025-06", "blue"),
        act("1.2", [D2, REQ1], plan[3][2], ["Lead Superintendent Radiographer", "IR(ME)R Lead"], "2025-08", "blue"),
        act("1.3", [D2, REQ1], plan[4][2], ["Radiology Services Manager"], "2025-12", "green"),
        act("2.1", [D2, REQ2], plan[6][2], ["Clinical Director – Radiology"], "2025-04", "blue"),
        act("2.2", [D2, REQ2], plan[7][2], ["Superintendent Radiographer (Quality)"], None, "amber", end_text="Quarterly"),
        act("2.3", [D2, REQ2], plan[8][2], ["eHealth Systems Lead", "PACS Manager"], "2026-01", "amber"),
        act("a.1", [D5, RECA], plan[11][2], ["Medical Physics Expert (NHS Lothian SLA)"], "2025-11", "green"),
        act("a.2", [D5, RECA], plan[12][2], ["Medical Physics Expert (NHS Lothian SLA)"], "2026-03", "unrated"),
        act("b.1", [D5, RECB], plan[14][2], ["Patient Experience Lead"], "2025-10", "green"),
    ]
    write_expected(name, {
        "source": ("Imitates an NHS Scotland board's improvement action plan after a Healthcare Improvement "
                   "Scotland IR(ME)R inspection of diagnostic radiology (NHS Borders, Borders General Hospital, "
                   "2025). Copies the HIS improvement action plan columns (Action planned / Timescale to meet "
                   "action / Responsibility for taking action / Progress against actions), HIS quality framework "
                   "domain bands and merged requirement / lettered recommendation rows above numbered actions, a "
                   "cover sheet with document control table and RAG key, Previous and Current RAG columns as "
                   "filled letters, an original-and-revised timescale in one cell, and a summary sheet."),
        "reads": ("A cover sheet (title, document control, RAG key), then an action plan sheet where two domain "
                  "bands hold two requirements and two recommendations, each a merged row over its numbered "
                  "actions; nine actions in all, status read from the Current RAG column. A summary sheet of "
                  "counts follows and contributes nothing."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ================================================================ 2. Pentrepoeth Primary School Estyn PIAP (docx)
def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    run = p.add_run(lines[0])
    run.bold = bold
    for ln in lines[1:]:
        run.add_break()
        run = p.add_run(ln)
        run.bold = bold


def pentrepoeth():
    name = "zvi-pentrepoeth-primary-school-estyn-post-inspection-action-plan.docx"
    title = "Pentrepoeth Primary School – Post-Inspection Action Plan"
    doc = Document()
    doc.add_heading(title, level=0)
    doc.add_paragraph("Following the Estyn core inspection of 7–10 October 2024. "
                      "Progress update for the governing body, June 2025.")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Headteacher", "Mrs Catrin Hughes"),
                 ("Chair of Governors", "Mr Rhodri Bevan"),
                 ("Local authority", "City and County of Swansea – Education Improvement Service"),
                 ("Follow-up category", "Estyn review"),
                 ("Plan approved by governing body", "21 January 2025")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Key to staff: HT – Headteacher; DHT – Deputy Headteacher; ALNCo – Additional Learning "
                      "Needs Co-ordinator; SBM – School Business Manager.")
    p = doc.add_paragraph()
    p.add_run("Progress key: ").bold = True
    p.add_run("R – behind schedule   A – in progress   G – achieved")

    R1 = ("R1: Strengthen self-evaluation and improvement planning so that leaders focus precisely on the "
          "impact of teaching on pupils' progress")
    R2 = "R2: Improve pupils' extended writing skills in English across the school"
    R3 = "R3: Ensure that feedback to pupils helps them to understand how to improve their work"
    R4 = "R4: Address the safeguarding issues identified during the inspection"
    recs = [
        (R1, "Leaders and governors have an accurate picture of teaching and learning and the school "
             "development plan targets the right priorities.", [
            ("1.1", "Revise the school's self-evaluation calendar so that learning walks, book looks and pupil voice focus on the impact of teaching on pupils' progress.",
             "Calendar in place; findings feed directly into the school development plan.", "HT", "December 2024",
             "Governors' Standards Committee – termly", "G"),
            ("1.2", "Train middle leaders to analyse first-hand evidence and write concise evaluations of their areas of responsibility.",
             "All middle leaders produce an evaluation report using first-hand evidence.", "HT, DHT", "Summer term 2025",
             "SIP visit – summer term", "A"),
            ("1.3", "Governors' Standards Committee to visit the school each half term to see priorities in action and report to the full governing body.",
             "Visit notes show governors challenge leaders on progress.", "Chair of Governors", "Half-termly",
             "Full governing body", "A"),
        ]),
        (R2, "Most pupils write at length with increasing accuracy and for a range of purposes.", [
            ("2.1", "Introduce a whole-school approach to teaching extended writing, with clear progression in genre and skills from Year 1 to Year 6.",
             "Writing progression map in use in every class.", "Literacy lead (Mrs S. Davies)", "April 2025",
             "Book looks – half-termly", "G"),
            ("2.2", "Provide regular opportunities for pupils to write at length across the curriculum, including in science and humanities.",
             "Books show at least one extended piece per fortnight across areas of learning.", "All class teachers",
             "Summer term 2025", "Book looks – half-termly", "A"),
        ]),
        (R3, "Pupils respond to feedback and can explain what they need to do next.", [
            ("3.1", "Agree and implement a feedback policy that gives pupils time to respond to teachers' comments and improve their work.",
             "Policy agreed by staff and governors; response time seen in lessons.", "DHT", "28/02/2025",
             "Learning walks", "G"),
            ("3.2", "Moderate feedback in books across phases each half term and share effective practice at staff meetings.",
             "Moderation records show consistent practice in all classes.", "DHT / Phase leaders", "July 2025",
             "SLT meeting minutes", "R"),
        ]),
        (R4, "The site is secure and safeguarding records are complete.", [
            ("4.1", "Secure the site by repairing the perimeter fence and fitting a locked gate at the junior yard entrance.",
             "Site secure; risk assessment updated.", "HT / Swansea Council Property Services", "November 2024",
             "Health and safety governor", "G"),
            ("4.2", "Update the single central record and ensure that all visitors' DBS checks are verified before they are given access.",
             "Record complete and checked by the safeguarding governor.", "SBM", "October 2024",
             "Safeguarding governor – termly", "G"),
        ]),
    ]
    rag_fill = {"R": "FF0000", "A": "FFC000", "G": "00B050"}
    for heading, outcome, rows in recs:
        doc.add_heading(heading, level=2)
        pp = doc.add_paragraph()
        pp.add_run("Intended outcome: ").italic = True
        pp.add_run(outcome)
        t = doc.add_table(rows=1, cols=7)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Success criteria", "Lead", "By when",
                                          "Monitoring", "RAG"]):
            set_cell(c, h, bold=True)
            shade(c, "D9E2F3")
        for ref, a, sc, lead, when, mon, rag in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [ref, a, sc, lead, when, mon, rag]):
                set_cell(c, v)
            shade(cells[6], rag_fill[rag])
        doc.add_paragraph()
    doc.add_heading("Approval", level=2)
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Role", "Name", "Date"]):
        set_cell(c, h, bold=True)
    for row, vals in zip(s.rows[1:], [("Headteacher", "Mrs Catrin Hughes", "21/01/2025"),
                                      ("Chair of Governors", "Mr Rhodri Bevan", "21/01/2025")]):
        for c, v in zip(row.cells, vals):
            set_cell(c, v)
    doc.save(out(name))

    st = {"G": "blue", "A": "amber", "R": "red"}
    ends = {"December 2024": ("2024-12", None), "Summer term 2025": ("2025-07", None),
            "Half-termly": (None, "Half-termly"), "April 2025": ("2025-04", None),
            "28/02/2025": ("2025-02", None), "July 2025": ("2025-07", None),
            "November 2024": ("2024-11", None), "October 2024": ("2024-10", None)}
    leads = {"HT": ["HT"], "HT, DHT": ["HT", "DHT"], "Chair of Governors": ["Chair of Governors"],
             "Literacy lead (Mrs S. Davies)": ["Literacy lead (Mrs S. Davies)"],
             "All class teachers": ["All class teachers"], "DHT": ["DHT"],
             "DHT / Phase leaders": ["DHT", "Phase leaders"],
             "HT / Swansea Council Property Services": ["HT", "Swansea Council Property Services"],
             "SBM": ["SBM"]}
    actions = []
    for heading, _, rows in recs:
        for ref, a, sc, lead, when, mon, rag in rows:
            e, et = ends[when]
            actions.append(act(ref, [heading], a, leads[lead], e, st[rag], end_text=et))
    write_expected(name, {
        "source": ("Imitates a Welsh primary school's post-inspection action plan after an Estyn core inspection "
                   "(Pentrepoeth Primary School, Swansea, 2024-25; school in Estyn review). Copies the usual PIAP "
                   "layout: title, school details table, staff-initials key, a heading per Estyn recommendation "
                   "(R1-R4, the last on safeguarding) with an intended-outcome line and its own action table "
                   "(Ref / Action / Success criteria / Lead / By when / Monitoring / RAG), school terms and "
                   "'Half-termly' as timescales, and a sign-off table."),
        "reads": ("Four recommendation headings, each followed by a table of numbered actions: nine actions. The "
                  "plan's own progress key says G = achieved and has no blue, so G reads as complete (blue), A as "
                  "amber and R as red. The details, key and approval tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ================================================================ 3. Police Scotland Forth Valley HMICS (csv)
def forth_valley():
    name = "zvi-police-scotland-forth-valley-division-hmics-local-policing-improvement-plan.csv"
    title = "HMICS Local Policing Inspection: Forth Valley Division – Improvement Plan"
    REC1 = ("Police Scotland should ensure that Forth Valley Division has a demand and resourcing model that "
            "aligns response officer numbers with demand across the three local authority areas.")
    REC2 = ("The Divisional Commander should strengthen local scrutiny arrangements by providing elected members "
            "with performance reports that include qualitative information on local priorities.")
    REC3 = ("Police Scotland should ensure that probationary constables in Forth Valley receive sufficient tutor "
            "constable support and that tutor workloads are monitored.")
    REC4 = ("Forth Valley Division should work with partners to agree a joint approach to missing person "
            "investigations involving looked-after children.")
    rows = [
        ("Planning and Process", "1", REC1, "1.1",
         "Complete a demand analysis for response policing across Clackmannanshire, Falkirk and Stirling using 12 months of command and control data.",
         "Head of Divisional Analysis", "30/06/2025", "", "Blue - Complete",
         "Analysis presented to Divisional SMT 24/06/2025."),
        ("Planning and Process", "1", REC1, "1.2",
         "Implement a revised response shift pattern that matches officer availability to peak demand periods.",
         "Superintendent (Operations)", "31/10/2025", "31/03/2026", "Amber - Minor Slippage",
         "Consultation with the Scottish Police Federation extended; implementation now planned for March 2026."),
        ("Leadership and Governance", "2", REC2, "2.1",
         "Redesign local scrutiny committee reports for each council area to include community feedback, repeat-victim data and case studies.",
         "Chief Inspector – Partnerships", "31/05/2025", "", "Blue - Complete",
         "New template used from the May 2025 committee cycle."),
        ("Leadership and Governance", "2", REC2, "2.2",
         "Hold a development session with each local scrutiny committee on the new reporting format.",
         "Divisional Commander; Chief Inspector – Partnerships", "30/09/2025", "31/12/2025", "Green - On Track",
         "Falkirk and Stirling sessions held; Clackmannanshire scheduled for 04/12/2025."),
        ("People", "3", REC3, "3.1",
         "Recruit and train an additional 12 tutor constables across the division.\nPrioritise Falkirk and Grangemouth response teams.",
         "Superintendent (Operations)", "31/12/2025", "", "Green - On Track",
         "8 trained, final course booked for November."),
        ("People", "3", REC3, "3.2",
         "Introduce a monthly tutor workload return, reviewed at the Divisional People Board.",
         "Divisional People Board Chair", "31/07/2025", "", "Red - Significant Slippage",
         "Return not yet in use; dependent on a data extract from the \"SCoPE\" HR system."),
        ("Partnerships", "4", REC4, "4.1",
         "Agree a joint protocol for missing looked-after children with the three local authorities and NHS Forth Valley.",
         "D/Supt Public Protection", "31/01/2026", "", "Green - On Track",
         "Draft protocol with partners for comment."),
        ("Partnerships", "4", REC4, "4.2",
         "Deliver joint training on the protocol to residential care staff and response officers.",
         "D/Supt Public Protection / Forth Valley CPC Lead Officer", "Mar-26", "", "Not started", ""),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([title] + [""] * 9)
    w.writerow(["Report published 27/02/2025. Extract from Police Scotland Improvement Tracker, 06/10/2025"] + [""] * 9)
    w.writerow([""] * 10)
    w.writerow(["Framework Area", "Rec No", "Recommendation", "Action Ref", "Action", "Action Owner",
                "Original Target", "Revised Target", "Status", "Latest Update"])
    for r in rows:
        w.writerow(list(r))
    w.writerow([""] * 10)
    w.writerow(["Status key: Blue - Complete; Green - On Track; Amber - Minor Slippage; Red - Significant Slippage"] + [""] * 9)
    with open(out(name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    reading = {
        "1.1": (["Head of Divisional Analysis"], "2025-06", "blue"),
        "1.2": (["Superintendent (Operations)"], "2026-03", "amber"),
        "2.1": (["Chief Inspector – Partnerships"], "2025-05", "blue"),
        "2.2": (["Divisional Commander", "Chief Inspector – Partnerships"], "2025-12", "green"),
        "3.1": (["Superintendent (Operations)"], "2025-12", "green"),
        "3.2": (["Divisional People Board Chair"], "2025-07", "red"),
        "4.1": (["D/Supt Public Protection"], "2026-01", "green"),
        "4.2": (["D/Supt Public Protection", "Forth Valley CPC Lead Officer"], "2026-03", "unrated"),
    }
    actions = []
    for r in rows:
        lead, end, st = reading[r[3]]
        actions.append(act(r[3], [r[0], r[2]], r[4], lead, end, st))
    write_expected(name, {
        "source": ("Imitates a Police Scotland divisional improvement plan answering an HMICS Local Policing+ "
                   "inspection (Forth Valley Division, report 2025), as exported from the force's improvement "
                   "tracker and reported to the SPA Policing Performance Committee. Copies the export layout: a "
                   "title and extract line above the header, the HMICS framework area and full recommendation "
                   "text repeated on every action row, Original Target and Revised Target columns, status words "
                   "of the form 'Blue - Complete' / 'Amber - Minor Slippage', a quoted multi-line action cell and "
                   "a status key line after the rows."),
        "reads": ("Eight action rows under four HMICS recommendations grouped by framework area. Where a revised "
                  "target is given it is the end; 'Not started' is unrated. The title, extract line and status "
                  "key are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ================================================================ 4. Malone Road Dental Practice RQIA QIP (txt)
def malone():
    name = "zvi-malone-road-dental-practice-rqia-quality-improvement-plan.txt"
    title = "Malone Road Dental Practice – Quality Improvement Plan (RQIA care inspection, 3 June 2025)"
    SEC1 = "Action required to ensure compliance with The Independent Health Care Regulations (Northern Ireland) 2005"
    SEC2 = "Action required to ensure compliance with the Minimum Standards for Dental Care and Treatment (March 2011)"
    A1 = ("The registered person shall ensure that recruitment records for all staff include an enhanced AccessNI "
          "check received prior to the commencement of employment.")
    A2 = ("The registered person shall ensure that the intra-oral x-ray unit in Surgery 3 is serviced and a "
          "critical examination is undertaken by the radiation protection adviser (RPA).")
    A3 = ("The registered person shall ensure that the washer disinfector is validated annually and that daily "
          "and weekly test results are recorded in the decontamination logbook.")
    A4 = ("The registered person shall ensure that the complaints policy is reviewed so that it reflects the role "
          "of the Northern Ireland Public Services Ombudsman (NIPSO).")
    sections = [
        (SEC1, [
            ("Area for improvement 1", "Regulation 19 (2) Schedule 2", "First time", "3 July 2025", A1, [
                ("R1.1", "Obtain enhanced AccessNI certificates for the two dental nurses recruited in 2025 and file them in personnel records.", "Practice Manager", "30/06/2025", "Complete"),
                ("R1.2", "Amend the recruitment checklist so that no start date is confirmed until the AccessNI certificate has been received.", "Practice Manager", "03/07/2025", "Complete"),
            ]),
            ("Area for improvement 2", "Regulation 15 (2) (b)", "First time", "3 September 2025", A2, [
                ("R2.1", "Book the service and critical examination of the Surgery 3 x-ray unit with the RPA.", "Dr Niall Quinn", "31/07/2025", "Complete"),
                ("R2.2", "File the RPA report in the radiation protection file and update the local rules displayed in Surgery 3.", "Lead Dental Nurse", "September 2025", "On track"),
            ]),
        ]),
        (SEC2, [
            ("Area for improvement 1", "Standard 13", "First time", "3 August 2025", A3, [
                ("S1.1", "Arrange annual validation of the washer disinfector with the service engineer.", "Practice Manager", "15/08/2025", "Complete"),
                ("S1.2", "Introduce a daily and weekly testing checklist in the decontamination room and check it at the monthly practice meeting.", "Lead Dental Nurse", "Monthly", "On track"),
            ]),
            ("Area for improvement 2", "Standard 9", "First time", "3 September 2025", A4, [
                ("S2.1", "Review the complaints policy and patient guide to include NIPSO contact details and local resolution timescales.", "Dr Quinn/Practice Manager", "31/10/2025", "Delayed"),
            ]),
        ]),
    ]
    L = []
    L.append(title)
    L.append("Inspection ID: IN047812    Registered Person: Dr Niall Quinn    Registered Manager: Mrs Gemma Boyd")
    L.append("Practice tracker - last updated 19 September 2025")
    L.append("")
    L.append("The areas for improvement identified by RQIA are copied below in full, as set out in the QIP. "
             "The actions the practice has agreed are listed under each one.")
    L.append("Status key: Complete (blue) / On track (green) / Delayed (amber) / Not started")
    L.append("")
    rule = "=" * 78
    for sec, afis in sections:
        L.append(rule)
        L.append(sec)
        L.append(rule)
        L.append("")
        for label, ref, stated, by, text, acts in afis:
            L.append(label)
            L.append("Ref: " + ref)
            L.append("Stated: " + stated)
            L.append("To be completed by: " + by)
            L.append(text)
            L.append("")
            L.append("Ref\tAction\tLead\tDue\tStatus")
            for a in acts:
                L.append("\t".join(a))
            L.append("")
    L.append(rule)
    L.append("Completed QIP returned to RQIA via the Web Portal on 01/09/2025 (areas 1 and 2, Regulations).")
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    reading = {
        "R1.1": (["Practice Manager"], "2025-06", None, "blue"),
        "R1.2": (["Practice Manager"], "2025-07", None, "blue"),
        "R2.1": (["Dr Niall Quinn"], "2025-07", None, "blue"),
        "R2.2": (["Lead Dental Nurse"], "2025-09", None, "green"),
        "S1.1": (["Practice Manager"], "2025-08", None, "blue"),
        "S1.2": (["Lead Dental Nurse"], None, "Monthly", "green"),
        "S2.1": (["Dr Quinn", "Practice Manager"], "2025-10", None, "amber"),
    }
    actions = []
    for sec, afis in sections:
        for label, ref, stated, by, text, acts in afis:
            for a in acts:
                lead, end, et, st = reading[a[0]]
                actions.append(act(a[0], [sec, text], a[1], lead, end, st, end_text=et))
    write_expected(name, {
        "source": ("Imitates a Northern Ireland dental practice's tracker of its RQIA Quality Improvement Plan after "
                   "an announced care inspection (Malone Road Dental Practice, Belfast, 2025), saved as plain text. "
                   "Copies the RQIA QIP layout: the two sections 'Action required to ensure compliance with' the "
                   "Regulations and the Minimum Standards, numbering of areas for improvement restarting in each "
                   "section, the Ref / Stated / To be completed by lines and the 'The registered person shall "
                   "ensure' text, with the practice's own tab-separated action rows under each area and a status key."),
        "reads": ("Two sections, four areas for improvement, seven actions in tab-separated rows. 'Area for "
                  "improvement N' only names the part, so the area's text is the heading read under the section; "
                  "the area's 'To be completed by' date is RQIA's, each action's own Due is its end. The key makes "
                  "Complete blue, On track green and Delayed amber."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ================================================================ 5. Glenearn House care home, Care Inspectorate (docx)
def glenearn():
    name = "zvi-glenearn-house-care-home-care-inspectorate-improvement-plan.docx"
    title = "Glenearn House Care Home – Improvement Plan following Care Inspectorate inspection (January 2025)"
    doc = Document()
    h = doc.add_heading(title, level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Care service number", "CS2011298451"),
                 ("Provider", "Strathearn Care Homes Ltd"),
                 ("Manager", "Lorna McIntyre"),
                 ("Inspection", "Unannounced, 14–16 January 2025"),
                 ("Evaluations", "KQ1 Wellbeing: 3 – Adequate; KQ2 Leadership: 2 – Weak; KQ3 Staff team: 3 – Adequate; "
                                 "KQ4 Setting: 4 – Good; KQ5 Care and support planning: 2 – Weak"),
                 ("Plan version", "v3 – updated 28 April 2025")]:
        row = info.add_row().cells
        set_cell(row[0], k, bold=True)
        set_cell(row[1], v)
    doc.add_paragraph()
    doc.add_paragraph("Status colours: Blue – completed and evidenced; Green – on track; Amber – some slippage; "
                      "Red – not on track. The colour is shown in the Status column; no colour means the action "
                      "has not started yet.")

    KQ1 = "Key question 1: How well do we support people’s wellbeing?"
    KQ2 = "Key question 2: How good is our leadership?"
    KQ5 = "Key question 5: How well is our care and support planned?"
    REQ1 = ("By 14 March 2025, the provider must ensure that people experiencing stress and distress are "
            "supported safely. To do this, the provider must ensure that staff follow up-to-date stress and "
            "distress care plans and record the use of ‘as required’ medication and its outcome.")
    AFI1 = ("To support people’s wellbeing, the provider should ensure that people are supported to take part in "
            "meaningful activity each day, in line with their preferences.")
    REQ2 = ("By 14 April 2025, the provider must ensure that quality assurance systems are effective in "
            "identifying and addressing areas for improvement, and that action plans are monitored by the "
            "management team.")
    REQ3 = ("By 14 April 2025, the provider must ensure that each person’s personal plan is accurate, up to date "
            "and reviewed at least six-monthly with the person and their representatives.")
    AFI2 = ("The provider should ensure that legal documentation, such as power of attorney and adults with "
            "incapacity certificates, is in place and recorded in each person’s file.")
    fills = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
    parts = [
        (KQ1, [
            ("Requirement 1", REQ1, [
                ("1.1", "Deliver stress and distress training to all care staff, using the Newcastle model.", "Depute Manager",
                 "28 February 2025", "34 of 41 staff trained; the remaining staff are booked for 6 March.", "amber"),
                ("1.2", "Audit ‘as required’ medication records weekly and discuss the findings at the daily flash meeting.",
                 "Clinical Lead / Home Manager", "Weekly – ongoing", "Audits in place since 3 February; compliance 92%.", "green"),
            ]),
            ("Area for improvement 1", AFI1, [
                ("1.3", "Recruit a second activity co-ordinator and introduce a weekly activity planner agreed with each person.",
                 "Home Manager", "31 May 2025", "Interviews held 22 April; offer made.", "green"),
            ]),
        ]),
        (KQ2, [
            ("Requirement 2", REQ2, [
                ("2.1", "Introduce a monthly quality assurance calendar covering care plans, medication, falls, wounds and the environment.",
                 "Home Manager", "31 January 2025", "Calendar in use; February and March audits completed.", "blue"),
                ("2.2", "Operations Director to complete a quality visit each month and produce a written report with actions.",
                 "Operations Director", "Monthly", "Visits completed February, March and April.", "green"),
                ("2.3", "Hold a residents’ and relatives’ meeting each quarter and publish a ‘You said, we did’ update.",
                 "Home Manager", "April 2025", "First meeting postponed; now planned for June.", "red"),
            ]),
        ]),
        (KQ5, [
            ("Requirement 3", REQ3, [
                ("3.1", "Review every personal plan with the person and their representative, starting with people with the highest needs.",
                 "Named nurses", "14 April 2025", "27 of 38 plans reviewed.", "amber"),
                ("3.2", "Set up a six-monthly review schedule on the electronic care planning system with automatic reminders.",
                 "Depute Manager / Administrator", "31 March 2025", "Schedule live from 24 March.", "blue"),
            ]),
            ("Area for improvement 2", AFI2, [
                ("3.3", "Check each person’s file for POA and AWI certificates and request copies from families where they are missing.",
                 "Administrator", "30 June 2025", "", None),
            ]),
        ]),
    ]
    for kq, blocks in parts:
        doc.add_heading(kq, level=2)
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        for label, text, rows in blocks:
            cells = t.add_row().cells
            m = cells[0].merge(cells[5])
            m.text = ""
            p = m.paragraphs[0]
            p.add_run(label).bold = True
            m.add_paragraph(text)
            shade(m, "E2EFD9")
            hc = t.add_row().cells
            for c, hh in zip(hc, ["No.", "What we will do", "Who", "When", "Progress", "Status"]):
                set_cell(c, hh, bold=True)
            for no, what, who, when, prog, st in rows:
                rc = t.add_row().cells
                for c, v in zip(rc, [no, what, who, when, prog, ""]):
                    set_cell(c, v)
                if st:
                    shade(rc[5], fills[st])
        doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed at the monthly governance meeting with the Operations Director. "
                      "Next review: 26 May 2025.")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for c, v in zip(s.rows[0].cells, ["Signed (Manager)", "Signed (Operations Director)", "Date"]):
        set_cell(c, v, bold=True)
    for c, v in zip(s.rows[1].cells, ["L. McIntyre", "G. Ramsay", "28/04/2025"]):
        set_cell(c, v)
    doc.save(out(name))

    reading = {
        "1.1": (["Depute Manager"], "2025-02", None),
        "1.2": (["Clinical Lead", "Home Manager"], None, "Weekly – ongoing"),
        "1.3": (["Home Manager"], "2025-05", None),
        "2.1": (["Home Manager"], "2025-01", None),
        "2.2": (["Operations Director"], None, "Monthly"),
        "2.3": (["Home Manager"], "2025-04", None),
        "3.1": (["Named nurses"], "2025-04", None),
        "3.2": (["Depute Manager", "Administrator"], "2025-03", None),
        "3.3": (["Administrator"], "2025-06", None),
    }
    actions = []
    for kq, blocks in parts:
        for label, text, rows in blocks:
            for no, what, who, when, prog, st in rows:
                lead, end, et = reading[no]
                actions.append(act(no, [kq, text], what, lead, end, st or "unrated", end_text=et))
    write_expected(name, {
        "source": ("Imitates a Scottish care home provider's improvement plan after an unannounced Care Inspectorate "
                   "inspection (Glenearn House Care Home, Perth and Kinross, January 2025). Copies the Care "
                   "Inspectorate framework: a service details table with key question evaluations, a section and "
                   "table per key question, each requirement ('By [date], the provider must ...') and area for "
                   "improvement in a merged shaded row above the provider's actions (What we will do / Who / When / "
                   "Progress / Status), status shown only as cell shading with a colour key, curly quotes, and a "
                   "sign-off table."),
        "reads": ("Three key-question sections, each with a table whose merged rows give a requirement or area for "
                  "improvement and the actions below it: nine actions. 'Requirement 1' and 'Area for improvement 1' "
                  "only name the part, so the text under them is the heading. Status is the Status cell's fill; "
                  "the last action has no fill and is unrated."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ================================================================ 6. Grŵp Llandrillo Menai strategic risk register (xlsx)
def gllm():
    name = "zvi-grwp-llandrillo-menai-strategic-risk-register-2025-26.xlsx"
    title = "Grŵp Llandrillo Menai – Strategic Risk Register 2025/26"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = title
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Presented to: Audit and Risk Assurance Committee, 25 November 2025"
    cov["A4"] = "Version"
    cov["B4"] = "Date"
    cov["C4"] = "Reviewed by"
    for c in ("A4", "B4", "C4"):
        cov[c].font = WHITE_BOLD
        cov[c].fill = FILL["hdr"]
    for i, (v, dt, by) in enumerate([("2025/26 v1", "16/09/2025", "Senior Leadership Team"),
                                     ("2025/26 v2", "11/11/2025", "Senior Leadership Team")], start=5):
        cov[f"A{i}"] = v
        cov[f"B{i}"] = dt
        cov[f"C{i}"] = by
    cov["A8"] = "Scoring"
    cov["A8"].font = BOLD
    cov["A9"] = "Score = Likelihood × Impact (each 1–5). 1–6 Low; 8–12 Medium; 15–25 High."
    cov["A11"] = "Action status key"
    cov["A11"].font = BOLD
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Minor slippage"),
                                ("R", "Significant slippage")], start=12):
        cov[f"A{i}"] = k
        cov[f"A{i}"].fill = FILL[k]
        cov[f"B{i}"] = v
    cov.column_dimensions["A"].width = 20
    cov.column_dimensions["B"].width = 22
    cov.column_dimensions["C"].width = 26

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk scores (November 2025)"
    hm["A1"].font = BOLD
    hm["A3"] = "Impact →"
    for j in range(1, 6):
        hm.cell(row=3, column=j + 1, value=j)
    for i, lk in enumerate(range(5, 0, -1), start=4):
        hm.cell(row=i, column=1, value=f"Likelihood {lk}")
    hm["E5"] = "SR1"
    hm["D6"] = "SR2"
    hm["E6"] = "SR4"
    hm["D7"] = "SR3"

    ws = wb.create_sheet("Strategic Risk Register")
    ws["A1"] = "Grŵp Llandrillo Menai – Strategic Risk Register 2025/26 (reviewed November 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    hdr = ["Risk", "Risk description (cause – event – consequence)", "Risk owner", "Inherent score (L×I)",
           "Current score (L×I)", "Trend", "Key existing controls", "Ref", "Further action required",
           "Action owner", "Target date", "Status", "Target score"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=3, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX
    risks = [
        ("SR1 Financial sustainability",
         "Funding from Medr and Welsh Government does not keep pace with pay awards and inflation, leading to an operating deficit and reduced cash days.",
         "Deputy CEO – Finance and Resources", "4×5=20", "4×4=16", "↔",
         "Three-year financial plan; monthly management accounts to SLT; Finance and Resources Committee oversight.",
         "3×4=12", [
             ("SR1.1", "Deliver the 2025/26 efficiency programme of £1.2m, including a review of course viability thresholds.",
              "Deputy CEO – Finance and Resources", d(2026, 7, 31), "dd/mm/yyyy", "G"),
             ("SR1.2", "Update the three-year financial forecast to reflect the 2025/26 pay award and the Medr funding letter.",
              "Director of Finance", d(2025, 12, 1), "mmm-yy", "B"),
         ]),
        ("SR2 Learner recruitment and retention",
         "Falling 16–18 population in parts of the region and competition from school sixth forms reduce enrolments and retention, affecting funding and outcomes.",
         "Executive Director – Curriculum and Quality", "4×4=16", "3×4=12", "↓",
         "Enrolment tracking from July; partnership agreements with secondary schools; learner support services.",
         "2×4=8", [
             ("SR2.1", "Run the 16–18 recruitment campaign with partner schools across Conwy, Denbighshire, Gwynedd and Anglesey.",
              "Head of Marketing; Heads of Faculty", d(2026, 3, 31), "dd/mm/yyyy", "G"),
             ("SR2.2", "Introduce an early-warning attendance dashboard for personal tutors, with weekly follow-up of learners below 85% attendance.",
              "Executive Director – Curriculum and Quality", "Termly review", None, "A"),
         ]),
        ("SR3 Estates condition and net zero",
         "Ageing buildings and limited capital funding lead to unplanned closures, higher running costs and failure to meet the Group's net zero target.",
         "Director of Estates", "3×4=12", "3×4=12", "↔",
         "Planned maintenance programme; capital bids to Welsh Government; energy monitoring.",
         "2×4=8", [
             ("SR3.1", "Complete condition surveys for the Rhyl and Dolgellau sites and update the estates strategy.",
              "Director of Estates", "30/09/2025 (revised 31/01/2026)", None, "A"),
             ("SR3.2", "Submit the Net Zero capital bid for heat-pump replacement at the Llangefni campus.",
              "Director of Estates / Sustainability Manager", d(2025, 11, 1), "mmm yyyy", "B"),
         ]),
        ("SR4 Cyber security and data protection",
         "A cyber attack or data breach disrupts teaching, exams and payroll and leads to regulatory action and loss of reputation.",
         "Director of Digital Services", "4×5=20", "3×5=15", "↑",
         "Cyber Essentials certification; multi-factor authentication; immutable back-ups; JISC security operations centre.",
         "2×5=10", [
             ("SR4.1", "Achieve Cyber Essentials Plus recertification across all campuses.",
              "Head of IT Services", d(2026, 2, 1), "mmm-yy", "G"),
             ("SR4.2", "Run a phishing simulation and mandatory refresher training for all staff.",
              "Head of IT Services; Data Protection Officer", d(2025, 12, 31), "dd/mm/yyyy", "R"),
             ("SR4.3", "Test the IT disaster recovery plan through a desktop exercise with SLT.",
              "Head of IT Services", "TBC", None, None),
         ]),
    ]
    r = 4
    for rname, desc, owner, inh, cur, trend, ctrls, tgt, acts in risks:
        first = r
        for ref, text, aown, when, fmt, st in acts:
            vals = {8: ref, 9: text, 10: aown, 11: when, 12: st}
            for col, v in vals.items():
                c = ws.cell(row=r, column=col, value=v)
                c.alignment = WRAP
                c.border = BOX
            if fmt:
                ws.cell(row=r, column=11).number_format = fmt
            if st:
                ws.cell(row=r, column=12).fill = FILL[st]
            r += 1
        last = r - 1
        for col, v in {1: rname, 2: desc, 3: owner, 4: inh, 5: cur, 6: trend, 7: ctrls, 13: tgt}.items():
            c = ws.cell(row=first, column=col, value=v)
            c.alignment = WRAP
            c.border = BOX
            if col == 1:
                c.font = BOLD
                c.fill = FILL["band"]
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Risks are reviewed monthly by SLT and each term by the Audit and Risk Assurance Committee. "
                                   "Trend: ↑ increasing, ↓ decreasing, ↔ no change.")
    for col, wdt in zip(range(1, 14), [20, 40, 24, 11, 11, 7, 36, 8, 46, 28, 16, 8, 10]):
        ws.column_dimensions[get_column_letter(col)].width = wdt
    ws.freeze_panes = "A4"
    wb.save(out(name))

    st = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    reading = {
        "SR1.1": (["Deputy CEO – Finance and Resources"], "2026-07", None),
        "SR1.2": (["Director of Finance"], "2025-12", None),
        "SR2.1": (["Head of Marketing", "Heads of Faculty"], "2026-03", None),
        "SR2.2": (["Executive Director – Curriculum and Quality"], None, "Termly review"),
        "SR3.1": (["Director of Estates"], "2026-01", None),
        "SR3.2": (["Director of Estates", "Sustainability Manager"], "2025-11", None),
        "SR4.1": (["Head of IT Services"], "2026-02", None),
        "SR4.2": (["Head of IT Services", "Data Protection Officer"], "2025-12", None),
        "SR4.3": (["Head of IT Services"], None, "TBC"),
    }
    actions = []
    for rname, desc, owner, inh, cur, trend, ctrls, tgt, acts in risks:
        for ref, text, aown, when, fmt, s in acts:
            lead, end, et = reading[ref]
            actions.append(act(ref, [rname], text, lead, end, st[s], end_text=et))
    write_expected(name, {
        "source": ("Imitates a Welsh further education college group's strategic risk register as presented to its "
                   "Audit and Risk Assurance Committee (Grŵp Llandrillo Menai, 2025/26). Copies common FE register "
                   "features: cover sheet with version table, L×I scoring and action status key, a heat-map sheet, "
                   "and a register sheet with one block per risk (risk title, cause-event-consequence description, "
                   "risk owner, inherent and current scores, trend arrow, controls and target score merged down "
                   "the block) beside one row per further action with its own ref, owner, target date and "
                   "filled-letter status; a revised date written in the date cell."),
        "reads": ("Four strategic risks, each a merged block over its further actions: nine actions read from the "
                  "action columns, headed by the risk title. Action owners (not risk owners) are the leads; the "
                  "status letter follows the cover key (B complete, G, A, R); SR4.3 has no status and a TBC date."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })


# ================================================================ 7. West Lothian College annual audit action plan (xlsx, refuse)
def west_lothian():
    name = "zvi-west-lothian-college-annual-audit-report-2024-25-action-plan-typo-month-refuse.xlsx"
    title = "West Lothian College – 2024/25 Annual Audit Report: Action Plan and Progress Tracker"
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Progress reported to the Audit and Risk Committee, 12 March 2026"
    hdr = ["No.", "Issue / risk", "Recommendation", "Agreed management action", "Responsible officer",
           "Target date", "Progress at March 2026", "Status"]
    for i, h in enumerate(hdr, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = WHITE_BOLD
        c.fill = FILL["hdr"]
        c.alignment = WRAP
        c.border = BOX
    rows = [
        ("band", "2024/25 recommendations"),
        ("row", "1", "Fixed asset register: additions in 2024/25 were not reconciled to the general ledger until year end, and two disposals had not been removed.",
         "The College should reconcile the fixed asset register to the ledger each quarter.",
         "Finance team to carry out and evidence a quarterly reconciliation, reviewed by the Head of Finance.",
         "Head of Finance", d(2026, 1, 31), "Q1 and Q2 reconciliations completed and reviewed.", "Complete"),
        ("row", "2", "Payroll: leaver forms were received after the final pay date in four cases, resulting in overpayments of £6,240.",
         "The College should strengthen the leavers process so that payroll is told before the final pay run.",
         "Introduce an online leaver form with automatic notification to Payroll; recover the overpayments.",
         "HR Manager / Payroll Manager", "Febuary 2026", "Online form in testing; £4,100 recovered to date.", "In progress"),
        ("row", "3", "Financial sustainability: the 2025/26 budget relies on £1.1m of savings not yet identified.",
         "The Board should receive a savings plan with named workstreams and a timetable.",
         "Savings plan to be presented to the Finance and Resources Committee with monthly monitoring.",
         "Vice Principal – Finance and Infrastructure", "June 2026", "Workstreams agreed; plan to May committee.", "In progress"),
        ("row", "4", "Cyber resilience: the IT disaster recovery plan has not been tested since 2022.",
         "The College should test its disaster recovery plan and report the results to the Audit and Risk Committee.",
         "Desktop test with SLT followed by a technical restore test.",
         "Head of Digital Services", d(2026, 4, 30), "Desktop test booked for April.", "Not started"),
        ("band", "Follow-up of prior year recommendations (2023/24)"),
        ("row", "b/f 1", "Procurement: contracts register incomplete.",
         "Maintain a complete contracts register and review it quarterly.",
         "Register moved to the APUC contract management system.",
         "Procurement Officer", d(2025, 10, 31), "Register complete and reviewed in January.", "Complete"),
        ("row", "b/f 2", "Board effectiveness: external review of governance overdue.",
         "Commission the external effectiveness review required by the Code of Good Governance.",
         "Board Secretary to procure reviewer through the College Development Network.",
         "Board Secretary", "September 2026", "Reviewer appointed; fieldwork planned for summer.", "In progress"),
    ]
    r = 5
    for item in rows:
        if item[0] == "band":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = BOLD
            c.fill = FILL["band"]
        else:
            for i, v in enumerate(item[1:], start=1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            if isinstance(item[6], datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        r += 1
    typo_row = 7
    assert ws.cell(row=typo_row, column=6).value == "Febuary 2026"
    r += 1
    ws.cell(row=r, column=1, value="Source: 2024/25 Annual Report to the Board of Management and the Auditor General for Scotland, Appendix 1.")
    for col, wdt in zip("ABCDEFGH", [7, 40, 36, 40, 26, 14, 34, 12]):
        ws.column_dimensions[col].width = wdt
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Status summary"
    sm["A1"].font = BOLD
    for i, (k, n) in enumerate([("Complete", 2), ("In progress", 3), ("Not started", 1), ("Total", 6)], start=3):
        sm[f"A{i}"] = k
        sm[f"B{i}"] = n
    wb.save(out(name))

    write_expected(name, {
        "source": ("Imitates a Scottish college's tracker of the action plan in its external auditor's annual audit "
                   "report to the Board of Management and the Auditor General for Scotland (West Lothian College, "
                   "2024/25). Copies the Appendix 1 columns (Issue / risk, Recommendation, Agreed management action, "
                   "Responsible officer, Target date) with progress and status columns added for the Audit and Risk "
                   "Committee, a band for the current year and a band for prior-year follow-up (b/f refs), and a "
                   "summary sheet."),
        "reads": ("Six recommendations under two bands, read one action per row; but the target date on sheet row 7 "
                  "(recommendation 2, payroll leavers) is written 'Febuary 2026', a mistyped month, so a careful "
                  "reader stops and asks there before taking the plan in."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })


if __name__ == "__main__":
    nhs_borders()
    pentrepoeth()
    forth_valley()
    malone()
    glenearn()
    gllm()
    west_lothian()
    print("built 7 zvi- cases in", HERE)
