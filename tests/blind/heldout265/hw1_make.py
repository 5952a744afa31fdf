"""Build the seven hw1- blind test files (set heldout265).

Run with /work/main/.venv/bin/python hw1_make.py  (writes next to this script).
"""
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {
    "B": "4F81BD", "G": "00B050", "A": "FFC000", "R": "FF0000",
    "Blue": "4F81BD", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000",
    "Complete": "4F81BD",
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexcol):
    return PatternFill("solid", start_color=hexcol, end_color=hexcol)


# ---------------------------------------------------------------------------
# 1. Stockport Council - ILACS improvement plan (xlsx, cover + plan + summary)
# ---------------------------------------------------------------------------
STOCKPORT_TITLE = "Children's Services Improvement and Impact Plan 2025–2027"
STOCKPORT = [
    ("Theme 1: Help and protection", [
        ("The timeliness and monitoring of management decisions in the MASSH, at strategy "
         "discussions and when children need to come into care.", [
            ("1.1", "Introduce a daily MASSH decision-tracking report so that team managers can see "
                    "every contact awaiting a decision beyond 24 hours.",
             "Service Manager (MASSH)", "Sept 2025", "G", "B",
             "Report live from 01/09/2025; reviewed weekly at MASSH performance meeting."),
            ("1.2", "Strategy discussions to be chaired by a team manager, with the rationale for the "
                    "decision and next steps recorded on the child's file within one working day.",
             "Head of Service (Safeguarding) / Principal Social Worker", "31/10/2025", "A", "G",
             "Chairing rota in place. October audit: 78% of strategy discussions recorded within one day."),
            ("1.3", "Establish a fortnightly Legal Gateway and Permanence Panel so that decisions for "
                    "children to come into care are timely and tracked to conclusion.",
             "Head of Service (Children in Care)", "Q3 2025/26", "A", "A",
             "Panel started 14/10/2025. Tracker still being built with Legal Services."),
        ]),
        ("The quality of planning to address risk and need for children, including the response "
         "to domestic abuse.", [
            ("1.4", "Relaunch the child protection and child in need plan templates so every plan sets "
                    "out clear, measurable actions, timescales and contingency arrangements.",
             "Principal Social Worker", "December 2025", "G", "G",
             "New templates agreed by practice leadership group; go-live 01/12/2025."),
            ("1.5", "Deliver Safe & Together domestic abuse training to all social workers and team "
                    "managers, with practice observations to test that learning is used with families.",
             "Workforce Development Manager / Domestic Abuse Strategic Lead", "March 2026", "A", "A",
             "Cohorts 1-3 complete (96 staff). Cohort 4 delayed to February because of trainer availability."),
            ("1.6", "Multi-agency audit of 20 children living with domestic abuse to test whether plans "
                    "protect children without relying on the non-abusing parent.",
             "Quality Assurance Manager", "Jan-26", "", "R",
             "Audit postponed: auditors not yet identified by two partners. Escalated to SSCP Executive."),
        ]),
    ]),
    ("Theme 2: Children in care", [
        ("Securing permanence for children in care without delay, including the use of early "
         "permanence and timely reunification.", [
            ("2.1", "Permanence tracking meeting to review every child in care without a permanence "
                    "plan at their second review.",
             "Head of Service (Children in Care)", "Nov-25", "G", "B",
             "Meeting established. 41 children reviewed; 12 plans progressed to court."),
            ("2.2", "Review all children placed with parents under the Placement with Parents "
                    "Regulations, and apply to discharge care orders where it is safe to do so.",
             "Service Manager (Children in Care) / IRO Service Manager", "Q4 2025/26", "A", "G",
             "23 of 31 reviews complete; 6 discharge applications filed."),
        ]),
    ]),
    ("Theme 3: Leadership and management", [
        ("The effectiveness of management oversight and supervision in progressing children's plans.", [
            ("3.1", "Implement the revised supervision policy, with quarterly dip-sampling of "
                    "supervision records by heads of service.",
             "Director of Children's Social Care", "Ongoing", "G", "G",
             "Q2 dip-sample: 84% of records evidence reflective discussion and actions."),
        ]),
    ]),
]


