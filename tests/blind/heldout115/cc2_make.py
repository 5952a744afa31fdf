"""Generator for the cc2- cases of heldout115 (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {k: PatternFill("solid", fgColor=v) for k, v in
        dict(R="FF0000", A="FFC000", G="00B050", B="0070C0", H="D9E1F2", S="BDD7EE").items()}
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- 1 Cairngorms NPA (xlsx)
def cairngorms():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding actions"
    ws["A1"] = "Cairngorms National Park Authority – Internal Audit Management Action Follow-up 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Appendix 2: Summary of outstanding actions (position at 31 October 2024)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Agreed management action", "Grade", "Action owner", "Original due date",
           "Revised due date", "RAG", "Management update"]
    ws.append([]); ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="1F4E78"); c.alignment = WRAP; c.border = BOX
    rows = [
        ("S", "Payroll and Expenses (2022/23)"),
        ("PE.1", "Management will update the Expenses Policy to set out the receipts required for claims over £25 and circulate it to all staff.",
         3, "Head of Finance and Corporate Operations", D(2023, 9, 30), D(2024, 12, 31), "A",
         "Draft policy prepared and awaiting sign-off by the Senior Management Team in November. It will then be issued through the staff bulletin."),
        ("PE.2", "A quarterly exception report of overtime payments will be produced and reviewed by budget holders.",
         2, "Finance Manager", D(2024, 3, 31), None, "B",
         "Complete – first report issued in April 2024 and now produced routinely each quarter."),
        ("S", "Cyber Security (2023/24)"),
        ("CS.1", "Multi-factor authentication will be enforced for all remote access accounts, including Board members.",
         4, "ICT Manager", D(2024, 6, 30), D(2025, 1, 31), "R",
         "Delayed by a supplier licensing issue. Staff accounts are enabled; Board member accounts remain outstanding."),
        ("CS.2", "An ICT disaster recovery test will be carried out and the results reported to the Audit and Risk Committee.",
         3, "ICT Manager / Head of Finance and Corporate Operations", D(2024, 11, 30), None, "G",
         "Test scheduled for 14 November 2024 with results to the February committee."),
        ("CS.3", "Mandatory cyber awareness training to be completed by all staff, with completion monitored monthly.",
         2, "HR Manager", D(2024, 9, 30), None, "B",
         "Completed – 97% of staff trained; new starters are covered through induction."),
        None,
        ("S", "Planning Fees and Income (2023/24)"),
        ("PF.1", "A reconciliation between the planning portal and the finance ledger will be performed monthly and evidenced.",
         3, "Planning Manager", D(2024, 5, 31), D(2024, 12, 31), "G",
         "Reconciliations in place since July 2024; evidence to be provided to internal audit for validation."),
        ("PF.2", "Fee refund procedures will be documented and approved by the Head of Planning.",
         1, "Head of Planning", D(2025, 3, 31), None, None, "Not yet due."),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "S":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).fill = FILL["H"]
        else:
            ref, act, grade, own, od, rd, rag, upd = row
            vals = [ref, act, grade, own, od, rd, rag, upd]
            for i, v in enumerate(vals, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 7).fill = FILL[rag]
                ws.cell(r, 7).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    ws.cell(r + 1, 1, "R = overdue / revised date at risk;  A = in progress, revised date agreed;  G = on track to meet due date;  B = complete (subject to validation)")
    ws.cell(r + 2, 1, "Grade: 1 = low, 2 = moderate, 3 = significant, 4 = high")
    for col, w in zip("ABCDEFGH", [8, 60, 7, 30, 13, 13, 6, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p("cc2-cairngorms-npa-internal-audit-management-action-followup.xlsx"))


# ---------------------------------------------------------------- 2 MOD Police (xlsx, refuse)
def modpolice():
    wb = Workbook(); ws = wb.active; ws.title = "PEEL AFIs"
    ws["A1"] = "Ministry of Defence Police – HMICFRS PEEL Inspection Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Strategic owner: Deputy Chief Constable. Reviewed monthly at Force Performance Board."
    hdr = ["AFI No.", "PEEL question", "Area for improvement", "Action ref", "Action", "Action owner",
           "Due date", "Revised due date", "RAG", "Update"]
    ws.append([]); ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True); c.fill = FILL["S"]; c.border = BOX; c.alignment = WRAP
    data = [
        ("AFI 1", "Investigating crime",
         "The force should make sure that its investigations are effectively supervised and that supervisory reviews are recorded.",
         [("1.1", "Introduce a mandatory supervisory review template on the crime recording system.", "D/Supt Crime", "Jun-24", "", "Green",
           "Template live from 3 June. Compliance dip-sampled monthly by the Crime Standards team."),
          ("1.2", "Deliver investigative supervision training to all newly promoted sergeants.", "Ch Insp Learning & Development", "Sept 24", "Dec 24", "Amber",
           "Two of four cohorts trained; remaining courses rescheduled owing to trainer availability.")]),
        ("AFI 2", "Protecting vulnerable people",
         "The force should improve its understanding of the vulnerability of people it comes into contact with on defence estates.",
         [("2.1", "Embed the THRIVE+ vulnerability assessment in the control room incident log.", "DCI Public Protection", "Ocotber 2024", "", "Amber",
           "System change requested from supplier; interim manual prompt in place."),
          ("2.2", "Agree information-sharing arrangements with the relevant local safeguarding partnerships.", "DCI Public Protection", "Mar-25", "", "Green",
           "Draft agreements shared with six partnerships.")]),
        ("AFI 3", "Developing a positive workplace",
         "The force should make sure it understands the wellbeing needs of its workforce, particularly those working at remote sites.",
         [("3.1", "Run a force-wide wellbeing survey and publish the results with an action plan.", "Head of People", "Jan-25", "", "Green",
           "Survey closed with a 48% response rate; analysis under way."),
          ("3.2", "Extend the occupational health referral service to all remote Divisional sites.", "Head of People", "Apr-24", "", "Complete",
           "Service in place at all sites since April.")]),
    ]
    r = 5
    for afi, q, text, acts in data:
        start = r
        for ref, act, own, due, rev, rag, upd in acts:
            for i, v in enumerate([afi if r == start else None, q if r == start else None, text if r == start else None,
                                   ref, act, own, due, rev, rag, upd], 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
            f = {"Green": "G", "Amber": "A", "Red": "R", "Complete": "B"}[rag]
            ws.cell(r, 9).fill = FILL[f]
            r += 1
        for col in (1, 2, 3):
            ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHIJ", [8, 18, 45, 8, 50, 24, 12, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(p("cc2-mod-police-hmicfrs-peel-afi-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3 Northumberland FRS (xlsx)
def northumberland():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Northumberland Fire and Rescue Service – HMICFRS Inspection 2022 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update: Quarter 3 2023/24"
    hdr = ["Ref", "Action", "Lead", "Target date", "Previous RAG", "Current RAG", "Progress update"]
    ws.append([]); ws.append(hdr)  # row 4
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="C00000"); c.border = BOX; c.alignment = WRAP
    rows = [
        ("P", "Effectiveness"),
        ("F", "AFI 1: The service should make sure it has an effective system for gathering and recording risk information that is readily accessible to staff."),
        ("1.1", "Complete the review of all site-specific risk information and migrate records to the new mobile data terminal system.",
         "Area Manager Protection", D(2024, 3, 1), "Amber", "Green",
         "84% of records migrated; remainder scheduled before year end."),
        ("1.2", "Introduce quality assurance checks of risk visits by station managers.",
         "AM Response", "Q4 2023/24", "Green", "Blue",
         "QA framework in place and first audit cycle completed in December."),
        ("F", "AFI 2: The service should evaluate its prevention activity so it understands what works."),
        ("2.1", "Develop an evaluation framework for Safe and Well visits and youth engagement programmes.",
         "GM Prevention / Performance Manager", D(2024, 6, 1), "Red", "Amber",
         "Framework drafted with Northumbria University; pilot evaluation delayed to May."),
        ("P", "Efficiency"),
        ("F", "AFI 3: The service should have a clear plan for how it will use its resources to meet the risks set out in its CRMP."),
        ("3.1", "Publish a resourcing plan aligned to the Community Risk Management Plan 2024–27.",
         "ACFO", D(2024, 4, 1), "Amber", "Amber",
         "Plan linked to the county council budget process; consultation closes February."),
        None,
        ("P", "People"),
        ("F", "AFI 4: The service should improve how it monitors the working hours of staff with secondary contracts."),
        ("4.1", "Implement a working time monitoring report covering all dual-contract staff.",
         "JB/KS", D(2023, 12, 1), "Green", "Blue",
         "Monthly report live since November and reviewed by the Senior Leadership Team."),
        ("4.2", "Refresh the secondary employment policy and communicate it to all staff.",
         "Head of HR", "Ongoing", "Green", "Green",
         "Policy agreed with representative bodies; briefings continue through station visits."),
        ("F", "AFI 5: The service should make sure it has effective succession planning for its senior and middle managers."),
        ("5.1", "Introduce a talent management and development programme for supervisory and middle managers.",
         "Head of HR", D(2024, 9, 1), None, "Green",
         "Programme designed; first cohort of 12 starts in April."),
    ]
    r = 5
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] in ("P", "F"):
            c = ws.cell(r, 1, row[1]); c.font = Font(bold=True, size=12 if row[0] == "P" else 11)
            c.fill = FILL["S"] if row[0] == "P" else FILL["H"]; c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.row_dimensions[r].height = 18 if row[0] == "P" else 30
        else:
            for i, v in enumerate(row, 1):
                c = ws.cell(r, i, v); c.alignment = WRAP; c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for i in (5, 6):
                v = row[i - 1]
                if v:
                    ws.cell(r, i).fill = FILL[{"Red": "R", "Amber": "A", "Green": "G", "Blue": "B"}[v]]
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key: Blue – complete; Green – on track; Amber – some slippage, recoverable; Red – off track").font = Font(italic=True)
    for col, w in zip("ABCDEFG", [8, 60, 26, 12, 11, 11, 55]):
        ws.column_dimensions[col].width = w
    wb.save(p("cc2-northumberland-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def bold_row(row, fill="D9E1F2"):
    for c in row.cells:
        for para in c.paragraphs:
            for run in para.runs:
                run.bold = True
        shade(c, fill)


# ---------------------------------------------------------------- 4 Shetland Islands Council (docx)
def shetland():
    doc = Document()
    doc.add_heading("Shetland Islands Council – Best Value Improvement Action Plan", 0)
    doc.add_paragraph(
        "This action plan sets out the Council’s response to the recommendations in the Controller of Audit’s "
        "Best Value report on Shetland Islands Council, considered by the Accounts Commission in 2024. Progress is "
        "reported to the Policy and Resources Committee every six months.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    bold_row(t.rows[0])
    for v in [("0.1", "12/08/2024", "Corporate Performance Team", "First draft"),
              ("1.0", "25/09/2024", "Director of Corporate Services", "Approved by Policy and Resources Committee"),
              ("1.1", "20/01/2025", "Corporate Performance Team", "Six-month progress update")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x
    doc.add_paragraph()
    recs = [
        ("Recommendation 1: The Council should set out clear, measurable priorities in its Corporate Plan and report progress against them to elected members at least annually.",
         [("1.1", "Refresh the Corporate Plan with a smaller set of measurable outcomes agreed with elected members.", "Chief Executive", "March 2025",
           "Draft plan considered at Policy and Resources Committee in December 2024. Final version due for approval in March.", "Green"),
          ("1.2", "Publish an annual performance report showing progress against each Corporate Plan outcome.", "Director of Corporate Services", "30 September 2025",
           "", "Not started")]),
        ("Recommendation 2: The Council should develop its medium-term financial plan to show how it will close the projected funding gap.",
         [("2.1", "Update the Medium Term Financial Plan to cover five years, with scenario modelling of the funding gap.", "Executive Manager – Finance", "February 2025",
           "Updated plan approved by Council on 12 February 2025.", "Complete"),
          ("2.2", "Agree a savings and transformation programme with identified savings for each directorate.", "Chief Executive / Director of Corporate Services", "Sept 2024 – June 2025",
           "Programme agreed but savings identified so far cover only 60% of the 2025/26 gap.", "Amber")]),
        ("Recommendation 3: The Council should take forward its workforce plan to address recruitment and retention difficulties, particularly in care and education.",
         [("3.1", "Expand the ‘grow your own’ trainee schemes in social care and teaching.", "Executive Manager – Human Resources", "Ongoing",
           "Eleven trainees recruited in 2024 across social care and education, with a further intake planned for August.", "Green"),
          ("3.2", "Review the use of agency staff in community care and set a reduction target.", "Director of Community Health and Social Care", "By 31 March 2025",
           "Review under way; agency spend remains above budget in residential care.", "Amber"),
          ("3.3", "Report workforce data, including vacancies and turnover, to the Policy and Resources Committee.", "Executive Manager – Human Resources", "Quarterly",
           "First quarterly report presented in November 2024.", "Green")]),
    ]
    colours = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "0070C0"}
    for rec, acts in recs:
        doc.add_heading(rec, 2)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Responsible Officer", "Target Date", "Progress to date", "RAG"]):
            c.text = h
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, a):
                c.text = x
            if a[5] in colours:
                shade(cells[5], colours[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG: Green – on track; Amber – at risk of slipping; Red – off track; Complete – action completed.")
    doc.save(p("cc2-shetland-islands-council-best-value-improvement-action-plan.docx"))


# ---------------------------------------------------------------- 5 Bedford Borough SAB SAR (docx)
def bedford():
    doc = Document()
    doc.add_heading("Bedford Borough Safeguarding Adults Board – Safeguarding Adults Review ‘Adult W’: Multi-agency Action Plan", 1)
    doc.add_paragraph("Plan owner: SAR Sub-group. Last updated: 14 January 2025. "
                      "Progress is reported to each meeting of the Safeguarding Adults Board.")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Timescale", "Evidence / progress update", "RAG"]):
        c.text = h
    bold_row(t.rows[0], "1F4E78")
    for c in t.rows[0].cells:
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    G, A, R = "00B050", "FFC000", "FF0000"
    blocks = [
        ("Recommendation 1: The Board should seek assurance that agencies apply the Mental Capacity Act when adults repeatedly decline care and support.",
         [("1.1", "Deliver multi-agency MCA training focused on executive capacity and fluctuating capacity.", "SAB Training Lead", "Jan-25",
           "Four sessions delivered to 112 practitioners; evaluation report to January Board.", G),
          ("1.2", "Audit a sample of cases where care was declined to test the quality of capacity assessments.", "Head of Safeguarding (Adult Social Care)", "June 2025",
           "Audit tool agreed; case sample being identified.", A)]),
        ("Recommendation 2: Partners should make sure that self-neglect concerns are escalated through the multi-agency risk management process.",
         [("2.1", "Refresh the Self-Neglect and Hoarding Protocol and relaunch it with a practitioner briefing.", "SAB Business Manager", "31/03/2025",
           "Protocol revised; practitioner briefing drafted for sign-off.", A),
          ("2.2", "Add a self-neglect prompt to the ambulance service and fire service referral forms.", "Named Professional Safeguarding Adults (ICB) and Station Manager Prevention", "TBC",
           "Awaiting confirmation from regional partners.", R)]),
        ("Recommendation 3: The Board should share the learning from this review across the partnership.",
         [("3.1", "Publish a seven-minute briefing on the learning from the review.", "SAB Business Manager", "October 2024",
           "Briefing published on the Board website and circulated to all partners.", G),
          ("3.2", "Hold a learning event for frontline practitioners and managers.", "SAR Sub-group Chair", "End of February 2025",
           "Event booked for 20 February 2025.", A)]),
    ]
    for rec, acts in blocks:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = rec
        bold_row(row, "D9E1F2")
        for ref, act, lead, ts, upd, col in acts:
            cells = t.add_row().cells
            for c, x in zip(cells, [ref, act, lead, ts, upd, ""]):
                c.text = x
            shade(cells[5], col)
    doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – action complete; Amber – action in progress; Red – action not progressed / overdue.")
    doc.save(p("cc2-bedford-borough-sab-sar-adult-w-action-plan.docx"))


# ---------------------------------------------------------------- 6 Accent Housing (csv)
def accent():
    rows = [
        ["Standard", "Ref", "Action", "Lead", "Target date", "Revised target date", "RAG status", "Progress update"],
        ["Safety and Quality Standard", "SQ1", "Complete stock condition surveys for 100% of homes and load the data to the asset management system.",
         "Director of Property Services", "31/03/2025", "", "Amber", "78% of homes surveyed to date. Additional surveyor capacity procured from January."],
        ["Safety and Quality Standard", "SQ2", "Clear the backlog of overdue high-risk fire risk assessment actions.",
         "Head of Building Safety", "30/09/2024", "31/12/2024", "Red", "41 high-risk actions remain open, mainly fire door replacements awaiting supply."],
        ["Safety and Quality Standard", "SQ3", "Introduce a damp and mould case management process with a 10 working day inspection target.",
         "Head of Repairs", "Jul-24", "", "Complete", "Process live since July; 92% of cases inspected within target in Q2."],
        ["Transparency, Influence and Accountability Standard", "TIA1", "Publish Tenant Satisfaction Measures with a commentary explaining the results and what will change.",
         "Head of Customer Insight", "Jun-24", "", "Complete", "Published on the website and in the tenant newsletter."],
        ["Transparency, Influence and Accountability Standard", "TIA2", "Recruit and train a tenant scrutiny panel to review complaints and repairs performance.",
         "Customer Engagement Manager", "Nov-24", "", "Green", "Nine tenants recruited; training delivered by TPAS in October."],
        ["Tenancy Standard", "T1", "Review the allocations policy so that it takes account of household needs and local lettings plans.",
         "Head of Housing Management", "Q1 2025/26", "", "Not started", ""],
        ["Neighbourhood and Community Standard", "NC1", "Agree a joint anti-social behaviour protocol with the community safety partnerships in each operating area.",
         "Head of Housing Management & ASB Team Leader", "Ongoing", "", "Green", "Protocols agreed with Bradford and Leeds; Hull under discussion."],
    ]
    with open(p("cc2-accent-housing-rsh-consumer-standards-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 Peak District NPA (txt, tab-separated)
def peak():
    lines = [
        ["Peak District National Park Authority – Peer Challenge 2023 Action Plan"],
        ["Progress update for Audit, Resources and Performance Committee, January 2024"],
        [],
        ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Status", "Comment"],
        ["1. Develop a clear, shared narrative linking the National Park Management Plan and the Authority's Corporate Strategy so that partners understand the Authority's role.",
         "1a", "Hold a joint Members' and partners' workshop to agree the shared narrative.", "Chief Executive", "Q4 2023/24", "On track", "Workshop booked for 7 March 2024."],
        ["", "1b", "Publish a refreshed Corporate Strategy summary on the website.", "Head of Engagement", "June 2024", "Not started", ""],
        ["2. Strengthen the Authority's financial resilience by diversifying income and setting out a medium-term financial plan.",
         "2a", "Prepare a five-year Medium Term Financial Plan and present it with the 2024/25 budget.", "Head of Finance", "Q3 2023/24", "Complete", "Approved by the Authority in December 2023."],
        ["", "2b", "Develop a commercial income strategy covering car parks, visitor centres and the cycle hire business.", "Head of Finance / Head of Asset Management", "Sept 2024", "Amber", "Consultant brief issued; appointment delayed until February."],
        ["3. Review Member governance arrangements, including the size and role of committees.",
         "3a", "Commission an independent review of committee structures.", "Head of Law", "31/01/2024", "Complete", "Review reported to the Authority on 26 January."],
        ["", "3b", "Provide a rolling programme of Member development on planning and finance.", "Democratic Services Manager", "Ongoing", "Green", ""],
        [],
        ["4. Improve the speed of planning decisions and communication with applicants.",
         "4a", "Introduce a pre-application advice service with published charges and response times.", "Head of Planning", "April 2024", "Amber", "Charging schedule drafted; ICT changes to the planning portal outstanding."],
        ["5. Make more of the Authority's role as a system leader on nature recovery.",
         "5a", "Agree a nature recovery delivery partnership with farmers, landowners and the water companies.", "Director of Conservation and Planning", "Dec-24", "On track", "Partnership terms of reference circulated to partners."],
        [],
        ["Status key: Complete / On track (Green) / Amber – risk of delay / Red – off track / Not started"],
    ]
    with open(p("cc2-peak-district-npa-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\r\n")


if __name__ == "__main__":
    cairngorms(); modpolice(); northumberland(); shetland(); bedford(); accent(); peak()
    print("done")
