"""Build the seven ez2- blind cases (set heldout190) and their expected readings.

Run: /work/main/.venv/bin/python ez2_make.py   (writes beside this script)
"""
import csv
import datetime as dt
import os

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {"blue": "0070C0", "green": "00B050", "amber": "FFC000", "red": "FF0000",
        "grey": "D9D9D9", "navy": "1F3864", "lightblue": "DDEBF7", "pink": "FCE4D6"}


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write_expected(name, source, reads, title, actions, outcome="read", refuse_at=None,
                   accept_refusal=False):
    doc = {"source": source, "reads": reads, "outcome": outcome,
           "accept_refusal": accept_refusal}
    if refuse_at is not None:
        doc["refuse_at"] = refuse_at
    if title is not None:
        doc["title"] = title
    if outcome == "read":
        doc["actions"] = actions
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100000)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))
    return s


# =============================================================================
# 1. Telford & Wrekin Safeguarding Partnership - SAR 'Jack' action plan (docx)
# =============================================================================
def make_sar():
    name = "ez2-telford-wrekin-safeguarding-partnership-sar-jack-action-plan.docx"
    title = "Safeguarding Adults Review ‘Jack’ – Multi-Agency Action Plan"
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Telford & Wrekin Safeguarding Partnership          OFFICIAL"
    doc.add_paragraph(title, style="Title")

    dc = doc.add_table(rows=5, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"),
                                ("Date", "14 November 2024"),
                                ("Author", "SAR Sub-Group Chair"),
                                ("Approved by", "TWSP Executive Board, 28 November 2024"),
                                ("Next review", "February 2025")]):
        bold_cell(dc.cell(i, 0), k, FILL["grey"])
        dc.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph("This plan responds to the five findings and three recommendations of the "
                      "Safeguarding Adults Review into the death of ‘Jack’, published in July 2024. "
                      "Progress is reported to the SAR Sub-Group quarterly; RAG ratings reflect the "
                      "position at 31 October 2024.")

    doc.add_paragraph("RAG key", style="Heading 3")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (c, txt) in enumerate([("Blue", "Action complete and evidence of impact received"),
                                  ("Green", "On track to be completed by target date"),
                                  ("Amber", "Some slippage – revised date agreed by SAR Sub-Group"),
                                  ("Red", "Not on track / no update received")]):
        bold_cell(key.cell(i, 0), c, FILL[c.lower()])
        key.cell(i, 1).text = txt

    themes = [
        ("Theme 1: Self-neglect and risk management", [
            ("Recommendation 1: TWSP should seek assurance that partner agencies apply the "
             "multi-agency self-neglect and hoarding guidance, including escalation to a multi-agency "
             "risk management meeting where an adult declines support.", [
                ("1.1", "Relaunch the self-neglect and hoarding guidance with a practitioner briefing "
                        "and 7-minute briefing for all partner agencies.",
                 "TWSP Business Manager", "December 2024",
                 "Briefing drafted; launch planned at December practitioner forum.", "Green",
                 ["TWSP Business Manager"], "2024-12", None),
                ("1.2", "Audit a sample of 20 self-neglect cases to test whether multi-agency risk "
                        "management meetings were convened where indicated.",
                 "Head of Adult Safeguarding (TWC) / Designated Nurse Safeguarding Adults (STW ICB)",
                 "31/03/2025", "Audit tool agreed by QA Sub-Group; fieldwork starts January 2025.",
                 "Green",
                 ["Head of Adult Safeguarding (TWC)", "Designated Nurse Safeguarding Adults (STW ICB)"],
                 "2025-03", None),
            ]),
            ("Recommendation 2: Agencies should ensure that practitioners consider and record mental "
             "capacity assessments for specific decisions where there is reason to doubt capacity, "
             "including where executive functioning may be impaired.", [
                ("2.1", "Deliver multi-agency training on executive functioning and the Mental Capacity "
                        "Act, with at least 150 practitioners attending by the target date.",
                 "TWSP Training Sub-Group Chair", "Q4 2024/25",
                 "Two sessions delivered (64 attendees); further dates being arranged. Target revised "
                 "from Q3 to Q4.", "Amber",
                 ["TWSP Training Sub-Group Chair"], "2025-03", None),
                ("2.2", "Add a prompt to the adult social care assessment template in Liquidlogic to "
                        "record capacity for specific decisions.",
                 "Principal Social Worker (Adults)", "September 2024",
                 "Template change went live 2 September 2024; compliance to be tested in audit 1.2.",
                 "Blue", ["Principal Social Worker (Adults)"], "2024-09", None),
            ]),
        ]),
        ("Theme 2: Working with families and carers", [
            ("Recommendation 3: The Partnership should be assured that carers’ assessments are offered "
             "and that carers’ concerns are escalated when they report a deterioration in the adult’s "
             "circumstances.", [
                ("3.1", "Review the carers’ assessment offer with Telford & Wrekin Carers Centre and "
                        "publish a refreshed carers’ pathway.",
                 "Carers Lead (TWC) & Carers Centre Manager", "31 January 2025",
                 "Pathway in draft; co-production event held with carers in October.", "Green",
                 ["Carers Lead (TWC)", "Carers Centre Manager"], "2025-01", None),
                ("3.2", "Issue a GP practice briefing on responding to carers who report concerns about "
                        "a patient’s self-care, including when to raise a safeguarding concern.",
                 "Named GP for Adult Safeguarding", "Ongoing",
                 "Briefing circulated via primary care bulletin; to be repeated annually.", "Green",
                 ["Named GP for Adult Safeguarding"], None, "Ongoing"),
                ("3.3", "Include carers’ views as a standing item in district nursing case reviews.",
                 "SCHT Head of Safeguarding", "Jun-25",
                 "No update received for this period.", "Red",
                 ["SCHT Head of Safeguarding"], "2025-06", None),
            ]),
        ]),
    ]

    actions = []
    for theme, recs in themes:
        doc.add_paragraph(theme, style="Heading 1")
        for rec, rows in recs:
            t = doc.add_table(rows=2 + len(rows), cols=6)
            t.style = "Table Grid"
            top = t.cell(0, 0).merge(t.cell(0, 5))
            bold_cell(top, rec, FILL["lightblue"])
            for j, h in enumerate(["Ref", "Action", "Lead", "Target date",
                                   "Progress update (October 2024)", "RAG"]):
                bold_cell(t.cell(1, j), h, FILL["grey"])
            for i, (ref, act, lead, tgt, upd, rag, elead, eend, etext) in enumerate(rows, start=2):
                for j, v in enumerate([ref, act, lead, tgt, upd]):
                    t.cell(i, j).text = v
                bold_cell(t.cell(i, 5), rag, FILL[rag.lower()])
                status = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[rag]
                actions.append(A(ref, [theme, rec], act, elead, eend, status, etext))
            doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 3")
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for j, h in enumerate(["Role", "Name", "Date"]):
        bold_cell(so.cell(0, j), h, FILL["grey"])
    for j, v in enumerate(["TWSP Independent Scrutineer", "[signed]", "28/11/2024"]):
        so.cell(1, j).text = v
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Safeguarding Adults Board SAR multi-agency action plan as published with "
                "board papers (Telford & Wrekin Safeguarding Partnership, 2024; fictional review 'Jack'). "
                "Copied features: partnership name in the page header, a Title-style plan name, a "
                "document-control table, a RAG key table with shaded cells, Heading 1 themes, one table "
                "per recommendation whose merged first row carries the recommendation text, numbered "
                "actions, job titles as leads (two posts split by '/' and '&'), mixed target-date forms "
                "(month name, dd/mm/yyyy, Q4 2024/25, Ongoing, Jun-25) and a shaded RAG word column; a "
                "sign-off table at the end."),
        reads=("A SAR action plan in two themes; each theme has recommendation tables (the "
               "recommendation in a merged header row) listing numbered actions with lead, target date, "
               "October 2024 progress and a RAG word. Seven actions; document control, RAG key and "
               "sign-off tables are not part of the plan."),
        title=title, actions=actions)
    return name, len(actions)


