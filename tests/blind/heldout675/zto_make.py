# Generator for set heldout675, prefix zto
import os, csv
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Font, Alignment
from docx import Document
from docx.shared import Pt

D = os.path.dirname(os.path.abspath(__file__))
def P(n): return os.path.join(D, n)
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
def fill(c): return PatternFill("solid", start_color=c, end_color=c)
BOLD = Font(bold=True)

# ---------- 1. Sefton SEND accelerated progress plan (xlsx) ----------
def sefton():
    wb = Workbook(); ws = wb.active; ws.title = "Cover"
    ws["A1"] = "Sefton Local Area Partnership"; ws["A1"].font = BOLD
    ws["A2"] = "SEND Accelerated Progress Plan (APP) 2024-2026"
    ws["A4"] = "Version"; ws["B4"] = "Date"; ws["C4"] = "Author"; ws["D4"] = "Comments"
    ws.append(["v1.0", "14/10/2024", "SEND Partnership Manager", "Submitted to DfE/NHSE"])
    ws.append(["v1.3", "06/05/2025", "SEND Partnership Manager", "Revised dates agreed at SEND Continuous Improvement Board"])
    ws2 = wb.create_sheet("APP")
    ws2["A1"] = "Sefton SEND Accelerated Progress Plan – Progress Report May 2025"; ws2["A1"].font = BOLD
    ws2.merge_cells("A1:H1")
    ws2.append([])
    ws2.append(["Ref", "Action", "Lead(s)", "Original date", "Revised date", "RAG", "Progress update", "Evidence"])
    for c in ws2[3]: c.font = BOLD
    rows = [
        ("Area for improvement 1: Leaders should ensure that EHC plans are issued within statutory timescales and are of consistently good quality.", None),
        (None, ("1.1", "Recruit additional EHC plan co-ordinators and clear the backlog of overdue assessments", "Head of SEND Services", "Dec-24", "Mar-25", "Complete", "6 co-ordinators in post from January 2025; backlog cleared", "Recruitment report")),
        (None, ("1.2", "Introduce multi-agency quality assurance panel for draft EHC plans, including health and social care advice", "Head of SEND Services; Designated Clinical Officer", "Jan-25", "", "Green", "Panel meeting fortnightly since February", "QA audit tool")),
        (None, ("1.3", "Publish monthly timeliness data to the SEND Continuous Improvement Board", "SEND Performance Lead", "Nov-24", "", "Green", "Dashboard in place", "")),
        ("Area for improvement 2: Leaders across education, health and care should improve waiting times for neurodevelopmental assessment.", None),
        (None, ("2.1", "Commission additional ASD/ADHD assessment capacity through the independent sector", "ICB Place Director (Sefton) & Designated Clinical Officer", "Mar-25", "Sep-25", "Amber", "Procurement delayed; contract award expected July 2025", "")),
        (None, ("2.2", "Develop a 'waiting well' offer for families, co-produced with Sefton Parent Carer Forum", "Head of Inclusion / Chair, Sefton PCF", "Jun-25", "", "Green", "Co-production workshops held April 2025", "Workshop notes")),
        ("Area for improvement 3: Leaders should strengthen preparation for adulthood from Year 9.", None),
        (None, ("3.1", "Embed preparing for adulthood outcomes in all Year 9 annual reviews", "Principal Educational Psychologist", "Jul-25", "", "Not started", "", "")),
    ]
    for head, a in rows:
        if head:
            ws2.append([head]); r = ws2.max_row
            ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws2.cell(r, 1).font = BOLD; ws2.cell(r, 1).fill = fill("D9E1F2")
        else:
            ws2.append(list(a))
    ws2.append([])
    ws2.append(["Key: Green – on track; Amber – at risk of slippage; Red – off track; Complete – action delivered and evidenced"])
    wb.save(P("zto-sefton-local-area-send-accelerated-progress-plan.xlsx"))

