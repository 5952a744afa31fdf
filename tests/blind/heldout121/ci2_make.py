"""Generator for the ci2- cases of heldout121 (plans outside children's services).

Run with /work/main/.venv/bin/python ci2_make.py ; writes the seven document files beside itself.
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

GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
BLUE = "00B0F0"
GREY = "D9D9D9"
NAVY = "1F3864"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. North Yorkshire FRS - HMICFRS causes of concern / AFI action plan (xlsx)
# ---------------------------------------------------------------------------
def nyfrs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    widths = {"A": 8, "B": 44, "C": 52, "D": 24, "E": 13, "F": 13, "G": 11, "H": 60}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "North Yorkshire Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14, color=NAVY)
    ws.merge_cells("A1:H1")
    ws["A2"] = "HMICFRS Inspection 2021/22 – Causes of Concern and Areas for Improvement Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Position as at 31 August 2023. Monitored by the Executive Board and reported to the Police, Fire and Crime Commissioner's Executive Group."
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Cause of Concern / Area for Improvement", "Action", "Lead Officer",
           "Target Date", "Revised Date", "RAG", "Progress Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(NAVY)
        c.alignment = WRAP
        c.border = BOX

    coc1 = ("The service doesn't have in place robust processes to ensure transformation "
            "activities provide efficiency and effectiveness.")
    coc2 = ("The service doesn't have in place adequate workforce planning processes. This means "
            "that areas such as safety-critical training, succession planning, absence and work-time "
            "management don't support its current and future integrated risk management plan.")
    rows = [
        ("section", "Efficiency"),
        ("act", "CoC1.1", coc1,
         "Refresh the medium-term financial plan so that it sets out the efficiencies each transformation project is expected to deliver.",
         "Chief Finance Officer", D(2022, 9, 30), D(2023, 2, 28), "Complete", BLUE,
         "MTFP refreshed and approved by the Commissioner in February 2023. Efficiency savings are now tracked monthly at the Change Board."),
        ("act", "CoC1.2", None,
         "Review the enable collaboration agreement with North Yorkshire Police to confirm it provides value for money for the Service.",
         "Director of Enable", D(2022, 12, 31), D(2023, 6, 30), "Complete", BLUE,
         "Independent review completed in May 2023. Revised service level agreement signed off by both Chief Officers in June."),
        ("act", "CoC1.3", None,
         "Introduce a benefits realisation framework to monitor, review and evaluate collaboration activities.",
         "Head of Corporate Services", D(2023, 9, 30), None, "G", GREEN,
         "Framework drafted and piloted on the fleet and estates collaborations. First evaluation report due at Executive Board in September."),
        ("section", "People"),
        ("act", "CoC2.1", coc2,
         "Develop a strategic workforce plan aligned to the Risk and Resource Model, including succession planning for supervisory and middle managers.",
         "Director of People", D(2023, 3, 31), D(2023, 10, 31), "A", AMBER,
         "Workforce plan in draft. Delayed by the restructure of the People team; consultation with representative bodies starts in September."),
        ("act", "CoC2.2", None,
         "Review the absence management policy and procedure and train all line managers in their use.",
         "Head of HR", D(2022, 12, 31), None, "Complete", BLUE,
         "New policy launched January 2023. 94% of line managers have completed the training."),
        ("act", "CoC2.3", None,
         "Implement a single system to record and monitor safety-critical training and competence for all operational staff.",
         "Area Manager Training; Head of ICT", D(2023, 6, 30), D(2023, 12, 31), "A", AMBER,
         "Supplier appointed. Data migration from the legacy system is taking longer than planned, so go-live has moved to December."),
        ("act", "CoC2.4", None,
         "Introduce monthly reporting of work-time, overtime and leave to the Senior Leadership Team.",
         "Head of HR", D(2023, 1, 31), None, "Complete", BLUE,
         "Monthly dashboard in place since February 2023."),
        ("blank",),
        ("section", "Effectiveness – Areas for Improvement"),
        ("act", "AFI E1",
         "The service should make sure its risk-based inspection programme targets its highest-risk buildings.",
         "Revise the risk-based inspection programme using the new premises risk model and set quarterly inspection targets for high-risk premises.",
         "Group Manager Protection", D(2023, 9, 30), None, None, GREEN,
         "New premises risk model went live in July. Quarter 1 inspection target met."),
        ("act", "AFI E2",
         "The service should make sure it has an effective system for learning from operational incidents.",
         "Launch the operational learning system and publish a quarterly learning bulletin to all stations.",
         "GM Operational Assurance", "Ongoing", None, "G", GREEN,
         "System launched April 2023; two bulletins issued. This will continue as business as usual."),
    ]
    r = 6
    merge_start = None
    for row in rows:
        if row[0] == "section":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            for col in range(1, 9):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            merge_start = None
        elif row[0] == "blank":
            pass
        else:
            _, ref, coc, action, lead, tgt, rev, rag, col, prog = row
            ws.cell(row=r, column=1, value=ref)
            if coc is not None:
                ws.cell(row=r, column=2, value=coc)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            c = ws.cell(row=r, column=5, value=tgt)
            if isinstance(tgt, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            c = ws.cell(row=r, column=6, value=rev)
            if rev is not None:
                c.number_format = "mmm-yy"
            c = ws.cell(row=r, column=7, value=rag)
            c.fill = fill(col)
            c.alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=8, value=prog)
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).border = BOX
                if cc != 7:
                    ws.cell(row=r, column=cc).alignment = WRAP
        r += 1
    # vertical merges of the cause-of-concern cells (rows 7-9 and 11-14)
    ws.merge_cells("B7:B9")
    ws.merge_cells("B11:B14")
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", BLUE, "Action complete and evidence held"),
           ("G", GREEN, "On track to meet target date"),
           ("A", AMBER, "At risk / revised date agreed"),
           ("R", RED, "Off track – escalate to Executive Board")]
    for i, (t, colr, desc) in enumerate(key, 1):
        ws.cell(row=r + i, column=1, value=t).fill = fill(colr)
        ws.cell(row=r + i, column=2, value=desc)
    ws.freeze_panes = "A6"
    wb.save(out("ci2-north-yorkshire-frs-hmicfrs-causes-of-concern-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Wheatley Group - internal audit recommendations tracker (xlsx, refuse)
# ---------------------------------------------------------------------------
def wheatley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Open recommendations"
    for k, v in {"A": 26, "B": 8, "C": 10, "D": 46, "E": 50, "F": 24, "G": 14, "H": 18, "I": 14, "J": 50}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Wheatley Group – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Group Audit Committee – 27 November 2024. Open and recently closed recommendations."
    hdr = ["Audit Report", "Rec No.", "Priority", "Recommendation", "Management Response / Agreed Action",
           "Responsible Officer", "Original Due Date", "Revised Due Date", "Status", "Update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.alignment = WRAP
        c.border = BOX
    data = [
        ("Repairs Contract Management (2023/24)", "1", "High",
         "Contract performance meetings should be minuted and KPI failures followed up with the contractor in writing.",
         "Standard agenda and minute template introduced for all repairs contract meetings; KPI failures to be formally notified within 10 working days.",
         "Director of Repairs and Assets", D(2024, 3, 31), None, "Complete",
         "Template in use since March. Sample of four meetings checked by Internal Audit in October."),
        ("Repairs Contract Management (2023/24)", "2", "Medium",
         "Variations to the repairs contract should be approved in line with the Group's scheme of delegation.",
         "Variation approval form to be added to the contract management procedure and staff briefed.",
         "Head of Procurement", D(2024, 4, 30), "30 September 2024", "Complete",
         "Procedure updated and briefing delivered to contract managers in September."),
        ("Rent Arrears Management (2023/24)", "1", "Medium",
         "Arrears cases should be escalated in line with the documented arrears process and the reasons recorded where they are not.",
         "Housing officers to record an escalation decision at each stage; monthly exception report to be produced for area managers.",
         "Head of Income", D(2024, 6, 30), "31 Ocotber 2024", "In progress",
         "Exception report built; recording change awaiting the housing system release."),
        ("Rent Arrears Management (2023/24)", "2", "Low",
         "The arrears procedure should be reviewed and reissued.",
         "Procedure to be reviewed as part of the Financial Inclusion Strategy refresh.",
         "Head of Income", D(2024, 12, 31), None, "Not yet due", ""),
        ("Cyber Security (2024/25)", "1", "High",
         "Multi-factor authentication should be extended to all remote access accounts, including third-party suppliers.",
         "MFA to be rolled out to the remaining supplier accounts and enforced through conditional access.",
         "Group Director of IT", D(2024, 10, 31), None, "In progress",
         "90% of supplier accounts enrolled. Remaining accounts to be disabled if not enrolled by 31 October."),
        ("Cyber Security (2024/25)", "2", "Medium",
         "The IT disaster recovery plan should be tested at least annually.",
         "Full disaster recovery test to be scheduled and the results reported to the Group Audit Committee.",
         "Head of Infrastructure", D(2025, 2, 28), None, "Not yet due", ""),
        ("Health and Safety – Gas Compliance (2024/25)", "1", "High",
         "Properties with an expired gas safety certificate should be escalated to the legal access process without delay.",
         "Weekly no-access report to be reviewed by the Compliance Manager and cases referred to legal after the third failed appointment.",
         "Compliance Manager", D(2024, 9, 30), None, "Complete",
         "Weekly review in place; no properties without a valid certificate at the end of October."),
    ]
    r = 5
    for d in data:
        for i, v in enumerate(d, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i == 7 and isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        st = ws.cell(row=r, column=9)
        st.fill = fill({"Complete": GREEN, "In progress": AMBER, "Not yet due": "FFFFFF"}[d[8]])
        r += 1
    ws.cell(row=r + 1, column=1, value="Priority: High – fundamental weakness in control; Medium – significant weakness; Low – minor improvement.")
    wb.save(out("ci2-wheatley-group-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 3. Lisburn & Castlereagh CC - NIAO proposals for improvement (xlsx)
# ---------------------------------------------------------------------------
def lisburn():
    wb = Workbook()
    ws = wb.active
    ws.title = "PFI Action Plan"
    for k, v in {"A": 7, "B": 48, "C": 52, "D": 30, "E": 16, "F": 15, "G": 48}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "Lisburn & Castlereagh City Council"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Northern Ireland Audit Office Annual Improvement Report 2022-23 – Proposals for Improvement: Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:G2")
    ws["A3"] = "Update for Governance & Audit Committee, March 2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Ref", "NIAO Proposal for Improvement", "Council Action", "Responsible Officer", "Timescale", "Status", "Comments"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("006666")
        c.alignment = WRAP
        c.border = BOX
    p1 = ("The Council should ensure that each improvement objective is supported by measurable "
          "targets so that it can demonstrate whether improvement has been achieved.")
    p2 = ("The Council should make greater use of comparative data from other councils when "
          "assessing its performance in the annual self-assessment report.")
    p3 = ("The Council should strengthen its arrangements for consulting citizens and "
          "stakeholders on its draft improvement objectives.")
    data = [
        ("1.1", p1, "Review all 2024-25 improvement objectives with Heads of Service and agree at least one measurable target for each.",
         "Performance Improvement Officer", "March 2024", "Complete", BLUE,
         "Targets agreed at CMT on 20 February 2024 and included in the draft Performance Improvement Plan."),
        ("1.2", None, "Report progress against the targets to the Corporate Services Committee each quarter.",
         "Head of Service (Performance)", "Quarterly", "On track", GREEN,
         "First quarterly report scheduled for June 2024 committee."),
        ("2.1", p2, "Join the APSE performance network and agree a set of comparator indicators for waste, leisure and planning.",
         "Director of Corporate Services", "Q1 2024/25", "On track", GREEN,
         "Membership confirmed. Indicator set being drafted with service leads."),
        ("2.2", None, "Include benchmarking with the other ten councils in the 2023-24 self-assessment report.",
         "Performance Improvement Officer", "30/09/2024", "Not started", None,
         "Due to start once the Department for Communities publishes the 2023-24 statutory indicators."),
        ("3.1", p3, "Run a twelve-week online and in-person consultation on the draft 2024-25 improvement objectives.",
         "PIO / Head of Communications", "Jan-Apr 2024", "Some slippage", AMBER,
         "Consultation opened two weeks late because of the committee cycle; it will now close on 26 April."),
        ("3.2", None, "Publish a consultation report setting out how responses have changed the objectives.",
         "Performance Improvement Officer", "June 2024", "Not started", None, ""),
    ]
    r = 6
    for d in data:
        ref, prop, act, lead, when, status, col, com = d
        vals = [ref, prop, act, lead, when, status, com]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if col:
            ws.cell(row=r, column=6).fill = fill(col)
        r += 1
    ws.merge_cells("B6:B7")
    ws.merge_cells("B8:B9")
    ws.merge_cells("B10:B11")
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="Complete").fill = fill(BLUE)
    ws.cell(row=r + 1, column=2, value="Action completed")
    ws.cell(row=r + 2, column=1, value="On track").fill = fill(GREEN)
    ws.cell(row=r + 2, column=2, value="Progressing to timescale")
    ws.cell(row=r + 3, column=1, value="Some slippage").fill = fill(AMBER)
    ws.cell(row=r + 3, column=2, value="Behind timescale but expected to complete this year")
    ws.cell(row=r + 4, column=1, value="Not started")
    ws.cell(row=r + 4, column=2, value="Not yet due to start")
    wb.save(out("ci2-lisburn-castlereagh-ccc-niao-proposals-for-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(ln)
        run.bold = bold
        run.font.size = Pt(9)


# ---------------------------------------------------------------------------
# 4. Cambridgeshire and Peterborough Combined Authority improvement plan (docx)
# ---------------------------------------------------------------------------
def cpca():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Cambridgeshire and Peterborough Combined Authority")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Improvement Plan – Response to the External Auditor's Recommendations and the Best Value Notice", level=1)

    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    dc = [("Version", "Date", "Author", "Change"),
          ("0.3", "16/01/2023", "Interim Monitoring Officer", "Draft for Improvement Board"),
          ("1.0", "25/01/2023", "Interim Chief Executive", "Approved by Combined Authority Board"),
          ("1.4", "06/09/2023", "Improvement Programme Manager", "Quarterly progress update")]
    for i, row in enumerate(dc):
        for j, v in enumerate(row):
            set_text(t.cell(i, j), v, bold=(i == 0))

    doc.add_paragraph(
        "In June 2022 the Authority's external auditor, Ernst & Young, reported significant weaknesses in the "
        "Authority's governance arrangements and made recommendations under the Local Audit and Accountability "
        "Act 2014. In January 2023 the Department for Levelling Up, Housing and Communities issued a Best Value "
        "Notice. This plan sets out the actions the Authority is taking in response, grouped under the three themes "
        "agreed with the independent Improvement Board. Progress is reported to each meeting of the Audit and "
        "Governance Committee.")

    themes = [
        ("Theme 1: Leadership and Culture",
         "Recommendation 1: The Authority should secure permanent, stable leadership capacity at senior officer level.",
         [("1.1", "Recruit a permanent Chief Executive.", "Employment Committee", "March 2023", "Complete",
           "Rob Bridge appointed and in post from 6 March 2023."),
          ("1.2", "Complete the restructure of the senior leadership team and make permanent appointments to all Executive Director posts.",
           "Chief Executive", "July 2023 (revised from April 2023)", "Complete",
           "All three Executive Directors appointed; last in post from 3 July 2023.")]),
        ("Theme 1: Leadership and Culture",
         "Recommendation 2: The Authority should address the concerns about organisational culture and the level of employment-related claims.",
         [("1.3", "Commission an independent staff culture survey and publish the results to all staff.",
           "Executive Director of Resources and Performance", "31/05/2023", "Complete",
           "Survey completed with a 71% response rate; results shared at all-staff briefing in June."),
          ("1.4", "Develop and deliver a culture change programme based on the survey findings, with staff champions in each directorate.",
           "Head of HR / Head of Communications", "Q3 2023/24", "Amber",
           "Champions recruited. Programme launch delayed until the new values are agreed by the leadership team."),
          ("1.5", "Report employment claims and grievance data to the Employment Committee every quarter.",
           "Head of HR", "Ongoing", "Green", "Standing item on the Employment Committee agenda since April 2023.")]),
        ("Theme 2: Governance and Decision Making",
         "Recommendation 3: The Authority should strengthen the arrangements by which the Board makes informed decisions.",
         [("2.1", "Review the Constitution, including the scheme of delegation and the Board's procedure rules.",
           "Monitoring Officer", "September 2023", "Green",
           "Constitution working group has met four times. Revised Constitution to go to the Board on 27 September."),
          ("2.2", "Introduce a standard report template with mandatory legal, finance and risk implications.",
           "Monitoring Officer", "February 2023", "Complete", "Template in use for all Board and committee reports since February.")]),
        ("Theme 3: Programme Delivery and Partnership Working",
         "Recommendation 4: The Authority should ensure it has effective arrangements to manage its capital programme and to work with constituent councils.",
         [("3.1", "Establish a single programme management office and assurance framework for all capital projects.",
           "Executive Director of Place and Connectivity", "Q4 2023/24", "Amber",
           "PMO Manager appointed. Assurance framework drafted; the project gateway reviews are not yet in place."),
          ("3.2", "Agree a partnership protocol with the seven constituent councils, setting out how they are engaged before Board decisions.",
           "Chief Executive", "December 2023", "Red",
           "Draft protocol circulated in July. Comments from two councils still awaited; discussed at Leaders' meeting in August.")]),
    ]
    rag_fill = {"Complete": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    last_theme = None
    for theme, rec, acts in themes:
        if theme != last_theme:
            doc.add_heading(theme, level=2)
            last_theme = theme
        p = doc.add_paragraph()
        p.add_run(rec).bold = True
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Action", "Lead", "Deadline", "RAG", "Progress"]):
            set_text(t.cell(0, j), h, bold=True)
            shade(t.cell(0, j), "D9E2F3")
        for i, (ref, act, lead, dl, rag, prog) in enumerate(acts, 1):
            for j, v in enumerate([ref, act, lead, dl, rag, prog]):
                set_text(t.cell(i, j), v)
            shade(t.cell(i, 4), rag_fill[rag])
        doc.add_paragraph()
    doc.add_heading("RAG key", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Complete", "Action complete"), ("Green", "On track"),
                                ("Amber", "Some risk to delivery by the deadline"), ("Red", "Off track or overdue")]):
        set_text(t.cell(i, 0), k)
        shade(t.cell(i, 0), rag_fill[k])
        set_text(t.cell(i, 1), v)
    doc.save(out("ci2-cpca-external-auditor-best-value-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Western Isles adult support and protection joint inspection improvement plan (docx)
# ---------------------------------------------------------------------------
def western_isles():
    doc = Document()
    h = doc.add_heading("Western Isles Adult Protection Partnership", level=1)
    doc.add_heading("Joint Inspection of Adult Support and Protection – Improvement Plan", level=2)
    p = doc.add_paragraph("Version 3 – updated 29 September 2023. Owner: Western Isles Adult Protection Committee. "
                          "Approved by the Chief Officers Group.")
    p.runs[0].italic = True
    doc.add_paragraph(
        "The joint inspection by the Care Inspectorate, Healthcare Improvement Scotland and HM Inspectorate of "
        "Constabulary in Scotland was published on 24 March 2023. The report identified priority areas for "
        "improvement in key processes and in strategic leadership. This plan sets out how the partnership "
        "(Comhairle nan Eilean Siar, NHS Western Isles and Police Scotland) will address them.")

    # table: priority area (merged down) | action | lead | timescale | progress | RAG
    sections = [
        ("Key processes", [
            ("1. Initial inquiries, investigations, risk assessment and protection planning should be carried out "
             "consistently and in line with the revised code of practice.", [
                ("1.1", "Revise the multi-agency adult support and protection procedures in line with the 2022 Code of Practice.",
                 "Lead Officer Adult Protection", "Aug 2023", "Complete", "00B0F0",
                 "Procedures approved by the APC on 17 August and published on the partnership website."),
                ("1.2", "Introduce a single chronology and risk assessment template for council officers, with guidance.",
                 "Service Manager Adult Services / Lead Nurse Public Protection", "31/10/2023", "Green", "92D050",
                 "Templates agreed. Briefing sessions for council officers booked for October."),
                ("1.3", "Deliver council officer training to all social workers undertaking adult support and protection work.",
                 "Learning and Development Officer", "December 2023", "Amber", "FFC000",
                 "Two of four sessions delivered. Remaining sessions depend on the national trainer's availability."),
            ]),
            ("2. Adults at risk of harm and their carers should be supported to be involved in all stages of the "
             "adult support and protection process.", [
                ("2.1", "Commission independent advocacy for every adult subject to an investigation or case conference.",
                 "Head of Partnership Services", "Mar-24", "Amber", "FFC000",
                 "Tender specification drafted; funding to be confirmed by the IJB in November."),
            ]),
        ]),
        ("Strategic leadership", [
            ("3. The adult protection committee and chief officers group should put in place robust multi-agency "
             "reporting, governance and quality assurance.", [
                ("3.1", "Agree a multi-agency data set and report it to every adult protection committee meeting.",
                 "APC Convener", "Ongoing", "Green", "92D050",
                 "Data set agreed in June; first report presented in August and will continue each meeting."),
                ("3.2", "Carry out a multi-agency case file audit and report the findings to the Chief Officers Group.",
                 "Chief Social Work Officer", "Feb 2024", "", "92D050",
                 "Audit tool adapted from the Care Inspectorate's file reading template. Sample of 30 cases selected."),
            ]),
        ]),
    ]
    hdr = ["Ref", "Priority area for improvement", "Action", "Lead", "Timescale", "RAG", "Progress update"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for j, v in enumerate(hdr):
        set_text(t.cell(0, j), v, bold=True)
        shade(t.cell(0, j), "C5E0B3")
    for sec, areas in sections:
        row = t.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        set_text(merged, sec, bold=True)
        shade(merged, "E2EFD9")
        for area, acts in areas:
            first = None
            for k, (ref, act, lead, when, rag, col, prog) in enumerate(acts):
                row = t.add_row()
                c = row.cells
                set_text(c[0], ref)
                if k == 0:
                    set_text(c[1], area)
                    first = c[1]
                set_text(c[2], act)
                set_text(c[3], lead)
                set_text(c[4], when)
                set_text(c[5], rag)
                shade(c[5], col)
                set_text(c[6], prog)
                if k > 0:
                    first.merge(c[1])
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete (blue) – action completed; Green – on track; Amber – some delay, "
                      "remedial action in place; Red – significant delay, escalated to the Chief Officers Group.")
    doc.save(out("ci2-western-isles-app-adult-support-protection-joint-inspection-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Jigsaw Homes - complaint handling code self-assessment action plan (csv)
# ---------------------------------------------------------------------------
def jigsaw():
    rows = [
        ["Jigsaw Homes Group - Housing Ombudsman Complaint Handling Code Self-Assessment 2024/25: Action Plan", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Code provision", "Code requirement", "Compliant (Yes/No/Partial)", "Action required", "Action owner", "Target date", "Status", "Comments"],
        ["Section 2: Exclusions", "", "", "", "", "", "", ""],
        ["2.3", "When a complaint is not accepted, the landlord must explain why and tell the resident of their right to take the decision to the Ombudsman.",
         "Partial", "Update the 'complaint not accepted' letter template to include the Ombudsman's contact details and referral rights.",
         "Complaints Manager", "31/01/2025", "Complete", "New template live on the CRM from 14 January 2025."],
        ["Section 3: Accessibility and awareness", "", "", "", "", "", "", ""],
        ["3.1", "Landlords must make it easy for residents to complain by providing different channels.",
         "Yes", "Add a complaints form to the Connect customer app.",
         "Head of Digital Services", "Q1 2025/26", "On track", "Form built and in user testing with the customer panel."],
        ["3.4", "Landlords must make residents aware of their complaints process and the Ombudsman, including in regular resident communications.",
         "Partial", "Publish a complaints article in every edition of the tenant newsletter and include the Ombudsman's details.",
         "Head of Customer Experience", "Apr-25", "On track", "Spring edition article drafted."],
        ["Section 5: The complaint handling process", "", "", "", "", "", "", ""],
        ["5.6", "A complaint response must address all points raised and confirm the reasons for any decisions.",
         "Partial", "Introduce a quality check of a 10% sample of stage 1 responses each month, with feedback to the responding officer.",
         "Complaints Manager", "31/03/2025", "At risk", "Sampling started in February but only 4% of responses checked because of vacancies in the team."],
        ["5.8", "Landlords must keep a full record of the complaint and the outcome at each stage.",
         "Yes", "Retrain staff on recording all contact in the CRM complaint case.",
         "Head of Customer Experience / Head of Learning & Development", "June 2025", "Not started", ""],
        ["Section 6: Complaints stages", "", "", "", "", "", "", ""],
        ["6.5", "Landlords must respond to a stage 1 complaint within 10 working days of it being acknowledged.",
         "No", "Recruit two additional complaints officers and review the allocation of stage 1 complaints to service areas.",
         "Director of Customer Services", "By 30 April 2025", "Overdue", "One officer appointed; second post re-advertised. Performance at 78% within timescale in Q3."],
        ["Section 8: Self-assessment, reporting and compliance", "", "", "", "", "", "", ""],
        ["8.1", "Landlords must produce an annual complaints performance and service improvement report for scrutiny by the governing body.",
         "Yes", "Present the 2024/25 annual report and the Board's response to the Board, then publish both on the website.",
         "Company Secretary", "Annually", "On track", "Scheduled for the July 2025 Board."],
        ["", "", "", "", "", "", "", ""],
        ["Status key: Complete (blue) = action finished; On track (green) = progressing to target date; At risk (amber) = may miss target date; Overdue (red) = target date missed; Not started = not yet begun", "", "", "", "", "", "", ""],
    ]
    with open(out("ci2-jigsaw-homes-housing-ombudsman-complaint-handling-code-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Avon and Somerset Constabulary - PEEL AFI tracker (tab-separated export)
# ---------------------------------------------------------------------------
def avon_somerset():
    lines = [
        ["Avon and Somerset Constabulary - PEEL 2023-25 Causes of Concern and Areas for Improvement Tracker"],
        ["Report exported 14/03/2025 09:12 by Strategic Planning and Insight"],
        [],
        ["ID", "PEEL area", "Area for improvement", "Action", "Action owner", "Due date", "Revised due date", "Status", "Latest note"],
        ["AFI-01", "Responding to the public", "The constabulary should answer emergency calls within national standards.",
         "Recruit and train an additional cohort of call handlers and review shift patterns in the Communications Centre against demand.",
         "Supt Communications", "31/03/2025", "", "Green", "Cohort of 18 call handlers completed training in February. 999 answer rate 89% within 10 seconds in February."],
        ["AFI-02", "Responding to the public", "The constabulary should reduce the number of non-emergency calls abandoned.",
         "Introduce call-back and online reporting prompts on the 101 line.",
         "Supt Communications; Head of Digital", "30/06/2025", "", "Amber", "Call-back option delayed by a telephony supplier issue. New go-live date to be confirmed."],
        ["AFI-03", "Investigating crime", "The constabulary should make sure investigations are carried out in a timely way and all investigative opportunities are taken.",
         "Roll out the investigation plan template and supervisory review checklist to all investigating teams.",
         "Det Supt Claire Morgan", "31/12/2024", "30/04/2025", "Amber", "Template live. Supervisory review compliance at 64% in the January audit against a target of 85%."],
        ["AFI-04", "Investigating crime", "The constabulary should make sure it consistently achieves appropriate outcomes for victims.",
         "Audit a monthly sample of outcome decisions and feed back learning to Local Policing Area commanders.",
         "Ch Insp Crime Standards", "Monthly", "", "Green", "Audit running since November 2024. Learning shared at the Outcomes Board."],
        ["AFI-05", "Protecting vulnerable people", "The constabulary should improve how it identifies and prioritises vulnerable people for referral to other agencies.",
         "Replace the vulnerability referral form with the new Public Protection Notice and train frontline officers.",
         "DCI Public Protection", "30/09/2024", "", "Complete", "New PPN went live on 2 September 2024. Training completion 92%."],
        ["AFI-06", "Protecting vulnerable people", "The constabulary should improve how it identifies and prioritises vulnerable people for referral to other agencies.",
         "Agree a triage process with the three local authorities' front doors so that referrals are prioritised by risk.",
         "DCI Public Protection", "31/05/2025", "", "Not started", "Meeting with local authority leads arranged for April."],
        ["AFI-07", "Managing offenders and suspects", "The constabulary should make sure it manages the risk posed by registered sex offenders in a timely way.",
         "Clear the backlog of overdue ARMS assessments and introduce monthly performance reporting.",
         "Det Supt Claire Morgan / DI MOSOVO", "28/02/2025", "", "Complete", "Backlog cleared by 21 February. Monthly report now in the Public Protection performance pack."],
        [],
        ["7 records"],
    ]
    with open(out("ci2-avon-and-somerset-constabulary-peel-afi-tracker.txt"), "w", encoding="utf-8", newline="") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\r\n")


if __name__ == "__main__":
    nyfrs()
    wheatley()
    lisburn()
    cpca()
    western_isles()
    jigsaw()
    avon_somerset()
    print("done")
