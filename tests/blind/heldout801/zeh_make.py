"""Build the seven zeh- blind test files (set heldout801).

Run with /work/main/.venv/bin/python zeh_make.py from any directory; files are written
beside this script. Only files whose names start with "zeh-" are written.
"""
import csv
import datetime as dt
import os

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    assert name.startswith("zeh-")
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HEAD_FILL = PatternFill("solid", fgColor="FF1F4E79")
HEAD_FONT = Font(bold=True, color="FFFFFFFF")
SECTION_FILL = PatternFill("solid", fgColor="FFD9E1F2")
RAG_FILL = {
    "R": PatternFill("solid", fgColor="FFFF0000"),
    "A": PatternFill("solid", fgColor="FFFFC000"),
    "G": PatternFill("solid", fgColor="FF00B050"),
    "B": PatternFill("solid", fgColor="FF0070C0"),
    "W": PatternFill("solid", fgColor="FFFFFFFF"),
}


def header_row(ws, row, values):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = HEAD_FONT
        c.fill = HEAD_FILL
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX


def body_cell(ws, row, col, value, fmt=None):
    c = ws.cell(row=row, column=col, value=value)
    c.alignment = WRAP
    c.border = BOX
    if fmt:
        c.number_format = fmt
    return c


def widths(ws, ws_widths):
    for i, w in enumerate(ws_widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


# ------------------------------------------------------- 1. Homerton PSII SAP
def make_homerton():
    name = "zeh-homerton-healthcare-nhsft-psii-ed-radiology-discrepancy-safety-action-plan-typo-month-refuse.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Safety Action Plan"
    ws["A1"] = "Homerton Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="FF005EB8")
    ws["A2"] = "Patient Safety Incident Investigation (PSII) – Safety Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    info = [
        ("PSII reference", "HH-PSII-2025-07"),
        ("Incident summary", "Patient discharged from the Emergency Department with a wrist injury; "
                             "the radiology discrepancy report (scaphoid fracture) issued the next day "
                             "was not actioned for 19 days."),
        ("Date of incident", dt.datetime(2025, 1, 14)),
        ("Investigation lead", "Patient Safety Investigator, Patient Safety Team"),
        ("Executive sponsor", "Chief Medical Officer"),
        ("SAP approved", "Patient Safety Incident Review Group, 22/05/2025"),
    ]
    r = 4
    for k, v in info:
        ws.cell(row=r, column=1, value=k).font = BOLD
        c = ws.cell(row=r, column=2, value=v)
        c.alignment = Alignment(wrap_text=False, vertical="top")
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    # r == 10 (blank)
    header_row(ws, 11, ["AFI", "Area for improvement", "Action no.", "Safety action", "Action owner",
                        "Target date", "Measure of effectiveness / monitoring",
                        "Progress update (August 2025)", "Status"])
    afis = [
        ("AFI 1",
         "There is no single, reliable process for ED clinicians to receive, review and act on "
         "radiology discrepancy reports for patients who have already been discharged.",
         [
             ("1.1", "Create a dedicated ED radiology discrepancy worklist in Cerner Millennium, with a "
                     "named consultant reviewing it each weekday.",
              "ED Clinical Director", "30 June 2025",
              "Worklist audit: 100% of discrepancies reviewed within 1 working day",
              "Worklist live from 02/06/2025; first audit in progress.", "Complete"),
             ("1.2", "Agree and publish a standard operating procedure for recalling discharged patients "
                     "after a radiology discrepancy, including out-of-hours cover.",
              "ED Clinical Director / Consultant Radiologist (MSK)", "31 July 2025",
              "SOP ratified; recall time recorded for every discrepancy",
              "Draft SOP discussed at ED Governance 15/07/2025; minor amendments.", "On track"),
             ("1.3", "Report a monthly audit of discrepancy recall times to the ED Quality and Safety "
                     "meeting for six months.",
              "ED Governance Lead", "31 January 2026",
              "Median recall time under 48 hours for six consecutive months",
              "First report due September 2025.", "On track"),
         ]),
        ("AFI 2",
         "Safety-netting advice given to patients discharged with suspected occult fractures is "
         "inconsistent and not always documented.",
         [
             ("2.1", "Introduce a standard written safety-netting leaflet for wrist and hand injuries, "
                     "available in the five most used community languages.",
              "Lead Nurse, Emergency Department", "31 Ocotber 2025",
              "Leaflet issue recorded in 90% of audited discharges",
              "Content agreed; translation quotes requested.", "On track"),
             ("2.2", "Add a mandatory safety-netting field to the ED discharge summary template.",
              "Chief Clinical Information Officer", "30 September 2025",
              "Field completed in 95% of ED discharge summaries",
              "Change request raised; awaiting build slot in the EPR release schedule.", "At risk"),
         ]),
        ("AFI 3",
         "Learning from this incident has not yet been shared beyond the Emergency Department.",
         [
             ("3.1", "Share the learning through the Trust 'Learning from Patient Safety Events' bulletin "
                     "and the ED teaching programme.",
              "Head of Patient Safety", "31 August 2025",
              "Bulletin published; teaching attendance recorded",
              "Bulletin issued 11/08/2025; ED teaching session held 19/08/2025.", "Complete"),
             ("3.2", "Present the PSII findings to the Radiology Quality and Safety meeting and agree joint "
                     "actions for the discrepancy pathway.",
              "Clinical Director, Radiology", "30 November 2025",
              "Joint actions recorded in Radiology Q&S minutes",
              "", "Not started"),
         ]),
    ]
    status_fill = {"Complete": RAG_FILL["B"], "On track": RAG_FILL["G"], "At risk": RAG_FILL["A"],
                   "Overdue": RAG_FILL["R"], "Not started": RAG_FILL["W"]}
    r = 12
    for afi, area, actions in afis:
        first = r
        for (no, act, owner, date, measure, prog, status) in actions:
            body_cell(ws, r, 1, afi if r == first else None)
            body_cell(ws, r, 2, area if r == first else None)
            body_cell(ws, r, 3, no)
            body_cell(ws, r, 4, act)
            body_cell(ws, r, 5, owner)
            body_cell(ws, r, 6, date)
            body_cell(ws, r, 7, measure)
            body_cell(ws, r, 8, prog or None)
            c = body_cell(ws, r, 9, status)
            c.fill = status_fill[status]
            if status == "Complete":
                c.font = Font(color="FFFFFFFF", bold=True)
            r += 1
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
    # r == 19
    ws.cell(row=r + 1, column=1,
            value="Summary: 7 safety actions – Complete 2, On track 3, At risk 1, Not started 1").font = BOLD
    ws.cell(row=r + 2, column=1,
            value="Progress is reviewed monthly at the Patient Safety Incident Review Group; see 'Status key' tab.")
    widths(ws, [9, 38, 10, 52, 28, 16, 34, 40, 12])
    ws.freeze_panes = "A12"

    key = wb.create_sheet("Status key")
    key["A1"] = "Status key"
    key["A1"].font = BOLD
    for i, (s, d) in enumerate([
        ("Complete", "Action delivered and evidence provided"),
        ("On track", "Action expected to be delivered by the target date"),
        ("At risk", "Action may not be delivered by the target date"),
        ("Overdue", "Target date passed and action not delivered"),
        ("Not started", "Action not yet started"),
    ], start=2):
        c = key.cell(row=i, column=1, value=s)
        c.fill = status_fill[s]
        key.cell(row=i, column=2, value=d)
    widths(key, [14, 60])
    wb.save(out(name))


