"""Generator for the bo2- cases of heldout101 (non-children's plans)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {k: PatternFill("solid", fgColor=v) for k, v in {
    "green": "00B050", "amber": "FFC000", "red": "FF0000", "blue": "0070C0",
    "grey": "D9D9D9", "navy": "1F3864", "white": "FFFFFF"}.items()}


def p(name):
    return os.path.join(OUT, name)


# ---------------------------------------------------------------- 1 Cheshire FRS
def cheshire():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "Cheshire Fire and Rescue Service – HMICFRS Inspection 2023–25: Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Update for Performance and Overview Committee – position at 31 January 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Lead officer", "Target date",
           "Revised target date", "RAG", "Progress update"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF"); x.fill = FILL["navy"]
        x.alignment = WRAP; x.border = BOX
    groups = [
        ("Effectiveness – Preventing fires and other risks",
         "The service should make sure its prevention work is targeted at those most at risk of fire, and that it evaluates the effectiveness of its prevention activity.",
         [("1.1", "Refresh the Home Safety Assessment risk targeting model using Exeter data and partner referral information, and re-profile station visit targets.",
           "Head of Prevention", D(2024, 3, 31), None, "green",
           "New targeting model agreed at Prevention Board in December. Stations working to revised profiles from January 2024."),
          ("1.2", "Introduce a prevention evaluation framework and complete evaluations of the Safe and Well and Safety Central programmes.",
           "Prevention Manager (Evaluation)", D(2024, 6, 30), D(2024, 9, 30), "amber",
           "Framework drafted with University of Chester. Evaluation of Safety Central delayed due to a staff vacancy; revised date agreed by SLT.")]),
        ("Effectiveness – Protecting the public through fire regulation",
         "The service should make sure its risk-based inspection programme prioritises the highest-risk premises and that it has enough qualified staff to deliver it.",
         [("2.1", "Review the Risk Based Inspection Programme (RBIP) methodology against the NFCC protection policy framework.",
           "Head of Protection", D(2023, 12, 31), None, "blue",
           "RBIP review completed and new methodology approved by Protection Board on 14/12/2023."),
          ("2.2", "Recruit and train four additional Fire Safety Inspectors to Level 4 Diploma standard.",
           "Protection Group Manager / HR Business Partner", D(2024, 5, 31), None, "green",
           "Three inspectors appointed and enrolled on the Level 4 Diploma; fourth post out to advert.")]),
        ("Efficiency – Making best use of resources",
         "The service should make sure it has effective measures in place to assess the productivity of its operational staff, and uses them to inform workforce planning.",
         [("3.1", "Develop a station productivity dashboard in Power BI covering prevention, protection and training activity.",
           "Head of Performance and Planning", D(2024, 3, 31), D(2024, 7, 31), "amber",
           "Data model built. Integration with the training records system is taking longer than planned."),
          ("3.2", "Set station activity targets through the 2024-25 service planning process and report them quarterly to Performance and Overview Committee.",
           "Area Manager – Service Delivery", D(2025, 3, 31), None, None,
           "Will commence once the dashboard (3.1) is live.")]),
        ("People – Promoting the right values and culture",
         "The service should monitor secondary contracts to make sure working hours are not exceeded.",
         [("4.1", "Introduce an annual declaration of secondary employment and a monthly check of combined working hours for staff on secondary contracts.",
           "Head of People and OD", D(2024, 2, 29), None, "blue",
           "Declarations completed by all staff; monthly check in place via the HR system from February 2024."),
          ("4.2", "Audit compliance with the Working Time Regulations for on-call staff who also hold wholetime contracts.",
           "Internal Audit (MIAA) / Head of People and OD", D(2024, 4, 30), None, "red",
           "Audit not yet scheduled by MIAA; escalated to the Director of Governance.")]),
        ("People – Managing performance and developing leaders",
         "The service should put in place an open and fair process to identify, develop and support high-potential staff and aspiring leaders.",
         [("5.1", "Launch a talent management programme open to uniformed and non-uniformed staff, with published selection criteria.",
           "Head of Learning and Development", D(2024, 9, 30), None, "green",
           "Programme design approved; first cohort selection opens in June 2024.")]),
    ]
    r = 5
    for head, afi, acts in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        x = ws.cell(r, 1, head); x.font = Font(bold=True); x.fill = FILL["grey"]
        r += 1
        first = r
        for ref, act, lead, tgt, rev, rag, prog in acts:
            vals = [ref, afi if r == first else None, act, lead, tgt, rev, None, prog]
            for c, v in enumerate(vals, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
                if c in (5, 6) and v is not None:
                    x.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(r, 7).fill = FILL[rag]
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for col, txt in [("green", "On track"), ("amber", "Some slippage – revised date agreed"),
                     ("red", "Off track – escalated"), ("blue", "Complete"), ("white", "Not yet started")]:
        ws.cell(r, 1).fill = FILL[col]; ws.cell(r, 1).border = BOX
        ws.cell(r, 2, txt); r += 1
    for col, w in zip("ABCDEFGH", [7, 45, 50, 26, 13, 13, 7, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(p("bo2-cheshire-frs-hmicfrs-afi-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol); tcPr.append(shd)


def bold_row(row, fill="D9E2F3"):
    for c in row.cells:
        for par in c.paragraphs:
            for run in par.runs:
                run.font.bold = True
        shade(c, fill)


# ---------------------------------------------------------------- 2 Leicestershire Police
def leics():
    doc = Document()
    doc.add_heading("Leicestershire Police – PEEL 2023–25 Inspection: Areas for Improvement Action Plan", 1)
    doc.add_paragraph(
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
        "assessment of Leicestershire Police in 2023. This plan sets out the force's response to each area for "
        "improvement (AFI). Progress is reviewed monthly at the Force Performance Board and reported to the "
        "Office of the Police and Crime Commissioner.")
    doc.add_paragraph("Document control").runs[0].bold = True
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    bold_row(t.rows[0])
    for row in [("0.1", "14/11/2023", "Strategic Planning Unit", "First draft"),
                ("1.0", "05/12/2023", "Strategic Planning Unit", "Approved by Chief Officer Team"),
                ("1.2", "08/04/2024", "Strategic Planning Unit", "Quarter 4 progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    sections = [
        ("Responding to the public", [
            ("The force should make sure it answers non-emergency (101) calls promptly and that it reduces the number of calls abandoned.", [
                ("1.1", "Implement a call-back option and a digital 101 channel through the contact management platform.",
                 "Head of Contact Management", "31/03/2024", "Complete",
                 "Call-back live since 12 February 2024; abandonment rate reduced from 28% to 14%."),
                ("1.2", "Complete a demand and resourcing review of the Force Control Room and align shift patterns to peak 101 demand.",
                 "Supt Gemma Holt", "June 2024", "Amber",
                 "Review complete. Consultation on the revised shift pattern with staff associations extended into May.")]),
            ("The force should make sure it records equality data for victims at the first point of contact.", [
                ("2.1", "Make self-defined ethnicity a mandatory field on the Niche crime record and monitor compliance monthly.",
                 "DCI R. Mistry", "Q2 2024/25", "Green",
                 "Change request approved by the Niche user group; system change due in July.")])]),
        ("Investigating crime", [
            ("The force should make sure investigations are supervised effectively and that investigation plans are recorded.", [
                ("3.1", "Introduce a supervisory review template on Niche for all crimes allocated to investigators.",
                 "Det Supt Paul Ward", "30/04/2024", "Green",
                 "Template built and tested with the Burglary Team; force-wide launch planned for 22 April."),
                ("3.2", "Dip-sample 50 investigations per month through the Crime Standards Team and report findings to the Crime and Justice Board.",
                 "Ch Insp Khan / Insp Lowe", "Ongoing", "Green",
                 "Dip sampling started in January. Compliance with recorded investigation plans has risen to 71%.")])]),
        ("Protecting vulnerable people", [
            ("The force should improve how it shares information about children with partner agencies after domestic abuse incidents.", [
                ("4.1", "Agree a revised Operation Encompass notification process with the three local authorities so that schools are notified before 9am on the next school day.",
                 "DCI Sarah Bennett", "September 2024", "Red",
                 "Process agreed with Leicester City. Sign-off by the other two authorities is delayed and has been escalated to the Strategic Partnership Board.")])]),
        ("Managing offenders and suspects", [
            ("The force should make sure it manages the risk posed by registered sex offenders within expected timescales.", [
                ("5.1", "Clear the backlog of overdue ARMS assessments and monitor compliance weekly.",
                 "Detective Inspector – Management of Sexual or Violent Offenders", "31/12/2023", "Complete",
                 "Backlog cleared in December 2023. Weekly compliance report now in place."),
                ("5.2", "Recruit two additional offender managers to bring caseloads within national guidance.",
                 "Supt Public Protection", "March 2025", "Not started",
                 "Posts included in the 2024/25 growth bid; awaiting budget confirmation.")])]),
    ]
    hdr = ["Ref", "Area for improvement", "Action", "Action owner", "Due date", "RAG", "Update"]
    for sec, afis in sections:
        doc.add_heading(sec, 2)
        t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            c.text = h
        bold_row(t.rows[0])
        for afi, acts in afis:
            start = len(t.rows)
            for i, (ref, act, lead, due, rag, upd) in enumerate(acts):
                cells = t.add_row().cells
                for c, v in zip(cells, [ref, afi if i == 0 else "", act, lead, due, rag, upd]):
                    c.text = v
            if len(acts) > 1:
                t.cell(start, 1).merge(t.cell(len(t.rows) - 1, 1))
        doc.add_paragraph()
    doc.add_paragraph("RAG key: Green – on track; Amber – some slippage, action being taken; "
                      "Red – off track, escalation required; Complete – action finished and evidenced; "
                      "Not started – not yet due to start.")
    doc.save(p("bo2-leicestershire-police-peel-afi-action-plan.docx"))


# ---------------------------------------------------------------- 3 Midland Heart
def midland():
    doc = Document()
    doc.add_heading("Midland Heart – Response to the Housing Ombudsman's Spotlight Report on Damp and Mould: Action Plan", 1)
    doc.add_paragraph(
        "In October 2021 the Housing Ombudsman published 'Spotlight on: Damp and mould – It's not lifestyle'. "
        "We have completed a self-assessment against the report and this action plan sets out what we are doing "
        "in response to the recommendations most relevant to our homes and customers. It is monitored by the "
        "Customer Services Committee each quarter.")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in [("Owner", "Director of Property Services"), ("Version", "1.3"),
                 ("Date", "6 March 2023"), ("Approved by", "Customer Services Committee")]:
        cells = t.add_row().cells; cells[0].text = k; cells[1].text = v
        shade(cells[0], "F2F2F2")
    doc.add_paragraph()
    hdr = ["No.", "Ombudsman recommendation", "Our action", "Lead", "Target date", "Status"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
    bold_row(t.rows[0], "C00000")
    data = [
        ("Culture and governance", [
            ("1", "Landlords should adopt a zero-tolerance approach to damp and mould interventions.",
             "Adopt a zero-tolerance damp and mould policy, approved by the Board, and publish it on our website.",
             "Director of Property Services", "March 2023", "Complete"),
            ("2", "Landlords should ensure that their Board receives regular reporting on damp and mould cases and performance.",
             "Add damp and mould case volumes, timescales and repeat cases to the quarterly Board performance report.",
             "Head of Business Intelligence", "Q1 2023/24", "On track")]),
        ("Identifying and tackling damp and mould", [
            ("3", "Landlords should use data and stock condition information to identify homes at risk of damp and mould.",
             "Complete stock condition surveys of 100% of homes over five years, prioritising pre-1945 and solid-wall properties, and build a damp risk model.",
             "Head of Asset Management", "31 March 2025", "On track"),
            ("4", "Landlords should ensure staff and contractors are trained to recognise and report damp and mould.",
             "Deliver damp and mould awareness training to all customer-facing staff and repairs operatives, with refresher training each year.",
             "Learning and Development Manager / Head of Repairs", "June 2023", "Amber"),
            ("5", "Landlords should not automatically attribute damp and mould to residents' lifestyle.",
             "Remove 'lifestyle' wording from all letters and scripts and replace it with advice focused on what we will do.",
             "Head of Customer Experience", "End of April 2023", "Complete")]),
        ("Communication with residents", [
            ("6", "Landlords should keep residents informed of the progress of damp and mould cases and agree timescales with them.",
             "Introduce a named case owner for every damp and mould case and a text update at each stage of the repair.",
             "Damp and Mould Case Manager", "September 2023", "Not started")]),
        ("Complaints and learning", [
            ("7", "Landlords should use complaints to identify systemic issues and learn from them.",
             "Hold a quarterly learning review of damp and mould complaints and Ombudsman determinations, reporting themes to the Customer Services Committee.",
             "Head of Complaints and Resolution", "Ongoing", "On track"),
            ("8", "Landlords should carry out a self-assessment against the Spotlight report and publish it.",
             "Complete and publish our self-assessment against the 26 Spotlight recommendations.",
             "Director of Customer Services", "31/01/2023", "Complete")]),
    ]
    for theme, rows in data:
        row = t.add_row(); c = row.cells[0].merge(row.cells[5]); c.text = theme
        bold_row(row, "F2DCDB")
        for vals in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, vals):
                c.text = v
    doc.save(p("bo2-midland-heart-housing-ombudsman-damp-mould-action-plan.docx"))


# ---------------------------------------------------------------- 4 Morecambe Bay (refuse)
def uhmb():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "University Hospitals of Morecambe Bay NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "CQC Inspection (Medical care and Urgent & emergency care, report published March 2024) – Must Do and Should Do Action Plan"
    ws["A2"].font = Font(bold=True)
    ws["A3"] = "Updated for Quality Committee: July 2024"
    hdr = ["Ref", "Core service", "CQC finding", "Action", "Executive lead", "Target date", "RAG", "Progress / evidence"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(5, c, h); x.font = Font(bold=True); x.fill = PatternFill("solid", fgColor="BDD7EE")
        x.border = BOX; x.alignment = WRAP
    rows = [
        ("MUST DO",),
        ("MD1", "Urgent and emergency care", "The trust must ensure patients in the emergency department receive an initial assessment within 15 minutes of arrival (Regulation 12).",
         "Introduce a rapid assessment and treatment nurse at the front door of both EDs between 10:00 and 02:00.", "Chief Operating Officer",
         "30 June 2024", "Complete", "Rapid assessment in place at RLI and FGH since 3 June 2024. Median time to initial assessment now 12 minutes."),
        ("MD2", "Urgent and emergency care", "The trust must ensure that staff complete mandatory training, including safeguarding level 3 (Regulation 18).",
         "Set divisional trajectories to reach 90% compliance and report weekly to the ED triumvirate.", "Chief People Officer",
         "31 August 2024", "Green", "Compliance 84% at end of June, up from 71%."),
        ("MD3", "Medical care", "The trust must ensure that risk assessments for falls and pressure ulcers are completed and reviewed (Regulation 12).",
         "Roll out the electronic falls and pressure ulcer risk assessment on all medical wards and audit completion monthly.", "Chief Nurse",
         "Ocotber 2024", "Amber", "Live on 9 of 14 wards. Remaining wards delayed by the EPR upgrade."),
        ("MD4", "Medical care", "The trust must ensure medicines are stored securely and at the correct temperature (Regulation 12).",
         "Install remote temperature monitoring in all ward clinical rooms and medicine fridges.", "Medical Director",
         "December 2024", "Green", "Business case approved; installation scheduled from September."),
        ("SHOULD DO",),
        ("SD1", "Urgent and emergency care", "The trust should continue to work with system partners to reduce ambulance handover delays.",
         "Agree a joint handover improvement plan with NWAS and report progress to the system UEC board.", "Chief Operating Officer",
         "September 2024", "Green", "Joint plan agreed at UEC board in June."),
        ("SD2", "Medical care", "The trust should ensure that patients' nutrition and hydration needs are recorded.",
         "Relaunch the MUST screening tool with ward-based training from the dietetics team.", "Chief Nurse",
         "31 March 2025", "Not started", "To start after the falls assessment roll-out (MD3)."),
        ("SD3", "Medical care", "The trust should ensure that learning from incidents is shared with all staff.",
         "Publish a monthly 'Learning Matters' bulletin and include incident learning in ward safety huddles.", "Medical Director",
         "Ongoing", "Green", "Bulletin issued monthly since April 2024."),
    ]
    r = 6
    for row in rows:
        if len(row) == 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            x = ws.cell(r, 1, row[0]); x.font = Font(bold=True, color="FFFFFF"); x.fill = FILL["navy"]
        else:
            for c, v in enumerate(row, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "Key: Complete = action completed and evidence provided; Green = on track; "
                  "Amber = risk to delivery; Red = will not be delivered by target date; Not started = not yet due")
    for col, w in zip("ABCDEFGH", [7, 22, 50, 50, 22, 14, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(p("bo2-morecambe-bay-hospitals-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5 Copeland (txt)
def copeland():
    lines = [
        "Copeland Borough Council – LGA Corporate Peer Challenge (October 2019): Action Plan",
        "Progress update to Overview and Scrutiny Committee, 5 March 2020",
        "",
        "\t".join(["No.", "Peer challenge recommendation", "Action", "Lead officer", "Timescale", "Status", "Progress"]),
    ]
    rows = [
        ("1.1", "1. Develop a clear and shared long-term vision for Copeland, owned by members and partners",
         "Hold member and partner workshops to co-produce a ten-year vision for the borough",
         "Chief Executive", "Nov 2019 – Jan 2020", "Complete",
         "Three workshops held. Vision statement agreed by Council on 28 January 2020."),
        ("1.2", "", "Refresh the Corporate Strategy 2020-2024 around the agreed vision",
         "Director of Corporate Services", "By 31 March 2020", "On track",
         "Draft strategy to Executive on 17 March."),
        ("2.1", "2. Strengthen the council's approach to performance management and use of data",
         "Introduce a quarterly corporate performance report to SMT and Executive, with a revised set of KPIs",
         "Policy and Performance Manager", "Q4 2019/20", "On track",
         "Revised KPI set agreed by SMT. First report due for Q4 data."),
        ("2.2", "", "Train service managers in the use of the new performance system (Pentana)",
         "PW / SH", "June 2020", "Not started", ""),
        ("3.1", "3. Make sure the council has the capacity to deliver its regeneration ambitions, including the Whitehaven town centre programme",
         "Complete a capacity review of the Regeneration and Growth team and agree a resourcing plan",
         "Director of Growth", "Dec 2019", "Complete",
         "Review completed; two fixed-term project manager posts approved."),
        ("3.2", "", "Secure external funding for a Programme Management Office to support the Towns Fund bid",
         "Director of Growth", "Ongoing", "Amber",
         "Funding bid submitted. Decision expected in the spring; interim support from the LGA in place."),
        ("4.1", "4. Review the council's governance arrangements to support effective decision-making",
         "Commission a review of the constitution and scheme of delegation by the Monitoring Officer",
         "Monitoring Officer", "30/04/2020", "Green",
         "Review under way with a working group of members from all groups."),
        ("4.2", "", "Refresh the member development programme, including scrutiny skills training",
         "Democratic Services Manager", "Sept 2020", "Amber",
         "Training provider identified. Member survey response rate low, so programme content not yet agreed."),
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "Status key: Complete | On track / Green = on schedule | Amber = at risk | Red = will not be achieved | Not started"]
    with open(p("bo2-copeland-bc-corporate-peer-challenge-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 6 SWT internal audit
def swt():
    wb = Workbook(); ws = wb.active; ws.title = "Follow-up March 2022"
    ws["A1"] = "Somerset West and Taunton Council – Internal Audit: Follow-up of Agreed Actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit, Governance and Standards Committee – 14 March 2022 (source: SWAP Internal Audit Services)"
    hdr = ["Ref", "Audit", "Priority", "Recommendation", "Agreed action", "Responsible officer",
           "Original due date", "Revised due date", "RAG", "Comments"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(4, c, h); x.font = Font(bold=True, color="FFFFFF")
        x.fill = PatternFill("solid", fgColor="7030A0"); x.alignment = WRAP; x.border = BOX
    audits = [
        ("Council Tax Reduction Scheme (2020/21)", [
            ("1.1", 3, "The service should ensure that a sample of CTR assessments is independently checked each month.",
             "Introduce a monthly quality check of 5% of new CTR claims by a senior assessor, with results recorded on the QA log.",
             "Revenues and Benefits Manager", D(2021, 6, 30), D(2021, 10, 31), "B",
             "QA log in place from October 2021; results reported to the Service Manager monthly."),
            ("1.2", 3, "Procedure notes for CTR backdating requests should be updated and made available to all staff.",
             "Update the procedure notes and publish them on the team SharePoint site.",
             "J. Pike", D(2022, 4, 30), None, "G",
             "Draft procedure notes with the Service Lead for sign-off.")]),
        ("Housing Rents – Arrears Management (2021/22)", [
            ("2.1", 2, "Arrears cases should be escalated in line with the Income Management Policy and escalation recorded on the housing system.",
             "Configure automated arrears stages in Open Housing and train Income Officers on the escalation process.",
             "Income Manager / Systems Lead", D(2022, 1, 31), D(2022, 5, 31), "A",
             "Configuration delayed by the system upgrade; training scheduled for April 2022."),
            ("2.2", 2, "Write-offs of former tenant arrears should be approved in accordance with the Financial Regulations.",
             "Remind officers of write-off authorisation limits and introduce a quarterly report of write-offs to the S151 Officer.",
             "Assistant Director – Housing", D(2021, 12, 31), None, "B",
             "Reminder issued 10/12/2021 and first quarterly report provided.")]),
        ("Procurement – Contract Waivers (2021/22)", [
            ("3.1", 2, "A central register of contract waivers should be maintained and reported to the Audit, Governance and Standards Committee.",
             "Set up a central waiver register held by the Procurement Team and report waivers to Committee twice a year.",
             "Procurement Lead", D(2022, 3, 31), None, "G",
             "Register created; first report to Committee scheduled for July 2022."),
            ("3.2", 2, "Waiver forms should record the reason for not seeking competition and be signed by the relevant Director.",
             "Revise the waiver form to include mandatory justification and director approval fields.",
             "Procurement Lead", D(2021, 11, 30), D(2022, 2, 28), "R",
             "Revised form not yet issued and overdue against the revised date. Raised with the Director of Internal Operations.")]),
        ("Cyber Security (2021/22)", [
            ("4.1", 1, "Multi-factor authentication should be enabled for all remote access accounts.",
             "Roll out multi-factor authentication to all staff and member accounts with remote access.",
             "Head of ICT", D(2022, 2, 28), None, "B",
             "MFA live for all accounts from 21/02/2022."),
            ("4.2", 2, "The Council should test its ICT disaster recovery plan at least annually.",
             "Carry out a full test of the ICT disaster recovery plan and report lessons learned to the Information Governance Board.",
             "Head of ICT", D(2022, 9, 30), None, None, "Not yet due.")]),
    ]
    ragfill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for audit, recs in audits:
        first = r
        for ref, prio, rec, act, off, orig, rev, rag, com in recs:
            vals = [ref, audit if r == first else None, prio, rec, act, off, orig, rev, rag, com]
            for c, v in enumerate(vals, 1):
                x = ws.cell(r, c, v); x.alignment = WRAP; x.border = BOX
                if c in (7, 8) and v is not None:
                    x.number_format = "dd-mmm-yy"
            if rag:
                ws.cell(r, 9).fill = FILL[ragfill[rag]]
                ws.cell(r, 9).alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Key").font = Font(bold=True)
    for i, txt in enumerate(["B = Complete", "G = On track", "A = At risk / revised date agreed",
                             "R = Overdue", "Blank = not yet due"], 1):
        ws.cell(r + i, 1, txt)
    for col, w in zip("ABCDEFGHIJ", [6, 26, 8, 45, 45, 24, 12, 12, 6, 40]):
        ws.column_dimensions[col].width = w
    wb.save(p("bo2-somerset-west-taunton-internal-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 7 King's Lynn FSA audit (csv)
def kl():
    n = 8
    rows = [
        ["Food Standards Agency Audit of King's Lynn and West Norfolk Borough Council – Food Law Enforcement: Action Plan"] + [""] * (n - 1),
        ["Audit dates: 14-16 November 2023. Progress as at July 2024"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Standard", "Recommendation", "Planned improvement action", "Timescale",
         "Responsible officer", "Status", "Action taken to date"],
        ["R1", "Service Planning (Standard 3.1)",
         "Ensure the Food Service Plan is developed in accordance with the Framework Agreement and the Food Law Code of Practice, including a comparison of resources required against resources available.",
         "Revise the 2024/25 Food Service Plan to include a full resource assessment and submit it to Cabinet for approval.",
         "30/06/2024", "Environmental Health Manager (Commercial)", "Complete",
         "Plan revised and approved by Cabinet on 4 June 2024."],
        ["R2", "Authorised Officers (Standard 5.1)",
         "Ensure that officers are authorised in accordance with their competency and that authorisations are reviewed.",
         "Review all officer authorisations against the competency framework and update the authorisation matrix.",
         "March 2024", "Lead Officer – Food and Safety", "Complete",
         "All 9 officers reviewed; matrix updated and signed off by the Assistant Director."],
        ["R3", "Authorised Officers (Standard 5.3)",
         "Ensure all officers receive the minimum 20 hours CPD required by the Food Law Code of Practice.",
         "Set up a CPD recording system and monitor officer hours at one-to-ones each quarter.",
         "Ongoing", "Lead Officer – Food and Safety", "On track",
         "CPD log in place. All officers on course to meet 20 hours for 2024/25."],
        ["R4", "Food Establishments Interventions (Standard 7.1)",
         "Carry out interventions at the frequency set out in the Food Law Code of Practice and reduce the number of overdue Category A and B inspections.",
         "Employ two contractors to clear the backlog of overdue interventions, prioritising higher-risk and unrated businesses.",
         "Q1 2024/25", "Environmental Health Manager (Commercial) / Senior EHO", "Amber",
         "Category A and B backlog cleared. 212 unrated businesses remain; contract extended to September 2024."],
        ["R5", "Food Establishments Interventions (Standard 7.2)",
         "Ensure that intervention records contain sufficient detail to demonstrate a thorough assessment of compliance.",
         "Introduce a revised inspection aide-memoire and carry out a monthly peer review of five inspection records.",
         "By 31 May 2024", "Lead Officer – Food and Safety", "Green",
         "Aide-memoire in use from May. Peer reviews held in May and June."],
        ["R6", "Enforcement (Standard 15.1)",
         "Ensure enforcement decisions are made in accordance with the Council's Enforcement Policy and that the reasons are recorded.",
         "Update the enforcement decision record template and train officers in its use.",
         "Sept 2024", "S. Reeve", "Not started", ""],
        ["R7", "Internal Monitoring (Standard 19.1)",
         "Develop, implement and maintain documented internal monitoring procedures.",
         "Produce a documented internal monitoring procedure covering quantitative and qualitative checks, and report results quarterly to the Portfolio Holder.",
         "December 2024", "Environmental Health Manager (Commercial)", "Red",
         "Procedure not yet drafted because of a staffing vacancy; to be prioritised once the Senior EHO post is filled."],
    ]
    with open(p("bo2-kings-lynn-west-norfolk-fsa-food-audit-action-plan.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, lineterminator="\r\n").writerows(rows)


if __name__ == "__main__":
    cheshire(); leics(); midland(); uhmb(); copeland(); swt(); kl()
    print("done")
