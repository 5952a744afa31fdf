#!/usr/bin/env python3
"""Build the seven gz2- blind test files (set heldout242).

Partnership, NHS and corporate plans:
  gz2-kingston-sab-sar-ms-h-action-plan.docx
  gz2-safer-sunderland-partnership-dhr-lorraine-action-plan.docx
  gz2-nhs-south-yorkshire-icb-board-action-log.xlsx
  gz2-oldham-council-corporate-risk-register-q2-2025-26.xlsx
  gz2-trafford-council-transformation-programme-highlight-report-typo-month-refuse.xlsx
  gz2-east-lancashire-hospitals-maternity-neonatal-improvement-plan.csv
  gz2-safer-stockton-partnership-community-safety-plan-2025-26-delivery-plan.txt

Each action record carries the cells as written plus (exp_*) the reading a
person makes of it; the .expected.yaml files were written from those.
Run: python gz2_make.py  (writes beside this script)
"""
import csv
import datetime as dt
import io
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

RAG_HEX = {"Blue": "00B0F0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
           "Grey": "D9D9D9"}


# ----------------------------------------------------------------- docx helpers
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


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))


# =============================================================== 1. Kingston SAR
SAR_TITLE = "Safeguarding Adults Review \u2018Ms H\u2019 \u2013 Multi-Agency Action Plan"

SAR_THEMES = [
    ("Theme 1: Self-neglect and hoarding",
     "Recommendation 1: Kingston SAB should seek assurance that partner agencies apply the "
     "multi-agency self-neglect and hoarding protocol consistently, including escalation where "
     "an adult repeatedly declines support.",
     [dict(ref="1.1",
           action="Relaunch the Kingston self-neglect and hoarding protocol with a 7-minute "
                  "briefing and a practitioner webinar.",
           lead="SAB Business Manager", end="January 2025",
           progress="Protocol relaunched 21/01/2025; webinar attended by 146 practitioners.",
           rag="Blue",
           exp_lead=["SAB Business Manager"], exp_end="2025-01", exp_status="blue"),
      dict(ref="1.2",
           action="Audit a sample of 20 self-neglect enquiries to test use of the escalation "
                  "pathway and the quality of risk assessment.",
           lead="Head of Adult Safeguarding (RBK) / Designated Nurse Safeguarding Adults (SWL ICB)",
           end="Q4 2024/25",
           progress="Audit fieldwork complete; report to Quality Assurance Subgroup in November 2025.",
           rag="Amber",
           exp_lead=["Head of Adult Safeguarding (RBK)",
                     "Designated Nurse Safeguarding Adults (SWL ICB)"],
           exp_end="2025-03", exp_end_text="Q4 2024/25", exp_status="amber"),
      dict(ref="1.3",
           action="Add a prompt to the Mosaic safeguarding enquiry form to record the adult\u2019s "
                  "views on declined support and the professional curiosity applied.",
           lead="Principal Social Worker (Adults)", end="30/06/2025",
           progress="Form change live from 2 June 2025.", rag="Blue",
           exp_lead=["Principal Social Worker (Adults)"], exp_end="2025-06", exp_status="blue")]),
    ("Theme 2: Mental capacity and executive functioning",
     "Recommendation 2: The Board should seek assurance that practitioners understand executive "
     "functioning and record mental capacity assessments that are time- and decision-specific.",
     [dict(ref="2.1",
           action="Deliver MCA and executive functioning training to adult social care, community "
                  "health and housing staff, with an attendance target of 80% of identified staff.",
           lead="MCA Lead (Adult Social Care); Safeguarding Lead (Your Healthcare CIC)",
           end="Sept 2024 \u2013 March 2025",
           progress="Five sessions delivered; 71% of identified staff trained. Two further "
                    "sessions booked for December.",
           rag="Amber",
           exp_lead=["MCA Lead (Adult Social Care)", "Safeguarding Lead (Your Healthcare CIC)"],
           exp_end="2025-03", exp_end_text="Sept 2024 \u2013 March 2025", exp_status="amber"),
      dict(ref="2.2",
           action="Develop a multi-agency MCA audit tool and complete a first audit of 15 cases.\n"
                  "Share the findings at the Board development day.",
           lead="MCA and DoLS Lead", end="End of September 2025",
           progress="Audit tool agreed by Quality Assurance Subgroup; audit under way.",
           rag="Green",
           exp_lead=["MCA and DoLS Lead"], exp_end="2025-09",
           exp_end_text="End of September 2025", exp_status="green")]),
    ("Theme 3: Working with families and carers",
     "Recommendation 3: Partners should ensure that carers are offered a carer\u2019s assessment "
     "and that family concerns are recorded and responded to.",
     [dict(ref="3.1",
           action="Review the carers\u2019 assessment offer letter and pathway with Kingston "
                  "Carers\u2019 Network.",
           lead="Head of Commissioning (Adults)", end="December 2024",
           progress="Revised pathway in place from 1 December 2024.", rag="Complete",
           exp_lead=["Head of Commissioning (Adults)"], exp_end="2024-12", exp_status="blue"),
      dict(ref="3.2",
           action="Include questions on family and carer involvement in the 2025 safeguarding "
                  "adults self-assessment for all Board partners.",
           lead="SAB Business Manager", end="Ongoing",
           progress="Questions drafted; self-assessment launches November 2025.", rag="Green",
           exp_lead=["SAB Business Manager"], exp_end=None, exp_end_text="Ongoing",
           exp_status="green"),
      dict(ref="3.3",
           action="Audit the recording of family and next-of-kin concerns on hospital discharge "
                  "summaries.",
           lead="Head of Safeguarding (Kingston Hospital)", end="31/03/2026",
           progress="Not yet started \u2013 scheduled for Q4 2025/26.", rag="",
           exp_lead=["Head of Safeguarding (Kingston Hospital)"], exp_end="2026-03",
           exp_status="unrated")]),
]


