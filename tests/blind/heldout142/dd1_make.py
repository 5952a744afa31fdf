"""Generator for the dd1- blind cases (seven plan documents)."""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
P = lambda n: os.path.join(HERE, n)
D = dt.datetime

THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "red": PatternFill("solid", fgColor="FF0000"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "green": PatternFill("solid", fgColor="00B050"),
    "blue": PatternFill("solid", fgColor="0070C0"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "band": PatternFill("solid", fgColor="D9E1F2"),
}


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


# ---------------------------------------------------------------- 1. CSV
def stirling_csv():
    rows = [
        ["Internal Audit Recommendations Tracker - Audit and Risk Committee, 12 June 2024"] + [""] * 10,
        ["Audit Report", "Rec Ref", "Recommendation", "Priority", "Management Response / Agreed Action",
         "Responsible Officer", "Original Target Date", "Revised Target Date", "RAG Status",
         "Progress Update (May 2024)", "Internal Audit Comment"],
        ["Student Recruitment Agents (2023/24)", "SRA-01",
         "Agent contracts should be reviewed and re-signed on expiry and a central register of contracts maintained.",
         "High",
         "International Office will create a central contract register in SharePoint and review all agent contracts due to expire before 31 July 2024.",
         "Director of International", "31/03/2024", "31/07/2024", "Amber",
         "Register created and populated. 14 of 22 contracts reviewed; the remaining contracts are scheduled for review by the end of July.",
         "Revised date agreed by Audit and Risk Committee in March."],
        ["Student Recruitment Agents (2023/24)", "SRA-02",
         "Commission payments should be reconciled to enrolment data before payment is made.",
         "Medium",
         "Finance and International Office to introduce a monthly reconciliation of commission claims to SITS enrolment records.",
         "Head of Financial Operations / Director of International", "30/04/2024", "", "Complete",
         "Reconciliation in place since March 2024, evidence provided to Internal Audit.",
         "Verified - recommend closure."],
        ["Cyber Security - Patch Management (2023/24)", "CSM-01",
         "A formal patching policy with defined remediation timescales by severity should be approved.",
         "High",
         "Information Services to draft and approve a Patch Management Policy setting remediation timescales for critical, high and medium vulnerabilities.",
         "Chief Information Officer", "30/06/2024", "", "Green",
         "Draft policy considered by IS Management Team in May; due for approval at the June meeting.", ""],
        ["Cyber Security - Patch Management (2023/24)", "CSM-02",
         "Devices running unsupported operating systems should be identified and removed or isolated from the network.",
         "High",
         "Complete an inventory of end-of-life devices and agree a decommissioning plan with Faculties.",
         "Head of IT Infrastructure", "31/05/2024", "30/09/2024", "Red",
         "Inventory complete (63 devices). Decommissioning delayed by replacement of laboratory equipment; revised date agreed by the CIO.",
         "Follow up in Q2."],
        ["", "", "", "", "", "", "", "", "", "", ""],
        ["Health and Safety - Contractor Management (2022/23)", "HSC-03",
         "Contractor induction records should be retained centrally.",
         "Medium",
         "Estates to move contractor induction onto the online permit-to-work system so that records are held centrally.",
         "Estates Compliance Manager", "31/12/2023", "31/03/2024", "Complete",
         "Online induction live from February 2024.", "Verified."],
        ["Health and Safety - Contractor Management (2022/23)", "HSC-04",
         "Risk assessments and method statements (RAMS) should be reviewed before work starts on site.",
         "Medium",
         "Introduce a RAMS review checklist and sample 10% of approved RAMS each quarter.",
         "Estates Compliance Manager; University Health and Safety Manager", "31/08/2024", "", "Green",
         "Checklist in use from April. First quarterly sample due in July.", ""],
        ["Research Grant Expenditure (2023/24)", "RGE-01",
         "Staff time charged to grants should be supported by timesheets or effort certification.",
         "Medium",
         "Research and Innovation Services to introduce six-monthly effort certification for all staff charged to externally funded projects.",
         "Director of Research and Innovation Services", "31/12/2024", "", "Not started",
         "Not yet due. Approach to be agreed with Finance in September.", ""],
    ]
    with open(P("dd1-university-of-stirling-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 2. DOCX (NIAO)
def mid_ulster_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Mid Ulster District Council", level=1)
    doc.add_heading("Annual Improvement Audit and Assessment 2022-23: Proposals for Improvement Action Plan", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.3"), ("Date", "14 May 2024"),
                                 ("Owner", "Head of Strategic Services and Engagement"),
                                 ("Approved by", "Policy and Resources Committee")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    doc.add_paragraph("")
    doc.add_paragraph(
        "The Local Government Auditor's Annual Improvement Audit and Assessment report for 2022-23 "
        "concluded that the Council had discharged its performance improvement duties and made four "
        "proposals for improvement. This plan sets out the Council's response to each proposal and "
        "is reported to the Policy and Resources Committee twice yearly.")

    hdr = ["No.", "NIAO Proposal for Improvement", "Council Action", "Responsible Officer",
           "Target Date", "Progress Update", "Status"]
    rows = [
        ("area", "Improvement objectives"),
        ("1.1", "1. The Council should ensure that each improvement objective is supported by measurable outcomes and targets.",
         "Review each 2024-25 improvement objective and set at least one measurable outcome indicator with a baseline and target.",
         "Head of Strategic Services and Engagement", "March 2024",
         "Indicators agreed for all four objectives.", "Complete"),
        ("1.2", None,
         "Present the revised indicators to the Policy and Resources Committee for approval.",
         "Corporate Policy and Equality Manager", "April 2024",
         "Approved at April committee.", "Complete"),
        ("2.1", "2. The Council should strengthen its arrangements for consulting citizens on its improvement objectives.",
         "Run a 12-week public consultation on the draft improvement objectives using the Council's online engagement platform and community planning partners.",
         "Corporate Policy and Equality Manager", "Q4 2023/24",
         "Consultation ran 4 December 2023 to 26 February 2024; 612 responses received.", "Complete"),
        ("2.2", None,
         "Publish a 'You said, we did' summary alongside the final Performance Improvement Plan.",
         "Communications Manager", "30 June 2024",
         "Summary drafted and will be published with the Plan in June.", "Green"),
        ("area", "Performance reporting"),
        ("3.1", "3. The Council should include comparisons with other councils in its self-assessment report where data is available.",
         "Agree a set of benchmark indicators with the APSE performance network and the NI councils' performance group.",
         "Performance Improvement Officer", "September 2024",
         "Initial list shared with the regional group; two councils yet to confirm data definitions.", "Amber"),
        ("3.2", None,
         "Include comparative data for the statutory indicators (economic development, planning and waste) in the 2023-24 Self-Assessment Report.",
         "Performance Improvement Officer / Head of Planning", "Sept 2024 \u2013 Nov 2024",
         "Data requests issued to Department for Infrastructure.", "Green"),
        ("4.1", "4. The Council should report progress against its improvement objectives to elected members at least twice a year.",
         "Introduce six-monthly progress reports on the improvement objectives to the Policy and Resources Committee.",
         "Head of Strategic Services and Engagement", "Ongoing",
         "First mid-year report presented in November 2023.", "Green"),
    ]
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = tb.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E1F2")
    prev_prop = None
    for r in rows:
        cells = tb.add_row().cells
        if r[0] == "area":
            m = cells[0].merge(cells[-1])
            m.text = r[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
            prev_prop = None
            continue
        for i, v in enumerate(r):
            if v is not None:
                cells[i].text = v
        if r[1] is None and prev_prop is not None:
            prev_prop.merge(cells[1])
        elif r[1] is not None:
            prev_prop = cells[1]
        colour = {"Complete": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "FF7C80"}[r[6]]
        shade(cells[6], colour)
    doc.add_paragraph("")
    doc.add_paragraph("Status key: Complete = action completed; Green = on track; Amber = some slippage, "
                      "expected to complete; Red = significantly off track.")
    doc.save(P("dd1-mid-ulster-dc-niao-improvement-audit-proposals-for-improvement-action-plan.docx"))


# ---------------------------------------------------------------- 3. TXT (tab export)
def argyll_txt():
    L = [
        "Argyll and Bute Health and Social Care Partnership",
        "Joint Inspection of Adult Support and Protection - Improvement Plan",
        "Version 2 - updated for Adult Protection Committee, 21 March 2024",
        "",
        "Priority Area\tRef\tImprovement Action\tLead\tTimescale\tMeasure of Success\tProgress\tRAG",
        "1. Initial inquiries and investigations\t1.1\tRevise the inter-agency referral discussion (IRD) procedure so that police, health and social work are involved in all IRDs for adults at risk.\tASP Lead Officer\tDec-23\tAudit shows three-agency IRD in 90% of cases\tProcedure approved by APC December 2023 and briefings delivered to all teams.\tComplete",
        "\t1.2\tIntroduce a standard template for recording the outcome of inquiries, including the adult's views.\tASP Lead Officer & Service Manager Adult Care\tMarch 2024\tTemplate in use in CareFirst\tTemplate built; go-live delayed to allow training for Mid Argyll and Kintyre teams.\tA",
        "\t1.3\tDeliver Council Officer refresher training on the three-point test.\tLearning and Development Manager\tEnd of June 2024\tAll Council Officers trained\t38 of 52 Council Officers trained to date.\tG",
        "",
        "2. Chronologies and risk assessment\t2.1\tAgree a single multi-agency chronology format for adults at risk and publish practice guidance.\tChief Social Work Officer\t30/09/2024\tChronology present in 80% of audited case files\tShort-life working group established; first meeting held February 2024.\tG",
        "\t2.2\tEmbed a structured risk assessment and protection planning tool in all case conferences.\tK. Campbell / F. MacDonald\tOctober 2024\tProtection plans evident in case file audit\tPilot in Oban, Lorn and the Isles has not yet started owing to vacancies in the team.\tR",
        "",
        "3. Quality assurance and self-evaluation\t3.1\tUndertake a six-monthly multi-agency case file audit and report findings to the Adult Protection Committee.\tASP Lead Officer\tOngoing\tAudit reports considered by APC\tFirst audit of 40 cases completed in January 2024; report to APC in March.\tG",
        "\t3.2\tDevelop an ASP performance dataset and quarterly report for the Chief Officers Group.\tHead of Strategic Planning, Performance and Technology\tQ2 2024/25\tQuarterly report presented to COG\tData specification agreed with Police Scotland and NHS Highland analysts.\tA",
        "",
        "RAG key: G = on track; A = some slippage; R = off track; Complete = action completed",
    ]
    with open(P("dd1-argyll-bute-hscp-asp-joint-inspection-improvement-plan.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 4. XLSX refuse (CQC)
def royal_berks_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Royal Berkshire NHS Foundation Trust"
    ws["A2"] = "CQC Inspection Report (published January 2024) - Must Do and Should Do Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = "Reporting to: Quality Committee. Updated: 9 May 2024"
    hdr = ["Ref", "Must do / Should do", "Action", "Lead", "Target Date", "RAG", "Progress Update", "Evidence"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
        c.border = BOX
    data = [
        ("sec", "Urgent and emergency care"),
        ("MD1", "Must do: The trust must ensure that patients in the emergency department receive timely assessment of their clinical risk on arrival (Regulation 12).",
         "Introduce a streaming and triage nurse at the front door 08:00-02:00 with a 15-minute time-to-triage standard.",
         "Divisional Director of Nursing, Urgent Care", D(2024, 3, 31), "Complete",
         "Streaming nurse rota in place since March; time to triage within 15 minutes for 91% of patients in April.", "ED dashboard"),
        ("MD2", "Must do: The trust must ensure that staff complete mandatory training, including safeguarding level 3 (Regulation 18).",
         "Set divisional trajectories for safeguarding level 3 compliance and protect training time on the ED rota.",
         "ED Matron / Clinical Director ED", "Ocotber 2024", "Amber",
         "Compliance 78% (target 90%). Additional face-to-face sessions booked for June and July.", "Training report"),
        ("SD1", "Should do: The trust should ensure that pain scores are recorded and reassessed in line with policy.",
         "Add pain score reassessment prompts to the EPR nursing observations chart.",
         "Lead Nurse, Digital Clinical Safety", D(2024, 6, 30), "Green",
         "Change request approved; build scheduled for June release.", ""),
        ("sec", "Medical care (including older people's care)"),
        ("MD3", "Must do: The trust must ensure that mental capacity assessments are completed and recorded where patients lack capacity (Regulation 11).",
         "Launch a revised MCA assessment form in EPR and deliver ward-based MCA training to all medical wards.",
         "Named Nurse Safeguarding Adults", D(2024, 7, 31), "Green",
         "Form live. Training delivered on 9 of 14 wards.", "MCA audit Q4"),
        ("SD2", "Should do: The trust should ensure that discharge summaries are sent to GPs within 24 hours.",
         "Weekly report of outstanding discharge summaries to each specialty with escalation to the Clinical Director.",
         "Associate Medical Director", D(2024, 9, 30), "Amber",
         "Performance 84% within 24 hours, improving month on month.", ""),
    ]
    for d in data:
        if d[0] == "sec":
            ws.append([d[1]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(hdr))
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = FILL["band"]
            continue
        ws.append(list(d))
        r = ws.max_row
        for c in ws[r]:
            c.alignment = WRAP
            c.border = BOX
        if isinstance(d[4], dt.datetime):
            ws.cell(r, 5).number_format = "mmm-yy"
        ws.cell(r, 6).fill = {"Complete": FILL["blue"], "Green": FILL["green"], "Amber": FILL["amber"]}[d[5]]
    for col, w in zip("ABCDEFGH", [7, 45, 45, 26, 12, 10, 45, 16]):
        ws.column_dimensions[col].width = w
    wb.save(P("dd1-royal-berkshire-nhsft-cqc-must-should-do-action-plan-typo-month-refuse.xlsx"))


# ---------------------------------------------------------------- 5. XLSX (Ofsted apprenticeships, fill RAG)
def wolves_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "PIAP"
    ws["A1"] = "University of Wolverhampton"
    ws["A2"] = "Apprenticeships Post-Inspection Action Plan (Ofsted inspection, March 2024)"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"].font = Font(bold=True, size=12)
    ws["A3"] = ("This plan responds to the areas for improvement identified by Ofsted. Progress is reviewed "
                "monthly by the Apprenticeship Quality Board.")
    ws.merge_cells("A3:H3")
    ws["A3"].alignment = WRAP
    ws.row_dimensions[3].height = 30
    hdr = ["Ref", "Action", "Lead", "Start", "Completion date", "Success measure", "Progress update", "RAG"]
    ws.append([])
    ws.append(hdr)
    for c in ws[5]:
        c.font = Font(bold=True)
        c.fill = FILL["band"]
        c.border = BOX
        c.alignment = WRAP
    data = [
        ("afi", "AFI 1: Leaders should ensure that apprentices' off-the-job training is planned and recorded accurately so that all apprentices receive their entitlement."),
        ("1a", "Introduce a monthly off-the-job hours report from the e-portfolio for each apprentice, reviewed at progress reviews.",
         "KB", D(2024, 4, 8), D(2024, 6, 28), "100% of apprentices have accurate OTJ records",
         "Report live from May. Tutors now discuss OTJ hours at each tripartite review.", "green"),
        ("1b", "Train all employer mentors on what counts as off-the-job training at the start of each cohort.",
         "KB/RS", D(2024, 4, 15), D(2024, 9, 30), "Mentor attendance at briefing >90%",
         "Briefing pack prepared; September cohort sessions booked.", "amber"),
        ("afi", "AFI 2: Leaders should ensure that tutors use information about apprentices' starting points to plan learning that builds on their existing knowledge and skills."),
        ("2a", "Revise the initial skills scan so that results feed directly into each apprentice's individual learning plan.",
         "Dr L. Ahmed", D(2024, 4, 1), D(2024, 5, 31), "Skills scan used for all new starts",
         "New skills scan in use for all new starts since May 2024.", "blue"),
        ("2b", "Quality review of a sample of individual learning plans each term by programme leads.",
         "Programme Leads", D(2024, 6, 1), "Termly", "ILP sample shows planning from starting points",
         "First sample completed in June: 11 of 15 plans met the standard.", "green"),
        (None,) * 8,
        ("afi", "AFI 3: Leaders should ensure that apprentices receive timely and impartial careers advice and guidance."),
        ("3a", "Embed a careers session with the Careers and Enterprise team in the second month of every programme.",
         "JT", D(2024, 5, 1), D(2024, 10, 31), "Session delivered to every cohort",
         "Session content agreed; delivery to begin with October starts.", "amber"),
        ("3b", "Record careers discussions in the e-portfolio at each progress review.",
         "RS", D(2024, 5, 1), D(2024, 7, 31), "Careers discussion logged in 95% of reviews",
         "E-portfolio field not yet added; supplier request raised in June.", "red"),
    ]
    for d in data:
        if d[0] == "afi":
            ws.append([d[1]])
            r = ws.max_row
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).alignment = WRAP
            ws.row_dimensions[r].height = 30
            continue
        if d[0] is None:
            ws.append([])
            continue
        ws.append(list(d[:7]) + [None])
        r = ws.max_row
        for c in ws[r]:
            c.alignment = WRAP
            c.border = BOX
        for col in (4, 5):
            if isinstance(ws.cell(r, col).value, dt.datetime):
                ws.cell(r, col).number_format = "dd/mm/yyyy"
        ws.cell(r, 8).fill = FILL[d[7]]
    ws.append([])
    ws.append(["Key"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for colour, meaning in [("green", "On track"), ("amber", "At risk"), ("red", "Off track"), ("blue", "Complete")]:
        ws.append([None, meaning])
        ws.cell(ws.max_row, 1).fill = FILL[colour]
    for col, w in zip("ABCDEFGH", [7, 50, 12, 12, 14, 30, 50, 8]):
        ws.column_dimensions[col].width = w
    wb.save(P("dd1-university-of-wolverhampton-ofsted-apprenticeships-post-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 6. XLSX (HMIPS prison)
def grampian_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "HMP Grampian"
    ws["A1"] = "Scottish Prison Service - HMP & YOI Grampian"
    ws["A2"] = "HMIPS Full Inspection (October 2023) - Action Plan"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"].font = Font(bold=True, size=12)
    ws.append([])
    hdr = ["Rec No.", "Standard", "HMIPS Recommendation", "Action to be taken", "Responsible",
           "Target Date", "Status", "Update"]
    ws.append(hdr)
    for c in ws[4]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = FILL["head"]
        c.alignment = WRAP
    data = [
        ("1", "Standard 3: Safety and Security",
         "Searching of visitors should be proportionate and carried out in line with SPS policy.",
         "Refresh visits searching procedures and deliver briefings to all Visits staff.",
         "Head of Operations", D(2024, 3, 31), "Achieved",
         "Procedure reissued January 2024; all Visits staff briefed."),
        ("2", "Standard 3: Safety and Security",
         "Use of force paperwork should be completed and quality assured within the required timescales.",
         "Introduce weekly Use of Force assurance check by the Duty Manager with monthly reporting to the Senior Management Team.",
         "Deputy Governor", D(2024, 6, 30), "On track",
         "Weekly checks started in April; completion within timescale 87% in May."),
        ("3", "Standard 5: Effective Care and Supervision",
         "Women should have access to the same range of work and activity as men in the establishment.",
         "Review the activity allocation for the women's hall and open two additional workshop places for women.",
         "Head of Offender Outcomes", "Q1 2025/26", "Not started",
         "Dependent on workshop refurbishment in the 2025/26 capital programme."),
        ("4", "Standard 6: Purposeful Activity",
         "The establishment should increase the proportion of people engaged in purposeful activity each day.",
         "Publish a daily regime timetable and monitor attendance at work, education and programmes weekly.",
         "Head of Offender Outcomes / Learning Centre Manager", D(2025, 1, 31), "On track",
         "Attendance monitoring in place; regime timetable in consultation with the Trade Union side."),
        ("5", "Standard 9: Health and Wellbeing",
         "NHS Grampian and SPS should ensure that people receive medication on time, including at weekends.",
         "Joint review with NHS Grampian of medication round times and staffing cover at weekends.",
         "Governor in Charge", "31 March 2025", "On track",
         "Joint working group meets monthly; pilot of revised weekend times started in June."),
        ("6", "Standard 9: Health and Wellbeing",
         "Healthcare waiting times for dental treatment should be reduced.",
         "NHS Grampian to commission additional dental sessions and report waiting times to the Local Delivery Group.",
         "NHS Grampian Clinical Manager", "Ongoing", "On track",
         "Two additional sessions per month commissioned from February."),
    ]
    for d in data:
        ws.append(list(d))
        r = ws.max_row
        for c in ws[r]:
            c.alignment = WRAP
            c.border = BOX
        if isinstance(d[5], dt.datetime):
            ws.cell(r, 6).number_format = "mmmm yyyy"
    ws.append([])
    ws.append(["Status: Achieved / On track / Not started. Updated by the Governor's Office, 28 June 2024."])
    for col, w in zip("ABCDEFGH", [8, 24, 45, 45, 24, 14, 12, 45]):
        ws.column_dimensions[col].width = w
    wb.save(P("dd1-hmp-grampian-hmips-inspection-action-plan.xlsx"))


# ---------------------------------------------------------------- 7. DOCX (school post-Ofsted)
def smrt_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    h = doc.add_heading("St Mary Redcliffe and Temple School \u2013 Post-Ofsted Action Plan 2024-25", level=1)
    doc.add_paragraph("Following the inspection of 14\u201315 May 2024. Owner: Headteacher. "
                      "Monitored by the Standards Committee of the Governing Body.")
    afis = [
        ("Area for improvement 1",
         "Leaders should ensure that the curriculum in key stage 3 in a small number of subjects is sequenced so that pupils build knowledge securely over time.",
         [("Subject leaders in humanities and computing to re-sequence the key stage 3 curriculum maps, identifying the core knowledge for each unit.",
           "Deputy Head (Curriculum)", "Autumn term 2024", "Revised curriculum maps in place", "SLT link meetings", "A9D08E"),
          ("Deliver CPD on retrieval practice and checking for understanding to all key stage 3 teachers.",
           "Assistant Head (Teaching and Learning)", "Spring term 2025", "Learning walks show consistent use", "Learning walks", "FFD966")]),
        ("Area for improvement 2",
         "Leaders should ensure that pupils with SEND receive the support they need in lessons so that they achieve as well as their peers.",
         [("Issue updated pupil passports for all pupils on the SEND register and share them with all staff.",
           "SENDCo", "September 2024", "100% of passports updated", "SEND audit", "9DC3E6"),
          ("Quality assure adaptive teaching for pupils with SEND through termly SEND learning walks.",
           "SENDCo / Deputy Head (Curriculum)", "Termly", "Improved outcomes for pupils with SEND", "Governor visits", "A9D08E"),
          ("Review and report the attainment of pupils with SEND against their peers at each data drop.",
           "Assistant Head (Data)", "Summer term 2025", "Gap narrows at each data drop", "Standards Committee", "A9D08E")]),
    ]
    for head, text, acts in afis:
        doc.add_heading(head, level=2)
        p = doc.add_paragraph(text)
        p.runs[0].italic = True
        t = doc.add_table(rows=1, cols=6)
        t.style = "Table Grid"
        for i, hh in enumerate(["Action", "Who", "When", "Success criteria", "Monitoring", "RAG"]):
            c = t.rows[0].cells[i]
            c.text = hh
            c.paragraphs[0].runs[0].bold = True
            shade(c, "D9D9D9")
        for a in acts:
            cells = t.add_row().cells
            for i in range(5):
                cells[i].text = a[i]
            shade(cells[5], a[5])
        doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue \u2013 completed; Green \u2013 on track; Amber \u2013 some concern; "
                      "Red \u2013 not on track.")
    doc.save(P("dd1-st-mary-redcliffe-temple-school-post-ofsted-action-plan.docx"))


if __name__ == "__main__":
    stirling_csv()
    mid_ulster_docx()
    argyll_txt()
    royal_berks_xlsx()
    wolves_xlsx()
    grampian_xlsx()
    smrt_docx()
