"""Generate the bi2- case files (plans outside children's services)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
FILL = {"R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0"}
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hexc):
    return PatternFill("solid", start_color=hexc, end_color=hexc)


def shade(cell, hexc):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexc)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width


# ---------------------------------------------------------------- 1 Vivid
def vivid():
    wb = Workbook(); ws = wb.active; ws.title = "Improvement Plan"
    ws["A1"] = "VIVID – Consumer Standards Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Version 3.1 – updated 14 February 2025 for Customer Services Committee"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Accountable lead", "Target date",
           "Revised target date", "RAG", "Progress update"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("5B2C6F")
        c.alignment = WRAP; c.border = BOX
    rows = [
        ("H", "1. Safety and Quality Standard"),
        ("1.1", "We do not hold complete and up-to-date stock condition data for all of our homes",
         "Complete stock condition surveys on all homes not surveyed in the last five years",
         "Director of Asset Management", D(2024, 12, 31), D(2025, 3, 31), "A",
         "2,140 of 2,610 outstanding surveys complete. Contractor capacity reduced over December; revised date agreed by Executive Team."),
        ("1.2", None,
         "Load survey data into Keystone and reconcile against the asset register",
         "Head of Asset Data", D(2025, 3, 31), None, "G",
         "Data loads running fortnightly. Reconciliation exceptions reported to Asset Compliance Group."),
        ("1.3", "Damp and mould cases are not always inspected within our published timescales",
         "Introduce a dedicated damp and mould triage team working to a 10 working day inspection standard",
         "Head of Repairs", D(2024, 9, 30), None, "Complete",
         "Team in place from 2 September 2024. 94% of cases inspected within 10 working days in January."),
        None,
        ("H", "2. Transparency, Influence and Accountability Standard"),
        ("2.1", "Complaints are not consistently handled within the Housing Ombudsman Complaint Handling Code timescales",
         "Recruit two additional complaints resolution officers and introduce a weekly open case review",
         "Head of Customer Experience", D(2024, 11, 30), None, "G",
         "Both officers started in November. Stage 1 response within 10 working days improved from 61% to 83%."),
        ("2.2", None,
         "Publish a quarterly complaints learning report to the Customer Scrutiny Panel",
         "Head of Customer Experience / Customer Insight Manager", "Quarterly", None, "G",
         "Q2 and Q3 reports presented. Panel has asked for repairs themes to be broken down by contractor."),
        ("2.3", "Tenant satisfaction measures are not reported to customers in a way they can understand",
         "Co-design a TSM results page and annual report summary with involved customers",
         "Director of Customer Services", D(2025, 6, 30), None, "Not started",
         "Customer working group to be recruited in March."),
        None,
        ("H", "3. Neighbourhood and Community Standard"),
        ("3.1", "Anti-social behaviour case management is inconsistent across patches",
         "Implement a single ASB case management procedure and risk assessment matrix",
         "Neighbourhood Services Manager", D(2025, 1, 31), None, "FILL:R",
         "Procedure drafted but not yet signed off; Legal review outstanding. Escalated to Director."),
        ("3.2", None,
         "Deliver ASB refresher training to all neighbourhood officers",
         "Neighbourhood Services Manager", D(2025, 2, 28), None, "A",
         "Three of five sessions delivered; remaining sessions booked for March."),
    ]
    r = 5; area_start = None
    for row in rows:
        if row is None:
            r += 1; continue
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("E8DAEF")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1; continue
        ref, area, act, lead, tgt, rev, rag, prog = row
        ws.cell(r, 1, ref)
        if area is not None:
            ws.cell(r, 2, area); area_start = r
        else:
            ws.merge_cells(start_row=area_start, start_column=2, end_row=r, end_column=2)
        ws.cell(r, 3, act); ws.cell(r, 4, lead)
        c = ws.cell(r, 5, tgt)
        if isinstance(tgt, D): c.number_format = "dd/mm/yyyy"
        if rev is not None:
            ws.cell(r, 6, rev).number_format = "dd/mm/yyyy"
        if rag.startswith("FILL:"):
            ws.cell(r, 7).fill = fill(FILL[rag[5:]])
        else:
            ws.cell(r, 7, rag)
            if rag in FILL: ws.cell(r, 7).fill = fill(FILL[rag])
            if rag == "Complete": ws.cell(r, 7).fill = fill(FILL["B"])
        ws.cell(r, 8, prog)
        for col in range(1, 9):
            ws.cell(r, col).alignment = WRAP; ws.cell(r, col).border = BOX
        r += 1
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True)
    for k, t in [("R", "Off track – action at risk of not being delivered"),
                 ("A", "Some slippage – recovery plan in place"),
                 ("G", "On track"),
                 ("Complete", "Action closed and evidence held")]:
        r += 1
        ws.cell(r, 1, k).fill = fill(FILL.get(k, FILL["B"])); ws.cell(r, 2, t)
    for col, w in zip("ABCDEFGH", [7, 38, 48, 26, 12, 12, 10, 55]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"
    wb.save(os.path.join(HERE, "bi2-vivid-homes-rsh-consumer-standards-improvement-plan.xlsx"))


# ---------------------------------------------------------------- 2 Gloucestershire Constabulary
def glos():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Tracker"
    ws["A1"] = "Gloucestershire Constabulary – PEEL 2023–25 Areas for Improvement Tracker"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Owner: Strategic Planning & Performance | Reviewed at Force Improvement Board 06/03/2025"
    hdr = ["AFI No.", "PEEL question", "Area for improvement", "Action Ref", "Activity",
           "Owner", "Due Date", "Status", "Update (March 2025)"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h); c.font = Font(bold=True); c.fill = fill("BDD7EE"); c.border = BOX
        c.alignment = WRAP
    afi1 = "The force should make sure it answers emergency and priority calls for service within its published timescales"
    afi2 = "The force should improve how it records and reviews risk assessments for victims of domestic abuse"
    afi3 = "The force should make sure supervisors have the time and training to carry out effective reviews of investigations"
    data = [
        ("AFI 1", "Responding to the public", afi1, "1a",
         "Recruit and train 24 additional contact handlers and review shift patterns against demand",
         "Supt J. Hammond", D(2024, 10, 31), "Complete",
         "All 24 contact handlers in post. New shift pattern went live 1 October 2024."),
        ("AFI 1", "Responding to the public", afi1, "1b",
         "Introduce daily call-answering performance dashboard for Control Room inspectors",
         "Ch Insp K. Lyons", D(2025, 1, 31), "On Track",
         "Dashboard in testing; data quality issues with abandoned call counts being resolved with IT."),
        ("AFI 2", "Protecting vulnerable people", afi2, "2a",
         "Audit 100 DASH risk assessments per quarter and feed back findings to response teams",
         "DCI R. Okafor", D(2025, 3, 31), "On Track",
         "Q3 audit complete: 81% of DASH forms fully completed, up from 64%."),
        ("AFI 2", "Protecting vulnerable people", afi2, "2b",
         "Refresh Domestic Abuse Matters training for all frontline officers and staff",
         "DI S. Barrett / Ch Insp K. Lyons", D(2025, 6, 30), "At Risk",
         "Training provider contract delayed; 38% of officers trained to date."),
        ("AFI 2", "Protecting vulnerable people", afi2, "2c",
         "Introduce a secondary risk review for all medium risk cases within 72 hours",
         "DCI R. Okafor", "TBC", "Off Track",
         "Awaiting decision on resourcing from Chief Officer Group; not yet started."),
        ("AFI 3", "Investigating crime", afi3, "3a",
         "Set supervisory review standards in the Investigation Standards Policy and monitor compliance monthly",
         "Det Supt M. Kerr", D(2025, 4, 30), "On Track",
         "Policy approved at Policy Board in February. First compliance report due April."),
        ("AFI 3", "Investigating crime", afi3, "3b",
         "Deliver the Sergeants' Investigation Development Programme to all response and neighbourhood sergeants",
         "Insp P. Adeyemi", D(2025, 9, 30), "On Track",
         "Cohorts 1 and 2 complete (46 sergeants). Cohort 3 starts May."),
    ]
    colours = {"Complete": FILL["B"], "On Track": FILL["G"], "At Risk": FILL["A"], "Off Track": FILL["R"]}
    for r, row in enumerate(data, 4):
        for c, v in enumerate(row, 1):
            cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
        if isinstance(row[6], D): ws.cell(r, 7).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = fill(colours[row[7]])
    r = 4 + len(data) + 1
    ws.cell(r, 1, "Status key: Complete (blue) – action delivered and evidenced; On Track (green); "
                  "At Risk (amber) – slippage expected; Off Track (red) – will not be delivered by due date")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFGHI", [8, 22, 40, 8, 50, 24, 12, 11, 50]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = "A3:I%d" % (3 + len(data))
    wb.save(os.path.join(HERE, "bi2-gloucestershire-constabulary-peel-afi-tracker.xlsx"))


# ---------------------------------------------------------------- 3 Devon & Somerset FRS (refuse)
def dsfrs():
    wb = Workbook(); ws = wb.active; ws.title = "AFI Action Plan"
    ws["A1"] = "Devon & Somerset Fire and Rescue Service – HMICFRS Areas for Improvement Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following the Effectiveness, efficiency and people 2023–25 inspection report (published May 2025)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Area for improvement", "Action", "Lead officer", "Target date", "Progress", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = fill("C00000"); c.border = BOX
    rows = [
        ("H", "Preventing fires and other risks"),
        ("AFI 1", "The service should make sure it prioritises home fire safety visits to those most at risk",
         "Implement a risk-based prioritisation model for Home Fire Safety Visits using partner referral data",
         "Head of Prevention", "Jun-25", "Model agreed with Exeter University; data sharing agreements with NHS in progress.", "A"),
        ("AFI 2", "The service should evaluate its prevention activity so it understands what works",
         "Develop an evaluation framework for prevention campaigns and report outcomes to the Service Leadership Team",
         "Prevention Strategy Manager", "Setp-25", "Framework drafted; first evaluation of the winter campaign underway.", "G"),
        ("H", "Promoting the right values and culture"),
        ("AFI 3", "The service should make sure staff feel confident to challenge inappropriate behaviour",
         "Relaunch the Speak Up policy and appoint Freedom to Speak Up guardians in each group",
         "Director of People Services", "Mar-25", "14 guardians appointed and trained. Relaunch communications issued 3 March.", "Complete"),
        ("AFI 4", "The service should evaluate the impact of its culture actions",
         "Repeat the staff culture survey and compare results with the 2023 baseline",
         "Head of Organisational Development", "Nov-25", "Survey questions agreed with representative bodies.", "G"),
        ("H", "Promoting fairness and diversity"),
        ("AFI 5", "The service should make sure its EDI team has the capacity to deliver its plans",
         "Recruit to two vacant EDI adviser posts and agree an EDI work programme",
         "Director of People Services", "Apr-25", "One post filled; second at interview stage.", "A"),
    ]
    r = 5
    for row in rows:
        if row[0] == "H":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = fill("F2F2F2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        else:
            for c, v in enumerate(row, 1):
                cell = ws.cell(r, c, v); cell.alignment = WRAP; cell.border = BOX
            key = {"Complete": "B"}.get(row[6], row[6])
            ws.cell(r, 7).fill = fill(FILL[key])
        r += 1
    r += 1
    ws.cell(r, 1, "RAG: G = on track, A = minor delay, R = significant delay, Complete = closed at SLT")
    ws.cell(r, 1).font = Font(italic=True, size=9)
    for col, w in zip("ABCDEFG", [8, 45, 55, 30, 12, 55, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, "bi2-devon-somerset-frs-hmicfrs-afi-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 4 Stratford-on-Avon CPC (docx)
def stratford():
    doc = Document(); landscape(doc)
    doc.add_heading("LGA Corporate Peer Challenge March 2024 – Action Plan", level=1)
    doc.add_paragraph(
        "Stratford-on-Avon District Council received a Corporate Peer Challenge from the Local Government "
        "Association on 4–6 March 2024. The peer team's feedback report made recommendations which are set out "
        "below, together with the actions the Council has agreed in response. Progress will be reported to "
        "Cabinet and to the peer team's progress review in early 2025.")
    t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.2"), ("Date", "November 2024"),
                                ("Owner", "Policy, Performance and Insight Team")]):
        t.cell(i, 0).text = k; t.cell(i, 1).text = v
    doc.add_paragraph()
    recs = [
        ("1. Prioritise the preparation of the 2021/22 and 2022/23 statements of accounts so that statutory deadlines can be met",
         [("1.1", "Agree a closedown timetable with the external auditor and report progress to every Audit and Standards Committee",
           "Section 151 Officer", "By 31 December 2024", "Green"),
          ("1.2", "Bring in interim technical accounting support to clear the backlog of prior year working papers",
           "Section 151 Officer", "Sept 2024 – March 2025", "Amber")]),
        ("2. Define and structure the change programme so it is understood consistently across the organisation",
         [("2.1", "Establish a Change Programme Board with terms of reference and a single programme plan",
           "Chief Executive", "June 2024", "Complete"),
          ("2.2", "Publish a staff-facing change programme narrative and hold all-staff briefings",
           "Head of HR and Organisational Development", "Q3 2024/25", "Green"),
          ("2.3", "Report change programme benefits quarterly to Cabinet",
           "DB/TS", "Ongoing", "Green")]),
        ("3. Strengthen the link between the Council Plan and service plans and performance reporting",
         [("3.1", "Introduce a corporate performance framework aligning service plan measures to Council Plan priorities",
           "Policy, Performance and Insight Manager", "April 2025", "Amber"),
          ("3.2", "Provide training for Overview and Scrutiny members on the new performance reports",
           "Democratic Services Manager", "Jan-25", "")]),
        ("4. Continue to develop member and officer relationships through a refreshed protocol",
         [("4.1", "Review the Member/Officer Protocol with Group Leaders and adopt at Council",
           "Chief Executive / Leader", "October 2024", "Complete")]),
    ]
    hdr = ["Ref", "Peer challenge recommendation", "Agreed action", "Lead", "Timescale", "RAG status"]
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(t.rows[0].cells[i], "D9E2F3")
    colour = {"Green": "00B050", "Amber": "FFC000", "Complete": "0070C0"}
    for rec, acts in recs:
        first = None
        for ref, act, lead, when, rag in acts:
            cells = t.add_row().cells
            cells[0].text = ref
            if first is None:
                cells[1].text = rec; first = cells[1]
            else:
                first = first.merge(cells[1])
            cells[2].text = act; cells[3].text = lead; cells[4].text = when; cells[5].text = rag
            if rag in colour: shade(cells[5], colour[rag])
    p = doc.add_paragraph()
    p.add_run("Lead officer initials: DB – David Buckland, Chief Executive; TS – Tim Sutton (Head of Finance).").italic = True
    doc.save(os.path.join(HERE, "bi2-stratford-on-avon-dc-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------- 5 Bexley ASC LGA peer review (docx)
def bexley():
    doc = Document(); landscape(doc)
    doc.add_heading("Adult Social Care LGA Peer Review – Action Plan", level=1)
    doc.add_paragraph("London Borough of Bexley | CQC assessment readiness")
    doc.add_paragraph("RAG: B = complete; G = on track; A = some slippage; R = not on track. "
                      "Updated for the Adults' Services Scrutiny Committee, January 2025.")
    themes = [
        ("Theme 1: Working with people", [
            ("Quality Statement 1 – Assessing needs: the Council should be able to articulate what good looks like in terms of outcomes for residents",
             [("1.1", "Develop an outcomes framework for assessment and review, co-produced with the Bexley Voices group",
               "Director of Adult Social Care", "31/03/2025", "G",
               "Draft framework tested with two locality teams. Co-production sessions held in November and December."),
              ("1.2", "Refresh the practice quality assurance framework so that audit findings are reported against outcomes",
               "PSW / Principal OT", "End of June 2025", "A",
               "Delayed by recruitment to the Principal OT post; interim arrangements agreed.")]),
            ("Quality Statement 2 – Supporting people to live healthier lives: earlier engagement with Public Health on ASC strategies",
             [("1.3", "Add a standing Public Health item to the ASC Senior Management Team agenda",
               "Assistant Director, Commissioning", "September 2024", "B",
               "In place from September SMT."),
             ]),
        ]),
        ("Theme 2: Providing support", [
            ("Quality Statement 5 – Partnerships and communities: strengthen joint working with OneBexley partners on hospital discharge",
             [("2.1", "Agree a joint discharge-to-assess pathway with Lewisham and Greenwich NHS Trust",
               "Head of Hospital Social Work", "Q2 2025/26", "A",
               "Pathway agreed in principle; Trust governance sign-off awaited."),
              ("2.2", "Publish weekly delayed discharge data to the system flow meeting",
               "Performance and Intelligence Manager", "Weekly", "G",
               "Data circulated every Monday since October."),
             ]),
        ]),
        ("Theme 4: Leadership", [
            ("Quality Statement 8 – Governance, management and sustainability: support staff managing the most complex cases",
             [("4.1", "Introduce monthly complex case panels with legal and practice input",
               "Head of Safeguarding and Quality Assurance", "Jan-25", "R",
               "First panel postponed; Legal Services capacity being resolved by AD Legal."),
              ("4.2", "Review supervision policy and audit supervision records quarterly",
               "Principal Social Worker", "Dec 2024", "B",
               "New supervision policy launched 2 December 2024; first quarterly audit completed."),
             ]),
        ]),
    ]
    colour = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    hdr = ["No.", "Action", "Lead", "By when", "RAG", "Update"]
    for theme, cons in themes:
        doc.add_heading(theme, level=3)
        t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
            t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
            shade(t.rows[0].cells[i], "DDEBF7")
        for con, acts in cons:
            row = t.add_row().cells
            m = row[0].merge(row[5]); m.text = con
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
            for ref, act, lead, when, rag, upd in acts:
                c = t.add_row().cells
                for i, v in enumerate([ref, act, lead, when, rag, upd]):
                    c[i].text = v
                shade(c[4], colour[rag])
        doc.add_paragraph()
    doc.save(os.path.join(HERE, "bi2-bexley-asc-lga-peer-review-action-plan.docx"))


# ---------------------------------------------------------------- 6 North Warwickshire IA tracker (csv)
def nwbc():
    hdr = ["Audit Title", "Audit Year", "Assurance Opinion", "Rec No", "Priority", "Recommendation",
           "Management Response / Agreed Action", "Responsible Officer", "Original Target Date",
           "Revised Target Date", "Status", "Latest Update"]
    rows = [
        ["Council Tax and NNDR", "2023/24", "Reasonable", "1", "Medium",
         "Exemptions and discounts should be reviewed on a cyclical basis",
         "A rolling review programme of single person discounts will be set up using the NFI data matching tool",
         "Revenues Manager", "31/03/2024", "30/09/2024", "Complete",
         "SPD review completed August 2024; 312 discounts removed."],
        ["Council Tax and NNDR", "2023/24", "Reasonable", "2", "Low",
         "Suspense account items should be cleared promptly",
         "Suspense account to be reconciled weekly and items over 30 days escalated to the Revenues Manager",
         "Revenues Manager", "31/12/2023", "", "Complete", "Weekly reconciliation in place."],
        ["ICT Cyber Security", "2023/24", "Limited", "1", "High",
         "Multi-factor authentication should be enforced for all remote access accounts",
         "MFA to be rolled out to all staff and member accounts",
         "ICT Manager", "30/06/2024", "31/01/2025", "On track",
         "Staff accounts complete. Member accounts being enrolled following training sessions in January."],
        ["ICT Cyber Security", "2023/24", "Limited", "2", "High",
         "The Council should test its ICT disaster recovery plan at least annually",
         "Undertake a full DR test of priority systems and report results to the Corporate Management Team",
         "ICT Manager", "30/09/2024", "", "Overdue",
         "Test scheduled for October was cancelled due to the server migration. New date to be agreed."],
        ["ICT Cyber Security", "2023/24", "Limited", "3", "Medium",
         "Leavers' network accounts should be disabled on their last working day",
         "HR to send leavers notification to ICT Service Desk five days before leaving date; monthly check of AD accounts",
         "HR Manager / ICT Manager", "31/05/2024", "", "Complete", "Monthly AD check evidenced for June to November."],
        ["Procurement and Contract Management", "2024/25", "Reasonable", "1", "Medium",
         "The contracts register should be complete and published in line with the Transparency Code",
         "Services to confirm all contracts over £5,000 and register to be published quarterly",
         "Procurement Officer", "31/03/2025", "", "On track", "Q2 register published. Leisure contracts still to be added."],
        ["Procurement and Contract Management", "2024/25", "Reasonable", "2", "Low",
         "Contract managers should record performance meetings",
         "Contract management template to be introduced for all contracts over £100,000",
         "Corporate Director – Resources", "Q1 2025/26", "", "On track", "Template drafted and shared with Management Team."],
    ]
    with open(os.path.join(HERE, "bi2-north-warwickshire-bc-internal-audit-recommendations-tracker.csv"),
              "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)
        w.writerow([""] * len(hdr))
        w.writerow(["Status key: Complete = implemented and verified by Internal Audit; On track = not yet due or "
                    "revised date agreed; Overdue = target date passed (reported as Red to Audit Committee)"]
                   + [""] * (len(hdr) - 1))


# ---------------------------------------------------------------- 7 Isle of Wight public health (txt)
def iow():
    lines = [
        "Isle of Wight Council Public Health - Health Protection Assurance Review: Action Plan",
        "Reported to the Health Protection Board, 12 February 2025",
        "",
        "\t".join(["Ref", "Recommendation", "Action", "Lead", "Deadline", "Status", "Comments"]),
        "\t".join(["R1.1", "Strengthen local outbreak management arrangements for care settings",
                   "Refresh the Island Outbreak Management Plan and test it through a tabletop exercise with UKHSA",
                   "Consultant in Public Health (Health Protection)", "Mar-25", "On track",
                   "Exercise booked for 18 March with UKHSA South East."]),
        "\t".join(["R1.2", "", "Agree a single point of contact for care home outbreak notifications out of hours",
                   "Health Protection Lead; ASC Quality Team Manager", "Dec 2024", "Complete",
                   "Rota agreed and circulated to all providers."]),
        "\t".join(["R2.1", "Improve uptake of childhood and adult immunisations in areas of lowest coverage",
                   "Develop an Island Immunisation Action Plan with NHS Hampshire and Isle of Wight ICB",
                   "SR/JH", "Q1 2025/26", "Amber",
                   "Draft plan shared with ICB; data sharing on GP practice level coverage not yet agreed."]),
        "\t".join(["R2.2", "", "Run targeted MMR catch-up clinics in Ryde and Newport",
                   "School Aged Immunisation Service Manager", "Monthly", "On track",
                   "Four clinics held since November; 186 doses given."]),
        "\t".join(["R3.1", "Ensure TB and blood-borne virus pathways are clear for people in temporary accommodation",
                   "Map current pathways with Housing Needs and the substance misuse service and agree referral routes",
                   "Public Health Principal", "30/06/2025", "Not started",
                   "Scoping meeting to be arranged in April."]),
        "",
        "Status: Complete / On track / Amber (some delay) / Red (off track) / Not started",
    ]
    with open(os.path.join(HERE, "bi2-isle-of-wight-public-health-health-protection-assurance-action-plan.txt"),
              "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    vivid(); glos(); dsfrs(); stratford(); bexley(); nwbc(); iow()
