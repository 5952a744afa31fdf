"""Build the seven zzl- blind test files (set heldout595).

Run with: /work/main/.venv/bin/python zzl_make.py
Writes only files whose names start with "zzl-" into this script's folder.
"""
import csv
import os
from datetime import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zzl-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(hex6):
    return PatternFill("solid", start_color=hex6, end_color=hex6)


RAG_FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0",
}


def header_row(ws, row, values, colour="1F3864"):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = CENTRE
        c.border = BOX


def band(ws, row, text, ncols, colour="D9E1F2", bold=True, italic=False, white=False):
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    c = ws.cell(row=row, column=1)
    c.font = Font(bold=bold, italic=italic, color="FFFFFF" if white else "000000")
    c.fill = fill(colour)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BOX


def widths(ws, ws_widths):
    for letter, w in ws_widths.items():
        ws.column_dimensions[letter].width = w


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, colour=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


# =============================================================== 1. Moat Homes (xlsx)
MOAT_TITLE = "Moat Homes – Consumer Standards Improvement Plan 2024-26"

MOAT_ROWS = [
    ("std", "1. Safety and Quality Standard"),
    ("find", "Finding 1A: We could not demonstrate that we held complete and accurate stock condition data for all of our homes."),
    ("act", "1.1", "Complete stock condition surveys for all homes without a survey in the last five years (c. 4,100 homes), prioritising older street properties.",
     "Head of Asset Management", dt(2025, 3, 31), dt(2025, 9, 30), "A", "A",
     "2,380 surveys complete (58%). Second survey contractor mobilised January 2025."),
    ("act", "1.2", "Load validated survey data into the asset management system and reconcile it against the property master list.",
     "Head of Asset Management; Data and Systems Manager", dt(2025, 6, 30), None, "G", "G",
     "Reconciliation rules agreed; first test load completed 24 January."),
    ("find", "Finding 1B: Remedial actions from fire risk assessments were not always completed within the timescales we set."),
    ("act", "1.3", "Clear all overdue high and medium risk fire risk assessment actions.",
     "Head of Building Safety", dt(2024, 12, 31), None, "G", "B",
     "All 312 overdue actions closed 20 December 2024; verified by internal audit."),
    ("act", "1.4", "Introduce a weekly compliance dashboard for the ‘big six’ (gas, electrical, fire, water, asbestos and lifts), reviewed by the Executive Team.",
     "Director of Property Services", dt(2025, 1, 31), None, "G", "G",
     "Dashboard live from 27 January; first Executive Team review on 4 February."),
    ("std", "2. Transparency, Influence and Accountability Standard"),
    ("find", "Finding 2A: Complaints were not consistently handled in line with the Housing Ombudsman’s Complaint Handling Code."),
    ("act", "2.1", "Refresh the complaints policy and train all customer-facing staff on the Complaint Handling Code.",
     "Head of Customer Resolution", dt(2024, 11, 30), None, "G", "B",
     "Policy approved by Board 21 November 2024. 97% of staff trained."),
    ("act", "2.2", "Publish Tenant Satisfaction Measures and complaints performance on the website each quarter with a plain-English commentary.",
     "Head of Customer Insight", dt(2025, 4, 30), None, "G", "G",
     "Web page designed with the Customer Voice group; first publication due April."),
    ("find", "Finding 2B: Tenants did not have enough meaningful opportunities to scrutinise our performance and influence decisions."),
    ("act", "2.3", "Recruit, train and launch a Tenant Scrutiny Panel and agree its first two review topics with the Board.",
     "Customer Engagement Manager", dt(2025, 2, 28), dt(2025, 5, 31), "G", "A",
     "Nine tenants recruited; training delayed by trainer availability. Launch now May 2025."),
    ("std", "3. Neighbourhood and Community Standard"),
    ("find", "Finding 3A: Anti-social behaviour cases were not always risk assessed or progressed in a timely way."),
    ("act", "3.1", "Review every open anti-social behaviour case older than 90 days and agree an action plan with the tenant.",
     "Neighbourhood Services Manager", dt(2025, 3, 31), None, "A", "R",
     "64 cases in scope; 21 reviewed. Two agency officers start 17 February."),
    ("act", "3.2", "Monitor completion of ASB risk assessments monthly and report exceptions to the Customer Services Committee.",
     "Neighbourhood Services Manager / Head of Housing Management", "Ongoing", None, "G", "G",
     "Risk assessment completed at first contact in 88% of new cases in January."),
]


