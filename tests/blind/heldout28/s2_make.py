"""Generator for the s2- cases of heldout28 (run with /work/main/.venv/bin/python).

Seven plan documents: three .xlsx, two .docx, one .csv and one tab-separated .txt.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))


def P(name):
    return os.path.join(OUT, name)


D = dt.datetime
HEX = dict(R="FF0000", A="FFC000", G="92D050", B="00B0F0", H="D9D9D9", T="1F3864",
           L="DEEAF6", N="E2EFDA", W="FFFFFF", P="7030A0")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in HEX.items()}
BOLD = Font(bold=True)
WHITE = Font(bold=True, color="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def widths(ws, w):
    for col, v in w.items():
        ws.column_dimensions[col].width = v


def boxrow(ws, r, ncols):
    for c in range(1, ncols + 1):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).alignment = WRAP


# --------------------------------------------------------------------------- docx helpers
def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.8))


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def band(table, text, fill, bold=True):
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[-1])
    set_text(merged, text, bold=bold)
    shade(merged, fill)
    return row


# =========================================================================== 1. Conwy & Denbighshire YJS (xlsx)
def conwy_yjs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Conwy and Denbighshire Youth Justice Service – HMIP Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Inspection fieldwork: January 2024 | Report published: May 2024 | "
                "Plan approved by YJS Management Board: 25 June 2024")
    ws["A3"] = "Progress update as at: 30 September 2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Rec No.", "Recommendation", "Action(s) to be taken", "Lead", "Target Date",
           "Progress Update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(5, c, h)
        cell.font = WHITE
        cell.fill = FILL["T"]
    boxrow(ws, 5, 7)

    MB = "The Conwy and Denbighshire YJS Management Board should:"
    YM = "The Conwy and Denbighshire YJS Manager should:"
    R1 = ("ensure that board members have the seniority and knowledge of youth justice to provide "
          "effective challenge and direct partnership resources")
    R2 = ("ensure that health, education and emotional wellbeing services are sufficient and "
          "prioritised for children known to the YJS")
    R3 = "improve the quality of assessment and planning to keep children and other people safe"
    R4 = ("develop, with children's services, a shared response to children at risk of exploitation "
          "and extra-familial harm")
    rows = [
        ("band", MB),
        ("1.1", R1, "Review Management Board membership against YJB guidance and secure nominated "
         "deputies of sufficient seniority for health, education and police",
         "Chair of Management Board", D(2024, 7, 31), "dd/mm/yyyy",
         "Membership reviewed at July Board. Health and education representatives now at Head of "
         "Service level; police representative confirmed as Superintendent.", "Complete"),
        ("1.2", R1, "Deliver a youth justice induction and development session for all Board members, "
         "including observation of frontline practice",
         "YJS Manager", D(2024, 10, 1), "mmm-yy",
         "Development session held 12 September 2024; practice observations being scheduled for "
         "October and November.", "Green"),
        ("2.1", R2, "Map current waiting times for CAMHS, speech and language and substance misuse "
         "services for children open to the YJS and report to each Board meeting",
         "BCUHB Head of Children's Services / YJS Manager", D(2024, 9, 30), "dd/mm/yyyy",
         "Waiting time data now a standing item on the Board performance report.", "Complete"),
        ("2.2", R2, "Agree a pathway with BCUHB for priority access to speech, language and "
         "communication assessment for children subject to court orders",
         "BCUHB Head of Children's Services", D(2024, 12, 1), "mmm-yy",
         "Draft pathway discussed with BCUHB in August. Agreement delayed by vacancies in the SLT "
         "service.", "Amber"),
        ("2.3", R2, "Education representatives to provide termly data on the attendance, exclusions "
         "and provision of all school-age children open to the YJS",
         "Head of Inclusion (DCC)", "Termly", None,
         "First data return received for the summer term; to be repeated each term.", "Green"),
        ("band", YM),
        ("3.1", R3, "Deliver refresher training on AssetPlus safety and wellbeing and risk of serious "
         "harm assessment to all case managers",
         "Team Manager (Practice)", D(2024, 8, 1), "mmm-yy",
         "Training delivered to 14 of 15 case managers on 8 and 15 August; remaining case manager "
         "booked for October.", "Complete"),
        ("3.2", R3, "Introduce a monthly management oversight audit of assessment and planning, with "
         "findings reported to the Quality Assurance sub-group",
         "Operational Manager", "Monthly", None,
         "Audit tool agreed. First two audits completed; themes reported to the sub-group in "
         "September.", "Green"),
        ("3.3", R3, "Ensure contingency plans are specific to each child and shared with partner "
         "agencies",
         "Team Manager (Practice)", D(2024, 11, 1), "mmm-yy",
         "September audit sample found contingency plans remain generic in half of the cases "
         "seen. Practice workshop arranged.", "Red"),
        ("4.1", R4, "Agree a joint YJS and children's services protocol for children at risk of "
         "exploitation, including YJS attendance at MACE meetings",
         "YJS Manager & Head of Children's Services", D(2025, 1, 31), "dd/mm/yyyy",
         "Work to start in November 2024 following the refresh of the regional exploitation "
         "protocol.", ""),
    ]
    r = 6
    rec_start = {}
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(r, 1).fill = FILL["L"]
            r += 1
            continue
        ref, rec, act, lead, date, fmt, prog, rag = row
        ws.cell(r, 1, ref)
        if rec not in rec_start:
            rec_start[rec] = [r, r]
            ws.cell(r, 2, rec)
        else:
            rec_start[rec][1] = r
        ws.cell(r, 3, act)
        ws.cell(r, 4, lead)
        c = ws.cell(r, 5, date)
        if fmt:
            c.number_format = fmt
        ws.cell(r, 6, prog)
        g = ws.cell(r, 7, rag or None)
        colour = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}.get(rag)
        if colour:
            g.fill = FILL[colour]
        boxrow(ws, r, 7)
        r += 1
    for rec, (a, b) in rec_start.items():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key:").font = BOLD
    ws.cell(r + 1, 1, "Complete – action completed and evidenced")
    ws.cell(r + 1, 1).fill = FILL["B"]
    ws.cell(r + 2, 1, "Green – on track to meet target date")
    ws.cell(r + 2, 1).fill = FILL["G"]
    ws.cell(r + 3, 1, "Amber – some slippage; remedial action in place")
    ws.cell(r + 3, 1).fill = FILL["A"]
    ws.cell(r + 4, 1, "Red – off track / target date at risk")
    ws.cell(r + 4, 1).fill = FILL["R"]
    ws.cell(r + 5, 1, "Blank – not yet started")
    widths(ws, dict(A=9, B=38, C=48, D=26, E=12, F=48, G=10))
    ws.freeze_panes = "A6"
    wb.save(P("s2-conwy-denbighshire-yjs-hmip-improvement-plan.xlsx"))


# =========================================================================== 2. PSNI CJI tracker (xlsx)
def psni_cji():
    wb = Workbook()
    ws = wb.active
    ws.title = "CJI Recs Tracker"
    ws["A1"] = ("Police Service of Northern Ireland – CJI Inspection of Community Safety and Local "
                "Policing: Recommendations Tracker")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Owner: ACC Local Policing | Reported to: Service Executive Board and NIPB "
                "Performance Committee | Last updated: 07/10/2024")
    hdr = ["Ref", "CJI Recommendation", "PSNI Action", "Action Owner", "Original Target Date",
           "Revised Target Date", "Status", "Latest Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = BOLD
        cell.fill = FILL["H"]
    boxrow(ws, 4, 8)
    SR1 = ("Strategic recommendation 1: Within six months of the publication of this report, the "
           "PSNI should develop and implement a policy to limit the abstraction of Neighbourhood "
           "Policing Team officers to response and other duties, and monitor compliance with it.")
    SR2 = ("Strategic recommendation 2: Within 12 months of the publication of this report, the PSNI "
           "and the Department of Justice should agree a joint approach to measuring community "
           "safety outcomes with Policing and Community Safety Partnerships.")
    OR1 = ("Operational recommendation 1: Within six months of the publication of this report, the "
           "PSNI should ensure that every Neighbourhood Policing Team has a current local "
           "problem-solving plan agreed with its Policing and Community Safety Partnership.")
    OR2 = ("Operational recommendation 2: Within 12 months of the publication of this report, the "
           "PSNI should deliver neighbourhood policing training to all Neighbourhood Policing Team "
           "officers and sergeants, including problem solving and community engagement.")
    rows = [
        ("SR1.1", SR1, "Draft a Neighbourhood Policing abstraction policy and consult with District "
         "Commanders and the Police Federation", "Supt Local Policing Development",
         D(2024, 6, 30), D(2024, 9, 30), "Complete",
         "Policy approved at Service Executive Board on 17 September 2024 and published on "
         "PoliceNet."),
        ("SR1.2", SR1, "Build an abstraction report in the Service Performance dashboard showing NPT "
         "hours lost by district each month", "Head of Analysis Services",
         D(2024, 8, 31), D(2024, 12, 31), "Amber",
         "Data feed from the duty management system delayed by its upgrade; interim manual return "
         "from districts in place."),
        ("SR2.1", SR2, "Agree shared community safety outcome measures with the Department of Justice "
         "and PCSPs", "ACC Local Policing / DoJ Community Safety Division",
         D(2025, 3, 31), None, "Green",
         "Joint workshop held 4 September 2024; draft measures to be tested with three PCSPs in "
         "Q3."),
        ("OR1.1", OR1, "Each district to produce a problem-solving plan for every NPT area using the "
         "SARA model", "District Commanders",
         D(2024, 6, 30), D(2024, 10, 31), "Green",
         "34 of 41 NPT plans completed; the remainder are scheduled for October PCSP meetings."),
        ("OR1.2", OR1, "Quality assure a sample of problem-solving plans each quarter",
         "Supt Local Policing Development", "Quarterly", None, "Green",
         "First quarterly sample of 10 plans reviewed and feedback given to districts."),
        ("OR2.1", OR2, "Commission a neighbourhood policing foundation course from the Police College",
         "Head of Police College", D(2024, 12, 31), None, "Red",
         "Course design paused pending a decision on the 2024/25 training budget. Escalated to "
         "ACC Local Policing."),
        ("OR2.2", OR2, "Roll out the course to all NPT constables and sergeants",
         "Head of Police College", D(2025, 6, 30), None, "Not started", ""),
    ]
    r = 5
    spans = {}
    for ref, rec, act, owner, d1, d2, st, upd in rows:
        ws.cell(r, 1, ref)
        if rec not in spans:
            spans[rec] = [r, r]
            ws.cell(r, 2, rec)
        else:
            spans[rec][1] = r
        ws.cell(r, 3, act)
        ws.cell(r, 4, owner)
        c5 = ws.cell(r, 5, d1)
        if isinstance(d1, dt.datetime):
            c5.number_format = "dd/mm/yyyy"
        c6 = ws.cell(r, 6, d2)
        c6.number_format = "dd/mm/yyyy"
        s = ws.cell(r, 7, st)
        colour = {"Complete": "B", "Green": "G", "Amber": "A", "Red": "R"}.get(st)
        if colour:
            s.fill = FILL[colour]
        ws.cell(r, 8, upd or None)
        boxrow(ws, r, 8)
        r += 1
    for a, b in spans.values():
        if b > a:
            ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "Status key").font = BOLD
    ws.cell(r + 1, 1, "Complete – action delivered and evidence provided to CJI")
    ws.cell(r + 2, 1, "Green – on track")
    ws.cell(r + 3, 1, "Amber – at risk of missing target date")
    ws.cell(r + 4, 1, "Red – target date missed or not achievable without intervention")
    ws.cell(r + 5, 1, "Not started – action not yet due to start")
    ws.cell(r + 7, 1, "NPT = Neighbourhood Policing Team; PCSP = Policing and Community Safety "
                      "Partnership; SARA = Scanning, Analysis, Response, Assessment")
    widths(ws, dict(A=8, B=46, C=44, D=28, E=13, F=13, G=12, H=46))
    wb.save(P("s2-psni-cji-local-policing-recs-tracker.xlsx"))


# =========================================================================== 3. Birmingham housing (xlsx, refuse)
def birmingham_housing():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Birmingham City Council – Housing Regulatory Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Response to the Regulator of Social Housing regulatory notice (May 2023) – progress "
                "report to Housing and Neighbourhoods Overview and Scrutiny Committee, July 2024")
    hdr = ["Ref", "Action", "Responsible Officer", "Target Date", "Progress / Commentary", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(4, c, h)
        cell.font = WHITE
        cell.fill = FILL["P"]
    boxrow(ws, 4, 6)
    rows = [
        ("band", "1. Fire Safety – low-rise blocks"),
        ("1.1", "Complete outstanding fire risk assessments for all low-rise blocks of flats",
         "Head of Building Safety", D(2024, 3, 31),
         "94.7% of low-rise blocks now have a current FRA; the remaining blocks are booked with "
         "the contractor.", "A"),
        ("1.2", "Clear all high-risk remedial actions arising from fire risk assessments within 30 "
         "days", "Head of Building Safety", D(2024, 9, 30),
         "Backlog of high-risk actions reduced from 212 to 37.", "G"),
        ("band", "2. Electrical Safety"),
        ("2.1", "Complete electrical installation condition reports (EICRs) for all homes without a "
         "certificate less than five years old", "Head of Compliance", D(2024, 12, 31),
         "Programme on trajectory; 71% of overdue EICRs now complete.", "G"),
        ("2.2", "Introduce a five-year rolling EICR programme with monthly compliance reporting to "
         "the Housing Management Board", "Head of Compliance", D(2023, 11, 30),
         "Rolling programme in place since November 2023 and reported monthly.", "C"),
        ("band", "3. Asbestos"),
        ("3.1", "Procure additional asbestos surveying capacity for communal areas of blocks",
         "Head of Compliance", D(2024, 1, 31),
         "Two additional contractors appointed in January 2024.", "C"),
        ("3.2", "Complete asbestos management surveys for the remaining properties in blocks of flats",
         "Head of Compliance", D(2042, 9, 30),
         "78.7% of properties in blocks now have a current asbestos report.", "A"),
        ("band", "4. Decent Homes Standard"),
        ("4.1", "Complete a stock condition survey of all council homes to establish an accurate "
         "Decent Homes baseline", "Assistant Director, Housing Asset Management", D(2025, 3, 31),
         "Surveys completed for 31,000 of 59,000 homes; data being loaded into the asset "
         "management system.", "A"),
        ("4.2", "Publish a revised capital investment programme targeting non-decent homes",
         "Assistant Director, Housing Asset Management", D(2024, 10, 31),
         "Draft programme to go to Cabinet in October 2024.", "G"),
        ("band", "5. Complaints Handling"),
        ("5.1", "Clear the backlog of overdue stage 1 and stage 2 housing complaints",
         "Head of Customer Services", D(2024, 6, 30),
         "Backlog reduced to 140 but not cleared by June; recovery plan agreed.", "R"),
        ("5.2", "Align the housing complaints policy with the Housing Ombudsman Complaint Handling "
         "Code", "Head of Customer Services", D(2024, 4, 1),
         "Revised policy adopted April 2024 and self-assessment published.", "C"),
        ("band", "6. Tenant Involvement and Empowerment"),
        ("6.1", "Establish a tenant scrutiny panel with a role in monitoring this improvement plan",
         "Head of Tenant Engagement", D(2024, 9, 30),
         "Recruitment of panel members under way; 11 tenants have applied.", "G"),
    ]
    r = 5
    for row in rows:
        if row[0] == "band":
            ws.cell(r, 1, row[1]).font = BOLD
            ws.cell(r, 1).fill = FILL["H"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            r += 1
            continue
        ref, act, lead, date, prog, rag = row
        ws.cell(r, 1, ref)
        ws.cell(r, 2, act)
        ws.cell(r, 3, lead)
        ws.cell(r, 4, date).number_format = "dd/mm/yyyy"
        ws.cell(r, 5, prog)
        g = ws.cell(r, 6, rag)
        g.fill = FILL[{"C": "B", "G": "G", "A": "A", "R": "R"}[rag]]
        g.alignment = Alignment(horizontal="center")
        boxrow(ws, r, 6)
        r += 1
    r += 1
    ws.cell(r, 1, "Key: C = Complete   G = On track   A = Some risk to delivery   R = Off track")
    widths(ws, dict(A=7, B=56, C=30, D=12, E=52, F=7))
    wb.save(P("s2-birmingham-housing-rsh-improvement-plan.xlsx"))


# =========================================================================== 4. Gwent CPR (docx)
def gwent_cpr():
    doc = Document()
    landscape(doc)
    doc.add_heading("Gwent Safeguarding Board – Child Practice Review GwSB 03/2022: Action Plan",
                    level=1)
    dc = doc.add_table(rows=1, cols=4)
    dc.style = "Table Grid"
    for c, h in zip(dc.rows[0].cells, ["Version", "Date", "Author", "Comments"]):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for v in [("0.1", "10/10/2022", "Business Manager", "Draft for CPR panel"),
              ("1.0", "08/11/2022", "Business Manager", "Endorsed by Gwent Safeguarding Board"),
              ("1.3", "02/10/2023", "Business Unit", "Progress update for Practice Review Sub Group")]:
        cells = dc.add_row().cells
        for c, t in zip(cells, v):
            set_text(c, t)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan sets out how the Board and its partner agencies will respond to the "
        "recommendations of Child Practice Review GwSB 03/2022. Progress is monitored by the "
        "Practice Review Sub Group, which reports to each meeting of the Board. Agencies are "
        "asked to provide evidence of impact before an action is closed.")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["No.", "Action", "Lead Agency / Officer", "Timescale",
                                       "Progress / Evidence of impact", "RAG"]):
        set_text(c, h, bold=True)
        shade(c, "D9D9D9")
    rows = [
        ("band", "Recommendation 1: Gwent Safeguarding Board to seek assurance that agencies "
                 "understand and apply the Wales Safeguarding Procedures when a child is not "
                 "brought to health appointments."),
        ("1.1", "Aneurin Bevan University Health Board to audit compliance with the Was Not Brought "
                "policy in paediatric outpatients and health visiting",
         "ABUHB Named Nurse Safeguarding Children", "March 2023",
         "Audit completed February 2023 – 82% compliance. Re-audit planned for Q3 2023/24.",
         "Complete"),
        ("1.2", "Produce a multi-agency 7-minute briefing on children not brought to appointments and "
                "circulate it through the Board newsletter",
         "GwSB Business Manager", "January 2023",
         "Briefing published and shared at National Safeguarding Week events.", "Complete"),
        ("band", "Recommendation 2: Agencies to ensure that the voice and lived experience of the "
                 "child is recorded and informs assessments and plans."),
        ("2.1", "Children's services in all five local authorities to include the child's lived "
                "experience as a standing section in care and support plans",
         "Regional Heads of Children's Services Group", "September 2023",
         "Template amended in WCCIS in four of the five authorities; Torfaen to follow with its "
         "system upgrade.", "Amber"),
        ("2.2", "Multi-agency audit of 20 cases to test whether the child's voice is evident in "
                "assessments and plans",
         "Quality Assurance Sub Group Chair", "Q3 2023/24",
         "Audit scheduled for November 2023.", "Green"),
        ("band", "Recommendation 3: The Board to ensure that practitioners understand the impact of "
                 "parental substance misuse on the care of babies and young children."),
        ("3.1", "Deliver regional training on parental substance misuse and safe sleep to children's "
                "services, health visitors and substance misuse services",
         "GwSB Training Sub Group / Gwent Area Planning Board", "December 2023",
         "Two sessions delivered (June and September 2023) to 96 practitioners; further sessions "
         "planned.", "Green"),
        ("3.2", "Substance misuse services to ask about children in the household at every assessment "
                "and review, and record this on the case management system",
         "Gwent Drug and Alcohol Service (GDAS)", "Ongoing",
         "Included in the GDAS assessment template from April 2023; compliance checked through "
         "monthly case audit.", "Green"),
        ("band", "Recommendation 4: Gwent Safeguarding Board to raise with Welsh Government the "
                 "sharing of pre-birth assessment information between health boards."),
        ("4.1", "Board Chair to write to Welsh Government about the sharing of pre-birth assessment "
                "information when a family moves between health board areas",
         "GwSB Chair", "November 2022",
         "Letter sent 14 November 2022; response received January 2023 and shared with the "
         "Board.", "Complete"),
    ]
    fills = {"Complete": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for row in rows:
        if row[0] == "band":
            band(t, row[1], "DEEAF6")
            continue
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            set_text(c, txt)
        shade(cells[5], fills[row[5]])
    doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete – action completed and evidence of impact received; "
                      "Green – on track; Amber – in progress but behind timescale; "
                      "Red – not progressing / escalated to the Board.")
    doc.save(P("s2-gwent-sb-cpr-action-plan.docx"))


# =========================================================================== 5. NHS Grampian HIS (docx)
def grampian_his():
    doc = Document()
    landscape(doc)
    doc.add_heading("Improvement Action Plan – Safe Delivery of Care Inspection", level=1)
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Hospital", "Aberdeen Royal Infirmary"),
                 ("NHS board", "NHS Grampian"),
                 ("Inspection date", "5–7 December 2023 (unannounced)"),
                 ("Action plan submitted", "19 March 2024"),
                 ("Progress update", "August 2024")]:
        cells = info.add_row().cells
        set_text(cells[0], k, bold=True)
        shade(cells[0], "D9D9D9")
        set_text(cells[1], v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Please note: the action plan addresses each requirement made in the inspection report. "
        "Actions are monitored through the ARI Quality and Safety Group and the NHS Grampian "
        "Clinical Governance Committee.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Action planned", "Timescale to meet action",
                                       "Responsibility for taking action",
                                       "Progress / evidence", "Status"]):
        set_text(c, h, bold=True)
        shade(c, "BDD7EE")
    rows = [
        ("domain", "Domain 2 – Leadership and culture"),
        ("req", "Requirement 1: NHS Grampian must ensure that all fire doors are kept closed and "
                "fire escape routes are kept clear at all times."),
        ("Fire door and escape route checks added to the daily ward safety huddle checklist",
         "Immediate and ongoing", "Senior Charge Nurses",
         "Checklist in use on all inspected wards since January 2024.", "G"),
        ("Review of wards where fire doors are wedged open, with installation of hold-open devices "
         "linked to the fire alarm where required",
         "30 June 2024", "Head of Estates / Fire Safety Adviser",
         "Survey complete. Devices fitted to 14 doors; remaining 6 awaiting parts.", "A"),
        ("domain", "Domain 4.1 – Pathways, procedures and policies"),
        ("req", "Requirement 2: NHS Grampian must ensure that all patient care documentation, "
                "including falls and pressure area risk assessments, is accurately and consistently "
                "completed."),
        ("Monthly documentation audit using the Excellence in Care tool, with results discussed at "
         "ward meetings",
         "End of April 2024", "Clinical Nurse Managers",
         "Audits embedded from April 2024; compliance improved from 64% to 86%.", "B"),
        ("Targeted teaching for registered nurses on completion of falls and pressure area risk "
         "assessments within 24 hours of admission",
         "31 May 2024", "Practice Education Facilitators",
         "Teaching delivered to 210 staff across the three inspected areas.", "B"),
        ("req", "Requirement 3: NHS Grampian must ensure that all hazardous cleaning products are "
                "stored securely in line with COSHH regulations."),
        ("Locks fitted to all domestic service rooms and sluices in the inspected areas",
         "March 2024", "Facilities Manager",
         "Complete – all rooms now lockable.", "B"),
        ("COSHH storage included in the monthly Domestic Services monitoring audit",
         "Monthly", "Domestic Services Manager",
         "Included from April 2024; no issues found in the last three audits.", "G"),
        ("domain", "Domain 4.3 – Workforce planning"),
        ("req", "Requirement 4: NHS Grampian must ensure that there are clear processes to record and "
                "escalate staffing risks, in line with the Health and Care (Staffing) (Scotland) Act "
                "2019."),
        ("Real-time staffing assessment recorded on SafeCare at each safety huddle, with escalation "
         "to the site nurse practitioner when a shortfall cannot be resolved",
         "September 2024", "Associate Director of Nursing, ARI",
         "SafeCare roll-out complete in medicine; surgery delayed until September by system "
         "configuration.", "A"),
        ("Quarterly report on staffing risks escalated and actions taken, to the Clinical Governance "
         "Committee",
         "Q3 2024/25", "Director of Nursing, Midwifery and AHPs",
         "First report being drafted for the December committee.", "G"),
    ]
    for row in rows:
        if row[0] == "domain":
            band(t, row[1], "1F3864")
            # white text for the dark band
            for run in t.rows[-1].cells[0].paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            continue
        if row[0] == "req":
            band(t, row[1], "F2F2F2")
            continue
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            set_text(c, txt)
        shade(cells[4], {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}[row[4]])
    doc.add_paragraph()
    doc.add_paragraph("Status key:  B – complete   G – on track   A – minor delay   "
                      "R – significant delay / escalated")
    doc.save(P("s2-nhs-grampian-his-sdoc-action-plan.docx"))


# =========================================================================== 6. H&W Fire HMICFRS (csv)
def hwfrs_csv():
    hdr = ["AFI Ref", "Pillar", "Area for Improvement", "Action Ref", "Action", "Action Owner",
           "Due Date", "Status", "Progress Update"]
    A1 = ("The service should make sure it has an effective system to gather and record relevant "
          "and up-to-date risk information.")
    A2 = ("The service should make sure it quality assures its prevention activity, so staff carry "
          "out safe and well visits to an appropriate standard.")
    A3 = ("The service should make sure it has an effective system for learning from operational "
          "incidents and debriefs.")
    A4 = ("The service should make sure its workforce plan takes full account of the skills and "
          "capabilities it needs to carry out its integrated risk management plan.")
    A5 = ("The service should make sure all staff understand the benefits of equality, diversity "
          "and inclusion and their role in promoting it.")
    rows = [
        ("AFI 1", "Effectiveness", A1, "1.1", "Review the site-specific risk information (SSRI) "
         "policy and inspection frequencies for high-risk premises", "GC Operational Risk",
         "31/03/2024", "Complete", "Revised SSRI policy published March 2024."),
        ("AFI 1", "Effectiveness", A1, "1.2", "Clear the backlog of overdue SSRI re-inspections",
         "GC Operational Risk", "30/09/2024", "Amber",
         "Backlog reduced from 118 to 46 premises. On-call station capacity is limiting progress."),
        ("AFI 2", "Effectiveness", A2, "2.1", "Introduce a quality assurance framework for safe and "
         "well visits, including observed visits by supervisors", "Area Manager Prevention",
         "30/06/2024", "Green", "Framework approved; first round of observed visits under way."),
        ("AFI 2", "Effectiveness", A2, "2.2", "Report safe and well QA findings to the Service "
         "Delivery Board", "Area Manager Prevention", "Quarterly", "Green",
         "First quarterly report presented in July 2024."),
        ("AFI 3", "Effectiveness", A3, "3.1", "Implement a single debrief system with actions tracked "
         "to completion", "GC Operational Assurance", "31/12/2024", "Green",
         "System procured; training for incident commanders booked for November."),
        ("AFI 3", "Effectiveness", A3, "3.2", "Share learning from debriefs and National Operational "
         "Learning through monthly operational learning bulletins", "GC Operational Assurance",
         "Monthly", "Complete", "Bulletin issued monthly since February 2024."),
        ("AFI 4", "Efficiency", A4, "4.1", "Produce a strategic workforce plan linked to the "
         "Community Risk Management Plan 2025-30", "Head of HR and Development; AM Service Delivery",
         "31/03/2025", "Amber",
         "Workforce data analysis completed. Plan timing dependent on CRMP consultation, now "
         "starting in January 2025."),
        ("AFI 5", "People", A5, "5.1", "Deliver EDI training to all staff, including on-call "
         "firefighters, through station-based sessions", "EDI Manager", "31/10/2024", "Red",
         "62% of staff trained. On-call attendance low; alternative evening sessions being "
         "arranged."),
        ("AFI 5", "People", A5, "5.2", "Establish staff networks for women, LGBT+ and ethnic minority "
         "staff with senior sponsors", "EDI Manager", "30/04/2025", "Not Started", ""),
    ]
    with open(P("s2-hwfrs-hmicfrs-afi-tracker.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        for row in rows:
            w.writerow(row)


# =========================================================================== 7. NHS Lothian MWC (txt)
def lothian_mwc():
    lines = [
        "NHS Lothian – Mental Welfare Commission Local Visit Action Plan: Craiglea Ward, Royal "
        "Edinburgh Hospital",
        "Date of visit: 14 March 2024\tReport published: 2 May 2024\tResponse due: 2 August 2024",
        "",
        "Ref\tAction\tResponsible\tTimescale\tUpdate\tRAG",
        "Recommendation 1: Managers should ensure that care plans are person-centred, reflect each "
        "patient's needs and are reviewed regularly, with evidence of patient involvement.\t\t\t\t\t",
        "1.1\tAll care plans to be reviewed with the patient at the weekly named-nurse session and "
        "the review recorded on TRAK\tSenior Charge Nurse\t31/05/2024\tWeekly reviews in place; April "
        "audit showed 9 of 12 care plans reviewed with the patient.\tGreen",
        "1.2\tCare plan audit against the Commission's good practice guide, reported to the "
        "Clinical Nurse Manager\tCharge Nurse (Quality)\tMonthly\tAudits completed for April, May "
        "and June.\tGreen",
        "Recommendation 2: Medical staff should ensure that all treatment given under Part 16 of the "
        "Mental Health Act is authorised by a current T2 or T3 certificate.\t\t\t\t\t",
        "2.1\tPharmacy to check T2/T3 certificates against prescriptions at each ward pharmacy "
        "visit\tLead Pharmacist, REH\tImmediate\tChecks introduced from 20 May 2024.\tComplete",
        "2.2\tCopies of all certificates to be kept with the medication record\tSCN / Consultant "
        "Psychiatrist\tJune 2024\tComplete.\tComplete",
        "Recommendation 3: Managers should ensure that there is a range of therapeutic and "
        "recreational activity available to patients, including at weekends.\t\t\t\t\t",
        "3.1\tRecruit to the vacant activity co-ordinator post\tClinical Nurse Manager\tSeptember "
        "2024\tPost advertised twice; interviews on 12 August.\tAmber",
        "3.2\tAgree a weekend activity timetable with occupational therapy and the REH Art "
        "Space\tHead of Occupational Therapy\tEnd of October 2024\tMeeting held in July; draft "
        "timetable being prepared.\tGreen",
        "Recommendation 4: Managers should complete the planned refurbishment of the ward's "
        "bathrooms and the garden area.\t\t\t\t\t",
        "4.1\tBathroom refurbishment to be included in the 2024/25 capital programme\tEstates "
        "Manager, REH\tQ4 2024/25\tBid submitted; awaiting decision of the Capital Management "
        "Group.\tAmber",
        "",
        "RAG: Complete / Green – on track / Amber – delayed / Red – not progressing",
    ]
    with open(P("s2-nhs-lothian-mwc-visit-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    conwy_yjs()
    psni_cji()
    birmingham_housing()
    gwent_cpr()
    grampian_his()
    hwfrs_csv()
    lothian_mwc()
    print("done")
