"""Build the seven zgb- blind test files (set heldout824).

Run:  /work/main/.venv/bin/python zgb_make.py
Writes the data files next to this script. The expected readings are written
by zgb_expected.py, which imports the data below.
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
D = dt.datetime

# --------------------------------------------------------------------------
# 1. National Records of Scotland - AAR 2024/25 action plan progress (docx)
# --------------------------------------------------------------------------
NRS_FILE = "zgb-national-records-of-scotland-annual-audit-report-2024-25-action-plan.docx"
NRS_TITLE = "National Records of Scotland – Annual Audit Report 2024/25: Action Plan Progress Update"
# each: no, issue title, issue text, risk, recommendation, action, officer line, date lines,
#       progress, rag
NRS_ROWS = [
    dict(no="1", issue="Medium-term financial planning",
         text="NRS's medium-term financial plan was last updated in 2023 and does not reflect the 2025 Spending Review or the pay award assumptions now in place.",
         risk="Risk – NRS may not identify and deliver the savings needed to remain within its budget.",
         rec="NRS should refresh its medium-term financial plan to reflect the 2025 Spending Review and set out how the projected funding gap will be closed.",
         action="A refreshed medium-term financial plan for 2026/27 to 2029/30 will be presented to the Executive Management Board and the Audit and Risk Committee, setting out savings options and their workforce implications.",
         officer="Director of Corporate Services",
         dates=["Agreed date: 31 March 2026"],
         progress="Draft plan considered by the Executive Management Board on 3 February 2026. Final version to the Committee in March 2026.",
         rag="Green",
         exp=dict(lead=["Director of Corporate Services"], end="2026-03", status="green")),
    dict(no="2", issue="Verification of IT equipment",
         text="Our testing found 14 items of IT equipment in the fixed asset register that had been disposed of in earlier years.",
         risk="Risk – non-current assets may be overstated and disposals may not be properly authorised.",
         rec="NRS should carry out a full physical verification of IT equipment and reconcile the results to the fixed asset register.",
         action="A full physical verification of IT hardware will be completed, with disposals reconciled to the fixed asset register and the finance system updated.",
         officer="Head of Finance / Head of Digital Operations",
         dates=["Agreed date: 30 June 2026"],
         progress="Verification scheduled for April and May 2026 to align with the laptop refresh.",
         rag="Green",
         exp=dict(lead=["Head of Finance", "Head of Digital Operations"], end="2026-06", status="green")),
    dict(no="3", issue="Census 2031 programme governance",
         text="Lessons learned from Scotland's Census 2022 have been documented but are not yet reflected in the governance arrangements for the next census.",
         risk="Risk – weaknesses identified in 2022 could recur.",
         rec="NRS should ensure the lessons learned from Scotland's Census 2022 are built into the governance and business case for the 2031 census.",
         action="The Census 2031 programme board will map each lesson learned to the programme's governance framework and outline business case, and report coverage to the Audit and Risk Committee.",
         officer="Census 2031 Programme Director",
         dates=["Agreed date: December 2026"],
         progress="Mapping exercise under way; 31 of 48 lessons mapped.",
         rag="Green",
         exp=dict(lead=["Census 2031 Programme Director"], end="2026-12", status="green")),
    dict(no="4", issue="Cyber resilience",
         text="NRS's self-assessment against the Scottish Public Sector Cyber Resilience Framework identified seven gaps.",
         risk="Risk – NRS may be exposed to cyber incidents affecting its systems and public-facing services.",
         rec="NRS should complete the actions from its cyber resilience self-assessment and report progress regularly to the Audit and Risk Committee.",
         action="An improvement plan addressing the seven gaps has been agreed and progress will be reported to every meeting of the Audit and Risk Committee.",
         officer="Chief Information Security Officer",
         dates=["Agreed date: 30 September 2026"],
         progress="Two of the seven gaps closed. Procurement of the security logging solution has been delayed by supplier capacity.",
         rag="Amber",
         exp=dict(lead=["Chief Information Security Officer"], end="2026-09", status="amber")),
    dict(no="5", issue="Workforce planning",
         text="NRS does not yet have a strategic workforce plan linked to its financial plan, and several specialist archive and statistics roles are single points of failure.",
         risk="Risk – the loss of key staff could affect delivery of statutory functions.",
         rec="NRS should develop a strategic workforce plan aligned to the medium-term financial plan, including succession plans for specialist roles.",
         action="A strategic workforce plan will be developed alongside the refreshed medium-term financial plan, with succession plans for specialist archive and statistics roles.",
         officer="Head of People; Director of Corporate Services",
         dates=["Agreed date: 30 June 2026"],
         progress="Workforce data analysis complete. Drafting delayed pending the financial plan.",
         rag="Amber",
         exp=dict(lead=["Head of People", "Director of Corporate Services"], end="2026-06", status="amber")),
    dict(no="b/f 1", issue="Contracts register",
         text="The contracts register did not include five contracts above the regulated procurement threshold.",
         risk="Risk – NRS may not comply with the Procurement Reform (Scotland) Act 2014.",
         rec="NRS should reconcile its contracts register to purchase ledger spend and publish all regulated contracts.",
         action="The contracts register will be reconciled to purchase ledger spend and a quarterly compliance check introduced.",
         officer="Head of Procurement",
         dates=["Original date: 31 March 2025", "Revised date: 31 December 2025"],
         progress="Reconciliation completed in December 2025; first quarterly check reported to the Executive Management Board in January 2026.",
         rag="Complete",
         exp=dict(lead=["Head of Procurement"], end="2025-12", status="blue")),
    dict(no="b/f 2", issue="Performance reporting",
         text="A number of corporate performance indicators did not have targets or baselines.",
         risk="Risk – the Board may not be able to assess whether NRS is achieving its objectives.",
         rec="NRS should review its corporate performance indicators so that each has a baseline and a measurable target.",
         action="Corporate performance indicators will be reviewed as part of the new Corporate Plan and reported quarterly to the Executive Management Board.",
         officer="Head of Strategy and Performance",
         dates=["Original date: 30 September 2025", "Revised date: 31 March 2026"],
         progress="Revised indicator set drafted; awaiting approval of the Corporate Plan.",
         rag="Amber",
         exp=dict(lead=["Head of Strategy and Performance"], end="2026-03", status="amber")),
    dict(no="b/f 3", issue="Payroll exception reports",
         text="Evidence of review of monthly payroll exception reports was not retained for four months of the year.",
         risk="Risk – errors or irregular payments may not be detected.",
         rec="NRS should ensure payroll exception reports are independently reviewed each month and evidence of review retained.",
         action="Monthly exception reports will be reviewed and signed off by the Finance Business Partner, with evidence retained in the electronic records management system.",
         officer="Head of Finance",
         dates=["Agreed date: 30 June 2025"],
         progress="Implemented from May 2025 and confirmed by the external auditor during the 2024/25 audit.",
         rag="Complete",
         exp=dict(lead=["Head of Finance"], end="2025-06", status="blue")),
]

RAG_HEX = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Complete": "00B0F0",
           "Blue": "00B0F0"}


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))


def cell_paras(cell, paras, bold_first=False, size=9):
    """Write paragraphs into a cell (first paragraph reuses the empty one)."""
    cell.text = ""
    for i, p in enumerate(paras):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = par.add_run(p)
        run.font.size = Pt(size)
        if bold_first and i == 0:
            run.bold = True


def build_nrs():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(NRS_TITLE, style="Title")
    doc.add_paragraph("Audit and Risk Committee – 24 February 2026")
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Paper reference", "ARC(2026)04"),
                 ("Author", "Head of Finance"),
                 ("Sponsor", "Director of Corporate Services"),
                 ("Purpose", "For assurance"),
                 ("Version", "1.0 – final")]:
        r = dc.add_row().cells
        cell_paras(r[0], [k], bold_first=True)
        cell_paras(r[1], [v])
    doc.add_paragraph("")
    doc.add_paragraph(
        "This paper reports progress against the recommendations made by the external auditor "
        "in the 2024/25 Annual Audit Report, together with recommendations brought forward (b/f) "
        "from 2023/24 that remained open. The Committee is asked to note progress and approve "
        "the revised dates shown.")
    hdr = ["No.", "Issue/risk", "Recommendation", "Agreed management action/timing",
           "Progress at February 2026", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        cell_paras(c, [h], bold_first=True)
        shade(c, "1F3864")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in NRS_ROWS:
        cells = t.add_row().cells
        cell_paras(cells[0], [row["no"]], bold_first=True)
        cell_paras(cells[1], [row["issue"], row["text"], row["risk"]], bold_first=True)
        cell_paras(cells[2], [row["rec"]])
        cell_paras(cells[3], [row["action"], "Responsible officer: " + row["officer"]] + row["dates"])
        cell_paras(cells[4], [row["progress"]])
        cell_paras(cells[5], [row["rag"]], bold_first=True)
        shade(cells[5], RAG_HEX[row["rag"]])
    widths = [Cm(1.3), Cm(5.5), Cm(5.0), Cm(6.0), Cm(5.0), Cm(2.0)]
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph(
        "Dates are those agreed with the external auditor in the Annual Audit Report issued on "
        "30 October 2025. Where the Committee has agreed a revised date, the original and revised "
        "dates are both shown.")
    doc.add_heading("RAG status key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for name, meaning in [("Complete", "Action implemented and evidence provided to the external auditor"),
                          ("Green", "On track to be delivered by the agreed date"),
                          ("Amber", "Risk of slippage, or a revised date has been agreed"),
                          ("Red", "Agreed date missed and no revised date agreed")]:
        r = k.add_row().cells
        cell_paras(r[0], [name], bold_first=True)
        shade(r[0], RAG_HEX[name])
        cell_paras(r[1], [meaning])
    doc.save(os.path.join(HERE, NRS_FILE))


# --------------------------------------------------------------------------
# 2. Fold Housing Association - RQIA domiciliary care QIP internal action plan (docx)
# --------------------------------------------------------------------------
FOLD_FILE = "zgb-fold-housing-association-rqia-domiciliary-care-agency-qip-action-plan.docx"
FOLD_TITLE = "Fold Housing Association – RQIA Quality Improvement Plan: Internal Action Plan"
FOLD_SEC_REGS = "Action required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern Ireland) 2007"
FOLD_SEC_STDS = "Action required to ensure compliance with the Domiciliary Care Agencies Minimum Standards, 2021"
FOLD_FILL = {"blue": "00B0F0", "green": "00B050", "amber": "FFC000", "red": "FF0000"}
FOLD_SECTIONS = [
    (FOLD_SEC_REGS, [
        dict(head="Area for improvement 1        Ref: Regulation 13 (d)        Stated: First time",
             text="The registered person shall ensure that no domiciliary care worker is supplied by the agency unless full and satisfactory information is available in relation to him in respect of each of the matters specified in Schedule 3, including a full employment history with any gaps explained.",
             actions=[
                 dict(ref="1.1", action="Audit all personnel files for staff recruited since April 2023 against the Schedule 3 checklist and obtain written explanations for any gaps in employment history.",
                      lead="HR Business Partner", when="28 February 2025",
                      progress="Audit of 46 files completed. Three gaps explained and recorded on file.",
                      fill="blue", exp=dict(lead=["HR Business Partner"], end="2025-02", status="blue")),
                 dict(ref="1.2", action="Introduce a pre-employment checklist, signed off by the Registered Manager, that must be completed before any new worker is supplied.",
                      lead="Registered Manager / HR Business Partner", when="31/03/2025",
                      progress="Checklist in use from 10 March 2025.",
                      fill="blue", exp=dict(lead=["Registered Manager", "HR Business Partner"], end="2025-03", status="blue")),
             ]),
        dict(head="Area for improvement 2        Ref: Regulation 23 (1)        Stated: First time",
             text="The registered person shall establish and maintain a system for evaluating the quality of the services which the agency arranges to be provided. The monthly quality monitoring reports must include an action plan with timescales for any improvements identified.",
             actions=[
                 dict(ref="2.1", action="Revise the monthly quality monitoring report template to include an action plan section with named leads and timescales.",
                      lead="Registered Manager", when="April 2025",
                      progress="Template revised and used for the April and May reports.",
                      fill="blue", exp=dict(lead=["Registered Manager"], end="2025-04", status="blue")),
                 dict(ref="2.2", action="Area Manager to review each monthly quality monitoring report and confirm that actions from the previous month have been completed.",
                      lead="Area Manager", when="Immediate and ongoing",
                      progress="Reviews taking place; the May report carried forward two actions.",
                      fill="green", exp=dict(lead=["Area Manager"], end=None, end_text="Immediate and ongoing", status="green")),
             ]),
    ]),
    (FOLD_SEC_STDS, [
        dict(head="Area for improvement 3        Ref: Standard 12        Stated: First time",
             text="The registered person shall ensure that all staff complete mandatory training, including Adult Safeguarding and dysphagia awareness, within the agency's required timescales, and that training records are kept up to date.",
             actions=[
                 dict(ref="3.1", action="Book all staff who are out of date with Adult Safeguarding training onto refresher sessions and update the training matrix.",
                      lead="Training and Development Lead", when="30 April 2025",
                      progress="38 of 41 staff completed; three staff on long-term leave will complete on return.",
                      fill="amber", exp=dict(lead=["Training and Development Lead"], end="2025-04", status="amber")),
                 dict(ref="3.2", action="Deliver dysphagia awareness training (IDDSI framework) to all support staff and add it to the induction programme.",
                      lead="Senior Support Workers", when="30 June 2025",
                      progress="Sessions booked for June; 12 staff trained to date.",
                      fill="green", exp=dict(lead=["Senior Support Workers"], end="2025-06", status="green")),
             ]),
        dict(head="Area for improvement 4        Ref: Standard 13        Stated: First time",
             text="The registered person shall ensure that staff receive supervision and appraisal in accordance with the agency's policy and that records of supervision are retained.",
             actions=[
                 dict(ref="4.1", action="Set up a supervision and appraisal tracker for all staff, reviewed at the fortnightly team meeting.",
                      lead="Deputy Manager", when="End of March 2025",
                      progress="Tracker in place; 72% of staff supervised in line with policy at the end of May.",
                      fill="amber", exp=dict(lead=["Deputy Manager"], end="2025-03", status="amber")),
                 dict(ref="4.2", action="Complete outstanding annual appraisals for all staff employed for more than 12 months.",
                      lead="Deputy Manager / Senior Support Workers", when="30 September 2025",
                      progress="Not yet started – scheduled from July 2025.",
                      fill=None, exp=dict(lead=["Deputy Manager", "Senior Support Workers"], end="2025-09", status="unrated")),
             ]),
    ]),
]


def build_fold():
    doc = Document()
    landscape(doc)
    doc.add_paragraph(FOLD_TITLE, style="Title")
    doc.add_paragraph("Fold Supported Housing Domiciliary Care Agency, Belfast")
    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for k, v in [("Registered provider", "Fold Housing Association"),
                 ("Responsible Individual", "Director of Care and Support"),
                 ("Inspection", "Unannounced care inspection, 14 January 2025 (Inspection ID: IN046218)"),
                 ("Areas for improvement", "Regulations: 2    Standards: 2"),
                 ("QIP returned to RQIA", "11 March 2025"),
                 ("Action plan last updated", "19 June 2025")]:
        r = info.add_row().cells
        cell_paras(r[0], [k], bold_first=True, size=10)
        cell_paras(r[1], [v], size=10)
    doc.add_paragraph("")
    doc.add_paragraph(
        "This action plan sets out how the agency will address the areas for improvement "
        "identified in the RQIA Quality Improvement Plan (QIP). The areas for improvement are "
        "reproduced as stated by RQIA. Progress is reviewed monthly at the Care Services "
        "Governance Group.")
    hdr = ["Ref", "Action to be taken", "Responsible person", "Timescale",
           "Progress update (June 2025)", "RAG"]
    widths = [Cm(1.3), Cm(8.5), Cm(3.8), Cm(3.0), Cm(6.5), Cm(1.6)]
    for sec_title, afis in FOLD_SECTIONS:
        doc.add_heading(sec_title, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            cell_paras(c, [h], bold_first=True)
            shade(c, "D9E2F3")
        for afi in afis:
            r = t.add_row()
            m = r.cells[0].merge(r.cells[-1])
            cell_paras(m, [afi["head"], afi["text"]], bold_first=True)
            shade(m, "F2F2F2")
            for a in afi["actions"]:
                cells = t.add_row().cells
                cell_paras(cells[0], [a["ref"]])
                cell_paras(cells[1], [a["action"]])
                cell_paras(cells[2], [a["lead"]])
                cell_paras(cells[3], [a["when"]])
                cell_paras(cells[4], [a["progress"]])
                cell_paras(cells[5], [""])
                if a["fill"]:
                    shade(cells[5], FOLD_FILL[a["fill"]])
        for r in t.rows:
            for c, w in zip(r.cells, widths):
                c.width = w
        doc.add_paragraph("")
    doc.add_heading("RAG key", level=2)
    k = doc.add_table(rows=0, cols=2)
    k.style = "Table Grid"
    for col, meaning in [("blue", "Complete"),
                         ("green", "On track"),
                         ("amber", "Some slippage – action in hand"),
                         ("red", "Off track – escalate to Head of Care Services")]:
        r = k.add_row().cells
        cell_paras(r[0], [""])
        shade(r[0], FOLD_FILL[col])
        cell_paras(r[1], [meaning])
    doc.add_paragraph("")
    doc.add_paragraph("Uncoloured RAG cell: action not yet started.")
    doc.save(os.path.join(HERE, FOLD_FILE))


# --------------------------------------------------------------------------
# 3. St John Ambulance - ARC internal audit recommendations tracker (xlsx)
# --------------------------------------------------------------------------
SJA_FILE = "zgb-st-john-ambulance-audit-risk-committee-internal-audit-recommendations-tracker.xlsx"
SJA_TITLE = "St John Ambulance – Internal Audit Recommendations Tracker"
SJA_A_SG = "IA 2024/25-04 Volunteer Safeguarding Checks – Limited assurance (final report 12 June 2025)"
SJA_A_FL = "IA 2024/25-07 Fleet Management – Moderate assurance (final report 18 July 2025)"
SJA_A_CY = "IA 2025/26-02 Cyber Security: Patch Management – Limited assurance (final report 9 October 2025)"
SJA_A_GA = "IA 2024/25-02 Gift Aid Claims – Moderate assurance (final report 4 March 2025)"
# open sheet blocks: (audit, [(rec_ref, rec_text, priority, [actions])])
SJA_OPEN = [
    (SJA_A_SG, [
        ("SG-1", "DBS checks for volunteers in eligible roles should be renewed every three years in line with the Safeguarding Policy, with renewals tracked centrally.", "High", [
            dict(ref="SG-1.1", action="Produce a monthly report from the volunteer management system listing DBS checks due for renewal within 90 days, circulated to Regional Safeguarding Leads.",
                 owner="Head of Safeguarding", orig=D(2025, 9, 30), rev=D(2026, 3, 31), prev="Amber", cur="Green",
                 upd="Monthly report live from December 2025; first two reports issued. To be closed once three months of use are evidenced.",
                 exp=dict(lead=["Head of Safeguarding"], end="2026-03", status="green")),
            dict(ref="SG-1.2", action="Suspend volunteers from eligible duties where a DBS renewal is more than 30 days overdue, with exceptions approved by the Director of Safeguarding.",
                 owner="Director of Safeguarding / Regional Operations Managers", orig=D(2025, 10, 31), rev=None, prev="Amber", cur="Red",
                 upd="Suspension process drafted but not yet agreed with Operations. 63 renewals overdue at 31 January 2026.",
                 exp=dict(lead=["Director of Safeguarding", "Regional Operations Managers"], end="2025-10", status="red")),
        ]),
    ]),
    (SJA_A_FL, [
        ("FL-1", "Vehicle defects reported by crews should be logged and tracked to closure, and vehicles with safety-critical defects removed from service until repaired.", "Medium", [
            dict(ref="FL-1.1", action="Roll out the electronic vehicle daily inspection app to all ambulance stations and retire the paper defect books.",
                 owner="Head of Fleet", orig=D(2025, 12, 31), rev=D(2026, 4, 30), prev="Green", cur="Amber",
                 upd="Rolled out to 38 of 52 stations; remaining sites delayed by tablet supply.",
                 exp=dict(lead=["Head of Fleet"], end="2026-04", status="amber")),
        ]),
        ("FL-2", "The fleet management system should be reconciled to the motor insurance schedule at least quarterly.", "Low", [
            dict(ref="FL-2.1", action="Fleet and Finance to carry out a quarterly reconciliation of the fleet list to the insurance schedule, with differences investigated and signed off.",
                 owner="Head of Fleet; Financial Controller", orig=D(2026, 3, 31), rev=None, prev="Green", cur="Green",
                 upd="Q3 reconciliation completed. Second reconciliation due in March 2026 before closure.",
                 exp=dict(lead=["Head of Fleet", "Financial Controller"], end="2026-03", status="green")),
        ]),
    ]),
    (SJA_A_CY, [
        ("CY-1", "Critical and high-severity security patches should be applied within the timescales set in the Information Security Policy, with any exceptions risk-accepted by the Chief Information Officer.", "High", [
            dict(ref="CY-1.1", action="Implement automated patch deployment for all managed laptops and servers, with a weekly compliance dashboard.",
                 owner="Chief Information Officer", orig=D(2026, 1, 31), rev=D(2026, 5, 31), prev="Amber", cur="Amber",
                 upd="Automated deployment live for laptops. Server patching delayed by the legacy finance system; revised date agreed by the Committee in December.",
                 exp=dict(lead=["Chief Information Officer"], end="2026-05", status="amber")),
            dict(ref="CY-1.2", action="Introduce a formal exception process for systems that cannot be patched, with risk acceptance recorded in the IT risk register.",
                 owner="Head of IT Security", orig=D(2026, 2, 28), rev=None, prev="Green", cur="Green",
                 upd="Exception form approved; first three exceptions logged.",
                 exp=dict(lead=["Head of IT Security"], end="2026-02", status="green")),
        ]),
        ("CY-2", "Devices running unsupported operating systems should be identified and replaced or isolated from the network.", "Medium", [
            dict(ref="CY-2.1", action="Replace the 27 remaining Windows 10 devices used at event sites and isolate any device that cannot be replaced.",
                 owner="IT Service Manager", orig=D(2026, 3, 31), rev=None, prev="New", cur="Green",
                 upd="19 devices replaced; remaining 8 on order.",
                 exp=dict(lead=["IT Service Manager"], end="2026-03", status="green")),
        ]),
    ]),
]
SJA_CLOSED = [
    (SJA_A_GA, [
        ("GA-1", "Gift Aid declarations should be retained for all donations included in claims to HMRC.", "High", [
            dict(ref="GA-1.1", action="Attach Gift Aid declarations to donor records in the CRM and add a claim-time check that blocks donations without a valid declaration.",
                 owner="Head of Supporter Care", orig=D(2025, 9, 30), rev=D(2025, 11, 30), closed=D(2025, 11, 24), cur="Blue",
                 upd="CRM validation rule live; internal audit sample of 25 claims found no exceptions.",
                 exp=dict(lead=["Head of Supporter Care"], end="2025-11", status="blue")),
        ]),
    ]),
    (SJA_A_SG, [
        ("SG-2", "Safeguarding training completion for volunteers should be reported to the Safeguarding Committee each quarter.", "Medium", [
            dict(ref="SG-2.1", action="Add volunteer safeguarding training completion by region to the quarterly safeguarding dashboard.",
                 owner="Head of Safeguarding", orig=D(2025, 12, 31), rev=None, closed=D(2025, 12, 15), cur="Blue",
                 upd="Included in the Q3 dashboard presented on 15 December 2025.",
                 exp=dict(lead=["Head of Safeguarding"], end="2025-12", status="blue")),
        ]),
    ]),
]
XL_RAG = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000", "Blue": "00B0F0",
          "New": "FFFFFF"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


def _sja_sheet(ws, title, headers, blocks, closed=False):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    r = 3
    for c, h in enumerate(headers, 1):
        cell = ws.cell(r, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("006341")
        cell.alignment = WRAP
        cell.border = BOX
    r += 1
    for audit, recs in blocks:
        ws.cell(r, 1, audit).font = Font(bold=True)
        ws.cell(r, 1).fill = fill("D9D9D9")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(headers))
        r += 1
        for rref, rtext, prio, acts in recs:
            ws.cell(r, 1, rref).font = Font(italic=True, bold=True)
            ws.cell(r, 2, rtext).font = Font(italic=True)
            ws.cell(r, 3, prio)
            for c in range(1, len(headers) + 1):
                ws.cell(r, c).alignment = WRAP
                ws.cell(r, c).border = BOX
                ws.cell(r, c).fill = fill("F2F2F2")
            r += 1
            for a in acts:
                if closed:
                    vals = [a["ref"], a["action"], None, a["owner"], a["orig"], a["rev"],
                            a["closed"], a["cur"], a["upd"]]
                else:
                    vals = [a["ref"], a["action"], None, a["owner"], a["orig"], a["rev"],
                            a["prev"], a["cur"], a["upd"]]
                for c, v in enumerate(vals, 1):
                    cell = ws.cell(r, c, v)
                    cell.alignment = WRAP
                    cell.border = BOX
                    if isinstance(v, dt.datetime):
                        cell.number_format = "dd/mm/yyyy"
                if a["rev"] is not None:
                    ws.cell(r, 6).font = Font(bold=True, italic=True)
                if not closed:
                    ws.cell(r, 7).fill = fill(XL_RAG[a["prev"]])
                ws.cell(r, 8).fill = fill(XL_RAG[a["cur"]])
                r += 1
    return r


def build_sja():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = SJA_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Audit and Risk Committee, 11 March 2026 – position at 31 January 2026"
    ws["A4"] = "Summary of agreed actions by priority"
    ws["A4"].font = Font(bold=True)
    heads = ["Priority", "Green", "Amber", "Red", "Closed since last meeting", "Total"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(5, c, h)
        cell.font = Font(bold=True)
        cell.border = BOX
    rows = [("High", 2, 1, 1, 1), ("Medium", 1, 1, 0, 1), ("Low", 1, 0, 0, 0)]
    r = 6
    for p, g, a, rd, cl in rows:
        for c, v in enumerate([p, g, a, rd, cl, g + a + rd + cl], 1):
            ws.cell(r, c, v).border = BOX
        r += 1
    for c, v in enumerate(["Total", 4, 2, 1, 2, 9], 1):
        ws.cell(r, c, v).font = Font(bold=True)
        ws.cell(r, c).border = BOX
    ws["A11"] = "Open actions are on the 'Open recommendations' sheet; actions closed since the meeting of 10 December 2025 are on the 'Closed since last ARC' sheet."
    ws.column_dimensions["A"].width = 22
    for col in "BCDEF":
        ws.column_dimensions[col].width = 16

    ws2 = wb.create_sheet("Open recommendations")
    headers = ["Ref", "Recommendation / agreed action", "Priority", "Action owner",
               "Original due date", "Revised due date", "Previous RAG", "Current RAG",
               "Progress update"]
    end = _sja_sheet(ws2, "Open internal audit recommendations – position at 31 January 2026",
                     headers, SJA_OPEN)
    ws2.cell(end + 1, 1, "Notes: Previous RAG is the status reported to the Committee on 10 December 2025. "
                         "Revised due dates (bold italics) have been agreed by the Committee.")
    for col, w in zip("ABCDEFGHI", [9, 60, 10, 26, 13, 13, 11, 11, 48]):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A4"

    ws3 = wb.create_sheet("Closed since last ARC")
    headers3 = ["Ref", "Recommendation / agreed action", "Priority", "Action owner",
                "Original due date", "Revised due date", "Date closed", "Current RAG",
                "Closure evidence"]
    _sja_sheet(ws3, "Recommendations closed since the last meeting (10 December 2025)",
               headers3, SJA_CLOSED, closed=True)
    for col, w in zip("ABCDEFGHI", [9, 60, 10, 26, 13, 13, 13, 11, 48]):
        ws3.column_dimensions[col].width = w

    ws4 = wb.create_sheet("RAG key")
    ws4["A1"] = "RAG key"
    ws4["A1"].font = Font(bold=True)
    for i, (nm, meaning) in enumerate([
            ("Blue", "Complete – action implemented and verified by Internal Audit"),
            ("Green", "On track to meet the due date (or revised due date)"),
            ("Amber", "At risk of missing the due date, or a revised date has been agreed"),
            ("Red", "Overdue, or no progress since the last meeting")], start=3):
        ws4.cell(i, 1, nm).fill = fill(XL_RAG[nm])
        ws4.cell(i, 2, meaning)
    ws4.column_dimensions["B"].width = 70
    wb.save(os.path.join(HERE, SJA_FILE))


# --------------------------------------------------------------------------
# 4. Islington and Shoreditch HA - HO Spotlight self-assessment (monday.com export, xlsx)
# --------------------------------------------------------------------------
ISHA_FILE = "zgb-islington-and-shoreditch-housing-association-housing-ombudsman-spotlight-action-plan-monday-export.xlsx"
ISHA_TITLE = "Spotlight on Attitudes, Respect and Rights – Self-Assessment Action Plan"
ISHA_GROUPS = [
    ("Respect and communication", [
        dict(name="Review all standard letter and email templates to remove blaming or dismissive language, tested with the Resident Scrutiny Panel",
             owner="Hannah Osei", status="Complete", timeline="2025-04-01 - 2025-07-31",
             notes="112 templates reviewed; panel sign-off on 22 July.",
             exp=dict(lead=["Hannah Osei"], end="2025-07", status="blue")),
        dict(name="Build respectful communication standards into the Customer Service Charter and staff 1:1 objectives",
             owner="Hannah Osei, Marcus Bell", status="On track", timeline="2025-06-02 - 2025-12-19",
             notes="Charter redraft out for resident consultation until 30 November.",
             exp=dict(lead=["Hannah Osei", "Marcus Bell"], end="2025-12", status="green")),
        dict(name="Sample 20 resident calls and emails each month for tone and respect, with findings reported to the Customer Experience Committee",
             owner="Marcus Bell", status="At risk", timeline="2025-09-01 - 2026-03-31",
             notes="Sampling started in October; quality officer vacancy affecting November and December.",
             exp=dict(lead=["Marcus Bell"], end="2026-03", status="amber")),
    ]),
    ("Vulnerabilities and reasonable adjustments", [
        dict(name="Launch a 'tell us once' household profile update to record vulnerabilities and preferred contact methods",
             owner="Ruth Adebayo", status="On track", timeline="2025-05-06 - 2026-01-30",
             notes="62% of households profiled at 31 October.",
             exp=dict(lead=["Ruth Adebayo"], end="2026-01", status="green")),
        dict(name="Adopt a reasonable adjustments policy and a register that repairs contractors can see before attending",
             owner="Ruth Adebayo, Tomasz Nowak", status="At risk", timeline="2025-07-01 - 2025-11-28",
             notes="Policy approved by Executive Team. Contractor portal change delayed by supplier.",
             exp=dict(lead=["Ruth Adebayo", "Tomasz Nowak"], end="2025-11", status="amber")),
        dict(name="Train all front-line staff and contractor supervisors to recognise and record vulnerability",
             owner="Ruth Adebayo", status="Not started", timeline="2026-01-05 - 2026-04-30",
             notes="",
             exp=dict(lead=["Ruth Adebayo"], end="2026-04", status="unrated")),
    ]),
    ("Equality and discrimination", [
        dict(name="Analyse complaints and repairs data by protected characteristic to identify differences in outcomes",
             owner="Leila Haddad", status="On track", timeline="2025-08-04 - 2026-02-27",
             notes="First quarterly report to the EDI Working Group in November.",
             exp=dict(lead=["Leila Haddad"], end="2026-02", status="green")),
        dict(name="Add a discrimination question to the complaint form and escalate any allegation of discrimination to a senior manager",
             owner="Leila Haddad, Hannah Osei", status="Complete", timeline="2025-04-14 - 2025-06-30",
             notes="Live on the website and CRM from 30 June.",
             exp=dict(lead=["Leila Haddad", "Hannah Osei"], end="2025-06", status="blue")),
    ]),
    ("Governance and learning", [
        dict(name="Report progress on this action plan to the Board's Customer Experience Committee every quarter",
             owner="Daniel Kerr", status="On track", timeline="2025-04-01 - 2026-03-31",
             notes="Reported in June and September; next report due December.",
             exp=dict(lead=["Daniel Kerr"], end="2026-03", status="green")),
        dict(name="Publish a 'You said, we did' summary of the self-assessment on the ISHA website",
             owner="Daniel Kerr", status="Off track", timeline="2025-10-01 - 2025-12-12",
             notes="No communications capacity until January; escalated to the Executive Team.",
             exp=dict(lead=["Daniel Kerr"], end="2025-12", status="red")),
    ]),
]
MONDAY_GROUP_COLOURS = ["579BFC", "A25DDC", "FDAB3D", "00C875"]


def build_isha():
    wb = Workbook()
    ws = wb.active
    ws.title = "Spotlight ARR action plan"
    ws["A1"] = ISHA_TITLE
    ws["A1"].font = Font(bold=True, size=16)
    headers = ["Name", "Owner", "Status", "Timeline", "Progress notes", "Last updated"]
    r = 3
    for gi, (group, items) in enumerate(ISHA_GROUPS):
        ws.cell(r, 1, group).font = Font(bold=True, size=13, color=MONDAY_GROUP_COLOURS[gi])
        r += 1
        for c, h in enumerate(headers, 1):
            ws.cell(r, c, h).font = Font(bold=True)
            ws.cell(r, c).border = BOX
        r += 1
        for it in items:
            vals = [it["name"], it["owner"], it["status"], it["timeline"],
                    it["notes"] or None, "2025-11-07"]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v)
                cell.border = BOX
                cell.alignment = WRAP
            r += 1
        r += 1
    for col, w in zip("ABCDEF", [70, 26, 13, 24, 55, 13]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, ISHA_FILE))


# --------------------------------------------------------------------------
# 5. Patient and Client Council (NI) - corporate risk register with actions (xlsx)
# --------------------------------------------------------------------------
PCC_FILE = "zgb-patient-and-client-council-corporate-risk-register-2025-26-q3.xlsx"
PCC_TITLE = "Patient and Client Council – Corporate Risk Register 2025/26"
PCC_RISKS = [
    dict(no="CR1",
         desc="Failure to reach and engage seldom-heard groups, resulting in PCC advice to the HSC system that does not reflect the full diversity of patient and client experience.",
         owner="Chief Executive",
         controls="Engagement Strategy 2024–27; Membership Scheme; partnership agreements with 14 community and voluntary organisations.",
         inherent="4 x 4 = 16", residual=12, target=6, change="No change",
         actions=[
             dict(ref="CR1.1", action="Deliver 12 outreach engagement sessions with Irish Traveller, migrant and rural communities.",
                  owner="Head of Engagement", date="31/03/2026", st="G",
                  prog="Nine sessions delivered to the end of December.",
                  exp=dict(lead=["Head of Engagement"], end="2026-03", status="green")),
             dict(ref="CR1.2", action="Refresh the Membership Scheme sign-up process to capture equality monitoring information.",
                  owner="Head of Engagement / Communications Manager", date="Q4 2025/26", st="A",
                  prog="Digital form built; testing delayed by the BSO ITS change freeze.",
                  exp=dict(lead=["Head of Engagement", "Communications Manager"], end="2026-03", end_text="Q4 2025/26", status="amber")),
         ]),
    dict(no="CR2",
         desc="Insufficient capacity to meet demand for the complaints support service, leading to delays for people seeking help to raise a complaint about HSC services.",
         owner="Head of Operations",
         controls="Triage of all new referrals; waiting list monitored weekly by SMT; temporary staff cover for peaks.",
         inherent="4 x 5 = 20", residual=16, target=8, change="Increased",
         actions=[
             dict(ref="CR2.1", action="Submit a business case to the Department of Health for two additional Complaints Support Officers.",
                  owner="Head of Operations", date="30/11/2025", st="B",
                  prog="Business case submitted on 21 November 2025; funding confirmed for one post.",
                  exp=dict(lead=["Head of Operations"], end="2025-11", status="blue")),
             dict(ref="CR2.2", action="Publish an online complaints self-help guide so that lower-complexity enquiries can be resolved without casework.",
                  owner="Head of Operations", date="June 2026", st="G",
                  prog="Content drafted with the Patient and Client Experience group.",
                  exp=dict(lead=["Head of Operations"], end="2026-06", status="green")),
             dict(ref="CR2.3", action="Recruit to the newly funded Complaints Support Officer post.",
                  owner="Head of Operations; HR Manager (BSO)", date="31/03/2026", st="A",
                  prog="Advertised through HRPTS; shortlisting in January 2026.",
                  exp=dict(lead=["Head of Operations", "HR Manager (BSO)"], end="2026-03", status="amber")),
         ]),
    dict(no="CR3",
         desc="Loss or inappropriate disclosure of personal data held by PCC, resulting in harm to individuals, regulatory action by the ICO and reputational damage.",
         owner="Head of Corporate Services (SIRO)",
         controls="Information governance framework; mandatory IG training; Data Protection Officer service from BSO; data protection impact assessments.",
         inherent="5 x 3 = 15", residual=9, target=6, change="No change",
         actions=[
             dict(ref="CR3.1", action="Achieve 95% completion of mandatory information governance training by staff and volunteers.",
                  owner="Head of Corporate Services", date="31/01/2026", st="R",
                  prog="Completion 78% at 31 December; reminders issued by the Chief Executive.",
                  exp=dict(lead=["Head of Corporate Services"], end="2026-01", status="red")),
             dict(ref="CR3.2", action="Test the personal data breach procedure through an annual tabletop exercise.",
                  owner="Information Governance Lead", date="Ongoing", st="G",
                  prog="Exercise held in October 2025; procedure updated.",
                  exp=dict(lead=["Information Governance Lead"], end=None, end_text="Ongoing", status="green")),
         ]),
    dict(no="CR4",
         desc="Failure to achieve a break-even position in 2025/26 because of pay pressures and reliance on non-recurrent funding.",
         owner="Head of Corporate Services",
         controls="Monthly budget monitoring to SMT and Board; savings plan; regular liaison with the DoH sponsor branch.",
         inherent="4 x 3 = 12", residual=12, target=4, change="Reduced",
         actions=[
             dict(ref="CR4.1", action="Agree in-year savings of £85k through vacancy control and reduced accommodation costs.",
                  owner="Chief Executive / Head of Corporate Services", date="31/12/2025", st="B",
                  prog="Savings of £91k secured and reflected in the December forecast.",
                  exp=dict(lead=["Chief Executive", "Head of Corporate Services"], end="2025-12", status="blue")),
         ]),
]


def score_fill(score):
    if score >= 15:
        return fill("FF0000")
    if score >= 8:
        return fill("FFC000")
    return fill("92D050")


def build_pcc():
    wb = Workbook()
    ws = wb.active
    ws.title = "Summary"
    ws["A1"] = PCC_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Quarter 3 update (position at 31 December 2025) – for the Audit and Risk "
                "Assurance Committee, 29 January 2026")
    heads = ["Risk No.", "Corporate risk", "Inherent (I x L)", "Residual score", "Target score",
             "Change since Q2"]
    for c, h in enumerate(heads, 1):
        cell = ws.cell(4, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 5
    for rk in PCC_RISKS:
        vals = [rk["no"], rk["desc"], rk["inherent"], rk["residual"], rk["target"], rk["change"]]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP
        ws.cell(r, 4).fill = score_fill(rk["residual"])
        ws.cell(r, 5).fill = score_fill(rk["target"])
        r += 1
    r += 1
    ws.cell(r, 1, "Risk scores: 15–25 High (red); 8–12 Medium (amber); 1–6 Low (green).")
    ws.cell(r + 1, 1, "Action status: G – on track; A – some slippage, revised date agreed; "
                      "R – significant slippage or overdue; B – complete.")
    for col, w in zip("ABCDEF", [10, 70, 15, 12, 12, 15]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Risk register Q3")
    ws2["A1"] = "Corporate Risk Register 2025/26 – Quarter 3"
    ws2["A1"].font = Font(bold=True, size=13)
    heads = ["Risk No.", "Risk description", "Risk owner", "Existing controls",
             "Residual score", "Action ref", "Further action to address gaps in control",
             "Action owner", "Target date", "Action status", "Q3 progress"]
    for c, h in enumerate(heads, 1):
        cell = ws2.cell(3, c, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP
    r = 4
    for rk in PCC_RISKS:
        n = len(rk["actions"])
        top = r
        for c, v in enumerate([rk["no"], rk["desc"], rk["owner"], rk["controls"], rk["residual"]], 1):
            ws2.cell(top, c, v).alignment = WRAP
        ws2.cell(top, 5).fill = score_fill(rk["residual"])
        for a in rk["actions"]:
            vals = [a["ref"], a["action"], a["owner"], a["date"], a["st"], a["prog"]]
            for c, v in enumerate(vals, 6):
                cell = ws2.cell(r, c, v)
                cell.alignment = WRAP
            r += 1
        if n > 1:
            for c in range(1, 6):
                ws2.merge_cells(start_row=top, start_column=c, end_row=r - 1, end_column=c)
        for rr in range(top, r):
            for c in range(1, 12):
                ws2.cell(rr, c).border = BOX
    ws2.cell(r + 1, 1, "Risk owner reviews are completed monthly; the register is reviewed by SMT "
                       "monthly and by the Audit and Risk Assurance Committee quarterly.")
    for col, w in zip("ABCDEFGHIJK", [9, 45, 18, 40, 10, 9, 50, 24, 12, 9, 45]):
        ws2.column_dimensions[col].width = w
    ws2.freeze_panes = "A4"
    wb.save(os.path.join(HERE, PCC_FILE))


# --------------------------------------------------------------------------
# 6. Housing Ombudsman Service - Board action log, Smartsheet CSV export
# --------------------------------------------------------------------------
HOS_FILE = "zgb-housing-ombudsman-service-board-action-log-smartsheet-export.csv"
HOS_HEAD = ["Minute Ref", "Action", "Owner", "Due Date", "Status", "RAG", "Latest Update",
            "Date Closed"]
HOS_MEETINGS = [
    ("Board meeting – 24 September 2025", [
        dict(ref="B/25/062", action="Publish the revised Risk Appetite Statement on the website following Board approval",
             owner="Head of Governance", due="31/10/25", status="Complete", rag="Blue",
             upd="Published 14 October 2025.", closed="14/10/25",
             exp=dict(lead=["Head of Governance"], end="2025-10", status="blue")),
        dict(ref="B/25/063", action="Bring a paper on casework demand modelling and its impact on the 2026-27 budget to the November Board",
             owner="Director of Dispute Resolution; Director of Finance and Corporate Services", due="26/11/25",
             status="Complete", rag="Blue", upd="Paper taken at the November Board (item 7).", closed="26/11/25",
             exp=dict(lead=["Director of Dispute Resolution", "Director of Finance and Corporate Services"], end="2025-11", status="blue")),
        dict(ref="B/25/065", action="Arrange a Board development session on the Complaint Handling Failure Order process and the statutory Complaint Handling Code",
             owner="Head of Governance", due="28/01/26", status="In Progress", rag="Green",
             upd="Session scheduled for the January strategy day.", closed="",
             exp=dict(lead=["Head of Governance"], end="2026-01", status="green")),
    ]),
    ("Board meeting – 26 November 2025", [
        dict(ref="B/25/081", action="Circulate the Resident Panel's feedback on the draft Corporate Plan 2026-29 to all Board members",
             owner="Head of Policy and Communications", due="05/12/25", status="Complete", rag="Blue",
             upd="Circulated 3 December 2025.", closed="03/12/25",
             exp=dict(lead=["Head of Policy and Communications"], end="2025-12", status="blue")),
        dict(ref="B/25/084", action="Provide assurance on the recovery plan for the investigations backlog, including:\n- the trajectory to reach the 12-month target\n- quality assurance sampling results",
             owner="Director of Dispute Resolution", due="28/01/26", status="In Progress", rag="Yellow",
             upd="Trajectory updated.\nQA sampling results delayed until the March Board.", closed="",
             exp=dict(lead=["Director of Dispute Resolution"], end="2026-01", status="amber")),
        dict(ref="B/25/086", action="Review the Audit and Risk Assurance Committee terms of reference against the updated HM Treasury Audit and Risk Assurance Committee Handbook",
             owner="Head of Governance / ARAC Chair", due="25/03/26", status="Not Started", rag="",
             upd="", closed="",
             exp=dict(lead=["Head of Governance", "ARAC Chair"], end="2026-03", status="unrated")),
    ]),
    ("Board meeting – 28 January 2026", [
        dict(ref="B/26/004", action="Update the Board on the outcome of the MHCLG sponsorship review and any implications for the Framework Document",
             owner="Chief Operating Officer", due="25/03/26", status="In Progress", rag="Green",
             upd="Draft Framework Document received from MHCLG.", closed="",
             exp=dict(lead=["Chief Operating Officer"], end="2026-03", status="green")),
        dict(ref="B/26/007", action="Commission an independent review of the Service's own complaint handling against the Code",
             owner="Director of Finance and Corporate Services", due="30/06/26", status="In Progress", rag="Red",
             upd="Procurement paused pending budget confirmation.", closed="",
             exp=dict(lead=["Director of Finance and Corporate Services"], end="2026-06", status="red")),
        dict(ref="B/26/009", action="Include landlord performance data on Awaab's Law compliance in the quarterly insight report",
             owner="Head of Insight; Head of Policy and Communications", due="Q1 2026/27", status="In Progress", rag="Green",
             upd="Data fields agreed with the Insight team.", closed="",
             exp=dict(lead=["Head of Insight", "Head of Policy and Communications"], end="2026-06", end_text="Q1 2026/27", status="green")),
    ]),
]


def build_hos():
    with open(os.path.join(HERE, HOS_FILE), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(HOS_HEAD)
        for meeting, acts in HOS_MEETINGS:
            w.writerow(["", meeting, "", "", "", "", "", ""])
            for a in acts:
                w.writerow([a["ref"], a["action"], a["owner"], a["due"], a["status"], a["rag"],
                            a["upd"], a["closed"]])


# --------------------------------------------------------------------------
# 7. Dereham Town Council - internal audit action plan 2024/25, tab-separated (REFUSE)
# --------------------------------------------------------------------------
DTC_FILE = "zgb-dereham-town-council-internal-audit-action-plan-2024-25-typo-month-refuse.txt"
DTC_TITLE = "Dereham Town Council – Internal Audit 2024/25: Recommendations and Action Plan"
DTC_LINES = [
    "Dereham Town Council – Internal Audit 2024/25: Recommendations and Action Plan",
    "Internal auditor's final report dated 2 May 2025. Responses agreed by the Finance and General Purposes Committee on 10 June 2025.",
    "Status at 30 September 2025",
    "",
    "\t".join(["No.", "AGAR objective", "Auditor's recommendation", "Agreed action", "Responsible", "Target date", "Status"]),
    "\t".join(["1", "A. Accounting records", "Three cemetery receipts were coded to the allotments cost centre; income should be coded to the correct cost centre.",
               "RFO to review the coding of all cemetery and allotment income for 2024/25 and correct it in Rialtas before the year-end close.", "RFO", "June 2025", "Complete"]),
    "\t".join(["2", "B. Financial regulations and payments", "Financial Regulations should be updated to the current NALC model, including the revised procurement thresholds.",
               "Updated Financial Regulations to be presented to Full Council for adoption.", "Town Clerk", "July 2025", "In progress"]),
    "\t".join(["3", "B. Financial regulations and payments", "Two payments over £500 were made before approval; payments should not be approved retrospectively.",
               "Payment schedule to be approved at each Full Council meeting before payments are released; urgent payments to be approved by the Clerk and Chair under delegated authority and reported to the next meeting.", "Town Clerk / RFO", "With immediate effect", "Complete"]),
    "\t".join(["4", "C. Risk management", "The risk register was last reviewed in 2023 and should be reviewed at least annually.",
               "Risk register to be reviewed by the F&GP Committee and adopted by Full Council.", "Deputy Town Clerk", "September 2025", "Not started"]),
    "\t".join(["5", "G. Salaries and allowances", "Evidence of the 2024/25 pay award calculation and back pay should be retained with the payroll records.",
               "Payroll bureau confirmation of the pay award and back-pay calculations to be filed with the payroll records.", "RFO", "Octber 2025", "Not started"]),
    "\t".join(["6", "H. Asset register", "The asset register does not include the new play equipment at Neatherd Moor.",
               "Asset register to be updated and checked against the insurance schedule.", "Deputy Town Clerk", "August 2025", "In progress"]),
    "\t".join(["7", "L. Transparency and website", "The 2023/24 AGAR and notice of conclusion of audit were not on the website at the time of the audit.",
               "Documents to be published on the website and the website accessibility statement reviewed.", "Admin Officer", "June 2025", "Complete"]),
    "\t".join(["8", "I. Bank reconciliations", "Quarterly bank reconciliations should be signed by a councillor other than the Chair.",
               "A nominated councillor to sign quarterly bank reconciliations, recorded in the F&GP minutes.", "RFO", "December 2025", "Not started"]),
    "",
    "RFO = Responsible Financial Officer. AGAR = Annual Governance and Accountability Return.",
]
DTC_REFUSE_LINE = 1 + next(i for i, l in enumerate(DTC_LINES) if "Octber 2025" in l)


def build_dtc():
    with open(os.path.join(HERE, DTC_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(DTC_LINES) + "\n")


def main():
    build_nrs()
    build_fold()
    build_sja()
    build_isha()
    build_pcc()
    build_hos()
    build_dtc()
    print("built 7 files; Dereham refuse line:", DTC_REFUSE_LINE)


if __name__ == "__main__":
    main()
