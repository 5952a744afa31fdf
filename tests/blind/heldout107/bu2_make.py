"""Generator for the bu2- blind cases (heldout107). Makes the document files only."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {"red": "FF0000", "amber": "FFC000", "green": "00B050", "blue": "00B0F0",
        "grey": "D9D9D9", "navy": "1F3864", "white": "FFFFFF"}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def fill(c):
    return PatternFill("solid", fgColor=FILL[c])


def hdr(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("navy")
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[chr(64 + i)].width = w


# ---------------------------------------------------------------- A: police PEEL AFI tracker (xlsx)
def make_hampshire():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Hampshire and Isle of Wight Constabulary – PEEL 2023–25 Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025. Owner: Strategic Planning and Inspection Team"
    ws["A2"].font = Font(italic=True)
    hdr(ws, 4, ["AFI Ref", "Area for Improvement", "Action Ref", "Action", "Action Owner",
                "Target Date", "Revised Target Date", "RAG", "Progress Update"],
        [9, 45, 9, 50, 26, 13, 13, 11, 55])
    data = [
        ("Investigating crime", [
            ("AFI 1", "The force should make sure that it allocates crimes to investigators with the appropriate skills, experience and accreditation.", [
                ("1.1", "Review the crime allocation policy so that allocation decisions take account of PIP level and the complexity of the investigation.", "D/Supt Investigations", D(2024, 6, 30), None, "Complete",
                 "Revised policy approved at Force Operations Board in June and published on the intranet."),
                ("1.2", "Introduce a monthly dip-sample of allocated investigations by the Crime Standards Team, with findings reported to the Investigations Board.", "T/DCI Crime Standards", D(2024, 9, 30), D(2025, 3, 31), "Amber",
                 "Dip-sampling started in October. First two months reported; sample size to increase once the new analyst is in post."),
            ]),
            ("AFI 2", "The force should improve how it supervises investigations so that investigation plans are recorded and regularly reviewed.", [
                ("2.1", "Launch a refreshed supervisory review template on RMS with mandatory investigation plan fields.", "Ch Insp Gemma Hall / Records Manager", D(2024, 11, 30), None, "Green",
                 "Template built and tested. Go-live agreed for 25 November following the RMS upgrade."),
            ]),
        ]),
        ("Protecting vulnerable people", [
            ("AFI 3", "The force should make sure that officers and staff record the voice of the child when they attend incidents involving children.", [
                ("3.1", "Deliver a voice of the child briefing to all response and neighbourhood teams through CPD days.", "Supt Public Protection", D(2025, 3, 31), None, "Green",
                 "Briefings delivered to 9 of 14 teams. Remaining sessions booked for February and March."),
                ("3.2", "Add a mandatory voice of the child question to the PPN1 form.", "Head of Public Protection Unit", D(2024, 12, 31), None, "Complete",
                 "Form change went live 2 December."),
            ]),
        ]),
        ("Responding to the public", [
            ("AFI 4", "The force should reduce the number of 101 calls that are abandoned.", [
                ("4.1", "Implement a call-back facility on the 101 line and monitor abandonment rates weekly at the Contact Management performance meeting.", "Head of Contact Management", D(2025, 1, 31), D(2025, 5, 31), "Red",
                 "Supplier delay to the telephony upgrade. New go-live date agreed with the supplier; abandonment rate currently 18%."),
                ("4.2", "Recruit to the 14 vacant call handler posts and run two training cohorts.", "Head of Contact Management / HR Business Partner", D(2025, 4, 30), None, "Amber",
                 "First cohort of 8 started in January. Second campaign closes 28 February."),
            ]),
        ]),
        ("Leadership and force management", [
            ("AFI 5", "The force should make sure it understands the wellbeing needs of its workforce.", [
                ("5.1", "Commission a force-wide wellbeing survey and publish the results with an action plan.", "Director of People", D(2024, 10, 31), None, "Complete",
                 "Survey closed in September (62% response). Results and action plan published to all staff in October."),
                ("5.2", "Embed wellbeing conversations in the annual PDR process.", "Director of People", "Ongoing", None, "Green",
                 "Wellbeing section added to the PDR form; completion monitored through the People Board."),
            ]),
        ]),
    ]
    rag = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    for si, (area, afis) in enumerate(data):
        if si:
            r += 1  # blank row between areas
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=area); c.font = Font(bold=True); c.fill = fill("grey")
        r += 1
        for afi_ref, afi, acts in afis:
            start = r
            for ref, act, owner, tgt, rev, status, upd in acts:
                vals = [afi_ref if r == start else None, afi if r == start else None, ref, act, owner, tgt, rev, status, upd]
                for ci, v in enumerate(vals, 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                ws.cell(row=r, column=8).fill = fill(rag[status])
                r += 1
            if r - start > 1:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key:").font = Font(bold=True)
    for i, (k, col) in enumerate([("Complete – action delivered and evidenced", "blue"), ("Green – on track", "green"),
                                  ("Amber – some slippage, within tolerance", "amber"), ("Red – off track / revised date required", "red")]):
        c = ws.cell(row=r + 1 + i, column=1); c.fill = fill(col)
        ws.cell(row=r + 1 + i, column=2, value=k)
    ws.freeze_panes = "A5"
    wb.save(os.path.join(OUT, "bu2-hampshire-constabulary-peel-afi-tracker.xlsx"))


# ---------------------------------------------------------------- B: district internal audit tracker (xlsx)
def make_south_staffs():
    wb = Workbook(); ws = wb.active; ws.title = "Outstanding Recs"
    ws["A1"] = "South Staffordshire Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report to Audit and Risk Committee – 18 March 2025 (high, medium and low priority recommendations not yet closed, plus those closed since the last meeting)"
    hdr(ws, 4, ["Rec No.", "Priority", "Recommendation", "Agreed Management Action", "Responsible Officer",
                "Target Date", "Revised Target Date", "RAG", "Progress Comment"],
        [9, 10, 45, 45, 28, 13, 13, 11, 50])
    data = [
        ("Payroll 2023/24 – Limited Assurance", [
            ("PAY1", "High", "Starters and leavers forms should be authorised by the budget holder before changes are processed.",
             "Payroll procedure updated so that unsigned forms are rejected. Reminder issued to all budget holders via the managers' bulletin.",
             "HR & Payroll Manager", D(2024, 6, 30), None, "Complete", "Procedure updated May 2024; audit spot check in July found no exceptions."),
            ("PAY2", "Medium", "A monthly exception report of changes to employee bank details should be produced and independently checked.",
             "Exception report to be set up in iTrent and reviewed monthly by the Finance Business Partner.",
             "HR & Payroll Manager / Finance Business Partner", D(2024, 9, 30), D(2025, 3, 31), "Amber",
             "Report written; awaiting the iTrent upgrade in February before it can be scheduled to run automatically."),
        ]),
        ("Procurement and Contract Management 2023/24 – Reasonable Assurance", [
            ("PRO1", "Medium", "The contracts register should be complete and published in line with the Local Government Transparency Code.",
             "Service managers to confirm all contracts over £5,000 and the register to be republished quarterly.",
             "Procurement Lead", D(2024, 12, 31), None, "Green", "Returns received from all but two service areas. Register due to be republished in January."),
            ("PRO2", "Low", "Waivers of Contract Procedure Rules should be recorded centrally.",
             "Central waiver log created on SharePoint.", "Procurement Lead", D(2024, 10, 31), None, "Complete", "Log in use since September."),
        ]),
        ("Cyber Security 2024/25 – Limited Assurance", [
            ("CYB1", "High", "Multi-factor authentication should be enforced for all remote access accounts.",
             "Enforce MFA on all remaining accounts, including members' devices.", "ICT Manager", D(2025, 1, 31), D(2025, 4, 30), "Red",
             "Officer accounts complete. Members' devices outstanding; rollout paused during the by-election period."),
            ("CYB2", "Medium", "Cyber awareness training should be mandatory and completion monitored.",
             "Add cyber e-learning to the mandatory training suite and report completion rates to SLT quarterly.",
             "ICT Manager; Learning & Development Officer", D(2025, 3, 31), None, "Green", "Module live on the learning platform; 71% completion to date."),
            ("CYB3", "Medium", "The ICT disaster recovery plan should be tested at least annually.",
             "Arrange a desktop disaster recovery test with the Council's ICT support partner.", "ICT Manager", "TBC", None, "Amber",
             "Date to be agreed once the new back-up solution is in place."),
        ]),
        ("Council Tax 2024/25 – Substantial Assurance", [
            ("CT1", "Low", "Single person discount reviews should be completed annually.",
             "Annual single person discount review using the National Fraud Initiative data match.", "Revenues Manager",
             D(2025, 5, 31), None, "Green", "NFI matches received; review to start in April."),
        ]),
    ]
    rag = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
    r = 5
    for audit, recs in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=audit); c.font = Font(bold=True); c.fill = fill("grey")
        r += 1
        for rec in recs:
            for ci, v in enumerate(rec, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8).fill = fill(rag[rec[7]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Priority: High – fundamental weakness in control; Medium – significant weakness; Low – minor / best practice.")
    ws.cell(row=r + 1, column=1, value="RAG: Complete – implemented and verified; Green – on target; Amber – revised date agreed or at risk; Red – overdue.")
    wb.save(os.path.join(OUT, "bu2-south-staffordshire-dc-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- C: fire HMICFRS plan, status by fill only (xlsx)
def make_cambs_fire():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Cambridgeshire Fire and Rescue Service – HMICFRS Inspection 2023 Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Last updated: 14/02/2025"
    hdr(ws, 4, ["Ref", "Area for Improvement", "Action", "Owner", "Due", "Status", "Commentary"],
        [8, 45, 50, 28, 20, 9, 55])
    data = [
        ("Effectiveness", [
            ("AFI 1", "The service should make sure its prevention work is targeted at the people most at risk from fire.", [
                ("1a", "Refresh the Safe and Well targeting model using Exeter data and partner referrals.", "Group Commander Prevention", "Q3 2024/25", "blue",
                 "New model in use from 1 December. Referrals from partners now risk-scored on receipt."),
                ("1b", "Evaluate the outcomes of Safe and Well visits and report the findings to the Prevention Board.", "Prevention Manager", "Q1 2025/26", "green",
                 "Evaluation framework agreed with the university; data collection started."),
            ]),
            ("AFI 2", "The service should make sure it has an effective system for learning from operational incidents.", [
                ("2a", "Introduce a single operational learning database with tracked actions.", "AC Response", "March 2025", "amber",
                 "System procured. Data migration taking longer than planned because of legacy records."),
                ("2b", "Publish quarterly operational learning bulletins to all stations.", "Operational Assurance Officer", "Quarterly", "green",
                 "Bulletins issued in October and January."),
            ]),
        ]),
        ("Efficiency", [
            ("AFI 3", "The service should make sure it uses its fire engines and other resources efficiently to meet demand.", [
                ("3a", "Complete the review of on-call availability and crewing arrangements and take options to the Fire Authority.", "AC Response / Head of Finance", "Sept 2024 – March 2025", "red",
                 "Review delayed by consultation with representative bodies. Options paper now expected at the June Fire Authority."),
            ]),
        ]),
        ("People", [
            ("AFI 4", "The service should make sure that all staff understand how to raise concerns and have confidence in the process.", [
                ("4a", "Launch an independent reporting line and promote it through station visits.", "Head of HR", "Dec 2024", "blue",
                 "Reporting line launched 4 November; all stations visited."),
                ("4b", "Survey staff on their confidence to raise concerns and compare the results with the 2023 baseline.", "Head of HR", "June 2025", "white",
                 "Survey to run in May."),
            ]),
            ("AFI 5", "The service should improve the diversity of its workforce.", [
                ("5a", "Run a positive action campaign ahead of the 2025 wholetime recruitment round.", "Recruitment and Inclusion Manager", "Q4 2024/25", "green",
                 "Have-a-go days held at four stations; 38% of applicants so far from under-represented groups."),
            ]),
        ]),
    ]
    r = 5
    for pillar, afis in data:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=pillar); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="C00000")
        r += 1
        for afi_ref, afi, acts in afis:
            ws.cell(row=r, column=1, value=afi_ref).font = Font(bold=True)
            c = ws.cell(row=r, column=2, value=afi); c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True)
            for ci in range(1, 8):
                ws.cell(row=r, column=ci).fill = fill("grey"); ws.cell(row=r, column=ci).border = BOX
            r += 1
            for ref, act, owner, due, col, comm in acts:
                for ci, v in enumerate([ref, None, act, owner, due, None, comm], 1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = Alignment(wrap_text=True, vertical="top"); c.border = BOX
                ws.cell(row=r, column=6).fill = fill(col)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for i, (col, txt) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "At risk of slipping"),
                                    ("red", "Off track"), ("white", "Not started")]):
        c = ws.cell(row=r + 1 + i, column=1); c.fill = fill(col); c.border = BOX
        ws.cell(row=r + 1 + i, column=2, value=txt)
    wb.save(os.path.join(OUT, "bu2-cambridgeshire-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def header_row(table, names):
    for c, n in zip(table.rows[0].cells, names):
        c.text = ""
        run = c.paragraphs[0].add_run(n); run.bold = True; run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F3864")


# ---------------------------------------------------------------- D: SAB SAR action plan (docx)
def make_wirral():
    doc = Document()
    doc.add_heading("Wirral Safeguarding Adults Partnership Board – Safeguarding Adults Review ‘Mr N’: Multi-agency Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of the Safeguarding Adults "
        "Review into the death of Mr N, a 67-year-old man who lived alone and was known to several services. The plan is "
        "monitored by the SAR Subgroup, which reports progress to the Board each quarter.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=1, cols=4); dc.style = "Table Grid"
    header_row(dc, ["Version", "Date", "Author", "Changes"])
    for row in [("1.0", "18/09/2024", "SAB Business Manager", "Plan agreed by SAR Subgroup"),
                ("1.1", "09/01/2025", "SAB Business Manager", "Q3 progress updates added")]:
        cells = dc.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    doc.add_paragraph("")
    rows = [
        ("1.1", 0, "Relaunch the self-neglect and hoarding procedure with a 7-minute briefing and a practitioner webinar.",
         "SAB Business Manager", "31/03/2025", "Webinar held 12 December with 140 attendees; recording and briefing published on the SAB website.", "Complete"),
        ("1.2", 0, "Carry out a multi-agency audit of self-neglect cases and report the findings to the Quality Assurance Subgroup.",
         "Chair of QA Subgroup", "September 2025", "Audit tool agreed. Case selection delayed while agencies confirm audit leads.", "Amber"),
        ("2.1", 1, "Deliver Mental Capacity Act training focused on executive capacity to adult social care and community health teams.",
         "Principal Social Worker (Wirral Council) / Named Nurse Safeguarding Adults (WCHC)", "Q2 2025/26",
         "Training package written; first two sessions booked for April.", "Green"),
        ("2.2", 1, "Add executive capacity prompts to the adult social care assessment form on Liquidlogic.",
         "Head of Adult Social Care Practice", "End of June 2025", "Change request submitted to the systems team.", "Amber"),
        ("3.1", 2, "Review the adult exploitation referral pathway with Merseyside Police and publish a revised flowchart.",
         "DI Public Protection Unit & Safeguarding Adults Team Manager", "Dec 2025", "", "Not started"),
        ("4.1", 3, "Publish the SAR report and a learning briefing, and hold two learning events for practitioners.",
         "SAB Business Manager", "January 2025", "Report published 6 November. Learning events held 20 November and 15 January.", "Completed"),
    ]
    recs = [
        "Partner agencies should be able to evidence that the multi-agency self-neglect and hoarding procedure is understood and used by front-line staff.",
        "Agencies should make sure that mental capacity assessments are carried out and recorded when a person repeatedly refuses care that places them at risk.",
        "Merseyside Police and the Council should agree how concerns about the exploitation of adults with care and support needs are shared and escalated.",
        "The Board should publish the learning from this review.",
    ]
    t = doc.add_table(rows=1, cols=7); t.style = "Table Grid"
    header_row(t, ["No.", "Recommendation", "Action", "Lead agency / officer", "Target date", "Progress update", "RAG"])
    col = {"Complete": "00B0F0", "Completed": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    first = {}
    for ref, ri, act, lead, tgt, upd, rag in rows:
        cells = t.add_row().cells
        cells[0].text = ref
        if ri not in first:
            cells[1].text = recs[ri]; first[ri] = cells[1]
        else:
            first[ri] = first[ri].merge(cells[1])
        cells[2].text = act; cells[3].text = lead; cells[4].text = tgt; cells[5].text = upd; cells[6].text = rag
        if rag in col:
            shade(cells[6], col[rag])
    doc.add_paragraph("")
    doc.add_paragraph("RAG: Red – not on track; Amber – some progress but at risk; Green – on track; "
                      "Complete – action completed and evidence provided to the SAR Subgroup.")
    doc.save(os.path.join(OUT, "bu2-wirral-sab-sar-mr-n-action-plan.docx"))


# ---------------------------------------------------------------- E: corporate peer challenge action plan (docx)
def make_east_lindsey():
    doc = Document()
    doc.add_heading("East Lindsey District Council – LGA Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at East Lindsey District Council in "
        "June 2024. The peer team made four recommendations. This plan sets out the Council's response and was last "
        "updated for Cabinet in December 2024.")
    col = {"Complete": "00B0F0", "On track": "00B050", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    sections = [
        ("Recommendation 1 – Refresh the Corporate Strategy to set out clear priorities for East Lindsey alongside the South & East Lincolnshire Councils Partnership", [
            ("Agree refreshed Corporate Strategy priorities at Full Council.", "Chief Executive", "March 2025",
             "Member workshops held in October and November. Draft strategy to Full Council on 5 March.", "On track"),
            ("Develop a performance framework with measures against each priority, reported quarterly to Cabinet.", "Assistant Director – Corporate", "Q1 2025/26",
             "Measures drafted but depend on the final strategy; first report likely to slip to Q2.", "Amber"),
        ]),
        ("Recommendation 2 – Strengthen member development, particularly for Overview and Scrutiny", [
            ("Deliver a scrutiny training programme for all Overview and Scrutiny members with the Centre for Governance and Scrutiny.", "Monitoring Officer", "Oct 2024",
             "Three sessions delivered in September and October; attendance 85%.", "Complete"),
            ("Introduce personal development plans for members who request them.", "Democratic Services Manager", "Ongoing",
             "Offer made to all members; 12 plans agreed so far.", "On track"),
        ]),
        ("Recommendation 3 – Set out a medium-term financial plan that closes the budget gap for 2026/27 onwards", [
            ("Update the Medium Term Financial Strategy and identify savings and income proposals to close the gap.", "S151 Officer", "February 2025",
             "Proposals considered by Cabinet in December as part of budget setting.", "Green"),
            ("Review the Council's asset portfolio to identify opportunities for disposal or income generation.", "Assistant Director – Regeneration", "September 2025",
             "To start once the asset management plan is refreshed.", "Not started"),
        ]),
        ("Recommendation 4 – Engage staff in the culture change programme", [
            ("Run staff roadshows and a pulse survey, and act on the results.", "Head of HR and Organisational Development", "July 2025",
             "Roadshows planned for spring at all office sites and the depot.", "Green"),
        ]),
    ]
    for heading, acts in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
        header_row(t, ["Action", "Lead", "Timescale", "Progress (December 2024)", "Status"])
        for a in acts:
            cells = t.add_row().cells
            for c, v in zip(cells, a):
                c.text = v
            if a[4] in col:
                shade(cells[4], col[a[4]])
        doc.add_paragraph("")
    doc.add_paragraph("Status: Complete (blue); On track / Green; Amber – at risk; Red – off track; Not started.")
    doc.save(os.path.join(OUT, "bu2-east-lindsey-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- F: CSP DHR action tracker export (csv) - contains a mistyped month
def make_sefton():
    rows = [
        ["Safer Sefton Together - Domestic Homicide Review 'Alice' - Action Plan Tracker"],
        ["Updated 10/01/2025"],
        [],
        ["Rec No", "Recommendation", "Action", "Lead", "Target Date", "Status", "Update"],
        ["1.1", "Safer Sefton Together to raise awareness of economic abuse among front-line practitioners.",
         "Deliver economic abuse briefings to housing, adult social care and GP practice staff.", "DA Partnership Manager",
         "March 2025", "Green", "Four briefings delivered; GP practice sessions booked through the ICB safeguarding team."],
        ["1.2", "Safer Sefton Together to raise awareness of economic abuse among front-line practitioners.",
         "Add economic abuse to the DA training pathway.", "DA Training Coordinator", "September 2024", "Complete",
         "Included in the level 2 course from September."],
        ["2.1", "Mersey Care to make sure routine enquiry about domestic abuse is carried out in community mental health teams.",
         "Audit routine enquiry in CMHT records and report compliance to the Safeguarding Committee.", "Named Nurse Safeguarding Adults",
         "Decmber 2024", "Amber", "First audit completed; compliance 64%. Re-audit planned after training."],
        ["3.1", "Merseyside Police to review the use of DASH risk assessments where the victim declines to answer.",
         "Issue guidance to response officers and check compliance through the monthly DA review meeting.", "DI Public Protection",
         "31/05/2025", "Green", "Guidance drafted and with the Force policy team."],
        ["4.1", "Sefton Council to make sure housing options staff ask about domestic abuse at every homelessness approach.",
         "Update the housing options triage script and train staff.", "Housing Options Manager",
         "Jan-25", "Green", "Script updated; training booked for 22 January."],
        ["5.1", "The CSP to publish the review and share learning.", "Publish the DHR overview report and a 7-minute briefing once the Home Office has given approval.",
         "Community Safety Manager", "TBC", "Not started", "Awaiting Home Office Quality Assurance Panel feedback."],
    ]
    with open(os.path.join(OUT, "bu2-safer-sefton-csp-dhr-action-tracker-export.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- G: housing association RSH plan (tab-separated txt)
def make_bromford():
    lines = [
        ["Bromford Flagship - Regulatory Improvement Plan (Consumer Standards)"],
        ["Version 3 - update to Board 20/03/2025"],
        [],
        ["Standard", "Ref", "Issue identified", "Action", "Lead", "Target date", "Status", "Progress"],
        ["Safety and Quality Standard", "SQ1", "Stock condition data is missing or more than five years old for around 30% of homes",
         "Complete stock condition surveys for all homes not surveyed in the last five years.", "Director of Asset Management", "31/03/2026", "On track",
         "11,400 surveys completed since October; survey contractor on programme."],
        ["Safety and Quality Standard", "SQ2", "Stock condition data is missing or more than five years old for around 30% of homes",
         "Load survey data into the asset management system and validate it against repairs data.", "Asset Data Manager", "Q2 2025/26", "Amber",
         "Validation rules agreed. Data load delayed by the system upgrade."],
        ["Safety and Quality Standard", "SQ3", "Overdue remedial actions from fire risk assessments",
         "Clear all high-risk fire risk assessment actions that were overdue at 1 January 2025.", "Head of Building Safety", "30/06/2025", "Red",
         "142 of 310 actions cleared. Contractor capacity increased from April."],
        ["Transparency, Influence and Accountability Standard", "TIA1", "Tenant satisfaction measures not reported to the Board in full",
         "Report the full TSM results to the Board and publish them on the website with commentary.", "Company Secretary", "Sept 2024", "Complete",
         "Reported to Board in July and published in September."],
        ["Transparency, Influence and Accountability Standard", "TIA2", "Tenant satisfaction measures not reported to the Board in full",
         "Set up a tenant scrutiny panel with terms of reference agreed by the Customer Committee.", "Head of Customer Engagement", "December 2025", "Green",
         "Recruitment of panel members under way; 9 applications so far."],
        ["Neighbourhood and Community Standard", "NC1", "Inconsistent response to reports of anti-social behaviour",
         "Introduce an ASB case review within 10 working days and a risk assessment for every case.", "Head of Neighbourhoods", "w/c 14/04/2025", "Green",
         "Revised ASB procedure approved; go-live planned for mid-April."],
        ["Neighbourhood and Community Standard", "NC2", "Inconsistent response to reports of anti-social behaviour",
         "Train neighbourhood officers on the revised ASB policy and procedure.", "Head of Neighbourhoods / L&D Partner", "Ongoing", "Green",
         "Training included in induction; refresher sessions run each quarter."],
        [],
        ["Status key: Complete; On track (Green); Amber - at risk; Red - off track"],
    ]
    with open(os.path.join(OUT, "bu2-bromford-flagship-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8") as f:
        for l in lines:
            f.write("\t".join(l) + "\n")


if __name__ == "__main__":
    make_hampshire(); make_south_staffs(); make_cambs_fire(); make_wirral(); make_east_lindsey(); make_sefton(); make_bromford()
    print("done")
