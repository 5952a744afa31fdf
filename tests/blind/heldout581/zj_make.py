"""Build the seven zj- data files of set heldout581.

Run with /work/main/.venv/bin/python zj_make.py (needs openpyxl and python-docx).
Only writes files whose names start with "zj-".
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zj-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
    "navy": PatternFill("solid", fgColor="1F3864"),
    "lilac": PatternFill("solid", fgColor="E4DFEC"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


def put(ws, row, values, bold=False, fill=None, wrap=True, border=True, fmt=None):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        if bold:
            c.font = Font(bold=True, color="FFFFFF" if fill == "navy" else "000000")
        if fill:
            c.fill = FILL[fill]
        if wrap:
            c.alignment = WRAP
        if border:
            c.border = BOX
        if isinstance(v, dt.datetime):
            c.number_format = fmt or "dd/mm/yyyy"


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def bold_row(row, fill=None):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
        if fill:
            shade(c, fill)


def cell_text(cell, text):
    """Put text in a cell; '\n' starts a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for extra in parts[1:]:
        cell.add_paragraph(extra)


DOCX_RAG = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
            "Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


# ====================================================================
# 1. Royal Orthopaedic Hospital NHSFT - CQC IR(ME)R inspection improvement plan (xlsx)
# ====================================================================
def make_roh():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "The Royal Orthopaedic Hospital NHS Foundation Trust"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    rows = [
        ("Document title", "IR(ME)R Inspection Improvement Plan – Imaging Department"),
        ("Inspection date", "11 June 2025"),
        ("Inspecting body", "Care Quality Commission – IR(ME)R team"),
        ("Executive lead", "Chief Operating Officer"),
        ("Plan owner", "Radiology Services Manager"),
        ("Reporting to", "Radiation Protection Committee; Quality and Safety Committee"),
        ("Version", "1.3"),
        ("Date of this version", "14/10/2025"),
    ]
    r = 4
    for k, v in rows:
        put(cov, r, [k, v])
        cov.cell(row=r, column=1).font = Font(bold=True)
        r += 1
    r += 1
    cov.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    put(cov, r, ["Version", "Date", "Author", "Summary of change"], bold=True, fill="grey")
    for row in [
        ("1.0", "18/07/2025", "Radiology Services Manager", "Initial plan returned to CQC"),
        ("1.2", "12/08/2025", "Radiology Services Manager", "Updated following Radiation Protection Committee"),
        ("1.3", "14/10/2025", "Lead Radiographer, Quality & Governance",
         "October progress update; revised dates agreed at RPC"),
    ]:
        r += 1
        put(cov, r, list(row))
    widths(cov, {"A": 24, "B": 60, "C": 36, "D": 50})

    ws = wb.create_sheet("Improvement plan")
    ncol = 9
    ws["A1"] = "IR(ME)R Inspection Improvement Plan – Imaging Department"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("CQC IR(ME)R inspection 11 June 2025 – recommendations from the formal "
                "written feedback letter dated 3 July 2025")
    ws["A3"] = ("Progress position at 14 October 2025. Current RAG shown by cell colour – "
                "see key on 'RAG key' tab.")
    ws["A3"].font = Font(italic=True)
    for rr in (1, 2, 3):
        ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=ncol)
    put(ws, 5, ["Ref", "CQC recommendation", "Action", "Action lead", "Original target date",
                "Revised target date", "Progress update", "Previous RAG (Aug-25)", "Current RAG"],
        bold=True, fill="navy")

    plan = [
        ("band", "Regulation 6 – Employer's duties and written procedures (Schedule 2)"),
        ("rec", "The employer should review employer's procedure EP-B (identification of the "
                "individual to be exposed) so that it reflects practice in theatres, where patients "
                "may be anaesthetised before the exposure.", [
            ("1.1", "Rewrite EP-B to include the theatre pause-and-check against the patient "
                    "wristband and the process for patients who cannot confirm their identity.",
             "Radiology Services Manager", d(2025, 7, 31), d(2025, 8, 31),
             "EP-B v4.0 approved at RPC 12/08/25 and published on Q-Pulse.", "A", "blue"),
            ("1.2", "Audit compliance with the revised EP-B in main theatres (sample of 30 "
                    "fluoroscopy cases).",
             "Superintendent Radiographer (Theatres) / Theatre Matron", d(2025, 9, 30),
             d(2025, 11, 30),
             "Audit started w/c 06/10/25; 12 cases reviewed so far, all compliant.", "G", "green"),
        ]),
        ("rec", "The employer should ensure that the pregnancy enquiry procedure (EP-D) covers all "
                "individuals of childbearing potential aged 12 to 55 and sets out what operators "
                "must record where an enquiry is not possible.", [
            ("2.1", "Amend the EP-D age range, add recording guidance and reissue the pregnancy "
                    "enquiry prompts in CRIS.",
             "Lead Radiographer, Quality & Governance", d(2025, 8, 31), None,
             "Complete – EP-D v3.1 issued 28/08/25; CRIS prompt live.", "G", "blue"),
        ]),
        ("band", "Regulation 12 – Optimisation: diagnostic reference levels"),
        ("rec", "The employer should establish local diagnostic reference levels (DRLs) for "
                "intra-operative fluoroscopy and review them against national DRLs.", [
            ("3.1", "Collect dose-area product data for the 10 most frequent theatre procedures "
                    "across all four C-arms.",
             "Medical Physics Expert", d(2025, 9, 30), d(2025, 12, 31),
             "Data export from two C-arms still outstanding – awaiting software licence from "
             "the supplier. Escalated to COO.", "A", "red"),
            ("3.2", "Set local DRLs, present them to the Radiation Protection Committee for "
                    "approval and display them in each theatre.",
             "Medical Physics Expert; Radiology Services Manager", d(2025, 12, 31), d(2026, 3, 31),
             "Dependent on 3.1; revised date agreed at RPC 14/10/25.", "G", "amber"),
        ]),
        ("band", "Regulation 8 – Accidental or unintended exposures"),
        ("rec", "The employer should ensure that every radiation incident is assessed against the "
                "significant accidental or unintended exposure (SAUE) criteria and that the "
                "assessment is documented.", [
            ("4.1", "Add a mandatory SAUE assessment field to the Datix radiation incident form.",
             "Head of Patient Safety", d(2025, 7, 31), None,
             "Complete – field live since 21/07/25.", "B", "blue"),
            ("4.2", "Medical Physics Expert to review all radiation incidents quarterly and present "
                    "a themes report to the Radiation Protection Committee.",
             "Medical Physics Expert", "Quarterly", None,
             "Q2 report presented 14/10/25.", "G", "green"),
        ]),
        ("band", "Regulation 17 – Training"),
        ("rec", "The employer should make sure that training and entitlement records for "
                "non-medical referrers and for surgeons acting as operators are complete and "
                "available.", [
            ("5.1", "Move IR(ME)R training and entitlement records onto the ESR competency module "
                    "and chase all missing records.",
             "Learning and Development Lead", d(2025, 10, 31), d(2026, 1, 31),
             "68% of records now on ESR. Surgeon records slower than planned.", "G", "amber"),
            ("5.2", "Suspend the entitlement of any referrer or operator without evidence of "
                    "training by the deadline.",
             "Clinical Director for Theatres and Imaging", d(2026, 1, 31), None,
             "Not started – follows 5.1.", None, None),
        ]),
    ]
    r = 6
    for item in plan:
        if item[0] == "band":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            for cc in range(1, ncol + 1):
                ws.cell(row=r, column=cc).fill = FILL["grey"]
                ws.cell(row=r, column=cc).border = BOX
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        _, rec, acts = item
        first = r
        for i, (ref, act, lead, orig, rev, prog, prev, cur) in enumerate(acts):
            put(ws, r, [ref, rec if i == 0 else None, act, lead, orig, rev, prog, prev, None])
            if prev:
                ws.cell(row=r, column=8).fill = FILL[{"B": "blue", "G": "green", "A": "amber",
                                                      "R": "red"}[prev]]
                ws.cell(row=r, column=8).alignment = Alignment(horizontal="center", vertical="top")
            if cur:
                ws.cell(row=r, column=9).fill = FILL[cur]
            r += 1
        if len(acts) > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    for label, n in [("Blue – complete", 3), ("Green – on track", 2), ("Amber – at risk", 2),
                     ("Red – off track", 1), ("Not yet started", 1), ("Total actions", 9)]:
        r += 1
        put(ws, r, [label, n])
    widths(ws, {"A": 8, "B": 48, "C": 52, "D": 30, "E": 14, "F": 14, "G": 48, "H": 12, "I": 12})
    ws.freeze_panes = "A6"

    key = wb.create_sheet("RAG key")
    put(key, 1, ["Colour", "Meaning"], bold=True, fill="grey")
    for i, (col, meaning) in enumerate([
        ("blue", "Complete – evidence submitted to CQC"),
        ("green", "On track to meet target date"),
        ("amber", "At risk – revised date agreed by RPC"),
        ("red", "Off track / overdue – escalated"),
        (None, "Not yet started"),
    ], start=2):
        put(key, i, [None, meaning])
        if col:
            key.cell(row=i, column=1).fill = FILL[col]
    widths(key, {"A": 12, "B": 48})
    wb.save(out("zj-royal-orthopaedic-hospital-nhsft-cqc-irmer-inspection-improvement-plan.xlsx"))


