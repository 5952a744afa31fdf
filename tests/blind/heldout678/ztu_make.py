"""Build the seven ztu- blind cases (data files and expected readings)."""
import csv, datetime as dt, os
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document

D = os.path.dirname(os.path.abspath(__file__))
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "0070C0"}
def fill(c): return PatternFill("solid", start_color=c, end_color=c)

def dump(name, meta, actions):
    doc = dict(meta)
    if actions is not None:
        doc["actions"] = actions
    with open(os.path.join(D, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

# ---------------------------------------------------------------- 1 Ecclesbourne SDP (xlsx)
def ecclesbourne():
    name = "ztu-ecclesbourne-school-school-development-plan-2025-26.xlsx"
    title = "The Ecclesbourne School – School Development Plan 2025-26"
    wb = Workbook(); ws = wb.active; ws.title = "Cover"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Headteacher:"; ws["B3"] = "Mr J. Whitmore"
    ws["A4"] = "Approved by governors:"; ws["B4"] = "24 September 2025"
    ws["A5"] = "Review point:"; ws["B5"] = "Spring 1 (February 2026)"
    ws["A7"] = "RAG key (cell colour)"; ws["A7"].font = Font(bold=True)
    for i, (k, t) in enumerate([("green", "On track"), ("amber", "Some slippage"), ("red", "Not on track"), ("blue", "Complete")]):
        ws.cell(8 + i, 1).fill = fill(FILL[k]); ws.cell(8 + i, 2, t)
    s = wb.create_sheet("SDP 2025-26")
    s["A1"] = title; s["A1"].font = Font(bold=True, size=13)
    s.merge_cells("A1:F1")
    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "RAG", "Progress (Spring 1)"]
    for j, h in enumerate(hdr, 1):
        s.cell(3, j, h).font = Font(bold=True)
    P1 = "Priority 1: Quality of education – adaptive teaching in every classroom"
    P2 = "Priority 2: Behaviour and attitudes – improving attendance of disadvantaged students"
    P3 = "Priority 3: Personal development – a coherent Year 7-13 PSHE and careers offer"
    rows = [
        (P1,),
        ("1.1", "Deliver a CPD programme on adaptive teaching through fortnightly Teaching & Learning briefings and departmental coaching triads.", "DHT (Curriculum)", "Autumn term 2025", "green", "Briefings running to schedule; 41 of 48 staff in triads."),
        ("1.2", "Introduce a whole-school lesson visit schedule focused on checking for understanding, with feedback recorded on BlueSky.", "AHT Teaching & Learning / SENDCo", "Sept 2025 – July 2026", "amber", "Visit schedule slipped in November due to staffing; recovery plan agreed."),
        ("1.3", "Review Key Stage 3 schemes of work in maths, science and MFL so that prior knowledge is revisited at the start of each unit.", "JMW/KLB", "Summer term 2026", None, "Not yet started – begins after Easter."),
        (P2,),
        ("2.1", "Appoint a Pupil Premium attendance mentor and agree a caseload of persistently absent students in Years 9 and 10.", "Head of Student Support", "Oct 2025", "blue", "Mentor in post from 6 October; caseload of 32."),
        ("2.2", "Hold termly attendance panels with parents of students below 90% attendance and\nrecord agreed support plans on Arbor.", "AHT Behaviour & Attendance", "Termly", "red", "Autumn panels held for Year 10 only; Year 9 panels outstanding."),
        (P3,),
        ("3.1", "Map the PSHE and RSE curriculum against the statutory guidance and the Gatsby benchmarks, closing gaps identified in the 2025 student voice survey.", "Careers Leader; PSHE Co-ordinator", "Dec 2025", "green", "Mapping complete for KS3; KS4 in progress."),
        ("3.2", "Run a Year 12 work experience week for all students, with employer feedback collected.", "Head of Sixth Form", "Ongoing", "amber", ""),
    ]
    r = 4; acts = []; cur = None
    for row in rows:
        if len(row) == 1:
            s.cell(r, 1, row[0]).font = Font(bold=True)
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            s.cell(r, 1).fill = fill("D9E1F2"); cur = row[0]
        else:
            ref, act, lead, ts, rag, prog = row
            for j, v in enumerate([ref, act, lead, ts, None, prog], 1):
                c = s.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
            if rag:
                s.cell(r, 5).fill = fill(FILL[rag])
        r += 1
    s.cell(r + 1, 1, "Notes: RAG is shown by cell colour – see key on the Cover sheet. Progress reviewed by the Standards Committee each half term.")
    wb.save(os.path.join(D, name))
    U1, U2, U3 = [P1], [P2], [P3]
    acts = [
        A("1.1", U1, rows[1][1], ["DHT (Curriculum)"], "2025-12", "green", end_text="Autumn term 2025"),
        A("1.2", U1, rows[2][1], ["AHT Teaching & Learning", "SENDCo"], "2026-07", "amber", end_text="Sept 2025 – July 2026"),
        A("1.3", U1, rows[3][1], ["JMW", "KLB"], "2026-07", "unrated", end_text="Summer term 2026"),
        A("2.1", U2, rows[5][1], ["Head of Student Support"], "2025-10", "blue"),
        A("2.2", U2, rows[6][1], ["AHT Behaviour & Attendance"], None, "red", end_text="Termly"),
        A("3.1", U3, rows[8][1], ["Careers Leader", "PSHE Co-ordinator"], "2025-12", "green"),
        A("3.2", U3, rows[9][1], ["Head of Sixth Form"], None, "amber", end_text="Ongoing"),
    ]
    dump(name, {
        "source": "Imitates a secondary school development plan of the kind English schools and academies publish (The Ecclesbourne School, Derbyshire, 2025-26; no URL used). Copies a cover sheet with approval dates and a colour-only RAG key, a plan sheet with merged priority rows, numbered actions, several leads in one cell as posts or initials, school-term timescales and RAG shown only by fill colour.",
        "reads": "A two-sheet workbook: the cover gives the key (green on track, amber slippage, red not on track, blue complete); the plan sheet lists seven numbered actions under three merged priority rows, each with leads, a timescale in terms or months, a coloured RAG cell and a progress note.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 2 NYFRS cause of concern (xlsx)
def nyfrs():
    name = "ztu-north-yorkshire-fire-rescue-service-hmicfrs-cause-of-concern-action-plan.xlsx"
    title = "HMICFRS Cause of Concern – Protection: Improvement Action Plan"
    wb = Workbook(); sm = wb.active; sm.title = "Summary"
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "North Yorkshire Fire and Rescue Service"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = title; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Version 1.4 – updated 14 January 2026 – reported to the Fire, Crime and Police Commissioner's Executive Board"
    hdr = ["Ref", "Action", "Owner", "Original date", "Revised date", "Previous RAG", "Current RAG", "Progress update"]
    for j, h in enumerate(hdr, 1):
        ws.cell(5, j, h).font = Font(bold=True)
    CoC = "Cause of concern: The service hasn't made enough progress in making sure it has an effective risk-based inspection programme that targets its highest-risk premises."
    R1 = "Recommendation 1: By 31 March 2026, the service should make sure its risk-based inspection programme identifies all high-risk premises and that audits are completed within the timescales it has set."
    R2 = "Recommendation 2: By 31 March 2026, the service should make sure it has enough competent protection staff to deliver the programme."
    rows = [
        ("H", CoC), ("H", R1),
        ("1.1", "Cleanse the premises risk database, removing duplicate and closed premises and applying the revised risk scoring methodology.", "Group Manager Protection", dt.datetime(2025, 9, 30), "Nov-25", "Amber", "Complete", "Data cleanse completed 21/11/25; 1,214 duplicates removed."),
        ("1.2", "Publish a revised Risk Based Inspection Programme (RBIP) with audit frequencies by risk band and agree it at SLT.", "Area Manager Prevention & Protection", dt.datetime(2025, 12, 31), None, "Green", "Green", "Draft RBIP presented to SLT 8 January 2026."),
        ("1.3", "Introduce a monthly performance report showing audits due, completed and overdue by risk band.", "GM Protection; Performance & Analysis Manager", dt.datetime(2025, 10, 31), "Feb-26", "Amber", "Amber", "Report built in Power BI; awaiting data feed from CFRMIS."),
        ("H", R2),
        ("2.1", "Complete a workforce plan for protection, including succession for Level 4 Fire Safety Inspectors.", "Head of HR / Area Manager Prevention & Protection", dt.datetime(2026, 3, 31), None, "Green", "Green", "Workforce plan in draft."),
        ("2.2", "Train 16 operational crew managers to Level 3 Certificate in Fire Safety so that they can carry out business safety checks on lower-risk premises.", "Station Manager Business Safety", dt.datetime(2026, 1, 31), "Jun-26", "Amber", "Red", "Only 6 places secured with the training provider; alternative provider being sought."),
        ("2.3", "Recruit two additional Fire Safety Inspectors (grade 7) funded from the protection uplift grant.", "Group Manager Protection", dt.datetime(2025, 11, 30), None, "Red", "Amber", "One appointed, start date 2 February 2026; second post re-advertised."),
    ]
    r = 6
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = fill("DDEBF7" if row[1].startswith("Rec") else "FCE4D6")
        else:
            for j, v in enumerate(row, 1):
                c = ws.cell(r, j, v); c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            cr = row[6]
            ws.cell(r, 7).fill = fill({"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"], "Red": FILL["red"]}[cr])
        r += 1
    sm["A1"] = "Summary of progress – Cause of Concern (Protection)"; sm["A1"].font = Font(bold=True)
    sm["A3"] = "Current RAG"; sm["B3"] = "Number of actions"
    for i, (k, n) in enumerate([("Complete", 1), ("Green", 2), ("Amber", 2), ("Red", 1), ("Total", 6)]):
        sm.cell(4 + i, 1, k); sm.cell(4 + i, 2, n)
    sm["A10"] = "Detail on the 'Action Plan' sheet."
    wb.save(os.path.join(D, name))
    U1, U2 = [CoC, R1], [CoC, R2]
    acts = [
        A("1.1", U1, rows[2][1], ["Group Manager Protection"], "2025-11", "blue"),
        A("1.2", U1, rows[3][1], ["Area Manager Prevention & Protection"], "2025-12", "green"),
        A("1.3", U1, rows[4][1], ["GM Protection", "Performance & Analysis Manager"], "2026-02", "amber"),
        A("2.1", U2, rows[6][1], ["Head of HR", "Area Manager Prevention & Protection"], "2026-03", "green"),
        A("2.2", U2, rows[7][1], ["Station Manager Business Safety"], "2026-06", "red"),
        A("2.3", U2, rows[8][1], ["Group Manager Protection"], "2025-11", "amber"),
    ]
    dump(name, {
        "source": "Imitates a fire and rescue service's HMICFRS cause-of-concern improvement plan reported to the fire governance board (North Yorkshire Fire and Rescue Service, 2025-26; no URL used). Copies a summary sheet with RAG totals, a title block with version line, a merged cause-of-concern row above merged recommendation rows, original and revised dates, previous and current RAG (text plus fill) and progress updates.",
        "reads": "Sheet 'Action Plan' holds six numbered actions answering two recommendations under one cause of concern; each has an owner post, an original date and sometimes a revised date, and a previous and current RAG. The Summary sheet is only totals.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 3 HMP Ford IRP (xlsx, refuse)
def ford():
    name = "ztu-hmp-ford-hmip-independent-review-of-progress-action-plan-typo-month-refuse.xlsx"
    title = "HMP Ford – HMI Prisons Independent Review of Progress: Action Plan"
    wb = Workbook(); ws = wb.active; ws.title = "IRP action plan"
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Governing Governor   |   Last updated: 12/01/2026"
    hdr = ["No.", "Key concern / recommendation", "Action", "Responsible", "Target date", "Status"]
    for j, h in enumerate(hdr, 1):
        ws.cell(4, j, h).font = Font(bold=True)
    K1 = "Prisoners did not have enough time out of cell in purposeful activity and too many were unemployed."
    K2 = "Too many prisoners were released without sustainable accommodation."
    data = [
        ("1.1", K1, "Re-profile the regime so that all prisoners are allocated to work, education or training on at least four days a week.", "Head of Reducing Reoffending", "Oct-25", "Complete"),
        ("1.2", K1, "Open the second Industries workshop (textiles) with 24 additional places.", "Head of Industries", "Dec-25", "Amber"),
        ("1.3", K1, "Review the release on temporary licence (ROTL) board process to increase paid work placements in the community.", "Head of OMU; ROTL Manager", "Mar-26", "Green"),
        ("2.1", K2, "Introduce a 12-week pre-release accommodation referral pathway with the Community Accommodation Service (CAS3).", "Head of Resettlement", "Nov-25", "Green"),
        ("2.2", K2, "Record accommodation outcomes on release for every prisoner and report monthly to the Senior Leadership Team.", "Performance Hub Manager", "Febuary 2026", "Amber"),
        ("2.3", K2, "Agree a data-sharing protocol with West Sussex housing authorities.", "Head of Resettlement", "Apr-26", "Not started"),
    ]
    r = 5
    for row in data:
        for j, v in enumerate(row, 1):
            ws.cell(r, j, v).alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    ws.merge_cells("B5:B7"); ws.merge_cells("B8:B10")
    wb.save(os.path.join(D, name))
    dump(name, {
        "source": "Imitates a prison's action plan responding to an HM Inspectorate of Prisons independent review of progress (HMP Ford, 2025-26; no URL used). Copies a title and owner line, key concerns in a vertically merged column beside numbered actions, responsible posts, month target dates and a status word.",
        "reads": "Six numbered actions under two key concerns from the HMIP review; the target date for action 2.2 reads 'Febuary 2026', a mistyped month, so a careful reader would stop and ask before taking in the plan.",
        "outcome": "refuse", "accept_refusal": False, "refuse_at": 9, "title": title}, None)

# ---------------------------------------------------------------- 4 Gateshead PDU (docx)
def cell_set(c, text, bold=False):
    c.text = ""
    p = c.paragraphs[0]; run = p.add_run(text); run.bold = bold

def gateshead():
    name = "ztu-probation-service-gateshead-pdu-hmip-inspection-action-plan.docx"
    title = "HM Inspectorate of Probation – Inspection of Gateshead Probation Delivery Unit: Action Plan"
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Probation Service – North East Region")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "15 December 2025"), ("Author", "Head of Gateshead PDU"), ("Approved by", "Regional Probation Director, North East")]):
        cell_set(t.cell(i, 0), k, True); cell_set(t.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG: G = on track; A = some risk to delivery; R = off track; Complete = action closed and evidenced.")
    S1 = "Recommendations for Gateshead PDU"
    S2 = "Recommendations for the North East region"
    R1 = "1. Improve the quality of assessment and planning for keeping other people safe, making full use of information from police domestic abuse callouts and children's social care."
    R2 = "2. Make sure that home visits are carried out where there are concerns about domestic abuse or child safeguarding."
    R3 = "3. Address staff shortages so that caseloads in the PDU are manageable and allocation is timely."
    secs = [
        (S1, [(R1, [("1.1", "Deliver two practice development sessions on risk of serious harm analysis for all practitioners, led by the Senior Probation Officers.", "Senior Probation Officers", "31/01/2026", "G"),
                    ("1.2", "Introduce monthly dip sampling of 10 cases per team using the HMIP standards, with\nfindings reported to the PDU quality meeting.", "Quality Development Officer / Heads of Service", "Q4 2025/26", "A"),
                    ("1.3", "Agree an information-sharing process with Gateshead Children's Social Care so that safeguarding checks are returned within 10 working days.", "Head of PDU", "November 2025", "Complete")]),
              (R2, [("2.1", "Issue a home visit practice guidance note and add home visit recording to the supervision template.", "Senior Probation Officers", "December 2025", "Complete"),
                    ("2.2", "Report the number of home visits completed in domestic abuse cases to the monthly PDU performance meeting.", "Business Manager", "Ongoing", "G")])]),
        (S2, [(R3, [("3.1", "Prioritise Gateshead PDU in the regional allocation of newly qualified Probation Officers (PQiP cohort 2025).", "Regional Probation Director", "March 2026", "A"),
                    ("3.2", "Use the regional workload management tool to rebalance caseloads across Tyne and Wear PDUs.", "Head of Operations, North East", "30 June 2026", "R")])]),
    ]
    acts = []
    for sec, recs in secs:
        doc.add_heading(sec, 2)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Responsible officer", "Target date", "RAG"]):
            cell_set(t.rows[0].cells[j], h, True)
        for rec, items in recs:
            row = t.add_row(); m = row.cells[0].merge(row.cells[4]); cell_set(m, rec, True)
            for it in items:
                row = t.add_row()
                for j, v in enumerate(it):
                    cell_set(row.cells[j], v)
    doc.add_paragraph("This plan will be reviewed at the monthly PDU Quality and Performance meeting and reported to the Regional Leadership Team quarterly.")
    doc.save(os.path.join(D, name))
    acts = [
        A("1.1", [S1, R1], secs[0][1][0][1][0][1], ["Senior Probation Officers"], "2026-01", "green"),
        A("1.2", [S1, R1], secs[0][1][0][1][1][1], ["Quality Development Officer", "Heads of Service"], "2026-03", "amber", end_text="Q4 2025/26"),
        A("1.3", [S1, R1], secs[0][1][0][1][2][1], ["Head of PDU"], "2025-11", "blue"),
        A("2.1", [S1, R2], secs[0][1][1][1][0][1], ["Senior Probation Officers"], "2025-12", "blue"),
        A("2.2", [S1, R2], secs[0][1][1][1][1][1], ["Business Manager"], None, "green", end_text="Ongoing"),
        A("3.1", [S2, R3], secs[1][1][0][1][0][1], ["Regional Probation Director"], "2026-03", "amber"),
        A("3.2", [S2, R3], secs[1][1][0][1][1][1], ["Head of Operations, North East"], "2026-06", "red"),
    ]
    dump(name, {
        "source": "Imitates a Probation Service PDU action plan responding to an HM Inspectorate of Probation local inspection (Gateshead PDU, North East region, 2025; no URL used). Copies the title, a document-control table, a one-line RAG key, one table per audience under a heading (PDU / region), merged recommendation rows above numbered actions, responsible officers as posts, UK day-first, month and financial-quarter target dates and G/A/R/Complete status.",
        "reads": "After the document-control table and key, two tables hold seven actions: five under the PDU's two recommendations and two under the region's staffing recommendation, each with an owner post, a target date and a RAG.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 5 St Swithun's ISI (docx)
def swithuns():
    name = "ztu-st-swithuns-school-isi-inspection-action-plan.docx"
    title = "St Swithun's School – ISI Inspection (March 2025): Action Plan"
    doc = Document()
    doc.add_heading(title, 0)
    doc.add_paragraph("Prepared for the Education Committee of the Governing Body – updated September 2025")
    doc.add_paragraph("RAG key")
    k = doc.add_table(rows=3, cols=2); k.style = "Table Grid"
    for i, (a, b) in enumerate([("Green", "Completed"), ("Amber", "In progress"), ("Red", "Not started / at risk")]):
        cell_set(k.cell(i, 0), a, True); cell_set(k.cell(i, 1), b)
    S1 = "Section 1: Leadership and management, and governance"
    S2 = "Section 3: Pupils' physical and mental health and emotional wellbeing"
    N1 = "Next step: Leaders should ensure that the school's self-evaluation draws consistently on pupil and parent views so that priorities for improvement are identified precisely."
    N2 = "Next step: Leaders should strengthen the oversight of pupils' wellbeing in the boarding houses so that concerns are shared promptly with the pastoral team."
    secs = [(S1, N1, [
        ("Introduce an annual pupil voice survey across all year groups and report the findings to governors.", "Deputy Head (Academic)", "End of Summer term 2025", "Green"),
        ("Revise the whole-school development plan format so that each priority cites the evidence it is based on.", "Head; Bursar", "By October half-term 2025", "Amber"),
        ("Hold a governor-led parent forum each term on school priorities.", "Chair of Education Committee", "Termly", "Amber")]),
        (S2, N2, [
        ("Move boarding house wellbeing logs onto CPOMS so that the Deputy Head (Pastoral) can see all entries.", "Deputy Head (Pastoral); Head of Boarding", "September 2025", "Green"),
        ("Train all house staff, including evening and weekend staff, on the updated wellbeing escalation procedure.", "Designated Safeguarding Lead", "December 2025", "Red")])]
    for sec, ns, items in secs:
        doc.add_heading(sec, 2)
        doc.add_paragraph(ns)
        t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
        for j, h in enumerate(["Action", "Led by", "By when", "RAG"]):
            cell_set(t.rows[0].cells[j], h, True)
        for it in items:
            row = t.add_row()
            for j, v in enumerate(it):
                cell_set(row.cells[j], v)
    doc.add_paragraph("Progress against this plan is reported to the full Governing Body each term.")
    doc.save(os.path.join(D, name))
    s = {"Green": "blue", "Amber": "amber", "Red": "red"}
    it1, it2 = secs[0][2], secs[1][2]
    acts = [
        A(None, [S1, N1], it1[0][0], ["Deputy Head (Academic)"], "2025-07", "blue", end_text="End of Summer term 2025"),
        A(None, [S1, N1], it1[1][0], ["Head", "Bursar"], "2025-10", "amber"),
        A(None, [S1, N1], it1[2][0], ["Chair of Education Committee"], None, "amber", end_text="Termly"),
        A(None, [S2, N2], it2[0][0], ["Deputy Head (Pastoral)", "Head of Boarding"], "2025-09", "blue"),
        A(None, [S2, N2], it2[1][0], ["Designated Safeguarding Lead"], "2025-12", "red"),
    ]
    dump(name, {
        "source": "Imitates an independent school's action plan after an ISI inspection under the 2023 framework (St Swithun's School, Winchester, 2025; no URL used). Copies a title, a governance line, a RAG key table in which Green means completed (no blue), a heading per ISI report section with the inspectors' next step as a paragraph, and an unnumbered action table per section with posts, term-based dates and RAG words.",
        "reads": "Five unnumbered actions in two tables, each under an ISI report section heading and the next step it answers; the school's key makes Green mean completed, so the two Green actions are complete.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 6 TVP SOC (csv)
def tvp():
    name = "ztu-thames-valley-police-hmicfrs-serious-organised-crime-inspection-action-plan.csv"
    title = "Thames Valley Police – HMICFRS Serious and Organised Crime Inspection 2025: Recommendations and AFI Tracker"
    R1 = "Recommendation 1 – By 31 March 2026, the force should make sure its organised crime group mapping is reviewed and updated within the timescales set out in national guidance."
    F1 = "AFI 1 – The force should improve how it uses intelligence from partner agencies to identify emerging serious and organised crime threats."
    F2 = "AFI 2 – The force should make sure that lead responsible officers have the training they need to manage organised crime groups."
    hdr = ["Recommendation / AFI", "Action ref", "Action", "Action owner", "Due date", "Status", "Latest update"]
    rows = [
        [R1, "1.1", "Audit all mapped organised crime groups and archive those no longer active.", "DCI Hart / DI Osei", "30/11/2025", "Complete", "Audit completed; 17 OCGs archived."],
        [R1, "1.2", "Set up a monthly OCG mapping review meeting chaired by the Serious Organised Crime Unit.", "Det Supt SOCU", "Dec-25", "On track", "First meeting held 9 December."],
        [R1, "1.3", "Add OCG review dates to the Niche performance dashboard.", "Head of Performance", "Q1 2026/27", "Amber", "Dashboard change request raised; waiting on IT release."],
        [F1, "2.1", "Agree an intelligence-sharing agreement with the three local authority community safety teams.", "Supt Partnerships, Supt Intelligence", "31/03/2026", "On track", "Draft agreement with legal services."],
        [F1, "2.2", "Deliver partner intelligence submission training (\"Partnership Intelligence Portal\") to housing and education safeguarding leads.", "Force Intelligence Bureau Manager", "Jun-26", "Not started", ""],
        [F2, "3.1", "Commission the College of Policing LRO course for all current lead responsible officers.", "Head of Learning & Development", "Feb-26", "Red", "Course dates not yet confirmed by the College."],
        [F2, "3.2", "Introduce a mentoring scheme pairing new LROs with experienced LROs from SOCU.", "DCI Hart", "Ongoing", "On track", "Six pairings in place."],
    ]
    with open(os.path.join(D, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([title] + [""] * 6)
        w.writerow(["Strategic lead: ACC Crime & Criminal Justice. Exported from the HMICFRS recommendations tracker 08/01/2026"] + [""] * 6)
        w.writerow([""] * 7)
        w.writerow(hdr)
        for r in rows: w.writerow(r)
        w.writerow([""] * 7)
        w.writerow(["Status key: Complete / On track / Amber – at risk / Red – off track / Not started"] + [""] * 6)
    leads = [["DCI Hart", "DI Osei"], ["Det Supt SOCU"], ["Head of Performance"], ["Supt Partnerships", "Supt Intelligence"],
             ["Force Intelligence Bureau Manager"], ["Head of Learning & Development"], ["DCI Hart"]]
    ends = [("2025-11", None), ("2025-12", None), ("2026-06", "Q1 2026/27"), ("2026-03", None), ("2026-06", None), ("2026-02", None), (None, "Ongoing")]
    stat = ["blue", "green", "amber", "green", "unrated", "red", "green"]
    acts = [A(r[1], [r[0]], r[2], leads[i], ends[i][0], stat[i], end_text=ends[i][1]) for i, r in enumerate(rows)]
    dump(name, {
        "source": "Imitates a police force's HMICFRS recommendations and areas-for-improvement tracker exported to CSV (Thames Valley Police, serious and organised crime inspection, 2025-26; no URL used). Copies a title line, a strategic-lead/export line, the recommendation or AFI text repeated on every action row, numbered actions, officers by rank or post (two in a cell), day-first, month and financial-quarter due dates, status words and a status key line.",
        "reads": "A flat export of seven actions answering one recommendation and two areas for improvement, whose text is repeated on each row; each action has an owner, a due date, a status and an update. Title, export note and key lines are not actions.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

# ---------------------------------------------------------------- 7 NICTS CJINI (txt)
def nicts():
    name = "ztu-northern-ireland-courts-and-tribunals-service-cjini-inspection-action-plan.txt"
    title = "Northern Ireland Courts and Tribunals Service"
    sub = "Action Plan in response to the CJINI inspection of services for victims and witnesses at court (published June 2024)"
    SR1 = "Strategic Recommendation 1: Within 12 months of this report, NICTS should develop and implement a victim and witness engagement strategy, in conjunction with the Public Prosecution Service and the PSNI."
    OR1 = "Operational Recommendation 1: NICTS should ensure that separate waiting facilities are available for prosecution witnesses at all court venues."
    OR2 = "Operational Recommendation 2: NICTS should improve the information provided to victims and witnesses on the progress of their case."
    lines = [title, sub, "Status at 31 December 2025", "",
             "Ref\tAction\tLead\tTarget date\tStatus",
             SR1,
             "1.1\tEstablish a joint NICTS/PPS/PSNI working group on victim and witness engagement.\tDirector of Courts and Tribunals Operations\tSeptember 2024\tComplete",
             "1.2\tDraft the engagement strategy and consult the Victim and Witness Care Unit and the Commissioner for Victims of Crime.\tHead of Customer Service Delivery\tMarch 2025\tComplete",
             "1.3\tPublish the strategy and an accompanying delivery plan.\tHead of Customer Service Delivery\t31/03/2026\tAmber",
             OR1,
             "2.1\tComplete an audit of waiting facilities at all 17 court venues.\tEstates Manager\tDec-24\tComplete",
             "2.2\tCreate separate witness waiting rooms at Newry and Dungannon courthouses.\tEstates Manager / Court Managers (Southern Division)\t2025/26\tRed",
             OR2,
             "3.1\tExtend text message notification of hearing dates to prosecution witnesses.\tHead of ICT Services\tJune 2026\tGreen",
             "3.2\tReview the 'Going to Court' leaflet and web pages with victims' organisations.\tCommunications Manager\tOngoing\tGreen",
             "", "Key: Green – on track; Amber – some delay; Red – significant delay; Complete – action completed.",
             "Owner: Chief Executive, NICTS"]
    with open(os.path.join(D, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    def a(line, under, lead, end, st, et=None):
        p = line.split("\t"); return A(p[0], [under], p[1], lead, end, st, end_text=et)
    acts = [
        a(lines[6], SR1, ["Director of Courts and Tribunals Operations"], "2024-09", "blue"),
        a(lines[7], SR1, ["Head of Customer Service Delivery"], "2025-03", "blue"),
        a(lines[8], SR1, ["Head of Customer Service Delivery"], "2026-03", "amber"),
        a(lines[10], OR1, ["Estates Manager"], "2024-12", "blue"),
        a(lines[11], OR1, ["Estates Manager", "Court Managers (Southern Division)"], "2026-03", "red", "2025/26"),
        a(lines[13], OR2, ["Head of ICT Services"], "2026-06", "green"),
        a(lines[14], OR2, ["Communications Manager"], None, "green", "Ongoing"),
    ]
    dump(name, {
        "source": "Imitates a Northern Ireland justice body's action plan responding to a Criminal Justice Inspection Northern Ireland report (NICTS, victims and witnesses at court, 2024-26), exported as tab-separated text. Copies a body name and subtitle, a status date line, strategic and operational recommendation lines above numbered actions, posts as leads (two in one cell), mixed target dates including a financial year, and a key and owner line at the end.",
        "reads": "Seven numbered actions under one strategic and two operational recommendations, each with a lead post, a target date and a status. The financial year '2025/26' is read as ending in March 2026.",
        "outcome": "read", "accept_refusal": False, "title": title}, acts)

if __name__ == "__main__":
    for fn in (ecclesbourne, nyfrs, ford, gateshead, swithuns, tvp, nicts):
        fn()
    print("built")
