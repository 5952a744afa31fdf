#!/usr/bin/env python
"""Generator for the w2- cases of heldout32 (blind corpus). Run with /work/main/.venv/bin/python.

Each plan's content is held in a data structure below; the document files are built from it.
The fields marked E_ (expected end / status) are the reading a person makes, kept beside the
cell text they read it from; they are not written into the documents.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = "w2-"


def d(y, m, dd):
    return dt.datetime(y, m, dd)


def out(name):
    return os.path.join(HERE, P + name)


def fill(hexc):
    return PatternFill("solid", fgColor=hexc)


thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
RAGFILL = {"blue": "8DB4E2", "green": "92D050", "amber": "FFC000", "red": "FF0000"}


def header_row(ws, row, names, widths, colour="1F4E78"):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(colour)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.border = BOX
        ws.column_dimensions[c.column_letter].width = w


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


# =====================================================================================
# 1. Torbay children's services improvement action tracker (xlsx)
# =====================================================================================
TORBAY = {
    "title": "Torbay Children's Services: Improvement Action Tracker",
    "sections": [
        ("1. CHILDREN WHO NEED HELP AND PROTECTION", [
            ("Recommendation 1 – Ensure that assessments are timely, proportionate and effectively identify "
             "risks, needs and protective factors, leading to clear and measurable plans", [
                ("1.1", "Revise the single assessment practice standards so that assessments are completed within "
                 "20 working days, with exceptions agreed by a team manager and completed within 45 days.",
                 "HoS MASH / HoS SASF",
                 "Practice standards revised and launched at all-staff briefings; weekly timeliness report to team managers.",
                 d(2016, 12, 31), "83% of assessments completed within 45 days", "COMPLETED",
                 "Standards launched 13/12/16. Q4: 86% of assessments completed within 45 days. Performance now "
                 "scrutinised at the monthly team manager performance meeting.",
                 "2016-12", None, "blue"),
                ("1.2", "Introduce monthly management audits of assessments focusing on the analysis of risk and the "
                 "child's lived experience.", "Principal Social Worker",
                 "Audit tool agreed with the QA team; findings reported to the Improvement Board.",
                 d(2017, 3, 31), "60% of audited assessments good or better", "On track",
                 "42 audits completed in Q4 with 55% rated good or better. Moderation sessions will continue "
                 "through Q1.", "2017-03", None, "green"),
                ("1.3", "Ensure every child in need and child protection plan contains SMART outcomes and is reviewed "
                 "with the family at each core group.", "Team Managers (SASF)",
                 "Revised plan template on Paris; team manager sign-off of every plan.",
                 "Jun 2017", "Plans audited as SMART in 80% of cases", "Amber",
                 "Plan template revised on Paris in April. May audit found outcomes still too general in a third "
                 "of plans; workshop for team managers booked for 20 June.", "2017-06", None, "amber"),
            ]),
            ("Recommendation 2 – Ensure that children who go missing or are at risk of sexual exploitation receive "
             "a timely return home interview and that the information is used to reduce risk", [
                ("2.1", "Commission an independent return home interview service and set a standard that interviews "
                 "are offered within 72 hours.", "Head of Commissioning",
                 "Tender through the peninsula framework.", d(2017, 4, 30),
                 "90% of interviews offered within 72 hours", "COMPLETED",
                 "Contract awarded to The Children's Society from 1 April 2017; 74% of interviews offered within "
                 "72 hours in April, rising.", "2017-04", None, "blue"),
                ("2.2", "Hold a monthly Missing and Child Exploitation (MACE) meeting chaired jointly by children's "
                 "services and the police.", "HoS Safeguarding / DI Public Protection",
                 "Terms of reference agreed by the LSCB.", "Monthly",
                 "Every child at high risk discussed at MACE", "On track",
                 "MACE established in February and has met monthly since; attendance from health and education "
                 "has improved.", None, "Monthly", "green"),
            ]),
        ]),
        ("2. CHILDREN LOOKED AFTER AND ACHIEVING PERMANENCE", [
            ("Recommendation 3 – Ensure that permanence is considered at the second looked after review for every "
             "child and that plans are progressed without delay", [
                ("3.1", "Establish a permanence tracking panel to review every child without a permanence plan at "
                 "their second review.", "HoS Children in Care",
                 "Fortnightly panel chaired by the Head of Service.", d(2017, 1, 31),
                 "All children have a permanence plan by their second review", "COMPLETED",
                 "Panel has met fortnightly since January; 31 children tracked and 24 now have an agreed "
                 "permanence plan.", "2017-01", None, "blue"),
                ("3.2", "Train IROs to escalate drift in permanence planning through the dispute resolution process "
                 "and report themes quarterly.", "IRO Service Manager",
                 "Half-day training session; quarterly IRO report to the Improvement Board.", "Q1 2017/18",
                 "Escalations resolved within 20 days", "Red",
                 "Training delayed by IRO vacancies. Two IRO posts now filled and the session is rescheduled for "
                 "July.", "2017-06", "Q1 2017/18", "red"),
            ]),
            ("Recommendation 4 – Improve the timeliness and quality of health assessments for children looked after", [
                ("4.1", "Agree a joint protocol with the CCG and provider for initial health assessments to be "
                 "completed within 20 working days of a child becoming looked after.",
                 "HoS Children in Care & Designated Nurse LAC",
                 "Protocol signed off at the Corporate Parenting Board.", d(2017, 5, 31),
                 "85% of IHAs within 20 working days", "Amber",
                 "Protocol drafted and agreed with the provider; CCG sign-off expected at the June Corporate "
                 "Parenting Board. April performance 58%.", "2017-05", None, "amber"),
            ]),
        ]),
    ],
}


def make_torbay():
    t = TORBAY
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 17   08/06/17"
    ws["A2"].font = Font(italic=True)
    cols = ["NOS", "What?", "Who?", "How?", "When?", "Success measures", "Current Status",
            "Outcome – (report for Q1, Q2, Q3, Q4)"]
    header_row(ws, 4, cols, [7, 50, 22, 34, 12, 28, 14, 60], colour="404040")
    ws.freeze_panes = "A5"
    r = 5
    for si, (theme, recs) in enumerate(t["sections"]):
        if si:
            r += 1  # blank row between judgement areas
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True, color="FFFFFF")
        for c in range(1, 9):
            ws.cell(row=r, column=c).fill = fill("7030A0")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            c = ws.cell(row=r, column=1, value=rec)
            c.font = Font(bold=True)
            c.alignment = WRAP
            for cc in range(1, 9):
                ws.cell(row=r, column=cc).fill = fill("E4DFEC")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.row_dimensions[r].height = 30
            r += 1
            for (ref, what, who, how, when, succ, status, outcome, *_e) in acts:
                vals = [ref, what, who, how, when, succ, status, outcome]
                for ci, v in enumerate(vals, start=1):
                    c = ws.cell(row=r, column=ci, value=v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "mmm-yy"
                st = ws.cell(row=r, column=7)
                st.font = Font(bold=True)
                r += 1
    r += 1
    ws.cell(row=r, column=1, value="Status key:").font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value="COMPLETED – action finished and evidenced")
    ws.cell(row=r + 2, column=1, value="On track – progressing to timescale")
    ws.cell(row=r + 3, column=1, value="Amber – some slippage, recovery in hand")
    ws.cell(row=r + 4, column=1, value="Red – significant slippage, escalate to Improvement Board")
    ws.page_setup.orientation = "landscape"
    wb.save(out("torbay-childrens-improvement-action-tracker.xlsx"))


# =====================================================================================
# 2. Plymouth Safeguarding Children Partnership JTAI action plan (docx)
# =====================================================================================
PLYMOUTH = {
    "title": "Plymouth Safeguarding Children Partnership – Joint Targeted Area Inspection Action Plan",
    "areas": [
        ("Area for improvement 1: Partners' shared understanding of the emotional wellbeing and mental health "
         "needs of children in Plymouth", [
            ("1.1", "Complete a joint strategic needs assessment chapter on children's emotional wellbeing and mental "
             "health, including children known to the Youth Offending Team.",
             "Public Health Specialist (PCC)", "March 2020", "Complete",
             "Chapter published on the Plymouth Report website in March and presented to the PSCP Executive on "
             "12 March 2020.", "2020-03", None, "blue"),
            ("1.2", "Produce a quarterly partnership dataset on children's mental health referrals, waiting times and "
             "outcomes for the PSCP Executive.", "Head of Children's Commissioning (NEW Devon CCG)",
             "Q1 2020/21", "Amber",
             "First dataset produced for Q4 2019/20. Provider data on outcomes is not yet available and has been "
             "raised at the contract review meeting.", "2020-06", "Q1 2020/21", "amber"),
        ]),
        ("Area for improvement 2: Governance of the Youth Offending Team and its contribution to safeguarding", [
            ("2.1", "Review the YOT Management Board terms of reference and membership so that health, education and "
             "police are represented at a senior level.",
             "Service Director – Children, Young People and Families", "31/01/2020", "Complete",
             "New terms of reference agreed on 23 January 2020; the Board is now chaired by the Director of "
             "Children's Services.", "2020-01", None, "blue"),
            ("2.2", "Ensure every YOT assessment includes a screening of emotional and mental health needs by the "
             "seconded CAMHS worker.", "YOT Manager & CAMHS Team Lead (Livewell Southwest)", "April 2020", "Green",
             "Screening in place for all new orders since April. Compliance checked in monthly case audits "
             "(92% in August).", "2020-04", None, "green"),
        ]),
        ("Area for improvement 3: Professional curiosity and information sharing at the front door", [
            ("3.1", "Deliver multi-agency training on professional curiosity and recognising self-harm to MASH "
             "partners.", "PSCP Business Manager", "Ongoing", "Green",
             "Four sessions delivered to 86 practitioners; moved online from May. Further dates set for "
             "the autumn.", None, "Ongoing", "green"),
            ("3.2", "Introduce daily health attendance at MASH strategy discussions, including the designated nurse "
             "or a deputy.", "Designated Nurse Safeguarding Children (CCG)", "June 2020", "Red",
             "Covid-19 redeployment of health staff has delayed this. Interim arrangement by telephone in place; "
             "revised plan to go to the September Executive.", "2020-06", None, "red"),
            ("3.3", "Audit a sample of 20 police referrals involving self-harm to test the quality of the information "
             "shared with the MASH.", "DCI Public Protection (Devon and Cornwall Police)", "September 2020",
             "Amber", "Audit tool agreed; sample selected. Audit to take place in the week of 21 September.",
             "2020-09", None, "amber"),
        ]),
    ],
}


def make_plymouth():
    t = PLYMOUTH
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(t["title"], level=1)
    doc.add_paragraph("Joint targeted area inspection, November 2019. Action plan submitted to Ofsted, "
                      "February 2020. Progress at 30 September 2020.")
    vc = doc.add_table(rows=1, cols=4)
    vc.style = "Table Grid"
    for c, h in zip(vc.rows[0].cells, ["Version", "Date", "Author", "Changes"]):
        c.text = h
    bold_row(vc.rows[0])
    for v in [("1.0", "14/02/2020", "PSCP Business Manager", "Submitted to Ofsted"),
              ("1.3", "02/06/2020", "PSCP Business Manager", "Progress update to Executive"),
              ("1.5", "30/09/2020", "PSCP Business Manager", "Progress update to Executive")]:
        row = vc.add_row()
        for c, x in zip(row.cells, v):
            c.text = x
    doc.add_paragraph()
    doc.add_paragraph(
        "The partnership welcomes the findings of the joint targeted area inspection. This plan sets out how the "
        "three safeguarding partners – Plymouth City Council, NHS Devon Clinical Commissioning Group and Devon and "
        "Cornwall Police – with Livewell Southwest, schools and the Youth Offending Team will respond to the areas "
        "for improvement in the inspection letter. Progress is reported to every meeting of the PSCP Executive.")
    for area, acts in t["areas"]:
        doc.add_heading(area, level=2)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Lead agency / officer", "By when", "RAG",
                                           "Progress update"]):
            c.text = h
            shade(c, "D9D9D9")
        bold_row(tb.rows[0])
        for (ref, action, lead, when, rag, upd, *_e) in acts:
            row = tb.add_row()
            for c, x in zip(row.cells, [ref, action, lead, when, rag, upd]):
                c.text = x
            colour = {"Complete": "8DB4E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}[rag]
            shade(row.cells[4], colour)
        doc.add_paragraph()
    doc.add_paragraph("RAG key").runs[0].bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for k, colour, meaning in [("Complete", "8DB4E2", "Action completed and evidenced"),
                               ("Green", "92D050", "On track"),
                               ("Amber", "FFC000", "At risk – some slippage"),
                               ("Red", "FF0000", "Off track – escalated to the Executive")]:
        row = key.add_row()
        row.cells[0].text = k
        shade(row.cells[0], colour)
        row.cells[1].text = meaning
    doc.save(out("plymouth-pscp-jtai-action-plan.docx"))


# =====================================================================================
# 3. Norfolk and Suffolk NHS FT – CQC must do / should do action plan (xlsx)
# =====================================================================================
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
CMHT = "Community-based mental health services for adults of working age"
CAMHSW = "Child and adolescent mental health wards"
NSFT = {
    "title": "Norfolk and Suffolk NHS Foundation Trust – CQC Must Do and Should Do Action Plan",
    "groups": [
        (ACUTE, "Must do",
         "The trust must ensure that ligature risk assessments are up to date and that staff know the ligature "
         "risks on their ward. (Regulation 12)", [
            ("MD1.1", "Complete a refresh of the environmental ligature risk assessment on all acute and PICU wards.",
             "Director of Estates and Facilities", d(2023, 3, 31), d(2023, 5, 31), "Complete",
             "All 14 ward assessments refreshed and signed off by the Ligature Group on 24 May 2023.",
             "2023-05", None, "blue"),
            ("MD1.2", "Include ligature hotspots in every ward's daily safety huddle and in the local induction "
             "checklist for bank and agency staff.", "Deputy Director of Nursing", d(2023, 6, 30), None, "Green",
             "Huddle template updated. Induction checklist audit in July found 88% completion; spot checks continue.",
             "2023-06", None, "green"),
        ]),
        (ACUTE, "Must do",
         "The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced "
         "staff on each shift. (Regulation 18)", [
            ("MD2.1", "Implement the SafeCare acuity module and review ward establishments against acuity every six "
             "months.", "Chief Nursing Officer", d(2023, 9, 30), None, "Amber",
             "SafeCare live on 9 of 14 wards. First establishment review due to Board in October, slightly later "
             "than planned.", "2023-09", None, "amber"),
            ("MD2.2", "Run an international recruitment campaign for 40 registered mental health nurses.",
             "Director of People", d(2024, 3, 31), None, "Green",
             "22 offers made; first cohort of 12 started in July with pastoral support from the practice "
             "education team.", "2024-03", None, "green"),
        ]),
        (CMHT, "Must do",
         "The trust must ensure that patients on waiting lists are regularly reviewed and their risks assessed. "
         "(Regulation 12)", [
            ("MD3.1", "Introduce a waiting list standard operating procedure with monthly contact and a risk review "
             "for every patient waiting for treatment.", "Care Group Director – Community", d(2023, 4, 30),
             d(2023, 7, 31), "Red",
             "SOP approved in May but the June compliance audit showed only 61% of patients had a documented "
             "contact in the previous month. Recovery plan to Quality Committee in August.",
             "2023-07", None, "red"),
        ]),
        (CMHT, "Should do",
         "The trust should ensure that care plans reflect patients' views and are shared with them.", [
            ("SD1.1", "Audit ten care plans per team each quarter against the co-production standard and feed back "
             "the results through team governance meetings.",
             "Associate Director of Patient Safety and Quality", "Quarterly", None, "Green",
             "Q1 audit complete across all teams; 71% of care plans met the standard (baseline 54%).",
             None, "Quarterly", "green"),
        ]),
        (CAMHSW, "Should do",
         "The trust should ensure that young people have access to meaningful activities at weekends.", [
            ("SD2.1", "Agree a weekend activity timetable with the ward occupational therapy team and recruit two "
             "activity coordinators.", "Dragonfly Unit Service Manager", d(2023, 8, 31), None, "Not started",
             "Funding for the coordinator posts is awaiting approval at the September Investment Panel.",
             "2023-08", None, "unrated"),
        ]),
    ],
}


def make_nsft():
    t = NSFT
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Comprehensive inspection of core services and well-led. Position at 31 July 2023 – "
                "monitored by the Quality Committee.")
    ws.merge_cells("A2:J2")
    cols = ["Ref", "Core service", "Must / Should", "CQC requirement", "Action", "Lead",
            "Original completion date", "Revised completion date", "RAG", "Progress update"]
    header_row(ws, 4, cols, [9, 26, 10, 44, 48, 24, 13, 13, 11, 55], colour="005EB8")
    ws.freeze_panes = "A5"
    r = 5
    for core, kind, req, acts in t["groups"]:
        start = r
        for (ref, action, lead, orig, rev, rag, upd, _e, _t, status) in acts:
            vals = [ref, core, kind, req, action, lead, orig, rev, rag, upd]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "dd/mm/yyyy"
            if status in RAGFILL:
                ws.cell(row=r, column=9).fill = fill(RAGFILL[status])
            r += 1
        if r - start > 1:
            for col in (2, 3, 4):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = Font(bold=True)
    for i, (k, m) in enumerate([("Blue", "Complete and evidenced"),
                                ("Green", "On track to deliver by the completion date"),
                                ("Amber", "Risk to delivery by the completion date"),
                                ("Red", "Overdue or will not be delivered – exception report required")], 1):
        ws.cell(row=r + i, column=1, value=k).fill = fill(RAGFILL[k.lower()])
        ws.cell(row=r + i, column=2, value=m)
    wb.save(out("nsft-cqc-must-should-action-plan.xlsx"))


# =====================================================================================
# 4. Hertfordshire LAP SEND priority action plan (docx, colour-only RAG)
# =====================================================================================
HERTS = {
    "title": "Hertfordshire Local Area Partnership – SEND Priority Action Plan",
    "areas": [
        ("Area for priority action 1: Leaders across the partnership should rapidly improve the timeliness of EHC "
         "needs assessments and the quality of EHC plans, including the contributions from health and social care.", [
            ("1.1", "Recruit 12 additional SEND casework officers and four educational psychologists to clear the "
             "backlog of assessments over 20 weeks.", "Director of SEND (HCC)", "March 2024",
             "Backlog of assessments over 20 weeks cleared; 20-week timeliness above 50%", "2024-03", None, "blue"),
            ("1.2", "Introduce a multi-agency EHC plan quality assurance framework, with monthly moderation panels "
             "that include parent carers.",
             "Head of SEND Quality Assurance (HCC) / Designated Clinical Officer (HWE ICB)", "Summer term 2024",
             "70% of audited plans judged good or better", "2024-07", "Summer term 2024", "green"),
            ("1.3", "Set and monitor a six-week standard for health advice returned to the SEND team.",
             "Designated Clinical Officer (HWE ICB)", "31/05/2024",
             "90% of health advice returned within six weeks", "2024-05", None, "amber"),
        ]),
        ("Area for priority action 2: Leaders should work together to reduce waiting times for speech and language "
         "therapy and neurodevelopmental assessment, and make sure families are supported while they wait.", [
            ("2.1", "Commission additional speech and language therapy capacity through HCT and an independent "
             "provider.", "Director of Children's Commissioning (HWE ICB)", "September 2024",
             "No child waiting more than 18 weeks for an initial SLT appointment", "2024-09", None, "red"),
            ("2.2", "Launch a 'waiting well' offer of workshops and online resources co-produced with Hertfordshire "
             "Parent Carer Involvement.", "Head of Integrated Commissioning; HPCI Co-chair", "Spring term 2024",
             "Parent carer survey shows families feel supported while waiting", "2024-03", "Spring term 2024",
             "blue"),
        ]),
        ("Area for improvement: Leaders should strengthen the preparation for adulthood offer so that young people "
         "have clear pathways into employment, independent living and adult health services.", [
            ("3.1", "Develop a 14 to 25 preparing for adulthood pathway with young people and publish it on the "
             "Local Offer.", "Head of Preparing for Adulthood (HCC)", "December 2024",
             "Pathway published; young people report it is clear", "2024-12", None, "unrated"),
            ("3.2", "Ensure annual reviews from Year 9 include a preparing for adulthood section completed with the "
             "young person.", "Head of SEND Operations (HCC)", "Ongoing",
             "PfA section completed in 90% of Year 9+ reviews", None, "Ongoing", "green"),
        ]),
    ],
}


def make_herts():
    t = HERTS
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(t["title"], level=1)
    doc.add_paragraph("Hertfordshire County Council and NHS Hertfordshire and West Essex Integrated Care Board. "
                      "Version 3 – April 2024.")
    doc.add_paragraph(
        "Following the area SEND inspection in 2023, the partnership has agreed this priority action plan. It is "
        "overseen by the SEND Improvement Board, which is jointly chaired by the Executive Director of Children's "
        "Services and the ICB Chief Nursing Officer. Progress is RAG rated at each Board meeting using the colours "
        "below.")
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for colour, meaning in [("8DB4E2", "Action complete"), ("92D050", "On track"),
                            ("FFC000", "Some slippage – mitigation in place"), ("FF0000", "Off track")]:
        row = key.add_row()
        shade(row.cells[0], colour)
        row.cells[1].text = meaning
        row.cells[0].width = Cm(2)
    doc.add_paragraph()
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ref", "What we will do", "Lead(s)", "By when",
                                       "How we will know it has made a difference", "RAG"]):
        c.text = h
        shade(c, "1F3864")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    bold_row(tb.rows[0])
    for area, acts in t["areas"]:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[5])
        m.text = area
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")
        for (ref, action, lead, when, impact, _e, _t, status) in acts:
            row = tb.add_row()
            for c, x in zip(row.cells, [ref, action, lead, when, impact, ""]):
                c.text = x
            if status in RAGFILL:
                shade(row.cells[5], RAGFILL[status])
    doc.save(out("hertfordshire-send-priority-action-plan.docx"))


# =====================================================================================
# 5. Lewisham YJS HMIP improvement plan (csv, Excel save-as)
# =====================================================================================
LEWISHAM = {
    "title": "Lewisham Youth Justice Service – HMIP Inspection Improvement Plan",
    "recs": [
        ("1. The YJS Management Board should ensure that board members understand the needs of children in the "
         "service, including disproportionality, and use this to drive improvement", [
            ("1.1", "Hold a board development session on the profile of children known to the YJS, including the "
             "over-representation of Black children.", "Chair of YJS Management Board", "30/09/2023", "Complete",
             "Session held on 14 September 2023 with all statutory partners present.", "2023-09", None, "blue"),
            ("1.2", "Publish a disproportionality action plan with a named board sponsor for each action.",
             "Head of Youth Justice", "Dec-23", "G",
             "Draft plan agreed at the November board; sponsors confirmed for six of eight actions.",
             "2023-12", None, "green"),
        ]),
        ("2. The YJS Management Board should ensure that children have timely access to education, training and "
         "employment, and to speech and language therapy", [
            ("2.1", "Agree an ETE protocol with schools and the virtual school so that every child has an education "
             "plan within ten days of starting an order.", "Head of Inclusion / Virtual School Head", "31/01/2024",
             "A", "Protocol drafted; consultation with headteachers extended to the end of January.",
             "2024-01", None, "amber"),
            ("2.2", "Recruit a dedicated speech and language therapist to the YJS (0.6 FTE).",
             "Children's Commissioning Manager (SEL ICB)", "Mar-24", "R",
             "Post advertised twice without success; agency cover being explored with the ICB.",
             "2024-03", None, "red"),
        ]),
        ("3. The Head of Youth Justice should ensure that assessments and plans address the risk of harm to others "
         "and the safety of victims", [
            ("3.1", "Deliver refresher AssetPlus training for all case managers, focused on risk of harm and "
             "contingency planning.", "YJS Practice Manager", "Nov-23", "Complete",
             "Two sessions delivered; 21 of 22 case managers attended and the remaining one is booked.",
             "2023-11", None, "blue"),
            ("3.2", "Introduce monthly case audits, with findings reported to the quality assurance subgroup.",
             "Quality Assurance Manager", "Monthly", "G",
             "Audits running since October; themes reported to the QA subgroup in November and December.",
             None, "Monthly", "green"),
            ("3.3", "Ensure the victim worker is consulted on every case with an identifiable victim before the plan "
             "is agreed.", "RJ and Victims Lead", "Q4 2023/24", "A",
             "Consultation recorded in 64% of cases in December; a prompt is being added to the case management "
             "system.", "2024-03", "Q4 2023/24", "amber"),
        ]),
    ],
}


def make_lewisham():
    t = LEWISHAM
    rows = [[t["title"], "", "", "", "", "", ""],
            ["Position at 31 December 2023", "", "", "", "", "", ""],
            ["", "", "", "", "", "", ""],
            ["Recommendation", "Ref", "Action", "Lead", "Target date", "RAG", "Progress update"]]
    for rec, acts in t["recs"]:
        for i, (ref, action, lead, when, rag, upd, *_e) in enumerate(acts):
            rows.append([rec if i == 0 else "", ref, action, lead, when, rag, upd])
    rows.append(["", "", "", "", "", "", ""])
    rows.append(["RAG: Complete = action delivered; G = on track; A = some slippage; R = off track",
                 "", "", "", "", "", ""])
    with open(out("lewisham-yjs-hmip-improvement-plan.csv"), "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)


# =====================================================================================
# 6. Northumberland children's home – post-Ofsted action plan (plain text)
# =====================================================================================
NHOME = {
    "title": "Action plan following Ofsted full inspection – Ridgeway House (SC471235)",
    "sections": [
        ("REQUIREMENTS", [
            ("Requirement 1: The registered person must ensure that staff assess whether each child is at risk of "
             "harm, taking into account information in the child's relevant plans, and that risk assessments are "
             "updated after every significant incident. (Regulation 12 (1)(2)(a)(i))", [
                ("Review and update each child's individual risk assessment and behaviour support plan, and add a "
                 "post-incident review step to the incident recording form.", "Registered Manager", "30/04/2023",
                 "Complete – all four risk assessments updated on 21/04/2023; post-incident step in use.",
                 "2023-04", None, "blue"),
                ("Deliver refresher training on risk assessment and restrictive practice to all staff at the May "
                 "team meeting.", "Registered Manager / Deputy Manager", "May 2023",
                 "Complete – 17 of 18 staff attended on 16/05/2023; one member of staff on leave to attend in July.",
                 "2023-05", None, "blue"),
            ]),
            ("Requirement 2: The registered person must ensure that there are enough staff with the experience and "
             "skills to meet the needs of each child on every shift, including at night. (Regulation 31 (1)(2))", [
                ("Recruit to the two vacant residential support worker posts and the vacant waking night post.",
                 "Head of Residential Services", "31/07/2023",
                 "On track – interviews held on 22/06/2023 and two posts offered; waking night post re-advertised.",
                 "2023-07", None, "green"),
                ("Reduce the use of agency staff to no more than 10% of shifts, and record a matching check for every "
                 "agency worker used.", "Registered Manager", "September 2023",
                 "Amber – agency use was 18% of shifts in June; matching checks now recorded for every shift.",
                 "2023-09", None, "amber"),
            ]),
        ]),
        ("RECOMMENDATIONS", [
            ("Recommendation 1: The registered person should ensure that children's records are written in "
             "language that reflects the child's voice and is respectful of them. ('Guide to the Children's Homes "
             "Regulations including the quality standards', page 62, paragraph 14.4)", [
                ("Hold a recording workshop with staff using anonymised examples from children's files; the "
                 "independent visitor to sample records each month.", "Deputy Manager", "June 2023",
                 "Complete – workshop held 08/06/2023; Regulation 44 visitor sampled records in June with "
                 "positive feedback.", "2023-06", None, "blue"),
            ]),
            ("Recommendation 2: The registered person should ensure that the home's development plan is informed by "
             "the views of the children living there. ('Guide to the Children's Homes Regulations including the "
             "quality standards', page 55, paragraph 13.1)", [
                ("Set up a monthly house meeting chaired by a young person, with minutes feeding into the home's "
                 "development plan.", "Registered Manager", "Monthly",
                 "On track – house meetings held in May and June; children chose the summer activity programme.",
                 None, "Monthly", "green"),
            ]),
        ]),
    ],
}


def make_nhome():
    t = NHOME
    L = ["NORTHUMBERLAND COUNTY COUNCIL",
         "Children's Residential Services",
         "",
         t["title"],
         "",
         "Inspection dates: 14 and 15 March 2023",
         "Overall experiences and progress of children and young people: requires improvement to be good",
         "Registered Manager: Claire Dunn",
         "Responsible Individual: Mark Hewitt, Head of Residential Services",
         "Date of plan: 3 April 2023 (updated 30 June 2023)",
         ""]
    for sec, items in t["sections"]:
        L += ["=" * 72, sec, "=" * 72, ""]
        for head, acts in items:
            L.append(head)
            L.append("")
            for (action, resp, when, status, *_e) in acts:
                L.append("    Action:       " + action)
                L.append("    Responsible:  " + resp)
                L.append("    Target date:  " + when)
                L.append("    Status:       " + status)
                L.append("")
    L += ["-" * 72,
          "This plan is reviewed monthly by the Registered Manager and the Responsible Individual and is shared",
          "with the Regulation 44 independent visitor. Progress will be reported in the next Regulation 45",
          "quality of care review.",
          ""]
    with open(out("northumberland-childrens-home-ofsted-action-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


# =====================================================================================
# 7. Rutland focused visit action plan (xlsx) – mistyped month in a target date -> refuse
# =====================================================================================
RUTLAND = {
    "title": "Rutland County Council – Ofsted Focused Visit Action Plan: Care Leavers",
    "afis": [
        ("The quality and timeliness of pathway plans, so that they are written with young people and reflect "
         "their current needs.", [
            ("1.1", "Refresh the pathway plan template with care leavers from the Children in Care Council.",
             "Team Manager – Leaving Care", d(2023, 10, 31), "Complete",
             "New template co-produced with six care leavers and live on Liquidlogic from 2 October."),
            ("1.2", "Review every open pathway plan and update any that are more than six months old.",
             "Team Manager – Leaving Care", "Novmber 2023", "Amber",
             "38 of 52 plans reviewed; remaining plans allocated to personal advisers with a deadline."),
            ("1.3", "Audit ten pathway plans each quarter with young people's feedback included.",
             "Service Manager – Quality Assurance", "Quarterly", "Green",
             "First audit completed in September; findings shared at the practice forum."),
        ]),
        ("The range of suitable accommodation available to care leavers, including staying put and supported "
         "lodgings.", [
            ("2.1", "Recruit five supported lodgings hosts through a targeted campaign.", "Fostering Team Manager",
             d(2024, 3, 31), "Green", "Two hosts approved at panel; three assessments under way."),
            ("2.2", "Extend the staying put policy to age 25 for young people in education or training.",
             "Head of Service – Children's Social Care", d(2024, 1, 31), "Red",
             "Policy drafted but financial approval deferred to the February Cabinet."),
        ]),
        ("Management oversight and supervision of personal advisers.", [
            ("3.1", "Introduce a monthly audit of supervision records for personal advisers.",
             "Service Manager – Quality Assurance", "Ongoing", "Green",
             "Audits in place since August; supervision compliance 94% in October."),
            ("3.2", "Deliver training for team managers on reflective supervision.",
             "Principal Social Worker", d(2023, 12, 31), "Amber",
             "Trainer booked for 12 December; one manager on leave will attend the January session."),
        ]),
    ],
}


def make_rutland():
    t = RUTLAND
    wb = Workbook()
    ws = wb.active
    ws.title = "FV action plan"
    ws["A1"] = t["title"]
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = ("Focused visit 12 and 13 July 2023 (letter published 16 August 2023). Progress at 31 October 2023 "
                "for the Children's Services Improvement Board.")
    ws.merge_cells("A2:G2")
    cols = ["Area for improvement", "Ref", "Action", "Lead", "Target date", "RAG", "Comments"]
    header_row(ws, 4, cols, [40, 6, 50, 28, 14, 10, 55], colour="00703C")
    r = 5
    for afi, acts in t["afis"]:
        start = r
        for (ref, action, lead, when, rag, comment) in acts:
            vals = [afi, ref, action, lead, when, rag, comment]
            for ci, v in enumerate(vals, start=1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = WRAP
                c.border = BOX
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            ws.cell(row=r, column=6).fill = fill(
                {"Complete": "8DB4E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}[rag])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(row=r + 1, column=1, value="RAG: Complete (blue) / Green – on track / Amber – some delay / Red – off track")
    wb.save(out("rutland-focused-visit-action-plan.xlsx"))


if __name__ == "__main__":
    make_torbay()
    make_plymouth()
    make_nsft()
    make_herts()
    make_lewisham()
    make_nhome()
    make_rutland()
    print("done")