# =============================================================================
# 2. North Northamptonshire CSP - DHR 'Tracey' action plan (docx, Home Office template)
# =============================================================================
def make_dhr():
    name = "ez2-north-northamptonshire-csp-dhr-tracey-action-plan.docx"
    title = "Domestic Homicide Review ‘Tracey’ – Action Plan"
    doc = Document()
    landscape(doc)
    doc.add_paragraph(title, style="Title")
    doc.add_paragraph("North Northamptonshire Community Safety Partnership | DHR ref NN/DHR/2023/04 | "
                      "Updated 3 February 2025")
    p = doc.add_paragraph()
    p.add_run("Version 4 – for DHR Steering Group, 12 February 2025. ").italic = True
    p.add_run("This action plan follows the Home Office template. Actions marked Complete will be "
              "closed by the Steering Group once evidence has been seen.").italic = True

    heads = ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
             "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome", "Status"]
    parts = [
        ("Part A: Overview Report recommendations", [
            ("1. North Northamptonshire CSP to seek assurance that all agencies routinely ask about "
             "domestic abuse when an adult presents with injuries, and record the response.", "Local", [
                ("Circulate a routine enquiry briefing to all CSP partner agencies and request "
                 "confirmation of cascade.", "NNC Community Safety Team",
                 "Briefing agreed by DHR Steering Group (June 2024) and circulated.", "July 2024",
                 "Completed 22/07/2024 – 11 of 12 agencies confirmed cascade.", "Complete",
                 ["NNC Community Safety Team"], "2024-07", None, "blue"),
                ("Undertake a multi-agency audit of routine enquiry in A&E, primary care and housing "
                 "options.", "Northamptonshire ICB & NNC Housing", "Audit scope agreed.",
                 "31/03/2025", "", "On track",
                 ["Northamptonshire ICB", "NNC Housing"], "2025-03", None, "green"),
            ]),
            ("2. Northamptonshire Police and NNC Housing to review how information about a victim’s "
             "change of address is shared when a MARAC case is open.", "Local", [
                ("Develop a MARAC information-sharing protocol covering change of address and "
                 "re-referral.", "MARAC Chair (Northamptonshire Police)",
                 "Draft protocol circulated for consultation.", "Dec-24\nRevised: Apr-25", "",
                 "Amber", ["MARAC Chair (Northamptonshire Police)"], "2025-04", None, "amber"),
                ("Add a change-of-address prompt to the housing options case management system.",
                 "NNC Housing Options Manager", "", "June 2025", "", "Not started",
                 ["NNC Housing Options Manager"], "2025-06", None, "unrated"),
            ]),
        ]),
        ("Part B: Single agency recommendations", [
            ("3. Kettering General Hospital to strengthen the identification of domestic abuse in the "
             "Emergency Department.", "Single agency", [
                ("Embed the domestic abuse routine enquiry question in the ED electronic triage "
                 "record.", "KGH Head of Safeguarding", "System change tested November 2024.",
                 "30/11/2024", "Completed 15/11/2024 – live across ED.", "Complete",
                 ["KGH Head of Safeguarding"], "2024-11", None, "blue"),
                ("Recruit a hospital-based IDVA for ED and maternity.",
                 "KGH Head of Safeguarding / Sunflower Centre Manager",
                 "Funding confirmed; post advertised January 2025.", "Q1 2025/26", "", "On track",
                 ["KGH Head of Safeguarding", "Sunflower Centre Manager"], "2025-06", None, "green"),
            ]),
            ("4. Northamptonshire Healthcare NHS Foundation Trust (NHFT) to ensure family members and "
             "carers are asked about risk when a patient is discharged from the crisis team.",
             "Single agency", [
                ("Update the crisis team discharge checklist to include a family/carer risk "
                 "conversation.", "NHFT Associate Director of Safeguarding",
                 "Checklist revised and approved at NHFT Safeguarding Committee.", "31 January 2025",
                 "Completed – checklist updated and audited (January 2025).", "Complete",
                 ["NHFT Associate Director of Safeguarding"], "2025-01", None, "blue"),
            ]),
        ]),
    ]
    actions = []
    for part, recs in parts:
        doc.add_paragraph(part, style="Heading 2")
        nrows = 1 + sum(len(r[2]) for r in recs)
        t = doc.add_table(rows=nrows, cols=8)
        t.style = "Table Grid"
        for j, h in enumerate(heads):
            bold_cell(t.cell(0, j), h, FILL["grey"], size=9)
        r = 1
        for rec, scope, rows in recs:
            first, last = r, r + len(rows) - 1
            if last > first:
                t.cell(first, 0).merge(t.cell(last, 0))
                t.cell(first, 1).merge(t.cell(last, 1))
            t.cell(first, 0).text = rec
            t.cell(first, 1).text = scope
            for (act, lead, mile, tgt, done, stat, elead, eend, etext, estat) in rows:
                for j, v in zip(range(2, 8), [act, lead, mile, tgt, done, stat]):
                    t.cell(r, j).text = v
                actions.append(A(None, [part, rec], act, elead, eend, estat, etext))
                r += 1
        doc.add_paragraph("")
    doc.add_paragraph("Recommendations for national consideration: none made by the Review Panel.")
    doc.add_paragraph("Contact: Community Safety Team, North Northamptonshire Council.")
    doc.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a Community Safety Partnership DHR action plan on the Home Office template "
                "(columns Recommendation / Scope of recommendation / Action to take / Lead Agency / Key "
                "milestones / Target Date / Date of completion and Outcome), as CSPs publish alongside "
                "the overview report (https://www.gov.uk/government/publications/domestic-homicide-report-guide); "
                "North Northamptonshire CSP 2025, fictional review 'Tracey'. Copied features: title and "
                "reference line, Part A overview-report and Part B single-agency tables, the numbered "
                "recommendation and its scope vertically merged over its actions, unnumbered actions, "
                "agencies as leads ('&' and '/' joining two), an original and revised date in one cell, "
                "and a Status column added by the CSP."),
        reads=("A DHR action plan in two tables (overview report and single agency recommendations); "
               "each numbered recommendation spans one or two unnumbered actions with lead agency, "
               "milestones, target date, completion and a status word. Seven actions."),
        title=title, actions=actions)
    return name, len(actions)


