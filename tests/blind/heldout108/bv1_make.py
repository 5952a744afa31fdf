"""Generator for the bv1- cases (heldout108). Run with /work/main/.venv/bin/python."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "blue": "5B9BD5", "green": "92D050", "amber": "FFC000", "red": "FF0000",
    "grey": "D9D9D9", "navy": "1F3864", "pale": "DDEBF7"}.items()}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, r, vals, fmt=None, bold=False):
    for c, v in enumerate(vals, 1):
        if v is None:
            continue
        cell = ws.cell(r, c, v)
        cell.alignment = WRAP
        cell.border = BOX
        if bold:
            cell.font = Font(bold=True)
        if isinstance(v, dt.datetime) and fmt:
            cell.number_format = fmt.get(c, "dd/mm/yyyy")


def band(ws, r, text, ncol, fill="grey", white=False):
    ws.cell(r, 1, text).font = Font(bold=True, color="FFFFFF" if white else "000000")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for c in range(1, ncol + 1):
        ws.cell(r, c).fill = FILL[fill]
        ws.cell(r, c).border = BOX


# ---------------------------------------------------------------- 1 NIAS (xlsx)
def nias():
    wb = Workbook(); ws = wb.active; ws.title = "QIP"
    ws["A1"] = "Northern Ireland Ambulance Service HSC Trust – RQIA Review Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Review: RQIA review of Emergency Ambulance Control and patient handover (fieldwork June 2023)"
    ws["A3"] = "Progress update: January 2024"
    hdr = ["Area for improvement", "Standard", "Action required", "Responsible person",
           "To be completed by", "Progress update", "RAG"]
    put(ws, 5, hdr, bold=True)
    for c in range(1, 8):
        ws.cell(5, c).fill = FILL["pale"]
    band(ws, 6, "Is care safe?", 7)
    afi1 = ("The Trust should ensure that clinical triage of lower acuity 999 calls in the Emergency "
            "Ambulance Control is completed within the agreed timescale.")
    put(ws, 7, [afi1, "Quality Standard 5.3", "Increase Clinical Support Desk staffing to a minimum of six clinicians per shift during peak hours.",
                "Head of Emergency Ambulance Control", D(2023, 10, 31),
                "Six clinicians rostered on all peak shifts since October 2023. Median call-back time reduced to 38 minutes.", None], {5: "dd/mm/yyyy"})
    put(ws, 8, [None, None, "Monthly audit of call-back times reported to the Safety Committee.",
                "Clinical Support Desk Manager", "Monthly",
                "Audits reported in November, December and January.", None])
    ws.merge_cells("A7:A8"); ws.merge_cells("B7:B8")
    put(ws, 9, ["The Trust should ensure that vehicle deep cleaning is completed and recorded in line with the cleaning schedule.",
                "Quality Standard 5.3.1", "Introduce an electronic deep clean log for every vehicle, reviewed weekly by Station Officers.",
                "Fleet and Estates Manager", D(2023, 12, 1),
                "Log live in Northern and Western divisions; remaining divisions delayed by device roll-out.", None], {5: "mmm-yy"})
    band(ws, 10, "Is care effective?", 7)
    put(ws, 11, ["The Trust should ensure that patient care records are completed fully, including pain scores and reassessment of observations.",
                 "Quality Standard 5.1", "Roll out the electronic Patient Care Record audit tool to all divisions, with feedback to individual clinicians.",
                 "Assistant Director of Clinical Quality", D(2023, 11, 30),
                 "Tool in use in four of five divisions. Compliance with pain score recording at 83%.", None], {5: "dd/mm/yyyy"})
    put(ws, 12, ["The Trust should ensure that learning from Serious Adverse Incidents is shared with frontline staff in a timely way.",
                 "Quality Standard 4.1", "Publish a bi-monthly 'Learning Matters' bulletin and include SAI learning in station safety huddles.",
                 "Governance Lead / Divisional Managers", "Immediate",
                 "First bulletin issued August 2023; huddle briefing template in use.", None])
    band(ws, 13, "Is care compassionate?", 7)
    put(ws, 14, ["The Trust should ensure that patients waiting outside Emergency Departments have their privacy, dignity and comfort maintained.",
                 "Quality Standard 5.2", "Agree a joint Hospital Ambulance Liaison Officer protocol with each HSC Trust ED, to include welfare checks and refreshments for patients waiting in ambulances.",
                 "Director of Operations", D(2023, 9, 30),
                 "Protocol agreed with all five HSC Trusts and in place from September 2023.", None], {5: "dd/mm/yyyy"})
    band(ws, 15, "Is the service well led?", 7)
    afi6 = "The Trust should ensure that staff compliance with mandatory training improves."
    put(ws, 16, [afi6, "Quality Standard 4.3", "Roster protected training days for all A&E crews, with a trajectory to reach 85% compliance by March 2024.",
                 "Director of Human Resources", D(2024, 3, 1),
                 "Compliance at 71% (up from 64%). Training days rostered for February and March.", None], {5: "mmm-yy"})
    put(ws, 17, [None, None, "Report training compliance monthly to the People Committee.",
                 "Director of Human Resources", "Ongoing", "Standing item on the People Committee agenda.", None])
    ws.merge_cells("A16:A17"); ws.merge_cells("B16:B17")
    put(ws, 18, ["The Trust should ensure that all staff receive an annual appraisal.",
                 "Quality Standard 4.3", "Produce an appraisal schedule for each station, allocating appraisers from the Station Officer team.",
                 "Divisional Commanders", D(2024, 1, 31),
                 "Schedules drafted but not issued because of winter pressures; to be revisited at February SMT.", None], {5: "dd/mm/yyyy"})
    for r, col in [(7, "blue"), (8, "green"), (9, "amber"), (11, "green"), (12, "blue"),
                   (14, "blue"), (16, "amber"), (17, "green"), (18, "red")]:
        ws.cell(r, 7).fill = FILL[col]
    ws["A20"] = "RAG key"; ws["A20"].font = Font(bold=True)
    for r, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"),
                                    ("amber", "Some slippage"), ("red", "Off track")], 21):
        ws.cell(r, 1).fill = FILL[col]; ws.cell(r, 2, txt)
    for col, w in zip("ABCDEFG", [42, 14, 48, 26, 14, 46, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bv1-nias-rqia-review-quality-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 UHI (xlsx, refuse)
def uhi():
    wb = Workbook(); ws = wb.active; ws.title = "Tracker"
    ws["A1"] = "UHI – Internal Audit Recommendations Tracker"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee – 12 March 2024"
    hdr = ["Audit report", "Rec no.", "Grade", "Recommendation", "Management response / agreed action",
           "Responsible officer", "Original due date", "Revised due date", "Status", "Update"]
    put(ws, 4, hdr, bold=True)
    f = {7: "dd/mm/yyyy", 8: "dd/mm/yyyy"}
    put(ws, 5, ["Student Records 2022/23", 1, "Medium",
                "Access rights to the student records system should be reviewed at least annually.",
                "An annual access review will be carried out by the Student Records team and signed off by the Academic Registrar.",
                "Academic Registrar", D(2023, 7, 31), None, "Complete",
                "Review completed July 2023; 46 leavers' accounts removed."], f)
    put(ws, 6, [None, 2, "Low", "The enrolment procedure should be updated to reflect the new online process.",
                "Procedure to be rewritten and published on the staff intranet.",
                "Head of Student Records", D(2023, 12, 31), D(2024, 4, 30), "Amber",
                "Draft prepared; awaiting sign-off following the system upgrade."], f)
    put(ws, 7, ["Procurement 2022/23", 1, "High",
                "Contracts above the tender threshold should not be awarded without evidence of competitive tendering or an approved waiver.",
                "Contract register to be reconciled to the finance system quarterly, and waivers reported to the Audit and Risk Committee.",
                "Head of Procurement", D(2023, 9, 30), D(2024, 1, 31), "Complete",
                "Quarterly reconciliation in place; first waiver report taken in January 2024."], f)
    put(ws, 8, [None, 2, "Medium", "Purchase card limits should be reviewed and aligned to the financial regulations.",
                "All card limits to be reviewed by Finance and reduced where not justified by spend.",
                "Director of Finance", D(2023, 12, 1), "Febuary 2024", "Amber",
                "Review under way; 31 of 58 cards reviewed to date."], {7: "mmm-yy"})
    put(ws, 9, ["Cyber Security 2023/24", 1, "High",
                "Multi-factor authentication should be enforced for all staff remote access.",
                "MFA to be enabled for all staff accounts, with exceptions approved by the Head of IT.",
                "Head of IT", D(2024, 3, 31), None, "Green",
                "MFA enabled for 92% of staff accounts; remaining accounts scheduled."], f)
    put(ws, 10, [None, 2, "Medium", "The incident response plan should be tested at least annually.",
                 "A desktop exercise will be held with the Executive Team and the plan updated.",
                 "Head of IT / Information Governance Manager", D(2024, 6, 30), None, "Not started",
                 "Exercise to be scheduled for May 2024."], f)
    ws["A12"] = "Status key: Complete; Green – on track; Amber – revised date agreed / at risk; Red – overdue; Not started"
    for r, c in [(5, "blue"), (6, "amber"), (7, "blue"), (8, "amber"), (9, "green")]:
        ws.cell(r, 9).fill = FILL[c]
    for col, w in zip("ABCDEFGHIJ", [20, 8, 9, 40, 44, 24, 13, 13, 11, 40]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "bv1-uhi-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Teesside (xlsx)
def teesside():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "Teesside University – Apprenticeships Post-Inspection Action Plan (PIAP)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection: 7–10 November 2023 | Owner: Dean of Academic Enterprise"
    ws["A3"] = "Last updated: 19/04/2024"
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Target date", "Success measure",
           "Progress to date", "Previous RAG", "Current RAG"]
    put(ws, 5, hdr, bold=True)
    band(ws, 6, "Theme 1: Quality of education", 9, "navy", white=True)
    afi1 = "Leaders should ensure that employers are fully involved in planning and reviewing apprentices' on- and off-the-job training."
    put(ws, 7, ["1.1", afi1, "Introduce tripartite progress reviews every 10 weeks with employer sign-off of the training plan.",
                "Head of Apprenticeship Delivery", D(2024, 1, 31), "95% of reviews include employer sign-off.",
                "Review schedule live for all cohorts; employer sign-off at 88% in March.", "Amber", "Green"], {5: "dd/mm/yyyy"})
    put(ws, 8, ["1.2", None, "Provide employer guidance and a short online briefing on the apprenticeship standard and end-point assessment.",
                "Employer Engagement Manager", D(2024, 3, 1), "Guidance issued to all employers.",
                "Guidance pack issued in February; two online briefings held with 64 employers.", "Green", "Complete"], {5: "mmm-yy"})
    ws.merge_cells("B7:B8")
    put(ws, 9, ["1.3", "Leaders should ensure that apprentices' starting points are used to plan an individualised programme.",
                "Revise the initial assessment process to include a skills scan signed off by the programme leader, and use it to adjust the training plan.",
                "Programme Leaders", D(2024, 9, 30), "All new starters have an individualised training plan.",
                "Skills scan redesigned; pilot with the Nursing Associate cohort.", "Red", "Amber"], {5: "dd/mm/yyyy"})
    band(ws, 10, "Theme 2: Personal development", 9, "navy", white=True)
    put(ws, 11, ["2.1", "Leaders should ensure that apprentices receive impartial careers advice on their next steps.",
                 "Embed a careers guidance session with the Careers Service in year two of every programme.",
                 "Head of Careers and Employability", D(2024, 7, 31), "All year two apprentices have a careers session recorded.",
                 "Sessions delivered to three of seven programmes.", "Amber", "Amber"], {5: "mmm-yy"})
    put(ws, 12, ["2.2", "Leaders should ensure that apprentices have a secure understanding of the risks of radicalisation and extremism in their workplace.",
                 "Deliver Prevent and British values content through monthly 'Apprentice Essentials' topics, checked at progress reviews.",
                 "Designated Safeguarding Lead", "Ongoing", "Apprentices can explain local risks when asked at reviews.",
                 "Monthly topics issued since December; checked in progress review template.", "Green", "Green"])
    band(ws, 13, "Theme 3: Leadership and management", 9, "navy", white=True)
    afi5 = "Governors should receive more detailed information about the quality of apprenticeship training so they can challenge leaders."
    put(ws, 14, ["3.1", afi5, "Add an apprenticeship quality dashboard to the termly report to the Academic Board and Board of Governors.",
                 "PVC Academic Enterprise / Head of Quality", "Termly", "Dashboard received and discussed each term.",
                 "Dashboard presented to the Board of Governors in March 2024.", "Green", "Green"])
    put(ws, 15, ["3.2", None, "Commission an external mock inspection focused on apprenticeship quality.",
                 "Head of Quality", D(2024, 6, 30), "Mock inspection report and actions agreed.",
                 "Provider being identified.", None, "Not started"], {5: "dd/mm/yyyy"})
    ws.merge_cells("B14:B15")
    fills = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    for r in range(7, 16):
        for c in (8, 9):
            v = ws.cell(r, c).value
            if v in fills:
                ws.cell(r, c).fill = FILL[fills[v]]
    ws["A17"] = "Key: Complete = action fully delivered; Green = on track; Amber = some risk to delivery; Red = off track"
    for col, w in zip("ABCDEFGHI", [6, 40, 46, 26, 12, 30, 40, 10, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bv1-teesside-university-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for r in p.runs:
                r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v or ""
    return t


# ---------------------------------------------------------------- 4 Loch Lomond (docx)
def lochlomond():
    doc = Document()
    doc.add_heading("Loch Lomond & The Trossachs National Park Authority – 2022/23 Annual Audit Report: Action Plan Progress Update", 0)
    dc = table(doc, ["Report to", "Date", "Author"],
               [["Audit and Risk Committee", "18 June 2024", "Director of Corporate Services"]])
    doc.add_paragraph()
    doc.add_paragraph(
        "The external auditor's Annual Audit Report for 2022/23 included four recommendations and followed up "
        "two recommendations from the prior year. This paper sets out the agreed management actions and progress "
        "made against each. Members are asked to note the progress.")
    hdr = ["No.", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date", "Status"]
    doc.add_heading("Action plan 2022/23", 2)
    table(doc, hdr, [
        ["1", "The Park Authority should update its medium-term financial plan to reflect the 2024/25 Scottish Government settlement and set out how the funding gap will be closed.",
         "The medium-term financial plan will be refreshed and presented to the Board alongside the 2024/25 budget.",
         "Director of Corporate Services", "31 March 2024", "Complete"],
        ["2", "Management should review the fixed asset register to remove fully depreciated assets no longer in use.",
         "A full review of the asset register will be completed before the 2023/24 year end.",
         "Finance Manager", "April 2024", "Complete"],
        ["3", "The Authority should formalise its arrangements for reporting progress on the National Park Partnership Plan to the Board.",
         "Annual progress report on the Partnership Plan to be introduced, with six-monthly updates to the Board.",
         "Head of Strategy / Head of Communications", "Six-monthly", "On track"],
        ["4", "Management should ensure that all Board members complete the declarations of interest return annually.",
         "Register of interests to be refreshed at the start of each financial year, with reminders issued by the Board Secretary.",
         "Board Secretary", "June 2024", "Amber"],
    ])
    doc.add_heading("Follow-up of prior year recommendations", 2)
    table(doc, hdr, [
        ["PY1", "The Authority should develop a workforce plan aligned to its corporate strategy.",
         "Workforce plan to be drafted and considered by the Audit and Risk Committee before approval by the Board.",
         "Head of HR", "December 2024", "Amber"],
        ["PY2", "Management should review the arrangements for the security of IT systems following the cyber incident.",
         "Cyber Essentials Plus accreditation to be obtained and the IT security policy refreshed.",
         "ICT Manager", "Q2 2024/25", "Green"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Status key: Complete – action implemented; Green / On track – progressing to the agreed date; "
                      "Amber – some slippage expected; Red – agreed date missed.")
    doc.save(os.path.join(OUT, "bv1-loch-lomond-trossachs-npa-annual-audit-action-plan.docx"))


# ---------------------------------------------------------------- 5 Holy Family PS (docx)
def holyfamily():
    doc = Document()
    doc.add_heading("Holy Family Primary School, Derry – Action Plan following ETI Follow-up Inspection", 0)
    doc.add_paragraph("Follow-up inspection: May 2023. Action plan agreed by the Board of Governors, 12 September 2023. "
                      "Progress reviewed: March 2024.")
    hdr = ["Actions", "Person(s) responsible", "Success criteria", "Timescale", "Progress", "RAG"]
    areas = [
        ("Area for improvement 1: To improve the consistency of the quality of teaching and learning in literacy at key stage 2, so that all pupils achieve in line with their ability.",
         [("Whole-staff training on guided reading and the use of assessment data to plan differentiated literacy tasks.",
           "Literacy Co-ordinator (Mrs Doherty)", "All KS2 teachers plan differentiated guided reading groups.",
           "Autumn term 2023", "Two training sessions delivered; planning sampled in November.", "92D050"),
          ("Termly book scrutiny and paired lesson observations by the Literacy Co-ordinator and Principal.",
           "Principal and Literacy Co-ordinator", "Consistent good or better practice observed in all KS2 classes.",
           "Termly", "Autumn and spring scrutinies completed; feedback given to staff.", "92D050")]),
        ("Area for improvement 2: To develop further the use of assessment information to track pupils' progress and plan interventions.",
         [("Introduce a whole-school tracking system for reading and numeracy, updated after each assessment window.",
           "Vice-Principal", "Tracker in use by all teachers.", "Sept 2023 – Jan 2024",
           "Tracker in place and updated after the January assessments.", "5B9BD5"),
          ("Pupil progress meetings with each class teacher twice a year to agree targeted support.",
           "Vice-Principal / SENCo", "Intervention groups matched to tracked need.", "June 2024",
           "First round of meetings held in February; second round planned for June.", "FFC000")]),
        ("Area for improvement 3: To improve the quality of provision in the Foundation Stage outdoor learning area.",
         [("Redevelop the outdoor play area with zones for language, numeracy and physical play.",
           "Foundation Stage Leader", "Outdoor area used daily for planned play.", "June 2024",
           "Funding application submitted to the Education Authority; work not yet started.", None),
          ("Training for classroom assistants on supporting play-based learning outdoors.",
           "Foundation Stage Leader", "Classroom assistants confident in extending play outdoors.", "Spring term 2024",
           "Training delivered by the EA Early Years team in February.", "5B9BD5")]),
    ]
    for head, rows in areas:
        doc.add_heading(head, 2)
        t = table(doc, hdr, [r[:5] + ("",) for r in rows])
        for i, r in enumerate(rows, 1):
            if r[5]:
                shade(t.rows[i].cells[5], r[5])
        doc.add_paragraph()
    doc.add_paragraph("Key: Blue – completed; Green – on track; Amber – some slippage; Red – behind schedule")
    doc.save(os.path.join(OUT, "bv1-holy-family-ps-derry-eti-follow-up-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 6 Hafod (csv)
def hafod():
    rows = [
        ["Hafod Housing Association – Regulatory Improvement Plan", "", "", "", "", "", ""],
        ["Welsh Government Regulatory Judgement (October 2023) – Governance and Services: Amber", "", "", "", "", "", ""],
        ["Board progress report – March 2024", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Workstream", "Ref", "Action", "Accountable lead", "Due date", "Status", "Latest update"],
        ["1. Landlord services and tenant safety", "1.1", "Complete stock condition surveys for all homes not surveyed in the last five years.",
         "Director of Assets", "31/03/2025", "On track", "72% of surveys complete; programme on trajectory."],
        ["", "1.2", "Clear the backlog of responsive repairs over 28 days old.",
         "Director of Property Services", "30/09/2024", "Amber", "Backlog reduced from 1,240 to 760; additional contractor capacity procured."],
        ["", "1.3", "Introduce a damp and mould case management process with a 14-day inspection standard.",
         "Head of Building Safety", "Dec-23", "Complete", "Process live since December 2023; 96% of cases inspected within 14 days."],
        ["2. Governance and assurance", "2.1", "Commission an independent governance review against the Regulatory Framework and implement its recommendations.",
         "Company Secretary", "30/06/2024", "On track", "Review completed in February; implementation plan to Board in April."],
        ["", "2.2", "Strengthen the Board assurance framework for tenant and building safety compliance, with quarterly reporting.",
         "Rhian Morgan and Gareth Lloyd", "Q1 2024/25", "On track", "New compliance dashboard agreed by the Audit and Risk Committee."],
        ["3. Tenant voice and data", "3.1", "Establish a Tenant Scrutiny Panel with oversight of repairs and complaints performance.",
         "Siân Evans", "Sept 2024", "Not started", "Recruitment of panel members to begin in May."],
        ["", "3.2", "Complete a tenant profile data refresh, including vulnerability and accessibility needs.",
         "Head of Customer Insight", "Ongoing", "Red", "Response rate low (31%); door-knocking campaign planned."],
        ["", "3.3", "Report progress against this plan quarterly to the Board and the Welsh Government relationship manager.",
         "Chief Executive", "Quarterly", "Green", "Q3 report taken to Board in February 2024."],
        ["", "", "", "", "", "", ""],
        ["Status key: Complete; On track / Green; Amber – at risk; Red – off track; Not started", "", "", "", "", "", ""],
    ]
    with open(os.path.join(OUT, "bv1-hafod-housing-regulatory-judgement-improvement-plan.csv"), "w",
              newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows(rows)


# ---------------------------------------------------------------- 7 Vale of Glamorgan YOS (txt)
def vale():
    L = [
        "Vale of Glamorgan Youth Offending Service – HMIP Inspection Improvement Plan",
        "Inspection of youth offending services in the Vale of Glamorgan (HM Inspectorate of Probation, fieldwork January 2023)",
        "Progress update for the YOS Management Board – 14/07/2023",
        "",
        "\t".join(["Recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Progress"]),
        "\t".join(["1. The YOS Management Board should strengthen its oversight of the quality of work to keep children and other people safe.",
                   "1.1", "Introduce a quarterly risk of harm and safety and wellbeing performance report to the Management Board.",
                   "Head of Service", "Sep-23", "G", "Draft report presented to the Board in June; to be finalised for September."]),
        "\t".join(["", "1.2", "Board members to take part in an annual thematic audit with YOS managers.",
                   "Board Chair; Service Manager", "31/03/2024", "A", "Audit theme agreed; dates still to be set."]),
        "\t".join(["2. The YOS should improve the quality of assessment and planning for managing the risk of harm to others.",
                   "2.1", "Deliver AssetPlus refresher training on risk of harm analysis to all case managers.",
                   "Practice Development Officer", "June 2023", "B", "Training delivered to all 11 case managers."]),
        "\t".join(["", "2.2", "Introduce management countersignature of all risk of harm assessments rated medium or above.",
                   "Operational Manager", "April 2023", "B", "In place since April; checked in monthly supervision."]),
        "\t".join(["", "2.3", "Monthly dip-sample audit of 10% of cases using the HMIP case assessment tool.",
                   "Operational Manager / Quality Assurance Officer", "Monthly", "G", "Audits completed for May and June."]),
        "\t".join(["3. The YOS should ensure that the views of children and their parents or carers inform service delivery.",
                   "3.1", "Develop a participation strategy co-produced with children open to the service.",
                   "Participation Worker", "Dec 2023", "A", "Two focus groups held; strategy drafting delayed by staff absence."]),
        "\t".join(["", "3.2", "Introduce an end-of-intervention feedback survey for children and parents/carers, reported six-monthly to the Board.",
                   "Service Manager", "Ongoing", "R", "Survey designed but very few responses so far; alternative approaches being explored."]),
        "\t".join(["4. The Vale of Glamorgan Council should ensure that children open to the YOS have timely access to education, training and employment provision.",
                   "4.1", "Agree a protocol between the YOS and the Inclusion Service for children not in full-time education.",
                   "Head of Inclusion", "Autumn term 2023", "A", "Draft protocol shared with secondary headteachers for comment."]),
        "",
        "RAG: B = complete, G = on track, A = some slippage, R = off track",
    ]
    with open(os.path.join(OUT, "bv1-vale-of-glamorgan-yos-hmip-improvement-plan.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    nias(); uhi(); teesside(); lochlomond(); holyfamily(); hafod(); vale()