# ====================================================================
# 2. Lincolnshire Police - stalking super-complaint action plan (docx)
# ====================================================================
def make_lincs():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = doc.add_paragraph("Lincolnshire Police")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(12)
    doc.add_heading("Police response to stalking: super-complaint action plan", level=0)
    doc.add_paragraph(
        "In September 2024 HMICFRS, the College of Policing and the IOPC published their report on "
        "the super-complaint made by the Suzy Lamplugh Trust on behalf of the National Stalking "
        "Consortium. This plan sets out how Lincolnshire Police is responding to the "
        "recommendations made to chief constables. It is reviewed monthly at the Protecting "
        "Vulnerable People Board.")
    doc.add_paragraph("Strategic lead: Detective Chief Superintendent, Head of Crime")
    doc.add_paragraph("Plan position: 31 October 2025")

    key = doc.add_table(rows=1, cols=2)
    key.style = "Table Grid"
    key.rows[0].cells[0].text = "Status"
    key.rows[0].cells[1].text = "Meaning"
    bold_row(key.rows[0], "D9D9D9")
    for s, m in [("Complete", "Action delivered and evidence held"),
                 ("Green", "On track"),
                 ("Amber", "Some slippage – recoverable"),
                 ("Red", "Off track – escalated to Force Performance Board")]:
        row = key.add_row()
        row.cells[0].text = s
        row.cells[1].text = m
        shade(row.cells[0], DOCX_RAG[s])

    recs = [
        ("Recommendation 4",
         "By 27 March 2025, chief constables should make sure that reports of stalking are "
         "correctly identified and recorded, including where stalking is present alongside "
         "other offences.",
         [("4.1", "Issue a force-wide briefing on the difference between harassment and stalking, "
                  "with examples from recent Lincolnshire cases.",
           "DCI Public Protection", "27 March 2025",
           "Briefing issued 14/02/25 through Force Orders and the stalking intranet page.",
           "Complete"),
          ("4.2", "Monthly dip sample of 40 harassment crimes by the Force Crime Registrar's team "
                  "to find stalking that has been recorded as harassment.",
           "Force Crime Registrar", "Monthly",
           "Dip samples for July–September found 9% mis-classified (down from 22%).", "Green")]),
        ("Recommendation 5",
         "By 27 March 2025, chief constables should make sure that stalking protection orders "
         "are considered at the earliest opportunity in every stalking investigation, and that "
         "officers can get specialist advice.",
         [("5.1", "Appoint a stalking single point of contact (SPOC) in each of the three "
                  "policing areas.",
           "Detective Superintendent, Head of Public Protection", "30/06/2025",
           "SPOCs in post in West, East and Lincoln areas from 02/06/25.", "Complete"),
          ("5.2", "Introduce a stalking protection order (SPO) tracker.\n"
                  "Review all live stalking investigations for SPO suitability at the daily "
                  "management meeting.",
           "DI Public Protection Unit & Force Solicitor", "Sept 2025 – March 2026",
           "Tracker built in Niche; daily review started in Lincoln area only so far.", "Amber")]),
        ("Recommendation 10",
         "By 27 March 2025, chief constables should review and update their training on "
         "stalking so that all officers and staff who deal with the public can recognise "
         "stalking behaviour.",
         [("10.1", "Deliver the College of Policing stalking and harassment training module to all "
                   "response and neighbourhood officers.",
           "Head of Learning and Development", "31 December 2025",
           "71% of response officers trained; neighbourhood teams booked for November and "
           "December.", "Amber"),
          ("10.2", "Add FOUR (fixated, obsessive, unwanted, repeated) screening questions to the "
                   "Force Control Room THRIVE script.",
           "Superintendent, Force Control Room", "Q3 2025/26",
           "Script change approved; system change scheduled for November release.", "Green")]),
        ("Recommendation 12",
         "Chief constables should make sure that victims of stalking are referred to specialist "
         "advocacy services and are kept informed about their case.",
         [("12.1", "Refer every stalking victim to the commissioned independent stalking advocacy "
                   "service unless the victim declines, and record the referral on Niche.",
           "Victim Services Manager (OPCC) and DCI Public Protection", "Ongoing",
           "Referral rate 83% in Q2; declines recorded in all other cases.", "Green")]),
    ]
    hdr = ["Ref", "Action", "Owner", "Target date", "Update – October 2025", "Status"]
    for head, text, acts in recs:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(text)
        for run in p.runs:
            run.italic = True
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        bold_row(t.rows[0], "D9E2F3")
        for a in acts:
            row = t.add_row()
            for i, v in enumerate(a):
                cell_text(row.cells[i], v)
            shade(row.cells[5], DOCX_RAG[a[5]])
        doc.add_paragraph("")

    doc.add_heading("Document control", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Change"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "D9D9D9")
    for v in [("1.0", "22/11/2024", "PVP Business Manager", "Published action plan"),
              ("1.4", "31/10/2025", "PVP Business Manager", "October 2025 update")]:
        row = t.add_row()
        for i, x in enumerate(v):
            row.cells[i].text = x
    doc.save(out("zj-lincolnshire-police-stalking-super-complaint-action-plan.docx"))


# ====================================================================
# 3. East Sussex FRS - Grenfell Tower Inquiry Phase 2 tracker (csv) - refuse case
# ====================================================================
ESFRS_ROWS = [
    ["East Sussex Fire & Rescue Service – Grenfell Tower Inquiry Phase 2 Recommendations Tracker"],
    ["Report to Scrutiny & Audit Panel – position at 31 October 2025"],
    [],
    ["GTI Rec", "Theme", "Recommendation (summary)", "Action Ref", "Action", "Action Owner",
     "Target Date", "RAG", "Progress Update"],
    ["P2-05", "Operational response",
     "FRSs should review their arrangements for firefighting in high-rise residential buildings, "
     "including the use of evacuation alert systems where they are fitted.",
     "5a", "Review the High-Rise Firefighting policy against National Operational Guidance and "
     "the Inquiry findings.", "Area Manager, Operational Policy", "Dec-2025", "Green",
     "Draft policy with Operational Assurance group"],
    ["P2-05", "Operational response",
     "FRSs should review their arrangements for firefighting in high-rise residential buildings, "
     "including the use of evacuation alert systems where they are fitted.",
     "5b", "Train all flexi-duty officers and Control staff in the use of evacuation alert "
     "systems.", "Head of Training & Assurance / Control Manager", "Mar-2026", "Amber",
     "Training package agreed with Surrey FRS; delivery from January"],
    ["P2-06", "Control and communications",
     "FRSs should make sure their control rooms can handle a large number of fire survival "
     "guidance calls at once and pass the information to the incident ground.",
     "6a", "Run a multi-agency exercise testing the transfer of fire survival guidance "
     "information from Control to the command unit.", "Control Manager", "0ct-2025", "Green",
     "Exercise held at Brighton Marina site"],
    ["P2-06", "Control and communications",
     "FRSs should make sure their control rooms can handle a large number of fire survival "
     "guidance calls at once and pass the information to the incident ground.",
     "6b", "Agree buddy-control arrangements for overflow of fire survival guidance calls.",
     "Control Manager", "Jun-2026", "Green", "Discussions with West Sussex FRS ongoing"],
    ["P2-09", "Protection and building safety",
     "FRSs should improve how information from protection teams about building construction and "
     "external wall systems reaches operational crews.",
     "9a", "Add external wall system data from Building Safety Regulator returns to the "
     "Site-Specific Risk Information on mobile data terminals.",
     "Group Manager, Protection", "Sep-2026", "Amber", "Data-sharing agreement with BSR in draft"],
    ["P2-09", "Protection and building safety",
     "FRSs should improve how information from protection teams about building construction and "
     "external wall systems reaches operational crews.",
     "9b", "Complete a familiarisation visit programme for all 11 in-scope high-rise buildings.",
     "Station Managers (Brighton and Hastings)", "Jan-2026", "Green", "7 of 11 visits completed"],
    ["P2-12", "Training and development",
     "FRSs should make sure that incident commanders are trained to recognise when a "
     "stay-put strategy has failed and to decide when to change it.",
     "12a", "Add a revised evacuation decision-making scenario to incident command assessments "
     "at levels 1 and 2.", "Head of Training & Assurance", "Mar-2026", "Amber",
     "Scenario written; assessors to be briefed"],
    ["P2-14", "Emergency planning",
     "FRSs should work with local resilience forum partners to test plans for the evacuation "
     "and care of residents displaced from a high-rise building.",
     "14a", "Take part in the Sussex Resilience Forum mass evacuation exercise.",
     "Head of Resilience", "Nov-2025", "Complete", "Exercise Keystone held 16/09/25"],
    [],
    ["Total actions: 8"],
]


def make_esfrs():
    path = out("zj-east-sussex-fire-rescue-service-grenfell-phase-2-recommendations-tracker-typo-month-refuse.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        for row in ESFRS_ROWS:
            w.writerow(row)


# ====================================================================
# 4. Ongo Homes - RSH consumer standards improvement plan (txt, tab-separated)
# ====================================================================
ONGO_LINES = [
    ["Ongo Homes – Consumer Standards Improvement Plan 2025-26"],
    ["Prepared for: Customer Services Committee, 20 October 2025"],
    ["RAG: Complete = action finished and evidenced; Green = on track; Amber = at risk; "
     "Red = off track"],
    [],
    ["Ref", "Requirement", "Action", "Lead", "Due", "RAG", "Comment"],
    ["SAFETY AND QUALITY STANDARD"],
    ["SQ1", "1.1 Stock quality – accurate, up-to-date stock condition data",
     "Complete stock condition surveys on a five-year rolling programme, starting with the 1,140 "
     "homes last surveyed before 2020.", "Head of Asset Management", "31/03/2026", "Green",
     "620 surveys completed to date"],
    ["SQ2", "", "Load HHSRS hazard data from surveys into the asset management system and report "
     "category 1 hazards to the Property Services Board monthly.", "Asset Data Manager",
     "Dec-25", "Amber", "Interface testing delayed by system upgrade"],
    ["SQ3", "1.2 Health and safety – landlord compliance",
     "Complete outstanding fire risk assessment remedial actions in high-risk blocks.",
     "Head of Building Safety / Compliance Manager", "30/11/2025", "Red",
     "14 of 36 high-priority actions overdue – second contractor mobilised"],
    ["SQ4", "1.3 Repairs – damp and mould",
     "Embed the damp and mould procedure with 24-hour triage and a 10-working-day survey "
     "standard.", "Repairs Manager", "Jun-25", "Complete", "Procedure live from June 2025"],
    ["TRANSPARENCY, INFLUENCE AND ACCOUNTABILITY STANDARD"],
    ["TI1", "2.1 Diverse needs – tenant data",
     "Run a tenant profiling campaign to raise the share of households with vulnerability and "
     "communication needs recorded from 46% to 75%.", "Customer Insight Manager", "Q1 2026/27",
     "Green", ""],
    ["TI2", "2.2 Complaints",
     "Publish the annual complaints performance and service improvement report with the "
     "Complaint Handling Code self-assessment.", "Head of Customer Experience", "30/06/2025",
     "Complete", "Published 27/06/25"],
    ["TI3", "2.3 Engagement with tenants",
     "Recruit and train a new Tenant Scrutiny Panel to review two services each year.",
     "Community Engagement Lead", "Ongoing", "Green", "6 tenants recruited"],
    ["NEIGHBOURHOOD AND COMMUNITY STANDARD"],
    ["NC1", "3.1 Anti-social behaviour",
     "Review the ASB policy with tenants and partners, including how the Community Trigger is "
     "publicised.", "Neighbourhoods Manager & Safer Neighbourhoods Officer", "Jan–Mar 2026",
     "Amber", "Partner workshop postponed to January"],
    ["TENANCY STANDARD"],
    ["TN1", "4.1 Allocations and lettings",
     "Audit a sample of 50 lettings against the allocations policy and report the findings to "
     "the Customer Services Committee.", "Lettings Team Leader", "Feb-26", "Green", ""],
    [],
    ["Summary"],
    ["Complete", "2"],
    ["Green", "4"],
    ["Amber", "2"],
    ["Red", "1"],
    ["Total", "9"],
]


def make_ongo():
    path = out("zj-ongo-homes-rsh-consumer-standards-improvement-plan.txt")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for line in ONGO_LINES:
            fh.write("\t".join(line) + "\r\n")


# ====================================================================
# 5. HFEA - Authority meeting action log (xlsx)
# ====================================================================
def make_hfea():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover paper"
    cov["A1"] = "Matters arising – Authority action log"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Human Fertilisation and Embryology Authority"
    rows = [
        ("Strategic delivery:", "☒ Safe, ethical, effective treatment   ☐ Consistent outcomes and "
                                "support   ☐ Improving standards through intelligence"),
        ("Details:", None),
        ("Meeting", "Authority"),
        ("Agenda item", "3"),
        ("Paper number", "HFEA (26/11/2025) 1012"),
        ("Meeting date", "26 November 2025"),
        ("Author", "Governance Manager"),
        ("Output:", None),
        ("For information or decision?", "For information"),
        ("Recommendation", "Members are asked to note the progress on actions from previous "
                           "Authority meetings and to agree the closure of completed actions."),
        ("Resource implications", "None"),
        ("Implementation date", "Ongoing"),
        ("Organisational risk", "☒ Low   ☐ Medium   ☐ High"),
        ("Annexes", "Annex A: open actions; Annex B: actions closed since the last meeting"),
    ]
    r = 4
    for k, v in rows:
        put(cov, r, [k, v], border=(v is not None))
        cov.cell(row=r, column=1).font = Font(bold=True)
        r += 1
    widths(cov, {"A": 30, "B": 90})

    def log_sheet(name, title, header, groups, status_fill):
        ws = wb.create_sheet(name)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=12)
        ncol = len(header)
        put(ws, 3, header, bold=True, fill="lilac")
        r = 4
        for band, acts in groups:
            ws.cell(row=r, column=1, value=band).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.cell(row=r, column=1).fill = FILL["grey"]
            r += 1
            for a in acts:
                put(ws, r, list(a), fmt="dd/mm/yyyy")
                st = a[4]
                if st in status_fill:
                    ws.cell(row=r, column=5).fill = FILL[status_fill[st]]
                r += 1
        widths(ws, {"A": 11, "B": 60, "C": 34, "D": 14, "E": 10, "F": 50})
        return ws, r

    ws, r = log_sheet(
        "Annex A - open actions", "Annex A: open actions at 14 November 2025",
        ["Action no.", "Action", "Responsibility", "Due date", "RAG", "Progress to date"],
        [("Authority meeting – 16 July 2025", [
            ("2025/31", "Provide members with a breakdown of PGT-M condition application "
                        "processing times in future performance reports.",
             "Director of Compliance and Information", "Jan-26", "G",
             "Data extract agreed with the Intelligence team; first breakdown in the January "
             "report."),
            ("2025/33", "Circulate the revised Code of Practice guidance on treatment add-ons to "
                        "members before publication.",
             "Director of Strategy and Corporate Affairs / Head of Policy", d(2025, 9, 30), "R",
             "Delayed pending legal review; now expected early December 2025."),
        ]),
         ("Authority meeting – 17 September 2025", [
            ("2025/38", "Bring a paper on options for the next phase of the Opening the Register "
                        "service to the January meeting.",
             "Chief Executive", "January 2026", "G", "Paper in preparation."),
            ("2025/39", "Arrange a members' workshop on the law reform proposals ahead of "
                        "engagement with DHSC.",
             "Chair / Chief Executive", "Dec-25", "A",
             "Date being finalised; members' availability limited in December."),
            ("2025/41", "Update the strategic risk register to reflect the cyber security risk "
                        "discussed, and report back to the Audit and Governance Committee.",
             "Director of Finance and Resources", d(2025, 12, 9), "G",
             "Risk rewritten; on AGC agenda for 9 December."),
            ("2025/42", "Publish the summary of the national patient survey results on the HFEA "
                        "website.",
             "Head of Communications", "TBC", "A",
             "Awaiting final data from the survey contractor."),
        ])],
        {"G": "green", "A": "amber", "R": "red", "B": "blue"})
    ws.cell(row=r + 1, column=1,
            value="Key: R – overdue; A – at risk of missing due date; G – on track; B – complete")
    ws.cell(row=r + 1, column=1).font = Font(italic=True)

    log_sheet(
        "Annex B - closed", "Annex B: actions closed since the last meeting",
        ["Action no.", "Action", "Responsibility", "Due date", "Status", "Closure note"],
        [("Authority meeting – 14 May 2025", [
            ("2025/22", "Provide a written update on the Register data quality improvement "
                        "project.",
             "Director of Compliance and Information", "Jul-25", "Complete",
             "Update circulated 02/07/25."),
        ]),
         ("Authority meeting – 16 July 2025", [
            ("2025/30", "Amend the Standing Orders to reflect the revised quorum for Licence "
                        "Committee and circulate for approval.",
             "Head of Governance and Licensing", "September 2025", "Complete",
             "Approved at the September meeting."),
            ("2025/34", "Share the equality, diversity and inclusion action plan with members.",
             "Director of Finance and Resources; Head of People", d(2025, 10, 31), "Complete",
             "Circulated 24/10/25."),
        ])],
        {"Complete": "blue"})
    wb.save(out("zj-hfea-authority-meeting-action-log.xlsx"))


# ====================================================================
# 6. Marsh Lane Medical Practice - CQC inspection action plan (xlsx, one sheet per key question)
# ====================================================================
def make_marsh():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "Marsh Lane Medical Practice – CQC Inspection Action Plan"
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Assessment report published 12 August 2025"
    sm["A3"] = ("Overall rating: Requires improvement (Safe: Requires improvement; Effective: Good; "
                "Caring: Good; Responsive: Good; Well-led: Requires improvement)")
    put(sm, 5, ["Action plan owner:", "Practice Manager"], border=False)
    put(sm, 6, ["Reviewed at:", "Monthly partners' meeting"], border=False)
    put(sm, 7, ["Last updated:", "05/12/2025"], border=False)
    put(sm, 9, ["Key question", "Must do", "Should do", "Actions", "Complete", "Outstanding"],
        bold=True, fill="grey")
    put(sm, 10, ["Safe", 2, 1, 4, 1, 3])
    put(sm, 11, ["Effective", 0, 1, 1, 0, 1])
    put(sm, 12, ["Well-led", 1, 1, 4, 1, 3])
    put(sm, 13, ["Total", 3, 3, 9, 2, 7], bold=True)
    widths(sm, {"A": 22, "B": 26, "C": 12, "D": 10, "E": 10, "F": 12})

    rag_fill = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    header = ["No.", "Type", "CQC finding / requirement", "Action", "Responsible person(s)",
              "Target date", "RAG", "Evidence / progress"]

    def kq_sheet(name, rating, groups):
        ws = wb.create_sheet(name)
        ws["A1"] = f"Key question: {name}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = f"Rating: {rating}"
        put(ws, 4, header, bold=True, fill="navy")
        r = 5
        for typ, finding, acts in groups:
            first = r
            for i, (no, act, who, due, rag, ev) in enumerate(acts):
                put(ws, r, [no, typ if i == 0 else None, finding if i == 0 else None, act, who,
                            due, rag, ev])
                ws.cell(row=r, column=7).fill = FILL[rag_fill[rag]]
                r += 1
            if len(acts) > 1:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
                ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        widths(ws, {"A": 6, "B": 10, "C": 46, "D": 52, "E": 28, "F": 12, "G": 11, "H": 40})

    kq_sheet("Safe", "Requires improvement", [
        ("Must do", "Regulation 12: Ensure that patients prescribed high-risk medicines receive the "
                    "required monitoring before repeat prescriptions are issued.", [
            ("S1", "Run monthly clinical system searches for DMARDs, lithium and warfarin; the "
                   "clinical pharmacist reviews any patient overdue monitoring before "
                   "authorising.", "Clinical Pharmacist & Dr R Mehta", d(2025, 9, 30), "Complete",
             "Searches set up 01/09/25; 37 patients recalled."),
            ("S2", "Audit a random sample of 20 patients on high-risk medicines each quarter and "
                   "report findings to the clinical meeting.", "Dr R Mehta", "Quarterly", "Green",
             "First audit 17/11/25 – 19 of 20 fully monitored."),
        ]),
        ("Must do", "Regulation 12: Ensure that actions from the infection prevention and control "
                    "audit are completed and monitored.", [
            ("S3", "Complete outstanding IPC audit actions (replace fabric chairs in Treatment "
                   "Room 2, fit elbow-operated taps).", "Lead Practice Nurse", d(2025, 12, 31),
             "Amber", "Chairs replaced; taps awaiting NHS Property Services contractor."),
        ]),
        ("Should do", "Improve the system for checking that clinical staff immunisation status is "
                      "recorded in line with UKHSA guidance.", [
            ("S4", "Request immunisation records from all clinical staff, add them to staff files "
                   "and chase any missing.", "Assistant Practice Manager", "Nov-25", "Green",
             "2 records outstanding (locum GPs)."),
        ]),
    ])
    kq_sheet("Effective", "Good", [
        ("Should do", "Continue to improve uptake of cervical screening, which was below the 80% "
                      "target.", [
            ("E1", "Introduce text message recall with an online booking link and Saturday "
                   "morning smear clinics through PCN enhanced access.",
             "Lead Practice Nurse / PCN Clinical Director", d(2026, 3, 31), "Green",
             "Saturday clinics started 08/11/25."),
        ]),
    ])
    kq_sheet("Well-led", "Requires improvement", [
        ("Must do", "Regulation 17: Ensure that governance systems are effective, including "
                    "oversight of policies, significant events and staff training.", [
            ("W1", "Set up a policy review schedule on the practice intranet with a named owner "
                   "for every policy.", "Practice Manager", d(2025, 10, 31), "Complete",
             "Schedule live; 41 of 41 policies in date."),
            ("W2", "Introduce a training matrix covering all mandatory training with a monthly "
                   "report to the partners.", "Practice Manager & HR Administrator",
             d(2025, 11, 30), "Red", "Matrix built but not yet populated for reception team."),
            ("W3", "Record and review significant events at the monthly clinical meeting and share "
                   "the learning with the whole team.", "Dr J Oduya (Partner)", "Ongoing",
             "Green", "Standing agenda item since September."),
        ]),
        ("Should do", "Take action to improve patient satisfaction with telephone access.", [
            ("W4", "Move to cloud-based telephony with call-back and queue position, and review "
                   "GP Patient Survey results.", "Practice Manager", "Jan–Mar 2026", "Amber",
             "Supplier chosen; go-live date to be confirmed by ICB digital team."),
        ]),
    ])
    wb.save(out("zj-marsh-lane-medical-practice-cqc-inspection-action-plan.xlsx"))


# ====================================================================
# 7. Three Spires Academy Trust - Holbrook Primary Academy post-Ofsted action plan (docx)
# ====================================================================
def make_holbrook():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    doc.add_heading("Holbrook Primary Academy – Post-Ofsted Action Plan 2024–25", level=0)
    p = doc.add_paragraph("Part of Three Spires Academy Trust")
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cov = doc.add_table(rows=0, cols=2)
    cov.style = "Table Grid"
    for k, v in [
        ("Date of inspection", "5 and 6 November 2024"),
        ("Quality of education", "Requires improvement"),
        ("Behaviour and attitudes", "Good"),
        ("Personal development", "Good"),
        ("Leadership and management", "Requires improvement"),
        ("Early years provision", "Good"),
        ("Plan written by", "Headteacher with the Trust Director of Education"),
        ("Monitored by", "Local Governing Body (Standards Committee) and Trust Board"),
        ("Date of plan", "January 2025 (RAG updated May 2025)"),
    ]:
        row = cov.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        shade(row.cells[0], "E2EFDA")
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some concerns; R – not on track")

    hdr = ["Ref", "Action", "Lead(s)", "Timescale", "Success criteria", "Monitored by",
           "RAG"]
    sections = [
        ("Quality of education", [
            ("Area for improvement 1",
             "The curriculum in some foundation subjects is not yet sequenced well enough, so "
             "pupils do not build their knowledge securely over time. Leaders should make sure "
             "that the important knowledge pupils need to learn is clearly identified and "
             "ordered in all subjects.",
             [("1.1", "Complete curriculum maps for history, geography and DT that identify the key "
                      "knowledge for each unit, with support from the trust curriculum network.",
               "DHT (Curriculum) and subject leaders", "Spring term 2025",
               "Maps in place for all three subjects and shared with staff.",
               "Trust Director of Education", "B"),
              ("1.2", "Subject leaders carry out deep dives (pupil voice, book looks, lesson visits) "
                      "and report to governors.",
               "Subject leaders; AHT (Assessment)", "Termly",
               "Pupils can recall key knowledge from previous units.", "Standards Committee",
               "G"),
              ("1.3", "Introduce low-stakes retrieval quizzes at the start of every foundation "
                      "subject lesson.",
               "DHT (Curriculum)", "Summer term 2025",
               "Retrieval seen in 90% of lesson visits.", "Headteacher", "A")]),
            ("Area for improvement 2",
             "Too many pupils in key stage 1 who have fallen behind in reading do not catch up "
             "quickly enough. Leaders should make sure that phonics is taught consistently and "
             "that pupils who need extra help are identified and supported quickly.",
             [("2.1", "All KS1 staff complete refresher training in the school's validated phonics "
                      "programme.",
               "Reading Lead", "31 January 2025", "100% of KS1 staff trained.",
               "Headteacher", "B"),
              ("2.2", "Daily keep-up sessions for pupils identified through half-termly phonics "
                      "assessments.",
               "Reading Lead / Year 1 and 2 teachers", "Ongoing",
               "Phonics screening check pass rate at or above national.", "Standards Committee",
               "G"),
              ("2.3", "Trust English lead quality assures phonics teaching and gives feedback to "
                      "the headteacher.",
               "Trust English Lead", "Half-termly", "Consistent phonics teaching in all KS1 "
               "classes.", "Trust Director of Education", "G")]),
        ]),
        ("Leadership and management", [
            ("Area for improvement 3",
             "Governors do not have a precise enough understanding of the quality of education in "
             "the school. The trust should make sure that governors receive the information and "
             "training they need to hold leaders to account.",
             [("3.1", "Governor training on the inspection framework and the curriculum, delivered "
                      "by the trust governance lead.",
               "Trust Governance Lead", "March 2025", "All LGB members attended.",
               "Trust Board", "B"),
              ("3.2", "Link governors for reading and curriculum complete one monitoring visit "
                      "each term and write a report for the LGB.",
               "Chair of LGB", "Summer term 2025",
               "Visit reports show challenge to leaders.", "Trust Board", "R")]),
        ]),
    ]
    for judgement, afis in sections:
        doc.add_heading(judgement, level=1)
        for afi_head, afi_text, acts in afis:
            doc.add_heading(afi_head, level=2)
            doc.add_paragraph(afi_text)
            t = doc.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
            bold_row(t.rows[0], "C6E0B4")
            for a in acts:
                row = t.add_row()
                for i, v in enumerate(a):
                    row.cells[i].text = v
                shade(row.cells[6], DOCX_RAG[a[6]])
            doc.add_paragraph("")

    doc.add_heading("Sign-off", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Role", "Name", "Date"]):
        t.rows[0].cells[i].text = h
    bold_row(t.rows[0], "D9D9D9")
    for role in ["Headteacher", "Chair of Local Governing Body", "Trust Director of Education"]:
        row = t.add_row()
        row.cells[0].text = role
        row.cells[2].text = "20/01/2025"
    doc.save(out("zj-three-spires-academy-trust-holbrook-primary-post-ofsted-action-plan.docx"))


if __name__ == "__main__":
    make_roh()
    make_lincs()
    make_esfrs()
    make_ongo()
    make_hfea()
    make_marsh()
    make_holbrook()
    print("built 7 zj- files in", HERE)