def make_moat():
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    ws["A1"] = MOAT_TITLE
    ws["A1"].font = Font(bold=True, size=16, color="1F3864")
    ws["A3"] = "Our response to the Regulator of Social Housing’s regulatory judgement (consumer grade C2)"
    ws["A4"] = "Owner: Director of Governance and Compliance    Oversight: Customer Services Committee"
    ws["A6"] = "Document control"
    ws["A6"].font = Font(bold=True)
    header_row(ws, 7, ["Version", "Date", "Author", "Approved by", "Changes"])
    for r, vals in enumerate([
        ("1.0", "14/10/2024", "Head of Regulation and Assurance", "Executive Team", "First version following regulatory judgement"),
        ("1.2", "10/12/2024", "Head of Regulation and Assurance", "Customer Services Committee", "November progress; revised dates for 1.1 and 2.3 agreed"),
        ("1.3", "03/02/2025", "Head of Regulation and Assurance", "Customer Services Committee", "January 2025 progress update"),
    ], start=8):
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.border = BOX
            cell.alignment = WRAP
    widths(ws, {"A": 12, "B": 14, "C": 34, "D": 30, "E": 52})

    # Summary sheet (totals, not actions)
    ss = wb.create_sheet("Summary")
    ss["A1"] = "Progress summary – position at 31 January 2025"
    ss["A1"].font = Font(bold=True, size=13)
    header_row(ss, 3, ["Standard", "Actions", "B", "G", "A", "R"])
    summary = [
        ("Safety and Quality", 4, 1, 2, 1, 0),
        ("Transparency, Influence and Accountability", 3, 1, 1, 1, 0),
        ("Neighbourhood and Community", 2, 0, 1, 0, 1),
        ("Total", 9, 2, 4, 2, 1),
    ]
    for r, vals in enumerate(summary, start=4):
        for c, v in enumerate(vals, start=1):
            cell = ss.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    for c, k in zip(range(3, 7), "BGAR"):
        ss.cell(row=3, column=c).fill = fill(RAG_FILL[k])
    widths(ss, {"A": 44, "B": 10, "C": 8, "D": 8, "E": 8, "F": 8})

    # Plan sheet
    ws = wb.create_sheet("Improvement Plan")
    ncols = 8
    ws["A1"] = MOAT_TITLE
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Position as at 31 January 2025 – for Customer Services Committee, 11 February 2025"
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(italic=True)
    header_row(ws, 4, ["Ref", "Action", "Lead", "Original target date", "Revised target date",
                       "Previous RAG", "Current RAG", "Progress update (January 2025)"])
    r = 5
    for row in MOAT_ROWS:
        if row[0] == "std":
            band(ws, r, row[1], ncols, colour="1F3864", white=True)
        elif row[0] == "find":
            band(ws, r, row[1], ncols, colour="E7E6E6", bold=False, italic=True)
        else:
            _, ref, action, lead, orig, rev, prev, cur, upd = row
            vals = [ref, action, lead, orig, rev, prev, cur, upd]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = BOX
                cell.alignment = WRAP
                if isinstance(v, dt):
                    cell.number_format = "dd/mm/yyyy"
            for c, k in ((6, prev), (7, cur)):
                ws.cell(row=r, column=c).fill = fill(RAG_FILL[k])
                ws.cell(row=r, column=c).alignment = CENTRE
                if k in "RB":
                    ws.cell(row=r, column=c).font = Font(color="FFFFFF", bold=True)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: B = complete; G = on track; A = at risk – mitigation in place; R = off track – revised date needed")
    ws.cell(row=r + 1, column=1, value="Note: where a revised target date is shown, it was agreed by Customer Services Committee on 10 December 2024.")
    widths(ws, {"A": 7, "B": 60, "C": 30, "D": 14, "E": 14, "F": 10, "G": 10, "H": 50})
    ws.freeze_panes = "A5"
    wb.save(out("zzl-moat-homes-rsh-consumer-standards-improvement-plan.xlsx"))


# =============================================================== 2. NWAS (xlsx)
NWAS_TITLE = "North West Ambulance Service NHS Trust – CQC Must Do and Should Do Action Plan 2024-26"