# =============================================================================
# 3. Safer Lincolnshire Partnership - strategic delivery plan Q3 (csv export)
# =============================================================================
def make_csp():
    name = "ez2-safer-lincolnshire-partnership-strategic-delivery-plan-2024-25.csv"
    title = "Safer Lincolnshire Partnership - Strategic Delivery Plan 2024-25"
    W = 9
    rows = [[title] + [""] * (W - 1),
            ["Quarter 3 progress update (position at 31 December 2024)"] + [""] * (W - 1),
            [""] * W,
            ["Priority", "Ref", "Action", "Lead(s)", "Key partners", "Target date", "Q2 RAG",
             "Q3 RAG", "Q3 update"]]
    data = [
        ("Domestic Abuse", "DA1", "Recommission the county-wide domestic abuse outreach service, with "
         "the new contract in place from 1 April 2025", "Domestic Abuse Strategic Lead",
         "LCC, District Councils", "Apr-25", "G", "G",
         "Procurement completed; preferred provider notified 9 December.",
         ["Domestic Abuse Strategic Lead"], "2025-04", None, "green"),
        ("", "DA2", "Deliver 'Ask for ANI' and 'Ask Me' ambassador training to community pharmacies "
         "and faith groups", "DA Partnership Manager; Lincolnshire Police Safeguarding Lead",
         "Pharmacies, faith groups", "31/03/2025", "A", "G",
         "41 ambassadors trained in Q3, on track for the target of 100.",
         ["DA Partnership Manager", "Lincolnshire Police Safeguarding Lead"], "2025-03", None,
         "green"),
        ("", "DA3", "Share learning from Domestic Homicide Reviews through a 'Learning from Reviews' "
         "bulletin", "DHR Coordinator", "All SLP partners", "Quarterly", "G", "G",
         "Q3 bulletin issued 18 December (DHR 'Chloe').",
         ["DHR Coordinator"], None, "Quarterly", "green"),
        ("Serious Violence", "SV1", "Publish the refreshed Serious Violence Strategic Needs "
         "Assessment", "Head of Community Safety (LCC)", "Police, Probation, ICB, Public Health",
         "Jan-25", "G", "B", "SNA approved by SLP Board 16 January 2025.",
         ["Head of Community Safety (LCC)"], "2025-01", None, "blue"),
        ("", "SV2", "Roll out the focused deterrence pilot in Lincoln and Boston\n(phase 2: Skegness "
         "and Gainsborough)", "Lincolnshire Police & Probation Service", "Districts, VCS",
         "Q4 2024/25", "A", "R", "Phase 2 delayed pending Home Office funding confirmation.",
         ["Lincolnshire Police", "Probation Service"], "2025-03", None, "red"),
        ("Reducing Reoffending", "RR1", "Expand the Integrated Offender Management cohort to include "
         "high-harm domestic abuse perpetrators", "IOM Strategic Lead", "Police, Probation",
         "30/09/2024", "G", "A",
         "Cohort expanded in September; caseload data not yet reported to the Board.",
         ["IOM Strategic Lead"], "2024-09", None, "amber"),
        ("Anti-Social Behaviour", "ASB1", "Introduce a consistent ASB Case Review (Community Trigger) "
         "process across all seven districts", "ASB Lead Officers Group Chair",
         "District Councils, Police", "Mar-25", "G", "G",
         "Common threshold agreed; six of seven districts have adopted the procedure.",
         ["ASB Lead Officers Group Chair"], "2025-03", None, "green"),
        ("", "ASB2", "Review the use of Public Spaces Protection Orders and publish a county-wide PSPO "
         "guide", "LCC Community Safety Team", "District Councils", "Jun-25", "", "",
         "Due to start in Q4.", ["LCC Community Safety Team"], "2025-06", None, "unrated"),
        ("Prevent", "PR1", "Deliver Prevent awareness sessions to district council frontline staff",
         "Prevent Coordinator", "District Councils", "31/03/2025", "G", "G",
         "Sessions delivered in four districts; remaining three booked for February.",
         ["Prevent Coordinator"], "2025-03", None, "green"),
    ]
    actions = []
    cur = None
    for (pri, ref, act, lead, partners, tgt, q2, q3, upd, elead, eend, etext, estat) in data:
        rows.append([pri, ref, act, lead, partners, tgt, q2, q3, upd])
        cur = pri or cur
        actions.append(A(ref, [cur], act, elead, eend, estat, etext))
    rows.append([""] * W)
    rows.append(["RAG key: B = complete, G = on track, A = some risk to delivery, R = off track, "
                 "blank = not yet started"] + [""] * (W - 1))
    rows.append(["Total actions: 9 | B: 1 | G: 5 | A: 1 | R: 1 | Not started: 1"] + [""] * (W - 1))
    with open(os.path.join(HERE, name), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)

    write_expected(
        name,
        source=("Imitates a county Community Safety Partnership strategic delivery plan quarterly "
                "update, kept in Excel and exported to CSV (Safer Lincolnshire Partnership, 2024-25, Q3). "
                "Copied features: title and position-date rows above the header, a Priority column "
                "filled only on the first row of each priority (merged cells flattened by the export), "
                "priority-coded refs, leads as posts (two joined by ';' and '&'), key partners column, "
                "target dates as Apr-25 / dd/mm/yyyy / Q4 2024/25 / Quarterly, previous (Q2) and current "
                "(Q3) RAG letters, one action with an Alt+Enter line break, and a RAG key and totals "
                "line at the foot."),
        reads=("A CSP delivery plan table of nine actions under five priorities (the priority named "
               "once, on the first row of its block), each with lead, partners, target date, Q2 and Q3 "
               "RAG letters and a Q3 update. The current status is the Q3 RAG; the key and totals lines "
               "are not actions."),
        title=title, actions=actions)
    return name, len(actions)


