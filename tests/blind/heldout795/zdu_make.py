#!/usr/bin/env python3
"""Build the seven zdu- blind test files (set heldout795).

Run with /work/main/.venv/bin/python zdu_make.py  (writes next to this script).
"""
import csv
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


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- helpers
def fill(hex6):
    return PatternFill(fill_type="solid", start_color="FF" + hex6, end_color="FF" + hex6)


BLUE, GREEN, AMBER, RED = "5B9BD5", "00B050", "FFC000", "FF0000"
GREY, LIGHT = "D9D9D9", "DEEAF6"
THIN = Side(style="thin", color="FF808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def shade(cell, hex6):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex6)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))


# ============================================================ 1. Croydon (txt)
def croydon():
    rows = [
        ["Scrutiny Recommendations Tracker 2024/25"],
        ["London Borough of Croydon – Scrutiny & Overview Committee – position at 31 March 2025"],
        ["RAG: Complete = implemented and signed off by the Sub-Committee; Green = on track; Amber = some slippage; Red = off track"],
        [],
        ["Ref", "Recommendation (Stage 1)", "Cabinet response (Stage 2)", "Agreed action",
         "Responsible officer", "Report back by", "RAG", "Update"],
        ["Children & Young People Sub-Committee – 16 July 2024"],
        ["CYP1a",
         "That the Cabinet Member ensures the EHCP annual review backlog plan includes monthly published targets.",
         "Accepted",
         "Publish monthly EHCP annual review completion figures on the Local Offer and report them to the Sub-Committee each quarter.",
         "Head of SEND", "Q3 2024/25", "Complete", "Monthly figures published from October 2024."],
        ["CYP1b", "", "",
         "Recruit two additional fixed-term annual review co-ordinators funded from the Delivering Better Value grant.",
         "Head of SEND / Head of HR Business Partnering", "31/01/2025", "Green",
         "One post filled; interviews for the second post held 12/03/2025."],
        ["CYP2",
         "That a single point of contact for care leavers aged 21 to 25 be established within the Leaving Care service.",
         "Partially accepted",
         "Designate the Care Leavers Hub duty worker as the contact point for care leavers aged 21 to 25 and publicise it through the Local Offer for care leavers.",
         "Corporate Director of Children, Young People and Education", "Jun-25", "Amber",
         "Duty rota agreed; publicity delayed pending the Local Offer refresh."],
        ["Streets & Environment Sub-Committee – 22 July 2024"],
        ["SE1",
         "That contract award reports name the recommended contractor in the public part of the report.",
         "Accepted",
         "Include the name of the recommended contractor in all future Part A contract award reports unless commercially sensitive reasons are recorded.",
         "Director of Commercial Investment", "September 2024", "Complete", "Applied from the September 2024 Cabinet."],
        ["SE2",
         "That fly-tipping enforcement data is reported by ward.",
         "Accepted",
         "Add ward-level fly-tipping enforcement figures to the quarterly performance report.",
         "Head of Environmental Enforcement", "Q4 2024/25", "Green", "First ward-level dataset drafted for the Q4 report."],
        ["Homes Sub-Committee – 9 September 2024"],
        ["H1",
         "That the damp and mould case tracker be shared with the Sub-Committee.",
         "Accepted",
         "Provide the Sub-Committee with a quarterly summary of damp and mould cases open over 28 days, by category 1 and category 2 hazard.",
         "Director of Housing Management", "Ongoing", "Green", "Q3 summary circulated 14/02/2025."],
        ["Health & Social Care Sub-Committee – 15 October 2024"],
        ["HSC1",
         "That Adult Social Care transformation savings are reported with the number of residents affected.",
         "Partially accepted",
         "Report the number of residents whose care package changed as a result of the Community Led Support and Reablement workstreams in the quarterly ASC savings update.",
         "Director of Adult Social Care Operations", "31 March 2025", "Red",
         "Data extract not yet reliable; revised date to be agreed with the Chair."],
        ["HSC2",
         "That carers' assessments completed within 28 days are included in the ASC performance scorecard.",
         "Accepted",
         "Add the carers' assessment timeliness measure to the ASC performance scorecard from Q4.",
         "Head of Business Intelligence and Performance", "Apr-25", "Green", ""],
        [],
        ["Actions tracked: 8 – Complete 2, Green 4, Amber 1, Red 1"],
    ]
    with open(out("zdu-croydon-council-scrutiny-recommendations-tracker-2024-25.txt"), "w",
              encoding="utf-8", newline="") as f:
        for r in rows:
            f.write("\t".join(r) + "\r\n")


# ============================================================ 2. Wakefield (xlsx)
def wakefield():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Wakefield Council"
    cov["A1"].font = Font(size=12, bold=True)
    cov["A2"] = "Fostering Service Development Plan 2025-26"
    cov["A2"].font = Font(size=16, bold=True)
    cov["A3"] = "Children and Young People's Services – Children Looked After and Permanence"
    cov["A5"] = "Document control"
    cov["A5"].font = Font(bold=True)
    ctl = [["Version", "Date", "Author", "Changes"],
           ["0.3", "14/04/2025", "Service Manager – Fostering", "Draft for Fostering Leadership Team"],
           ["1.0", "02/05/2025", "Service Manager – Fostering", "Approved by Corporate Parenting Board"],
           ["1.1", "10/10/2025", "Fostering Business Support", "Q2 update"]]
    for i, r in enumerate(ctl):
        for j, v in enumerate(r):
            c = cov.cell(row=6 + i, column=1 + j, value=v)
            c.border = BOX
            if i == 0:
                c.font = Font(bold=True)
                c.fill = fill(GREY)
    cov["A11"] = ("This plan sits alongside the Fostering Service Statement of Purpose and the annual "
                  "Fostering Panel report. Progress is reported quarterly to the Corporate Parenting Board.")
    for col, w in zip("ABCD", (10, 14, 30, 40)):
        cov.column_dimensions[col].width = w

    # --- summary sheet
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary by priority – Q2 2025-26"
    sm["A1"].font = Font(bold=True, size=12)
    srows = [["Priority", "Actions", "Complete", "On track", "Some slippage", "Off track", "Not started"],
             ["Priority 1", 3, 1, 1, 1, 0, 0],
             ["Priority 2", 3, 0, 2, 0, 1, 0],
             ["Priority 3", 3, 1, 1, 0, 0, 1],
             ["Total", 9, 2, 4, 1, 1, 1]]
    for i, r in enumerate(srows):
        for j, v in enumerate(r):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 4):
                c.font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    # --- plan sheet
    ws = wb.create_sheet("Development Plan")
    ws["A1"] = "Fostering Service Development Plan 2025-26 – Q2 update (position at 30 September 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    head = ["Ref", "Action", "Lead", "Start", "Target date", "Revised date", "RAG Q1", "RAG Q2",
            "Q2 progress commentary"]
    for j, h in enumerate(head):
        c = ws.cell(row=3, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("1F4E79")
        c.border = BOX
        c.alignment = WRAP
    d = dt.datetime
    RAGF = {"B": BLUE, "G": GREEN, "A": AMBER, "R": RED}
    plan = [
        ("P", "Priority 1: Sufficiency – more Wakefield foster carers for Wakefield children"),
        ("1.1", "Launch the refreshed recruitment campaign targeting carers for teenagers and sibling groups, "
                "using the regional fostering recruitment hub enquiry line.",
         "Team Manager (Recruitment & Assessment)", d(2025, 4, 1), d(2025, 6, 30), d(2025, 9, 1), "A", "B",
         "Campaign launched 8 September 2025 after the hub go-live slipped."),
        ("1.2", "Reduce the time from initial enquiry to fostering panel to an average of 6 months by "
                "introducing two-stage assessment tracking.",
         "Team Manager (Recruitment & Assessment) / Fostering Panel Adviser", d(2025, 4, 1), "March 2026", None,
         "G", "G", "Average currently 7.4 months (Q2)."),
        ("1.3", "Hold four information events with Wakefield faith and community groups to widen recruitment "
                "from under-represented communities.",
         "Sarah Bell and Imran Khan", d(2025, 7, 1), "Q4 2025/26", None, None, ("", AMBER),
         "Two events held; venues for the remaining events not yet confirmed."),
        ("P", "Priority 2: Support and retention – keeping the foster carers we have"),
        ("2.1", "Open a second Mockingbird constellation based in the Pontefract and Castleford area.",
         "Service Manager – Fostering", d(2025, 4, 1), d(2026, 1, 31), None, "G", "G",
         "Hub carer identified; satellite households being matched."),
        ("2.2", "Review the foster carer allowances and skills fee structure and present options to Cabinet.",
         "Head of Service, Children Looked After", d(2025, 5, 1), d(2025, 7, 31), "Dec-25", "A", "R",
         "Cabinet report deferred to December 2025 because of the budget-setting timetable."),
        ("2.3", "Introduce an out-of-hours support line for foster carers staffed by supervising social "
                "workers on a rota.",
         "Team Manager (Supervising Social Workers)", d(2025, 4, 1), "Ongoing", None, "G", "G",
         "Rota in place since June; usage reviewed monthly."),
        ("P", "Priority 3: Quality of practice – kinship, panel and annual reviews"),
        ("3.1", "Complete all overdue foster carer annual reviews and bring them within 12 months of the "
                "previous review.",
         "Team Manager (Supervising Social Workers)", d(2025, 4, 1), d(2025, 9, 30), None, "A", "B",
         "All 14 overdue reviews completed by 26/09/2025."),
        ("3.2", "Deliver connected persons (kinship) assessment training to all assessing social workers, "
                "including Regulation 24 temporary approvals.",
         "Kinship Team Manager", d(2025, 6, 1), "Nov-25", None, None, "G",
         "First cohort trained in October 2025."),
        ("3.3", "Recruit three additional independent fostering panel members with lived experience of care.",
         "Fostering Panel Adviser", d(2025, 9, 1), "Q3 2025/26", None, None, None,
         "Not started – due to begin October 2025."),
    ]
    r = 4
    for item in plan:
        if item[0] == "P":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = fill(LIGHT)
            r += 1
            continue
        ref, act, lead, start, target, revised, q1, q2, comm = item
        vals = [ref, act, lead, start, target, revised, None, None, comm]
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        ws.cell(row=r, column=4).number_format = "mmm-yy"
        if isinstance(target, dt.datetime):
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy" if target.day != 1 else "mmm-yy"
        if isinstance(revised, dt.datetime):
            ws.cell(row=r, column=6).number_format = "mmm-yy"
        for col, rag in ((7, q1), (8, q2)):
            c = ws.cell(row=r, column=col)
            c.alignment = Alignment(horizontal="center", vertical="top")
            if rag is None:
                continue
            if isinstance(rag, tuple):      # colour only, no letter
                c.fill = fill(rag[1])
            else:
                c.value = rag
                c.fill = fill(RAGF[rag])
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Notes: RAG Q2 is the current position. Revised dates were agreed at the "
                                   "Fostering Leadership Team on 7 October 2025.").font = Font(italic=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    for col, w in zip("ABCDEFGHI", (6, 60, 30, 9, 12, 11, 8, 8, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    # --- key sheet
    ky = wb.create_sheet("RAG key")
    ky["A1"] = "RAG key"
    ky["A1"].font = Font(bold=True)
    keys = [("B", BLUE, "Complete"), ("G", GREEN, "On track"),
            ("A", AMBER, "Some slippage – action being taken"),
            ("R", RED, "Off track – escalate to Head of Service"), ("", None, "Not started (blank)")]
    for i, (k, col, txt) in enumerate(keys):
        c = ky.cell(row=2 + i, column=1, value=k or None)
        if col:
            c.fill = fill(col)
        ky.cell(row=2 + i, column=2, value=txt)
    ky.column_dimensions["B"].width = 40
    wb.save(out("zdu-wakefield-council-fostering-service-development-plan-2025-26.xlsx"))


# ============================================================ 3. Portsmouth (docx)
def portsmouth():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("Portsmouth Youth Justice Service – HMI Probation Inspection Improvement Plan", style="Title")
    doc.add_paragraph("Inspection fieldwork: 3 to 7 March 2025 | Report published: 10 June 2025 | "
                      "Overall rating: Requires improvement")
    doc.add_paragraph("Document control", style="Heading 2")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([["Version", "Date", "Status", "Approved by"],
                             ["1.0", "30/06/2025", "Submitted to HM Inspectorate of Probation",
                              "Portsmouth Youth Justice Management Board"],
                             ["1.2", "15/10/2025", "Q2 progress update", "Chair, Youth Justice Management Board"]]):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(t.cell(i, j), v)
            else:
                t.cell(i, j).text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG status: Blue – complete; Green – on track; Amber – in progress with some risk to "
                      "delivery; Red – off track.")

    HDR = ["No.", "Action", "Owner", "By when", "RAG", "Progress (October 2025)"]
    RAGC = {"Blue": "9DC3E6", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}

    def rec_table(rec_text, rows):
        tb = doc.add_table(rows=2 + len(rows), cols=6)
        tb.style = "Table Grid"
        m = tb.cell(0, 0).merge(tb.cell(0, 5))
        bold_cell(m, rec_text)
        shade(m, "DEEAF6")
        for j, h in enumerate(HDR):
            bold_cell(tb.cell(1, j), h)
            shade(tb.cell(1, j), "D9D9D9")
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = tb.cell(2 + i, j)
                if j == 4:
                    if isinstance(v, tuple):       # shading only
                        shade(c, v[1])
                        continue
                    c.text = v
                    shade(c, RAGC[v])
                else:
                    c.text = v
        widths = (Cm(1.2), Cm(9), Cm(4.5), Cm(3), Cm(1.8), Cm(6))
        for row in tb.rows:
            for c, w in zip(row.cells, widths):
                c.width = w
        doc.add_paragraph("")

    doc.add_paragraph("Recommendations for the Portsmouth Youth Justice Management Board", style="Heading 1")
    rec_table("Recommendation 1 – Ensure that board members understand the disproportionate representation of "
              "Black and mixed heritage children in the service and use data to hold partners to account.",
              [["1.1", "Add a disproportionality dataset, broken down by ethnicity and outcome type, as a standing "
                       "item on the Management Board agenda.",
                "Head of Youth Justice", "July 2025", "Blue", "Standing item since the July 2025 board."],
               ["1.2", "Deliver a development session for board members on the experiences of Black and mixed "
                       "heritage children, co-facilitated by young people from the Participation Group.",
                "Chair, Youth Justice Management Board", "End of September 2025", "Amber",
                "Session postponed to November 2025 at the request of the Participation Group."]])
    rec_table("Recommendation 2 – Ensure that children receiving out-of-court disposals have timely access to "
              "speech and language support and to education, training and employment support.",
              [["2.1", "Agree a referral pathway with the Solent NHS speech and language therapy service so that "
                       "every child receiving a Turnaround or out-of-court intervention is screened.",
                "YJS Operations Manager / Speech and Language Therapist", "Sept 2025 – March 2026", "Green",
                "Screening tool agreed; 62% of eligible children screened in Q2."],
               ["2.2", "Appoint an education, training and employment (ETE) worker seconded from the Portsmouth "
                       "Inclusion Service.",
                "Head of Youth Justice and Head of Inclusion", "Dec 2025", "Amber",
                "Secondment agreed in principle; funding confirmation awaited."]])
    doc.add_paragraph("Recommendations for the Head of Youth Justice", style="Heading 1")
    rec_table("Recommendation 3 – Improve the quality of planning and review so that it consistently addresses "
              "the safety of other people, including known victims.",
              [["3.1", "Introduce a monthly case audit focused on safety and wellbeing and risk of harm to others, "
                       "with findings reported to the Quality Assurance Group.",
                "YJS Practice Manager", "Monthly", "Green", "Audits completed in July, August and September."],
               ["3.2", "Refresh the victim contact procedure so that victims' views are recorded in every plan "
                       "where there is an identified victim.",
                "YJS Operations Manager / Victim Liaison Officer", "31/08/2025", "Blue",
                "Procedure approved 21 August 2025."],
               ["3.3", "Deliver contextual safeguarding training to all case managers jointly with the Hampshire "
                       "and Isle of Wight Constabulary youth justice police officer.",
                "YJS Practice Manager", "March 2026", ("", "FF0000"), "Training provider not yet confirmed."]])
    doc.add_paragraph("Progress against this plan is reported to each meeting of the Portsmouth Youth Justice "
                      "Management Board and to HM Inspectorate of Probation on request.")
    doc.save(out("zdu-portsmouth-city-council-youth-justice-service-hmip-inspection-improvement-plan.docx"))


# ============================================================ 4. Mid Wales CJC (csv)
def midwales():
    rows = [
        ["Mid Wales Corporate Joint Committee / Cyd-bwyllgor Corfforedig Canolbarth Cymru"],
        ["Corporate Plan 2023-27 – Annual Delivery Plan 2025/26: Quarter 2 progress (April – September 2025)"],
        [],
        ["Amcan Llesiant / Well-being Objective", "Cyf / Ref", "Action", "Lead", "Milestone date",
         "Q2 status", "Q2 commentary"],
        ["WBO1 – Develop a Regional Transport Plan that improves sustainable connectivity across Mid Wales",
         "1.1", "Publish the final Mid Wales Regional Transport Plan following Welsh Government approval.",
         "Regional Transport Lead (Powys CC)", "Sept 2025", "Complete", "RTP published 30 September 2025."],
        ["", "1.2", "Prepare the Regional Transport Plan delivery programme for 2026-2031, prioritising bus "
                    "network improvements on the TrawsCymru T4 and T5 corridors.",
         "Regional Transport Lead (Powys CC) / Corporate Lead Officer – Highways (Ceredigion CC)", "Mar 2026",
         "On track", "Long list of schemes agreed by the Transport Sub-Committee."],
        ["WBO2 – Prepare a Strategic Development Plan for the Mid Wales region", "2.1",
         "Agree the SDP Delivery Agreement with Welsh Government, including the Community Involvement Scheme.",
         "Strategic Planning Manager", "31/12/2025", "At risk",
         "Draft agreement submitted; Welsh Government comments received late."],
        ["", "2.2", "Commission the regional evidence base studies on housing need, employment land and "
                    "renewable energy.",
         "Powys CC, Ceredigion CC and Bannau Brycheiniog NPA", "Q4 2025/26", "On track",
         "Housing market assessment brief issued."],
        ["WBO3 – Promote the economic well-being of Mid Wales through the Growing Mid Wales partnership and the "
         "Mid Wales Growth Deal", "3.1",
         "Secure Full Business Case approval for the Mid Wales Growth Deal digital programme.",
         "Growth Deal Programme Director", "Jan 2026", "Off track",
         "FBC to be resubmitted following the joint Welsh Government and UK Government assurance review."],
        ["", "3.2", "Refresh the Regional Economic Framework action plan with Welsh Government.",
         "Head of Economy and Regeneration (Ceredigion CC)", "Mar 2026", "Not started", "Scheduled to start in Q3."],
        ["Governance", "4.1",
         "Adopt a CJC performance management framework and report progress to the CJC twice yearly.",
         "Chief Executive, Mid Wales CJC", "Nov 2025", "On track",
         "Framework drafted for the CJC meeting on 18 November 2025."],
        ["", "4.2", "Agree the 2026/27 budget and levy for the constituent councils.",
         "Chief Finance Officer (Section 151)", "Feb 2026", "On track", ""],
        [],
        ["Status key: Complete (blue); On track (green); At risk (amber); Off track (red); Not started"],
    ]
    with open(out("zdu-mid-wales-cjc-corporate-plan-2025-26-q2-delivery-tracker.csv"), "w",
              encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        for r in rows:
            w.writerow(r)


# ============================================================ 5. Cardiff (docx)
def cardiff():
    doc = Document()
    landscape(doc)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    p = doc.add_paragraph()
    p.add_run("Cardiff Council").bold = True
    doc.add_paragraph("Children’s Services – CIW Improvement Check Action Plan", style="Heading 1")
    doc.add_paragraph("Improvement check fieldwork: 14–17 October 2024 · CIW letter published: 9 December 2024 · "
                      "Plan updated: May 2025")
    doc.add_paragraph("Care Inspectorate Wales (CIW) carried out an improvement check of Children’s Services to "
                      "follow up the areas for improvement identified at the 2023 performance evaluation "
                      "inspection. This plan sets out our response, grouped under the four principles of the "
                      "Social Services and Well-being (Wales) Act 2014, and is monitored by the Children’s "
                      "Services Management Team and the Children and Young People Scrutiny Committee.")
    head = ["Ref", "Area for improvement (CIW letter)", "Action", "Responsible officer", "Target date", "RAG"]
    # (kind, ...) rows
    body = [
        ("band", "People – voice and control"),
        ("act", "1.1", "A", "Relaunch the ‘All About Me’ template in the case recording system so that the child’s "
                            "own words are captured at every plan review.",
         "OM – Intake & Assessment", "31/03/2025", "B"),
        ("act", "1.2", "A", "Increase the take-up of the active offer of advocacy for children subject to child "
                            "protection conferences to 75%.",
         "Principal Manager, Safeguarding", "Q1 2025/26", "A"),
        ("band", "Prevention"),
        ("act", "2.1", "B", "Introduce a joint step-down meeting between the locality team and Cardiff Family "
                            "Advice and Support within 10 working days of the decision to close the case.",
         "SJ, KM", "June 2025", "G"),
        ("band", "Well-being"),
        ("act", "3.1", "C", "Audit supervision recording on a sample of 40 files each quarter and report the "
                            "findings to the Children’s Services Management Team.",
         "Quality Assurance Manager", "Ongoing", "G"),
        ("act", "3.2", "C", "Introduce a supervision recording standard for team managers, with an expectation of "
                            "4-weekly recorded case supervision.",
         "Assistant Director, Children’s Services", "30/04/2025", "B"),
        ("act", "3.3", "C", "Provide refresher training on reflective supervision for all newly appointed team "
                            "managers.",
         "Workforce Development Lead", "September 2025", "R"),
        ("band", "Partnerships and integration"),
        ("act", "4.1", "D", "Agree an information-sharing protocol with Cardiff and Vale University Health Board "
                            "for health visitors and school nurses contacting the MASH.",
         "Head of Service – Intake & Assessment and UHB Named Nurse Safeguarding", "Dec 2025", ("", "FFC000")),
        ("act", "4.2", "D", "Hold quarterly practice-learning sessions with Cardiff and Vale UHB safeguarding "
                            "leads.",
         "Principal Manager, Safeguarding", "Quarterly", "G"),
    ]
    afi = {
        "A": "Children’s views and wishes are not consistently recorded or reflected in their care and support plans.",
        "B": "Step-down arrangements from statutory services to early help are not always timely.",
        "C": "Management oversight and supervision are not consistently recorded on children’s files.",
        "D": "Information sharing with health partners at the point of referral is inconsistent.",
    }
    RAGC = {"B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    tb = doc.add_table(rows=1 + len(body), cols=6)
    tb.style = "Table Grid"
    for j, h in enumerate(head):
        bold_cell(tb.cell(0, j), h)
        shade(tb.cell(0, j), "BDD7EE")
    first_row_of = {}
    for i, item in enumerate(body, start=1):
        if item[0] == "band":
            m = tb.cell(i, 0).merge(tb.cell(i, 5))
            bold_cell(m, item[1])
            shade(m, "E2EFDA")
            continue
        _, ref, key, act, lead, date, rag = item
        tb.cell(i, 0).text = ref
        tb.cell(i, 2).text = act
        tb.cell(i, 3).text = lead
        tb.cell(i, 4).text = date
        c = tb.cell(i, 5)
        if isinstance(rag, tuple):
            shade(c, rag[1])
        else:
            c.text = rag
            shade(c, RAGC[rag])
        if key in first_row_of:
            top = tb.cell(first_row_of[key], 1)
            top.merge(tb.cell(i, 1))
        else:
            first_row_of[key] = i
            tb.cell(i, 1).text = afi[key]
    widths = (Cm(1.2), Cm(6.5), Cm(8.5), Cm(4.5), Cm(2.6), Cm(1.4))
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: B – complete; G – on track; A – some delay; R – significant delay")
    doc.save(out("zdu-cardiff-council-ciw-childrens-services-improvement-check-action-plan.docx"))


# ============================================================ 6. Staffordshire (xlsx)
def staffordshire():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = "Staffordshire Local Area Written Statement of Action"
    cov["A1"].font = Font(size=16, bold=True)
    cov["A2"] = "Special Educational Needs and Disabilities (SEND) – January 2022"
    cov["A3"] = ("Staffordshire County Council and NHS Staffordshire and Stoke-on-Trent Clinical Commissioning "
                 "Groups, with Staffordshire Parent Carer Forum (SPCF)")
    cov["A5"] = ("Governance: SEND Improvement Board (independent chair), monthly. Progress is reported to the "
                 "Department for Education and NHS England at quarterly monitoring meetings.")
    cov["A7"] = "RAG key"
    cov["A7"].font = Font(bold=True)
    for i, (txt, col) in enumerate([("Complete", BLUE), ("On track", GREEN), ("Some slippage", AMBER),
                                    ("Off track", RED)]):
        cov.cell(row=8 + i, column=1, value=txt).fill = fill(col)
    cov.column_dimensions["A"].width = 100

    d = dt.datetime
    head = ["Ref", "Action", "Lead officer(s)", "Partner agency", "Start", "Completion date",
            "Revised completion", "RAG", "Evidence / impact"]
    RAGF = {"Complete": BLUE, "On track": GREEN, "Some slippage": AMBER, "Off track": RED}
    pri = [
        ("Priority 1", "Priority 1 – Leadership, vision and strategic planning",
         "Leaders across education, health and social care do not work together well enough to agree roles, set a "
         "shared vision and strategy, communicate effectively and drive improvement.",
         "A clear governance structure in which health, social care and education partners share accountability "
         "for SEND outcomes.",
         "SEND Improvement Board attendance above 90%; joint SEND strategy published; parent carer confidence "
         "survey shows improvement.",
         [("P1.1", "Establish a SEND Improvement Board with an independent chair and agreed terms of reference, "
                   "reporting to the Health and Wellbeing Board.",
           "Assistant Director for Education Quality and Access", "SCC / CCGs", d(2022, 1, 1), d(2022, 3, 31),
           None, "Complete", "Board has met monthly since March 2022."),
          ("P1.2", "Co-produce and publish a joint Staffordshire SEND and Inclusion Strategy 2022-2027.",
           "SEND Partnership Manager & SPCF Chair", "SCC / CCGs / SPCF", d(2022, 2, 1), "Summer term 2022",
           None, "Complete", "Strategy launched July 2022."),
          ("P1.3", "Publish a termly SEND newsletter for families and professionals setting out progress against "
                   "this Written Statement of Action.",
           "Communications Lead (Families and Communities)", "SCC", d(2022, 4, 1), "Termly", None, "On track",
           "Three editions issued.")]),
        ("Priority 2", "Priority 2 – Co-production and communication with families",
         "Parents and carers do not feel listened to, and co-production with families is not embedded at a "
         "strategic level.",
         "Families are equal partners in designing, reviewing and improving SEND services.",
         "Co-production charter signed by all partners; 'tell it once' in use for new EHC needs assessments.",
         [("P2.1", "Agree a co-production charter with Staffordshire Parent Carer Forum and embed it in all SEND "
                   "workstreams.",
           "SEND Partnership Manager", "SCC / SPCF", d(2022, 1, 1), d(2022, 6, 30), None, "Complete",
           "Charter signed 15 June 2022."),
          ("P2.2", "Introduce a 'tell it once' approach so that families do not have to repeat their story across "
                   "education, health and care assessments.",
           "Designated Clinical Officer; Head of SEND Assessment and Planning", "CCGs / SCC", d(2022, 9, 1),
           "Autumn term 2022", "Mar-23", "Some slippage",
           "Shared front sheet agreed; health systems integration delayed.")]),
        ("Priority 3", "Priority 3 – Quality of EHC plans and transition",
         "The quality of education, health and care plans is too variable, and preparation for key transition "
         "points is weak.",
         "Every EHC plan is specific, aspirational and reviewed on time, with preparing for adulthood planned "
         "from Year 9.",
         "At least 80% of audited EHC plans rated good or better; all Year 9 reviews include preparing for "
         "adulthood.",
         [("P3.1", "Introduce a multi-agency EHC plan quality assurance panel that audits 20 plans each month "
                   "against the Staffordshire quality standard.",
           "Head of SEND Assessment and Planning", "SCC / CCGs / Social Care", d(2022, 3, 1), "Ongoing", None,
           "On track", "58% of audited plans rated good or better in June 2022."),
          ("P3.2", "Ensure every Year 9 annual review includes a preparing for adulthood discussion that is "
                   "recorded in the plan's outcomes.",
           "Preparing for Adulthood Lead", "SCC / Schools", d(2022, 9, 1), "31/07/2023", None, "Off track",
           "Only 41% of Year 9 reviews include a recorded preparing for adulthood discussion."),
          ("P3.3", "Train all SEND case officers and health contributors in writing specific, outcome-focused "
                   "advice for EHC needs assessments.",
           "Principal Educational Psychologist & Designated Clinical Officer", "SCC / CCGs", d(2022, 4, 1),
           d(2022, 12, 1), None, "On track", "Two of three cohorts trained.")]),
    ]
    for sheet, title, weak, vision, measures, acts in pri:
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13, color="FFFFFFFF")
        ws["A1"].fill = fill("7030A0")
        ws.merge_cells("A1:I1")
        for r, (lab, txt) in enumerate([("Area of significant weakness", weak), ("Vision for the future", vision),
                                        ("Measures of success", measures)], start=2):
            ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
            ws.cell(row=r, column=2, value=txt).alignment = WRAP
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 32
        for j, h in enumerate(head):
            c = ws.cell(row=6, column=1 + j, value=h)
            c.font = Font(bold=True)
            c.fill = fill(GREY)
            c.border = BOX
        for i, (ref, act, lead, partner, start, comp, rev, rag, ev) in enumerate(acts):
            r = 7 + i
            for j, v in enumerate([ref, act, lead, partner, start, comp, rev, rag, ev]):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.border = BOX
                c.alignment = WRAP
            ws.cell(row=r, column=5).number_format = "mmm-yy"
            if isinstance(comp, dt.datetime):
                ws.cell(row=r, column=6).number_format = "dd/mm/yyyy" if comp.day != 1 else "mmm-yy"
            ws.cell(row=r, column=8).fill = fill(RAGF[rag])
        for col, w in zip("ABCDEFGHI", (28, 55, 30, 18, 9, 16, 12, 13, 40)):
            ws.column_dimensions[col].width = w

    sm = wb.create_sheet("Monitoring summary")
    sm["A1"] = "Monitoring summary – position for DfE / NHS England review, January 2023"
    sm["A1"].font = Font(bold=True)
    rows = [["Priority", "Actions", "Complete", "On track", "Some slippage", "Off track"],
            ["Priority 1", 3, 2, 1, 0, 0], ["Priority 2", 2, 1, 0, 1, 0], ["Priority 3", 3, 0, 2, 0, 1],
            ["Total", 8, 3, 3, 1, 1]]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = sm.cell(row=3 + i, column=1 + j, value=v)
            c.border = BOX
            if i in (0, 4):
                c.font = Font(bold=True)
    wb.save(out("zdu-staffordshire-local-area-send-written-statement-of-action.xlsx"))


# ============================================================ 7. Swansea (xlsx, refuse)
def swansea():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Swansea Council – Adult Services"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "CIW Improvement Check (June 2025) – Action Plan"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Owner: Director of Social Services | Reported to: Social Services Improvement Board | "
                "Last updated: 03/11/2025")
    for a in ("A1:H1", "A2:H2", "A3:H3"):
        ws.merge_cells(a)
    head = ["No.", "Area for improvement", "Action", "Lead", "Target date", "Revised target", "Status", "Comments"]
    for j, h in enumerate(head):
        c = ws.cell(row=5, column=1 + j, value=h)
        c.font = Font(bold=True, color="FFFFFFFF")
        c.fill = fill("2F5597")
        c.border = BOX
    d = dt.datetime
    rows = [
        ("T", "1. Carers"),                                                            # row 6
        ("1.1", "Carers’ needs assessments are not consistently offered or completed in a timely way.",
         "Offer every carer identified at the front door a carer’s needs assessment and record the offer in WCCIS.",
         "Principal Officer – Carers", d(2025, 9, 30), None, "Completed", "Recording field live from 1 September."),
        ("1.2", None, "Commission Swansea Carers Centre to complete assessments for carers on the waiting list.",
         "Commissioning Manager", "Dec-25", None, "In progress", ""),
        ("T", "2. Safeguarding"),                                                      # row 9
        ("2.1", "Adult safeguarding enquiries are not always completed within statutory timescales.",
         "Introduce a daily safeguarding triage huddle in the Integrated Safeguarding Hub.",
         "Safeguarding Manager (Adults)", "31/10/2025", None, "Completed", ""),
        ("2.2", None, "Report the timeliness of section 126 enquiries to the Improvement Board every month.",
         "Principal Officer – Performance", "Monthly", None, "In progress", ""),
        ("2.3", None, "Audit 25 closed enquiries to test the quality of the outcomes recorded.",
         "Safeguarding Manager (Adults)", "Febuary 2026", None, "Not started", ""),     # row 12
        ("T", "3. Reablement and hospital discharge"),                                 # row 13
        ("3.1", "Waiting lists for reablement following hospital discharge remain high.",
         "Extend the Bridging Service to cover weekend discharges from Morriston and Singleton hospitals.",
         "Head of Integrated Services", "Jan-26", "Mar-26", "In progress", ""),
        ("3.2", None, "Agree a shared discharge-to-recover dashboard with Swansea Bay UHB.",
         "Head of Integrated Services / UHB Head of Patient Flow", "Q4 2025/26", None, "Not started", ""),
    ]
    r = 6
    afi_start = None
    for item in rows:
        if item[0] == "T":
            ws.cell(row=r, column=1, value=item[1]).font = Font(bold=True)
            ws.cell(row=r, column=1).fill = fill(LIGHT)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            afi_start = None
            r += 1
            continue
        vals = list(item)
        for j, v in enumerate(vals):
            c = ws.cell(row=r, column=1 + j, value=v)
            c.border = BOX
            c.alignment = WRAP
        if isinstance(vals[4], dt.datetime):
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        if vals[1] is not None:
            afi_start = r
        r += 1
        nxt = rows[rows.index(item) + 1] if rows.index(item) + 1 < len(rows) else ("T",)
        if (nxt[0] == "T" or nxt[1] is not None) and afi_start is not None and afi_start < r - 1:
            ws.merge_cells(start_row=afi_start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="Status key: Not started | In progress | Completed").font = Font(italic=True)
    for col, w in zip("ABCDEFGH", (6, 40, 55, 32, 13, 13, 12, 35)):
        ws.column_dimensions[col].width = w
    wb.save(out("zdu-swansea-council-ciw-adult-services-improvement-check-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    croydon()
    wakefield()
    portsmouth()
    midwales()
    cardiff()
    staffordshire()
    swansea()
    print("built 7 files in", HERE)
