"""Build the seven zti- blind cases (data files + expected readings)."""
import csv, os, yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

D = os.path.dirname(os.path.abspath(__file__))
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "H": "D9E1F2"}.items()}
BOLD = Font(bold=True)


def dump(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    with open(os.path.join(D, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100)


def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- 1. HMP Bure (xlsx)
def bure():
    name = "zti-hmp-bure-hmip-recommendations-action-plan.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Action plan"
    title = "HMP Bure – Action plan in response to HM Inspectorate of Prisons report (unannounced inspection 14–25 October 2024)"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Governor: Governing Governor, HMP Bure    Prison Group: East of England    Version 3 – updated 20 January 2026"
    ws.merge_cells("A2:G2")
    hdr = ["Rec no.", "Recommendation", "Action no.", "Action", "Responsible", "Target date", "RAG"]
    ws.append([]); ws.append(hdr)
    for c in ws[4]:
        c.font = BOLD; c.fill = FILL["H"]
    rows = [
        ("S", "Safety"),
        ("1", "Leaders should make sure that prisoners convicted of sexual offences who are at risk of self-harm receive consistent, good-quality ACCT case management.",
         [("1.1", "Deliver refresher ACCT assessor and case manager training to all band 4 and 5 staff, prioritising residential wings A–D.", "Head of Safety", "31/03/2025", "Complete"),
          ("1.2", "Introduce a monthly quality assurance check of 10 open ACCT documents, with findings reported to the Safer Custody meeting.", "Head of Safety / Safer Custody Lead", "Jun-25", "Green")]),
        ("2", "Leaders should reduce the supply and use of illicit substances, including psychoactive substances.",
         [("2.1", "Refresh the local drug strategy and action plan, including use of the new body scanner at reception.", "Head of Security", "30/09/2025", "Amber")]),
        ("S", "Respect"),
        ("3", "Prisoners should be able to get a timely and fair response to their applications and complaints.",
         [("3.1", "Launch the electronic applications system on all residential units and monitor response times through the weekly performance meeting.", "Head of Residence", "Dec-25", "Green"),
          ("3.2", "Complaints clerk to audit 20% of complaint replies each month for timeliness and tone.\nResults shared with functional heads.", "Business Hub Manager", "Monthly", "Green")]),
        ("S", "Rehabilitation and release planning"),
        ("4", "Prisoners should receive timely OASys assessments and regular contact with their prison offender manager.",
         [("4.1", "Recruit to 3 vacant probation officer posts in the OMU and agree a backlog recovery trajectory with the Head of OMU.", "Head of Reducing Reoffending and Head of OMU", "31/12/2025", "Red")]),
    ]
    acts = []; sec = None
    for r in rows:
        if r[0] == "S":
            ws.append([r[1]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=7)
            ws.cell(rr, 1).font = BOLD; ws.cell(rr, 1).fill = FILL["H"]; sec = r[1]; continue
        recno, rec, items = r
        first = ws.max_row + 1
        for i, (ano, act, resp, due, rag) in enumerate(items):
            ws.append([recno if i == 0 else None, rec if i == 0 else None, ano, act, resp, due, rag])
            rr = ws.max_row
            ws.cell(rr, 7).fill = FILL[{"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[rag]]
            for c in ws[rr]:
                c.alignment = Alignment(wrap_text=True, vertical="top")
            lead = {"Head of Safety / Safer Custody Lead": ["Head of Safety", "Safer Custody Lead"],
                    "Head of Reducing Reoffending and Head of OMU": ["Head of Reducing Reoffending", "Head of OMU"]}.get(resp, [resp])
            end = {"31/03/2025": "2025-03", "Jun-25": "2025-06", "30/09/2025": "2025-09", "Dec-25": "2025-12",
                   "Monthly": None, "31/12/2025": "2025-12"}[due]
            st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]
            acts.append(A(ano, [sec, rec], act, lead, end, st, "Monthly" if due == "Monthly" else None))
        last = ws.max_row
        if last > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.append([]); ws.append(["Notes: target dates agreed with Prison Group Director. Rec numbers follow the order of the HMIP report."])
    for col, w in zip("ABCDEFG", [8, 50, 9, 60, 28, 14, 12]):
        ws.column_dimensions[col].width = w
    k = wb.create_sheet("RAG key")
    k.append(["RAG", "Meaning"])
    for t, m, f in [("Red", "Off track / not achievable by target date", "R"), ("Amber", "Some slippage", "A"),
                    ("Green", "On track", "G"), ("Complete", "Action complete and evidenced", "B")]:
        k.append([t, m]); k.cell(k.max_row, 1).fill = FILL[f]
    s = wb.create_sheet("Summary")
    s.append(["Status", "Number of actions"])
    for t, n in [("Complete", 1), ("Green", 3), ("Amber", 1), ("Red", 1), ("Total", 6)]:
        s.append([t, n])
    wb.save(os.path.join(D, name))
    dump(name, {
        "source": "Imitates an HMPPS establishment action plan responding to an HMIP unannounced inspection report "
                  "(HMP Bure, a category C prison for men convicted of sexual offences; report 2024-25). Copied features: "
                  "title block with governor/version line, section rows per HMIP healthy-prison area, recommendation cell merged "
                  "over its actions, separate action numbers, fill-coloured RAG cells with words, RAG key and summary sheets.",
        "reads": "A single-sheet plan grouped under Safety, Respect and Rehabilitation and release planning; each HMIP "
                 "recommendation (merged down) has one or two numbered actions with a responsible post, target date and RAG. "
                 "The RAG key and Summary sheets are not actions.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


# ---------------------------------------------------------------- 2. Leicestershire FRS (xlsx)
def lfrs():
    name = "zti-leicestershire-fire-rescue-service-hmicfrs-misconduct-handling-recommendations-tracker.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    title = "Leicestershire Fire and Rescue Service – HMICFRS Standards of behaviour: the handling of misconduct in fire and rescue services – Recommendations tracker"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to: Combined Fire Authority Corporate Governance Committee, 21 January 2026"
    ws["A3"] = "Owner: Area Manager – People and Organisational Development"
    hdr = ["Ref", "HMICFRS recommendation", "Action", "Owner", "Original completion date", "Revised completion date",
           "Previous RAG", "Current RAG", "Update / evidence"]
    ws.append([]); ws.append(hdr)
    for c in ws[5]:
        c.font = BOLD; c.fill = FILL["H"]
    data = [
        ("R1", "By 1 March 2025, chief fire officers should make sure their service has a clear policy for handling allegations of misconduct.",
         "Review and republish the Discipline Procedure, aligned to the NFCC Core Code of Ethics and Fire Standard.", "Head of HR",
         "Mar-25", None, "Amber", "Complete", "Procedure approved at SLT 12/02/25 and published on the intranet.", "blue", "2025-03"),
        ("R3", "By 1 June 2025, chief fire officers should make sure staff who investigate misconduct are trained.",
         "Commission accredited investigator training for 12 middle managers; maintain a register of trained investigators.",
         "Head of HR; Learning and Development Manager", "Jun-25", "Oct-25", "Red", "Green",
         "10 of 12 trained; remaining 2 booked for September cohort.", "green", "2025-10"),
        ("R5", "By 1 June 2025, chief fire officers should make sure there are confidential reporting routes for staff to raise concerns.",
         "Launch the independent 'Safecall' reporting line and promote through station visits by the Chief Fire Officer.",
         "Area Manager – People", "Jun-25", None, "Green", "Complete", "Safecall live from 2 June 2025.", "blue", "2025-06"),
        ("R8", "By 1 October 2025, chief fire officers should make sure misconduct cases are recorded and monitored to identify trends.",
         "Build a misconduct case dashboard in Power BI reporting timeliness, outcomes and protected characteristics.",
         "Head of HR / Business Intelligence Manager", "Oct-25", "Mar-26", "Amber", "Amber",
         "Data fields agreed; dashboard in test. Delay due to HR system upgrade.", "amber", "2026-03"),
        ("R12", "By 1 December 2025, chief fire officers should make sure managers are confident to deal with low-level misconduct.",
         "Deliver 'Managing conduct' workshops to all Watch and Crew Managers.", "Learning and Development Manager",
         "Dec-25", None, "Green", None, "Workshop content drafted; first sessions to be scheduled.", "unrated", "2025-12"),
    ]
    acts = []
    for ref, rec, act, own, orig, rev, prev, cur, upd, st, end in data:
        ws.append([ref, rec, act, own, orig, rev, prev, cur, upd])
        rr = ws.max_row
        for col, v in ((7, prev), (8, cur)):
            if v:
                ws.cell(rr, col).fill = FILL[{"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}[v]]
        for c in ws[rr]:
            c.alignment = Alignment(wrap_text=True, vertical="top")
        lead = {"Head of HR; Learning and Development Manager": ["Head of HR", "Learning and Development Manager"],
                "Head of HR / Business Intelligence Manager": ["Head of HR", "Business Intelligence Manager"]}.get(own, [own])
        acts.append(A(ref, [rec], act, lead, end, st))
    ws.append([])
    ws.append(["Recommendations R2, R4, R6, R7, R9–R11 and R13–R15 were closed at the July 2025 Committee and are held on the 'Closed' tab."])
    for col, w in zip("ABCDEFGHI", [6, 50, 55, 30, 14, 14, 11, 11, 45]):
        ws.column_dimensions[col].width = w
    s = wb.create_sheet("Summary")
    s.append(["Current RAG", "Count"])
    for t, n in [("Complete", 2), ("Green", 1), ("Amber", 1), ("Red", 0), ("Not yet rated", 1), ("Total open on tracker", 5)]:
        s.append([t, n])
    wb.save(os.path.join(D, name))
    dump(name, {
        "source": "Imitates a fire and rescue service's tracker of the 15 recommendations in HMICFRS's August 2024 thematic "
                  "'Standards of behaviour: the handling of misconduct in fire and rescue services', as reported to a fire authority "
                  "governance committee (Leicestershire FRS / Combined Fire Authority, 2025-26). Copied features: title and 'reported to' "
                  "lines, one row per recommendation with its action, original and revised completion dates, Previous and Current RAG "
                  "with fill colours, update column, closing note and a Summary sheet.",
        "reads": "A one-row-per-recommendation tracker; each row's action answers the recommendation beside it. The end is the "
                 "revised date where one is given, the status the Current RAG (blank for R12, so not yet rated).",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


# ---------------------------------------------------------------- 3. Cumbria Constabulary CDI (xlsx, refuse)
def cumbria():
    name = "zti-cumbria-constabulary-hmicfrs-crime-data-integrity-action-plan-typo-month-refuse.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "CDI Action Plan"
    title = "Cumbria Constabulary – Crime Data Integrity Inspection 2024: Action Plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Gold lead: Deputy Chief Constable    Force Crime Registrar: FCR    Status as at 30/11/2025"
    ws.append([])
    ws.append(["Ref", "Cause of concern / AFI", "Action", "Lead", "Due", "Status"])
    for c in ws[4]:
        c.font = BOLD
    rows = [
        ("H", "Cause of concern: The constabulary is not recording all reported crimes of violence against the person."),
        ("CoC1.1", None, "Deliver NCRS/HOCR training to all control room staff.", "Ch Supt Ops Support", "Mar-25", "Complete"),
        ("CoC1.2", None, "Introduce daily review of incident closures by the Crime Data Integrity team.", "FCR", "Jun-25", "Green"),
        ("H", "AFI 1: The constabulary should improve how it records crimes involving behavioural crimes such as stalking and harassment."),
        ("AFI1.1", None, "Update stalking and harassment crime recording guidance and publish via the Knowledge Hub.", "DCI Public Protection", "Febuary 2026", "Amber"),
        ("AFI1.2", None, "Audit 100 stalking and harassment incidents per quarter.", "FCR", "Sep-25", "Green"),
    ]
    refuse_row = None
    for r in rows:
        if r[0] == "H":
            ws.append([r[1]]); rr = ws.max_row
            ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=6); ws.cell(rr, 1).font = BOLD
            continue
        ws.append([r[0], r[1], r[2], r[3], r[4], r[5]])
        if r[4] == "Febuary 2026":
            refuse_row = ws.max_row
    wb.save(os.path.join(D, name))
    dump(name, {
        "source": "Imitates a police force's action plan after an HMICFRS crime data integrity inspection (Cumbria Constabulary, "
                  "2024-25), with a cause of concern and areas for improvement as merged heading rows over numbered actions.",
        "reads": "A short plan with a cause-of-concern heading and an AFI heading, each over two actions with lead, due month and "
                 "status. Action AFI1.1's due cell reads 'Febuary 2026', a mistyped month a careful reader would query.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": refuse_row, "title": title}, None)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    lines = text.split("\n")
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(lines[0]); r.bold = bold
    for ln in lines[1:]:
        r = cell.add_paragraph().add_run(ln); r.bold = bold


# ---------------------------------------------------------------- 4. Ysgol Dyffryn Aman SDP (docx)
def dyffryn():
    name = "zti-ysgol-dyffryn-aman-school-development-plan-2025-26.docx"
    doc = Document()
    title = "Ysgol Dyffryn Aman – School Development Plan 2025–2026"
    doc.add_heading(title, 0)
    doc.add_paragraph("Cynllun Datblygu Ysgol | Approved by the Governing Body on 8 October 2025")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"), ("Author", "Headteacher"), ("Approved", "Full Governing Body, 08/10/2025"),
                                ("Review", "Termly to the Curriculum and Standards Committee")]):
        set_cell(t.cell(i, 0), a, True); set_cell(t.cell(i, 1), b)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – on track; Amber – some slippage; Red – at risk; Blue – completed. Not started – no rating.")
    prios = [
        ("Priority 1: Improve the consistency of teaching and assessment so that pupils make strong progress in all subjects", [
            ("1.1", "Establish a whole-school coaching programme, pairing every teacher with a trained coach.", "Deputy Headteacher (Teaching and Learning)", "Autumn term 2025", "Blue", "2025-12", "blue"),
            ("1.2", "Embed the revised feedback policy, with half-termly book looks by middle leaders.", "AHT (Curriculum) / Heads of Department", "Summer term 2026", "Green", "2026-07", "green"),
            ("1.3", "Refine assessment for learning in Years 7–9 using the Curriculum for Wales progression steps.\nShare exemplars at each INSET day.", "GJ & LW", "31/05/2026", "Amber", "2026-05", "amber"),
        ]),
        ("Priority 2: Raise attendance and reduce persistent absence, particularly for pupils eligible for free school meals", [
            ("2.1", "Appoint a Family Engagement Officer and introduce weekly attendance panels.", "AHT (Wellbeing)", "September 2025", "Blue", "2025-09", "blue"),
            ("2.2", "Launch the attendance rewards scheme across all year groups.", "Heads of Year", "Ongoing", "Green", None, "green"),
            ("2.3", "Work with the Education Welfare Service on targeted plans for the 40 pupils with the lowest attendance.", "AHT (Wellbeing) and EWO", "July 2026", "Not started", "2026-07", "unrated"),
        ]),
    ]
    acts = []
    for head, items in prios:
        doc.add_heading(head, 2)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "RAG"]):
            set_cell(c, h, True); shade(c, "D9E1F2")
        for ref, act, lead, ts, rag, end, st in items:
            cells = tb.add_row().cells
            for c, v in zip(cells, [ref, act, lead, ts, "See monitoring calendar", rag]):
                set_cell(c, v)
            col = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000"}.get(rag)
            if col:
                shade(cells[5], col)
            leads = {"AHT (Curriculum) / Heads of Department": ["AHT (Curriculum)", "Heads of Department"],
                     "GJ & LW": ["GJ", "LW"], "AHT (Wellbeing) and EWO": ["AHT (Wellbeing)", "EWO"]}.get(lead, [lead])
            acts.append(A(ref, [head], act, leads, end, st, "Ongoing" if ts == "Ongoing" else None))
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress against this plan is reported termly to governors.")
    doc.save(os.path.join(D, name))
    dump(name, {
        "source": "Imitates a Welsh secondary school development plan written after an Estyn inspection (Ysgol Dyffryn Aman, "
                  "Carmarthenshire, 2025-26). Copied features: bilingual subtitle, document-control table, RAG key line, one heading "
                  "and one table per priority, term-based timescales and shaded RAG cells.",
        "reads": "Two priorities, each a heading over a table of three numbered actions with leads, timescale and RAG word. "
                 "The document-control table is not the plan; terms end in their last month (Autumn term 2025 -> December 2025).",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


# ---------------------------------------------------------------- 5. Bishop Burton College PIAP (docx)
def bishop():
    name = "zti-bishop-burton-college-ofsted-post-inspection-action-plan.docx"
    doc = Document()
    title = "Bishop Burton College Post-Inspection Action Plan"
    doc.add_heading(title, 0)
    doc.add_paragraph("Ofsted further education and skills inspection, 4–7 March 2025. Overall effectiveness: Requires improvement.")
    doc.add_paragraph("This plan responds to the areas for improvement in the report. Progress is reviewed by the Quality and Standards Committee.")
    afis = [
        ("Leaders should ensure that learners on study programmes attend their English and mathematics lessons regularly.", [
            ("AFI1.1", "Timetable English and mathematics in the same block as vocational sessions for all level 2 and level 3 learners.", "Deputy Principal Curriculum", "September 2025", "B", "2025-09", "blue"),
            ("AFI1.2", "Introduce same-day follow-up of absence by personal tutors, with escalation to parents and carers after two missed sessions.", "Head of Learner Services; Personal Tutors", "October 2025", "G", "2025-10", "green"),
        ]),
        ("Leaders should make sure that apprentices receive effective and timely careers information, advice and guidance.", [
            ("AFI2.1", "Careers adviser to attend every apprentice progress review in the final six months of the programme.", "Careers Lead", "Jan 2026", "A", "2026-01", "amber"),
            ("AFI2.2", "Record next-step destinations for all apprentices on the college's tracking system.", "Head of Apprenticeships", "31/07/2026", "G", "2026-07", "green"),
        ]),
        ("Governors should hold leaders to account more effectively for the quality of education in land-based provision.", [
            ("AFI3.1", "Add a standing quality of education report for land-based curriculum to each Quality and Standards Committee agenda.", "Clerk to the Corporation and Vice Principal Quality", "Dec 2025", "B", "2025-12", "blue"),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Area for improvement", "Ref", "Action", "Responsibility", "Timescale", "RAG"]):
        set_cell(c, h, True); shade(c, "BDD7EE")
    acts = []
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000"}
    for afi, items in afis:
        start = len(tb.rows)
        for ref, act, resp, ts, rag, end, st in items:
            cells = tb.add_row().cells
            for c, v in zip(cells[1:], [ref, act, resp, ts, rag]):
                set_cell(c, v)
            shade(cells[5], fills[rag])
            leads = {"Head of Learner Services; Personal Tutors": ["Head of Learner Services", "Personal Tutors"],
                     "Clerk to the Corporation and Vice Principal Quality": ["Clerk to the Corporation", "Vice Principal Quality"]}.get(resp, [resp])
            acts.append(A(ref, [afi], act, leads, end, st))
        end_i = len(tb.rows) - 1
        m = tb.cell(start, 0).merge(tb.cell(end_i, 0)) if end_i > start else tb.cell(start, 0)
        set_cell(m, afi)
    doc.add_paragraph("")
    doc.add_paragraph("Key")
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (a, b) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some slippage – action being taken"), ("R", "Off track")]):
        set_cell(k.cell(i, 0), a); set_cell(k.cell(i, 1), b)
    doc.save(os.path.join(D, name))
    dump(name, {
        "source": "Imitates an FE college post-inspection action plan (PIAP) responding to an Ofsted further education and skills "
                  "report (Bishop Burton College, 2025). Copied features: title and inspection line, one table with the area for "
                  "improvement merged down the first column over its actions, responsibility and timescale columns, letter RAG with "
                  "shaded cells and a key table at the end.",
        "reads": "Three areas for improvement, each merged over one or two referenced actions with a responsible post, a month "
                 "and a B/G/A letter. The key table at the end is not part of the plan.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


# ---------------------------------------------------------------- 6. Bloxham School ISI (csv)
def bloxham():
    name = "zti-bloxham-school-isi-inspection-action-plan.csv"
    title = "Bloxham School – ISI Inspection (February 2025): Action Plan"
    rows = [
        [title, "", "", "", "", "", ""],
        ["Prepared for the Governors' Education and Pastoral Committee – 12 November 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Section", "ISI recommended next step", "Ref", "Action", "Lead", "Target date", "Status"],
    ]
    data = [
        ("Leadership and management, and governance", "Leaders should ensure that self-evaluation across departments is consistently rigorous.",
         "1a", "Introduce a common departmental self-evaluation template with termly reviews by SLT line managers.", "Deputy Head (Academic)", "Dec-2025", "Green", ["Deputy Head (Academic)"], "2025-12", "green"),
        ("Leadership and management, and governance", "Leaders should ensure that self-evaluation across departments is consistently rigorous.",
         "1b", "Governors' link visits to include a review of departmental self-evaluation.", "Chair of Education Committee, Clerk to Governors", "Summer term 2026", "Amber", ["Chair of Education Committee", "Clerk to Governors"], "2026-07", "amber"),
        ("Quality of education, training and recreation", "Leaders should make sure that the most able pupils are consistently challenged in lessons.",
         "2a", "Run a \"stretch and challenge\" INSET session for all teaching staff.", "Director of Teaching and Learning", "03/09/2025", "Completed", ["Director of Teaching and Learning"], "2025-09", "blue"),
        ("Quality of education, training and recreation", "Leaders should make sure that the most able pupils are consistently challenged in lessons.",
         "2b", "Track scholars' progress through the scholars' programme review each half-term.", "Head of Scholars", "Ongoing", "Green", ["Head of Scholars"], None, "green"),
        ("Pupils' physical and mental health and emotional wellbeing", "Leaders should strengthen the recording of low-level concerns about boarding staff.",
         "3a", "Move low-level concerns log to the electronic safeguarding system; train all house staff.", "DSL; Head of Boarding", "January 2026", "", ["DSL", "Head of Boarding"], "2026-01", "unrated"),
    ]
    acts = []
    for sec, rec, ref, act, lead, due, st, leads, end, s in data:
        rows.append([sec, rec, ref, act, lead, due, st])
        acts.append(A(ref, [sec, rec], act, leads, end, s, "Ongoing" if due == "Ongoing" else None))
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["Key: Green = on track; Amber = at risk of slippage; Red = off track; Completed = action closed", "", "", "", "", "", ""])
    with open(os.path.join(D, name), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    dump(name, {
        "source": "Imitates an independent school's action plan after an ISI inspection under the 2023 framework (Bloxham School, "
                  "2025), exported from a spreadsheet to CSV. Copied features: title and committee lines, ISI section and recommended "
                  "next step repeated on each action row, lettered refs, multiple leads in one cell, key line at the foot.",
        "reads": "Five actions under three ISI sections, each row naming the recommended next step it answers, a lead, a target "
                 "date and a status word (one blank). The title, committee line and key are not actions.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


# ---------------------------------------------------------------- 7. Probation Service Sunderland PDU (txt)
def sunderland():
    name = "zti-probation-service-sunderland-pdu-hmip-inspection-action-plan.txt"
    title = "Probation Service – Sunderland PDU: HM Inspectorate of Probation Inspection Action Plan"
    lines = [title, "Inspection fieldwork: June 2024. Report published: October 2024. Overall rating: Requires improvement",
             "Plan owner: Head of PDU", "",
             "Ref\tRecommendation\tAction\tOwner\tTarget date\tRAG"]
    groups = [
        ("The Sunderland PDU should:", [
            ("1", "improve the quality of risk of harm assessments, particularly in domestic abuse cases", [
                ("1.1", "Deliver risk of harm refresher workshops to all PO and PSO staff.", "SPO Quality Lead", "31/01/2025", "Complete", ["SPO Quality Lead"], "2025-01", "blue"),
                ("1.2", "Senior probation officers to countersign all initial risk assessments for domestic abuse cases for six months.", "SPOs", "Apr-25", "Complete", ["SPOs"], "2025-04", "blue")]),
            ("2", "make sure that home visits are undertaken where needed to manage risk", [
                ("2.1", "Set a local standard for home visits in high risk of serious harm cases and monitor through monthly case audits.", "Deputy Head of PDU", "30/06/2025", "Green", ["Deputy Head of PDU"], "2025-06", "green")]),
        ]),
        ("The North East Region should:", [
            ("3", "address staffing shortfalls so that caseloads are manageable", [
                ("3.1", "Prioritise Sunderland PDU for PQiP learner allocation in the 2025 cohorts.", "Regional Workforce Lead", "Q3 2025/26", "Amber", ["Regional Workforce Lead"], "2025-12", "amber"),
                ("3.2", "Agree a caseload weighting review with Head of PDU and report to the Regional Leadership Team.", "Regional Probation Director / Head of PDU", "Quarterly", "Green", ["Regional Probation Director", "Head of PDU"], None, "green")]),
        ]),
    ]
    acts = []
    for g, recs in groups:
        lines.append(g)
        for rn, rec, items in recs:
            for i, (ref, act, own, due, rag, leads, end, st) in enumerate(items):
                lines.append("\t".join([ref, rec if i == 0 else "", act, own, due, rag]))
                acts.append(A(ref, [g, rec], act, leads, end, st, "Quarterly" if due == "Quarterly" else None))
    lines += ["", "RAG: Complete = closed and evidenced; Green = on track; Amber = at risk; Red = off track"]
    with open(os.path.join(D, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    dump(name, {
        "source": "Imitates a Probation Service PDU action plan responding to an HM Inspectorate of Probation local inspection "
                  "(Sunderland PDU, North East region, 2024-25), saved as a tab-separated text export. Copied features: title and "
                  "inspection lines, recommendations grouped by 'The PDU should:' / 'The region should:', recommendation text only on "
                  "the first of its action rows, numbered actions, financial-quarter target date and a RAG key line.",
        "reads": "Two recipient groups (PDU, region) each with recommendations and numbered actions; continuation rows leave the "
                 "recommendation blank and belong to the one above. Q3 2025/26 ends in December 2025; Quarterly has no end month.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)


if __name__ == "__main__":
    for f in (bure, lfrs, cumbria, dyffryn, bishop, bloxham, sunderland):
        f()