# =============================================================================
# 4. NHS Derby and Derbyshire ICB - Board meeting in public action log (xlsx)
# =============================================================================
def make_icb():
    name = "ez2-nhs-derby-derbyshire-icb-board-action-log.xlsx"
    title = "NHS Derby and Derbyshire ICB – Board Meeting in Public – Action Log"
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    for i, line in enumerate([title, "",
                              "Prepared by: Corporate Governance Team",
                              "Version: updated following the Board meeting of 16 January 2025",
                              "Purpose: to track progress against actions agreed at ICB Board meetings "
                              "held in public.",
                              "Completed actions are shaded blue and will be removed from the log after "
                              "the next meeting."], start=1):
        cov.cell(i, 1, line)
    cov["A1"].font = Font(bold=True, size=14)
    cov.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Action Log")
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = PatternFill("solid", fgColor="005EB8")
    ws.merge_cells("A1:H1")
    ws["A2"] = "Updated 16 January 2025"
    ws["A2"].font = Font(italic=True)
    ws["A3"] = "Key:"
    ws["A3"].font = Font(bold=True)
    for col, (c, txt) in zip("BCDE", [("blue", "Complete"), ("green", "On track / not yet due"),
                                      ("amber", "Due date revised"), ("red", "Overdue")]):
        ws[f"{col}3"] = txt
        ws[f"{col}3"].fill = PatternFill("solid", fgColor=FILL[c])
        ws[f"{col}3"].border = box
    heads = ["Action No.", "Minute Ref", "Action", "Lead", "Due Date", "Revised Due Date", "Update",
             "RAG"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(5, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor=FILL["grey"])
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
    D = dt.datetime
    meetings = [
        ("Meeting held 19 September 2024", [
            ("141", "ICBP/2425/089", "Provide a breakdown of the 2024/25 system deficit by "
             "organisation to the next Board meeting.", "Chief Finance Officer", D(2024, 11, 21), None,
             "Included in the Finance report to the November Board.", "blue",
             ["Chief Finance Officer"], "2024-11"),
            ("142", "ICBP/2425/092", "Circulate the Derbyshire urgent and emergency care winter plan "
             "to Board members.", "Chief Operating Officer", D(2024, 10, 17), None,
             "Circulated 7 October 2024.", "blue", ["Chief Operating Officer"], "2024-10"),
            ("143", "ICBP/2425/095", "Bring the outcome of the community dental services review to a "
             "future Board development session.", "Director of Strategy and Planning",
             D(2025, 1, 16), D(2025, 3, 20),
             "Review delayed; now scheduled for the March development session.", "amber",
             ["Director of Strategy and Planning"], "2025-03"),
        ]),
        ("Meeting held 21 November 2024", [
            ("151", "ICBP/2425/118", "Include Core20PLUS5 health inequalities metrics in the "
             "integrated performance report.", "Chief Medical Officer / Head of Business Intelligence",
             D(2025, 1, 16), None, "Metrics included from the January report.", "blue",
             ["Chief Medical Officer", "Head of Business Intelligence"], "2025-01"),
            ("152", "ICBP/2425/121", "Confirm the date by which the Joint Forward Plan refresh will be "
             "presented to the Board for approval.", "Chief Executive", D(2025, 1, 16), None,
             "No update received.", "red", ["Chief Executive"], "2025-01"),
            ("153", "ICBP/2425/124", "Share the maternity and neonatal safety champions' quarterly "
             "report with Board members.", "Chief Nurse Officer", "March 2025", None,
             "Scheduled for the March Board.", "green", ["Chief Nurse Officer"], "2025-03"),
        ]),
        ("Meeting held 16 January 2025", [
            ("161", "ICBP/2425/141", "Provide an update on the primary care access recovery plan, "
             "including GP appointment data by place.", "Director of Primary Care / Chief Operating "
             "Officer", D(2025, 3, 20), None, None, "green",
             ["Director of Primary Care", "Chief Operating Officer"], "2025-03"),
            ("162", "ICBP/2425/145", "Arrange a Board seminar on the ICB's response to the NHS 10 Year "
             "Plan.", "Director of Corporate Affairs", "May 2025", None, None, "green",
             ["Director of Corporate Affairs"], "2025-05"),
            ("163", "ICBP/2425/147", "Review the score of strategic risk 5 (workforce) on the Board "
             "Assurance Framework following the Q3 review.", "Chief People Officer", D(2025, 3, 20),
             None, None, "green", ["Chief People Officer"], "2025-03"),
        ]),
    ]
    actions = []
    r = 6
    for band, rows in meetings:
        ws.cell(r, 1, band).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(r, j).fill = PatternFill("solid", fgColor=FILL["lightblue"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for (no, mref, act, lead, due, rev, upd, rag, elead, eend) in rows:
            vals = [no, mref, act, lead, due, rev, upd, None]
            for j, v in enumerate(vals, start=1):
                c = ws.cell(r, j, v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 8).fill = PatternFill("solid", fgColor=FILL[rag])
            actions.append(A(no, [band], act, elead, eend, rag))
            r += 1
    for col, w in zip("ABCDEFGH", [10, 15, 60, 30, 12, 12, 45, 8]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates an ICB 'Board meeting in public' action log as appended to public board "
                "papers (NHS Derby and Derbyshire ICB, January 2025). Copied features: a cover sheet, "
                "a banner title row, a colour key row (blue complete / green on track / amber revised / "
                "red overdue), one band row per meeting date, action numbers and minute references, "
                "executive job titles as leads (two split by '/'), due and revised due dates as real "
                "dates with some text months, an update column, and a RAG column shown by fill colour "
                "only."),
        reads=("A board action log of nine actions grouped under three meeting-date bands; each has an "
               "action number, minute reference, lead, due date (revised where given), update and a RAG "
               "cell coloured per the key at the top. The cover sheet holds no actions."),
        title=title, actions=actions)
    return name, len(actions)


# =============================================================================
# 5. Sherwood Forest Hospitals - maternity improvement plan (xlsx) - REFUSE
# =============================================================================
def make_maternity():
    name = "ez2-sherwood-forest-hospitals-maternity-improvement-plan-typo-month-refuse.xlsx"
    title = ("Sherwood Forest Hospitals NHS Foundation Trust – Maternity and Neonatal Improvement "
             "Plan 2024/25")
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = title
    s["A1"].font = Font(bold=True, size=13)
    s["A2"] = "Position at 28 February 2025"
    s["A4"], s["B4"] = "Delivery status", "Number of actions"
    s["A4"].font = s["B4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Not delivered", 3), ("Delivered, not yet evidenced", 3),
                                ("Evidenced and assured", 2), ("Total", 8)], start=5):
        s.cell(i, 1, k)
        s.cell(i, 2, v)
    s.cell(8, 1).font = s.cell(8, 2).font = Font(bold=True)
    s["A10"] = ("Progress status: On track / At risk / Off track. Evidence is reviewed by the Maternity "
                "Assurance Committee before an action moves to 'Evidenced and assured'.")
    s.column_dimensions["A"].width = 40

    ws = wb.create_sheet("MIP Actions")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reported to Maternity Assurance Committee – March 2025"
    heads = ["Ref", "Action required", "Source", "Start date", "Due date", "Revised due date",
             "Delivery status", "Progress status", "Commentary (this period)", "Lead Executive",
             "Accountable person", "Evidence location"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor=FILL["navy"])
        c.alignment = Alignment(wrap_text=True)
    D = dt.datetime
    themes = [
        ("Theme 1: Safe and personalised care", [
            ("MIP1.1", "Implement a personalised care and support plan for every woman at booking, "
             "reviewed at 28 and 36 weeks.", "Three-year delivery plan", D(2024, 4, 1),
             D(2024, 10, 31), None, "Evidenced and assured", "On track",
             "Audit (n=60) shows 92% compliance at booking.", "Chief Nurse",
             "Director of Midwifery", "SharePoint > MIP > 1.1"),
            ("MIP1.2", "Introduce the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in "
             "maternity triage.", "CQC must-do", D(2024, 6, 1), "Dec-24", "Mar-25",
             "Delivered, not yet evidenced", "On track",
             "BSOTS live from 6 January; first compliance audit due March.", "Chief Nurse",
             "Maternity Triage Lead Midwife", "SharePoint > MIP > 1.2"),
            ("MIP1.3", "Achieve full compliance with Saving Babies' Lives Care Bundle v3 element 2 "
             "(fetal growth restriction).", "MIS year 6", D(2024, 4, 1), D(2025, 3, 31), None,
             "Not delivered", "At risk",
             "Ultrasound capacity remains the constraint; business case to March Board.",
             "Medical Director", "Consultant Obstetrician (Fetal Medicine)", "SharePoint > MIP > 1.3"),
        ]),
        ("Theme 2: Workforce", [
            ("MIP2.1", "Recruit to the midwifery establishment identified by the 2024 Birthrate Plus "
             "assessment.", "Birthrate Plus", D(2024, 5, 1), D(2024, 11, 30), "Febuary 2025",
             "Not delivered", "Off track",
             "8.4 WTE vacancies remain; international recruitment cohort starts in April.",
             "Chief Nurse", "Head of Midwifery", "SharePoint > MIP > 2.1"),
            ("MIP2.2", "Deliver PROMPT multi-professional emergency training to 90% of maternity staff "
             "groups.", "MIS year 6", D(2024, 4, 1), D(2024, 12, 31), None,
             "Evidenced and assured", "On track", "Compliance 94% at 31 December.",
             "Chief Nurse", "Practice Development Midwife", "SharePoint > MIP > 2.2"),
        ]),
        ("Theme 3: Leadership and culture", [
            ("MIP3.1", "Complete the perinatal culture and leadership programme (quadrumvirate) and "
             "share the SCORE survey results with staff.", "NHSE PCLP", D(2024, 3, 1), "Jan-25", None,
             "Delivered, not yet evidenced", "On track",
             "Results shared at listening events in January.", "Chief Nurse",
             "Director of Midwifery / Clinical Director for Women's Services",
             "SharePoint > MIP > 3.1"),
            ("MIP3.2", "Hold bi-monthly Board safety champion walkarounds with feedback to staff.",
             "Ockenden IEA", D(2024, 4, 1), "Ongoing", None, "Delivered, not yet evidenced",
             "On track", "Walkarounds held in October and December.", "Chief Nurse",
             "Non-Executive Maternity Safety Champion", "SharePoint > MIP > 3.2"),
        ]),
        ("Theme 4: Listening to women and families", [
            ("MIP4.1", "Co-produce the maternity service user feedback action plan with the Maternity "
             "and Neonatal Voices Partnership.", "CQC should-do", D(2024, 9, 1), "Apr-25", None,
             "Not delivered", "On track", "First co-production workshop held 30 January.",
             "Chief Nurse", "Patient Experience Midwife", "SharePoint > MIP > 4.1"),
        ]),
    ]
    r = 5
    typo_row = None
    for theme, rows in themes:
        ws.cell(r, 1, theme).font = Font(bold=True)
        for j in range(1, 13):
            ws.cell(r, j).fill = PatternFill("solid", fgColor=FILL["pink"])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
        r += 1
        for row in rows:
            for j, v in enumerate(row, start=1):
                c = ws.cell(r, j, v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if row[5] == "Febuary 2025":
                typo_row = r
            prog = row[7]
            ws.cell(r, 8).fill = PatternFill("solid", fgColor={"On track": FILL["green"],
                                                                "At risk": FILL["amber"],
                                                                "Off track": FILL["red"]}[prog])
            r += 1
    for col, w in zip("ABCDEFGHIJKL", [9, 55, 18, 12, 12, 14, 22, 12, 45, 16, 28, 24]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, name))
    assert typo_row == 10, typo_row

    write_expected(
        name,
        source=("Imitates an NHS trust maternity and neonatal improvement plan reported to a maternity "
                "assurance committee, laid out like the Shrewsbury and Telford Ockenden action plan "
                "(Ref, Action required, Start/Due date, Delivery status, Progress status, Commentary, "
                "Lead Executive, Accountable person, Evidence location; "
                "https://fdocuments.us/document/local-actions-for-learning-theme-1-maternity-care.html). "
                "Sherwood Forest Hospitals NHSFT 2024/25. Copied features: summary sheet with status "
                "counts, theme band rows, source column (CQC, MIS, Birthrate Plus), due and revised due "
                "dates, separate delivery and progress status with fill colours, two accountable "
                "people in one cell."),
        reads=("A maternity improvement plan of eight actions under four themes with due and revised "
               "due dates. The revised due date of MIP2.1 (sheet 'MIP Actions', row 10) reads "
               "'Febuary 2025', a mistyped month, so a careful reader stops and asks before taking the "
               "end date."),
        title=title, actions=None, outcome="refuse", refuse_at=typo_row)
    return name, 8


