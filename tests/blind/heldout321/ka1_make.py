"""Build the seven ka1- blind test files (children's services plans).

Run:  python ka1_make.py   (writes next to this script)
"""
import csv
import datetime as dt
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "Blue": "4F81BD",
    "Green": "00B050",
    "Amber": "FFC000",
    "Red": "FF0000",
    "Grey": "D9D9D9",
    "Head": "1F4E79",
    "Theme": "DDEBF7",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(name):
    return PatternFill("solid", start_color=FILL.get(name, name), end_color=FILL.get(name, name))


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------------------
# 1. Hartlepool ILACS improvement plan (xlsx: cover, RAG key, plan sheet with
#    theme rows, vertically merged recommendation cells, original/revised
#    dates, previous/current RAG with fill, summary block)
# ---------------------------------------------------------------------------
def hartlepool():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Hartlepool Borough Council"
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Children's and Joint Commissioning Services"
    cov["A4"] = "ILACS Improvement Plan 2024–2026"
    cov["A4"].font = Font(bold=True, size=18)
    cov["A5"] = ("Response to the Ofsted inspection of local authority children's services, "
                 "12–23 February 2024 (report published 5 April 2024)")
    cov["A7"] = "Document control"
    cov["A7"].font = Font(bold=True)
    rows = [
        ("Version", "Date", "Author", "Changes"),
        ("1.0", "17/05/2024", "Head of Performance and Quality Assurance", "Final plan submitted to Ofsted"),
        ("1.1", "10/01/2025", "Head of Performance and Quality Assurance",
         "Revised target dates agreed by the Improvement Board"),
        ("1.2", "22/09/2025", "Improvement Programme Officer", "September 2025 progress update"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=8 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("Grey")
    cov["A13"] = ("Governance: progress is reported bi-monthly to the Children's Services Improvement "
                  "Board and quarterly to the Children's Services Committee.")
    for col, w in zip("ABCD", (10, 14, 42, 50)):
        cov.column_dimensions[col].width = w

    key = wb.create_sheet("RAG Key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (k, t) in enumerate([
        ("Blue", "Complete – action delivered and impact evidenced"),
        ("Green", "On track to be delivered by the target date"),
        ("Amber", "Some slippage – within tolerance, recovery in hand"),
        ("Red", "Off track – escalated to the Improvement Board"),
    ]):
        key.cell(row=3 + i, column=1, value=k).fill = fill(k)
        key.cell(row=3 + i, column=2, value=t)
    key.column_dimensions["B"].width = 60

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "ILACS Improvement Plan 2024–2026"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: September 2025"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (Ofsted)", "Action", "Lead officer", "Original target date",
           "Revised target date", "Previous RAG (May 2025)", "Current RAG (Sep 2025)", "Progress update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("Head")
        c.alignment = WRAP
        c.border = BOX

    D = dt.datetime
    plan = [
        ("theme", "Theme 1: Help and protection"),
        ("rec", "The quality of assessments and plans for children in need and children subject to child "
                "protection plans, so that they are specific, measurable and focused on children's lived "
                "experience.", 2),
        ("act", "1.1", "Relaunch the practice standards for assessments and plans, with briefing sessions for "
                       "all social workers and team managers.",
         "Head of Safeguarding and Support", D(2024, 6, 30), None, "Green", "Blue",
         "Practice standards relaunched June 2024; 94% of staff attended a briefing.\n"
         "Audit in March 2025 showed improvement in the quality of plans."),
        ("act", "1.2", "Introduce a monthly multi-agency audit of child in need and child protection plans, "
                       "with findings reported to the Practice Improvement Board.",
         "Quality Assurance Manager / Principal Social Worker", D(2024, 9, 30), D(2025, 1, 31), "Amber",
         "Green", "Multi-agency audit now embedded; health and police auditors attend each month."),
        ("rec", "Management oversight and supervision, so that it consistently drives plans forward and "
                "prevents drift.", 2),
        ("act", "1.3", "Revise the supervision policy and template to include a clear record of actions, "
                       "timescales and reflection.",
         "Principal Social Worker", D(2024, 7, 31), None, "Blue", "Blue",
         "New policy and template in use from August 2024."),
        ("act", "1.4", "Team managers to complete the Leading Good Practice programme (cohorts 1 and 2).",
         "Workforce Development Lead", D(2024, 12, 31), D(2025, 10, 31), "Amber", "Amber",
         "Cohort 1 completed. Cohort 2 delayed by provider; now due to complete October 2025."),
        ("theme", "Theme 2: Children in care and care leavers"),
        ("rec", "Sufficiency of local homes for children in care, including foster homes that can meet the "
                "needs of older children and sibling groups.", 2),
        ("act", "2.1", "Deliver the fostering recruitment campaign targeting carers for teenagers and sibling "
                       "groups, with a target of 12 new fostering households.",
         "Fostering Team Manager; Marketing and Communications Lead", D(2025, 3, 31), D(2025, 9, 30),
         "Amber", "Red",
         "5 households approved against a target of 12. Regional campaign with Tees Valley partners "
         "being explored."),
        ("act", "2.2", "Open a second in-house children's home (4 beds) in partnership with health.",
         "Director of Children's and Joint Commissioning Services", "Q4 2025/26", None, "Green", "Green",
         "Property purchased; registration application submitted to Ofsted in August 2025."),
        ("rec", "The quality of pathway plans, so that care leavers are clear about the support available to "
                "them, including for their emotional health.", 2),
        ("act", "2.3", "Co-produce a new pathway plan template with the Children in Care Council and care "
                       "leavers' forum.",
         "Leaving Care Team Manager", D(2024, 10, 31), None, "Blue", "Blue",
         "Template launched October 2024 at the care leavers' celebration event."),
        ("act", "2.4", "Establish a care leavers' emotional wellbeing offer with the ICB, including a named "
                       "CAMHS practitioner for 18–25 year olds.",
         "Head of Children in Care / ICB Designated Nurse", D(2025, 6, 30), D(2025, 12, 31), "Green",
         "Amber", "Funding agreed; recruitment to the practitioner post under way."),
        ("theme", "Theme 3: Leadership and management"),
        ("rec", "The timeliness and impact of the response to children who go missing from home or care, "
                "including the quality of return home interviews.", 2),
        ("act", "3.1", "Bring return home interviews in-house and monitor timeliness weekly through the "
                       "performance dashboard.",
         "Head of Safeguarding and Support", D(2025, 4, 30), None, "Green", "Blue",
         "In-house service live from April 2025; 86% of interviews offered within 72 hours."),
        ("act", "3.2", "Review the missing protocol with Cleveland Police and the other Tees local "
                       "authorities.",
         "Head of Safeguarding and Support / Missing and Exploitation Team Manager", D(2024, 12, 31),
         D(2025, 11, 30), "Amber", "Amber", "Draft protocol out for consultation with partners."),
    ]
    r = 5
    rec_rows = []
    for item in plan:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 10):
                ws.cell(row=r, column=j).fill = fill("Theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        elif item[0] == "rec":
            c = ws.cell(row=r, column=2, value=item[1])
            c.alignment = WRAP
            rec_rows.append((r, item[2]))
        else:
            _, ref, action, lead, orig, rev, prev, cur, upd = item
            vals = [ref, None, action, lead, orig, rev, prev, cur, upd]
            for j, v in enumerate(vals):
                if j == 1:
                    continue
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = fill(prev)
            ws.cell(row=r, column=8).fill = fill(cur)
            ws.cell(row=r, column=2).border = BOX
            r += 1
    for start, n in rec_rows:
        if n > 1:
            ws.merge_cells(start_row=start, start_column=2, end_row=start + n - 1, end_column=2)

    r += 1
    ws.cell(row=r, column=1, value="Summary of current RAG").font = Font(bold=True)
    r += 1
    for k, n in [("Blue", 4), ("Green", 2), ("Amber", 3), ("Red", 1)]:
        ws.cell(row=r, column=1, value=k).fill = fill(k)
        ws.cell(row=r, column=2, value=n)
        r += 1
    ws.cell(row=r, column=1, value="Total").font = Font(bold=True)
    ws.cell(row=r, column=2, value=10).font = Font(bold=True)
    r += 2
    ws.cell(row=r, column=1,
            value="Note: revised target dates were agreed by the Improvement Board on 9 January 2025.")
    for col, w in zip("ABCDEFGHI", (6, 40, 48, 30, 12, 12, 11, 11, 50)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 2
    wb.save(p("ka1-hartlepool-borough-council-ilacs-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Windsor and Maidenhead Safeguarding Partnership JTAI action plan (xlsx:
#    summary sheet first with key and totals, RAG by fill colour only, area
#    for improvement written once on the first of its rows, agency column,
#    mixed date styles, glossary sheet)
# ---------------------------------------------------------------------------
def rbwm():
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = "Windsor and Maidenhead Safeguarding Partnership"
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "JTAI Action Plan – Multi-agency response to identification of initial need and risk"
    s["A2"].font = Font(bold=True, size=12)
    s["A3"] = "Inspection: 5–9 June 2023 | Letter published: 18 July 2023 | Plan updated: 12 March 2024"
    s["A5"] = "RAG key"
    s["A5"].font = Font(bold=True)
    key = [("Blue", "Complete"), ("Green", "On track"), ("Amber", "Delayed – recovery plan in place"),
           ("Red", "Off track / escalated to the Executive"), (None, "Not yet started (no colour)")]
    for i, (k, t) in enumerate(key):
        c = s.cell(row=6 + i, column=1)
        c.border = BOX
        if k:
            c.fill = fill(k)
        s.cell(row=6 + i, column=2, value=t)
    s["A13"] = "Progress by area for improvement"
    s["A13"].font = Font(bold=True)
    hdr = ["Area for improvement", "Actions", "Complete", "On track", "Delayed", "Off track", "Not started"]
    data = [
        ("1. Strategy meetings", 3, 2, 1, 0, 0, 0),
        ("2. Feedback to referrers", 2, 0, 1, 1, 0, 0),
        ("3. Thresholds", 3, 0, 1, 1, 0, 1),
        ("4. Performance information", 2, 0, 1, 0, 1, 0),
        ("Total", 10, 2, 4, 2, 1, 1),
    ]
    for j, h in enumerate(hdr):
        c = s.cell(row=14, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("Grey")
        c.border = BOX
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = s.cell(row=15 + i, column=1 + j, value=v)
            c.border = BOX
            if row[0] == "Total":
                c.font = Font(bold=True)
    s.column_dimensions["A"].width = 30
    s.column_dimensions["B"].width = 40

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "JTAI Action Plan – Multi-agency response to identification of initial need and risk"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Status is shown by the colour of the RAG cell (see key on the Summary sheet)."
    ws["A2"].font = Font(italic=True)
    hdr = ["No.", "Area for improvement", "What we will do", "Agency", "Lead officer", "By when",
           "Evidence of impact", "RAG", "Update March 2024"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("Grey")
        c.border = BOX
        c.alignment = WRAP
    A1 = ("The timeliness of strategy meetings and the attendance of health and police partners at "
          "them.")
    A2 = ("The quality of information-sharing from the Multi-Agency Safeguarding Hub (MASH) to partner "
          "agencies following a referral, so that referrers know the outcome.")
    A3 = ("The understanding and application of thresholds by partner agencies, particularly schools, "
          "when making referrals.")
    A4 = ("The use of the partnership's data to give leaders a clear line of sight on the effectiveness "
          "of the front door.")
    rows = [
        ("1a", A1, "Agree a partnership standard for strategy meetings to be held within 24 hours of a "
                   "decision to convene, with police and health attendance recorded.",
         "AfC", "Head of MASH", "31/10/2023",
         "95% of strategy meetings held within 24 hours (Jan–Feb 2024)", "Blue",
         "Standard agreed at Executive 19/10/2023."),
        ("1b", None, "Introduce a virtual strategy meeting slot rota for Thames Valley Police and the "
                     "health safeguarding team.",
         "TVP / Frimley ICB", "DI Public Protection; Named Nurse Safeguarding Children",
         "Sept 2023 – Jan 2024", "Police attendance 100%; health attendance 88%", "Blue",
         "Rota in place since January."),
        ("1c", None, "Monthly dip sample of strategy meetings by the Quality Assurance subgroup, reported "
                     "to the Executive.",
         "Partnership", "QA Subgroup Chair", "Monthly", "Dip sample findings", "Green",
         "Four dip samples completed."),
        ("2a", A2, "Implement automated outcome letters to professional referrers within 3 working days of "
                   "a MASH decision.",
         "AfC", "Front Door Service Leader", dt.datetime(2024, 3, 31), "Referrer survey", "Amber",
         "System change delayed by the case management upgrade; interim manual letters in place."),
        ("2b", None, "Update the MASH information-sharing agreement and re-sign with all partners.",
         "Partnership", "Partnership Business Manager", "End of June 2024", "Signed agreement",
         "Green", "Draft circulated to partners."),
        ("3a", A3, "Deliver threshold training to designated safeguarding leads in all schools, with "
                   "attendance monitored by the Education Safeguarding Adviser.",
         "RBWM", "Education Safeguarding Adviser", "Summer term 2024",
         "Reduction in contacts from schools that do not meet threshold", "Green",
         "Sessions booked for April and May."),
        ("3b", None, "Revise the Threshold Document (Continuum of Need) with multi-agency practitioners "
                     "and relaunch it at the partnership conference.",
         "AfC / RBWM", "Claire Hutton and Amrit Sandhu", dt.datetime(2024, 2, 29),
         "Practitioner feedback", "Amber", "Conference moved to May 2024."),
        ("3c", None, "Audit a sample of 40 contacts from schools that did not meet threshold and feed back "
                     "learning to the DSL network.",
         "RBWM / AfC", "Education Safeguarding Adviser / Head of MASH", "Q1 2024/25", "Audit report",
         None, ""),
        ("4a", A4, "Develop a front door performance dashboard with agreed multi-agency measures.",
         "AfC", "Head of Performance and Business Intelligence", "TBC", "Dashboard in use", "Red",
         "Awaiting agreement of health and police data fields. Escalated to Executive March 2024."),
        ("4b", None, "Report the dashboard quarterly to the Safeguarding Partnership Executive, with "
                     "exception reporting to the Independent Scrutineer.",
         "Partnership", "Partnership Business Manager", "Quarterly", "Executive minutes", "Green",
         "Interim performance report presented January 2024."),
    ]
    for i, (no, area, act, agency, lead, when, ev, rag, upd) in enumerate(rows):
        r = 5 + i
        vals = [no, area, act, agency, lead, when, ev, None, upd]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=8).fill = fill(rag)
    for col, w in zip("ABCDEFGHI", (5, 40, 50, 14, 30, 18, 30, 7, 45)):
        ws.column_dimensions[col].width = w

    g = wb.create_sheet("Glossary")
    for i, (a, b) in enumerate([("AfC", "Achieving for Children"), ("DSL", "Designated safeguarding lead"),
                                ("ICB", "Integrated Care Board"),
                                ("MASH", "Multi-Agency Safeguarding Hub"),
                                ("RBWM", "Royal Borough of Windsor and Maidenhead"),
                                ("TVP", "Thames Valley Police")]):
        g.cell(row=1 + i, column=1, value=a).font = Font(bold=True)
        g.cell(row=1 + i, column=2, value=b)
    wb.save(p("ka1-windsor-maidenhead-safeguarding-partnership-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. West Berkshire focused visit action plan (xlsx, REFUSE: one target date
#    cell is a mistyped month)
# ---------------------------------------------------------------------------
def west_berks():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "West Berkshire Council – Children and Family Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Ofsted Focused Visit Action Plan"
    ws["A2"].font = Font(bold=True, size=16)
    ws["A3"] = ("Focused visit: 10–11 June 2025 (children in need and children subject to a child "
                "protection plan). Letter published 24 July 2025.")
    ws["A4"] = "Owner: Executive Director – Children's Services        Last updated: 3 November 2025"
    hdr = ["Ref", "Ofsted finding", "Action", "Owner", "Target date", "Status", "Comments"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=6, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("Head")
        c.border = BOX
    plan = [
        ("pri", "Priority 1 – Quality of child protection planning"),
        ("1.1", "Child protection plans are not consistently specific about what needs to change for "
                "children, or by when.",
         "Introduce a revised child protection plan template with SMART outcomes, co-designed with IROs.",
         "CP Service Manager", "August 2025", "Complete", "Template live from 1 September."),
        ("1.2", None, "Core group minutes to be audited monthly by team managers.", "Team Managers",
         "September 2025", "On track", ""),
        ("1.3", None, "IROs to escalate any plan that has not progressed within three months.",
         "IRO Service Manager", "October 2025", "On track", "Escalation log reported to DMT."),
        ("pri", "Priority 2 – Management oversight"),
        ("2.1", "Management oversight does not always challenge drift in children in need plans.",
         "Introduce six-weekly children in need reviews chaired by a team manager.",
         "Head of Children in Need Service", "November 2025", "On track", ""),
        ("2.2", None, "Refresh the supervision policy and deliver training for all first-line managers.",
         "Principal Social Worker", "Decmber 2025", "Not started", "Policy draft with HR."),
        ("pri", "Priority 3 – Disabled children"),
        ("3.1", "Assessments for disabled children do not always consider risk and safeguarding.",
         "Deliver safeguarding disabled children training to the Disabled Children's Team.",
         "Disabled Children's Team Manager", "October 2025", "Complete", "28 staff trained."),
        ("3.2", None, "Review the criteria for access to the Disabled Children's Team with partners.",
         "Head of Early Help and Disabled Children", "January 2026", "Not started", ""),
        ("3.3", None, "Quarterly audit of assessments for disabled children.", "QA Manager", "Quarterly",
         "On track", "First audit completed October 2025."),
    ]
    r = 7
    for item in plan:
        if item[0] == "pri":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for j in range(1, 8):
                ws.cell(row=r, column=j).fill = fill("Theme")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for j, v in enumerate(item):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
        r += 1
    for col, w in zip("ABCDEFG", (6, 40, 50, 30, 16, 12, 36)):
        ws.column_dimensions[col].width = w
    v = wb.create_sheet("Version control")
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("0.1", "04/08/2025", "Draft for DMT"),
                             ("1.0", "15/08/2025", "Submitted to Ofsted"),
                             ("1.1", "03/11/2025", "Progress update for Improvement Board")]):
        for j, val in enumerate(row):
            v.cell(row=1 + i, column=1 + j, value=val)
    wb.save(p("ka1-west-berkshire-council-focused-visit-action-plan-typo-month-refuse.xlsx"))


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


def set_cell(cell, text, bold=False, colour=None, size=None):
    """Write text; a '\n' in text starts a new paragraph in the cell."""
    parts = text.split("\n")
    cell.text = ""
    para = cell.paragraphs[0]
    for k, part in enumerate(parts):
        if k:
            para = cell.add_paragraph()
        run = para.add_run(part)
        run.bold = bold
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if size:
            run.font.size = Pt(size)


def header_row(table, labels, colour="1F4E79"):
    for c, t in zip(table.rows[0].cells, labels):
        set_cell(c, t, bold=True, colour="FFFFFF")
        shade(c, colour)


# ---------------------------------------------------------------------------
# 4. Kingston upon Thames Corporate Parenting Board action plan (docx:
#    document control table, RAG key table, one table per pledge under a
#    heading, RAG words with shading, a two-paragraph action cell)
# ---------------------------------------------------------------------------
def kingston():
    d = docx.Document()
    d.add_heading("Corporate Parenting Action Plan 2024–2026", level=0)
    d.add_paragraph("Royal Borough of Kingston upon Thames – Corporate Parenting Board")
    d.add_paragraph("Progress update for the Corporate Parenting Board, 11 March 2025")

    d.add_heading("Document control", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Version", "Date", "Author", "Comment"], colour="595959")
    for row in [("1.0", "18/06/2024", "Head of Corporate Parenting", "Agreed by Corporate Parenting Board"),
                ("1.1", "05/11/2024", "Head of Corporate Parenting", "Update for November Board"),
                ("1.2", "03/03/2025", "Participation Lead", "Update for March Board; young people’s comments added")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_paragraph(
        "This plan is built around the pledges in our Care Experienced Charter, which was written with "
        "Kingston Voices, our Children in Care Council. Each pledge is owned by a member of the Board.")

    d.add_heading("RAG key", level=2)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, colour, meaning in [("Complete", "8DB3E2", "Action delivered"),
                                  ("Green", "92D050", "On track"),
                                  ("Amber", "FFC000", "At risk of delay"),
                                  ("Red", "FF0000", "Off track – Board to consider"),
                                  ("Not started", "FFFFFF", "Work has not yet begun")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], colour)
        set_cell(cells[1], meaning)
    rag_colour = {"Complete": "8DB3E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
                  "Not started": "FFFFFF"}

    pledges = [
        ("Pledge 1: We will help you feel safe and settled at home", [
            ("1.1", "Increase the number of in-house foster carers so that more children can live within "
                    "20 miles of Kingston.",
             "Head of Fostering and Adoption", "March 2025", "Amber",
             "9 new fostering households approved against a target of 12."),
            ("1.2", "Every child in care to have a placement stability meeting within 10 working days when a "
                    "placement is at risk of disruption.\nThe Independent Reviewing Officer to be invited "
                    "to every meeting.",
             "IRO Service Manager / Head of Children in Care", "By 30 September 2024", "Complete",
             "Stability meetings embedded; 23 held since October 2024."),
            ("1.3", "Refresh the Staying Put and Staying Close policy with young people’s input.",
             "Head of Care Leavers Service", "April 2025 – March 2026", "Green",
             "Kingston Voices workshop held in February."),
        ]),
        ("Pledge 2: We will help you do well at school and college", [
            ("2.1", "The Virtual School to attend every PEP for children in Years 10 and 11 and monitor "
                    "progress termly.",
             "Virtual School Headteacher", "Termly", "Green", "100% attendance at Year 11 PEPs this term."),
            ("2.2", "Provide a laptop and home broadband to every care leaver in further or higher "
                    "education.",
             "Virtual School Headteacher & Head of Care Leavers Service", "Autumn term 2024", "Complete",
             "41 laptops issued."),
        ]),
        ("Pledge 3: We will help you get ready for adult life", [
            ("3.1", "Offer every care leaver aged 18–21 a council tax exemption and a financial skills "
                    "session.",
             "Head of Revenues and Benefits; Personal Advisers Team Manager", "January 2025", "Complete",
             "Exemption agreed by Cabinet in December 2024."),
            ("3.2", "Create 10 ring-fenced apprenticeships for care-experienced young people across council "
                    "departments.",
             "Lead Member for Children’s Services / HR Business Partner", "September 2025", "Red",
             "Two apprenticeships identified so far; Board asked to champion in their directorates."),
            ("3.3", "Co-produce the Local Offer for care leavers with Kingston Voices and publish it on the "
                    "council website.",
             "Participation Lead", "TBC", "Not started", "To start once the Staying Close policy is agreed."),
        ]),
    ]
    for heading, acts in pledges:
        d.add_heading(heading, level=1)
        t = d.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        header_row(t, ["No.", "What we will do", "Who is responsible", "When", "RAG", "Update (March 2025)"])
        for no, act, who, when, rag, upd in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, (no, act, who, when, rag, upd)):
                set_cell(c, v)
            shade(cells[4], rag_colour[rag])
    d.add_paragraph("")
    d.add_paragraph("Next review: Corporate Parenting Board, June 2025.").runs[0].italic = True
    d.save(p("ka1-kingston-upon-thames-corporate-parenting-board-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Kensington and Chelsea local area SEND priority action plan (docx:
#    sign-off table, key line, section headings, a table per area whose first
#    (merged) row carries the area text, RAG letters)
# ---------------------------------------------------------------------------
def rbkc():
    d = docx.Document()
    d.add_heading("Local Area SEND and Alternative Provision Priority Action Plan", level=0)
    d.add_paragraph("Royal Borough of Kensington and Chelsea and NHS North West London Integrated Care Board")
    d.add_paragraph(
        "Area SEND inspection: 20 January – 7 February 2025. Outcome: there are widespread and/or systemic "
        "failings leading to significant concerns about the experiences and outcomes of children and young "
        "people with special educational needs and/or disabilities (SEND). This plan sets out how the local "
        "area partnership will address the areas for priority action and the areas for improvement.")
    d.add_paragraph("Progress as at 15 September 2025").runs[0].bold = True

    d.add_heading("Sign-off", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Name", "Role", "Organisation", "Date signed"], colour="595959")
    for row in [("Sarah Whitfield", "Executive Director of Children’s Services", "RBKC", "14/04/2025"),
                ("Dr Imran Qureshi", "Chief Nursing Officer", "NWL ICB", "14/04/2025"),
                ("Helen Baptiste", "Co-Chair", "Kensington and Chelsea Parent Carer Forum", "15/04/2025")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    d.add_heading("Key", level=2)
    d.add_paragraph("B – Complete     G – On track     A – Some risk to delivery     R – Off track")

    colours = {"B": "8DB3E2", "G": "92D050", "A": "FFC000", "R": "FF0000"}

    def area_table(area_text, acts):
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_cell(top, area_text, bold=True)
        shade(top, "DDEBF7")
        for c, h in zip(t.rows[1].cells, ["Ref", "Action", "Lead(s)", "Milestone date", "RAG"]):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, "1F4E79")
        for row in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                set_cell(c, v)
            shade(cells[4], colours[row[4]])
        d.add_paragraph("")

    d.add_heading("Section 1: Areas for priority action", level=1)
    area_table(
        "Area for priority action 1: Leaders across education, health and care should urgently improve the "
        "timeliness and quality of education, health and care (EHC) needs assessments and plans, including "
        "the advice from health and social care that contributes to them.",
        [("PA1.1", "Recruit four additional EHC coordinators and an assistant educational psychologist to "
                   "clear the backlog of overdue assessments.", "Head of SEN", "31/07/2025", "B"),
         ("PA1.2", "Introduce a weekly multi-agency EHC panel with a health and social care representative "
                   "at every meeting.", "Head of SEN; Designated Clinical Officer", "30/09/2025", "G"),
         ("PA1.3", "Quality assure 20 new EHC plans each month using the co-produced audit tool, with parent "
                   "carer forum members on the audit panel.", "SEND Quality Assurance Lead", "Monthly",
          "G")])
    area_table(
        "Area for priority action 2: Leaders should ensure that children and young people with SEND can "
        "access timely assessment and support from the speech and language therapy and neurodevelopmental "
        "pathways.",
        [("PA2.1", "Commission additional speech and language therapy capacity for children on the waiting "
                   "list for more than 18 weeks.", "Designated Clinical Officer (NWL ICB)",
          "Summer term 2025", "A"),
         ("PA2.2", "Launch a ‘waiting well’ offer for families awaiting a neurodevelopmental assessment, "
                   "co-produced with Kensington and Chelsea Parent Carer Forum.",
          "Associate Director of Children’s Commissioning (NWL ICB)", "Oct-25", "R")])
    d.add_heading("Section 2: Areas for improvement", level=1)
    area_table(
        "Area for improvement 1: Leaders should improve the quality and take-up of the Local Offer website so "
        "that families can find the information they need.",
        [("AFI1.1", "Redesign the Local Offer website with young people and parent carers, following a "
                    "user-testing exercise.", "SEND Engagement Manager", "Autumn term 2025", "G"),
         ("AFI1.2", "Publish a ‘you said, we did’ update on the Local Offer each term.",
          "SEND Engagement Manager / Parent Carer Forum Co-Chair", "Termly", "G")])
    area_table(
        "Area for improvement 2: Leaders should strengthen the oversight of pupils in alternative provision, "
        "including those on part-time timetables.",
        [("AFI2.1", "Establish a register of all pupils on part-time timetables with fortnightly review by "
                    "the Inclusion Team.", "Head of Inclusion", "November 2025", "A")])
    d.add_paragraph("Progress against this plan is reported to the SEND and AP Partnership Board every six "
                    "weeks and to the Department for Education and NHS England at each stocktake.")
    d.save(p("ka1-kensington-chelsea-local-area-send-priority-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Sandwell Youth Justice Service HMIP improvement plan (csv export: title
#    lines, section lines per addressee, recommendation on first row only,
#    key and totals lines at the foot)
# ---------------------------------------------------------------------------
def sandwell():
    R1 = ("Ensure that all statutory partners attend the board consistently and at a senior enough level "
          "to make decisions about resources.")
    R2 = ("Develop a shared understanding of the disproportionate representation of Black and mixed "
          "heritage children in the youth justice system and take action to address it.")
    R3 = ("Improve the quality of assessments so that they analyse risks to the safety of the child and to "
          "other people, drawing on information from all partner agencies.")
    R4 = ("Ensure that out-of-court disposal decisions are informed by a thorough assessment and that the "
          "reasons for decisions are clearly recorded.")
    R5 = "Make sure that work to keep victims safe is given sufficient priority in planning and delivery."
    rows = [
        ["Sandwell Youth Justice Service – HMIP Inspection Improvement Plan"],
        ["Joint inspection of youth justice services in Sandwell: fieldwork October 2024; report published "
         "14 January 2025; overall rating Requires improvement"],
        ["Plan owner: Head of Youth Justice Service. Monitored by the Youth Justice Management Board "
         "(YJMB). Last updated 02/06/2025"],
        [],
        ["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target Date", "RAG", "Progress update"],
        ["Recommendations for the Youth Justice Management Board"],
        ["1", R1, "1.1", "Review board membership and terms of reference, and confirm a named deputy for each "
                         "statutory partner.", "Chair of YJMB", "Mar-25", "Complete",
         "Revised terms of reference agreed at March board."],
        ["", "", "1.2", "Report attendance by agency to each board meeting and escalate non-attendance to the "
                        "Safer Sandwell Partnership.", "Head of Youth Justice Service", "Ongoing", "Green",
         "Attendance report now a standing item."],
        ["2", R2, "2.1", "Commission a disproportionality deep dive using police, court and YJS data, with "
                         "findings presented to the board.",
         "YJS Performance Officer / WMP Sandwell Partnerships Inspector", "30/06/2025", "Amber",
         "Court data sharing agreement still awaited."],
        ["", "", "2.2", "Agree and publish a disproportionality action plan with partners.", "MB/KT",
         "Q2 2025/26", "Green", ""],
        ["Recommendations for the Head of Youth Justice Service"],
        ["3", R3, "3.1", "Deliver AssetPlus refresher training on safety and wellbeing and risk of harm to all "
                         "case managers.", "YJS Practice Development Lead", "Feb-25", "Complete",
         "All 18 case managers trained."],
        ["", "", "3.2", "Introduce a monthly case audit of assessments by operational managers, using the "
                        "HMIP standards as the audit framework.", "YJS Operations Managers", "Monthly",
         "Green", "Audits since March show 70% of assessments good or better,\nup from 52% at inspection."],
        ["4", R4, "4.1", "Revise the joint decision-making panel protocol with West Midlands Police, including "
                         "a template for recording the rationale.", "Prevention and Diversion Team Manager",
         "Sept 2025", "Amber", "Draft protocol with WMP legal."],
        ["", "", "4.2", "Audit 15 out-of-court disposal cases and report findings to the YJMB.",
         "Head of Youth Justice Service", "Dec 2025", "Green", ""],
        ["5", R5, "5.1", "Appoint a dedicated Victim Liaison Officer and ensure that victims are contacted "
                         "within 10 working days of an outcome.", "Head of Youth Justice Service",
         "July 2025", "Red", "Post advertised twice without success; interim cover from the Restorative "
                             "Justice Worker."],
        [],
        ["RAG: Complete = delivered and evidenced; Green = on track; Amber = some slippage; Red = off track"],
        ["Total actions: 9 | Complete 2 | Green 4 | Amber 2 | Red 1"],
    ]
    width = 8
    with open(p("ka1-sandwell-youth-justice-service-hmip-improvement-plan.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in rows:
            w.writerow(r + [""] * (width - len(r)))


# ---------------------------------------------------------------------------
# 7. Cambridgeshire children's home Ofsted post-inspection plan (tab-separated
#    text export: header lines, requirement/recommendation sections, text of
#    the requirement only on its first action row, key and notes lines)
# ---------------------------------------------------------------------------
def cambs():
    Q1 = ("The registered person must ensure that children's risk assessments are reviewed and updated "
          "following any incident of going missing, so that staff have current guidance on how to keep each "
          "child safe. (Regulation 12 (1) (2)(a)(i))")
    Q2 = ("The registered person must ensure that staff receive supervision of their practice at least "
          "monthly and that supervision is recorded. (Regulation 33 (4)(b))")
    C1 = ("The registered person should ensure that children are helped to understand their care records "
          "and their life story. ('Guide to the Children's Homes Regulations, including the quality "
          "standards', page 22, paragraph 4.14)")
    C2 = ("The registered person should ensure that the home's location risk assessment is updated to "
          "reflect changes in the local area. ('Guide to the Children's Homes Regulations, including the "
          "quality standards', page 55, paragraph 10.4)")
    lines = [
        ["Cambridgeshire County Council – Children's Homes Service"],
        ["Ofsted Post-Inspection Action Plan: Orchard House (URN SC067412)"],
        ["Full inspection 14–15 January 2025. Overall experiences and progress of children and young people: "
         "requires improvement to be good"],
        ["Registered Manager: Lisa Okafor", "Responsible Individual: Head of Residential Services"],
        [],
        ["SECTION 1 – REQUIREMENTS"],
        ["Ref", "Requirement / recommendation", "Action", "Responsible", "Target date", "RAG",
         "Progress notes"],
        ["R1.1", Q1, "Review and update the risk assessments for all four children currently living in the "
                     "home.", "Registered Manager", "31/01/2025", "Complete", "All four updated 24/01/2025."],
        ["R1.2", "", "Add a mandatory risk assessment review step to the missing-from-care return procedure "
                     "and brief all staff at team meeting.", "RM / Deputy Manager", "w/c 03/02/25",
         "Complete", "Briefed at team meeting 05/02/2025."],
        ["R2.1", Q2, "Set a 12-month supervision schedule for all staff and monitor completion through the "
                     "monthly Regulation 45 review.", "Registered Manager", "28/02/2025", "G",
         "Schedule in place; 100% completion in February and March."],
        ["R2.2", "", "Responsible Individual to sample supervision records quarterly and report findings to "
                     "the Head of Service.", "Responsible Individual", "Quarterly", "G",
         "First sample due end of June."],
        [],
        ["SECTION 2 – RECOMMENDATIONS"],
        ["Ref", "Requirement / recommendation", "Action", "Responsible", "Target date", "RAG",
         "Progress notes"],
        ["C1.1", C1, "Each child's key worker to complete life story work sessions with the child, recorded in "
                     "the child's file.", "Key workers / Deputy Manager", "April 2025", "A",
         "Two of four children have started sessions; training for key workers booked."],
        ["C2.1", C2, "Update the location risk assessment with Cambridgeshire Constabulary and the local "
                     "Community Safety Partnership, and share it with placing authorities.",
         "Registered Manager", "31/03/2025", "R", "Meeting with police neighbourhood team rearranged twice."],
        ["C2.2", "", "Review the location risk assessment every six months thereafter.", "Registered Manager",
         "Ongoing", "G", ""],
        [],
        ["Key: Complete = action completed and evidenced   G = on track   A = some delay   "
         "R = not on track / overdue"],
        ["Plan reviewed at the monthly Regulation 45 meeting. Last updated: 07/04/2025."],
    ]
    with open(p("ka1-cambridgeshire-county-council-childrens-home-ofsted-action-plan.txt"), "w",
              encoding="utf-8", newline="\r\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    hartlepool()
    rbwm()
    west_berks()
    kingston()
    rbkc()
    sandwell()
    cambs()
    print("built 7 files in", HERE)