# ------------------------------------------------------------ 2. SECAMB BAF
def make_secamb():
    name = "zeh-south-east-coast-ambulance-service-nhsft-board-assurance-framework-2025-26.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = "South East Coast Ambulance Service NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "Board Assurance Framework 2025/26"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = "Summary position reported to the Trust Board, 27 November 2025"
    header_row(ws, 5, ["BAF ref", "Strategic risk", "Executive lead", "Assurance committee",
                       "Inherent score", "Current score", "Target score", "Trend since last report"])
    risks = [
        ("BAF 1", "Emergency response: we are unable to consistently achieve the Category 2 mean response "
                  "standard, leading to avoidable harm", "Chief Operating Officer",
         "Quality & Patient Safety Committee", 20, 16, 8, "↔"),
        ("BAF 2", "Clinical workforce: we cannot recruit, train and retain enough clinicians for 999 and "
                  "111 clinical assessment services", "Chief People Officer", "People Committee",
         16, 12, 8, "↓"),
        ("BAF 3", "Finance: we do not deliver the 2025/26 financial plan, including the efficiency "
                  "programme", "Chief Finance Officer", "Finance & Investment Committee", 16, 16, 9, "↑"),
    ]
    for i, row in enumerate(risks, start=6):
        for j, v in enumerate(row, start=1):
            c = body_cell(ws, i, j, v)
            if j in (5, 6, 7):
                c.alignment = Alignment(horizontal="center", vertical="top")
                c.fill = PatternFill("solid", fgColor="FFFF0000" if v >= 15 else "FFFFC000" if v >= 8 else "FF92D050")
    ws["A10"] = "Risk scores are likelihood x consequence (5 x 5). Detailed risk pages follow on the BAF 1 to BAF 3 tabs."
    widths(ws, [9, 60, 24, 30, 10, 10, 10, 12])

    status_fill = {"Complete": RAG_FILL["B"], "On track": RAG_FILL["G"], "At risk": RAG_FILL["A"],
                   "Off track": RAG_FILL["R"]}
    pages = [
        ("BAF 1", "BAF 1 – Emergency response performance",
         [
             ("Strategic risk", "We are unable to consistently achieve the Category 2 mean response standard "
                                "(30 minutes), leading to avoidable harm to patients waiting for a response."),
             ("Executive lead", "Chief Operating Officer"),
             ("Assurance committee", "Quality & Patient Safety Committee"),
             ("Risk score (L x C)", "Inherent 20 | Current 16 | Target 8"),
             ("Key controls", "Daily operational performance review; hospital handover escalation protocol; "
                              "Clinical Safety Plan (CSP) levels; winter resilience plan"),
             ("Gaps in control", "G1 – Hospital handover delays at three acute sites\n"
                                 "G2 – Night-shift rota fill below plan"),
             ("Gaps in assurance", "A1 – No validated data on harm to patients with long waits for a response"),
         ],
         [
             ("1.1", "G1", "Roll out the 45-minute hospital handover 'release to respond' protocol at Medway, "
                           "Darent Valley and Royal Sussex County hospitals with ICB support.",
              "Director of Operations (East) / ICB Director of UEC", dt.datetime(2025, 9, 30), "Q3 2025/26",
              "Live at Medway and Darent Valley; Royal Sussex County go-live moved to December.", "At risk"),
             ("1.2", "G2", "Recruit 60 additional paramedics through the international and graduate pipelines "
                           "to fill night-shift rota gaps.",
              "Chief People Officer", dt.datetime(2026, 3, 31), None,
              "41 of 60 in post; on trajectory.", "On track"),
             ("1.3", "A1", "Complete a clinical harm review audit of Category 2 patients who waited over 2 hours "
                           "and report the findings to QPSC.",
              "Chief Medical Officer / Director of Quality and Nursing", dt.datetime(2025, 10, 31), None,
              "Audit completed and reported to QPSC on 16/10/2025.", "Complete"),
             ("1.4", "G1", "Agree a system-wide handover improvement trajectory with Kent & Medway and Sussex ICBs.",
              "Chief Operating Officer", dt.datetime(2025, 12, 31), dt.datetime(2026, 2, 28),
              "Trajectory drafted; sign-off by both ICBs still awaited.", "Off track"),
         ]),
        ("BAF 2", "BAF 2 – Clinical workforce (999 and 111)",
         [
             ("Strategic risk", "We cannot recruit, train and retain enough clinicians for the Emergency "
                                "Operations Centres and 111 clinical assessment service."),
             ("Executive lead", "Chief People Officer"),
             ("Assurance committee", "People Committee"),
             ("Risk score (L x C)", "Inherent 16 | Current 12 | Target 8"),
             ("Key controls", "Workforce plan 2025/26; monthly vacancy and turnover reporting; "
                              "EOC clinical supervision framework"),
             ("Gaps in control", "G1 – No agreed career pathway for remote clinicians"),
             ("Gaps in assurance", "A1 – Exit interview data not routinely analysed"),
         ],
         [
             ("2.1", "G1", "Implement the remote clinician career framework, including the Paramedic "
                           "Practitioner (Remote) role.",
              "Chief People Officer", dt.datetime(2025, 12, 31), None,
              "Framework approved by Executive Management Board; roll-out under way.", "On track"),
             ("2.2", "A1", "Deliver the retention actions from the 2024 NHS Staff Survey, with a focus on "
                           "flexible working for EOC clinicians, and analyse exit interview themes quarterly.",
              "Director of HR & OD", dt.datetime(2026, 3, 31), None,
              "Flexible working pilot in Crawley EOC; first quarterly exit report to People Committee in "
              "January.", "On track"),
             ("2.3", "G1", "Review clinical supervision ratios in 111 and the EOCs against the national CAS "
                           "specification.",
              "Director of Clinical Operations", dt.datetime(2025, 9, 30), None,
              "Review complete; ratios meet specification except at night.", "Complete"),
         ]),
        ("BAF 3", "BAF 3 – Financial sustainability",
         [
             ("Strategic risk", "We do not deliver the 2025/26 financial plan, including the £14.2m "
                                "efficiency programme, affecting our ability to invest in services."),
             ("Executive lead", "Chief Finance Officer"),
             ("Assurance committee", "Finance & Investment Committee"),
             ("Risk score (L x C)", "Inherent 16 | Current 16 | Target 9"),
             ("Key controls", "Monthly finance reports; Financial Recovery Board; capital prioritisation panel"),
             ("Gaps in control", "G1 – 35% of efficiency schemes not yet fully identified"),
             ("Gaps in assurance", "A1 – None identified"),
         ],
         [
             ("3.1", "G1", "Deliver the 2025/26 efficiency programme of £14.2m, with monthly tracking through "
                           "the Financial Recovery Board.",
              "Chief Finance Officer", dt.datetime(2026, 3, 31), None,
              "£8.9m identified; £5.3m delivered at month 7.", "At risk"),
             ("3.2", "G1", "Complete the fleet and estates capital review to defer non-critical capital spend.",
              "Director of Estates / Head of Fleet", dt.datetime(2025, 11, 30), "January 2026",
              "Estates review complete; fleet options paper due to FIC in January.", "On track"),
         ]),
    ]
    for tab, heading, block, actions in pages:
        s = wb.create_sheet(tab)
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=13)
        s.merge_cells("A1:H1")
        r = 2
        for k, v in block:
            s.cell(row=r, column=1, value=k).font = BOLD
            s.cell(row=r, column=1).fill = SECTION_FILL
            c = s.cell(row=r, column=2, value=v)
            c.alignment = WRAP
            s.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
            r += 1
        r += 1
        s.cell(row=r, column=1, value="Actions to address gaps").font = Font(bold=True, size=12)
        r += 1
        header_row(s, r, ["Ref", "Gap", "Action", "Action owner", "Target date", "Revised date",
                          "Progress update (November 2025)", "Status"])
        r += 1
        for (ref, gap, act, owner, target, revised, prog, status) in actions:
            body_cell(s, r, 1, ref)
            body_cell(s, r, 2, gap)
            body_cell(s, r, 3, act)
            body_cell(s, r, 4, owner)
            body_cell(s, r, 5, target, "dd/mm/yyyy")
            body_cell(s, r, 6, revised, "dd/mm/yyyy" if isinstance(revised, dt.datetime) else None)
            body_cell(s, r, 7, prog)
            c = body_cell(s, r, 8, status)
            c.fill = status_fill[status]
            r += 1
        widths(s, [22, 7, 55, 30, 13, 13, 45, 11])

    key = wb.create_sheet("Key")
    key["A1"] = "Action status key"
    key["A1"].font = BOLD
    for i, (s_, d) in enumerate([
        ("Complete", "Action delivered (blue)"),
        ("On track", "Action on course to be delivered by the target or revised date (green)"),
        ("At risk", "Action may miss its target date (amber)"),
        ("Off track", "Target date missed or will be missed (red)"),
    ], start=2):
        c = key.cell(row=i, column=1, value=s_)
        c.fill = status_fill[s_]
        key.cell(row=i, column=2, value=d)
    widths(key, [12, 70])
    wb.save(out(name))


