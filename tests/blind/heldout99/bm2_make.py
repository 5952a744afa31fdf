"""Generate the bm2- blind test documents (non-children's plans)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

FILL = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}
HDR = PatternFill("solid", fgColor="1F3864")
BAND = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------------- 1. Kent FRS
def kent_frs():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Kent Fire and Rescue Service"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "HMICFRS Inspection 2023–25 – Areas for Improvement: Service Improvement Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws.merge_cells("A2:H2")
    ws["A3"] = "Progress position as at 31 January 2025 – reported to the Kent and Medway Fire and Rescue Authority"
    ws.merge_cells("A3:H3")
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Target date",
           "Revised date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HDR
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("band", "Effectiveness"),
        ("afi", "AFI 1 – The service should make sure it has an effective system for staff to use learning and debriefs to improve operational response and incident command.", [
            ("1.1", "Review the operational debrief policy so that hot and structured debriefs are recorded on one system.", "Area Manager Operational Assurance", D(2024, 6, 30), None,
             "Policy revised and approved at Service Leadership Team in June. All debriefs now recorded on the assurance platform.", "B"),
            ("1.2", "Publish a quarterly operational learning bulletin to all stations and fire control.", "Group Manager Operational Learning", D(2024, 9, 30), D(2025, 3, 31),
             "First two bulletins issued. Distribution to on-call stations delayed by the move to the new intranet; revised date agreed.", "A"),
        ]),
        ("afi", "AFI 2 – The service should make sure it targets its prevention work at the people most at risk from fire.", [
            ("2.1", "Refresh the Safe and Well visit targeting model using NHS and partner data.", "Head of Prevention", D(2024, 12, 31), None,
             "New targeting model live from November. Early data shows 68% of visits now going to the highest risk households.", "G"),
            ("2.2", "Agree data-sharing arrangements with the two adult social care authorities to receive referrals for people at high risk.", "Head of Prevention / Information Governance Manager", D(2025, 3, 31), None,
             "Agreement signed with one authority; second agreement with legal teams for review.", "G"),
        ]),
        ("band", "Efficiency"),
        ("afi", "AFI 3 – The service should make sure it has sound financial plans that show how it will meet the cost of its future workforce and estates needs.", [
            ("3.1", "Produce a ten-year estates strategy linked to the medium-term financial plan.", "Director of Finance and Corporate Services", D(2025, 6, 30), None,
             "Condition surveys complete for all 56 sites. Draft strategy to Authority in June.", "G"),
            ("3.2", "Model workforce costs for the next five years, including on-call availability changes.", "Head of Finance", D(2024, 10, 31), D(2025, 4, 30),
             "Modelling delayed pending the national pay award; assumptions to be updated in February.", "A"),
        ]),
        ("band", "People"),
        ("afi", "AFI 4 – The service should make sure all staff understand and can use its procedures for raising concerns.", [
            ("4.1", "Relaunch the Speak Up policy with a network of trained Speak Up Guardians.", "Head of People and Organisational Development", D(2024, 9, 30), None,
             "Twelve guardians trained and in post. Relaunch completed with station visits and an all-staff briefing.", "B"),
            ("4.2", "Survey staff on confidence in raising concerns and report the results to the People Committee.", "HR Business Partner", D(2025, 5, 31), None,
             "Survey questions agreed; survey to go out in March.", "G"),
        ]),
        ("afi", "AFI 5 – The service should improve the diversity of its workforce.", [
            ("5.1", "Deliver positive action taster days ahead of each wholetime recruitment campaign.", "Recruitment and Inclusion Manager", D(2024, 11, 30), None,
             "Two taster days held before the autumn campaign were undersubscribed; the third has not been arranged and the campaign has closed.", "R"),
        ]),
    ]
    r = 6
    for kind, *rest in rows:
        if kind == "band":
            ws.cell(row=r, column=1, value=rest[0]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(row=r, column=c).fill = BAND
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        afi, acts = rest
        first = r
        for ref, act, lead, tgt, rev, prog, rag in acts:
            vals = [ref, afi if r == first else None, act, lead, tgt, rev, prog, rag]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c in (5, 6) and v is not None:
                    cell.number_format = "mmm-yy"
            rc = ws.cell(row=r, column=8)
            rc.fill = FILL[rag]
            rc.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    key = [("B", "Blue – action complete"), ("G", "Green – on track to deliver by target date"),
           ("A", "Amber – some slippage, revised date agreed"), ("R", "Red – off track, escalated to SLT")]
    for k, txt in key:
        r += 1
        ws.cell(row=r, column=1, value=k).fill = FILL[k]
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFGH", (7, 40, 45, 24, 11, 11, 50, 6)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(os.path.join(OUT, "bm2-kent-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. Places for People
def pfp():
    doc = Document()
    landscape(doc)
    doc.add_heading("Consumer Standards Improvement Plan 2024–2026", level=0)
    doc.add_paragraph(
        "This plan sets out how Places for People will respond to the findings of the Regulator of Social "
        "Housing's consumer standards inspection. It is owned by the Executive Director of Customer and "
        "Communities and progress is reported to the Customer Services Committee each quarter.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=4)
    dc.style = "Table Grid"
    for i, row in enumerate([("Version", "Date", "Author", "Approved by"),
                             ("0.3", "12/09/2024", "Regulatory Compliance Lead", "Executive Team"),
                             ("1.0", "03/10/2024", "Regulatory Compliance Lead", "Customer Services Committee"),
                             ("1.1", "16/01/2025", "Regulatory Compliance Lead", "Customer Services Committee")]):
        for j, v in enumerate(row):
            dc.cell(i, j).text = v
    sections = [
        ("1. Safety and Quality Standard", [
            ("SQ1", "Complete stock condition surveys on every home not surveyed in the last five years.", "Director of Asset Management", "31 March 2025", "On track",
             "14,200 of 19,500 surveys complete. Additional surveyor capacity in place from January."),
            ("SQ2", "Clear the backlog of overdue fire risk assessment actions in blocks of flats.", "Head of Building Safety", "December 2024", "Complete",
             "All 312 overdue high-priority actions closed and verified by the compliance team."),
            ("SQ3", "Introduce a damp and mould case management process with a named officer for each case.", "Head of Repairs / Head of Customer Experience", "Q1 2025/26", "At risk",
             "Process designed. Recruitment of case officers has taken longer than planned; three of five posts filled."),
        ]),
        ("2. Transparency, Influence and Accountability Standard", [
            ("TIA1", "Publish Tenant Satisfaction Measures with a narrative on what we are doing about the results.", "Head of Performance and Insight", "June 2025", "On track",
             "2023/24 results published in July. Narrative for 2024/25 results in draft."),
            ("TIA2", "Review the complaints policy against the Housing Ombudsman Complaint Handling Code and self-assess annually.", "Complaints Manager", "Ongoing", "On track",
             "Self-assessment submitted to the Ombudsman and published on our website. Next review due in the spring."),
            ("TIA3", "Set up a Customer Scrutiny Panel with its own work programme and budget.", "Customer Engagement Manager", "30/09/2025", "Not started",
             "Terms of reference to be co-designed with customers from April."),
        ]),
        ("3. Tenancy Standard", [
            ("T1", "Carry out tenancy audits on all tenancies older than three years, prioritising customers with support needs.", "Head of Housing Management", "Sept 2025 – March 2026", "On track",
             "Audit approach agreed and pilot completed in the North West region."),
            ("T2", "Refresh the anti-social behaviour policy and train all neighbourhood officers.", "ASB Lead", "28/02/2025", "Off track",
             "Policy consultation with customers ran late; training now scheduled once the policy is approved."),
        ]),
    ]
    for heading, acts in sections:
        doc.add_heading(heading, level=1)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "What we will do", "Owner", "By when", "Status", "Update"]):
            t.cell(0, j).text = h
            t.cell(0, j).paragraphs[0].runs[0].bold = True
            shade(t.cell(0, j), "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for j, v in enumerate(a):
                cells[j].text = v
            st = a[4]
            shade(cells[4], {"On track": "92D050", "Complete": "8DB4E2", "At risk": "FFC000",
                             "Off track": "FF0000", "Not started": "FFFFFF"}[st])
    doc.add_heading("Status key", level=2)
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (s, m) in enumerate([("Complete", "Action delivered and evidence verified (blue)"),
                                ("On track", "Expected to be delivered by the date shown (green)"),
                                ("At risk", "Some delay; mitigation in place (amber)"),
                                ("Off track", "Will not be delivered by the date shown (red)"),
                                ("Not started", "Action not yet due to start")]):
        k.cell(i, 0).text = s
        k.cell(i, 1).text = m
    doc.save(os.path.join(OUT, "bm2-places-for-people-rsh-consumer-standards-improvement-plan.docx"))


# ---------------------------------------------------------------- 3. Gloucester City CPC (tab text)
def gloucester():
    lines = [
        "Gloucester City Council",
        "LGA Corporate Peer Challenge – Action Plan: progress update November 2024",
        "",
        "\t".join(["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress update", "RAG"]),
    ]
    rows = [
        ("1. Refresh the Council Plan so that it sets out a small number of clear priorities that members and staff understand.", "1a",
         "Hold member workshops to agree the priorities for the refreshed Council Plan.", "Managing Director", "Oct-24",
         "Three cross-party workshops held in September and October. Priorities agreed at Cabinet.", "Complete"),
        ("", "1b", "Publish the refreshed Council Plan with a performance framework linked to each priority.", "Head of Policy and Resources", "Mar-25",
         "Draft plan out for consultation; performance measures being finalised with service managers.", "Green"),
        ("2. Develop a medium-term financial strategy that closes the budget gap without relying on reserves.", "2a",
         "Set up a savings programme board chaired by the Section 151 Officer.", "JH/ST", "Q3 2024/25",
         "Board meets monthly. £1.2m of the £2.1m target identified so far.", "Amber"),
        ("", "2b", "Review fees and charges against neighbouring councils and the cost of delivery.", "Head of Finance and Resources", "By end of January 2025",
         "Benchmarking complete; proposals to go to Budget Council in February.", "Green"),
        ("", "2c", "Report progress on the savings programme to Overview and Scrutiny each quarter.", "Section 151 Officer", "Ongoing",
         "Quarter 2 report considered in November.", "Green"),
        ("3. Strengthen the council's approach to regeneration partnerships in the city centre.", "3a",
         "Agree a shared delivery plan for the city centre with the county council and the business improvement district.", "Director of Communities", "September 2025",
         "Initial partnership meeting held. Terms of reference still to be agreed by partners.", "Amber"),
        ("4. Invest in the organisation's capacity, including its approach to workforce planning and digital.", "4a",
         "Produce a workforce strategy including succession planning for key posts.", "Head of Transformation and Commissioning", "June 2025",
         "Work to start once the organisational design review reports.", "Not started"),
        ("", "4b", "Complete the move to cloud-based systems for the remaining back-office services.", "ICT Manager", "31/12/2024",
         "Contract delays mean migration of the planning system will not finish this year.", "Red"),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete = action delivered; Green = on track; Amber = some delay, within tolerance; Red = significant delay; Not started = not yet due"]
    with open(os.path.join(OUT, "bm2-gloucester-city-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------- 4. RUH Bath CQC (docx)
def ruh():
    doc = Document()
    landscape(doc)
    doc.add_heading("Royal United Hospitals Bath NHS Foundation Trust", level=1)
    doc.add_heading("CQC Inspection Action Plan – Must Do and Should Do Actions", level=0)
    doc.add_paragraph(
        "Following the Care Quality Commission's inspection of urgent and emergency care and medical care, "
        "the Trust was told of the actions it must take to comply with its legal obligations and the actions "
        "it should take to improve. This plan is monitored by the Quality Governance Committee. Status as at 28 February 2025.")
    sections = [
        ("Urgent and emergency care", [
            ("MD1", "The trust must ensure patients in the emergency department are triaged within 15 minutes of arrival. (Regulation 12)", [
                "Introduce a streaming nurse at the front door between 10:00 and 02:00.",
                "Audit triage times weekly and report to the Urgent Care Group.",
            ], ["Divisional Director of Nursing (Medicine)", "ED Matron"], ["31/03/2025", "30/04/2025"], ["Green", "Complete"]),
            ("MD2", "The trust must ensure staff complete mandatory safeguarding training to the required level. (Regulation 18)", [
                "Set a trajectory for each staff group to reach 90% compliance and review it at the ED governance meeting.",
            ], ["Head of Safeguarding"], ["30/06/2025"], ["Amber"]),
            ("SD1", "The trust should ensure that patients' pain is reassessed and recorded.", [
                "Add pain reassessment prompts to the electronic patient record.",
            ], ["Chief Clinical Information Officer"], ["31/05/2025"], ["Green"]),
        ]),
        ("Medical care (including older people's care)", [
            ("MD3", "The trust must ensure that mental capacity assessments are completed and recorded where patients may lack capacity. (Regulation 11)", [
                "Deliver Mental Capacity Act training sessions on every medical ward.",
                "Complete a monthly audit of capacity assessments on the wards caring for people living with dementia.",
            ], ["MCA Lead / Dementia Lead Nurse", "Matron for Older People"], ["31/01/2025", "Monthly"], ["Complete", "Green"]),
            ("SD2", "The trust should ensure that discharge planning starts on admission.", [
                "Roll out the 'Home First' discharge checklist across all medical wards.",
            ], ["Deputy Chief Operating Officer"], ["31/08/2025"], ["Red"]),
        ]),
    ]
    for heading, items in sections:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(["Ref", "Must do / Should do", "Action", "Lead", "Due date", "Status"]):
            t.cell(0, j).text = h
            t.cell(0, j).paragraphs[0].runs[0].bold = True
            shade(t.cell(0, j), "BDD7EE")
        for ref, req, acts, leads, dues, sts in items:
            start = len(t.rows)
            for i, a in enumerate(acts):
                cells = t.add_row().cells
                if i == 0:
                    cells[0].text = ref
                    cells[1].text = req
                cells[2].text = a
                cells[3].text = leads[i]
                cells[4].text = dues[i]
                cells[5].text = sts[i]
                shade(cells[5], {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}[sts[i]])
            end = len(t.rows) - 1
            if end > start:
                t.cell(start, 0).merge(t.cell(end, 0))
                t.cell(start, 1).merge(t.cell(end, 1))
    doc.add_paragraph("Status key: Complete – action implemented and evidence accepted; Green – on track; "
                      "Amber – at risk of missing the due date; Red – overdue.")
    doc.save(os.path.join(OUT, "bm2-ruh-bath-cqc-must-should-do-action-plan.docx"))


# ---------------------------------------------------------------- 5. Amber Valley IA tracker (refuse)
def amber_valley():
    wb = Workbook()
    ws = wb.active
    ws.title = "Outstanding Recs"
    ws["A1"] = "Amber Valley Borough Council – Internal Audit: Outstanding Recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Report to Audit and Standards Committee – position at 31 December 2024"
    hdr = ["Audit", "Rec No", "Priority", "Recommendation", "Agreed management action",
           "Responsible officer", "Original due date", "Revised due date", "Status", "Comments"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="C6E0B4")
        cell.border = BOX
        cell.alignment = WRAP
    rows = [
        ("Creditors 2023/24", "1", "Medium", "Supplier bank detail changes should be independently verified before being processed.",
         "Call-back verification to be introduced for all bank detail changes and evidence retained.", "Exchequer Services Manager", D(2024, 6, 30), None, "Implemented",
         "Confirmed by audit testing in October."),
        ("Creditors 2023/24", "2", "Low", "The supplier master file should be reviewed for duplicates and dormant accounts.",
         "Annual cleanse of the supplier file.", "Exchequer Services Manager", D(2024, 9, 30), D(2025, 3, 31), "In progress",
         "Dormant accounts identified; deletion awaiting finance system upgrade."),
        ("Council Tax 2023/24", "3", "High", "Single person discount reviews should be completed annually.",
         "Procure a data-matching review of all single person discounts.", "Revenues and Benefits Manager", D(2024, 8, 31), None, "Implemented",
         "Review complete; 412 discounts removed."),
        ("Health and Safety 2023/24", "4", "High", "Fire risk assessments for council buildings should be reviewed at the frequency set in policy.",
         "Complete overdue assessments and set up a review schedule in the compliance system.", "Facilities Manager", D(2024, 7, 31), "Janaury 2025", "In progress",
         "Four of seven overdue assessments now complete."),
        ("Health and Safety 2023/24", "5", "Medium", "Lone working arrangements should be documented for all relevant services.",
         "Issue lone working procedure and check that each service has a local risk assessment.", "Health and Safety Officer", D(2024, 12, 31), None, "Not started",
         "Officer recently appointed."),
        ("ICT Asset Management 2024/25", "6", "Medium", "An accurate register of ICT hardware should be maintained.",
         "Reconcile the asset register to the network discovery tool quarterly.", "ICT Manager", D(2025, 3, 31), None, "In progress",
         "First reconciliation done in November."),
    ]
    for i, row in enumerate(rows):
        r = 5 + i
        for c, v in enumerate(row, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
            if c in (7, 8) and isinstance(v, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    for col, w in zip("ABCDEFGHIJ", (22, 7, 9, 40, 40, 24, 12, 12, 12, 36)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bm2-amber-valley-bc-internal-audit-recommendations-tracker-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 6. Norfolk Constabulary PEEL (csv)
def norfolk():
    rows = [
        ["AFI Ref", "PEEL Question", "Area for Improvement", "Action Ref", "Action", "Action Owner", "Due Date", "RAG", "Update", "Last Updated"],
        ["AFI 1", "Responding to the public", "The constabulary should make sure it answers emergency and non-emergency calls within national standards.", "1.1",
         "Review control room shift patterns against demand and implement the revised rota.", "Supt Claire Ward", "31/03/2025", "Green",
         "Demand analysis complete; new rota consulted on and due to start in March.", "14/01/2025"],
        ["AFI 1", "Responding to the public", "The constabulary should make sure it answers emergency and non-emergency calls within national standards.", "1.2",
         "Introduce call-back for abandoned 101 calls.", "Head of Contact and Control Room", "30/11/2024", "Complete",
         "Call-back live since October. Abandonment rate down to 9%.", "14/01/2025"],
        ["AFI 2", "Investigating crime", "The constabulary should make sure victims are updated in line with the Victims' Code.", "2.1",
         "Add Victims' Code compliance to the monthly crime data integrity audit.", "DCI Mark Pearson", "Apr-25", "Amber",
         "Audit template amended. First results show 71% compliance; action plan being drafted for CID.", "09/01/2025"],
        ["AFI 2", "Investigating crime", "The constabulary should make sure victims are updated in line with the Victims' Code.", "2.2",
         "Brief all investigators on victim contact contracts.", "T/Ch Supt Jo Baines & DCI Sam Hale", "28/02/2025", "Green",
         "Briefings delivered to 80% of CID and local policing teams.", "09/01/2025"],
        ["AFI 3", "Protecting vulnerable people", "The constabulary should improve how it manages registered sex offenders, reducing the number of overdue visits.", "3.1",
         "Recruit four additional MOSOVO officers.", "Det Supt Helen Crane", "June 2025", "Red",
         "Recruitment campaign failed to attract suitable applicants; re-advertised with a wider pool.", "20/12/2024"],
        ["AFI 3", "Protecting vulnerable people", "The constabulary should improve how it manages registered sex offenders, reducing the number of overdue visits.", "3.2",
         "Clear the backlog of overdue home visits.", "Det Supt Helen Crane", "31/03/2025", "Amber",
         "Backlog reduced from 64 to 27 visits.", "20/12/2024"],
        ["AFI 4", "Building, supporting and protecting the workforce", "The constabulary should make sure supervisors have the time to carry out wellbeing conversations.", "4.1",
         "Include wellbeing conversations in the performance development review.", "Head of HR", "Ongoing", "Green",
         "Included in the 2024/25 PDR cycle; completion monitored monthly.", "03/01/2025"],
    ]
    with open(os.path.join(OUT, "bm2-norfolk-constabulary-peel-afi-tracker.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Salford SAB SAR (xlsx, fill-only RAG)
def salford():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR Adult H"
    ws["A1"] = "Salford Safeguarding Adults Board"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Safeguarding Adults Review – 'Adult H' – Multi-agency Action Plan"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Agreed by the SAB: 14 March 2024. Monitored by the SAR Sub-Group."
    hdr = ["Rec No.", "SAR Recommendation", "Action", "Agency / Lead", "Target Date",
           "Evidence of completion / progress", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7030A0")
        cell.border = BOX
        cell.alignment = WRAP
    recs = [
        ("1", "The SAB should seek assurance that partners understand and apply the self-neglect and hoarding procedure.", [
            ("Relaunch the self-neglect and hoarding procedure with a practitioner briefing.", "SAB Business Manager", D(2024, 6, 30),
             "Briefing delivered to 240 practitioners in May and June 2024. Recording on the SAB website.", "G"),
            ("Audit a sample of self-neglect cases across agencies to test use of the procedure.", "SAB Quality Assurance Sub-Group Chair", D(2024, 12, 31),
             "Audit fieldwork complete; findings to be presented at the January sub-group.", "A"),
        ]),
        ("2", "Agencies should make sure that practitioners consider mental capacity when a person repeatedly declines care.", [
            ("Include executive capacity in Mental Capacity Act training for adult social care and community health staff.", "Principal Social Worker; Named Nurse Safeguarding Adults", "Sept 2024",
             "Training materials updated and in use since August.", "G"),
            ("Develop a case-study learning brief on Adult H for team meetings.", "SAB Business Manager", "Ongoing – reported quarterly",
             "Draft brief being checked with the family before it is shared.", "A"),
        ]),
        ("3", "Housing providers should share information about tenants at risk of eviction with adult social care at an early stage.", [
            ("Agree an information-sharing protocol between registered housing providers and adult social care.", "Head of Housing Options", D(2025, 3, 31),
             "Protocol drafted but not yet agreed by two of the larger housing providers; escalated to the Board.", "R"),
        ]),
    ]
    r = 6
    for no, rec, acts in recs:
        first = r
        for act, lead, tgt, prog, rag in acts:
            vals = [no if r == first else None, rec if r == first else None, act, lead, tgt, prog, None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if c == 5 and isinstance(v, dt.datetime):
                    cell.number_format = "mmm-yy"
            ws.cell(row=r, column=7).fill = FILL[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Key").font = Font(bold=True)
    for k, txt in [("G", "Green – Completed"), ("A", "Amber – In progress"), ("R", "Red – Not progressed / overdue")]:
        r += 1
        ws.cell(row=r, column=1).fill = FILL[k]
        ws.cell(row=r, column=2, value=txt)
    for col, w in zip("ABCDEFG", (7, 42, 45, 30, 14, 45, 7)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "bm2-salford-sab-sar-adult-h-action-plan.xlsx"))


if __name__ == "__main__":
    kent_frs()
    pfp()
    gloucester()
    ruh()
    amber_valley()
    norfolk()
    salford()
