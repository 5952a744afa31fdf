"""Generator for the ea1- cases (children's services plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(HERE, n)
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", T="1F3864").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")

# ---------------------------------------------------------------- 1 Jersey
def jersey():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Children's Services Improvement Plan – Phase 2 (2019–2021)"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = ("Following the 2018 Ofsted / Jersey Care Commission inspection of children's services. "
                "Progress as reported to the Children's Services Improvement Board, 30 September 2019.")
    ws.merge_cells("A2:G2"); ws["A2"].alignment = WRAP; ws.row_dimensions[2].height = 30
    hdr = ["Ref", "Action", "Lead", "Target date", "Revised date", "RAG", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["T"]; c.border = BOX
    rows = [
        ("1. Stable and high-performing workforce",),
        ("1.1", "Recruit permanent social workers to reduce reliance on agency staff to below 20% of the frontline workforce",
         "Head of Workforce Development", D(2019, 12, 31), None, "A",
         "Agency rate 31% at end of September. Overseas recruitment campaign launched in August; 6 offers made."),
        ("1.2", "Establish a Jersey Social Work Academy for newly qualified social workers completing the ASYE",
         "Principal Social Worker", D(2019, 9, 30), None, "Complete",
         "Academy launched 2 September 2019 with first cohort of 7 NQSWs."),
        ("1.3", "Agree a market supplement and relocation package for hard-to-fill posts",
         "Group Director, Children's Services / HR Business Partner", D(2019, 6, 30), D(2019, 11, 30), "A",
         "Proposal to States Employment Board delayed; now scheduled for November."),
        ("2. Improving the child and family journey",),
        ("2.1", "Implement a single front door (Children and Families Hub) with police, health and education partners",
         "Assistant Director, Children's Services", D(2020, 3, 31), None, "G",
         "Hub manager appointed. Co-location with States of Jersey Police agreed from January."),
        ("2.2", "Revise the threshold document ('Right help, right time') and deliver briefings to all partner agencies",
         "Head of Safeguarding", "Q4 2019/20", None, "G",
         "Draft consulted on with the Safeguarding Partnership Board in September."),
        ("2.3", "Audit all children subject to a child protection plan for more than 18 months",
         "Head of Safeguarding", D(2019, 7, 31), None, "Complete",
         "43 cases audited; findings reported to Operations Board in August."),
        None,
        ("3. Early help and prevention",),
        ("3.1", "Develop an Early Help strategy with Education, Health and the third sector",
         "Head of Early Help", D(2020, 1, 31), None, "A",
         "Stakeholder workshops held; strategy drafting slower than planned due to vacancy."),
        ("4. Placements",),
        ("4.1", "Increase the number of on-island foster carers by 15",
         "Fostering Service Manager", D(2020, 12, 31), None, "R",
         "Net gain of 2 carers since January. Recruitment campaign to be refreshed with Communications team."),
        ("4.2", "Review every off-island placement and agree a plan for each child",
         "Head of Children in Care", D(2019, 10, 31), None, "G",
         "19 of 24 reviews completed."),
        ("5. Performance, quality and risk",),
        ("5.1", "Produce a monthly performance scorecard for the Improvement Board",
         "Head of Performance and Information", "Monthly", None, "G",
         "Scorecard in place since May 2019."),
        ("5.2", "Launch a quality assurance framework including monthly themed case audits",
         "Principal Social Worker", D(2019, 12, 31), D(2020, 3, 31), "A",
         "Framework drafted; audit tool being tested on Mosaic."),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True); ws.cell(r, 1).fill = FILL["H"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime): c.number_format = "mmm-yy"
            rag = row[5]
            ws.cell(r, 6).fill = FILL["B" if rag == "Complete" else rag]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: R = off track / significant risk to delivery; A = some slippage, being managed; "
                  "G = on track; Complete = action delivered").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, w in zip("ABCDEFG", [6, 55, 30, 12, 12, 10, 55]): ws.column_dimensions[col].width = w
    wb.save(P("ea1-jersey-childrens-services-improvement-plan-phase-2.xlsx"))

# ---------------------------------------------------------------- 2 North Shore Academy
def north_shore():
    wb = Workbook(); ws = wb.active; ws.title = "Post-Ofsted plan"
    ws["A1"] = "North Shore Academy – Post-Ofsted Action Plan 2023-24"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Inspection 14–15 March 2023 (section 5). Overall effectiveness: Requires Improvement"
    ws["A3"] = "Northern Education Trust"; ws["A3"].font = Font(italic=True)
    hdr = ["Area for improvement (Ofsted report)", "Actions", "Who", "When", "Success criteria",
           "Jul-23 RAG", "Dec-23 RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True); c.fill = FILL["H"]; c.border = BOX; c.alignment = WRAP
    afis = [
        ("Leaders should ensure that the curriculum in all subjects sets out the important knowledge pupils "
         "should learn and the order in which they should learn it.", [
            ("Subject leaders to review curriculum maps in all foundation subjects, identifying the key knowledge "
             "and vocabulary for each unit.", "Subject leaders / DHT (Curriculum)", "Sept 2023",
             "Curriculum maps in place for every subject and published on the website.", "G", "B"),
            ("Trust subject directors to quality assure revised curriculum plans in geography, history and MFL.",
             "Trust subject directors", "Autumn term 2023",
             "QA reports show sequencing is coherent from Year 7 to Year 11.", "A", "G")]),
        ("Leaders should ensure that teachers check pupils' understanding systematically and address "
         "misconceptions.", [
            ("Deliver a CPD programme on retrieval practice and responsive teaching in weekly teaching and "
             "learning briefings.", "JB", "Ongoing",
             "Learning walks show consistent use of mini-whiteboards and hinge questions.", "G", "G"),
            ("Introduce half-termly learning walks focused on checking for understanding, with feedback to staff "
             "within 48 hours.", "JB/KM", "Spring term 2024",
             "90% of lessons seen show effective checking for understanding.", "A", "A")]),
        ("Leaders should take further action to reduce persistent absence, particularly for disadvantaged "
         "pupils.", [
            ("Appoint an additional attendance officer and introduce first-day calling for all absent pupils.",
             "SBM", "By July 2023", "Officer in post; first-day calls logged on Arbor.", "G", "B"),
            ("Hold fortnightly attendance panel meetings with families of persistently absent pupils.",
             "AHT (Pastoral)", "Ongoing", "Persistent absence below 25% by July 2024.", "A", "R"),
            ("Report attendance of disadvantaged pupils to the Local Governing Body and the Trust Regional "
             "Director.", "Principal", "Termly", "Governors' minutes show challenge on attendance.", "G", "G")]),
        ("Leaders should ensure that pupils with SEND receive the support they need to access the curriculum "
         "successfully.", [
            ("Update pupil passports for all pupils on the SEND register and share strategies with teachers.",
             "SENCo", "Oct 2023", "All passports updated and visible to staff on Arbor.", "A", "B"),
            ("Deliver training on adaptive teaching to all staff at the September INSET day.", "SENCo",
             "04/09/2023", "Training delivered; follow-up drop-ins in every department.", None, "B")]),
    ]
    r = 6
    for afi, acts in afis:
        start = r
        for a in acts:
            ws.cell(r, 2, a[0]); ws.cell(r, 3, a[1]); ws.cell(r, 4, a[2]); ws.cell(r, 5, a[3])
            for col, rag in ((6, a[4]), (7, a[5])):
                if rag: ws.cell(r, col).fill = FILL[rag]
            for col in range(1, 8):
                ws.cell(r, col).border = BOX; ws.cell(r, col).alignment = WRAP
            r += 1
        ws.cell(start, 1, afi).alignment = WRAP
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, (k, t) in enumerate([("G", "On track"), ("A", "Some progress – needs monitoring"),
                                 ("R", "Significant concern"), ("B", "Completed")]):
        ws.cell(r + 1 + i, 1).fill = FILL[k]; ws.cell(r + 1 + i, 2, t)
    for col, w in zip("ABCDEFG", [45, 55, 22, 16, 40, 10, 10]): ws.column_dimensions[col].width = w
    wb.save(P("ea1-north-shore-academy-net-post-ofsted-action-plan.xlsx"))

# ---------------------------------------------------------------- 3 Redcar SEND (refuse)
def redcar():
    wb = Workbook(); ws = wb.active; ws.title = "PAP"
    ws["A1"] = "Redcar & Cleveland Local Area Partnership – SEND Priority Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = "Ofsted / CQC Area SEND inspection, published July 2024. Owner: SEND Partnership Board. Version 1.3"
    ws.merge_cells("A2:H2")
    hdr = ["No.", "What we will do", "Lead officer", "Partner lead", "By when", "Status",
           "Evidence of impact / update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["T"]; c.border = BOX
    data = [
        ("Priority action 1: Leaders across education, health and care should improve the timeliness and "
         "quality of EHC needs assessments and plans.",),
        ("1.1", "Recruit two additional SEN caseworkers and an educational psychologist to clear the assessment backlog",
         "Head of SEND and Inclusion", "", "Sept 2024", "Complete",
         "Posts filled from 2 September; backlog reduced from 142 to 61."),
        ("1.2", "Introduce a multi-agency quality assurance panel that audits 10 new EHC plans each month",
         "SEND Quality Assurance Lead", "Designated Clinical Officer", "Dec 2024", "On track",
         "Panel has met three times; audit tool agreed with health and social care."),
        ("1.3", "Agree health advice timescales (6 weeks) with Tees Valley ICB providers and report compliance monthly",
         "Designated Clinical Officer", "ICB Associate Director of Nursing", "Janaury 2025", "Amber",
         "Compliance 64% in October; paediatric advice the main delay."),
        ("Priority action 2: Leaders should reduce waiting times for neurodevelopmental assessment and provide "
         "support while children wait.",),
        ("2.1", "Commission additional autism assessment capacity from an independent provider",
         "ICB Head of Commissioning (Children)", "", "March 2025", "On track", "Contract award due November."),
        ("2.2", "Launch a 'waiting well' offer for families, including parent workshops and a dedicated advice line",
         "Early Help Service Manager", "Parent Carer Forum", "31/01/2025", "Amber",
         "Workshops running; advice line delayed by recruitment."),
    ]
    r = 5
    for row in data:
        if len(row) == 1:
            ws.cell(r, 1, row[0]).font = Font(bold=True); ws.cell(r, 1).fill = FILL["H"]
            ws.cell(r, 1).alignment = WRAP; ws.row_dimensions[r].height = 30
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
        r += 1
    for col, w in zip("ABCDEFG", [6, 55, 28, 28, 14, 12, 50]): ws.column_dimensions[col].width = w
    wb.save(P("ea1-redcar-cleveland-lap-send-priority-action-plan-typo-month-refuse.xlsx"))

# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol); tcPr.append(s)

# ---------------------------------------------------------------- 4 Nescot
def nescot():
    doc = Document()
    doc.add_heading("Nescot – Post-Inspection Action Plan", 0)
    doc.add_paragraph("Ofsted inspection of further education and skills: 7–10 November 2023. "
                      "This plan responds to the section of the report 'What does the provider need to do to "
                      "improve?' and is monitored by the Quality and Standards Committee of the Corporation.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "2.0"), ("Owner", "Vice Principal Curriculum and Quality"),
                                ("Approved by", "Corporation, 12 February 2024"),
                                ("Next review", "Quality and Standards Committee, June 2024")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    afis = [
        ("Area for improvement 1",
         "Leaders and managers should ensure that apprentices receive their off-the-job training in a timely way "
         "and that employers are routinely involved in reviewing apprentices' progress.",
         [("1.1", "Introduce a monthly off-the-job training tracker for every apprentice, reviewed at caseload meetings",
           "Director of Apprenticeships", "31 January 2024", "Completed",
           "Tracker live on OneFile from January; 93% of apprentices on target for off-the-job hours."),
          ("1.2", "Hold three-way progress reviews with employers at least every 10 weeks",
           "Apprenticeship Team Leaders", "End of March 2024", "Green",
           "Review schedule in place; employer attendance 81% in the spring term."),
          ("1.3", "Deliver training for assessors on setting precise targets in progress reviews",
           "Head of Quality & Teaching Excellence", "w/c 8 January 2024", "Completed", "")]),
        ("Area for improvement 2",
         "Leaders should ensure that the targets for learners with high needs are precise and help them make "
         "progress towards the outcomes in their education, health and care plans.",
         [("2.1", "Rewrite individual learning plan targets for all learners with high needs using EHCP outcomes",
           "Head of Foundation Learning; Additional Learning Support Manager", "June 2024", "Amber",
           "68 of 97 learning plans rewritten. Delay caused by late receipt of EHC plans from two local authorities."),
          ("2.2", "Moderate a sample of learning plans each half term with Surrey County Council's SEND team",
           "Additional Learning Support Manager", "Sept 2023 – July 2024", "Green",
           "First moderation in February found targets much sharper."),
          ("2.3", "Introduce termly progress reports to parents and carers aligned to EHCP annual reviews",
           "Head of Foundation Learning", "Termly", "Green", "")]),
        ("Area for improvement 3",
         "Leaders should ensure that all learners benefit from meaningful careers guidance and relevant work "
         "experience.",
         [("3.1", "Map work experience placements for every study programme learner and record them on ProMonitor",
           "Head of Careers and Employability", "30/04/2024", "Amber",
           "Placements secured for 74% of learners; construction and public services still low."),
          ("3.2", "Appoint an employer engagement coordinator to broaden the range of placements",
           "Deputy Principal / Head of HR", "March 2024", "Red",
           "Post advertised twice without appointment; interim cover from the business development team.")]),
    ]
    for head, text, acts in afis:
        doc.add_heading(head, 2)
        doc.add_paragraph(text)
        tb = doc.add_table(rows=1, cols=6); tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
            shade(cells[4], {"Completed": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}[a[4]])
    doc.add_paragraph("RAG: Red – not on track; Amber – at risk of slipping; Green – on track; Completed – action complete.")
    doc.save(P("ea1-nescot-ofsted-fe-post-inspection-action-plan.docx"))

# ---------------------------------------------------------------- 5 Cardiff CIW
def cardiff():
    doc = Document()
    doc.add_heading("Cardiff Children's Services – CIW Performance Evaluation Inspection Improvement Plan", 1)
    doc.add_paragraph("Care Inspectorate Wales carried out a performance evaluation inspection of children's "
                      "services in May 2023. The findings are set out under the four principles of the Social "
                      "Services and Well-being (Wales) Act 2014. This plan sets out our response to each area for "
                      "improvement. Progress at 31 December 2023.")
    plan = [
        ("1. People – voice and control", [
            ("The local authority should ensure children's views are consistently recorded and inform their care "
             "and support plans.", [
                ("1.1", "Introduce a 'What matters to me' section in the assessment template on the case management system",
                 "Operational Manager, Intake and Assessment", "Oct 2023", "Complete",
                 "Template changed on 2 October 2023."),
                ("1.2", "Extend the advocacy active offer to all children subject to child protection conferences",
                 "Operational Manager, Safeguarding", "March 2024", "On track",
                 "Contract variation agreed with the advocacy provider.")]),
        ]),
        ("2. Prevention", [
            ("The local authority should continue to reduce the number of children who need to become looked after "
             "by strengthening its edge-of-care offer.", [
                ("2.1", "Expand the Adolescent Resource Centre to provide weekend and evening support",
                 "Assistant Director, Children's Services", "Summer term 2024", "Amber",
                 "Recruitment to the weekend rota is slower than planned; 4 of 7 posts filled."),
                ("2.2", "Review all children placed with parents under a care order to consider discharge",
                 "Operational Manager, Looked After Children", "31/12/2023", "Complete",
                 "38 reviews completed; 9 applications to discharge made.")]),
        ]),
        ("3. Partnerships and integration", [
            ("Partners should ensure that strategy discussions involve health and education colleagues "
             "consistently.", [
                ("3.1", "Agree a multi-agency protocol for strategy discussions with South Wales Police and Cardiff and Vale UHB",
                 "Head of Safeguarding", "Jan 2024", "On track",
                 "Draft protocol to the Regional Safeguarding Board in January."),
                ("3.2", "Audit a sample of strategy discussions each quarter and report to the Board",
                 "Head of Safeguarding and Quality Assurance", "Quarterly", "On track", "")]),
        ]),
        ("4. Well-being", [
            ("The local authority should ensure that sufficient suitable placements are available in Cardiff so "
             "that children can remain close to their families and schools.", [
                ("4.1", "Open two new local authority residential homes for children",
                 "Operational Manager, Placements and Commissioning", "Sept 2024", "Amber",
                 "First home registered with CIW in November; second property in planning."),
                ("4.2", "Launch a foster carer recruitment campaign with Foster Wales Cardiff",
                 "Fostering Team Manager", "Ongoing", "On track",
                 "14 enquiries converted to assessments since September.")]),
        ]),
    ]
    tb = doc.add_table(rows=1, cols=7); tb.style = "Table Grid"
    for i, h in enumerate(["No.", "CIW area for improvement", "Action", "Responsible officer", "Timescale",
                           "RAG", "Progress update"]):
        tb.rows[0].cells[i].text = h; tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for principle, groups in plan:
        row = tb.add_row(); m = row.cells[0].merge(row.cells[6]); m.text = principle
        m.paragraphs[0].runs[0].bold = True; shade(m, "D9E1F2")
        for afi, acts in groups:
            first = None
            for a in acts:
                cells = tb.add_row().cells
                cells[0].text = a[0]; cells[2].text = a[1]; cells[3].text = a[2]; cells[4].text = a[3]
                cells[5].text = a[4]; cells[6].text = a[5]
                shade(cells[5], {"Complete": "0070C0", "On track": "00B050", "Amber": "FFC000"}[a[4]])
                if first is None: first = cells[1]
                else: first = first.merge(cells[1])
            first.text = afi
    doc.add_paragraph("")
    doc.add_paragraph("Key: Complete = action delivered; On track = progressing to timescale; "
                      "Amber = some slippage; Red = not on track.")
    doc.save(P("ea1-cardiff-ciw-childrens-services-pei-improvement-plan.docx"))

# ---------------------------------------------------------------- 6 Hillingdon YJS txt
def hillingdon():
    L = ["Hillingdon Youth Justice Service - HMIP Inspection Improvement Plan",
         "Exported from the YJS Management Board tracker 14/02/2025",
         "",
         "\t".join(["Ref", "Recommendation", "Action", "Lead", "Target Date", "RAG", "Update"])]
    recs = {
        "1": "1. The YJS Management Board should ensure that board members understand and champion the needs of children known to the service.",
        "2": "2. The Head of Service should improve the quality of assessment and planning to keep children and other people safe.",
        "3": "3. The Head of Service should ensure that the needs and wishes of victims are consistently considered.",
    }
    rows = [
        ("1.1", "1", "Deliver an induction programme for all Management Board members, including shadowing of case workers", "Chair of YJS Management Board", "Mar-25", "Green", "Six of nine members completed induction."),
        ("1.2", "1", "Add a standing item on disproportionality data to each Board agenda", "Head of Youth Justice & Early Help", "Dec-24", "Complete", "In place from the December Board."),
        ("1.3", "1", "Agree partner attendance expectations and report attendance to the Safeguarding Partnership", "Chair of YJS Management Board / Head of Youth Justice & Early Help", "Jan-25", "Amber", "Health attendance remains inconsistent; raised with the ICB."),
        ("2.1", "2", "Deliver AssetPlus refresher training focused on risk of serious harm and contingency planning", "Practice Development Lead", "Nov-24", "Complete", "Delivered to 22 staff across two sessions."),
        ("2.2", "2", "Introduce monthly management oversight audits of risk assessments", "YJS Team Managers", "Ongoing", "Green", "Audits embedded; findings shared in team meetings."),
        ("2.3", "2", "Implement joint planning meetings with Children's Social Care for children open to both services", "Service Manager, Youth Justice", "Apr-25", "Amber", "Protocol drafted; awaiting sign-off by CSC Head of Service."),
        ("3.1", "3", "Recruit a second restorative justice and victim worker", "Service Manager, Youth Justice", "Feb-25", "Red", "Recruitment unsuccessful in January; re-advertised."),
        ("3.2", "3", "Ensure victim safety is recorded in every out-of-court disposal assessment", "Out of Court Team Manager", "Jan-25", "Green", ""),
    ]
    for ref, rk, act, lead, date, rag, upd in rows:
        L.append("\t".join([ref, recs[rk], act, lead, date, rag, upd]))
    L += ["", "RAG: Red - not on track; Amber - some risk; Green - on track; Complete - action completed"]
    with open(P("ea1-hillingdon-yjs-hmip-improvement-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

# ---------------------------------------------------------------- 7 Cylch Meithrin csv
def cylch():
    rows = [
        ["Cylch Meithrin Llanrug - Post-inspection Action Plan (CIW/Estyn joint inspection, June 2024)"],
        [],
        ["Theme", "Area for improvement", "Action", "Person responsible", "Target date", "Status", "Comments"],
        ["Well-being", "Strengthen opportunities for children to make choices during snack time",
         "Introduce self-service snack table with choice of two fruits each day", "Arweinydd (Leader)",
         "Sept 2024", "Complete", "Started when the cylch reopened after the summer."],
        ["Care and development", "Ensure all staff complete refresher safeguarding training",
         "Book all staff onto the Gwynedd Council Group A/B safeguarding course", "Leader / Committee Chair",
         "31/10/2024", "Complete", "All five staff certificated."],
        ["Care and development", "Ensure all staff complete refresher safeguarding training",
         "Add safeguarding as a standing item at monthly staff meetings", "Leader", "Monthly", "On track", ""],
        ["Environment", "Improve the outdoor area so it can be used in all weathers",
         "Apply to the Mudiad Meithrin small grants fund for a canopy", "Committee Treasurer",
         "December 2024", "On track", "Application submitted 4 November."],
        ["Environment", "Improve the outdoor area so it can be used in all weathers",
         "Buy waterproof suits and wellies for the children", "Deputy Leader", "Autumn term 2024",
         "Not started", "Waiting for grant decision."],
        ["Leadership and management", "Carry out a formal quality of care review at least every six months",
         "Complete the quality of care review and share the report with parents", "Leader", "Jan 2025",
         "On track", "Parent questionnaire sent out in November."],
        ["Leadership and management", "Carry out a formal quality of care review at least every six months",
         "Hold supervision sessions for all staff every term and keep written records", "Leader",
         "Termly", "On track", ""],
    ]
    with open(P("ea1-cylch-meithrin-llanrug-ciw-estyn-joint-inspection-action-plan.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

if __name__ == "__main__":
    jersey(); north_shore(); redcar(); nescot(); cardiff(); hillingdon(); cylch()
    print("done")