# --------------------------------------------------------- 3. ECCH CQC plan
def make_ecch():
    name = "zeh-east-coast-community-healthcare-cic-cqc-must-should-do-action-plan.xlsx"
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "East Coast Community Healthcare CIC"
    cov["A1"].font = Font(bold=True, size=12)
    cov["A2"] = "CQC Inspection Action Plan – Must Do and Should Do Actions"
    cov["A2"].font = Font(bold=True, size=14)
    cov["A3"] = ("Inspection: Community health services for adults and Community end of life care "
                 "(site visits 4–6 March 2024; report published 19 June 2024)")
    cov["A5"] = "Document control"
    cov["A5"].font = BOLD
    header_row(cov, 6, ["Version", "Date", "Author", "Approved by", "Comments"])
    for i, row in enumerate([
        ("0.1", dt.datetime(2024, 6, 24), "Head of Quality and Compliance", "—", "First draft"),
        ("1.0", dt.datetime(2024, 7, 8), "Head of Quality and Compliance", "Executive Management Team",
         "Submitted to CQC"),
        ("1.3", dt.datetime(2025, 1, 14), "Head of Quality and Compliance", "Quality and Safety Committee",
         "Q3 progress update"),
    ], start=7):
        for j, v in enumerate(row, start=1):
            body_cell(cov, i, j, v, "dd/mm/yyyy" if j == 2 else None)
    widths(cov, [10, 12, 32, 30, 24])

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "CQC Must Do / Should Do Action Plan – progress at January 2025"
    ws["A1"].font = Font(bold=True, size=13)
    header_row(ws, 2, ["Ref", "Must / Should", "Regulation", "CQC finding", "Action", "Lead", "Target date",
                       "Revised date", "Previous RAG (Oct 24)", "Current RAG (Jan 25)", "Evidence / progress"])
    ncol = 11
    groups = [
        ("Community health services for adults", [
            ("Must", "Reg 12(2)(a)",
             "The service must ensure that patient risk assessments, including pressure ulcer and falls risk, "
             "are completed and reviewed in line with policy in the community nursing teams.",
             [
                 ("MD1.1", "Introduce a SystmOne risk assessment template with mandatory review dates for all "
                           "community nursing caseloads.", "Head of Community Nursing",
                  dt.datetime(2024, 9, 30), None, "A", "G",
                  "Template live 16/09/2024; compliance 88% at December audit."),
                 ("MD1.2", "Audit ten records per team each month and report results to the Clinical "
                           "Governance Group.", "Locality Clinical Leads", "Monthly – from Oct 2024", None,
                  "G", "G", "October to December audits completed."),
             ]),
            ("Must", "Reg 18(2)(a)",
             "The service must ensure that staff complete mandatory training, including basic life support "
             "and safeguarding adults level 3, to meet the organisation's target.",
             [
                 ("MD2.1", "Release protected training time for community nursing staff through a rolling "
                           "training rota.", "Head of Community Nursing / Practice Development Lead",
                  dt.datetime(2024, 12, 31), None, "A", "A",
                  "BLS 81%, safeguarding adults L3 86% against 90% target."),
                 ("MD2.2", "Send weekly compliance reports to team leaders and escalate teams below 85% to "
                           "the Director of Operations.", "Workforce Information Manager",
                  dt.datetime(2024, 10, 31), None, "G", "B", "Weekly reports issued since 07/10/2024."),
             ]),
            ("Should", "Reg 17",
             "The service should ensure that learning from incidents is shared consistently with all staff "
             "in community teams.",
             [
                 ("SD1.1", "Publish a monthly 'Learning Matters' briefing and add a standing learning item to "
                           "team huddles.", "Patient Safety Lead", dt.datetime(2024, 11, 30), None, "G", "B",
                  "Briefing published monthly since August 2024."),
             ]),
        ]),
        ("Community end of life care", [
            ("Must", "Reg 12(2)(g)",
             "The service must ensure that anticipatory medicines are prescribed, stored and recorded safely "
             "and that controlled drug records are accurate.",
             [
                 ("MD3.1", "Implement the revised anticipatory medicines chart across all localities and train "
                           "staff in its use.", "Lead Pharmacist", dt.datetime(2024, 11, 30),
                  dt.datetime(2025, 3, 31), "A", "A",
                  "Chart approved by Medicines Management Group; training 60% complete."),
                 ("MD3.2", "Carry out a quarterly controlled drug audit in each community hub, with exceptions "
                           "reported to the Medicines Management Group.", "Lead Pharmacist; End of Life Care Lead",
                  dt.datetime(2025, 3, 31), None, "G", "G", "Q2 and Q3 audits completed."),
             ]),
            ("Should", "Reg 9",
             "The service should ensure that patients' preferred place of care and death is recorded and "
             "reviewed.",
             [
                 ("SD2.1", "Add preferred place of care and death to the end of life care plan template and "
                           "audit completion quarterly.", "End of Life Care Lead", dt.datetime(2024, 12, 31),
                  None, "R", "A", "Template changed; first audit shows 68% completion."),
             ]),
        ]),
    ]
    r = 3
    for section, findings in groups:
        ws.cell(row=r, column=1, value=section).font = Font(bold=True, size=12)
        for col in range(1, ncol + 1):
            ws.cell(row=r, column=col).fill = SECTION_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
        for (ms, reg, finding, actions) in findings:
            first = r
            for (ref, act, lead, target, revised, prev, cur, prog) in actions:
                body_cell(ws, r, 1, ref)
                body_cell(ws, r, 2, ms if r == first else None)
                body_cell(ws, r, 3, reg if r == first else None)
                body_cell(ws, r, 4, finding if r == first else None)
                body_cell(ws, r, 5, act)
                body_cell(ws, r, 6, lead)
                body_cell(ws, r, 7, target, "dd/mm/yyyy" if isinstance(target, dt.datetime) else None)
                body_cell(ws, r, 8, revised, "dd/mm/yyyy" if isinstance(revised, dt.datetime) else None)
                c = body_cell(ws, r, 9, prev)
                c.fill = RAG_FILL[prev]
                c.alignment = Alignment(horizontal="center", vertical="top")
                c = body_cell(ws, r, 10, None)
                c.fill = RAG_FILL[cur]
                body_cell(ws, r, 11, prog)
                r += 1
            if r - 1 > first:
                for col in (2, 3, 4):
                    ws.merge_cells(start_row=first, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="Note: current RAG is shown by cell colour – see the 'RAG key' tab.").font = Font(italic=True)
    widths(ws, [8, 9, 12, 45, 50, 30, 14, 12, 11, 11, 40])
    ws.freeze_panes = "A3"

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = BOLD
    for i, (k, d) in enumerate([
        ("B", "Blue – action complete and evidence received"),
        ("G", "Green – on track to deliver by the target date"),
        ("A", "Amber – at risk of missing the target date"),
        ("R", "Red – target date missed"),
    ], start=2):
        key.cell(row=i, column=1).fill = RAG_FILL[k]
        key.cell(row=i, column=2, value=d)
    widths(key, [6, 60])
    wb.save(out(name))


