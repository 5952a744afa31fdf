"""Generate the dc1- case documents (children's services plans)."""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "00B0F0",
    "hdr": "1F4E78", "sec": "D9E1F2", "grey": "F2F2F2"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")


def put(ws, r, vals, fmt=None):
    for c, v in enumerate(vals, 1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        cell.alignment = WRAP
        cell.border = BOX
        if isinstance(v, dt.datetime):
            cell.number_format = fmt or "dd/mm/yyyy"


# ---------------------------------------------------------------- 1 Lincolnshire Secure Unit
def lsu():
    wb = Workbook(); ws = wb.active; ws.title = "Action Plan"
    ws["A1"] = "Lincolnshire Secure Unit – Ofsted Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:G1")
    ws["A2"] = "Inspection dates: 12 to 14 March 2024   |   Plan owner: Registered Manager   |   Last updated: 15/07/2024"
    ws.merge_cells("A2:G2")
    hdr = ["Ref", "Requirement / Recommendation", "Action", "Lead", "Target date", "Progress update", "RAG"]
    put(ws, 4, hdr)
    for c in range(1, 8):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF"); ws.cell(4, c).fill = FILL["hdr"]
    ws["A5"] = "Requirements"; ws["A5"].font = Font(bold=True); ws["A5"].fill = FILL["sec"]; ws.merge_cells("A5:G5")
    req1 = ("The registered person must ensure that all staff complete physical intervention refresher "
            "training within the required timescale. (Regulation 20(1)(b))")
    put(ws, 6, ["R1.1", req1, "Book all overdue staff onto MAPA refresher training and record completion on the training matrix.",
                "Registered Manager", D(2024, 5, 31), "All 9 staff now trained; matrix updated 28/05/24.", "Complete"])
    put(ws, 7, ["R1.2", None, "Deputy managers to review the training matrix monthly in supervision with the Registered Manager and escalate any lapse.",
                "Deputy Managers", "Monthly", "Standing item on DM supervision agenda from June.", "Green"])
    ws.merge_cells("B6:B7")
    put(ws, 8, ["R2.1", "The registered person must ensure that records of restraint are completed within 24 hours "
                "and reviewed by a manager. (Regulation 35(3))",
                "Introduce a 24-hour completion check on the daily handover sheet; shift leads to chase any outstanding records.",
                "Shift Leads / Registered Manager", D(2024, 4, 30),
                "Handover sheet amended 15/04/24. May audit showed 92% of records completed within 24 hours, so not yet fully met.", "Amber"])
    ws["A10"] = "Recommendations"; ws["A10"].font = Font(bold=True); ws["A10"].fill = FILL["sec"]; ws.merge_cells("A10:G10")
    rec1 = "The registered person should ensure that children's views are recorded in their placement plan reviews."
    put(ws, 11, ["Rec1.1", rec1, "Update the placement plan review template to include a 'My views' section completed with the child.",
                 "Head of Care", D(2024, 6, 30), "Template drafted; trialled with two children in June.", "Green"])
    put(ws, 12, ["Rec1.2", None, "Keyworkers to support each child to complete the 'My views' section before their review.",
                 "Keyworkers", D(2024, 7, 31), None, "Not started"])
    ws.merge_cells("B11:B12")
    put(ws, 13, ["Rec2.1", "The registered person should ensure that education and care staff share information about "
                 "children's progress consistently.",
                 "Education lead to attend the weekly care team meeting; joint progress notes to be held on the shared drive.",
                 "Head of Education & Head of Care", "Sept 2024", "Attendance started 01/07/24.", "On track"])
    for r, k in [(6, "B"), (7, "G"), (8, "A"), (11, "G"), (13, "G")]:
        ws.cell(r, 7).fill = FILL[k]
    ws["A15"] = "RAG key: Complete = action completed and evidenced; Green / On track = on track to meet target date; Amber = some slippage; Red = off track."
    ws.merge_cells("A15:G15")
    for col, w in zip("ABCDEFG", [8, 45, 50, 22, 13, 45, 12]):
        ws.column_dimensions[col].width = w
    wb.save(P("dc1-lincolnshire-secure-unit-ofsted-sch-action-plan.xlsx"))