def make_sar(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Kingston Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(SAR_TITLE, style="Title")
    doc.add_paragraph("Version 1.3 \u2013 updated following the SAR Subgroup, 14 October 2025")

    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        bold_cell(c, h)
    for row in [("1.0", "09/10/2024", "SAB Business Manager", "Action plan agreed by the Board"),
                ("1.1", "22/04/2025", "SAB Business Manager", "Q4 updates added"),
                ("1.3", "14/10/2025", "SAB Business Manager", "Q2 updates; 1.3 and 3.1 closed")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_paragraph("RAG key", style="Heading 2")
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for colour, meaning in [("Blue", "Action complete and evidenced"),
                            ("Green", "On track to deliver by the target date"),
                            ("Amber", "Some slippage; mitigations in place"),
                            ("Red", "Significantly off track")]:
        cells = k.add_row().cells
        cells[0].text = colour
        shade(cells[0], RAG_HEX[colour])
        cells[1].text = meaning

    for theme, rec, actions in SAR_THEMES:
        doc.add_paragraph(theme, style="Heading 1")
        rp = doc.add_paragraph()
        rp.add_run(rec).bold = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Ref", "Action", "Lead", "Target date",
                                          "Progress update (October 2025)", "RAG"]):
            bold_cell(c, h)
            shade(c, "D9E2F3")
        for a in actions:
            cells = t.add_row().cells
            cells[0].text = a["ref"]
            cells[1].text = a["action"]
            cells[2].text = a["lead"]
            cells[3].text = a["end"]
            cells[4].text = a["progress"]
            cells[5].text = a["rag"]
            fill = {"Blue": "Blue", "Complete": "Blue", "Green": "Green", "Amber": "Amber",
                    "Red": "Red"}.get(a["rag"])
            if fill:
                shade(cells[5], RAG_HEX[fill])
        doc.add_paragraph("")

    doc.add_paragraph("Sign-off", style="Heading 2")
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text = "Approved by"
    s.cell(0, 1).text = "Independent Chair, Kingston Safeguarding Adults Board"
    s.cell(1, 0).text = "Date"
    s.cell(1, 1).text = "14/10/2025"
    doc.save(path)


# =========================================================== 2. Sunderland DHR
DHR_TITLE = "Domestic Homicide Review \u2018Lorraine\u2019 \u2013 Action Plan"

DHR_SECTIONS = [
    ("Overview report recommendations", [
        ("1. Safer Sunderland Partnership to assure itself that all partner agencies have a "
         "domestic abuse routine enquiry policy which includes older victims and abuse by adult "
         "family members.", "Local", [
            dict(action="Circulate a routine enquiry policy checklist to all statutory partners "
                        "and collate the returns.",
                 lead="Sunderland City Council \u2013 Community Safety", end="31/10/2024",
                 milestones="Checklist issued August 2024; 11 of 12 returns received.",
                 done="Completed 25/10/2024 \u2013 returns reported to the SSP Board.",
                 rag="Complete",
                 exp_lead=["Sunderland City Council \u2013 Community Safety"],
                 exp_end="2024-10", exp_status="blue"),
            dict(action="Commission a briefing on older victims and adult family violence for "
                        "GP practices and adult social care teams.",
                 lead="Adult Social Care / NENC ICB (Sunderland)", end="March 2025",
                 milestones="Briefing drafted with Wearside Women in Need; GP protected learning "
                            "time slot requested.",
                 done="", rag="Amber",
                 exp_lead=["Adult Social Care", "NENC ICB (Sunderland)"],
                 exp_end="2025-03", exp_status="amber")]),
        ("2. Agencies to ensure that when a victim discloses financial or economic abuse this "
         "is recognised as domestic abuse and a DASH risk assessment is completed.", "Local", [
            dict(action="Update the multi-agency DASH training to include economic abuse case "
                        "studies.",
                 lead="Domestic Abuse Partnership Co-ordinator", end="June 2025",
                 milestones="Case studies written with Surviving Economic Abuse; pilot session "
                            "held May 2025.",
                 done="", rag="Green",
                 exp_lead=["Domestic Abuse Partnership Co-ordinator"], exp_end="2025-06",
                 exp_status="green"),
            dict(action="Add economic abuse prompts to the MARAC referral form.",
                 lead="MARAC Co-ordinator", end="April 2025",
                 milestones="Form revised and agreed by MARAC Steering Group.",
                 done="Completed 01/04/2025 \u2013 new form in use.", rag="Complete",
                 exp_lead=["MARAC Co-ordinator"], exp_end="2025-04", exp_status="blue")]),
        ("3. The Home Office to consider including abuse by adult children of older parents in "
         "the national domestic abuse awareness campaign.", "National", [
            dict(action="Letter from the Chair of Safer Sunderland Partnership to the Home Office "
                        "Domestic Homicide Review team.",
                 lead="Chair of Safer Sunderland Partnership", end="Sept 2024",
                 milestones="Letter agreed by the review panel.",
                 done="Letter sent 12/09/2024.", rag="Complete",
                 exp_lead=["Chair of Safer Sunderland Partnership"], exp_end="2024-09",
                 exp_status="blue")]),
    ]),
    ("Single agency recommendations: Northumbria Police", [
        ("NP1. Northumbria Police to ensure officers attending domestic incidents involving older "
         "victims consider the victim\u2019s care and support needs and refer to adult social care.",
         "Local", [
            dict(action="Issue a force-wide learning bulletin on the findings of this review.",
                 lead="Head of Safeguarding Department", end="November 2024",
                 milestones="Bulletin drafted and approved.",
                 done="Bulletin published 18/11/2024.", rag="Complete",
                 exp_lead=["Head of Safeguarding Department"], exp_end="2024-11",
                 exp_status="blue"),
            dict(action="Dip-sample 50 domestic abuse incidents involving victims aged 60 and over "
                        "to check that an adult social care referral was considered.",
                 lead="Safeguarding Quality Assurance Team", end="Q2 2025/26",
                 milestones="Sample selected; 30 of 50 reviewed.",
                 done="", rag="Green",
                 exp_lead=["Safeguarding Quality Assurance Team"], exp_end="2025-09",
                 exp_end_text="Q2 2025/26", exp_status="green")]),
    ]),
    ("Single agency recommendations: South Tyneside and Sunderland NHS Foundation Trust", [
        ("STSFT1. The Trust to strengthen routine enquiry about domestic abuse in the Emergency "
         "Department and frailty services.", "Local", [
            dict(action="Roll out routine enquiry training to Emergency Department and frailty "
                        "nursing staff.",
                 lead="Named Nurse Safeguarding Adults", end="December 2025",
                 milestones="62% of ED nursing staff trained; frailty sessions start October.",
                 done="", rag="Amber",
                 exp_lead=["Named Nurse Safeguarding Adults"], exp_end="2025-12",
                 exp_status="amber"),
            dict(action="Add a mandatory domestic abuse question to the ED triage template in the "
                        "electronic patient record.",
                 lead="Chief Nursing Information Officer / Named Nurse Safeguarding Adults",
                 end="31/03/2025 (revised to 30/09/2025)",
                 milestones="Build complete and tested; awaiting the next EPR release.",
                 done="", rag="Amber",
                 exp_lead=["Chief Nursing Information Officer", "Named Nurse Safeguarding Adults"],
                 exp_end="2025-09", exp_end_text="31/03/2025 (revised to 30/09/2025)",
                 exp_status="amber")]),
    ]),
]