# =============================================================================
# 6. South Kesteven DC - corporate risk register Q3 2024/25 (xlsx)
# =============================================================================
def make_risk():
    name = "ez2-south-kesteven-dc-corporate-risk-register-q3-2024-25.xlsx"
    title = "South Kesteven District Council – Corporate Risk Register – Quarter 3 2024/25"
    wb = Workbook()
    ws = wb.active
    ws.title = "Corporate Risk Register"
    thin = Side(style="thin", color="A6A6A6")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Presented to Governance and Audit Committee – 28 January 2025"
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Further mitigating actions", "Action owner", "Target date", "Revised date",
             "Progress update (Q3)", "Status", "Inherent score", "Current score", "Target score",
             "Direction of travel"]
    for j, h in enumerate(heads, start=1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="2F5597")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = box
    D = dt.datetime
    SF = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
    risks = [
        ("CR01 Financial sustainability", "Deputy Chief Executive (s151 Officer)", 20, 16, 9, "↔", [
            ("CR01.1", "Deliver the 2025/26 budget savings programme of £1.2m, with monthly monitoring "
             "by the Senior Leadership Team", "Deputy Chief Executive (s151 Officer)", D(2025, 3, 31),
             None, "Savings of £0.9m identified; remainder under review.", "Amber",
             ["Deputy Chief Executive (s151 Officer)"], "2025-03", None),
            ("CR01.2", "Refresh the Medium Term Financial Strategy following the provisional local "
             "government finance settlement", "Head of Finance (Deputy s151)", "Feb-25", None,
             "Settlement received 18 December; MTFS to Cabinet on 6 February.", "Green",
             ["Head of Finance (Deputy s151)"], "2025-02", None),
        ]),
        ("CR02 Cyber security and information governance", "Director of Resources", 20, 12, 8, "↓", [
            ("CR02.1", "Complete the annual PSN compliance health check and remediate all critical "
             "findings", "Head of ICT / Cyber Security Officer", D(2024, 11, 30), None,
             "Health check completed; all critical findings remediated.", "Complete",
             ["Head of ICT", "Cyber Security Officer"], "2024-11", None),
            ("CR02.2", "Run a cyber incident response exercise with the Corporate Management Team",
             "Head of ICT", D(2024, 12, 31), D(2025, 4, 30),
             "Exercise rescheduled to April 2025 due to diary availability.", "Amber",
             ["Head of ICT"], "2025-04", None),
            ("CR02.3", "Achieve 95% completion of mandatory cyber awareness e-learning for staff and "
             "members", "Head of ICT; People and OD Manager", "Ongoing", None,
             "87% staff completion; members 62%.", "Green",
             ["Head of ICT", "People and OD Manager"], None, "Ongoing"),
        ]),
        ("CR03 Landlord compliance – consumer standards", "Director of Housing", 16, 12, 6, "↓", [
            ("CR03.1", "Complete outstanding fire risk assessment remedial actions in the Council's "
             "sheltered and flatted blocks", "Head of Technical Services", "Q4 2024/25", None,
             "142 of 180 actions completed.", "Green", ["Head of Technical Services"], "2025-03",
             None),
            ("CR03.2", "Deliver the stock condition survey programme to achieve 100% coverage of "
             "council homes", "Assistant Director of Housing", D(2026, 3, 31), None,
             "28% of stock surveyed to date.", "Red", ["Assistant Director of Housing"], "2026-03",
             None),
        ]),
        ("CR04 Local Government Reorganisation", "Chief Executive", 16, 16, 12, "New", [
            ("CR04.1", "Prepare the Council's contribution to the interim proposal for Local "
             "Government Reorganisation in Greater Lincolnshire", "Chief Executive",
             "By 21 March 2025", None, "Engagement with Lincolnshire councils under way.", "Green",
             ["Chief Executive"], "2025-03", None),
        ]),
    ]
    actions = []
    r = 5
    for heading, owner, inh, cur, tgt, dot, rows in risks:
        ws.cell(r, 1, heading).font = Font(bold=True, size=12)
        for j in range(1, 12):
            ws.cell(r, j).fill = PatternFill("solid", fgColor=FILL["grey"])
            ws.cell(r, j).border = box
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        for j, v in zip(range(8, 12), [inh, cur, tgt, dot]):
            c = ws.cell(r, j, v)
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
        r += 1
        ws.cell(r, 1, f"Risk owner: {owner}").font = Font(italic=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for (ref, act, lead, due, rev, upd, st, elead, eend, etext) in rows:
            for j, v in enumerate([ref, act, lead, due, rev, upd, st], start=1):
                c = ws.cell(r, j, v)
                c.border = box
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(r, 7).fill = PatternFill("solid", fgColor=FILL[SF[st]])
            actions.append(A(ref, [heading], act, elead, eend, SF[st], etext))
            r += 1
    r += 1
    for note in ["Scores are likelihood x impact on a 1-5 scale (see Risk Scoring Matrix).",
                 "Direction of travel: ↑ increasing, ↓ decreasing, ↔ no change since Q2, New = new "
                 "risk this quarter.",
                 "Status: Complete, Green = on track, Amber = some slippage, Red = off track."]:
        ws.cell(r, 1, note).font = Font(italic=True, size=9)
        r += 1
    for col, w in zip("ABCDEFGHIJK", [10, 60, 30, 12, 12, 45, 11, 9, 9, 9, 10]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    m = wb.create_sheet("Risk Scoring Matrix")
    m["A1"] = "Risk Scoring Matrix (likelihood x impact)"
    m["A1"].font = Font(bold=True)
    m["A3"] = "Likelihood ↓ / Impact →"
    placed = {(4, 5): "CR01", (4, 4): "CR04", (3, 4): "CR02, CR03"}
    for li in range(5, 0, -1):
        rr = 3 + (6 - li)
        m.cell(rr, 1, li)
        for im in range(1, 6):
            sc = li * im
            txt = f"{sc}" + (f" ({placed[(li, im)]})" if (li, im) in placed else "")
            c = m.cell(rr, 1 + im, txt)
            c.fill = PatternFill("solid", fgColor=FILL["red"] if sc >= 15 else FILL["amber"]
                                 if sc >= 8 else FILL["green"])
    for im in range(1, 6):
        m.cell(9, 1 + im, im)
    wb.save(os.path.join(HERE, name))

    write_expected(
        name,
        source=("Imitates a district council corporate risk register reported quarterly to an audit "
                "committee (South Kesteven DC, Q3 2024/25). Copied features: title and committee line, "
                "a band row per risk carrying inherent/current/target scores and direction of travel, "
                "an italic risk-owner line, further mitigating actions numbered under the risk with "
                "action owners (two posts split by '/' and ';'), target and revised dates (real dates "
                "and text such as Feb-25, Q4 2024/25, Ongoing, By 21 March 2025), a status column "
                "with fill, scoring notes, and a separate risk scoring matrix sheet."),
        reads=("A corporate risk register of four risks, each a grey band row with scores followed by "
               "its risk owner and numbered further mitigating actions (eight in all) with action "
               "owner, target/revised date, Q3 progress and status. The notes and the scoring matrix "
               "sheet are not actions."),
        title=title, actions=actions)
    return name, len(actions)


# =============================================================================
# 7. West Northamptonshire Council - transformation programme highlight report (txt)
# =============================================================================
def make_highlight():
    name = "ez2-west-northamptonshire-council-transformation-programme-highlight-report.txt"
    title = "West Northamptonshire Council – Transformation Programme Highlight Report"
    L = [title,
         "Reporting period: 1 – 31 January 2025",
         "Report to: Transformation Board, 11 February 2025",
         "Senior Responsible Owner: Chief Executive",
         "Overall programme status: AMBER",
         "",
         "Status key: Complete = delivered; Green = on track; Amber = at risk but recoverable; "
         "Red = off track, Board decision required",
         "",
         "Key achievements this period",
         "- Customer portal release 2 went live on 20 January 2025.",
         "- Fleet telematics business case approved by Cabinet on 14 January 2025.",
         ""]
    hdr = "\t".join(["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Status",
                     "Commentary"])
    ws = [
        ("WORKSTREAM 1 - CUSTOMER AND DIGITAL", "Workstream lead: Assistant Director, Customer Services", [
            ("CD1", "Go live with customer portal release 2 (council tax and benefits forms)",
             "Head of Digital", "20/01/2025", "20/01/2025", "Complete",
             "Live; 3,200 accounts created in the first week.",
             ["Head of Digital"], "2025-01", None, "blue"),
            ("CD2", "Decommission the legacy CRM and migrate open cases", "Head of Digital / Customer "
             "Services Manager", "31/03/2025", "30/06/2025", "Amber",
             "Data migration testing found duplicate records; revised forecast agreed.",
             ["Head of Digital", "Customer Services Manager"], "2025-06", None, "amber"),
            ("CD3", "Launch web chat for housing enquiries", "Head of Digital", "Q1 2025/26",
             "Q1 2025/26", "Green", "Supplier onboarded; build under way.",
             ["Head of Digital"], "2025-06", None, "green"),
        ]),
        ("WORKSTREAM 2 - ASSETS AND ACCOMMODATION", "Workstream lead: Director of Property", [
            ("AA1", "Consolidate office accommodation from four sites to two", "Head of Estates",
             "Sep-25", "Sep-25", "Green", "Space planning complete; staff consultation in March.",
             ["Head of Estates"], "2025-09", None, "green"),
            ("AA2", "Dispose of the surplus Westbridge depot land", "Asset Manager", "31/12/2024",
             "31/03/2025", "Red", "Purchaser withdrew in December; site being remarketed.",
             ["Asset Manager"], "2025-03", None, "red"),
            ("AA3", "Complete building condition surveys of the 40 highest-risk operational buildings",
             "Head of Facilities Management", "Mar-25", "Mar-25", "Green", "31 of 40 completed.",
             ["Head of Facilities Management"], "2025-03", None, "green"),
        ]),
        ("WORKSTREAM 3 - ADULT SOCIAL CARE PRACTICE", "Workstream lead: Director of Adult Social Services", [
            ("ASC1", "Roll out the strengths-based practice framework and training to all adult social "
             "care teams", "Principal Social Worker", "30/06/2025", "30/06/2025", "Green",
             "Four of nine teams trained.", ["Principal Social Worker"], "2025-06", None, "green"),
            ("ASC2", "Introduce a reablement-first pathway for hospital discharge", "Head of Reablement",
             "TBC", "TBC", "Amber", "Dependent on ICB discharge funding decision.",
             ["Head of Reablement"], None, "TBC", "amber"),
        ]),
    ]
    actions = []
    for head, lead_line, rows in ws:
        L += [head, lead_line, hdr]
        for (ref, ms, own, base, fc, st, com, elead, eend, etext, estat) in rows:
            L.append("\t".join([ref, ms, own, base, fc, st, com]))
            actions.append(A(ref, [head], ms, elead, eend, estat, etext))
        L.append("")
    L += ["Key risks and issues",
          "R1 - Legacy CRM contract expires 30 April 2025; short extension being negotiated "
          "(owner: Head of Digital).",
          "I1 - Depot purchaser withdrew (see AA2).",
          "",
          "Decisions required from the Board",
          "1. Agree the revised reserve price for the Westbridge depot disposal (AA2).",
          "",
          "Next report: March 2025"]
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")

    write_expected(
        name,
        source=("Imitates a council transformation programme highlight report to a transformation "
                "board, exported to plain text with tab-separated milestone tables (West "
                "Northamptonshire Council, January 2025). Copied features: title, reporting period, "
                "SRO and overall RAG lines, a status key, key-achievement bullets, a capitalised "
                "heading and workstream-lead line per workstream, milestone tables with baseline and "
                "forecast dates and status words, then risks/issues and decisions-required notes."),
        reads=("A highlight report with three workstreams, each a tab-separated table of milestones "
               "(eight in all) with owner, baseline and forecast date, status and commentary; the "
               "forecast date is the current end. Bullets, risks/issues and the decision line are "
               "not actions."),
        title=title, actions=actions)
    return name, len(actions)


if __name__ == "__main__":
    for fn in (make_sar, make_dhr, make_csp, make_icb, make_maternity, make_risk, make_highlight):
        n, k = fn()
        print(f"{n}: {k} actions")
