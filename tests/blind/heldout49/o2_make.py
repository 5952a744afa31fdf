"""Make the o2- case files of heldout49 (plans outside children's services).

Run with /work/main/.venv/bin/python o2_make.py (needs openpyxl and python-docx).
Each document imitates the layout of a kind of plan councils and partners publish;
the readings are in the .expected.yaml files beside them.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

D = dt.datetime
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAGFILL = {
    "red": fill("FF0000"),
    "amber": fill("FFC000"),
    "green": fill("92D050"),
    "blue": fill("00B0F0"),
    "grey": fill("D9D9D9"),
}


def box_range(ws, first_row, last_row, ncols):
    for r in range(first_row, last_row + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border = BOX
            cell.alignment = WRAP


# ---------------------------------------------------------------------------
# 1. North Lincolnshire: adult social care CQC assessment improvement plan
#    (header lower down the sheet, theme rows, areas for development merged
#    down, several posts in one lead cell, RAG words with fills, key below)
# ---------------------------------------------------------------------------
def north_lincolnshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "North Lincolnshire Council"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Adult Social Care – CQC Local Authority Assessment Improvement Plan 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Progress position at 31 January 2026. Plan owner: Director of Adults & Community "
                "Wellbeing. Monitored monthly by the ASC Improvement Board.")
    ws["A3"].font = Font(italic=True)
    heads = ["Ref", "Area for development (CQC report / self-assessment)", "Action", "Lead(s)",
             "Target date", "Progress update", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
    widths = [7, 38, 48, 30, 13, 52, 11]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w

    afd = {
        1: "Unpaid carers told us they wait too long for a carer's assessment and are not always offered a review.",
        2: "Information and advice about direct payments is not easy to find and is not available in accessible formats.",
        3: "Waiting times for occupational therapy assessments and minor adaptations are too long.",
        4: "Young people moving from children's to adult services do not always have their needs planned for early enough.",
        5: "Safeguarding enquiries are not always completed in a timely way and outcomes are not consistently recorded.",
        6: "Co-production with people who draw on care and support is not yet embedded in strategy and commissioning.",
    }
    rows = [
        ("theme", "Theme 1: Working with people"),
        ("act", "1.1", 1, "Clear the backlog of carers' assessments through a dedicated carers' assessment team, with an agreed maximum wait of 28 days.",
         "Head of Adult Social Work / Carers Lead", D(2026, 3, 31),
         "Carers' assessment team in place from October 2025. Waiting list reduced from 212 to 96; average wait now 41 days.", "Amber"),
        ("act", "1.2", None, "Introduce annual carers' reviews recorded on LAS, with a monthly performance report to the ASC Leadership Team.",
         "Carers Lead\nBusiness Intelligence Manager", D(2026, 6, 30),
         "Review template agreed with the carers' support service; reporting to start April 2026.", "Green"),
        ("act", "1.3", 2, "Refresh the direct payments web pages and leaflets with people who use direct payments, including Easy Read versions.",
         "Direct Payments Team Manager", D(2025, 12, 19),
         "New pages live 8 December 2025. Easy Read leaflet co-produced with a local self-advocacy group.", "Complete"),
        ("theme", "Theme 2: Providing support"),
        ("act", "2.1", 3, "Introduce a trusted assessor model for minor adaptations with the Home Improvement Agency.",
         "Head of Prevention & Reablement; HIA Manager", "Q4 2025/26",
         "Trusted assessor training completed by 14 staff; first referrals accepted in January 2026.", "Green"),
        ("act", "2.2", None, "Commission additional OT capacity to clear assessments waiting over 12 weeks.",
         "Principal Occupational Therapist", D(2025, 9, 30),
         "Agency OTs in place. Waits over 12 weeks down from 74 to 38 but not yet cleared.", "Red"),
        ("act", "2.3", 4, "Establish a Preparing for Adulthood panel from age 14 with Children's Services and the SEND team.",
         "Assistant Director Adults / Assistant Director Children's Services", "Ongoing",
         "Panel meets monthly since September 2025; 63 young people tracked.", "Green"),
        ("theme", "Theme 3: How the local authority ensures safety within the system"),
        ("act", "3.1", 5, "Introduce timescale standards for section 42 enquiries with weekly oversight by team managers.",
         "Head of Safeguarding Adults", D(2025, 11, 28),
         "Standards issued November 2025; 84% of enquiries now concluded within 28 days.", "Complete"),
        ("act", "3.2", None, "Audit 30 safeguarding cases a quarter against Making Safeguarding Personal and report findings to the Safeguarding Adults Board.",
         "Principal Social Worker", "Quarterly",
         "Q2 and Q3 audits completed; report to SAB Executive on 12 February 2026.", "Green"),
        ("theme", "Theme 4: Leadership"),
        ("act", "4.1", 6, "Set up a Making it Real board of people with lived experience to co-produce the adult social care strategy.",
         "Director of Adults & Community Wellbeing", D(2026, 1, 30),
         "Board recruited (11 members). First meeting held 20 January 2026.", "Green"),
        ("act", "4.2", None, "Refresh the Market Position Statement with providers and people who draw on care, and publish it on the council website.",
         "Head of Commissioning\nCommissioning Manager (Older People)", D(2026, 4, 30),
         "Provider engagement events held in November; draft MPS being finalised.", "Amber"),
    ]
    ragfill = {"Amber": "amber", "Green": "green", "Complete": "blue", "Red": "red"}
    r = 6
    merge_start = None
    for row in rows:
        if row[0] == "theme":
            ws.cell(row=r, column=1, value=row[1])
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            ws.cell(row=r, column=1).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("D9E1F2")
            r += 1
            continue
        _, ref, afd_no, action, lead, target, progress, rag = row
        ws.cell(row=r, column=1, value=ref)
        if afd_no is not None:
            ws.cell(row=r, column=2, value=afd[afd_no])
            merge_start = r
        else:
            ws.merge_cells(start_row=merge_start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        c = ws.cell(row=r, column=5, value=target)
        if isinstance(target, dt.datetime):
            c.number_format = "mmm-yy"
        ws.cell(row=r, column=6, value=progress)
        rc = ws.cell(row=r, column=7, value=rag)
        rc.fill = RAGFILL[ragfill[rag]]
        r += 1
    box_range(ws, 5, r - 1, 7)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for label, colour in [("Blue – Complete", "blue"), ("Green – On track", "green"),
                          ("Amber – Some slippage, recoverable", "amber"),
                          ("Red – Off track / at risk", "red")]:
        r += 1
        k = ws.cell(row=r, column=2, value=label)
        k.fill = RAGFILL[colour]
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "o2-north-lincolnshire-asc-cqc-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Mansfield: housing consumer standards improvement plan after RSH inspection
#    (two header rows: Target date over Original/Revised, Progress over
#    Update/Status; standard rows; findings merged down; status key below)
# ---------------------------------------------------------------------------
def mansfield():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Mansfield District Council – Housing Consumer Standards Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Following the Regulator of Social Housing inspection (judgement published 26 February 2025, "
                "grade C2). Update for Housing Executive Board, 30 September 2025.")
    hdr = fill("833C0B")
    for col, text in [(1, "Ref"), (2, "RSH finding"), (3, "Action"), (4, "Responsible officer")]:
        ws.cell(row=4, column=col, value=text)
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.cell(row=4, column=5, value="Target date")
    ws.merge_cells("E4:F4")
    ws.cell(row=4, column=7, value="Progress")
    ws.merge_cells("G4:H4")
    for col, text in [(5, "Original"), (6, "Revised"), (7, "Update"), (8, "Status")]:
        ws.cell(row=5, column=col, value=text)
    for rr in (4, 5):
        for cc in range(1, 9):
            cell = ws.cell(row=rr, column=cc)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = hdr
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, w in enumerate([7, 40, 46, 24, 12, 12, 48, 15]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w

    finding = {
        1: "Tenants are not always able to influence decisions, and the council could not show how tenant feedback had changed services.",
        2: "Complaints are not consistently used to learn and improve services, and some stage 1 responses exceed the Housing Ombudsman Complaint Handling Code timescales.",
        3: "There is no clear approach to tackling anti-social behaviour and hate incidents on the council's estates, and tenants reported low confidence in reporting.",
        4: "11% of homes do not meet the Decent Homes Standard and the approach to damp and mould is mostly reactive.",
        5: "Tenancy audits are not carried out routinely, so the council cannot be sure its homes are occupied by the right tenants.",
    }
    rows = [
        ("std", "Transparency, Influence and Accountability Standard"),
        ("act", "TIA1", 1, "Launch a Tenant Voice Framework setting out how tenants can influence decisions at every level, co-produced with the Tenant Scrutiny Panel.",
         "Head of Housing Services", D(2025, 5, 31), D(2025, 9, 30),
         "Framework approved by the Portfolio Holder on 16 September 2025; launch event planned for October.", "Complete"),
        ("act", "TIA2", None, "Publish a quarterly 'You said, we did' report showing changes made as a result of tenant feedback.",
         "Tenant Engagement Manager", D(2025, 6, 30), None,
         "First report published in the July tenants' newsletter; Q2 report in preparation.", "On track"),
        ("act", "TIA3", 2, "Introduce monthly complaints learning reviews at Housing Management Team, with themes reported to Cabinet annually.",
         "Housing Quality & Compliance Manager", D(2025, 7, 31), D(2025, 10, 31),
         "Reviews started in August; first themes report drafted.", "On track"),
        ("act", "TIA4", None, "Recruit two additional complaints officers to bring stage 1 responses within 10 working days.",
         "Head of Housing Services / HR Business Partner", D(2025, 6, 30), D(2025, 12, 31),
         "One officer appointed August 2025; second post re-advertised after an unsuccessful recruitment.", "Behind schedule"),
        ("std", "Neighbourhood and Community Standard"),
        ("act", "NC1", 3, "Review and republish the ASB policy, including a hate incident procedure and clear service standards for tenants.",
         "Community Safety Manager", D(2025, 9, 30), None,
         "Draft policy out to tenant consultation until 17 October.", "On track"),
        ("act", "NC2", None, "Carry out estate inspections with tenants on every estate at least twice a year and publish the results.",
         "Neighbourhood Services Manager", D(2026, 1, 31), None,
         "Inspection programme agreed; first round begins November 2025.", "Not started"),
        ("std", "Safety and Quality Standard"),
        ("act", "SQ1", 4, "Complete a 100% stock condition survey and build a five-year investment programme to reach full Decent Homes compliance.",
         "Asset Manager", D(2026, 3, 31), "Sept 2026",
         "Survey 62% complete (3,870 of 6,240 homes). Contractor capacity over the summer has pushed completion back.", "Behind schedule"),
        ("act", "SQ2", None, "Introduce a proactive damp and mould programme targeting homes with previous reports, with all new cases inspected within 10 working days.",
         "Repairs Manager", D(2025, 8, 31), None,
         "Damp and mould team of four in place; 96% of cases inspected within 10 working days in Q2.", "Complete"),
        ("std", "Tenancy Standard"),
        ("act", "T1", 5, "Introduce a rolling tenancy audit programme visiting 20% of tenancies each year.",
         "Tenancy Services Manager", D(2026, 3, 31), None,
         "Audit form and programme agreed; 312 visits completed to date.", "On track"),
    ]
    sfill = {"Complete": "blue", "On track": "green", "Behind schedule": "amber", "At risk": "red",
             "Not started": "grey"}
    r = 6
    start = None
    for row in rows:
        if row[0] == "std":
            ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill("FBE5D6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1
            continue
        _, ref, fno, action, lead, orig, rev, update, status = row
        ws.cell(row=r, column=1, value=ref)
        if fno is not None:
            ws.cell(row=r, column=2, value=finding[fno])
            start = r
        else:
            ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
        ws.cell(row=r, column=3, value=action)
        ws.cell(row=r, column=4, value=lead)
        for col, v in ((5, orig), (6, rev)):
            c = ws.cell(row=r, column=col, value=v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=7, value=update)
        sc = ws.cell(row=r, column=8, value=status)
        sc.fill = RAGFILL[sfill[status]]
        r += 1
    box_range(ws, 6, r - 1, 8)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for label, colour, meaning in [
        ("Complete", "blue", "Action delivered and evidence held"),
        ("On track", "green", "Progressing to the target date"),
        ("Behind schedule", "amber", "Will miss the original date; revised date agreed"),
        ("At risk", "red", "Unlikely to be delivered without intervention"),
        ("Not started", "grey", "Not yet due to start"),
    ]:
        r += 1
        k = ws.cell(row=r, column=2, value=label)
        k.fill = RAGFILL[colour]
        ws.cell(row=r, column=3, value=meaning)
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "o2-mansfield-housing-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Thames Valley Police: PEEL areas for improvement tracker
#    (PEEL area and AFI merged down, several leads in one cell, due dates
#    written as quarters/weeks/two months, RAG letters with C = complete)
# ---------------------------------------------------------------------------
def thames_valley():
    wb = Workbook()
    ws = wb.active
    ws.title = "PEEL AFIs"
    ws["A1"] = "Thames Valley Police – HMICFRS PEEL 2023–25: Areas for Improvement Action Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Force Delivery Board – 3 November 2025 | OFFICIAL"
    heads = ["Ref", "PEEL area", "Area for improvement", "Action", "Lead(s)", "Due",
             "Update (October 2025)", "RAG"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("002060")
        c.alignment = WRAP
    for i, w in enumerate([6, 20, 42, 46, 30, 16, 50, 6]):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    afis = [
        ("Responding to the public",
         "The force should make sure it answers emergency and non-emergency calls within national standards.",
         [("1a", "Implement the revised contact management resourcing model, moving 24 posts into peak demand shifts.",
           "ACC Local Policing / Head of Contact Management", "by end Q2 2025/26",
           "New shift pattern live 1 September. 999 calls answered within 10 seconds: 91.4% in October (national standard 90%).", "C"),
          ("1b", "Launch the online and webchat 101 service to reduce demand on non-emergency lines.",
           "Head of Contact Management", "2025-26 Q3",
           "Webchat soft launch in Oxfordshire; force-wide roll-out delayed by supplier testing.", "A")]),
        ("Protecting vulnerable people",
         "The force should make sure that processes in its nine multi-agency safeguarding hubs are consistent and that risk assessments are completed promptly.",
         [("2a", "Introduce a single MASH operating procedure and performance framework across all nine hubs.",
           "D/Supt Safeguarding; Head of Public Protection", "w/c 12/01/26",
           "Procedure drafted with the nine local authorities; sign-off at the Thames Valley MASH Strategic Group in January.", "G"),
          ("2b", "Clear the backlog of public protection notices awaiting research in MASH and set a 24-hour target for high-risk referrals.",
           "D/Supt Safeguarding", D(2025, 10, 31),
           "Backlog reduced from 1,140 to 310 PPNs. Target not yet met in the Reading and Milton Keynes hubs.", "R")]),
        ("Investigating crime",
         "The force should improve the quality of its investigations, including supervision and keeping victims updated.",
         [("3a", "Roll out the Investigative Standards Toolkit and monthly supervisor file reviews in all LPAs.",
           "ACC Crime & Criminal Justice", "Q4 25/26",
           "Toolkit launched. Compliance with monthly reviews at 68% against a 90% target.", "A"),
          ("3b", "Introduce automated victim update reminders on Niche for all crimes with a named victim.",
           "Head of Information Management / Niche Programme Manager", "March/April 2026",
           "Change request approved by the Niche consortium; build scheduled for February.", "G")]),
        ("Building, supporting and protecting the workforce",
         "The force should make sure its supervisors have the time and training to support and develop their officers and staff.",
         [("4a", "Deliver the First Line Leaders programme to all newly promoted sergeants and police staff supervisors.",
           "Chief Superintendent People / Head of Learning & Development", "Ongoing",
           "Cohorts 1 to 4 complete (142 leaders). Programme now part of business as usual.", "G"),
          ("4b", "Review supervisory ratios in response teams and reduce them to no more than 1:10.",
           "Chief Superintendent People", "Sept 2026",
           "Ratio analysis completed; proposals go to Chief Officer Group in December.", "G")]),
    ]
    rag = {"C": "blue", "G": "green", "A": "amber", "R": "red"}
    r = 5
    for area, afi, acts in afis:
        first = r
        ws.cell(row=r, column=2, value=area)
        ws.cell(row=r, column=3, value=afi)
        for ref, action, lead, due, update, status in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=4, value=action)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=due)
            if isinstance(due, dt.datetime):
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7, value=update)
            s = ws.cell(row=r, column=8, value=status)
            s.fill = RAGFILL[rag[status]]
            s.alignment = Alignment(horizontal="center", vertical="top")
            r += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
        box_range(ws, first, r - 1, 8)
        r += 1  # blank row between areas for improvement
    ws.cell(row=r, column=1,
            value="RAG: R – off track; A – at risk of slippage; G – on track; C – complete (evidence submitted to HMICFRS)")
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "o2-thames-valley-police-peel-afi-tracker.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 4. Safer Crawley Partnership: DHR action plan (Home Office template columns,
#    recommendation and scope merged down, lead agencies two to a cell,
#    RAG by shading only with a key saying Green = completed)
# ---------------------------------------------------------------------------
def crawley():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Safer Crawley Partnership – OFFICIAL"
    doc.add_paragraph("Domestic Homicide Review ‘Rosa’ – Action Plan", style="Title")
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Domestic Homicide Review into the death "
        "of ‘Rosa’, aged 74, who was killed by her husband at their home in Crawley in 2023. The review was "
        "commissioned by the Safer Crawley Partnership and the report was approved by the Home Office "
        "Quality Assurance Panel in November 2024. Progress is monitored by the Domestic Abuse Sub-Group; "
        "this version was updated on 6 October 2025.")
    heads = ["No.", "Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
             "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
             "Date of completion and Outcome", "RAG"]
    recs = [
        ("Sussex Police should ensure that officers attending domestic abuse incidents complete the DASH "
         "risk assessment with the victim away from the perpetrator, and record where this was not possible.",
         "Local",
         [("1.1", "Issue a briefing to all response officers on completing DASH away from the perpetrator, and add a mandatory field to the domestic abuse form.",
           "Sussex Police", "Briefing issued via Routine Orders January 2025. Form change requested.",
           "March/April 2025",
           "Completed 22/04/2025. Field now mandatory; a dip sample of 50 incidents in June showed 94% compliance.", "green"),
          ("1.2", "Dip sample domestic abuse incidents quarterly and report compliance to the Safer Crawley Domestic Abuse Sub-Group.",
           "Sussex Police", "First dip sample completed June 2025.", "Quarterly", "", "amber")]),
        ("Crawley Borough Council Housing and Sussex Partnership NHS Foundation Trust should develop a joint "
         "protocol for sharing information where a tenant with mental health needs is known to be at risk of "
         "domestic abuse.",
         "Local",
         [("2.1", "Agree and sign a joint information sharing protocol between Housing and the Crawley Community Mental Health Team.",
           "Crawley Borough Council (Housing) / Sussex Partnership NHS FT",
           "Draft protocol shared with Information Governance leads in both organisations.",
           "End of June 2025", "", "red"),
          ("2.2", "Deliver joint training on domestic abuse and mental health to housing officers and CMHT practitioners.",
           "Sussex Partnership NHS FT and Crawley Borough Council", "Two sessions held (38 staff).",
           "w/e 26/09/25",
           "Completed 25/09/2025 – evaluation positive; sessions added to the annual training calendar.", "green")]),
        ("The Safer Crawley Partnership should seek assurance from NHS Sussex that GP practices ask about "
         "domestic abuse when older patients present with injuries or repeated anxiety.",
         "Regional",
         [("3.1", "Roll out the IRIS domestic abuse training and referral programme to all Crawley GP practices.",
           "NHS Sussex ICB", "9 of 13 practices trained.", "31/03/2026", "", "amber"),
          ("3.2", "Add a domestic abuse question to the GP practice safeguarding self-assessment audit.",
           "NHS Sussex ICB Safeguarding Team", "Question drafted for the 2025/26 audit tool.",
           "December 2025", "", "amber")]),
        ("The Safer Crawley Partnership should raise awareness of domestic abuse among older people and their "
         "families.",
         "Local",
         [("4.1", "Run a campaign on older people and domestic abuse during the 16 Days of Action, including information in GP surgeries and pharmacies.",
           "CBC Community Safety Team", "", "Nov/Dec 2025", "", None)]),
    ]
    nrows = 1 + sum(len(a) for _, _, a in recs)
    table = doc.add_table(rows=nrows, cols=len(heads))
    table.style = "Table Grid"
    for i, h in enumerate(heads):
        set_text(table.cell(0, i), h, bold=True)
        shade(table.cell(0, i), "D9D9D9")
    colours = {"green": "00B050", "amber": "FFC000", "red": "FF0000"}
    r = 1
    for rec, scope, acts in recs:
        first = r
        set_text(table.cell(r, 1), rec)
        set_text(table.cell(r, 2), scope)
        for no, action, lead, milestones, target, outcome, rag in acts:
            set_text(table.cell(r, 0), no)
            set_text(table.cell(r, 3), action)
            set_text(table.cell(r, 4), lead)
            set_text(table.cell(r, 5), milestones)
            set_text(table.cell(r, 6), target)
            set_text(table.cell(r, 7), outcome)
            set_text(table.cell(r, 8), "")
            if rag:
                shade(table.cell(r, 8), colours[rag])
            r += 1
        if r - 1 > first:
            table.cell(first, 1).merge(table.cell(r - 1, 1))
            table.cell(first, 2).merge(table.cell(r - 1, 2))
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Green – completed; Amber – in progress; Red – overdue or not progressing; "
                      "uncoloured – not yet started.")
    doc.save(os.path.join(HERE, "o2-safer-crawley-dhr-rosa-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Huntingdonshire: corporate peer challenge action plan, Q3 update
#    (document control table, a heading and a table per recommendation,
#    quarter timescales, dotted dates, two posts in one lead cell)
# ---------------------------------------------------------------------------
def huntingdonshire():
    doc = Document()
    doc.add_paragraph("Corporate Peer Challenge Action Plan", style="Title")
    doc.add_paragraph("Huntingdonshire District Council – progress update, Quarter 3 2025/26", style="Subtitle")
    ctrl = doc.add_table(rows=5, cols=2)
    ctrl.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Chief Executive"), ("Version", "4.0"),
                                ("Date", "January 2026"), ("Approved by", "Senior Leadership Team"),
                                ("Next review", "April 2026")]):
        set_text(ctrl.cell(i, 0), k, bold=True, size=10)
        set_text(ctrl.cell(i, 1), v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "The LGA Corporate Peer Challenge took place in May 2024 and the peer team returned for a progress "
        "review in March 2025. This plan sets out the actions agreed against each of the peer team's "
        "recommendations, with a progress update for Quarter 3 2025/26. Each recommendation has a lead "
        "Cabinet Member and a member of the Senior Leadership Team. Status: Complete; Green – on track; "
        "Amber – some delay; Red – significant delay.")
    recs = [
        ("Recommendation 1: Develop a clear, shared narrative for the Corporate Plan so that staff, members and partners understand the council's priorities",
         [("1.1", "Hold member and staff workshops to co-design the narrative for the refreshed Corporate Plan.",
           "Chief Executive", "Q1 2025/26",
           "Six workshops held April to June 2025 with 140 staff and 30 members.", "Complete"),
          ("1.2", "Publish the refreshed Corporate Plan with an outcomes framework and quarterly performance reporting to Cabinet.",
           "Corporate Director (People) / Business Intelligence & Performance Manager", "31.03.2026",
           "Outcomes framework agreed; performance reports in the new format from Q2.", "Green")]),
        ("Recommendation 2: Strengthen the medium term financial strategy by identifying savings and income to close the budget gap from 2026/27",
         [("2.1", "Develop a Financial Sustainability Programme with savings proposals for the 2026/27 budget.",
           "Section 151 Officer", "End Q3 2025/26",
           "£1.9m of the £2.6m target identified; remaining proposals go to Overview and Scrutiny in January.", "Amber"),
          ("2.2", "Review fees and charges against neighbouring councils and set a commercial income target.",
           "Head of Finance; Head of Leisure & Health", "February 2026",
           "Benchmarking complete. Proposals included in the 2026/27 budget report.", "Green")]),
        ("Recommendation 3: Prepare for local government reorganisation with partners across Cambridgeshire and Peterborough while keeping a focus on delivery for residents",
         [("3.1", "Establish an LGR programme board and a dedicated programme team.",
           "Chief Executive", "Jun-25",
           "Board meeting monthly since June; programme manager appointed.", "Complete"),
          ("3.2", "Agree a joint evidence base and options appraisal with the other Cambridgeshire and Peterborough councils.",
           "Leader & Chief Executive", "28 November 2025",
           "Final proposal submitted to government on 28 November 2025.", "Complete")]),
        ("Recommendation 4: Invest in organisational development to support staff wellbeing, recruitment and retention",
         [("4.1", "Launch a People Strategy with a workforce plan for hard-to-recruit roles such as planning and environmental health.",
           "Head of HR & OD", "Sept 2025",
           "People Strategy adopted in September 2025; workforce plan still in development.", "Amber"),
          ("4.2", "Run an annual staff survey and publish the results and the actions taken.",
           "Head of HR & OD", "Annual",
           "2025 survey response rate 64%; action plan shared at the all-staff briefing.", "Green")]),
    ]
    colours = {"Complete": "8EA9DB", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress (Q3 2025/26)", "Status"]
    for heading, acts in recs:
        doc.add_paragraph(heading, style="Heading 2")
        t = doc.add_table(rows=1 + len(acts), cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_text(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "DEEAF6")
        for j, (ref, action, lead, when, progress, status) in enumerate(acts, 1):
            for i, v in enumerate([ref, action, lead, when, progress, status]):
                set_text(t.cell(j, i), v)
            shade(t.cell(j, 5), colours[status])
        doc.add_paragraph("")
    doc.save(os.path.join(HERE, "o2-huntingdonshire-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Colchester: internal audit recommendations tracker, CSV export
#    (title lines, one row per recommendation, original and revised dates;
#    one revised date has a year that cannot be right)
# ---------------------------------------------------------------------------
def colchester():
    header = ["Audit Title", "Audit Year", "Assurance Level", "Rec Ref", "Priority", "Recommendation",
              "Agreed Management Action", "Responsible Officer", "Original Implementation Date",
              "Revised Implementation Date", "Status", "Latest Update"]
    n = len(header)
    rows = [
        ["Council Tax and NNDR", "2024/25", "Reasonable", "CT1", "Medium",
         "Reconciliations between the Council Tax system and the general ledger were not evidenced as reviewed.",
         "Monthly reconciliations to be signed and dated by the preparer and reviewer and kept on the shared drive.",
         "Revenues Manager", "30/04/2025", "", "Complete",
         "Review evidenced from April 2025; verified by Internal Audit in June."],
        ["Council Tax and NNDR", "2024/25", "Reasonable", "CT2", "Low",
         "Single person discount reviews have not been carried out since 2022.",
         "Commission a single person discount review using a data-matching provider.",
         "Revenues Manager", "30/09/2025", "31/12/2025", "On track",
         "Provider appointed; data-matching exercise started in October."],
        ["Cyber Security", "2024/25", "Limited", "CS1", "High",
         "Multi-factor authentication is not enforced on all remote access accounts.",
         "Enforce MFA on all remote access and privileged accounts.",
         "Head of ICT / Information Security Officer", "31/05/2025", "31/08/2025", "Complete",
         "MFA enforced for all accounts from 18 August 2025."],
        ["Cyber Security", "2024/25", "Limited", "CS2", "High",
         "There is no tested ICT disaster recovery plan.",
         "Document and test the ICT disaster recovery plan, including restoring key systems from backup.",
         "Head of ICT", "30/06/2025", "31/01/2026", "On track",
         "Plan documented; test restoration booked for January 2026."],
        ["Cyber Security", "2024/25", "Limited", "CS3", "Medium",
         "Network accounts of leavers are not always disabled promptly.",
         "Introduce an automated leavers process linked to the HR system.",
         "ICT Service Desk Manager; HR Manager", "31/07/2025", "", "Overdue",
         "Integration delayed by the HR system upgrade."],
        ["Procurement and Contract Management", "2024/25", "Limited", "PC1", "High",
         "The contracts register is incomplete and does not include all contracts over £5,000.",
         "Update the contracts register and require services to confirm their entries quarterly.",
         "Procurement Manager", "31/03/2025", "31/10/2052", "On track",
         "Register 85% complete; final returns being chased with services."],
        ["Procurement and Contract Management", "2024/25", "Limited", "PC2", "Medium",
         "Waivers of the Contract Procedure Rules are not consistently reported to the Governance and Audit Committee.",
         "Report all waivers to the Governance and Audit Committee twice a year.",
         "Monitoring Officer", "31/07/2025", "", "Complete",
         "First waivers report taken to Committee on 29 July 2025."],
        ["Payroll", "2024/25", "Substantial", "PY1", "Low",
         "Overtime claims were occasionally authorised after payment.",
         "Remind managers that overtime must be authorised before the payroll cut-off.",
         "Payroll Manager", "30/06/2025", "", "Complete", "Reminder issued 10 June 2025."],
        ["Car Parking Income", "2025/26", "Reasonable", "CP1", "Medium",
         "Cash collected from pay and display machines is not reconciled to machine audit reports.",
         "Introduce a weekly reconciliation of cash collections to machine reports.",
         "Parking Services Manager", "31/12/2025", "", "Not yet due", ""],
    ]
    path = os.path.join(HERE, "o2-colchester-internal-audit-recommendations-tracker.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Internal Audit Recommendations Tracker"] + [""] * (n - 1))
        w.writerow(["Colchester City Council - Governance and Audit Committee 14 October 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(header)
        for row in rows:
            assert len(row) == n
            w.writerow(row)


# ---------------------------------------------------------------------------
# 7. North Kent AAA screening programme: QA visit action plan, tab-separated
#    export (title lines, section lines, recommendation per row with QA
#    timescale and priority, provider's target date and status, key line)
# ---------------------------------------------------------------------------
def north_kent_aaa():
    header = ["No.", "Recommendation", "Timescale", "Priority", "Action", "Lead", "Target date", "Status",
              "Progress"]
    n = len(header)
    body = [
        "Governance and leadership",
        ["1", "Make sure the programme board terms of reference reflect current commissioning and governance arrangements.",
         "3 months", "Standard", "Revise the terms of reference and take them to the programme board for approval.",
         "Programme Manager", "30/06/2025", "Complete", "Approved at programme board 19 June 2025."],
        ["2", "Produce an annual report for the trust board and commissioners.",
         "6 months", "Standard", "Produce the 2024/25 annual report and present it to the trust Quality Committee.",
         "Programme Manager / Clinical Director", "Sept 2025", "Complete",
         "Presented to Quality Committee 24 September 2025."],
        "Infrastructure",
        ["3", "Make sure there is enough screening technician capacity to meet the invitation schedule.",
         "6 months", "High", "Recruit 1.0 WTE screening technician and cross-train one healthcare assistant.",
         "Programme Manager", "31/10/2025", "At risk",
         "Post appointed with a start date of 5 January 2026; cross-training complete."],
        ["4", "Make sure all ultrasound equipment has a documented maintenance and quality assurance schedule.",
         "3 months", "High", "Set up a medical physics QA schedule for all four portable scanners and keep the records on the shared drive.",
         "Lead Screening Technician", "30/06/2025", "Complete", "Schedule in place; records checked by SQAS in July."],
        "Invitation, access and uptake",
        ["5", "Complete a health equity audit and act on the findings to improve uptake in groups with low uptake.",
         "12 months", "Standard", "Complete the health equity audit with the public health team and agree targeted actions for low-uptake areas.",
         "Programme Manager; Consultant in Public Health", "Mar 2026", "On track",
         "Audit data analysed; uptake lowest in central Gravesend wards. Outreach clinic at the Gurdwara being planned."],
        ["6", "Review clinic locations so that men can attend within a reasonable travel time.",
         "12 months", "Standard", "Map clinic sites against travel times and add at least one new community site.",
         "Programme Manager", "31/03/2026", "Not started", ""],
        "The screening test – accuracy and quality",
        ["7", "Make sure every screening technician has at least 3 image review audits each year.",
         "3 months", "High", "Introduce a monthly image review audit for each technician, recorded on the national IT system.",
         "Clinical Skills Trainer", "31/07/2025", "Overdue",
         "Audits started but only 2 of 5 technicians have had 3 audits this year."],
        "Referral",
        ["8", "Make sure men with an aneurysm of 5.5cm or more are seen by a vascular surgeon within 2 weeks of screening.",
         "Immediate", "High", "Agree a direct referral pathway with the vascular network hub and monitor breach reports weekly.",
         "Clinical Director / Vascular Network Lead", "Ongoing", "On track",
         "Pathway agreed April 2025; no breaches since May."],
    ]
    lines = [
        "North Kent AAA Screening Programme: QA visit action plan",
        "Hosted by Dartford and Gravesham NHS Trust. QA visit 12 March 2025. Progress at 30 November 2025.",
        "",
        "\t".join(header),
    ]
    for item in body:
        if isinstance(item, str):
            lines.append(item + "\t" * (n - 1))
        else:
            assert len(item) == n and not any("\t" in x for x in item)
            lines.append("\t".join(item))
    lines.append("")
    lines.append("Status key: Complete | On track | At risk = amber | Overdue = red | Not started")
    path = os.path.join(HERE, "o2-dartford-gravesham-aaa-screening-qa-action-plan.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    north_lincolnshire()
    mansfield()
    thames_valley()
    crawley()
    huntingdonshire()
    colchester()
    north_kent_aaa()