DHR_HEAD = ["Recommendation", "Scope of recommendation i.e. local or regional",
            "Action to take", "Lead Agency",
            "Key milestones achieved in enacting recommendation", "Target Date",
            "Date of completion and Outcome", "RAG"]


def make_dhr(path):
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run("Safer Sunderland Partnership")
    r.bold = True
    r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    h = doc.add_paragraph(DHR_TITLE, style="Title")
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Last updated 8 July 2025 for the DHR Oversight Group. Actions are closed "
                      "by the Oversight Group once evidence of completion has been received.")
    for section, recs in DHR_SECTIONS:
        doc.add_paragraph(section, style="Heading 2")
        t = doc.add_table(rows=1, cols=len(DHR_HEAD))
        t.style = "Table Grid"
        for c, hd in zip(t.rows[0].cells, DHR_HEAD):
            bold_cell(c, hd)
            shade(c, "BDD7EE")
        for rec, scope, actions in recs:
            first = len(t.rows)
            for a in actions:
                cells = t.add_row().cells
                cells[2].text = a["action"]
                cells[3].text = a["lead"]
                cells[4].text = a["milestones"]
                cells[5].text = a["end"]
                cells[6].text = a["done"]
                cells[7].text = a["rag"]
                fill = {"Complete": "Blue", "Green": "Green", "Amber": "Amber",
                        "Red": "Red"}.get(a["rag"])
                if fill:
                    shade(cells[7], RAG_HEX[fill])
            last = len(t.rows) - 1
            t.cell(first, 0).text = rec
            t.cell(first, 1).text = scope
            if last > first:
                t.cell(first, 0).merge(t.cell(last, 0))
                t.cell(first, 1).merge(t.cell(last, 1))
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Complete \u2013 action completed and outcome evidenced; "
                      "Green \u2013 on track; Amber \u2013 at risk of missing the target date; "
                      "Red \u2013 overdue.")
    doc.save(path)


# ================================================== 3. NHS South Yorkshire ICB
ICB_TITLE = "NHS South Yorkshire ICB Board Meeting in Public \u2013 Action Log"

ICB_MEETINGS = [
    ("Meeting held 7 May 2025", [
        dict(ref="B25/031",
             action="Provide a briefing on the outcome of the urgent and emergency care winter "
                    "review, including ambulance handover performance at each acute trust.",
             lead="Chief Delivery Officer", due=dt.datetime(2025, 7, 2),
             update="Briefing circulated to members 30/06/2025. Propose closure.", rag="Blue",
             exp_lead=["Chief Delivery Officer"], exp_end="2025-07", exp_status="blue"),
        dict(ref="B25/034",
             action="Bring the revised Maternity and Neonatal Oversight Framework to a future "
                    "Board meeting.",
             lead="Chief Nurse", due="September 2025",
             update="Deferred to the November Board to align with the LMNS annual report.",
             rag="Red",
             exp_lead=["Chief Nurse"], exp_end="2025-09", exp_status="red")]),
    ("Meeting held 2 July 2025", [
        dict(ref="B25/048",
             action="Confirm the timetable for the all-age continuing healthcare improvement "
                    "programme and report progress to the Quality, Performance, Patient "
                    "Involvement and Experience Committee.",
             lead="Chief Nurse / Chief Finance Officer", due=dt.datetime(2025, 9, 3),
             update="Timetable confirmed.\nFirst report to QPPIE Committee 23/10/2025. Propose "
                    "closure.",
             rag="Blue",
             exp_lead=["Chief Nurse", "Chief Finance Officer"], exp_end="2025-09",
             exp_status="blue"),
        dict(ref="B25/051",
             action="Share the ICB\u2019s draft response to the 10 Year Health Plan engagement "
                    "with place partners before submission.",
             lead="Director of Strategy and Partnerships", due="Before submission",
             update="Shared with the four place partnerships 18/07/2025. Propose closure.",
             rag="Blue",
             exp_lead=["Director of Strategy and Partnerships"], exp_end=None,
             exp_end_text="Before submission", exp_status="blue"),
        dict(ref="B25/052",
             action="Review the board assurance framework risk scores for primary care access in "
                    "light of the GP collective action.",
             lead="Director of Primary Care", due=dt.datetime(2025, 11, 5),
             update="On the agenda for the November Board (item 11).", rag="Green",
             exp_lead=["Director of Primary Care"], exp_end="2025-11", exp_status="green")]),
    ("Meeting held 3 September 2025", [
        dict(ref="B25/066",
             action="Provide a breakdown of mental health out-of-area placements by place, with "
                    "trajectories to eliminate inappropriate placements.",
             lead="Executive Place Director (Barnsley); Chief Delivery Officer",
             due="January 2026",
             update="Data request issued to providers; first cut expected December.",
             rag="Amber",
             exp_lead=["Executive Place Director (Barnsley)", "Chief Delivery Officer"],
             exp_end="2026-01", exp_status="amber"),
        dict(ref="B25/067",
             action="Arrange a Board development session on population health management and use "
                    "of the South Yorkshire Shared Care Record.",
             lead="Director of Strategy and Partnerships", due="Q4 2025/26",
             update="Session pencilled for February 2026.", rag="Green",
             exp_lead=["Director of Strategy and Partnerships"], exp_end="2026-03",
             exp_end_text="Q4 2025/26", exp_status="green"),
        dict(ref="B25/070",
             action="Publish the annual Equality Delivery System assessment on the ICB website.",
             lead="Chief People Officer", due=dt.datetime(2025, 10, 31),
             update="Published 24/10/2025. Propose closure.", rag="Blue",
             exp_lead=["Chief People Officer"], exp_end="2025-10", exp_status="blue"),
        dict(ref="B25/071",
             action="Write to NHS England setting out the ICB\u2019s position on the 2025/26 "
                    "running cost reduction and its impact on statutory functions.",
             lead="Chief Executive", due=dt.datetime(2025, 9, 30),
             update="Letter drafted; held pending national guidance on the ICB model blueprint.",
             rag="Amber",
             exp_lead=["Chief Executive"], exp_end="2025-09", exp_status="amber")]),
]

thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color="FF" + hex_, end_color="FF" + hex_)


def make_icb(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    ws["A1"] = ICB_TITLE
    ws["A1"].font = Font(bold=True, size=14, color="FF005EB8")
    ws.merge_cells("A1:F1")
    ws["A2"] = "Updated for the meeting on 5 November 2025"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:F2")
    head = ["Ref", "Action", "Lead", "Due date", "Update", "RAG"]
    for i, h in enumerate(head, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("005EB8")
        c.border = BORDER
    row = 5
    for meeting, actions in ICB_MEETINGS:
        ws.cell(row=row, column=1, value=meeting).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.cell(row=row, column=1).fill = fill("D9D9D9")
        row += 1
        for a in actions:
            vals = [a["ref"], a["action"], a["lead"], a["due"], a["update"], None]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            ws.cell(row=row, column=6).fill = fill(RAG_HEX[a["rag"]])
            row += 1
    row += 1
    n_closed = sum(1 for _, acts in ICB_MEETINGS for a in acts if a["rag"] == "Blue")
    n_all = sum(len(acts) for _, acts in ICB_MEETINGS)
    ws.cell(row=row, column=1, value="Summary").font = Font(bold=True)
    ws.cell(row=row, column=2, value=f"Open actions: {n_all - n_closed}")
    ws.cell(row=row + 1, column=2, value=f"Proposed for closure: {n_closed}")
    for col, w in zip("ABCDEF", [11, 60, 30, 13, 45, 7]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    k = wb.create_sheet("Key")
    k["A1"] = "RAG key"
    k["A1"].font = Font(bold=True)
    for i, (colour, meaning) in enumerate([
            ("Blue", "Action complete \u2013 proposed for closure"),
            ("Green", "On track \u2013 due at a future meeting"),
            ("Amber", "In progress \u2013 at risk of slipping"),
            ("Red", "Overdue or deferred")], start=3):
        k.cell(row=i, column=1).fill = fill(RAG_HEX[colour])
        k.cell(row=i, column=2, value=meaning)
    k.column_dimensions["B"].width = 45
    wb.save(path)


# ============================================================ 4. Oldham CRR
CRR_TITLE = "Oldham Council Corporate Risk Register \u2013 Quarter 2 2025/26"

CRR_RISKS = [
    dict(head="Risk CR1: Financial resilience",
         desc="There is a risk that the Council is unable to set and deliver a balanced budget "
              "over the medium term because of demand pressures, inflation and uncertainty over "
              "the outcome of the Fair Funding Review.",
         owner="Director of Finance (S151)", current="20 (L4 x I5)", target="12",
         travel="\u2194", controls="Monthly budget monitoring to Cabinet; savings tracker; "
                                   "reserves strategy.",
         actions=[
             dict(ref="CR1.1",
                  action="Deliver the 2025/26 savings programme of \u00a312.4m and report monthly "
                         "variances to Cabinet.",
                  lead="Director of Finance (S151)", end=dt.datetime(2026, 3, 31),
                  status="On track",
                  comment="\u00a39.1m forecast delivered; \u00a33.3m at risk, mitigated from "
                          "reserves.",
                  exp_lead=["Director of Finance (S151)"], exp_end="2026-03",
                  exp_status="green"),
             dict(ref="CR1.2",
                  action="Refresh the Medium Term Financial Strategy for 2026/27 to 2030/31 "
                         "following the provisional settlement.",
                  lead="Director of Finance (S151)", end="Feb-26", status="G",
                  comment="Budget-setting timetable agreed.",
                  exp_lead=["Director of Finance (S151)"], exp_end="2026-02",
                  exp_status="green"),
             dict(ref="CR1.3",
                  action="Review earmarked reserves and agree a minimum level of general "
                         "balances.",
                  lead="Director of Finance (S151) / Head of Corporate Accountancy",
                  end=dt.datetime(2025, 9, 30), status="Complete",
                  comment="Reserves policy approved by Cabinet 22/09/2025.",
                  exp_lead=["Director of Finance (S151)", "Head of Corporate Accountancy"],
                  exp_end="2025-09", exp_status="blue")]),
    dict(head="Risk CR2: Children\u2019s social care demand and placement sufficiency",
         desc="There is a risk that rising numbers of children in care and a shortage of local "
              "placements lead to poorer outcomes and unsustainable placement costs.",
         owner="Director of Children\u2019s Social Care", current="20 (L5 x I4)", target="15",
         travel="\u2191", controls="Placement panel; Sufficiency Strategy 2024-27; "
                                   "GM regional commissioning.",
         actions=[
             dict(ref="CR2.1",
                  action="Open two new in-house children\u2019s homes under the Sufficiency "
                         "Strategy.",
                  lead="Director of Children\u2019s Social Care", end="Q1 2026/27", status="A",
                  comment="Ofsted registration of the first home delayed; revised opening "
                          "January 2026.",
                  exp_lead=["Director of Children\u2019s Social Care"], exp_end="2026-06",
                  exp_end_text="Q1 2026/27", exp_status="amber"),
             dict(ref="CR2.2",
                  action="Approve 20 additional foster carer households through the Fostering "
                         "Recruitment Hub.",
                  lead="Head of Fostering and Adoption", end="March 2026", status="R",
                  comment="7 approvals to date against a target of 12 by Q2.",
                  exp_lead=["Head of Fostering and Adoption"], exp_end="2026-03",
                  exp_status="red")]),
    dict(head="Risk CR3: Cyber security",
         desc="There is a risk that a successful cyber attack disrupts critical services and "
              "results in the loss of personal data.",
         owner="Director of Digital", current="16 (L4 x I4)", target="12",
         travel="\u2194", controls="Multi-factor authentication; PSN compliance; "
                                   "immutable back-ups.",
         actions=[
             dict(ref="CR3.1",
                  action="Complete the Cyber Assessment Framework self-assessment and submit it "
                         "to MHCLG.",
                  lead="Head of ICT Security", end=dt.datetime(2025, 12, 31), status="G",
                  comment="Evidence gathering 70% complete.",
                  exp_lead=["Head of ICT Security"], exp_end="2025-12", exp_status="green"),
             dict(ref="CR3.2",
                  action="Run a cyber incident exercise with the Leadership Team and Emergency "
                         "Planning.",
                  lead="Director of Digital; Head of Emergency Planning",
                  end="Ongoing \u2013 six monthly", status="G",
                  comment="Exercise held 17/09/2025; next due March 2026.",
                  exp_lead=["Director of Digital", "Head of Emergency Planning"],
                  exp_end=None, exp_end_text="Ongoing \u2013 six monthly",
                  exp_status="green")]),
    dict(head="Risk CR4: Homelessness and temporary accommodation",
         desc="There is a risk that demand for temporary accommodation continues to exceed "
              "supply, increasing the use and cost of bed and breakfast.",
         owner="Assistant Director Housing", current="16 (L4 x I4)", target="9",
         travel="\u2191", controls="Homelessness Prevention Strategy; TA procurement framework.",
         actions=[
             dict(ref="CR4.1",
                  action="Deliver the temporary accommodation acquisitions programme "
                         "(60 units).",
                  lead="Assistant Director Housing", end=dt.datetime(2026, 6, 30), status="A",
                  comment="24 units acquired; 11 in conveyancing.",
                  exp_lead=["Assistant Director Housing"], exp_end="2026-06",
                  exp_status="amber"),
             dict(ref="CR4.2",
                  action="End the use of bed and breakfast for families beyond the six-week "
                         "legal limit.",
                  lead="Head of Housing Options", end="Dec-25", status="R",
                  comment="9 families over six weeks at 30/09/2025.",
                  exp_lead=["Head of Housing Options"], exp_end="2025-12",
                  exp_status="red")]),
]


def score_fill(text):
    n = int(text.split()[0])
    return fill("FF0000" if n >= 15 else "FFC000" if n >= 8 else "00B050")


def make_crr(path):
    wb = Workbook()
    s = wb.active
    s.title = "Summary"
    s["A1"] = CRR_TITLE
    s["A1"].font = Font(bold=True, size=14)
    s["A2"] = "Position at 30 September 2025 \u2013 reported to Audit Committee 20 November 2025"
    head = ["Risk", "Title", "Risk owner", "Current score", "Target score", "Direction of travel"]
    for i, h in enumerate(head, 1):
        c = s.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("DDEBF7")
        c.border = BORDER
    for r, risk in enumerate(CRR_RISKS, start=5):
        ref, title = risk["head"].replace("Risk ", "").split(": ", 1)
        vals = [ref, title, risk["owner"], int(risk["current"].split()[0]), int(risk["target"]),
                risk["travel"]]
        for i, v in enumerate(vals, 1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BORDER
        s.cell(row=r, column=4).fill = score_fill(risk["current"])
    s.cell(row=5 + len(CRR_RISKS) + 1, column=1,
           value="Scores are Likelihood x Impact (1\u20135 each). 15\u201325 red; 8\u201312 amber; "
                 "1\u20136 green.")
    for col, w in zip("ABCDEF", [8, 55, 30, 14, 13, 18]):
        s.column_dimensions[col].width = w

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Corporate Risk Register \u2013 risk cards and further actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:F1")
    row = 3
    for risk in CRR_RISKS:
        c = ws.cell(row=row, column=1, value=risk["head"])
        c.font = Font(bold=True, color="FFFFFFFF")
        for col in range(1, 7):
            ws.cell(row=row, column=col).fill = fill("1F4E78")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        ws.cell(row=row, column=1, value="Description:").font = Font(bold=True)
        ws.cell(row=row, column=2, value=risk["desc"]).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
        for col, v in [(1, "Risk owner:"), (2, risk["owner"]), (3, "Current score:"),
                       (4, risk["current"]), (5, "Target score:"), (6, risk["target"])]:
            c = ws.cell(row=row, column=col, value=v)
            if col in (1, 3, 5):
                c.font = Font(bold=True)
        ws.cell(row=row, column=4).fill = score_fill(risk["current"])
        row += 1
        ws.cell(row=row, column=1, value="Existing controls:").font = Font(bold=True)
        ws.cell(row=row, column=2, value=risk["controls"]).alignment = WRAP
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
        row += 1
        for i, h in enumerate(["Ref", "Further actions to reduce the risk", "Action owner",
                               "Target date", "Status", "Progress (Q2)"], 1):
            c = ws.cell(row=row, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = fill("DDEBF7")
            c.border = BORDER
        row += 1
        for a in risk["actions"]:
            vals = [a["ref"], a["action"], a["lead"], a["end"], a["status"], a["comment"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=row, column=i, value=v)
                c.alignment = WRAP
                c.border = BORDER
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            row += 1
        row += 1
    ws.cell(row=row, column=1, value="Action status key:").font = Font(bold=True)
    ws.cell(row=row, column=2, value="G / On track = on track; A = some delay, recoverable; "
                                     "R = off track; Complete = action delivered")
    for col, w in zip("ABCDEF", [18, 60, 34, 16, 11, 45]):
        ws.column_dimensions[col].width = w
    wb.save(path)


# =================================================== 5. Trafford highlight (refuse)
TRF_TITLE = ("Trafford Council Transformation Programme \u2013 Highlight Report, Period 6 "
             "(September 2025)")

TRF_WORKSTREAMS = [
    ("Workstream 1: Digital and Customer", "Director of Customer and Digital", "A", "G",
     "Customer portal phase 1 live; contact centre telephony migration on track.", [
        ("D1.1", "Launch the resident self-service portal for council tax and waste requests.",
         "Head of Customer Services", dt.datetime(2025, 7, 31), dt.datetime(2025, 8, 29),
         "G", "B", "Live 27/08/2025."),
        ("D1.2", "Migrate the contact centre to the new cloud telephony platform.",
         "Head of ICT", dt.datetime(2025, 11, 30), dt.datetime(2025, 11, 30),
         "A", "G", "User acceptance testing complete."),
        ("D1.3", "Decommission the legacy CRM system.", "Head of ICT",
         dt.datetime(2026, 1, 31), dt.datetime(2026, 3, 31), "G", "A",
         "Data migration slipped two months.")]),
    ("Workstream 2: Adult Social Care Prevention", "Corporate Director of Adult Services",
     "G", "A", "Reablement capacity increased; strengths-based practice rollout slightly behind.", [
        ("A2.1", "Expand the reablement service by 20 additional packages a week.",
         "Head of Provider Services", dt.datetime(2025, 9, 30), dt.datetime(2025, 9, 30),
         "G", "B", "Capacity in place from 15/09/2025."),
        ("A2.2", "Roll out strengths-based conversation training to all front-door staff.",
         "Principal Social Worker", dt.datetime(2025, 9, 30), "0ct-25",
         "G", "A", "Three cohorts trained; final cohort rescheduled."),
        ("A2.3", "Introduce the digital care technology offer to 300 new residents.",
         "Assistant Director Commissioning", dt.datetime(2026, 3, 31),
         dt.datetime(2026, 3, 31), "G", "G", "142 installations to date.")]),
    ("Workstream 3: Property and Assets", "Director of Place", "A", "A",
     "Disposals programme behind profile; accommodation moves on track.", [
        ("P3.1", "Complete the Trafford Town Hall office consolidation.",
         "Head of Estates", dt.datetime(2025, 12, 31), dt.datetime(2026, 2, 28),
         "A", "A", "Fit-out contractor appointed."),
        ("P3.2", "Agree disposal of five surplus sites to deliver \u00a34.5m capital receipts.",
         "Head of Estates / Strategic Property Manager", dt.datetime(2026, 3, 31),
         dt.datetime(2026, 3, 31), "A", "R", "Two sites at heads of terms only.")]),
]

TRF_TYPO_ROW = None   # filled in by make_trafford: the Milestones sheet row holding "0ct-25"


def make_trafford(path):
    global TRF_TYPO_ROW
    wb = Workbook()
    s = wb.active
    s.title = "Highlight summary"
    s["A1"] = TRF_TITLE
    s["A1"].font = Font(bold=True, size=14, color="FF5B2C6F")
    s["A2"] = "Programme SRO: Chief Executive  |  Reporting to: Transformation Board, 14 October 2025"
    s["A4"] = "Overall programme RAG"
    s["A4"].font = Font(bold=True)
    s["B4"] = "A"
    s["B4"].fill = fill(RAG_HEX["Amber"])
    head = ["Workstream", "SRO", "Previous RAG", "Current RAG", "Headline"]
    for i, h in enumerate(head, 1):
        c = s.cell(row=6, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.border = BORDER
    rag_fill = {"B": "Blue", "G": "Green", "A": "Amber", "R": "Red"}
    for r, (ws_name, sro, prev, cur, headline, _) in enumerate(TRF_WORKSTREAMS, start=7):
        for i, v in enumerate([ws_name, sro, prev, cur, headline], 1):
            c = s.cell(row=r, column=i, value=v)
            c.border = BORDER
            c.alignment = WRAP
        s.cell(row=r, column=3).fill = fill(RAG_HEX[rag_fill[prev]])
        s.cell(row=r, column=4).fill = fill(RAG_HEX[rag_fill[cur]])
    s["A11"] = "Key risks and issues"
    s["A11"].font = Font(bold=True)
    s["A12"] = "1. Capacity in ICT to support CRM decommissioning alongside telephony migration."
    s["A13"] = "2. Property market conditions affecting the timing of capital receipts."
    s["A15"] = "Decisions required from Transformation Board"
    s["A15"].font = Font(bold=True)
    s["A16"] = "Approve revised baseline for D1.3 (legacy CRM decommissioning) to March 2026."
    s["A18"] = ("RAG: B = complete; G = on track; A = at risk, recoverable; "
                "R = off track, needs Board intervention")
    for col, w in zip("ABCDE", [42, 38, 13, 13, 60]):
        s.column_dimensions[col].width = w

    m = wb.create_sheet("Milestones")
    m["A1"] = "Transformation Programme \u2013 Milestone Tracker (Period 6)"
    m["A1"].font = Font(bold=True, size=13)
    head = ["Ref", "Milestone", "Owner", "Baseline date", "Forecast date", "Previous RAG",
            "Current RAG", "Commentary"]
    for i, h in enumerate(head, 1):
        c = m.cell(row=3, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("E4DFEC")
        c.border = BORDER
    row = 4
    for ws_name, _, _, _, _, milestones in TRF_WORKSTREAMS:
        m.cell(row=row, column=1, value=ws_name).font = Font(bold=True)
        m.merge_cells(start_row=row, start_column=1, end_row=row, end_column=8)
        row += 1
        for ref, text, owner, base, fc, prev, cur, comm in milestones:
            for i, v in enumerate([ref, text, owner, base, fc, prev, cur, comm], 1):
                c = m.cell(row=row, column=i, value=v)
                c.border = BORDER
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            m.cell(row=row, column=6).fill = fill(RAG_HEX[rag_fill[prev]])
            m.cell(row=row, column=7).fill = fill(RAG_HEX[rag_fill[cur]])
            if fc == "0ct-25":
                TRF_TYPO_ROW = row
            row += 1
    for col, w in zip("ABCDEFGH", [8, 60, 34, 13, 13, 12, 12, 40]):
        m.column_dimensions[col].width = w
    wb.save(path)


# ================================================ 6. East Lancashire maternity CSV
ELHT_TITLE = ("East Lancashire Hospitals NHS Trust \u2013 Maternity and Neonatal Improvement "
              "Plan 2025/26")

ELHT_THEMES = [
    ("Theme 1: Listening to and working with women and families", [
        dict(ref="1.1", source="Three-year delivery plan",
             action="Co-produce the new birth reflections and debrief service with the Maternity "
                    "and Neonatal Voices Partnership (MNVP).",
             lead="Director of Midwifery", orig="30/06/2025", rev="31/10/2025",
             progress="Service live at Royal Blackburn Teaching Hospital from 6 October; Burnley "
                      "Birth Centre to follow.",
             brag="G", exp_lead=["Director of Midwifery"], exp_end="2025-10",
             exp_status="green"),
        dict(ref="1.2", source="CQC should-do",
             action="Translate the ten most-used patient information leaflets into Urdu, Punjabi "
                    "and Polish and publish them in the BadgerNotes app.",
             lead="Patient Experience Lead (Maternity) / Digital Midwife", orig="30/09/2025",
             rev="", progress="Complete \u2013 leaflets live 19/09/2025.", brag="B",
             exp_lead=["Patient Experience Lead (Maternity)", "Digital Midwife"],
             exp_end="2025-09", exp_status="blue"),
        dict(ref="1.3", source="Ockenden IEA 4",
             action="Introduce a quarterly audit of personalised care and support plans, "
                    "reported to the Maternity Safety Champions.",
             lead="Consultant Midwife", orig="31/12/2025", rev="",
             progress="Audit tool agreed; Q2 sample of 40 records under review.", brag="G",
             exp_lead=["Consultant Midwife"], exp_end="2025-12", exp_status="green")]),
    ("Theme 2: Growing, retaining and supporting our workforce", [
        dict(ref="2.1", source="MIS Safety Action 5",
             action="Recruit to the midwifery establishment identified in the Birthrate Plus "
                    "assessment (an additional 14.2 WTE).",
             lead="Director of Midwifery; Head of Midwifery", orig="31/03/2026", rev="",
             progress="9.6 WTE newly qualified midwives started in September; 5 international "
                      "recruits in the pipeline.",
             brag="A", exp_lead=["Director of Midwifery", "Head of Midwifery"],
             exp_end="2026-03", exp_status="amber"),
        dict(ref="2.2", source="MIS Safety Action 8",
             action="Achieve 90% attendance at PROMPT multi-professional emergency training for "
                    "every staff group.",
             lead="Practice Development Midwife", orig="30/11/2025", rev="",
             progress="Obstetric consultants 94%, midwives 91%, anaesthetists 78% \u2013 extra "
                      "dates added in November.",
             brag="A", exp_lead=["Practice Development Midwife"], exp_end="2025-11",
             exp_status="amber"),
        dict(ref="2.3", source="Three-year delivery plan",
             action="Implement the midwifery retention action plan:\n"
                    "- pastoral support for newly qualified midwives\n"
                    "- a flexible working panel\n"
                    "- a legacy mentor scheme",
             lead="Retention Midwife", orig="Q4 2025/26", rev="",
             progress="Legacy mentor scheme launched July 2025.", brag="G",
             exp_lead=["Retention Midwife"], exp_end="2026-03", exp_end_text="Q4 2025/26",
             exp_status="green")]),
    ("Theme 3: Developing and sustaining a culture of safety", [
        dict(ref="3.1", source="Three-year delivery plan",
             action="Complete the Perinatal Culture and Leadership Programme SCORE survey and "
                    "share the culture diagnostic with all staff.",
             lead="Divisional Director of Operations", orig="31/07/2025", rev="",
             progress="Survey completed; culture conversations held in August.", brag="B",
             exp_lead=["Divisional Director of Operations"], exp_end="2025-07",
             exp_status="blue"),
        dict(ref="3.2", source="PSIRF",
             action="Move all maternity incident reviews to PSIRF learning responses, including "
                    "After Action Reviews for moderate harm incidents.",
             lead="Maternity Governance Lead", orig="30/09/2025", rev="31/01/2026",
             progress="AAR facilitator training under way; 6 of 10 facilitators trained.",
             brag="A", exp_lead=["Maternity Governance Lead"], exp_end="2026-01",
             exp_status="amber")]),
    ("Theme 4: Meeting and improving standards and structures", [
        dict(ref="4.1", source="MIS Year 7",
             action="Achieve compliance with all ten safety actions of the Maternity Incentive "
                    "Scheme Year 7.",
             lead="Director of Midwifery", orig="03/03/2026", rev="",
             progress="Eight of ten actions on track; Board declaration scheduled for February.",
             brag="G", exp_lead=["Director of Midwifery"], exp_end="2026-03",
             exp_status="green"),
        dict(ref="4.2", source="MIS Safety Action 6",
             action="Implement the Saving Babies\u2019 Lives Care Bundle version 3.2 with at "
                    "least 70% compliance across all six elements.",
             lead="Obstetric Lead for SBLCB / Fetal Monitoring Lead Midwife", orig="31/03/2026",
             rev="", progress="Element 2 (fetal growth) at 64%; improvement plan agreed with "
                              "the LMNS.",
             brag="R",
             exp_lead=["Obstetric Lead for SBLCB", "Fetal Monitoring Lead Midwife"],
             exp_end="2026-03", exp_status="red"),
        dict(ref="4.3", source="Local",
             action="Replace the CTG central monitoring system on the Royal Blackburn delivery "
                    "suite.",
             lead="Head of Medical Devices", orig="TBC", rev="",
             progress="Business case awaiting the capital prioritisation decision.", brag="R",
             exp_lead=["Head of Medical Devices"], exp_end=None, exp_end_text="TBC",
             exp_status="red")]),
]


def make_elht(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = 9
    pad = lambda cells: cells + [""] * (ncol - len(cells))
    w.writerow(pad([ELHT_TITLE]))
    w.writerow(pad(["Progress report to Quality Committee \u2013 October 2025"]))
    w.writerow(pad([]))
    w.writerow(pad(["BRAG key: B = complete and evidenced; G = on track; A = at risk of slipping; "
                    "R = off track / overdue"]))
    w.writerow(pad([]))
    w.writerow(["Ref", "Theme", "Source", "Action", "Lead(s)", "Original due date",
                "Revised due date", "Progress update", "BRAG"])
    counts = {"B": 0, "G": 0, "A": 0, "R": 0}
    for theme, actions in ELHT_THEMES:
        for i, a in enumerate(actions):
            w.writerow([a["ref"], theme if i == 0 else "", a["source"], a["action"], a["lead"],
                        a["orig"], a["rev"], a["progress"], a["brag"]])
            counts[a["brag"]] += 1
    w.writerow(pad([]))
    total = sum(counts.values())
    w.writerow(pad(["Summary", f"B {counts['B']}", f"G {counts['G']}", f"A {counts['A']}",
                    f"R {counts['R']}", f"Total {total}"]))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# =============================================== 7. Safer Stockton CSP delivery plan (txt)
SSP_TITLE = ("Safer Stockton Partnership \u2013 Community Safety Plan 2025\u20132028: "
             "Delivery Plan 2025/26")

SSP_PRIORITIES = [
    ("Priority 1: Tackling serious violence and domestic abuse", [
        dict(ref="1.1",
             action="Deliver the Serious Violence Duty strategy actions, including the "
                    "hospital-based youth worker pilot at University Hospital of North Tees.",
             lead="Cleveland Police; Stockton-on-Tees Borough Council", end="March 2026",
             measure="Fewer hospital admissions for assault with a sharp object",
             progress="Youth worker in post since June; 38 referrals received.", rag="Green",
             exp_lead=["Cleveland Police", "Stockton-on-Tees Borough Council"],
             exp_end="2026-03", exp_status="green"),
        dict(ref="1.2",
             action="Recommission the community domestic abuse outreach service for 2026\u20132029.",
             lead="Stockton-on-Tees Borough Council (Community Safety)", end="Q3 2025/26",
             measure="Contract awarded with no gap in service",
             progress="Procurement launched August 2025; tenders close November.", rag="Green",
             exp_lead=["Stockton-on-Tees Borough Council (Community Safety)"],
             exp_end="2025-12", exp_end_text="Q3 2025/26", exp_status="green"),
        dict(ref="1.3",
             action="Embed Operation Encompass notifications for all primary and secondary "
                    "schools.",
             lead="Cleveland Police / Education Safeguarding Team", end="September 2025",
             measure="100% of schools receiving next-day notifications",
             progress="All 73 schools signed up and receiving notifications.", rag="Complete",
             exp_lead=["Cleveland Police", "Education Safeguarding Team"], exp_end="2025-09",
             exp_status="blue"),
        dict(ref="1.4",
             action="Roll out the Drive perpetrator programme to high-harm, repeat perpetrators.",
             lead="Cleveland OPCC", end="Ongoing",
             measure="Reduction in repeat MARAC cases",
             progress="Funding confirmed to March 2026; 22 cases open. Waiting list of 9.",
             rag="Amber",
             exp_lead=["Cleveland OPCC"], exp_end=None, exp_end_text="Ongoing",
             exp_status="amber")]),
    ("Priority 2: Reducing anti-social behaviour and making neighbourhoods safer", [
        dict(ref="2.1",
             action="Deliver ASB hotspot patrols in Stockton town centre and Thornaby.",
             lead="Cleveland Police & Civic Enforcement", end="Mar-26",
             measure="Reduction in ASB incidents in hotspot areas",
             progress="Patrols running four evenings a week; incidents down 14% on last year.",
             rag="Green",
             exp_lead=["Cleveland Police", "Civic Enforcement"], exp_end="2026-03",
             exp_status="green"),
        dict(ref="2.2",
             action="Review the Public Spaces Protection Order for Stockton town centre before "
                    "it expires.",
             lead="Community Safety Manager", end="By 31 October 2025",
             measure="PSPO renewed or varied before expiry",
             progress="Consultation closed 12/09/2025; report to Cabinet in October.",
             rag="Green",
             exp_lead=["Community Safety Manager"], exp_end="2025-10",
             exp_end_text="By 31 October 2025", exp_status="green"),
        dict(ref="2.3",
             action="Launch an ASB Case Review (community trigger) awareness campaign with "
                    "Thirteen Group and other registered providers.",
             lead="Community Safety Manager; Thirteen Group", end="Dec 2025",
             measure="Campaign launched; case review requests tracked",
             progress="Not started \u2013 awaiting communications capacity.", rag="Red",
             exp_lead=["Community Safety Manager", "Thirteen Group"], exp_end="2025-12",
             exp_status="red")]),
    ("Priority 3: Reducing drug and alcohol related harm", [
        dict(ref="3.1",
             action="Increase the number of adults in structured drug and alcohol treatment in "
                    "line with the Combating Drugs Partnership target.",
             lead="Director of Public Health", end="Quarterly",
             measure="Numbers in treatment against the local trajectory",
             progress="1,212 adults in treatment against a trajectory of 1,260.", rag="Amber",
             exp_lead=["Director of Public Health"], exp_end=None, exp_end_text="Quarterly",
             exp_status="amber"),
        dict(ref="3.2",
             action="Deliver naloxone training to hostel and supported housing staff.",
             lead="Public Health Commissioning Manager", end="January 2026",
             measure="Staff trained; naloxone kits issued",
             progress="4 of 7 providers trained.", rag="Green",
             exp_lead=["Public Health Commissioning Manager"], exp_end="2026-01",
             exp_status="green")]),
]


def make_ssp(path):
    lines = [SSP_TITLE,
             "Quarter 2 update (July \u2013 September 2025)",
             "",
             "\t".join(["Ref", "Action", "Lead partner(s)", "Timescale",
                        "How we will measure success", "Q2 progress", "RAG"])]
    for prio, actions in SSP_PRIORITIES:
        lines.append(prio + "\t" * 6)
        for a in actions:
            lines.append("\t".join([a["ref"], a["action"], a["lead"], a["end"], a["measure"],
                                    a["progress"], a["rag"]]))
    lines += ["",
              "RAG key: Green \u2013 on track; Amber \u2013 some delay or partial delivery; "
              "Red \u2013 off track or not started; Complete \u2013 action delivered.",
              "Prepared by the Community Safety Team for the Safer Stockton Partnership Board, "
              "16 October 2025."]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


FILES = {
    "gz2-kingston-sab-sar-ms-h-action-plan.docx": make_sar,
    "gz2-safer-sunderland-partnership-dhr-lorraine-action-plan.docx": make_dhr,
    "gz2-nhs-south-yorkshire-icb-board-action-log.xlsx": make_icb,
    "gz2-oldham-council-corporate-risk-register-q2-2025-26.xlsx": make_crr,
    "gz2-trafford-council-transformation-programme-highlight-report-typo-month-refuse.xlsx":
        make_trafford,
    "gz2-east-lancashire-hospitals-maternity-neonatal-improvement-plan.csv": make_elht,
    "gz2-safer-stockton-partnership-community-safety-plan-2025-26-delivery-plan.txt": make_ssp,
}


def main():
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
