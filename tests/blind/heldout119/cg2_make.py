"""Generator for the cg2- blind cases (plans outside children's services).

Run with /work/main/.venv/bin/python cg2_make.py ; writes the seven document files beside this script.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda name: os.path.join(HERE, name)

FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="00B0F0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="D9D9D9"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. EMCCA internal audit recommendations tracker (xlsx) -- refuse (Ocotber)
# ---------------------------------------------------------------------------
def emcca():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "East Midlands Combined County Authority – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Governance Committee – 24 November 2025 (position as at 31 October 2025)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec No.", "Priority", "Recommendation", "Management Response / Agreed Action",
           "Responsible Officer", "Original Target Date", "Revised Target Date", "Status",
           "Progress Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX

    def band(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(row=row, column=c).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=9)

    def rec(row, vals, status):
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
            if isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=8).fill = FILL[status]

    band(5, "Procurement and Contract Management 2024/25 – Reasonable Assurance")
    rec(6, ["1", "Medium",
            "The contracts register should be reviewed and updated quarterly to ensure it is complete.",
            "The Procurement Team will introduce a quarterly review of the contracts register, with "
            "directorate sign-off, and publish the register on the EMCCA website.",
            "Head of Procurement", d(2025, 3, 31), d(2025, 9, 30), "Green",
            "First two quarterly reviews completed. Publication on the website delayed by the "
            "website migration; now scheduled for September."], "green")
    rec(7, ["2", "High",
            "Waivers of Contract Procedure Rules should be approved in line with the scheme of "
            "delegation and reported to committee.",
            "A waiver log will be maintained by Legal Services and a six-monthly report taken to "
            "Audit and Governance Committee.",
            "Monitoring Officer", d(2025, 6, 30), None, "Complete",
            "Waiver log in place from April 2025. First report taken to committee in July 2025."],
        "blue")
    band(8, "Payroll and HR 2024/25 – Substantial Assurance")
    rec(9, ["1", "Low",
            "Starter and leaver checklists should be retained on the personnel file.",
            "HR will update the onboarding and offboarding procedure and carry out a sample check "
            "each quarter.",
            "HR Business Partner", d(2025, 4, 30), None, "Complete",
            "Procedure updated and sample check completed; no exceptions found."], "blue")
    band(10, "Information Governance 2024/25 – Limited Assurance")
    rec(11, ["1", "High",
             "The Record of Processing Activities (ROPA) should be completed for all teams.",
             "The Information Governance Officer will work with each directorate to complete the "
             "ROPA and present it to the Information Governance Board.",
             "Data Protection Officer", d(2025, 7, 31), None, "Amber",
             "ROPA completed for 5 of 7 directorates. Transport and Skills returns outstanding."],
        "amber")
    rec(12, ["2", "Medium",
             "Mandatory data protection training completion should be monitored and reported.",
             "Completion rates will be reported monthly to the Senior Leadership Team and "
             "non-completion followed up with line managers.",
             "Head of HR and OD", d(2025, 6, 30), "31 Ocotber 2025", "Amber",
             "Reporting started in August. Completion currently 78% against a target of 95%."],
        "amber")
    rec(13, ["3", "Medium",
             "Data sharing agreements with constituent councils should be reviewed and signed.",
             "Legal Services will refresh the data sharing agreements with Derby, Derbyshire, "
             "Nottingham and Nottinghamshire and obtain signatures.",
             "Monitoring Officer", d(2025, 12, 31), None, "Green",
             "Draft agreements issued to all four councils for comment."], "green")
    band(14, "Adult Skills Fund Grant Assurance 2025/26 – Reasonable Assurance")
    rec(15, ["1", "Medium",
             "Provider performance reviews should be documented and evidence retained.",
             "A standard provider review template will be introduced and stored on SharePoint.",
             "Head of Adult Skills", d(2026, 1, 31), None, "Not started",
             "Template in draft; roll-out planned for the Q4 review round."], "grey")
    ws["A17"] = "Key: Blue = Complete; Green = on track to meet target date; Amber = target date at risk " \
                "or revised; Red = overdue; Grey = not started."
    ws["A17"].font = Font(italic=True, size=9)
    widths = [8, 9, 40, 48, 22, 14, 14, 12, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(P("cg2-emcca-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------------------
# 2. Surrey FRS HMICFRS areas for improvement action plan (xlsx)
# ---------------------------------------------------------------------------
def surrey_frs():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "AFI Action Plan"
    ws["A1"] = "Surrey Fire and Rescue Service – HMICFRS Inspection 2023–25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Last updated: 14 March 2025   |   Plan owner: Service Improvement Team"
    hdr = ["Area for Improvement", "Ref", "Action", "Action Owner", "Due Date", "Previous RAG",
           "Current RAG", "Progress Update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP

    def pillar(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True, size=12)
        for c in range(1, 9):
            ws.cell(row=row, column=c).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)

    ragfill = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue"}

    def act(row, ref, action, owner, due, prev, cur, upd):
        vals = [None, ref, action, owner, due, prev, cur, upd]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=row, column=c)
            if v is not None:
                cell.value = v
            cell.alignment = WRAP
            cell.border = BOX
        ws.cell(row=row, column=5).number_format = "mmm-yy"
        ws.cell(row=row, column=6).fill = FILL[ragfill[prev]]
        ws.cell(row=row, column=7).fill = FILL[ragfill[cur]]

    def afi(r1, r2, text):
        ws.cell(row=r1, column=1, value=text).alignment = WRAP
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=1, end_row=r2, end_column=1)

    pillar(5, "Effectiveness")
    afi(6, 7, "AFI 1 – The service should make sure it targets its prevention activity at the "
              "people most at risk from fire.")
    act(6, "1.1", "Refresh the Safe and Well targeting model using Exeter and partner data and "
                  "agree it through the Prevention Board.",
        "Area Manager – Prevention", d(2024, 12, 31), "Amber", "Blue",
        "New targeting model signed off at Prevention Board in December 2024.")
    act(7, "1.2", "Introduce quarterly reporting of Safe and Well visits by risk category to the "
                  "Service Leadership Team.",
        "Head of Performance", d(2025, 6, 30), "Green", "Green",
        "Reporting template agreed. First quarterly report due in April 2025.")
    afi(8, 8, "AFI 2 – The service should make sure that risk information is up to date and "
              "readily available to operational staff.")
    act(8, "2.1", "Clear the backlog of overdue site-specific risk information (SSRI) reviews.",
        "Group Manager – Operational Risk", d(2025, 3, 31), "Red", "Amber",
        "Backlog reduced from 214 to 61 premises. Remaining reviews allocated to stations; "
        "likely to complete in April.")
    pillar(9, "Efficiency")
    afi(10, 11, "AFI 3 – The service should make sure it has effective measures in place to "
                "assure itself that its workforce is productive.")
    act(10, "3.1", "Implement the new station activity recording module in the rostering system.",
        "Head of ICT / Area Manager – Response", d(2025, 9, 30), "Green", "Green",
        "Module configured and tested at two pilot stations.")
    act(11, "3.2", "Set and publish productivity targets for on-call and wholetime stations.",
        "Area Manager – Response", d(2025, 9, 30), "Amber", "Amber",
        "Draft targets shared with representative bodies; consultation continuing.")
    pillar(12, "People")
    afi(13, 15, "AFI 4 – The service should improve the way it manages and tracks the "
                "completion of staff development and performance reviews.")
    act(13, "4.1", "Launch the revised appraisal process with a single annual window.",
        "Head of People Services", d(2024, 10, 31), "Green", "Blue",
        "Revised process launched on 1 October 2024; 91% completion at the close of the window.")
    act(14, "4.2", "Provide monthly appraisal completion data to heads of department.",
        "Head of People Services", d(2025, 1, 31), "Green", "Blue",
        "Dashboard live in Power BI from January 2025.")
    act(15, "4.3", "Deliver development conversation training to all supervisory managers.",
        "Learning and Development Manager", d(2025, 12, 31), "Green", "Green",
        "Four of ten cohorts trained. Remaining sessions scheduled through the year.")
    ws["A17"] = "RAG key"
    ws["A17"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Some slippage – within tolerance"),
           ("Red", "Off track / overdue")]
    for i, (k, v) in enumerate(key):
        ws.cell(row=18 + i, column=1, value=k).fill = FILL[ragfill[k]]
        ws.cell(row=18 + i, column=2, value=v)
    widths = [42, 7, 48, 26, 11, 10, 10, 48]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    wb.save(P("cg2-surrey-frs-hmicfrs-afi-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Blackpool ASC CQC assessment improvement plan (xlsx, fill-only RAG)
# ---------------------------------------------------------------------------
def blackpool():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Blackpool Council Adult Social Care – CQC Assessment Improvement Plan 2025/26"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("This plan sets out our response to the areas for improvement identified in the "
                "CQC local authority assessment report and our own self-assessment.")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:G2")
    ws.row_dimensions[2].height = 30
    hdr = ["Ref", "What CQC told us", "What we will do", "Lead", "By when", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP

    def theme(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=row, column=c).fill = FILL["band"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)

    def act(row, ref, told, do, lead, when, rag, upd):
        for c, v in enumerate([ref, told, do, lead, when, None, upd], 1):
            cell = ws.cell(row=row, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if rag:
            ws.cell(row=row, column=6).fill = FILL[rag]

    theme(5, "Theme 1: Working with people")
    act(6, "1.1", "People waited too long for a Care Act assessment and there was no consistent "
                  "way of checking on people while they waited.",
        "Introduce a waiting well protocol with contact at least every six weeks for people on "
        "the waiting list.", "Head of Adult Social Work", "March 2025", "blue",
        "Protocol in place from February 2025 and audited in March; 96% of people contacted "
        "within timescale.")
    act(7, "1.2", "Unpaid carers told CQC they did not always get a carer's assessment.",
        "Recommission the carers' support service to include carers' assessments under a "
        "trusted assessor model.", "Commissioning Manager (Carers) / Head of Adult Social Work",
        "Q2 2025/26", "green", "Tender evaluated; contract award due in July.")
    theme(8, "Theme 2: Providing support")
    act(9, "2.1", "There were gaps in the home care market in the south of the town.",
        "Work with providers to develop a zoned home care model.", "Head of Commissioning",
        "Sept 2025 – March 2026", "amber",
        "Provider engagement events held. Zoning proposal delayed pending the fee uplift decision.")
    act(10, "2.2", "Direct payment uptake was lower than comparator councils.",
        "Relaunch direct payments with a new support offer and a personal assistant register.",
        "DP Lead – J. Hargreaves", "31/12/2025", None,
        "Not yet started – resource being identified.")
    theme(11, "Theme 3: How the local authority ensures safety within the system")
    act(12, "3.1", "Safeguarding enquiries were not always completed in a timely way.",
        "Set up a Safeguarding Hub triage with daily screening of concerns.",
        "Principal Social Worker", "June 2025", "green",
        "Hub live since May. Timeliness reported monthly to the Safeguarding Adults Board.")
    act(13, "3.2", "Transitions from children's services were not always planned early enough.",
        "Agree a joint preparing for adulthood protocol with Children's Services from age 14.",
        "Head of Adult Social Work & Head of SEND", "Ongoing", "red",
        "Draft protocol not yet agreed; escalated to the joint DCS/DASS meeting.")
    theme(14, "Theme 4: Leadership")
    act(15, "4.1", "Staff were not always aware of the council's vision and strategy for adult "
                   "social care.",
        "Hold quarterly all-staff briefings led by the Director of Adult Services.",
        "Director of Adult Services", "Quarterly", "green",
        "Briefings held in April and July with good attendance.")
    ws["A17"] = ("RAG key: Blue – complete; Green – on track; Amber – some delay; Red – off track; "
                 "No colour – not started")
    ws["A17"].font = Font(italic=True, size=9)
    widths = [6, 42, 44, 28, 18, 8, 44]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    vc = wb.create_sheet("Version control")
    for r, row in enumerate([["Version", "Date", "Author", "Comments"],
                             ["0.1", "12/12/2024", "ASC Improvement Lead", "First draft"],
                             ["1.0", "20/01/2025", "ASC Improvement Lead",
                              "Approved by ASC Leadership Team"],
                             ["1.3", "01/08/2025", "ASC Improvement Lead",
                              "Quarter 1 progress update"]], 1):
        for c, v in enumerate(row, 1):
            vc.cell(row=r, column=c, value=v)
    wb.save(P("cg2-blackpool-asc-cqc-assessment-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            par = cell.add_paragraph()
        run = par.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# ---------------------------------------------------------------------------
# 4. Longhurst Group damp and mould action plan (docx)
# ---------------------------------------------------------------------------
def longhurst():
    doc = Document()
    landscape(doc)
    doc.add_heading("Longhurst Group – Damp and Mould Action Plan", level=1)
    doc.add_paragraph("Our response to the Housing Ombudsman's spotlight report 'Spotlight on: "
                      "Damp and mould – It's not lifestyle' and the Regulator of Social Housing's "
                      "request for assurance.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("Document owner", "Director of Property Services"),
                                ("Version", "2.1"),
                                ("Approved by", "Customer Services Committee, 6 February 2024"),
                                ("Next review", "Quarterly")]):
        set_text(t.cell(r, 0), k, bold=True)
        set_text(t.cell(r, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("Progress against each recommendation is reported quarterly to the Customer "
                      "Services Committee. Status is shown as Complete, On track or Amber (behind "
                      "schedule).")
    hdr = ["Ombudsman recommendation", "Ref", "Our action", "Responsible", "Target date",
           "Status", "Progress"]
    rows = [
        ("band", "Theme 1: Taking a zero-tolerance approach"),
        ("rec", "Landlords should adopt a zero-tolerance approach to damp and mould "
                "interventions.", [
            ("1.1", "Publish a Damp and Mould Policy setting out our zero-tolerance approach and "
                    "response times.", "Director of Property Services", "31/03/2024", "Complete",
             "Policy approved by Board in March 2024 and published on the website."),
            ("1.2", "Remove references to 'lifestyle' from all customer letters and scripts.",
             "Head of Customer Experience", "June 2024", "Complete",
             "All templates reviewed and re-issued."),
        ]),
        ("rec", "Landlords should ensure they have a clear process for identifying and "
                "responding to damp and mould.", [
            ("1.3", "Introduce a damp and mould risk rating (category 1–3) at first report, with "
                    "a surveyor visit within 10 working days for category 1.",
             "Head of Repairs & Maintenance", "Q3 2024/25", "On track",
             "Risk rating live in the repairs system; surveyor capacity being increased."),
        ]),
        ("band", "Theme 2: Using data and intelligence"),
        ("rec", "Landlords should use data to identify homes at risk of damp and mould.", [
            ("2.1", "Complete stock condition surveys for 100% of homes over a five-year rolling "
                    "programme, prioritising pre-1945 stock.", "Head of Asset Management",
             "March 2028", "On track", "23% of homes surveyed to date."),
            ("2.2", "Install environmental sensors in 500 homes identified as high risk.",
             "JW / SP", "31/12/2024", "Amber",
             "312 sensors installed. Supply delays from the manufacturer; remaining installs "
             "planned for January."),
        ]),
        ("band", "Theme 3: Learning from complaints"),
        ("rec", "Landlords should learn from complaints about damp and mould.", [
            ("3.1", "Report damp and mould complaint themes to the Customer Services Committee "
                    "each quarter.", "Complaints Manager", "Ongoing", "On track",
             "Quarterly reports presented since April 2024."),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "1F3864")
        t.cell(0, c).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for item in rows:
        if item[0] == "band":
            r = t.add_row()
            merged = r.cells[0].merge(r.cells[-1])
            set_text(merged, item[1], bold=True, size=10)
            shade(merged, "D9E1F2")
            continue
        _, rec, acts = item
        first = None
        for i, (ref, action, resp, target, status, prog) in enumerate(acts):
            r = t.add_row()
            cells = r.cells
            if i == 0:
                set_text(cells[0], rec)
                first = cells[0]
            else:
                first = first.merge(cells[0])
            for c, v in enumerate([ref, action, resp, target, status, prog], 1):
                set_text(cells[c], v)
            shade(cells[5], {"Complete": "00B0F0", "On track": "00B050", "Amber": "FFC000"}[status])
    doc.add_paragraph("")
    doc.add_paragraph("JW – Jane Whitfield, Asset Data Manager; SP – Sanjay Patel, Smart Homes "
                      "Project Lead.")
    doc.save(P("cg2-longhurst-group-housing-ombudsman-damp-mould-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Safer Wandsworth DHR action plan (docx, Home Office template columns)
# ---------------------------------------------------------------------------
def wandsworth():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safer Wandsworth Partnership", level=1)
    doc.add_heading("Domestic Homicide Review 'Maria' – Action Plan", level=2)
    doc.add_paragraph("The recommendations below are those of the independent Chair and Review "
                      "Panel. The action plan is monitored by the DHR Steering Group and updated "
                      "before each meeting. Last updated: 3 September 2025.")
    hdr = ["No.", "Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date", "Status"]
    data = [
        ("1", "All agencies to ensure practitioners routinely ask about domestic abuse when "
              "a client discloses a change in relationship or living arrangements.", "Local", [
            ("1.1", "Deliver routine enquiry training to adult social care front door staff.",
             "Wandsworth Adult Social Care", "Two sessions delivered (42 staff).", "December 2024",
             "Complete"),
            ("1.2", "Add a routine enquiry prompt to the GP practice template for new patient "
                    "registrations.", "SWL ICB (Wandsworth Place)",
             "Prompt drafted and agreed with the LMC.", "31/03/2025", "Complete"),
        ]),
        ("2", "The Metropolitan Police to ensure that DASH risk assessments are completed at every "
              "domestic abuse incident where the victim is present.", "Local", [
            ("2.1", "Audit a sample of 50 domestic abuse incidents in the borough each quarter for "
                    "DASH completion.", "Metropolitan Police Service (SW BCU)",
             "Q1 and Q2 audits completed; completion 88% and 93%.", "Q4 2025/26", "Green"),
        ]),
        ("3", "The Partnership to review the MARAC referral pathway for victims aged over 60.",
         "Local", [
            ("3.1", "Review MARAC referral data by age and present findings to the VAWG Board.",
             "Community Safety Manager", "Data pulled for 2023/24; analysis under way.",
             "June 2025", "Amber"),
            ("3.2", "Deliver a briefing on older victims to MARAC members.",
             "MARAC Chair & Older People's Domestic Abuse Lead", "", "September 2025",
             "Not started"),
        ]),
        ("4", "The Home Office to consider including older victims within the national statutory "
              "guidance case studies.", "National", [
            ("4.1", "Write to the Home Office DHR team with the recommendation.",
             "Chair of Safer Wandsworth Partnership", "Letter sent 14/02/2025.", "February 2025",
             "Complete"),
        ]),
    ]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_text(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9D9D9")
    fills = {"Complete": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Not started": "FFFFFF"}
    for no, rec, scope, acts in data:
        first_rec = first_scope = None
        for i, (ref, action, lead, miles, target, status) in enumerate(acts):
            cells = t.add_row().cells
            if i == 0:
                set_text(cells[1], rec)
                set_text(cells[2], scope)
                first_rec, first_scope = cells[1], cells[2]
            else:
                first_rec = first_rec.merge(cells[1])
                first_scope = first_scope.merge(cells[2])
            for c, v in [(0, ref), (3, action), (4, lead), (5, miles), (6, target), (7, status)]:
                set_text(cells[c], v)
            shade(cells[7], fills[status])
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete – action closed by the Steering Group; Green – on track; "
                      "Amber – delayed; Red – not progressing.")
    doc.save(P("cg2-safer-wandsworth-dhr-maria-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Incommunities RSH consumer standards improvement plan (csv)
# ---------------------------------------------------------------------------
def incommunities():
    rows = [
        ["Incommunities – Consumer Standards Improvement Plan – Board update January 2025",
         "", "", "", "", "", "", "", ""],
        [""] * 9,
        ["Standard", "Ref", "Issue identified", "Action", "Owner", "Target date",
         "Revised target date", "Status", "Commentary"],
        ["Safety and Quality Standard", "SQ1",
         "We do not hold up-to-date stock condition data for all homes.",
         "Complete stock condition surveys on all homes not surveyed in the last five years.",
         "Director of Assets", "31/03/2025", "30/06/2025", "Amber",
         "71% of outstanding surveys completed. Additional contractor appointed in December to "
         "recover the programme."],
        ["Safety and Quality Standard", "SQ2",
         "Fire risk assessment actions are overdue in some blocks.",
         "Clear all overdue high-risk FRA actions.", "Head of Building Safety", "31/12/2024", "",
         "Complete", "All 38 overdue high-risk actions closed and verified by the Fire Safety "
         "Manager."],
        ["Safety and Quality Standard", "SQ3",
         "Damp and mould cases are not always followed up after repair.",
         "Introduce a post-inspection call 6 weeks after every damp and mould repair.",
         "KB & RT", "28/02/2025", "", "Green",
         "Process designed; call scripts with the Customer Hub for sign-off."],
        ["", "", "", "", "", "", "", "", ""],
        ["Transparency, Influence and Accountability Standard", "TIA1",
         "Tenant satisfaction measures are not reported to tenants in an accessible format.",
         "Publish TSM results on the website and in the tenant newsletter with a plain-English "
         "summary.", "Head of Customer Insight", "30/09/2024", "", "Complete",
         "Published in the autumn newsletter and online."],
        ["Transparency, Influence and Accountability Standard", "TIA2",
         "Complaint handling does not meet the Ombudsman's Complaint Handling Code timescales.",
         "Recruit two additional complaints officers and introduce weekly case reviews.",
         "Head of Customer Experience", "31/01/2025", "", "Red",
         "Recruitment unsuccessful at first advert; re-advertised. Stage 1 timeliness 64%."],
        ["Tenancy Standard", "TS1",
         "Tenancy audits have not been completed since 2020.",
         "Restart the tenancy audit programme, visiting 20% of homes each year.",
         "Head of Neighbourhoods", "Ongoing", "", "Not started",
         "Programme to begin April 2025 once the new housing officer patches are in place."],
        ["Neighbourhood and Community Standard", "NC1",
         "Anti-social behaviour cases are not risk assessed consistently.",
         "Introduce a standard ASB risk assessment matrix and train all housing officers.",
         "ASB Team Leader", "April 2025", "", "Green",
         "Matrix adopted from the Resolve ASB toolkit; training booked for March."],
    ]
    with open(P("cg2-incommunities-rsh-consumer-standards-improvement-plan.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. North East CA scrutiny review recommendations tracker (tab-separated txt)
# ---------------------------------------------------------------------------
def neca():
    lines = [
        "North East Combined Authority",
        "Overview and Scrutiny Committee – Adult Skills Provision Review: Recommendations Tracker",
        "Report to Overview and Scrutiny Committee, 9 October 2025",
        "",
        "\t".join(["Rec No", "Recommendation", "Cabinet Response", "Action", "Responsible Officer",
                   "Timescale", "Progress", "RAG"]),
        "\t".join(["R1", "Improve the information available to residents about free adult "
                         "learning courses.", "Accepted",
                   "Launch a single online course finder for all funded provision in the region.",
                   "Head of Skills Delivery", "December 2025",
                   "Supplier appointed; testing with residents in October.", "G"]),
        "\t".join(["", "", "",
                   "Promote the course finder through Jobcentre Plus and libraries.",
                   "Communications Manager", "Q4 2025/26",
                   "Campaign plan drafted.", "G"]),
        "\t".join(["R2", "Work with providers to increase provision in rural areas of "
                         "Northumberland and County Durham.", "Partially accepted",
                   "Fund a pilot of outreach delivery in three rural market towns.",
                   "Adult Skills Fund Manager", "31/07/2025",
                   "Pilot delivered in Hexham, Alnwick and Barnard Castle; evaluation report "
                   "attached.", "B"]),
        "\t".join(["R3", "Report annually to the committee on learner outcomes by protected "
                         "characteristic.", "Accepted",
                   "Add equality monitoring to the annual Adult Skills Fund performance report.",
                   "Performance and Insight Lead", "Annually",
                   "First report scheduled for the March 2026 committee.", "A"]),
        "\t".join(["R4", "Explore a joint digital skills offer with the region's further "
                         "education colleges.", "Accepted",
                   "Convene a digital skills working group with the FE principals' forum.",
                   "Director of Economy / Head of Skills Delivery", "TBC",
                   "Awaiting confirmation of the forum's nominees.", "R"]),
        "",
        "RAG: B = complete, G = on track, A = at risk, R = off track",
    ]
    with open(P("cg2-north-east-ca-scrutiny-adult-skills-review-recommendations-tracker.txt"),
              "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    emcca()
    surrey_frs()
    blackpool()
    longhurst()
    wandsworth()
    incommunities()
    neca()
    print("done")
