"""Make the al2- case documents (partnership, NHS and corporate plans).

Run with /work/main/.venv/bin/python al2_make.py (writes next to this file).
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

BLUE = "5B9BD5"
GREEN = "92D050"
AMBER = "FFC000"
RED = "FF0000"
HEAD = "1F4E79"
BAND = "DDEBF7"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# 1. Norfolk SAB - SAR Joanna, Jon and Ben action plan (xlsx)
# ---------------------------------------------------------------------------
def norfolk():
    wb = Workbook()
    ws = wb.active
    ws.title = "SAR JJB Action Plan"
    widths = [7, 42, 48, 26, 12, 12, 52, 11]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w

    ws["A1"] = ("Norfolk Safeguarding Adults Board – Safeguarding Adults Review: "
                "Joanna, Jon and Ben – Multi-Agency Action Plan")
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells("A1:H1")
    ws["A2"] = ("Progress position reported to the SAR Progress Summit, September 2022. "
                "Updates provided by lead agencies and collated by the NSAB Business Unit.")
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    ws.row_dimensions[2].height = 18

    hdr = ["Ref", "SAR Recommendation", "Action(s) agreed", "Lead agency / officer",
           "Target date", "Revised target date", "Progress update (Sept 2022)", "RAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill(HEAD)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A5"

    recs = [
        ("Recommendation 1: Norfolk and Waveney commissioners should know at all times where every "
         "Norfolk adult with a learning disability and/or autism placed in a specialist hospital is, "
         "why they are there and when they are expected to leave.", [
             ("1.1", "Establish and maintain a single dynamic support register for Norfolk adults with a "
                     "learning disability and/or autism who are inpatients or at risk of admission, reviewed "
                     "fortnightly by the Transforming Care Partnership.",
              "N&W CCG – Head of LD & Autism Transformation", D(2021, 12, 31), None,
              "Register live since November 2021 and reviewed fortnightly at the TCP Operational Group. "
              "23 Norfolk people currently on the inpatient section of the register.", "Complete"),
             ("1.2", "Commissioners to complete 8-weekly 'safe and wellbeing' visits to every Norfolk person "
                     "placed in a specialist inpatient setting, in or out of county.",
              "NCC / N&W CCG", D(2022, 3, 31), D(2022, 6, 30),
              "Visiting schedule agreed jointly. Visits to out-of-county placements paused during the "
              "January 2022 Covid restrictions; all visits now back within the 8-week cycle.", "Green"),
         ]),
        ("Recommendation 2: Families must be treated as partners in care: listened to, kept informed, "
         "and their concerns acted on.", [
             ("2.1", "Co-produce with family carers a charter setting out what families can expect from "
                     "commissioners and providers when a relative is admitted to hospital.",
              "NSAB Board Manager", "June 2022", "Dec-22",
              "Two co-production workshops held with family carers (April and July 2022). Draft charter "
              "to go to the Board in November; family carers asked for more time to comment.", "Amber"),
             ("2.2", "Contract monitoring of providers to include a direct conversation with at least one "
                     "family member for each Norfolk patient at every quality visit.",
              "NCC Integrated Quality Service", D(2022, 4, 30), None,
              "Included in the quality visit template from April 2022 and recorded on the Integrated "
              "Quality Service database.", "Complete"),
         ]),
        ("Recommendation 3: The physical health of people with a learning disability in inpatient "
         "settings must receive the same attention as their mental health and behaviour.", [
             ("3.1", "Audit annual health checks, health action plans and hospital passports for all Norfolk "
                     "adults with a learning disability currently in inpatient settings.",
              "N&W CCG Designated Nurse Safeguarding Adults", ("dmy", D(2022, 3, 31)), None,
              "Audit completed March 2022: 19 of 23 people had an up-to-date health check. Findings "
              "reported to the Quality and Assurance Subgroup in May 2022.", "Complete"),
             ("3.2", "Physical health, including constipation, epilepsy and medication side-effects, to be a "
                     "standing item at every Care (Education) and Treatment Review.",
              "N&W CCG – Head of LD & Autism Transformation", "Ongoing", None,
              "CTR agenda template amended. Compliance will be checked through the quarterly CTR audit.",
              "Green"),
         ]),
        ("Recommendation 4: Allegations of abuse and the use of restraint in hospital settings must be "
         "reported, recorded and responded to as safeguarding concerns.", [
             ("4.1", "Agree a joint protocol between Norfolk Constabulary and Adult Social Services for "
                     "responding to allegations of assault and ill-treatment in hospital settings, including "
                     "the threshold for police investigation.",
              "Norfolk Constabulary (DCI Safeguarding) / NCC Head of Safeguarding", D(2022, 9, 30), None,
              "Draft protocol agreed by both agencies; awaiting sign-off by the ICS legal team before it "
              "is launched.", "Amber"),
             ("4.2", "Hospital providers to submit monthly restraint and seclusion data to commissioners, "
                     "with every prone restraint reviewed at the provider's safeguarding meeting.",
              "N&W CCG Head of Quality", D(2022, 1, 31), None,
              "Monthly returns received from all three Norfolk independent hospitals since January 2022. "
              "One provider is still not reviewing each prone restraint; escalated through the contract "
              "meeting on 12/08/2022.", "Red"),
         ]),
        ("Recommendation 5: NSAB should ask national bodies to act on the findings of this review.", [
             ("5.1", "Independent Chair to write to the Minister for Care and Mental Health, NHS England and "
                     "CQC setting out the review's findings and the national changes needed.",
              "NSAB Independent Chair", D(2021, 10, 31), None,
              "Letters sent 30/09/2021. Responses received from the Minister and from CQC and shared with "
              "Board members.", "Complete"),
         ]),
        ("Recommendation 6: Learning from the review must reach practitioners and commissioners across "
         "Norfolk, and its impact must be tested.", [
             ("6.1", "Deliver practitioner and commissioner briefings on the review's key learning and publish "
                     "a 7-minute briefing and an easy read version.",
              "NSAB Learning Lead", "Q4 2021/22", None,
              "Seven briefing sessions delivered to 412 staff. 7-minute briefing and easy read version "
              "published on the NSAB website.", "Complete"),
             ("6.2", "Multi-agency audit of a sample of inpatient cases to test whether the learning has "
                     "changed practice.",
              "NSAB Quality and Assurance Subgroup Chair", "Oct 2022 – Mar 2023", None,
              "Audit tool being drafted. The audit will start once the families' charter (2.1) has been "
              "agreed.", None),
         ]),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}

    def put_date(cell, v):
        if v is None:
            return
        if isinstance(v, tuple):
            cell.value = v[1]
            cell.number_format = "dd/mm/yyyy"
        elif isinstance(v, dt.datetime):
            cell.value = v
            cell.number_format = "mmm-yy"
        else:
            cell.value = v

    r = 5
    for rec_text, acts in recs:
        first = r
        for ref, action, lead, target, revised, progress, rag in acts:
            ws.cell(row=r, column=1, value=ref)
            ws.cell(row=r, column=3, value=action)
            ws.cell(row=r, column=4, value=lead)
            put_date(ws.cell(row=r, column=5), target)
            put_date(ws.cell(row=r, column=6), revised)
            ws.cell(row=r, column=7, value=progress)
            rc = ws.cell(row=r, column=8, value=rag)
            if rag:
                rc.fill = fill(rag_fill[rag])
            for c in range(1, 9):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            ws.row_dimensions[r].height = 62
            r += 1
        ws.cell(row=first, column=2, value=rec_text)
        if r - 1 > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(row=first, column=2).alignment = WRAP
        ws.cell(row=first, column=2).font = Font(bold=True)
    # blank row, then the key
    r += 1
    ws.cell(row=r, column=2, value="RAG key").font = Font(bold=True)
    key = [("Complete", BLUE, "Action completed and evidenced"),
           ("Green", GREEN, "On track to meet the target date"),
           ("Amber", AMBER, "Some slippage; revised date agreed"),
           ("Red", RED, "Off track or significant concerns")]
    for word, colour, meaning in key:
        r += 1
        k = ws.cell(row=r, column=2, value=word)
        k.fill = fill(colour)
        ws.cell(row=r, column=3, value=meaning)
    ws.print_title_rows = "4:4"
    ws.page_setup.orientation = "landscape"
    wb.save(os.path.join(HERE, "al2-norfolk-sab-sar-joanna-jon-ben-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. South Lakeland DC - Strategic Risks Register Q1 2015/16 (xlsx, refuse)
# ---------------------------------------------------------------------------
def south_lakeland():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q1 2015-16"
    widths = [9, 36, 20, 12, 46, 22, 10, 48, 15]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = "Appendix 1"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Strategic Risks Register - Quarter One 2015/16"
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:I2")
    ws["A3"] = "Version: 1        Date: 02/07/2015        Quarter: 1, 2015/16"
    ws.merge_cells("A3:I3")
    ws["A4"] = ("How to understand this report: this register lists all of the Council's strategic risks. "
                "Each risk is scored for likelihood and impact. Risks scoring 9 or more are priority risks and "
                "need mitigating actions, reviewed every quarter; the actions and their Q1 progress are shown "
                "below. Actions should be completed by their due dates if the risk is to reduce to its target "
                "score. Every strategic risk has a risk owner at Director level.")
    ws["A4"].alignment = WRAP
    ws.merge_cells("A4:I4")
    ws.row_dimensions[4].height = 48

    hdr = ["Risk Ref", "Risk description", "Risk owner", "Current score (L x I)", "Mitigating action",
           "Action owner", "Due date", "Q1 progress update", "Status"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=6, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("305496")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX

    risks = [
        ("SR01", "Financial sustainability – failure to set and deliver a balanced budget and the Medium "
                 "Term Financial Plan", "Director of Policy and Resources", "12 (3 x 4)", [
             ("Deliver the 2015/16 savings programme, monitored monthly by the Senior Management Team",
              "Assistant Director Resources", D(2016, 3, 1),
              "Q1 savings of £212k delivered against a target of £230k; shortfall being managed within the "
              "waste service budget.", "On target"),
             ("Refresh the Medium Term Financial Plan 2016/17 to 2020/21 and report to Cabinet",
              "Assistant Director Resources", D(2015, 9, 1),
              "Budget assumptions agreed with the portfolio holder; refreshed MTFP to Cabinet on 23 September.",
              "On target"),
         ]),
        ("SR02", "Local Plan – failure to adopt the remaining Local Plan documents and maintain a five-year "
                 "housing land supply", "Director of People and Places", "12 (4 x 3)", [
             ("Submit the Development Management Policies DPD for examination",
              "Development Strategy Manager", D(2015, 12, 1),
              "Preferred options consultation closed 12 June; 214 responses being analysed.", "On target"),
             ("Publish the annual housing land supply position statement",
              "Development Strategy Manager", D(2015, 9, 1),
              "Site monitoring survey completed in May.", "On target"),
         ]),
        ("SR03", "Workforce – loss of key staff and skills, and capacity to deliver the Council Plan",
         "Chief Executive", "9 (3 x 3)", [
             ("Complete the workforce plan and succession plans for all specialist roles",
              "HR Manager", D(1961, 3, 1),
              "Specialist roles identified with each Assistant Director; succession plans in progress.",
              "On target"),
             ("Implement the new performance appraisal scheme", "HR Manager", D(2015, 6, 1),
              "All appraisals completed by 30 June (97%).", "Complete"),
         ]),
        ("SR04", "Business continuity – failure to maintain critical services during a major incident, "
                 "including flooding", "Director of People and Places", "12 (3 x 4)", [
             ("Test the corporate business continuity plan through a desktop exercise",
              "Emergency Planning Officer", D(2015, 10, 1),
              "Exercise planned with the Cumbria Local Resilience Forum for October.", "On target"),
             ("Review service business continuity plans following the move to the new ICT platform",
              "ICT Manager", D(2015, 12, 1), "Ten of 16 service plans reviewed.", "Behind schedule"),
         ]),
        ("SR05", "Information governance – loss or inappropriate disclosure of personal data",
         "Director of Policy and Resources", "9 (3 x 3)", [
             ("Roll out mandatory data protection e-learning to all staff and members",
              "Information Governance Officer", D(2015, 9, 1),
              "68% of staff completed; reminders issued through team managers.", "Behind schedule"),
         ]),
    ]
    st_fill = {"On target": "C6EFCE", "Complete": "BDD7EE", "Behind schedule": "FFEB9C"}
    r = 7
    for ref, desc, owner, score, acts in risks:
        first = r
        for action, aowner, due, prog, status in acts:
            ws.cell(row=r, column=5, value=action)
            ws.cell(row=r, column=6, value=aowner)
            dc = ws.cell(row=r, column=7, value=due)
            dc.number_format = "mmm-yy"
            ws.cell(row=r, column=8, value=prog)
            sc = ws.cell(row=r, column=9, value=status)
            sc.fill = fill(st_fill[status])
            for c in range(1, 10):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            ws.row_dimensions[r].height = 48
            r += 1
        for c, v in zip(range(1, 5), (ref, desc, owner, score)):
            ws.cell(row=first, column=c, value=v)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=c, end_row=r - 1, end_column=c)
            ws.cell(row=first, column=c).alignment = WRAP
        ws.cell(row=first, column=1).font = Font(bold=True)
    r += 1
    ws.cell(row=r, column=1, value="Status key: On target – action progressing to its due date; "
                                   "Behind schedule – action will miss its due date; "
                                   "Complete – action finished.").font = Font(italic=True, size=9)
    ws.freeze_panes = "A7"
    wb.save(os.path.join(HERE, "al2-south-lakeland-dc-strategic-risks-register-q1-2015-16.xlsx"))


# ---------------------------------------------------------------------------
# 3. Nottinghamshire Healthcare NHS FT - CQC s48 improvement plan (xlsx)
# ---------------------------------------------------------------------------
def notts_healthcare():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [6, 38, 46, 26, 12, 12, 50, 10, 10]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws["A1"] = ("Nottinghamshire Healthcare NHS Foundation Trust: CQC Section 48 Special Review – "
                "Trust Improvement Plan")
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:I1")
    ws["A2"] = "Position as at 30 September 2024 – Board of Directors (Public), 31 October 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:I2")

    hdr = ["Ref", "CQC recommendation", "Action", "Executive lead", "Due date", "Revised due date",
           "Progress / evidence of completion", "Previous BRAG", "Current BRAG"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(row=4, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        cell.border = BOX
    ws.freeze_panes = "A5"

    NUR = "Executive Director of Nursing, AHPs & Quality"
    themes = [
        ("Theme 1: Access, waiting lists and community mental health teams", [
            ("The trust must ensure that people waiting for community mental health services have their "
             "risk regularly reviewed and managed while they wait.", [
                ("1.1", "Implement a standard waiting list risk review process across all community mental "
                        "health teams, with a documented review at least every four weeks for everyone "
                        "waiting for allocation.", "Chief Operating Officer", D(2024, 6, 30), D(2024, 9, 30),
                 "Process live in all adult CMHTs from July 2024. Compliance with four-weekly reviews was 87% "
                 "in September; target 95% by December.", "A", "G"),
                ("1.2", "Validate all community mental health team waiting lists and close or redirect "
                        "inappropriate referrals.", "Chief Operating Officer", D(2024, 5, 31), None,
                 "Clinical validation of 4,212 waiting patients completed in May 2024; 618 redirected to "
                 "primary care or other services with the GP informed.", "G", "B"),
            ]),
            ("The trust must ensure that people who disengage from services, or are discharged after not "
             "attending, have their risk assessed and that their GP and family are informed where "
             "appropriate.", [
                ("1.3", "Revise the Did Not Attend and disengagement policy so that no patient with a history "
                        "of serious risk is discharged without a multidisciplinary review.", "Medical Director",
                 D(2024, 7, 31), None,
                 "Revised policy approved by the Quality Committee on 18 July 2024 and launched with briefings "
                 "to all community teams.", "A", "B"),
                ("1.4", "Audit compliance with the revised policy in all City and County community teams.",
                 "Medical Director / " + NUR, "Q3 2024/25", None,
                 "Audit tool agreed; first audit of 60 discharges scheduled for November 2024.", "G", "G"),
            ]),
        ]),
        ("Theme 2: Staffing and workforce", [
            ("The trust must ensure there are enough suitably qualified, skilled and experienced staff on "
             "inpatient wards and in community teams, including at Rampton Hospital.", [
                ("2.1", "Complete the annual establishment review for all inpatient wards using the Mental "
                        "Health Optimal Staffing Tool and present the findings to the Board.", NUR,
                 D(2024, 9, 30), None,
                 "Establishment review presented to the Board in September 2024; funded establishments agreed "
                 "for 2025/26 planning.", "G", "B"),
                ("2.2", "Deliver the Rampton Hospital recruitment and retention plan, including international "
                        "recruitment of registered nurses.", "Chief People Officer", D(2025, 3, 31), None,
                 "38 of 60 planned registered nurse recruits in post. Retention has improved but the vacancy "
                 "rate in the women's service remains above 20%.", "A", "A"),
                ("2.3", "Reduce the use of agency staff on high secure wards to below 10% of shifts.",
                 "Chief People Officer", "Q4 2024/25", None,
                 "Agency use was 17% of shifts in September 2024, up from 15% in June, because of long-term "
                 "sickness. Recovery plan to the People Committee in November.", "R", "R"),
            ]),
        ]),
        ("Theme 3: Leadership, governance and culture", [
            ("The trust must ensure that the board has clear oversight of risk and quality and that concerns "
             "raised by staff, patients and families are heard and acted on.", [
                ("3.1", "Commission an independent well-led review and agree the resulting action plan with "
                        "NHS England.", "Chief Executive", D(2024, 8, 31), None,
                 "Review completed in August 2024; action plan agreed with NHS England and monitored "
                 "separately by the Board.", "G", "B"),
                ("3.2", "Refresh the Board Assurance Framework so that each strategic risk has a named "
                        "executive owner and is reviewed quarterly at committee.",
                 "Director of Corporate Affairs", D(2024, 10, 31), None,
                 "Refreshed BAF approved in principle by the Audit and Risk Committee; final version to the "
                 "Board on 31 October.", "G", "G"),
                ("3.3", "Establish a families and carers reference group reporting to the Quality Committee.",
                 NUR, D(2024, 12, 31), None,
                 "Not yet started. Work begins when the new Head of Patient and Carer Experience takes up post "
                 "in November 2024.", None, None),
            ]),
        ]),
    ]
    brag = {"B": BLUE, "G": "00B050", "A": AMBER, "R": RED}
    r = 5
    for theme, recs in themes:
        ws.cell(row=r, column=1, value=theme)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(row=r, column=1).font = Font(bold=True, size=12)
        ws.cell(row=r, column=1).fill = fill("BDD7EE")
        r += 1
        for rec, acts in recs:
            first = r
            for ref, action, lead, due, rev, prog, prev, cur in acts:
                ws.cell(row=r, column=1, value=ref)
                ws.cell(row=r, column=3, value=action)
                ws.cell(row=r, column=4, value=lead)
                for col, v in ((5, due), (6, rev)):
                    c = ws.cell(row=r, column=col, value=v)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                ws.cell(row=r, column=7, value=prog)
                for col, v in ((8, prev), (9, cur)):
                    c = ws.cell(row=r, column=col, value=v)
                    c.alignment = Alignment(horizontal="center", vertical="top")
                    if v:
                        c.fill = fill(brag[v])
                        c.font = Font(bold=True, color="FFFFFF" if v in "BR" else "000000")
                for c in range(1, 8):
                    ws.cell(row=r, column=c).alignment = WRAP
                for c in range(1, 10):
                    ws.cell(row=r, column=c).border = BOX
                ws.row_dimensions[r].height = 64
                r += 1
            ws.cell(row=first, column=2, value=rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=first, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=2, value="BRAG key").font = Font(bold=True)
    for letter, meaning in (("B", "Complete and evidenced"),
                            ("G", "On track to deliver by the due date"),
                            ("A", "Risk to delivery, mitigations in place"),
                            ("R", "Off track or due date missed")):
        r += 1
        k = ws.cell(row=r, column=2, value=letter)
        k.fill = fill(brag[letter])
        ws.cell(row=r, column=3, value=meaning)
    wb.save(os.path.join(HERE, "al2-nottinghamshire-healthcare-cqc-s48-special-review-improvement-plan.xlsx"))


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


def set_cell(cell, text, bold=False, size=9, color=None):
    """Write text into a cell; '\n' starts a new paragraph (as a typist pressing Enter)."""
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 4. Safer South Warwickshire CSP - DHR SW01 action plan (docx)
# ---------------------------------------------------------------------------
def south_warwickshire():
    doc = Document()
    landscape(doc)
    doc.add_paragraph("Safer South Warwickshire CSP – Domestic Homicide Review SW01 – Action Plan",
                      style="Title")
    doc.add_paragraph(
        "This action plan sets out how agencies will respond to the recommendations of the Overview Report "
        "into the death of the victim in South Warwickshire in 2013. Progress is monitored by the DHR "
        "Steering Group and reported quarterly to the Safer South Warwickshire Community Safety Partnership "
        "Board.")
    doc.add_paragraph("Document control", style="Heading 2")
    dc = doc.add_table(rows=3, cols=4)
    dc.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Updated by", "Notes"]):
        set_cell(dc.cell(0, i), h, bold=True)
        shade(dc.cell(0, i), "D9D9D9")
    for r, row in enumerate([
            ("1.0", "21/04/2015", "DHR Coordinator", "Approved by SSWCSP with the final overview report"),
            ("1.4", "12/10/2016", "DHR Coordinator", "Progress update for the CSP Board, October 2016")],
            start=1):
        for c, v in enumerate(row):
            set_cell(dc.cell(r, c), v)
    doc.add_paragraph()
    doc.add_paragraph("Action plan – progress at October 2016", style="Heading 2")

    hdr = ["No.", "Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
           "Key milestones achieved", "Target date", "Date of completion and outcome", "RAG"]
    rows = [
        ("band", "Overview Report Recommendations"),
        ("1", "All agencies to ensure that front-line staff ask about domestic abuse routinely and record the "
              "answer, including where the victim's first language is not English.", "Local",
         "a) Audit routine enquiry practice in health, housing and adult social care teams\n"
         "b) Issue practice guidance on using professional interpreters, not family members, when asking "
         "about abuse",
         "Safer South Warwickshire CSP / Warwickshire County Council",
         "Audit completed in SWFT and both district housing teams. Interpreter guidance circulated July 2016.",
         "March 2016", "Completed July 2016", "Complete"),
        ("2", "The CSP to commission multi-agency training on coercive control and the heightened risk at the "
              "point of separation.", "Local",
         "a) Commission and deliver three cohorts of multi-agency coercive control training\n"
         "b) Include separation as a risk factor in DASH refresher training",
         "Warwickshire County Council (Domestic Abuse Commissioning)",
         "Two cohorts delivered (68 staff). Third cohort booked for February 2017.",
         "Sept 2016 – March 2017", "", "Green"),
        ("3", "MARAC partners to review how actions are followed up when a high-risk victim cannot be "
              "contacted.", "Local",
         "Review the MARAC operating protocol and introduce a 'no contact' escalation step",
         "Warwickshire Police / MARAC Chair",
         "Protocol revised and agreed at the MARAC Steering Group.",
         "31/12/2015", "Completed 02/02/2016 – revised protocol in use", "Complete"),
        ("4", "Learning from this review to be shared with the Warwickshire Domestic Abuse Partnership Board "
              "and used to inform the county Domestic Abuse Strategy.", "Regional",
         "Present the overview report and learning to the Domestic Abuse Partnership Board and include the "
         "learning in the strategy refresh",
         "Safer South Warwickshire CSP",
         "Presented to the Domestic Abuse Partnership Board 15/10/2015. Strategy refresh delayed to 2017.",
         "Ongoing", "", "Amber"),
        ("band", "Single Agency (IMR) Recommendations"),
        ("5", "Warwickshire Police to ensure that officers attending domestic incidents complete a DASH risk "
              "assessment in every case and speak to the victim alone.", "Single agency",
         "Reinforce DASH compliance through briefings and monthly dip-sampling by the Public Protection Unit",
         "Warwickshire Police",
         "Dip-sampling started January 2016; compliance 94% in Q2 2016/17.",
         "June 2016", "Completed – dip-sampling now business as usual", "Complete"),
        ("6", "South Warwickshire NHS Foundation Trust to improve the recording of domestic abuse disclosures "
              "in the Emergency Department.", "Single agency",
         "a) Add a mandatory domestic abuse question to the ED electronic record\n"
         "b) Train ED staff on referral to the IDVA service",
         "South Warwickshire NHS Foundation Trust",
         "Question added to the ED record from April 2016; 71% of ED nursing staff trained so far.",
         "31/03/2016", "", "Amber"),
        ("7", "Stratford-on-Avon District Council to ensure housing officers make a safeguarding referral when "
              "a tenant or applicant discloses abuse.", "Single agency",
         "Update the Housing Options procedure with the safeguarding referral route and appoint a domestic "
         "abuse champion in each team",
         "Stratford-on-Avon District Council (Housing)",
         "Procedure updated; champions identified in two of three teams.",
         "Dec-16", "", "Green"),
        ("8", "The GP practice to review how it responds to patients who present repeatedly with injuries.",
         "Single agency",
         "Hold a practice learning event and add an alert to the records of patients who disclose abuse",
         "South Warwickshire CCG – Designated Nurse Safeguarding Adults",
         "Learning event held with all GPs and practice nurses.",
         "Dec 2015", "Completed 10/12/2015", "Complete"),
    ]
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "7030A0")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "band":
            m = cells[0].merge(cells[-1])
            set_cell(m, row[1], bold=True, size=10)
            shade(m, "E4DFEC")
            continue
        for i, v in enumerate(row):
            set_cell(cells[i], v)
        shade(cells[8], rag_fill[row[8]])
    widths = [Cm(1.0), Cm(4.6), Cm(2.0), Cm(4.6), Cm(3.2), Cm(4.0), Cm(2.2), Cm(3.2), Cm(1.8)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("RAG: ").bold = True
    p.add_run("Complete – action completed and signed off by the DHR Steering Group; Green – on track; "
              "Amber – behind target date or at risk; Red – no progress.")
    doc.save(os.path.join(HERE, "al2-safer-south-warwickshire-csp-dhr-sw01-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. North Wales Safeguarding Board - CPR action plan (docx)
# ---------------------------------------------------------------------------
def north_wales():
    doc = Document()
    landscape(doc)
    tp = doc.add_paragraph(
        "North Wales Safeguarding Children Board – Child Practice Review NWSCB 2/2020 – Action Plan",
        style="Title")
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Document history", style="Heading 2")
    dh = doc.add_table(rows=4, cols=4)
    dh.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Comments"]):
        set_cell(dh.cell(0, i), h, bold=True)
        shade(dh.cell(0, i), "D9E2F3")
    for r, row in enumerate([
            ("0.1", "12/10/2020", "Safeguarding Board Business Unit", "Draft for the review panel"),
            ("1.0", "03/12/2020", "Safeguarding Board Business Unit", "Approved by NWSCB"),
            ("1.3", "15/04/2021", "Safeguarding Board Business Unit", "Progress update for the CPR Sub Group")],
            start=1):
        for c, v in enumerate(row):
            set_cell(dh.cell(r, c), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan responds to the recommendations of Child Practice Review NWSCB 2/2020. It is "
        "monitored by the Child and Adult Practice Review Sub Group and reported to the North Wales "
        "Safeguarding Children Board. Each recommendation is set out in its own table with the actions "
        "agreed by partner agencies and their progress as at April 2021.")

    G, A, R = "00B050", "FFC000", "FF0000"
    plan = [
        ("Learning Theme 1: Recognising and responding to intra-familial child sexual abuse", [
            ("Recommendation 1: The Board should ensure practitioners are equipped to recognise indicators of "
             "intra-familial child sexual abuse, including where concerns span more than one generation of a "
             "family.", [
                ("1.1", "Deliver regional multi-agency training on recognising and responding to intra-familial "
                        "child sexual abuse.", "NWSB Training Sub Group Chair", "March 2021",
                 "Four online sessions delivered between November 2020 and February 2021; 142 practitioners "
                 "attended.", G),
                ("1.2", "Add learning from this review to the regional child sexual abuse practice guidance.",
                 "NWSB Policy and Procedures Sub Group", "June 2021",
                 "Guidance redrafted and out for consultation with partner agencies until 31 May.", A),
            ]),
        ]),
        ("Learning Theme 2: Information sharing across the England and Wales border", [
            ("Recommendation 2: Where a family moves across the border, agencies should make sure child "
             "protection information is transferred promptly and that historical concerns are followed up by "
             "the receiving agency.", [
                ("2.1", "Agree a cross-border information sharing protocol with the Cheshire West and Chester "
                        "and Shropshire safeguarding partnerships.", "NWSB Business Manager", "December 2020",
                 "Protocol agreed in November 2020 and published on the NWSB website.", G),
                ("2.2", "North Wales Police to ensure historical intelligence held by other forces is checked "
                        "when a child protection referral is received.",
                 "North Wales Police – Detective Superintendent, Public Protection", "31/03/2021",
                 "Check built into the Referral Hub triage form; monthly audit started in March.", A),
            ]),
            ("Recommendation 3: Health services should ensure that the records of children moving into the "
             "region are requested and reviewed by the receiving health visiting or school nursing team.", [
                ("3.1", "Introduce a 'transfer-in' checklist for health visiting and school nursing teams.",
                 "BCUHB Head of Safeguarding", "January 2021",
                 "Checklist in use in all three BCUHB areas since January 2021.", G),
            ]),
        ]),
        ("Learning Theme 3: Hearing the voice of the child", [
            ("Recommendation 4: Schools should ensure that changes in a child's presentation and attendance "
             "are recorded and passed to the designated safeguarding person.", [
                ("4.1", "Safeguarding refresher training for all designated safeguarding persons in schools "
                        "across the six local authorities.", "Local Authority Education Safeguarding Leads",
                 "Summer term 2021",
                 "Training completed in Conwy, Denbighshire and Flintshire; Gwynedd, Anglesey and Wrexham "
                 "sessions booked for June.", A),
                ("4.2", "Introduce a regional chronology template for schools to record changes in a child's "
                        "presentation.", "NWSB Business Manager / Regional Education Safeguarding Group",
                 "Autumn term 2020", "Template agreed and issued to all schools in December 2020.", G),
                ("4.3", "Audit a sample of school safeguarding files to test use of the chronology template.",
                 "Regional Education Safeguarding Group", "TBC",
                 "Not started – audit delayed by school closures; new date to be agreed.", R),
            ]),
        ]),
    ]
    widths = [Cm(1.2), Cm(7.5), Cm(4.5), Cm(2.8), Cm(7.0), Cm(1.6)]
    for theme, recs in plan:
        doc.add_paragraph(theme, style="Heading 2")
        for rec, acts in recs:
            t = doc.add_table(rows=2, cols=6)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(m, rec, bold=True, size=10)
            shade(m, "D9E2F3")
            for i, h in enumerate(["Ref", "Action", "Lead", "Timescale", "Progress update (April 2021)",
                                   "RAG"]):
                set_cell(t.cell(1, i), h, bold=True)
                shade(t.cell(1, i), "F2F2F2")
            for ref, action, lead, when, prog, colour in acts:
                cells = t.add_row().cells
                for i, v in enumerate((ref, action, lead, when, prog, "")):
                    set_cell(cells[i], v)
                shade(cells[5], colour)
            for row in t.rows[1:]:
                for i, w in enumerate(widths):
                    row.cells[i].width = w
            doc.add_paragraph()
    doc.add_paragraph("RAG key", style="Heading 3")
    k = doc.add_table(rows=3, cols=2)
    k.style = "Table Grid"
    for r, (colour, meaning) in enumerate([(R, "Red – action not started or significantly delayed"),
                                           (A, "Amber – action in progress"),
                                           (G, "Green – action completed")]):
        shade(k.cell(r, 0), colour)
        set_cell(k.cell(r, 1), meaning)
        k.cell(r, 0).width = Cm(1.5)
        k.cell(r, 1).width = Cm(9)
    doc.save(os.path.join(HERE, "al2-north-wales-safeguarding-board-cpr-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Great Western Hospitals NHS FT - outstanding actions of the Board (csv)
# ---------------------------------------------------------------------------
def gwh():
    rows = [
        ["Minute Ref", "Meeting Date", "Action", "Lead", "Due Date", "Update", "RAG Status"],
        ["165/19", "04/07/2019",
         "Safer Staffing – Staff Survey: establish whether staff survey results can be broken down by ward so "
         "they can be compared with safer staffing data.", "Director of HR & OD", "05/09/2019",
         "The survey is completed by a cross section of staff and cannot be broken down by ward. Propose "
         "closure.", "Blue"],
        ["171/19", "04/07/2019",
         "Appraisal and Revalidation – circulate a note to the Board on the position regarding the external "
         "review of medical appraisal.", "Medical Director", "07/11/2019",
         "External reviewer's report received 28/10/2019. Note to be circulated before the February Board.",
         "Red"],
        ["230/19", "07/11/2019",
         "Quality Report – provide the Board with a breakdown of falls with harm by ward for the last 12 "
         "months.", "Director of Nursing, Midwifery & AHPs", "09/01/2020",
         "Included in the January Quality Report (item 8). Propose closure.", "Blue"],
        ["236/19", "07/11/2019",
         "Operational Performance Report – 2 Week Wait: confirm the proportion of patients referred on the 2 "
         "week wait pathway who are diagnosed with cancer.", "Chief Operating Officer", "05/12/2019",
         "Average conversion rate is 8.5%. Closed at the December Board.", "Blue"],
        ["267/19", "05/12/2019",
         "Quality Report – reword the mortality section so that SHMI and HSMR are explained for a lay reader.",
         "Medical Director", "06/02/2020", "To be picked up in the February report.", "Green"],
        ["269/19", "05/12/2019",
         "Communication with Staff – set out the range of mechanisms used to communicate with staff, to be "
         "considered as part of the Communication Strategy.",
         "Acting Chief Executive / Head of Communications", "05/03/2020",
         "Communication Strategy scheduled for the Performance, People & Place Committee in March 2020.",
         "Green"],
        ["282/19", "05/12/2019",
         "Chief Executive's Report – Primary Care: bring a paper to the Board setting out the risks and "
         "benefits of the Trust taking on further GP practices.", "Director of Strategy", "TBC",
         "Awaiting the outcome of discussions with the CCG; date to be confirmed.", "Amber"],
        ["299/19", "05/12/2019",
         "Chair of Quality & Governance Committee – Friends & Family Test: report on actions to improve the "
         "response rate in outpatients.", "Director of Nursing, Midwifery & AHPs", "02/04/2020", "", "Green"],
        ["303/19", "05/12/2019",
         "Draft People Strategy 2019-2024:\n- build flexibility into the delivery plan\n- add measures for the "
         "Workforce Disability Equality Standard", "Director of HR & OD", "06/02/2020",
         "Revised strategy to come to the February Board for approval.", "Green"],
        ["306/19", "05/12/2019",
         "Finance Report Month 8 – reconcile the emergency capital bid (£25.9m) with the capital programme and "
         "report to the Finance & Investment Committee.", "Director of Finance", "23/12/2019",
         "Reported to the Finance & Investment Committee on 23/12/2019. Propose closure.", "Blue"],
    ]
    path = os.path.join(HERE, "al2-great-western-hospitals-board-outstanding-actions.csv")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 7. Southwark SCP - LCSPR Child T action tracker export (tab-separated txt)
# ---------------------------------------------------------------------------
def southwark():
    R1 = ("R1: Partners should ensure that indicators of criminal exploitation are recognised when a child goes "
          "missing or is excluded from school.")
    R2 = ("R2: The local authority and schools should ensure that suspensions, exclusions and managed moves of "
          "children known to children's social care are notified to the allocated social worker.")
    R3 = ("R3: Health partners should ensure that injuries to adolescents attending the Emergency Department "
          "are considered for exploitation risk.")
    R4 = ("R4: The MPS and partners should ensure that children found in possession of drugs or weapons are "
          "treated as potential victims of exploitation and referred through the National Referral Mechanism.")
    T1, T2, T3, T4 = ("1. Recognising exploitation", "2. Education, suspensions and exclusions", "3. Health",
                      "4. Police and partnership response")
    hdr = ["Theme", "Recommendation", "Action ID", "Action", "Lead", "Target Date", "Revised Date", "Status",
           "Latest Update", "Modified"]
    rows = [
        [T1, R1, "1.1", "Refresh the Southwark exploitation screening tool and embed it in MASH, Early Help and "
         "YJS assessments", "Head of Safeguarding and Quality Assurance", "31/03/2023", "", "Complete",
         "Revised tool live on Mosaic from 27/03/2023; briefing sessions held for MASH and Early Help teams.",
         "12/04/2023 09:15"],
        [T1, R1, "1.2", "Deliver multi-agency training on criminal exploitation and contextual safeguarding for "
         "school designated safeguarding leads", "SSCP Learning Network", "31/07/2023", "31/10/2023",
         "On track", "Two sessions delivered in June (41 DSLs). Remaining sessions moved to the autumn term at "
         "schools' request.", "21/08/2023 14:02"],
        [T2, R2, "2.1", "Introduce notification of all suspensions and exclusions of children open to social care "
         "to the allocated social worker within one working day", "Director of Education / Head of Inclusion",
         "30/06/2023", "", "At risk", "Notification process agreed with secondary heads. The data feed from "
         "the school information system is not yet working, so notifications are manual.",
         "30/08/2023 11:47"],
        [T2, R2, "2.2", "Audit managed moves of children known to children's social care during 2022/23",
         "Head of Inclusion", "Sep-23", "", "Not started", "Audit will start once 2.1 is in place.",
         "30/08/2023 11:49"],
        [T3, R3, "3.1", "Add exploitation prompts to the adolescent safeguarding assessment in the King's College "
         "Hospital Emergency Department", "KCH Named Nurse Safeguarding Children", "31/05/2023", "",
         "Complete", "Prompts added to the ED electronic record in May 2023. Audit in July showed 82% "
         "completion.", "03/08/2023 10:20"],
        [T3, R3, "3.2", "Share Emergency Department attendances of children open to the YJS with their case "
         "manager", "SEL ICB Designated Nurse Safeguarding Children", "Ongoing", "", "On track",
         "Information sharing agreement signed; weekly list sent to the YJS since July.", "03/08/2023 10:26"],
        [T4, R4, "4.1", "Issue a briefing to Central South BCU officers on NRM referrals for children",
         "MPS Central South BCU – DI Safeguarding", "28/02/2023", "", "Complete",
         "Briefing issued February 2023 and added to the BCU induction pack.", "06/03/2023 08:58"],
        [T4, R4, "4.2", "Quarterly dip-sample of NRM referrals for Southwark children",
         "Chair, Adolescent Risk Strategic Subgroup", "Quarterly", "", "On track",
         "First dip-sample (Q1) completed: 11 of 14 referrals made within 7 days.", "24/07/2023 15:31"],
        [T4, R4, "4.3", "Establish a multi-agency child exploitation (MACE) panel with the YJS and police",
         "Head of YJS / MPS Central South BCU", "30/06/2023", "30/09/2023", "Off track",
         "Terms of reference still to be agreed; police chair not yet identified. Escalated to the "
         "Safeguarding Executive.", "01/09/2023 17:05"],
    ]
    lines = ["Southwark Safeguarding Children Partnership – LCSPR Child T: Action Tracker",
             "Exported from SSCP Action Tracker 04/09/2023 16:42",
             "",
             "\t".join(hdr)]
    lines += ["\t".join(r) for r in rows]
    path = os.path.join(HERE, "al2-southwark-scp-lcspr-child-t-action-tracker-export.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    norfolk()
    south_lakeland()
    notts_healthcare()
    south_warwickshire()
    north_wales()
    gwh()
    southwark()
    print("done")
