#!/usr/bin/env python3
"""Make the seven e2- case files for heldout39.

Run with /work/main/.venv/bin/python (python-docx, openpyxl).
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
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

# --------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


BLUE, GREEN, AMBER, RED = "5B9BD5", "92D050", "FFC000", "FF0000"
HEAD = "1F3864"
GREY = "D9E1F2"


def xl_header(ws, row, headers, widths):
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(HEAD)
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        c.border = BORDER
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# --------------------------------------------------------------------------
# 1. Oxfordshire ASC CQC improvement plan (xlsx)
# --------------------------------------------------------------------------
def make_oxfordshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    headers = ["Ref", "CQC theme / quality statement", "Area for improvement",
               "Action", "Lead", "Due date", "Revised due date",
               "Progress update (October 2025)", "RAG"]
    ncol = len(headers)
    ws["A1"] = "Oxfordshire County Council – Adult Social Care Improvement Plan 2025–2027"
    ws["A1"].font = Font(bold=True, size=14, color=HEAD)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A2"] = ("Response to the CQC Local Authority Assessment (report published 5 September 2025) "
                "and the LGA Peer Challenge (March 2025)")
    ws["A2"].font = Font(italic=True, size=11)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)
    ws["A3"] = "Version 2.1  |  Position at 31 October 2025  |  Monitored by the ASC Improvement Board"
    ws["A3"].font = Font(size=10)
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=ncol)
    xl_header(ws, 5, headers, [6, 24, 34, 46, 16, 12, 12, 48, 11])
    ws.row_dimensions[5].height = 32

    T1 = "Working with people – Assessing needs"
    T2 = "Working with people – Supporting people to lead healthier lives"
    T3 = "Working with people – Equity in experience and outcomes"
    T4 = "Providing support – Care provision, integration and continuity"
    A1 = ("People wait too long for Care Act assessments and reviews in some localities, "
          "particularly in the Oxford City and Cherwell teams.")
    A2 = ("Carers' assessments are not consistently offered, and carers told CQC that respite "
          "was hard to arrange.")
    A3 = ("Access to reablement and preventative support is not equitable across the county, "
          "and uptake is lower in rural areas.")
    A4 = ("The council does not yet fully understand the experiences and outcomes of people "
          "from ethnic minority communities.")
    A5 = ("There is a shortage of nursing and dementia care beds and of home care in rural "
          "areas, which leads to some out-of-county placements.")

    DMY, MY = "dd/mm/yyyy", "mmm-yy"
    rows = [
        ("1.1", T1, A1,
         "Introduce a single county-wide waiting list with weekly risk triage and a 'waiting well' "
         "contact for everyone waiting more than 28 days.",
         "VB", (D(2025, 11, 30), DMY), None,
         "Single list live in all six localities from September. 94% of people waiting over 28 days "
         "have had a waiting well call.", "On track"),
        ("1.2", T1, A1,
         "Reduce the review backlog by moving low-risk reviews to a proportionate telephone or "
         "online review route under the Strengths-Based Practice Framework.",
         "HJ / SW", (D(2026, 1, 31), DMY), (D(2026, 3, 31), DMY),
         "Backlog down from 1,870 to 1,410. Online review form delayed by LAS upgrade; revised "
         "date agreed at Improvement Board.", "At risk"),
        ("1.3", T1, A2,
         "Recommission the Carers Oxfordshire contract with delegated authority to complete "
         "carers' assessments.",
         "RP", (D(2025, 4, 30), MY), None,
         "New contract started 1 April 2025. Delegated assessments now reported monthly.",
         "Complete"),
        ("1.4", T1, A2,
         "Publish a clear carers' respite offer on Live Well Oxfordshire and in GP surgeries and "
         "libraries.",
         "RP", "Q4 2025/26", None,
         "Offer drafted with the Carers Forum; easy read version in production.", "On track"),
        ("2.1", T2, A3,
         "Extend the HART reablement service to cover the West Oxfordshire and north Cherwell "
         "rural patches seven days a week.",
         "TM", (D(2025, 12, 31), MY), None,
         "Recruitment to 14 reablement posts complete; weekend rota starts in December.",
         "On track"),
        ("2.2", T2, A3,
         "Agree a joint prevention plan with Public Health covering falls prevention, equipment "
         "and technology-enabled care.",
         "TM & Public Health Consultant", (D(2026, 3, 31), DMY), None,
         "Workshop held in September. Funding for the falls pathway not yet confirmed in the "
         "2026/27 budget.", "At risk"),
        ("3.1", T3, A4,
         "Improve recording of protected characteristics in LAS so that equality data is "
         "complete for at least 90% of open cases.",
         "AE", (D(2026, 3, 31), MY), None,
         "Ethnicity recorded for 81% of open cases (was 67%). Team-level reports issued monthly.",
         "On track"),
        ("3.2", T3, A4,
         "Co-produce an ASC Equity Action Plan with community organisations and Oxfordshire "
         "Community & Voluntary Action.",
         "VB", "Ongoing", None,
         "Three community listening events held; first draft of the plan due to the Board in "
         "January.", "On track"),
        ("4.1", T4, A5,
         "Publish a refreshed Market Position Statement setting out gaps in nursing, dementia "
         "and rural home care.",
         "Head of Commissioning (Adults)", (D(2025, 6, 30), DMY), None,
         "Published on the council website in June 2025 and presented to the provider forum.",
         "Complete"),
        ("4.2", T4, A5,
         "Implement the Live Well at Home rural home care framework with zoned contracts and a "
         "rural mileage uplift.",
         "Head of Commissioning (Adults)", (D(2026, 1, 31), MY), (D(2026, 6, 30), MY),
         "Tender attracted too few bids for two rural zones and will be re-run. Interim spot "
         "contracts in place.", "Off track"),
        ("4.3", T4, A5,
         "Agree a joint bed-based care plan with the BOB Integrated Care Board to reduce "
         "out-of-county placements.",
         "KF / ICB Director of Place", "Sept 2026", None,
         "Not yet started – scheduled to begin after the ICB bed review reports in April 2026.",
         None),
    ]
    rag_fill = {"Complete": BLUE, "On track": GREEN, "At risk": AMBER, "Off track": RED}
    r0 = 6
    for i, (ref, th, afi, act, lead, due, rev, prog, rag) in enumerate(rows):
        r = r0 + i
        vals = [ref, th, afi, act, lead, None, None, prog, rag]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BORDER
        for col, d in ((6, due), (7, rev)):
            cell = ws.cell(row=r, column=col)
            if isinstance(d, tuple):
                cell.value, cell.number_format = d
            elif d is not None:
                cell.value = d
        if rag:
            ws.cell(row=r, column=9).fill = fill(rag_fill[rag])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
    # merge theme (col B) and AFI (col C) groups
    def merge_runs(col, idx):
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][idx] != rows[start][idx]:
                if i - 1 > start:
                    ws.merge_cells(start_row=r0 + start, start_column=col,
                                   end_row=r0 + i - 1, end_column=col)
                start = i
    merge_runs(2, 1)
    merge_runs(3, 2)
    for r in range(r0, r0 + len(rows)):
        ws.cell(row=r, column=2).fill = fill(GREY)
        ws.cell(row=r, column=2).font = Font(bold=True)

    k = r0 + len(rows) + 1
    ws.cell(row=k, column=1, value="RAG key").font = Font(bold=True)
    key = [("Complete", BLUE, "Action delivered and evidence seen by the Improvement Board"),
           ("On track", GREEN, "Progressing to the due date"),
           ("At risk", AMBER, "Some slippage – recoverable with management action"),
           ("Off track", RED, "Will not meet the due date without intervention; escalated")]
    for j, (word, col, desc) in enumerate(key, start=1):
        c = ws.cell(row=k + j, column=2, value=word)
        c.fill = fill(col)
        ws.cell(row=k + j, column=3, value=desc)
    k2 = k + len(key) + 2
    ws.cell(row=k2, column=1, value="Lead officers").font = Font(bold=True)
    leads = ["KF – Director of Adult Social Care", "VB – Deputy Director, Adult Social Care",
             "HJ – Head of Locality Services", "SW – Principal Social Worker",
             "RP – Carers Strategy Lead", "TM – Head of Reablement and Prevention",
             "AE – ASC Performance and Information Manager"]
    for j, t in enumerate(leads, start=1):
        ws.cell(row=k2 + j, column=2, value=t)
    ws.freeze_panes = "A6"

    vc = wb.create_sheet("Version control")
    vc.append(["Version", "Date", "Author", "Changes"])
    for c in vc[1]:
        c.font = Font(bold=True)
    vc.append(["1.0", D(2025, 3, 28), "ASC Improvement Lead", "Plan following LGA Peer Challenge"])
    vc.append(["2.0", D(2025, 9, 19), "ASC Improvement Lead",
               "Revised after CQC assessment report; themes aligned to quality statements"])
    vc.append(["2.1", D(2025, 11, 3), "ASC Improvement Lead", "October progress update"])
    for r in range(2, 5):
        vc.cell(row=r, column=2).number_format = "dd/mm/yyyy"
    vc.column_dimensions["B"].width = 12
    vc.column_dimensions["C"].width = 22
    vc.column_dimensions["D"].width = 60
    wb.save(out("e2-oxfordshire-asc-cqc-improvement-plan.xlsx"))


# --------------------------------------------------------------------------
# 2. Teeswide SAB SAR 'Kerry' action plan (docx, colour-only RAG)
# --------------------------------------------------------------------------
def make_teeswide():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    doc.add_heading("Teeswide Safeguarding Adults Board: Safeguarding Adults Review ‘Kerry’ – "
                    "Multi-Agency Action Plan", level=0)

    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"),
                                ("Date", "19 November 2025"),
                                ("Owner", "TSAB SAR Sub-Group"),
                                ("Status", "Approved by the Board 8 October 2025; progress updated "
                                           "for the November SAR Sub-Group")]):
        cell_text(dc.rows[i].cells[0], k, bold=True)
        shade(dc.rows[i].cells[0], "D9E1F2")
        cell_text(dc.rows[i].cells[1], v)
    set_col_widths(dc, [4, 14])

    doc.add_paragraph()
    doc.add_paragraph(
        "This action plan responds to the four recommendations of the Safeguarding Adults Review "
        "into the circumstances of ‘Kerry’, a pseudonym agreed with her family. Each partner "
        "agency named as lead has agreed its actions. Progress is monitored by the SAR Sub-Group "
        "and reported to the Board each quarter. The RAG column is colour coded using the key at "
        "the end of this document.")

    themes = [
        ("Learning theme 1: Engagement and trauma-informed practice",
         "Recommendation 1: TSAB partners should make sure that practitioners take a "
         "trauma-informed approach when an adult at risk does not engage, and that non-engagement "
         "is not a reason to close a case without a multi-agency discussion.",
         [("1.1", "Revise the Teeswide Self-Neglect and Disengagement guidance so that a "
                  "multi-agency discussion is held before any case is closed for non-engagement.",
           "Chair, Policies, Procedures and Practice Sub-Group", "March 2025",
           "Revised guidance approved by the Board in April 2025 and published on the TSAB "
           "website.", BLUE),
          ("1.2", "Deliver trauma-informed practice briefings to adult social care, housing and "
                  "substance misuse teams in all four local authority areas.",
           "TSAB Training Coordinator", "Sept 2025 – March 2026",
           "Six of twelve briefings delivered (Hartlepool and Stockton complete). Middlesbrough "
           "and Redcar sessions booked for January and February.", GREEN)]),
        ("Learning theme 2: Drug and alcohol screening",
         "Recommendation 2: Health partners should make sure that drug and alcohol screening is "
         "routinely completed when an adult attends an emergency department after an assault or "
         "injury.",
         [("2.1", "Audit compliance with AUDIT-C screening in the James Cook and University "
                  "Hospital of North Tees emergency departments and report the results to the "
                  "Board.",
           "South Tees Hospitals NHS FT / North Tees and Hartlepool NHS FT", "31/12/2025",
           "South Tees audit complete (62% compliance). North Tees audit delayed by the move to "
           "a new ED record system.", AMBER),
          ("2.2", "Include substance misuse screening and referral pathways in the Teeswide "
                  "emergency department safeguarding adults training.",
           "Designated Nurse for Safeguarding Adults (NENC ICB)", "Q4 2025/26",
           "Training content drafted with the substance misuse services; to be piloted in "
           "February.", GREEN)]),
        ("Learning theme 3: Raising safeguarding concerns and escalating domestic abuse",
         "Recommendation 3: All partners should make sure staff recognise domestic abuse and "
         "sexual exploitation of adults with care and support needs as safeguarding concerns, and "
         "refer to MARAC where the risk is high.",
         [("3.1", "Review the quality assurance of DASH risk assessments for repeat victims who "
                  "have care and support needs.",
           "Cleveland Police (Detective Chief Inspector – Vulnerability)", "June 2025",
           "Review completed; supervisors now check DASH forms for all repeat victims within 24 "
           "hours.", BLUE),
          ("3.2", "Carry out a multi-agency audit of ten cases where both a safeguarding concern "
                  "and a MARAC referral were made for the same adult.",
           "Performance, Audit and Quality Sub-Group", "February 2026",
           "Audit not started. The sub-group has had no chair since August; the Business Manager "
           "is seeking an interim chair.", RED),
          ("3.3", "Include domestic abuse and adult sexual exploitation in each local authority's "
                  "adult safeguarding practice standards.",
           "Principal Social Workers (all four local authorities)", "TBC",
           "To be agreed at the Principal Social Worker network in December.", None)]),
        ("Learning theme 4: Homelessness and the duty to refer",
         "Recommendation 4: Public bodies should use the duty to refer under the Homelessness "
         "Reduction Act 2017 for adults at risk who are homeless, or at risk of homelessness, when "
         "they leave hospital or custody.",
         [("4.1", "Issue a Teeswide briefing on the duty to refer to all acute and mental health "
                  "wards and to custody suites.",
           "TSAB Business Manager", "Oct-25",
           "Briefing issued 6 October 2025 and added to the TSAB website.", BLUE),
          ("4.2", "Monitor duty to refer referrals from health and custody through the quarterly "
                  "TSAB data dashboard.",
           "Housing Options Managers / TSAB Business Unit", "Quarterly",
           "Indicator added to the Q2 dashboard: 41 referrals from hospitals, 9 from custody.",
           GREEN)]),
    ]
    hdr = ["Ref", "Action", "Lead agency / officer", "Timescale", "Progress update", "RAG"]
    widths = [1.3, 7.5, 4.8, 2.8, 7.5, 1.4]
    for theme, rec, acts in themes:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=2 + len(acts), cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            cell_text(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "BDD7EE")
        rc = t.rows[1].cells[0].merge(t.rows[1].cells[len(hdr) - 1])
        cell_text(rc, rec, bold=True)
        shade(rc, "F2F2F2")
        for j, (ref, act, lead, when, prog, col) in enumerate(acts):
            cells = t.rows[2 + j].cells
            for i, v in enumerate([ref, act, lead, when, prog, ""]):
                cell_text(cells[i], v)
            if col:
                shade(cells[5], col)
        set_col_widths(t, widths)
        doc.add_paragraph()

    doc.add_paragraph().add_run("RAG key").bold = True
    k = doc.add_table(rows=5, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([(BLUE, "Complete – evidence received by the SAR Sub-Group"),
                                    (GREEN, "On track"),
                                    (AMBER, "Delayed – some risk to the timescale"),
                                    (RED, "Not progressing – escalated to the Board"),
                                    (None, "No colour – not yet rated")]):
        if col:
            shade(k.rows[i].cells[0], col)
        cell_text(k.rows[i].cells[1], txt)
    set_col_widths(k, [1.5, 10])
    doc.save(out("e2-teeswide-sab-sar-kerry-action-plan.docx"))


# --------------------------------------------------------------------------
# 3. Dacorum CSP DHR 'Margaret' action plan (docx, Home Office template)
# --------------------------------------------------------------------------
def make_dacorum():
    doc = Document()
    landscape(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Dacorum Community Safety Partnership – Domestic Homicide Review ‘Margaret’: "
                  "Action Plan")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p2 = doc.add_paragraph("Updated 10 November 2025 for the CSP Board")
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "The overview report for this review was accepted by the Home Office Quality Assurance "
        "Panel and published with this action plan. ‘Margaret’ was 81 and lived with her adult "
        "son, who was later convicted of her manslaughter. The panel made five recommendations. "
        "Lead agencies report progress to the CSP Domestic Abuse Delivery Group, which reviews "
        "this plan every quarter until all actions are complete.")

    hdr = ["Recommendation", "Scope of recommendation i.e. local or regional",
           "Action to take", "Lead Agency",
           "Key milestones achieved in enacting recommendation", "Target Date",
           "Date of completion and Outcome", "RAG"]
    recs = [
        ("1. Dacorum CSP to assure itself that older victims of domestic abuse are identified and "
         "supported by local services, including where the abuser is an adult son or daughter.",
         "Local",
         [("Commission a briefing on adult family violence and older victims for CSP partners and "
           "frontline housing staff.",
           "Dacorum Borough Council (Community Safety)",
           "Briefing written with the Hertfordshire Domestic Abuse Partnership; delivered to 84 "
           "staff in three sessions.",
           "March 2025", "Completed 20/03/2025 – briefing available on the CSP web pages.",
           "Complete"),
          ("Include older victims as a priority cohort in the Dacorum Domestic Abuse Action Plan "
           "2025-26.",
           "Dacorum CSP Manager",
           "Cohort and measures agreed by the Domestic Abuse Delivery Group.",
           "31.05.2025", "Action plan approved by the CSP Board 12/06/2025.", "Complete")]),
        ("2. Hertfordshire Constabulary to ensure that officers attending domestic incidents "
         "involving older people complete a DASH risk assessment and consider the adult's care "
         "and support needs.",
         "County",
         [("Refresh the domestic abuse module of the Constabulary's mandatory training to include "
           "older victims and adult family violence.",
           "Hertfordshire Constabulary",
           "Content drafted with the Safeguarding Adults Board; roll-out in the winter training "
           "cycle.",
           "January 2026", "", "On track"),
          ("Dip sample 25 domestic incidents with a victim aged over 65 to check DASH completion "
           "and referrals to Adult Care Services.",
           "Hertfordshire Constabulary / HCC Adult Care Services",
           "Sample drawn. Joint review postponed from October because of staff absence.",
           "December 2025", "", "Delayed")]),
        ("3. Herts and West Essex ICB to seek assurance that GP practices ask about domestic abuse "
         "when an older patient presents with unexplained injuries or a relative answers for "
         "them.",
         "Local / ICB",
         [("Circulate a 7-minute briefing on routine enquiry with older patients to all Dacorum "
           "GP practices.",
           "Herts and West Essex ICB – Named GP for Safeguarding",
           "Briefing circulated through the practice safeguarding leads network.",
           "30/06/2025", "Completed 12/06/2025.", "Complete"),
          ("Add older victims and carers to the IRIS domestic abuse training programme offered to "
           "practices.",
           "Herts and West Essex ICB",
           "IRIS provider has agreed the additional module; first practices trained in October.",
           "Within 12 months of publication", "", "On track")]),
        ("4. Dacorum Borough Council to review how tenancy officers record and share concerns that "
         "a tenant may be controlled or exploited by a family member.",
         "Local",
         [("Add a domestic abuse and safeguarding prompt to the tenancy visit checklist.",
           "Dacorum Borough Council – Tenancy Management",
           "Prompt added to the mobile visit form.",
           "April 2025", "Completed April 2025 – prompt live on the housing management system.",
           "Complete"),
          ("Provide safeguarding adults and domestic abuse refresher training to all tenancy "
           "officers.",
           "DBC Housing / Hertfordshire Safeguarding Adults Board",
           "Training dates being agreed with HSAB.",
           "Mar-26", "", "Not started")]),
        ("5. The Home Office to consider including adult family violence against older parents in "
         "the refreshed DHR statutory guidance.",
         "National",
         [("CSP Chair to write to the Home Office DHR team setting out this recommendation.",
           "Chair, Dacorum CSP",
           "Letter drafted and agreed by the panel chair.",
           "On publication", "Letter sent 02/09/2025; acknowledgement received.", "Complete")]),
    ]
    nrows = 1 + sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=nrows, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    rag_fill = {"Complete": BLUE, "On track": GREEN, "Delayed": AMBER}
    r = 1
    for rec, scope, acts in recs:
        first = r
        for (act, lead, miles, target, done, rag) in acts:
            cells = t.rows[r].cells
            for i, v in enumerate(["", "", act, lead, miles, target, done, rag]):
                cell_text(cells[i], v)
            if rag in rag_fill:
                shade(cells[7], rag_fill[rag])
            r += 1
        last = r - 1
        c0 = t.cell(first, 0).merge(t.cell(last, 0)) if last > first else t.cell(first, 0)
        c1 = t.cell(first, 1).merge(t.cell(last, 1)) if last > first else t.cell(first, 1)
        cell_text(c0, rec)
        cell_text(c1, scope)
    set_col_widths(t, [5.2, 2.0, 4.6, 3.2, 4.4, 2.2, 3.6, 1.8])

    doc.add_paragraph()
    doc.add_paragraph(
        "RAG: Complete (blue) – action completed and evidence provided to the CSP; On track "
        "(green) – progressing to target date; Delayed (amber) – behind target, revised date "
        "being agreed with the Delivery Group; Not started – no rating given.")
    doc.save(out("e2-dacorum-csp-dhr-margaret-action-plan.docx"))


# --------------------------------------------------------------------------
# 4. Hillingdon housing RSH action plan (xlsx) – typo month in revised date (row 10)
# --------------------------------------------------------------------------
def make_hillingdon():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    headers = ["Ref", "Area for improvement (RSH judgement)", "Action", "Accountable officer",
               "Target date", "Revised target date", "Status", "Commentary (November 2025)"]
    n = len(headers)
    titles = ["London Borough of Hillingdon – Council Housing: Regulator of Social Housing "
              "Consumer Inspection Action Plan",
              "Consumer grading C2 – actions to achieve C1",
              "Progress update for the Residents' Services Select Committee – November 2025"]
    for i, t in enumerate(titles, start=1):
        ws.cell(row=i, column=1, value=t).font = Font(bold=(i == 1), size=14 if i == 1 else 11)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=n)
    xl_header(ws, 5, headers, [7, 36, 44, 24, 12, 14, 16, 48])

    SQ = "Safety and Quality Standard"
    TIA = "Transparency, Influence and Accountability Standard"
    F1 = ("Not all homes meet the Decent Homes Standard, and the programme to bring the remaining "
          "homes up to standard needs to be completed.")
    F2 = ("Reporting to senior leaders and members on repairs and on damp and mould cases does "
          "not give enough oversight.")
    F3 = "Oversight of major adaptations is limited and some tenants wait a long time."
    F4 = ("Tenant engagement and scrutiny arrangements need strengthening so that tenants can "
          "influence services.")
    F5 = "Information on how to complain is not always clear or accessible to tenants."
    DMY, MY = "dd/mm/yyyy", "mmm-yy"
    layout = [
        ("section", SQ),
        ("SQ1", F1, "Deliver the 2025/26 Decent Homes capital programme for the remaining 412 "
                    "non-decent homes.", "Head of Capital Programmes", (D(2026, 3, 31), DMY),
         None, "On target", "238 homes completed; kitchen and bathroom contracts on programme."),
        ("SQ2", F1, "Complete stock condition surveys of the remaining 30% of council homes.",
         "Asset Management Manager", (D(2025, 12, 31), MY), None, "On target",
         "1,950 of 2,400 surveys complete; data loaded to the asset system weekly."),
        ("SQ3", F2, "Introduce a monthly repairs and damp and mould dashboard for the Housing "
                    "Leadership Team and the Cabinet Member.", "Mark Ellis",
         (D(2025, 6, 30), DMY), None, "Completed",
         "Dashboard in use since June 2025; reported to Cabinet Member monthly."),
        ("SQ4", F2, "Carry out a case review of all damp and mould cases open for more than 12 "
                    "weeks.", "Mark Ellis and Priya Sandhu", (D(2025, 8, 31), MY),
         "Setpember 2025", "Minor slippage",
         "147 of 171 cases reviewed; remaining cases need access appointments."),
        ("SQ5", F3, "Agree a joint adaptations pathway with Occupational Therapy, with a target "
                    "time from OT referral to completion of works.",
         "Head of Housing Options; Lead Occupational Therapist", (D(2026, 3, 31), MY), None,
         "On target", "Draft pathway agreed at the adaptations steering group."),
        ("SQ6", F3, "Report adaptations waiting times quarterly to the Residents' Services "
                    "Select Committee.", "Head of Housing Options", "Quarterly", None,
         "On target", "First report presented in October 2025."),
        ("section", TIA),
        ("TIA1", F4, "Establish a Tenant Scrutiny Panel with an agreed annual scrutiny "
                     "programme.", "Resident Engagement Manager", (D(2025, 10, 31), MY), None,
         "Completed", "Panel of nine tenants recruited; first review (repairs communication) "
                      "under way."),
        ("TIA2", F4, "Publish Tenant Satisfaction Measures results and the annual housing "
                     "performance report to all tenants.", "Resident Engagement Manager",
         "Annually (July)", None, "On target", "2024/25 report published in July 2025."),
        ("TIA3", F5, "Revise complaint leaflets and web pages, including easy-read and translated "
                     "versions.", "Complaints and Enquiries Manager", (D(2026, 1, 31), MY),
         (D(2026, 3, 31), MY), "Significant slippage",
         "Web content delayed by the website platform change; leaflets at design stage."),
    ]
    status_fill = {"Completed": BLUE, "On target": GREEN, "Minor slippage": AMBER,
                   "Significant slippage": RED}
    r = 6
    afi_rows = {}
    for item in layout:
        if item[0] == "section":
            c = ws.cell(row=r, column=1, value=item[1])
            c.font = Font(bold=True)
            for col in range(1, n + 1):
                ws.cell(row=r, column=col).fill = fill(GREY)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            r += 1
            continue
        ref, afi, act, lead, tgt, rev, status, comm = item
        vals = [ref, afi, act, lead, None, None, status, comm]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for col, d in ((5, tgt), (6, rev)):
            cell = ws.cell(row=r, column=col)
            if isinstance(d, tuple):
                cell.value, cell.number_format = d
            elif d is not None:
                cell.value = d
        ws.cell(row=r, column=7).fill = fill(status_fill[status])
        afi_rows.setdefault(afi, []).append(r)
        r += 1
    for afi, rr in afi_rows.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key").font = Font(bold=True)
    for j, (w, col) in enumerate([("Completed", BLUE), ("On target", GREEN),
                                  ("Minor slippage", AMBER), ("Significant slippage", RED)],
                                 start=1):
        ws.cell(row=r + j, column=2, value=w).fill = fill(col)
    wb.save(out("e2-hillingdon-housing-rsh-action-plan.xlsx"))


# --------------------------------------------------------------------------
# 5. Flintshire internal audit action tracking (csv) – year 2052 on line 10
# --------------------------------------------------------------------------
def make_flintshire():
    lines = [
        ["Flintshire County Council - Internal Audit Action Tracking"],
        ["Open and recently closed actions as at 31/12/2025 - Governance and Audit Committee "
         "21/01/2026"],
        [],
        ["Audit Ref", "Audit Title", "Assurance", "Portfolio", "Action Ref", "Priority",
         "Agreed Action", "Responsible Officer", "Original Due Date", "Revised Due Date",
         "Revisions", "Action RAG", "Latest Update"],
        ["23/24-014", "Homelessness and Temporary Accommodation", "Amber Red",
         "Housing & Communities", "14.1", "High",
         "Introduce a monthly reconciliation of temporary accommodation placements to supplier "
         "invoices before payment.", "Housing Solutions Manager", "30/09/2024", "31/03/2025",
         "2", "B", "Reconciliation in place since March 2025; evidence reviewed by Internal "
                   "Audit."],
        ["23/24-014", "Homelessness and Temporary Accommodation", "Amber Red",
         "Housing & Communities", "14.2", "Medium",
         "Review the Temporary Accommodation Charging Policy and present it to Cabinet.",
         "Service Manager - Housing & Prevention", "31/12/2024", "30/09/2025", "2", "R",
         "Draft policy complete; Cabinet date not yet agreed."],
        ["24/25-006", "Streetscene - Operator ('O') Licence Compliance", "Red",
         "Streetscene & Transportation", "6.1", "High",
         "Check drivers' hours and vehicle defect records weekly and report exceptions to the "
         "Transport Manager.", "Transport Manager", "31/03/2025", "", "0", "B",
         "Weekly checks evidenced from February 2025."],
        ["24/25-006", "Streetscene - Operator ('O') Licence Compliance", "Red",
         "Streetscene & Transportation", "6.2", "High",
         "Nominate and train a second qualified Transport Manager to give cover on the Operator "
         "Licence.", "Chief Officer (Streetscene & Transportation)", "30/06/2025", "31/12/2025",
         "1", "A", "Candidate identified; CPC course booked for January 2026."],
        ["24/25-011", "Council Tax Reduction Scheme", "Amber Green", "Governance", "11.1",
         "Medium", "Complete quarterly quality checks on a sample of CTR assessments.",
         "Benefits Manager", "31/03/2026", "", "0", "G",
         "First quarterly check completed in October 2025."],
        ["24/25-015", "Section 106 Agreements", "Amber Red", "Planning, Environment & Economy",
         "15.1", "High",
         "Maintain a single register of Section 106 obligations reconciled to the finance ledger.",
         "Planning Strategy Manager / Finance Manager", "31/03/2025", "30/06/2052", "1", "R",
         "Register built; reconciliation to the ledger in progress."],
        ["25/26-002", "Payroll - Starters and Leavers", "Amber Green", "Governance", "2.1",
         "Medium",
         "Remind managers of the deadline for submitting leaver forms and report late "
         "submissions to Chief Officers.", "Employment Services Manager", "31/10/2025", "", "0",
         "B", "Reminder issued; late submissions reported monthly."],
        ["25/26-002", "Payroll - Starters and Leavers", "Amber Green", "Governance", "2.2", "Low",
         "Update the payroll procedure notes for the iTrent upgrade.",
         "Employment Services Manager", "28/02/2026", "", "0", "G", ""],
        ["25/26-007", "Schools Thematic - Procurement Cards", "Amber Green", "Education & Youth",
         "7.1", "Medium",
         "Remind headteachers that procurement card statements must be reconciled and authorised "
         "monthly.", "Senior Manager - School Business Support", "30/11/2025", "31/01/2026", "1",
         "A", "Reminder drafted for the January headteachers' bulletin."],
        [],
        ["Action RAG: B = completed and evidence verified; G = not yet due; A = overdue up to 3 "
         "months or revised date agreed; R = overdue more than 3 months"],
        ["Assurance ratings: Green / Amber Green / Amber Red / Red - see the Internal Audit "
         "Charter"],
    ]
    with open(out("e2-flintshire-internal-audit-action-tracking.csv"), "w", newline="",
              encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for row in lines:
            w.writerow(row)


# --------------------------------------------------------------------------
# 6. Merseyside FRS HMICFRS AFI action plan (txt)
# --------------------------------------------------------------------------
def make_merseyside():
    rule = "=" * 78
    L = []
    L.append("Merseyside Fire and Rescue Service – HMICFRS Areas for Improvement Action Plan "
             "(Inspection 2023–25)")
    L.append("Appendix A to the Audit Committee report, 13 November 2025 – progress at "
             "31 October 2025")
    L.append("")
    L.append("Status key: Complete = action closed and evidence held | Green = on track | "
             "Amber = at risk of missing the due date | Red = will not meet the due date | "
             "Not started")
    L.append("")

    def section(name):
        L.extend([rule, name, rule, ""])

    def afi(text):
        L.append(text)
        L.append("")

    def action(ref, text, owner, due, status, update, revised=None):
        L.append(f"  {ref}  {text}")
        L.append(f"       Owner:        {owner}")
        L.append(f"       Due:          {due}")
        if revised:
            L.append(f"       Revised due:  {revised}")
        L.append(f"       Status:       {status}")
        L.append(f"       Update:       {update}")
        L.append("")

    section("Promoting the right values and culture")
    afi("AFI 1: The service should make sure its values and behaviours are understood and "
        "demonstrated by staff at all levels.")
    action("1.1", "Deliver 'Our Values in Practice' workshops to all station and watch managers.",
           "GM Organisational Development", "31/03/2025", "Complete",
           "22 workshops delivered to 318 managers; evaluation reported to SLT in April 2025.")
    action("1.2", "Include the service's values and behaviours in the annual appraisal for all "
                  "staff.", "Director of People and OD", "March 2026", "Green",
           "Values section added to the appraisal template; guidance for appraisers in draft.")
    afi("AFI 2: The service should monitor staff working hours, including overtime and secondary "
        "contracts, so that staff do not work excessive hours.")
    action("2.1", "Switch on the working time module in the rostering system and report staff "
                  "exceeding 48 hours a week to station managers each month.",
           "AM Operational Response / Head of HR", "Q3 2025/26", "Amber",
           "Module configured; testing delayed by the supplier's system upgrade. Secondary "
           "contracts declaration completed by 96% of staff.", revised="Q4 2025/26")

    section("Ensuring fairness and promoting diversity")
    afi("AFI 3: The service should make sure it has robust processes to carry out equality "
        "impact assessments and to review the actions agreed as a result.")
    action("3.1", "Revise the equality impact assessment template and guidance, with sign-off by "
                  "the Equality, Diversity and Inclusion Group.",
           "Diversity and Inclusion Manager", "30 June 2025", "Complete",
           "New template and guidance in use from 1 July 2025.")
    action("3.2", "Train all policy owners in the revised process and audit a sample of completed "
                  "assessments.", "Diversity and Inclusion Manager", "December 2025", "Green",
           "41 of 52 policy owners trained; audit of ten assessments scheduled for November.")
    afi("AFI 4: The service should improve how it gathers and uses equality data to understand "
        "its workforce.")
    action("4.1", "Run a workforce data declaration campaign, aiming for 90% of staff to declare "
                  "their protected characteristics.", "Head of HR", "Ongoing", "Green",
           "Declaration rate up from 71% to 84% since the campaign began in May.")

    section("Managing performance and developing leaders")
    afi("AFI 5: The service should make sure it has an effective system to manage staff "
        "performance and development, with a consistent approach to appraisals.")
    action("5.1", "Move all appraisals onto the People Hub digital system with a single annual "
                  "appraisal window.", "Head of HR", "April 2026", "Red",
           "Procurement of the People Hub system has been paused while the Authority reviews "
           "costs; the April 2026 date will not be met.")
    action("5.2", "Report appraisal completion rates by department to the Strategic Leadership "
                  "Team each quarter.", "Performance and Intelligence Manager", "Quarterly",
           "Not started", "Depends on 5.1; interim manual return being considered.")
    L.append(rule)
    L.append("AFI = area for improvement (HMICFRS). GM = Group Manager; AM = Area Manager; "
             "SLT = Strategic Leadership Team.")
    with open(out("e2-merseyside-frs-hmicfrs-afi-action-plan.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("\n".join(L) + "\n")


# --------------------------------------------------------------------------
# 7. TEWV CQC must/should do action plan (xlsx)
# --------------------------------------------------------------------------
def make_tewv():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    headers = ["Ref", "Regulation", "CQC requirement", "Action", "Lead", "Completion date",
               "Revised date", "Progress / evidence", "BRAG"]
    n = len(headers)
    ws["A1"] = ("Tees, Esk and Wear Valleys NHS Foundation Trust – CQC Inspection 2023: Must Do "
                "and Should Do Action Plan")
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n)
    ws["A2"] = ("Inspections April–June 2023, report published October 2023  |  Position at "
                "30 September 2024  |  Quality Assurance Committee")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=n)
    xl_header(ws, 4, headers, [8, 11, 38, 44, 24, 12, 12, 44, 7])

    S1 = "Acute wards for adults of working age and psychiatric intensive care units"
    S2 = "Community-based mental health services for adults of working age"
    S3 = "Trust-wide (well-led)"
    R1 = ("The trust must ensure that seclusion rooms are safe and fit for purpose and allow "
          "staff to observe patients at all times.")
    R2 = ("The trust must ensure that staff review and update patients' risk assessments after "
          "every incident.")
    R3 = ("The trust must ensure that people waiting for treatment are monitored and that their "
          "risks are reviewed while they wait.")
    R4 = ("The trust must ensure that serious incidents are investigated in a timely way and that "
          "learning is shared across services.")
    R5 = ("The trust should ensure that it apologises to patients and families when care or "
          "treatment has caused harm, in line with the duty of candour.")
    F = "dd-mmm-yy"
    layout = [
        ("section", S1),
        ("MD1.1", "Reg 12", R1,
         "Complete estates works to remove blind spots in the seclusion suites at Roseberry Park "
         "and West Park hospitals.", "Head of Estates Compliance", D(2024, 3, 31), D(2024, 9, 30),
         "West Park works finished in March. Roseberry Park works completed 20/09/2024 after a "
         "contractor delay; sign-off visit done.", "B"),
        ("MD1.2", "Reg 12", R1,
         "Introduce a monthly seclusion environment audit, with results reviewed at the care group "
         "Quality Assurance Group.", "Ward Managers / Modern Matron", D(2024, 1, 31), None,
         "Audit in place since January 2024; 100% completion for six consecutive months.", "B"),
        ("MD2.1", "Reg 12", R2,
         "Add a post-incident risk review to the daily safety huddle and check compliance in the "
         "weekly clinical record audit.", "Associate Director of Nursing (Inpatients)",
         D(2024, 12, 31), None,
         "Huddle standard in place on all wards; audit shows 93% compliance against a 95% target.",
         "G"),
        ("section", S2),
        ("MD3.1", "Reg 12", R3,
         "Implement the 'waiting well' contact standard for everyone on a community mental health "
         "team waiting list.", "J. Robson", D(2024, 6, 30), D(2024, 12, 31),
         "Standard live in Durham and Darlington teams; Teesside and North Yorkshire roll-out from "
         "October.", "A"),
        ("MD3.2", "Reg 12", R3,
         "Report waiting list numbers and risk review compliance monthly to the Quality and Safety "
         "Group.", "Head of Performance", "Monthly", None,
         "Included in the integrated quality report since May 2024.", "G"),
        ("section", S3),
        ("MD4.1", "Reg 17", R4,
         "Commission external support to clear the backlog of around 100 serious incident "
         "investigations.", "Director of Quality Governance", D(2024, 3, 31), None,
         "Backlog cleared 28/03/2024; closure report to Board in April 2024.", "B"),
        ("MD4.2", "Reg 17", R4,
         "Move to the Patient Safety Incident Response Framework (PSIRF) and publish the trust's "
         "Patient Safety Incident Response Plan.", "Dr S. Hartley & Patient Safety Specialist",
         D(2024, 9, 30), None,
         "Plan drafted; Board approval deferred pending ICB sign-off.", "R"),
        ("SD1.1", "Reg 20", R5,
         "Relaunch duty of candour training for all registered staff and team leaders.",
         "Head of Patient Safety", "Q3 2024/25", None,
         "Training package approved; sessions start in October.", "G"),
        ("SD1.2", "Reg 20", R5,
         "Audit a sample of duty of candour letters each quarter and report the findings to the "
         "Patient Safety Group.", "Head of Patient Safety", "Quarterly", None,
         "First audit due in December 2024.", None),
    ]
    brag = {"B": BLUE, "R": RED, "A": AMBER, "G": GREEN}
    r = 5
    groups = {}
    for item in layout:
        if item[0] == "section":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True, color="FFFFFF")
            for col in range(1, n + 1):
                ws.cell(row=r, column=col).fill = fill("2E75B6")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
            r += 1
            continue
        ref, reg, req, act, lead, comp, rev, prog, b = item
        vals = [ref, reg, req, act, lead, comp, rev, prog, b]
        for col, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = WRAP
            c.border = BORDER
        for col in (6, 7):
            if isinstance(ws.cell(row=r, column=col).value, dt.datetime):
                ws.cell(row=r, column=col).number_format = F
        if b:
            ws.cell(row=r, column=9).fill = fill(brag[b])
            ws.cell(row=r, column=9).alignment = Alignment(horizontal="center", vertical="top")
        groups.setdefault(req, []).append(r)
        r += 1
    for req, rr in groups.items():
        if len(rr) > 1:
            ws.merge_cells(start_row=rr[0], start_column=3, end_row=rr[-1], end_column=3)
            ws.merge_cells(start_row=rr[0], start_column=2, end_row=rr[-1], end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="BRAG key:").font = Font(bold=True)
    for j, (l, t) in enumerate([("B", "Complete and evidenced – closed by Quality Assurance "
                                      "Committee"),
                                ("G", "On track to deliver by the completion date"),
                                ("A", "At risk – narrative provided"),
                                ("R", "Off track – will not be delivered by the completion date")],
                               start=1):
        c = ws.cell(row=r + j, column=2, value=l)
        c.fill = fill(brag[l])
        c.alignment = Alignment(horizontal="center")
        ws.cell(row=r + j, column=3, value=t)
    ws.freeze_panes = "A5"
    wb.save(out("e2-tewv-cqc-must-should-do-action-plan.xlsx"))


if __name__ == "__main__":
    make_oxfordshire()
    make_teeswide()
    make_dacorum()
    make_hillingdon()
    make_flintshire()
    make_merseyside()
    make_tewv()
    print("done")
