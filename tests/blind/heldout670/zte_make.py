#!/usr/bin/env python3
"""Build the seven zte- blind test files (set heldout670).

Run with: /work/main/.venv/bin/python zte_make.py
Writes only files whose names start with "zte-" into the folder this script sits in.
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def D(s):
    """dd/mm/yyyy -> datetime."""
    d, m, y = (int(x) for x in s.split("/"))
    return dt.datetime(y, m, d)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)


def fill(hex6):
    return PatternFill(start_color="FF" + hex6, end_color="FF" + hex6, fill_type="solid")


RAGFILL = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

# ---------------------------------------------------------------------------
# 1. Cumbria Fire and Rescue Service - HMICFRS values and culture tracker (xlsx)
# ---------------------------------------------------------------------------
CUMBRIA_TITLE = "Cumbria Fire and Rescue Service: HMICFRS Values and Culture Recommendations Tracker"
CUMBRIA = [
    ("theme", "Theme 1: Raising concerns"),
    ("rec", "Recommendation 1 – By 1 October 2023, chief fire officers should make sure their services provide a "
            "confidential way for staff to raise concerns and that staff are aware of whistleblowing processes."),
    ("act", "R1.1", "Commission an independent, externally hosted confidential reporting line and publicise it to all "
                    "staff through the intranet, station notice boards and watch briefings.",
     "Head of People", "31/10/2023", None, "B", "B",
     "Safecall service live from 2 October 2023. Promoted at all watch briefings; 14 reports received to date.",
     "Contract; briefing notes"),
    ("act", "R1.2", "Review the Whistleblowing Policy with the council's Monitoring Officer and re-issue it with a "
                    "read-and-sign record on the learning platform.",
     "Area Manager – Organisational Development; Monitoring Officer", "31/12/2023", "31/03/2024", "A", "B",
     "Policy approved by SLT 12 March 2024. 91% read-and-sign compliance at 31 January 2025.",
     "Policy v2.0; LearnPro report"),
    ("rec", "Recommendation 2 – By 1 June 2024, chief fire officers should make sure their services have an effective "
            "way of collecting equality data so that they better understand their workforce demographics and needs."),
    ("act", "R2.1", "Run an equality data refresh campaign so that all staff can update their own equality monitoring "
                    "data through employee self-service, with a target declaration rate of 85%.",
     "Head of People", "31/05/2024", "30/09/2024", "A", "A",
     "Declaration rate 78% (up from 61%). Second campaign launched with the Inclusion Network in January 2025.",
     "Monthly HR dashboard"),
    ("act", "R2.2", "Publish an annual workforce equality report to the Fire and Rescue Service Improvement Board.",
     "Equality, Diversity and Inclusion Officer", "31/07/2024", None, "G", "B",
     "2023-24 report published July 2024.", "Board papers 18/07/2024"),
    ("theme", "Theme 2: Background checks"),
    ("rec", "Recommendation 3 – By 1 June 2023, chief fire officers should immediately review their current background "
            "check arrangements, and make sure that suitable and sufficient background checks are in place to "
            "safeguard their staff and the communities they serve."),
    ("act", "R3.1", "Complete a risk-based review of all roles to confirm the level of DBS check required (basic, "
                    "standard or enhanced).",
     "Head of People / Safeguarding Lead", "30/06/2023", None, "B", "B",
     "Role review completed June 2023; 412 roles assessed.", "Role matrix"),
    ("act", "R3.2", "Introduce three-yearly DBS re-checks for all staff in roles eligible for standard or enhanced checks.",
     "Head of People", "31/03/2024", "31/03/2025", "G", "A",
     "Re-check programme 64% complete. Capacity in the council's HR Shared Service is the main constraint.",
     "DBS tracker"),
    ("theme", "Theme 3: Leadership and culture"),
    ("rec", "Recommendation 4 – By 1 March 2024, chief fire officers should make sure that the Core Code of Ethics is "
            "fully understood and demonstrated by all staff and is embedded in their service's policies and ways of "
            "working."),
    ("act", "R4.1", "Deliver Core Code of Ethics workshops to every watch and department, led by members of the "
                    "Strategic Leadership Team.",
     "Chief Fire Officer & Deputy Chief Fire Officer", "29/02/2024", None, "B", "B",
     "62 sessions delivered; 94% of staff attended.", "Attendance register"),
    ("act", "R4.2", "Embed the Core Code of Ethics in the personal development review (PDR) form and in promotion "
                    "assessment centres.",
     "Group Manager – Training and Development", "31/03/2024", "31/05/2025", "A", "R",
     "PDR form change is dependent on the council's HR system upgrade, now scheduled for April 2025. Assessment "
     "centre element complete.", "Assessment centre pack"),
    ("rec", "Recommendation 5 – By 1 October 2023, chief fire officers should make sure they have an effective "
            "360-degree feedback process for senior leaders and managers."),
    ("act", "R5.1", "Introduce 360-degree feedback for all Group Managers and above as part of the annual leadership "
                    "appraisal cycle.",
     "Deputy Chief Fire Officer", "31/12/2023", None, "B", "B",
     "First cycle completed December 2023; second cycle under way.", "Provider report"),
    ("act", "R5.2", "Extend 360-degree feedback to Station Managers and support staff managers at grade 8 and above.",
     "Group Manager – Training and Development", "30/09/2024", "30/06/2025", "G", "G",
     "Pilot with 12 Station Managers completed. Full roll-out from April 2025.", "Pilot evaluation"),
]


def build_cumbria(path):
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = CUMBRIA_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Values and culture in fire and rescue services (HMICFRS, published 31 March 2023)"
    cov["A3"] = "Reporting to: Fire and Rescue Service Improvement Board (Westmorland and Furness Council)"
    cov["A4"] = "Position as at: 31 January 2025"
    cov["A6"] = "Document control"
    cov["A6"].font = BOLD
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("3.0", D("14/06/2024"), "Service Improvement Manager", "Q1 2024-25 update"),
            ("4.0", D("11/10/2024"), "Service Improvement Manager",
             "Q2 update; revised dates for R2.1 and R4.2 agreed by SLT; closed recommendations removed"),
            ("4.1", D("31/01/2025"), "Service Improvement Manager", "Q3 update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cov.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
            if i == 0:
                c.font = BOLD
                c.fill = fill("D9D9D9")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cov["A13"] = "RAG key"
    cov["A13"].font = BOLD
    key = [("B", "Complete – action delivered and evidence held"),
           ("G", "On track to deliver by the target date"),
           ("A", "At risk – slippage, revised date agreed"),
           ("R", "Off track – revised date missed or no recovery plan")]
    for i, (k, t) in enumerate(key):
        c = cov.cell(row=14 + i, column=1, value=k)
        c.fill = fill(RAGFILL[k])
        c.font = BOLD
        c.alignment = Alignment(horizontal="center")
        cov.cell(row=14 + i, column=2, value=t)
    cov.column_dimensions["A"].width = 12
    cov.column_dimensions["B"].width = 14
    cov.column_dimensions["C"].width = 30
    cov.column_dimensions["D"].width = 70

    ws = wb.create_sheet("Tracker")
    ncol = 9
    ws["A1"] = CUMBRIA_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Values and culture in fire and rescue services (HMICFRS, 31 March 2023) – recommendations for "
                "chief fire officers. Position as at 31 January 2025.")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    hdr = ["Ref", "Action", "Action owner", "Original target date", "Revised target date",
           "Previous RAG (Oct 24)", "Current RAG (Jan 25)", "Progress update", "Evidence"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("C00000")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for item in CUMBRIA:
        if item[0] == "theme":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFFFF")
            c.fill = fill("404040")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        elif item[0] == "rec":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            c.fill = fill("F2DCDB")
            c.alignment = WRAP
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            ws.row_dimensions[r].height = 32
        else:
            _, ref, text, owner, orig, rev, prev, cur, upd, ev = item
            vals = [ref, text, owner, D(orig), D(rev) if rev else None, prev, cur, upd, ev]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for col, k in ((6, prev), (7, cur)):
                c = ws.cell(row=r, column=col)
                c.fill = fill(RAGFILL[k])
                c.alignment = Alignment(horizontal="center", vertical="top")
            counts[cur] += 1
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Summary (current RAG)").font = BOLD
    r += 1
    for k, label in (("B", "Complete"), ("G", "On track"), ("A", "At risk"), ("R", "Off track")):
        ws.cell(row=r, column=1, value=k).fill = fill(RAGFILL[k])
        ws.cell(row=r, column=2, value=label)
        ws.cell(row=r, column=3, value=counts[k])
        r += 1
    ws.cell(row=r, column=2, value="Total actions").font = BOLD
    ws.cell(row=r, column=3, value=sum(counts.values())).font = BOLD
    r += 2
    ws.cell(row=r, column=1, value="Note: recommendations signed off as closed by the Board in October 2024 have been "
                                   "removed from this tracker (see version 3.0). Recommendations for national bodies "
                                   "(Home Office, NFCC, LGA, Fire Standards Board) are not included.")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
    for col, w in zip("ABCDEFGHI", (8, 55, 28, 13, 13, 11, 11, 50, 24)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.active = 1
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. HMP & YOI Chelmsford - HMPPS action plan responding to HMIP (docx)
# ---------------------------------------------------------------------------
CHELMSFORD_TITLE = "Action Plan: HMP & YOI Chelmsford"
CHELMSFORD = [
    ("Priority concerns", [
        ("1. Levels of self-harm had increased by 60% since the previous inspection, and too many prisoners in crisis "
         "were held on the segregation unit without a recorded exceptional circumstances rationale.", [
             ("1.1", "Introduce a weekly safety intervention meeting (SIM) chaired by the Head of Safety to review every "
                     "prisoner with three or more self-harm incidents in the previous 28 days.",
              "Head of Safety", "31 March 2025"),
             ("1.2", "Require Governor or Deputy Governor authorisation, recorded on the ACCT document, before any "
                     "prisoner on an open ACCT is located on the segregation unit.",
              "Deputy Governor", "28 February 2025"),
         ]),
        ("2. Too many prisoners were locked in their cells for more than 22 hours a day, and the regime was frequently "
         "curtailed at short notice because of staff shortages.", [
             ("2.1", "Implement a revised regime profile guaranteeing a minimum of four hours' time unlocked on weekdays "
                     "for all prisoners on the standard and enhanced incentive levels.",
              "Head of Residence / Head of Operations", "June 2025"),
             ("2.2", "Report regime curtailments daily to the Governor and monthly to the Prison Group Director, with "
                     "the reasons and the wings affected.",
              "Head of Operations", "Ongoing"),
         ]),
        ("3. Drugs were too easily available, and the rate of positive random mandatory drug tests was 31%.", [
            ("3.1", "Complete the installation of the enhanced gate security package, including X-ray body scanning at "
                    "reception, and introduce intelligence-led targeted cell searching.",
             "Head of Security", "30/09/2025"),
        ]),
    ]),
    ("Key concerns", [
        ("4. Too few prisoners were allocated to education, skills and work, and attendance at the activities that "
         "were available was low.", [
             ("4.1", "Re-run the labour allocation process so that every prisoner has an activity allocation within 10 "
                     "working days of induction.",
              "Head of Reducing Reoffending", "End of May 2025"),
             ("4.2", "Agree with the education provider an improvement plan to raise attendance to 80% in all classes, "
                     "monitored at the monthly Quality Improvement Group.",
              "Head of Reducing Reoffending and Head of Learning and Skills", "Q2 2025/26"),
         ]),
        ("5. Leaders did not have an accurate understanding of the experiences of prisoners from minority ethnic "
         "backgrounds, and complaints about discrimination were not always properly investigated.", [
             ("5.1", "Arrange quarterly external scrutiny of a sample of discrimination incident report forms (DIRFs) "
                     "and publish the findings to prisoners through the equality forum.",
              "Head of Equalities", "July 2025"),
         ]),
        ("6. Too many prisoners were released without sustainable accommodation.", [
            ("6.1", "Hold a pre-release accommodation panel 12 weeks before release with the Probation Service, the "
                    "local authority and CAS3 providers.",
             "Head of Reducing Reoffending; Senior Probation Officer (OMU)", "30 April 2025"),
            ("6.2", "Record accommodation outcomes on the day of release and report them monthly to the Reducing "
                    "Reoffending meeting.",
             "Head of OMU", "31/05/2025"),
        ]),
    ]),
]


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def build_chelmsford(path):
    doc = Document()
    doc.add_heading(CHELMSFORD_TITLE, level=1)
    doc.add_paragraph("Action Plan Submitted: 7 March 2025")
    doc.add_paragraph("A Response to the HMIP Inspection: 21 October – 1 November 2024")
    doc.add_paragraph("Report Published: 4 February 2025")
    doc.add_heading("INTRODUCTION", level=2)
    doc.add_paragraph(
        "HM Inspectorate of Prisons (HMIP) is an independent inspectorate which reports on the conditions for and "
        "treatment of those in prison, young offender institutions and court custody. In response to the report, HM "
        "Prison and Probation Service (HMPPS) is required to produce an action plan setting out how the concerns "
        "identified by the inspectorate will be addressed.")
    doc.add_paragraph(
        "Since May 2022 HMIP has reported priority and key concerns rather than recommendations. The Governor has "
        "accepted all six concerns in the report. The actions below are specific, measurable and time-bound, with the "
        "owner of each step identified. Progress will be monitored at the monthly Senior Leadership Team meeting and "
        "reviewed by the Prison Group Director.")
    summ = doc.add_table(rows=3, cols=2)
    summ.style = "Table Grid"
    for i, (a, b) in enumerate((("Type of concern", "Number"), ("Priority concerns", "3"), ("Key concerns", "3"))):
        set_cell(summ.rows[i].cells[0], a, bold=(i == 0))
        set_cell(summ.rows[i].cells[1], b, bold=(i == 0))
    for section, concerns in CHELMSFORD:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for j, h in enumerate(("No.", "Action", "Responsible owner", "Target date")):
            set_cell(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[j], "1F3864")
        for concern, actions in concerns:
            row = t.add_row()
            m = row.cells[0].merge(row.cells[3])
            set_cell(m, concern, bold=True)
            shade(m, "D9E2F3")
            for ref, text, owner, date in actions:
                row = t.add_row()
                for j, v in enumerate((ref, text, owner, date)):
                    set_cell(row.cells[j], v)
    doc.add_paragraph("")
    doc.add_paragraph("Signed off by: Governor, HMP & YOI Chelmsford, and Prison Group Director, East of England.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 3. Dorset Police - HMICFRS national/thematic recommendations register (tab-separated txt)
# ---------------------------------------------------------------------------
DORSET_TITLE = "Dorset Police – HMICFRS Recommendations Register: national and thematic reports"
VMM = "An inspection of vetting, misconduct, and misogyny in the police service"
FTC = "Police response to burglary, robbery and other acquisitive crime – Finding time for crime"
DFR = "Digital forensics: an inspection into how well the police and other agencies use digital forensics in their investigations"
OCS = "An inspection of how well the police and National Crime Agency tackle the online sexual abuse and exploitation of children"
VMM_R3 = ("By 31 October 2023, chief constables should make sure that vetting decisions are made in line with the "
          "College of Policing's vetting authorised professional practice and that the rationale for each decision "
          "is recorded.")
VMM_R11 = ("By 30 April 2023, chief constables should make sure their forces have a clear, well-publicised way for "
           "officers and staff to report sexual misconduct and misogyny by colleagues.")
FTC_R1 = ("By 31 March 2023, chief constables should make sure that all reports of residential burglary are attended, "
          "and that scene examination is offered where there are forensic opportunities.")
FTC_R4 = ("By 31 December 2023, chief constables should make sure that victims of acquisitive crime are kept informed "
          "in line with the Code of Practice for Victims of Crime.")
DFR_R2 = ("By 31 December 2023, chief constables should make sure their forces have a digital forensics strategy "
          "aligned with the Forensic Capability Network's national strategy.")
DFR_R5 = ("By 30 June 2024, chief constables should make sure the backlog of digital devices awaiting examination is "
          "understood and managed according to risk.")
OCS_R2 = ("By 31 October 2023, chief constables should make sure their forces have enough trained staff to deal with "
          "referrals of online child sexual abuse from the National Crime Agency.")
OCS_R4 = ("By 31 March 2024, chief constables should make sure a risk assessment is completed for every referral of "
          "online child sexual abuse within 24 hours of receipt.")
DORSET = [
    ("VMM-03-1", VMM, "02/11/2022", VMM_R3,
     "Introduce a mandatory rationale template in the vetting management system for all decisions to grant "
     "clearance where adverse information is present.",
     "Head of Vetting", "31/10/2023", "31/03/2024", "Complete",
     "Template live from February 2024; dip sample of 50 cases found 96% compliance."),
    ("VMM-03-2", VMM, "02/11/2022", VMM_R3,
     "Dip sample 10% of vetting decisions each quarter through the Professional Standards Department assurance panel.",
     "Det Supt Professional Standards", "30/06/2024", "", "Green",
     "Q3 2024-25 dip sample completed 14/01/2025; no decisions overturned."),
    ("VMM-11-1", VMM, "02/11/2022", VMM_R11,
     "Launch an anonymous reporting channel on the force intranet, with quarterly reporting of themes to the People "
     "Board.",
     "Supt D. Pearce / Mrs K. Osei (Head of HR)", "30/04/2023", "30/09/2023", "Complete",
     "Channel live September 2023; 23 reports received; themes reported to People Board quarterly."),
    ("FTC-01-1", FTC, "18/08/2022", FTC_R1,
     "Amend the THRIVE+ deployment policy so that every residential burglary is attended by an officer or a crime "
     "scene investigator.",
     "Supt Operations (Response)", "31/03/2023", "", "Complete",
     "Policy amended March 2023; attendance rate 99.2% (Q3 2024-25)."),
    ("FTC-04-1", FTC, "18/08/2022", FTC_R4,
     "Introduce an automated victim update by text message at the point of investigation allocation and at closure.",
     "Head of Contact Management", "31/12/2023", "30/06/2025", "Amber",
     "Supplier delay on records management system integration; interim manual process in place."),
    ("DFR-02-1", DFR, "01/12/2022", DFR_R2,
     "Publish a Digital Forensics Strategy 2024–27 aligned to FCN standards and approved by the Chief Officer Group.",
     "Head of Forensic Services", "31/12/2023", "31/12/2024", "Red",
     "Revised date missed. Draft strategy to Chief Officer Group 19/02/2025."),
    ("DFR-05-1", DFR, "01/12/2022", DFR_R5,
     "Introduce risk-based triage of all devices submitted to the Digital Forensics Unit, with weekly backlog reporting "
     "to the Crime and Justice Board.",
     "DCI Digital Forensics", "30/06/2025", "", "Green",
     "Triage model agreed; weekly reporting started 06/01/2025."),
    ("OCS-02-1", OCS, "04/04/2023", OCS_R2,
     "Complete a demand and capacity review of the Police Online Investigation Team (POLIT) and agree the resulting "
     "establishment with the Chief Officer Group.",
     "Det Supt Public Protection", "31/10/2023", "31/07/2025", "Amber",
     "Review complete; growth bid for 4 DCs to be considered in the 2025-26 budget."),
    ("OCS-04-1", OCS, "04/04/2023", OCS_R4,
     "Adopt the national KIRAT risk assessment tool for all NCA referrals and audit compliance monthly.",
     "DI POLIT; T/DCI Safeguarding Hub", "TBC – awaiting national release of KIRAT v3", "", "Amber",
     "Interim local risk assessment in use; 100% of January referrals assessed within 24 hours."),
]


def build_dorset(path):
    lines = [
        DORSET_TITLE,
        "Extract from the Force Assurance tracker, 03/02/2025. Filter: Report type = National/Thematic; "
        "Status = Open or Awaiting closure",
        "",
        "\t".join(["Ref", "Report", "Published", "Recommendation", "Force action", "Action owner", "Due date",
                   "Revised due date", "RAG", "Latest update"]),
    ]
    for row in DORSET:
        lines.append("\t".join(row))
    lines += [
        "",
        "RAG key: Green = on track; Amber = at risk of missing due date; Red = overdue; Complete = action delivered, "
        "awaiting closure at Force Assurance Board",
        "Records: %d" % len(DORSET),
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 4. Ysgol Caer Elen - Estyn post-inspection action plan (docx, a table per recommendation)
# ---------------------------------------------------------------------------
CAERELEN_TITLE = "Ysgol Caer Elen – Post-Inspection Action Plan (PIAP)"
CAERELEN = [
    ("Recommendation 1: Improve the consistency of teaching so that all pupils are challenged to make strong progress", [
        ("1.1", "Establish teaching and learning triads, with each triad completing two cycles of joint planning and "
                "lesson study during the year.",
         "Deputy Headteacher (Teaching and Learning)", "Summer term 2025",
         "All teachers complete two cycles; observations show appropriate challenge in at least 80% of lessons.",
         "Amber"),
        ("1.2", "Deliver whole-staff professional learning on questioning and adaptive teaching through INSET and "
                "twilight sessions.",
         "Deputy Headteacher (Teaching and Learning) / Professional Learning Lead", "Autumn term 2024",
         "Programme delivered; staff survey shows increased confidence in adaptive teaching.",
         "Green"),
        ("1.3", "Heads of department to carry out learning walks and book looks, feeding findings into the school's "
                "quality assurance calendar.",
         "Heads of Department; SLT link", "Termly",
         "QA calendar completed each term; findings acted on in department plans.",
         "Amber"),
    ]),
    ("Recommendation 2: Develop pupils' extended writing skills across the curriculum", [
        ("2.1", "Map opportunities for extended writing in every Key Stage 3 scheme of work and share the map with all "
                "departments.",
         "Literacy Coordinator", "December 2024",
         "Writing map in place for all subjects in Years 7 to 9.",
         "Green"),
        ("2.2", "Introduce a common marking code for writing in Welsh and English, and train all staff in its use.",
         "Head of Welsh & Head of English", "By February half-term 2025",
         "Marking code used consistently in 90% of books sampled.",
         "Red"),
    ]),
    ("Recommendation 3: Ensure that self-evaluation and improvement planning focus sharply on the impact of provision "
     "on pupils' learning", [
        ("3.1", "Revise the self-evaluation calendar so that every middle leader evaluates pupils' progress using "
                "first-hand evidence each term.",
         "Headteacher", "Autumn term 2024",
         "Revised calendar in use; middle leader evaluations refer to pupils' work and lesson evidence.",
         "Green"),
        ("3.2", "Provide governors with half-termly reports on progress against this plan, and arrange a link-governor "
                "visit for each recommendation.",
         "Headteacher and Chair of Governors", "Ongoing",
         "Governors' minutes show challenge on progress against the PIAP.",
         "Amber"),
    ]),
    ("Recommendation 4: Improve attendance, particularly of pupils eligible for free school meals", [
        ("4.1", "Appoint a Family Engagement Officer to work with the families of pupils whose attendance is below 90%.",
         "Headteacher / Education Welfare Officer", "January 2025",
         "Officer in post; contact made with all identified families within four weeks.",
         "Green"),
        ("4.2", "Introduce weekly attendance monitoring meetings and a tiered response for persistent absence.",
         "Assistant Headteacher (Wellbeing)", "Summer term 2025",
         "Attendance of eFSM pupils rises to at least 88%; persistent absence falls by a third.",
         "Amber"),
    ]),
]
DOCX_RAG = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def build_caerelen(path):
    doc = Document()
    doc.add_heading(CAERELEN_TITLE, level=1)
    doc.add_paragraph("Cynllun Gweithredu Ôl-arolygiad – Estyn core inspection, 10–13 June 2024")
    info = [("School", "Ysgol Caer Elen, Haverfordwest"),
            ("Local authority", "Pembrokeshire County Council"),
            ("Headteacher", "Mrs C. Rees"),
            ("Chair of Governors", "Mr A. Thomas"),
            ("Date of inspection", "10–13 June 2024"),
            ("PIAP approved by the governing body", "8 October 2024"),
            ("Review point", "March 2025")]
    t = doc.add_table(rows=len(info), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(info):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "E7E6E6")
        set_cell(t.rows[i].cells[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("Progress key (RAG)")
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for i, (c, txt) in enumerate((("Green", "Completed / achieved"),
                                  ("Amber", "In progress and on track"),
                                  ("Red", "Behind schedule – action needed"))):
        set_cell(k.rows[i].cells[0], c, bold=True)
        shade(k.rows[i].cells[0], DOCX_RAG[c])
        set_cell(k.rows[i].cells[1], txt)
    for rec, actions in CAERELEN:
        doc.add_heading(rec, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for j, h in enumerate(("Ref", "Action", "Responsibility", "Timescale", "Success criteria",
                               "Progress (RAG) March 2025")):
            set_cell(t.rows[0].cells[j], h, bold=True, color="FFFFFF")
            shade(t.rows[0].cells[j], "2E5E3E")
        for ref, text, who, when, sc, rag in actions:
            row = t.add_row()
            for j, v in enumerate((ref, text, who, when, sc, rag)):
                set_cell(row.cells[j], v)
            shade(row.cells[5], DOCX_RAG[rag])
        doc.add_paragraph("")
    doc.add_paragraph("Monitoring: progress against this plan is reviewed by the governing body's Standards Committee "
                      "each half term and by the local authority's school improvement officer.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. University of Sussex - Ofsted apprenticeships post-inspection action plan (csv)
# ---------------------------------------------------------------------------
SUSSEX_TITLE = "University of Sussex – Apprenticeships Post-Inspection Action Plan"
SUSSEX = [
    ("Quality of education",
     "AFI 1: Leaders and managers should ensure that apprentices' starting points are used to plan individualised "
     "training, so that apprentices with prior experience make swift progress.", [
         ("1.1", "Revise the initial assessment (skills scan) to cover the knowledge, skills and behaviours of each "
                 "standard, and use the results to adjust each apprentice's training plan.",
          "Head of Apprenticeships", "31/07/2025", "", "Complete",
          "New skills scan live for September 2025 starts; 100% of new apprentices completed it."),
         ("1.2", "Train all programme leaders in recording recognition of prior learning (RPL).\n"
                 "Adjust planned duration and price where RPL is identified, in line with funding rules.",
          "Ashworth, Helen", "31/07/2025", "31/12/2025", "Amber",
          "14 of 19 programme leaders trained; remaining sessions booked for November."),
     ]),
    ("",
     "AFI 2: Leaders should ensure that apprentices receive useful feedback on assessed work so that they know how to "
     "improve.", [
         ("2.1", "Introduce a feedback standard for apprenticeship modules, with feedback returned within 15 working "
                 "days and including specific next steps.",
          "Associate Deans (Education)", "31/08/2025", "", "Green",
          "Standard approved by Education Committee; first audit due January 2026."),
         ("2.2", "Sample assessed work each semester through the apprenticeship moderation panel and report findings to "
                 "the Apprenticeship Quality Board.",
          "Head of Apprenticeships; Apprenticeship Quality Manager", "Each semester", "", "Green",
          "Semester 2 sample (40 scripts) reported in June 2025."),
     ]),
    ("Leadership and management",
     "AFI 3: Leaders should ensure that progress reviews involve employers effectively and that on- and off-the-job "
     "training are coordinated.", [
         ("3.1", "Move all tripartite progress reviews onto the e-portfolio platform with employer sign-off and a "
                 "12-weekly schedule.",
          "Director of Student Experience", "30/06/2025", "", "Complete",
          "All reviews on the platform from June 2025; 93% held on time."),
         ("3.2", "Hold an employer forum each term for each apprenticeship standard.",
          "Apprenticeship Employer Engagement Manager", "Dec-25", "", "Green",
          "First round of forums scheduled for November 2025."),
         ("3.3", "Report off-the-job training hours by apprentice to programme teams monthly, flagging apprentices "
                 "below their planned hours.",
          "Head of Apprenticeships", "30/04/2025", "31/10/2025", "Red",
          "Dashboard build delayed; data warehouse feed not yet available."),
     ]),
    ("Personal development",
     "AFI 4: Leaders should ensure that apprentices develop their understanding of the risks of radicalisation and "
     "extremism in their workplaces and local communities.", [
         ("4.1", "Add a Prevent and British values topic to each progress review, with resources tailored to "
                 "apprentices' sectors.",
          "Designated Safeguarding Lead", "30/06/2025", "", "Complete",
          "Topic added to review template in May 2025."),
         ("4.2", "Survey apprentices on their understanding of local Prevent risks and repeat the survey in Semester 2.",
          "Designated Safeguarding Lead and Apprenticeship Quality Manager", "31/03/2026", "", "Green",
          "Baseline survey closed 19 September 2025 (212 responses)."),
     ]),
]


def build_sussex(path):
    ncol = 9
    rows = [[SUSSEX_TITLE] + [""] * (ncol - 1),
            ["Ofsted inspection 4–7 March 2025 (apprenticeships: requires improvement). Update for the Apprenticeship "
             "Quality Board, 30 September 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Theme", "Area for improvement", "Ref", "Action", "Lead(s)", "Target date", "Revised target date", "RAG",
             "Commentary"]]
    counts = {}
    for theme, afi, actions in SUSSEX:
        first = True
        for ref, text, lead, tgt, rev, rag, com in actions:
            rows.append([theme if first else "", afi if first else "", ref, text, lead, tgt, rev, rag, com])
            first = False
            counts[rag] = counts.get(rag, 0) + 1
    rows.append([""] * ncol)
    rows.append(["RAG summary"] + [""] * (ncol - 1))
    for k in ("Complete", "Green", "Amber", "Red"):
        rows.append([k, str(counts.get(k, 0))] + [""] * (ncol - 2))
    rows.append(["Total", str(sum(counts.values()))] + [""] * (ncol - 2))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------
# 6. St Werburgh's Primary School - school development plan 2025-26 (xlsx, a sheet per priority, fill-only RAG)
# ---------------------------------------------------------------------------
WERBURGH_TITLE = "St Werburgh's Primary School: School Development Plan 2025–26"
WERBURGH = [
    ("Priority 1", "Priority 1 – Quality of Education: raise attainment in writing across Key Stage 2",
     "Priority lead: Deputy Headteacher (KB)    Link governor: Mrs A. Fenwick", [
         ("1.1", "Introduce the Write Stuff approach in Years 3–6, with coaching from the English hub for each teacher.",
          "KB (DHT) / English lead", "Autumn term 2025", "£2,400 training; 2 release days per teacher",
          "All KS2 teachers using the approach by December; moderation shows 70% of Y6 at ARE by Easter.",
          "Half-termly book looks (DHT, link governor)", "G"),
         ("1.2", "Daily spelling and handwriting sessions in KS2 using Spelling Shed, with weekly low-stakes quizzes.",
          "English lead", "Ongoing", "Spelling Shed subscription £350",
          "Spelling scores improve by at least 10 percentage points in every KS2 class.",
          "Termly data review (English lead)", "G"),
         ("1.3", "Half-termly moderation of writing with the cluster schools, including at least one cross-school "
                 "session for Year 6.",
          "English lead & Y6 teachers", "Summer term 2026", "Supply cover 3 days",
          "Teacher assessments agreed at moderation; no changes at LA moderation.",
          "Moderation records (DHT)", "A"),
     ]),
    ("Priority 2", "Priority 2 – Behaviour and Attitudes: improve attendance and reduce persistent absence",
     "Priority lead: Headteacher (JR)    Link governor: Mr T. Obi", [
         ("2.1", "Appoint an attendance champion (learning mentor) and introduce first-day calling and home visits on "
                 "day three of absence.",
          "HT", "September 2025", "Learning mentor 0.5 FTE",
          "Attendance champion in post; first-day calling in place for all absences.",
          "Weekly attendance meeting (HT)", "B"),
         ("2.2", "Launch a termly class attendance award and share attendance data with families in each report.",
          "Attendance champion", "By February half-term 2026", "Awards £150",
          "Whole-school attendance at least 95.5%; persistent absence below 12%.",
          "Governors' attendance report each term", "A"),
         ("2.3", "Agree individual attendance support plans with the families of all pupils below 90% attendance, with "
                 "Early Help referrals where needed.",
          "HT / Family support worker", "July 2026", "Family support worker time",
          "Every pupil below 90% has a plan; 60% of them improve their attendance by July.",
          "Half-termly review (HT)", None),
     ]),
    ("Priority 3", "Priority 3 – Leadership and Management: develop subject leadership in the foundation subjects",
     "Priority lead: Assistant Headteacher (SM)    Link governor: Ms R. Khan", [
         ("3.1", "Each foundation subject leader to complete a subject deep dive and produce a one-page subject action "
                 "plan.",
          "AHT (curriculum)", "Autumn term 2025", "Half-day release per leader",
          "Action plans in place for all foundation subjects.", "SLT review of action plans", "B"),
         ("3.2", "Release time for subject leaders (half a day per half-term) to monitor planning, pupil voice and "
                 "outcomes.",
          "HT", "Termly", "Supply cover £3,600",
          "Monitoring records show each subject monitored at least twice.", "AHT monitoring log", "G"),
         ("3.3", "Subject leaders present to the Curriculum and Standards Committee on the impact of their subject.",
          "AHT (curriculum) and subject leaders", "Summer term 2026", "No additional cost",
          "Governors' minutes record a presentation for each foundation subject.",
          "Committee minutes", "R"),
     ]),
]


def build_werburgh(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = WERBURGH_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = "Our vision: Learning together, growing together – every child a confident reader, writer and learner."
    ov["A4"] = "Our priorities for 2025–26"
    ov["A4"].font = BOLD
    ov.append(["No.", "Priority", "Lead", "Link governor"])
    for c in ov[5]:
        c.font = BOLD
        c.fill = fill("D9E1F2")
    ov.append([1, "Quality of Education: raise attainment in writing across Key Stage 2", "DHT", "Mrs A. Fenwick"])
    ov.append([2, "Behaviour and Attitudes: improve attendance and reduce persistent absence", "HT", "Mr T. Obi"])
    ov.append([3, "Leadership and Management: develop subject leadership in the foundation subjects", "AHT", "Ms R. Khan"])
    ov["A10"] = "RAG key (progress at each governors' review)"
    ov["A10"].font = BOLD
    for i, (k, txt) in enumerate((("B", "Completed"), ("G", "On track"), ("A", "Some slippage – needs attention"),
                                  ("R", "Significant concern / not on track"))):
        ov.cell(row=11 + i, column=1).fill = fill(RAGFILL[k])
        ov.cell(row=11 + i, column=2, value=txt)
    ov.cell(row=15, column=1).border = BOX
    ov.cell(row=15, column=2, value="Blank – not yet started")
    ov["A17"] = "Last reviewed: Spring 1 governors' review, 27 January 2026 (Curriculum and Standards Committee)"
    ov.column_dimensions["A"].width = 8
    ov.column_dimensions["B"].width = 80
    ov.column_dimensions["C"].width = 10
    ov.column_dimensions["D"].width = 18

    for sheet, heading, leadline, actions in WERBURGH:
        ws = wb.create_sheet(sheet)
        ws["A1"] = heading
        ws["A1"].font = Font(bold=True, size=12, color="FFFFFFFF")
        ws["A1"].fill = fill("1F4E78")
        ws.merge_cells("A1:H1")
        ws["A2"] = leadline
        ws.merge_cells("A2:H2")
        hdr = ["Ref", "Action", "Lead", "Timescale", "Resources / cost", "Success criteria", "Monitoring",
               "RAG (Jan 26)"]
        for j, h in enumerate(hdr):
            c = ws.cell(row=4, column=1 + j, value=h)
            c.font = BOLD
            c.fill = fill("D9E1F2")
            c.border = BOX
            c.alignment = WRAP
        r = 5
        for ref, text, lead, when, res, sc, mon, rag in actions:
            for j, v in enumerate((ref, text, lead, when, res, sc, mon)):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
            c = ws.cell(row=r, column=8)
            c.border = BOX
            if rag:
                c.fill = fill(RAGFILL[rag])
            r += 1
        for col, wdt in zip("ABCDEFGH", (6, 50, 20, 18, 22, 40, 26, 10)):
            ws.column_dimensions[col].width = wdt
    wb.save(path)


# ---------------------------------------------------------------------------
# 7. Forth Valley College - Education Scotland progress visit action plan, mistyped month (xlsx, refuse)
# ---------------------------------------------------------------------------
FVC_TITLE = "Forth Valley College – Education Scotland Progress Visit: Action Plan"
FVC = [
    ("The college should improve rates of successful completion on full-time further education programmes, "
     "particularly in Engineering and Construction.", [
         ("1.1", "Introduce fortnightly learner progress reviews in all full-time FE Engineering and Construction "
                 "programmes, using the early-warning dashboard.",
          "Head of Engineering; Head of Construction", D("31/01/2025"), "Complete",
          "Reviews in place since January; withdrawals down 4 percentage points on last year."),
         ("1.2", "Deploy learning assistants to support practical assessment catch-up sessions for learners at risk of "
                 "withdrawal.",
          "Curriculum Managers", D("30/06/2025"), "On track",
          "Three learning assistants deployed; 46 learners supported."),
     ]),
    ("The college should ensure that feedback from class representatives is used consistently to improve programmes, "
     "and that learners are told what has changed as a result.", [
         ("2.1", "Add a 'You said, we did' section to each programme's Teams channel, updated after every class rep "
                 "meeting.",
          "Student Association Vice-President; Head of Quality", D("31/03/2025"), "Complete",
          "Live on all full-time programmes."),
         ("2.2", "Train all class representatives through the sparqs course by the end of October each year.",
          "Student Engagement Officer", D("31/10/2025"), "On track",
          "Training dates for August and September agreed with sparqs."),
     ]),
    ("The college should ensure that learners with additional support needs have their support plans shared with "
     "teaching staff before the start of their programme.", [
         ("3.1", "Move additional support plans into the learner record system so that lecturers can view them from "
                 "their class lists.",
          "Head of Student Support", "Spet-25", "On track",
          "Specification agreed with the MIS team; testing in July."),
         ("3.2", "Run a staff development session on using support plans at the August in-service days.",
          "Head of Organisational Development", D("31/08/2025"), "Not started",
          "Session booked for 14 August."),
     ]),
]


def build_fvc(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = FVC_TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Progress visit: 18–20 November 2024. Report published: 29 January 2025. Update for the Learning, "
                "Teaching and Quality Committee, 5 June 2025.")
    ws.merge_cells("A2:G2")
    hdr = ["Area for development", "No.", "Action", "Responsibility", "Timescale", "Status", "Update"]
    for j, h in enumerate(hdr):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("00594F")
        c.border = BOX
        c.alignment = WRAP
    r = 5
    typo_row = None
    for afd, actions in FVC:
        start = r
        ws.cell(row=r, column=1, value=afd)
        for ref, text, who, when, status, upd in actions:
            for j, v in enumerate((ref, text, who, when, status, upd)):
                c = ws.cell(row=r, column=2 + j, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if isinstance(when, str):
                typo_row = r
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        a = ws.cell(row=start, column=1)
        a.alignment = WRAP
        a.font = BOLD
        a.fill = fill("E2EFDA")
        for rr in range(start, r):
            ws.cell(row=rr, column=1).border = BOX
    r += 1
    ws.cell(row=r, column=1, value="Summary").font = BOLD
    ws.cell(row=r + 1, column=1, value="Complete")
    ws.cell(row=r + 1, column=2, value=2)
    ws.cell(row=r + 2, column=1, value="On track")
    ws.cell(row=r + 2, column=2, value=3)
    ws.cell(row=r + 3, column=1, value="Not started")
    ws.cell(row=r + 3, column=2, value=1)
    for col, wdt in zip("ABCDEFG", (40, 6, 55, 30, 12, 12, 45)):
        ws.column_dimensions[col].width = wdt
    wb.save(path)
    return typo_row


FILES = {
    "zte-cumbria-fire-rescue-service-hmicfrs-values-culture-recommendations-tracker.xlsx": build_cumbria,
    "zte-hmp-yoi-chelmsford-hmip-inspection-action-plan.docx": build_chelmsford,
    "zte-dorset-police-hmicfrs-national-thematic-recommendations-register.txt": build_dorset,
    "zte-ysgol-caer-elen-estyn-post-inspection-action-plan.docx": build_caerelen,
    "zte-university-of-sussex-ofsted-apprenticeships-post-inspection-action-plan.csv": build_sussex,
    "zte-st-werburghs-primary-school-school-development-plan-2025-26.xlsx": build_werburgh,
    "zte-forth-valley-college-education-scotland-progress-visit-action-plan-typo-month-refuse.xlsx": build_fvc,
}


def main():
    for name, fn in FILES.items():
        assert name.startswith("zte-")
        out = fn(os.path.join(HERE, name))
        print("wrote", name, "" if out is None else "(typo row %s)" % out)


if __name__ == "__main__":
    main()