# ---------- 2. Thurrock monitoring visit (xlsx, fill-colour RAG, merged AFI) ----------
def thurrock():
    wb = Workbook(); ws = wb.active; ws.title = "Key"
    ws["A1"] = "RAG key"; ws["A1"].font = BOLD
    for i, (k, t) in enumerate([("G", "Complete / embedded"), ("A", "In progress, on track"), ("R", "Off track / at risk")], start=2):
        ws.cell(i, 1).fill = fill(FILL[k]); ws.cell(i, 2, t)
    ws2 = wb.create_sheet("Action Plan")
    ws2["A1"] = "Thurrock Council Children's Services"
    ws2["A2"] = "Ofsted Monitoring Visit (Children in Need and Child Protection) – Action Plan"
    ws2["A3"] = "Visit date: 11–12 March 2025. Plan updated: 30 June 2025"
    ws2.append([])
    ws2.append(["No.", "Area for improvement", "Action", "Lead", "Timescale", "Previous RAG", "Current RAG", "Comments"])
    for c in ws2[5]: c.font = BOLD
    afi1 = "The quality and timeliness of child in need plans, so that they are specific and progress is regularly reviewed."
    afi2 = "Management oversight and supervision, so that it provides clear direction and is recorded."
    acts = [
        ("1a", afi1, "Relaunch CIN plan template with SMART outcomes and contingency plans", "Service Manager, Children in Need", "31/05/2025", "A", "G", "Template live on LCS since 19 May"),
        ("1b", afi1, "Monthly audit of 10 CIN plans by team managers, findings reported to Performance Board", "Head of Quality Assurance", "30/09/2025", "A", "A", "April and May audits completed"),
        ("1c", afi1, "CIN review meetings to be chaired by an independent practice lead at 3 months", "Service Manager, Children in Need", "31/10/2025", "", "R", "Recruitment to two practice lead posts not yet successful"),
        ("2a", afi2, "Revise supervision policy and recording template", "Principal Social Worker", "30/04/2025", "G", "G", "Policy signed off at DMT 28 April"),
        ("2b", afi2, "Deliver management oversight training to all team managers and ATMs", "Workforce Development Manager", "31/07/2025", "A", "A", "3 of 4 cohorts complete"),
        ("2c", afi2, "Dip sample of supervision records by Heads of Service each quarter", "Heads of Service", "Quarterly", "", "A", ""),
    ]
    start = ws2.max_row + 1
    for a in acts:
        r = ws2.max_row + 1
        vals = list(a)
        ws2.append([vals[0], vals[1], vals[2], vals[3], vals[4], None, None, vals[7]])
        if vals[5]: ws2.cell(r, 6).fill = fill(FILL[vals[5]])
        ws2.cell(r, 7).fill = fill(FILL[vals[6]])
    # merge AFI cells down
    ws2.merge_cells(start_row=start, start_column=2, end_row=start + 2, end_column=2)
    ws2.merge_cells(start_row=start + 3, start_column=2, end_row=start + 5, end_column=2)
    ws2.append([])
    ws2.append(["Summary", "", "Actions: 6", "Complete: 2", "In progress: 3", "Off track: 1"])
    wb.save(P("zto-thurrock-council-ofsted-monitoring-visit-action-plan.xlsx"))

# ---------- 3. Wokingham fostering (xlsx, refuse) ----------
def wokingham_fostering():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "Wokingham Borough Council Fostering Service"
    ws["A2"] = "Ofsted Inspection of Local Authority Fostering Agency – Improvement Plan 2024/25"
    ws.append([])
    ws.append(["Requirement / Recommendation", "Ref", "Action", "Responsible", "Target date", "Status", "Update"])
    for c in ws[4]: c.font = BOLD
    rq1 = "Requirement: The registered person must ensure that foster carers' annual reviews are completed within the required timescales (Regulation 28)."
    rq2 = "Recommendation: Ensure that children's views are routinely sought and recorded in foster carer reviews."
    data = [
        (rq1, "R1.1", "Establish a review tracker overseen by the Fostering Team Manager", "Fostering Team Manager", "Nov-2024", "Complete", "Tracker in use"),
        (None, "R1.2", "Appoint an independent reviewing officer for foster carer reviews", "Registered Manager", "Febuary 2025", "Amber", "Interviews scheduled"),
        (rq2, "REC1", "Introduce a child-friendly feedback form for reviews, co-designed with the Children in Care Council", "Participation Officer", "Mar-2025", "Green", ""),
        (None, "REC2", "Audit 20% of reviews for the child's voice each quarter", "Quality Assurance Manager", "Jun-2025", "Green", ""),
    ]
    for row in data:
        ws.append(list(row))
    wb.save(P("zto-wokingham-borough-council-fostering-service-ofsted-improvement-plan-typo-month-refuse.xlsx"))

