"""Generator for the v1- cases of heldout31 (blind corpus). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
RAGFILL = {"Red": RED, "Amber": AMBER, "Green": GREEN, "On track": GREEN, "Complete": BLUE,
           "R": RED, "A": AMBER, "G": GREEN}
thin = Side(style="thin", color="808080")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- 1. B&NES ASC improvement plan
def bathnes():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Plan"
    widths = [7, 38, 50, 28, 13, 13, 11, 55]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = "Bath & North East Somerset Council"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=12, color="1F4E79")
    ws["A2"] = "Adult Social Care Improvement Plan 2025–26"
    ws.merge_cells("A2:H2")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("This plan responds to the areas for improvement in the CQC Local Authority Assessment report "
                "published on 30 January 2025 (overall rating: Requires Improvement). Progress position at 31 October 2025.")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 32
    hdr = ["Ref", "CQC area for improvement", "Action", "Lead", "Target date", "Revised date", "RAG",
           "Progress update (October 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill("1F4E79")
        c.alignment = WRAP
        c.border = BORDER

    def heading(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(row=r, column=1).fill = fill("DDEBF7")

    def act(r, ref, action, lead, target, tfmt, revised, rfmt, rag, update):
        vals = [ref, None, action, lead, target, revised, rag, update]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BORDER
        if tfmt:
            ws.cell(row=r, column=5).number_format = tfmt
        if rfmt:
            ws.cell(row=r, column=6).number_format = rfmt
        ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])

    def finding(r1, r2, text):
        ws.cell(row=r1, column=2, value=text)
        ws.merge_cells(start_row=r1, start_column=2, end_row=r2, end_column=2)

    heading(6, "Priority 1 – Assessing needs")
    act(7, "1.1", "Introduce a weekly waiting list review meeting, with a risk rating for everyone waiting more than 28 days for assessment.",
        "Head of Operations (Adults)", D(2025, 3, 31), "dd/mm/yyyy", None, None, "Complete",
        "Weekly meeting in place since February 2025. Everyone waiting over 28 days has a recorded risk rating and contact plan.")
    act(8, "1.2", "Commission additional assessment capacity from an external provider to clear the backlog of annual reviews.",
        "Head of Operations (Adults) / Head of Commissioning", D(2025, 9, 30), "mmm-yy", None, None, "Amber",
        "Provider started in July. Backlog down from 1,140 to 690 reviews; the end date will be confirmed at the next Improvement Board.")
    act(9, "1.3", "Publish waiting times for assessment on the council website and update them quarterly.",
        "Performance & Intelligence Manager", "Quarterly", None, None, None, "Green",
        "First publication in June 2025; Q2 figures published in October.")
    finding(7, 9, "People waited too long for Care Act assessments and reviews, and there was limited oversight of those waiting.")
    heading(10, "Priority 2 – Supporting unpaid carers")
    act(11, "2.1", "Co-produce a refreshed Carers' Strategy with the Carers' Centre and the carers' reference group.",
        "Strategic Commissioning Manager", D(2025, 12, 31), "mmm-yy", None, None, "On track",
        "Four co-production workshops held. Draft strategy to Cabinet in December.")
    act(12, "2.2", "Deliver carers' awareness training to all front-line practitioners, including how to record a carer's assessment in Liquidlogic.",
        "Principal Social Worker", D(2025, 6, 30), "dd/mm/yyyy", D(2026, 1, 31), "dd/mm/yyyy", "Red",
        "Training provider withdrew in May. New provider agreed; sessions now run November to January, hence the revised date.")
    finding(11, 12, "Unpaid carers did not always receive a carer's assessment and told inspectors they felt unsupported.")
    heading(13, "Priority 3 – Safeguarding")
    act(14, "3.1", "Implement Making Safeguarding Personal outcome recording on all Section 42 enquiries.",
        "Safeguarding Adults Lead", D(2025, 7, 31), "dd/mm/yyyy", None, None, "Complete",
        "New outcome fields live from 1 July 2025; compliance 87% in September.")
    act(15, "3.2", "Monthly multi-agency audit of a sample of safeguarding enquiries, with findings reported to the Safeguarding Adults Board.",
        "Safeguarding Adults Lead / Head of Quality Assurance", "Monthly", None, None, None, "Green",
        "Audits held every month since April. Themes reported to the SAB in September.")
    finding(14, 15, "Safeguarding enquiries were not always completed in a timely way and the person's voice was not consistently recorded.")
    # row 16 left blank
    heading(17, "Priority 4 – Governance, management and sustainability")
    act(18, "4.1", "Launch an Adult Social Care performance dashboard for the Directorate Leadership Team and the Lead Member.",
        "Director of Adult Social Care", D(2025, 10, 31), "d mmm yyyy", None, None, "Amber",
        "Dashboard built in Power BI; data quality checks on waiting times still under way.")
    act(19, "4.2", "Establish an independently chaired Improvement Board meeting every six weeks.",
        "Director of Adult Social Care", D(2025, 4, 1), "mmm-yy", None, None, "Complete",
        "Board met for the first time on 10 April 2025 and has met six-weekly since.")
    finding(18, 19, "Leaders need a clearer line of sight from performance data to front-line practice.")
    ws["A21"] = ("RAG key: Complete – action delivered and evidenced;  Green – on track;  Amber – at risk of slippage;  "
                 "Red – off track, revised date agreed at the Improvement Board.")
    ws.merge_cells("A21:H21")
    ws["A21"].font = Font(italic=True, size=9)
    ws.freeze_panes = "A6"
    wb.save(out("v1-bathnes-asc-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2. Reading audit tracker (refuse)
def reading():
    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    widths = [7, 9, 45, 45, 26, 13, 13, 10, 9, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGHIJ"[i]].width = w
    ws["A1"] = "Appendix 1 – Implementation of Internal Audit Recommendations"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Audit & Governance Committee, 22 January 2025 – outstanding high and medium risk recommendations"
    ws["A2"].font = Font(italic=True)
    hdr = ["Rec No.", "Risk", "Finding / recommendation", "Agreed management action", "Responsible officer",
           "Original target date", "Revised target date", "% complete", "RAG", "Latest update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("D9D9D9")
        c.alignment = WRAP
        c.border = BORDER

    def group(r, text):
        ws.cell(row=r, column=1, value=text).font = Font(bold=True, color="FFFFFF")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(row=r, column=1).fill = fill("44546A")

    def rec(r, no, risk, finding, action, officer, orig, rev, pct, rag, upd):
        vals = [no, risk, finding, action, officer, orig, rev, pct, rag, upd]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BORDER
        for col in (6, 7):
            ws.cell(row=r, column=col).number_format = "dd/mm/yyyy"
        ws.cell(row=r, column=8).number_format = "0%"
        ws.cell(row=r, column=9).fill = fill(RAGFILL[rag])

    group(5, "Direct Payments (2023/24) – Limited Assurance")
    rec(6, "1", "High", "Direct payment accounts are not reviewed for surplus balances, and unspent funds are not recovered.",
        "Introduce a six-monthly review of all direct payment account balances, with recovery of surpluses over eight weeks' value.",
        "Assistant Director of Commissioning", D(2024, 9, 30), D(2025, 3, 31), 0.5, "Amber",
        "First review completed for managed accounts; pre-paid card accounts to follow once the new card provider is in place.")
    rec(7, "2", "Medium", "Direct payment agreements were not signed on file in 6 of 20 cases tested.",
        "Remind practitioners of the requirement and add a mandatory upload step in Mosaic.",
        "Head of Adult Social Care", D(2024, 7, 31), None, 1.0, "Complete",
        "Mosaic workflow changed in August 2024. To be removed from the next report.")
    group(8, "Housing Rents – Arrears Recovery (2023/24) – Reasonable Assurance")
    rec(9, "1", "High", "Arrears cases are not escalated in line with the Rent Arrears Policy.",
        "Configure automated escalation letters in the housing management system and report exceptions weekly.",
        "Income Manager", D(2024, 7, 31), D(2024, 12, 31), 0.8, "Green",
        "Letters live for stages 1 and 2; stage 3 testing complete, go-live January.")
    rec(10, "2", "Medium", "Former tenant arrears write-offs were approved above the authorised limit.",
        "Update the scheme of delegation for write-offs and re-approve the three cases identified.",
        "Income Manager", D(2024, 10, 31), None, 0.6, "Amber",
        "Scheme of delegation updated; re-approval of cases awaiting sign-off by the Director of Finance.")
    group(11, "IT Asset Management (2024/25) – Limited Assurance")
    rec(12, "1", "High", "There is no complete register of laptops and mobile devices issued to staff.",
        "Carry out a full reconciliation of devices against the HR leavers list and build a single asset register.",
        "Head of Digital & IT", D(2024, 12, 31), D(2205, 3, 31), 0.2, "Red",
        "Reconciliation started; 212 devices not yet located. Revised date agreed with the Director.")
    rec(13, "2", "Medium", "Devices returned by leavers are not wiped and recorded before reissue.",
        "Introduce a returns procedure with a wipe certificate recorded against each device.",
        "IT Service Desk Manager", D(2025, 2, 28), None, 0.25, "Amber",
        "Procedure drafted and with the Information Governance Board.")
    group(14, "Purchase Cards (2024/25) – Reasonable Assurance")
    rec(15, "1", "Medium", "Monthly card statements were not always reviewed and signed by the cardholder's manager.",
        "Move card approvals into the finance system so that manager approval is required before month end.",
        "Chief Accountant", D(2025, 3, 31), None, 0.5, "Green",
        "Approval workflow built and in user testing.")
    ws["A17"] = "RAG: Red – up to 25% complete, or under 50% and past the agreed date;  Amber – 26% to 75%;  Green – over 75%;  Complete – implemented."
    ws["A17"].font = Font(italic=True, size=9)
    wb.save(out("v1-reading-audit-recommendations-tracker.xlsx"))


# ---------------------------------------------------------------- 3. Melton CSP action plan
def melton():
    wb = Workbook()
    ws = wb.active
    ws.title = "CSP Action Plan 24-25"
    widths = [22, 30, 50, 30, 20, 50, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFG"[i]].width = w
    ws["A1"] = "Melton Community Safety Partnership – Action Plan 2024/25"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update – October 2024"
    ws["A2"].font = Font(italic=True)
    hdr = ["Priority", "Objective", "Action", "Lead partner(s)", "Timescale", "Q2 progress update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = fill("C6E0B4")
        c.border = BORDER
        c.alignment = WRAP

    def row(r, action, lead, when, upd, rag):
        for i, v in enumerate([None, None, action, lead, when, upd, None], 1):
            c = ws.cell(row=r, column=i)
            if v is not None:
                c.value = v
            c.alignment = WRAP
            c.border = BORDER
        if rag:
            ws.cell(row=r, column=7).fill = fill(rag)

    def merged(col, r1, r2, text):
        ws.cell(row=r1, column=col, value=text).alignment = WRAP
        ws.cell(row=r1, column=col).font = Font(bold=(col == 1))
        if r2 > r1:
            ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)

    row(5, "Run a monthly multi-agency ASB Problem Solving Group for high-risk and repeat cases.",
        "MBC Community Safety Team", "Monthly", "Meetings held every month; 14 cases open, 9 closed this quarter.", GREEN)
    row(6, "Deploy the redeployable CCTV camera at hotspot locations identified by the Problem Solving Group.",
        "MBC Community Safety Team & Leicestershire Police", "Sept 2024 – March 2025",
        "Camera purchased. Installation at the first site delayed by the need for a power supply from the county council.", AMBER)
    row(7, "Promote the ASB Case Review (Community Trigger) on the council website and social media.",
        "MBC Communications Team", "End of June 2024", "Web page updated and campaign run in June.", BLUE)
    merged(1, 5, 7, "1. Anti-social behaviour")
    merged(2, 5, 6, "Reduce repeat anti-social behaviour in Melton town centre")
    merged(2, 7, 7, "Improve public confidence in reporting ASB")
    row(8, "Deliver DASH risk assessment training to housing and customer services staff.",
        "Living Without Abuse / MBC Housing", "Q3 2024/25", "Two of four sessions booked for November.", GREEN)
    row(9, "Hold a White Ribbon Day awareness event with local schools and Melton College.",
        "MBC Community Safety Team", "25 November 2024", "Planning meeting set for October.", None)
    row(10, "Review the Sanctuary Scheme eligibility criteria and referral pathway.",
        "Housing Options Manager", "March 2025",
        "Review paused because of vacancy in the Housing Options team; no start date yet.", RED)
    merged(1, 8, 10, "2. Domestic abuse and sexual violence")
    merged(2, 8, 9, "Increase early identification of domestic abuse")
    merged(2, 10, 10, "Support victims to remain safe in their own homes")
    # row 11 blank
    row(12, "Contribute to the refresh of the Leicestershire Serious Violence Strategic Needs Assessment.",
        "Violence Reduction Network", "Annually", "Melton data return submitted in August.", GREEN)
    row(13, "Deliver county lines and exploitation awareness sessions to licensed premises and taxi drivers.",
        "Leicestershire Police (Neighbourhood Policing Team)", "Q4 2024/25",
        "Taxi driver session delivered; licensed premises sessions to be arranged with Pubwatch.", AMBER)
    merged(1, 12, 13, "3. Serious violence and exploitation")
    merged(2, 12, 13, "Meet the Serious Violence Duty")
    row(14, "Relaunch Farm Watch with the Leicestershire Police Rural Crime Team and the NFU.",
        "Rural Crime Officer", "Ongoing", "312 members signed up; alerts sent through Neighbourhood Link.", GREEN)
    merged(1, 14, 14, "4. Rural crime")
    merged(2, 14, 14, "Reduce theft of farm machinery and equipment")
    ws["A16"] = "RAG key"
    ws["A16"].font = Font(bold=True)
    key = [(BLUE, "Complete"), (GREEN, "On track"), (AMBER, "Some slippage – action in hand"),
           (RED, "Off track – partnership support needed"), (None, "No colour – not yet started")]
    for i, (colr, text) in enumerate(key):
        r = 17 + i
        if colr:
            ws.cell(row=r, column=1).fill = fill(colr)
        ws.cell(row=r, column=1).border = BORDER
        ws.cell(row=r, column=2, value=text)
    wb.save(out("v1-melton-csp-action-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def set_text(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for j, line in enumerate(lines):
        if j:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


# ---------------------------------------------------------------- 4. Herefordshire SAB SAR action plan
def herefordshire():
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run("Herefordshire Safeguarding Adults Board")
    r.bold = True
    r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
    doc.add_heading("Safeguarding Adults Review ‘Adult D’ – Multi-Agency Action Plan", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Version", "Date", "Author", "Status"]):
        set_text(t.cell(0, i), h, bold=True)
    for i, v in enumerate(["0.3", "12/11/2024", "SAB Business Manager", "Draft for SAR Sub-group"]):
        set_text(t.cell(1, i), v)
    for i, v in enumerate(["1.0", "09/01/2025", "SAB Business Manager", "Agreed by the Board"]):
        set_text(t.cell(2, i), v)
    doc.add_paragraph()
    doc.add_paragraph(
        "The Safeguarding Adults Review concerning Adult D, a 74-year-old man who died at home in 2023 after a long "
        "period of self-neglect, was published in November 2024. The Board accepted all four recommendations. "
        "This plan sets out the actions partners have agreed, and is monitored by the SAR Sub-group. Progress "
        "updated May 2025.")
    hdr = ["No.", "SAR recommendation", "Action", "Lead agency / officer", "Target date", "Progress update (May 2025)", "RAG"]
    rows = [
        ("1.1", "Deliver multi-agency training on executive functioning and the Mental Capacity Act, with a focus on self-neglect.",
         "Herefordshire Council – Principal Social Worker", "March 2025",
         "Four sessions delivered to 138 practitioners from nine agencies. Evaluation report to SAR Sub-group in April.", "Complete"),
        ("1.2", "Single-agency audit of MCA assessments where care has been declined, with findings reported to the SAR Sub-group.",
         "All partner agencies", "Q1 2025/26", "Returns received from three of six agencies.", "Amber"),
        ("2.1", "Revise the Self-Neglect and Hoarding Protocol and publish it on the SAB website.",
         "SAB Business Manager", "31/01/2025", "Revised protocol published 28 January 2025.", "Complete"),
        ("2.2", "Launch the revised protocol through a practitioner event and a 7-minute briefing.",
         "SAB Business Manager / SAB Training Sub-group", "February 2025",
         "Launch event held 19 February; briefing circulated to all partners.", "Complete"),
        ("3.1", "Amend the Was Not Brought / Did Not Attend policy to include adults with care and support needs.",
         "Wye Valley NHS Trust – Named Nurse Safeguarding Adults", "June 2025",
         "Draft policy out for consultation with clinical divisions.", "Green"),
        ("3.2", "Audit GP practice follow-up of missed hospital appointments for a sample of patients with care and support needs.",
         "NHS Herefordshire and Worcestershire ICB – Designated Nurse Safeguarding Adults", "September 2025",
         "Audit tool agreed; to start after the policy at 3.1 is in place.", "Not started"),
        ("4.1", "Review the triage of police Adult Public Protection Notifications (PPNs) with the Adult Safeguarding Hub.",
         "West Mercia Police – DCI Protecting Vulnerable People", "April 2025",
         "Joint review meeting held; revised triage criteria awaiting sign-off by both agencies.", "Amber"),
        ("4.2", "Report PPN data for adults to the SAB Performance and Quality Sub-group.",
         "Adult Safeguarding Hub Manager", "Quarterly", "First report presented in March 2025.", "Green"),
    ]
    recs = {
        "1": "1. The Board should seek assurance that partner agencies apply the Mental Capacity Act 2005 when an adult repeatedly declines care and support, including consideration of executive capacity.",
        "2": "2. The Board should refresh the Self-Neglect and Hoarding Protocol so that the route to a multi-agency risk management meeting is clear.",
        "3": "3. NHS partners should ensure that missed appointments by adults with care and support needs are followed up and shared with the GP.",
        "4": "4. West Mercia Police and Herefordshire Council should ensure that welfare concerns raised by neighbours reach the Adult Safeguarding Hub.",
    }
    t = doc.add_table(rows=1 + len(rows), cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_text(t.cell(0, i), h, bold=True)
        shade(t.cell(0, i), "D9D2E9")
    ragfill = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000"}
    for k, (ref, action, lead, when, prog, rag) in enumerate(rows, 1):
        set_text(t.cell(k, 0), ref)
        set_text(t.cell(k, 2), action)
        set_text(t.cell(k, 3), lead)
        set_text(t.cell(k, 4), when)
        set_text(t.cell(k, 5), prog)
        set_text(t.cell(k, 6), rag)
        if rag in ragfill:
            shade(t.cell(k, 6), ragfill[rag])
    # recommendation cells merged vertically over their actions
    spans = {"1": (1, 2), "2": (3, 4), "3": (5, 6), "4": (7, 8)}
    for n, (a, b) in spans.items():
        c = t.cell(a, 1).merge(t.cell(b, 1))
        set_text(c, recs[n])
    doc.add_paragraph()
    kp = doc.add_paragraph()
    kr = kp.add_run("RAG: Complete – completed and evidenced to the SAR Sub-group; Green – on track; Amber – delayed "
                    "but within tolerance; Red – off track; Not started.")
    kr.italic = True
    kr.font.size = Pt(8)
    doc.save(out("v1-herefordshire-sar-adult-d-action-plan.docx"))


# ---------------------------------------------------------------- 5. North Herts CPC action plan
def northherts():
    doc = Document()
    doc.add_heading("North Herts Council – Corporate Peer Challenge Action Plan", level=0)
    doc.add_paragraph("LGA Corporate Peer Challenge, 4–7 November 2024. Action plan approved by Cabinet 18 March 2025; "
                      "progress at June 2025.")
    doc.add_paragraph(
        "The peer team made eight recommendations. Four of them, set out below, need new actions; the others are "
        "being taken forward through existing work programmes and are reported in the Council Delivery Plan.")
    sections = [
        ("Recommendation 1 – Set out a small number of clear, measurable corporate priorities and a plan to deliver them", [
            ("Agree three to five corporate priorities with Cabinet and translate them into a Council Delivery Plan with milestones.",
             "Managing Director", "June 2025", "Council Delivery Plan adopted by Council on 12 June 2025.", "Complete"),
            ("Refresh the performance framework so that Overview and Scrutiny receives quarterly reports against the Delivery Plan.",
             "Policy & Strategy Manager", "Q2 2025/26", "New report format agreed with the Chair of O&S; first report due September.", "On track"),
        ]),
        ("Recommendation 2 – Develop a Medium Term Financial Strategy that closes the budget gap from 2026/27", [
            ("Establish a cross-party Budget Working Group to review savings and income options.",
             "Director – Resources", "March 2025", "Group met three times before budget setting.", "Complete"),
            ("Bring forward a savings and transformation programme, with a business case for each proposal.",
             "Director – Resources / Transformation Programme Manager", "31 October 2025",
             "Eleven proposals identified; business cases slower than planned because of capacity in Finance.", "Amber"),
        ]),
        ("Recommendation 3 – Strengthen member and officer relationships, including clarity about roles", [
            ("Review and relaunch the Member/Officer Protocol, with training for all councillors.",
             "Service Director: Legal and Community", "September 2025", "Draft protocol with the Standards Committee.", "On track"),
            ("Hold joint Cabinet and Leadership Team away-days twice a year.",
             "Leader of the Council and Managing Director", "Ongoing", "First away-day held in May 2025.", "On track"),
        ]),
        ("Recommendation 4 – Make better use of the Council's assets and partnerships to support regeneration of the town centres", [
            ("Complete the review of council-owned town centre sites and report options to Cabinet.",
             "Director – Place", "December 2025", "To start once the Asset Management Strategy is agreed.", "Not started"),
            ("Set up a town centre partnership board for Letchworth and Hitchin with businesses and the BID.",
             "Economic Development Manager", "TBC", "Awaiting outcome of the asset review.", "Not started"),
        ]),
    ]
    for head, acts in sections:
        doc.add_heading(head, level=2)
        t = doc.add_table(rows=1 + len(acts), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(["Action", "Lead", "Timescale", "Progress (June 2025)", "Status"]):
            set_text(t.cell(0, i), h, bold=True)
            shade(t.cell(0, i), "BDD7EE")
        for k, a in enumerate(acts, 1):
            for i, v in enumerate(a):
                set_text(t.cell(k, i), v)
        doc.add_paragraph()
    kp = doc.add_paragraph()
    kr = kp.add_run("Status key: Complete; On track; Amber – some delay, action being taken; Red – significant delay; Not started.")
    kr.italic = True
    kr.font.size = Pt(8)
    doc.save(out("v1-north-herts-cpc-action-plan.docx"))


# ---------------------------------------------------------------- 6. Castle Point housing improvement plan (csv)
def castlepoint():
    n = 9
    rows = [
        ["Castle Point Borough Council - Housing Improvement Plan"] + [""] * (n - 1),
        ["Response to the Regulator of Social Housing regulatory judgement (C3) - updated September 2025"] + [""] * (n - 1),
        [""] * n,
        ["Ref", "Consumer Standard", "Regulator's finding", "Action", "Lead Officer", "Target Date", "Revised Date", "RAG", "Progress update"],
        ["SQ1", "Safety and Quality Standard", "The council does not have up-to-date stock condition information for all of its homes.",
         "Commission a 100% stock condition survey of council homes.", "Head of Housing", "31/03/2026", "", "A",
         "Contractor appointed June 2025; 41% of surveys complete. Access rates lower than expected."],
        ["SQ2", "", "", "Load stock condition data into the asset management system and produce a 30-year investment plan.",
         "Asset Manager", "Jun-26", "", "G", "System configuration under way."],
        ["SQ3", "Safety and Quality Standard", "Not all homes have a valid electrical installation condition report (EICR).",
         "Complete all outstanding EICRs and any resulting remedial works.", "Compliance Lead", "31/12/2024", "30/09/2025", "R",
         "92% compliant at end of August; 38 no-access cases being taken through the tenancy enforcement route."],
        ["SQ4", "", "", "Report monthly compliance across the big six safety areas to the Housing Improvement Board.",
         "Compliance Lead", "Monthly", "", "G", "Reported at every Board since March."],
        ["TIA1", "Transparency, Influence and Accountability Standard",
         "The council had not collected Tenant Satisfaction Measures (TSMs).",
         "Carry out the 2024/25 TSM perception survey and submit the results to the Regulator.",
         "Head of Housing & Communities; Tenant Engagement Officer", "Jun-25", "", "Complete",
         "Survey completed by 1,012 tenants; return submitted on 27 June 2025."],
        ["TIA2", "", "", "Recruit tenants to a Tenant Scrutiny Panel and agree its terms of reference.",
         "Tenant Engagement Officer", "Q3 2025/26", "", "A", "Five tenants recruited; aiming for eight before the first meeting."],
        ["NC1", "Neighbourhood and Community Standard",
         "The council could not show how it works with partners to tackle anti-social behaviour affecting tenants.",
         "Adopt a new anti-social behaviour policy for council tenants, covering hate incidents.", "Housing Manager",
         "Nov-25", "", "G", "Consultation with tenants closed in August."],
        ["T1", "Tenancy Standard", "Tenancy audits have not been carried out since 2019.",
         "Introduce a rolling tenancy audit programme visiting 20% of homes each year.", "Housing Manager",
         "April 2025 - March 2026", "", "G", "214 audits completed to date."],
        [""] * n,
        ["RAG: G = on track; A = some risk to delivery; R = off track; Complete = action delivered"] + [""] * (n - 1),
    ]
    with open(out("v1-castlepoint-housing-improvement-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Brighton & Hove DHR action plan (tsv txt)
def brighton():
    lines = [
        ["Safe in the City Partnership – Domestic Homicide Review ‘Anna’ – Action Plan"],
        ["Updated: 14 March 2025"],
        [],
        ["Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
         "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome", "RAG"],
        ["1. Brighton & Hove City Council Housing to ensure that reports of domestic abuse from tenants trigger a DASH risk assessment and referral to MARAC where appropriate.",
         "Local", "Update the Housing domestic abuse policy and procedure.", "BHCC Housing",
         "Draft policy considered by Housing Management Team October 2024", "December 2024",
         "Completed January 2025 – policy published on the intranet", "Complete"],
        ["", "", "Deliver domestic abuse awareness and DASH training to all tenancy officers.", "BHCC Housing",
         "Two sessions delivered; 64% of tenancy officers trained", "31/03/2025", "", "Green"],
        ["2. Sussex Police to review how officers record the voice of the victim at domestic abuse incidents where the suspect is present.",
         "Local / Regional", "Issue a briefing to response officers on separating parties and recording the victim's account.",
         "Sussex Police", "Briefing issued November 2024", "November 2024", "Completed November 2024", "Complete"],
        ["", "", "Dip-sample body-worn video from 20 domestic abuse incidents each quarter.", "Sussex Police",
         "First dip-sample completed in Q3", "Quarterly", "", "Green"],
        ["3. NHS Sussex ICB to remind GP practices of the IRIS referral route and of routine enquiry about domestic abuse.",
         "Local", "Circulate a learning brief to all GP practices and include it at the practice safeguarding leads forum.",
         "NHS Sussex ICB", "", "Q1 2025/26", "", "Amber"],
        ["4. University Hospitals Sussex NHS Foundation Trust to ensure the hospital IDVA service in the Emergency Department is available at weekends.",
         "Local", "Prepare a business case for extending hospital IDVA hours to weekends.",
         "University Hospitals Sussex NHS FT", "Business case submitted to the Trust Executive February 2025", "30/06/2025", "", "Amber"],
        ["5. Safe in the City Partnership to raise awareness of economic abuse among friends, family and community groups.",
         "Local", "Run a community awareness campaign on economic abuse during the 16 Days of Action.",
         "Safe in the City Partnership / BHCC Community Safety", "Campaign materials in design", "December 2025", "", "Not started"],
        ["", "", "Share the learning from this review with faith and community groups through the Community Safety Forum.",
         "BHCC Community Safety", "", "Ongoing", "", "Green"],
        ["6. The Home Office to consider including economic abuse indicators in the national DASH review.",
         "National", "Letter from the Partnership Chair to the Home Office DHR team.", "Safe in the City Partnership Chair",
         "", "April 2025", "Letter sent 2 April 2025", "Complete"],
        [],
        ["RAG: Complete = action completed; Green = on track; Amber = delayed; Red = not progressing; Not started"],
    ]
    with open(out("v1-brighton-hove-dhr-action-plan.txt"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    bathnes()
    reading()
    melton()
    herefordshire()
    northherts()
    castlepoint()
    brighton()
    print("done")