def make_stockport(path):
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = STOCKPORT_TITLE
    cv["A1"].font = Font(bold=True, size=16)
    cv["A2"] = "Stockport Council – Children's Services"
    cv["A3"] = ("Our response to the Ofsted inspection of local authority children's services "
                "(ILACS), May 2025")
    cv["A5"] = "Version control"
    cv["A5"].font = Font(bold=True)
    rows = [("Version", "Date", "Author", "Summary of changes"),
            ("0.3", "18/07/2025", "Improvement Lead", "Draft for DCS review"),
            ("1.0", "29/08/2025", "Improvement Lead",
             "Endorsed by Children & Families Scrutiny Committee"),
            ("1.1", "03/10/2025", "Improvement Lead", "Q2 progress update"),
            ("1.2", "05/12/2025", "Improvement Lead", "Q3 progress update")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = cv.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
    cv["A13"] = "RAG key"
    cv["A13"].font = Font(bold=True)
    key = [("B", "Complete – action delivered and evidence of impact"),
           ("G", "On track to deliver by the timescale"),
           ("A", "Some slippage – mitigation in place"),
           ("R", "Off track – escalated to the Improvement Board")]
    for i, (k, t) in enumerate(key):
        a = cv.cell(row=14 + i, column=1, value=k)
        a.fill = fill(FILL[k])
        a.border = BOX
        cv.cell(row=14 + i, column=2, value=t).border = BOX
    cv.column_dimensions["A"].width = 12
    cv.column_dimensions["B"].width = 14
    cv.column_dimensions["C"].width = 20
    cv.column_dimensions["D"].width = 50

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = STOCKPORT_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Progress update: December 2025 (Improvement Board 11/12/2025)"
    heads = ["Ref", "Ofsted: what needs to improve", "Action", "Lead officer", "Timescale",
             "Previous RAG (Sept 25)", "Current RAG (Dec 25)", "Progress update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=4, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F3864")
        c.alignment = WRAP
        c.border = BOX
    r = 5
    for theme, recs in STOCKPORT:
        ws.cell(row=r, column=1, value=theme).font = Font(bold=True)
        for j in range(1, 9):
            ws.cell(row=r, column=j).fill = fill("D9E1F2")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        r += 1
        for rec, acts in recs:
            top = r
            ws.cell(row=r, column=2, value=rec)
            for ref, act, lead, when, prev, cur, upd in acts:
                vals = [ref, None, act, lead, when, prev or None, cur, upd]
                for j, v in enumerate(vals):
                    c = ws.cell(row=r, column=1 + j)
                    if v is not None:
                        c.value = v
                    c.alignment = WRAP
                    c.border = BOX
                if prev:
                    ws.cell(row=r, column=6).fill = fill(FILL[prev])
                ws.cell(row=r, column=7).fill = fill(FILL[cur])
                r += 1
            if r - 1 > top:
                ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(row=top, column=2).alignment = WRAP
    r += 1
    ws.cell(row=r, column=1,
            value="Notes: RAG ratings are agreed at the monthly Improvement Board. "
                  "See the 'Cover' sheet for the RAG key. New actions have no previous RAG.")
    widths = [7, 38, 50, 28, 14, 11, 11, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG – December 2025"
    sm["A1"].font = Font(bold=True)
    counts = {}
    for _, recs in STOCKPORT:
        for _, acts in recs:
            for a in acts:
                counts[a[5]] = counts.get(a[5], 0) + 1
    sm["A3"], sm["B3"] = "Current RAG", "Number of actions"
    sm["A3"].font = Font(bold=True)
    sm["B3"].font = Font(bold=True)
    labels = [("B", "Complete"), ("G", "On track"), ("A", "Some slippage"), ("R", "Off track")]
    for i, (k, lab) in enumerate(labels):
        sm.cell(row=4 + i, column=1, value=lab).fill = fill(FILL[k])
        sm.cell(row=4 + i, column=2, value=counts.get(k, 0))
    sm.cell(row=8, column=1, value="Total").font = Font(bold=True)
    sm.cell(row=8, column=2, value="=SUM(B4:B7)")
    sm.column_dimensions["A"].width = 18
    wb.save(path)


# ---------------------------------------------------------------------------
# 2. Devon County Council - monitoring visit action plan (xlsx, fill RAG) - REFUSE
# ---------------------------------------------------------------------------
DEVON_TITLE = "Devon County Council – Monitoring Visit Action Plan (Care Leavers)"
DEVON = [
    ("1. Suitability of accommodation for care leavers", [
        ("1.1", "Too many care leavers live in unsuitable accommodation, including bed and "
                "breakfast, and leaders do not always know where they are staying.",
         "Weekly accommodation panel chaired by the Head of Service to review every care leaver "
         "in unsuitable or unknown accommodation.",
         "Head of Service (Care Leavers)", dt.date(2025, 9, 15), "October 2025", "G",
         "Panel running since 18/09/2025. Care leavers in B&B down from 14 to 5."),
        ("1.2", None,
         "Commission 12 additional supported lodgings placements with Housing Options and the "
         "district councils.",
         "Commissioning Manager (Sufficiency)", dt.date(2025, 10, 1), "March 2026", "A",
         "5 hosts approved; recruitment campaign extended."),
        ("1.3", None,
         "Joint housing protocol for 16 and 17 year olds and care leavers agreed with all eight "
         "district councils.",
         "Head of Service (Care Leavers) / Housing Partnership Lead", dt.date(2025, 9, 15),
         "December 2025", "G", "Draft protocol agreed by six districts."),
    ]),
    ("2. Pathway planning and personal advisers", [
        ("2.1", "Pathway plans are not consistently updated when circumstances change and are not "
                "written with young people.",
         "Refresh the pathway plan template with the Devon Care Leavers' Forum and train all "
         "personal advisers in its use.",
         "Team Manager (16+ Service)", dt.date(2025, 10, 6), "Febuary 2026", "A",
         "Template co-produced; training dates booked."),
        ("2.2", None,
         "Monthly audit of 10 pathway plans, with findings reported to the Children's "
         "Improvement Board.",
         "Quality Assurance Lead", dt.date(2025, 11, 3), "Ongoing", "G",
         "November audit: 4 of 10 plans good."),
        ("2.3", None,
         "Recruit to 6 vacant personal adviser posts to reduce caseloads to no more than 25.",
         "Head of Service (Care Leavers)", dt.date(2025, 9, 15), "January 2026", "R",
         "2 appointments made; 4 posts re-advertised. Average caseload 31."),
    ]),
    ("3. Education, employment and training", [
        ("3.1", "Too many care leavers are not in education, employment or training.",
         "Extend the Virtual School offer to care leavers aged 18 to 21 through a post-16 "
         "education adviser.",
         "Virtual School Headteacher", dt.date(2025, 10, 1), "April 2026", "G",
         "Post-16 adviser in post from 03/11/2025."),
        ("3.2", None,
         "Launch a ring-fenced apprenticeship and work experience scheme for care leavers "
         "within the County Council.",
         "Head of HR / Head of Service (Care Leavers)", dt.date(2025, 11, 3), "September 2026",
         None, "Not yet started – scoping in January."),
    ]),
]
DEVON_TYPO_ROW = None  # set when the sheet is written


def make_devon(path):
    global DEVON_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "MV Action Plan"
    ws["A1"] = DEVON_TITLE
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = ("Ofsted monitoring visit 9–10 September 2025 | Children and Young People's Futures")
    ws["A3"] = ("Owner: Director of Children's Social Care | Reporting to: Children's Improvement "
                "Board | Last updated: 14/11/2025")
    heads = ["No.", "Monitoring visit finding", "Action", "Responsible officer", "Start",
             "Completion date", "RAG", "Evidence of impact / update"]
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("BDD7EE")
        c.border = BOX
        c.alignment = WRAP
    r = 6
    for sec, acts in DEVON:
        ws.cell(row=r, column=1, value=sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")
        r += 1
        for no, finding, act, lead, start, end, rag, upd in acts:
            vals = [no, finding, act, lead, start, end, None, upd]
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            if rag:
                ws.cell(row=r, column=7).fill = fill(FILL[rag])
            if end == "Febuary 2026":
                DEVON_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: Green – on track; Amber – some delay; "
                                   "Red – off track; no colour – not yet started")
    widths = [6, 40, 50, 30, 9, 15, 7, 40]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 3. Trafford Strategic Safeguarding Partnership - JTAI action plan (xlsx)
# ---------------------------------------------------------------------------
TRAFFORD_TITLE = "Trafford Strategic Safeguarding Partnership – JTAI Action Plan"
TRAFFORD = [
    ("The effectiveness of the early help assessment and plan in identifying and responding to "
     "the needs of the whole family, including fathers and male carers.", [
        ("1a", "Revise the Early Help Assessment template to include a mandatory section on the "
               "views, role and needs of fathers and male carers.",
         "Head of Early Help; Early Help Partnership Manager", dt.date(2025, 6, 30), None, "Blue",
         "New template live from 01/06/2025. July audit: fathers' views recorded in 71% of EHAs."),
        ("1b", "Deliver multi-agency 'Think Family' briefings to schools, health visiting and GP "
               "practices, with 300 practitioners attending by the end of the year.",
         "Trafford SSP Business Manager", dt.date(2025, 10, 31), dt.date(2026, 1, 31), "Amber",
         "212 practitioners attended to date. GP session moved to January protected learning time."),
    ]),
    ("Partners' understanding and consistent application of the Trafford Continuum of Need when "
     "making referrals to the Front Door.", [
        ("2a", "Relaunch the Continuum of Need with a partnership-wide communications campaign and "
               "e-learning module.",
         "Head of Service – Front Door", dt.date(2025, 7, 31), None, "Blue",
         "Relaunched 14/07/2025; e-learning completed by 640 staff."),
        ("2b", "Quarterly multi-agency audit of contacts that did not meet the threshold for "
               "statutory intervention, to test step-down to early help.",
         "Chair of the QA and Performance Sub-group", "Quarterly", None, "Green",
         "Q2 audit reported to SSP Executive 16/10/2025."),
        ("2c", "GMP Early Help Coordinator to attend the Front Door daily safeguarding meeting.",
         "GMP (Trafford District) / Head of Service – Front Door", dt.date(2025, 9, 30), None,
         "Blue", "In place from 01/09/2025."),
    ]),
    ("The quality and availability of information shared by health partners, particularly adult "
     "mental health and substance misuse services, to inform early help.", [
        ("3a", "Develop an information-sharing agreement between adult mental health services, the "
               "drug and alcohol service and the Early Help Hub.",
         "Designated Nurse Safeguarding Children / Named GP", dt.date(2025, 9, 30),
         dt.date(2026, 3, 31), "Red",
         "Agreement held up by GMMH information governance review. Escalated to ICB Director of Nursing."),
        ("3b", "Embed 'think child' prompts in adult mental health assessments so that practitioners "
               "routinely record whether the adult is a parent or carer.",
         "GMMH Associate Director of Safeguarding", dt.date(2025, 12, 31), None, "Green",
         "Prompts added to the assessment form; compliance report due January."),
    ]),
]


def make_trafford(path):
    wb = Workbook()
    ov = wb.active
    ov.title = "Overview"
    ov["A1"] = TRAFFORD_TITLE
    ov["A1"].font = Font(bold=True, size=14)
    ov["A2"] = ("Joint targeted area inspection of the multi-agency response to children and "
                "families who need help")
    info = [("Inspection dates:", "3–7 February 2025"),
            ("Letter of findings published:", "27 March 2025"),
            ("Action plan submitted:", "8 July 2025"),
            ("Partners:", "Trafford Council; NHS Greater Manchester (Trafford); Greater Manchester "
                          "Police; Probation Service"),
            ("Plan owner:", "Trafford Strategic Safeguarding Partnership Executive")]
    for i, (k, v) in enumerate(info):
        ov.cell(row=4 + i, column=1, value=k).font = Font(bold=True)
        ov.cell(row=4 + i, column=2, value=v)
    ov["A11"] = "Status key"
    ov["A11"].font = Font(bold=True)
    key = [("Blue", "Completed and embedded"), ("Green", "On track"),
           ("Amber", "At risk – target date revised"), ("Red", "Off track / escalated")]
    for i, (k, t) in enumerate(key):
        c = ov.cell(row=12 + i, column=1, value=k)
        c.fill = fill(FILL[k])
        ov.cell(row=12 + i, column=2, value=t)
    ov.column_dimensions["A"].width = 30
    ov.column_dimensions["B"].width = 80

    ws = wb.create_sheet("JTAI Action Plan")
    ws["A1"] = "Trafford JTAI Action Plan – progress at 31 December 2025"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Area for improvement", "Ref", "Action", "Lead(s)", "Target date",
             "Revised target date", "Status", "Progress / evidence"]
    for j, h in enumerate(heads):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BOX
        c.alignment = WRAP
    r = 4
    counts = {}
    for afi, acts in TRAFFORD:
        first = True
        for ref, act, lead, tgt, rev, st, prog in acts:
            vals = [afi if first else None, ref, act, lead, tgt, rev, st, prog]
            first = False
            for j, v in enumerate(vals):
                c = ws.cell(row=r, column=1 + j)
                if v is not None:
                    c.value = v
                c.border = BOX
                c.alignment = WRAP
            for col in (5, 6):
                ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=7).fill = fill(FILL[st])
            counts[st] = counts.get(st, 0) + 1
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: Revised target dates agreed by the SSP Executive on "
                                   "16/10/2025. Completed actions stay on the plan until impact "
                                   "is evidenced through audit.")
    r += 2
    ws.cell(row=r, column=1, value="Summary").font = Font(bold=True)
    r += 1
    tot = 0
    for k in ("Blue", "Green", "Amber", "Red"):
        ws.cell(row=r, column=1, value=k).fill = fill(FILL[k])
        ws.cell(row=r, column=2, value=counts.get(k, 0))
        tot += counts.get(k, 0)
        r += 1
    ws.cell(row=r, column=1, value="Total actions").font = Font(bold=True)
    ws.cell(row=r, column=2, value=tot)
    widths = [42, 6, 50, 32, 13, 13, 9, 45]
    for j, w in enumerate(widths):
        ws.column_dimensions[chr(65 + j)].width = w
    wb.save(path)