# ---------- 4. Caerphilly CIW children's services (docx, table per theme) ----------
def caerphilly():
    d = Document()
    d.add_heading("Caerphilly County Borough Council – Children's Services", 0)
    d.add_paragraph("Care Inspectorate Wales Performance Evaluation Inspection: Improvement Plan 2024–25")
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Document owner", "Head of Children's Services"), ("Version", "2.1"), ("Last reviewed", "Corporate Parenting Panel, 16 January 2025"), ("Next review", "April 2025")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    d.add_paragraph("RAG: G = complete, A = in progress, R = not progressing")
    themes = [
        ("1. People – Voice and Choice", [
            ("1.1", "Ensure the voice of the child is recorded in all assessments and care and support plans", "Service Manager, Safeguarding", "March 2025", "A"),
            ("1.2", "Strengthen the Active Offer of services in Welsh and monitor take-up", "Service Manager, Safeguarding / Welsh Language Officer", "September 2024", "G"),
        ]),
        ("2. Prevention", [
            ("2.1", "Review the Information, Advice and Assistance (IAA) pathway to reduce repeat contacts", "Service Manager, IAA and Early Help", "June 2025", "A"),
            ("2.2", "Extend Families First provision to evenings and weekends", "Families First Co-ordinator", "Ongoing", "A"),
        ]),
        ("3. Partnerships and Integration", [
            ("3.1", "Agree a joint protocol with Aneurin Bevan UHB for children with complex health needs", "Head of Children's Services and Head of Children's Health, ABUHB", "31/12/2024", "G"),
            ("3.2", "Review strategy discussion attendance with Gwent Police", "Service Manager, Safeguarding", "March 2025", "R"),
        ]),
        ("4. Well-being", [
            ("4.1", "Reduce reliance on agency social workers through the 'Grow Your Own' social work degree route", "Workforce Development Manager", "2025/26", "A"),
        ]),
    ]
    for th, acts in themes:
        d.add_heading(th, 2)
        tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
        for i, h in enumerate(["Ref", "Action", "Responsible Officer", "Target Date", "RAG"]):
            tb.rows[0].cells[i].text = h
        for a in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
    d.add_paragraph("Progress against this plan is reported quarterly to the Social Services Scrutiny Committee.")
    d.save(P("zto-caerphilly-cbc-ciw-childrens-services-performance-evaluation-improvement-plan.docx"))

# ---------- 5. North Wales Safeguarding Board CPR (docx, merged recommendation rows) ----------
def nwsb():
    d = Document()
    d.add_paragraph("North Wales Safeguarding Board").runs[0].bold = True
    d.add_paragraph("Child Practice Review NWSB 02/2023 – Multi-agency Action Plan")
    d.add_paragraph("Updated for the Regional Case Review Group, 4 February 2025")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(["No.", "Action", "Agency lead", "Timescale", "Status"]):
        t.rows[0].cells[i].text = h
    recs = [
        ("Recommendation 1: The Board should seek assurance that practitioners understand and use the All Wales Practice Guide on neglect.", [
            ("1a", "Deliver regional neglect briefings to frontline staff in all six local authorities", "NWSB Business Manager", "July 2024", "Complete"),
            ("1b", "Audit use of the neglect toolkit in child protection conferences", "Chair, Quality Assurance Sub-group", "December 2024", "Complete"),
        ]),
        ("Recommendation 2: Health agencies should ensure that information about missed health appointments is shared with the child's social worker.", [
            ("2a", "Revise the BCUHB 'Was Not Brought' policy to include notification to children's social care", "Designated Nurse Safeguarding Children (BCUHB) / Named Doctor Safeguarding Children", "March 2025", "On track"),
            ("2b", "Primary care safeguarding leads to cascade the revised policy to GP practices", "Primary Care Safeguarding Lead", "Q1 2025/26", "Not started"),
        ]),
        ("Recommendation 3: Partners should improve the recording of the child's lived experience.", [
            ("3a", "Include a 'day in the life' prompt in the regional multi-agency referral form", "NWSB Business Manager and North Wales Police DI, Public Protection Unit", "Sept 2024 – March 2025", "In progress"),
        ]),
    ]
    for rec, acts in recs:
        cells = t.add_row().cells
        m = cells[0].merge(cells[4]); m.text = rec
        for a in acts:
            cells = t.add_row().cells
            for i, v in enumerate(a): cells[i].text = v
    d.add_paragraph("Status key: Complete; On track; In progress (some slippage); Not started.")
    d.save(P("zto-north-wales-safeguarding-board-child-practice-review-action-plan.docx"))