# ---------------------------------------------------------------- 2 Barnsley College (refuse)
def barnsley():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP 2024-25"
    ws["A1"] = "Barnsley College – Post-Inspection Action Plan 2024/25"; ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted inspection, November 2024. Monitored by the Quality Committee of the Corporation."
    hdr = ["No.", "Area for improvement", "Actions", "Responsibility", "Timescale", "Impact measure", "Progress to date", "RAG"]
    put(ws, 4, hdr)
    for c in range(1, 9):
        ws.cell(4, c).font = Font(bold=True)
        ws.cell(4, c).fill = FILL["grey"]
    ws["A5"] = "1. Leaders and managers should ensure that apprentices receive timely and effective off-the-job training that builds on their workplace learning."
    ws["A5"].font = Font(bold=True); ws.merge_cells("A5:H5")
    rows = [
        ["1.1", None, "Introduce monthly tripartite progress reviews with employers for all apprentices.", "Head of Apprenticeships",
         "December 2024", "100% of apprentices have a tripartite review in the last 12 weeks.", "Review schedule live; 87% compliance at end of Dec.", "A"],
        ["1.2", None, "Map off-the-job hours against each standard and publish the plan to employers.", "Curriculum Managers",
         "January 2025", "OTJ hours on track for 90% of apprentices.", "Mapping complete for construction and engineering.", "G"],
        ["1.3", None, "Train assessors in using workplace evidence to plan the next steps of training.", "Teaching & Learning Coach",
         "Febuary 2025", "Learning walks show planning linked to workplace evidence.", "Two CPD sessions scheduled.", "G"],
    ]
    for i, r in enumerate(rows):
        put(ws, 6 + i, r)
    ws["A9"] = "2. Leaders should improve the quality of careers guidance for adult learners on access courses."
    ws["A9"].font = Font(bold=True); ws.merge_cells("A9:H9")
    rows = [
        ["2.1", None, "Careers advisers to deliver a group session for every access cohort in the first half term.", "Careers Lead",
         "November 2024", "All access learners attend a session.", "Completed for all six cohorts.", "B"],
        ["2.2", None, "Record progression intentions and destinations for each adult learner.", "Head of Adult Learning",
         "July 2025", "Destinations known for 95% of learners.", "Tracker set up in ProMonitor.", "G"],
    ]
    for i, r in enumerate(rows):
        put(ws, 10 + i, r)
    for r in (6, 7, 8, 10, 11):
        ws.cell(r, 8).fill = FILL[ws.cell(r, 8).value]
    ws["A13"] = "Key: B = complete, G = on track, A = some concern, R = not on track"
    for col, w in zip("ABCDEFGH", [6, 10, 50, 24, 15, 36, 40, 6]):
        ws.column_dimensions[col].width = w
    wb.save(P("dc1-barnsley-college-ofsted-post-inspection-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Swindon YJS
def swindon():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Swindon Youth Justice Service – HMI Probation Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:J1")
    ws["A2"] = "Version 3 – presented to the Youth Justice Management Board, June 2025"; ws.merge_cells("A2:J2")
    hdr = ["Rec No", "HMIP Recommendation", "Action", "Owner", "Partner agency", "Start date", "Target date",
           "Revised target date", "RAG", "Progress commentary"]
    put(ws, 4, hdr)
    for c in range(1, 11):
        ws.cell(4, c).font = Font(bold=True, color="FFFFFF"); ws.cell(4, c).fill = FILL["hdr"]
    ws["A5"] = "The Swindon Youth Justice Management Board should:"; ws["A5"].font = Font(bold=True)
    ws["A5"].fill = FILL["sec"]; ws.merge_cells("A5:J5")
    r1 = "ensure that the service is sufficiently resourced to deliver high-quality work with children and victims"
    put(ws, 6, ["1a", r1, "Complete a workload and staffing review and present options to the Board.", "Head of Service",
                "Swindon Borough Council", D(2025, 2, 1), D(2025, 4, 30), None, "B",
                "Review presented to Board in April; two additional case manager posts agreed."], fmt="mmm-yy")
    put(ws, 7, ["1b", r1, "Recruit to the two additional case manager posts.", "YJS Service Manager / HR Business Partner",
                "Swindon Borough Council", D(2025, 5, 1), D(2025, 7, 31), D(2025, 9, 30), "A",
                "One post appointed; second post re-advertised after an unsuccessful first round."], fmt="mmm-yy")
    r2 = "assure itself that partner agencies share information about children promptly"
    put(ws, 8, ["2a", r2, "Agree an information-sharing protocol with police, health and education partners.", "KT/ML",
                "Wiltshire Police; BSW ICB", D(2025, 3, 1), D(2025, 6, 30), None, "G",
                "Draft protocol circulated to partners; sign-off expected at July Board."], fmt="mmm-yy")
    ws["A10"] = "The Head of Service should:"; ws["A10"].font = Font(bold=True)
    ws["A10"].fill = FILL["sec"]; ws.merge_cells("A10:J10")
    r3 = "improve the quality of assessment and planning to keep children and other people safe"
    put(ws, 11, ["3a", r3, "Deliver risk of harm assessment training to all case managers.", "Practice Development Lead",
                 None, D(2025, 2, 1), D(2025, 3, 31), None, "B", "Training delivered to 14 of 14 case managers."], fmt="mmm-yy")
    put(ws, 12, ["3b", r3, "Introduce monthly case audits with feedback to practitioners and a quarterly summary to the Board.",
                 "Quality Assurance Manager", None, D(2025, 4, 1), D(2026, 3, 31), None, "G",
                 "April and May audits completed; 68% of assessments graded good or better."], fmt="mmm-yy")
    r4 = "ensure that the needs and wishes of victims are given sufficient attention"
    put(ws, 13, ["4a", r4, "Review the victim contact process so every identified victim is offered contact within 10 working days.",
                 "Restorative Justice Coordinator", "Wiltshire Police", D(2025, 3, 1), D(2025, 5, 31), D(2025, 8, 31), "R",
                 "Police referral data not yet received routinely; escalated to the Board."], fmt="mmm-yy")
    for r in (6, 7, 8, 11, 12, 13):
        ws.cell(r, 9).fill = FILL[ws.cell(r, 9).value]
    ws["A15"] = "RAG key: B = complete; G = on track; A = some delay, action in hand; R = significant delay / needs Board support"
    ws.merge_cells("A15:J15")
    for col, w in zip("ABCDEFGHIJ", [7, 40, 45, 24, 22, 10, 10, 10, 6, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("dc1-swindon-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, shades=None):
    t = doc.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    for ri, r in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v or ""
        if shades and shades.get(ri):
            col, hx = shades[ri]
            shade(cells[col], hx)
    return t


# ---------------------------------------------------------------- 4 Spark of Genius (Care Inspectorate)
def spark():
    doc = Document()
    doc.add_heading("Spark of Genius – Care Inspectorate Improvement Plan", level=1)
    doc.add_paragraph("Service: Spark of Genius residential care service for children and young people, Renfrewshire. "
                      "Inspection completed 9 May 2024. This plan sets out how we will respond to the areas for improvement "
                      "identified by the Care Inspectorate and will be reviewed monthly by the senior management team.")
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.2"), ("Date", "02/09/2024"), ("Author", "Registered Manager"),
                                ("Approved by", "Director of Care")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    hdr = ["No.", "Action", "Responsible", "By when", "Progress / evidence", "Status"]
    doc.add_heading("Key question 1: How well do we support children and young people's rights and wellbeing?", level=2)
    doc.add_paragraph("Area for improvement 1").runs[0].bold = True
    doc.add_paragraph("To support young people's health and wellbeing, the provider should ensure that each young person's "
                      "health needs are assessed on admission and reviewed at least every six months.")
    table(doc, hdr, [
        ["1.1", "Introduce a health assessment checklist to be completed within 72 hours of admission.", "Depute Manager",
         "End of August 2024", "Checklist in use since 19/08/24 and completed for both new admissions.", "Complete"],
        ["1.2", "Add six-monthly health reviews to the care plan review calendar.", "LM / SC",
         "31/10/2024", "Calendar updated; first reviews booked for October.", "Green"],
    ], shades={0: (5, "00B0F0"), 1: (5, "00B050")})
    doc.add_paragraph("Area for improvement 2").runs[0].bold = True
    doc.add_paragraph("The provider should ensure that young people are supported to take part in planning their care, "
                      "and that their views are recorded in their plans.")
    table(doc, hdr, [
        ["2.1", "Keyworkers to complete a 'My Plan' conversation with each young person before every review.", "Keyworkers",
         "Ongoing", "Completed for 5 of 6 young people so far.", "Green"],
        ["2.2", "Hold a monthly young people's forum and feed outcomes back to the management team.", "Registered Manager",
         "Q3 2024/25", "First forum held in August; attendance was low.", "Amber"],
    ], shades={0: (5, "00B050"), 1: (5, "FFC000")})
    doc.add_heading("Key question 3: How good is our staff team?", level=2)
    doc.add_paragraph("Area for improvement 3").runs[0].bold = True
    doc.add_paragraph("The provider should ensure that staff receive regular, recorded supervision that supports "
                      "reflection on their practice.")
    table(doc, hdr, [
        ["3.1", "Set a supervision schedule of at least every six weeks for all staff and monitor compliance monthly.",
         "Depute Manager", "30/09/2024", "Schedule agreed; compliance 78% in August.", "Amber"],
        ["3.2", "Revise the supervision recording template to include a reflective practice section.",
         "Registered Manager", "31/07/2024", "New template issued to all supervisors.", "Complete"],
        ["3.3", "Deliver supervision skills training for senior residential workers.", "Learning & Development Lead",
         "November 2024", "", "Not started"],
    ], shades={0: (5, "FFC000"), 1: (5, "00B0F0")})
    doc.add_paragraph("")
    doc.add_paragraph("Status: Complete = action completed; Green = on track; Amber = some slippage; Red = not on track.")
    doc.save(P("dc1-spark-of-genius-care-inspectorate-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Bromley LAP SEND
def bromley():
    doc = Document()
    doc.add_heading("Bromley Local Area Partnership: SEND Priority Action Plan", level=1)
    doc.add_paragraph("This plan responds to the area SEND inspection of Bromley Local Area Partnership. It is owned by the "
                      "SEND Partnership Board and progress is reported to each Board meeting.")
    doc.add_paragraph("RAG rating key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2); k.style = "Table Grid"
    for i, (hx, txt) in enumerate([("00B0F0", "Complete"), ("00B050", "On track"), ("FFC000", "Some slippage"),
                                   ("FF0000", "Off track")]):
        shade(k.cell(i, 0), hx); k.cell(i, 1).text = txt
    doc.add_paragraph("")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Success measure", "RAG"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True

    def band(text, hx="D9E1F2"):
        c = t.add_row().cells; m = c[0].merge(c[5]); m.text = text; m.paragraphs[0].runs[0].bold = True; shade(m, hx)

    def row(vals, fill=None):
        c = t.add_row().cells
        for i, v in enumerate(vals):
            c[i].text = v
        if fill:
            shade(c[5], fill)

    band("Areas for priority action", "B4C6E7")
    band("1. Leaders across the partnership should ensure that EHC plans are issued within 20 weeks and that "
         "advice from health and social care is timely.")
    row(["1.1", "Recruit additional EHC coordinators to clear the backlog of overdue needs assessments.",
         "Head of SEN Assessment", "Sept 2024 – March 2025", "Timeliness of new EHC plans above 60%."], "00B050")
    row(["1.2", "Agree a health advice turnaround standard of six weeks with the ICB and monitor it monthly.",
         "Designated Clinical Officer", "Autumn term 2024", "95% of health advice returned within six weeks."], "00B0F0")
    band("Areas for improvement", "B4C6E7")
    band("2. Leaders should improve the quality of preparation for adulthood planning from Year 9.")
    row(["2.1", "Introduce a preparation for adulthood section in all Year 9 annual review templates.",
         "SEN Team Manager / Transitions Lead", "Summer term 2025", "Audit shows PfA outcomes in 80% of Year 9 reviews."], "FFC000")
    row(["2.2", "Deliver PfA training for SENCOs across primary and secondary schools.",
         "SEND Advisory Teacher", "31/07/2025", "All secondary SENCOs trained."], "00B050")
    band("3. Leaders should strengthen co-production with parents and carers in the design of services.")
    row(["3.1", "Co-produce the refreshed Local Offer website with Bromley Parent Voice.",
         "Local Offer Manager; Parent Carer Forum Chair", "Ongoing", "Local Offer feedback survey satisfaction increases."], "00B050")
    row(["3.2", "Publish a 'You said, we did' report for each SEND Partnership Board meeting.",
         "SEND Partnership Board Chair", "Termly", "Reports published on the Local Offer."], None)
    doc.save(P("dc1-bromley-lap-send-priority-action-plan.docx"))


# ---------------------------------------------------------------- 6 Stoke-on-Trent SCP JTAI csv
def stoke():
    import csv
    rows = [
        ["Stoke-on-Trent Safeguarding Children Partnership - JTAI Action Plan (Serious Youth Violence)"] + [""] * 7,
        [""] * 8,
        ["Ref", "Area for improvement", "Action", "Lead", "Due date", "RAG", "Update", "Last updated"],
        ["1.1", "The quality and timeliness of return home interviews for children who go missing",
         "Recommission the return home interview service with a 72-hour offer standard.",
         "Head of Commissioning (Children's)", "31/03/2025", "Complete",
         "New provider started 1 March 2025; 72-hour standard in the contract.", "02/06/2025"],
        ["1.2", "The quality and timeliness of return home interviews for children who go missing",
         "Report monthly return home interview performance to the Exploitation Sub-group.",
         "Missing & Exploitation Coordinator", "Monthly", "Green",
         "Performance reported since April; 81% offered within 72 hours in May.", "02/06/2025"],
        ["2.1", "Information sharing between police, health and children's social care at the point of arrest",
         "Introduce a daily custody notification from Staffordshire Police to the MASH for all arrested children.",
         "DI Public Protection (Staffordshire Police)", "30/04/2025", "Amber",
         "Process agreed but not yet in place out of hours; target now end of June.", "02/06/2025"],
        ["2.2", "Information sharing between police, health and children's social care at the point of arrest",
         "Emergency department staff to complete a safeguarding referral for every child attending with a knife injury.",
         "Named Nurse Safeguarding Children (UHNM)", "Q1 2025/26", "Green",
         "Referral prompt added to the ED system; audit due in July.", "02/06/2025"],
        [""] * 8,
        ["3.1", "Partnership oversight of the serious youth violence strategy",
         "Refresh the serious youth violence strategy with the Community Safety Partnership and agree shared measures.",
         "SCP Business Manager / CSP Manager", "September 2025", "Green",
         "Workshop held 14 May; draft strategy in development.", "02/06/2025"],
        ["3.2", "Partnership oversight of the serious youth violence strategy",
         "Multi-agency audit of 10 children at risk of serious youth violence, reported to the SCP Executive.",
         "Chair, Quality Assurance Sub-group", "31/07/2025", "Red",
         "Audit postponed twice because of partner availability; rescheduled for July.", "02/06/2025"],
    ]
    with open(P("dc1-stoke-on-trent-scp-jtai-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Hartlepool focused visit txt
def hartlepool():
    lines = [
        "Hartlepool Borough Council Children's Services - Ofsted Focused Visit Action Plan",
        "Focused visit: children in need and those subject to child protection plans (October 2024)",
        "",
        "No.\tArea for improvement\tAction\tLead\tTarget Date\tStatus\tComments",
        "1\tThe quality and consistency of management oversight and supervision of social workers\tAll supervision to be recorded using the revised reflective supervision template\tJW/KB\tDec-24\tComplete\tTemplate launched 18/11/24 and used in all December supervisions.",
        "2\t\tMonthly dip sample of 20 supervision records by Service Managers with findings to the practice improvement board\tService Managers\tJan-25\tOn track\tFirst dip sample completed in January; themes shared at the practice forum.",
        "3\tThe timeliness of child protection visits and core group meetings\tWeekly performance report on overdue visits to be sent to each team manager\tHead of Performance\tJan-25\tComplete\tReport live from 6 January.",
        "4\t\tTeam managers to review all children whose visits are overdue in weekly team meetings\tTeam Managers\tOngoing\tAmber\tOverdue visits fell from 14% to 9% but are still above target.",
        "5\tThe quality of written plans for children in need\tRelaunch SMART planning guidance and deliver two workshops for social workers\tPrincipal Social Worker\tMar-25\tOn track\tWorkshops booked for February and March.",
        "6\t\tAudit 30 child in need plans to measure the impact of the guidance\tHead of Quality Assurance\tJune 2025\tNot started\t",
        "",
        "Status key: Complete = action completed; On track = progressing to timescale; Amber = some slippage; Red = off track",
    ]
    with open(P("dc1-hartlepool-ofsted-focused-visit-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    lsu(); barnsley(); swindon(); spark(); bromley(); stoke(); hartlepool()
