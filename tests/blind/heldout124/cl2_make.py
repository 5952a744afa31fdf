"""Generator for the cl2- cases (partnership, NHS and corporate plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "red": "FF0000", "amber": "FFC000", "green": "92D050", "blue": "00B0F0",
    "grey": "BFBFBF", "head": "1F3864", "sub": "D9E1F2"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["head"]; c.alignment = WRAP; c.border = BOX


def put(ws, row, vals, fmt=None):
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP; c.border = BOX
        if isinstance(v, dt.datetime) and fmt:
            c.number_format = fmt


# ---------------------------------------------------------------- 1 Wiltshire SAB SAR
def wiltshire():
    wb = Workbook(); ws = wb.active; ws.title = "SAR Mr B Action Plan"
    ws["A1"] = "Wiltshire Safeguarding Adults Board – SAR Mr B Action Plan"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 14 October 2024 (for SAR Subgroup)"; ws["A2"].font = Font(italic=True)
    cols = ["Ref", "Action", "Lead", "Target Date", "Revised Date", "Progress update", "RAG"]
    hdr(ws, 4, cols)
    for col, w in zip("ABCDEFG", [7, 55, 30, 12, 12, 55, 12]):
        ws.column_dimensions[col].width = w
    rows = [
        ("rec", "Recommendation 1: The Board should seek assurance that partner agencies apply the multi-agency Self-Neglect and Hoarding Protocol where an adult repeatedly declines care and support."),
        ("1.1", "Refresh the multi-agency Self-Neglect and Hoarding Protocol to include escalation routes where a person repeatedly declines services.", "SAB Business Manager", D(2024, 3, 31), None, "Revised protocol ratified by the Board on 21 March 2024 and published on the SAB website.", "Complete", "blue"),
        ("1.2", "Deliver briefing sessions on the refreshed protocol to frontline practitioners across all partner agencies.", "SAB Learning and Development Officer", D(2024, 6, 30), D(2024, 11, 30), "Four of six sessions delivered (112 attendees). Remaining sessions booked for November after summer cancellations.", "Green", "green"),
        ("1.3", "Audit a sample of self-neglect cases to test whether the protocol is being applied in practice.", "Quality Assurance Subgroup Chair", D(2025, 3, 31), None, "Audit tool agreed at September subgroup; case sample to be drawn in January.", "Not started", "grey"),
        ("rec", "Recommendation 2: Partners should ensure practitioners understand how executive functioning affects a person's capacity to make decisions about their care."),
        ("2.1", "Include executive functioning in all Mental Capacity Act training delivered by partner agencies.", "Wiltshire Council MCA Lead / BSW ICB Designated Nurse", D(2024, 12, 31), None, "Training content updated for Council and ICB courses; acute trusts confirming changes to e-learning.", "Green", "green"),
        ("2.2", "Produce a practice guide on recording capacity assessments for decisions about care and support.", "Principal Social Worker (Adults)", D(2025, 1, 31), None, "First draft written but delayed by the PSW vacancy over the summer. Draft to go to the Policy and Procedures Subgroup in December.", "Amber", "amber"),
        ("rec", "Recommendation 3: The Board should be assured that multi-agency risk management meetings (MARM) identify a lead agency and are reviewed."),
        ("3.1", "Ensure that a lead agency is identified and recorded at every multi-agency risk management meeting.", "Head of Adult Safeguarding", "Ongoing", None, "MARM template amended in April 2024. Compliance checked monthly by the Safeguarding Adults Team.", "Green", "green"),
        ("3.2", "Report quarterly MARM activity data to the Performance and Quality Subgroup.", "Head of Adult Safeguarding", D(2024, 7, 31), None, "Q1 data reported in July 2024 and now a standing item on the subgroup agenda.", "Complete", "blue"),
    ]
    r = 5
    for row in rows:
        if row[0] == "rec":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = FILL["sub"]; ws.cell(row=r, column=1).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 32
        else:
            put(ws, r, row[:7], "mmm-yy")
            ws.cell(row=r, column=7).fill = FILL[row[7]]
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True); r += 1
    for word, colour, text in [("Blue", "blue", "Complete and evidenced"), ("Green", "green", "On track"),
                               ("Amber", "amber", "Some slippage – remedial action in hand"),
                               ("Red", "red", "Not on track / at risk"), ("Grey", "grey", "Not yet started")]:
        ws.cell(row=r, column=1, value=word).fill = FILL[colour]
        ws.cell(row=r, column=2, value=text); r += 1
    wb.save(os.path.join(OUT, "cl2-wiltshire-sab-sar-mr-b-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 ESHT Board action log
def esht():
    wb = Workbook(); ws = wb.active; ws.title = "Action Log"
    ws["A1"] = "East Sussex Healthcare NHS Trust – Trust Board (Public) Action Log"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated following the meeting held on 10 December 2024"
    hdr(ws, 4, ["Action No", "Meeting Date", "Action", "Lead", "Due Date", "Progress update", "RAG"])
    for col, w in zip("ABCDEFG", [10, 13, 55, 28, 13, 50, 8]):
        ws.column_dimensions[col].width = w
    rows = [
        (171, D(2024, 10, 8), "Provide an update on ambulance handover delays at the Conquest Hospital, including the impact of the new cohorting area.", "Chief Operating Officer", D(2024, 12, 10), "Update included in the December Integrated Performance Report. Propose closure.", "blue"),
        (172, D(2024, 10, 8), "Circulate the Freedom to Speak Up Guardian's benchmarking data to Board members.", "Company Secretary", D(2024, 10, 31), "Circulated by email on 22 October 2024.", "blue"),
        (173, D(2024, 10, 8), "Bring a paper on the financial recovery plan trajectory, including the agency staffing reduction, to the Finance and Productivity Committee before reporting to Board.", "Chief Finance Officer", "February 2025", "Scheduled for the January Committee, with the Board report to follow in February.", "green"),
        None,
        (174, D(2024, 12, 10), "Review the format of the maternity safety report so that the perinatal quality surveillance measures are presented as run charts.", "Chief Nurse / Director of Midwifery", D(2025, 2, 11), "Draft format shared with the Non-Executive Maternity Safety Champion.", "green"),
        (175, D(2024, 12, 10), "Confirm the timetable for the Well-led self-assessment and report it to the Board seminar.", "Company Secretary", D(2025, 3, 4), None, None),
        (176, D(2024, 12, 10), "Provide assurance on the backlog of outstanding discharge summaries at Eastbourne DGH.", "Chief Medical Officer", D(2025, 1, 31), "Backlog reduced from 1,140 to 620; the recovery trajectory will be presented in February.", "red"),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        put(ws, r, row[:6], "dd/mm/yyyy")
        c = ws.cell(row=r, column=7); c.border = BOX
        if row[6]:
            c.fill = FILL[row[6]]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True); r += 1
    for colour, text in [("blue", "Complete – propose closure"), ("green", "On track / not yet due"),
                         ("amber", "Revised due date agreed"), ("red", "Overdue")]:
        ws.cell(row=r, column=1).fill = FILL[colour]; ws.cell(row=r, column=2, value=text); r += 1
    wb.save(os.path.join(OUT, "cl2-east-sussex-healthcare-nhs-trust-board-public-action-log.xlsx"))


# ---------------------------------------------------------------- 3 Hastings risk register (refuse)
def hastings():
    wb = Workbook(); ws = wb.active; ws.title = "CRR Q2 2024-25"
    ws["A1"] = "Hastings Borough Council – Corporate Risk Register"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 2024/25 – position at 30 September 2024"
    hdr(ws, 4, ["Risk Ref", "Risk", "Risk Owner", "Further actions required", "Action Owner", "Target Date", "Current Risk Rating", "Direction of travel"])
    for col, w in zip("ABCDEFGH", [9, 40, 22, 50, 22, 14, 12, 10]):
        ws.column_dimensions[col].width = w
    rows = [
        ("CR01", "Financial sustainability: the Council is unable to set a balanced budget for 2025/26 because of temporary accommodation costs.", "Chief Finance Officer", "Deliver the savings and income proposals agreed by Cabinet in July and report progress monthly to the Leader.", "Chief Finance Officer", "28/02/2025", "Red", "→"),
        ("CR02", "Temporary accommodation demand exceeds supply, increasing spend on nightly-paid accommodation.", "Director of Place", "Complete the purchase of 30 further properties through the Temporary Accommodation Acquisition Programme.", "Housing Renewal Manager", "Janaury 2025", "Red", "↑"),
        ("CR03", "Cyber attack causes loss of key systems and data.", "Head of ICT", "Complete the move to the new backup solution and test recovery of the revenues and benefits system.", "Head of ICT", "31/12/2024", "Amber", "↓"),
        ("CR04", "Loss of key staff in statutory roles, including planning and environmental health.", "Chief Executive", "Implement the market supplement scheme agreed by the Employment Committee.", "HR Manager", "Mar-25", "Amber", "→"),
        ("CR05", "Failure to deliver the Town Deal programme within the funding deadline.", "Director of Place", "Agree revised project milestones with MHCLG and the Town Deal Board.", "Regeneration Manager", "30/11/2024", "Amber", "→"),
    ]
    r = 5
    for row in rows:
        put(ws, r, row)
        ws.cell(row=r, column=7).fill = FILL[row[6].lower()]
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Risk rating: Red = 15-25, Amber = 8-12, Green = 1-6 (impact x likelihood)")
    wb.save(os.path.join(OUT, "cl2-hastings-bc-corporate-risk-register-q2-2024-25-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True


HEX = {"blue": "00B0F0", "green": "92D050", "amber": "FFC000", "red": "FF0000", "grey": "BFBFBF"}


# ---------------------------------------------------------------- 4 Haringey SCP CSPR
def haringey():
    doc = Document()
    doc.add_paragraph("Haringey Safeguarding Children Partnership")
    doc.add_heading("Child Safeguarding Practice Review – Child T: Multi-Agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Child Safeguarding Practice Review into the "
        "circumstances of Child T, published in October 2024. Progress is monitored by the Learning and Practice "
        "Review Subgroup and reported to the Partnership's Executive Group each quarter. The position below is "
        "as at April 2025.")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [("Version", "1.4"), ("Date", "22 April 2025"), ("Author", "HSCP Business Unit"),
                 ("Approved by", "HSCP Executive Group")]:
        cells = t.add_row().cells; cells[0].text = a; cells[1].text = b
    doc.add_paragraph()
    heads = ["Ref", "Recommendation", "Action", "Lead", "By when", "Progress", "RAG"]
    themes = [
        ("Theme 1: The lived experience of the child", [
            ("Recommendation 1: Partners should ensure that practitioners see children alone and record their words and wishes at every statutory visit.", [
                ("1.1", "Amend the children's social care visit recording template so that 'seen alone' and the child's own words are mandatory fields.", "Head of Service, Safeguarding and Social Care", "March 2025", "Template changes made in Mosaic and live from 3 March 2025.", "Complete", "blue"),
                ("1.2", "Deliver multi-agency practice workshops on direct work with children who are non-verbal or have limited speech.", "HSCP Learning and Development Lead", "Sept 2024 – June 2025", "Three of five workshops delivered; evaluation positive.", "Green", "green"),
            ]),
            ("Recommendation 2: Health partners should ensure that safeguarding information about a child's disability is shared with school nursing when a child moves school.", [
                ("2.1", "Review the school nursing transfer-in process to include a check of the child's safeguarding and disability records.", "Named Nurse for Safeguarding Children (Whittington Health)", "31/05/2025", "Process mapping completed; IT change to the transfer-in alert is waiting for supplier testing.", "Amber", "amber"),
            ]),
        ]),
        ("Theme 2: Professional curiosity and challenge", [
            ("Recommendation 3: The Partnership should assure itself that the escalation policy is understood and used by practitioners in all agencies.", [
                ("3.1", "Relaunch the Resolving Professional Differences (escalation) policy through a 7-minute briefing and the partnership newsletter.", "HSCP Business Manager", "January 2025", "Briefing published 14 January 2025 and cascaded through agency safeguarding leads.", "Complete", "blue"),
                ("3.2", "Add escalation data to the Partnership's quarterly performance dataset.", "HSCP Business Manager / Performance Analyst", "Q1 2025/26", "Agencies asked to report escalations from April 2025.", "Green", "green"),
                ("3.3", "Carry out a multi-agency audit of cases where an escalation was raised, to test the quality of the response.", "Quality Assurance Subgroup", "TBC", "To be scheduled once the first quarter of escalation data is available.", "Not started", "grey"),
            ]),
        ]),
    ]
    for theme, recs in themes:
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=7); tb.style = "Table Grid"
        for i, h in enumerate(heads):
            tb.rows[0].cells[i].text = h; shade(tb.rows[0].cells[i], "D9E1F2")
        bold_row(tb.rows[0])
        for rec, acts in recs:
            first = None
            for a in acts:
                cells = tb.add_row().cells
                cells[0].text = a[0]; cells[2].text = a[1]; cells[3].text = a[2]
                cells[4].text = a[3]; cells[5].text = a[4]; cells[6].text = a[5]; shade(cells[6], HEX[a[6]])
                if first is None:
                    first = cells[1]; first.text = rec
                else:
                    last = cells[1]
            if len(acts) > 1:
                first.merge(last)
        doc.add_paragraph()
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – delayed but recoverable; Red – not on track; Grey – not started.")
    doc.save(os.path.join(OUT, "cl2-haringey-scp-cspr-child-t-action-plan.docx"))


# ---------------------------------------------------------------- 5 Dartford & Gravesham maternity highlight report
def dgt():
    doc = Document()
    doc.add_paragraph("Dartford and Gravesham NHS Trust")
    doc.add_heading("Maternity and Neonatal Services Highlight Report", level=1)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [("Report to", "Quality and Safety Committee"), ("Date of meeting", "20 January 2025"),
                 ("Report author", "Director of Midwifery"), ("Executive sponsor", "Chief Nurse"),
                 ("Overall status", "Amber")]:
        cells = t.add_row().cells; cells[0].text = a; cells[1].text = b
    doc.add_heading("Key achievements this period", level=2)
    for s in ["CQC maternity survey results published: the Trust is 'better than expected' for two questions on postnatal care.",
              "Neonatal unit achieved Baby Friendly Initiative Stage 2 re-accreditation.",
              "No new Maternity and Newborn Safety Investigations (MNSI) referrals in December."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Improvement actions", level=2)
    tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
    for i, h in enumerate(["Ref", "Action", "Owner", "Due", "Update", "Status"]):
        tb.rows[0].cells[i].text = h; shade(tb.rows[0].cells[i], "1F3864")
    bold_row(tb.rows[0])
    groups = [
        ("Safe staffing", [
            ("MNH-01", "Complete the Birthrate Plus reassessment and present the midwifery establishment review to Trust Board.", "Director of Midwifery", "Mar-25", "Data collection finished in December; draft report received from Birthrate Plus.", "On track", "green"),
            ("MNH-02", "Recruit to the 6.4 WTE band 6 midwife vacancies through the international recruitment programme.", "Deputy Director of Midwifery", "30/04/2025", "Four midwives have accepted offers; two are waiting for NMC registration, which may delay start dates.", "At risk", "amber"),
        ]),
        ("Maternity Incentive Scheme (Year 6)", [
            ("MNH-03", "Achieve 90% compliance with multi-professional PROMPT training for obstetricians, midwives and anaesthetists.", "Practice Development Midwife / Obstetric Clinical Lead", "November 2024", "Compliance at 93% for all staff groups at the end of November.", "Complete", "blue"),
            ("MNH-04", "Submit the MIS Year 6 board declaration to NHS Resolution.", "Head of Midwifery", "03/03/2025", "Evidence folders for all ten safety actions reviewed by the Maternity Safety Champions.", "On track", "green"),
        ]),
        ("Listening to women and families", [
            ("MNH-05", "Co-produce a revised birth reflections service pathway with the Maternity and Neonatal Voices Partnership (MNVP).", "Consultant Midwife", "Q1 2025/26", "First co-production workshop held with MNVP members on 9 January.", "On track", "green"),
            ("MNH-06", "Introduce interpreter booking at first contact for all women whose first language is not English.", "Head of Midwifery", "31/12/2024", "Interpreting contract variation not yet agreed; escalated to the Women's and Children's Divisional Board.", "Off track", "red"),
        ]),
    ]
    for g, acts in groups:
        cells = tb.add_row().cells
        m = cells[0].merge(cells[5]); m.text = g; shade(m, "D9E1F2")
        for p in m.paragraphs:
            for run in p.runs:
                run.bold = True
        for a in acts:
            cells = tb.add_row().cells
            for i in range(6):
                cells[i].text = a[i]
            shade(cells[5], HEX[a[6]])
    doc.add_paragraph("Status key: Complete (blue); On track (green); At risk (amber); Off track (red).")
    doc.add_heading("Risks and escalations", level=2)
    doc.add_paragraph("The committee is asked to note the delay to interpreter booking at first contact (MNH-06), which is on the divisional risk register (risk 1482, score 12).")
    doc.save(os.path.join(OUT, "cl2-dartford-gravesham-nhs-trust-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 6 BLMK ICB committee action log export (csv)
def blmk():
    rows = [
        ["ID", "Meeting", "Date Raised", "Action", "Owner", "Due Date", "Status", "RAG", "Update", "Last Modified"],
        ["QPC-0412", "Quality and Performance Committee", "14/11/2024", "Provide a deep-dive on the 52-week elective waiting list position at Bedfordshire Hospitals, including clinical harm reviews.", "Director of Performance", "16/01/2025", "Closed", "B", "Deep-dive presented in January; harm reviews found no severe harm. Closed by the committee.", "17/01/2025 09:12"],
        ["QPC-0413", "Quality and Performance Committee", "14/11/2024", "Share the LeDeR annual report action plan with committee members before the next meeting.", "Helen Marsh", "09/01/2025", "Closed", "B", "Shared by the committee secretary on 6 January.", "06/01/2025 15:40"],
        ["QPC-0414", "Quality and Performance Committee", "14/11/2024", "Seek assurance from the East of England Ambulance Service on category 2 response times in rural Central Bedfordshire.", "Chief Nursing Officer", "13/03/2025", "Open", "A", "Letter sent to EEAST on 2 December; response awaited. Chased at the January contract meeting.", "20/01/2025 11:03"],
        ["QPC-0419", "Quality and Performance Committee", "16/01/2025", "Bring the revised system quality risk register to committee with the top five risks mapped to the Board Assurance Framework.", "Deputy Chief Nurse; Head of Risk", "13/03/2025", "Open", "G", "Risk register refresh workshop held 28 January.", "30/01/2025 10:21"],
        ["QPC-0420", "Quality and Performance Committee", "16/01/2025", "Review infection prevention and control support to care homes following the norovirus outbreaks in December.", "ICB IPC Lead", "13/02/2025", "Open", "R", "Report delayed because of outbreak pressures; now expected in March.", "14/02/2025 16:55"],
        ["QPC-0421", "Quality and Performance Committee", "16/01/2025", "Agree the reporting frequency for the SEND health dashboard.", "Designated Clinical Officer (SEND)", "", "Open", "", "", "16/01/2025 17:30"],
    ]
    with open(os.path.join(OUT, "cl2-blmk-icb-quality-performance-committee-action-log-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Safer Tamworth DHR (txt)
def tamworth():
    L = [
        "Safer Tamworth Partnership – Domestic Homicide Review 'Grace': Action Plan",
        "Position as at July 2025. Monitored by the DHR Action Plan Monitoring Group.",
        "",
        "Recommendation 1: All health partners should ensure that routine enquiry about domestic abuse is embedded in practice.",
        "Ref\tAction\tLead\tTarget date\tProgress\tStatus",
        "1a\tAudit compliance with routine enquiry at antenatal and health visiting contacts.\tSafeguarding Lead (Midlands Partnership NHSFT)\tSept 2025\tAudit tool agreed; sample of 50 records selected for August.\tOn track",
        "1b\tInclude routine enquiry in the GP practice safeguarding leads forum programme.\tDesignated Doctor Safeguarding Adults (Staffordshire and Stoke-on-Trent ICB)\tMay 2025\tSession delivered at the May forum; slides circulated to all practices.\tComplete",
        "",
        "Recommendation 2: Tamworth Borough Council should strengthen its housing response to disclosures of domestic abuse.",
        "Ref\tAction\tLead\tTarget date\tProgress\tStatus",
        "2a\tTrain all housing options staff to the Domestic Abuse Housing Alliance (DAHA) accreditation standards.\tHead of Housing Solutions\t31/03/2026\tTraining provider commissioned, but the first cohort has moved to October because of staff vacancies.\tAmber",
        "2b\tIntroduce a flag on the housing management system for households where domestic abuse has been disclosed.\tHousing Systems Manager & Head of Housing Solutions\tDec 2025\tSpecification agreed with the system supplier.\tGreen",
        "",
        "Recommendation 3: Staffordshire Police should review how requests under the Domestic Violence Disclosure Scheme are handled.",
        "Ref\tAction\tLead\tTarget date\tProgress\tStatus",
        "3a\tReview the timeliness of Right to Ask applications under the Domestic Violence Disclosure Scheme (Clare's Law) in the southern local policing area.\tDCI Public Protection\tOngoing - reported quarterly\tQ1 figures show 78% of applications completed within 28 days.\tGreen",
        "3b\tShare a briefing on the learning from this review with neighbourhood policing teams.\tDCI Public Protection\tAug 2025\t\tNot started",
        "",
        "Status: Complete / On track (Green) / Amber - some delay / Red - not on track / Not started",
    ]
    with open(os.path.join(OUT, "cl2-safer-tamworth-partnership-dhr-grace-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    wiltshire(); esht(); hastings(); haringey(); dgt(); blmk(); tamworth()
