"""Generator for the eh1- cases of heldout172 (blind corpus)."""
import csv, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment, Border, Side
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.datetime
FILL = {c: PatternFill("solid", fgColor=v) for c, v in {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "H": "1F3864", "S": "D9E1F2"}.items()}
WRAP = Alignment(wrap_text=True, vertical="top")
thin = Side(style="thin", color="999999")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def style_row(ws, r, ncol):
    for c in range(1, ncol + 1):
        ws.cell(r, c).alignment = WRAP
        ws.cell(r, c).border = BOX


# ---------------------------------------------------------------- 1 University of Bedfordshire
def bedfordshire():
    wb = Workbook(); ws = wb.active; ws.title = "PIAP"
    ws["A1"] = "University of Bedfordshire – Apprenticeships Post-Inspection Action Plan"
    ws["A1"].font = Font(bold=True, size=14); ws.merge_cells("A1:H1")
    ws["A2"] = ("Ofsted full inspection of apprenticeship provision, 14–17 November 2023. Overall effectiveness: "
                "Requires improvement. Plan owner: Pro Vice-Chancellor (Academic).")
    ws.merge_cells("A2:H2")
    ws["A3"] = "Last updated: 08/07/2024"
    hdr = ["Ref", "Area for improvement", "Action", "Lead", "Target date", "Revised date",
           "Progress update (July 2024)", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(5, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    style_row(ws, 5, 8)
    rows = [
        ("theme", "Quality of education"),
        ("1.1", "Leaders should ensure that tutors and workplace mentors plan off-the-job training that links the "
                "theory taught at the university to apprentices' work.",
         "Introduce a tripartite progress review template that records how off-the-job learning is applied in the workplace.",
         "Head of Apprenticeships", D(2024, 3, 31), None,
         "New template launched January 2024 and in use on all standards. Audit of 40 reviews in March showed 85% compliance.",
         ("Complete", "B")),
        ("1.2", None,
         "Run workshops for workplace mentors on linking university modules to job roles, starting with the Nursing "
         "Associate and Chartered Manager standards.",
         "AB / KM", D(2024, 6, 30), D(2024, 9, 30),
         "Two of four workshops delivered; the remaining sessions moved to September to fit employer rotas.",
         ("A", "A")),
        ("1.3", None,
         "Update the employer handbook to set out mentors' responsibilities for off-the-job training.",
         "Apprenticeship Employer Partnerships Manager", "Sept 2024", None,
         "Draft with the Employer Forum for comment.", ("G", "G")),
        ("1.4", "Leaders should make sure that apprentices who need support with English and mathematics receive it "
                "early in their programme so that they achieve their functional skills qualifications.",
         "Screen all new apprentices for English and maths at enrolment and record results in the individual learning plan.",
         "Functional Skills Co-ordinator", D(2024, 1, 31), None,
         "Screening built into enrolment from the January 2024 intake.", ("Complete", "B")),
        ("1.5", None,
         "Track functional skills achievement at the monthly Apprenticeship Quality Board.",
         "Head of Apprenticeships", "Monthly", None,
         "Standing item since February; achievement rate up from 61% to 74%.", ("On track", "G")),
        ("theme", "Leadership and management"),
        ("2.1", "Governors should receive sufficiently detailed information about the quality of apprenticeship "
                "training to challenge leaders effectively.",
         "Add an apprenticeship quality dashboard to each Academic Board and Board of Governors agenda.",
         "Pro Vice-Chancellor (Academic)", D(2024, 4, 30), None,
         "Dashboard presented to the Board of Governors in April and June.", (None, "G")),
        ("2.2", None,
         "Appoint a link governor for apprenticeships and agree a termly meeting schedule.",
         "Clerk to the Board of Governors", D(2024, 2, 29), None,
         "Link governor appointed February 2024.", ("Complete", "B")),
        ("2.3", None,
         "Commission an external mock inspection of apprenticeship provision.",
         "Director of Quality", D(2025, 1, 31), None,
         "Not yet started; provider shortlist being agreed.", (None, None)),
    ]
    r = 6
    for row in rows:
        if row[0] == "theme":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 9):
                ws.cell(r, c).fill = FILL["S"]
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            r += 1; continue
        ref, afi, act, lead, tgt, rev, prog, (rag, fill) = row
        vals = [ref, afi, act, lead, tgt, rev, prog, rag]
        for i, v in enumerate(vals, 1):
            c = ws.cell(r, i, v)
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        if fill:
            ws.cell(r, 8).fill = FILL[fill]
        style_row(ws, r, 8)
        r += 1
    # merge the AFI text down over its actions (rows 7-9, 10-11, 13-15)
    for a, b in ((7, 9), (10, 11), (13, 15)):
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    r += 1
    ws.cell(r, 1, "RAG key").font = Font(bold=True); r += 1
    for k, t in (("B", "Blue – complete"), ("G", "Green – on track"),
                 ("A", "Amber – some slippage, recoverable within revised date"), ("R", "Red – off track, escalate to PVC")):
        ws.cell(r, 1).fill = FILL[k]; ws.cell(r, 2, t); r += 1
    for col, w in zip("ABCDEFGH", (6, 40, 48, 24, 12, 12, 44, 10)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eh1-university-of-bedfordshire-ofsted-apprenticeships-piap.xlsx"))


# ---------------------------------------------------------------- 2 Dartford and Gravesham (refuse)
def dartford():
    wb = Workbook(); ws = wb.active; ws.title = "CQC Action Plan"
    ws["A1"] = "Dartford and Gravesham NHS Trust – CQC Inspection Action Plan (Must Do / Should Do)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Core services inspected: Urgent and emergency care; Medical care (including older people's care). Report published 12 March 2024."
    hdr = ["No.", "Core service", "Must / Should", "CQC finding", "Action to be taken", "Executive lead",
           "Operational lead", "Due date", "Status", "Evidence of completion"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h); c.font = Font(bold=True, color="FFFFFF"); c.fill = FILL["H"]
    style_row(ws, 4, 10)
    rows = [
        ("MD1", "Urgent and emergency care", "Must",
         "The trust must ensure patients in the emergency department receive timely initial assessment (Regulation 12).",
         "Introduce a streaming nurse at the front door 08:00–02:00 and audit time to triage weekly.",
         "Chief Nursing Officer", "Head of Nursing, ED", "30/06/2024", "Complete", "Weekly triage audit; rota"),
        ("MD2", "Urgent and emergency care", "Must",
         "The trust must ensure staff complete mandatory safeguarding training (Regulation 18).",
         "Targeted training sessions for ED staff below 90% compliance, tracked at divisional board.",
         "Chief Nursing Officer", "Named Nurse Safeguarding Adults", "Aug-24", "Green", "Compliance report"),
        ("MD3", "Medical care", "Must",
         "The trust must ensure that medicines are stored securely and fridge temperatures are monitored (Regulation 12).",
         "Replace ward medicines fridges with remote-monitored units and add daily checks to the ward assurance tool.",
         "Chief Pharmacist", "Lead Pharmacist, Medicine", "31/07/2024", "Amber", ""),
        ("MD4", "Medical care", "Must",
         "The trust must ensure that patients' mental capacity is assessed and recorded where required (Regulation 11).",
         "Relaunch the MCA assessment form on the electronic record and deliver bite-size MCA training on all medical wards.",
         "Chief Medical Officer", "MCA/DoLS Lead", "Ocotber 2024", "Amber", ""),
        ("SD1", "Urgent and emergency care", "Should",
         "The trust should ensure that the paediatric waiting area is visually separated from the adult waiting area.",
         "Install screening and signage in the paediatric waiting area.",
         "Chief Operating Officer", "Estates Project Manager", "30/09/2024", "Green", ""),
        ("SD2", "Medical care", "Should",
         "The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "Daily discharge summary report circulated to consultants; weekly compliance reviewed at the medicine quality meeting.",
         "Chief Medical Officer", "Clinical Director, Medicine", "Dec-24", "Green", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, 1):
            ws.cell(r, i, v)
        st = row[8]
        ws.cell(r, 9).fill = FILL[{"Complete": "B", "Green": "G", "Amber": "A"}[st]]
        style_row(ws, r, 10)
        r += 1
    for col, w in zip("ABCDEFGHIJ", (6, 18, 8, 44, 44, 20, 22, 12, 10, 20)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eh1-dartford-gravesham-nhs-trust-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def table(doc, header, rows, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for p in t.rows[0].cells[i].paragraphs:
            for run in p.runs:
                run.bold = True
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v if v is not None else ""
    return t


# ---------------------------------------------------------------- 3 Belfast City Council
def belfast():
    doc = Document()
    doc.add_heading("Belfast City Council – Performance Improvement Audit and Assessment 2023-24: Action Plan in "
                    "Response to Proposals for Improvement", level=1)
    doc.add_paragraph(
        "The Local Government Auditor's Annual Improvement Report for 2023-24 made no statutory recommendations "
        "but set out a number of proposals for improvement. This action plan sets out how the Council will respond "
        "and will be reported to the Audit and Risk Panel twice a year.")
    doc.add_paragraph("Document control").runs[0].bold = True
    table(doc, ["Version", "Date", "Author", "Comments"], [
        ("0.1", "14/03/2024", "Performance and Improvement Team", "Draft for CMT"),
        ("1.0", "11/04/2024", "Performance and Improvement Team", "Approved by Audit and Risk Panel"),
        ("1.1", "02/10/2024", "Performance and Improvement Team", "Six-monthly progress update")])
    doc.add_heading("Section A: 2023-24 Proposals for Improvement", level=2)
    hdr = ["Ref", "Proposal for Improvement", "Council action", "Responsible officer", "Timescale", "Status"]
    sec_a = [
        ("PFI 1", "The Council should set improvement objectives with measurable outcomes and targets so that it "
                  "can demonstrate a track record of improvement.", [
            ("1.1", "Review each improvement objective with service leads to agree at least one outcome measure with a baseline and target.",
             "Strategic Director of City and Organisational Strategy", "June 2024", "Complete"),
            ("1.2", "Publish targets alongside each objective in the 2024-25 Performance Improvement Plan.",
             "Performance and Improvement Manager", "By 30 September 2024", "Complete"),
        ]),
        ("PFI 2", "The Council should improve the use of comparative data in its self-assessment report.", [
            ("2.1", "Agree a set of comparable indicators with the other ten councils through the NI performance improvement network.",
             "Performance and Improvement Manager", "Q3 2024/25", "Amber"),
            ("2.2", "Include APSE benchmarking results for waste, leisure and planning in the 2024-25 self-assessment.",
             "Head of Waste Management", "Q2 2025/26", "Green"),
        ]),
        ("PFI 3", "The Council should ensure members receive regular performance reports on the improvement objectives.", [
            ("3.1", "Quarterly performance report to the Strategic Policy and Resources Committee.",
             "Performance and Improvement Manager", "Quarterly", "Green"),
        ]),
    ]
    sec_b = [
        ("PFI 4 (2022-23)", "The Council should strengthen its arrangements for consulting on its improvement objectives.", [
            ("4.1", "Run the 2025-26 improvement objectives consultation through Your Say Belfast with targeted sessions for section 75 groups.",
             "Community Engagement Manager / Equality and Diversity Officer", "Jan-25 – Mar-25", "Green"),
        ]),
        ("PFI 5 (2022-23)", "The Council should publish its self-assessment report by 30 September each year.", [
            ("5.1", "Build the self-assessment timetable into the corporate planning cycle with sign-off at the August committee.",
             "Performance and Improvement Manager", "Ongoing", "Green"),
        ]),
    ]

    def write_section(groups):
        t = table(doc, hdr, [])
        for pref, ptext, acts in groups:
            first = None
            for ref, act, lead, when, st in acts:
                cells = t.add_row().cells
                vals = [ref, ptext if first is None else "", act, lead, when, st]
                for i, v in enumerate(vals):
                    cells[i].text = v
                shade(cells[5], {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000"}[st])
                if first is None:
                    first = cells[1]
                    cells[1].text = pref + ": " + ptext
                else:
                    first.merge(cells[1])
                    # merged cell keeps the first cell's text; drop the empty paragraph merged in
                    ps = first.paragraphs
                    for p in ps[1:]:
                        if not p.text:
                            p._element.getparent().remove(p._element)
    write_section(sec_a)
    doc.add_heading("Section B: Proposals carried forward from 2022-23", level=2)
    write_section(sec_b)
    doc.add_paragraph("Status key: Blue – complete; Green – on track; Amber – at risk of slippage; Red – not on track.")
    doc.save(os.path.join(OUT, "eh1-belfast-city-council-niao-improvement-audit-proposals-for-improvement-action-plan.docx"))


# ---------------------------------------------------------------- 4 Ysgol Syr Hugh Owen
def syr_hugh_owen():
    doc = Document()
    doc.add_heading("Ysgol Syr Hugh Owen – Post-Inspection Action Plan", level=1)
    doc.add_paragraph("Estyn core inspection: 4–7 March 2024. Plan agreed by the governing body on 16 May 2024 and "
                      "reviewed each half term by the senior leadership team.")
    recs = [
        ("R1: Improve the consistency of teaching so that all pupils make strong progress in lessons", [
            ("1.1", "Whole-staff training on questioning and on adapting tasks to challenge more able pupils.",
             "Deputy Headteacher (Teaching and Learning)", "Autumn term 2024",
             "All departments use agreed strategies; learning walks show challenge in 80% of lessons.", "00B050"),
            ("1.2", "Triad lesson observations with follow-up coaching for teachers whose practice needs development.",
             "DHT / Heads of Faculty", "Summer term 2025",
             "Improvement seen in follow-up observations.", "FFC000"),
        ]),
        ("R2: Strengthen the planning for the progressive development of pupils' Welsh language skills", [
            ("2.1", "Map opportunities for pupils to use Welsh across the curriculum in Years 7 to 9.",
             "Head of Welsh", "Spring term 2025",
             "Curriculum maps in place for all Areas of Learning and Experience.", "00B050"),
            ("2.2", "Introduce Welsh language ambassadors (Criw Cymraeg) to promote Welsh outside lessons.",
             "Siarter Iaith Co-ordinator", "Sept 2024",
             "Criw Cymraeg established with 24 pupils.", "0070C0"),
        ]),
        ("R3: Ensure that self-evaluation focuses precisely on the impact of provision on pupils' learning", [
            ("3.1", "Revise the quality assurance calendar so that book scrutiny and pupil voice feed into departmental development plans.",
             "Headteacher", "July 2024",
             "Revised calendar approved by governors.", "0070C0"),
            ("3.2", "Train middle leaders to write evaluative reports that identify priorities for improvement.",
             "Assistant Headteacher (Self-evaluation)", "Termly",
             "Department reports evaluate impact, not activity.", "00B050"),
        ]),
    ]
    for heading, acts in recs:
        p = doc.add_paragraph(); run = p.add_run(heading); run.bold = True; run.font.size = Pt(12)
        t = table(doc, ["No.", "Action", "Person(s) responsible", "Timescale", "Success criteria", "Progress (RAG)"], [])
        for ref, act, lead, when, sc, col in acts:
            cells = t.add_row().cells
            for i, v in enumerate([ref, act, lead, when, sc, ""]):
                cells[i].text = v
            shade(cells[5], col)
        doc.add_paragraph("")
    doc.add_paragraph("RAG: Blue – achieved; Green – on track; Amber – some progress, needs attention; Red – not started / at risk.")
    doc.save(os.path.join(OUT, "eh1-ysgol-syr-hugh-owen-estyn-post-inspection-action-plan.docx"))


# ---------------------------------------------------------------- 5 HM Land Registry CSV
def land_registry():
    hdr = ["Rec Ref", "Audit", "Assurance", "Priority", "Recommendation", "Agreed Management Action",
           "Action Owner", "Original Target Date", "Revised Target Date", "Status", "Latest Update"]
    rows = [
        ["2324-04.1", "Contract Management", "Moderate", "High",
         "Contract managers should hold documented performance reviews with suppliers at the frequency set out in the contract.",
         "Introduce a standard supplier performance review template and record all reviews on the contract management system.",
         "Head of Commercial", "31/03/2024", "", "Complete", "Template live from February 2024; spot check of 15 contracts found reviews recorded for 14."],
        ["2324-04.2", "Contract Management", "Moderate", "Medium",
         "The contracts register should be reconciled to the finance system quarterly.",
         "Quarterly reconciliation to be completed by the Commercial team and reviewed by the Head of Financial Control.",
         "Head of Commercial; Head of Financial Control", "30/06/2024", "30/09/2024", "Amber",
         "Q1 reconciliation completed late; Q2 reconciliation in progress."],
        ["2324-07.1", "Cyber Security Incident Response", "Limited", "High",
         "The cyber incident response plan should be tested at least annually through a scenario exercise.",
         "Run a cyber incident desktop exercise with the Executive Board and update the plan with lessons learned.",
         "Chief Information Security Officer", "30/09/2024", "", "Green", "Exercise booked for 17 September 2024 with the NCSC Exercise in a Box scenario."],
        ["2324-07.2", "Cyber Security Incident Response", "Limited", "Medium",
         "Roles and contact details in the incident response plan should be kept up to date.",
         "Add a six-monthly review of roles and contact details to the information security calendar.",
         "Chief Information Security Officer", "31/05/2024", "", "Complete", "Review completed May 2024."],
        ["2425-02.1", "Payroll and Expenses", "Substantial", "Low",
         "Expenses claims over £500 should be reviewed by a second approver.",
         "Configure a second approval step in the expenses system for claims above £500.",
         "Head of HR Operations", "31/12/2024", "", "Green", "Change request raised with the system supplier."],
        ["2425-03.1", "Business Continuity", "Moderate", "High",
         "Business impact analyses should be completed for all critical services.",
         "Complete business impact analyses for the 12 critical services and report completion to ARC.",
         "Director of Operations", "31/10/2024", "31/01/2025", "Red",
         "Seven of 12 completed. Delay due to restructure of the Operations directorate; revised date agreed with ARC."],
        ["2425-03.2", "Business Continuity", "Moderate", "Medium",
         "Business continuity plans should be stored where they can be accessed if the network is unavailable.",
         "Hold printed and offline copies of business continuity plans at each office.",
         "Local Office Managers", "Q3 2024/25", "", "Green", "Offline copies in place at 9 of 14 offices."],
    ]
    with open(os.path.join(OUT, "eh1-hm-land-registry-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["HM Land Registry – Internal Audit Recommendations Tracker (Audit and Risk Committee, October 2024)"] + [""] * 10)
        w.writerow([""] * 11)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
        w.writerow([""] * 11)
        w.writerow(["Status key: Complete = implemented and evidence seen by GIAA; Green = on track; Amber = at risk; Red = overdue or revised date"] + [""] * 10)


# ---------------------------------------------------------------- 6 South Ayrshire Council BV (txt)
def south_ayrshire():
    lines = [
        "South Ayrshire Council – Best Value Assurance Report Improvement Action Plan",
        "Progress update to the Audit and Governance Panel, 26 February 2025",
        "",
        "BVAR recommendation\tRef\tImprovement action\tLead officer\tDue date\tProgress\tStatus",
        "Recommendation 1: The council should set out clear priorities and a medium-term financial plan that links savings to its transformation programme.\t1.1\t"
        "Refresh the Medium Term Financial Strategy to cover 2025/26 to 2029/30.\tHead of Finance, ICT and Procurement\t31/03/2025\t"
        "Draft strategy considered by Cabinet in January 2025.\tOn Track",
        "\t1.2\tLink each transformation project business case to identified savings in the MTFS.\tChief Executive / Head of Finance, ICT and Procurement\tJun-25\t"
        "Programme board reviewing business cases.\tOn Track",
        "Recommendation 2: Elected members should receive training to support effective scrutiny.\t2.1\t"
        "Deliver a member development programme including scrutiny skills and finance sessions.\tHead of Legal and Regulatory Services\tDec-24\t"
        "Six sessions delivered between September and December 2024; attendance 78%.\tComplete",
        "Recommendation 3: The council should improve its public performance reporting so that residents can see progress against the Council Plan.\t3.1\t"
        "Launch an online performance dashboard for the Council Plan.\tService Lead – Policy, Performance and Community Planning\t30/09/2024\t"
        "Dashboard delayed by data platform migration; now due for launch in April.\tAmber",
        "\t3.2\tPublish an annual performance report in plain English.\tService Lead – Policy, Performance and Community Planning\tOngoing\t"
        "2023/24 report published October 2024.\tOn Track",
        "Recommendation 4: The council should work with community planning partners to agree shared outcomes and measures for the Local Outcomes Improvement Plan.\t4.1\t"
        "Agree a revised LOIP performance framework with the Community Planning Partnership Board.\tDirector of Strategic Change and Communities\t31/08/2025\t"
        "Workshop with partners held November 2024.\tOn Track",
        "",
        "Status: Complete / On Track / Amber (some slippage) / Red (significant slippage)",
    ]
    with open(os.path.join(OUT, "eh1-south-ayrshire-council-best-value-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 Gwent Police custody
def gwent():
    wb = Workbook()
    cov = wb.active; cov.title = "Cover"
    cov["A1"] = "Gwent Police – Custody Inspection Action Plan"; cov["A1"].font = Font(bold=True, size=14)
    cov["A3"] = "Report of an unannounced inspection of police custody suites in Gwent (HM Inspectorate of Prisons / HMICFRS), published July 2024"
    for i, (k, v) in enumerate((("Owner", "Head of Criminal Justice"), ("Version", "1.3"),
                                 ("Date", D(2025, 1, 20)), ("Governance", "Custody Strategic Board")), start=5):
        cov.cell(i, 1, k).font = Font(bold=True); c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Gwent Police – Custody Inspection Action Plan"; ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:G1")
    hdr = ["Rec No", "Recommendation / area for improvement", "Action", "Owner", "Completion date", "Update", "RAG"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(3, i, h); c.font = Font(bold=True); c.fill = FILL["S"]
    style_row(ws, 3, 7)
    data = [
        ("sec", "Cause of concern and recommendations"),
        ("R1", "The force should ensure that all detainees at risk of self-harm receive an appropriate level of observation that is recorded accurately on the custody record.",
         "Dip sample 20 custody records a month for observation levels and feed back to custody sergeants.",
         "Custody Inspector Sian Price", D(2024, 10, 31), "Monthly dip sampling in place since September.", "Blue"),
        ("R1", None,
         "Refresher training on risk assessment and rousing for all custody sergeants and detention officers.",
         "Ch Insp Rhys Morgan", D(2025, 3, 31), "58% of staff trained; remaining sessions scheduled.", "Green"),
        ("R2", "The force should reduce the time detainees wait for a Mental Health Act assessment in custody.",
         "Agree an escalation protocol with Aneurin Bevan University Health Board for assessments not started within 4 hours.",
         "Supt Claire Evans / Criminal Justice Partnership Manager", D(2025, 2, 28), "Draft protocol with the health board.", "Amber"),
        ("sec", "Areas for improvement"),
        ("AFI 1", "Custody staff should record the reasons for removing detainees' clothing and replacement clothing provided.",
         "Add a mandatory field to the NICHE custody record for clothing removal.", "Custody Systems Manager",
         D(2024, 12, 31), "Change made 5 December 2024.", "Blue"),
        ("AFI 2", "The force should ensure that detainees' property is stored securely and recorded accurately.",
         "Install lockable property lockers at Ystrad Mynach and Newport custody suites.", "Estates Manager",
         D(2025, 6, 30), "Funding approved; procurement delayed.", "Red"),
        ("AFI 3", "Detainees should be offered a shower and exercise where they are held for more than 24 hours.",
         "Update custody daily briefing sheet to prompt the offer of a shower and exercise.", "Custody Inspector Sian Price",
         D(2024, 11, 30), "Prompt added to briefing sheet.", "Blue"),
        ("AFI 4", "Pre-release risk assessments should address detainees' needs on release, including transport.",
         "Review pre-release risk assessment guidance with the Custody Healthcare provider.", "Ch Insp Rhys Morgan",
         D(2025, 4, 30), "", ""),
    ]
    r = 4; starts = {}
    for row in data:
        if row[0] == "sec":
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1; continue
        for i, v in enumerate(row, 1):
            c = ws.cell(r, i, v if v != "" else None)
            if isinstance(v, dt.datetime):
                c.number_format = "mmm-yy"
        style_row(ws, r, 7)
        if row[6]:
            ws.cell(r, 7).fill = FILL[{"Blue": "B", "Green": "G", "Amber": "A", "Red": "R"}[row[6]]]
        r += 1
    ws.merge_cells("B5:B6")
    for col, w in zip("ABCDEFG", (8, 46, 46, 26, 14, 40, 8)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eh1-gwent-police-custody-inspection-recommendations-action-plan.xlsx"))


if __name__ == "__main__":
    bedfordshire(); dartford(); belfast(); syr_hugh_owen(); land_registry(); south_ayrshire(); gwent()
    print("done")
