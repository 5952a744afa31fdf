"""Generator for the dh1- cases of heldout146 (blind corpus). Run with /work/main/.venv/bin/python."""
import csv
import datetime as dt
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

FILL = {
    "blue": PatternFill("solid", fgColor="5B9BD5"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def header(ws, row, names, widths):
    for i, (n, w) in enumerate(zip(names, widths), start=1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
        ws.column_dimensions[chr(64 + i)].width = w


def put_row(ws, row, values, fmt=None):
    for i, v in enumerate(values, start=1):
        if v is None:
            c = ws.cell(row=row, column=i)
        else:
            c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if fmt and i in fmt:
            c.number_format = fmt[i]


def band(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).fill = FILL["band"]
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


# ---------------------------------------------------------------- 1. Yeovil College (xlsx)
def yeovil():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "Yeovil College Post-Inspection Action Plan 2023/24"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Ofsted inspection 14-17 November 2023. Progress update for the Quality & Standards Committee, March 2024."
    cols = ["Ref", "Action", "Lead", "Target date", "Revised date", "Progress update (March 2024)", "RAG"]
    header(ws, 4, cols, [7, 48, 26, 13, 13, 48, 11])
    d = {4: "dd/mm/yyyy", 5: "dd/mm/yyyy"}
    m = {4: "mmm-yy", 5: "mmm-yy"}
    band(ws, 5, "AFI 1: Leaders and managers should ensure that teachers on adult programmes check learners' understanding before moving on to new topics.", 7)
    put_row(ws, 6, ["1.1", "Deliver a CPD session on questioning and checking learning for all adult learning staff.", "Head of Adult Learning", dt.datetime(2024, 1, 31), None, "Session delivered on 10 January; 23 of 25 staff attended and the remaining two are booked on the February catch-up.", "Complete"], d)
    put_row(ws, 7, ["1.2", "Introduce learning walks focused on assessment in adult classes, with findings reported to the Quality & Standards Committee.", "Vice Principal Quality", dt.datetime(2024, 4, 30), None, "First round of learning walks completed. Themes fed back at curriculum team meetings.", "On track"], m)
    put_row(ws, 8, ["1.3", "Revise adult course schemes of work to include planned assessment points.", "Curriculum Managers (Adult) / Head of Adult Learning", "May 2024", None, "Schemes of work for ESOL revised; maths and English schemes still in draft.", None])
    band(ws, 10, "AFI 2: Leaders should ensure that learners with high needs receive timely and effective support to develop their independence.", 7)
    put_row(ws, 11, ["2.1", "Review the EHCP outcomes of each high needs learner and set independence targets on the ILP.", "SENCo", dt.datetime(2023, 12, 22), None, "All 64 reviews completed before the Christmas break.", "Complete"], d)
    put_row(ws, 12, ["2.2", "Recruit two additional learning support assistants for the Foundation Learning area.", "HR Business Partner & Head of Inclusion", dt.datetime(2024, 3, 31), dt.datetime(2024, 6, 30), "One LSA appointed in February. The second post has been re-advertised after unsuccessful interviews.", "Amber"], d)
    put_row(ws, 13, ["2.3", "Introduce termly independence skills progress reviews for high needs learners.", "Head of Inclusion", "Termly", None, "First reviews held in January; next round due April.", "On track"])
    band(ws, 15, "AFI 3: Governors should receive more detailed information about the quality of apprenticeship provision so that they can challenge leaders.", 7)
    put_row(ws, 16, ["3.1", "Add apprenticeship off-the-job training and timely achievement data to the Quality Dashboard presented to the Quality & Standards Committee.", "Director of Apprenticeships", dt.datetime(2024, 2, 29), None, "Dashboard expanded and presented at the February meeting.", "Complete"], m)
    put_row(ws, 17, ["3.2", "Arrange a governor link visit to apprenticeship provision each term.", "Clerk to the Corporation", "Summer term 2024", None, "First visit to be scheduled for May.", "Not started"])
    fills = {6: "blue", 7: "green", 8: "amber", 11: "blue", 12: "amber", 13: "green", 16: "blue"}
    for r, f in fills.items():
        ws.cell(row=r, column=7).fill = FILL[f]
    ws["A19"] = "RAG key"
    ws["A19"].font = Font(bold=True)
    for r, (f, t) in enumerate([("blue", "Complete"), ("green", "On track"), ("amber", "Some slippage - action being taken"), ("red", "Off track - escalate to SLT")], start=20):
        ws.cell(row=r, column=1).fill = FILL[f]
        ws.cell(row=r, column=2, value=t)
    wb.save(P("dh1-yeovil-college-ofsted-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 2. Tauheedul (xlsx, refuse)
def tauheedul():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Tauheedul Islam Girls' High School - Post-Ofsted Action Plan 2024-25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Star Academies | Inspection: 12-13 June 2024 | Reviewed half-termly by the Local Governing Body"
    cols = ["No.", "What does the school need to do to improve?", "Action", "Who", "When", "Evidence / monitoring", "Progress (December 2024)", "RAG"]
    header(ws, 4, cols, [5, 40, 44, 22, 15, 28, 40, 10])
    rec1 = "Leaders should ensure that the key stage 3 computing curriculum is sequenced so that pupils build their knowledge step by step."
    rec2 = "Leaders should ensure that pupils' attendance improves, particularly for disadvantaged pupils."
    rec3 = "Leaders should ensure that the personal development programme is mapped so that all pupils receive the full RSHE and careers curriculum."
    rows = [
        (5, [1, rec1, "Rewrite the KS3 computing long-term plan with the trust subject lead.", "Head of Computing", "Sept 2024", "Long-term plan; trust review notes", "Completed and shared with staff at September INSET.", "Complete"], "blue"),
        (6, [2, None, "Train computing staff on retrieval practice and checking prior knowledge.", "AHT Teaching & Learning", "Autumn term 2024", "CPD register; drop-in notes", "Two sessions delivered; third planned for 10 December.", "Green"], "green"),
        (7, [3, None, "Quality assure computing lessons through drop-ins and book looks.", "SLT link / Head of Computing", "Half-termly", "QA calendar", "First cycle completed in October.", "Green"], "green"),
        (8, [4, rec2, "Appoint an attendance officer and introduce first-day calling.", "Business Manager", "1 September 2024", "Appointment; call logs", "Attendance officer started 2 September; first-day calling in place.", "Complete"], "blue"),
        (9, [5, None, "Hold attendance panels with the families of pupils whose attendance is below 90%.", "Pastoral Lead", "Ocotber 2024", "Panel minutes", "Panels held for 31 families; follow-up meetings booked.", "Amber"], "amber"),
        (10, [6, None, "Track attendance of disadvantaged pupils weekly and report to the LGB.", "Deputy Headteacher", "Spring term 2025", "Weekly attendance report", "Weekly report in place; gap narrowed from 4.1 to 3.2 percentage points.", "Green"], "green"),
        (11, [7, rec3, "Map RSHE and careers provision across Years 7-11 and close any gaps found.", "Deputy Headteacher", "Dec 2024", "Curriculum map", "Map drafted; Year 10 careers gap being addressed.", "Green"], "green"),
    ]
    for r, vals, f in rows:
        put_row(ws, r, vals)
        ws.cell(row=r, column=8).fill = FILL[f]
    ws.merge_cells("B5:B7")
    ws.merge_cells("B8:B10")
    ws["A13"] = "Key: Complete - action finished; Green - on track; Amber - some delay; Red - not on track"
    wb.save(P("dh1-tauheedul-islam-girls-high-school-post-ofsted-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 3. Altnagelvin RQIA QIP (xlsx)
def altnagelvin():
    wb = Workbook()
    ws = wb.active
    ws.title = "QIP"
    ws["A1"] = "Altnagelvin Area Hospital Emergency Department - RQIA Quality Improvement Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Western Health and Social Care Trust | Unannounced inspection 5-7 February 2024 | Progress at 31 July 2024"
    cols = ["No.", "Area for improvement", "Action required", "Responsible person", "Timescale", "Progress update", "RAG status"]
    header(ws, 4, cols, [6, 42, 44, 26, 13, 44, 11])
    m = {5: "mmm-yy"}
    d = {5: "dd/mm/yyyy"}
    r1 = "The Trust should ensure that nurse staffing levels in the Emergency Department reflect the assessed acuity of patients, including patients waiting for admission."
    band(ws, 5, "Is care safe?", 7)
    put_row(ws, 6, ["1.1", r1, "Complete the Safer Nursing Care Tool acuity census twice yearly and present the findings to the Nursing Workforce Group.", "ED Lead Nurse", "Sept 2024", "June census completed and findings presented to the July meeting.", "G"])
    put_row(ws, 7, ["1.2", None, "Submit a business case for additional registered nurses for boarded patients.", "Assistant Director - Unscheduled Care", dt.datetime(2024, 5, 31), "Business case submitted to the Department of Health on 24 May; awaiting a funding decision.", "A"], d)
    ws.merge_cells("B6:B7")
    put_row(ws, 8, ["2.1", "The Trust should ensure that patients' falls risk assessments are completed within six hours of arrival.", "Add the falls risk assessment to the ED nursing documentation and audit compliance monthly.", "ED Lead Nurse / Practice Development Nurse", dt.datetime(2024, 6, 1), "Compliance 87% in the July audit.", "G"], m)
    band(ws, 9, "Is care effective?", 7)
    put_row(ws, 10, ["3.1", "The Trust should ensure that time to first ECG for patients presenting with chest pain is audited and reported.", "Monthly audit of door-to-ECG time reported at the ED governance meeting.", "Clinical Lead ED", "Monthly", "Audits for April to July presented.", "G"])
    band(ws, 11, "Is care compassionate?", 7)
    r4 = "The Trust should ensure that the privacy and dignity of patients cared for on trolleys in corridors are maintained."
    put_row(ws, 12, ["4.1", r4, "Install mobile privacy screens in the corridor area.", "Estates Manager", dt.datetime(2024, 4, 30), "Six screens installed in April.", "B"], d)
    put_row(ws, 13, ["4.2", None, "Implement intentional rounding every two hours for patients cared for in the corridor.", "Nurse Managers", dt.datetime(2024, 7, 1), "Rounding documentation in place; compliance audit due in August.", "A"], m)
    ws.merge_cells("B12:B13")
    band(ws, 14, "Is the service well led?", 7)
    put_row(ws, 15, ["5.1", "The Trust should ensure that learning from incidents is shared with all ED staff.", "Publish a monthly 'Safety Brief' learning bulletin for ED staff.", "Governance Lead", "Q1 2024/25", "Bulletin issued monthly since April.", "B"])
    for r, f in {6: "green", 7: "amber", 8: "green", 10: "green", 12: "blue", 13: "amber", 15: "blue"}.items():
        ws.cell(row=r, column=7).fill = FILL[f]
    ws["A17"] = "RAG Key"
    ws["A17"].font = Font(bold=True)
    for r, (f, t) in enumerate([("red", "R - Not on target"), ("amber", "A - Partially achieved / in progress"), ("green", "G - On target"), ("blue", "B - Complete")], start=18):
        ws.cell(row=r, column=1).fill = FILL[f]
        ws.cell(row=r, column=2, value=t)
    wb.save(P("dh1-western-hsct-altnagelvin-ed-rqia-quality-improvement-plan.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


HEX = {"blue": "5B9BD5", "green": "00B050", "amber": "FFC000", "red": "FF0000", "band": "D9E1F2", "head": "BDD7EE"}


def fill_row(row, vals):
    for c, v in zip(row.cells, vals):
        c.text = v


# ---------------------------------------------------------------- 4. Ravensbourne (docx)
def ravensbourne():
    doc = Document()
    doc.add_heading("Ravensbourne University London - Apprenticeships Post-Inspection Action Plan", 0)
    doc.add_paragraph(
        "This plan sets out the actions the University is taking in response to the areas for improvement identified "
        "in the Ofsted inspection of our apprenticeship provision in October 2024. It is monitored monthly by the "
        "Apprenticeships Quality Group and reported termly to the Academic Board.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("Version", "1.3"), ("Owner", "Head of Apprenticeships"), ("Approved by", "Academic Board"), ("Last updated", "2 April 2025")]):
        fill_row(t.rows[r], [k, v])
    cols = ["Ref", "Area for improvement", "Actions", "Responsible", "Timescale", "Progress to date", "Status"]

    def theme(title, rows, merges):
        doc.add_heading(title, 1)
        tb = doc.add_table(rows=1, cols=7)
        tb.style = "Table Grid"
        fill_row(tb.rows[0], cols)
        for c in tb.rows[0].cells:
            shade(c, HEX["head"])
        for vals, f in rows:
            r = tb.add_row()
            fill_row(r, vals)
            if f:
                shade(r.cells[6], HEX[f])
        for a, b in merges:
            top = tb.cell(a, 1)
            txt = top.text
            merged = top.merge(tb.cell(b, 1))
            merged.text = txt
        return tb

    afi1 = "Leaders should ensure that apprentices' off-the-job training is planned and recorded so that apprentices receive their full entitlement."
    afi2 = "Leaders should ensure that employers are fully involved in planning and reviewing apprentices' progress."
    afi3 = "Governors should receive clear information about the quality of apprenticeship provision so that they can hold leaders to account."
    afi4 = "Leaders should ensure that apprentices understand the risks of radicalisation and extremism in the area where they live and work."
    theme("Theme 1: Quality of education", [
        (["1.1", afi1, "Introduce a monthly off-the-job hours reconciliation in the e-portfolio for every apprentice.", "Head of Apprenticeships", "March 2025", "Reconciliation report live since February; 92% of apprentices are on track for their hours.", "Complete"], "blue"),
        (["1.2", "", "Train skills coaches to agree and record off-the-job activity at each progress review.", "Apprenticeship Quality Manager", "30/04/2025", "Training delivered to 9 of 11 coaches. The two new starters will complete it in May.", "On track"], "green"),
        (["1.3", "", "Share off-the-job reports with employers at each tripartite review.", "Skills Coaches", "Ongoing", "Reports shared at all reviews since January.", "Green"], "green"),
        (["1.4", afi2, "Redesign the tripartite review form to include employer feedback on the skills apprentices apply at work.", "Apprenticeship Quality Manager and Employer Engagement Lead", "May 2025", "Draft form piloted with the digital design cohort.", "Amber"], "amber"),
        (["1.5", "", "Hold a termly employer forum for each apprenticeship standard.", "Employer Engagement Lead", "Summer term 2025", "First forum held on 26 March with 14 employers.", "Green"], "green"),
    ], [(1, 3), (4, 5)])
    theme("Theme 2: Leadership and management", [
        (["2.1", afi3, "Add an apprenticeship section to the termly quality report to the Academic Board and Board of Governors.", "Pro Vice-Chancellor (Education)", "Jan 2025", "Section included in the January report.", "Complete"], "blue"),
        (["2.2", "", "Appoint a governor with lead responsibility for apprenticeships.", "University Secretary", "June 2025", "Nomination deferred to the June meeting of the Board of Governors.", "Red"], "red"),
        (["2.3", afi4, "Deliver a safeguarding and Prevent refresher for apprentices covering local risks in south-east London.", "Designated Safeguarding Lead", "Q4 2024/25", "Sessions delivered to two of three cohorts.", "Green"], "green"),
    ], [(1, 2)])
    doc.add_paragraph("Status key: Complete - action finished and impact evidenced; Green - on track; Amber - at risk of slipping; Red - overdue or off track.")
    doc.save(P("dh1-ravensbourne-university-ofsted-apprenticeships-piap.docx"))


# ---------------------------------------------------------------- 5. Wolverhampton Homes (docx)
def wolverhampton():
    doc = Document()
    doc.add_heading("Wolverhampton Homes - Complaint Handling Code Self-Assessment: Improvement Action Plan", 0)
    doc.add_paragraph(
        "Following our annual self-assessment against the Housing Ombudsman's Complaint Handling Code, the "
        "following actions have been agreed to bring our policy and practice fully into line with the Code. "
        "Progress is reported quarterly to the Board and the Tenant Scrutiny Panel.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate([("Document owner", "Head of Customer Services"), ("Date of self-assessment", "June 2023"), ("Status at", "30 November 2023")]):
        fill_row(t.rows[r], [k, v])
    doc.add_paragraph("")
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    fill_row(tb.rows[0], ["No.", "Code requirement", "Action", "Lead", "Target date", "RAG"])
    for c in tb.rows[0].cells:
        shade(c, HEX["head"])

    def section(text):
        r = tb.add_row()
        m = r.cells[0].merge(r.cells[5])
        m.text = text
        m.paragraphs[0].runs[0].bold = True
        shade(m, HEX["band"])

    def act(vals, f):
        r = tb.add_row()
        fill_row(r, vals)
        if f:
            shade(r.cells[5], HEX[f])

    section("Section 1: Definition of a complaint")
    act(["1", "Use the Code's definition of a complaint in the complaints policy and on the website.", "Update the Complaints and Compliments Policy to adopt the Code definition and remove the 'informal complaint' stage.", "Customer Relations Manager", "July 2023", "B"], "blue")
    act(["2", "Residents must not be required to use the word 'complaint' for it to be treated as one.", "Deliver refresher training to frontline staff on recognising expressions of dissatisfaction.", "Customer Relations Manager and Head of Customer Services", "Sept 2023 - Dec 2023", "G"], "green")
    section("Section 5: Complaint stages")
    act(["3", "Stage 1 complaints must be responded to within 10 working days of acknowledgement.", "Introduce weekly open-case reports to service managers showing cases approaching the 10-day deadline.", "Performance and Insight Manager", "31/10/2023", ""], "amber")
    act(["4", "Stage 2 responses must be provided within 20 working days of the escalation request.", "Move stage 2 reviews to Head of Service level and set up a stage 2 tracker.", "Director of Housing", "Q3 2023/24", "R"], "red")
    section("Section 8: Self-assessment, reporting and compliance")
    act(["5", "Landlords must publish an annual complaints performance and service improvement report.", "Publish the 2022/23 annual complaints performance and learning report on the website and share it with the Board.", "Head of Governance", "31/08/2023", "B"], "blue")
    act(["6", "Learning from complaints must be reported to the governing body.", "Add a quarterly 'learning from complaints' item to the Board and Tenant Scrutiny Panel agendas.", "Company Secretary / Tenant Involvement Manager", "Quarterly", "G"], "green")
    doc.add_paragraph("RAG: B - complete; G - on track; A - some slippage; R - behind target")
    doc.save(P("dh1-wolverhampton-homes-complaint-handling-code-self-assessment-action-plan.docx"))


# ---------------------------------------------------------------- 6. Registers of Scotland (csv)
def ros():
    rows = [
        ["Registers of Scotland - Annual Audit Report 2023/24 Action Plan: progress update (Audit and Risk Committee, November 2024)"],
        [],
        ["Ref", "Issue", "Recommendation", "Agreed management action", "Responsible officer", "Agreed date", "Progress update", "RAG"],
        ["1", "Financial sustainability", "RoS should update its medium-term financial plan to reflect the reduced volume of registration applications and set out how the forecast funding gap will be closed.", "The medium-term financial plan will be refreshed and presented to the Board alongside the 2025/26 budget.", "Director of Finance", "March 2025", "Refresh under way; scenario modelling presented to the Executive Committee in October.", "Green"],
        ["2", "Land Register completion", "RoS should publish revised milestones for completing the Land Register.", "Publish a revised completion plan with annual milestones.", "Director of Registration", "31/12/2024", "Revised milestones drafted; publication depends on Board approval in January.", "Amber"],
        ["3", "Digital transformation", "RoS should strengthen benefits realisation reporting for its digital programme.", "Introduce benefits realisation tracking for all digital projects, reported quarterly to the Digital Board.", "Chief Digital Officer", "Q3 2024/25", "Benefits register in place for 6 of 9 projects.", "Amber"],
        ["4", "Workforce", "RoS should finalise its strategic workforce plan.", "Strategic workforce plan to be approved by the Executive Committee and monitored through the People Committee.", "Director of People and Culture", "Sept 2024", "Workforce plan approved by the Executive Committee on 17 September 2024.", "Complete"],
        ["5", "Performance reporting", "RoS should include trend data and targets for customer service measures in its published performance report.", "Performance report template to be updated to show three years of trend data against targets.", "Head of Corporate Performance", "June 2025", "", "Not started"],
        ["6", "Cyber security", "RoS should complete the actions arising from its Cyber Essentials Plus assessment.", "Remediate the findings of the Cyber Essentials Plus assessment and re-certify.", "Chief Information Security Officer", "End of March 2025", "12 of 15 findings closed.", "Green"],
        [],
        ["RAG: Complete = action implemented; Green = on track; Amber = some delay; Red = significant delay"],
    ]
    with open(P("dh1-registers-of-scotland-annual-audit-report-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 7. Food Standards Scotland (txt, tab-separated)
def fss():
    lines = [
        ["Food Standards Scotland - Internal Audit Recommendations Tracker"],
        ["Audit and Risk Committee - 4 December 2024"],
        [],
        ["Audit Report", "Rec No", "Priority", "Recommendation", "Management Response / Agreed Action", "Action Owner", "Original Target Date", "Revised Target Date", "Status", "Update"],
        ["2023/24 Cyber Security", "1", "High", "FSS should complete the rollout of multi-factor authentication to all privileged accounts.", "MFA will be enabled for all administrator accounts, including third-party support accounts.", "Head of Digital", "31/03/2024", "30/09/2024", "Complete", "MFA enabled for all 27 privileged accounts in September."],
        ["2023/24 Cyber Security", "2", "Medium", "A tested cyber incident response plan should be in place.", "The cyber incident response plan will be updated and tested through a desktop exercise.", "Head of Digital; Information Security Manager", "30/06/2024", "31/01/2025", "Amber", "Plan updated. Desktop exercise booked with the Scottish Government Cyber Resilience Unit for January."],
        ["2023/24 Budget Monitoring", "1", "Medium", "Budget holders should receive monthly reports reconciled to the ledger.", "Finance will issue monthly reconciled budget reports to all budget holders from Period 4.", "Head of Finance", "31/07/2024", "", "Complete", "Reconciled reports issued monthly since July."],
        ["2023/24 Budget Monitoring", "2", "Low", "Budget holder training should be refreshed.", "Refresher training on the finance system and forecasting to be delivered to all budget holders.", "Finance Business Partner", "31/12/2024", "", "On track", "Two of three sessions delivered; final session on 12 December."],
        [],
        ["2024/25 Incident Management", "1", "High", "The incident management framework should set out the roles of FSS and local authorities when an incident crosses boundaries.", "Revise the Incident Management Framework and agree it with local authority partners.", "Head of Incidents and Resilience", "31/03/2025", "", "On track", "Draft framework shared with local authority partners for comment."],
        ["2024/25 Incident Management", "2", "Medium", "Lessons learned reviews should be completed for all level 3 incidents.", "Introduce a lessons learned template and log, with reviews completed within 8 weeks of incident closure.", "Incidents Manager", "Ongoing", "", "On track", "Template in use for the two level 3 incidents closed since June."],
        ["2024/25 Workforce Planning", "1", "Medium", "A workforce plan aligned to the corporate strategy should be developed.", "Develop a three-year strategic workforce plan for approval by the Board.", "Head of People", "30/06/2025", "", "Not started", ""],
        [],
        ["Status: Complete / On track / Amber - at risk of missing target date / Red - overdue"],
    ]
    with open(P("dh1-food-standards-scotland-internal-audit-recommendations-tracker.txt"), "w", encoding="utf-8", newline="\n") as f:
        for row in lines:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    yeovil()
    tauheedul()
    altnagelvin()
    ravensbourne()
    wolverhampton()
    ros()
    fss()