# ---------- 6. Wokingham SAR csv ----------
def wokingham_sar():
    rows = [
        ["Wokingham Safeguarding Adults Partnership Board"],
        ["Safeguarding Adults Review – Adult K: Action Plan (updated 22/09/2025)"],
        [],
        ["Rec No", "Recommendation", "Action", "Lead Agency / Officer", "Target Date", "Status", "Update"],
        ["1", "Partners to strengthen the use of the Mental Capacity Act in relation to executive functioning", "1.1 Commission MCA and executive functioning training for adult social care and housing staff", "WBC Adult Social Care – Principal Social Worker", "31/03/2025", "Complete", "Delivered to 142 staff"],
        ["", "", "1.2 Add executive functioning prompt to the MCA assessment template", "WBC Adult Social Care – Principal Social Worker", "30/06/2025", "Complete", ""],
        ["2", "Partners to agree an escalation route for self-neglect cases where engagement is declining", "2.1 Refresh the Berkshire West self-neglect and hoarding protocol\nand relaunch with a 7-minute briefing", "SAB Business Manager", "September 2025", "Amber", "Draft with legal for comment"],
        ["", "", "2.2 Introduce multi-agency risk management (MARM) meetings for high-risk self-neglect", "Head of Adult Safeguarding; Thames Valley Police", "31/12/2025", "Green", "Pilot from October"],
        ["3", "GP practices to review arrangements for patients who do not attend", "3.1 Audit 'did not attend' follow-up in three Wokingham practices", "Berkshire West ICB Designated Professional for Adult Safeguarding", "Q3 2025/26", "Green", ""],
        ["4", "Housing providers to share concerns about property condition earlier", "4.1 Include safeguarding referral pathway in housing officer induction", "Housing Services Manager", "Ongoing", "Green", ""],
        [],
        ["Status: Complete / Green = on track / Amber = at risk / Red = off track"],
    ]
    with open(P("zto-wokingham-safeguarding-adults-partnership-board-sar-adult-k-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)

# ---------- 7. Torbay scrutiny tracker txt (tab-separated) ----------
def torbay():
    lines = [
        "Torbay Council – Overview and Scrutiny Board",
        "Scrutiny Recommendations Tracker – position at 14 November 2025",
        "",
        "\t".join(["Review", "Rec", "Recommendation", "Cabinet response", "Lead Member / Officer", "Due", "Status"]),
        "\t".join(["Children's Services Review: Placement Sufficiency (February 2025)", "1", "That the Cabinet develops an in-house residential children's home in Torbay", "Accepted", "Cabinet Member for Children's Services / Director of Children's Services", "Mar-26", "Amber"]),
        "\t".join(["", "2", "That the Fostering Service reports quarterly on recruitment of local foster carers", "Accepted", "Head of Fostering", "Jun-25", "Complete"]),
        "\t".join(["", "3", "That the Council lobbies Government on profit-making in children's placements", "Accepted in part", "Leader of the Council", "Sep-25", "Complete"]),
        "\t".join(["Adult Social Care Review: Carers (June 2025)", "1", "That the Carers Strategy action plan is brought to the Board annually", "Accepted", "Director of Adult Social Services", "Annually", "Green"]),
        "\t".join(["", "2", "That carers' assessments are offered within 28 days of request", "Accepted", "Torbay and South Devon NHS FT – Head of Adult Social Care", "Dec-25", "Red"]),
        "",
        "Notes: Status is agreed with the lead officer before each Board meeting. Complete recommendations are removed after one report.",
    ]
    with open(P("zto-torbay-council-overview-scrutiny-recommendations-tracker.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

for fn in (sefton, thurrock, wokingham_fostering, caerphilly, nwsb, wokingham_sar, torbay):
    fn()
print("done")