# ---------------------------------------------------------------------------
# 4. Newcastle Youth Justice Service - HMIP improvement plan (docx, table per rec)
# ---------------------------------------------------------------------------
NEWCASTLE_TITLE = "Newcastle Youth Justice Service: Post-Inspection Improvement Plan"
NEWCASTLE = [
    ("Recommendations for Newcastle Youth Justice Service", [
        ("Recommendation 1: Improve and embed the quality of assessment and planning so that it "
         "addresses children’s safety and wellbeing and keeps other people safe", [
            ("1.1", "Deliver AssetPlus refresher training on safety and wellbeing and risk of harm to "
                    "all case managers.",
             "Practice Development Manager", "May 2025", "Complete",
             "Delivered to 24 case managers in April and May 2025."),
            ("1.2", "Introduce management countersignature of all assessments where safety and "
                    "wellbeing or risk of harm is rated high or very high.",
             "Operational Manager (Court Team)", "April 2025", "Complete",
             "Countersignature step added to ChildView workflow."),
            ("1.3", "Monthly thematic case audit of assessment and planning.\nFindings fed back "
                    "through team meetings and individual supervision.",
             "Quality Assurance Officer / Operational Managers", "Monthly", "Green",
             "Five audits completed; August audit rated 7 of 10 assessments sufficient."),
        ]),
        ("Recommendation 2: Make sure that the needs and safety of actual and potential victims "
         "receive sufficient attention in court and out-of-court work", [
            ("2.1", "Restorative Justice and Victim Worker to be consulted on every new court order and "
                    "out-of-court disposal, with victim safety recorded in the plan.",
             "Victim Liaison Officer", "July 2025", "Green",
             "Consultation form in use; compliance 88% in August."),
            ("2.2", "Review the victim contact process so that all victims are offered contact within "
                    "10 working days.",
             "Operational Manager (Out of Court)", "30/09/2025", "Amber",
             "Police data-sharing delay affecting timeliness; see Recommendation 4."),
        ]),
        ("Recommendation 3: Provide stable management oversight and a succession plan that "
         "sustains the improvements made", [
            ("3.1", "Appoint to the permanent Deputy Head of Service post and publish the management "
                    "structure.",
             "Head of Youth Justice Service", "June 2025", "Complete",
             "Deputy Head of Service started 02/06/2025."),
            ("3.2", "Develop a workforce and succession plan, including a team manager development "
                    "programme for senior practitioners.",
             "Head of Youth Justice Service / HR Business Partner", "Dec-25", "Green",
             "Draft plan to YJMB in October."),
        ]),
    ]),
    ("Recommendations for Northumbria Police and the Youth Justice Management Board", [
        ("Recommendation 4: Northumbria Police should review the arrangements for police staff "
         "seconded to the YJS so that intelligence is shared in a timely way", [
            ("4.1", "Agree a revised secondment agreement setting out intelligence-sharing "
                    "expectations and cover arrangements.",
             "Northumbria Police Superintendent (Safeguarding)", "August 2025", "Amber",
             "Agreement drafted; awaiting sign-off by Northumbria Police legal services."),
            ("4.2", "Seconded police officer to have direct access to the YJS case management "
                    "system, with a quarterly audit of intelligence shared.",
             "Northumbria Police / YJS Information Manager", "October 2025", "Red",
             "Vetting and system access not yet agreed."),
        ]),
        ("Recommendation 5: The Youth Justice Management Board should strengthen its oversight of "
         "the quality of work with children and its understanding of disproportionality", [
            ("5.1", "Add a quarterly quality and disproportionality dashboard to the YJMB agenda.",
             "YJS Information Manager", "Q2 2025/26", "Green",
             "First dashboard presented to YJMB on 10/09/2025."),
            ("5.2", "Board member induction and annual development session on the youth inspection "
                    "framework.",
             "Chair of the Youth Justice Management Board", "January 2026", "", ""),
        ]),
    ]),
]


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None):
    parts = text.split("\n")
    cell.text = parts[0]
    for p in parts[1:]:
        cell.add_paragraph(p)
    for para in cell.paragraphs:
        for run in para.runs:
            run.bold = bold
            if size:
                run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def make_newcastle(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(NEWCASTLE_TITLE, style="Title")
    doc.add_paragraph("Response to the HM Inspectorate of Probation inspection of Newcastle Youth "
                      "Justice Service (report published February 2025)")
    ctl = doc.add_table(rows=5, cols=2)
    ctl.style = "Table Grid"
    for i, (k, v) in enumerate([("Plan owner", "Head of Youth Justice Service"),
                                ("Approved by", "Newcastle Youth Justice Management Board"),
                                ("Date approved", "26 March 2025"),
                                ("Version", "1.3 (September 2025 progress update)"),
                                ("Review", "Quarterly at the Youth Justice Management Board")]):
        set_cell(ctl.cell(i, 0), k, bold=True)
        set_cell(ctl.cell(i, 1), v)
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Green – on track; Amber – at risk of delay; Red – not on track; "
                      "Complete – action completed and impact being monitored. A blank RAG means "
                      "the action has not yet started.")
    heads = ["Ref", "Action", "Lead", "Timescale", "RAG", "Progress update (September 2025)"]
    for part, recs in NEWCASTLE:
        doc.add_heading(part, level=2)
        for rec, acts in recs:
            t = doc.add_table(rows=2 + len(acts), cols=6)
            t.style = "Table Grid"
            m = t.cell(0, 0).merge(t.cell(0, 5))
            set_cell(m, rec, bold=True)
            shade(m, "D9E2F3")
            for j, h in enumerate(heads):
                set_cell(t.cell(1, j), h, bold=True)
            for i, (ref, act, lead, when, rag, upd) in enumerate(acts):
                for j, v in enumerate([ref, act, lead, when, rag, upd]):
                    set_cell(t.cell(2 + i, j), v)
                if rag:
                    shade(t.cell(2 + i, 4), FILL[rag])
            doc.add_paragraph("")
    doc.add_paragraph("Next review: Youth Justice Management Board, December 2025.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 5. Plymouth Local Area SEND Partnership - priority action plan (docx, one table)
# ---------------------------------------------------------------------------
PLYMOUTH_TITLE = "Plymouth Local Area SEND Partnership – Priority Action Plan"
PLYMOUTH = [
    ("Area for priority action 1: Leaders across education, health and care need to put children "
     "and young people with SEND at the centre of their work, with clear oversight of the impact "
     "of the partnership’s actions.", [
        ("1.1", "Establish the Plymouth SEND Improvement Board with an independent chair and agreed "
                "terms of reference.",
         "Director of Children’s Services", "September 2023",
         "Board meets six-weekly; partners hold each other to account.", "B"),
        ("1.2", "Develop a shared SEND outcomes framework and dashboard, reported to every "
                "Improvement Board.",
         "Head of SEND (PCC) / Head of Performance (ICB)", "Autumn term 2023",
         "Leaders can see the impact of actions on children’s outcomes.", "G"),
        ("1.3", "Co-produce a ‘You said, we did’ update with Plymouth Parent Carer Voice.",
         "Participation Lead", "Termly",
         "Families see how their views have changed services.", "G"),
    ]),
    ("Area for priority action 2: Leaders should identify and risk-assess children and young "
     "people who are waiting for health services, and reduce waiting times for speech and "
     "language therapy, community paediatrics and autism assessment.", [
        ("2.1", "Clinical risk-stratification of all children on the community paediatric and "
                "neurodevelopmental waiting lists.",
         "Designated Clinical Officer (NHS Devon)", "December 2023",
         "Children with the most complex needs are seen first.", "B"),
        ("2.2", "Commission additional speech and language therapy capacity for children waiting "
                "more than 18 weeks.",
         "Head of Commissioning (ICB) / Strategic Commissioning Manager (PCC)", "Spring term 2024",
         "Fewer children wait more than 18 weeks.", "A"),
        ("2.3", "Publish a ‘waiting well’ information and support offer for families on the Local "
                "Offer.",
         "Local Offer Lead", "Jan 2024",
         "Families know what help is available while they wait.", "G"),
    ]),
    ("Area for improvement 1: Leaders should reduce the likelihood of children and young people "
     "with an EHC plan being excluded from school.", [
        ("AFI1.1", "Inclusion panel to review every child with an EHC plan at risk of permanent "
                   "exclusion before a decision is taken.",
         "Head of Inclusion and Attendance", "Summer term 2024",
         "Fewer permanent exclusions of children with an EHC plan.", "G"),
        ("AFI1.2", "Training for school SENCos and governors on reasonable adjustments and "
                   "alternatives to exclusion.",
         "SEND Strategic Lead for Schools", "31/03/2024",
         "Schools use alternatives to exclusion.", "A"),
    ]),
    ("Area for improvement 2: Leaders should make sure that children and young people with SEND "
     "who also have social care needs receive timely and coordinated care.", [
        ("AFI2.1", "Review every child with an EHC plan living in residential provision outside "
                   "Plymouth, including a visit from their social worker.",
         "Service Manager (Children with Disabilities)", "October 2023",
         "Oversight of children living away from Plymouth is robust.", "B"),
        ("AFI2.2", "Agree a joint social care and SEND transition protocol for young people aged 14 "
                   "to 25.",
         "Head of Preparing for Adulthood", "July 2024",
         "Young people move to adult services without gaps in support.", "R"),
    ]),
]


def make_plymouth(path):
    doc = Document()
    landscape(doc)
    doc.add_paragraph(PLYMOUTH_TITLE, style="Title")
    doc.add_paragraph("In response to the Ofsted and CQC area SEND inspection of Plymouth, June 2023")
    doc.add_paragraph("Partners: Plymouth City Council (PCC), NHS Devon Integrated Care Board (ICB), "
                      "Plymouth Parent Carer Voice (PPCV), schools, settings and colleges.")
    doc.add_paragraph("Governance: Plymouth SEND Improvement Board (independent chair), meeting "
                      "six-weekly. RAG ratings below are as reported to the Board in May 2024.")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, t) in enumerate([("B", "Complete"), ("G", "On track"),
                                ("A", "At risk – mitigation in place"), ("R", "Off track")]):
        set_cell(key.cell(i, 0), k, bold=True)
        shade(key.cell(i, 0), FILL[k])
        set_cell(key.cell(i, 1), t)
    doc.add_paragraph("")
    heads = ["Ref", "What we will do", "Who is responsible", "By when",
             "What will be different for children and families", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in PLYMOUTH)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(heads):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F4E79")
    r = 1
    for area, acts in PLYMOUTH:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, area, bold=True)
        shade(m, "DEEAF6")
        r += 1
        for ref, act, lead, when, diff, rag in acts:
            for j, v in enumerate([ref, act, lead, when, diff, rag]):
                set_cell(t.cell(r, j), v)
            shade(t.cell(r, 5), FILL[rag])
            r += 1
    doc.add_paragraph("")
    doc.add_paragraph("Progress against this plan is also reviewed by the DfE and NHS England at "
                      "six-monthly stocktake meetings.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 6. Kirklees Corporate Parenting Board - action plan (csv export)
# ---------------------------------------------------------------------------
KIRKLEES_TITLE = "Kirklees Corporate Parenting Board - Action Plan 2025/26"
KIRKLEES = [
    ("1. We will listen to you and act on what you tell us", [
        ("CP1.1", "Children in Care Council and Care Leavers Forum to co-design the Corporate "
                  "Parenting Pledge and present it to Full Council.",
         "Participation Manager", "Jun-25", "Complete",
         'Pledge presented to Full Council on 16 July 2025, "Our Promise" leaflet sent to all '
         'children in care.'),
        ("CP1.2", "Young people to co-chair one Corporate Parenting Board meeting each quarter.",
         "Chair of Corporate Parenting Board", "Quarterly", "On track",
         "Co-chaired September and December meetings."),
    ]),
    ("2. We will make sure you have a safe and stable home", [
        ("CP2.1", "Open two new council-run children's homes in North Kirklees, registered with "
                  "Ofsted.",
         "Head of Service, Children Looked After and Care Leavers", "30/09/2026", "Amber",
         "First home registered; second delayed by planning approval."),
        ("CP2.2", "Increase the number of Kirklees foster carers by 25 through the Foster Kirklees "
                  "recruitment campaign.",
         "Fostering Service Manager", "Apr 2025 - Mar 2026", "On track",
         "17 new fostering households approved since April."),
    ]),
    ("3. We will help you do well in education, training and work", [
        ("CP3.1", "Every child in care to have a Personal Education Plan reviewed each term, with "
                  "95% rated good quality.",
         "Virtual School Headteacher", "Termly", "On track",
         "Autumn term: 97% of PEPs completed, 91% rated good."),
        ("CP3.2", "Ring-fenced apprenticeships and work placements for care leavers across council "
                  "services.",
         "Head of HR & Organisational Development", "Dec-25", "Red",
         "Only 3 placements offered; recruitment freeze affecting services."),
    ]),
    ("4. We will help you be healthy and happy", [
        ("CP4.1", "Care leavers up to 25 to be exempt from NHS prescription charges through the "
                  "local care leavers offer.",
         "Designated Nurse for Children Looked After", "31/03/2026", "Not started",
         "Awaiting ICB decision."),
        ("CP4.2", "Initial health assessments completed within 20 working days for at least 90% of "
                  "children entering care.",
         "Designated Nurse for Children Looked After", "Mar-26", "Amber",
         "Q3 timeliness 74%; paediatric capacity being reviewed."),
    ]),
]


def csv_field(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def make_kirklees(path):
    ncol = 7
    lines = []

    def row(vals):
        vals = list(vals) + [""] * (ncol - len(vals))
        lines.append(",".join(csv_field(v) for v in vals))

    row([KIRKLEES_TITLE])
    row(["Corporate Parenting Strategy 2024-2027: our promises to children in care and care leavers"])
    row(["Position at Corporate Parenting Board 3 February 2026"])
    row([])
    row(["Promise", "Ref", "Action", "Lead", "Due", "Status", "Update"])
    for promise, acts in KIRKLEES:
        for ref, act, lead, due, st, upd in acts:
            row([promise, ref, act, lead, due, st, upd])
    row([])
    row(["Status key: Complete | On track | Amber = some slippage | Red = off track | Not started"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ---------------------------------------------------------------------------
# 7. Dudley Early Help Partnership - early help strategy action plan (tab-separated txt)
# ---------------------------------------------------------------------------
DUDLEY_TITLE = "Dudley Early Help Strategy 2025-2027 – Delivery Action Plan"
DUDLEY = [
    ("PRIORITY 1: Family Hubs at the heart of our communities", [
        ("1.1", "Extend Family Hub opening to include one evening and one Saturday session at each "
                "of the five hubs.",
         "Family Hubs Manager", "Sept 2025", "B",
         ["All five hubs open Tuesday evenings and Saturday mornings from 06/09/2025."]),
        ("1.2", "Launch a single Family Hub digital front door so families can self-refer and book "
                "sessions online.",
         "Head of Early Help and Partnerships", "March 2026", "A",
         ["Procurement took longer than planned.",
          "Digital supplier confirmed; testing with parent panel in February."]),
        ("1.3", "Family Hub partnership network meetings with schools, health visitors and the "
                "voluntary sector in each locality.",
         "Locality Family Hub Leads", "Termly", "G",
         ["Autumn meetings held in all five localities."]),
    ]),
    ("PRIORITY 2: The best start in life – the first 1001 days", [
        ("2.1", "Deliver the Start for Life parenting offer, including infant feeding and perinatal "
                "mental health support, from every Family Hub.",
         "Public Health Consultant (Children and Young People) / Head of Early Years",
         "Sept 2025 – March 2026", "G",
         ["Infant feeding peer supporters in 4 of 5 hubs."]),
        ("2.2", "Increase take-up of the funded two-year-old childcare offer to 80% of eligible "
                "families.",
         "Head of Early Years", "Summer term 2026", "A",
         ["Take-up 71% (autumn headcount)."]),
        ("2.3", "Joint health visiting and Family Hub school readiness check for children at 2½ "
                "years.",
         "0-19 Service Lead (Health Visiting)", "By 31 March 2027", "G",
         ["Pilot in Brierley Hill locality from January."]),
    ]),
    ("PRIORITY 3: Right help, right time – a confident early help workforce", [
        ("3.1", "Refresh the Early Help Assessment and train 400 partner practitioners as lead "
                "professionals.",
         "Early Help Partnership Manager", "December 2025", "R",
         ["186 practitioners trained. Schools released fewer staff than planned in the autumn term."]),
        ("3.2", "Quarterly early help audit with partners, reported to the Dudley Safeguarding "
                "People Partnership.",
         "DSPP Business Manager / Early Help Quality Assurance Lead", "Quarterly", "G",
         ["Q2 audit completed November."]),
        ("3.3", "Agree and publish an early help step-up and step-down protocol with children's "
                "social care.",
         "Head of Service (Front Door)", "Jun-25", "B",
         ["Published on the DSPP website June 2025."]),
    ]),
]


def make_dudley(path):
    L = [DUDLEY_TITLE,
         "Dudley Early Help Partnership",
         "‘Working together to help Children, Young People and their Families thrive’",
         "Exported from the Early Help Partnership Board tracker: 20/01/2026",
         "",
         "\t".join(["Ref", "Action", "Lead", "Timescale", "RAG", "Comments"])]
    for pri, acts in DUDLEY:
        L.append(pri)
        for ref, act, lead, when, rag, comments in acts:
            L.append("\t".join([ref, act, lead, when, rag, comments[0]]))
            for more in comments[1:]:
                L.append("\t".join(["", "", "", "", "", more]))
    L += ["",
          "RAG: B = complete, G = on track, A = some risk to delivery, R = off track",
          "Next update due: Early Help Partnership Board, April 2026"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


FILES = {
    "hw1-stockport-council-ilacs-improvement-plan.xlsx": make_stockport,
    "hw1-devon-county-council-monitoring-visit-action-plan-typo-month-refuse.xlsx": make_devon,
    "hw1-trafford-strategic-safeguarding-partnership-jtai-action-plan.xlsx": make_trafford,
    "hw1-newcastle-youth-justice-service-hmip-improvement-plan.docx": make_newcastle,
    "hw1-plymouth-local-area-send-priority-action-plan.docx": make_plymouth,
    "hw1-kirklees-corporate-parenting-board-action-plan.csv": make_kirklees,
    "hw1-dudley-early-help-strategy-action-plan.txt": make_dudley,
}

if __name__ == "__main__":
    for name, fn in FILES.items():
        fn(os.path.join(HERE, name))
        print("wrote", name)
    print("Devon typo row:", DEVON_TYPO_ROW)