# rows: ("band", text) or ("act", ref, type, requirement or None (merged from above), action, lead, target, rag, progress)
NWAS_ROWS = [
    ("band", "Emergency and urgent care (EUC)"),
    ("act", "MD1.1", "Must", "The trust must ensure that all staff complete mandatory training, including safeguarding level 3, in line with trust targets. (Regulation 18)",
     "Release paramedic staff for protected training days on a rolling rota so that every crew member completes safeguarding level 3.",
     "Head of Clinical Education", dt(2025, 3, 31), "B",
     "Compliance 92% at 31 March 2025 (target 90%). Closed at QPC, April 2025."),
    ("act", "MD1.2", None, None,
     "Report mandatory training compliance by sector to the monthly service delivery performance review, with a sector plan wherever compliance is below 85%.",
     "Area Directors of Operations", "Monthly", "G",
     "Included in performance review pack since May 2025."),
    ("act", "SD1.1", "Should", "The trust should ensure that vehicle and equipment checks are consistently completed and recorded at the start of each shift.",
     "Roll out the electronic vehicle daily inspection checklist to all ambulance stations and audit completion quarterly.",
     "Head of Fleet / Head of Operational Standards", "30/06/2025\n(revised from 31/03/2025)", "A",
     "Live at 97 of 109 stations. Remaining Cumbria stations need tablet upgrade."),
    ("band", "Emergency operations centres (EOC)"),
    ("act", "MD2.1", "Must", "The trust must ensure that calls waiting to be answered and patients waiting for a response are monitored and risk assessed, so that deteriorating patients are identified. (Regulation 12)",
     "Introduce a dedicated clinical navigator on every EOC shift to review the call stack and make welfare calls to patients waiting beyond the category target.",
     "Head of EOC Clinical Practice", dt(2025, 1, 31), "B",
     "Navigator role on all shifts since January 2025. Evidence: rota and audit of 200 calls."),
    ("act", "MD2.2", None, None,
     "Audit a monthly sample of 50 welfare calls against the Call Stack Management Policy and report the findings to the Patient Safety Group.",
     "EOC Quality Lead", dt(2025, 9, 30), "G",
     "Audits completed April–August; September audit in progress."),
    ("act", "SD2.1", "Should", "The trust should continue to improve call answer times in the EOC.",
     "Complete the EOC workforce review and recruit to the agreed establishment of emergency medical advisors.",
     "Director of Operations", "Q4 2025/26", "A",
     "Review complete. 38 of 52 vacancies filled; two further recruitment cohorts planned."),
    ("band", "NHS 111"),
    ("act", "MD3.1", "Must", "The trust must ensure that governance processes identify and act on delays in clinical call-backs to NHS 111 callers. (Regulation 17)",
     "Set up a weekly 111 clinical call-back assurance meeting, with escalation to the on-call director when call-back times breach the agreed threshold.",
     "Head of Service, NHS 111", dt(2024, 12, 31), "B",
     "Meeting established November 2024; terms of reference approved."),
    ("act", "SD3.1", "Should", "The trust should ensure that staff in NHS 111 receive regular supervision and appraisal.",
     "Schedule quarterly one-to-one supervision for all health advisors and clinical advisors and record it in the learning management system.",
     "NHS 111 Operations Manager", dt(2025, 12, 31), "R",
     "Supervision compliance 61%. Recovery plan to Executive Leadership Committee, October 2025."),
    ("act", "SD3.2", None, None,
     "Bring appraisal compliance for NHS 111 staff to 90% and sustain it for three consecutive months.",
     "NHS 111 Operations Manager; HR Business Partner", dt(2026, 3, 31), None,
     "Not started – will begin once supervision recovery plan is in place."),
]


def make_nwas():
    wb = Workbook()
    ss = wb.active
    ss.title = "Summary"
    ss["A1"] = NWAS_TITLE
    ss["A1"].font = Font(bold=True, size=14)
    ss["A2"] = "Summary of progress at 30 September 2025 – Quality and Performance Committee"
    header_row(ss, 4, ["Core service", "Must do actions", "Should do actions", "Complete", "On track", "Some slippage", "Off track", "Not started"])
    for r, vals in enumerate([
        ("Emergency and urgent care", 2, 1, 1, 1, 1, 0, 0),
        ("Emergency operations centres", 2, 1, 1, 1, 1, 0, 0),
        ("NHS 111", 1, 2, 1, 0, 0, 1, 1),
        ("Total", 5, 4, 3, 2, 2, 1, 1),
    ], start=5):
        for c, v in enumerate(vals, start=1):
            cell = ss.cell(row=r, column=c, value=v)
            cell.border = BOX
            if vals[0] == "Total":
                cell.font = Font(bold=True)
    ss["A11"] = "RAG key"
    ss["A11"].font = Font(bold=True)
    for r, (k, meaning) in enumerate([
        ("B", "Complete – evidence accepted by Quality and Performance Committee"),
        ("G", "On track to deliver by the target date"),
        ("A", "Some slippage – recovery action agreed"),
        ("R", "Off track – escalated to Executive Leadership Committee"),
        (None, "No colour – not started"),
    ], start=12):
        a = ss.cell(row=r, column=1)
        if k:
            a.fill = fill(RAG_FILL[k])
        a.border = BOX
        ss.cell(row=r, column=2, value=meaning)
    widths(ss, {"A": 32, "B": 16, "C": 16, "D": 11, "E": 11, "F": 14, "G": 11, "H": 12})

    ws = wb.create_sheet("Action Plan")
    ncols = 8
    ws["A1"] = NWAS_TITLE
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "CQC inspection of emergency and urgent care, emergency operations centres and NHS 111 – report published March 2024"
    ws.merge_cells("A2:H2")
    header_row(ws, 4, ["Ref", "Must / Should", "CQC requirement", "Action", "Responsible lead", "Target date", "RAG", "Progress and evidence"],
               colour="005EB8")
    r = 5
    start_of_req = None
    pending_merge = []
    for row in NWAS_ROWS:
        if row[0] == "band":
            band(ws, r, row[1], ncols, colour="DDEBF7")
            r += 1
            continue
        _, ref, typ, req, action, lead, target, rag, prog = row
        if req is not None:
            start_of_req = r
        else:
            pending_merge.append((start_of_req, r))
        vals = [ref, typ, req, action, lead, target, None, prog]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c)
            if v is not None:
                cell.value = v
            cell.border = BOX
            cell.alignment = WRAP
            if isinstance(v, dt):
                cell.number_format = "dd/mm/yyyy"
        if rag:
            ws.cell(row=r, column=7).fill = fill(RAG_FILL[rag])
        r += 1
    # merge the requirement and type cells over the actions that answer them
    spans = {}
    for s, e in pending_merge:
        spans[s] = max(spans.get(s, s), e)
    for s, e in spans.items():
        ws.merge_cells(start_row=s, start_column=2, end_row=e, end_column=2)
        ws.merge_cells(start_row=s, start_column=3, end_row=e, end_column=3)
    widths(ws, {"A": 8, "B": 9, "C": 44, "D": 52, "E": 26, "F": 16, "G": 7, "H": 44})
    ws.freeze_panes = "A5"
    wb.save(out("zzl-north-west-ambulance-service-cqc-must-should-do-action-plan.xlsx"))


