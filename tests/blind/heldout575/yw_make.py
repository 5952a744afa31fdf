"""Build the seven yw- blind cases (data files and their .expected.yaml) for set heldout575.

Run with: /work/main/.venv/bin/python yw_make.py
Every data file is built from the tables below; each action row carries both the
text written into the file and the reading a person makes of it (lead list, end
month, status), which is written to NAME.expected.yaml.
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
    "grey": "D9D9D9", "head": "1F3864", "band": "DDEBF7", "pale": "F2F2F2",
}
STATUS_OF = {"R": "red", "A": "amber", "G": "green", "B": "blue", None: "unrated"}


def write_yaml(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as fh:
        yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=100000)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


# ----------------------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


def header_row(ws, row, labels, colour=FILL["head"]):
    for i, lab in enumerate(labels, start=1):
        c = ws.cell(row=row, column=i, value=lab)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def band_row(ws, row, text, ncols, colour=FILL["band"]):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=True)
    c.fill = fill(colour)
    c.border = BOX


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


# ============================================================================= 1. Waltham Forest
def waltham_forest():
    name = "yw-waltham-forest-council-internal-audit-recommendations-tracker.xlsx"
    title = "London Borough of Waltham Forest – Internal Audit Outstanding Recommendations Tracker"
    d = dt.datetime
    # (ref, priority, recommendation, action, officer, original, revised, pct, rag_text, rag_fill,
    #  update, lead_list, end, status)
    audits = [
        ("Accounts Payable 2024/25 – Limited Assurance", [
            ("IA2425-04/1", "High",
             "The supplier call-back procedure should be enforced and evidenced for every change to supplier bank details.",
             "Mandatory call-back check to be added to the supplier amendment workflow in the finance system, with a second officer approving each change before it is released.",
             "Head of Exchequer Services", d(2025, 3, 31), d(2025, 9, 30), 0.8, "G", "G",
             "Workflow change built and tested; go-live scheduled for 15 September 2025.",
             ["Head of Exchequer Services"], "2025-09", "green"),
            ("IA2425-04/2", "Medium",
             "Duplicate payment reports should be run before each payment run and exceptions cleared.",
             "Duplicate payment report to be run before each weekly BACS run and signed off by the AP Team Leader; exceptions log to be kept.",
             "AP Team Leader / Head of Exchequer Services", d(2025, 4, 30), None, 1.0, "Complete", "B",
             "Report in place since May 2025; exceptions log reviewed by Internal Audit on 12/08/2025.",
             ["AP Team Leader", "Head of Exchequer Services"], "2025-04", "blue"),
        ]),
        ("Safeguarding Training Compliance (Children and Families) 2024/25 – Limited Assurance", [
            ("IA2425-11/1", "High",
             "Mandatory safeguarding training compliance should be reported monthly to the Children and Families Directorate Management Team.",
             "Monthly compliance dashboard to be produced from the learning management system and reviewed at DMT, with team-level exceptions followed up by service managers.",
             "Head of Quality Assurance; Principal Social Worker", d(2025, 5, 31), d(2025, 10, 31), 0.6, "A", "A",
             "First dashboard presented to DMT in July 2025; cleansing of staff records has delayed the full rollout.",
             ["Head of Quality Assurance", "Principal Social Worker"], "2025-10", "amber"),
            ("IA2425-11/2", "Medium",
             "Agency social workers should complete the core safeguarding modules before their first case allocation.",
             "Induction checklist to be amended so that no cases are allocated to agency staff until the core modules are recorded as complete.",
             "Service Manager (Workforce)", d(2025, 6, 30), None, 0.4, "R", "R",
             "Checklist drafted but not yet adopted across all teams. Overdue.",
             ["Service Manager (Workforce)"], "2025-06", "red"),
        ]),
        ("Disabled Facilities Grants 2024/25 – Limited Assurance", [
            ("IA2425-15/1", "High",
             "A timescale standard for Disabled Facilities Grant applications should be set and performance against it monitored.",
             "Introduce a 12-week target from referral to grant approval and report performance quarterly to the Housing Board.",
             "Corporate Director, Housing and Regeneration", d(2025, 6, 30), d(2025, 12, 31), 0.5, "A", "A",
             "Target agreed by the Housing Board in July; reporting to start from the Q3 performance report.",
             ["Corporate Director, Housing and Regeneration"], "2025-12", "amber"),
            ("IA2425-15/2", "Medium",
             "Contractor call-offs should be supported by at least two quotations where the value exceeds £10,000.",
             "a) Procurement guidance for DFG works to be reissued to caseworkers.\nb) Quarterly sample check of call-offs above £10,000 by the Home Improvement Agency Manager.",
             "Home Improvement Agency Manager / Category Manager (Procurement)", d(2025, 7, 31), None, 1.0, "Complete", "B",
             "Guidance reissued June 2025; first quarterly sample check completed with no exceptions.",
             ["Home Improvement Agency Manager", "Category Manager (Procurement)"], "2025-07", "blue"),
        ]),
        ("ICT Asset Management 2024/25 – Reasonable Assurance", [
            ("IA2425-19/1", "Medium",
             "Leavers’ devices should be recovered and recorded within 10 working days of the leaving date.",
             "HR leavers report to be shared with ICT weekly; devices not returned within 10 working days to be escalated to the line manager’s director.",
             "Head of ICT Service Delivery", d(2025, 8, 31), d(2025, 11, 30), 0.3, "A", "A",
             "Weekly report agreed with HR; escalation route to be approved by CMT in October.",
             ["Head of ICT Service Delivery"], "2025-11", "amber"),
            ("IA2425-19/2", "Medium",
             "The hardware asset register should be reconciled to the device management console each quarter.",
             "Quarterly reconciliation between the asset register and Intune, with variances investigated and recorded.",
             "ICT Asset Manager", d(2025, 9, 30), None, 0.0, None, None,
             "Not yet due.",
             ["ICT Asset Manager"], "2025-09", "unrated"),
        ]),
    ]

    wb = Workbook()
    # --- Summary sheet
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Audit and Governance Committee – 24 September 2025 (position as at 31 August 2025)"
    s["A4"] = "Outstanding high and medium priority recommendations by directorate"
    s["A4"].font = Font(bold=True)
    header_row(s, 5, ["Directorate", "High", "Medium", "Total", "Overdue", "Complete (awaiting verification)"])
    rows = [("Resources", 1, 1, 2, 0, 1), ("Children and Families", 1, 1, 2, 1, 0),
            ("Housing and Regeneration", 1, 1, 2, 0, 1), ("Digital and ICT", 0, 2, 2, 0, 0)]
    r = 6
    for row in rows:
        for i, v in enumerate(row, start=1):
            s.cell(row=r, column=i, value=v).border = BOX
        r += 1
    for i, v in enumerate(["Total", 3, 5, 8, 1, 2], start=1):
        c = s.cell(row=r, column=i, value=v)
        c.font = Font(bold=True)
        c.border = BOX
    widths(s, {"A": 34, "B": 8, "C": 10, "D": 8, "E": 10, "F": 30})

    # --- Tracker sheet
    t = wb.create_sheet("Tracker")
    t["A1"] = title
    t["A1"].font = Font(bold=True, size=14)
    t["A2"] = "Audit and Governance Committee – 24 September 2025 | Position as at 31 August 2025"
    t["A2"].font = Font(italic=True)
    heads = ["Ref", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
             "Original Target Date", "Revised Target Date", "% Complete", "RAG",
             "Management Update (August 2025)"]
    header_row(t, 4, heads)
    r = 5
    expected = []
    for band, recs in audits:
        band_row(t, r, band, len(heads))
        r += 1
        for (ref, pri, rec, action, officer, orig, rev, pct, rag, rfill, upd, leads, end, st) in recs:
            vals = [ref, pri, rec, action, officer, orig, rev, pct, rag, upd]
            for i, v in enumerate(vals, start=1):
                c = t.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            t.cell(row=r, column=6).number_format = "dd/mm/yyyy"
            t.cell(row=r, column=7).number_format = "dd/mm/yyyy"
            t.cell(row=r, column=8).number_format = "0%"
            if rfill:
                t.cell(row=r, column=9).fill = fill(FILL[rfill])
                t.cell(row=r, column=9).font = Font(bold=True, color="FFFFFF" if rfill in "RB" else "000000")
            expected.append(act(ref, [band, rec], action, leads, end, st))
            r += 1
    r += 1
    t.cell(row=r, column=1, value="Note: recommendations marked Complete will be removed from the next report once Internal Audit has verified the evidence.")
    t.cell(row=r + 1, column=1, value="RAG is based on % complete and the target date – see the Key sheet.")
    widths(t, {"A": 13, "B": 9, "C": 40, "D": 48, "E": 26, "F": 13, "G": 13, "H": 10, "I": 10, "J": 44})
    t.freeze_panes = "A5"

    # --- Key sheet
    k = wb.create_sheet("Key")
    k["A1"] = "Priority and RAG definitions"
    k["A1"].font = Font(bold=True)
    header_row(k, 3, ["Priority", "Definition"])
    k["A4"], k["B4"] = "High", "Fundamental control weakness; action required within 3 months."
    k["A5"], k["B5"] = "Medium", "Important control weakness; action required within 6 months."
    header_row(k, 7, ["RAG", "Definition"])
    key = [("R", "R", "Overdue, or less than 25% complete with the target date passed"),
           ("A", "A", "26% – 75% complete, or revised target date agreed"),
           ("G", "G", "Over 75% complete and on track for the target date"),
           ("Complete", "B", "Implemented – awaiting verification by Internal Audit")]
    for i, (txt, f, dfn) in enumerate(key, start=8):
        k.cell(row=i, column=1, value=txt).fill = fill(FILL[f])
        k.cell(row=i, column=2, value=dfn)
    widths(k, {"A": 12, "B": 70})

    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a London borough's internal audit recommendations tracker as appended to an Audit and "
                   "Governance Committee report (Waltham Forest, September 2025; layout modelled on published "
                   "council trackers such as Reading's 'Implementation of Audit Recommendations' appendix with % "
                   "complete driving the RAG, and Bromsgrove's original/revised target completion dates). Copied "
                   "features: summary-by-directorate sheet first, tracker sheet with a merged grey band row per "
                   "audit report and assurance opinion, recommendation and agreed management action in separate "
                   "columns, original and revised target dates, % complete, RAG letter with fill colour and "
                   "'Complete' in blue, notes lines under the table, and a separate Key sheet."),
        "reads": ("Three sheets: a summary of outstanding recommendations by directorate (totals, not actions), the "
                  "tracker itself and a key. In the tracker each audit report is a band heading, and each row is an "
                  "agreed management action answering the recommendation beside it, with a responsible officer, an "
                  "original and sometimes a revised target date (the revised one is the due month) and a RAG."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================= 2. Stoke FV (docx)
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    return sec


def stoke():
    name = "yw-stoke-on-trent-city-council-ofsted-focused-visit-action-plan.docx"
    title = "Stoke-on-Trent City Council: Ofsted Focused Visit Action Plan"
    afis = [
        ("Area for improvement 1",
         "The consistency of management oversight and supervision, so that drift in children’s plans is identified and addressed.",
         [
             ("1.1", "Refresh the supervision policy and template so that every supervision records the child’s plan, progress against it and the manager’s direction with timescales.",
              "Head of Service – Safeguarding and Quality Assurance", "March 2025",
              "Policy and template relaunched at the practice week on 17 March 2025.", "Complete", "B",
              ["Head of Service – Safeguarding and Quality Assurance"], "2025-03", None, "blue"),
             ("1.2", "Monthly dip sample of 10% of CIN and CP cases by team managers, moderated by the Quality Assurance Service, with findings reported to the Children’s Improvement Board.",
              "Service Manager (CIN/CP) / Quality Assurance Manager", "Monthly from April 2025",
              "April, May and June samples completed; 71% of supervisions now record the manager’s direction with timescales.", "Green", "G",
              ["Service Manager (CIN/CP)", "Quality Assurance Manager"], None, "Monthly from April 2025", "green"),
             ("1.3", "Deliver management oversight training to all team managers and assistant team managers.",
              "Principal Social Worker", "End of May 2025",
              "18 of 22 managers trained; the remaining four are booked on the July cohort.", "Amber", "A",
              ["Principal Social Worker"], "2025-05", None, "amber"),
         ]),
        ("Area for improvement 2",
         "The quality of child in need plans, so that they are specific, outcome-focused and understood by families.",
         [
             ("2.1", "Co-produce a revised child in need plan template with parents and the Family Voice group.",
              "Head of Service – Children in Need", "Q1 2025/26",
              "Template agreed in principle; build in the case management system is scheduled for July.", "Amber", "A",
              ["Head of Service – Children in Need"], "2025-06", None, "amber"),
             ("2.2", "Issue practice standards for CIN plans, including six-weekly CIN reviews chaired by the team manager.\nCompliance to be reported on the weekly performance scorecard.",
              "Head of Service – Children in Need", "30/04/2025",
              "Standards issued 28 April 2025; compliance with six-weekly reviews 86% in June.", "Complete", "B",
              ["Head of Service – Children in Need"], "2025-04", None, "blue"),
             ("2.3", "Embed family-friendly plan language through Signs of Safety practice workshops for all CIN social workers.",
              "Principal Social Worker; Signs of Safety Practice Lead", "September 2025",
              "Four of six workshops delivered.", "Green", "G",
              ["Principal Social Worker", "Signs of Safety Practice Lead"], "2025-09", None, "green"),
         ]),
        ("Area for improvement 3",
         "The timeliness of initial child protection conferences following a strategy discussion.",
         [
             ("3.1", "Daily tracker of section 47 enquiries and conference bookings held by the Safeguarding Unit, with escalation to the Head of Service where a conference is at risk of falling outside 15 working days.",
              "Safeguarding Unit Manager", "February 2025",
              "Tracker in place from 3 February 2025.", "Complete", "B",
              ["Safeguarding Unit Manager"], "2025-02", None, "blue"),
             ("3.2", "Recruit two permanent Independent Conference Chairs to replace agency cover.",
              "Head of Service – Safeguarding and Quality Assurance", "July 2025",
              "One post filled. Recruitment to the second post was unsuccessful and the interim agency chair has been extended.", "Red", "R",
              ["Head of Service – Safeguarding and Quality Assurance"], "2025-07", None, "red"),
             ("3.3", "Report the timeliness of initial child protection conferences monthly to the Safeguarding Children Partnership’s Performance and Quality Assurance subgroup.",
              "Head of Improvement and Performance", "Ongoing",
              "Reported May and June; 89% of ICPCs within 15 working days in June.", "Green", "G",
              ["Head of Improvement and Performance"], None, "Ongoing", "green"),
         ]),
    ]
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "OFFICIAL"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Children and Family Services. Focused visit 21–22 January 2025: children in need and "
                      "children subject to a child protection plan. Progress reported as at 30 June 2025.")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Author", "Approved by"]):
        set_cell(dc.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["1.0", "14/03/2025", "Head of Improvement and Performance", "Children’s Improvement Board"]):
        set_cell(dc.rows[1].cells[i], v)
    for i, v in enumerate(["1.1", "07/07/2025", "Head of Improvement and Performance", "Director of Children’s Services"]):
        set_cell(dc.rows[2].cells[i], v)

    doc.add_heading("RAG key", level=2)
    kt = doc.add_table(rows=4, cols=2)
    kt.style = "Table Grid"
    for i, (w, f, m) in enumerate([("Complete", "B", "Action completed and impact evidenced"),
                                    ("Green", "G", "On track to be delivered within timescale"),
                                    ("Amber", "A", "Some slippage, but recoverable"),
                                    ("Red", "R", "Off track – escalated to the Improvement Board")]):
        set_cell(kt.rows[i].cells[0], w, bold=True)
        shade(kt.rows[i].cells[0], FILL[f])
        set_cell(kt.rows[i].cells[1], m)

    doc.add_paragraph("Ofsted identified three areas for improvement. Each is set out below with the actions "
                      "agreed to address it.")
    expected = []
    for label, afi_text, rows in afis:
        doc.add_heading(label, level=2)
        tb = doc.add_table(rows=2 + len(rows), cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[5])
        set_cell(top, afi_text, bold=True)
        shade(top, "DEEAF6")
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (June 2025)", "RAG"]):
            set_cell(tb.rows[1].cells[i], h, bold=True)
            shade(tb.rows[1].cells[i], "BDD7EE")
        for j, (ref, action, lead, when, upd, ragw, ragf, leads, end, end_text, st) in enumerate(rows, start=2):
            cells = tb.rows[j].cells
            for i, v in enumerate([ref, action, lead, when, upd, ragw]):
                set_cell(cells[i], v)
            shade(cells[5], FILL[ragf])
            expected.append(act(ref, [afi_text], action, leads, end, st, end_text))
        doc.add_paragraph()

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Role", "Name", "Date"]):
        set_cell(so.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Director of Children’s Services", "", "07/07/2025"]):
        set_cell(so.rows[1].cells[i], v)
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a unitary council's post-focused-visit action plan submitted to Ofsted and reported to a "
                   "children's improvement board (Stoke-on-Trent City Council, focused visit January 2025 on children "
                   "in need and child protection; layout follows published ILACS/focused visit action plans: a title, "
                   "document control table, RAG key table, then one table per area for improvement). Copied features: "
                   "'Area for improvement N' headings with the inspectors' wording in a merged shaded first row of each "
                   "table, numbered actions, job titles as leads (two posts joined by / or ;), timescales written as "
                   "months, a quarter, 'End of May 2025', dd/mm/yyyy, 'Monthly from April 2025' and 'Ongoing', RAG words "
                   "with cell shading, and a sign-off table."),
        "reads": ("A focused visit action plan with three areas for improvement, each in its own table: the "
                  "inspectors' wording across the top, then numbered actions with lead, timescale, progress and RAG. "
                  "Document control, RAG key and sign-off tables are not the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================= 3. Bury DHR (docx)
def bury():
    name = "yw-bury-community-safety-partnership-dhr-sophie-action-plan.docx"
    title = "Domestic Homicide Review ‘Sophie’ – Action Plan"
    partA = "Part A – Overview Report Recommendations"
    partB = "Part B – Single Agency Recommendations"
    parts = [
        (partA, [
            ("1. Bury Community Safety Partnership should assure itself that practitioners across partner agencies recognise and respond to coercive and controlling behaviour where the victim is an older adult.", [
                ("1.1", "Local", "Commission and deliver multi-agency training on coercive control in later life, including a session for GP practices.",
                 "Bury Council – Community Safety Team", "March 2025",
                 "Four sessions delivered to 112 practitioners; GP session held at the Protected Learning Time event in February 2025.", "B",
                 ["Bury Council – Community Safety Team"], "2025-03", None, "blue"),
                ("1.2", "Local", "Publish a later-life domestic abuse briefing on the Bury Integrated Safeguarding Partnership learning hub.",
                 "Bury Integrated Safeguarding Partnership", "31/12/2024",
                 "Seven-minute briefing published December 2024.", "B",
                 ["Bury Integrated Safeguarding Partnership"], "2024-12", None, "blue"),
            ]),
            ("2. Agencies should ensure that routine enquiry about domestic abuse takes place when an adult attends with injuries, including where a family member is present.", [
                ("2.1", "Local", "Audit emergency department records for adults aged 60 and over attending with injuries, to test whether routine enquiry was completed and recorded.",
                 "Northern Care Alliance NHS Foundation Trust", "June 2025",
                 "Audit completed: routine enquiry recorded in 41% of attendances. Re-audit planned for January 2026.", "A",
                 ["Northern Care Alliance NHS Foundation Trust"], "2025-06", None, "amber"),
                ("2.2", "Local", "Revise the Trust’s domestic abuse policy to require that patients are seen alone for part of every attendance.",
                 "Northern Care Alliance NHS Foundation Trust", "September 2025",
                 "Draft policy going to the Trust Policy Group on 16 October 2025.", "A",
                 ["Northern Care Alliance NHS Foundation Trust"], "2025-09", None, "amber"),
                ("2.3", "Local", "Issue guidance and a template to GP practices on asking about domestic abuse when a relative attends as the patient’s carer.",
                 "NHS Greater Manchester (Bury locality) / Named GP for Safeguarding", "Q3 2025/26",
                 "Template drafted with the Named GP; to be issued through the practice safeguarding leads forum.", "G",
                 ["NHS Greater Manchester (Bury locality)", "Named GP for Safeguarding"], "2025-12", None, "green"),
            ]),
            ("3. Greater Manchester Police should review how repeat calls reporting concern for welfare at the same address are linked and risk assessed.", [
                ("3.1", "Regional", "Review the call-handling process for linked concern-for-welfare calls and share the findings with the Greater Manchester DHR oversight group.",
                 "Greater Manchester Police", "Awaiting force-wide review – date TBC",
                 "Incorporated into the force-wide review of THRIVE call grading; no date yet agreed.", "R",
                 ["Greater Manchester Police"], None, "Awaiting force-wide review – date TBC", "red"),
            ]),
        ]),
        (partB, [
            ("4. Bury Council Housing Services should include domestic abuse indicators in its tenancy visit checklist.", [
                ("4.1", "Single agency", "Add domestic abuse and carer-stress prompts to the annual tenancy visit checklist and train housing officers in their use.",
                 "Bury Council Housing Services", "30/11/2025",
                 "Checklist updated; officer training booked for November.", "G",
                 ["Bury Council Housing Services"], "2025-11", None, "green"),
            ]),
            ("5. Adult Social Care should ensure carer’s assessments consider the risk of abuse to and from the person being cared for.", [
                ("5.1", "Single agency", "Amend the carer’s assessment guidance and template to include a domestic abuse and safety section.",
                 "Principal Social Worker (Adults)", "January 2026",
                 "Not yet started – waiting for the case management system change window.", None,
                 ["Principal Social Worker (Adults)"], "2026-01", None, "unrated"),
            ]),
        ]),
    ]
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Bury Community Safety Partnership"
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("Version 3 – updated for the Community Safety Partnership Board, 9 October 2025. "
                      "Overview report and action plan agreed by the Partnership on 11 July 2024 and submitted "
                      "to the Home Office Quality Assurance Panel.")
    doc.add_paragraph("Status key (shading in the Status column):")
    kt = doc.add_table(rows=1, cols=4)
    kt.style = "Table Grid"
    for i, (w, f) in enumerate([("Completed", "B"), ("On track", "G"), ("Some delay", "A"), ("Off track", "R")]):
        set_cell(kt.rows[0].cells[i], w, bold=True, colour="FFFFFF")
        shade(kt.rows[0].cells[i], FILL[f])
    heads = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date",
             "Progress and evidence", "Status"]
    expected = []
    for part, recs in parts:
        doc.add_heading(part, level=1)
        nrows = 1 + sum(len(a) for _, a in recs)
        tb = doc.add_table(rows=nrows, cols=len(heads))
        tb.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(tb.rows[0].cells[i], h, bold=True)
            shade(tb.rows[0].cells[i], "D9D9D9")
        r = 1
        for rec, actions in recs:
            first = r
            for (ref, scope, action, lead, when, prog, f, leads, end, end_text, st) in actions:
                cells = tb.rows[r].cells
                set_cell(cells[0], ref)
                if r == first:
                    set_cell(cells[1], rec)
                for i, v in [(2, scope), (3, action), (4, lead), (5, when), (6, prog)]:
                    set_cell(cells[i], v)
                if f:
                    shade(cells[7], FILL[f])
                expected.append(act(ref, [part, rec], action, leads, end, st, end_text))
                r += 1
            if r - 1 > first:
                tb.cell(first, 1).merge(tb.cell(r - 1, 1))
        doc.add_paragraph()
    doc.add_paragraph("Actions shown as Completed will be closed at the next Board once evidence has been "
                      "received by the DHR Coordinator.")
    doc.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a community safety partnership's domestic homicide review action plan in the Home Office "
                   "template style (Bury Community Safety Partnership, metropolitan borough, DHR 'Sophie', 2024–2026), "
                   "as tabled at a CSP board. Copied features: partnership name in the page header, title and version "
                   "line, a one-row shaded status key, Part A overview report recommendations and Part B single agency "
                   "recommendations as separate tables, the recommendation cell vertically merged across its actions, "
                   "'Scope' (local/regional/single agency), agencies as leads, target dates as months, dd/mm/yyyy, a "
                   "quarter and 'date TBC', and a Status column coloured by shading only, one left unshaded."),
        "reads": ("A DHR action plan in two parts (overview report recommendations, then single agency "
                  "recommendations). Each numbered recommendation spans one or more action rows with a lead agency, "
                  "target date and progress; the status is given only by the shading of the Status cell, and one "
                  "not-yet-started action has no shading."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================= 4. Plymouth CSPR (txt)
def plymouth():
    name = "yw-plymouth-safeguarding-children-partnership-cspr-child-q-action-plan.txt"
    title = "Plymouth Safeguarding Children Partnership – CSPR Child Q: Multi-agency Action Plan"
    themes = [
        ("Theme 1 – The child's lived experience where a parent has serious mental illness", [
            ("Recommendation 1: Partners should ensure that assessments where a parent has serious mental illness include direct work with the child and consider the impact on the child's daily life.", [
                ("1.1", "Update the PSCP multi-agency guidance on parental mental health ('Think Family') to include prompts for direct work with children.",
                 "PSCP Business Manager", "Jun-25", "Complete", "Guidance republished 20 June 2025 and circulated to all partners.",
                 ["PSCP Business Manager"], "2025-06", None, "blue"),
                ("1.2", "Adult mental health services to add a mandatory 'children in the household' section to the clinical risk assessment.",
                 "Livewell Southwest", "31/07/2025", "Complete", "Section live on the clinical record system from 14 July 2025.",
                 ["Livewell Southwest"], "2025-07", None, "blue"),
                ("1.3", "Single-agency audit of 20 adult mental health care plans to test whether the impact on children is recorded.",
                 "Livewell Southwest; NHS Devon ICB", "Q3 2025/26", "Green", "Audit tool agreed; sample drawn.",
                 ["Livewell Southwest", "NHS Devon ICB"], "2025-12", None, "green"),
            ]),
            ("Recommendation 2: Children's social care should ensure that when a case is stepped down to early help, the plan and the identified risks transfer with it.", [
                ("2.1", "Introduce a joint step-down meeting between the allocated social worker, the family and the receiving Family Hub worker.",
                 "Head of Children's Social Care (Plymouth City Council)", "Sept 2025 – Jan 2026", "Green",
                 "Pilot running in two localities from September; citywide rollout planned for January.",
                 ["Head of Children's Social Care (Plymouth City Council)"], "2026-01", "Sept 2025 – Jan 2026", "green"),
            ]),
        ]),
        ("Theme 2 – Professional curiosity about adults in the household", [
            ("Recommendation 3: Agencies should be curious about adults who are not the child's parent but are frequently present in the home, and share what they know.", [
                ("3.1", "Deliver 'Who else is in the home?' briefing sessions for schools, health visiting and police neighbourhood teams.",
                 "PSCP Training Coordinator", "Nov-25", "Amber", "Three of five sessions delivered; the schools session has been postponed to December.",
                 ["PSCP Training Coordinator"], "2025-11", None, "amber"),
                ("3.2", "Add a 'significant adults' field to the MASH referral form.",
                 "Plymouth City Council (Gateway/MASH); Devon and Cornwall Police", "Mar-26", "Not started", "",
                 ["Plymouth City Council (Gateway/MASH)", "Devon and Cornwall Police"], "2026-03", None, "unrated"),
            ]),
            ("Recommendation 4: The PSCP should seek assurance that the learning from this review has changed practice.", [
                ("4.1", "Thematic multi-agency audit on professional curiosity, reported to the PSCP Executive.",
                 "Chair, PSCP Quality Assurance Subgroup", "TBC", "Red", "Audit postponed twice due to capacity; new date to be agreed at the Executive.",
                 ["Chair, PSCP Quality Assurance Subgroup"], None, "TBC", "red"),
            ]),
        ]),
    ]
    lines = [title, "Exported from the PSCP Learning and Improvement tracker on 03/11/2025 (status as at 31/10/2025)", ""]
    lines.append("\t".join(["Ref", "Recommendation", "Action", "Agency lead", "Due", "RAG", "Progress update"]))
    expected = []
    for theme, recs in themes:
        lines.append(theme)
        for rec, actions in recs:
            for (ref, action, lead, due, rag, upd, leads, end, end_text, st) in actions:
                lines.append("\t".join([ref, rec, action, lead, due, rag, upd]))
                expected.append(act(ref, [theme, rec], action, leads, end, st, end_text))
    lines += ["", "RAG: Complete = action delivered and evidenced; Green = on track; Amber = at risk of slipping; "
                  "Red = overdue or blocked; Not started = not yet due to start."]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    write_yaml(name, {
        "source": ("Imitates a safeguarding children partnership's child safeguarding practice review action plan "
                   "exported from its learning and improvement tracker as tab-separated text (Plymouth Safeguarding "
                   "Children Partnership, CSPR 'Child Q', 2025). Copied features: one-line title, export/status line, "
                   "header row, learning-theme lines on their own between rows, the recommendation repeated on every "
                   "action row as trackers fill it down, agencies and posts as leads (two joined by ;), due dates as "
                   "Mmm-yy, dd/mm/yyyy, a quarter, a period and TBC, RAG words including Complete and Not started, "
                   "and a key line at the end."),
        "reads": ("A tab-separated export of a CSPR action plan: two learning themes, each with recommendations whose "
                  "text is repeated on each of its action rows, then the action, agency lead, due date, RAG and "
                  "progress. The theme lines and the key line are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================= 5. Luton HWB action log (csv)
def luton():
    name = "yw-luton-health-and-wellbeing-board-action-log.csv"
    title = "Luton Health and Wellbeing Board – Action Log"
    rows = [
        ("HWB/25/01", "12/03/2025", "Circulate the final Pharmaceutical Needs Assessment 2025 to Board members and publish it on the council website.",
         "Head of Public Health Intelligence", "Apr-25", "Complete", "Published 1 April 2025.",
         ["Head of Public Health Intelligence"], "2025-04", None, "blue"),
        ("HWB/25/02", "12/03/2025", "Bring a report on the evaluation of year 3 of the Marmot Town programme to a future meeting.",
         "Director of Public Health", "Sep-25", "Complete", "Presented at the 17 September 2025 meeting (item 6).",
         ["Director of Public Health"], "2025-09", None, "blue"),
        ("HWB/25/03", "18/06/2025", "Provide a breakdown of childhood immunisation uptake by ward, with the actions being taken in the wards with the lowest uptake.",
         "BLMK ICB Luton Place Lead / Consultant in Public Health", "December 2025", "Green", "Data request submitted to the Child Health Information Service.",
         ["BLMK ICB Luton Place Lead", "Consultant in Public Health"], "2025-12", None, "green"),
        ("HWB/25/04", "18/06/2025", "Agree a shared set of outcome measures for the Better Care Fund and the Joint Local Health and Wellbeing Strategy and report them in the quarterly dashboard.",
         "Director of Adult Social Care; Luton Place Director", "Q3 2025/26", "Amber", "Measures drafted; awaiting sign-off by ICB finance.",
         ["Director of Adult Social Care", "Luton Place Director"], "2025-12", None, "amber"),
        ("HWB/25/05", "17/09/2025", "Write to the Chair of the Bedfordshire, Luton and Milton Keynes ICB setting out the Board’s concerns about waiting times for children’s community mental health services.",
         "Chair of the Board", "31/10/2025", "Green", "Letter drafted; to be signed w/c 20 October.",
         ["Chair of the Board"], "2025-10", None, "green"),
        ("HWB/25/06", "17/09/2025", "Arrange a development session for Board members on the Board’s role in the Luton 2040 anti-poverty work, with voluntary and community sector partners.",
         "Corporate Policy Manager & VCS Partnership Lead", "January 2026", "", "Not started.",
         ["Corporate Policy Manager", "VCS Partnership Lead"], "2026-01", None, "unrated"),
        ("HWB/25/07", "17/09/2025", "Present the Health Protection Board annual report to the Board each year.",
         "Consultant in Health Protection", "Annually (September)", "Green", "Added to the forward plan.",
         ["Consultant in Health Protection"], None, "Annually (September)", "green"),
    ]
    path = os.path.join(HERE, name)
    expected = []
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([title, "", "", "", "", "", ""])
        w.writerow(["Updated following the meeting of 17 September 2025", "", "", "", "", "", ""])
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["Action No.", "Date raised", "Action", "Lead", "Due", "RAG", "Update"])
        for (no, raised, action, lead, due, rag, upd, leads, end, end_text, st) in rows:
            w.writerow([no, raised, action, lead, due, rag, upd])
            expected.append(act(no, [], action, leads, end, st, end_text))
        w.writerow(["", "", "", "", "", "", ""])
        w.writerow(["RAG key: Complete = closed (will be removed after the next meeting); Green = on track; Amber = at risk; Red = overdue", "", "", "", "", "", ""])
        w.writerow(["Open actions: 5    Closed since last meeting: 2", "", "", "", "", "", ""])
    write_yaml(name, {
        "source": ("Imitates a health and wellbeing board rolling action log published with board papers as a "
                   "spreadsheet export (Luton Health and Wellbeing Board, unitary council, 2025). Copied features: "
                   "title and 'updated following the meeting of' lines, action numbers of the form HWB/25/nn, date "
                   "raised, posts as leads (two joined by /, ; or &), due dates as Mmm-yy, month names, a quarter, "
                   "dd/mm/yyyy and 'Annually (September)', RAG words with Complete for closed actions, a blank RAG "
                   "for an action not started, and a key and count line after the table."),
        "reads": ("A comma-separated Board action log: each numbered row is an action with the date raised, lead, "
                  "due date, RAG and update. There are no headings over the actions; the key and the open/closed count "
                  "at the bottom are not actions."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================= 6. Torridge highlight report (xlsx)
def torridge():
    name = "yw-torridge-district-council-ukspf-repf-programme-highlight-report.xlsx"
    title = ("Torridge District Council – UK Shared Prosperity Fund and Rural England Prosperity Fund 2025/26: "
             "Programme Highlight Report")
    d = dt.datetime
    groups = [
        ("Communities and Place", [
            ("CP1", "Great Torrington town centre public realm improvements – contractor appointed and works started on site.",
             "Regeneration Project Officer", d(2025, 7, 31), d(2025, 9, 30), "A", "G",
             "Contract awarded in August; works started on 8 September.",
             ["Regeneration Project Officer"], "2025-09", "green"),
            ("CP2", "Community grants round 2 – grant agreements issued to all successful applicants.",
             "Community Development Officer", d(2025, 6, 30), d(2025, 7, 31), "G", "B",
             "All 14 agreements issued and signed by 25 July.",
             ["Community Development Officer"], "2025-07", "blue"),
            ("CP3", "Village hall energy efficiency works at Holsworthy and Bradworthy completed.",
             "Regeneration Project Officer & Climate Change Officer", d(2025, 12, 31), d(2026, 3, 31), "G", "A",
             "Supplier lead times for heat pumps have pushed completion into Q4.",
             ["Regeneration Project Officer", "Climate Change Officer"], "2026-03", "amber"),
        ]),
        ("Supporting Local Business", [
            ("SLB1", "Business support programme delivered through the Torridge Business Hub – 40 businesses assisted.",
             "Economic Development Manager", d(2026, 3, 31), d(2026, 3, 31), "G", "G",
             "26 businesses assisted to date.",
             ["Economic Development Manager"], "2026-03", "green"),
            ("SLB2", "Bideford and Appledore visitor economy marketing campaign launched.",
             "Tourism and Marketing Officer", d(2025, 5, 31), d(2025, 6, 30), "A", "B",
             "Campaign launched in June; evaluation due in December.",
             ["Tourism and Marketing Officer"], "2025-06", "blue"),
        ]),
        ("People and Skills", [
            ("PS1", "Adult skills and employability outreach – delivery partner contract signed and delivery started.",
             "Economic Development Manager", d(2025, 4, 30), d(2025, 7, 31), "R", "A",
             "Contract signed in July after a procurement delay; delivery targets reprofiled.",
             ["Economic Development Manager"], "2025-07", "amber"),
            ("PS2", "Young people not in education, employment or training – engagement project delivered with Petroc.",
             "Community Development Officer", d(2026, 3, 31), d(2026, 3, 31), "G", "G",
             "Referral pathway agreed with Devon County Council.",
             ["Community Development Officer"], "2026-03", "green"),
        ]),
        ("Rural England Prosperity Fund", [
            ("REPF1", "Rural business capital grants – all grants approved and offer letters issued.",
             "Rural Grants Officer", d(2025, 9, 30), d(2025, 11, 30), "G", "A",
             "Round over-subscribed; the assessment panel has moved to late October.",
             ["Rural Grants Officer"], "2025-11", "amber"),
            ("REPF2", "Year-end claim and evidence for 2025/26 submitted to MHCLG.",
             "Finance Business Partner / Economic Development Manager", d(2026, 4, 30), None, None, None,
             "Not yet due.",
             ["Finance Business Partner", "Economic Development Manager"], "2026-04", "unrated"),
        ]),
    ]
    wb = Workbook()
    h = wb.active
    h.title = "Highlight Report"
    h["A1"] = title
    h["A1"].font = Font(bold=True, size=13)
    h.merge_cells("A1:H1")
    info = [("Reporting period", "Quarter 2 (July – September 2025)", "Senior Responsible Owner", "Strategic Manager – Economy and Regeneration"),
            ("Report date", d(2025, 10, 14), "Programme Manager", "Economic Development Manager"),
            ("Overall RAG – previous", "A", "Overall RAG – current", "G")]
    for i, (a, b, c, e) in enumerate(info, start=3):
        h.cell(row=i, column=1, value=a).font = Font(bold=True)
        h.cell(row=i, column=2, value=b)
        h.cell(row=i, column=4, value=c).font = Font(bold=True)
        h.cell(row=i, column=5, value=e)
    h["B4"].number_format = "dd/mm/yyyy"
    h["B5"].fill = fill(FILL["A"])
    h["E5"].fill = fill(FILL["G"])
    h["A7"] = "Summary of progress"
    h["A7"].font = Font(bold=True)
    h["A8"] = ("Spend to 30 September is £412,600 (46% of the 2025/26 allocation). The Great Torrington public realm "
               "scheme is now on site and the second community grants round is fully committed. Two milestones have "
               "slipped (village hall energy works and rural capital grants) but remain within the programme year.")
    h.merge_cells("A8:H8")
    h["A8"].alignment = WRAP
    h.row_dimensions[8].height = 48
    h["A10"] = "Key milestones"
    h["A10"].font = Font(bold=True)
    heads = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG", "Current RAG", "Commentary"]
    header_row(h, 11, heads, colour="375623")
    r = 12
    expected = []
    for grp, ms in groups:
        band_row(h, r, grp, len(heads), colour="E2EFDA")
        r += 1
        for (ref, ms_text, owner, base, fc, prev, cur, comm, leads, end, st) in ms:
            vals = [ref, ms_text, owner, base, fc, prev, cur, comm]
            for i, v in enumerate(vals, start=1):
                c = h.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            h.cell(row=r, column=4).number_format = "mmm-yy"
            h.cell(row=r, column=5).number_format = "mmm-yy"
            for col, rag in ((6, prev), (7, cur)):
                if rag:
                    h.cell(row=r, column=col).fill = fill(FILL[rag])
            expected.append(act(ref, [grp], ms_text, leads, end, st))
            r += 1
    r += 1
    h.cell(row=r, column=1, value="Key risks and issues").font = Font(bold=True)
    r += 1
    header_row(h, r, ["Ref", "Risk / issue", "Owner", "Impact", "Likelihood", "Score", "RAG", "Mitigation"], colour="7F7F7F")
    r += 1
    for row in [("R1", "Construction inflation reduces what can be delivered within the capital allocation.",
                 "Regeneration Project Officer", 3, 3, 9, "A", "Value engineering with the contractor; contingency held at programme level."),
                ("R2", "Uncertainty over funding beyond March 2026 affects recruitment to fixed-term posts.",
                 "Strategic Manager – Economy and Regeneration", 3, 4, 12, "R", "Exit strategy being prepared for each intervention.")]:
        for i, v in enumerate(row, start=1):
            c = h.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        h.cell(row=r, column=7).fill = fill(FILL[row[6]])
        r += 1
    r += 1
    h.cell(row=r, column=1, value="Decisions / support required from the Programme Board").font = Font(bold=True)
    h.cell(row=r + 1, column=1, value="None this period.")
    widths(h, {"A": 22, "B": 52, "C": 30, "D": 13, "E": 13, "F": 12, "G": 12, "H": 48})

    f = wb.create_sheet("Finance")
    f["A1"] = "Finance summary – 2025/26 (£)"
    f["A1"].font = Font(bold=True)
    header_row(f, 3, ["Investment priority", "Allocation", "Spend to date", "Forecast outturn", "Variance"], colour="375623")
    fin = [("Communities and Place", 390000, 201300, 381000), ("Supporting Local Business", 180000, 96500, 180000),
           ("People and Skills", 150000, 52800, 141000), ("Rural England Prosperity Fund", 170000, 62000, 170000)]
    for i, (p, a, s, fo) in enumerate(fin, start=4):
        for j, v in enumerate([p, a, s, fo, a - fo], start=1):
            f.cell(row=i, column=j, value=v).border = BOX
    f.cell(row=8, column=1, value="Total").font = Font(bold=True)
    for j, col in enumerate("BCDE", start=2):
        f.cell(row=8, column=j, value=f"=SUM({col}4:{col}7)").font = Font(bold=True)
    widths(f, {"A": 32, "B": 14, "C": 14, "D": 16, "E": 12})

    k = wb.create_sheet("RAG definitions")
    k["A1"] = "RAG definitions"
    k["A1"].font = Font(bold=True)
    for i, (c, t) in enumerate([("G", "On track – within time, cost and quality tolerances"),
                                ("A", "At risk – slippage or issue that the project can recover"),
                                ("R", "Off track – needs Programme Board intervention"),
                                ("B", "Complete")], start=3):
        k.cell(row=i, column=1, value=c).fill = fill(FILL[c])
        k.cell(row=i, column=2, value=t)
    widths(k, {"A": 8, "B": 60})
    wb.save(os.path.join(HERE, name))
    write_yaml(name, {
        "source": ("Imitates a district council's quarterly programme highlight report for its UK Shared Prosperity Fund "
                   "and Rural England Prosperity Fund allocation (Torridge District Council, Q2 2025/26; modelled on "
                   "council programme highlight reports and the UKSPF quarterly RAG-and-narrative return). Copied "
                   "features: title block with reporting period, SRO, programme manager and previous/current overall "
                   "RAG, a merged summary paragraph, a key milestones table grouped by investment priority band rows "
                   "with baseline and forecast dates (Mmm-yy) and previous and current RAG as letters on fills, two "
                   "posts joined by & or / as owner, a key risks table and decisions box below, a Finance sheet with "
                   "SUM totals, and a RAG definitions sheet where B means complete."),
        "reads": ("A one-page highlight report: after the title block and summary, the key milestones table lists the "
                  "programme's milestones under four investment priorities, each with an owner, baseline and forecast "
                  "dates (the forecast is the due month) and previous and current RAG. The risks table, decisions box, "
                  "finance sheet and RAG definitions are not milestones."),
        "outcome": "read",
        "accept_refusal": False,
        "title": title,
        "actions": expected,
    })
    return name, len(expected)


# ============================================================================= 7. Essex delivery tracker (refuse)
def essex():
    name = "yw-essex-county-council-everyones-essex-annual-plan-delivery-tracker-typo-month-refuse.xlsx"
    title = "Everyone’s Essex – Annual Plan 2025/26 Delivery Tracker"
    sheets = [
        ("Economy", "Renewal area: A strong, inclusive and sustainable economy", [
            ("Good jobs", [
                ("EC1", "Deliver the adult community learning offer for residents furthest from the labour market, reaching 4,000 learners.",
                 "Cabinet Member for Skills", "Director, Economic Growth and Skills", "March 2026", "G", "G",
                 "2,310 learners enrolled to the end of September."),
                ("EC2", "Launch the Essex Careers Hub employer pledge with 150 employers signed up.",
                 "Cabinet Member for Skills", "Head of Employability and Skills", "Dec 2025", "A", "G",
                 "138 employers signed up; launch event held 18 September."),
            ]),
            ("Infrastructure", [
                ("EC3", "Complete the A127 Fairglen interchange improvements and open to traffic.",
                 "Cabinet Member for Highways", "Director, Highways and Transportation", "Q4 2025/26", "A", "A",
                 "Utility diversions delayed the final surfacing; programme being re-baselined."),
            ]),
        ]),
        ("Environment", "Renewal area: A high quality environment", [
            ("Net zero", [
                ("EN1", "Install solar PV on a further 12 council-owned buildings.",
                 "Cabinet Member for Climate", "Head of Climate Action", "Sept 2025", "G", "B",
                 "All 12 installations commissioned by 26 September."),
                ("EN2", "Publish the Local Nature Recovery Strategy for Essex.",
                 "Cabinet Member for Climate", "Head of Environment and Climate", "Nov 2025", "G", "A",
                 "Consultation responses higher than expected; publication moved to the November Cabinet."),
            ]),
        ]),
        ("Children & Families", "Renewal area: A good place for children and families to grow", [
            ("Education and SEND", [
                ("CF1", "Open 250 additional specialist school places across the county.",
                 "Cabinet Member for Education Excellence", "Director, Education", "September 2025", "A", "G",
                 "232 places open; the remaining 18 open in January with the new Harlow unit."),
                ("CF2", "Reduce the number of EHC needs assessments completed outside 20 weeks to fewer than 10%.",
                 "Cabinet Member for Education Excellence", "Director, SEND", "Febuary 2026", "R", "A",
                 "Timeliness 71% within 20 weeks in September (up from 58% in April)."),
            ]),
            ("Family help", [
                ("CF3", "Launch Family Help teams in all four quadrants as part of the Families First reforms.",
                 "Cabinet Member for Children’s Services", "Director, Family Operations", "March 2026", "G", "G",
                 "North East and Mid quadrants live; West and South planned for January and March."),
            ]),
        ]),
        ("Health & Care", "Renewal area: Promoting health, care and wellbeing for all people in Essex", [
            ("Independence", [
                ("HC1", "Increase the number of people receiving reablement on leaving hospital by 10%.",
                 "Cabinet Member for Adult Social Care", "Director, Adult Operations", "March 2026", "G", "G",
                 "Up 7% on the same period last year."),
                ("HC2", "Commission the new Essex carers’ support service.",
                 "Cabinet Member for Adult Social Care", "Head of Commissioning, Carers", "Jan 2026", "G", "G",
                 "Tender evaluation under way; award planned for December."),
            ]),
        ]),
    ]
    wb = Workbook()
    rm = wb.active
    rm.title = "Read me"
    rm["A1"] = title
    rm["A1"].font = Font(bold=True, size=14)
    rm["A2"] = "Quarter 2 position to 30 September 2025 – for Cabinet, 18 November 2025"
    rm["A4"] = "Contents"
    rm["A4"].font = Font(bold=True)
    for i, (sn, area, _) in enumerate(sheets, start=5):
        rm.cell(row=i, column=1, value=sn)
        rm.cell(row=i, column=2, value=area.replace("Renewal area: ", ""))
    rm["A10"] = "RAG key"
    rm["A10"].font = Font(bold=True)
    for i, (c, t) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "At risk – action in hand"),
                                ("R", "Off track")], start=11):
        rm.cell(row=i, column=1, value=c).fill = fill(FILL[c])
        rm.cell(row=i, column=2, value=t)
    widths(rm, {"A": 22, "B": 70})

    typo_at = None
    heads = ["Commitment", "Ref", "Key activity 2025/26", "Cabinet Member", "Lead Officer", "Milestone date",
             "Q1 RAG", "Q2 RAG", "Q2 commentary"]
    for sn, area, commits in sheets:
        ws = wb.create_sheet(sn)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = area
        ws["A2"].font = Font(bold=True, color="1F3864")
        ws["A3"] = "Quarter 2 position (to 30 September 2025)"
        header_row(ws, 5, heads)
        r = 6
        for commit, acts in commits:
            first = r
            for (ref, activity, cm, lo, when, q1, q2, comm) in acts:
                vals = [commit if r == first else None, ref, activity, cm, lo, when, q1, q2, comm]
                for i, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=i, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                ws.cell(row=r, column=7).fill = fill(FILL[q1])
                ws.cell(row=r, column=8).fill = fill(FILL[q2])
                if when == "Febuary 2026":
                    typo_at = (sn, r)
                r += 1
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        widths(ws, {"A": 18, "B": 7, "C": 50, "D": 28, "E": 30, "F": 15, "G": 8, "H": 8, "I": 48})
        ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, name))
    sheet, row = typo_at
    write_yaml(name, {
        "source": ("Imitates a county council's corporate delivery plan tracker reported quarterly to Cabinet (Essex "
                   "County Council, 'Everyone's Essex' annual plan 2025/26, Q2). Copied features: a Read me sheet with "
                   "contents and RAG key, one sheet per renewal area, title/area/quarter lines, commitment cells "
                   "vertically merged over their key activities, Cabinet Member and Lead Officer columns (job titles), "
                   "milestone dates written as text (March 2026, Dec 2025, Q4 2025/26, Sept 2025), and Q1 and Q2 RAG "
                   "as letters on fill colours."),
        "reads": (f"A delivery tracker in four sheets. On the '{sheet}' sheet, row {row}, the milestone date of key "
                  "activity CF2 reads 'Febuary 2026' – a mistyped month, so a careful reader would stop and ask "
                  "before recording its due month."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": row,
        "title": title,
    })
    return name, 0


if __name__ == "__main__":
    for fn in (waltham_forest, stoke, bury, plymouth, luton, torridge, essex):
        n, k = fn()
        print(f"{n}: {k} actions")
