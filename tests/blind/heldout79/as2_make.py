"""Generator for the as2- cases (plans outside children's services)."""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def p(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 fire
def leics_fire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Leicestershire Fire and Rescue Service – HMICFRS Improvement Plan 2019"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress position as at 30 June 2020 – reported to Corporate Governance Committee"
    hdr = ["Ref", "Area for Improvement", "Action", "Owner", "Target Date",
           "Progress Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("C00000")
        c.border = BOX
        c.alignment = WRAP
    widths = [7, 45, 55, 30, 12, 55, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)

    def act(r, ref, afi, action, owner, due, upd, rag):
        vals = [ref, afi, action, owner, due, upd, None]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=5).number_format = "mmm-yy"
        if rag:
            ws.cell(row=r, column=7).fill = fill(rag)

    band(5, "EFFECTIVENESS")
    afi1 = ("The service should ensure it has an effective system for staff to use "
            "learning and debriefs to improve operational response and incident command.")
    act(6, "1.1", afi1, "Introduce a revised operational debrief policy, with hot and structured "
        "debriefs recorded on the Operational Assurance system.", "Area Manager Response",
        D(2019, 12, 31), "Policy approved November 2019. 87 debriefs recorded since launch; "
        "learning themes reported to the Operational Assurance Group.", GREEN)
    act(7, "1.2", None, "Publish a quarterly operational learning bulletin for all crews.",
        "Group Manager Operational Assurance", D(2020, 3, 31),
        "Three bulletins issued. Now part of business as usual.", BLUE)
    ws.merge_cells("B6:B7")
    afi2 = ("The service should ensure it allocates enough resources to a prioritised "
            "and risk-based inspection programme.")
    act(8, "2.1", afi2, "Review the risk-based inspection programme and re-profile audits "
        "towards high-risk premises, including sleeping risk.", "Head of Protection",
        D(2020, 9, 30), "Review complete; re-profiled programme delayed by COVID-19 "
        "restrictions on site visits. Desktop audits introduced as an interim measure.", AMBER)
    act(9, "2.2", None, "Recruit and train four additional fire safety inspectors.",
        "Head of Protection", D(2021, 3, 31),
        "Two inspectors appointed in May 2020 and started the Level 4 diploma.", GREEN)
    ws.merge_cells("B8:B9")
    band(11, "EFFICIENCY")
    act(12, "3.1", "The service should ensure it makes best use of its fleet and equipment "
        "through effective asset management.", "Implement a fleet and equipment asset "
        "management system to replace the current spreadsheets.",
        "Head of Asset Management", D(2020, 6, 30),
        "Supplier withdrew from the framework in March. Procurement to be re-run; "
        "target date will be missed.", RED)
    afi4 = ("The service needs to make sure that its workforce plan takes full account of "
            "the skills and capabilities it needs to carry out its integrated risk management plan.")
    act(13, "4.1", afi4, "Produce a workforce plan linked to the IRMP, covering succession "
        "planning for specialist roles.", "Head of Human Resources", D(2020, 12, 31),
        "Draft plan shared with the Strategic Management Team in June.", GREEN)
    act(14, "4.2", None, "Carry out a skills audit of all support staff.",
        "Head of Human Resources", D(2021, 3, 31), None, None)
    ws.merge_cells("B13:B14")
    band(16, "PEOPLE")
    afi5 = ("The service should assure itself that staff understand and have confidence in "
            "the purpose and integrity of its promotion processes.")
    act(17, "5.1", afi5, "Review the promotion and development process with staff and "
        "representative bodies, and publish the revised process on the intranet.",
        "Area Manager Organisational Development", D(2020, 1, 31),
        "Revised process published January 2020 following staff focus groups.", BLUE)
    act(18, "5.2", None, "Hold open sessions at each station explaining the promotion "
        "process and provide feedback to all unsuccessful candidates.",
        "AM Organisational Development / Head of Corporate Communications", D(2020, 10, 31),
        "Sessions paused during lockdown; eight of twenty stations visited.", AMBER)
    ws.merge_cells("B17:B18")
    ws["A20"] = "RAG key"
    ws["A20"].font = Font(bold=True)
    for r, (col, txt) in enumerate([
            (RED, "Off track – action overdue or unlikely to be delivered"),
            (AMBER, "Some slippage – remedial action in place"),
            (GREEN, "On track"),
            (BLUE, "Complete")], 21):
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=txt)
    ws.freeze_panes = "A5"
    wb.save(p("as2-leicestershire-frs-hmicfrs-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 audit
def malvern_audit():
    wb = Workbook()
    ws = wb.active
    ws.title = "Appendix A"
    ws["A1"] = "Malvern Hills District Council – Internal Audit Recommendations Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit and Governance Committee – 18 March 2024 (Appendix A)"
    hdr = ["Ref", "Audit Area", "Audit Year", "Priority", "Recommendation",
           "Agreed Management Action", "Responsible Officer", "Target Completion Date",
           "Revised Target Completion Date", "RAG Status", "Comments / Progress"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    for i, w in enumerate([8, 18, 9, 8, 45, 45, 26, 14, 14, 10, 50]):
        ws.column_dimensions[chr(65 + i)].width = w
    rows = [
        (5, "CR01", "Creditors", "2022/23", 2,
         "Changes to supplier bank details should be independently verified by telephone, "
         "using contact details already held on file, before they are processed.",
         "A verification checklist will be introduced and call-backs recorded on the creditors system.",
         "Finance Manager", D(2023, 3, 31), D(2023, 9, 30), "Complete",
         "Checklist in use since July 2023. Internal Audit sample testing in January found no exceptions."),
        (6, "CR02", "Creditors", "2022/23", 3,
         "A duplicate payments report should be run before each BACS run.",
         "Duplicate payments report to be built into the weekly payment run procedure.",
         "Exchequer Team Leader", D(2023, 6, 30), None, "Complete",
         "Procedure note updated June 2023."),
        (8, "CT01", "Council Tax", "2023/24", 1,
         "Single person discounts should be reviewed annually to confirm continued entitlement.",
         "Undertake a full single person discount review using a data-matching provider during 2023/24.",
         "Revenues and Benefits Manager", D(2023, 12, 31), D(2024, 3, 31), "Amber",
         "Data-matching completed in January; 412 discounts removed so far and the remaining cases are being worked through."),
        (9, "CT02", "Council Tax", "2023/24", 2,
         "Write-offs over £5,000 should be approved in line with the scheme of delegation.",
         "Update the write-off procedure and report write-offs quarterly to the Section 151 Officer.",
         "Revenues and Benefits Manager", D(2024, 1, 31), None, "Green",
         "Procedure updated. First quarterly report due April 2024."),
        (11, "IG01", "Information Governance", "2023/24", 1,
         "A record of processing activities (ROPA) should be completed and kept up to date for every service.",
         "Each service to complete its ROPA entries, with the Data Protection Officer reviewing and signing off.",
         "Data Protection Officer / Heads of Service", D(2023, 12, 31), D(2024, 6, 30), "Amber",
         "Seven of eleven services have returned their ROPA entries. Revised date agreed with Internal Audit."),
        (12, "IG02", "Information Governance", "2023/24", 2,
         "Completion of mandatory data protection training should be monitored and reported.",
         "Monthly completion reports to be sent to CLT, with reminders issued to staff who have not completed.",
         "HR Manager", D(2024, 2, 29), None, "Red",
         "Reporting not yet in place because the learning management system is being replaced. Completion currently 71%."),
        (14, "DFG01", "Disabled Facilities Grants", "2023/24", 2,
         "Evidence of the means test should be retained on every case file.",
         "File checklist to be introduced and spot checks carried out by the Housing Services Manager.",
         "Housing Services Manager", D(2024, 5, 31), None, "Green",
         "Checklist drafted and out for consultation with the home improvement agency."),
        (15, "DFG02", "Disabled Facilities Grants", "2023/24", 3,
         "The DFG policy should be reviewed to reflect current discretionary grant practice.",
         "Review the policy alongside the other Worcestershire districts.",
         "Head of Housing and Planning", "Q2 2024/25", None, "Green",
         "County-wide review group first meeting set for April."),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    for r, *vals in rows:
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i in (8, 9) and isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=10).fill = fill(rag_fill[vals[9]])
    ws["A17"] = "Priority: 1 = Fundamental, 2 = Important, 3 = Desirable"
    ws["A18"] = ("RAG: Red – target date passed / not achievable; Amber – revised date agreed; "
                 "Green – on track for target date; Complete – implemented and verified by Internal Audit")
    ws.freeze_panes = "A5"
    ws.auto_filter.ref = "A4:K15"
    wb.save(p("as2-malvern-hills-internal-audit-recommendation-tracker.xlsx"))


# ---------------------------------------------------------------- 3 CQC trust
def dch_cqc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Dorset County Hospital NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Report published May 2024  |  Position at 31 October 2024  |  Reporting to: Quality Committee"
    hdr = ["No.", "Must / Should", "CQC requirement", "Action(s)", "Accountable Lead",
           "Due Date", "Revised Due Date", "Progress update", "Status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.border = BOX
        c.alignment = WRAP
    for i, w in enumerate([7, 9, 45, 50, 28, 12, 12, 50, 14]):
        ws.column_dimensions[chr(65 + i)].width = w

    def band(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

    sfill = {"Completed": BLUE, "On track": GREEN, "Amber - at risk": AMBER,
             "Red - off track": RED}

    def row(r, vals):
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
            if i in (6, 7) and isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=9).fill = fill(sfill[vals[8]])

    band(5, "Urgent and Emergency Care")
    m1 = ("The trust must ensure that patients attending the emergency department are "
          "triaged within 15 minutes of arrival. (Regulation 12)")
    row(6, ["M1.1", "Must", m1, "Introduce a dedicated streaming and triage nurse at the front "
            "door from 08:00 to 02:00, with escalation to the nurse in charge when triage "
            "exceeds 15 minutes.", "Chief Nursing Officer", D(2024, 7, 31), None,
            "Streaming nurse rota in place from June. 84% of patients triaged within 15 minutes in September.",
            "On track"])
    row(7, ["M1.2", "Must", None, "Audit time to triage weekly and report compliance to the "
            "Urgent and Emergency Care Divisional Board.", "Divisional Director of Nursing (UEC)",
            D(2024, 6, 30), None, "Weekly audit embedded and reported monthly.", "Completed"])
    ws.merge_cells("C6:C7")
    ws.merge_cells("B6:B7")
    row(8, ["S1", "Should", "The trust should ensure mental health risk assessments are "
            "completed for patients presenting with self-harm.", "Roll out the revised mental "
            "health triage tool and train all ED registered nurses in its use.",
            "Lead Nurse for Mental Health", D(2024, 9, 30), D(2024, 12, 31),
            "Tool live on Nerve Centre; 68% of nurses trained. Revised date agreed at Quality Committee.",
            "Amber - at risk"])
    band(9, "Medical Care (including older people's care)")
    row(10, ["M2", "Must", "The trust must ensure staff complete mandatory training, "
             "including safeguarding adults level 3. (Regulation 18)",
             "Set training trajectories for each ward and roster protected time for staff "
             "below compliance.", "Deputy Chief People Officer", D(2024, 8, 31), D(2024, 11, 30),
             "Compliance 81% against a 90% target; safeguarding adults level 3 at 74%.",
             "Red - off track"])
    row(11, ["M3", "Must", "The trust must ensure medicines are stored securely and fridge "
             "temperatures are monitored daily. (Regulation 12)",
             "Replace ward medicine fridges with remotely monitored units and include medicines "
             "storage in the monthly ward accreditation.", "Chief Pharmacist", D(2024, 6, 30), None,
             "All 14 fridges replaced; temperature alerts go to pharmacy.", "Completed"])
    row(12, ["S2", "Should", "The trust should ensure that patients' nutrition and hydration "
             "needs are recorded.", "Relaunch the food and fluid chart with ward-based "
             "training and include it in matron audits.", "Head of Nursing – Medicine",
             D(2024, 10, 31), None, "Relaunched in August; matron audits show 88% completion.",
             "On track"])
    band(13, "Maternity")
    row(14, ["M4", "Must", "The trust must ensure that the maternity triage service uses a "
             "recognised system to prioritise women. (Regulation 12)",
             "Implement the Birmingham Symptom Specific Obstetric Triage System (BSOTS) in the "
             "maternity assessment unit.", "Director of Midwifery", D(2024, 12, 31), None,
             "BSOTS training under way; go-live planned for 2 December.", "On track"])
    row(15, ["S3", "Should", "The trust should ensure that fetal monitoring training "
             "compliance meets trust targets.", "Add fetal monitoring study days and track "
             "compliance through the Maternity and Neonatal Safety Champions.",
             "Fetal Monitoring Lead Midwife / Consultant Obstetrician", "Ongoing", None,
             "Compliance 92% for midwives and 79% for obstetric staff.", "Amber - at risk"])
    ws["A17"] = "Status key"
    ws["A17"].font = Font(bold=True)
    for r, (k, t) in enumerate([
            ("Completed", "Action delivered and evidence verified"),
            ("On track", "Action progressing and expected to meet the due date"),
            ("Amber - at risk", "At risk of not meeting the due date"),
            ("Red - off track", "Off track or due date passed")], 18):
        ws.cell(row=r, column=1, value=k).fill = fill(sfill[k])
        ws.cell(row=r, column=3, value=t)
    wb.save(p("as2-dorset-county-hospital-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def bold_row(row):
    for c in row.cells:
        for para in c.paragraphs:
            for run in para.runs:
                run.bold = True


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------------- 4 peer challenge
def mendip_cpc():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Mendip District Council: LGA Corporate Peer Challenge Action Plan", 0)
    doc.add_paragraph(
        "The Local Government Association carried out a Corporate Peer Challenge at Mendip "
        "District Council from 22 to 25 June 2021. The peer team's feedback report made four "
        "key recommendations. This action plan sets out how the council will respond to each "
        "of them and will be monitored by the Corporate Leadership Team and reported to "
        "Scrutiny Board every six months.")
    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (a, b) in enumerate([("Version", "1.3"), ("Date", "14 January 2022"),
                                ("Author", "Policy and Performance Officer"),
                                ("Approved by", "Corporate Leadership Team")]):
        dc.cell(i, 0).text = a
        dc.cell(i, 1).text = b
    recs = [
        ("Recommendation 1: Refresh the Corporate Plan so that priorities are clear, resourced "
         "and understood by staff and partners", [
            ("1.1", "Hold member and officer workshops to agree the refreshed priorities.",
             "Chief Executive", "Sept 2021", "Two workshops held, in July and September 2021.", "Complete"),
            ("1.2", "Publish the refreshed Corporate Plan 2021–24 with a delivery plan and "
             "performance measures.", "Director of Corporate Services", "December 2021",
             "Approved by Full Council on 13 December 2021.", "Complete")]),
        ("Recommendation 2: Strengthen medium-term financial planning, including a savings "
         "programme to close the budget gap", [
            ("2.1", "Develop a three-year savings and income programme with named leads for each "
             "workstream.", "Section 151 Officer", "31/01/2022",
             "Savings of £1.2m identified; a further £0.6m is still to be found.", "Amber"),
            ("2.2", "Provide quarterly budget briefings for all members.", "Section 151 Officer",
             "Quarterly", "First briefing held in October 2021.", "Green")]),
        ("Recommendation 3: Improve the council's engagement with town and parish councils", [
            ("3.1", "Establish a twice-yearly town and parish council forum.",
             "Leader of the Council / Head of Communities", "March 2022",
             "First forum booked for 24 February 2022.", "Green"),
            ("3.2", "Agree a charter setting out how the district council will work with town "
             "and parish councils.", "Head of Communities", "Jun-22",
             "Draft charter being prepared with the Somerset Association of Local Councils.", "Green")]),
        ("Recommendation 4: Invest in organisational development so that the council has the "
         "capacity and skills to deliver its ambitions", [
            ("4.1", "Carry out a staff survey and share the results and resulting actions with "
             "all staff.", "HR Manager", "Nov 2021 – Feb 2022",
             "Survey closed 30 November with a 64% response rate. Results being analysed.", "Green"),
            ("4.2", "Launch a leadership development programme for managers.", "HR Manager",
             "April 2022", "", "Not started")]),
    ]
    colours = {"Complete": "8EA9DB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    for head, acts in recs:
        doc.add_heading(head, 2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"]):
            t.rows[0].cells[i].text = h
            shade(t.rows[0].cells[i], "D9E2F3")
        bold_row(t.rows[0])
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[i].text = v
            if a[5] in colours:
                shade(cells[5], colours[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG status: Complete = action finished; Green = on track; Amber = some "
                      "risk to delivery; Red = significant risk or overdue.")
    doc.save(p("as2-mendip-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 5 police
def derbyshire_peel():
    doc = Document()
    landscape(doc)
    doc.add_heading("Derbyshire Constabulary – PEEL 2021/22 Areas for Improvement: Force "
                    "Improvement Plan", 1)
    doc.add_paragraph(
        "HMICFRS published its PEEL assessment of Derbyshire Constabulary in 2022. This plan "
        "records the force's actions against each area for improvement (AFI). It is reviewed "
        "monthly at the Force Performance Board and progress is shared with the Office of the "
        "Police and Crime Commissioner. Position as at 31 March 2023.")
    hdr = ["Area for improvement", "Ref", "Action", "Owner", "Completion date", "Update", "Status"]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        shade(t.rows[0].cells[i], "1F3864")
        for run in t.rows[0].cells[i].paragraphs[0].runs:
            run.bold = True
    rag = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}

    def band(text):
        cells = t.add_row().cells
        m = cells[0].merge(cells[6])
        m.text = text
        m.paragraphs[0].runs[0].bold = True
        shade(m, "D9D9D9")

    def afi(text, acts):
        first = None
        for k, a in enumerate(acts):
            cells = t.add_row().cells
            if k == 0:
                cells[0].text = text
                first = cells[0]
            else:
                first = first.merge(cells[0])
            for i, v in enumerate(a, 1):
                cells[i].text = v
            shade(cells[6], rag[a[5]])

    band("Investigating crime")
    afi("The force should make sure that investigations are allocated to officers with the "
        "right skills and experience.", [
            ("1a", "Review the crime allocation policy so that complex investigations are "
             "allocated to accredited PIP2 investigators.", "Head of Crime", "31/12/2022",
             "Policy reviewed and published November 2022.", "B"),
            ("1b", "Introduce monthly supervisory reviews of investigation plans, with compliance "
             "reported to the Crime Performance Board.", "DCI Fenwick", "31/03/2023",
             "Supervision template live on Niche. Compliance 76% in March.", "G")])
    afi("The force should improve how it keeps victims updated about their investigations.", [
        ("2a", "Build Victims' Code compliance checks into the investigation review process.",
         "Head of Criminal Justice", "June 2023",
         "Checks designed; IT change to add them to Niche is waiting for a release slot.", "A")])
    band("Protecting vulnerable people")
    afi("The force should make sure officers complete a risk assessment for every domestic "
        "abuse incident.", [
            ("3a", "Deliver refresher Domestic Abuse Matters training to all response officers.",
             "Ch Insp Operational Training", "Sept 2023", "1,240 of 1,410 officers trained.", "G"),
            ("3b", "Dip-sample 50 domestic abuse incidents each month and feed back findings to "
             "supervisors.", "Superintendent Public Protection", "Monthly",
             "Dip sampling in place since February 2023.", "G")])
    band("Managing offenders and suspects")
    afi("The force should reduce the backlog of visits to registered sex offenders.", [
        ("4a", "Recruit four additional MOSOVO officers and clear the backlog of overdue visits.",
         "Det Insp Wright and Det Sgt Patel", "30/09/2023",
         "Three officers in post; backlog reduced from 118 to 41.", "A")])
    band("Building, supporting and protecting the workforce")
    afi("The force should improve how it monitors the wellbeing of officers and staff in "
        "high-risk roles.", [
            ("5a", "Introduce annual psychological screening for officers and staff in "
             "high-risk roles.", "Head of People Services", "Jan-23",
             "Screening contract delayed; procurement restarted.", "R"),
            ("5b", "Train supervisors to hold wellbeing conversations.", "Head of People Services",
             "Mar-23", "Completed; 312 supervisors trained.", "B")])
    doc.add_paragraph()
    doc.add_paragraph("Status: B = Complete   G = On track   A = Some slippage   R = Off track")
    doc.save(p("as2-derbyshire-constabulary-peel-afi-improvement-plan.docx"))


# ---------------------------------------------------------------- 6 SAR csv (refuse)
def lincs_sar():
    import csv
    rows = [
        ["Lincolnshire Safeguarding Adults Board – Safeguarding Adults Review 'Adult D' – Action Plan", "", "", "", "", "", "", ""],
        ["Updated for the SAR Subgroup, 14 March 2023", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Rec No", "Recommendation", "Action No", "Action", "Lead", "Target Date", "Progress Update", "RAG"],
        ["1", "Partner agencies should assure the Board that self-neglect is recognised and responded to under the multi-agency self-neglect procedure.",
         "1.1", "Relaunch the self-neglect procedure through a 7-minute briefing and practitioner events.", "SAB Business Manager", "Nov-22",
         "Briefing published; two events held with 180 attendees.", "Complete"],
        ["", "", "1.2", "Audit a sample of self-neglect concerns to test use of the procedure.", "SAB Quality and Performance Subgroup Chair", "Mar-23",
         "Audit of 20 cases under way; findings to May subgroup.", "Amber"],
        ["2", "Agencies should ensure mental capacity assessments are decision-specific and recorded where there are concerns about a person's ability to protect themselves.",
         "2.1", "Deliver mental capacity training focused on executive functioning to adult social care and community health staff.", "Principal Social Worker (Adults)", "Jnue 2023",
         "Training commissioned; first cohort booked for April.", "Green"],
        ["", "", "2.2", "Add a capacity prompt to the ULHT safeguarding referral form.", "ULHT Head of Safeguarding", "31/01/2023",
         "Form updated and live.", "Complete"],
        ["3", "The Board should seek assurance that information about risk is shared between housing providers and adult social care.",
         "3.1", "Agree an information-sharing protocol with district councils and registered housing providers.", "Assistant Director Adult Frontline Services", "Sept 2023",
         "Draft protocol out to partners for comment.", "Green"],
        ["", "", "", "", "", "", "", ""],
        ["RAG: Complete / Green = on track / Amber = some delay / Red = off track", "", "", "", "", "", "", ""],
    ]
    with open(p("as2-lincolnshire-sab-sar-adult-d-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7 scrutiny txt
def ryedale_scrutiny():
    lines = [
        ["Ryedale District Council – Flood Resilience Scrutiny Review: Recommendations Monitoring"],
        ["Overview and Scrutiny Committee, 10 February 2022"],
        [],
        ["No.", "Recommendation", "Cabinet response", "Action", "Lead Officer", "Timescale", "Update", "Status"],
        ["1", "The Council should publish a single flooding information page on its website.", "Accepted",
         "Create a dedicated flooding page with links to Environment Agency warnings, the sandbag policy and Yorkshire Water contacts.",
         "Communications Manager", "Sept 2021", "Page live since 1 September 2021.", "Achieved"],
        ["2", "The sandbag policy should be reviewed with partners so that residents know what help is available.", "Accepted",
         "Review the sandbag policy with North Yorkshire County Council and parish councils.",
         "Head of Environment", "31/12/2021", "Joint review meeting held; draft policy to Policy and Resources Committee in March.", "Amber"],
        ["3.1", "The Council should support parish councils to produce community flood plans.", "Accepted",
         "Offer a workshop for parish clerks on preparing community flood plans.",
         "Emergency Planning Officer", "Nov-21", "Workshop held 18 November; 14 parishes attended.", "Achieved"],
        ["3.2", "", "",
         "Fund flood stores for up to 10 parishes from the Ryedale Flood Resilience Grant.",
         "Emergency Planning Officer and Finance Manager", "March 2022", "Six grants awarded to date.", "On track"],
        ["4", "The Council should make sure culverts and watercourses it is responsible for are inspected regularly.", "Partially accepted",
         "Carry out a rolling programme of culvert inspections in Malton, Norton and Pickering.",
         "Streetscene Manager", "Ongoing", "Inspections now scheduled quarterly.", "On track"],
        ["5", "All members should receive training on flood risk and the Council's role.", "Accepted",
         "Include flood risk in the member development programme.",
         "Democratic Services Manager", "2022/23", "", "Not started"],
        [],
        ["Status: Achieved / On track / Amber (some delay) / Red (not progressing) / Not started"],
    ]
    with open(p("as2-ryedale-scrutiny-flood-review-recommendations-tracker.txt"), "w", encoding="utf-8", newline="") as f:
        for l in lines:
            f.write("\t".join(l) + "\r\n")


if __name__ == "__main__":
    leics_fire()
    malvern_audit()
    dch_cqc()
    mendip_cpc()
    derbyshire_peel()
    lincs_sar()
    ryedale_scrutiny()