# =============================================================== 3. Cheshire Constabulary (xlsx)
CHES_TITLE = "Cheshire Constabulary – HMICFRS Vetting, Misconduct and Misogyny: Recommendations Tracker"
STATUS_FILL = {"Complete": "0070C0", "On track": "00B050", "At risk": "FFC000", "Off track": "FF0000", "Not started": None}

CHES_SHEETS = [
    ("A Vetting", "Section A – Vetting", [
        ("rec", "Recommendation 4: By 31 October 2023, chief constables should make sure that their vetting units record a clear rationale for every clearance decision where adverse information has been found."),
        ("act", "4a", "Introduce a mandatory rationale template in the vetting management system for every clearance granted where adverse information exists.",
         "Force Vetting Manager", dt(2023, 9, 30), "Complete", "Template live 18/09/2023. Dip sample in December 2023 found 100% completion."),
        ("act", "4b", "Dip-sample 10% of adverse-information clearances each quarter and report the findings to the Force Standards and Ethics Board.",
         "Head of Professional Standards / Force Vetting Manager", "Quarterly", "On track", "Q2 2024/25 sample reported 15 October 2024."),
        ("rec", "Recommendation 9: By 31 October 2023, chief constables should make sure that officers and staff are re-vetted when they are promoted or move into a designated post."),
        ("act", "9a", "Agree a trigger with HR so that every promotion and move into a designated post generates a vetting review request.",
         "Head of HR Operations", dt(2023, 10, 31), "Complete", "Workflow built into the HR system in October 2023."),
        ("act", "9b", "Clear the backlog of 214 designated-post vetting reviews identified in the 2023 audit.",
         "Force Vetting Manager", "31/03/2024 – revised to 31/01/2025", "At risk", "163 of 214 completed. Two temporary vetting officers until January."),
    ]),
    ("B Counter-corruption", "Section B – Counter-corruption", [
        ("rec", "Recommendation 13: By 30 April 2023, chief constables should make sure that their counter-corruption units have enough capacity and capability to assess and develop corruption-related intelligence."),
        ("act", "13a", "Recruit two additional intelligence analysts to the Counter Corruption Unit.",
         "D/Supt Professional Standards", dt(2023, 6, 30), "Complete", "Both analysts in post from June 2023."),
        ("act", "13b", "Deploy IT monitoring software across all force devices and set up a 24/7 alert review rota.",
         "Head of ICT; CCU Detective Inspector", dt(2024, 12, 31), "Off track", "Supplier contract signed; mobile device deployment delayed to spring 2025."),
        ("rec", "Recommendation 16: By 31 March 2024, chief constables should make sure that their force has a policy on notifiable associations and that officers and staff are reminded of it every year."),
        ("act", "16a", "Publish a revised Notifiable Associations policy and require an annual declaration from every officer and member of staff.",
         "Head of Professional Standards", dt(2024, 3, 1), "Complete", "Policy published March 2024; 2024 declaration return 96%."),
    ]),
    ("C Misconduct & culture", "Section C – Misconduct and culture", [
        ("rec", "Recommendation 28: By 30 September 2023, chief constables should make sure that all allegations of sexual misconduct, including those made by colleagues, are recorded and assessed as possible misconduct."),
        ("act", "28a", "Add a sexual misconduct flag and a mandatory severity assessment to the complaints and conduct case system.",
         "PSD Assessment Unit Manager", dt(2023, 9, 30), "Complete", "Flag and assessment fields live 25/09/2023."),
        ("act", "28b", "Deliver the ‘Call it out’ briefing on reporting sexual harassment to every team, led by a member of the chief officer group.",
         "ACC Local Policing", dt(2025, 3, 31), "On track", "41 of 63 teams briefed."),
        ("rec", "Recommendation 35: By 31 March 2024, chief constables should make sure that exit interviews capture any concerns about misogynistic or predatory behaviour."),
        ("act", "35a", "Revise the exit interview form to include questions on misogyny and inappropriate behaviour, with responses reviewed by PSD each month.",
         "Head of HR Operations & Head of Professional Standards", dt(2025, 6, 30), "Not started", "Deferred until new HR self-service portal goes live."),
    ]),
]


