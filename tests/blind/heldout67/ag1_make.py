"""Generator for the ag1- cases of heldout67 (children's services plans).

Makes seven plan documents in the folder this script lives in:
  ag1-argyll-bute-children-care-protection-joint-inspection-improvement-plan.xlsx
  ag1-gosh-cqc-must-should-do-action-plan.xlsx
  ag1-hillingdon-scp-jtai-action-plan.xlsx
  ag1-coleg-gwent-estyn-post-inspection-action-plan.docx
  ag1-outwood-academy-danum-post-ofsted-action-plan.docx
  ag1-blackpool-yjs-hmip-improvement-plan.csv
  ag1-atkinson-secure-childrens-home-ofsted-action-plan.txt
Run with /work/main/.venv/bin/python ag1_make.py
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

RED = "FF0000"
AMBER = "FFC000"
GREEN = "00B050"
BLUE = "00B0F0"
HEAD = "1F4E78"
BAND = "DDEBF7"

thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def put(ws, row, values, wrap=True, border=True):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        if wrap:
            c.alignment = WRAP
        if border:
            c.border = BOX
    return row + 1


def header(ws, row, values, color=HEAD):
    for i, v in enumerate(values, start=1):
        c = ws.cell(row=row, column=i, value=v)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(color)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
    return row + 1


# ---------------------------------------------------------------------------
# 1. Argyll and Bute: joint inspection of services for children and young
#    people in need of care and protection, improvement plan (xlsx)
# ---------------------------------------------------------------------------
def argyll():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 48, 24, 22, 13, 32, 48, 7]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = ("Argyll and Bute Children and Young People's Services: "
                "Joint Inspection Improvement Plan 2019-20")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Joint inspection of services for children and young people in need of "
                "care and protection in Argyll and Bute (Care Inspectorate, published April 2019)")
    ws.merge_cells("A2:H2")
    ws["A3"] = ("Owner: Argyll and Bute Children and Young People's Services Committee    "
                "Last updated: 21 January 2020")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:H3")

    r = 5
    r = header(ws, r, ["Ref", "Action", "Lead Officer", "Partner(s)", "Timescale",
                       "Measure of success", "Progress update (January 2020)", "RAG"])

    def band(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True)
        c.fill = fill(BAND)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        ws.row_dimensions[row].height = 30
        return row + 1

    def act(row, ref, action, lead, partners, timescale, fmt, measure, progress, rag, rag_fill):
        put(ws, row, [ref, action, lead, partners, timescale, measure, progress, rag])
        if fmt:
            ws.cell(row=row, column=5).number_format = fmt
        c = ws.cell(row=row, column=8)
        c.alignment = Alignment(horizontal="center", vertical="top")
        if rag_fill:
            c.fill = fill(rag_fill)
        return row + 1

    r = band(r, "Area for Improvement 1: Access to specialist services for children, young people "
                "and families living in the more remote and island communities")
    r = act(r, "1.1",
            "Map the availability of CAMHS, speech and language therapy and child protection medical "
            "services in each locality, including the islands, and identify gaps in access.",
            "Head of Children and Families", "NHS Highland, Education", D(2019, 9, 30), "mmm-yy",
            "Service map completed and gaps reported to CYPSC",
            "Mapping completed and reported to the Children and Young People's Services Committee "
            "in October. Gaps identified on Mull, Islay and Bute.",
            "B", BLUE)
    r = act(r, "1.2",
            "Develop and test a model of outreach clinics and remote (Attend Anywhere) consultations "
            "for CAMHS appointments for young people living on the islands.",
            "CAMHS Service Manager", "NHS Highland", "March 2020", None,
            "Reduction in missed first appointments for island young people",
            "Attend Anywhere in use on Islay and Tiree since November. Outreach clinic on Mull "
            "starts in February.",
            "G", GREEN)
    r = act(r, "1.3",
            "Agree a protocol for child protection medical examinations in Oban, Lorn and the Isles "
            "so that children only travel out of the area where clinically necessary.",
            "Lead Paediatrician / Child Protection Lead Nurse", "NHS Greater Glasgow and Clyde",
            D(2019, 12, 31), "mmm-yy",
            "Protocol in place; number of children travelling for examination",
            "Draft protocol agreed with NHS GGC; awaiting sign-off by the Chief Officers' Group, "
            "expected February 2020.",
            "A", AMBER)

    r = band(r, "Area for Improvement 2: Health and emotional wellbeing of young people "
                "leaving care")
    r = act(r, "2.1",
            "Ensure every young person leaving care is offered a health assessment by the LAC nurse "
            "before their 16th birthday and is given a copy of their health history when they leave.",
            "Lead Nurse - Looked After Children", "HSCP Through Care and After Care team", "Ongoing",
            None, "95% of care leavers offered a health assessment",
            "31 of 33 eligible young people offered an assessment since April 2019.",
            "G", GREEN)
    r = act(r, "2.2",
            "Commission emotional wellbeing and counselling support for care leavers aged 16-26, "
            "building on the youth counselling service in schools.",
            "Service Manager, Through Care and After Care", "Commissioning Team", D(2020, 3, 31),
            "dd/mm/yyyy", "Service commissioned and first referrals received",
            "Tender specification drafted. Procurement delayed by staffing changes; revised timescale "
            "to be agreed at the March CYPSC.",
            "A", AMBER)
    r = act(r, "2.3",
            "Involve care experienced young people in reviewing the Through Care and After Care "
            "health pathway.",
            "Children's Rights Officer", "Who Cares? Scotland", "Jan - Apr 2020", None,
            "Pathway revised with young people's views reflected",
            "Two sessions held with the Champions Board; third session planned for March.",
            "G", GREEN)
    r += 1  # blank row

    r = band(r, "Area for Improvement 3: Consistent use of trend data and outcome-based reporting "
                "to demonstrate sustained improvement")
    r = act(r, "3.1",
            "Develop a multi-agency child protection minimum dataset, with trend data reported "
            "quarterly to the Child Protection Committee.",
            "CPC Lead Officer", "Police Scotland, NHS Highland, Education", D(2019, 10, 31), "mmm-yy",
            "Quarterly dataset reported to CPC",
            "Dataset agreed and first quarterly report presented to the CPC on 14 November 2019.",
            "B", BLUE)
    r = act(r, "3.2",
            "Introduce outcome-based reporting for the Children and Young People's Services Plan "
            "using the Realigning Children's Services wellbeing survey data.",
            "Planning and Performance Manager", "All partners", "June 2020", None,
            "Annual report to CYPSC uses outcome measures",
            "Survey data received from the Scottish Government in December. Reporting framework "
            "being drafted.",
            None, AMBER)
    r = act(r, "3.3",
            "Carry out a multi-agency case file audit of initial responses to child protection "
            "concerns and report the findings and improvement actions to the CPC.",
            "CPC Lead Officer / Detective Inspector, Public Protection Unit", "Police Scotland, NHS Highland",
            D(2020, 2, 29), "mmm-yy",
            "Audit completed; improvement actions agreed",
            "Audit tool agreed. Case sample of 40 IRDs selected; audit week booked for 3 February.",
            "G", GREEN)

    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    r += 1
    for text, col in [("Red - significant delay or action not progressing", RED),
                      ("Amber - some slippage, action in progress", AMBER),
                      ("Green - on track to deliver within timescale", GREEN),
                      ("Blue - complete", BLUE)]:
        ws.cell(row=r, column=1).fill = fill(col)
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ag1-argyll-bute-children-care-protection-joint-inspection-improvement-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Great Ormond Street Hospital: CQC must do / should do action plan (xlsx)
# ---------------------------------------------------------------------------
def gosh():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    widths = [8, 40, 50, 30, 12, 12, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = ("Great Ormond Street Hospital for Children NHS Foundation Trust - "
                "CQC Must Do and Should Do Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "CQC inspection 1 October - 7 November 2019 (report published 22 January 2020)"
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("Progress report to the Quality, Safety and Experience Assurance Committee - "
                "position at 30 June 2020")
    ws["A3"].font = Font(italic=True)

    r = 5
    r = header(ws, r, ["Ref", "CQC requirement (must do / should do)", "Action", "Lead",
                       "Target date", "Revised target date", "Status", "Progress / evidence"])
    status_fill = {"Completed": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}

    def service(row, text):
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("2F5597")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        return row + 1

    def req_block(row, requirement, acts):
        first = row
        for i, (ref, action, lead, target, revised, status, progress) in enumerate(acts):
            put(ws, row, [ref, requirement if i == 0 else None, action, lead, target, revised,
                          status, progress])
            for col, val in ((5, target), (6, revised)):
                if isinstance(val, dt.datetime):
                    ws.cell(row=row, column=col).number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7).fill = fill(status_fill[status])
            row += 1
        if len(acts) > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=row - 1, end_column=2)
        return row

    r = service(r, "Critical Care (PICU, NICU and CICU)")
    r = req_block(r,
                  "MD1: The trust must ensure that medicines are stored securely and within the "
                  "recommended temperature range in all critical care areas. (Regulation 12)",
                  [("MD1.1",
                    "Install remote temperature monitoring for all medicines fridges and clinical "
                    "rooms in PICU, NICU and CICU.",
                    "Chief Pharmacist", D(2020, 3, 31), D(2020, 9, 30), "At risk",
                    "Sensors installed in NICU and CICU. PICU installation postponed during the "
                    "COVID-19 response; contractor booked for August."),
                   ("MD1.2",
                    "Add a daily medicines storage and controlled drugs check to the ward safety "
                    "checklist, audited monthly by the ward sister.",
                    "Head of Nursing - Heart and Lung", D(2020, 2, 29), None, "Completed",
                    "Checklist in use since February. Audit results for March-May at 98-100%.")])
    r = req_block(r,
                  "MD2: The trust must ensure that resuscitation and emergency equipment is checked "
                  "in line with trust policy. (Regulation 12)",
                  [("MD2.1",
                    "Replace paper checklists with the electronic daily resuscitation trolley check "
                    "in Epic and report compliance weekly to the matrons' meeting.",
                    "Resuscitation Services Manager", D(2020, 4, 30), None, "Completed",
                    "Electronic check live on all critical care units. Weekly compliance above 95% "
                    "since April.")])
    r = req_block(r,
                  "SD1: The trust should ensure that all staff complete mandatory infection prevention "
                  "and control training.",
                  [("SD1.1",
                    "Give staff protected time for IPC e-learning and send monthly non-compliance "
                    "reports to ward managers.",
                    "Director of Infection Prevention and Control", D(2020, 5, 31), D(2020, 7, 31),
                    "On track",
                    "Compliance 87% in June (target 90%). Revised date agreed at May committee.")])

    r = service(r, "Surgery")
    r = req_block(r,
                  "MD3: The trust must ensure that staff follow infection prevention and control "
                  "procedures, including hand hygiene and cleaning equipment between patients. "
                  "(Regulation 12)",
                  [("MD3.1",
                    "Relaunch 'I am clean' labelling for cleaned equipment on all surgical wards.",
                    "Matron - Surgery", D(2020, 3, 31), None, "Completed",
                    "Relaunched 2 March. Spot checks in April found labels in use on all wards."),
                   ("MD3.2",
                    "Increase hand hygiene audits to weekly, using peer auditors from another ward, "
                    "and display the results on each ward's quality board.",
                    "Director of Infection Prevention and Control", D(2020, 6, 30), None, "On track",
                    "Weekly peer audits running on 5 of 6 surgical wards.")])
    r = req_block(r,
                  "SD2: The trust should ensure that the WHO surgical safety checklist is fully "
                  "completed for every patient.",
                  [("SD2.1",
                    "Audit WHO checklist completion monthly for each theatre and feed back the "
                    "results at the theatres governance meeting.",
                    "Clinical Lead for Theatres / Theatre Matron", D(2020, 8, 31), None, "On track",
                    "Monthly audit in place since January; completion 94% in May.")])

    r = service(r, "Child and Adolescent Mental Health Wards (Mildred Creak Unit)")
    r = req_block(r,
                  "MD4: The trust must ensure that staff can record risk assessments and care plans "
                  "in the electronic patient record and that these are accessible to all staff "
                  "caring for the patient. (Regulation 17)",
                  [("MD4.1",
                    "Build mental health risk assessment and care plan templates in Epic, tested "
                    "with Mildred Creak Unit staff.",
                    "Chief Clinical Information Officer", D(2020, 3, 31), D(2020, 10, 31), "Off track",
                    "Template build paused during the COVID-19 response. Revised date agreed with "
                    "the CQC relationship owner."),
                   ("MD4.2",
                    "Provide Epic refresher training for all nursing and medical staff on the unit.",
                    "Ward Manager (Mildred Creak Unit)", D(2020, 11, 30), None, "On track",
                    "Training sessions booked for September to follow the template release.")])

    r = service(r, "Well-led")
    r = req_block(r,
                  "SD3: The trust should continue to develop its Freedom to Speak Up arrangements so "
                  "that all staff groups feel able to raise concerns.",
                  [("SD3.1",
                    "Recruit additional Freedom to Speak Up champions from under-represented staff "
                    "groups and report themes to the Board twice yearly.",
                    "Director of HR and OD", D(2020, 9, 30), None, "On track",
                    "Eight new champions recruited, including from estates and facilities.")])
    ws.cell(row=r - 1, column=5).number_format = "mmm-yy"

    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    r += 1
    for word, col, text in [("Completed", BLUE, "action complete and evidence submitted"),
                            ("On track", GREEN, "expected to be delivered by the target date"),
                            ("At risk", AMBER, "may not be delivered by the target date"),
                            ("Off track", RED, "target date missed or will be missed")]:
        c = ws.cell(row=r, column=1, value=word)
        c.fill = fill(col)
        ws.cell(row=r, column=2, value=text)
        r += 1
    ws.freeze_panes = "A6"
    wb.save(os.path.join(HERE, "ag1-gosh-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. Hillingdon Safeguarding Children Partnership: JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
def hillingdon():
    wb = Workbook()
    cover = wb.active
    cover.title = "Cover"
    cover.column_dimensions["A"].width = 22
    cover.column_dimensions["B"].width = 70
    cover["A1"] = "Hillingdon Safeguarding Children Partnership: JTAI Action Plan"
    cover["A1"].font = Font(bold=True, size=14)
    cover["A2"] = ("Joint targeted area inspection of the multi-agency response to children and "
                   "families who need help (inspection July 2023)")
    cover["A2"].font = Font(bold=True)
    rows = [("Document owner", "HSCP Business Manager"),
            ("Approved by", "HSCP Executive (statutory safeguarding partners)"),
            ("Version", "v3.0"),
            ("Date of this version", D(2024, 3, 4)),
            ("Review frequency", "Monthly at JTAI Action Plan Group; quarterly to HSCP Executive")]
    r = 4
    for k, v in rows:
        cover.cell(row=r, column=1, value=k).font = Font(bold=True)
        c = cover.cell(row=r, column=2, value=v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
            c.alignment = Alignment(horizontal="left")
        r += 1
    r += 1
    cover.cell(row=r, column=1, value="Version history").font = Font(bold=True)
    r += 1
    header(cover, r, ["Version", "Changes"])
    r += 1
    for v, ch in [("v1.0", "Plan submitted to Ofsted (September 2023)"),
                  ("v2.0", "December 2023 update, RAG ratings added"),
                  ("v3.0", "March 2024 update")]:
        put(cover, r, [v, ch])
        r += 1

    ws = wb.create_sheet("Action Plan")
    cols = ["No.", "Area for improvement (JTAI letter)", "Action", "Lead agency", "Lead officer",
            "Start date", "End date", "Revised end date", "Previous RAG (Dec 23)",
            "Current RAG (Mar 24)", "Update (March 2024)"]
    widths = [6, 40, 48, 14, 26, 11, 11, 12, 11, 11, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = "HSCP JTAI Action Plan - March 2024 update"
    ws["A1"].font = Font(bold=True, size=13)
    r = 3
    r = header(ws, r, cols)
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    afi1 = ("The quality and consistency of early help assessments and plans, so that they "
            "focus on the child's lived experience and are clear about what needs to change.")
    afi2 = ("Practitioners' understanding and application of thresholds, including step-up and "
            "step-down between early help and children's social care.")
    afi3 = ("The partnership's oversight of the quality and impact of early help through "
            "multi-agency audit and performance information.")
    afi4 = ("Information sharing by health partners, including GPs, when children and families "
            "are referred for early help.")
    data = [
        ("1.1", afi1,
         "Revise the early help assessment and plan template so that it captures the child's voice "
         "and daily lived experience and sets out SMART outcomes.",
         "LBH", "Head of Early Help and Prevention", D(2023, 10, 1), D(2023, 12, 31), None,
         "G", "B", "New template live on EHM since 15 January 2024."),
        ("1.2", afi1,
         "Deliver multi-agency training on writing early help plans for lead professionals in "
         "schools, health and the voluntary sector.",
         "HSCP", "HSCP Training Co-ordinator", D(2023, 11, 1), D(2024, 3, 31), D(2024, 6, 30),
         "A", "G", "Four sessions delivered to 112 practitioners; two further sessions booked for "
         "May and June."),
        ("1.3", afi1,
         "Quarterly dip sample of early help plans by Early Help Team Managers with feedback "
         "to lead professionals.",
         "LBH", "Early Help Team Managers", D(2023, 10, 1), "Quarterly", None,
         "G", "G", "Second dip sample completed in February; 68% of plans rated good (up from 41%)."),
        ("2.1", afi2,
         "Refresh the Hillingdon Threshold Document with partners and relaunch it through "
         "briefings for DSLs, health visitors, school nurses and police.",
         "HSCP", "HSCP Business Manager", D(2023, 9, 1), D(2024, 1, 31), None,
         "A", "B", "Refreshed document published January 2024; 9 briefings held."),
        ("2.2", afi2,
         "Introduce a weekly step-up / step-down panel chaired jointly by early help and "
         "children's social care.",
         "LBH", "Head of Early Help and Prevention / Head of Service, MASH and Assessment",
         D(2023, 10, 1), D(2023, 11, 30), D(2024, 2, 29),
         "R", "G", "Panel running weekly since 7 February 2024; terms of reference agreed."),
        ("2.3", afi2,
         "Police to review how Merlin reports are referred to the MASH so that lower-level "
         "concerns are routed to early help.",
         "MPS", "DSupt Safeguarding, West Area BCU", D(2023, 10, 1), D(2024, 4, 30), None,
         "A", "A", "Review under way. Data sharing agreement for Merlins to early help awaiting "
         "MPS information governance sign-off."),
        ("3.1", afi3,
         "Add early help measures (contacts, assessments, outcomes at closure, re-referrals) to "
         "the HSCP multi-agency performance dashboard.",
         "HSCP", "Head of Performance and Intelligence", D(2023, 10, 1), D(2024, 3, 31), None,
         "G", "G", "Draft dashboard presented to the March Executive; outcome data to follow."),
        ("3.2", afi3,
         "Complete a multi-agency thematic audit of early help cases that stepped up to children's "
         "social care within six months of closure.",
         "HSCP", "Chair of the Quality Assurance Subgroup", D(2024, 1, 1), D(2024, 5, 31), None,
         "", "A", "Audit tool agreed; case selection delayed by EHM report issues."),
        ("4.1", afi4,
         "Issue guidance to all GP practices on consent and information sharing for early help "
         "referrals, supported by a GP safeguarding leads forum.",
         "NWL ICB", "Named GP for Safeguarding Children", D(2023, 10, 1), D(2024, 2, 29), None,
         "G", "B", "Guidance issued in January; forum held 6 February with 31 practices."),
        ("4.2", afi4,
         "Enable health visitors and school nurses to submit early help requests through the "
         "online portal, with automatic notification of outcome.",
         "CNWL", "Sarah Okafor and Daniel Price", D(2023, 11, 1), D(2024, 4, 30), D(2024, 7, 31),
         "A", "R", "Portal change not yet scheduled by the supplier; escalated to the Executive."),
    ]
    for row in data:
        no, afi, action, agency, lead, start, end, rev, prev, cur, upd = row
        put(ws, r, [no, afi, action, agency, lead, start, end, rev, prev, cur, upd])
        for col in (6, 7, 8):
            if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                ws.cell(row=r, column=col).number_format = "dd-mmm-yy"
        for col, val in ((9, prev), (10, cur)):
            c = ws.cell(row=r, column=col)
            c.alignment = Alignment(horizontal="center", vertical="top")
            if val:
                c.fill = fill(rag_fill[val])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Key:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="R - off track, escalation needed; A - some delay, being managed; "
                                   "G - on track; B - complete")
    r += 1
    ws.cell(row=r, column=1, value="Agencies:").font = Font(bold=True)
    ws.cell(row=r, column=2, value="LBH London Borough of Hillingdon; MPS Metropolitan Police Service; "
                                   "NWL ICB North West London Integrated Care Board; CNWL Central and "
                                   "North West London NHS Foundation Trust")
    ws.freeze_panes = "C4"
    wb.save(os.path.join(HERE, "ag1-hillingdon-scp-jtai-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def bold_row(row, color=None):
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
        if color:
            shade(c, color)


# ---------------------------------------------------------------------------
# 4. Coleg Gwent: Estyn post-inspection action plan (docx)
# ---------------------------------------------------------------------------
def coleg_gwent():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Coleg Gwent: Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Estyn core inspection: March 2024")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Approved by"]):
        c.text = h
    bold_row(t.rows[0], "D9D9D9")
    for v in [("1.0", "15/05/2024", "Vice Principal (Quality)", "Governing Body"),
              ("1.1", "08/10/2024", "Quality Manager", "Quality and Learner Experience Committee"),
              ("1.2", "26/11/2024", "Quality Manager", "Quality and Learner Experience Committee")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            c.text = x

    doc.add_paragraph()
    doc.add_paragraph(
        "Following the Estyn inspection in March 2024 the college has produced this action plan to "
        "address the four recommendations in the report. Progress is monitored by the Senior "
        "Leadership Team each half term and reported to the Quality and Learner Experience Committee "
        "of the Governing Body. This version shows progress at November 2024.")

    cols = ["Ref", "Action", "Lead", "Timescale", "Success criteria", "Progress (Nov 2024)", "RAG"]
    widths = [Cm(1.2), Cm(6.5), Cm(3.5), Cm(2.6), Cm(4.5), Cm(6.0), Cm(1.3)]
    rag_fill = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}

    def rec(title, acts):
        doc.add_heading(title, level=2)
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, cols):
            c.text = h
        bold_row(tb.rows[0], "BDD7EE")
        for ref, action, lead, when, success, progress, rag, rag_col in acts:
            cells = tb.add_row().cells
            for c, x in zip(cells, [ref, action, lead, when, success, progress, rag]):
                c.text = x
            if rag_col:
                shade(cells[6], rag_col)
            elif rag in rag_fill:
                shade(cells[6], rag_fill[rag])
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph()

    rec("R1: Strengthen the quality of teaching and assessment so that all learners are "
        "suitably challenged",
        [("1.1", "Revise the lesson observation and learning walk framework so that it focuses on "
                 "challenge, questioning and feedback.",
          "Vice Principal (Quality)", "Autumn term 2024",
          "Revised framework in use across all campuses",
          "Framework approved by SLT in September and in use since October half term.", "B", None),
         ("1.2", "Deliver a programme of peer coaching through the Teaching and Learning Coaches for "
                 "all lecturers identified as needing support.",
          "Head of Teaching, Learning and Professional Development", "Spring term 2025",
          "All identified lecturers complete coaching cycle; improved observation outcomes",
          "27 lecturers identified; 15 have started their coaching cycle.", "G", None),
         ("1.3", "Introduce standard assessment feedback templates on Moodle for all level 3 "
                 "programmes.",
          "Heads of Curriculum / Digital Learning Manager", "June 2025",
          "Templates used on all level 3 programmes; learner survey shows feedback is useful",
          "Templates piloted in Engineering and Business. Roll-out planned after January exams.",
          "G", None)])

    rec("R2: Improve learners' attendance and punctuality in a minority of curriculum areas",
        [("2.1", "Implement the new attendance monitoring and early intervention procedure, with "
                 "learner engagement officers contacting learners on the first day of absence.",
          "Director of Learner Services", "September 2024",
          "First-day contact for all unexplained absences",
          "Procedure launched at enrolment. First-day contact rate 91% in October.", "B", None),
         ("2.2", "Set attendance targets for each curriculum area and review them at monthly "
                 "performance meetings.",
          "Deputy Principal", "Monthly",
          "Attendance at or above 88% in all curriculum areas",
          "Targets set. 9 of 12 areas at or above target in October.", "G", None),
         ("2.3", "Work with Newport City Council and Torfaen County Borough Council to share "
                 "attendance concerns about 16-18 learners at risk of becoming NEET.",
          "Learner Engagement Manager", "December 2024",
          "Information sharing protocols in place with both authorities",
          "Protocol agreed with Newport. Torfaen protocol awaiting legal sign-off.", "A", None)])

    rec("R3: Strengthen the use of data and learner feedback in self-assessment and quality "
        "improvement planning",
        [("3.1", "Redesign the self-assessment report template so that each curriculum area "
                 "evaluates learner outcomes, attendance and learner voice data.",
          "Quality Manager", "31/10/2024",
          "All curriculum SARs completed on new template",
          "New template used for the 2023/24 SARs, completed in October.", "B", None),
         ("3.2", "Train curriculum managers to use the Power BI performance dashboards.",
          "MIS Manager", "Autumn term 2024",
          "All curriculum managers trained and using dashboards in reviews",
          "Training delivered to 18 of 30 managers; remaining sessions moved to January.", "", AMBER),
         ("3.3", "Hold learner voice forums on each campus and report the actions taken back to "
                 "learners ('You said, we did').",
          "Student Engagement Officer", "Termly",
          "Forums held each term; 'You said, we did' published",
          "Autumn forums held on all five campuses.", "G", None)])

    rec("R4: Develop learners' Welsh language skills and increase bilingual provision",
        [("4.1", "Extend Welsh language taster sessions to all full-time learners through the "
                 "tutorial programme.",
          "Welsh Language Development Officer", "Summer term 2025",
          "All full-time learners take part in at least one session",
          "Sessions scheduled in the tutorial programme from January.", "G", None),
         ("4.2", "Increase the number of bilingual units in Health and Social Care and Childcare "
                 "programmes.",
          "Head of Health, Care and Early Years", "September 2025",
          "At least two units per programme offered bilingually",
          "Not yet started - planned for the 2025/26 curriculum.", "", None)])

    doc.add_paragraph("RAG key: R - not started or significantly behind; A - started, some "
                      "slippage; G - on track; B - complete")
    doc.save(os.path.join(HERE, "ag1-coleg-gwent-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Outwood Academy Danum: post-Ofsted action plan (docx), vertically merged
#    area-for-improvement cells, colour-only RAG, key redefines green
# ---------------------------------------------------------------------------
def outwood():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Outwood Academy Danum - Post-Ofsted Action Plan 2023-24", level=1)
    doc.add_paragraph("Ofsted inspection: 10-11 October 2023.  Overall effectiveness: Requires "
                      "improvement.")
    doc.add_paragraph("This plan sets out how the academy will address the areas for improvement in "
                      "the report. It is reviewed by the Senior Leadership Team fortnightly and by "
                      "the Academy Council each half term, with oversight from the Trust's regional "
                      "director.")
    doc.add_paragraph("What does the school need to do to improve?").runs[0].bold = True

    cols = ["Area for improvement", "Actions", "Lead", "Timescale", "Monitored by",
            "Success criteria", "RAG (Feb 24)"]
    widths = [Cm(5.0), Cm(7.0), Cm(2.6), Cm(2.6), Cm(2.8), Cm(5.0), Cm(1.6)]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        c.text = h
    bold_row(t.rows[0], "D9E2F3")

    afis = [
        ("1. Leaders should ensure that the key stage 3 curriculum in some subjects identifies "
         "precisely the knowledge pupils need and the order in which they learn it, so that pupils "
         "build their knowledge securely over time.",
         [("Subject leaders in geography, history and RE to rewrite KS3 curriculum maps, setting "
           "out the essential knowledge for each unit and how it builds on prior learning.",
           "VP (Curriculum)", "Autumn term 2023", "Principal / Trust subject directors",
           "Curriculum maps complete and quality assured by Trust directors", GREEN),
          ("Quality assure the revised curriculum through subject deep dives with the Trust "
           "curriculum team.",
           "Principal", "Spring term 2024", "Academy Council",
           "Deep dives show pupils recall key knowledge from earlier units", AMBER),
          ("Provide CPD on sequencing and retrieval practice during weekly subject development "
           "time.",
           "JH / SR", "Ongoing", "VP (Curriculum)",
           "Retrieval practice seen in most lessons on learning walks", AMBER)]),
        ("2. Leaders should ensure that teachers check pupils' understanding systematically and "
         "address misconceptions, so that gaps in pupils' knowledge do not persist.",
         [("Introduce 'hinge questions' and mini-whiteboards as a whole-school check for "
           "understanding routine.",
           "AP Teaching & Learning", "Jan 2024", "VP (Curriculum)",
           "Routine seen in 90% of learning walk observations", GREEN),
          ("Use Trust common assessments in English, maths and science to identify gaps and plan "
           "re-teaching in each department.",
           "Heads of Department", "Summer term 2024", "VP (Curriculum)",
           "Re-teaching plans in place after each assessment window", AMBER)]),
        ("3. Leaders should take further action to reduce persistent absence, particularly for "
         "disadvantaged pupils, so that these pupils do not miss important learning.",
         [("Appoint a second attendance officer and introduce weekly attendance review meetings "
           "with heads of year.",
           "AP Behaviour & Attendance", "Nov 2023", "Principal",
           "Officer in post; weekly meetings minuted", GREEN),
          ("Run attendance panels and home visits for disadvantaged pupils whose attendance is "
           "below 90%, working with the local authority Education Welfare Service.",
           "Attendance Lead", "Ongoing", "AP Behaviour & Attendance",
           "Persistent absence of disadvantaged pupils falls by 5 percentage points", RED),
          ("Launch the 'Every Day Counts' rewards scheme with termly attendance celebrations for "
           "pupils and families.",
           "Heads of Year", "Spring term 2024", "AP Behaviour & Attendance",
           "Improved attendance in each year group compared with 2022-23", GREEN)]),
    ]
    for afi_text, acts in afis:
        first = None
        for i, (action, lead, when, monitor, success, rag) in enumerate(acts):
            row = t.add_row()
            cells = row.cells
            if i == 0:
                cells[0].text = afi_text
                first = cells[0]
            for c, x in zip(cells[1:6], [action, lead, when, monitor, success]):
                c.text = x
            shade(cells[6], rag)
            last = cells[0]
        if len(acts) > 1:
            first.merge(last)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph("RAG key:  Green - action completed.  Amber - in progress.  Red - not on "
                      "track / needs intervention.")
    doc.add_paragraph("Abbreviations: VP Vice Principal; AP Assistant Principal; KS3 key stage 3; "
                      "CPD continuing professional development.")
    doc.save(os.path.join(HERE, "ag1-outwood-academy-danum-post-ofsted-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Blackpool YJS: HMIP inspection improvement plan (csv, Excel save-as)
# ---------------------------------------------------------------------------
def blackpool():
    rows = [
        ["Blackpool Youth Justice Service - HM Inspectorate of Probation Inspection Improvement Plan",
         "", "", "", "", "", ""],
        ["Progress update for Youth Justice Executive Board - February 2025", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Recommendation", "Action No", "Action", "Lead", "Target Date", "RAG", "Progress Update"],
        ["R1 - Improve the analysis and quality of assessment to keep children and the community "
         "safe, including consideration of children's previous behaviours",
         "1.1",
         "Deliver refresher training on the AssetPlus 'keeping children and others safe' sections "
         "for all case managers, using examples from the inspection case sample",
         "YJS Practice Manager", "31/01/2025", "Complete",
         "Two sessions delivered in December and January; all 14 case managers attended"],
        ["", "1.2",
         "Introduce monthly management oversight audits of assessments, with findings reported to "
         "the YJS quality assurance meeting",
         "YJS Operational Manager", "Monthly", "G",
         "Audits completed in December and January. 10 of 12 assessments rated good or better in "
         "January"],
        ["", "1.3",
         "Add a prompt on previous behaviour and history to the assessment countersigning checklist",
         "SB/KL", "30/11/2024", "Complete", "Checklist amended and in use"],
        ["R2 - Strengthen the consideration of victims' views and safety in assessment and planning",
         "2.1",
         "Ensure victim contact outcomes are recorded in ChildView and shared with case managers "
         "before assessments are completed",
         "Victim Liaison Officer", "28/02/2025", "A",
         "ChildView workflow amended. Compliance 64% in January audit against a target of 90%"],
        ["", "2.2",
         "Review the restorative justice offer and produce a leaflet for victims, co-designed with "
         "children and victims",
         "Restorative Justice Co-ordinator", "Mar-25", "G",
         "Draft leaflet tested with two victims and the YJS participation group"],
        ["R3 - Understand the over-representation of care-experienced children known to the YJS, "
         "and undertake activity to prevent them entering the criminal justice system",
         "3.1",
         "Produce a joint analysis with Children's Social Care of all care-experienced children open "
         "to the YJS, including placement type and offence history",
         "Head of Youth Justice / Head of Children in Care", "31/12/2024", "Complete",
         "Analysis presented to the board in December; 38% of open cases are care experienced"],
        ["", "3.2",
         "Sign up to the national protocol on reducing unnecessary criminalisation of looked-after "
         "children and care leavers with Lancashire Constabulary and local children's home providers",
         "Chair of the Youth Justice Executive Board", "31/03/2025", "A",
         "Protocol drafted. Three of eleven children's home providers have signed up so far"],
        ["R4 - Prioritise strategic oversight of work with victims and ensure a high-quality "
         "victim offer",
         "4.1",
         "Appoint a board member as victims' champion and add a standing victims item to the board "
         "agenda",
         "Chair of the Youth Justice Executive Board", "31/10/2024", "Complete",
         "Victims' champion (OPCC representative) appointed in October"],
        ["", "4.2",
         "Commission an independent review of the victim offer against the Victims' Code and YJB "
         "case management guidance",
         "Head of Youth Justice", "30/06/2025", "R",
         "Commissioning delayed pending budget approval - to be escalated at the April board"],
        ["R5 - Ensure the board receives and acts on data about disproportionality, including "
         "ethnicity, SEND and care status",
         "5.1",
         "Add disproportionality data (ethnicity, SEND, care status) to the quarterly board "
         "performance report",
         "Performance and Information Officer", "31/12/2024", "G",
         "First report with disproportionality data presented in December; SEND data to be added "
         "from Q4"],
        ["", "", "", "", "", "", ""],
        ["RAG: R = Not on track  A = Some delay  G = On track  Complete = Action completed",
         "", "", "", "", "", ""],
    ]
    path = os.path.join(HERE, "ag1-blackpool-yjs-hmip-improvement-plan.csv")
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Atkinson Secure Children's Home (Devon): post-inspection action plan
#    (plain text, tab separated) - contains a mistyped month
# ---------------------------------------------------------------------------
def atkinson():
    lines = [
        "Atkinson Secure Children's Home - Post-inspection Action Plan",
        "Devon County Council. Ofsted full inspection: 23-25 April 2024",
        "Prepared by: Registered Manager    Reviewed by: Head of Service, Children's Residential Services",
        "",
        "The inspection made two requirements and four recommendations. This plan sets out the actions "
        "taken in response and is reviewed at the monthly management meeting.",
        "",
        "No.\tRequirement / recommendation\tAction\tResponsible\tTimescale\tStatus",
        "Requirements",
        "R1\tThe registered person must ensure that records of restraint are completed within 24 hours "
        "and include the child's views (Regulation 35)\tAll restraint records to be checked by the duty "
        "manager before the end of the shift and signed off by a senior manager within 24 hours\t"
        "Deputy Manager\t31/05/2024\tComplete",
        "\t\tChildren to be offered a debrief with their key worker after every restraint, with their "
        "views recorded on the record\tKey workers\tJune 2024\tComplete",
        "R2\tThe registered person must ensure that staff receive supervision in line with the home's "
        "policy (Regulation 33)\tIntroduce a supervision tracker reviewed weekly by the Registered "
        "Manager\tRegistered Manager\t14/06/2024\tComplete",
        "\t\tRecruit two additional senior residential workers to increase supervision capacity\t"
        "Registered Manager / HR Business Partner\tSepember 2024\tIn progress",
        "Recommendations",
        "1\tEnsure that care plans reflect the child's health needs identified by the nurse on "
        "admission\tHealth team to attend care planning meetings within 72 hours of admission\t"
        "Nurse Manager\tJuly 2024\tComplete",
        "2\tImprove the range of activities available to children at weekends\tDevelop a weekend "
        "activity timetable with children through the house meeting\tActivities Co-ordinator\t"
        "August 2024\tComplete",
        "3\tEnsure that education staff share information about children's progress with care "
        "staff\tWeekly education and care handover meeting to be introduced\tHead of Education\t"
        "30/06/2024\tComplete",
        "4\tReview the arrangements for children's contact with their families by video call\t"
        "Purchase additional tablets and agree a video call protocol with the IT team\tDeputy Manager\t"
        "October 2024\tIn progress",
        "",
        "Last updated: 12 July 2024",
    ]
    path = os.path.join(HERE, "ag1-atkinson-secure-childrens-home-ofsted-action-plan.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    argyll()
    gosh()
    hillingdon()
    coleg_gwent()
    outwood()
    blackpool()
    atkinson()
    print("done")
