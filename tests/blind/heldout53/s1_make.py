"""Make the s1- case files (children's services plans) in this folder.

Run with /work/main/.venv/bin/python s1_make.py
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "00B0F0"
FILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "Complete": BLUE,
        "R": RED, "A": AMBER, "G": GREEN, "B": BLUE}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1 Stockport SEND APP (xlsx)
def stockport():
    wb = Workbook()
    ws = wb.active
    ws.title = "APP"
    ws["A1"] = "Stockport Local Area SEND – Accelerated Progress Plan (APP)"
    ws["A1"].font = Font(bold=True, size=14, color="FFFFFF")
    ws["A1"].fill = fill("7030A0")
    ws.merge_cells("A1:I1")
    ws["A2"] = ("This plan sets out the actions the local area is taking to accelerate progress in "
                "the one area where inspectors found insufficient progress at the September 2021 "
                "revisit: the assessment of children and young people's social care needs as part "
                "of EHC needs assessments and plans.")
    ws["A2"].alignment = WRAP
    ws.merge_cells("A2:I2")
    ws.row_dimensions[2].height = 45
    ws["A3"] = ("Senior Responsible Officer: Director of Education   |   Monitored by: SEND Strategic "
                "Board and DfE / NHS England review meetings   |   Update: May 2022")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:I3")
    hdr = ["Ref", "Action", "Lead", "Milestone / success measure", "Start", "Target date",
           "Revised date", "RAG", "Progress update (May 2022)"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("404040")
        cell.alignment = WRAP
        cell.border = BOX
    rows = [
        ("WS", "Workstream 1: Social care input to EHC needs assessment"),
        ("1.1", "Agree and implement a revised pathway so that every new request for an EHC needs "
                "assessment is screened by the Disabled Children's Team within 5 working days.",
         "Service Manager – Disabled Children's Team",
         "95% of requests screened within 5 working days", D(2022, 1, 10), D(2022, 3, 31), None,
         "Complete",
         "Pathway live from 7 March 2022. April audit: 46 of 49 requests screened within 5 "
         "working days (94%)."),
        ("1.2", "Record a named social care contact on the EHC hub for every child or young person "
                "with SEND who has an open social care episode.",
         "Head of SEND / Head of Locality Social Work",
         "100% of open social care cases have a named contact", D(2022, 2, 1), D(2022, 6, 30),
         None, "Green",
         "New field added to the EHC hub in March. 78% of open cases now have a named contact; "
         "data cleansing is continuing with locality teams."),
        ("1.3", "Deliver joint training for SEND casework officers and social workers on social "
                "care advice for EHC needs assessments.",
         "Principal Social Worker", "All casework officers and DCT social workers trained",
         D(2022, 3, 1), D(2022, 5, 31), D(2022, 7, 31), "Amber",
         "Two of four sessions delivered (41 staff). Remaining sessions rescheduled to July "
         "because of trainer availability."),
        ("WS", "Workstream 2: Quality of social care advice in EHC plans"),
        ("2.1", "Introduce a quality assurance tool for social care advice and sections D and H of "
                "EHC plans, and audit a sample of 10 new plans each month.",
         "Designated Social Care Officer (DSCO)", "80% of audited plans rated good or better",
         D(2022, 2, 1), D(2022, 4, 30), None, "Complete",
         "Tool agreed with the Parent Carer Forum in March; first two monthly audits completed. "
         "7 of 10 plans rated good in April."),
        ("2.2", "Co-produce with Stockport Parent Carer Forum a 'what good looks like' guide to "
                "the social care sections of EHC plans.",
         "DSCO and Parent Carer Forum Chair", "Guide published on the Local Offer",
         D(2022, 4, 1), "Summer term 2022", None, "Green",
         "Two co-production workshops held; the draft guide will be tested with families in June."),
        ("2.3", "Ensure social care needs identified at annual review are reflected in amended EHC "
                "plans within 4 weeks.",
         "Head of SEND", "90% of amendments issued within 4 weeks", D(2022, 1, 10),
         D(2022, 9, 30), None, "Red",
         "Amendments completed within 4 weeks in 52% of cases (target 90%). Additional casework "
         "capacity agreed by the SEND Board on 12 May; recruitment is under way."),
        ("WS", "Workstream 3: Short breaks and meeting assessed needs"),
        ("3.1", "Refresh the short breaks statement and eligibility criteria with children, young "
                "people and families.",
         "Commissioning Manager (Children's)", "Revised statement published", D(2022, 3, 1),
         D(2022, 10, 31), None, "Green",
         "Survey of 212 families closed in April; findings go to the SEND Board in June."),
        ("3.2", "Complete a social care assessment for every child on the short breaks waiting "
                "list.",
         "Service Manager – Disabled Children's Team", "Waiting list cleared", D(2022, 1, 10),
         D(2022, 6, 30), D(2022, 9, 30), "Amber",
         "31 of 58 assessments completed. Two agency social workers started in May to clear the "
         "remaining list."),
        ("3.3", "Report social care performance measures for children with EHC plans to the SEND "
                "Strategic Board.",
         "Performance and Intelligence Lead", "Quarterly dashboard in place", D(2022, 4, 1),
         "Quarterly", None, "Green",
         "First quarterly report presented in April 2022; measures agreed with the DfE adviser."),
    ]
    r = 6
    for row in rows:
        if row[0] == "WS":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for ci, v in enumerate(row, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            rag = ws.cell(row=r, column=8)
            rag.fill = fill(FILL[row[7]])
            rag.font = Font(bold=True)
        r += 1
    r += 1  # blank row
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for word, hex_, meaning in [("Blue", BLUE, "Action complete and impact evidenced"),
                                ("Green", GREEN, "On track to deliver by target date"),
                                ("Amber", AMBER, "Some slippage – mitigating action in place"),
                                ("Red", RED, "Off track – escalated to SEND Strategic Board")]:
        r += 1
        ws.cell(row=r, column=1, value=word).fill = fill(hex_)
        ws.cell(row=r, column=2, value=meaning)
    for col, w in zip("ABCDEFGHI", [6, 48, 26, 26, 9, 12, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(out("s1-stockport-send-accelerated-progress-plan.xlsx"))


# ---------------------------------------------------------------- 2 Isle of Wight YJS (xlsx)
def isle_of_wight():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    ws["A1"] = "Isle of Wight Youth Justice Service – HMIP Inspection Improvement Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    ws["A2"] = ("Inspection report published November 2023. Overall rating: Requires improvement. "
                "Plan owner: Youth Justice Management Board.")
    ws.merge_cells("A2:G2")
    ws["A3"] = "Progress as at: 27 February 2024"
    ws["A3"].font = Font(italic=True)
    hdr = ["Recommendation", "No.", "Action", "Lead", "Target date", "Progress update", "RAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True)
        cell.fill = fill("BDD7EE")
        cell.border = BOX
        cell.alignment = WRAP
    HOS = "The Head of Service for the Youth Justice Service should:"
    BRD = "The Youth Justice Management Board should:"
    recs = [
        ("BAND", HOS),
        ("1. Ensure that assessment and planning consistently identify and analyse the risk of "
         "harm a child may pose to others, and the child's own safety and wellbeing.", [
            ("1.1", "Deliver refresher training on AssetPlus risk of harm and safety and wellbeing "
                    "analysis for all case managers.", "YJS Team Manager", D(2024, 1, 31),
             "Training delivered on 11 and 18 January 2024 to all 9 case managers; a follow-up "
             "practice clinic was held in February.", "Complete"),
            ("1.2", "Introduce management countersignature of all assessments and plans where risk "
                    "is medium or higher, with a monthly dip sample of six cases.",
             "YJS Team Manager / Head of Service", D(2024, 3, 31),
             "Countersignature in place since December. January dip sample: 5 of 6 assessments "
             "judged sufficient.", "Green")]),
        ("2. Improve the quality of assessment and planning for children receiving out-of-court "
         "disposals.", [
            ("2.1", "Revise the out-of-court disposal assessment and the joint decision-making panel "
                    "terms of reference with Hampshire and Isle of Wight Constabulary.",
             "Prevention and Diversion Manager", D(2024, 2, 29),
             "Draft terms of reference agreed; police sign-off awaited. New assessment template in "
             "use from 1 February.", "Amber"),
            ("2.2", "Quality assure ten out-of-court disposal cases each quarter and report the "
                    "findings to the Management Board.", "Quality Assurance Officer", "Quarterly",
             "First audit completed in January 2024 and reported to the February Board.",
             "Green")]),
        ("3. Ensure that staff workloads are manageable.", [
            ("3.1", "Complete a caseload weighting review and agree a maximum caseload for each "
                    "case manager.", "Head of Service", D(2024, 4, 30),
             "Weighting tool adopted from a neighbouring YJS; caseloads currently average 9 per "
             "case manager.", "Green")]),
        ("4. Routinely gather and use the views of children and their parents or carers to "
         "develop the service.", [
            ("4.1", "Launch an end-of-intervention feedback survey for children and parents or "
                    "carers, including an easy-read version.", "Participation Worker",
             D(2024, 3, 31),
             "Survey designed with children on the Junior Participation Panel; launch planned for "
             "March.", "Green"),
            ("4.2", "Establish a young people's reference group that reports to the Management "
                    "Board twice a year.", "Participation Worker and Board Chair",
             "September 2024", "Not yet started – follows on from 4.1.", None)]),
        ("BAND", BRD),
        ("5. Ensure that children have access to speech, language and communication support.", [
            ("5.1", "Agree funding for a dedicated speech and language therapist for the YJS "
                    "(0.4 FTE).", "Director of Children's Services", D(2024, 3, 31),
             "Funding not yet agreed. Business case goes to the ICB children's commissioning group "
             "in March 2024; an interim spot-purchase arrangement is in place.", "Red")]),
        ("6. Ensure that the diverse needs of children, including their physical health, are "
         "understood and met.", [
            ("6.1", "Commission a health needs assessment of children open to the YJS, including "
                    "their physical health.", "Public Health Consultant", D(2024, 6, 30),
             "Scope agreed with Public Health in February.", "Green")]),
        ("7. Provide stronger leadership and oversight of the service's performance and the "
         "quality of its practice.", [
            ("7.1", "Deliver an induction programme for all Management Board members, including "
                    "observation of YJS practice.", "Head of Service", D(2023, 12, 31),
             "Induction held on 6 December 2023; 8 of 10 members have observed practice.",
             "Complete"),
            ("7.2", "Revise the Board performance report to include quality assurance findings and "
                    "disproportionality data.", "Performance Analyst", "Ongoing",
             "Revised report format used from the February 2024 Board.", "Green")]),
    ]
    r = 6
    for item in recs:
        if item[0] == "BAND":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = fill("1F4E78")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        rec, acts = item
        first = r
        for (ref, action, lead, target, progress, rag) in acts:
            vals = [None, ref, action, lead, target, progress, rag]
            for ci, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            r += 1
        ws.cell(row=first, column=1, value=rec).alignment = WRAP
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    r += 1
    ws.cell(row=r, column=1, value=("RAG: Complete – action completed | Green – on track | "
                                    "Amber – some slippage | Red – not on track | "
                                    "blank – not yet started")).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [42, 6, 48, 26, 12, 50, 11]):
        ws.column_dimensions[col].width = w
    wb.save(out("s1-isle-of-wight-yjs-hmip-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 3 Sandwell ILACS (xlsx)
def sandwell():
    TITLE = "Sandwell Children's Trust – Post-ILACS Action Plan 2022–23"
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = TITLE
    cv["A1"].font = Font(bold=True, size=16, color="00594F")
    cv["A3"] = ("Inspection of local authority children's services (ILACS), May 2022. Overall "
                "effectiveness: Requires improvement to be good.")
    cv["A4"] = ("This plan responds to the areas for improvement in the inspection report. It is "
                "monitored monthly by the Trust's Improvement Board and quarterly by the Council's "
                "Children's Services Scrutiny Board.")
    cv["A6"] = "Version control"
    cv["A6"].font = Font(bold=True)
    vc = [("Version", "Date", "Author", "Summary of changes"),
          ("0.1", D(2022, 8, 1), "Director of Practice", "First draft submitted to Ofsted"),
          ("1.0", D(2022, 8, 24), "Director of Practice", "Approved by Trust Board"),
          ("1.3", D(2023, 2, 13), "Improvement Programme Manager", "Q3 progress update")]
    for i, row in enumerate(vc):
        for j, v in enumerate(row):
            c = cv.cell(row=7 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill("D9D9D9")
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    for i, (l, meaning) in enumerate([("B", "Complete – action delivered and impact evidenced"),
                                      ("G", "On track"),
                                      ("A", "At risk – some slippage against timescale"),
                                      ("R", "Off track – escalated to Improvement Board")]):
        c = cv.cell(row=14 + i, column=1, value=l)
        c.fill = fill(FILL[l])
        c.alignment = Alignment(horizontal="center")
        cv.cell(row=14 + i, column=2, value=meaning)
    cv.column_dimensions["A"].width = 10
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 30
    cv.column_dimensions["D"].width = 36

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = TITLE
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "Progress update: February 2023 (Q3)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement (Ofsted, May 2022)", "Action", "Lead", "Due by",
           "Revised date", "Previous RAG", "Current RAG", "Progress and evidence of impact"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
        cell.border = BOX
    AFI1 = ("The timeliness of help for children living in neglectful circumstances, so that they "
            "do not experience drift.")
    AFI2 = ("The quality of child protection plans and the consistency of management oversight "
            "and supervision.")
    AFI3 = ("Planning for children when they enter care, including the timeliness of "
            "pre-proceedings work.")
    AFI4 = "The sufficiency of homes for children in care, including foster carers."
    AFI5 = "Workforce stability, so that children experience fewer changes of social worker."
    rows = [
        ("S", "Strand 1: Help and protection"),
        ("1.1", AFI1, "Roll out the Graded Care Profile 2 (GCP2) across early help and social work "
                      "teams, with a trained practice lead in each locality.",
         "Head of Service – Early Help", D(2022, 9, 30), None, "A", "B",
         "All four localities have a trained practice lead and 212 practitioners have been "
         "trained. GCP2 is now embedded in the neglect pathway."),
        ("1.2", None, "Introduce a monthly neglect tracking panel for children who have been "
                      "subject to a child protection plan for neglect for more than 9 months.",
         "Service Manager, Child Protection", D(2022, 10, 31), None, "G", "G",
         "Panel running since October; 27 children reviewed, 9 stepped down and 4 escalated to "
         "PLO."),
        ("1.3", AFI2, "Relaunch the supervision policy with a reflective supervision template and "
                      "audit compliance each quarter.",
         "Principal Social Worker", D(2022, 12, 31), D(2023, 3, 31), "A", "A",
         "Policy relaunched in November. Q3 audit found 71% of supervisions in timescale "
         "(target 90%); team managers' workshop booked for March."),
        ("1.4", None, "Deliver SMART planning workshops for all child protection chairs and social "
                      "workers.",
         "Head of Safeguarding / Principal Social Worker", D(2022, 11, 30), None, "G", "B",
         "Eight workshops delivered to 164 staff. Audit of plans in January showed improvement "
         "in 6 of 10 plans."),
        ("S", "Strand 2: Children in care and care leavers"),
        ("2.1", AFI3, "Establish a weekly legal gateway panel, chaired by the Head of Service, to "
                      "track all children in pre-proceedings.",
         "Head of Service – Children in Care", D(2022, 8, 31), None, "B", "B",
         "Panel established August 2022. Average pre-proceedings duration down from 26 to 17 "
         "weeks."),
        ("2.2", None, "Ensure every child entering care has a permanence plan by their second "
                      "looked-after review.",
         "IRO Service Manager", D(2023, 3, 31), None, "A", "R",
         "61% in January 2023 against a 90% target. IRO escalations have increased; a deep dive "
         "has been commissioned for March."),
        ("2.3", AFI4, "Deliver the fostering recruitment campaign to approve 30 new fostering "
                      "households by March 2023.",
         "Fostering Service Manager", D(2023, 3, 31), None, "A", "A",
         "14 households approved and 9 in assessment. The target is unlikely to be met in full "
         "by March."),
        ("2.4", None, "Review the commissioning framework for residential and supported "
                      "accommodation jointly with Sandwell Council.",
         "SCT Head of Commissioning; Council Commissioning Manager", "Ongoing", None, "G", "G",
         "Joint sufficiency group meets monthly; revised framework in draft."),
        ("S", "Strand 3: Leadership, workforce and practice"),
        ("3.1", AFI5, "Implement the social work career pathway and the retention payment scheme.",
         "Director of People", D(2022, 9, 30), None, "G", "B",
         "Career pathway launched in September 2022; 38 social workers have progressed."),
        ("3.2", None, "Reduce agency social workers to below 20% of the social work establishment.",
         "Director of People / Director of Operations", D(2023, 3, 31), D(2023, 9, 30), "A", "A",
         "Agency rate 27% in January (from 34% in May 2022). Revised date agreed by the "
         "Improvement Board in January."),
    ]
    r = 5
    for row in rows:
        if row[0] == "S":
            c = ws.cell(row=r, column=1, value=row[1])
            c.font = Font(bold=True)
            c.fill = fill("C6E0B4")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        else:
            for ci, v in enumerate(row, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            for ci in (7, 8):
                c = ws.cell(row=r, column=ci)
                c.fill = fill(FILL[c.value])
                c.alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for col, w in zip("ABCDEFGHI", [6, 36, 44, 26, 12, 12, 9, 9, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(out("s1-sandwell-childrens-trust-ilacs-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------- 4 West Dunbartonshire (docx)
def west_dunbartonshire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Joint Inspection of Services for Children and Young People at Risk of "
                      "Harm: Improvement Plan", style="Title")
    doc.add_paragraph("West Dunbartonshire Community Planning Partnership – progress update, "
                      "November 2022", style="Subtitle")
    doc.add_paragraph(
        "The Care Inspectorate, with Education Scotland, Healthcare Improvement Scotland and His "
        "Majesty's Inspectorate of Constabulary in Scotland, inspected services for children and "
        "young people at risk of harm in West Dunbartonshire between October 2021 and March 2022. "
        "The report was published in May 2022 and asked the partnership to prepare an "
        "improvement plan. This plan is owned by the Chief Officers Group and progress is "
        "reported to each meeting of the Child Protection Committee (CPC).")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("0.1", "14/06/2022", "CPC Lead Officer", "Draft for Chief Officers Group"),
                ("1.0", "30/06/2022", "CPC Lead Officer", "Submitted to Care Inspectorate"),
                ("1.2", "23/11/2022", "CPC Lead Officer", "Progress update")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    doc.add_paragraph()

    hdr = ["Ref", "Improvement action", "Lead officer(s)", "Timescale", "Progress update", "RAG"]
    widths = [Cm(1.2), Cm(8), Cm(4.2), Cm(3), Cm(7.5), Cm(2)]
    areas = [
        ("Priority area 1: Assessment, planning and review", [
            ("1.1", "Introduce a single multi-agency chronology template and guidance for all "
                    "children whose names are on the child protection register.",
             "CPC Lead Officer", "August 2022",
             "Template and guidance launched on 15 August 2022 after consultation with health, "
             "education and police.", "Complete"),
            ("1.2", "Ensure every child protection plan has SMART outcomes that are reviewed at "
                    "each core group, supported by practice workshops for social workers and "
                    "health visitors.",
             "Head of Children's Health, Care and Justice", "Oct 2022 – March 2023",
             "Four of six workshops delivered. Core group minute template revised to record "
             "progress against each outcome.", "Green"),
            ("1.3", "Audit the quality of assessments and plans for children at risk of harm every "
                    "six months using the Care Inspectorate case file reading tool.",
             "Quality Assurance and Improvement Lead", "Six-monthly",
             "First audit of 30 records completed in October; findings reported to CPC in "
             "November.", "Green"),
        ]),
        ("Priority area 2: Quality assurance and self-evaluation", [
            ("2.1", "Develop a multi-agency quality assurance framework for child protection, "
                    "reporting to the Chief Officers Group.",
             "CPC Lead Officer / Quality Assurance and Improvement Lead", "Dec 2022",
             "Draft framework considered by CPC in November; health and police data returns are "
             "still being agreed.", "Amber"),
            ("2.2", "Hold joint self-evaluation sessions with frontline staff from all partner "
                    "agencies twice a year.",
             "Chief Social Work Officer", "31/01/2023",
             "First session postponed from November because of staff availability; rescheduled "
             "for January.", ""),
            ("2.3", "Establish a child protection minimum dataset, including IRD timescales, "
                    "re-registrations and children's views.",
             "HSCP Performance Manager", "March 2023",
             "Dataset agreed by CPC; quarterly reporting begins in Q4.", "Green"),
        ]),
        ("Priority area 3: Leadership and support for staff", [
            ("3.1", "Give staff regular feedback from audits and case reviews through a quarterly "
                    "learning bulletin.",
             "Learning and Development Lead", "Quarterly",
             "First bulletin issued in September 2022; second due December.", "Green"),
            ("3.2", "Deliver training on the National Guidance for Child Protection in Scotland "
                    "2021 to all relevant staff.",
             "CPC Lead Officer and Lead Nurse Child Protection", "September 2023",
             "312 staff trained to date across council, HSCP, health and third sector.", "Green"),
            ("3.3", "Review the remit and membership of the Chief Officers Group to strengthen its "
                    "oversight of child protection.",
             "Chief Executive (Council)", "Nov 2022",
             "Revised terms of reference approved on 8 November 2022.", "Complete"),
        ]),
    ]
    rag_fill = {"Complete": "5B9BD5", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
                "": "FFC000"}
    for heading, acts in areas:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h, w in zip(t.rows[0].cells, hdr, widths):
            set_cell(c, h, bold=True)
            shade(c, "1F3864")
            c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            c.width = w
        for a in acts:
            cells = t.add_row().cells
            for c, v, w in zip(cells, a, widths):
                set_cell(c, v)
                c.width = w
            shade(cells[5], rag_fill[a[5]])
        doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for word, hex_, meaning in [("Complete", "5B9BD5", "Action completed"),
                                ("Green", "00B050", "On track"),
                                ("Amber", "FFC000", "Some risk to delivery within timescale"),
                                ("Red", "FF0000", "Not on track – exception report to COG")]:
        cells = t.add_row().cells
        set_cell(cells[0], word, bold=True)
        shade(cells[0], hex_)
        set_cell(cells[1], meaning)
    doc.save(out("s1-west-dunbartonshire-children-at-risk-improvement-plan.docx"))


# ---------------------------------------------------------------- 5 Shetland CPC (docx)
def shetland():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Interagency Practice Learning Review: Action Plan", style="Title")
    doc.add_paragraph("Shetland Child Protection Committee – progress update, October 2018",
                      style="Subtitle")
    doc.add_paragraph(
        "The Interagency Practice Learning Review made four recommendations to Shetland Child "
        "Protection Committee. This action plan sets out how partner agencies are responding. "
        "Progress is reviewed at each CPC meeting and the plan will be closed when all actions "
        "are complete and their impact has been evaluated.")
    hdr = ["Recommendation", "Ref", "Action", "Lead", "Timescale", "Progress (October 2018)",
           "RAG"]
    widths = [Cm(5.5), Cm(1.1), Cm(6), Cm(3.6), Cm(2.6), Cm(6.2), Cm(1.8)]
    recs = [
        ("1. Agencies should make sure that information about a child at risk follows the child "
         "when the family moves between Shetland and mainland Scotland.", [
            ("1a", "Update the Shetland Interagency Child Protection Procedures to include a section "
                   "on children moving into and out of Shetland.", "CPC Lead Officer",
             "End of September 2018",
             "Revised procedures approved by CPC on 20 September 2018 and published on the "
             "website.", "Complete"),
            ("1b", "Agree a transfer-in protocol with NHS Grampian and neighbouring CPCs for "
                   "children subject to a child protection plan.",
             "Lead Nurse for Child Protection", "Q3 2018/19",
             "Draft protocol shared with NHS Grampian and Orkney CPC for comment.", "Green")]),
        ("2. Universal services should be supported to recognise and respond to the cumulative "
         "impact of neglect.", [
            ("2a", "Deliver multi-agency neglect training for staff in schools, health visiting "
                   "and primary care.", "Learning and Development Officer", "By December 2018",
             "Three sessions held (58 staff); two more planned in November.", "Green"),
            ("2b", "Pilot a neglect toolkit in two school clusters and evaluate its use.",
             "Quality Improvement Officer (Schools) / Named Person Lead", "30/06/18",
             "Pilot started late in the Anderson High and Brae clusters; evaluation now expected "
             "in November.", "Amber")]),
        ("3. The views of the child should be sought, recorded and taken into account at every "
         "stage of child protection processes.", [
            ("3a", "Introduce a standard section in child's plans recording the child's views in "
                   "their own words.", "Children and Families Team Leader", "April 2018",
             "New plan template in use since April 2018.", "Complete"),
            ("3b", "Ensure independent advocacy is offered to every child aged 8 and over who is "
                   "invited to a child protection case conference.",
             "Child Protection Reviewing Officer", "Ongoing",
             "Advocacy offered in 9 of 10 conferences since June; recorded on the conference "
             "checklist.", "Green")]),
        ("4. The CPC should ensure that staff know how to escalate professional disagreement and "
         "feel confident to do so.", [
            ("4a", "Publish a multi-agency escalation policy and promote it through a 7-minute "
                   "briefing.", "CPC Lead Officer", "June 2018",
             "Policy and briefing published in June 2018.", "Complete"),
            ("4b", "Audit use of the escalation policy six months after launch and report the "
                   "findings to the CPC.", "CPC Lead Officer", "January 2019",
             "Not yet due.", "")]),
    ]
    rag_fill = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for c, h, w in zip(t.rows[0].cells, hdr, widths):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
        c.width = w
    for rec, acts in recs:
        first = None
        for a in acts:
            cells = t.add_row().cells
            if first is None:
                first = cells[0]
                set_cell(cells[0], rec)
            last = cells[0]
            for c, v, w in zip(cells[1:], a, widths[1:]):
                set_cell(c, v)
                c.width = w
            if a[5]:
                shade(cells[6], rag_fill[a[5]])
        first.merge(last)
    doc.add_paragraph()
    doc.add_paragraph("Key: Complete – action completed and evidenced; Green – on track; Amber – "
                      "behind timescale but recoverable; Red – not on track. A blank RAG means "
                      "the action has not yet started.")
    doc.save(out("s1-shetland-cpc-learning-review-action-plan.docx"))


# ---------------------------------------------------------------- 6 Staffordshire Police (csv)
def staffordshire():
    R1 = ("Within three months, Staffordshire Police should review its leadership and governance "
          "arrangements for child protection so that there is clear senior oversight of "
          "performance and the quality of practice.")
    R2 = ("Within three months, Staffordshire Police should improve the quality of initial risk "
          "assessment in the force contact centre for calls involving children.")
    R3 = ("Within three months, Staffordshire Police should ensure that children reported missing "
          "from home are recognised as vulnerable and that the risk to them is properly assessed.")
    R4 = ("Within six months, Staffordshire Police should improve the accuracy of its recording "
          "of children's ethnicity and cultural heritage.")
    R5 = ("Immediately, Staffordshire Police should ensure that referrals about online child "
          "sexual abuse are risk-assessed and allocated promptly.")
    hdr = ["Ref", "Recommendation", "Action", "Action Owner", "Due Date", "Revised Due Date",
           "RAG", "Update"]
    rows = [
        ["1.1", R1, "Appoint a Detective Superintendent as force lead for child protection and "
                    "establish a monthly Child Protection Performance Board chaired by the ACC.",
         "ACC Crime and Public Protection", "31/07/2022", "", "Complete",
         "D/Supt appointed June 2022. Board has met monthly since July; terms of reference "
         "signed off by the Chief Officer Team."],
        ["1.2", R1, "Develop a child protection performance framework covering missing children, "
                    "child exploitation, online abuse and children in custody.",
         "Head of Performance", "30/09/2022", "31/12/2022", "Complete",
         "Power BI dashboard live from December 2022 and reported to the Performance Board."],
        ["2.1", R2, "Deliver THRIVE+ refresher training with a child-focused module for all call "
                    "handlers and dispatchers.",
         "Chief Inspector, Force Contact Centre", "31/10/2022", "28/02/2023", "Green",
         "312 of 398 staff trained (78%). Remaining sessions scheduled around shift patterns in "
         "February."],
        ["2.2", R2, "Dip sample 50 child-related incidents each month and feed back the learning "
                    "to contact centre supervisors.",
         "FCC Quality Assurance Team", "Monthly", "", "Green",
         "December sample: 44 of 50 incidents had an appropriate risk grading, up from 36 in "
         "September."],
        ["3.1", R3, "Review the missing persons policy against APP and introduce a daily review "
                    "meeting for all open missing child reports.",
         "DCI Missing and Exploited Children", "30/11/2022", "", "Amber",
         "Daily meeting in place. Policy rewrite with Legal Services; expected at Policy Board in "
         "February."],
        ["3.2", R3, "Agree with Staffordshire County Council and Stoke-on-Trent City Council how "
                    "return home interview information is shared and recorded on Niche.",
         "DCI Missing and Exploited Children; Partnerships Manager", "31/03/2023", "", "Red",
         "Information sharing agreement not yet signed by both councils. Escalated to the "
         "Safeguarding Children Partnership executive."],
        ["4.1", R4, "Make self-defined ethnicity a mandatory field on all child-related Niche "
                    "occurrences and monitor completion rates.",
         "Head of Information Management", "31/01/2023", "", "Amber",
         "System change tested; go-live depends on the regional Niche release in February."],
        ["5.1", R5, "Increase the capacity of the online child abuse investigation team by four "
                    "detective constables.",
         "D/Supt Public Protection", "30/09/2022", "", "Complete",
         "Four DCs in post from September 2022."],
        ["5.2", R5, "Introduce the KIRAT risk prioritisation tool for all online child abuse "
                    "referrals.",
         "DI Online Child Abuse Team", "31/08/2022", "", "Complete",
         "KIRAT in use for all referrals since August 2022; backlog cleared."],
    ]
    n = len(hdr)
    lines = [
        ["Staffordshire Police – HMICFRS National Child Protection Inspection Action Plan"] +
        [""] * (n - 1),
        ["Extract: recommendations owned by Public Protection Command. Position at 16 January "
         "2023"] + [""] * (n - 1),
        [""] * n,
        hdr,
    ] + rows + [
        [""] * n,
        ["Key: Complete = action complete and signed off at Gold group; Green = on track; "
         "Amber = at risk of missing due date; Red = off track / escalated"] + [""] * (n - 1),
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(lines)
    with open(out("s1-staffordshire-police-ncpi-action-plan.csv"), "w", encoding="utf-8-sig",
              newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- 7 Orkney fostering (txt)
def orkney():
    TAB = "\t"
    hdr = ["Ref", "Requirement / area for improvement", "Action", "Lead", "Timescale",
           "Progress", "RAG"]
    n = len(hdr)

    def sec(name):
        return TAB.join([name] + [""] * (n - 1))

    lines = [
        "Orkney Health and Social Care Partnership – Fostering and Adoption Services Improvement "
        "Plan",
        "Response to Care Inspectorate inspection reports published 29 November 2022. Updated 20 "
        "March 2023.",
        "",
        TAB.join(hdr),
        sec("Fostering Service"),
        TAB.join(["F1", "Requirement 1: By 30 April 2023, the provider must ensure that each "
                  "foster carer's approval is reviewed annually and presented to the fostering "
                  "panel.", "Complete the 11 overdue foster carer reviews, oldest first.",
                  "Interim Service Manager", "31/03/2023",
                  "9 of 11 reviews completed; remaining 2 booked for panel on 28 March.",
                  "Green"]),
        TAB.join(["F2", "", "Set up a review schedule for 2023/24 with reminders to supervising "
                  "social workers.", "Team Manager", "April 2023",
                  "Schedule drafted and shared with the team.", "Green"]),
        TAB.join(["F3", "Requirement 2: By 30 June 2023, the provider must ensure that foster "
                  "carers receive regular, recorded supervision and have access to training that "
                  "meets the needs of the children they care for.",
                  "Allocate a supervising social worker to every fostering household.",
                  "Interim Service Manager", "28/02/2023",
                  "All 23 households allocated from 20 February, when the new social worker "
                  "started.", "Complete"]),
        TAB.join(["F4", "", "Deliver the core training programme for foster carers, including "
                  "trauma-informed care and child protection.",
                  "Learning and Development Officer", "Jnue 2023",
                  "Child protection session held in January; trauma-informed care sessions "
                  "planned for May.", "Amber"]),
        TAB.join(["F5", "Area for improvement 1: The provider should ensure that children's care "
                  "plans and foster carer agreements are kept up to date.",
                  "Audit all foster carer agreements and update them where needed.",
                  "Team Manager", "31/05/2023", "Audit template agreed; 8 of 23 agreements "
                  "reviewed.", "Green"]),
        sec("Adoption Service"),
        TAB.join(["A1", "Requirement 1: By 30 April 2023, the provider must ensure that adoptive "
                  "families are offered an assessment of their need for adoption support.",
                  "Write to all adoptive families with children placed since 2019 offering an "
                  "adoption support assessment.", "Senior Social Worker (Adoption)",
                  "31/01/2023", "Letters sent to 17 families; 6 assessments requested.",
                  "Complete"]),
        TAB.join(["A2", "", "Complete requested adoption support assessments within 8 weeks of "
                  "the request.", "Senior Social Worker (Adoption)", "Ongoing",
                  "4 of 6 assessments completed within 8 weeks.", "Green"]),
        TAB.join(["A3", "Area for improvement 1: The provider should ensure that life story work "
                  "and later life letters are completed for every child placed for adoption.",
                  "Commission a sessional life story worker to complete the outstanding life "
                  "story books (5 children).", "Interim Service Manager", "Sept 2023",
                  "Sessional worker identified; contract being agreed.", "Amber"]),
        "",
        "RAG: Complete = action completed and evidenced; Green = on track; Amber = at risk of "
        "delay; Red = not on track",
    ]
    assert lines[8].split(TAB)[4] == "Jnue 2023"  # line 9 of the file
    with open(out("s1-orkney-fostering-adoption-improvement-plan.txt"), "w", encoding="utf-8",
              newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    stockport()
    isle_of_wight()
    sandwell()
    west_dunbartonshire()
    shetland()
    staffordshire()
    orkney()
    print("made 7 files")