def make_cheshire():
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = CHES_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "HMICFRS report: An inspection of vetting, misconduct, and misogyny in the police service (November 2022)"
    ov["A3"] = "Owner: Head of Professional Standards    Governance: Force Standards and Ethics Board    Last updated: 8 November 2024"
    header_row(ov, 5, ["Section", "Actions", "Complete", "On track", "At risk", "Off track", "Not started"], colour="0B2545")
    for r, vals in enumerate([
        ("A – Vetting", 4, 2, 1, 1, 0, 0),
        ("B – Counter-corruption", 3, 2, 0, 0, 1, 0),
        ("C – Misconduct and culture", 3, 1, 1, 0, 0, 1),
        ("Total", 10, 5, 2, 1, 1, 1),
    ], start=6):
        for c, v in enumerate(vals, start=1):
            cell = ov.cell(row=r, column=c, value=v)
            cell.border = BOX
    ov["A12"] = "Status key"
    ov["A12"].font = Font(bold=True)
    for r, (k, meaning) in enumerate([
        ("Complete", "Action delivered and evidence held by PSD"),
        ("On track", "Progressing to the due date"),
        ("At risk", "Due date may be missed – mitigation in place (amber)"),
        ("Off track", "Due date missed or will be missed (red)"),
        ("Not started", "Work has not yet begun"),
    ], start=13):
        a = ov.cell(row=r, column=1, value=k)
        if STATUS_FILL[k]:
            a.fill = fill(STATUS_FILL[k])
        ov.cell(row=r, column=2, value=meaning)
    widths(ov, {"A": 30, "B": 50, "C": 10, "D": 10, "E": 10, "F": 10, "G": 12})

    for sheet_name, section, rows in CHES_SHEETS:
        ws = wb.create_sheet(sheet_name)
        ws["A1"] = section
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = CHES_TITLE
        ws["A2"].font = Font(italic=True, color="595959")
        header_row(ws, 4, ["Ref", "Action", "Action owner", "Due date", "Status", "Update (November 2024)"], colour="0B2545")
        r = 5
        for row in rows:
            if row[0] == "rec":
                band(ws, r, row[1], 6, colour="DCE6F1")
            else:
                _, ref, action, owner, due, status, upd = row
                for c, v in enumerate([ref, action, owner, due, status, upd], start=1):
                    cell = ws.cell(row=r, column=c, value=v)
                    cell.border = BOX
                    cell.alignment = WRAP
                    if isinstance(v, dt):
                        cell.number_format = "mmm-yy" if ref == "16a" else "dd/mm/yyyy"
                if STATUS_FILL[status]:
                    ws.cell(row=r, column=5).fill = fill(STATUS_FILL[status])
            r += 1
        widths(ws, {"A": 7, "B": 62, "C": 30, "D": 16, "E": 12, "F": 48})
    wb.save(out("zzl-cheshire-constabulary-hmicfrs-vetting-misconduct-misogyny-recommendations-tracker.xlsx"))


# =============================================================== 4. Riverside Surgery (docx)
RIV_TITLE = "Riverside Surgery – CQC Inspection Action Plan"
RIV_SECTIONS = [
    ("Safe", "Requirement notice – Regulation 12 Safe care and treatment: The provider must ensure care and treatment is provided in a safe way for service users.", [
        ("1.1", "Carry out a full search of patients prescribed high-risk medicines (methotrexate, lithium, DOACs) and recall any patient without monitoring in the required interval.",
         "Dr S Patel", "30/06/2025", "Blue"),
        ("1.2", "Introduce a monthly searches protocol run by the practice pharmacist, with results reviewed at the clinical meeting.",
         "Practice Pharmacist / Dr S Patel", "31/07/2025", "Green"),
        ("1.3", "Review all MHRA patient safety alerts received since January 2024 and record the action taken for each in the alerts log.",
         "Practice Manager", "End of August 2025", "Amber"),
    ]),
    ("Well-led", "Requirement notice – Regulation 17 Good governance: The provider must establish effective systems and processes to ensure good governance in accordance with the fundamental standards of care.", [
        ("2.1", "Create a training matrix for all staff and book outstanding safeguarding, infection prevention and control and fire safety training.",
         "Practice Manager", "30/09/2025", "Green"),
        ("2.2", "Complete DBS checks and risk assessments for the two non-clinical staff who act as chaperones.",
         "Assistant Practice Manager", "11/06/2025", "Blue"),
        ("2.3", "Hold quarterly governance meetings with minutes and an action log, covering significant events, complaints and clinical audits.",
         "GP Partners", "Ongoing – quarterly", "Green"),
    ]),
]
RIV_SHOULD = [
    ("Continue to improve the uptake of cervical screening.",
     "Offer Saturday morning smear clinics and send text reminders to patients who are overdue for screening.",
     "Lead Nurse", "31/12/2025", "Green"),
    ("Take action to improve patient satisfaction with telephone access.",
     "Install the cloud-based telephone system with call-back and queue position, and re-survey patients six months after go-live.",
     "Practice Manager / PPG Chair", "March 2026", ""),
]
DOC_STATUS_FILL = {"Blue": "00B0F0", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "": None}