# ------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def set_cell(cell, text):
    """Write text; inner '\n' become separate paragraphs of the cell."""
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)


# ------------------------------------------------------ 4. BCUHB HIW Heddfan
def make_heddfan():
    name = "zeh-betsi-cadwaladr-uhb-hiw-heddfan-psychiatric-unit-improvement-plan.docx"
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.add_run("Betsi Cadwaladr University Health Board").bold = True
    d.add_heading("Healthcare Inspectorate Wales – Improvement Plan", level=1)

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Service:", "Heddfan Psychiatric Unit, Wrexham Maelor Hospital"),
        ("Wards:", "Gwanwyn Ward and Hydref Ward"),
        ("Date of inspection:", "22 – 24 November 2022"),
        ("Date of report publication:", "9 February 2023"),
        ("Plan owner:", "Director of Mental Health and Learning Disabilities"),
    ]:
        row = t.add_row().cells
        bold_cell(row[0], k)
        row[1].text = v
    d.add_paragraph("")
    d.add_paragraph("Immediate improvement plan: no immediate assurance issues were identified during this "
                    "inspection.")
    d.add_paragraph("The tables below set out the improvements identified by HIW and the health board's "
                    "response. Progress is reported monthly to the MHLD Quality, Safety and Experience Group.")

    cols = ["Improvement needed", "Standard / Regulation", "Service action", "Responsible officer",
            "Timescale", "RAG"]
    sections = [
        ("Quality of the patient experience", [
            ("The health board must ensure that the activity rooms on both wards are tidied, maintained and "
             "available for patient use.", "Health and Care Standards 1.1; 4.1", [
                ("Activity rooms decluttered and a weekly environment check added to the ward manager's "
                 "checklist.", "Ward Manager – Gwanwyn / Ward Manager – Hydref", "January 2023", "B"),
            ]),
            ("The health board must ensure that effective temperature control measures are in place on both "
             "wards.", "Health and Care Standards 2.1; 4.1", [
                ("Portable air-cooling units provided as an interim measure and room temperatures recorded "
                 "twice daily.", "Senior Nurse Manager", "February 2023", "B"),
                ("Estates to complete a ventilation survey and submit a capital bid for a permanent solution.",
                 "Head of Estates (East)", "30/09/2023", "A"),
            ]),
            ("The health board must ensure that patients' privacy and dignity are maintained in bedrooms and "
             "shower rooms.", "Health and Care Standards 4.1", [
                ("Replace faulty bedroom observation panels and fit privacy film to shower room windows.",
                 "Head of Estates (East)", "June 2023", "G"),
            ]),
        ]),
        ("Delivery of safe and effective care", [
            ("The health board must ensure that all staff are up to date with physical intervention and "
             "restraint training.", "Health and Care Standards 2.1; 7.1", [
                ("Book all outstanding staff onto Reducing Restrictive Practices training and monitor "
                 "compliance weekly.", "Ward Managers", "31 May 2023", "G"),
                ("Add restraint training compliance to the MHLD monthly performance dashboard.",
                 "Head of Nursing – MHLD Wrexham", "March 2023", "B"),
            ]),
            ("The health board must strengthen medicines management, including the recording of clinic fridge "
             "temperatures and the review of as-required (PRN) medication.", "Health and Care Standards 2.6", [
                ("Daily medicines fridge temperature checks introduced, with escalation instructions displayed "
                 "on each clinic room fridge.", "Ward Managers / Mental Health Pharmacist", "February 2023", "B"),
                ("Pharmacist-led weekly review of PRN medication charts on both wards.",
                 "Mental Health Pharmacist", "Ongoing", "G"),
            ]),
        ]),
        ("Quality of management and leadership", [
            ("The health board must ensure that a programme of regular audits is in place and that findings "
             "are used to drive improvement.", "Health and Care Standards Governance, Leadership and "
             "Accountability", [
                ("Develop a ward audit schedule (care plans, Mental Health Act documentation, ligature and "
                 "environment) with results reviewed at the monthly ward governance meeting.",
                 "Senior Nurse Manager", "April 2023", "G"),
            ]),
        ]),
    ]
    for heading, items in sections:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            bold_cell(t.rows[0].cells[i], h)
            shade(t.rows[0].cells[i], "D9E2F3")
        for (need, std, actions) in items:
            first_idx = len(t.rows)
            for (act, officer, when, rag) in actions:
                cells = t.add_row().cells
                if len(t.rows) - 1 == first_idx:
                    cells[0].text = need
                    cells[1].text = std
                cells[2].text = act
                cells[3].text = officer
                cells[4].text = when
                cells[5].text = rag
                shade(cells[5], {"B": "00B0F0", "G": "92D050", "A": "FFC000", "R": "FF0000"}[rag])
            last_idx = len(t.rows) - 1
            if last_idx > first_idx:
                for c in (0, 1):
                    a = t.cell(first_idx, c)
                    b = t.cell(last_idx, c)
                    a.merge(b)
        d.add_paragraph("")

    d.add_heading("Service representative", level=2)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Name", "Job role", "Date"]):
        bold_cell(t.rows[0].cells[i], h)
    t.rows[1].cells[0].text = "Gwen Roberts"
    t.rows[1].cells[1].text = "Head of Nursing, Mental Health and Learning Disabilities (East)"
    t.rows[1].cells[2].text = "02/02/2023"
    d.add_paragraph("")
    d.add_paragraph("RAG: B – complete; G – on track; A – at risk of delay; R – not on track. "
                    "Position at 31 March 2023.")
    d.save(out(name))


