"""Generator for the bv2- cases in heldout108 (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python bv2_make.py (python-docx, openpyxl).
Each case's data list holds the document content; the extra keys (lead, end, end_text,
status) record how a person reads each row and are used only to write the expected.yaml.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "red": PatternFill("solid", fgColor="FFFF0000"),
    "amber": PatternFill("solid", fgColor="FFFFC000"),
    "green": PatternFill("solid", fgColor="FF00B050"),
    "blue": PatternFill("solid", fgColor="FF00B0F0"),
    "head": PatternFill("solid", fgColor="FF1F4E78"),
    "theme": PatternFill("solid", fgColor="FFD9E1F2"),
    "grey": PatternFill("solid", fgColor="FFD9D9D9"),
}
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def d(y, m, day):
    return dt.datetime(y, m, day)


# ---------------------------------------------------------------------------
# 1. Yeovil District Hospital NHS FT - CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
YEOVIL_TITLE = "Yeovil District Hospital NHS Foundation Trust \u2013 CQC Inspection Action Plan 2019"
YEOVIL = [
    ("Urgent and Emergency Care", [
        dict(ref="UEC1", kind="Must do",
             finding="The trust must ensure that all staff in the emergency department complete mandatory training, including safeguarding children level 3, in line with trust targets.",
             action="Weekly training compliance report sent to ED matrons; protected time rostered for ED nurses to complete safeguarding children level 3.",
             lead_cell="ED Matron", lead=["ED Matron"],
             target=d(2019, 7, 31), revised=None,
             progress="Compliance at 94% (July 2019) against trust target of 90%. Evidence submitted to Quality Assurance Committee.",
             status="blue", end="2019-07"),
        dict(ref="UEC2", kind="Must do",
             finding="The trust must ensure that patients' pain is assessed and reassessed and that pain relief is given in a timely way.",
             action="Add pain score to the ED triage proforma and audit monthly against the RCEM standard for time to analgesia.",
             lead_cell="Clinical Lead ED / Matron ED", lead=["Clinical Lead ED", "Matron ED"],
             target=d(2019, 9, 30), revised=d(2019, 12, 31),
             progress="Proforma amended in August. First two audits show improvement (58% to 71%) but standard not yet met; date revised.",
             status="amber", end="2019-12"),
        dict(ref="UEC3", kind="Should do",
             finding="The trust should ensure that children in the paediatric waiting area are visible to staff at all times.",
             action="Relocate the paediatric waiting area next to the streaming desk as part of the ED minor works scheme.",
             lead_cell="Head of Estates", lead=["Head of Estates"],
             target=d(2020, 3, 31), revised=None,
             progress="Scheme approved by Capital Planning Group; works scheduled for February 2020.",
             status="green", end="2020-03"),
    ]),
    ("Medical Care (including older people's care)", [
        dict(ref="MED1", kind="Must do",
             finding="The trust must ensure that patient records are stored securely on all medical wards.",
             action="Install lockable notes trolleys on all medical wards and add records security to the monthly ward quality walkround.",
             lead_cell="Deputy Director of Nursing", lead=["Deputy Director of Nursing"],
             target=d(2019, 6, 30), revised=None,
             progress="Trolleys installed on all 7 wards by June 2019. Walkround checks since then show full compliance.",
             status="blue", end="2019-06"),
        dict(ref="MED2", kind="Must do",
             finding="The trust must ensure that mental capacity assessments are completed and recorded where patients may lack capacity.",
             action="Deliver MCA/DoLS training to all medical ward staff and introduce a capacity assessment template on the electronic record.",
             lead_cell="Safeguarding Lead (Adults)", lead=["Safeguarding Lead (Adults)"],
             target=d(2019, 10, 31), revised=None,
             progress="September audit found 62% of required assessments recorded. Template delayed by EPR supplier; escalated to Director of Nursing.",
             status="red", end="2019-10"),
        dict(ref="MED3", kind="Should do",
             finding="The trust should ensure that fluid balance charts are fully completed.",
             action="Include fluid balance documentation in the nursing metrics dashboard and review at ward sisters' meetings.",
             lead_cell="Ward Managers", lead=["Ward Managers"],
             target="Ongoing", revised=None,
             progress="Monthly metrics reported since May 2019; completion averaging 88%.",
             status="green", end=None, end_text="Ongoing"),
    ]),
    ("Maternity", [
        dict(ref="MAT1", kind="Must do",
             finding="The trust must ensure that emergency equipment in the maternity unit is checked daily in line with trust policy.",
             action="Introduce a daily resuscitaire checklist signed by the shift coordinator, with weekly spot checks by the matron.",
             lead_cell="Head of Midwifery", lead=["Head of Midwifery"],
             target=d(2019, 5, 31), revised=None,
             progress="Checklist in place from April 2019. No gaps found in spot checks for 12 consecutive weeks.",
             status="blue", end="2019-05"),
        dict(ref="MAT2", kind="Should do",
             finding="The trust should ensure that midwives and obstetricians meet the trust target for fetal monitoring (CTG) training.",
             action="Schedule annual fetal monitoring training days for all midwives and obstetricians and report compliance to the Maternity Governance Group.",
             lead_cell="Consultant Midwife / Obstetric Lead for Fetal Monitoring",
             lead=["Consultant Midwife", "Obstetric Lead for Fetal Monitoring"],
             target="Q3 2019/20", revised=None,
             progress="Training days booked through to December; compliance currently 81% against 90% target.",
             status="green", end="2019-12"),
    ]),
]


def make_yeovil(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = YEOVIL_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Must do and should do actions following the CQC inspection report published 12 March 2019. Updated for Quality Assurance Committee, October 2019."
    ws["A2"].font = Font(italic=True)
    heads = ["Ref", "Must do / Should do", "CQC finding", "Action", "Lead",
             "Target date", "Revised date", "Progress update", "RAG"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    first = True
    for theme, rows in YEOVIL:
        r += 1
        if not first:
            r += 1  # a blank row between core services
        first = False
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = FILL["theme"]
        for row in rows:
            r += 1
            vals = [row["ref"], row["kind"], row["finding"], row["action"], row["lead_cell"],
                    row["target"], row["revised"], row["progress"], None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
                if isinstance(v, dt.datetime):
                    cell.number_format = "dd/mm/yyyy"
            ws.cell(r, 9).fill = FILL[row["status"]]
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for colour, text in [("blue", "Complete \u2013 evidence of completion submitted"),
                         ("green", "On track to be delivered by target date"),
                         ("amber", "Some slippage \u2013 recovery plan in place"),
                         ("red", "Off track / not delivered by target date")]:
        r += 1
        ws.cell(r, 1).fill = FILL[colour]
        ws.cell(r, 2, text)
    widths = [8, 12, 45, 50, 24, 12, 12, 45, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHI"[i]].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Wycombe District Council - internal audit recommendations tracker (csv)
# ---------------------------------------------------------------------------
WYCOMBE_TITLE = "Wycombe District Council - Internal Audit Recommendations Tracker (as at 31 January 2019)"
WYCOMBE = [
    dict(audit="Payroll", year="2017/18", ref="1", prio="High",
         rec="Starter and leaver forms should be authorised by the budget holder before they are processed.",
         action="Payroll will reject any starter or leaver form not signed by an authorised budget holder. The authorised signatory list will be refreshed and issued to Payroll.",
         lead_cell="Payroll & HR Systems Manager", lead=["Payroll & HR Systems Manager"],
         orig="30/06/2018", rev="", stat="Complete",
         upd="Signatory list refreshed June 2018. Internal Audit sample test in October 2018 found no exceptions.",
         status="blue", end="2018-06"),
    dict(audit="Payroll", year="2017/18", ref="2", prio="Medium",
         rec="Overtime claims should be reconciled to timesheets before payment.",
         action="Introduce a monthly reconciliation of overtime claims to approved timesheets, signed off by the Payroll Team Leader.",
         lead_cell="Payroll & HR Systems Manager", lead=["Payroll & HR Systems Manager"],
         orig="30/09/2018", rev="31/03/2019", stat="On track",
         upd="Reconciliation template agreed; first reconciliations completed for December and January. Revised date agreed by Audit Committee in November.",
         status="green", end="2019-03"),
    dict(audit="Procurement Cards", year="2017/18", ref="1", prio="High",
         rec="Card transaction and monthly limits should be reviewed and set according to business need.",
         action="Finance will review all card limits with cardholders' line managers and reduce limits where usage does not justify them.",
         lead_cell="Head of Finance", lead=["Head of Finance"],
         orig="31/12/2018", rev="", stat="Complete",
         upd="All 42 cards reviewed; 17 limits reduced and 5 cards cancelled.",
         status="blue", end="2018-12"),
    dict(audit="Procurement Cards", year="2017/18", ref="2", prio="Medium",
         rec="Purchases on procurement cards should be checked for compliance with Contract Procedure Rules.",
         action="Quarterly report of card spend by supplier to be reviewed for aggregated spend above the quotation threshold.",
         lead_cell="Corporate Procurement Manager; Head of Finance",
         lead=["Corporate Procurement Manager", "Head of Finance"],
         orig="31/03/2019", rev="", stat="Amber",
         upd="First quarterly report produced but supplier coding is incomplete, so aggregation cannot yet be relied on.",
         status="amber", end="2019-03"),
    dict(audit="Information Governance", year="2018/19", ref="1", prio="High",
         rec="The council should complete its Information Asset Register and assign an owner to every asset.",
         action="Information Asset Owners to complete their service entries in the Information Asset Register, with returns chased through the Corporate Management Team.",
         lead_cell="Data Protection Officer", lead=["Data Protection Officer"],
         orig="31/12/2018", rev="28/02/2019", stat="Red",
         upd="Returns outstanding from 4 of 11 services. Escalated to CMT on 22 January.",
         status="red", end="2019-02"),
    dict(audit="Information Governance", year="2018/19", ref="2", prio="Medium",
         rec="All staff with network access should complete data protection (GDPR) e-learning.",
         action="Completion of GDPR e-learning to be monitored monthly and reported to heads of service; new starters to complete it in their induction.",
         lead_cell="Data Protection Officer", lead=["Data Protection Officer"],
         orig="Ongoing", rev="", stat="On track",
         upd="Completion rate 91% at end of January.",
         status="green", end=None, end_text="Ongoing"),
    dict(audit="Car Parking Income", year="2018/19", ref="1", prio="High",
         rec="Cash collected from pay and display machines should be reconciled to machine audit reports.",
         action="Cash collection contractor to provide machine audit tickets with each collection; Parking Services to reconcile weekly and investigate variances over \u00a350.",
         lead_cell="Parking Services Manager", lead=["Parking Services Manager"],
         orig="30/04/2019", rev="", stat="Not started",
         upd="Due to start once the new cash collection contract begins in April.",
         status="unrated", end="2019-04"),
    dict(audit="Car Parking Income", year="2018/19", ref="2", prio="Low",
         rec="Season ticket refunds should be authorised by a second officer.",
         action="Amend the refunds procedure so that all season ticket refunds are authorised by a second officer.",
         lead_cell="Parking Services Manager / Head of Environment",
         lead=["Parking Services Manager", "Head of Environment"],
         orig="Q1 2019/20", rev="", stat="Not started", upd="",
         status="unrated", end="2019-06"),
]


def make_wycombe(path):
    heads = ["Audit", "Audit Year", "Rec No.", "Priority", "Recommendation",
             "Agreed Management Action", "Responsible Officer", "Original Target Date",
             "Revised Target Date", "Status", "Progress Update"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([WYCOMBE_TITLE] + [""] * (len(heads) - 1))
        w.writerow([""] * len(heads))
        w.writerow(heads)
        for x in WYCOMBE:
            w.writerow([x["audit"], x["year"], x["ref"], x["prio"], x["rec"], x["action"],
                        x["lead_cell"], x["orig"], x["rev"], x["stat"], x["upd"]])
        w.writerow([""] * len(heads))
        w.writerow(["Status key: Complete = implemented and verified by Internal Audit; On track = "
                    "expected to be implemented by the target date; Amber = at risk of missing the "
                    "target date; Red = target date missed; Not started = not yet due to start"]
                   + [""] * (len(heads) - 1))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 3. Chiltern and South Bucks CSP - DHR action plan (docx)
# ---------------------------------------------------------------------------
CHILTERN_TITLE = "Chiltern and South Bucks Community Safety Partnership: Domestic Homicide Review \u2018Mary\u2019 \u2013 Action Plan"
CHILTERN_A = "Part A: Overview Report Recommendations"
CHILTERN_B = "Part B: Single Agency Recommendations"
CHILTERN = [
    (CHILTERN_A, [
        ("1", "Chiltern and South Bucks CSP should ensure that frontline staff in all partner agencies are aware of coercive and controlling behaviour and how to respond to it.", [
            dict(ref="1.1", action="Commission multi-agency coercive control training through the Buckinghamshire Domestic Abuse Partnership and offer places to all CSP partner agencies.",
                 lead_cell="CSP Manager", lead=["CSP Manager"], target="September 2018", stat="Complete",
                 outcome="Four sessions delivered in September 2018; 96 staff from 11 agencies attended.",
                 status="blue", end="2018-09"),
            dict(ref="1.2", action="Publish a 7-minute briefing on the learning from this review and circulate it to all partner agencies.",
                 lead_cell="CSP Manager", lead=["CSP Manager"], target="31/07/2018", stat="Complete",
                 outcome="Briefing published on the CSP website and circulated 24 July 2018.",
                 status="blue", end="2018-07"),
        ]),
        ("2", "Partner agencies should routinely ask about domestic abuse when a client presents with alcohol misuse.", [
            dict(ref="2.1", action="Add a routine enquiry question on domestic abuse to the substance misuse service's assessment and review templates.",
                 lead_cell="Service Manager (Buckinghamshire Drug and Alcohol Service)",
                 lead=["Service Manager (Buckinghamshire Drug and Alcohol Service)"],
                 target="December 2018", stat="Green",
                 outcome="Template change agreed with the provider; IT change scheduled for November.",
                 status="green", end="2018-12"),
        ]),
        ("3", "The CSP should seek assurance that GP practices understand the MARAC referral pathway.", [
            dict(ref="3.1", action="Audit GP referrals to MARAC over a six-month period and report the findings to the CSP Board.",
                 lead_cell="Designated Nurse for Safeguarding Adults (CCG)",
                 lead=["Designated Nurse for Safeguarding Adults (CCG)"],
                 target="April \u2013 September 2019", stat="Amber",
                 outcome="Start delayed while the data sharing agreement is signed; audit now expected to begin in June 2019.",
                 status="amber", end="2019-09"),
        ]),
    ]),
    (CHILTERN_B, [
        ("4", "Thames Valley Police should ensure that a DASH risk assessment is completed at every domestic incident attended.", [
            dict(ref="4.1", action="Dip-sample 50 domestic incidents each quarter in the Chiltern and South Bucks LPA and feed back the findings to response teams.",
                 lead_cell="LPA Commander", lead=["LPA Commander"], target="Quarterly", stat="Green",
                 outcome="Q1 and Q2 dip samples completed; DASH completion 93% and 96%.",
                 status="green", end=None, end_text="Quarterly"),
        ]),
        ("5", "Buckinghamshire Healthcare NHS Trust should ensure that routine enquiry about domestic abuse is embedded in the Emergency Department.", [
            dict(ref="5.1", action="Include routine enquiry in the ED triage documentation and audit compliance.",
                 lead_cell="Named Nurse Safeguarding Adults", lead=["Named Nurse Safeguarding Adults"],
                 target="31 March 2019", stat="Complete",
                 outcome="Triage documentation updated January 2019; audit in March showed 84% compliance and is repeated annually.",
                 status="blue", end="2019-03"),
        ]),
        ("6", "Chiltern District Council should record domestic abuse disclosures on the housing register case file.", [
            dict(ref="6.1", action="Update the housing register procedure and train housing options officers in recording disclosures.",
                 lead_cell="Housing Options Manager", lead=["Housing Options Manager"],
                 target="End of January 2019", stat="Red",
                 outcome="Procedure drafted, but training postponed because of vacancies in the team; a new date is to be agreed.",
                 status="red", end="2019-01"),
        ]),
    ]),
]


def make_chiltern(path):
    doc = Document()
    doc.add_heading(CHILTERN_TITLE, level=1)
    doc.add_paragraph(
        "This action plan sets out how the recommendations of the Domestic Homicide Review into the "
        "death of \u2018Mary\u2019 are being implemented. The plan is monitored by the DHR Steering Group "
        "and progress is reported to the Chiltern and South Bucks Community Safety Partnership Board "
        "each quarter. Position as at 31 October 2018.")
    p = doc.add_paragraph()
    p.add_run("Document control").bold = True
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in [("0.1", "12/04/2018", "CSP Manager", "Draft for DHR panel"),
                ("1.0", "15/05/2018", "CSP Manager", "Agreed by CSP Board"),
                ("1.3", "31/10/2018", "CSP Officer", "Quarter 2 update")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    heads = ["No.", "Recommendation", "Action to take", "Lead", "Target date", "RAG", "Progress / outcome"]
    for part, recs in CHILTERN:
        doc.add_paragraph()
        doc.add_heading(part, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for num, rec, acts in recs:
            start = len(t.rows)
            for k, a in enumerate(acts):
                cells = t.add_row().cells
                set_cell(cells[0], a["ref"])
                if k == 0:
                    set_cell(cells[1], rec)
                set_cell(cells[2], a["action"])
                set_cell(cells[3], a["lead_cell"])
                set_cell(cells[4], a["target"])
                set_cell(cells[5], a["stat"])
                set_cell(cells[6], a["outcome"])
            if len(acts) > 1:
                t.cell(start, 1).merge(t.cell(len(t.rows) - 1, 1))
                # merge keeps text of all cells; reset to the recommendation once
                set_cell(t.cell(start, 1), rec)
    doc.add_paragraph()
    doc.add_paragraph(
        "RAG key: Complete \u2013 action completed and evidenced; Green \u2013 on track; "
        "Amber \u2013 at risk of slipping; Red \u2013 overdue or not progressing.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 4. Daventry District Council - corporate peer challenge action plan (docx)
# ---------------------------------------------------------------------------
DAVENTRY_TITLE = "Daventry District Council \u2013 Corporate Peer Challenge Action Plan"
DAVENTRY = [
    ("Recommendation 1: Set out a clear vision for Daventry District beyond 2020 and communicate it to staff, members and partners", [
        dict(ref="1.1", action="Hold member and officer workshops to develop the vision and refresh the Corporate Strategy.",
             lead_cell="Chief Executive", lead=["Chief Executive"], time="March 2018",
             progress="Workshops held in January and February 2018. Corporate Strategy 2018\u201321 adopted by Council on 22 March 2018.",
             rag="Complete", status="blue", end="2018-03"),
        dict(ref="1.2", action="Launch the vision with staff through a series of Chief Executive roadshows.",
             lead_cell="Chief Executive / Communications Manager", lead=["Chief Executive", "Communications Manager"],
             time="May 2018", progress="Six roadshows held in April and May; around 200 staff attended.",
             rag="Complete", status="blue", end="2018-05"),
    ]),
    ("Recommendation 2: Strengthen the council's approach to commercialisation and income generation", [
        dict(ref="2.1", action="Develop a Commercial Strategy with a pipeline of income-generating opportunities.",
             lead_cell="Resources Director", lead=["Resources Director"], time="September 2018",
             progress="Draft strategy considered by Strategy Group in June; to Cabinet in September.",
             rag="On track", status="green", end="2018-09"),
        dict(ref="2.2", action="Provide commercial awareness training for managers and portfolio holders.",
             lead_cell="HR Manager", lead=["HR Manager"], time="Oct \u2013 Dec 2018",
             progress="Provider being procured.", rag="Not started", status="unrated", end="2018-12"),
    ]),
    ("Recommendation 3: Prepare for local government reorganisation in Northamptonshire", [
        dict(ref="3.1", action="Take part in the joint programme board with the other Northamptonshire councils to manage the council's contribution to the unitary proposals.",
             lead_cell="Chief Executive", lead=["Chief Executive"], time="Ongoing",
             progress="Programme board meeting fortnightly; council has nominated leads for all eight workstreams.",
             rag="On track", status="green", end=None, end_text="Ongoing"),
        dict(ref="3.2", action="Keep staff informed through monthly briefings and a questions and answers page on the intranet.",
             lead_cell="Communications Manager", lead=["Communications Manager"], time="Monthly",
             progress="Briefings issued monthly since May 2018; intranet page live.",
             rag="On track", status="green", end=None, end_text="Monthly"),
    ]),
    ("Recommendation 4: Review overview and scrutiny so that it adds more value to policy development", [
        dict(ref="4.1", action="Commission an external review of overview and scrutiny and agree an improvement plan with the scrutiny chairs.",
             lead_cell="Democratic Services Manager", lead=["Democratic Services Manager"], time="July 2018",
             progress="Review report received late; improvement plan now going to the September scrutiny committee.",
             rag="Amber", status="amber", end="2018-07"),
    ]),
]


def make_daventry(path):
    doc = Document()
    doc.add_heading(DAVENTRY_TITLE, level=1)
    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "The council invited a Local Government Association peer team to undertake a Corporate Peer "
        "Challenge in November 2017. The peer team's feedback report made four recommendations. This "
        "action plan sets out the council's response and is reported to the Strategy Committee every "
        "six months. This version: July 2018.")
    heads = ["Ref", "Action", "Lead", "Timescale", "Progress", "RAG"]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, hh in enumerate(heads):
        set_cell(t.rows[0].cells[i], hh, bold=True)
        shade(t.rows[0].cells[i], "1F4E78")
        t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    rag_fill = {"Complete": "00B0F0", "On track": "00B050", "Amber": "FFC000", "Not started": "FFFFFF"}
    for rec, acts in DAVENTRY:
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        set_cell(m, rec, bold=True)
        shade(m, "DEEAF6")
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["time"], a["progress"], a["rag"]]):
                set_cell(cells[i], v)
            if rag_fill[a["rag"]] != "FFFFFF":
                shade(cells[5], rag_fill[a["rag"]])
    doc.add_paragraph()
    doc.add_paragraph("Key: Complete (blue); On track (green); Amber \u2013 some slippage; Red \u2013 significant delay; Not started.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. SECAmb Trust Board action log (xlsx); key redefines green as completed
# ---------------------------------------------------------------------------
SECAMB_TITLE = "SECAmb Trust Board \u2013 Action Log (Part 1)"
SECAMB = [
    ("Meeting: 25 May 2023", [
        dict(ref="21/23", action="Provide the Board with a breakdown of hear and treat rates by operating unit in the next Integrated Performance Report.",
             lead_cell="DR", lead=["DR"], due=d(2023, 7, 1), fill="green",
             upd="Included in the July IPR (section 3.2). Propose to close.", status="blue", end="2023-07"),
        dict(ref="22/23", action="Circulate the Freedom to Speak Up Guardian's thematic review of concerns to Board members.",
             lead_cell="PL", lead=["PL"], due=d(2023, 6, 1), fill="green",
             upd="Circulated 9 June 2023.", status="blue", end="2023-06"),
        dict(ref="23/23", action="Bring the revised Green Plan to the Board for approval.",
             lead_cell="DT/SB", lead=["DT", "SB"], due=d(2023, 9, 1), fill="amber",
             upd="Draft reviewed at Finance and Investment Committee in August; on the agenda for September Board.",
             status="amber", end="2023-09"),
    ]),
    ("Meeting: 27 July 2023", [
        dict(ref="31/23", action="Include an update on category 2 response times in rural areas in the Chief Executive's report.",
             lead_cell="SA", lead=["SA"], due=d(2023, 9, 1), fill="green",
             upd="Included in September CEO report.", status="blue", end="2023-09"),
        dict(ref="32/23", action="Arrange a Board development session on the Patient Safety Incident Response Framework (PSIRF).",
             lead_cell="MH", lead=["MH"], due=d(2023, 10, 1), fill="amber",
             upd="Session booked for the October Board development day.", status="amber", end="2023-10"),
        dict(ref="33/23", action="Confirm the timetable for the new clinical education facility at the Crawley hub.",
             lead_cell="DT", lead=["DT"], due=d(2023, 8, 1), fill="red",
             upd="Timetable depends on the capital allocation, which has not yet been confirmed. To come back to the October Board.",
             status="red", end="2023-08"),
        dict(ref="34/23", action="Review the Board Assurance Framework risk on workforce retention and report the outcome to the People Committee.",
             lead_cell="AK, RW", lead=["AK", "RW"], due=d(2023, 11, 1), fill="amber",
             upd="", status="amber", end="2023-11"),
    ]),
]


def make_secamb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = SECAMB_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Updated for the Board meeting on 28 September 2023"
    heads = ["Ref", "Action", "Lead", "Due", "RAG", "Update"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True)
        cell.fill = FILL["grey"]
        cell.border = BOX
    for meeting, rows in SECAMB:
        r += 1
        ws.cell(r, 1, meeting).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for row in rows:
            r += 1
            vals = [row["ref"], row["action"], row["lead_cell"], row["due"], None, row["upd"] or None]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 4).number_format = "mmm-yy"
            ws.cell(r, 5).fill = FILL[row["fill"]]
    r += 2
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for colour, text in [("green", "Action completed \u2013 propose to close"),
                         ("amber", "In progress \u2013 not yet due"),
                         ("red", "Overdue")]:
        r += 1
        ws.cell(r, 1).fill = FILL[colour]
        ws.cell(r, 2, text)
    for col, w in zip("ABCDEF", [9, 60, 10, 9, 7, 50]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 6. Wellingborough Borough Council - corporate risk register export (txt, tab-separated)
# ---------------------------------------------------------------------------
WELL_TITLE = "Wellingborough Borough Council \u2013 Corporate Risk Register \u2013 Mitigating Actions (Quarter 3 2019/20)"
WELL = [
    dict(rref="CR01", risk="Failure to deliver a balanced budget over the Medium Term Financial Strategy period",
         owner="Section 151 Officer", score="16", ref="CR01.1",
         action="Identify savings and income proposals to close the 2020/21 budget gap and report them to Resources Committee.",
         lead_cell="Finance Manager", lead=["Finance Manager"], target="31/01/2020", stat="On track",
         upd="Proposals totalling \u00a3410k identified; remaining gap \u00a385k.", status="green", end="2020-01"),
    dict(rref="CR01", risk="Failure to deliver a balanced budget over the Medium Term Financial Strategy period",
         owner="Section 151 Officer", score="16", ref="CR01.2",
         action="Monitor the impact of unitary transition costs on reserves.",
         lead_cell="Finance Manager", lead=["Finance Manager"], target="Monthly", stat="On track",
         upd="Reported in monthly budget monitoring.", status="green", end=None, end_text="Monthly"),
    dict(rref="CR02", risk="Disruption to services during the transition to the new unitary council",
         owner="Managing Director", score="20", ref="CR02.1",
         action="Nominate service leads to each of the shadow authority workstreams and report progress to Management Board.",
         lead_cell="Managing Director", lead=["Managing Director"], target="30/11/2019", stat="Complete",
         upd="Leads nominated for all workstreams; standing item at Management Board.", status="blue", end="2019-11"),
    dict(rref="CR02", risk="Disruption to services during the transition to the new unitary council",
         owner="Managing Director", score="20", ref="CR02.2",
         action="Log all contracts running beyond April 2021 and identify novation requirements.",
         lead_cell="Procurement Officer / Legal Services Manager",
         lead=["Procurement Officer", "Legal Services Manager"], target="31/03/2020", stat="Amber",
         upd="Contracts register 70% reviewed; legal capacity limited in December.", status="amber", end="2020-03"),
    dict(rref="CR03", risk="Cyber attack leading to loss of systems or data",
         owner="Head of Resources", score="15", ref="CR03.1",
         action="Complete the Public Services Network (PSN) compliance submission.",
         lead_cell="ICT Manager", lead=["ICT Manager"], target="31/10/2019", stat="Complete",
         upd="Submitted 24 October; certificate received 2 December.", status="blue", end="2019-10"),
    dict(rref="CR03", risk="Cyber attack leading to loss of systems or data",
         owner="Head of Resources", score="15", ref="CR03.2",
         action="Roll out phishing awareness e-learning to all staff and councillors.",
         lead_cell="ICT Manager; HR Manager", lead=["ICT Manager", "HR Manager"], target="Dec-19", stat="Red",
         upd="E-learning module not yet available on the learning platform; 0% completion.", status="red", end="2019-12"),
    dict(rref="CR04", risk="Insufficient supply of temporary accommodation to meet homelessness demand",
         owner="Head of Housing", score="12", ref="CR04.1",
         action="Deliver the temporary accommodation acquisition programme (10 units).",
         lead_cell="Housing Manager", lead=["Housing Manager"], target="Q4 2019/20", stat="Not started",
         upd="", status="unrated", end="2020-03"),
]


def make_well(path):
    heads = ["Risk Ref", "Risk Title", "Risk Owner", "Residual Score", "Action Ref",
             "Mitigating Action", "Action Owner", "Target Date", "Action Status", "Latest Update"]
    lines = [WELL_TITLE, "", "\t".join(heads)]
    for x in WELL:
        lines.append("\t".join([x["rref"], x["risk"], x["owner"], x["score"], x["ref"], x["action"],
                                x["lead_cell"], x["target"], x["stat"], x["upd"]]))
    lines += ["", "Residual score = likelihood x impact after controls (1\u201325). Report produced from the risk management system on 08/01/2020."]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 7. EMAS well-led improvement plan highlight report (xlsx) -- carries a mistyped month
# ---------------------------------------------------------------------------
EMAS_TITLE = "East Midlands Ambulance Service NHS Trust \u2013 Well-Led Improvement Plan: Highlight Report"
EMAS = [
    ("Theme 1: Leadership and culture", [
        ("1.1", "Embed the Trust values through the appraisal process", "Add a values-based conversation section to the appraisal paperwork and train appraisers.",
         "Director of People", "March 2024", "A", "B", "New appraisal form live from 1 March; 410 appraisers trained."),
        ("1.2", "Embed the Trust values through the appraisal process", "Launch the leadership development programme for band 6 and 7 clinical team leaders.",
         "Director of People / Director of Operations", "June 2024", "G", "G", "Cohort 1 started in April with 24 leaders; cohort 2 booked for September."),
        ("1.3", "Improve the experience of staff raising concerns", "Recruit additional Freedom to Speak Up champions in each division.",
         "Chief Executive", "Agust 2024", "A", "A", "18 champions recruited against a target of 30; recruitment campaign extended."),
    ]),
    ("Theme 2: Governance and assurance", [
        ("2.1", "Strengthen Board oversight of clinical risk", "Review the Board Assurance Framework and align each strategic risk to a Board committee.",
         "Director of Corporate Affairs", "May 2024", "G", "B", "Revised BAF approved by the Board on 7 May."),
        ("2.2", "Strengthen Board oversight of clinical risk", "Introduce a quarterly clinical risk deep dive at Quality and Governance Committee.",
         "Medical Director", "Quarterly", "G", "G", "First deep dive (hospital handover delays) held in June."),
        ("2.3", "Improve the quality of Board papers", "Introduce a new cover sheet and paper writing guidance for authors.",
         "Director of Corporate Affairs", "July 2024", "R", "A", "Template agreed; guidance sessions for authors in July."),
    ]),
    ("Theme 3: Use of data", [
        ("3.1", "Develop an integrated performance report", "Develop an integrated performance report using statistical process control charts.",
         "Director of Finance", "September 2024", "A", "G", "Prototype shared with the Finance and Performance Committee in June."),
    ]),
]


def make_emas(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = EMAS_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Reporting period: April \u2013 June 2024. Report to Trust Board, 2 July 2024."
    heads = ["Ref", "Recommendation", "Action", "Executive Lead", "Due date",
             "Previous RAG", "Current RAG", "Progress this period"]
    r = 4
    for c, h in enumerate(heads, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = FILL["head"]
        cell.alignment = WRAP
    rag_col = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    for theme, rows in EMAS:
        r += 1
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["theme"]
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for row in rows:
            r += 1
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 6).fill = FILL[rag_col[row[5]]]
            ws.cell(r, 7).fill = FILL[rag_col[row[6]]]
    r += 2
    ws.cell(r, 1, "Key: B = complete; G = on track; A = at risk, mitigation in place; R = off track")
    for col, w in zip("ABCDEFGH", [6, 40, 50, 24, 14, 10, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(path)


FILES = {
    "bv2-yeovil-dh-cqc-mustdo-action-plan.xlsx": make_yeovil,
    "bv2-wycombe-dc-internal-audit-tracker.csv": make_wycombe,
    "bv2-chiltern-southbucks-csp-dhr-action-plan.docx": make_chiltern,
    "bv2-daventry-dc-corporate-peer-challenge-plan.docx": make_daventry,
    "bv2-secamb-trust-board-action-log.xlsx": make_secamb,
    "bv2-wellingborough-bc-corporate-risk-register.txt": make_well,
    "bv2-emas-well-led-highlight-report.xlsx": make_emas,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