def make_riverside():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    h = doc.add_heading(RIV_TITLE, level=0)
    doc.add_paragraph("Inspection date: 14 May 2025    Report published: 1 July 2025    Overall rating: Requires improvement")
    doc.add_paragraph("Registered manager: Practice Manager, on behalf of the partnership")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["Version", "Date", "Prepared by", "Agreed by"]):
        cell_text(t.rows[0].cells[i], v, bold=True)
    for vals in [("1", "18/07/2025", "Practice Manager", "Partners’ meeting 22/07/2025"),
                 ("2", "06/10/2025", "Practice Manager", "Partners’ meeting 14/10/2025")]:
        row = t.add_row()
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v)
    doc.add_paragraph()
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – delayed, new date agreed; Red – not achieved")

    def action_table(head, rows):
        tbl = doc.add_table(rows=1, cols=5)
        tbl.style = "Table Grid"
        for i, v in enumerate(head):
            cell_text(tbl.rows[0].cells[i], v, bold=True)
            shade(tbl.rows[0].cells[i], "D9D9D9")
        for vals in rows:
            row = tbl.add_row()
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v)
            f = DOC_STATUS_FILL[vals[4]]
            if f:
                shade(row.cells[4], f)
        return tbl

    for heading, req, rows in RIV_SECTIONS:
        doc.add_heading(heading, level=1)
        p = doc.add_paragraph()
        p.add_run(req).bold = True
        action_table(["No.", "Action", "Responsible person", "Completion date", "Status"], rows)
    doc.add_heading("Areas where the practice should improve", level=1)
    action_table(["Should do", "Action", "Responsible person", "Completion date", "Status"], RIV_SHOULD)
    doc.add_paragraph()
    doc.add_paragraph("This plan is reviewed at the monthly practice meeting. Signed on behalf of the partners: Practice Manager, 14 October 2025.")
    doc.save(out("zzl-riverside-surgery-cqc-inspection-action-plan.docx"))


# =============================================================== 5. Truro and Penwith College (docx)
TPC_TITLE = "Truro and Penwith College: Post-Inspection Action Plan 2025-26"
TPC_AFIS = [
    ("AFI 1: Leaders should ensure that learners on level 3 courses in health and social care receive consistently helpful feedback that tells them how to improve their work.", [
        ("1a", "Train all health and social care teachers in the college feedback model (what went well, even better if, next steps) and monitor its use through learning walks.",
         "Head of Faculty – Health, Care and Early Years", "Autumn term 2025", "90% of sampled work shows developmental feedback", "G"),
        ("1b", "Moderate a sample of assessed work from each level 3 group every half term.",
         "Curriculum Team Leader\nQuality Manager", "Termly", "Moderation records show consistent standards across groups", "G"),
        ("1c", "Require learners to record feedback targets on their online ILP and review them in each one-to-one tutorial.",
         "Director of Learner Services", "Sept 2025 – Jan 2026", "ILP audit: 85% of learners have current feedback targets", "A"),
    ]),
    ("AFI 2: Leaders and managers should make sure that apprentices who need to achieve functional skills qualifications in English and mathematics are prepared for and take their examinations in good time.", [
        ("2a", "Complete initial and diagnostic assessment for every apprentice within four weeks of starting and plan functional skills teaching from the start of the programme.",
         "Director of Apprenticeships", "31/10/2025", "100% of new starts assessed within four weeks", "B"),
        ("2b", "Track functional skills exam dates in the monthly apprenticeship progress review and escalate apprentices more than three months past their planned date.",
         "Apprenticeship Operations Manager", "Summer term 2026", "Fewer than 5% of apprentices past planned exam date", "G"),
    ]),
    ("AFI 3: Leaders should improve the attendance of learners on adult English and mathematics courses.", [
        ("3a", "Introduce same-day phone and text follow-up of all absences on adult English and maths courses.",
         "Adult Learning Manager", "By end of November 2025", "Attendance at 85% or above", "A"),
        ("3b", "Offer evening and blended timetable options for adult maths at the Penwith campus from January 2026.",
         "Head of Adult and Community Learning", "January 2026", "Two new evening groups running", "R"),
    ]),
]
TPC_RAG_FILL = {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}