# -------------------------------------------------- 5. NHS A&A HIS Ailsa
def make_ailsa():
    name = ("zeh-nhs-ayrshire-and-arran-his-ailsa-hospital-mental-health-safe-delivery-of-care-"
            "improvement-action-plan.docx")
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = d.add_paragraph("NHS Ayrshire & Arran")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading("Improvement Action Plan – Ailsa Hospital, Ayr", level=0)
    d.add_paragraph("Healthcare Improvement Scotland Safe Delivery of Care Inspection – Adult Mental Health "
                    "Inpatient Services")

    d.add_paragraph().add_run("Document control").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        bold_cell(t.rows[0].cells[i], h)
    for row in [
        ("1.0", "19/12/2025", "Senior Nurse, Mental Health Inpatient Services", "Submitted to HIS"),
        ("1.1", "27/02/2026", "Senior Nurse, Mental Health Inpatient Services",
         "Progress update for Healthcare Governance Committee"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Inspection date: 29 July 2025\tReport published: 9 December 2025")
    d.add_paragraph("Wards inspected: two adult acute admission wards")

    cols = ["Ref", "Action planned", "Timescale to meet action", "Responsibility for taking action",
            "Progress against the action", "Status"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "BDD7EE")

    def full_row(text, fill, bold=True):
        cells = t.add_row().cells
        m = cells[0].merge(cells[-1])
        if bold:
            bold_cell(m, text)
        else:
            m.text = text
        shade(m, fill)

    def act(ref, action, when, who, progress, status):
        cells = t.add_row().cells
        for i, v in enumerate([ref, action, when, who, progress, status]):
            cells[i].text = v

    full_row("Domain 4.3 – Workforce planning", "1F4E79")
    full_row("Requirement 1: NHS Ayrshire & Arran must ensure all staff complete mandatory training, including "
             "basic life support and violence and aggression practical training, to support the safe delivery "
             "of care.", "DEEAF6", bold=False)
    act("1.1", "Training compliance for each ward reviewed weekly at the senior charge nurse meeting, with "
               "individual trajectories agreed for staff who are out of date.",
        "Immediate and ongoing", "Senior Charge Nurses", "Weekly review in place from September 2025.", "Complete")
    act("1.2", "Additional basic life support sessions scheduled on site at Ailsa Hospital to bring compliance "
               "to 90%.",
        "31 January 2026", "Resuscitation Officer / Senior Nurse, Mental Health Inpatient Services",
        "BLS compliance 84% at 31/01/2026; two further sessions booked for February.", "Amber")
    act("1.3", "Violence and aggression practical training places prioritised for ward staff, with a trainer "
               "allocated to Ailsa Hospital until compliance is achieved.",
        "March 2026", "Violence and Aggression Training Lead", "Compliance risen from 58% to 77%.", "Green")
    full_row("Domain 5 – Planning for quality", "1F4E79")
    full_row("Requirement 2: NHS Ayrshire & Arran must ensure the hospital environment is maintained to support "
             "the delivery of safe and effective care, including timely completion of reported repairs.",
             "DEEAF6", bold=False)
    act("2.1", "Joint walkround of both wards by estates and senior nursing staff to compile a prioritised "
               "repairs schedule.",
        "October 2025", "Estates Manager (South) and Clinical Nurse Manager",
        "Walkround completed 08/10/2025; 23 items logged.", "Complete")
    act("2.2", "Outstanding repairs monitored through the monthly Mental Health Estates Group until all items "
               "are closed.",
        "31 March 2026", "Estates Manager (South)", "15 of 23 items closed.", "Green")
    act("2.3", "Ward environmental audit added to the monthly ward assurance process.",
        "Q4 2025/26", "Senior Charge Nurses", "", "Not started")
    full_row("Recommendation 1: NHS Ayrshire & Arran should ensure that ligature risk assessments for both wards "
             "are reviewed within the timescales set in local policy.", "DEEAF6", bold=False)
    act("R1.1", "Ligature risk assessments for both wards reviewed by the Clinical Nurse Manager and Health and "
                "Safety Advisor and added to the annual review schedule.",
        "November 2025", "Clinical Nurse Manager", "Reviews completed and signed off 20/11/2025.", "Complete")

    # white text for the domain rows
    for row in t.rows:
        tc = row.cells[0]
        if tc.text.startswith("Domain"):
            for r_ in tc.paragraphs[0].runs:
                r_.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)

    d.add_paragraph("")
    d.add_paragraph("Status: Complete / Green – on track / Amber – some delay, recovery actions agreed / "
                    "Red – not on track / Not started.")
    d.add_paragraph().add_run("Action plan approved by").bold = True
    t2 = d.add_table(rows=2, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Name", "Designation", "Date"]):
        bold_cell(t2.rows[0].cells[i], h)
    t2.rows[1].cells[0].text = "Fiona McAllister"
    t2.rows[1].cells[1].text = "Head of Mental Health Services, South Ayrshire HSCP"
    t2.rows[1].cells[2].text = "19/12/2025"
    d.save(out(name))


# ------------------------------------------- 6. Helen & Douglas House QA csv
def make_hdh():
    name = "zeh-helen-and-douglas-house-quality-account-priorities-tracker-2025-26.csv"
    n = 8
    blank = [""] * (n - 1)
    rows = [
        ["Helen & Douglas House – Quality Account 2025/26: Priorities for Improvement – Progress Tracker"] + blank,
        ["Reported to: Clinical Governance Committee – Q2 update (October 2025)"] + blank,
        [""] * n,
        ["Ref", "Action", "How we will measure success", "Lead", "Target date", "Q1 progress", "Q2 progress", "RAG"],
        ["Priority 1 – Patient safety: Safer medicines management for children and young people receiving end of "
         "life care at home"] + blank,
        ["1.1", "Introduce a standard home medicines administration record for families and community nurses "
                "during end of life care at home.", "Record in use for all home end of life care episodes",
         "Head of Clinical Services", "30/09/2025",
         "Draft record agreed with the community children's nursing team.", "In use from 01/09/2025.", "B"],
        ["1.2", "Deliver syringe driver competency refresher training to all registered nurses in the Hospice at "
                "Home team.", "100% of registered nurses assessed as competent", "Practice Educator", "Dec-25",
         "Training dates booked.", "14 of 19 nurses completed.", "G"],
        ["1.3", "Review medicines incidents quarterly at the Medicines Management Group and share themes with the "
                "care team.", "Themes shared in team meetings each quarter",
         "Pharmacist (SLA with OUH); Head of Clinical Services", "Quarterly", "Q1 review held 18/06/2025.",
         "Q2 review held 17/09/2025.", "G"],
        ["Priority 2 – Clinical effectiveness: Advance care planning for young adults aged 18 to 35"] + blank,
        ["2.1", "Offer every young adult an advance care planning conversation, recorded on a ReSPECT form.\n"
                "Target: 80% of young adults with a completed plan by March 2026.",
         "Percentage of young adults with a completed ReSPECT form", "Young Adults Lead Nurse", "March 2026",
         "Baseline 52%.", "63%; slower than planned because of staff vacancy.", "A"],
        ["2.2", "Run two joint advance care planning workshops with the Oxford University Hospitals transition "
                "team.", "Two workshops held; attendee feedback",
         "Young Adults Lead Nurse and Consultant in Paediatric Palliative Care", "Sept 2025 – Feb 2026",
         "Dates agreed.", "First workshop held 25/09/2025.", "G"],
        ["Priority 3 – Patient and family experience: Strengthening bereavement support for siblings"] + blank,
        ["3.1", "Launch a sibling bereavement group for 8 to 12 year olds, co-designed with families.",
         "Group running; sibling and parent feedback", "Family Support Team Leader", "31/10/2025",
         "Co-design sessions held with four families.", "First group met 07/10/2025.", "B"],
        ["3.2", "Introduce a follow-up call at 6 weeks and 6 months after a child's death for every bereaved "
                "family.", "Calls made for 100% of bereaved families", "Family Support Team Leader", "Q3 2025/26",
         "Call script drafted.", "Calls started for deaths from August 2025.", "G"],
        ["3.3", "Collect feedback from bereaved families using the revised experience survey and report themes to "
                "the Board of Trustees.", "Survey response rate; themes reported", "Head of Quality and Governance",
         "Apr-26", "Not yet started – survey under revision.", "Survey wording agreed with Family Forum.", ""],
        [""] * n,
        ["RAG key: B = Completed; G = On track; A = Some risk to delivery; R = Off track"] + blank,
        ["Total actions: 8 (B 2; G 4; A 1; not yet rated 1)"] + blank,
    ]
    with open(out(name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            assert len(row) == n, row
            w.writerow(row)


# ----------------------------------------- 7. Radius Housing RQIA QIP (txt)
def make_radius():
    name = "zeh-radius-housing-rqia-domiciliary-care-agency-quality-improvement-plan.txt"
    rule = "-" * 78
    lines = [
        "RQIA Quality Improvement Plan – Action Tracker",
        "Radius Housing Association – Domiciliary Care Agency (Supported Housing, South and East)",
        "RQIA ID: 020751        Inspection: 6 and 7 February 2024 (unannounced)",
        "Prepared by: Registered Manager        Last updated: 14 May 2024",
        "",
        "Status key:  C = Complete   G = On track   A = At risk   R = Overdue / not met",
        rule,
        "",
        "PART 1: Action required to ensure compliance with The Domiciliary Care Agencies Regulations "
        "(Northern Ireland) 2007",
        "",
        "Area for improvement 1",
        "Ref: Regulation 13 (d)",
        "Stated: First time",
        "To be completed by: Immediate and ongoing",
        "The registered person shall ensure that no domiciliary care worker is supplied to work until a full "
        "employment history, including an explanation of any gaps, has been obtained and verified.",
        "",
        "Response by registered person detailing the actions taken:",
        "",
        "   R1.1  Audit all personnel files for staff recruited since April 2023 and obtain any missing "
        "employment histories.",
        "         Lead: Registered Manager",
        "         Due: 29/02/2024",
        "         Status: C",
        "",
        "   R1.2  Add an employment-gap check to the pre-employment checklist signed off by HR before any start "
        "date is confirmed.",
        "         Lead: HR Business Partner / Registered Manager",
        "         Due: 31/03/2024",
        "         Status: C",
        "",
        "Area for improvement 2",
        "Ref: Regulation 16 (2) (a)",
        "Stated: First time",
        "To be completed by: 30 April 2024",
        "The registered person shall ensure that all staff complete training in adult safeguarding and in the "
        "management of dysphagia, appropriate to their role.",
        "",
        "Response by registered person detailing the actions taken:",
        "",
        "   R2.1  Book all care staff onto the IDDSI dysphagia awareness e-learning and record completion on the "
        "training matrix.",
        "         Lead: Care Co-ordinator",
        "         Due: 30/04/2024",
        "         Status: G",
        "",
        "   R2.2  Deliver face-to-face adult safeguarding refresher sessions at each scheme.",
        "         Lead: Adult Safeguarding Champion",
        "         Due: 30/04/2024",
        "         Revised due: 30/06/2024",
        "         Status: A",
        "",
        rule,
        "",
        "PART 2: Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021",
        "",
        "Area for improvement 1",
        "Ref: Standard 5.2",
        "Stated: First time",
        "To be completed by: 31 March 2024",
        "The registered person shall ensure that care plans are reviewed with service users at least annually, "
        "or when their needs change, and that each review is recorded.",
        "",
        "Response by registered person detailing the actions taken:",
        "",
        "   S1.1  Introduce a care plan review schedule for each scheme, with reviews recorded on the electronic "
        "care record.",
        "         Lead: Scheme Co-ordinators",
        "         Due: 31/03/2024",
        "         Status: C",
        "",
        "   S1.2  Sample five care records per scheme each quarter to check that reviews are up to date.",
        "         Lead: Registered Manager",
        "         Due: Quarterly",
        "         Status: G",
        "",
        "Area for improvement 2",
        "Ref: Standard 13.5",
        "Stated: Second time",
        "To be completed by: 31 May 2024",
        "The registered person shall ensure that staff receive supervision in line with the agency's policy and "
        "that records of supervision are maintained.",
        "",
        "Response by registered person detailing the actions taken:",
        "",
        "   S2.1  Issue a supervision planner for 2024/25 and record completed supervisions on the HR system.",
        "         Lead: Care Co-ordinator; Registered Manager",
        "         Due: May 2024",
        "         Status: R",
        "",
        rule,
        "Summary: 7 actions – C 3, G 2, A 1, R 1",
        "Registered person signature: ..............................   Date: ............",
        "This tracker should be read with the RQIA inspection report published on 2 April 2024.",
    ]
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    make_homerton()
    make_secamb()
    make_ecch()
    make_heddfan()
    make_ailsa()
    make_hdh()
    make_radius()
    print("built 7 files in", HERE)
