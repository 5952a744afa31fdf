"""Build the seven zth- cases (data files + expected readings) for set heldout671."""
import os, csv, io
import yaml
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

D = os.path.dirname(os.path.abspath(__file__))
RED, AMB, GRN, BLU = "FF0000", "FFC000", "00B050", "0070C0"
def fill(c): return PatternFill("solid", start_color=c, end_color=c)
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")

class NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

def dump(name, meta, actions):
    d = dict(meta)
    if actions is not None:
        d["actions"] = actions
    with open(os.path.join(D, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(d, f, Dumper=NoAlias, sort_keys=False, allow_unicode=True, width=100)

def A(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a

# ---------------------------------------------------------------- 1. Somerset ICB BAF (xlsx)
def somerset():
    name = "zth-nhs-somerset-icb-board-assurance-framework-2025-26.xlsx"
    wb = Workbook()
    s = wb.active; s.title = "Summary"
    s["A1"] = "NHS Somerset Integrated Care Board"; s["A1"].font = BOLD
    s["A2"] = "Board Assurance Framework 2025/26 – Summary (position at 30 September 2025)"
    s.append([])
    s.append(["BAF ref", "Strategic risk", "Executive lead", "Target score", "Current score", "Trend"])
    for r in [["SR1", "Elective recovery and waiting times", "Chief Operating Officer", 8, 16, "↔"],
              ["SR2", "Financial sustainability of the Somerset system", "Chief Finance Officer", 9, 20, "↑"],
              ["SR3", "Primary care workforce resilience", "Chief Medical Officer", 8, 12, "↓"]]:
        s.append(r)
    s.append([]); s.append(["Scores are likelihood x consequence (5x5). Detail of gaps and actions is on the 'BAF detail' sheet."])
    b = wb.create_sheet("BAF detail")
    b["A1"] = "Board Assurance Framework 2025/26 – actions to close gaps in control and assurance"; b["A1"].font = BOLD
    b["A2"] = "RAG key: R = action off track; A = at risk of slippage; G = on track; B = complete"
    b.append([])
    hdr = ["BAF ref", "Strategic objective", "Strategic risk", "Gap (control / assurance)", "Action ref",
           "Action to close gap", "Action owner", "Original target date", "Revised target date",
           "Previous RAG", "Current RAG", "Progress update"]
    b.append(hdr)  # row 4
    for c in b[4]: c.font = BOLD
    rows = [
      ["SR1", "Objective 1: Improve outcomes and access to care", "SR1 – Failure to recover elective waiting times to the 2025/26 planning standard",
       "Control: limited visibility of independent sector capacity", "SR1.1",
       "Agree a single system capacity plan with Somerset NHS FT and independent sector providers, with monthly reporting to the Elective Care Board",
       "Director of Commissioning", "30/06/2025", "31/10/2025", "A", "A",
       "Draft plan shared at Elective Care Board in September; IS contract values still being confirmed."],
      ["SR1", "Objective 1: Improve outcomes and access to care", "SR1 – Failure to recover elective waiting times to the 2025/26 planning standard",
       "Assurance: no independent validation of the waiting list", "SR1.2",
       "Commission clinical validation of all patients waiting over 52 weeks and report results to the Quality and Performance Committee",
       "Chief Operating Officer / Associate Director of Planned Care", "30/09/2025", "", "G", "B",
       "Validation completed 12/09/2025; 1,140 pathways closed. Report to Q&P Committee on 25/09/2025."],
      ["SR2", "Objective 4: Make best use of resources", "SR2 – The Somerset system does not deliver its 2025/26 financial plan",
       "Control: efficiency schemes not fully identified", "SR2.1",
       "Identify and risk-assess the remaining £9.2m of system efficiency schemes\nConfirm delivery leads for each scheme at the System Finance Group",
       "Chief Finance Officer", "31/07/2025", "30/11/2025", "A", "R",
       "£4.1m still unidentified at month 5; escalated to ICB Board and NHS England regional team."],
      ["SR2", "Objective 4: Make best use of resources", "SR2 – The Somerset system does not deliver its 2025/26 financial plan",
       "Assurance: run-rate reporting lags by two months", "SR2.2",
       "Introduce a monthly system run-rate dashboard for the Finance Committee",
       "Deputy Director of Finance", "Q2 2025/26", "", "G", "G",
       "First version presented to Finance Committee in September; further development of workforce metrics in progress."],
      ["SR3", "Objective 2: Tackle health inequalities", "SR3 – Insufficient primary care workforce to meet demand in rural Somerset",
       "Control: ARRS roles unevenly distributed across PCNs", "SR3.1",
       "Complete the PCN workforce mapping and agree a redistribution plan for unfilled ARRS roles with PCN clinical directors",
       "Head of Primary Care; Primary Care Workforce Lead", "31/12/2025", "", "G", "G",
       "Mapping 80% complete (10 of 13 PCNs)."],
      ["SR3", "Objective 2: Tackle health inequalities", "SR3 – Insufficient primary care workforce to meet demand in rural Somerset",
       "Assurance: retention data not reported to Board", "SR3.2",
       "Add GP and practice nurse retention measures to the Integrated Performance Report",
       "Chief Medical Officer", "March 2026", "", "", "",
       "Not yet started – dependent on national workforce data collection (NWRS)."],
    ]
    for r in rows:
        b.append(r)
    fills = {"R": RED, "A": AMB, "G": GRN, "B": BLU}
    for row in b.iter_rows(min_row=5, max_row=b.max_row):
        for c in row:
            c.alignment = WRAP
        for c in (row[9], row[10]):
            if c.value in fills: c.fill = fill(fills[c.value])
    n = b.max_row + 2
    b.cell(n, 1, "Summary of actions: 6 in total – 1 complete, 2 on track, 1 amber, 1 red, 1 not started")
    b.cell(n + 1, 1, "Owner: Director of Corporate Affairs. Reviewed by Audit and Risk Committee October 2025.")
    wb.save(os.path.join(D, name))
    o1 = "Objective 1: Improve outcomes and access to care"; r1 = "SR1 – Failure to recover elective waiting times to the 2025/26 planning standard"
    o4 = "Objective 4: Make best use of resources"; r2 = "SR2 – The Somerset system does not deliver its 2025/26 financial plan"
    o2 = "Objective 2: Tackle health inequalities"; r3 = "SR3 – Insufficient primary care workforce to meet demand in rural Somerset"
    acts = [
      A("SR1.1", [o1, r1], rows[0][5], ["Director of Commissioning"], "2025-10", "amber"),
      A("SR1.2", [o1, r1], rows[1][5], ["Chief Operating Officer", "Associate Director of Planned Care"], "2025-09", "blue"),
      A("SR2.1", [o4, r2], rows[2][5], ["Chief Finance Officer"], "2025-11", "red"),
      A("SR2.2", [o4, r2], rows[3][5], ["Deputy Director of Finance"], "2025-09", "green"),
      A("SR3.1", [o2, r3], rows[4][5], ["Head of Primary Care", "Primary Care Workforce Lead"], "2025-12", "green"),
      A("SR3.2", [o2, r3], rows[5][5], ["Chief Medical Officer"], "2026-03", "unrated"),
    ]
    dump(name, {
      "source": "Imitates an ICB Board Assurance Framework as published in ICB board papers (e.g. NHS Somerset ICB, 2025/26): a summary sheet of strategic risks with scores, and a detail sheet with strategic objective, risk, gap in control/assurance, action, owner (job titles), original and revised target dates, previous and current RAG as letters with fill colour, progress update, and a totals line and owner note below.",
      "reads": "Two sheets: a summary of three strategic risks (not actions) and a 'BAF detail' sheet listing six numbered actions to close gaps, each under its strategic objective and risk. Status is the current RAG; the revised target date, where given, is the end.",
      "outcome": "read", "accept_refusal": False,
      "title": "NHS Somerset Integrated Care Board Board Assurance Framework 2025/26"}, acts)

# ---------------------------------------------------------------- 2. SCAS PSII (xlsx)
def scas():
    name = "zth-south-central-ambulance-service-psii-delayed-response-safety-action-plan.xlsx"
    wb = Workbook()
    w = wb.active; w.title = "Safety action plan"
    w["A1"] = "South Central Ambulance Service NHS Foundation Trust"; w["A1"].font = BOLD
    w["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    w["A3"] = "Incident: Delayed response to a Category 2 call during REAP level 4 (PSII ref. SCAS-PSII-2024-07)"
    w["A4"] = "Executive sponsor: Chief Medical Officer     Date approved at Patient Safety Group: 14 November 2024"
    w.append([])
    w.append(["Ref", "Safety action (SMART)", "Responsible owner", "Target date", "Revised date", "Status", "Measure of effectiveness / evidence"])  # row 6
    for c in w[6]: c.font = BOLD
    r = 7
    def aoi(text):
        nonlocal r
        w.cell(r, 1, text).font = BOLD
        w.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
    def act(vals, colour):
        nonlocal r
        for i, v in enumerate(vals, 1):
            c = w.cell(r, i, v); c.alignment = WRAP
        if colour: w.cell(r, 6).fill = fill(colour)
        r += 1
    aoi1 = "Area for improvement 1: Recognition of deterioration while the patient is waiting for a response"
    sr1 = "Safety recommendation 1.1 – The Trust should strengthen welfare call-back processes for Category 2 patients waiting longer than the national standard."
    aoi2 = "Area for improvement 2: Clinical oversight in the Clinical Coordination Centre at high escalation"
    sr2 = "Safety recommendation 2.1 – The Trust should ensure a dedicated clinician has oversight of the Category 2 stack at REAP level 3 and above."
    aoi3 = "Area for improvement 3: Communication with callers"
    sr3 = "Safety recommendation 3.1 – The Trust should review the scripts used when callers ring back."
    T = []
    aoi(aoi1); aoi(sr1)
    v = ["SA1.1a", "Amend the welfare call SOP so that Category 2 patients waiting more than 40 minutes receive a clinician welfare call every 30 minutes", "Head of Clinical Coordination Centre", "31/01/2025", "31/03/2025", "", "Audit of 50 calls per month shows welfare calls made within 30 minutes"]
    act(v, GRN); T.append(v)
    v = ["SA1.1b", "Build an automated CAD prompt alerting dispatchers when a Category 2 call exceeds the welfare threshold", "CAD Systems Manager / Head of Digital", "30/04/2025", "", "", "CAD change live; prompt acknowledgement rate reported monthly"]
    act(v, AMB); T.append(v)
    aoi(aoi2); aoi(sr2)
    v = ["SA2.1a", "Introduce a Category 2 stack clinician role on the CCC rota at REAP 3 and above", "Deputy Director of Operations (Clinical Coordination)", "28/02/2025", "", "", "Rota fill rate for the role ≥ 90%"]
    act(v, BLU); T.append(v)
    v = ["SA2.1b", "Deliver training to all CCC clinicians on stack review and the revised escalation triggers", "Clinical Education Lead", "31/03/2025", "30/06/2025", "", "Training compliance ≥ 85% (ESR)"]
    act(v, RED); T.append(v)
    aoi(aoi3); aoi(sr3)
    v = ["SA3.1a", "Review and re-issue the call-back script, including worsening-care advice, with the patient safety partners", "EOC Quality and Governance Manager", "31/12/2024", "", "", "Script approved at Clinical Review Group"]
    act(v, BLU); T.append(v)
    r += 1
    w.cell(r, 1, "Status key (cell colour): Blue = completed; Green = on track; Amber = at risk; Red = overdue")
    w.cell(r + 1, 1, "Progress is reported to the Patient Safety Group monthly and to the Quality and Safety Committee quarterly.")
    w.column_dimensions["B"].width = 70
    wb.save(os.path.join(D, name))
    acts = [
      A("SA1.1a", [aoi1, sr1], T[0][1], ["Head of Clinical Coordination Centre"], "2025-03", "green"),
      A("SA1.1b", [aoi1, sr1], T[1][1], ["CAD Systems Manager", "Head of Digital"], "2025-04", "amber"),
      A("SA2.1a", [aoi2, sr2], T[2][1], ["Deputy Director of Operations (Clinical Coordination)"], "2025-02", "blue"),
      A("SA2.1b", [aoi2, sr2], T[3][1], ["Clinical Education Lead"], "2025-06", "red"),
      A("SA3.1a", [aoi3, sr3], T[4][1], ["EOC Quality and Governance Manager"], "2024-12", "blue"),
    ]
    dump(name, {
      "source": "Imitates an ambulance trust PSII safety action plan under PSIRF (South Central Ambulance Service NHS FT, 2024-25 style): title block with incident and sponsor, merged area-for-improvement rows with the safety recommendation beneath, SMART safety actions with owners as job titles, target and revised dates, status shown only by cell fill with a colour key below.",
      "reads": "One sheet with three areas for improvement, each with one safety recommendation and one or two safety actions (five in all). Status comes from the fill colour of the empty Status cell; the revised date, where present, is the end.",
      "outcome": "read", "accept_refusal": False,
      "title": "Patient Safety Incident Investigation (PSII) – Safety Action Plan"}, acts)

# ---------------------------------------------------------------- 3. Scottish Ambulance Service SAER (xlsx)
def sas():
    name = "zth-scottish-ambulance-service-saer-improvement-action-plan.xlsx"
    wb = Workbook()
    c = wb.active; c.title = "Document control"
    for r in [["Scottish Ambulance Service – Significant Adverse Event Review (SAER) Improvement Action Plan"],
              [], ["Document control"], ["Version", "Date", "Author", "Change"],
              ["0.1", "05/02/2025", "Patient Safety Manager", "First draft following SAER report"],
              ["1.0", "19/02/2025", "Patient Safety Manager", "Approved by Clinical Governance Committee"],
              ["1.1", "20/08/2025", "Patient Safety Manager", "Six-month progress update"]]:
        c.append(r)
    c["A1"].font = BOLD
    p = wb.create_sheet("Action plan")
    p.append(["SAER 2024/113 – Improvement Action Plan (North Region, Aberdeen ACC)"])
    p["A1"].font = BOLD
    p.append(["Progress at 20 August 2025"])
    p.append([])
    p.append(["No.", "Recommendation", "Action ref", "Action", "Lead", "Due date", "Progress", "RAG"])  # row 4
    for x in p[4]: x.font = BOLD
    recs = [
      ("1", "Rural response: the Service should review how community first responders are tasked to life-threatening calls in remote areas.",
       [("1a", "Review CFR tasking rules for purple and red calls in Aberdeenshire and Moray", "G. Duncan (Regional Operations Manager)", "Jun-25", "Complete – revised rules live 2 June 2025", "Complete"),
        ("1b", "Agree data-sharing with CFR schemes so that availability is visible in the ACC", "G. Duncan, L. Fraser", "Sep-25", "Data-sharing agreement signed by 4 of 6 schemes", "Amber")]),
      ("2", "Call handling: the Service should ensure call handlers use the agreed breathing-assessment questions in every call.",
       [("2a", "Re-issue the breathing-assessment quality bulletin to all ACC call handlers", "ACC Quality Lead", "Mar-25", "Issued 14/03/2025", "Complete"),
        ("2b", "Add breathing-assessment compliance to the monthly call audit (target 95%)", "ACC Quality Lead", "Ongoing", "July compliance 93%", "Green"),
        ("2c", "Run refresher sessions for call handlers on agonal breathing", "Clinical Effectiveness Lead", "Dec-25", "Sessions scheduled October–December", "Green")]),
      ("3", "Family engagement: the Service should involve families earlier in SAERs.",
       [("3a", "Update the SAER procedure to offer a family liaison contact within 10 working days", "Head of Patient Safety and Experience", "Oct-25", "Draft procedure with Clinical Governance Committee; slipped from July", "Red")]),
    ]
    exp = []
    r = 5
    for no, rec, acts in recs:
        p.cell(r, 1, no); p.cell(r, 2, rec)
        p.merge_cells(start_row=r, start_column=1, end_row=r + len(acts) - 1, end_column=1)
        p.merge_cells(start_row=r, start_column=2, end_row=r + len(acts) - 1, end_column=2)
        for ref, text, lead, due, prog, rag in acts:
            p.cell(r, 3, ref); p.cell(r, 4, text); p.cell(r, 5, lead); p.cell(r, 6, due); p.cell(r, 7, prog); p.cell(r, 8, rag)
            for col in range(1, 9): p.cell(r, col).alignment = WRAP
            r += 1
    r += 1
    p.cell(r, 1, "Total actions: 6   Complete: 2   Green: 2   Amber: 1   Red: 1")
    wb.save(os.path.join(D, name))
    leads = {"G. Duncan (Regional Operations Manager)": ["G. Duncan (Regional Operations Manager)"],
             "G. Duncan, L. Fraser": ["G. Duncan", "L. Fraser"],
             "ACC Quality Lead": ["ACC Quality Lead"], "Clinical Effectiveness Lead": ["Clinical Effectiveness Lead"],
             "Head of Patient Safety and Experience": ["Head of Patient Safety and Experience"]}
    mon = {"Jun-25": "2025-06", "Sep-25": "2025-09", "Mar-25": "2025-03", "Ongoing": None, "Dec-25": "2025-12", "Oct-25": "2025-10"}
    st = {"Complete": "blue", "Amber": "amber", "Green": "green", "Red": "red"}
    for no, rec, acts in recs:
        for ref, text, lead, due, prog, rag in acts:
            exp.append(A(ref, [rec], text, leads[lead], mon[due], st[rag], end_text="Ongoing" if due == "Ongoing" else None))
    dump(name, {
      "source": "Imitates a Scottish NHS board SAER improvement action plan (Scottish Ambulance Service, 2025), following the Healthcare Improvement Scotland adverse events framework: a document-control sheet, then an action plan sheet with numbered recommendations in vertically merged cells beside their lettered actions, named leads with job title in brackets, Mmm-YY due dates, progress text and a RAG word column, and a totals line.",
      "reads": "The 'Document control' sheet is version history. The 'Action plan' sheet has three numbered recommendations (merged down) with six actions beside them; each action has its own ref (1a, 1b, 2a ...) in the 'Action ref' column. Status is the RAG word, Complete being blue.",
      "outcome": "read", "accept_refusal": False,
      "title": "SAER 2024/113 – Improvement Action Plan (North Region, Aberdeen ACC)"}, exp)

# ---------------------------------------------------------------- 4. HIW GP practice (docx)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)

def criccieth():
    name = "zth-criccieth-group-practice-hiw-gp-inspection-improvement-plan.docx"
    d = Document()
    d.add_heading("Improvement plan", 0)
    d.add_paragraph("Service: Criccieth Group Practice")
    d.add_paragraph("Date of inspection: 11 and 12 March 2025")
    d.add_paragraph("The table below includes any other improvements identified during the inspection where we require the service to complete an improvement plan telling us about the actions they are taking to address these areas.")
    hdr = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer", "Timescale"]
    secs = [
      ("Quality of the patient experience", [
        ("The practice must ensure that information about how to raise a concern under Putting Things Right is displayed in the waiting area and on the website.", "Health and Care Quality Standards 2023 – Person centred",
         "Putting Things Right posters displayed in both waiting rooms (Welsh and English).\nComplaints page on the practice website updated with the Llais contact details.", "Practice Manager", "Completed April 2025"),
        ("The practice must review the arrangements for chaperones so that trained staff are available in every session.", "Health and Care Quality Standards 2023 – Safe",
         "Two further HCAs to complete chaperone training; rota amended so a trained chaperone is on duty each session", "Lead Nurse / Practice Manager", "30 June 2025"),
      ]),
      ("Delivery of safe and effective care", [
        ("The practice must ensure that all emergency drugs and equipment are checked weekly and that checks are recorded.", "Health and Care Quality Standards 2023 – Safe; Resuscitation Council (UK) guidance",
         "Weekly checklist introduced for the emergency trolley at both sites; checks audited monthly by the Lead Nurse", "Lead Nurse", "Immediate and ongoing"),
        ("The practice must ensure that all clinical staff have completed safeguarding training at the level appropriate to their role.", "Health and Care Quality Standards 2023 – Safe",
         "Training matrix reviewed; three GPs booked on Level 3 safeguarding (adults and children)", "Dr Rhian Owen (Safeguarding Lead)", "By 31 July 2025"),
      ]),
      ("Quality of management and leadership", [
        ("The practice must ensure that practice policies are reviewed and version-controlled.", "Health and Care Quality Standards 2023 – Leadership",
         "Policy register created with review dates; all overdue policies to be reviewed at the partners' meeting", "Practice Manager and Partners", "September 2025"),
        ("The practice should hold regular, minuted whole-team meetings.", "Health and Care Quality Standards 2023 – Workforce",
         "Quarterly whole-practice meetings scheduled from Q2 2025/26, with minutes shared on the intranet", "Practice Manager", "Q2 2025/26"),
      ]),
    ]
    exp = []
    for sec, rows in secs:
        d.add_heading(sec, 2)
        t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h; shade(t.rows[0].cells[i], "D9D9D9")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row): cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("The following section must be completed by a representative of the service who has overall responsibility and accountability for ensuring the improvement plan is actioned.")
    st = d.add_table(rows=4, cols=2); st.style = "Table Grid"
    for i, (k, v) in enumerate([("Service representative", ""), ("Name (print):", "Sian Hughes"), ("Job role:", "Practice Manager"), ("Date:", "08/05/2025")]):
        st.rows[i].cells[0].text = k; st.rows[i].cells[1].text = v
    d.save(os.path.join(D, name))
    leadmap = {"Practice Manager": ["Practice Manager"], "Lead Nurse / Practice Manager": ["Lead Nurse", "Practice Manager"],
               "Lead Nurse": ["Lead Nurse"], "Dr Rhian Owen (Safeguarding Lead)": ["Dr Rhian Owen (Safeguarding Lead)"],
               "Practice Manager and Partners": ["Practice Manager", "Partners"]}
    ends = {"Completed April 2025": ("2025-04", None, "blue"), "30 June 2025": ("2025-06", None, "unrated"),
            "Immediate and ongoing": (None, "Immediate and ongoing", "unrated"), "By 31 July 2025": ("2025-07", None, "unrated"),
            "September 2025": ("2025-09", None, "unrated"), "Q2 2025/26": ("2025-09", None, "unrated")}
    for sec, rows in secs:
        for imp, std, act, lead, ts in rows:
            e, et, s = ends[ts]
            exp.append(A(None, [sec, imp], act, leadmap[lead], e, s, end_text=et))
    dump(name, {
      "source": "Imitates the Healthcare Inspectorate Wales GP practice inspection improvement plan template (HIW, 2025): 'Improvement plan' heading, service and inspection date lines, one five-column table per inspection theme (Improvement needed / Standard / Service action / Responsible officer / Timescale) with a grey header row, and the service representative sign-off table at the end.",
      "reads": "Three theme headings, each with a table of two improvements needed and the practice's action for each (six actions, no refs). The timescale gives the end; there is no RAG column, so status is unrated except where the timescale says it was completed. The sign-off table is not part of the plan.",
      "outcome": "read", "accept_refusal": False,
      "title": "Improvement plan"}, exp)

# ---------------------------------------------------------------- 5. UHSussex quality account (docx, refuse)
def uhsx():
    name = "zth-university-hospitals-sussex-nhsft-quality-account-priorities-tracker-2024-25-typo-month-refuse.docx"
    d = Document()
    d.add_heading("University Hospitals Sussex NHS Foundation Trust", 1)
    d.add_heading("Quality Account 2024/25 – Quality Priorities Progress Tracker (Quarter 3)", 1)
    d.add_paragraph("Report to: Quality Committee, 23 January 2025. Author: Head of Quality Governance.")
    d.add_paragraph("Key: G = on track; A = some risk to delivery; R = off track; C = complete")
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Quality priority / milestone", "Executive lead", "Due", "Q3 update", "RAG"]):
        t.rows[0].cells[i].text = h
    rows = [
      ("Priority 1 – Patient safety: reduce harm from inpatient falls", None),
      ("1.1", "Roll out the enhanced falls risk assessment to all adult inpatient wards", "Chief Nursing Officer", "December 2024", "Live on 58 of 61 wards", "G"),
      ("1.2", "Lying and standing blood pressure recorded for 80% of patients aged 65+", "Chief Nursing Officer", "Febuary 2025", "Audit compliance 71% in December", "A"),
      ("Priority 2 – Clinical effectiveness: sepsis recognition and treatment", None),
      ("2.1", "Antibiotics within one hour for 90% of patients with red-flag sepsis in ED", "Chief Medical Officer", "March 2025", "Q3 performance 84%", "A"),
      ("2.2", "Launch the electronic sepsis screening tool in Careflow", "Chief Medical Officer; Chief Digital Information Officer", "November 2024", "Launched 18/11/2024", "C"),
      ("Priority 3 – Patient experience: discharge communication", None),
      ("3.1", "Every patient discharged from medical wards to receive a written discharge summary", "Chief Nursing Officer", "March 2025", "Pilot on 6 wards; trust-wide roll-out delayed by EPR upgrade", "R"),
    ]
    for r in rows:
        cells = t.add_row().cells
        if r[1] is None:
            m = cells[0].merge(cells[5]); m.text = r[0]
            m.paragraphs[0].runs[0].bold = True
        else:
            for i, v in enumerate(r): cells[i].text = v
    d.add_paragraph("The 2024/25 priorities were agreed with the Council of Governors in April 2024.")
    d.save(os.path.join(D, name))
    # table row numbers (1 = header): P1 heading=2, 1.1=3, 1.2=4
    dump(name, {
      "source": "Imitates an acute trust quality account priorities progress tracker taken to a Quality Committee (University Hospitals Sussex NHS FT, 2024/25): two heading lines, report-to line, RAG key with C = complete, one table with merged bold priority rows above numbered milestones, executive leads as job titles, month due, quarterly update and RAG letter.",
      "reads": "A single tracker table with three priorities and six milestones. Milestone 1.2 is due 'Febuary 2025', a mistyped month, so a careful reader stops at that row (row 4 of the table counting the header as row 1) and asks before reading the plan.",
      "outcome": "refuse", "accept_refusal": False, "refuse_at": 4,
      "title": "Quality Account 2024/25 – Quality Priorities Progress Tracker (Quarter 3)"}, None)

# ---------------------------------------------------------------- 6. St Clare Hospice CQC (csv)
def stclare():
    name = "zth-st-clare-hospice-harlow-cqc-must-should-do-action-plan.csv"
    rows = [
      ["St Clare Hospice – CQC Action Plan following inspection of 9-10 July 2024", "", "", "", "", "", "", ""],
      ["Last updated: 28/02/2025 (Clinical Governance Sub-Committee)", "", "", "", "", "", "", ""],
      ["", "", "", "", "", "", "", ""],
      ["No.", "Must / Should", "CQC finding", "Action", "Lead", "Deadline", "Status", "Evidence / comments"],
      ["MD1", "Must do", "The service must ensure that controlled drugs are stored and recorded in line with legislation on the In-Patient Unit. (Regulation 12)", "Carry out weekly CD register reconciliation by two registered nurses and report discrepancies via Datix", "Director of Patient Care; Pharmacist", "Aug-24", "Completed", "Weekly audits in place since 22/07/24; no discrepancies since September"],
      ["MD2", "Must do", "The service must ensure that mental capacity assessments are completed and recorded where patients lack capacity. (Regulation 11)", "Deliver MCA and best-interest decision training to all IPU and Hospice at Home nurses", "Clinical Education Lead", "Dec-24", "Completed", "96% compliance"],
      ["MD2", "Must do", "The service must ensure that mental capacity assessments are completed and recorded where patients lack capacity. (Regulation 11)", "Add a mandatory MCA template to SystmOne for patients with fluctuating capacity", "Head of Clinical Systems", "Mar-25", "On track", "Template in testing"],
      ["SD1", "Should do", "The service should ensure that staff receive regular clinical supervision.", "Introduce a supervision log and monthly group supervision for Hospice at Home staff", "Hospice at Home Manager", "Jan-25", "Amber", "Group sessions started; 1:1 log in 60% of files"],
      ["SD2", "Should do", "The service should review how feedback from patients and families is used to improve services.", "Establish a 'You said, we did' board and a quarterly patient and family forum", "Head of Quality and Patient Safety", "Apr-25", "Not started", ""],
      ["SD3", "Should do", "The service should ensure that the Wellbeing Centre's environmental risk assessment is up to date.", "Complete the environmental and ligature risk assessment for the Wellbeing Centre", "Facilities Manager / Head of Quality and Patient Safety", "Oct-24", "Completed", "Signed off 30/10/24"],
      ["", "", "", "", "", "", "", ""],
      ["Status: Completed / On track / Amber (at risk) / Red (overdue) / Not started", "", "", "", "", "", "", ""],
    ]
    buf = io.StringIO(); csv.writer(buf, lineterminator="\r\n").writerows(rows)
    with open(os.path.join(D, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    mon = {"Aug-24": "2024-08", "Dec-24": "2024-12", "Mar-25": "2025-03", "Jan-25": "2025-01", "Apr-25": "2025-04", "Oct-24": "2025-10"}
    mon["Oct-24"] = "2024-10"
    st = {"Completed": "blue", "On track": "green", "Amber": "amber", "Not started": "unrated"}
    def L(s):
        return [x.strip() for x in s.replace(";", "/").split("/")]
    exp = [A(r[0], [r[1], r[2]], r[3], L(r[4]), mon[r[5]], st[r[6]]) for r in rows[4:10]]
    dump(name, {
      "source": "Imitates a hospice's CQC must do / should do action plan kept as a spreadsheet and exported to CSV (St Clare Hospice, Harlow, 2024-25): title and last-updated lines, a Must/Should column, the CQC finding repeated on each action row, leads as job titles (two in some cells), Mmm-YY deadlines, status words and a status key line at the bottom.",
      "reads": "Six actions answering two must-dos and three should-dos; the second must-do has two actions and its number and finding are repeated on both rows. Each action is read under 'Must do'/'Should do' and the finding.",
      "outcome": "read", "accept_refusal": False,
      "title": "St Clare Hospice – CQC Action Plan following inspection of 9-10 July 2024"}, exp)

# ---------------------------------------------------------------- 7. RQIA nursing home QIP (txt, tab-separated)
def beechlawn():
    name = "zth-beechlawn-house-nursing-home-dromore-rqia-care-inspection-qip.txt"
    reg = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
    std = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
    lines = [
      "Beechlawn House Nursing Home, Dromore – Quality Improvement Plan",
      "RQIA unannounced care inspection 4 June 2024 – Inspection ID: IN045872",
      "Registered Manager: Mrs Karen Magill",
      "",
      "\t".join(["Area for improvement", "Ref", "Stated", "Area for improvement (detail)", "Response by registered person detailing the actions taken", "Person responsible", "To be completed by", "Status"]),
      reg,
    ]
    items = [
      (reg, "1", "Regulation 13 (4)", "Second time", "The registered person shall ensure that medicines are administered as prescribed, with particular reference to thickening agents.",
       "Thickening agent recording chart introduced for all residents on modified fluids; weekly audit by the nurse in charge", "Registered Manager", "Immediate and ongoing", "Green"),
      (reg, "2", "Regulation 27 (4) (b)", "First time", "The registered person shall ensure that fire doors are not wedged open.",
       "Hold-open devices linked to the fire alarm fitted to the lounge and dining room doors; daily walk-round check", "Registered Manager & Maintenance Officer", "5 July 2024", "Complete"),
      (reg, "3", "Regulation 20 (1) (c) (i)", "First time", "The registered person shall ensure that all staff complete mandatory training in dysphagia awareness.",
       "Dysphagia awareness training booked for remaining 14 care assistants with the SEHSCT speech and language therapy team", "Deputy Manager", "31 August 2024", "Amber"),
      (std, "4", "Standard 4.9", "First time", "The registered person shall ensure that care records for residents at risk of falls are reviewed after each fall.",
       "Post-falls review template added to the care record; compliance checked in monthly care record audit", "Deputy Manager / Nurse in charge", "30 September 2024", "Green"),
      (std, "5", "Standard 44", "First time", "The registered person shall ensure that the sluice on the first floor is kept locked when not in use.",
       "Keypad lock fitted to first floor sluice", "Maintenance Officer", "By 30 June 2024", "Complete"),
    ]
    exp = []
    cur = reg
    for sec, n, ref, stated, afi, resp, who, when, stat in items:
        if sec != cur:
            lines.append(sec); cur = sec
        lines.append("\t".join([n, ref, stated, afi, resp, who, when, stat]))
    lines += ["", "*Please ensure this document is completed in full and returned via Web Portal*"]
    with open(os.path.join(D, name), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    leadmap = {"Registered Manager": ["Registered Manager"], "Registered Manager & Maintenance Officer": ["Registered Manager", "Maintenance Officer"],
               "Deputy Manager": ["Deputy Manager"], "Deputy Manager / Nurse in charge": ["Deputy Manager", "Nurse in charge"],
               "Maintenance Officer": ["Maintenance Officer"]}
    ends = {"Immediate and ongoing": (None, "Immediate and ongoing"), "5 July 2024": ("2024-07", None),
            "31 August 2024": ("2024-08", None), "30 September 2024": ("2024-09", None), "By 30 June 2024": ("2024-06", None)}
    st = {"Green": "green", "Complete": "blue", "Amber": "amber"}
    for sec, n, ref, stated, afi, resp, who, when, stat in items:
        e, et = ends[when]
        exp.append(A(n, [sec, afi], resp, leadmap[who], e, st[stat], end_text=et))
    dump(name, {
      "source": "Imitates an RQIA nursing home care inspection Quality Improvement Plan (Northern Ireland, 2024) kept as a tracker and saved as tab-separated text: home and inspection lines, the two RQIA section headings (Regulations, then Care Standards) as lines between rows, numbered areas for improvement with regulation/standard ref and 'Stated' count, the registered person's response, person responsible, 'To be completed by' date and a status word, and the RQIA return note at the end.",
      "reads": "Five areas for improvement, three under the Regulations heading and two under the Care Standards heading, each with one response (the action). Refs are the area numbers; the end is the 'To be completed by' date.",
      "outcome": "read", "accept_refusal": False,
      "title": "Beechlawn House Nursing Home, Dromore – Quality Improvement Plan"}, exp)

for f in (somerset, scas, sas, criccieth, uhsx, stclare, beechlawn):
    f()
print("done")
