"""Generate the at1- blind test files (seven plans) into this folder."""
import datetime as dt
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
BOLD = Font(bold=True)
HDR_FILL = PatternFill("solid", fgColor="1F4E78")
HDR_FONT = Font(bold=True, color="FFFFFF")
SEC_FILL = PatternFill("solid", fgColor="D9E1F2")
RAG = {
    "R": PatternFill("solid", fgColor="FF0000"),
    "A": PatternFill("solid", fgColor="FFC000"),
    "G": PatternFill("solid", fgColor="00B050"),
    "B": PatternFill("solid", fgColor="0070C0"),
}


def hdr(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = HDR_FONT
        c.fill = HDR_FILL
        c.alignment = WRAP
        c.border = BOX


# ---------------------------------------------------------------------------
# 1. NHS Highland - HIS safe delivery of care, Raigmore Hospital (xlsx)
#    RAG by fill colour only, key below the table, requirement merged down.
# ---------------------------------------------------------------------------
def highland():
    wb = Workbook()
    ws = wb.active
    ws.title = "Improvement Action Plan"
    ws["A1"] = "Improvement Action Plan – Raigmore Hospital, NHS Highland"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Healthcare Improvement Scotland – Safe Delivery of Care Inspection"
    ws["A2"].font = Font(bold=True, size=11)
    ws["A3"] = "Inspection dates: 28–30 October 2024    Report published: 27 February 2025    Plan updated: 16 May 2025"
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    ws.merge_cells("A3:G3")
    hdr(ws, 5, ["No.", "Requirement", "Action planned", "Timescale to meet action",
                "Responsibility for taking action", "Progress update", "RAG"])
    rows = [
        ("sec", "Domain 1 – Clear vision and purpose"),
        ("req", "1", "NHS Highland must ensure that all additional beds in use are risk assessed and that the risk assessment is reviewed at each safety huddle.",
         [("Standard operating procedure for the use of additional beds reissued to all inpatient areas, including the risk assessment template.", "30/11/2024", "Director of Nursing (Acute)", "SOP reissued 22 November 2024 and discussed at Senior Charge Nurse forum.", "B"),
          ("Compliance with additional bed risk assessment audited weekly and reported to the Acute Clinical Governance Group.", "31/03/2025", "Lead Nurse, Patient Flow", "Weekly audit in place since January. Compliance 88% in April; target 95%.", "G")]),
        ("sec", "Domain 2 – Leadership and culture"),
        ("req", "2", "NHS Highland must ensure that infection outbreaks are reported in line with current national guidance.",
         [("Outbreak reporting process reviewed with the Infection Prevention and Control Team and a flowchart displayed in all ward areas.", "31/12/2024", "IPC Nurse Consultant", "Flowchart displayed in all wards. Process confirmed at IPC Committee December 2024.", "B"),
          ("Quarterly assurance report on outbreak notifications to HAI Committee.", "Quarterly", "Infection Control Manager", "First report presented April 2025.", "G")]),
        ("req", "3", "NHS Highland must ensure that all staff complete fire evacuation training appropriate to their role.",
         [("Fire safety training compliance reported by ward; recovery trajectory agreed with each Senior Charge Nurse.", "30/06/2025", "Head of Estates / Fire Safety Adviser", "Compliance has risen from 61% to 79%. Additional face-to-face sessions booked for May and June.", "A")]),
        ("sec", "Domain 4.3 – Quality improvement-focused leadership"),
        ("req", "4", "NHS Highland must ensure that all patients have access to a working call bell.",
         [("Call bell audit completed across all inpatient areas and faulty units replaced.", "31/01/2025", "Estates Manager", "Audit completed January 2025; 14 units replaced.", "B"),
          ("Call bell checks added to the daily safety checklist in each ward.", "28/02/2025", "Senior Charge Nurses", "Not yet added in Wards 4A and 4B – to be picked up at June SCN forum.", "R")]),
        ("req", "5", "NHS Highland must ensure that patients in additional beds have access to toilet and shower facilities that maintain their privacy and dignity.",
         [("Review of the location of additional beds against access to sanitary facilities, with unsuitable locations removed from the escalation plan.", "30/04/2025", "Associate Director of Nursing", "Review complete for medical wards; surgical wards to follow. Two bed spaces removed from escalation plan.", "G")]),
    ]
    r = 6
    for item in rows:
        if item[0] == "sec":
            ws.cell(row=r, column=1, value=item[1]).font = BOLD
            for c in range(1, 8):
                ws.cell(row=r, column=c).fill = SEC_FILL
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            continue
        _, no, text, acts = item
        start = r
        ws.cell(row=r, column=2, value=f"Requirement {no}: {text}")
        for n, (a, when, who, prog, rag) in enumerate(acts, 1):
            ws.cell(row=r, column=1, value=f"{no}.{n}")
            ws.cell(row=r, column=3, value=a)
            ws.cell(row=r, column=4, value=when)
            ws.cell(row=r, column=5, value=who)
            ws.cell(row=r, column=6, value=prog)
            ws.cell(row=r, column=7).fill = RAG[rag]
            for c in range(1, 8):
                ws.cell(row=r, column=c).alignment = WRAP
                ws.cell(row=r, column=c).border = BOX
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(row=r, column=1, value="RAG key").font = BOLD
    key = [("B", "Blue – action complete"), ("G", "Green – on track"),
           ("A", "Amber – some slippage, expected to be met"), ("R", "Red – off track / timescale missed")]
    for k, text in key:
        r += 1
        ws.cell(row=r, column=1).fill = RAG[k]
        ws.cell(row=r, column=2, value=text)
    for col, w in zip("ABCDEFG", (12, 45, 50, 14, 26, 45, 8)):
        ws.column_dimensions[col].width = w
    wb.save(P("at1-nhs-highland-his-raigmore-sdoc-improvement-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. Hertfordshire Partnership University NHS FT - CQC must/should (xlsx)
#    Core-service section rows, requirement merged down, Excel dates + revised.
# ---------------------------------------------------------------------------
def hpft():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Action Plan"
    ws["A1"] = "Hertfordshire Partnership University NHS Foundation Trust – CQC Must Do / Should Do Action Plan"
    ws["A2"] = "CQC inspection of core services, 2024"
    ws["A3"] = "Reporting to: Quality and Risk Committee – July 2025"
    for a in ("A1", "A2"):
        ws[a].font = Font(bold=True, size=13)
    hdr(ws, 5, ["Ref", "Must / Should", "Requirement", "Action", "Lead", "Target date",
                "Revised date", "Progress update", "RAG"])
    d = dt.datetime
    data = [
        ("sec", "Acute wards for adults of working age and psychiatric intensive care units"),
        ("req", "MD1", "Must", "The trust must ensure that patients' physical health observations are recorded and escalated in line with NEWS2 guidance.",
         [("1.1", "Roll out the electronic observations module to all acute and PICU wards.", "Deputy Director of Nursing", d(2024, 12, 31), d(2025, 3, 31), "Live on all 7 wards from March 2025 after a delay in device procurement.", "Complete"),
          ("1.2", "Monthly NEWS2 audit of 10 records per ward with results shared at ward governance.", "Ward Managers", d(2025, 1, 31), None, "Audits embedded. Average compliance 92%.", "G")]),
        ("req", "MD2", "Must", "The trust must ensure that blanket restrictions are reviewed and justified on an individual basis.",
         [("2.1", "Restrictive practice lead to review all ward blanket restriction registers with patient representatives.", "Restrictive Practice Lead", d(2025, 2, 28), None, "Registers reviewed on all wards. Two restrictions removed at Swift Ward.", "Complete")]),
        ("sec", "Community-based mental health services for adults of working age"),
        ("req", "MD3", "Must", "The trust must ensure that all patients on caseloads have an up-to-date risk assessment.",
         [("3.1", "Caseload review of all patients without a risk assessment updated in the last 12 months.", "Clinical Director, Community Services", d(2025, 3, 31), d(2025, 6, 30), "1,240 records reviewed; 310 outstanding. Revised date agreed at Executive Team.", "A"),
          ("3.2", "Risk assessment compliance added to the team performance dashboard.", "Head of Performance / Service Line Lead", d(2025, 1, 31), None, "Dashboard live from January 2025.", "Complete")]),
        ("req", "SD1", "Should", "The trust should ensure that staff receive regular managerial supervision.",
         [("4.1", "Supervision recording on ESR to be mandated and compliance reported monthly.", "Associate Director of Workforce", d(2025, 4, 30), None, "Recording on ESR launched April. Compliance at 74% against 85% target.", "A")]),
        ("req", "SD2", "Should", "The trust should ensure that carers are offered a carer's assessment.",
         [("5.1", "Carers' lead to deliver training on the Triangle of Care to community teams.", "Carers Lead", d(2025, 9, 30), None, "Training sessions scheduled for July and September.", "G")]),
    ]
    r = 6
    for item in data:
        if item[0] == "sec":
            ws.cell(row=r, column=1, value=item[1]).font = BOLD
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(row=r, column=1).fill = SEC_FILL
            r += 1
            continue
        _, ref, ms, req, acts = item
        start = r
        ws.cell(row=r, column=2, value=ms)
        ws.cell(row=r, column=3, value=f"{ref}: {req}")
        for aref, act, lead, tgt, rev, prog, rag in acts:
            ws.cell(row=r, column=1, value=aref)
            ws.cell(row=r, column=4, value=act)
            ws.cell(row=r, column=5, value=lead)
            c = ws.cell(row=r, column=6, value=tgt)
            c.number_format = "dd/mm/yyyy"
            if rev is not None:
                c = ws.cell(row=r, column=7, value=rev)
                c.number_format = "dd/mm/yyyy"
            ws.cell(row=r, column=8, value=prog)
            c = ws.cell(row=r, column=9, value=rag)
            c.fill = RAG["B" if rag == "Complete" else rag]
            for cc in range(1, 10):
                ws.cell(row=r, column=cc).alignment = WRAP
                ws.cell(row=r, column=cc).border = BOX
            r += 1
        if r - 1 > start:
            for col in (2, 3):
                ws.merge_cells(start_row=start, start_column=col, end_row=r - 1, end_column=col)
    for col, w in zip("ABCDEFGHI", (7, 9, 45, 45, 24, 12, 12, 45, 10)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"
    wb.save(P("at1-hpft-cqc-must-should-do-action-plan.xlsx"))


# ---------------------------------------------------------------------------
# 3. University of Lincoln - Ofsted apprenticeships PIAP (xlsx) - REFUSE
#    Area for improvement heading rows; one target date typed "Novmber 2024".
# ---------------------------------------------------------------------------
def lincoln():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "University of Lincoln – Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Following Ofsted further education and skills inspection, May 2024. Owner: Head of Apprenticeships. Monitored by the Apprenticeships Quality Board."
    ws.merge_cells("A1:G1")
    ws.merge_cells("A2:G2")
    hdr(ws, 4, ["Ref", "Action", "Responsible", "Target date", "Success measure / impact", "Progress update", "RAG"])
    afis = [
        ("Area for improvement 1: Leaders should ensure that apprentices receive their full entitlement to off-the-job training.",
         [("1a", "Introduce monthly off-the-job hours reporting for every apprentice, reviewed by the skills coach and employer.", "Head of Apprenticeships", "September 2024", "All apprentices on track with OTJ hours or on an agreed catch-up plan.", "Reporting live from September. 91% of apprentices on track.", "Green"),
          ("1b", "Brief employers on OTJ requirements at each tripartite review.", "Skills Coach Team Leader", "Novmber 2024", "Employer feedback shows understanding of OTJ.", "Employer briefing pack issued; included in review template.", "Green")]),
        ("Area for improvement 2: Leaders should ensure that progress reviews set precise targets that help apprentices to develop new knowledge, skills and behaviours.",
         [("2a", "Revise the progress review template to include SMART targets linked to the apprenticeship standard.", "Quality Manager (Apprenticeships)", "December 2024", "Sampled reviews show precise targets.", "New template in use. Sampling in January found 80% of targets precise.", "Amber"),
          ("2b", "CPD for skills coaches on target setting.", "Quality Manager (Apprenticeships)", "January 2025", "All coaches complete CPD.", "Delivered 15 January 2025.", "Complete")]),
        ("Area for improvement 3: Leaders should ensure that apprentices are well prepared for their end-point assessment.",
         [("3a", "Mock EPA professional discussion for all apprentices at gateway.", "Programme Leaders", "March 2025", "First-time pass rate above 90%.", "Mock EPAs scheduled for all apprentices at gateway.", "Green")]),
    ]
    r = 5
    for afi, acts in afis:
        c = ws.cell(row=r, column=1, value=afi)
        c.font = BOLD
        c.fill = SEC_FILL
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for vals in acts:
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            r += 1
    for col, w in zip("ABCDEFG", (6, 50, 28, 15, 35, 45, 10)):
        ws.column_dimensions[col].width = w
    wb.save(P("at1-university-of-lincoln-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------------------
# 4. Coleg Sir Gâr - Estyn post-inspection action plan (docx)
#    Document control table, heading per recommendation, table per recommendation.
# ---------------------------------------------------------------------------
def sirgar():
    doc = Document()
    doc.add_heading("Coleg Sir Gâr – Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Estyn inspection: March 2024")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Document owner", "Vice Principal (Curriculum and Quality)"),
                                ("Version", "1.3"),
                                ("Approved by", "Corporation Board, 9 July 2024"),
                                ("Next review", "December 2024")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "This plan sets out how the college will respond to the recommendations in the Estyn report. "
        "Progress is reported termly to the Quality and Standards Committee.")
    recs = [
        ("R1: Improve the consistency of teaching, learning and assessment so that all learners make strong progress",
         [("1.1", "Introduce a developmental teaching observation cycle with peer coaching for all teaching staff.", "Head of Teaching and Learning", "Autumn term 2024", "Complete"),
          ("1.2", "Share effective practice through termly curriculum area ‘teach meets’.", "Curriculum Directors", "Termly", "Green"),
          ("1.3", "Targeted support plans for teachers whose observations identify areas for development.", "Head of Teaching and Learning / HR Business Partner", "Spring term 2025", "Amber")]),
        ("R2: Strengthen the development of learners’ Welsh language skills",
         [("2.1", "Appoint Welsh language champions in each curriculum area.", "Head of Bilingual Learning", "September 2024", "Complete"),
          ("2.2", "Increase the number of learners completing part of their course through the medium of Welsh.", "Head of Bilingual Learning", "Summer term 2025", "Green")]),
        ("R3: Ensure that self-assessment and quality improvement planning focus precisely on the impact on learners",
         [("3.1", "Revise the self-assessment report template so that each judgement is supported by learner outcome data and learner voice.", "Quality Manager", "31 October 2024", "Complete"),
          ("3.2", "Train curriculum managers in evaluating impact.", "Quality Manager", "December 2024", "Green")]),
    ]
    for heading, acts in recs:
        doc.add_heading(heading, level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for i, h in enumerate(["No.", "Action", "Lead", "Timescale", "RAG"]):
            tb.rows[0].cells[i].text = h
            tb.rows[0].cells[i].paragraphs[0].runs[0].font.bold = True
        for vals in acts:
            cells = tb.add_row().cells
            for i, v in enumerate(vals):
                cells[i].text = v
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Complete – action achieved; Green – on track; Amber – some delay; Red – significant concern.")
    doc.save(P("at1-coleg-sir-gar-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------------------
# 5. West Devon Borough Council - corporate peer challenge action plan (docx)
#    Single table, recommendation merged down over its actions, version line.
# ---------------------------------------------------------------------------
def westdevon():
    doc = Document()
    doc.add_heading("West Devon Borough Council – Corporate Peer Challenge Action Plan", level=1)
    doc.add_paragraph(
        "The Corporate Peer Challenge took place in November 2023 and the feedback report was published in "
        "February 2024. The peer team made seven recommendations; the actions below respond to the four that "
        "require new work. Updated for the Hub Committee, 4 June 2024.")
    recs = [
        ("1. Develop a clear, prioritised delivery plan for the Council’s corporate strategy.",
         [("Agree a prioritised annual delivery plan with Members through the Hub Committee.", "Chief Executive", "March 2024", "Delivery plan agreed by Hub Committee on 19 March 2024.", "Complete"),
          ("Report delivery plan progress to Overview and Scrutiny quarterly.", "Head of Strategy and Performance", "Quarterly", "First report scheduled for 25 June 2024.", "On track")]),
        ("2. Strengthen medium-term financial planning to close the budget gap from 2025/26.",
         [("Refresh the Medium Term Financial Strategy with savings proposals identified for 2025/26 and 2026/27.", "Section 151 Officer", "September 2024", "Budget workshops with Members held in May. Savings of £410k identified against £620k gap.", "Amber")]),
        ("3. Invest in Member development, particularly for new councillors.",
         [("Member development programme agreed with the cross-party Member Development Steering Group.", "Democratic Services Manager", "July 2024", "Draft programme circulated to group leaders.", "On track"),
          ("Mentoring offer for new councillors from LGA peer members.", "Democratic Services Manager, Leader", "Ongoing", "Two councillors matched with mentors.", "On track")]),
        ("4. Review the shared services arrangement with South Hams to ensure it continues to deliver for West Devon.",
         [("Commission an independent review of the shared services agreement.", "Chief Executive", "31/12/2024", "Awaiting Hub Committee decision on scope (July 2024).", "Not started")]),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Recommendation", "Action", "Lead", "Timescale", "Progress / Status"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].font.bold = True
    for rec, acts in recs:
        first = None
        for n, (act, lead, when, prog, status) in enumerate(acts):
            cells = t.add_row().cells
            if n == 0:
                cells[0].text = rec
                first = cells[0]
            else:
                first = first.merge(cells[0])
            cells[1].text = act
            cells[2].text = lead
            cells[3].text = when
            cells[4].text = f"{status}\n{prog}"
    doc.add_paragraph("")
    doc.add_paragraph("Recommendations 5 to 7 are being addressed through existing workstreams and are not repeated here.")
    doc.save(P("at1-west-devon-corporate-peer-challenge-action-plan.docx"))


# ---------------------------------------------------------------------------
# 6. Social Work England - PSA performance review action plan (csv)
# ---------------------------------------------------------------------------
def swe():
    import csv
    rows = [
        ["Social Work England - Action plan in response to the PSA Performance Review 2022/23", "", "", "", "", "", ""],
        ["", "", "", "", "", "", ""],
        ["Ref", "Standard", "Action", "Owner", "Target date", "Status", "Update"],
        ["15.1", "Standard 15: timeliness of fitness to practise", "Increase hearings capacity by recruiting additional panel members and legal advisers.", "Executive Director, Fitness to Practise", "Q1 2024/25", "Complete", "32 new adjudicators appointed and trained; additional hearing days in place from June 2024."],
        ["15.2", "Standard 15: timeliness of fitness to practise", "Introduce case progression targets for legacy cases older than 104 weeks.", "Head of Case Progression", "30/09/2024", "Green", "Targets agreed. Legacy caseload reduced by 18% since April."],
        ["15.3", "Standard 15: timeliness of fitness to practise", "Publish quarterly fitness to practise timeliness data on the website.", "Head of Performance and Insight", "Quarterly", "Green", "First publication July 2024."],
        ["15.4", "Standard 15: timeliness of fitness to practise", "Review triage decision-making to reduce time from referral to investigation.", "Head of Triage; Head of Investigations", "31/03/2025", "Amber", "Review started; staff vacancies in triage have slowed progress."],
        ["3.1", "Standard 3: equality, diversity and inclusion", "Analyse registrant EDI data against fitness to practise outcomes and publish findings.", "Head of Equality, Diversity and Inclusion", "Dec-24", "Green", "Analysis under way with external academic partner."],
        ["3.2", "Standard 3: equality, diversity and inclusion", "Refresh the EDI action plan with people with lived experience.", "Head of Equality, Diversity and Inclusion", "Mar-25", "", ""],
    ]
    with open(P("at1-social-work-england-psa-performance-review-action-plan.csv"), "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# 7. Sanctuary Housing - RSH consumer standards improvement plan (tab-separated txt)
# ---------------------------------------------------------------------------
def sanctuary():
    lines = [
        "Sanctuary Housing – Consumer Standards Improvement Plan",
        "Regulatory judgement: C2 (Regulator of Social Housing). Progress at 31 January 2025",
        "",
        "\t".join(["Ref", "Consumer standard", "Action", "Lead", "Due", "Status", "Update"]),
        "\t".join(["SQ1", "Safety and Quality Standard", "Complete outstanding fire risk assessment remedial actions classed as high risk.", "Head of Building Safety", "Dec-24", "Complete", "All 212 high-risk actions closed and verified by the fire safety team."]),
        "\t".join(["SQ2", "Safety and Quality Standard", "Carry out stock condition surveys on the remaining 30% of homes.", "Director of Asset Management", "Q2 2025/26", "On track", "4,100 surveys completed since October; contractor capacity increased."]),
        "\t".join(["SQ3", "Safety and Quality Standard", "Introduce a damp and mould case management process with 10-working-day inspection target.", "Karen Holt / Dan Mercer", "31/03/2025", "Amber", "Process live; 76% of inspections within 10 days against 90% target."]),
        "\t".join(["TI1", "Transparency, Influence and Accountability Standard", "Publish 2024/25 Tenant Satisfaction Measures with commentary.", "Head of Performance", "Jun-25", "Not started", ""]),
        "\t".join(["TI2", "Transparency, Influence and Accountability Standard", "Review the complaints process against the Housing Ombudsman Complaint Handling Code.", "Complaints Manager", "Nov-24", "Complete", "Self-assessment published November 2024."]),
        "\t".join(["NC1", "Neighbourhood and Community Standard", "Refresh the anti-social behaviour policy and publish it on the website.", "Head of Neighbourhoods", "Ongoing", "Green", "Draft consulted on with the Resident Scrutiny Panel in January."]),
        "",
        "Status key: Complete; On track / Green; Amber – at risk; Red – off track; Not started",
    ]
    with open(P("at1-sanctuary-housing-rsh-consumer-standards-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    highland()
    hpft()
    lincoln()
    sirgar()
    westdevon()
    swe()
    sanctuary()