def make_truro():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run(TPC_TITLE)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor.from_string("7B2C83")
    doc.add_paragraph("Ofsted inspection: 4–7 March 2025. Plan monitored monthly by the Quality Improvement Group and termly by the Quality and Standards Committee.")
    doc.add_paragraph("Progress at: 1 December 2025")

    head = ["Ref", "Action", "Lead(s)", "Timescale", "Impact measure", "RAG"]
    tbl = doc.add_table(rows=1, cols=6)
    tbl.style = "Table Grid"
    for i, v in enumerate(head):
        cell_text(tbl.rows[0].cells[i], v, bold=True, colour="FFFFFF")
        shade(tbl.rows[0].cells[i], "7B2C83")
    for afi, acts in TPC_AFIS:
        row = tbl.add_row()
        merged = row.cells[0].merge(row.cells[5])
        cell_text(merged, afi, bold=True)
        shade(merged, "E4D7EA")
        for ref, action, lead, when, impact, rag in acts:
            row = tbl.add_row()
            for i, v in enumerate([ref, action, lead, when, impact, rag]):
                cell_text(row.cells[i], v)
            shade(row.cells[5], TPC_RAG_FILL[rag])
    widths_cm = [1.3, 9.0, 4.5, 3.2, 5.5, 1.3]
    for row in tbl.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)

    doc.add_paragraph()
    doc.add_paragraph("RAG key")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, meaning in [("B", "Complete – impact evidenced"), ("G", "On track"),
                       ("A", "Some risk to timescale"), ("R", "Off track – escalated to Executive")]:
        row = key.add_row()
        cell_text(row.cells[0], k, bold=True)
        shade(row.cells[0], TPC_RAG_FILL[k])
        cell_text(row.cells[1], meaning)
    doc.add_paragraph()
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    for i, v in enumerate(["Approved by", "Role", "Date"]):
        cell_text(so.rows[0].cells[i], v, bold=True)
    for i, v in enumerate(["Quality and Standards Committee", "Governors", "9 December 2025"]):
        cell_text(so.rows[1].cells[i], v)
    doc.save(out("zzl-truro-and-penwith-college-ofsted-post-inspection-action-plan.docx"))


# =============================================================== 6. DWFRS internal audit tracker (csv, refuse)
DW_ROWS = [
    ["Dorset & Wiltshire Fire and Rescue Service – Internal Audit Recommendations Tracker"],
    ["Finance and Audit Committee – 3 December 2025 – position at 14 November 2025"],
    [],
    ["Audit", "Year", "Assurance", "Rec No", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
     "Original Due Date", "Revised Due Date", "Status", "Comments"],
    ["Fleet Management", "2024/25", "Limited", "1", "2",
     "Servicing and inspection records should be held in a single system so that overdue vehicle inspections are visible to managers.",
     "Migrate all servicing records into the fleet management system and retire local spreadsheets.",
     "Fleet and Equipment Manager", "31/03/2025", "Sept 2025", "Complete", "Migration completed 26/09/2025."],
    ["Fleet Management", "2024/25", "Limited", "2", "2",
     "Fuel card transactions should be reconciled monthly and exceptions investigated.",
     "Introduce a monthly fuel card reconciliation with exception reports to the Head of Finance.",
     "Fleet and Equipment Manager / Finance Business Partner", "30/06/2025", "", "Complete", "First reconciliation July 2025."],
    ["Payroll", "2024/25", "Reasonable", "1", "3",
     "Overtime claims should be approved before payment by a manager independent of the claimant.",
     "Configure the HR system so that overtime claims cannot be submitted for payment without line manager approval.",
     "Head of HR Systems", "31/07/2025", "January 2026", "In progress", "Change scheduled in supplier release 4.2."],
    ["Payroll", "2024/25", "Reasonable", "2", "2",
     "Starters and leavers should be notified to payroll before the monthly cut-off.",
     "Issue a starters and leavers checklist to all station managers and monitor late notifications monthly.",
     "Payroll Manager", "31/05/2025", "", "Complete", ""],
    ["Cyber Security – Patch Management", "2025/26", "Limited", "1", "1",
     "Critical security patches should be applied within 14 days of release.",
     "Implement automated patch deployment for all servers and end-user devices, with exceptions approved by the Head of ICT.",
     "Head of ICT", "30/09/2025", "Febuary 2026", "Overdue", "Servers complete; end-user devices delayed by mobile data terminal replacement."],
    ["Cyber Security – Patch Management", "2025/26", "Limited", "2", "2",
     "Unsupported operating systems should be identified and removed from the network.",
     "Replace the remaining 23 Windows 10 devices on fire appliances.",
     "ICT Infrastructure Manager", "31/12/2025", "", "On track", "15 of 23 replaced."],
    ["On-call Availability", "2025/26", "Reasonable", "1", "2",
     "On-call availability data should be validated against payroll claims.",
     "Run a quarterly comparison of availability system data with on-call payments and investigate differences over 5%.",
     "Area Manager Response / Payroll Manager", "31/03/2026", "", "Not started", ""],
    ["On-call Availability", "2025/26", "Reasonable", "2", "3",
     "Station managers should receive refresher training on the availability system.",
     "Deliver refresher training at the on-call station managers' forum.",
     "Group Manager On-call Support", "31/01/2026", "", "On track", "Booked for forum on 20/01/2026."],
    [],
    ["Total recommendations: 8", "", "", "", "", "", "", "", "", "", "Complete 3 / In progress 1 / On track 2 / Overdue 1 / Not started 1", ""],
]


