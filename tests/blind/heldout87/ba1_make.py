"""Generator for the ba1- cases of heldout87 (children's services plans).
Run with /work/main/.venv/bin/python ba1_make.py ; writes the document files beside this script."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILLS = {"blue": "5B9BD5", "green": "70AD47", "amber": "FFC000", "red": "FF0000", "grey": "D9D9D9",
         "head": "1F4E78", "band": "DDEBF7"}


def fill(c):
    return PatternFill("solid", start_color=FILLS[c], end_color=FILLS[c])


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------- 1 Buckinghamshire ILACS (xlsx)
BUCKS = [
    ("The quality and timeliness of assessments for children in need and those subject to child protection plans, so that they consistently reflect children's lived experience.", [
        ("1.1", "Refresh the assessment practice standards and relaunch them through practice week workshops for all social workers in the Family Support and Protection teams.", "Head of Service, Family Support & Protection", D(2022, 3, 31), None, "Practice standards refreshed and launched on 14 March. 87% of social workers attended a workshop; remaining staff booked for May.", "Complete"),
        ("1.2", "Introduce a monthly thematic audit of CIN and CP assessments, with findings reported to the Practice Quality Board.", "Practice Improvement Lead", D(2022, 4, 30), D(2022, 6, 30), "First thematic audit completed in March. Reporting template delayed by changes in the QA team; first report to PQB now in June.", "Amber"),
    ]),
    ("The consistency of management oversight and supervision, including the recording of the rationale for key decisions.", [
        ("2.1", "Implement the revised supervision policy and recording template on Liquidlogic.", "Principal Social Worker", D(2022, 5, 31), None, "Template built and tested in LCS. Go-live agreed for 3 May with briefings for managers in the week before.", "On track"),
        ("2.2", "Deliver the Practice Leadership programme to all team managers and assistant team managers.", "Head of Quality, Standards & Performance / Workforce Development Manager", D(2022, 9, 30), None, "Cohort 1 (18 managers) started in April; cohort 2 to start in July.", "Green"),
        ("2.3", "Dip-sample 10% of supervision records each month and feed back findings to individual managers.", "Service Managers", "Monthly", None, "Dip sampling in place since February. Compliance with recording rationale rose from 52% to 71%.", "Green"),
    ]),
    ("The sufficiency of local placements for children in care, so that more children live close to their families and communities.", [
        ("3.1", "Refresh the Placement Sufficiency Strategy 2022-25 and take it to Cabinet for agreement.", "Head of Commissioning (Children's)", D(2022, 7, 31), None, "Needs analysis under way; strategy scheduled for July Cabinet.", "Not started"),
        ("3.2", "Launch a foster carer recruitment campaign with an enhanced offer for carers of teenagers.", "Fostering Service Manager", D(2022, 6, 30), None, "Campaign launch moved back by two weeks to align with Foster Care Fortnight. Enhanced fee scheme approved.", "Amber"),
    ]),
    ("Care leavers' access to suitable accommodation and to their health histories.", [
        ("4.1", "Agree a joint housing protocol for care leavers with the Council's Housing Service and registered providers.", "Head of Care Leavers Service", D(2022, 6, 30), None, "Draft protocol shared with Housing and three registered providers for comment.", "Green"),
        ("4.2", "Work with health partners so that every care leaver receives a summary of their health history by their 18th birthday.", "Head of Care Leavers Service & Designated Nurse CiC", D(2022, 12, 31), None, "Health summaries issued to 41% of young people turning 18 in Q4. Backlog due to a nurse vacancy; recruitment under way.", "Red"),
    ]),
]
RAGFILL = {"Complete": "blue", "Amber": "amber", "On track": "green", "Green": "green", "Red": "red", "Not started": "grey"}


def make_bucks():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    widths = [7, 42, 50, 28, 12, 12, 55, 12]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Buckinghamshire Council – Children's Services"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Post Ofsted Inspection Action Plan (ILACS inspection December 2021)"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Update for the Children's Services Improvement Board – April 2022"; ws["A3"].font = Font(italic=True)
    for r in (1, 2, 3):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    hdr = ["Ref", "Ofsted Recommendation", "Action", "Action Lead", "Target Date", "Revised Date", "Progress Update (April 2022)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("head"); c.border = BOX; c.alignment = WRAP
    r = 6
    for rec, acts in BUCKS:
        start = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            vals = [ref, rec if r == start else None, act, lead, tgt, rev, prog, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(RAGFILL[rag])
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for label, col in [("Complete – action completed", "blue"), ("Green / On track – on course to deliver by target date", "green"),
                       ("Amber – at risk of slipping; mitigation in place", "amber"), ("Red – off track or overdue", "red"), ("Not started", "grey")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=label)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ba1-buckinghamshire-ilacs-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Cheshire West SEND PAP (xlsx, colour-only RAG)
CWAC = [
    ("Area for priority action 1: Leaders across education, health and care should ensure that education, health and care plans are issued within statutory timescales and are of consistently good quality.", [
        ("1.1", "Recruit four additional EHC co-ordinators and an assistant educational psychologist to reduce the backlog of needs assessments.", "Head of SEND & Inclusion", "Local authority", "Summer term 2024", "Percentage of EHC plans issued within 20 weeks rises to 60% by July 2024.", "Three of four co-ordinators in post; the fourth starts on 3 June. Backlog reduced from 212 to 149.", "green"),
        ("1.2", "Introduce a multi-agency quality assurance audit of new EHC plans, with termly reports to the SEND Partnership Board.", "SEND QA Lead / Designated Clinical Officer", "LA, ICB (Cheshire & Merseyside)", "Autumn term 2024", "At least 80% of audited plans graded good or better.", "Audit tool agreed with health and social care. First audit cycle planned for September.", "amber"),
        ("1.3", "Deliver training on writing outcomes to all SENCOs and EHC co-ordinators.", "MB / SP", "LA, schools", D(2024, 3, 31), "Attendance recorded; improvement in outcome quality in audit.", "Five sessions delivered; 94% of SENCOs attended.", "blue"),
    ]),
    ("Area for priority action 2: Leaders should reduce waiting times for neurodevelopmental assessments for autism and ADHD, and improve the support offered to families while they wait.", [
        ("2.1", "Commission additional assessment capacity through an independent provider to clear the longest waits.", "ICB Head of Children's Commissioning", "ICB", "Sept 2024", "No child waiting over 104 weeks by September 2024.", "Contract awarded in April. 160 assessments completed so far.", "green"),
        ("2.2", "Launch a 'waiting well' offer of parent workshops and a single point of contact for families on the pathway.", "Assistant Director Education", "LA, ICB, Parent Carer Forum", "Spring term 2025", "Family feedback survey shows improved satisfaction.", "Workshop content being co-produced with the Parent Carer Forum. Single point of contact not yet funded.", "red"),
    ]),
    ("Area for improvement 1: Leaders should strengthen the co-production of the Local Offer so that children, young people and families can easily find information about the support available.", [
        ("I1.1", "Redesign the Local Offer website with young people from the SEND Youth Forum.", "Participation Officer (SEND)", "LA, Youth Forum", "Autumn term 2024", "Website visits and feedback ratings.", "Three design workshops held with young people.", "green"),
        ("I1.2", "Publish a 'You said, we did' report each term on the Local Offer.", "Head of SEND & Inclusion", "LA", "Termly", "Report published every term.", "", "grey"),
    ]),
]


def make_cwac():
    wb = Workbook(); ws = wb.active; ws.title = "PAP"
    for i, w in enumerate([7, 50, 26, 22, 16, 36, 48, 8], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "Cheshire West and Chester Local Area SEND Partnership"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Priority Action Plan – Area SEND Inspection"; ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Progress as at May 2024. Owner: SEND Partnership Board."
    hdr = ["No.", "Action", "Lead(s)", "Partners involved", "Timescale", "Impact measure", "Progress (May 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.fill = fill("band"); c.border = BOX; c.alignment = WRAP
    r = 6
    for area, acts in CWAC:
        c = ws.cell(row=r, column=1, value=area); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("head"); c.alignment = WRAP
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.row_dimensions[r].height = 32
        r += 1
        for no, act, lead, part, when, imp, prog, rag in acts:
            for i, v in enumerate([no, act, lead, part, when, imp, prog or None, None], 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(rag)
            r += 1
        r += 1  # blank spacer row between areas
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for label, col in [("Complete", "blue"), ("On track", "green"), ("At risk – some slippage", "amber"), ("Off track", "red"), ("Not yet started", "grey")]:
        r += 1
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=label)
    wb.save(os.path.join(HERE, "ba1-cheshire-west-send-priority-action-plan-colour-rag-terms.xlsx"))


# ---------------------------------------------------------------- 3 SGS College PIAP (xlsx, refuse: 'Novmber 2023')
SGS = [
    ("Leaders and managers should ensure that learners on study programmes attend well, particularly in English and mathematics lessons.", [
        ("1.1", "Introduce same-day follow-up of all absences by progress coaches, with escalation to parents and carers after two missed sessions.", "Head of Learner Services", "Sept 2023", "Attendance in English and maths up from 79% to 84% at half term.", "G"),
        ("1.2", "Publish weekly attendance dashboards by curriculum area and review them at the Tuesday curriculum meeting.", "Director of MIS / Heads of Curriculum", "Oct 2023", "Dashboards live since 2 October.", "B"),
        ("1.3", "Run attendance reward events for each campus at the end of each term.", "Campus Managers", "Termly", "First events held in December at Filton and Stroud.", "G"),
    ]),
    ("Teachers should use assessment more effectively to check what learners have understood and to plan learning that builds on it.", [
        ("2.1", "Deliver CPD on questioning and checking understanding to all study programme teachers during the November staff development day.", "Head of Quality & Teaching Excellence", "Novmber 2023", "Session content agreed with the teaching and learning coaches.", "A"),
        ("2.2", "Carry out developmental learning walks focused on assessment in every curriculum area.", "Teaching & Learning Coaches", "Dec-23", "", "A"),
    ]),
    ("Leaders should ensure that apprentices receive impartial careers advice and guidance about their next steps.", [
        ("3.1", "Add a careers review to every apprentice's progress review from the third review onwards.", "Apprenticeship Operations Manager", "Jan-24", "Review template updated; trial with engineering apprentices.", "G"),
        ("3.2", "Train apprenticeship skills coaches to Level 4 in careers guidance.", "Careers Lead", "July 2024", "Six coaches enrolled.", "G"),
    ]),
]


def make_sgs():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2023-24"
    for i, w in enumerate([44, 6, 50, 30, 14, 44, 7], 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws["A1"] = "South Gloucestershire and Stroud College"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Post Inspection Action Plan 2023/24 – Ofsted inspection of further education and skills"; ws["A2"].font = Font(bold=True)
    hdr = ["Area for improvement", "Ref", "Action", "Responsibility", "Timescale", "Progress / Impact", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("head"); c.border = BOX; c.alignment = WRAP
    r = 5
    for afi, acts in SGS:
        start = r
        for ref, act, resp, when, prog, rag in acts:
            vals = [afi if r == start else None, ref, act, resp, when, prog or None, rag]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = WRAP
            ws.cell(row=r, column=7).fill = fill({"G": "green", "A": "amber", "B": "blue", "R": "red"}[rag])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value="RAG: R = not on track   A = some concern   G = on track   B = completed")
    wb.save(os.path.join(HERE, "ba1-sgs-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 West Lothian joint inspection (docx)
WL = [
    ("Area for improvement 1", "Partners should ensure that chronologies and assessments of risk and need are consistently of a high standard, and that managers' oversight of them is effective.", [
        ("1.1", "Issue revised multi-agency guidance on chronologies and deliver briefings to social work, health and education staff.", "CPC Lead Officer", "December 2017", "Guidance approved by the Child Protection Committee in November and published on the CPC website. Eight briefings delivered.", "Complete"),
        ("1.2", "Introduce a standard risk and needs assessment framework in children and families social work, with recorded manager sign-off.", "Senior Manager Children and Families", "March 2018", "Framework agreed. Changes to the SWIFT recording system are being tested with two teams.", "On track"),
        ("1.3", "Audit a sample of 40 assessments each quarter and report findings to the Chief Officers Group.", "Quality Assurance Officer", "Ongoing", "First audit completed in January; report to COG in February.", "On track"),
    ]),
    ("Area for improvement 2", "Partners should improve the quality and consistency of children's plans, making sure that they are outcome focused and reviewed within timescales.", [
        ("2.1", "Deliver SMART planning training to all lead professionals and named persons.", "Head of Education (Learning, Policy and Resources) / Lead Nurse Child Protection", "June 2018", "Training materials drafted. Dates for the education sessions still to be confirmed due to the in-service day calendar.", "Amber"),
        ("2.2", "Introduce tracking of review dates for all children's plans and escalate reviews that are overdue.", "Reviewing Officers Team Manager", "31/01/2018", "Tracking report produced weekly from 8 January.", "Complete"),
    ]),
    ("Area for improvement 3", "Partners should develop further approaches to involving children, young people and families in the planning and evaluation of services.", [
        ("3.1", "Establish a care-experienced young people's reference group to advise the Children's Services Planning Group.", "Corporate Parenting Lead & Who Cares? Scotland Advocacy Worker", "Aug 2018", "", "Not started"),
        ("3.2", "Use Viewpoint questionnaires at every looked after review and report themes to the Corporate Parenting Board.", "Reviewing Officers Team Manager", "Sept 2018", "Licence renewed; roll-out begins after the summer.", "On track"),
    ]),
]


def make_wl():
    doc = Document(); landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    doc.add_heading("West Lothian Community Planning Partnership", level=1)
    doc.add_heading("Joint Inspection of Services for Children and Young People – Improvement Plan", level=1)
    doc.add_paragraph("The Care Inspectorate led a joint inspection of services for children and young people in West Lothian between "
                      "March and April 2017. The report, published in August 2017, identified areas of particular strength and "
                      "three areas for improvement. This plan sets out the actions partners will take in response. Progress is "
                      "reported to the Chief Officers Group every quarter.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for row in [("0.1", "18/09/2017", "CPC Lead Officer", "First draft for partners"), ("1.0", "06/10/2017", "CPC Lead Officer", "Approved by Chief Officers Group"), ("1.2", "12/02/2018", "QA Officer", "Quarter 3 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    for head, afi, acts in WL:
        doc.add_heading(head, level=2)
        doc.add_paragraph(afi)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead", "Timescale", "Progress update", "Status"]):
            c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
        for row in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
        doc.add_paragraph("")
    doc.add_paragraph("Status: Complete / On track / Amber (some slippage, action being taken) / Red (off track) / Not started")
    doc.save(os.path.join(HERE, "ba1-west-lothian-children-joint-inspection-improvement-plan-afi-tables.docx"))


# ---------------------------------------------------------------- 5 Carmarthenshire CIW PEI (docx)
CARM = [
    ("1. People – Voice and Control", [
        ("Children's views are not consistently recorded in assessments and care and support plans.", [
            ("1a", "Revise the assessment and care and support plan templates on WCCIS to include a mandatory section on what matters to the child.", "Principal Officer Practice Development", "Q3 2023/24", "Green"),
            ("1b", "Extend the offer of active advocacy to all children subject to child protection enquiries.", "Service Manager – Safeguarding & Reviewing", "Q4 2023/24", "Amber"),
        ]),
    ]),
    ("2. Prevention", [
        ("Not all families receive timely support from early help services when needs are first identified.", [
            ("2a", "Review the Information, Advice and Assistance (IAA) front door with the Team Around the Family service to reduce hand-offs.", "Head of Children's Services", "Sept 2023 – March 2024", "Green"),
        ]),
    ]),
    ("3. Well-being", [
        ("The local authority has insufficient placement options for children with complex needs.", [
            ("3a", "Open a two-bed residential home for children with complex needs under the Eliminating Profit programme.", "Service Manager – Corporate Parenting", "End of June 2024", "Amber"),
            ("3b", "Deliver the Foster Wales Carmarthenshire recruitment campaign targeting carers for sibling groups and teenagers.", "Fostering Team Manager", "Ongoing", "Green"),
        ]),
        ("Supervision is not always regular or reflective.", [
            ("3c", "Relaunch the supervision policy and audit supervision frequency quarterly.", "Principal Social Worker / Workforce Development Officer", "March 2024", "Complete"),
        ]),
    ]),
    ("4. Partnerships and Integration", [
        ("Transition arrangements for young people moving to adult services need to start earlier.", [
            ("4a", "Agree a joint transitions protocol with Adult Social Care and Hywel Dda UHB starting at age 14.", "Head of Children's Services & Head of Integrated Services", "Q1 2024/25", "Red"),
        ]),
    ]),
]
CARM_SHADE = {"Green": "70AD47", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}


def make_carm():
    doc = Document(); landscape(doc)
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    p = doc.add_paragraph(); r = p.add_run("Carmarthenshire County Council\nChildren's Services"); r.bold = True; r.font.size = Pt(14)
    doc.add_heading("Action Plan in response to the Care Inspectorate Wales Performance Evaluation Inspection of Children's Services", level=1)
    doc.add_paragraph("CIW carried out a performance evaluation inspection (PEI) of children's services in Carmarthenshire in 2023. The "
                      "inspection findings are reported under the four principles of the Social Services and Well-being (Wales) Act "
                      "2014. The areas for improvement are set out below with the actions we will take. Updated: January 2024.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Area for improvement identified by CIW", "Action", "Responsible Officer", "Timescale", "RAG"]):
        c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "BDD7EE")
    for principle, afis in CARM:
        band = t.add_row().cells
        m = band[0].merge(band[5]); m.text = principle; m.paragraphs[0].runs[0].bold = True; shade(m, "E7E6E6")
        for afi, acts in afis:
            first = None
            for ref, act, who, when, rag in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, afi if first is None else "", act, who, when, rag]):
                    c.text = v
                shade(cells[5], CARM_SHADE[rag])
                if first is None:
                    first = cells[1]
                else:
                    first = first.merge(cells[1])
            # merged text: python-docx merge keeps contents of both; clean empty trailing paragraphs
            paras = first.paragraphs
            for extra in paras[1:]:
                if not extra.text:
                    extra._element.getparent().remove(extra._element)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Complete (blue) | Green – on target | Amber – some delay | Red – significant delay, escalated to the Improvement Board")
    doc.save(os.path.join(HERE, "ba1-carmarthenshire-ciw-pei-childrens-services-action-plan-principle-bands.docx"))


# ---------------------------------------------------------------- 6 Redcar & Cleveland YJS HMIP (csv)
REDCAR = [
    ("1", "The Youth Justice Service Management Board should ensure that board members understand the needs of children known to the service and use this to drive improvements.", [
        ("1.1", "Hold a board development session on the profile of children open to the service, including disproportionality data.", "Chair of YJ Management Board", "30/11/2023", "Development session held on 21 November with input from two young people.", "Complete"),
        ("1.2", "Add a quarterly children's profile and performance report as a standing item on the board agenda.", "Head of YJS", "31/01/2024", "Report template agreed; first report presented in January.", "Complete"),
    ]),
    ("2", "The Head of Service should improve the quality of work to keep other people safe, so that risk of harm assessments and plans address all relevant information.", [
        ("2.1", "Deliver risk of harm training to all case managers, including the use of contingency planning.", "YJS Operations Manager", "29/02/2024", "Training commissioned from an external provider; dates booked for February.", "Green"),
        ("2.2", "Introduce a monthly risk management panel for all children assessed as high or very high risk of serious harm.", "SH / LM", "Ongoing", "Panel established in December and meeting monthly. Terms of reference to be reviewed after three months.", "Green"),
        ("2.3", "Audit ten cases each quarter against the HMIP standards for keeping other people safe.", "YJS Practice Manager", "31/03/2024", "First audit delayed by staff sickness.", "Amber"),
    ]),
    ("3", "The partnership should ensure that children receive timely access to speech, language and communication support.", [
        ("3.1", "Agree funding for a speech and language therapist post within the YJS with the ICB.", "Head of YJS / ICB Commissioning Lead", "30/06/2024", "Business case submitted to the ICB; decision not yet received.", "Red"),
    ]),
]


def make_redcar():
    rows = [["Redcar & Cleveland Youth Justice Service - HMIP Inspection Improvement Plan"], ["Last updated: 12/02/2024"], []]
    rows.append(["Rec No", "Recommendation", "Action Ref", "Action", "Owner", "Due Date", "Progress Update", "RAG Status"])
    for no, rec, acts in REDCAR:
        for i, (ref, act, own, due, prog, rag) in enumerate(acts):
            rows.append([no if i == 0 else "", rec if i == 0 else "", ref, act, own, due, prog, rag])
    with open(os.path.join(HERE, "ba1-redcar-cleveland-yjs-hmip-improvement-plan-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 South Eastern HSCT CMR (txt, tab-separated)
SEHSCT = [
    ("Recommendation 1: The Trust should ensure that pre-birth assessments are completed where there are known risks, and that they are shared with midwifery and health visiting.", [
        ("1.1", "Review and reissue the regional pre-birth assessment procedure locally with a Trust practice note.", "Principal Social Worker", "Q2 2024/25", "Practice note issued to all Gateway and Family Intervention teams in August 2024.", "Complete"),
        ("1.2", "Introduce a joint pre-birth planning meeting between social work, midwifery and health visiting for all unborn babies referred.", "Head of Service (Gateway) & Named Midwife Safeguarding", "31/03/2025", "Pilot in the Lisburn area from October. Evaluation planned for January.", "On track"),
    ]),
    ("Recommendation 2: The Trust should strengthen the recording and sharing of information about fathers and other significant males in the household.", [
        ("2.1", "Amend the family composition section of the UNOCINI assessment guidance to prompt the recording of significant males.", "Assistant Director Family and Childcare", "Dec 2024", "Change agreed regionally; awaiting system update.", "Amber"),
        ("2.2", "Deliver 'Think Father' practice workshops to children's social workers and health visitors.", "Named Nurse Safeguarding Children / Training Lead", "March 2025", "", "Not started"),
    ]),
    ("Recommendation 3: The Safeguarding Board should be assured that learning from this review has been embedded in practice.", [
        ("3.1", "Include the themes of this review in the Trust's annual safeguarding audit programme and report results to the SBNI.", "Governance Lead, Children's Services", "Ongoing", "Audit questions added to the 2024/25 programme.", "On track"),
        ("3.2", "Share a seven-minute briefing on the review with all Trust children's services staff.", "Principal Social Worker", "30/09/2024", "Briefing circulated 16 September and discussed at team meetings.", "Complete"),
    ]),
]


def make_sehsct():
    lines = ["South Eastern Health and Social Care Trust",
             "Children's Services - Action Plan: SBNI Case Management Review (Child D)",
             "Status as at 30 September 2024",
             "",
             "\t".join(["No.", "Action", "Responsible Officer", "Target Date", "Update", "Status"])]
    for rec, acts in SEHSCT:
        lines.append(rec)
        for a in acts:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Status key: Complete / On track / Amber - at risk / Red - overdue / Not started")
    with open(os.path.join(HERE, "ba1-south-eastern-hsct-sbni-cmr-child-d-action-plan-tabbed.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_bucks(); make_cwac(); make_sgs(); make_wl(); make_carm(); make_redcar(); make_sehsct()
    print("done")
