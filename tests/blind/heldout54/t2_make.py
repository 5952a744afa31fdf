"""Generator for the t2- cases of heldout54 (partnership and corporate plans).

Run with /work/main/.venv/bin/python t2_make.py ; writes the seven document files
beside this script.  The expected readings (*.expected.yaml) are written by hand.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# ---------------------------------------------------------------- xlsx helpers
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, vertical="top", horizontal="center")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAGFILL = {
    "B": fill("0070C0"),
    "G": fill("00B050"),
    "A": fill("FFC000"),
    "R": fill("FF0000"),
}


def widths(ws, ws_widths):
    for col, w in ws_widths.items():
        ws.column_dimensions[col].width = w


# =================================================================== 1. Pennine Care CQC
def pennine():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    last = "I"
    ws["A1"] = ("Pennine Care NHS Foundation Trust \u2013 CQC Inspection Action Plan "
                "(Must Do / Should Do Actions)")
    ws["A1"].font = Font(bold=True, size=14, color="1F3864")
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Comprehensive inspection 13\u201316 June 2016  \u2022  Quality Report published "
                "9 December 2016  \u2022  Position as at 31 March 2017 (for Quality Committee)")
    ws["A2"].font = Font(italic=True, size=10)
    ws.merge_cells(f"A2:{last}2")

    headers = ["Ref", "MD / SD", "CQC requirement", "Action(s) to be taken", "Lead",
               "Target date", "Revised target date", "Progress update / evidence", "BRAG"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = CENTRE
        c.border = BOX

    def section(row, text):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(f"A{row}:{last}{row}")
        c = ws.cell(row=row, column=1)
        c.font = Font(bold=True)
        c.fill = fill("D9E1F2")
        c.alignment = Alignment(vertical="center")

    def action(row, ref, mdsd, req, act, lead, target, tfmt, revised, progress, brag,
               brag_text=True):
        vals = [ref, mdsd, req, act, lead, target, revised, progress, brag if brag_text else None]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(target, dt.datetime):
            ws.cell(row=row, column=6).number_format = tfmt
        if isinstance(revised, dt.datetime):
            ws.cell(row=row, column=7).number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=7).font = Font(color="C00000", bold=True)
        bc = ws.cell(row=row, column=9)
        bc.fill = RAGFILL[brag]
        bc.alignment = CENTRE
        bc.font = Font(bold=True, color="FFFFFF" if brag in "BR" else "000000")

    section(5, "Acute wards for adults of working age and psychiatric intensive care units")
    req1 = ("The trust must ensure that guidance on same-sex accommodation is followed on all "
            "wards, including access to bathrooms and female-only day space.")
    action(6, "MD1a", "Must do", req1,
           "Undertake an environmental review of all mixed-sex acute wards against the Mental "
           "Health Act Code of Practice and agree a remedial works programme.",
           "Director of Operations / Head of Estates", D(2017, 3, 31), "dd/mm/yyyy", None,
           "Review completed January 2017 across all five boroughs. Works programme approved by "
           "Capital Planning Group 14/02/17.", "B")
    action(7, "MD1b", None, None,
           "Complete estates works to create designated female-only lounges on Summers, Taylor "
           "and Hague wards.",
           "Head of Estates", D(2017, 4, 30), "dd/mm/yyyy", D(2017, 7, 31),
           "Works on Summers and Taylor wards complete. Hague ward delayed due to contractor "
           "availability; revised date agreed at Quality Committee.", "A")
    ws.merge_cells("B6:B7")
    ws.merge_cells("C6:C7")
    action(8, "MD2", "Must do",
           "The trust must ensure that staff follow the trust's medicines management policy, "
           "including recording of fridge temperatures and storage of controlled drugs.",
           "Introduce a weekly pharmacy technician audit of fridge temperature records and CD "
           "registers on all acute and PICU wards, reported to ward managers and the Medicines "
           "Optimisation Group.",
           "Chief Pharmacist", D(2017, 1, 31), "mmm-yy", None,
           "Weekly audits in place since 9 January 2017. Compliance 96% in February.", "B")

    section(9, "Wards for older people with mental health problems")
    action(10, "MD3", "Must do",
           "The trust must ensure that where patients lack capacity to consent to admission, a "
           "legal framework is followed and recorded.",
           "Deliver MCA and DoLS refresher training to all qualified nursing staff on older "
           "people's wards and audit capacity assessments on admission monthly.",
           "Named Nurse for Safeguarding Adults", D(2017, 5, 31), "dd/mm/yyyy", None,
           "82% of qualified staff trained to date. First monthly audit (March) found capacity "
           "recorded for 17 of 20 admissions.", "G")
    action(11, "SD1", "Should do",
           "The trust should ensure that care plans are personalised and reflect the views of "
           "patients and their carers.",
           "Roll out the 'My Care Plan' template and carer involvement prompts in Paris, with a "
           "quarterly care plan audit.",
           "Clinical Director, Older People's Services", D(2017, 6, 30), "dd/mm/yyyy", None,
           "Template live on three of five wards. Audit tool agreed.", "G", brag_text=False)

    section(12, "Community-based mental health services for adults of working age")
    action(13, "MD4", "Must do",
           "The trust must ensure that staff complete mandatory training and that compliance "
           "meets the trust target of 75%.",
           "Borough managers to produce team-level training recovery trajectories and review "
           "compliance at monthly performance meetings.",
           "Director of Workforce / Borough Directors", D(2017, 3, 31), "dd/mm/yyyy",
           D(2017, 6, 30),
           "Compliance 71% at end of March. Revised trajectory agreed with Borough Directors; "
           "Basic Life Support and Information Governance remain below target.", "R")
    action(14, "MD5", "Must do",
           "The trust must ensure that risk assessments are completed and updated following a "
           "change in a patient's presentation.",
           "Implement a single risk assessment template across all community teams and include "
           "risk review in caseload supervision.",
           "Medical Director", D(2017, 6, 30), "mmm-yy", None,
           "Template approved at Clinical Effectiveness Group. Implementation in Stockport "
           "delayed pending Paris upgrade.", "A")
    action(15, "SD2", "Should do",
           "The trust should ensure that staff receive regular managerial and clinical "
           "supervision in line with trust policy.",
           "Re-launch the supervision policy and introduce supervision recording on the "
           "Electronic Staff Record.",
           "Director of Nursing and Healthcare Professionals", D(2017, 7, 31), "dd/mm/yyyy",
           None, "Policy re-launched February 2017. ESR module in testing.", "G")

    section(16, "Trust-wide")
    action(17, "SD3", "Should do",
           "The trust should reduce the use of different recording systems and the mixture of "
           "paper and electronic notes.",
           "Complete the migration of remaining paper records in the Trafford and Glossop "
           "community teams to Paris.",
           "Chief Information Officer", "Q2 2017/18", None, None,
           "Trafford migration complete. Glossop scheduled for August 2017.", "G")
    action(18, "SD4", "Should do",
           "The trust should ensure that learning from serious incidents is shared across "
           "boroughs.",
           "Publish a monthly 'Learning Lessons' bulletin and hold quarterly cross-borough "
           "learning events.",
           "Head of Patient Safety", "Ongoing", None, None,
           "Bulletin issued monthly since January. First learning event held 22 March 2017.",
           "G")

    ws["A20"] = "BRAG key"
    ws["A20"].font = Font(bold=True)
    key = [("B", "Complete and evidenced"),
           ("G", "On track to deliver by target date"),
           ("A", "Some slippage \u2013 recovery action in place"),
           ("R", "Off track / target date passed")]
    for i, (k, txt) in enumerate(key, start=21):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = RAGFILL[k]
        c.alignment = CENTRE
        c.font = Font(bold=True, color="FFFFFF" if k in "BR" else "000000")
        ws.cell(row=i, column=2, value=txt)

    widths(ws, {"A": 8, "B": 10, "C": 42, "D": 48, "E": 24, "F": 12, "G": 12, "H": 48,
                "I": 8})
    ws.freeze_panes = "A5"
    ws.page_setup.orientation = "landscape"
    wb.save(out("t2-pennine-care-cqc-must-should-do-action-plan.xlsx"))


# =================================================================== 2. Cheltenham DHR (docx)
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, m, Cm(1.5))


def cheltenham():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    doc.add_heading("Domestic Homicide Review \u2013 \u2018Hannah\u2019: Learning Points, "
                    "Recommendations and Agreed Actions", level=1)
    p = doc.add_paragraph("Cheltenham Strategic Leadership Group (Community Safety Partnership)")
    p.runs[0].bold = True
    doc.add_paragraph(
        "This action plan sets out the recommendations of the review into the death of "
        "\u2018Hannah\u2019 and the actions agreed by partner agencies. It follows the Home "
        "Office DHR action plan template. Progress is monitored by the Cheltenham DHR Steering "
        "Group and reported to Safer Gloucestershire every six months.")

    doc.add_paragraph("Document control").runs[0].bold = True
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(dc.cell(0, i), h, bold=True)
    for r, row in enumerate([["1.0", "05/09/2023", "DHR Co-ordinator",
                              "Agreed by Strategic Leadership Group"],
                             ["1.4", "21/10/2024", "DHR Co-ordinator",
                              "Progress updated for Safer Gloucestershire Board"]], start=1):
        for i, v in enumerate(row):
            set_cell(dc.cell(r, i), v)
    doc.add_paragraph()

    cols = ["Ref", "Recommendation", "Scope of recommendation", "Action to take",
            "Lead agency", "Key milestones achieved in enacting recommendation", "Target date",
            "Date of completion and outcome", "RAG"]
    LP1 = ("Learning point 1: Practitioners did not always recognise coercive and controlling "
           "behaviour in young people\u2019s relationships.")
    LP2 = ("Learning point 2: Information about previous incidents was not shared between "
           "agencies at the point of risk assessment.")
    LP3 = ("Learning point 3: Housing services did not routinely ask about domestic abuse.")
    LP4 = ("Learning point 4: Disclosures made in primary care were not recorded or followed up.")
    R1 = ("All partner agencies to ensure that domestic abuse training covers teenage "
          "relationship abuse and coercive control.")
    R2 = ("Gloucestershire Constabulary to ensure that DASH risk assessments for victims aged "
          "16\u201317 are shared with Children\u2019s Social Care within 24 hours.")
    R3 = ("MARAC referral criteria to be reviewed to include professional judgement of "
          "escalating risk in young people\u2019s relationships.")
    R4 = ("Cheltenham Borough Council and Cheltenham Borough Homes to achieve Domestic Abuse "
          "Housing Alliance (DAHA) accreditation.")
    R5 = "NHS Gloucestershire ICB to promote the IRIS programme to GP practices in Cheltenham."
    R6 = ("The Home Office to consider including guidance on teenage relationship abuse in the "
          "revised DHR statutory guidance.")
    rows = [
        ("LP", LP1),
        ("1.1", R1, "Local",
         "Review the Gloucestershire DASV training offer to include a module on teenage "
         "relationship abuse.",
         "Gloucestershire County Council",
         "Draft module reviewed by DASV training sub-group in September 2023.",
         "March 2024", "Completed April 2024 \u2013 module delivered to 86 practitioners.",
         "Complete"),
        ("1.2", None, None,
         "Deliver briefing sessions for school Designated Safeguarding Leads on recognising "
         "coercive control in pupils\u2019 relationships.",
         "Education Safeguarding Team (GCC)",
         "Two sessions held June 2024.",
         "Summer term 2024", "Third session scheduled for the autumn term.", "Green"),
        ("LP", LP2),
        ("2.1", R2, "Local",
         "Amend the Public Protection Bureau process map so that all DASH assessments involving "
         "a 16 or 17 year old are referred to the Multi-Agency Safeguarding Hub.",
         "Gloucestershire Constabulary",
         "Process map amended and circulated to supervisors.",
         "31/12/2023",
         "Completed 30/11/2023. Dip sample in February 2024 found 100% compliance.",
         "Complete"),
        ("3.1", R3, "Local",
         "Review the MARAC operating protocol and referral form with the MARAC Steering Group.",
         "GDASS / Gloucestershire Constabulary",
         "Revised protocol drafted; consultation with partners closes 31 May.",
         "June 2024", "", "Green"),
        ("LP", LP3),
        ("4.1", R4, "Local",
         "Complete the DAHA accreditation self-assessment and submit for assessment.",
         "Cheltenham Borough Homes",
         "Self-assessment complete; accreditation visit booked for February 2025.",
         "Sept 2023 \u2013 March 2025", "", "Green"),
        ("4.2", None, None,
         "Introduce routine enquiry about domestic abuse at housing options interviews and "
         "tenancy sign-ups.",
         "Cheltenham Borough Council",
         "Routine enquiry built into the housing options assessment form.",
         "31/03/2024", "Completed January 2024.", "Complete"),
        ("LP", LP4),
        ("5.1", R5, "Local",
         "Offer IRIS training to all Cheltenham GP practices and report uptake to the DHR "
         "Steering Group.",
         "NHS Gloucestershire ICB",
         "9 of 15 practices trained as at October 2024.",
         "Ongoing", "", "Amber"),
        ("6.1", R6, "National",
         "Chair of the Strategic Leadership Group to write to the Home Office DHR team.",
         "Chair, Cheltenham Strategic Leadership Group",
         "Letter sent 12 October 2023.",
         "October 2023", "Completed 12/10/2023 \u2013 acknowledgement received.", "Complete"),
    ]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.cell(0, i), h, bold=True, color="FFFFFF")
        shade(t.cell(0, i), "44546A")
    ragfill = {"Complete": "8EA9DB", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}
    prev = None
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "LP":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True)
            shade(m, "D9E1F2")
            prev = None
            continue
        for i, v in enumerate(row):
            if v is None:
                continue
            set_cell(cells[i], v)
        shade(cells[8], ragfill[row[8]])
        if row[1] is None and prev is not None:
            # continuation of the recommendation above: merge Recommendation and Scope down
            for ci in (1, 2):
                prev[ci].merge(cells[ci])
        prev = cells
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete = action completed and evidenced; Green = on track; "
                      "Amber = some delay, revised plan in place; Red = not on track.")
    doc.save(out("t2-safer-cheltenham-dhr-action-plan.docx"))


# =================================================================== 3. Sunderland HWB highlight
def sunderland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Q2 Highlight"
    last = "I"
    ws["A1"] = ("Sunderland Health and Wellbeing Board \u2013 Healthy City Plan Implementation "
                "Plan: Highlight Report Q2 2023/24")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(f"A1:{last}1")
    ws["A2"] = ("Reporting period: July \u2013 September 2023  |  Report to Health and Wellbeing "
                "Board, 8 December 2023")
    ws.merge_cells(f"A2:{last}2")
    ws["A3"] = ("Overall position (current RAG): Complete 2 \u2022 Green 4 \u2022 Amber 2 "
                "\u2022 Red 1 \u2022 Not started 1")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells(f"A3:{last}3")
    headers = ["Ref", "Action", "Lead", "Delivery partnership", "Timescale",
               "Previous RAG (Q1)", "Current RAG (Q2)", "Progress this quarter", "Next steps"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("7030A0")
        c.alignment = CENTRE
        c.border = BOX

    def band(row, text, level):
        ws.cell(row=row, column=1, value=text)
        ws.merge_cells(f"A{row}:{last}{row}")
        c = ws.cell(row=row, column=1)
        if level == 1:
            c.font = Font(bold=True, size=12, color="FFFFFF")
            c.fill = fill("403151")
        else:
            c.font = Font(bold=True)
            c.fill = fill("E4DFEC")
        c.alignment = Alignment(wrap_text=True, vertical="center")

    def act(row, ref, text, lead, partnership, when, fmt, prev, cur, progress, nxt):
        vals = [ref, text, lead, partnership, when, prev, cur, progress, nxt]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=row, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        if isinstance(when, dt.datetime):
            ws.cell(row=row, column=5).number_format = fmt
        for col, v in ((6, prev), (7, cur)):
            c = ws.cell(row=row, column=col)
            c.alignment = CENTRE
            if v in RAGFILL:
                c.fill = RAGFILL[v]
                c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")

    band(6, "Starting Well", 1)
    band(7, "Priority 1: Give every child the best start in life", 2)
    act(8, "SW1.1",
        "Increase breastfeeding initiation and continuation through the Family Hubs infant "
        "feeding offer and Baby Friendly accreditation.",
        "Karen Marsh", "Best Start in Life Working Group", "March 2024", None, "A", "G",
        "Infant feeding peer supporters now based in all five Family Hubs. Stage 2 Baby "
        "Friendly assessment passed in August.",
        "Prepare for Stage 3 assessment.")
    act(9, "SW1.2",
        "Reduce smoking in pregnancy by embedding the tobacco dependency in pregnancy service "
        "in all maternity pathways.",
        "Dr Anna Kerr / Joanne Pryce", "Tobacco Control Alliance", "Q4 2023/24", None, "G", "G",
        "Opt-out CO screening at booking in place. 61 referrals this quarter.",
        "Extend incentive scheme to partners.")
    band(10, "Priority 2: Enable all children, young people and families to maximise their "
             "capabilities and have control over their lives", 2)
    act(11, "SW2.1",
        "Deliver the Mental Health Support Teams in schools programme to a further 12 schools.",
        "Head of Integrated Commissioning", "Children and Young People's Mental Health "
        "Partnership", D(2023, 9, 30), "mmm-yy", "G", "B",
        "All 12 schools live from September 2023.", "Action closed \u2013 monitor through "
        "CYP mental health dashboard.")
    band(12, "Living Well", 1)
    band(13, "Priority 3: Create fair employment and good work for all", 2)
    act(14, "LW3.1",
        "Recruit 20 organisations to the Better Health at Work Award, prioritising small and "
        "medium employers.",
        "Michael Ord", "Economic Inclusion Group", D(2024, 3, 1), "mmm-yy", "A", "A",
        "11 organisations signed up to date. SME recruitment slower than planned.",
        "Targeted session with the Chamber of Commerce in November.")
    band(15, "Priority 6: Strengthen the role and impact of ill health prevention", 2)
    act(16, "LW6.1",
        "Launch the Sunderland Tobacco Control Alliance Smokefree 2030 action plan.",
        "Tobacco Control Alliance Chair", "Tobacco Control Alliance", "June 2023", None, "G",
        "B", "Action plan launched 14 June 2023.", "Action closed.")
    act(17, "LW6.2",
        "Implement the Healthy Weight whole-system approach action plan across the city.",
        "Public Health Lead (Healthy Weight)", "Healthy Weight Partnership", "Ongoing", None,
        "G", "G", "Whole-system workshop held July; three locality plans agreed.",
        "Report year 1 progress to the Board in March.")
    act(18, "LW6.3",
        "Reduce alcohol-related harm by commissioning an alcohol care team at Sunderland Royal "
        "Hospital.",
        "Lisa Graham & Dr Sam Okoye", "Drug and Alcohol Partnership", "Dec-23", None, "A", "R",
        "Funding for the second year not yet confirmed; recruitment paused.",
        "Escalated to ICB Place Committee for decision in October.")
    band(19, "Ageing Well", 1)
    band(20, "Priority 7: Strengthen the role and impact of prevention for older people", 2)
    act(21, "AW7.1",
        "Expand the falls prevention pathway, including strength and balance classes in every "
        "locality.",
        "Head of Community Services", "Ageing Well Partnership", "March 2024", None, "G", "G",
        "Classes now running in four of five localities.", "Launch Coalfields classes in "
        "January.")
    act(22, "AW7.2",
        "Increase uptake of NHS Health Checks among people aged 60\u201374 in the most deprived "
        "wards.",
        "Public Health Commissioning Manager", "Ageing Well Partnership", D(2024, 3, 31),
        "dd/mm/yyyy", "R", "A",
        "Outreach checks started in Hendon and Southwick. Uptake 38% (target 50%).",
        "Add community pharmacy provision.")
    act(23, "AW7.3",
        "Co-produce an Age Friendly Sunderland action plan with older residents.",
        "Age Friendly Steering Group", "Ageing Well Partnership", None, None, None,
        "Not started", "Due to start once the Age Friendly co-ordinator is in post.",
        "Recruit co-ordinator.")

    ws["A25"] = "RAG key"
    ws["A25"].font = Font(bold=True)
    for i, (k, txt) in enumerate([("B", "Complete"), ("G", "On track"),
                                  ("A", "Some risk to delivery / minor delay"),
                                  ("R", "Significant risk \u2013 Board attention needed")],
                                 start=26):
        c = ws.cell(row=i, column=1, value=k)
        c.fill = RAGFILL[k]
        c.alignment = CENTRE
        ws.cell(row=i, column=2, value=txt)
    widths(ws, {"A": 8, "B": 50, "C": 24, "D": 26, "E": 12, "F": 11, "G": 11, "H": 46,
                "I": 34})
    ws.freeze_panes = "A6"
    wb.save(out("t2-sunderland-hwb-healthy-city-plan-highlight-report.xlsx"))


# =================================================================== 4. SEL ICB CHC (csv)
def sel_icb():
    header = ["ID", "Title", "Workstream", "Finding", "Action description", "Action owner",
              "Due date", "Revised due date", "RAG status", "Latest update", "Modified",
              "Modified By", "Item Type", "Path"]
    F1 = ("F1: Eligibility decisions were not consistently made within 28 days of the "
          "checklist being received.")
    F2 = ("F2: MDT recommendations were not always evidenced against the Decision Support Tool "
          "domains.")
    F3 = "F3: A backlog of three-month and annual reviews built up during 2023/24."
    F4 = ("F4: Care packages were agreed outside the SEL brokerage framework, leading to "
          "variation in cost.")
    F5 = ("F5: Personal health budgets were not routinely offered to people eligible for "
          "home-based CHC.")
    F6 = ("F6: CHC performance data were not reported consistently to the Quality and "
          "Performance Committee.")
    F7 = ("F7: Disputes between the ICB and local authorities were not resolved in line with "
          "the disputes protocol.")
    W1, W2, W3, W4 = ("1. Assessment and eligibility", "2. Reviews",
                      "3. Finance and commissioning", "4. Governance and data")
    rows = [
        ["CHC-1.1", W1, F1,
         "Introduce a single SEL-wide triage process for positive checklists, with a daily "
         "huddle review of cases reaching day 20.",
         "Priya Shah", "31/10/2024", "", "Complete",
         "Triage process live across all six boroughs from 1 October. 28-day compliance 81% "
         "in October (from 62% in June).", "12/11/2024 09:14", "Priya Shah"],
        ["CHC-1.2", W1, F1,
         "Recruit two additional clinical nurse assessors to the Lewisham and Greenwich team.",
         "Okafor, Daniel", "30/09/2024", "31/01/2025", "Amber",
         "One post filled. Second post re-advertised after an unsuccessful first round.",
         "08/11/2024 16:02", "Okafor, Daniel"],
        ["CHC-1.3", W1, F2,
         "Deliver Decision Support Tool evidencing workshops for assessors and local authority "
         "social workers in each borough.",
         "CHC Clinical Lead;Local Authority CHC Leads", "31/12/2024", "", "Green",
         "Workshops held in Bexley, Bromley and Greenwich; remaining three booked for "
         "November and December.", "05/11/2024 11:40", "Sam Mensah"],
        ["CHC-2.1", W2, F3,
         "Commission an external review team to clear the backlog of overdue annual reviews.",
         "Tom Hale", "31/03/2025", "", "Red",
         "Backlog at 412 (trajectory 250 by end of October). Procurement delayed; contract "
         "award now expected January 2025.", "11/11/2024 10:22", "Tom Hale"],
        ["CHC-2.2", W2, F3,
         "Set up a weekly backlog tracker reported to the CHC Programme Board.",
         "Tom Hale;Priya Shah", "15/07/2024", "", "Complete",
         "Tracker in place and reported weekly since July.", "22/07/2024 13:05", "Tom Hale"],
        ["CHC-3.1", W3, F4,
         "Route all new care packages through the SEL brokerage team and the agreed price "
         "framework.",
         "Head of CHC Commissioning", "30/11/2024", "", "Green",
         "92% of new packages brokered through the framework in October.",
         "07/11/2024 15:31", "Sam Mensah"],
        ["CHC-3.2", W3, F5,
         "Make the offer of a personal health budget a mandatory field in the case record.",
         "Personalised Care Lead", "Q4 2024/25", "", "Not started",
         "Dependent on system change request CR-118.", "30/09/2024 09:00", "Sam Mensah"],
        ["CHC-4.1", W4, F6,
         "Develop a monthly CHC performance dashboard covering the 28-day standard, "
         "assessments in acute settings and the review backlog.",
         "Business Intelligence Lead", "31/08/2024", "31/10/2024", "Complete",
         "Dashboard presented to Quality and Performance Committee on 24 October.",
         "25/10/2024 08:47", "Sam Mensah"],
        ["CHC-4.2", W4, F6,
         "Report quarterly CHC assurance to the Quality and Performance Committee.",
         "Director of Continuing Care", "Quarterly", "", "Green",
         "Q2 report taken in October.", "25/10/2024 08:50", "Sam Mensah"],
        ["CHC-4.3", W4, F7,
         "Refresh the ICB and local authority CHC disputes protocol and agree it with all six "
         "boroughs.",
         "Okafor, Daniel", "31/01/2025", "", "Amber",
         "Draft shared with borough leads; two boroughs have not yet responded.",
         "08/11/2024 16:05", "Okafor, Daniel"],
    ]
    with open(out("t2-sel-icb-chc-improvement-plan-sharepoint-export.csv"), "w",
              newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f)
        w.writerow(header)
        for i, r in enumerate(rows, start=1):
            w.writerow([str(i + 3)] + r + ["Item",
                        "sites/SELICB-CHC/Lists/CHC Improvement Plan"])


# =================================================================== 5. Aberdeenshire ASP (docx)
def aberdeenshire():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Joint Inspection of Adult Support and Protection in Aberdeenshire \u2013 "
                    "Improvement Plan", level=0)
    doc.add_paragraph("Aberdeenshire Adult Protection Committee")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for r, (k, v) in enumerate([("Document", "ASP Joint Inspection Improvement Plan"),
                                ("Version", "1.3"),
                                ("Last updated", "18 November 2024"),
                                ("Owner", "Lead Officer, Adult Protection")]):
        set_cell(dc.cell(r, 0), k, bold=True, size=10)
        set_cell(dc.cell(r, 1), v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "The Care Inspectorate, with Healthcare Improvement Scotland and HM Inspectorate of "
        "Constabulary in Scotland, published its report on the joint inspection of adult "
        "support and protection in Aberdeenshire in 2024. This plan sets out how the "
        "partnership will respond to the areas for improvement identified. Progress is "
        "reported to each meeting of the Adult Protection Committee and the Chief Officers' "
        "Group.")

    cols = ["No.", "Improvement action", "Lead", "Timescale", "Measure of success",
            "Progress update", "RAG"]
    rag = {"B": "00B0F0", "G": "00B050", "A": "FFC000", "R": "FF0000"}

    def afi_table(items):
        t = doc.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, h in enumerate(cols):
            set_cell(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "BDD7EE")
        for it in items:
            cells = t.add_row().cells
            for i, v in enumerate(it[:-1]):
                set_cell(cells[i], v)
            set_cell(cells[6], "")
            shade(cells[6], rag[it[-1]])
        doc.add_paragraph()

    doc.add_heading("Key processes for adult support and protection", level=1)
    doc.add_heading("Area for improvement 1", level=2)
    doc.add_paragraph(
        "The quality of initial inquiries needed to improve. Effective systems to support and "
        "evidence decision-making, actions taken, application of the three-point criteria and "
        "governance were urgently required.")
    afi_table([
        ("1.1", "Introduce a revised initial inquiry template in CareFirst with mandatory "
                "fields for the three-point criteria and the decision rationale.",
         "Adult Protection Network Manager", "September 2024",
         "Template in use for all new inquiries.",
         "Template went live 2 September 2024.", "B"),
        ("1.2", "Introduce a monthly multi-agency audit of a sample of 20 initial inquiries, "
                "reported to the APC Quality Assurance sub-group.",
         "Lead Officer, Adult Protection", "Monthly",
         "80% of audited inquiries graded good or better by March 2025.",
         "Audits held in September and October; 65% graded good or better.", "G"),
        ("1.3", "Deliver training on initial inquiries and the revised template to all "
                "council officers.",
         "Learning and Development Manager (HSCP)", "Oct 2024 \u2013 Mar 2025",
         "All council officers trained.",
         "Four of seven sessions delivered; 74 staff trained.", "G"),
    ])
    doc.add_heading("Area for improvement 2", level=2)
    doc.add_paragraph(
        "Police practice relating to updating the interim vulnerable persons database required "
        "to align with Police Scotland guidance and good practice.")
    afi_table([
        ("2.1", "Issue a briefing to all officers on iVPD update requirements and introduce "
                "supervisory checks in the Divisional Concern Hub.",
         "Detective Chief Inspector, Public Protection (North East Division)", "31/08/2024",
         "Supervisory check recorded on all adult concern reports.",
         "Briefing issued July 2024; supervisory checks in place.", "B"),
        ("2.2", "Undertake a quarterly dip sample of iVPD records for adults at risk and report "
                "findings to the APC.",
         "Police Scotland (North East Division)", "Quarterly",
         "Dip sample shows records updated in line with guidance.",
         "First dip sample reported to APC in October.", "G"),
    ])
    doc.add_heading("Strategic leadership for adult support and protection", level=1)
    doc.add_heading("Area for improvement 3", level=2)
    doc.add_paragraph(
        "The voice and experience of adults at risk of harm and their carers required to be "
        "more evident in strategic planning and development.")
    afi_table([
        ("3.1", "Commission independent advocacy to gather the views of adults at risk and "
                "carers following ASP investigations and case conferences.",
         "APC Convener / Lead Officer, Adult Protection", "December 2024",
         "Feedback report considered by the APC.",
         "Specification agreed; contract variation with Advocacy North East in progress.",
         "A"),
        ("3.2", "Establish a lived experience reference group to inform the APC delivery plan.",
         "Lead Officer, Adult Protection", "March 2025",
         "Group meets at least quarterly.",
         "Recruitment of members slower than planned; no meeting held yet.", "R"),
    ])
    doc.add_heading("Area for improvement 4", level=2)
    doc.add_paragraph(
        "The adult protection committee needed to accelerate the pace of actions set out in "
        "its delivery plan.")
    afi_table([
        ("4.1", "Review the APC delivery plan, prioritising actions and setting SMART "
                "timescales, and agree it with the Chief Officers' Group.",
         "APC Convener", "June 2024",
         "Revised delivery plan approved.",
         "Approved by the Chief Officers' Group on 20 June 2024.", "B"),
        ("4.2", "Provide a progress report on this improvement plan to each meeting of the "
                "Chief Officers' Group.",
         "Chief Social Work Officer", "Ongoing",
         "Standing agenda item.",
         "Reported August and November 2024.", "G"),
    ])
    doc.add_paragraph("RAG key: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 some "
                      "slippage; Red \u2013 not on track / at risk.")
    doc.save(out("t2-aberdeenshire-apc-asp-joint-inspection-improvement-plan.docx"))


# =================================================================== 6. KSCMP CSPR (txt, refuse)
def kscmp():
    lines = [
        "KSCMP \u2013 Local Child Safeguarding Practice Review \u2018Baby N\u2019: Multi-Agency "
        "Action Plan",
        "Kent Safeguarding Children Multi-Agency Partnership. Overseen by the Learning "
        "Improvement Group. Last updated 14/01/2025.",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress",
                   "RAG"]),
    ]
    R1 = ("Agencies should ensure that practitioners working with pregnant women routinely "
          "explore the history and role of fathers and new partners.")
    R2 = ("The partnership should seek assurance that safe sleep advice is given and "
          "recorded at every contact in the first year.")
    R3 = ("Kent County Council and Kent Police should review how information about adults who "
          "pose a risk is shared with health visitors.")
    R4 = ("The partnership should evaluate the impact of the learning from this review within "
          "12 months of publication.")
    rows = [
        ["1.1", R1, "Update the antenatal booking questionnaire to record details of the baby's "
         "father and any new partner, with a prompt for a safeguarding enquiry.",
         "Head of Midwifery (EKHUFT)", "31/10/2024",
         "New questionnaire live on Badger from October.", "Complete"],
        ["1.2", "", "Deliver 'Invisible Men' briefings to health visitors and Family Hub "
         "practitioners.",
         "KSCMP Learning and Development Manager", "March 2025",
         "Three of six briefings delivered.", "Green"],
        ["2.1", R2, "Refresh the Kent safe sleep guidance and the safe sleep assessment tool.",
         "Designated Nurse Safeguarding Children", "30/09/2024",
         "Guidance refreshed and published on the KSCMP website.", "Complete"],
        ["2.2", "", "Audit health visiting records for evidence of safe sleep discussions at "
         "new birth and 6-8 week contacts.",
         "Health Visiting Service Lead", "Novmber 2024",
         "Audit fieldwork complete; report being drafted.", "Amber"],
        ["3.1", R3, "Review the information-sharing protocol between Kent Police, Children's "
         "Social Work Services and 0-19 services.",
         "DCI Public Protection / Head of Front Door", "Q4 2024/25",
         "Task and finish group meets monthly.", "Green"],
        ["4.1", R4, "Undertake a multi-agency audit of cases involving unborn babies to test "
         "whether practice has changed.",
         "KSCMP Business Manager", "June 2025", "Audit scheduled for May 2025.", "Not started"],
    ]
    for r in rows:
        lines.append("\t".join(r))
    lines += ["", "RAG: Complete / Green = on track / Amber = at risk / Red = off track"]
    with open(out("t2-kscmp-lcspr-baby-n-action-plan.txt"), "w", encoding="utf-8",
              newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# =================================================================== 7. Oxleas well-led (xlsx, refuse)
def oxleas():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = ("Oxleas NHS Foundation Trust \u2013 Developmental Well-Led Review: "
                "Recommendations Action Plan")
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Board of Directors (Part 1)  |  Update as at 30 June 2024  |  Executive "
                "owner: Trust Secretary")
    ws.merge_cells("A2:H2")
    headers = ["Rec no.", "KLOE", "Recommendation", "Action", "Executive lead", "Due date",
               "Status", "Update"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("005EB8")
        c.alignment = CENTRE
        c.border = BOX
    statfill = {"Complete": fill("9BC2E6"), "On track": fill("C6EFCE"),
                "Delayed": fill("FFEB9C"), "Not started": None}
    rows = [
        ("1", "KLOE 1: Leadership capacity and capability",
         "The board should agree a development programme that builds on the unitary board "
         "approach.",
         "Commission a board development programme of four sessions across 2024.",
         "Chief Executive", D(2024, 12, 31), "On track",
         "Two sessions held (February and May)."),
        ("2", "KLOE 2: Vision and strategy",
         "The trust should set out measurable milestones for the delivery of its strategy.",
         "Agree a strategy delivery framework with annual milestones and report to the board "
         "twice a year.",
         "Director of Strategy and Partnerships", D(2024, 5, 31), "Complete",
         "Framework approved by the board on 23 May 2024."),
        ("3", "KLOE 3: Culture",
         "The trust should strengthen the Freedom to Speak Up arrangements in community "
         "teams.",
         "Appoint Freedom to Speak Up champions in every community directorate.",
         "Chief People Officer", D(2024, 9, 30), "On track",
         "18 champions appointed; training booked for July."),
        ("4", "KLOE 4: Governance and management",
         "The board committee structure should be reviewed to reduce duplication of "
         "assurance.",
         "Review committee terms of reference and the cycle of business.",
         "Trust Secretary", D(2024, 7, 31), "On track",
         "Draft terms of reference to Audit Committee in July."),
        ("5", "KLOE 4: Governance and management",
         "Board assurance reports should be shorter and focused on exceptions.",
         "Introduce a revised cover sheet and report template for all board papers.",
         "Trust Secretary", D(2024, 4, 30), "Complete",
         "New template in use from April board."),
        ("6", "KLOE 5: Risk and performance",
         "The board assurance framework should be linked to the strategic objectives and "
         "reviewed at each committee.",
         "Redesign the BAF around the strategic objectives and agree risk appetite "
         "statements.",
         "Chief Nurse", D(2204, 9, 30), "Delayed",
         "Risk appetite workshop moved to September due to board availability."),
        ("7", "KLOE 6: Information management",
         "The integrated performance report should use statistical process control charts.",
         "Move the IPR to SPC charts with NHS England 'Making Data Count' icons.",
         "Chief Finance Officer", D(2024, 10, 31), "On track",
         "Pilot for quality metrics in June IPR."),
        ("8", "KLOE 7: Engagement",
         "The trust should involve service users and carers in board-level discussions.",
         "Introduce a service user or carer story at every public board meeting.",
         "Chief Nurse", D(2024, 3, 31), "Complete",
         "Stories at every public board since January."),
        ("9", "KLOE 8: Learning and improvement",
         "The trust should evaluate the impact of its quality improvement programme.",
         "Commission an independent evaluation of the QI programme.",
         "Chief Medical Officer", D(2025, 3, 31), "Not started",
         "Scope to be agreed at Quality Committee in September."),
    ]
    for r, row in enumerate(rows, start=5):
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = WRAP
            c.border = BOX
        ws.cell(row=r, column=6).number_format = "dd/mm/yyyy"
        f = statfill[row[6]]
        if f:
            ws.cell(row=r, column=7).fill = f
    widths(ws, {"A": 8, "B": 26, "C": 44, "D": 44, "E": 24, "F": 12, "G": 12, "H": 40})
    ws.freeze_panes = "A5"
    wb.save(out("t2-oxleas-well-led-review-action-plan.xlsx"))


if __name__ == "__main__":
    pennine()
    cheltenham()
    sunderland()
    sel_icb()
    aberdeenshire()
    kscmp()
    oxleas()
    print("done")