def make_dwfrs():
    with open(out("zzl-dorset-wiltshire-fire-rescue-service-internal-audit-tracker-typo-month-refuse.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in DW_ROWS:
            w.writerow(row)


# =============================================================== 7. NHSBSA board action log (txt, tab-separated)
BSA_LINES = [
    "NHS Business Services Authority – Board Meeting in Public: Action Log",
    "Updated following the meeting held on 27 January 2026",
    "RAG: B = complete (propose to close)   G = on track   A = at risk of missing due date   R = overdue   blank = not yet started",
    "",
    "\t".join(["Action No.", "Meeting", "Item", "Action", "Lead", "Due", "RAG", "Update"]),
    "\t".join(["BD/25/041", "23/09/2025", "6. Performance report Q1",
               "Provide the Board with a breakdown of Help with Health Costs processing times by channel (online, paper and telephone).",
               "SR", "Nov 2025", "B", "Included in Q2 performance report, 25/11/2025. Propose close."]),
    "\t".join(["BD/25/044", "23/09/2025", "8. Strategic risk register",
               "Review the scoring of SR04 (cyber security) in the light of the supplier incident and report back through the Audit and Risk Committee.",
               "DP", "Jan 2026", "B", "Rescored from 12 to 16 at ARC on 13/01/2026. Propose close."]),
    "\t".join(["BD/25/047", "23/09/2025", "9. People report",
               "Confirm the date by which all staff will have completed the new information governance training.",
               "KT", "Oct 2025", "R", "Overdue – awaiting roll-out date from the learning supplier."]),
    "\t".join(["BD/25/052", "25/11/2025", "5. Chief Executive’s report",
               "Circulate the timetable for the pensions administration re-procurement, showing the points at which the Board will be asked to approve.",
               "ML", "Mar-26", "G", "Draft timetable with Commercial; to circulate February."]),
    "\t".join(["BD/25/053", "25/11/2025", "7. People report",
               "Bring a deep dive on staff turnover in the contact centres, including exit interview themes, to a Board development session.",
               "JC/KT", "May 2026", "G", "Scheduled for the May development session."]),
    "\t".join(["BD/25/055", "25/11/2025", "10. Digital strategy",
               "Agree with DHSC a revised benefits profile for the contractor payments platform programme and share it with non-executive members.",
               "DP", "Jan 2026 (revised from Dec 2025)", "A", "Draft with DHSC sponsor team; sign-off expected February."]),
    "\t".join(["", "", "",
               "Report any change to the business case totals to the Audit and Risk Committee.",
               "", "", "", ""]),
    "\t".join(["BD/26/003", "27/01/2026", "4. Matters arising",
               "Write to the Chair of the Audit and Risk Committee confirming closure of the three overdue internal audit actions on payment controls.",
               "SR", "28/02/2026", "G", ""]),
    "\t".join(["BD/26/006", "27/01/2026", "6. Performance report Q3",
               "Include prescription exemption checking recovery rates against target in the Q4 performance report.",
               "MA", "Apr-26", "G", ""]),
    "\t".join(["BD/26/009", "27/01/2026", "11. Business plan 2026/27",
               "Hold an additional Board development session on the 2026/27 efficiency plan before final approval in March.",
               "Chair & CE", "Mar 2026", "", "New action."]),
    "",
    "Lead initials: CE – Chief Executive; DP – Director of Digital; JC – Non-Executive Director; KT – Director of People; MA – Director of Finance; ML – Director of Commercial; SR – Director of Operations",
]


def make_nhsbsa():
    with open(out("zzl-nhs-business-services-authority-board-action-log.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(BSA_LINES) + "\n")


if __name__ == "__main__":
    make_moat()
    make_nwas()
    make_cheshire()
    make_riverside()
    make_truro()
    make_dwfrs()
    make_nhsbsa()
    print("built 7 files in", HERE)
