"""Build the seven zpe- blind test files (set heldout722).

Run:  /work/main/.venv/bin/python zpe_make.py
Writes the data files beside this script. The plan content lives in the
data structures below (PLANS), so the expected readings can be checked
against exactly the text that goes into each file.
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
D = dt.datetime

FILL = {
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
}


def solid(hex_colour):
    return PatternFill(fill_type="solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------
# 1. Merseyside Police - HMICFRS public disorder inspection tracker (xlsx)
# ---------------------------------------------------------------------------
MERSEY_TITLE = "Merseyside Police – HMICFRS Public Disorder Inspection: Recommendations Tracker"
MERSEY = [
    {
        "band": "TRANCHE 1 – Public order public safety capacity, mobilisation and officer well-being (published 18 December 2024)",
        "recs": [
            {
                "rec": "Recommendation 1: By 30 June 2025, chief constables should review their force's public order public safety strategic threat and risk assessment so that it reflects the risk of serious disorder that spreads quickly across force boundaries.",
                "actions": [
                    ["T1-1.1", "Refresh the POPS strategic threat and risk assessment (STRA) to include learning from the July and August 2024 disorder in Southport and Liverpool city centre.", "Superintendent (Operational Planning)", D(2025, 4, 30), D(2025, 6, 30), "STRA refreshed and approved at Force Operational Board on 11/06/2025.", "amber", "blue"],
                    ["T1-1.2", "Set a six-monthly review of the STRA through Force Operational Board, with the OPCC invited to observe.", "Chief Inspector (Operational Planning)", D(2025, 12, 31), None, "First review scheduled for the December 2025 Force Operational Board.", "green", "green"],
                ],
            },
            {
                "rec": "Recommendation 2: By 31 December 2025, chief constables should make sure their force has enough trained public order officers and commanders to meet both local demand and its agreed contribution to the national mobilisation plan.",
                "actions": [
                    ["T1-2.1", "Complete a POPS capacity review against the Strategic Policing Requirement and the North West regional mutual aid commitment.", "Superintendent (Operational Planning) / Head of Workforce Planning", D(2025, 10, 31), None, "Review 80% complete; draft findings to Force Assurance Board in October 2025.", "green", "green"],
                    ["T1-2.2", "Deliver two additional level 2 public order training courses in 2025/26 and reduce the number of officers whose public order accreditation has lapsed.", "Head of Learning & Development", D(2025, 8, 31), D(2026, 1, 31), "First course delivered July 2025 (18 officers). Second course moved to January 2026 because of trainer availability.", "green", "amber"],
                    ["T1-2.3", "Increase the pool of accredited public order commanders (Gold, Silver and Bronze) and POPS advisers, and publish a commander rota that gives 24/7 cover.", "ACC Operations", D(2026, 3, 31), None, "Four Bronze and two Silver commanders in training; draft rota circulated.", "green", "green"],
                ],
            },
            {
                "rec": "Recommendation 3: By 30 June 2025, chief constables should make sure that officers repeatedly deployed to serious disorder are offered structured welfare support, including trauma risk management (TRiM) where appropriate.",
                "actions": [
                    ["T1-3.1", "Make a TRiM referral the default for officers and staff injured during disorder or deployed on two or more disorder shifts.", "Head of Occupational Health & Wellbeing", D(2025, 3, 31), None, "Policy amended and live since March 2025; 312 TRiM assessments completed.", "blue", "blue"],
                    ["T1-3.2", "Agree a recovery plan with the Police Federation for rest days cancelled and time off in lieu accrued during the 2024 disorder.", "Head of HR / Federation Chair", D(2025, 6, 30), D(2025, 9, 30), "Rest day balances still above pre-disorder levels for 214 officers. Revised plan to Strategic People Board in October 2025.", "amber", "red"],
                ],
            },
        ],
    },
    {
        "band": "TRANCHE 2 – Intelligence, online content and investigations (published 7 May 2025)",
        "recs": [
            {
                "rec": "Recommendation 1: By 31 October 2025, chief constables should make sure their force can monitor open-source information and online content to identify the risk of serious disorder, with proportionate oversight.",
                "actions": [
                    ["T2-1.1", "Establish an open-source intelligence (OSINT) desk within the Force Intelligence Bureau that can be stood up within two hours during periods of heightened community tension.", "Detective Superintendent (Intelligence)", D(2025, 10, 31), None, "Desk operating on a trial basis since 1 September 2025; evaluation due November 2025.", "green", "green"],
                    ["T2-1.2", "Publish governance for online monitoring, including authorisation levels and a data protection impact assessment.", "Head of Information Management; Detective Superintendent (Intelligence)", D(2025, 10, 31), D(2025, 12, 31), "DPIA drafted and awaiting legal review.", "green", "amber"],
                ],
            },
            {
                "rec": "Recommendation 2: By 31 December 2025, chief constables should make sure their force can counter false or misleading information quickly during periods of heightened tension.",
                "actions": [
                    ["T2-2.1", "Introduce a rapid rebuttal protocol between Corporate Communications and the Force Duty Officer, so that accurate information can be released within one hour.", "Head of Corporate Communications", D(2025, 9, 30), None, "Protocol signed off 15/09/2025 and tested in a live-play exercise on 22/09/2025.", "amber", "blue"],
                    ["T2-2.2", "Test the protocol with Merseyside Local Resilience Forum partners in a multi-agency exercise.", "Head of Corporate Communications / Emergency Planning Manager", D(2026, 3, 31), None, "New action (Q2). Exercise planned for February 2026.", None, "green"],
                ],
            },
        ],
    },
]


def build_mersey(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MERSEY_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    rows = [
        ("Report:", "An inspection of the police response to the public disorder in July and August 2024 – Tranche 1 (18 December 2024) and Tranche 2 (7 May 2025)"),
        ("Chief officer lead:", "ACC Operations"),
        ("Governance:", "Force Assurance Board (monthly); OPCC Accountability Meeting (quarterly)"),
        ("Position as at:", D(2025, 9, 30)),
        ("Prepared by:", "Strategic Planning & Performance Unit"),
    ]
    for i, (k, v) in enumerate(rows, start=3):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
    r = 10
    cov.cell(r, 1, "Document control").font = Font(bold=True, size=12)
    r += 1
    for j, h in enumerate(["Version", "Date", "Author", "Summary of changes"], start=1):
        c = cov.cell(r, j, h)
        c.font = Font(bold=True)
        c.fill = solid("D9D9D9")
        c.border = BOX
    history = [
        ("1.0", D(2025, 1, 20), "SPPU", "Tranche 1 recommendations loaded and owners agreed"),
        ("1.1", D(2025, 3, 14), "SPPU", "Q4 2024/25 progress update"),
        ("1.2", D(2025, 5, 12), "SPPU", "Tranche 2 recommendations added"),
        ("1.3", D(2025, 6, 30), "SPPU", "Q1 2025/26 progress update"),
        ("1.4", D(2025, 9, 30), "SPPU", "Q2 2025/26 progress update; revised target dates agreed at Force Assurance Board 23/09/2025"),
    ]
    for h in history:
        r += 1
        for j, v in enumerate(h, start=1):
            c = cov.cell(r, j, v)
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    r += 2
    cov.cell(r, 1, "RAG key (cell colour)").font = Font(bold=True, size=12)
    key = [
        ("blue", "Complete – action delivered and evidence accepted by Force Assurance Board"),
        ("green", "On track to deliver by the target date"),
        ("amber", "At risk – some slippage, mitigation in place"),
        ("red", "Off track or past the target date"),
    ]
    for colour, text in key:
        r += 1
        cov.cell(r, 1).fill = solid(FILL[colour])
        cov.cell(r, 1).border = BOX
        cov.cell(r, 2, text)
    cov.column_dimensions["A"].width = 22
    cov.column_dimensions["B"].width = 16
    cov.column_dimensions["C"].width = 12
    cov.column_dimensions["D"].width = 80

    ws = wb.create_sheet("Tracker")
    ws["A1"] = MERSEY_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG is shown by cell colour – see the key on the Cover sheet. Where a revised target date is shown it was agreed at Force Assurance Board."
    ws["A2"].font = Font(italic=True)
    headers = ["Ref", "Action", "Lead", "Original target date", "Revised target date", "Progress update (Q2 2025/26)", "Previous RAG (Q1)", "Current RAG (Q2)"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("203864")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    r = 4
    for band in MERSEY:
        r += 1
        ws.cell(r, 1, band["band"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = solid("1F3864")
        for rec in band["recs"]:
            r += 1
            ws.cell(r, 1, rec["rec"])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = solid("D9E1F2")
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 32
            for a in rec["actions"]:
                r += 1
                ref, text, lead, orig, rev, prog, prev, cur = a
                vals = [ref, text, lead, orig, rev, prog, None, None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                if prev:
                    ws.cell(r, 7).fill = solid(FILL[prev])
                ws.cell(r, 8).fill = solid(FILL[cur])
    r += 2
    ws.cell(r, 1, "Notes: HMICFRS recommendation deadlines are shown in the recommendation text. Actions marked complete remain on the tracker until HMICFRS confirms closure at the next PEEL inspection.")
    ws.cell(r, 1).font = Font(italic=True)
    widths = [9, 60, 30, 13, 13, 48, 11, 11]
    for j, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – position as at 30/09/2025"
    sm["A1"].font = Font(bold=True, size=12)
    counts = {}
    for bi, band in enumerate(MERSEY):
        for rec in band["recs"]:
            for a in rec["actions"]:
                counts.setdefault(a[7], [0, 0])[bi] += 1
    for j, h in enumerate(["Current RAG", "Tranche 1", "Tranche 2", "Total"], start=1):
        c = sm.cell(3, j, h)
        c.font = Font(bold=True)
        c.border = BOX
    r = 3
    labels = [("blue", "Complete"), ("green", "On track"), ("amber", "At risk"), ("red", "Off track")]
    for colour, label in labels:
        r += 1
        t1, t2 = counts.get(colour, [0, 0])
        sm.cell(r, 1, label).fill = solid(FILL[colour])
        sm.cell(r, 2, t1)
        sm.cell(r, 3, t2)
        sm.cell(r, 4, t1 + t2)
        for j in range(1, 5):
            sm.cell(r, j).border = BOX
    r += 1
    sm.cell(r, 1, "Total").font = Font(bold=True)
    sm.cell(r, 2, sum(v[0] for v in counts.values()))
    sm.cell(r, 3, sum(v[1] for v in counts.values()))
    sm.cell(r, 4, sum(v[0] + v[1] for v in counts.values()))
    for j in range(1, 5):
        sm.cell(r, j).border = BOX
        sm.cell(r, j).font = Font(bold=True)
    sm.column_dimensions["A"].width = 16
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. North West Fire Control - Manchester Arena Inquiry Vol 2 action plan (xlsx)
# ---------------------------------------------------------------------------
NWFC_TITLE = "North West Fire Control – Manchester Arena Inquiry Volume 2: Action Plan"
NWFC = [
    {
        "theme": "Theme 1: Training and JESIP",
        "rec": "R34 – North West Fire Control should ensure that its training includes a sufficient practical, realistic component, including Major Incident and Operation Plato scenarios, and that JESIP principles are embedded for all control staff.",
        "actions": [
            ["1.1", "Introduce quarterly scenario-based training for every watch, using recorded 999 calls and live-play inputs from the four FRS duty officers.\nNight watches included from Q2 2023.", "Training & Development Manager", D(2023, 6, 30), "Complete", "Programme running since June 2023; attendance 96%."],
            ["1.2", "Introduce an annual JESIP competence assessment for Control Operators and Team Leaders.", "Training & Development Manager", D(2023, 9, 30), "Complete", "All 118 operational staff assessed by September 2023."],
            ["1.3", "Refresh JESIP awareness for all control staff each year and record completion on the learning management system.", "Head of Control", "Ongoing (annual)", "On track", "2023/24 cycle 88% complete."],
        ],
    },
    {
        "theme": "Theme 2: Plans and action cards",
        "rec": "R35 – North West Fire Control should review its written plans and action cards for responding to a Major Incident so that they are sufficient, clear and consistent with the plans of the fire and rescue services it serves.",
        "actions": [
            ["2.1", "Rewrite the Major Incident and Operation Plato action cards with input from the four FRS duty officer groups.", "Operational Assurance Manager", D(2023, 3, 31), "Complete", "Version 3 action cards issued 27/03/2023."],
            ["2.2", "Align the action cards with the mobilising policies of GMFRS, Cheshire FRS, Cumbria FRS and Lancashire FRS through a joint policy review group.", "Head of Control / FRS Heads of Operations", "31/12/2023 (revised 30/06/2024)", "At risk", "Cumbria FRS mobilising policy refresh delayed; revised date agreed by the Board in December 2023."],
        ],
    },
    {
        "theme": "Theme 3: Information sharing and escalation",
        "rec": "R36 – North West Fire Control should make sure that Team Leaders recognise, and escalate to fire and rescue service senior officers, any divergence between their service's response and that of the other emergency services.",
        "actions": [
            ["3.1", "Issue a supervisory escalation procedure and add divergence prompts to the incident log template.", "Head of Control", D(2023, 5, 31), "Complete", "Procedure SOP-27 issued May 2023."],
            ["3.2", "Audit the quality of METHANE messages passed to and from partner control rooms, sampling 20 incidents each month.", "Operational Assurance Manager", D(2024, 3, 31), "On track", "Five monthly audits completed; findings reported to Operational Assurance Group."],
        ],
    },
    {
        "theme": "Theme 4: Multi-agency communication and exercising",
        "rec": "R37 – North West Fire Control should take part in multi-agency exercising and make routine use of the multi-agency control room talk group.",
        "actions": [
            ["4.1", "Join the Greater Manchester multi-agency control room talk group test schedule, with weekly test calls logged.", "Team Leader (Watch Manager)", D(2023, 1, 31), "Complete", "Weekly tests logged since January 2023."],
            ["4.2", "Take part in at least two Local Resilience Forum multi-agency exercises each year, including a marauding terrorist attack scenario.", "Head of Control / Emergency Planning Officer", D(2023, 12, 31), "Overdue", "One exercise held (October 2023). Second exercise postponed by partner agencies to May 2024."],
        ],
    },
]
NWFC_STATUS_FILL = {"Complete": "blue", "On track": "green", "At risk": "amber", "Overdue": "red"}


def build_nwfc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = NWFC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to the NWFC Board – 14 March 2024 (Appendix A)"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Status key:"
    ws["A3"].font = Font(bold=True)
    for j, (label, colour) in enumerate(NWFC_STATUS_FILL.items(), start=2):
        c = ws.cell(3, j, label)
        c.fill = solid(FILL[colour])
        c.border = BOX
    headers = ["No.", "Inquiry recommendation", "Action", "Owner", "Due date", "Status", "Update / evidence"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = solid("BDD7EE")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    counts = {}
    total = 0
    for theme in NWFC:
        r += 1
        ws.cell(r, 1, theme["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1).font = Font(bold=True, color="FFFFFF")
        ws.cell(r, 1).fill = solid("C00000")
        first = r + 1
        for a in theme["actions"]:
            r += 1
            no, text, owner, due, status, update = a
            vals = [no, None, text, owner, due, status, update]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 6).fill = solid(FILL[NWFC_STATUS_FILL[status]])
            counts[status] = counts.get(status, 0) + 1
            total += 1
        ws.cell(first, 2, theme["rec"])
        ws.cell(first, 2).alignment = WRAP
        ws.merge_cells(start_row=first, start_column=2, end_row=r, end_column=2)
    r += 2
    summary = "Summary: {} actions – Complete {}, On track {}, At risk {}, Overdue {}".format(
        total, counts.get("Complete", 0), counts.get("On track", 0), counts.get("At risk", 0), counts.get("Overdue", 0))
    ws.cell(r, 1, summary).font = Font(bold=True)
    r += 1
    ws.cell(r, 1, "Monitored recommendations are reported to the Inquiry Legacy Group through GMCA; this plan covers the recommendations addressed to NWFC only.")
    ws.cell(r, 1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [7, 45, 55, 26, 16, 11, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    vh = wb.create_sheet("Version History")
    for j, h in enumerate(["Version", "Date", "Author", "Comments"], start=1):
        vh.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate([
        ("0.1", D(2022, 12, 5), "Head of Control", "First draft following publication of Volume 2 (3 November 2022)"),
        ("1.0", D(2023, 1, 19), "Head of Control", "Approved by NWFC Board"),
        ("1.3", D(2023, 9, 14), "Operational Assurance Manager", "Progress update to Board"),
        ("1.5", D(2024, 3, 14), "Operational Assurance Manager", "Progress update to Board; action 2.2 revised date"),
    ], start=2):
        for j, v in enumerate(row, start=1):
            c = vh.cell(i, j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    vh.column_dimensions["C"].width = 30
    vh.column_dimensions["D"].width = 70

    gl = wb.create_sheet("Glossary")
    gl["A1"] = "Term"
    gl["B1"] = "Meaning"
    gl["A1"].font = gl["B1"].font = Font(bold=True)
    for i, (t, m) in enumerate([
        ("FDO", "Force Duty Officer (Greater Manchester Police)"),
        ("FRS", "Fire and rescue service"),
        ("JESIP", "Joint Emergency Services Interoperability Principles"),
        ("METHANE", "Major incident declared, Exact location, Type of incident, Hazards, Access, Number of casualties, Emergency services present and required"),
        ("NILO", "National Inter-agency Liaison Officer"),
        ("LRF", "Local Resilience Forum"),
    ], start=2):
        gl.cell(i, 1, t)
        gl.cell(i, 2, m)
    gl.column_dimensions["B"].width = 100
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. HMP Five Wells - HMPPS action plan responding to HMIP inspection (docx)
# ---------------------------------------------------------------------------
FIVEWELLS_TITLE = "Action Plan: HMP Five Wells"
FIVEWELLS = [
    {
        "concern": "Governance was weak. Leaders did not make good use of data, and there were no clear strategies to drive improvement in key areas such as safety, equality and purposeful activity.",
        "agreed": "Agreed",
        "response": "The Director has put in place a revised governance structure. Each functional area now reports monthly against a single set of measures, and strategies for the key areas identified by HMIP will be published with named senior leads.",
        "actions": [
            ["1.1", "Introduce a monthly Performance and Assurance Meeting, chaired by the Deputy Director, using a single data pack covering safety, equality, regime and healthcare.", "Deputy Director", "June 2024"],
            ["1.2", "Publish strategies for safety, fair treatment and inclusion, and purposeful activity, each with measurable outcomes and a named senior lead.", "Director", "31 July 2024"],
            ["1.3", "Train all functional heads in the use of the performance dashboard and HMPPS data tools.", "Head of Business Assurance", "September 2024"],
        ],
    },
    {
        "concern": "Rates of self-harm were extremely high and not enough was being done to understand the causes or to reduce them.",
        "agreed": "Agreed",
        "response": "Reducing self-harm is the prison's first priority. A needs analysis has been commissioned and the safer custody strategy will be refreshed in light of its findings.",
        "actions": [
            ["2.1", "Complete a self-harm needs analysis, including prisoners with repeated incidents, and refresh the safer custody strategy accordingly.", "Head of Safer Custody", "30 June 2024"],
            ["2.2", "Introduce peer-led support on every house block, with Listeners and safer custody representatives trained by the Samaritans.", "Head of Safer Custody / Head of Residence", "October 2024"],
            ["2.3", "Quality assure a sample of ACCT documents each week and feed findings back to case managers.", "Safer Custody Manager", "Ongoing – weekly"],
        ],
    },
    {
        "concern": "Prisoners involved in violence and antisocial behaviour did not receive meaningful or regular support to change their behaviour.",
        "agreed": "Agreed",
        "response": "The Challenge, Support and Intervention Plan (CSIP) process will be relaunched with dedicated case managers and regular case reviews.",
        "actions": [
            ["3.1", "Apply the CSIP model consistently, with case reviews held within seven days of referral.", "Head of Safety", "August 2024"],
            ["3.2", "Recruit and train a dedicated CSIP case manager team of six officers.", "Head of Residence", "31 December 2024"],
        ],
    },
    {
        "concern": "The prison's approach to fair treatment and inclusion was inadequate. Leaders did not know whether prisoners with protected characteristics had equitable outcomes.",
        "agreed": "Partly Agreed",
        "response": "Partly agreed. Equality data is collected but has not been analysed or acted on consistently. The prison does not agree that consultation with prisoners was absent; forums were held but were poorly attended. Both issues will be addressed.",
        "actions": [
            ["4.1", "Hold an Equality Action Team meeting with prisoner representatives for each protected characteristic.", "Head of Equalities", "Quarterly"],
            ["4.2", "Analyse equality monitoring data for use of force, segregation, adjudications and incentives each month and act on disproportionate outcomes.", "Head of Equalities / Head of Business Assurance", "March 2025"],
        ],
    },
]


def shade(cell, hex_colour):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tc_pr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def build_fivewells(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    run = p.add_run(FIVEWELLS_TITLE)
    run.bold = True
    run.font.size = Pt(20)
    for line in [
        "Action Plan Submitted: 21 May 2024",
        "A Response to the HMIP Inspection: 2–12 January 2024",
        "Report Published: 26 March 2024",
    ]:
        q = doc.add_paragraph()
        q.add_run(line).bold = True
    doc.add_heading("INTRODUCTION", level=1)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison, young offender institutions and court custody. Following each inspection, "
        "HM Prison and Probation Service (HMPPS) and, for contracted prisons, the operator are required to draft an "
        "action plan that responds to the concerns raised.")
    doc.add_paragraph(
        "Since May 2022 HMIP reports identify priority concerns and key concerns rather than recommendations. This "
        "action plan confirms whether each priority concern is agreed, partly agreed or not agreed (see categorisations "
        "below), and sets out the actions, owners and target dates. HMP Five Wells is operated by G4S Justice Services "
        "under contract to HMPPS; progress is monitored by the HMPPS Controller and reported to the Prison Group Director.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Term", "Definition", "Additional comment"]):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in [
        ("Agreed", "All of the concern is accepted and can be addressed within existing resources.", "The response explains how the concern will be addressed, with SMART actions and timescales."),
        ("Partly Agreed", "Only part of the concern is accepted, or only part can be addressed.", "The response states clearly which part will be addressed and why the remainder is not accepted."),
        ("Not Agreed", "The concern is not accepted.", "The response gives a clear rationale."),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    doc.add_heading("RESPONSE TO PRIORITY CONCERNS", level=1)
    doc.add_paragraph("Key concerns are addressed through the HMP Five Wells local improvement plan and are not repeated here.")
    for n, pc in enumerate(FIVEWELLS, start=1):
        t = doc.add_table(rows=4, cols=4)
        t.style = "Table Grid"
        r0 = t.rows[0].cells
        bold_cell(r0[0], "Priority concern {}".format(n))
        shade(r0[0], "BDD7EE")
        m = r0[1].merge(r0[3])
        m.text = pc["concern"]
        shade(m, "BDD7EE")
        r1 = t.rows[1].cells
        bold_cell(r1[0], "Agreed / Partly Agreed / Not Agreed")
        r1[1].merge(r1[3]).text = pc["agreed"]
        r2 = t.rows[2].cells
        bold_cell(r2[0], "Response")
        r2[1].merge(r2[3]).text = pc["response"]
        r3 = t.rows[3].cells
        for i, h in enumerate(["No.", "Action", "Responsible owner", "Target date"]):
            bold_cell(r3[i], h)
            shade(r3[i], "F2F2F2")
        for a in pc["actions"]:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
        doc.add_paragraph()
    doc.add_paragraph("Signed: Director, HMP Five Wells        Date: 21 May 2024")
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Ysgol Gyfun Rhydywaun - Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
RHYD_TITLE = "Ysgol Gyfun Rhydywaun – Post-Inspection Action Plan"
RHYD = [
    {
        "rec": "R1: Improve the consistency of teaching and assessment so that all pupils are challenged suitably and make strong progress in their learning",
        "success": "Nearly all lessons observed show suitable challenge for pupils of all abilities.\nBook scrutiny shows that pupils respond to feedback and improve their work.",
        "monitor": "Half-termly learning walks by the senior leadership team; report to the Standards Committee each term.",
        "actions": [
            ["Establish a teaching and learning group to share effective practice in questioning and challenge across departments.", "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024", "blue"],
            ["Introduce a programme of joint lesson observations and book scrutiny focused on challenge for more able pupils.", "Deputy Headteacher (Teaching and Learning) / Heads of Faculty", "Spring term 2025", "blue"],
            ["Provide professional learning for all staff on effective feedback, and monitor its use through the quality assurance calendar.", "Assistant Headteacher (Professional Learning)", "Summer term 2025", "green"],
        ],
    },
    {
        "rec": "R2: Strengthen self-evaluation and improvement planning so that leaders focus precisely on the impact of provision on pupils' progress",
        "success": "Faculty self-evaluation reports draw on first-hand evidence and identify clear priorities.\nFaculty improvement plans contain measurable success criteria.",
        "monitor": "Headteacher reviews faculty plans each term; governors' Standards Committee scrutinises progress.",
        "actions": [
            ["Revise the school's self-evaluation calendar so that first-hand evidence of learning informs every faculty review.", "Headteacher", "Autumn term 2024", "blue"],
            ["Train middle leaders to write faculty improvement plans with measurable success criteria linked to pupils' progress.", "Deputy Headteacher (Leadership)", "Spring term 2025", "amber"],
            ["Report progress against this plan to the Standards Committee of the governing body.", "Headteacher and Chair of Governors", "Termly", "green"],
        ],
    },
    {
        "rec": "R3: Improve attendance, particularly of pupils eligible for free school meals",
        "success": "Whole-school attendance rises to at least 91%.\nThe gap between the attendance of pupils eligible for free school meals and their peers narrows each term.",
        "monitor": "Weekly attendance data reviewed by the wellbeing team; termly report to governors and the local authority.",
        "actions": [
            ["Appoint a family engagement officer to work with families of pupils whose attendance is below 90%.", "Assistant Headteacher (Wellbeing)", "September 2024", "blue"],
            ["Hold weekly attendance review meetings with the Education Welfare Service for persistent absentees.", "Assistant Headteacher (Wellbeing) / Education Welfare Officer", "Autumn term 2024", "red"],
            ["Use the Pupil Development Grant to fund attendance incentives and breakfast club places.", "Business Manager", "Ongoing", "green"],
        ],
    },
]


def build_rhydywaun(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading(RHYD_TITLE, level=0)
    p = doc.add_paragraph("Cynllun Gweithredu Ôl-Arolygiad")
    p.runs[0].italic = True
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [
        ("Date of Estyn inspection", "4–7 March 2024"),
        ("Date of inspection report", "13 May 2024"),
        ("Plan approved by the governing body", "9 July 2024"),
        ("Local authority", "Rhondda Cynon Taf County Borough Council"),
        ("Progress reviewed", "July 2025"),
    ]:
        cells = info.add_row().cells
        bold_cell(cells[0], k)
        cells[1].text = v
    doc.add_paragraph()
    doc.add_paragraph("RAG key (shading in the final column):")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, text in [
        ("blue", "Completed"),
        ("green", "On track"),
        ("amber", "Some slippage – action being taken"),
        ("red", "Not on track – governors alerted"),
    ]:
        cells = key.add_row().cells
        shade(cells[0], FILL[colour])
        cells[1].text = text
    for rec in RHYD:
        doc.add_heading(rec["rec"], level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, hd in enumerate(["Actions", "Lead", "Timescale", "Success criteria", "Monitoring and evaluation", "RAG"]):
            bold_cell(t.rows[0].cells[i], hd)
            shade(t.rows[0].cells[i], "D9E2F3")
        start = len(t.rows)
        for a in rec["actions"]:
            cells = t.add_row().cells
            cells[0].text = a[0]
            cells[1].text = a[1]
            cells[2].text = a[2]
            shade(cells[5], FILL[a[3]])
        end = len(t.rows) - 1
        sc = t.cell(start, 3).merge(t.cell(end, 3))
        sc.text = rec["success"]
        mo = t.cell(start, 4).merge(t.cell(end, 4))
        mo.text = rec["monitor"]
        doc.add_paragraph()
    doc.add_paragraph("Signed on behalf of the governing body:")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    for i, v in enumerate(["Headteacher", "Chair of Governors", "Date"]):
        bold_cell(s.rows[0].cells[i], v)
    s.rows[1].cells[2].text = "9 July 2024"
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. NWSLC - Ofsted post-inspection action plan (xlsx)
# ---------------------------------------------------------------------------
NWSLC_TITLE = "North Warwickshire and South Leicestershire College – Post-Inspection Action Plan 2024/25"
NWSLC = [
    {
        "theme": "QUALITY OF EDUCATION",
        "afis": [
            {
                "afi": "Leaders should ensure that teachers on education programmes for young people check learners' understanding effectively and adapt their teaching so that learners remember what they have been taught.",
                "actions": [
                    ["1.1", "Deliver a 'checking for understanding' professional development programme for all study programme teachers.", "Director of Teaching, Learning & Assessment", D(2024, 10, 31), "95% of teachers complete the programme; learning walks show improved questioning.", "Completed by 98% of teachers. Learning walks show improvement in 7 of 9 curriculum areas.", "B"],
                    ["1.2", "Introduce coaching for teachers whose practice is identified as requiring improvement through learning walks.", "Head of Teaching & Learning", D(2025, 6, 30), "All identified teachers show improvement at follow-up walk within 8 weeks.", "14 teachers in coaching; 9 improved at follow-up.", "G"],
                ],
            },
            {
                "afi": "Leaders should make sure that learners with high needs have specific targets that help them to make progress towards the outcomes in their education, health and care plans.",
                "actions": [
                    ["2.1", "Rewrite individual learning plans for all high needs learners with SMART targets linked to EHCP outcomes.", "Head of Inclusive Learning", D(2024, 11, 30), "100% of ILPs rewritten and quality assured.", "All 212 ILPs rewritten; sample QA completed November 2024.", "B"],
                    ["2.2", "Train learning support assistants to record progress against targets in the e-ILP each week.", "Head of Inclusive Learning / LSA Team Leader", D(2025, 1, 31), "Weekly progress recorded for at least 90% of high needs learners.", "Training delivered at Nuneaton campus; Hinckley sessions rescheduled to April.", "A"],
                ],
            },
        ],
    },
    {
        "theme": "BEHAVIOUR AND ATTITUDES",
        "afis": [
            {
                "afi": "Leaders should improve learners' attendance at English and mathematics lessons, which remains too low.",
                "actions": [
                    ["3.1", "Introduce same-day contact for absence from English and mathematics lessons through the attendance team.", "Head of Student Services", D(2024, 9, 30), "Same-day contact made for 100% of absences.", "In place from September 2024.", "B"],
                    ["3.2", "Set attendance targets for every English and mathematics group and review them at fortnightly curriculum performance meetings.", "Head of English & Maths", D(2025, 3, 31), "Attendance at English and mathematics lessons reaches 88%.", "Attendance 79% against 88% target; recovery plan agreed with curriculum heads.", "R"],
                ],
            },
        ],
    },
    {
        "theme": "LEADERSHIP AND MANAGEMENT",
        "afis": [
            {
                "afi": "Governors should ensure that they receive sufficiently detailed information about the quality of apprenticeship provision so that they can challenge leaders effectively.",
                "actions": [
                    ["4.1", "Add an apprenticeship quality dashboard to every Quality & Standards Committee agenda.", "Vice Principal Apprenticeships", D(2024, 12, 31), "Dashboard received at each committee meeting; minutes record challenge.", "Dashboard presented December 2024 and March 2025.", "B"],
                    ["4.2", "Arrange a programme of governor link visits to apprenticeship curriculum areas.", "Clerk to the Corporation", D(2025, 4, 30), "Each apprenticeship area visited by a link governor during 2024/25.", "Three of five visits completed.", "G"],
                ],
            },
        ],
    },
]
NWSLC_RAG_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}


def build_nwslc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = NWSLC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 21–24 May 2024 | Overall effectiveness: Requires improvement | Plan approved by the Corporation 9 July 2024"
    ws["A3"] = "Progress update: March 2025 – Quality & Standards Committee"
    ws["A3"].font = Font(italic=True)
    headers = ["Ofsted area for improvement", "Ref", "Action", "Lead", "Deadline", "Impact measure / success criteria", "Progress update – March 2025", "RAG"]
    for j, h in enumerate(headers, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = solid("7030A0")
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="center")
    r = 5
    for theme in NWSLC:
        r += 1
        ws.cell(r, 1, theme["theme"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = solid("E4DFEC")
        for afi in theme["afis"]:
            for k, a in enumerate(afi["actions"]):
                r += 1
                ref, text, lead, deadline, measure, progress, rag = a
                vals = [afi["afi"] if k == 0 else None, ref, text, lead, deadline, measure, progress, rag]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(r, 8).fill = solid(FILL[NWSLC_RAG_FILL[rag]])
                ws.cell(r, 8).alignment = Alignment(horizontal="center", vertical="top")
    for col, w in zip("ABCDEFGH", [48, 6, 50, 30, 10, 38, 42, 6]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    k = wb.create_sheet("KPIs")
    k["A1"] = "Headline measures monitored alongside the PIAP"
    k["A1"].font = Font(bold=True, size=12)
    for j, h in enumerate(["Measure", "2023/24 baseline", "2024/25 target", "Position March 2025"], start=1):
        k.cell(3, j, h).font = Font(bold=True)
    for i, row in enumerate([
        ("16-18 attendance (all lessons)", 0.86, 0.90, 0.884),
        ("16-18 attendance (English and maths)", 0.74, 0.88, 0.79),
        ("High needs learners with SMART ILP targets", 0.41, 1.0, 1.0),
        ("Apprentices beyond planned end date", 0.17, 0.08, 0.11),
    ], start=4):
        for j, v in enumerate(row, start=1):
            c = k.cell(i, j, v)
            if isinstance(v, float):
                c.number_format = "0%"
    k.column_dimensions["A"].width = 46

    key = wb.create_sheet("Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (letter, text) in enumerate([
        ("B", "Blue – complete and impact evidenced"),
        ("G", "Green – on track"),
        ("A", "Amber – at risk of missing deadline"),
        ("R", "Red – off track; escalated to SLT"),
    ], start=2):
        c = key.cell(i, 1, letter)
        c.fill = solid(FILL[NWSLC_RAG_FILL[letter]])
        key.cell(i, 2, text)
    key.column_dimensions["B"].width = 45
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Probation Service Lambeth PDU - HMIP action plan CSV export (refuse)
# ---------------------------------------------------------------------------
LAMBETH_TITLE = "Action Plan: Lambeth PDU (London Region)"
LAMBETH_HEADER = ["Rec No", "Recommendation", "Agreed / Partly Agreed / Not Agreed", "Action No", "Action", "Owner", "Target Date", "Status (April 2025)"]
LAMBETH = [
    ["1", "The Lambeth PDU should improve the quality of work to assess, plan for, manage and review risk of harm, using all available information.", "Agreed", [
        ["1.1", "Deliver risk of serious harm workshops to all practitioners, led by Senior Probation Officers.", "Head of PDU", "31 March 2025", "Complete"],
        ["1.2", "Quality assure a monthly sample of OASys risk assessments in each team using the regional QA tool.", "SPO Quality Lead", "30 June 2025", "On track"],
    ]],
    ["2", "The Lambeth PDU should make sure that domestic abuse and child safeguarding enquiries are requested, received and analysed at the start of every order or licence.", "Agreed", [
        ["2.1", "Agree an information sharing protocol with the Metropolitan Police for domestic abuse call-out information.", "Head of PDU / Regional Safeguarding Lead", "Sepember 2025", "On track"],
        ["2.2", "Add a safeguarding enquiry check to the case allocation checklist.", "Case Administration Manager", "28 February 2025", "Complete"],
    ]],
    ["3", "The Lambeth PDU should reduce the vacancy rate for probation officers and make sure that caseloads are manageable.", "Partly Agreed", [
        ["3.1", "Run a targeted recruitment campaign for qualified probation officers with the London region.", "Head of PDU", "31 July 2025", "On track"],
        ["3.2", "Review workload measurement tool data and rebalance caseloads between teams.", "Deputy Head of PDU", "Monthly", "On track"],
    ]],
    ["4", "The London region should improve access to accommodation services for people leaving custody.", "Agreed", [
        ["4.1", "Work with Commissioned Rehabilitative Services providers to increase accommodation referrals by 20%.", "Regional Head of Commissioned Services", "31 December 2025", "Not started"],
    ]],
]


def lambeth_rows():
    n = len(LAMBETH_HEADER)
    rows = [
        [LAMBETH_TITLE] + [""] * (n - 1),
        ["A Response to the HM Inspectorate of Probation inspection of Lambeth PDU – Report Published: 5 December 2024"] + [""] * (n - 1),
        ["Action Plan Submitted: 30 January 2025"] + [""] * (n - 1),
        [""] * n,
        LAMBETH_HEADER,
    ]
    for no, rec, agreed, actions in LAMBETH:
        for k, a in enumerate(actions):
            if k == 0:
                rows.append([no, rec, agreed] + a)
            else:
                rows.append(["", "", ""] + a)
    rows.append([""] * n)
    rows.append(["Progress is reviewed monthly at the Lambeth PDU Senior Management Team and quarterly by the London Region Performance and Quality Board."] + [""] * (n - 1))
    return rows


def build_lambeth(path):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lambeth_rows():
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. St Leonards School - Education Scotland inspection action plan (txt)
# ---------------------------------------------------------------------------
STL_TITLE = "St Leonards School – Education Scotland Inspection Action Plan 2024–25"
STL = [
    {
        "qi": "QI 1.3 Leadership of change",
        "afis": [
            {
                "afi": "Senior leaders should involve staff, pupils and parents more fully in evaluating the work of the school and in planning for improvement.",
                "actions": [
                    ["1.1", "Establish a staff self-evaluation group using the How good is our school? (4th edition) quality indicators.", "Deputy Head (Academic)", "December 2024", "Complete"],
                    ["1.2", "Create a pupil improvement council in the Senior School and a learning ambassadors group in the Junior School.", "Head of Senior School / Head of Junior School", "March 2025", "On track"],
                    ["1.3", "Survey parents each year on the school's priorities and publish a 'you said, we did' summary.", "Director of Marketing and Admissions", "June 2025", "Not started"],
                ],
            },
        ],
    },
    {
        "qi": "QI 2.3 Learning, teaching and assessment",
        "afis": [
            {
                "afi": "Continue to develop approaches to tracking and monitoring so that staff have a clear overview of the progress of all learners across the Junior School.",
                "actions": [
                    ["2.1", "Introduce a single tracking platform for Years 1 to 6 with three data points each year.", "Deputy Head (Junior School)", "January 2025", "Complete"],
                    ["2.2", "Hold progress meetings between class teachers and the Junior School leadership team to plan support for learners at risk of not achieving expected levels.", "Head of Junior School", "Termly", "On track"],
                ],
            },
            {
                "afi": "Increase the level of challenge in lessons so that all learners, including the most able, are stretched.",
                "actions": [
                    ["3.1", "Run a programme of peer observations focused on challenge and differentiation.", "Director of Teaching and Learning", "April 2025", "Some delay"],
                    ["3.2", "Review schemes of work in Years 7 to 9 to build in extension tasks.", "Heads of Department", "June 2025", "On track"],
                ],
            },
        ],
    },
    {
        "qi": "QI 3.1 Ensuring wellbeing, equality and inclusion",
        "afis": [
            {
                "afi": "Ensure that plans to support learners with additional support needs are reviewed regularly and shared with all staff who teach them.",
                "actions": [
                    ["4.1", "Move all individual support plans onto the school's management information system with review dates.", "Head of Learning Support", "31 March 2025", "On track"],
                    ["4.2", "Provide training for all teaching staff on using support plans when planning lessons.", "Head of Learning Support / Deputy Head (Pastoral)", "February 2025", "Significant delay"],
                ],
            },
        ],
    },
]


def stl_lines():
    rule = "=" * 72
    out = [
        STL_TITLE,
        "St Andrews, Fife",
        "",
        "Inspection:   Education Scotland, 16-20 September 2024 (report published 26 November 2024)",
        "Plan owner:   Head",
        "Reviewed by:  Education Committee of Council (termly)",
        "Update:       February 2025",
        "",
        "Status key: Complete (blue) | On track (green) | Some delay (amber) | Significant delay (red) | Not started",
        "",
    ]
    n_afi = 0
    for qi in STL:
        out += [rule, qi["qi"], rule, ""]
        for afi in qi["afis"]:
            n_afi += 1
            out += ["Area for improvement {}".format(n_afi), afi["afi"], ""]
            for ref, action, lead, when, status in afi["actions"]:
                out += [
                    "  {}  Action:     {}".format(ref, action),
                    "       Lead:       {}".format(lead),
                    "       Timescale:  {}".format(when),
                    "       Status:     {}".format(status),
                    "",
                ]
    out += [
        rule,
        "Next review: Education Committee of Council, May 2025.",
        "Prepared by the Deputy Head (Academic) on behalf of the Head.",
    ]
    return out


def build_stl(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(stl_lines()) + "\n")


FILES = {
    "zpe-merseyside-police-hmicfrs-public-disorder-inspection-recommendations-tracker.xlsx": build_mersey,
    "zpe-north-west-fire-control-manchester-arena-inquiry-volume-2-action-plan.xlsx": build_nwfc,
    "zpe-hmp-five-wells-hmip-inspection-action-plan.docx": build_fivewells,
    "zpe-ysgol-gyfun-rhydywaun-estyn-post-inspection-action-plan.docx": build_rhydywaun,
    "zpe-north-warwickshire-and-south-leicestershire-college-ofsted-post-inspection-action-plan.xlsx": build_nwslc,
    "zpe-probation-service-lambeth-pdu-hmip-inspection-action-plan-typo-month-refuse.csv": build_lambeth,
    "zpe-st-leonards-school-education-scotland-inspection-action-plan.txt": build_stl,
}


if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
