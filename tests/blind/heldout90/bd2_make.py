"""Generator for bd2- blind cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
    "hdr": "1F4E79", "band": "D9E1F2", "grey": "D9D9D9"}.items()}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr_row(ws, r, vals):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["hdr"]
        cell.alignment = WRAP
        cell.border = BOX


def put(ws, r, vals, fmt="dd/mm/yyyy"):
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = fmt


# ---------------------------------------------------------------- 1 board action log
def northumbria():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "Northumbria Healthcare NHS Foundation Trust – Board of Directors Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Public Board meeting – actions as at 27 March 2025"
    ws["A2"].font = Font(italic=True)
    hdr_row(ws, 4, ["Action No.", "Meeting Date", "Agenda Item", "Action", "Lead",
                    "Due Date", "Revised Due Date", "Update", "Status"])
    rows = [
        ["BoD/24/117", D(2024, 11, 28), "Integrated Performance Report",
         "Provide a breakdown of 12-hour waits in the emergency department by age group and time of arrival.",
         "Chief Operating Officer", D(2025, 1, 30), None,
         "Breakdown included in the IPR appendix presented to the January Board.", "Closed", "blue"],
        ["BoD/24/121", D(2024, 11, 28), "Freedom to Speak Up Report",
         "Arrange a Board development session on speaking-up themes from the National Guardian's Office annual report.",
         "Company Secretary", D(2025, 3, 27), D(2025, 5, 29),
         "Session moved to May to align with the Board development programme.", "At risk", "amber"],
        ["BoD/25/004", D(2025, 1, 30), "Maternity and Neonatal Safety Report",
         "Bring back the outcome of the CNST Year 7 safety actions self-assessment before submission.",
         "Director of Midwifery", D(2025, 3, 27), None,
         "Self-assessment presented at March Board; declaration approved.", "Closed", "blue"],
        ["BoD/25/009", D(2025, 1, 30), "Finance Report Month 9",
         "Circulate the revised capital programme showing the reprofiled estates schemes.",
         "Executive Director of Finance", D(2025, 2, 28), None,
         "Not yet circulated; awaiting ICB confirmation of the capital envelope.", "Overdue", "red"],
        ["BoD/25/012", D(2025, 1, 30), "Guardian of Safe Working Hours Report",
         "Review exception reporting on surgical rotas and report findings to the People Committee.",
         "Medical Director / Director of People", D(2025, 5, 29), None,
         "Review under way; findings due to People Committee in May.", "On track", "green"],
        None,
        ["BoD/25/018", D(2025, 3, 27), "Integrated Performance Report",
         "Include community waiting list data by service line in future IPRs.",
         "AM/CR", D(2025, 7, 31), None,
         "Data validation in progress with the community business unit.", "On track", "green"],
        ["BoD/25/021", D(2025, 3, 27), "Board Assurance Framework",
         "Update strategic risk 4 (workforce) to reflect the revised vacancy trajectory.",
         "Director of People", D(2025, 5, 29), None,
         "Revised trajectory agreed at Executive Team; BAF to be updated for May.", "On track", "green"],
        ["BoD/25/022", D(2025, 3, 27), "Patient Safety Incident Response Framework Update",
         "Share the PSIRF thematic review of inpatient falls with the Quality and Safety Committee.",
         "Executive Director of Nursing", D(2025, 4, 24), None,
         "Shared at Quality and Safety Committee on 24 April 2025.", "Closed", "blue"],
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        put(ws, r, row[:9])
        ws.cell(r, 9).fill = FILL[row[9]]
        r += 1
    r += 1
    ws.cell(r, 1, "Status key").font = Font(bold=True); r += 1
    for txt, col, desc in [("Closed", "blue", "Action complete – to be removed from the log after the next meeting"),
                           ("On track", "green", "Open – due date expected to be met"),
                           ("At risk", "amber", "Open – due date at risk or revised"),
                           ("Overdue", "red", "Past due date and not complete")]:
        ws.cell(r, 1, txt).fill = FILL[col]; ws.cell(r, 2, desc); r += 1
    for col, w in zip("ABCDEFGHI", [12, 12, 24, 50, 26, 12, 12, 45, 11]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "bd2-northumbria-healthcare-nhsft-board-action-log.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


DOCFILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0", "Complete": "00B0F0"}


# ---------------------------------------------------------------- 2 SAR action plan (docx)
def york():
    doc = Document()
    doc.add_heading("City of York Safeguarding Adults Board: SAR Adult F Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out the multi-agency response to the three recommendations of the "
        "Safeguarding Adults Review into the death of Adult F, published in January 2025. Progress is "
        "monitored by the SAR Subgroup, which reports to each meeting of the Board.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = v
    bold_row(t.rows[0])
    for v in [["1.0", "17/01/2025", "SAB Business Manager", "Agreed by the Board"],
              ["1.3", "09/07/2025", "SAB Business Manager", "Progress updated after SAR Subgroup"]]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]):
        c.text = v
        shade(c, "D9E1F2")
    bold_row(t.rows[0])
    plan = [
        ("Recommendation 1: The SAB should seek assurance that partner agencies apply the Mental Capacity Act "
         "when adults repeatedly decline care, including consideration of executive capacity.", [
            ("1.1", "Refresh the multi-agency self-neglect and hoarding guidance to include a section on executive "
                    "capacity and repeated refusals of care.", "SAB Business Manager", "March 2025",
             "Revised guidance approved by the Board on 18 March 2025 and published on the SAB website.", "Complete"),
            ("1.2", "Audit a sample of 20 cases where care was declined to test whether capacity assessments were "
                    "decision-specific and recorded.", "Principal Social Worker", "31/05/2025",
             "Audit tool agreed; 14 of 20 cases audited. Findings to the Quality and Performance Subgroup in June.", "A"),
            ("1.3", "Deliver MCA and executive capacity briefings to front-line staff across health, social care and housing.",
             "SAB Business Manager / Learning and Development Subgroup Chair", "Q2 2025/26",
             "Four briefings delivered to 112 staff; further dates booked for August.", "G"),
        ]),
        ("Recommendation 2: Partners should ensure that information about risk is shared when an adult moves "
         "between hospital, housing and community services.", [
            ("2.1", "Add a safeguarding prompt to the hospital discharge checklist to confirm that housing and the GP "
                    "have been told of known risks.", "Named Nurse for Safeguarding Adults", "September 2025",
             "Prompt drafted and awaiting sign-off through the discharge policy group.", "G"),
            ("2.2", "Review the information-sharing agreement between Housing Services and Adult Social Care for tenants "
                    "with care and support needs.", "Housing Services Manager", "End of December 2025",
             "Not yet started; scheduled after the new housing management system goes live.", "R"),
        ]),
        ("Recommendation 3: The SAB should be assured that learning from this review is embedded and its impact measured.", [
            ("3.1", "Publish a seven-minute briefing on the review and circulate it through all partner agencies.",
             "SAB Business Manager", "28/02/2025", "Briefing published in February 2025.", "Complete"),
            ("3.2", "Report progress on this action plan to the SAR Subgroup at each meeting until all actions are complete.",
             "SAR Subgroup Chair", "Ongoing", "Standing item on the SAR Subgroup agenda.", "G"),
        ]),
    ]
    for rec, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = rec
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, a):
                c.text = x
            shade(cells[5], DOCFILL[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: R – not started or significantly off track; A – in progress, some slippage; "
                      "G – in progress and on track; Complete – action completed and evidence received by the SAR Subgroup.")
    doc.save(os.path.join(OUT, "bd2-city-of-york-sab-sar-adult-f-action-plan.docx"))


# ---------------------------------------------------------------- 3 maternity highlight report (docx)
def wye():
    doc = Document()
    doc.add_heading("Wye Valley NHS Trust – Maternity and Neonatal Improvement Programme Highlight Report", level=1)
    doc.add_paragraph("Reporting period: June 2025    Report to: Quality Committee, 17 July 2025")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Programme SRO", "Chief Nursing Officer"), ("Overall programme status", "Amber"),
                 ("Period covered", "1 – 30 June 2025")]:
        cells = t.add_row().cells
        cells[0].text = k; cells[1].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    shade(t.rows[1].cells[1], "FFC000")
    doc.add_heading("Key achievements this period", level=2)
    for b in ["Birthrate Plus establishment paper approved by Trust Board.",
              "K2 fetal monitoring training compliance reached 87%.",
              "First 'You said, we did' update published with the MNVP."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Action tracker", level=2)
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Ref", "Action", "Owner", "Due date", "Revised date", "RAG", "Update"]):
        c.text = v; shade(c, "D9E1F2")
    bold_row(t.rows[0])
    plan = [
        ("Workstream 1: Safe staffing and workforce", [
            ("1.1", "Complete the Birthrate Plus reassessment and present the midwifery staffing establishment to Board.",
             "Director of Midwifery", "30/06/2025", "", "B",
             "Reassessment received; establishment paper approved by Board in June."),
            ("1.2", "Recruit to 6.4 WTE midwifery vacancies through the international recruitment cohort.",
             "Deputy Head of Midwifery", "Sept 2025", "", "G",
             "4 WTE started; the remaining 2.4 WTE have start dates in September."),
            ("1.3", "Introduce a neonatal nursing workforce escalation tool aligned to BAPM standards.",
             "Neonatal Unit Manager", "May-25", "Aug-25", "A",
             "Tool drafted; delayed to allow review by the Operational Delivery Network."),
        ]),
        ("Workstream 2: Fetal monitoring and escalation", [
            ("2.1", "Roll out the K2 fetal monitoring training package to all midwives and obstetricians.",
             "Fetal Monitoring Lead Midwife / Consultant Obstetrician", "31/07/2025", "", "G",
             "87% compliance; on track for 90% by the end of July."),
            ("2.2", "Audit use of the hourly fresh eyes review of CTGs and share results at the perinatal quality forum.",
             "Fetal Monitoring Lead Midwife", "Monthly", "", "G",
             "May audit showed 92% compliance with hourly fresh eyes."),
        ]),
        ("Workstream 3: Listening to women and families", [
            ("3.1", "Complete a 15 Steps for Maternity walkaround with the MNVP and act on the findings.",
             "Patient Experience Lead", "Jun-25", "Oct-25", "R",
             "Walkaround postponed twice due to the MNVP lead vacancy; new date being agreed."),
            ("3.2", "Publish a 'You said, we did' update for service users each quarter.",
             "Head of Midwifery", "Q2 2025/26", "", "G",
             "First update published in April; next due in September."),
        ]),
    ]
    for ws_, acts in plan:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[6]); m.text = ws_
        m.paragraphs[0].runs[0].bold = True; shade(m, "F2F2F2")
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, a):
                c.text = x
            shade(cells[5], DOCFILL[a[5]])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: B – complete; G – on track; A – at risk, mitigations in place; R – off track, escalation required.")
    doc.add_heading("Decisions required", level=2)
    doc.add_paragraph("The Committee is asked to note the report. No decisions are required this period.")
    doc.save(os.path.join(OUT, "bd2-wye-valley-nhs-trust-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 4 CQC must/should do (xlsx, refuse)
def countess():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Countess of Chester Hospital NHS Foundation Trust – CQC Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following CQC inspection of Urgent and Emergency Care and Medical Care (report published "
                "12 February 2025). Reporting to the Quality, Safety and Patient Experience Committee. Updated 02/06/2025.")
    hdr_row(ws, 5, ["Ref", "Core service", "CQC finding", "Action", "Lead", "Target date", "Progress update", "RAG"])

    def band(r, text):
        ws.cell(r, 1, text).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).fill = FILL["band"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

    band(6, "MUST DO")
    rows = {
        7: ["MD1a", "Urgent and emergency care",
            "The trust must ensure that patients in the emergency department receive timely assessment and treatment. (Regulation 12)",
            "Implement a rapid assessment and treatment model in majors with a senior decision-maker at the front door 08:00–00:00.",
            "Divisional Director for Urgent Care", D(2025, 4, 30),
            "Model live since 7 April; median time to initial assessment now 14 minutes.", "Complete", "blue"],
        8: ["MD1b", None, None,
            "Monitor time to initial assessment daily through the ED dashboard and escalate waits over 60 minutes to the site manager.",
            "ED Matron", "Ongoing", "Daily monitoring in place; escalations logged on the site report.", "Green", "green"],
        9: ["MD2", "Medical care",
            "The trust must ensure that staff complete mandatory training, including safeguarding level 3. (Regulation 18)",
            "Set ward-level trajectories to reach 90% compliance and review them at the monthly divisional performance meeting.",
            "Head of Nursing – Medicine", D(2025, 7, 31),
            "Compliance 83% at end of May; two wards below trajectory.", "Amber", "amber"],
        10: ["MD3", "Medical care",
             "The trust must ensure that medicines are stored securely and that fridge temperatures are recorded. (Regulation 12)",
             "Install remote temperature monitoring on all ward medicines fridges.",
             "Chief Pharmacist", "Agust 2025",
             "Order placed; installation scheduled ward by ward over the summer.", "Green", "green"],
        11: ["MD4", "Urgent and emergency care",
             "The trust must ensure that patient records include completed risk assessments for falls and pressure ulcers. (Regulation 12)",
             "Make falls and skin integrity assessments mandatory fields in the ED electronic record within 6 hours of arrival.",
             "Chief Clinical Information Officer", D(2025, 9, 30),
             "Build specified; testing in July.", "Amber", "amber"],
        14: ["SD1", "Urgent and emergency care",
             "The trust should ensure that the paediatric waiting area is visually separated from the adult waiting area.",
             "Install screening and separate seating in the paediatric waiting area.",
             "Estates Manager", "Sept 2025", "Quote approved; works booked.", "Green", "green"],
        15: ["SD2", "Medical care",
             "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
             "Report discharge summary timeliness by ward weekly and follow up any ward below 90%.",
             "Deputy Chief Operating Officer", D(2025, 6, 30),
             "Weekly report in place since May.", "Complete", "blue"],
        16: ["SD3", "Medical care",
             "The trust should ensure that patients' nutrition and hydration needs are recorded on the fluid balance chart.",
             "Relaunch fluid balance charts with ward-based teaching from the nutrition nurse team.",
             "Lead Nutrition Nurse", D(2025, 10, 31), "", None, None],
    }
    for r, row in rows.items():
        put(ws, r, row[:8])
        if row[8]:
            ws.cell(r, 8).fill = FILL[row[8]]
    ws.merge_cells("B7:B8"); ws.merge_cells("C7:C8")
    band(13, "SHOULD DO")
    ws.cell(18, 1, "RAG key").font = Font(bold=True)
    for i, (t, c) in enumerate([("Complete", "blue"), ("Green – on track", "green"),
                                ("Amber – some delay, recoverable", "amber"), ("Red – off track", "red")]):
        ws.cell(19 + i, 1, t).fill = FILL[c]
    for col, w in zip("ABCDEFGH", [8, 20, 48, 50, 28, 13, 42, 11]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bd2-countess-of-chester-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5 corporate risk register (xlsx)
def northherts():
    wb = Workbook(); ws = wb.active; ws.title = "Corporate Risks Q2"
    ws["A1"] = "North Hertfordshire Council – Corporate Risk Register (Q2 2025/26)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reported to Finance, Audit and Risk Committee – 19 November 2025"
    hdr_row(ws, 4, ["Risk Ref", "Risk Title", "Risk Owner", "Current Score (L x I)", "Direction of Travel",
                    "Further Actions Required", "Action Ref", "Action Owner", "Target Date", "Action Status", "Comments"])
    risks = [
        ("CR01", "Medium Term Financial Strategy – failure to close the budget gap", "Director – Resources", 16, "↔", [
            ("Deliver the 2026/27 savings proposals agreed by Cabinet in September 2025.", "CR01.1",
             "Service Director – Resources", D(2026, 3, 31), "On track", "green", "Proposals built into draft budget."),
            ("Review fees and charges against CIPFA benchmarks and report options to Cabinet.", "CR01.2",
             "Financial Services Manager", D(2025, 12, 31), "At risk", "amber",
             "Benchmarking data delayed; report may move to the January Cabinet."),
        ]),
        ("CR02", "Cyber security – loss of systems or data following a cyber attack", "Managing Director", 12, "↓", [
            ("Complete the PSN health check remediation plan.", "CR02.1", "ICT Manager", D(2025, 9, 30),
             "Complete", "blue", "All high and critical findings remediated."),
            ("Run a cyber incident exercise with the Corporate Leadership Team.", "CR02.2",
             "Emergency Planning Officer / ICT Manager", D(2026, 2, 28), "On track", "green",
             "Exercise scenario commissioned from the regional WARP."),
        ]),
        ("CR03", "Waste and street cleansing contract – contractor performance", "Service Director – Place", 9, "↔", [
            ("Apply the contract default process for missed bin collections above the agreed tolerance.", "CR03.1",
             "Waste Services Manager", "Ongoing", "On track", "green", "Defaults issued in July and August."),
            ("Prepare an options appraisal for the 2027 waste contract re-procurement.", "CR03.2",
             "Service Director – Place", D(2026, 1, 31), "Not started", None, "To start in November."),
        ]),
        ("CR04", "Local Plan review – delay to adoption", "Director – Place", 15, "↑", [
            ("Submit the Local Plan update for examination.", "CR04.1", "Strategic Planning Manager",
             D(2026, 6, 30), "Off track", "red",
             "Changes to national planning policy require further evidence; submission date under review."),
        ]),
    ]
    r = 5
    for ref, title, owner, score, dot, acts in risks:
        start = r
        for a in acts:
            vals = [ref, title, owner, score, dot, a[0], a[1], a[2], a[3], a[4], a[6]]
            put(ws, r, vals)
            if a[5]:
                ws.cell(r, 10).fill = FILL[a[5]]
            ws.cell(r, 4).fill = FILL["red" if score >= 12 else "amber"]
            r += 1
        if r - start > 1:
            for c in range(1, 6):
                ws.merge_cells(start_row=start, start_column=c, end_row=r - 1, end_column=c)
    r += 1
    ws.cell(r, 1, "Action status key").font = Font(bold=True); r += 1
    for t, c, d in [("Complete", "blue", "Action delivered"), ("On track", "green", "Expected to be delivered by target date"),
                    ("At risk", "amber", "May not be delivered by target date"),
                    ("Off track", "red", "Will not be delivered by target date"), ("Not started", None, "Not yet begun")]:
        ws.cell(r, 1, t)
        if c:
            ws.cell(r, 1).fill = FILL[c]
        ws.cell(r, 2, d); r += 1
    ws.cell(r + 1, 1, "Risk scores: 1–4 low, 5–11 medium (amber), 12–25 high (red). Direction of travel compares with Q1.")
    for col, w in zip("ABCDEFGHIJK", [8, 30, 20, 10, 10, 48, 9, 28, 12, 12, 40]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bd2-north-hertfordshire-dc-corporate-risk-register-q2-2025-26.xlsx"))


# ---------------------------------------------------------------- 6 SAB SAR tracker export (csv)
def brent():
    K = "SAR Mr K"
    S = "Thematic SAR – Self-neglect"
    k1 = "R1 – Partners to ensure that carers' assessments are offered when a family member provides significant care"
    k2 = "R2 – NWL ICB and primary care to strengthen follow-up of adults who repeatedly miss appointments"
    s1 = "R1 – Embed the multi-agency self-neglect pathway across all partners"
    s2 = "R2 – Improve the joint response of the Fire Brigade and Housing to hoarding"
    rows = [
        ["Action ID", "Review", "Recommendation", "Action", "Action Owner", "Target Date", "Revised Target Date",
         "RAG", "Latest Update", "Last Updated"],
        ["BSAB-K-01", K, k1, "Remind ASC practitioners through the practice bulletin that carers' assessments must be offered and that declined offers are recorded.",
         "Principal Social Worker", "31/03/2025", "", "Blue", "Practice bulletin issued March 2025; audit to confirm.", "02/06/2025"],
        ["BSAB-K-02", K, k1, "Audit 30 cases to check that carers' assessments were offered and recorded.",
         "Head of Quality Assurance (ASC)", "30/06/2025", "30/09/2025", "Amber",
         "Audit delayed by the case management system migration; now scheduled for August.", "02/06/2025"],
        ["BSAB-K-03", K, k2, "Introduce a 'was not brought / did not attend' protocol for adults with care and support needs in Brent GP practices.",
         "Designated Nurse Safeguarding Adults", "31/12/2025", "", "Green",
         "Protocol drafted with the LMC; consultation with practices closes in July.", "02/06/2025"],
        ["BSAB-K-04", K, k2, "Share the protocol through the Brent GP safeguarding leads forum.",
         "Named GP for Safeguarding", "Q3 2025/26", "", "Green", "", "02/06/2025"],
        ["BSAB-SN-01", S, s1, "Relaunch the multi-agency self-neglect pathway with an online briefing for partner agencies.",
         "SAB Business Manager", "30/04/2025", "", "Blue", "Launch held on 24 April 2025 with 186 attendees.", "15/05/2025"],
        ["BSAB-SN-02", S, s1, "Include self-neglect cases in the quarterly multi-agency case file audit programme.",
         "QA Subgroup Chair", "Quarterly", "", "Green", "First audit in Q1 covered six cases.", "15/05/2025"],
        ["BSAB-SN-03", S, s2, "Agree a joint home fire safety visit referral route for residents identified as hoarding.",
         "LFB Borough Commander / Head of Housing Management", "30/06/2025", "", "Red",
         "Referral route not yet agreed; escalated to the SAB Executive.", "15/05/2025"],
        ["BSAB-SN-04", S, s2, "Train housing officers to use the clutter image rating scale.",
         "Head of Housing Management", "30/09/2025", "", "", "", "15/05/2025"],
    ]
    with open(os.path.join(OUT, "bd2-brent-sab-sar-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 CSPR action plan (tab-separated txt)
def wiltshire():
    L = [
        "Wiltshire SVPP – Child Safeguarding Practice Review: Child L – Action Plan",
        "Version 4 – updated 14/07/2025",
        "",
        "\t".join(["Learning Theme", "Ref", "Action", "Agency", "Lead", "Timescale", "Progress", "RAG"]),
    ]
    rows = [
        ["1. Seeing the whole household: men in the child's life", "1.1",
         "Update the multi-agency assessment guidance to require practitioners to identify and engage all adults in the household.",
         "WSVPP", "Partnership Business Manager", "Sept 2025", "Draft circulated to the Policy and Procedures Group for comment.", "G"],
        ["", "1.2", "Add a 'who lives here?' prompt to the children's services assessment template in the case management system.",
         "Wiltshire Council Children's Services", "Head of Service – Children in Need", "Dec-25",
         "System change requested; in the development queue.", "A"],
        ["", "1.3", "Health visitors to record information about fathers and partners at the new birth visit.",
         "HCRG Care Group", "Health Visiting Service Lead", "31/10/2025", "Now recorded at the new birth visit; audit planned.", "G"],
        ["2. Responding to neglect over time", "2.1",
         "Launch the Graded Care Profile 2 refresh and train 200 practitioners.",
         "WSVPP", "Neglect Subgroup Chair / Partnership Training Officer", "Q3 2025/26", "118 practitioners trained to date.", "G"],
        ["", "2.2", "Include a chronology in every child protection conference report where neglect is the category of concern.",
         "Wiltshire Council Children's Services", "Conference and Review Manager", "April 2025",
         "Report template changed in April 2025.", "Complete"],
        ["", "2.3", "Schools to use the neglect toolkit when attendance falls below 90% for a child on a child in need or child protection plan.",
         "Education", "Designated Safeguarding Leads Network Chair", "Ongoing", "Toolkit shared; uptake to be reviewed in the autumn.", "A"],
        ["3. Escalation and professional challenge", "3.1",
         "Relaunch the escalation policy with a one-page guide and a record of escalations.",
         "WSVPP", "Partnership Business Manager", "31/08/2025", "", ""],
        ["", "3.2", "Report the number and outcome of escalations to the Partnership Executive every six months.",
         "WSVPP", "Partnership Business Manager", "Six-monthly", "First report due January 2026.", "G"],
    ]
    L += ["\t".join(r) for r in rows]
    L += ["", "RAG: G = on track, A = some delay, R = significant concern, Complete = action completed and evidenced"]
    with open(os.path.join(OUT, "bd2-wiltshire-svpp-cspr-child-l-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\r\n".join(L) + "\r\n")


if __name__ == "__main__":
    northumbria(); york(); wye(); countess(); northherts(); brent(); wiltshire()
