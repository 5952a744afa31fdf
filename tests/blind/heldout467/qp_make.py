"""Build the seven qp- cases of set heldout467 (data files and their expected readings).

Run with /work/main/.venv/bin/python qp_make.py from any directory; files are written beside this script.
Only files whose names start with qp- are written.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILLS = {
    "blue": "5B9BD5",
    "green": "70AD47",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "navy": "1F3864",
    "pale": "DDEBF7",
}


def out(name):
    assert name.startswith("qp-")
    return os.path.join(HERE, name)


def write_expected(name, doc):
    with open(out(name) + ".expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ======================================================= 1. Churchill Medical Centre (docx)
def churchill():
    name = "qp-churchill-medical-centre-cqc-inspection-action-plan.docx"
    title = "Churchill Medical Centre – CQC Inspection Action Plan"
    rag_word = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    must12a = ("Must do – Regulation 12 Safe care and treatment: The provider must ensure care and treatment "
               "is provided in a safe way to patients, including the monitoring of patients prescribed "
               "high-risk medicines.")
    must12b = ("Must do – Regulation 12 Safe care and treatment: Ensure structured medication reviews are "
               "completed and recorded in line with national guidance.")
    should_alerts = ("Should do: Improve the system for managing safety alerts so that historic MHRA alerts are "
                     "reviewed and acted on.")
    should_screen = "Should do: Continue to improve the uptake of cervical screening and childhood immunisations."
    must17 = ("Must do – Regulation 17 Good governance: Establish effective systems to ensure oversight of staff "
              "training and recruitment checks.")
    # section -> list of (requirement, [(ref, action, lead cell, lead list, date cell, end, end_text, progress, rag)])
    sections = [
        ("Safe", [
            (must12a, [
                ("S1", "Set up weekly EMIS searches for patients prescribed DMARDs, lithium and warfarin and recall "
                       "every patient overdue blood monitoring.",
                 "Clinical Pharmacist", ["Clinical Pharmacist"], "31/08/2024", "2024-08", None,
                 "Searches live from 29/07/2024. 43 patients recalled; all seen by 22/08/2024.", "B"),
                ("S2", "Agree a prescribing protocol so that monitoring is checked before any high-risk repeat "
                       "prescription is issued.\nAudit 20 records a month for three months to confirm the "
                       "protocol is followed.",
                 "Dr P Okafor / Clinical Pharmacist", ["Dr P Okafor", "Clinical Pharmacist"], "30/09/2024",
                 "2024-09", None,
                 "Protocol approved at clinical meeting 11/09/2024. September audit 19/20 compliant; October 20/20.",
                 "G"),
            ]),
            (must12b, [
                ("S3", "Complete a structured medication review for every patient on 10 or more repeat medicines, "
                       "starting with patients aged over 75.",
                 "Dr H Whitfield (Prescribing Lead)", ["Dr H Whitfield (Prescribing Lead)"], "31/12/2024",
                 "2024-12", None,
                 "612 of 780 reviews completed at 15/11/2024; PCN pharmacist supporting two sessions a week.", "A"),
                ("S4", "Train all prescribers and the PCN pharmacists in the SMR template and the correct review codes.",
                 "Practice Manager", ["Practice Manager"], "October 2024", "2024-10", None,
                 "Training delivered at protected learning time 16/10/2024; attendance 100%.", "B"),
            ]),
            (should_alerts, [
                ("S5", "Keep a log of every MHRA alert received and the action taken; re-run searches for historic "
                       "alerts each quarter.",
                 "Deputy Practice Manager", ["Deputy Practice Manager"], "Ongoing – quarterly", None,
                 "Ongoing – quarterly",
                 "Alert log in place from August 2024. Q2 re-run found 2 patients; both reviewed.", "G"),
            ]),
        ]),
        ("Effective", [
            (should_screen, [
                ("E1", "Text and write to every woman overdue cervical screening and offer Saturday morning clinics "
                       "once a month.",
                 "Nurse Manager", ["Nurse Manager"], "31/03/2025", "2025-03", None,
                 "Saturday clinics started 5 October 2024; uptake 71.4% (target 80%).", "A"),
                ("E2", "Phone parents of children who miss an immunisation appointment and refer those who do not "
                       "respond to the health visiting team.",
                 "Nurse Manager and Reception Team Leader", ["Nurse Manager", "Reception Team Leader"],
                 "31/03/2025", "2025-03", None,
                 "Call-back list reviewed weekly; 18 referrals to health visitors since September.", "G"),
            ]),
        ]),
        ("Well-led", [
            (must17, [
                ("W1", "Move all staff training records onto one training matrix and report compliance to the "
                       "monthly partners' meeting.",
                 "Practice Manager", ["Practice Manager"], "30/09/2024", "2024-09", None,
                 "Matrix live on TeamNet; compliance 96% at October partners' meeting.", "B"),
                ("W2", "Complete DBS checks and record the immunisation status of all clinical staff, including "
                       "regular locums.",
                 "HR and Recruitment Lead", ["HR and Recruitment Lead"], "31 October 2024", "2024-10", None,
                 "3 locum DBS certificates still awaited; chased 12/11/2024.", "R"),
                ("W3", "Hold quarterly governance meetings with minutes and an action log, and invite the Patient "
                       "Participation Group chair once a year.",
                 "Managing Partner", ["Managing Partner"], "Jan 2025", "2025-01", None, "", ""),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    doc.add_paragraph("Provider: Churchill Medical Centre (GP partnership), Kingston upon Thames")
    doc.add_paragraph("Inspection: 14 May 2024 (Safe, Effective and Well-led)   Report published: 28 June 2024   "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Progress updated: 18 November 2024")

    doc.add_paragraph("Document control").runs[0].font.bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("1.0", "05/07/2024", "Practice Manager", "Draft for partners' meeting 09/07/2024"),
              ("1.1", "12/07/2024", "Practice Manager", "Agreed by partners; sent to CQC"),
              ("1.2", "18/11/2024", "Deputy Practice Manager", "Progress update for PPG and ICB primary care team")]:
        r = t.add_row()
        for c, x in zip(r.cells, v):
            c.text = x

    doc.add_paragraph("")
    doc.add_paragraph("RAG key").runs[0].font.bold = True
    k = doc.add_table(rows=1, cols=4)
    k.style = "Table Grid"
    for c, (txt, col) in zip(k.rows[0].cells, [("B – Complete", "blue"), ("G – On track", "green"),
                                               ("A – Some delay", "amber"), ("R – Off track / overdue", "red")]):
        c.text = txt
        shade(c, FILLS[col])

    actions = []
    for sec, reqs in sections:
        doc.add_heading(sec, level=1)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Responsible person", "Target date",
                                            "Progress update", "RAG"]):
            c.text = h
            shade(c, FILLS["grey"])
        bold_row(tb.rows[0])
        for req, rows in reqs:
            r = tb.add_row()
            m = r.cells[0].merge(r.cells[5])
            m.text = req
            shade(m, FILLS["pale"])
            for p in m.paragraphs:
                for run in p.runs:
                    run.font.bold = True
            for (ref, text, lead_cell, lead, date_cell, end, end_text, prog, rag) in rows:
                r = tb.add_row()
                for c, x in zip(r.cells, [ref, text, lead_cell, date_cell, prog, rag]):
                    c.text = x
                if rag:
                    shade(r.cells[5], FILLS[rag_word[rag]])
                actions.append(act(ref, [sec, req], text, lead, end, rag_word[rag], end_text))
        doc.add_paragraph("")

    doc.add_paragraph("Signed on behalf of the partners: Dr A Menon, Managing Partner      Date: 18/11/2024")
    doc.add_paragraph("Next review: partners' meeting, January 2025")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the action plan an English GP practice sends to CQC and publishes on its website after "
                  "a 'Requires improvement' inspection (Churchill Medical Centre, Kingston upon Thames, 2024; "
                  "no URL - modelled on CQC requirement-notice action plans practices publish). Copied features: "
                  "title, provider/inspection/rating lines, document-control table, RAG key table with fill colours, "
                  "one table per CQC key question (Safe, Effective, Well-led) under a heading, must-do "
                  "(regulation) and should-do rows merged across the table above their actions, S1/E1/W1 refs, "
                  "job titles and named GPs as responsible persons, RAG letters with fill, a sign-off line.",
        "reads": "A GP practice's CQC action plan in three tables, one per key question. Each table has bold merged "
                 "rows quoting a must-do (Regulation 12 or 17) or should-do requirement, followed by the numbered "
                 "actions answering it with responsible person, target date, progress and a RAG letter; ten actions "
                 "in all, one with no RAG yet.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================= 2. Northumberland FRS (docx)
def northumberland():
    name = "qp-northumberland-fire-rescue-service-hmicfrs-values-culture-recommendations-action-plan.docx"
    title = ("Northumberland Fire and Rescue Service – HMICFRS Values and Culture in Fire and Rescue Services: "
             "Action Plan")
    word = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    themes = [
        ("Theme 1: Raising concerns", [
            ("Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services provide a "
             "confidential way for staff to raise concerns and that staff are aware of whistleblowing processes.", [
                ("1.1", "Procure an independent confidential reporting line and publicise it on the intranet, station "
                        "noticeboards and payslips.",
                 "Head of HR and Organisational Development", ["Head of HR and Organisational Development"],
                 "01/10/2023", "31/01/2024", "2024-01", "Green", "Blue",
                 "Safecall contract started 8 January 2024. Launched by the Chief Fire Officer at all-staff briefings."),
                ("1.2", "Refresh the whistleblowing policy and add it to the mandatory e-learning for all staff.",
                 "Group Manager Professional Standards", ["Group Manager Professional Standards"],
                 "01/10/2023", "30/11/2024", "2024-11", "Amber", "Amber",
                 "Policy agreed with representative bodies. E-learning module being tested; 58% completion so far."),
            ]),
            ("Recommendation 3 – By 1 June 2023, chief fire officers should review the support available for those "
             "who have raised concerns and take any action needed to make sure these provisions are suitable.", [
                ("3.1", "Review the support offered to staff who raise concerns, including access to the employee "
                        "assistance programme and a named welfare contact.",
                 "Head of HR and Organisational Development", ["Head of HR and Organisational Development"],
                 "01/06/2023", "N/A", "2023-06", "Blue", "Blue",
                 "Review completed August 2023; a welfare contact is now named in every case."),
                ("3.2", "Write to each person who has raised a concern at key stages of the case, and check their "
                        "satisfaction when the case closes.",
                 "Group Manager Professional Standards; HR Business Partner",
                 ["Group Manager Professional Standards", "HR Business Partner"],
                 "01/06/2023", "31/12/2024", "2024-12", "Green", "Green",
                 "Case update letters in use since April 2024. Closure survey to start in December 2024."),
            ]),
        ]),
        ("Theme 2: Leadership and behaviours", [
            ("Recommendation 12 – By 1 March 2024, chief fire officers should make sure they have a 360-degree "
             "feedback process in place for all senior leaders and managers in their service.", [
                ("12.1", "Introduce 360-degree feedback for the strategic leadership team and all station managers "
                         "and above.",
                 "Assistant Chief Fire Officer", ["Assistant Chief Fire Officer"],
                 "01/03/2024", "30/06/2024", "2024-06", "Amber", "Blue",
                 "First cycle completed June 2024 for 34 managers."),
                ("12.2", "Extend 360-degree feedback to watch and crew managers and link the results to personal "
                         "development reviews.",
                 "Assistant Chief Fire Officer / Learning and Development Manager",
                 ["Assistant Chief Fire Officer", "Learning and Development Manager"],
                 "01/03/2024", "31/03/2025", "2025-03", "Green", "Green",
                 "Pilot with two watches at West Hartford from October 2024."),
            ]),
        ]),
        ("Theme 3: Equality, diversity and inclusion", [
            ("Recommendation 16 – By 1 October 2023, chief fire officers should make sure their equality and "
             "diversity data is accurate and complete, so they can understand the make-up of their workforce.", [
                ("16.1", "Run a data-cleanse campaign asking all staff to update their equality information on the "
                         "HR system.",
                 "EDI Officer", ["EDI Officer"],
                 "01/10/2023", "31/03/2024", "2024-03", "Amber", "Red",
                 "Declaration rate 71% against a 90% target. Second campaign planned with the representative bodies."),
                ("16.2", "Publish a workforce equality profile to the Communities and Place Overview and Scrutiny "
                         "Committee.",
                 "Head of HR and Organisational Development", ["Head of HR and Organisational Development"],
                 "01/10/2023", "", "2023-10", "Green", "Blue",
                 "First profile reported November 2023; it will be repeated each year."),
                ("16.3", "Use the equality data to set positive action targets for the 2025 wholetime recruitment "
                         "campaign.",
                 "Recruitment Manager and EDI Officer", ["Recruitment Manager", "EDI Officer"],
                 "01/10/2023", "28/02/2025", "2025-02", "Green", "Green",
                 "Targets drafted; to Strategic Leadership Team in December 2024."),
            ]),
        ]),
    ]

    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=1)
    doc.add_paragraph("Progress position: 30 September 2024")
    doc.add_paragraph("Prepared for: Communities and Place Overview and Scrutiny Committee, 6 November 2024")
    doc.add_paragraph("HMICFRS published its spotlight report 'Values and culture in fire and rescue services' on "
                      "31 March 2023. Of its 35 recommendations, 20 are for chief fire officers. This plan shows the "
                      "recommendations where the Service still has open actions or has closed actions since the last "
                      "report; the full list is on the Service's website.")

    doc.add_paragraph("Summary of progress").runs[0].font.bold = True
    counts = {"Blue": 0, "Green": 0, "Amber": 0, "Red": 0}
    for _, recs in themes:
        for _, rows in recs:
            for row in rows:
                counts[row[8]] += 1
    s = doc.add_table(rows=1, cols=2)
    s.style = "Table Grid"
    s.rows[0].cells[0].text = "Current RAG"
    s.rows[0].cells[1].text = "Number of actions"
    bold_row(s.rows[0])
    for k_, v in counts.items():
        r = s.add_row()
        r.cells[0].text = k_
        r.cells[1].text = str(v)
        shade(r.cells[0], FILLS[word[k_]])
    r = s.add_row()
    r.cells[0].text = "Total"
    r.cells[1].text = str(sum(counts.values()))
    bold_row(r)
    doc.add_paragraph("RAG key: Blue – complete; Green – on track to meet the revised date; Amber – at risk of "
                      "missing the revised date; Red – date missed.")

    actions = []
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        for rec, rows in recs:
            p = doc.add_paragraph()
            p.add_run(rec).font.bold = True
            tb = doc.add_table(rows=1, cols=8)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, ["Ref", "Action", "Owner", "Original date", "Revised date",
                                                "Previous RAG", "Current RAG", "Progress update"]):
                c.text = h
                shade(c, "C00000")
            bold_row(tb.rows[0])
            for (ref, text, owner_cell, lead, orig, rev, end, prev, cur, prog) in rows:
                r = tb.add_row()
                for c, x in zip(r.cells, [ref, text, owner_cell, orig, rev, prev, cur, prog]):
                    c.text = x
                shade(r.cells[5], FILLS[word[prev]])
                shade(r.cells[6], FILLS[word[cur]])
                actions.append(act(ref, [theme, rec], text, lead, end, word[cur]))
            doc.add_paragraph("")
    doc.add_paragraph("Report author: Head of Corporate Performance and Assurance. Background paper: HMICFRS, "
                      "Values and culture in fire and rescue services (March 2023).")
    doc.save(out(name))

    write_expected(name, {
        "source": "Imitates the HMICFRS 'Values and culture in fire and rescue services' (March 2023) action plans "
                  "that English fire and rescue services report to their authority or scrutiny committee "
                  "(e.g. Derbyshire FRS GPWG report 20 Nov 2023, https://www.derbys-fire.gov.uk/; Devon and "
                  "Somerset FRS progress page). Northumberland FRS, position September 2024. Copied features: title "
                  "heading, position/committee lines, intro paragraph, a summary-of-progress table with counts by "
                  "RAG and a total, a RAG key line, theme headings, each recommendation quoted in bold above its own "
                  "table, original and revised dates (one revised 'N/A', one blank), previous and current RAG with "
                  "word and fill, several owners in one cell, an author footer.",
        "reads": "A fire service's progress report on the HMICFRS values and culture recommendations: three themes, "
                 "each with one or two recommendations quoted in bold, and under each a table of numbered actions "
                 "with owner, original and revised dates, previous and current RAG and an update. Nine actions; the "
                 "summary table and key are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


# ======================================================= 3. BLMK ICB corporate risk register (xlsx)
def blmk():
    name = "qp-nhs-blmk-icb-corporate-risk-register-2025-26.xlsx"
    title = ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board – Corporate Risk Register 2025/26")
    status_word = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red",
                   "Not started": "unrated"}
    D = dt.datetime
    risks = [
        ("CRR01: Urgent and emergency care capacity and flow", "Chief Operating Officer",
         ("5 x 4 = 20", "red"), ("4 x 4 = 16", "red"), ("3 x 3 = 9", "amber"), [
             ("01.1", "Expand the Milton Keynes and Luton urgent community response services to take 80% of category "
                      "3 and 4 ambulance referrals for falls.",
              "Director of Urgent and Emergency Care", ["Director of Urgent and Emergency Care"],
              D(2025, 12, 31), "2025-12", None,
              "Milton Keynes live from 1 September 2025; Luton go-live slipped to November because of recruitment.",
              "At risk"),
             ("01.2", "Open the Bedford care transfer hub seven days a week, with social care and therapy in-reach.",
              "Director of Urgent and Emergency Care / Bedford Borough Council Director of Adult Social Care",
              ["Director of Urgent and Emergency Care", "Bedford Borough Council Director of Adult Social Care"],
              D(2025, 9, 30), "2025-09", None, "Seven-day working from 15 September 2025.", "Complete"),
             ("01.3", "Deliver the 2025/26 winter plan, including virtual ward capacity of 160 beds across the "
                      "system.",
              "Chief Operating Officer", ["Chief Operating Officer"], "Q4 2025/26", "2026-03", None,
              "Winter plan approved by the Board on 25 September 2025. Virtual ward at 131 beds.", "On track"),
         ]),
        ("CRR02: Delivery of the 2025/26 system financial plan", "Chief Finance Officer",
         ("5 x 5 = 25", "red"), ("4 x 5 = 20", "red"), ("3 x 4 = 12", "amber"), [
             ("02.1", "Identify and quality-impact assess schemes to close the remaining £14.2m efficiency gap.",
              "Deputy Chief Finance Officer", ["Deputy Chief Finance Officer"], D(2025, 11, 30), "2025-11", None,
              "£9.8m identified; £4.4m unidentified. Schemes go to Finance and Investment Committee in November.",
              "At risk"),
             ("02.2", "Introduce a system-wide vacancy control panel covering all NHS providers and the ICB.",
              "Chief People Officer and Chief Finance Officer", ["Chief People Officer", "Chief Finance Officer"],
              D(2025, 7, 31), "2025-07", None, "Panel meeting weekly since 14 July 2025.", "Complete"),
             ("02.3", "Review all continuing healthcare packages costing more than £3,000 a week and agree a "
                      "plan for each.",
              "Director of Nursing (CHC and Safeguarding)", ["Director of Nursing (CHC and Safeguarding)"],
              D(2025, 9, 30), "2025-09", None,
              "Review 60% complete; delayed by vacancies in the CHC team.", "Overdue"),
         ]),
        ("CRR03: Cyber security and resilience of ICB and GP IT systems", "Chief Digital and Information Officer",
         ("4 x 5 = 20", "red"), ("3 x 5 = 15", "red"), ("2 x 5 = 10", "amber"), [
             ("03.1", "Complete the 2025/26 Data Security and Protection Toolkit submission to 'Standards met'.",
              "Head of Information Governance", ["Head of Information Governance"], D(2026, 6, 30), "2026-06", None,
              "Evidence gathering started; on course for the June 2026 deadline.", "On track"),
             ("03.2", "Run a cyber incident exercise with GP practices in each place and test their business "
                      "continuity plans.",
              "Chief Digital and Information Officer; EPRR Manager",
              ["Chief Digital and Information Officer", "EPRR Manager"], "Ongoing – quarterly", None,
              "Ongoing – quarterly",
              "Bedford exercise held 17 September 2025; Luton and Milton Keynes in Q3.", "On track"),
         ]),
        ("CRR04: Delivery of the ICB Model Blueprint and 50% reduction in running costs", "Chief Executive",
         ("4 x 4 = 16", "red"), ("4 x 4 = 16", "red"), ("2 x 4 = 8", "green"), [
             ("04.1", "Consult staff on the new ICB structure and complete the organisational change process.",
              "Chief People Officer", ["Chief People Officer"], D(2026, 1, 31), "2026-01", None,
              "Consultation opens 6 October 2025; timetable agreed with staff side.", "On track"),
             ("04.2", "Agree with NHS England and neighbouring ICBs which functions transfer to providers and "
                      "regions.",
              "Chief Executive", ["Chief Executive"], "TBC", None, "TBC",
              "Awaiting national guidance on the transfer of functions.", "Not started"),
             ("04.3", "Put in place a staff wellbeing and retention offer for the period of change.",
              "Chief People Officer", ["Chief People Officer"], D(2025, 12, 31), "2025-12", None,
              "Wellbeing hub and EAP sessions launched 15 September 2025.", "On track"),
         ]),
    ]

    wb = Workbook()
    cv = wb.active
    cv.title = "Cover and key"
    cv["A1"] = title
    cv["A1"].font = Font(bold=True, size=14, color="005EB8")
    rows = [("Version", "Q2 2025/26 – v2.3"), ("Position at", D(2025, 9, 30)),
            ("Reported to", "Audit and Risk Committee, 21 October 2025"),
            ("Risk management lead", "Head of Governance and Risk"),
            ("Next review", "Q3 2025/26 – Board, 28 January 2026")]
    for i, (a, b) in enumerate(rows, start=3):
        cv.cell(i, 1, a).font = Font(bold=True)
        c = cv.cell(i, 2, b)
        if isinstance(b, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    cv["A10"] = "Risk scoring (Likelihood x Consequence)"
    cv["A10"].font = Font(bold=True)
    cv["A11"], cv["B11"], cv["C11"] = "1–6", "8–12", "15–25"
    cv["A12"], cv["B12"], cv["C12"] = "Low / moderate", "High", "Extreme"
    cv["A11"].fill = fill(FILLS["green"])
    cv["B11"].fill = fill(FILLS["amber"])
    cv["C11"].fill = fill(FILLS["red"])
    cv["A14"] = "Action status key"
    cv["A14"].font = Font(bold=True)
    for i, (w, col) in enumerate([("Complete", "blue"), ("On track", "green"), ("At risk", "amber"),
                                  ("Overdue", "red"), ("Not started", None)], start=15):
        c = cv.cell(i, 1, w)
        if col:
            c.fill = fill(FILLS[col])
    cv.column_dimensions["A"].width = 30
    cv.column_dimensions["B"].width = 45

    ws = wb.create_sheet("CRR Q2 2025-26")
    ws["A1"] = "Corporate Risk Register – Q2 2025/26 position"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Risks with a current score of 15 or more are reported to the Board. Scores are Likelihood x "
                "Consequence. Action status uses the key on the Cover and key sheet.")
    ws.merge_cells("A2:K2")
    heads = ["Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Ref",
             "Further actions to reduce the risk", "Action owner", "Due date", "Progress update", "Action status"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    actions = []
    for (risk, owner, inh, cur, tgt, acts) in risks:
        top = r
        for (ref, text, lead_cell, lead, due, end, end_text, prog, st) in acts:
            vals = {6: ref, 7: text, 8: lead_cell, 9: due, 10: prog, 11: st}
            for j, v in vals.items():
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status_word[st] != "unrated":
                ws.cell(r, 11).fill = fill(FILLS[status_word[st]])
            actions.append(act(ref, [risk], text, lead, end, status_word[st], end_text))
            r += 1
        for j, v in enumerate([risk, owner, inh[0], cur[0], tgt[0]], start=1):
            c = ws.cell(top, j, v)
            c.alignment = WRAP
            c.border = BOX
            if j >= 3:
                c.fill = fill(FILLS[[inh, cur, tgt][j - 3][1]])
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=j, end_row=r - 1, end_column=j)
        ws.cell(top, 1).font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [30, 22, 11, 11, 11, 7, 50, 30, 13, 45, 13]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    hm = wb.create_sheet("Heat map")
    hm["A1"] = "Current risk scores – Q2 2025/26"
    hm["A1"].font = Font(bold=True)
    hm["A3"] = "Likelihood \\ Consequence"
    for j in range(1, 6):
        hm.cell(3, j + 1, j).font = Font(bold=True)
    for i, l in enumerate(range(5, 0, -1)):
        hm.cell(4 + i, 1, l).font = Font(bold=True)
    hm["E5"] = "CRR01, CRR04"   # likelihood 4, consequence 4
    hm["F5"] = "CRR02"          # likelihood 4, consequence 5
    hm["F6"] = "CRR03"          # likelihood 3, consequence 5
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an English ICB corporate risk register as taken to its Audit and Risk Committee or Board "
                  "(NHS Bedfordshire, Luton and Milton Keynes ICB, Q2 2025/26; modelled on ICB board papers, no "
                  "single URL). Copied features: a cover sheet with title, version and reporting details, a score "
                  "band key and an action status key; a register sheet with risk, owner and inherent/current/target "
                  "scores merged down over each risk's further actions, score cells filled red/amber/green, numbered "
                  "actions with owner, due date (dates, a 'Q4 2025/26' cell, 'Ongoing – quarterly', 'TBC'), progress "
                  "and a status word with fill colour; a heat map sheet.",
        "reads": "A corporate risk register of four risks, each with two or three further actions to reduce it. "
                 "The risk cells are merged down beside the actions; each action has a ref, owner, due date, update "
                 "and a status word (Complete, On track, At risk, Overdue, Not started) coloured as the cover sheet "
                 "key says. Eleven actions; the cover and heat map sheets hold none.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================= 4. Cornwall College Group QIP (xlsx)
def cornwall():
    name = "qp-cornwall-college-group-quality-improvement-plan-2025-26.xlsx"
    title = "Cornwall College Group – Quality Improvement Plan 2025–26"
    D = dt.datetime
    # fill colour -> status word
    themes = [
        ("Theme 1: Achievement", [
            ("AFI 1 – Achievement of 16–18 learners on level 3 programmes is below the national rate "
             "(2024–25: 81.6% against 84.2%).", [
                ("1.1", "Review every level 3 learner's progress at six-weekly progress boards and put a support "
                        "plan in place for each learner at risk of not achieving.",
                 "Curriculum Directors", ["Curriculum Directors"],
                 "At-risk learners identified by October half term; 90% of them on a support plan.",
                 "Autumn term 2025", "2025-12", None, "green", "blue",
                 "Support plans in place for 212 of 224 at-risk learners (95%)."),
                ("1.2", "Introduce mock assessment weeks in December and March for all level 3 vocational "
                        "programmes.",
                 "Head of Quality / Curriculum Directors", ["Head of Quality", "Curriculum Directors"],
                 "Mock results used to re-grade predicted outcomes; predicted achievement at or above 84%.",
                 "Mar-26", "2026-03", None, "green", "green",
                 "December mocks held on all campuses; March mocks timetabled."),
            ]),
            ("AFI 2 – Too few apprentices complete their programme by their planned end date (timely achievement "
             "2024–25: 52.3%).", [
                ("2.1", "Hold monthly three-way reviews with each apprentice and employer, recorded on OneFile, with "
                        "clear targets for off-the-job training.",
                 "Director of Apprenticeships", ["Director of Apprenticeships"],
                 "100% of apprentices have a review in the last 35 days.", "Termly", None, "Termly",
                 "amber", "green", "Review compliance 93% in February (October: 78%)."),
                ("2.2", "Set up a weekly 'break in learning and withdrawals' panel to track apprentices who are past "
                        "their planned end date.",
                 "Director of Apprenticeships and MIS Manager", ["Director of Apprenticeships", "MIS Manager"],
                 "Out-of-funding apprentices reduced to below 5% of the caseload.", D(2025, 11, 30), "2025-11",
                 None, "green", "blue", "Panel running since 10 November 2025; out-of-funding now 4.1%."),
                ("2.3", "Book end-point assessments at least three months before each apprentice reaches gateway.",
                 "EPA Coordinator", ["EPA Coordinator"],
                 "No apprentice waits more than 6 weeks from gateway to EPA.", "Summer term 2026", "2026-07", None,
                 None, "amber", "Booking tracker built; two EPAOs still have long waits for construction standards."),
            ]),
        ]),
        ("Theme 2: Curriculum and teaching", [
            ("AFI 3 – Teachers do not consistently check learners' understanding before moving on to new topics.", [
                ("3.1", "Run a coaching programme, led by the advanced practitioners, for every teacher identified as "
                        "'developing' in teaching and learning walks.",
                 "Head of Teaching, Learning and Assessment", ["Head of Teaching, Learning and Assessment"],
                 "80% of coached teachers judged 'secure' at their follow-up walk.", "Feb 2026", "2026-02", None,
                 "green", "amber", "31 of 44 teachers coached; follow-up walks for 12 still to do."),
                ("3.2", "Make retrieval practice and questioning the focus of the January 2026 staff development day.",
                 "Head of Teaching, Learning and Assessment", ["Head of Teaching, Learning and Assessment"],
                 "Learning walks show checking of understanding in at least 75% of sessions.", "Jan-26", "2026-01",
                 None, "green", "blue", "Staff development day held 5 January 2026; 96% attendance."),
            ]),
            ("AFI 4 – Learners' English and maths skills are not developed well enough in vocational lessons.", [
                ("4.1", "Map English and maths into every study programme scheme of work and check it in learning "
                        "walks.",
                 "Head of English and Maths", ["Head of English and Maths"],
                 "All schemes of work show planned English and maths content.", "Autumn term 2025", "2025-12", None,
                 "amber", "red", "Mapping complete for 14 of 23 curriculum areas."),
                ("4.2", "Raise GCSE resit attendance to 85% through same-day absence calls and attendance panels.",
                 "Head of English and Maths; Student Services Manager",
                 ["Head of English and Maths", "Student Services Manager"],
                 "GCSE attendance at 85% or above.", D(2026, 7, 31), "2026-07", None, "amber", "amber",
                 "Attendance 79.8% year to date (2024–25: 74.5%)."),
            ]),
        ]),
        ("Theme 3: Participation and development", [
            ("AFI 5 – Not enough learners take part in meaningful work experience or industry placements.", [
                ("5.1", "Secure an industry placement for every T Level learner, tracked on the placement tracker.",
                 "Employer Engagement Manager", ["Employer Engagement Manager"],
                 "100% of T Level learners complete their placement hours.", D(2026, 4, 30), "2026-04", None,
                 "green", "green", "Placements confirmed for 118 of 126 learners."),
                ("5.2", "Give every full-time learner a personal development plan that includes work-related "
                        "activity, reviewed by tutors at each progress board.",
                 "Assistant Principal – Student Experience", ["Assistant Principal – Student Experience"],
                 "85% of full-time learners complete work-related activity.", "Ongoing", None, "Ongoing",
                 None, "green", "Plans launched in January on the learner app."),
            ]),
        ]),
    ]

    wb = Workbook()
    ws = wb.active
    ws.title = "QIP 2025-26"
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="00857C")
    ws["A2"] = "Curriculum and Quality Directorate – all campuses (Camborne, Bicton, Duchy, Newquay, St Austell)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = ("Spring review – position at 13 March 2026. Reviewed by the Quality and Standards Committee. "
                "Areas for improvement (AFI) are taken from the Self-Assessment Report 2024–25.")
    ws.merge_cells("A3:H3")
    ws["A4"] = "RAG key:"
    ws["A4"].font = Font(bold=True)
    for col, (w, f) in zip("BCDEF", [("Complete", "blue"), ("On track", "green"), ("Some slippage", "amber"),
                                      ("Off track", "red"), ("Not yet started", None)]):
        ws[f"{col}4"] = w
        if f:
            ws[f"{col}4"].fill = fill(FILLS[f])
    heads = ["Ref", "Actions", "Lead(s)", "Success measure / impact", "By when", "Autumn review",
             "Spring review", "Progress commentary (Spring)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(6, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("00857C")
        c.alignment = WRAP
        c.border = BOX
    r = 7
    actions = []
    for theme, afis in themes:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF", size=12)
        ws.cell(r, 1).fill = fill(FILLS["navy"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for afi, rows in afis:
            ws.cell(r, 1, afi).font = Font(bold=True)
            ws.cell(r, 1).fill = fill(FILLS["pale"])
            ws.cell(r, 1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            for (ref, text, lead_cell, lead, measure, when, end, end_text, aut, spr, comm) in rows:
                for j, v in enumerate([ref, text, lead_cell, measure, when, None, None, comm], start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if aut:
                    ws.cell(r, 6).fill = fill(FILLS[aut])
                ws.cell(r, 7).fill = fill(FILLS[spr])
                actions.append(act(ref, [theme, afi], text, lead, end, spr, end_text))
                r += 1
                if ref == "4.1":
                    c = ws.cell(r, 8, "Learning walks in February found planned English and maths in 4 of 11 "
                                      "sessions seen; Head of English and Maths meeting each curriculum director.")
                    c.alignment = WRAP
                    r += 1
    r += 1
    ws.cell(r, 1, "Notes: RAG colours are agreed at the termly QIP review meeting. Actions rated Complete in the "
                  "Spring review will be removed from the Summer version.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    for col, w in zip("ABCDEFGH", [8, 55, 28, 40, 16, 10, 10, 50]):
        ws.column_dimensions[col].width = w

    vc = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Change", "By"),
                             ("1.0", "08/12/2025", "QIP agreed with SAR", "Vice Principal Quality"),
                             ("1.1", "16/01/2026", "Autumn review RAG added", "Head of Quality"),
                             ("1.2", "13/03/2026", "Spring review RAG and commentary", "Head of Quality")], start=1):
        for j, v in enumerate(row, start=1):
            vc.cell(i, j, v)
    wb.save(out(name))

    write_expected(name, {
        "source": "Imitates an English FE college Quality Improvement Plan drawn from its self-assessment report "
                  "and reviewed termly by governors (Cornwall College Group, 2025–26; modelled on published college "
                  "QIPs and the FE News/Mesma guidance on QIPs, https://www.fenews.co.uk/exclusive/"
                  "improvement-planning-get-it-write/). Copied features: college name and plan title lines, review "
                  "position line, a fill-colour RAG key, theme rows merged across the sheet, AFI rows quoting the "
                  "area for improvement, numbered actions with leads, success measure, term/month/date 'by when' "
                  "cells (Autumn term, Summer term, Termly, Ongoing, Mar-26, dates), Autumn and Spring review columns "
                  "coloured with no text, a commentary continuation row, a notes line, a version-control sheet.",
        "reads": "A college QIP in three themes with five areas for improvement, each followed by its numbered "
                 "actions. The RAG is shown only as cell colour in an Autumn review and a Spring review column; the "
                 "Spring colour is the current status (blue = complete by the key). Eleven actions; the row holding "
                 "only more commentary for 4.1 is not an action.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================= 5. Leeds Beckett IA tracker (xlsx, refuse)
def leeds_beckett():
    name = "qp-leeds-beckett-university-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"
    title = "Leeds Beckett University – Internal Audit Recommendations Tracker"
    D = dt.datetime
    audits = [
        ("Student Attendance Monitoring and UKVI Compliance (2024/25)", [
            ("1", "High", "The University should review attendance data for sponsored Student route students weekly "
                          "and escalate non-engagement in line with its UKVI sponsor duties.",
             "A weekly attendance report for all sponsored students will be produced, with escalation to the "
             "Compliance team after two weeks' non-engagement.",
             "Head of Student Immigration Compliance", D(2025, 7, 31), "Dec 2025", "In progress",
             "Report live for three schools; remaining schools from January."),
            ("2", "Medium", "Attendance monitoring procedures should be documented and training given to school "
                            "administrators.",
             "Procedure to be written and training delivered to all school administration teams.",
             "Head of Student Immigration Compliance", D(2025, 9, 30), "—", "Complete",
             "Procedure published September 2025; 41 staff trained."),
        ]),
        ("Cyber Security – Patch Management (2024/25)", [
            ("1", "High", "Critical and high-severity patches should be applied to servers within the timescales set "
                          "in the Vulnerability Management Standard.",
             "Monthly patch compliance reporting to the Digital Services leadership team, with exceptions "
             "risk-accepted by the CIO.",
             "Head of Infrastructure", D(2025, 6, 30), "Oct 2025", "Complete",
             "Compliance report in place from October; 97% of servers within timescale."),
            ("2", "Medium", "Unsupported operating systems should be identified and a replacement plan agreed.",
             "Produce an inventory of unsupported systems and agree a replacement or isolation plan for each.",
             "Head of Infrastructure / Enterprise Architect", D(2025, 10, 31), "Febuary 2026", "In progress",
             "Inventory complete (26 systems). Plans agreed for 19."),
            ("3", "Low", "The patching exception log should record the business owner's approval.",
             "Add business owner approval field to the exception log.",
             "IT Service Manager", D(2025, 8, 31), "—", "Complete", "Field added August 2025."),
        ]),
        ("Research Grant Expenditure (2023/24)", [
            ("1", "Medium", "Expenditure charged to research grants should be reviewed by the principal investigator "
                            "before each funder claim.",
             "Quarterly PI sign-off of grant expenditure statements before claims are submitted.",
             "Director of Research Finance", D(2024, 12, 31), "Mar 2026", "In progress",
             "Sign-off in place for UKRI grants; charity and EU grants to follow."),
            ("2", "Medium", "Staff time charged to grants should be supported by timesheets where the funder "
                            "requires them.",
             "Timesheet process to be introduced for Horizon Europe and other funders that require them.",
             "Director of Research Finance; Head of Research Office", D(2025, 3, 31), "Jan 2026", "Overdue",
             "Timesheet template agreed; system build delayed."),
        ]),
        ("Accounts Payable (2024/25)", [
            ("1", "Medium", "Changes to supplier bank details should be independently verified by telephone using "
                            "contact details already held.",
             "Call-back verification to be recorded in the finance system for every bank detail change.",
             "Head of Financial Operations", D(2025, 5, 31), "—", "Complete",
             "Verification field mandatory from May 2025."),
        ]),
    ]

    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = title
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Summary for Audit Committee – 25 November 2025"
    summary_rows = [("Priority", "Complete", "In progress", "Overdue", "Total")]
    counts = {}
    for _, recs in audits:
        for rec in recs:
            counts.setdefault(rec[1], {"Complete": 0, "In progress": 0, "Overdue": 0})[rec[7]] += 1
    for p in ["High", "Medium", "Low"]:
        c = counts.get(p, {"Complete": 0, "In progress": 0, "Overdue": 0})
        summary_rows.append((p, c["Complete"], c["In progress"], c["Overdue"], sum(c.values())))
    tot = ["Total"] + [sum(r[i] for r in summary_rows[1:]) for i in range(1, 5)]
    summary_rows.append(tuple(tot))
    for i, row in enumerate(summary_rows, start=4):
        for j, v in enumerate(row, start=1):
            c = sm.cell(i, j, v)
            c.border = BOX
            if i == 4 or row[0] == "Total":
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Tracker")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Audit Committee – 25 November 2025. Open recommendations and those closed since the last meeting.")
    heads = ["Rec no.", "Priority", "Recommendation", "Agreed management action", "Responsible officer",
             "Original target date", "Revised target date", "Status", "Update (November 2025)"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("5A1E58")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    typo_row = None
    status_fill = {"Complete": "blue", "In progress": "amber", "Overdue": "red"}
    for audit, recs in audits:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill(FILLS["grey"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for rec in recs:
            for j, v in enumerate(rec, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = fill(FILLS[status_fill[rec[7]]])
            if rec[6] == "Febuary 2026":
                typo_row = r
            r += 1
    for col, w in zip("ABCDEFGHI", [8, 9, 45, 45, 28, 12, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(out(name))
    assert typo_row is not None

    write_expected(name, {
        "source": "Imitates a university internal audit recommendations follow-up tracker taken to the Audit "
                  "Committee (Leeds Beckett University, November 2025; modelled on English university audit "
                  "committee papers, no single URL). Copied features: summary sheet with counts by priority and "
                  "status and totals; tracker sheet with title and meeting line, audit names as grey merged rows, "
                  "rec numbers restarting per audit, priority, recommendation and agreed management action, "
                  "responsible officer (two in one cell in places), original target date as a date and revised "
                  "target date as month text ('—' when not revised), status with fill colour, update column.",
        "reads": "An audit recommendations tracker grouped by audit, each recommendation with its agreed action, "
                 "officer, original and revised dates and status. The revised target date for Cyber Security – "
                 "Patch Management recommendation 2 reads 'Febuary 2026', a mistyped month in the end cell; a "
                 "careful reader stops there and asks which month was meant rather than guess.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": typo_row,
        "title": title,
    })
    return name, 0


# ======================================================= 6. Norfolk OPCC PAF action log (csv)
def norfolk():
    name = "qp-norfolk-opcc-police-accountability-forum-action-log.csv"
    title = "OPCC for Norfolk – Police Accountability Forum (PAF) – Action Log"
    rag = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    meetings = [
        ("PAF – 21 January 2025", [
            ("PAF01/25", "5.1", "Provide the Commissioner with a breakdown of 101 call abandonment rates by hour of "
                                "day for the last 12 months.",
             "ACC Local Policing", ["ACC Local Policing"], "18/03/2025", "2025-03", None, "B",
             "Presented at March PAF. Closed."),
            ("PAF02/25", "6.3", "Share the force's plan to reduce the backlog of digital devices awaiting forensic "
                                "examination, with a monthly trajectory.",
             "ACC Crime and Justice", ["ACC Crime and Justice"], "20/05/2025", "2025-05", None, "A",
             "Trajectory shared; backlog down from 1,210 to 960 devices but above the target of 600. Update to "
             "September PAF."),
        ]),
        ("PAF – 18 March 2025", [
            ("PAF03/25", "4.2", "Report on the clearance times of the joint Norfolk and Suffolk vetting unit and the "
                                "plan to clear the backlog.",
             "DCC", ["DCC"], "15/07/2025", "2025-07", None, "B",
             "Reported at July PAF; clearance times now within 30 days for 88% of applications."),
            ("PAF04/25", "5.1", "Set out how the Neighbourhood Policing Guarantee will be met in each district, "
                                "including named officer contacts published online.",
             "ACC Local Policing / OPCC Head of Policy", ["ACC Local Policing", "OPCC Head of Policy"], "Jul-25",
             "2025-07", None, "R",
             "Named contacts live for 5 of 7 districts. The other two are delayed by the review of Safer "
             "Neighbourhood Teams."),
            ("PAF05/25", "7.0", "Provide a short briefing on the use of stop and search on children under 18, "
                                "including outcomes and complaints.",
             "Chief Constable", ["Chief Constable"], "20/05/2025", "2025-05", None, "B",
             "Briefing circulated 12/05/2025."),
        ]),
        ("PAF – 20 May 2025", [
            ("PAF06/25", "3.4", "Confirm the 2024/25 capital programme slippage and the revised profile for the "
                                "control room technology upgrade.",
             "Director of Finance (Force) and OPCC Chief Finance Officer",
             ["Director of Finance (Force)", "OPCC Chief Finance Officer"], "15/07/2025", "2025-07", None, "B",
             "Included in the outturn report to July PAF."),
            ("PAF07/25", "4.1", "Bring a report on rural crime and Operation Randall performance against the Police "
                                "and Crime Plan measures.",
             "Rural Crime Superintendent", ["Rural Crime Superintendent"], "Next PAF – 16 September 2025",
             "2025-09", None, "G", "Report drafted."),
        ]),
        ("PAF – 15 July 2025", [
            ("PAF08/25", "5.2", "Provide the action plan and timescales for improving the timeliness of outcomes for "
                                "domestic abuse offences.",
             "ACC Crime and Justice", ["ACC Crime and Justice"], "Ongoing", None, "Ongoing", "G",
             "Monthly update to the Commissioner's performance meeting."),
            ("PAF09/25", "6.1", "Circulate the Q1 2025/26 victim satisfaction survey results to PAF members.",
             "OPCC Performance and Scrutiny Manager", ["OPCC Performance and Scrutiny Manager"], "30/09/2025",
             "2025-09", None, "", ""),
        ]),
    ]
    rows = [[title, "", "", "", "", "", ""],
            ["Exported 02/09/2025 from the OPCC actions register", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Ref", "Minute", "Action", "Lead", "Due date", "RAG", "Update"]]
    actions = []
    for meeting, acts in meetings:
        rows.append([meeting, "", "", "", "", "", ""])
        for (ref, minute, text, lead_cell, lead, due, end, end_text, r, upd) in acts:
            rows.append([ref, minute, text, lead_cell, due, r, upd])
            actions.append(act(ref, [meeting], text, lead, end, rag[r], end_text))
    rows += [["", "", "", "", "", "", ""],
             ["Key: B = complete (removed after the next meeting); G = on track; A = some delay; "
              "R = overdue or off track", "", "", "", "", "", ""],
             ["Next meeting: 16 September 2025, OPCC offices, Wymondham", "", "", "", "", "", ""]]
    with open(out(name), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)

    write_expected(name, {
        "source": "Imitates the action log of a Police and Crime Commissioner's public accountability meeting with "
                  "the Chief Constable (Norfolk OPCC Police Accountability Forum, 2025), as exported from a "
                  "spreadsheet to CSV; modelled on OPCC holding-to-account pages such as "
                  "https://www.westmercia-pcc.gov.uk/performance-information/police-performance-holding-to-account/. "
                  "Copied features: title and export lines, a meeting row over each meeting's actions, PAF action "
                  "refs and minute numbers, ACC/DCC posts as leads (two posts in one cell), due dates as dates, "
                  "'Jul-25', 'Next PAF – date' and 'Ongoing', RAG letters, a key line and next-meeting line.",
        "reads": "A PCC accountability forum action log in CSV, grouped under a row per meeting, each action with a "
                 "ref, minute number, lead, due date, RAG letter and update. Nine actions; the title, export, key "
                 "and next-meeting lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


# ======================================================= 7. Clarion Awaab's Law highlight report (txt)
def clarion():
    name = "qp-clarion-housing-group-awaabs-law-programme-highlight-report.txt"
    title = "Clarion Housing Group – Awaab’s Law Implementation Programme: Highlight Report"
    rag = {"C": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}
    workstreams = [
        ("Workstream 1 – Policy and process", [
            ("1.1", "Approve the Awaab’s Law hazards policy and update the repairs policy and tenancy agreement "
                    "wording", "Head of Regulatory Compliance", ["Head of Regulatory Compliance"],
             "30/09/2025", "30/09/2025", "2025-09", None, "C", "Approved by the Board on 24 September 2025."),
            ("1.2", "Publish a resident guide to the new repair timescales in print and online",
             "Head of Resident Communications", ["Head of Resident Communications"], "27/10/2025", "15/12/2025",
             "2025-12", None, "A", "Online guide live. Print version delayed by translation into six languages."),
        ]),
        ("Workstream 2 – Systems and data", [
            ("2.1", "Configure the repairs system with hazard flags and the 10 working day and 24 hour timers",
             "Head of Digital Products / Repairs Systems Lead", ["Head of Digital Products", "Repairs Systems Lead"],
             "13/10/2025", "13/10/2025", "2025-10", None, "C", "Live on 13 October 2025."),
            ("2.2", "Build the Awaab’s Law compliance dashboard for the Executive Committee and Board",
             "Head of Data and Insight", ["Head of Data and Insight"], "31/10/2025", "31/01/2026", "2026-01", None,
             "A", "Contractor job closure data incomplete; interim manual report in place."),
            ("2.3", "Move the damp and mould case tracker into the main housing management system",
             "Head of Digital Products", ["Head of Digital Products"], "30/11/2025", "Q1 2026/27", "2026-06", None,
             "R", "Supplier release slipped to spring 2026. Escalated to the Chief Digital Officer."),
        ]),
        ("Workstream 3 – Operational readiness", [
            ("3.1", "Recruit 24 additional damp and mould surveyors", "Director of Repairs", ["Director of Repairs"],
             "30/09/2025", "31/12/2025", "2025-12", None, "A", "19 in post; 5 offers made."),
            ("3.2", "Agree emergency hazard response terms with the repairs contractor in each region",
             "Head of Procurement; Regional Repairs Directors", ["Head of Procurement", "Regional Repairs Directors"],
             "27/10/2025", "27/10/2025", "2025-10", None, "C", "Contract variations signed with all contractors."),
            ("3.3", "Train all frontline housing and repairs staff to identify and report hazards",
             "Head of Learning and Development", ["Head of Learning and Development"], "27/10/2025", "31/12/2025",
             "2025-12", None, "G", "3,412 of 3,960 staff trained (86%)."),
        ]),
        ("Workstream 4 – Phase 2 readiness", [
            ("4.1", "Complete a gap analysis for the additional HHSRS hazards in scope from 2026",
             "Head of Regulatory Compliance", ["Head of Regulatory Compliance"], "Jan 2026", "Jan 2026", "2026-01",
             None, "G", "Analysis under way for excess cold and heat, and structural collapse."),
            ("4.2", "Model the cost and staffing impact of Phase 2 for the 2026/27 budget",
             "Director of Finance – Property", ["Director of Finance – Property"], "28/02/2026", "", "2026-02", None,
             "", "Not started – depends on 4.1."),
        ]),
    ]
    lines = [
        title,
        "Reporting period:\t1–30 November 2025",
        "Report to:\tExecutive Committee, 9 December 2025",
        "Programme sponsor:\tChief Property Officer",
        "Overall status:\tPrevious: A\tCurrent: A",
        "",
        "RAG key:\tG = on track\tA = at risk, recoverable\tR = off track, needs escalation\tC = complete",
        "",
        "Summary",
        "Phase 1 of Awaab’s Law (damp and mould and emergency hazards) came into force on 27 October 2025. Go-live "
        "was achieved on time; 87% of investigations in the first month were completed within 10 working days.",
        "",
        "Milestones and actions",
        "Ref\tMilestone / action\tOwner\tBaseline date\tForecast date\tRAG\tCommentary",
    ]
    actions = []
    for ws_, rows in workstreams:
        lines.append(ws_)
        for (ref, text, owner_cell, lead, base, fc, end, end_text, r, comm) in rows:
            lines.append("\t".join([ref, text, owner_cell, base, fc, r, comm]))
            actions.append(act(ref, [ws_], text, lead, end, rag[r], end_text))
    lines += [
        "",
        "Key risks and issues",
        "Risk / issue\tMitigation",
        "Contractor capacity in London over the winter peak\tCall-off arrangements agreed with two additional "
        "contractors",
        "Residents not reporting hazards because they expect to be blamed\tNo-blame message in all resident "
        "communications and surveyor scripts",
        "",
        "Decisions required from the Executive Committee:\tNone this period",
        "Next report:\tJanuary 2026",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    write_expected(name, {
        "source": "Imitates a housing association programme highlight report to its executive (Clarion Housing "
                  "Group, Awaab's Law implementation, November 2025), exported as tab-separated text; modelled on "
                  "social landlords' Awaab's Law readiness reporting and the government's timescales consultation "
                  "(https://www.gov.uk/government/consultations/awaabs-law-consultation-on-timescales-for-repairs-"
                  "in-the-social-rented-sector). Copied features: title, period/report-to/sponsor lines, previous "
                  "and current overall status, a RAG key with C = complete, a summary paragraph, a milestones table "
                  "with workstream lines over numbered milestones, baseline and forecast dates (one forecast 'Q1 "
                  "2026/27', one blank), RAG letters, a key risks table with mitigations only, decisions and "
                  "next-report lines.",
        "reads": "A programme highlight report whose milestones table lists ten numbered actions under four "
                 "workstream lines, each with owner, baseline and forecast date and a RAG letter (C = complete by "
                 "the key, so blue). The forecast date is the end where given. The key risks table and the header "
                 "lines are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": actions,
    })
    return name, len(actions)


if __name__ == "__main__":
    for fn in (churchill, northumberland, blmk, cornwall, leeds_beckett, norfolk, clarion):
        n, k = fn()
        print(f"{n}: {k} actions")
