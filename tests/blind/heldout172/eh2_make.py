"""Generate the eh2- blind case documents (partnership, NHS and corporate plans)."""
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

OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

FILL = {
    "R": "FF0000", "A": "FFC000", "G": "00B050", "B": "0070C0", "C": "0070C0",
    "Complete": "0070C0", "hdr": "1F4E79", "sec": "D9D9D9",
}
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(c):
    return PatternFill("solid", start_color=c, end_color=c)


def hdr_row(ws, row, names):
    for i, n in enumerate(names, 1):
        c = ws.cell(row=row, column=i, value=n)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = fill(FILL["hdr"])
        c.alignment = WRAP
        c.border = BOX


def sec_row(ws, row, text, ncols):
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for i in range(1, ncols + 1):
        ws.cell(row=row, column=i).fill = fill(FILL["sec"])
        ws.cell(row=row, column=i).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)


def put(ws, row, values, datefmt="dd/mm/yyyy"):
    for i, v in enumerate(values, 1):
        c = ws.cell(row=row, column=i, value=v)
        c.alignment = WRAP
        c.border = BOX
        if isinstance(v, dt.date):
            c.number_format = datefmt


# ---------------------------------------------------------------- 1 LYPFT board action log (xlsx)
def lypft():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Log"
    cols = ["Minute", "Meeting date", "Action", "Lead", "Due date", "Revised date", "Update", "RAG"]
    ws["A1"] = "Leeds and York Partnership NHS Foundation Trust – Board of Directors (meeting held in public) Action Log"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Updated following the meeting held on 25 January 2024 – for the Board meeting on 28 March 2024"
    ws["A2"].font = Font(italic=True)
    ws.merge_cells("A2:H2")
    hdr_row(ws, 4, cols)
    sec_row(ws, 5, "Outstanding actions", 8)
    rows = [
        ("23/087", D(2023, 7, 27),
         "Provide the Board with a summary of the outcome of the out of area placements deep dive, including the trajectory for eliminating inappropriate out of area placements.",
         "CW", D(2023, 11, 30), D(2024, 1, 25),
         "Deep dive completed. Report deferred from November so that it can include Q3 data.", "A"),
        ("23/104", D(2023, 9, 28),
         "Circulate the refreshed Freedom to Speak Up strategy to Board members ahead of the Board development session.",
         "DH/JA", D(2024, 3, 31), None,
         "Draft strategy considered by the Workforce Committee in February. Will be circulated before the April development session.", "G"),
        ("23/131", D(2023, 11, 30),
         "Bring a paper on medical staffing in the Leeds community mental health transformation programme to a future meeting.",
         "Medical Director", "May 2024", None,
         "Scheduled for the May Board.", "G"),
        ("24/012", D(2024, 1, 25),
         "Include a breakdown of restrictive practice by ethnicity in the next Safer Staffing and Restrictive Practice report.",
         "CW", "TBC", None,
         "Data quality work under way with the Performance team; date for the report to be confirmed.", None),
        ("24/019", D(2024, 1, 25),
         "Confirm the timetable for the Board's review of the Trust's Green Plan.",
         "JS", D(2024, 2, 29), None,
         "Not yet received. Chair has asked for the timetable to be confirmed at the March meeting.", "R"),
    ]
    r = 6
    for v in rows:
        put(ws, r, v)
        if v[7]:
            ws.cell(row=r, column=8).fill = fill(FILL[v[7]])
        r += 1
    sec_row(ws, r, "Actions completed since the last meeting", 8)
    r += 1
    done = [
        ("23/118", D(2023, 9, 28),
         "Share the staff survey response rate by care group with the Workforce Committee.",
         "DH", D(2023, 11, 30), None, "Shared at the Workforce Committee on 14 December 2023. Propose to close.", "B"),
        ("23/135", D(2023, 11, 30),
         "Arrange a Board visit to the Becklin Centre and the Mother and Baby Unit.",
         "Company Secretary", D(2024, 1, 31), None, "Visits took place on 17 and 24 January 2024. Propose to close.", "B"),
        ("24/004", D(2024, 1, 25),
         "Amend the Board Assurance Framework to reflect the revised risk appetite for SR7.",
         "CH", D(2024, 2, 29), None, "BAF updated and presented to the Audit Committee. Propose to close.", "B"),
    ]
    for v in done:
        put(ws, r, v)
        ws.cell(row=r, column=8).fill = fill(FILL["B"])
        r += 1
    r += 1
    ws.cell(row=r, column=1,
            value="Key: B – complete; G – on track to be delivered by the due date; A – due date revised; R – overdue")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFGH", [9, 12, 55, 16, 12, 12, 50, 6]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eh2-leeds-york-partnership-nhsft-board-action-log.xlsx"))


# ---------------------------------------------------------------- 2 Wealden strategic risk register (xlsx)
def wealden():
    wb = Workbook()
    ws = wb.active
    ws.title = "SRR Q3 2024-25"
    ws["A1"] = "Wealden District Council – Strategic Risk Register"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "Quarter 3 2024/25 – position at 31 December 2024"
    ws.merge_cells("A2:G2")
    hdr_row(ws, 4, ["Ref", "Risk / mitigating action", "Action owner", "Target date", "Revised date", "Progress update", "RAG"])
    data = [
        ("SR01 – Medium-term financial sustainability", [
            ("SR01.1", "Deliver the 2025/26 budget savings programme agreed by Cabinet in February 2024.",
             "Director of Resources", D(2025, 3, 31), None,
             "£1.1m of the £1.4m target identified. Remaining proposals to Cabinet in February 2025.", "G"),
            ("SR01.2", "Review fees and charges and bring proposals to Cabinet as part of the budget setting process.",
             "Head of Finance", D(2025, 1, 31), None, "Fees and charges report agreed by Cabinet on 22 January 2025.", "Complete"),
        ]),
        ("SR02 – Adoption of the Local Plan", [
            ("SR02.1", "Submit the Wealden Local Plan for examination in line with the Local Development Scheme.",
             "Head of Planning Policy", "Q2 2025/26", None,
             "Regulation 18 consultation closed. Changes to the NPPF in December 2024 mean the housing figure must be revisited.", "A"),
            ("SR02.2", "Agree Statements of Common Ground with neighbouring authorities on unmet housing need.",
             "Head of Planning Policy", D(2025, 6, 30), None, "Meetings held with three of the five authorities.", "G"),
        ]),
        ("SR03 – Cyber attack and loss of ICT systems", [
            ("SR03.1", "Complete the migration of the remaining on-premise servers to the cloud hosting platform.",
             "Head of ICT", D(2024, 9, 30), D(2025, 3, 31),
             "Supplier delays to the revenues system migration. Two of four servers remain on premise.", "R"),
            ("SR03.2", "Run the phishing simulation exercise and mandatory cyber refresher training for all staff and councillors.",
             "Head of ICT / HR Manager", "Annually", None, "2024 exercise completed in October; 92% of staff trained.", "G"),
        ]),
        ("SR04 – Recruitment and retention of key staff", [
            ("SR04.1", "Implement the recruitment and retention action plan for hard-to-fill professional posts.",
             "Head of HR", D(2025, 3, 31), None,
             "Market supplements approved for planning and building control. Legal posts still vacant.", "A"),
        ]),
        ("SR05 – Rising demand for temporary accommodation", [
            ("SR05.1", "Acquire 20 additional units of council-owned temporary accommodation through the Local Authority Housing Fund.",
             "Head of Housing", D(2025, 3, 31), None, "14 units purchased; 6 further purchases in conveyancing.", "G"),
            ("SR05.2", "Report temporary accommodation numbers and spend to the Corporate Management Team.",
             "Housing Needs Manager", "Monthly", None, "Monthly dashboard in place.", "G"),
        ]),
    ]
    r = 5
    for risk, acts in data:
        sec_row(ws, r, risk, 7)
        r += 1
        for v in acts:
            put(ws, r, v)
            ws.cell(row=r, column=7).fill = fill(FILL[v[6]])
            r += 1
    r += 1
    ws.cell(row=r, column=1, value="RAG key: G = on track; A = minor slippage, action expected to be delivered; R = significant slippage or at risk; Complete = action delivered")
    ws.cell(row=r, column=1).font = Font(italic=True)
    for col, w in zip("ABCDEFG", [9, 60, 24, 12, 12, 55, 10]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eh2-wealden-dc-strategic-risk-register-q3-2024-25.xlsx"))


# ---------------------------------------------------------------- 3 Breckland internal audit tracker (csv)
def breckland():
    hdr = ["Ref", "Priority", "Recommendation", "Agreed Action", "Responsible Officer",
           "Target Date", "Revised Target Date", "Status", "Progress Update"]
    rows = [["Breckland Council - Internal Audit Recommendations Follow-up - position at 31 January 2025"] + [""] * 8,
            [""] * 9, hdr]
    groups = [
        ("Payroll 2023/24 - Reasonable Assurance", [
            ["PAY-1", "Medium",
             "Starters and leavers forms should be authorised by the budget holder before payroll changes are processed.",
             "HR will reissue the starters and leavers procedure and reject forms received without budget holder authorisation.",
             "HR & Payroll Manager", "31/05/2024", "", "Complete",
             "Procedure reissued in April 2024. Audit testing of 10 leavers found all authorised."],
            ["PAY-2", "Low",
             "Exception reports should be evidenced as reviewed each month.",
             "Payroll Officer to sign and date the monthly exception report; Payroll Manager to spot-check quarterly.",
             "Payroll Officer", "30/06/2024", "", "Complete", "Evidence seen for June to December."],
        ]),
        ("Council Tax Reduction 2023/24 - Limited Assurance", [
            ["CTR-1", "High",
             "Outstanding change of circumstances notifications should be cleared and a backlog recovery plan put in place.",
             "Backlog recovery plan agreed with the Revenues and Benefits service; additional overtime approved until the backlog is cleared.",
             "Revenues & Benefits Manager", "30/09/2024", "31/03/2025", "Amber",
             "Backlog reduced from 1,240 to 410 items. Revised date agreed by Audit Committee in November."],
            ["CTR-2", "Medium",
             "Quality checks should be completed on a sample of CTR assessments each month and the results recorded.",
             "Introduce a 5% monthly quality check with results reported to the Benefits Team Leader.",
             "Benefits Team Leader", "31/12/2024", "", "On track",
             "Checks started in November; recording template being finalised."],
        ]),
        ("Cyber Security 2024/25 - Limited Assurance", [
            ["CYB-1", "High",
             "Multi-factor authentication should be enforced for all remote access accounts.",
             "Roll out MFA to the remaining remote access accounts, including councillors' devices.",
             "ICT Manager", "31/03/2025", "", "On track", "All staff accounts enabled; councillor devices in progress."],
            ["CYB-2", "Medium",
             "The ICT disaster recovery plan should be tested at least annually.",
             "Schedule and complete a DR test of critical systems and report the results to the Audit Committee.",
             "ICT Manager / Emergency Planning Officer", "Q1 2025/26", "", "Not started", ""],
            ["CYB-3", "Low",
             "Leavers' network accounts should be disabled on their last working day.",
             "Monthly reconciliation of the HR leavers list to Active Directory accounts.",
             "ICT Manager", "28/02/2025", "", "On track", "First reconciliation completed in January."],
        ]),
    ]
    for g, recs in groups:
        rows.append([g] + [""] * 8)
        rows.extend(recs)
    rows.append([""] * 9)
    rows.append(["Priority: High = fundamental control weakness; Medium = significant; Low = minor / good practice"] + [""] * 8)
    with open(os.path.join(OUT, "eh2-breckland-dc-internal-audit-recommendations-tracker.csv"), "w",
              newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def bold_row(row, texts, fillc="1F4E79", color_white=True):
    for c, t in zip(row.cells, texts):
        c.text = ""
        run = c.paragraphs[0].add_run(t)
        run.bold = True
        if fillc:
            shade(c, fillc)
        if color_white:
            from docx.shared import RGBColor
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


# ---------------------------------------------------------------- 4 Safer Fenland DHR (docx)
def fenland():
    doc = Document()
    landscape(doc)
    doc.add_heading("Safer Fenland Community Safety Partnership – Domestic Homicide Review (Sarah): Action Plan", level=1)
    doc.add_paragraph(
        "This action plan sets out how partner agencies will respond to the recommendations of the Domestic "
        "Homicide Review into the death of Sarah, who was killed by her partner in 2021. The plan is monitored by "
        "the Safer Fenland CSP Board and progress is reported to each quarterly meeting.")
    dc = doc.add_table(rows=4, cols=2)
    dc.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.4"), ("Date", "2 July 2024"),
                                 ("Owner", "Safer Fenland CSP Manager"), ("Approved by", "Safer Fenland CSP Board")]):
        dc.cell(i, 0).text = k
        dc.cell(i, 1).text = v
    doc.add_paragraph()
    cols = ["No.", "Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "RAG",
            "Key milestones / date of completion and outcome"]
    recs = [
        ("Cambridgeshire Constabulary to ensure that officers attending domestic abuse incidents complete the DASH risk assessment with the victim in private.",
         "Local", [
             ("1.1", "Reissue force guidance on completing DASH away from the perpetrator and include it in response officer CPD.",
              "Cambridgeshire Constabulary", "June 2023", "Complete", "Guidance reissued May 2023; CPD session delivered to all response teams."),
             ("1.2", "Dip sample 50 domestic abuse incidents to test compliance and report the findings to the CSP.",
              "Cambridgeshire Constabulary", "31/12/2023", "Complete", "Dip sample completed; 46 of 50 DASH completed in private. Reported to CSP Board January 2024."),
         ]),
        ("Fenland District Council and social housing providers to develop a joint protocol for responding to reports of domestic abuse from tenants.",
         "Local", [
             ("2.1", "Develop and agree a joint domestic abuse housing protocol.",
              "Fenland DC / Clarion Housing", "March 2024 (revised Sept 2024)", "Amber", "Draft protocol out for consultation with the other registered providers."),
             ("2.2", "Deliver DAHA-aligned domestic abuse training to housing officers and tenancy sustainment staff.",
              "Fenland DC", "Sept 2024", "Green", "Two of three sessions delivered."),
         ]),
        ("The ICB to seek assurance that GP practices ask about domestic abuse when patients present with anxiety, depression or unexplained injuries.",
         "Local", [
             ("3.1", "Roll out IRIS domestic abuse training to GP practices in Fenland.",
              "ICB Designated Nurse Safeguarding Adults", "Ongoing", "Green", "Nine of twelve Fenland practices trained."),
             ("3.2", "Audit the recording of routine enquiry in a sample of Fenland practices.",
              "ICB Designated Nurse Safeguarding Adults", "Q4 2024/25", "Not started", ""),
         ]),
        ("The CSP to share the learning from this review with partner agencies and the wider community.",
         "Local", [
             ("4.1", "Publish a 7-minute briefing and hold a multi-agency learning event.",
              "Safer Fenland CSP Manager", "July 2024", "Complete", "Briefing published; learning event held 20 June 2024 with 85 attendees."),
         ]),
    ]
    n = 1 + sum(len(a) for _, _, a in recs)
    t = doc.add_table(rows=n, cols=len(cols))
    t.style = "Table Grid"
    bold_row(t.rows[0], cols)
    ragfill = {"Complete": "0070C0", "Amber": "FFC000", "Green": "00B050", "Red": "FF0000"}
    r = 1
    for rec, scope, acts in recs:
        top = r
        for (ref, act, lead, tgt, rag, prog) in acts:
            row = t.rows[r]
            row.cells[0].text = ref
            row.cells[3].text = act
            row.cells[4].text = lead
            row.cells[5].text = tgt
            row.cells[6].text = rag
            if rag in ragfill:
                shade(row.cells[6], ragfill[rag])
            row.cells[7].text = prog
            r += 1
        a = t.cell(top, 1).merge(t.cell(r - 1, 1))
        a.text = rec
        b = t.cell(top, 2).merge(t.cell(r - 1, 2))
        b.text = scope
    doc.add_paragraph()
    doc.add_paragraph("RAG: Complete – action completed and evidenced; Green – on track; Amber – some delay, revised date agreed; "
                      "Red – off track; Not started – action not yet due to start.")
    doc.save(os.path.join(OUT, "eh2-safer-fenland-csp-dhr-sarah-action-plan.docx"))


# ---------------------------------------------------------------- 5 GWH maternity highlight report (docx)
def gwh():
    doc = Document()
    landscape(doc)
    doc.sections[0].header.paragraphs[0].text = "Great Western Hospitals NHS Foundation Trust"
    doc.add_heading("Maternity and Neonatal Improvement Programme – Highlight Report (January 2025)", level=1)
    st = doc.add_table(rows=4, cols=4)
    st.style = "Table Grid"
    vals = [("Reporting period", "1–31 January 2025", "Report to", "Quality and Safety Committee"),
            ("Senior Responsible Owner", "Chief Nursing Officer", "Programme lead", "Director of Midwifery"),
            ("Overall programme RAG", "Amber", "Previous RAG", "Amber"),
            ("Author", "Maternity Transformation Manager", "Date", "07/02/2025")]
    for i, v in enumerate(vals):
        for j, x in enumerate(v):
            st.cell(i, j).text = x
    shade(st.cell(2, 1), "FFC000")
    shade(st.cell(2, 3), "FFC000")
    doc.add_heading("Key achievements this period", level=2)
    for b in ["Birthrate Plus review findings presented to Trust Board on 9 January.",
              "MNVP co-production workshop held on the new information leaflets.",
              "Two further neonatal nurses started in post."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Delivery plan progress", level=2)
    cols = ["Ref", "Action", "Lead", "Due", "RAG", "Comment"]
    ws = [
        ("Workstream 1: Listening to and working with women and families", [
            ("1.1", "Co-produce the refreshed maternity information leaflets with the Maternity and Neonatal Voices Partnership (MNVP).",
             "Patient Experience Midwife", "Mar-25", "00B050", "Drafts agreed at the January workshop; translation being commissioned."),
            ("1.2", "Implement the perinatal mental health pathway for fathers and non-birthing partners.",
             "Consultant Midwife / Perinatal Mental Health Lead", "Jun-25", "FFC000", "Funding for the psychology post not yet confirmed."),
        ]),
        ("Workstream 2: Growing, retaining and supporting our workforce", [
            ("2.1", "Complete the Birthrate Plus midwifery workforce review and present the findings to Trust Board.",
             "Director of Midwifery", "Dec-24", "0070C0", "Presented to Board 9 January 2025."),
            ("2.2", "Recruit to the vacant neonatal nurse posts to meet BAPM staffing standards.",
             "Neonatal Matron", "Sep-25", "FF0000", "Vacancy rate 14%. International recruitment cohort delayed until May."),
            ("2.3", "Launch the preceptorship retention package for newly qualified midwives.",
             "Practice Development Midwife", "Apr-25", "00B050", "Package drafted with the Local Maternity and Neonatal System."),
        ]),
        ("Workstream 3: Developing and sustaining a culture of safety", [
            ("3.1", "Embed PSIRF learning responses in the maternity governance process.",
             "Maternity Governance Lead", "Mar-25", "00B050", "Weekly learning huddle established."),
            ("3.2", "Achieve compliance with all ten Maternity Incentive Scheme (Year 6) safety actions.",
             "HoM / Obstetric CD", "Feb-25", "FFC000", "Safety action 8 (training) at 84% against the 90% standard."),
        ]),
        ("Workstream 4: Standards and structures that underpin safer, more personalised and more equitable care", [
            ("4.1", "Implement version 3 of the Saving Babies' Lives Care Bundle across all six elements.",
             "Consultant Obstetrician (SBL lead)", "Mar-25", "00B050", "Five of six elements fully implemented; element 2 at 78%."),
        ]),
    ]
    n = 1 + sum(1 + len(a) for _, a in ws)
    t = doc.add_table(rows=n, cols=len(cols))
    t.style = "Table Grid"
    bold_row(t.rows[0], cols)
    r = 1
    for w, acts in ws:
        m = t.cell(r, 0).merge(t.cell(r, len(cols) - 1))
        m.text = ""
        m.paragraphs[0].add_run(w).bold = True
        shade(m, "D9E2F3")
        r += 1
        for (ref, act, lead, due, rag, com) in acts:
            row = t.rows[r]
            row.cells[0].text = ref
            row.cells[1].text = act
            row.cells[2].text = lead
            row.cells[3].text = due
            shade(row.cells[4], rag)
            row.cells[5].text = com
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("Key: Blue – complete; Green – on track; Amber – at risk, mitigation in place; Red – off track, escalation required.")
    doc.add_heading("Decisions required", level=2)
    doc.add_paragraph("None this period. The Committee is asked to note the report.")
    doc.save(os.path.join(OUT, "eh2-great-western-hospitals-nhsft-maternity-neonatal-highlight-report.docx"))


# ---------------------------------------------------------------- 6 TDSAP SAR (txt, tab separated)
def tdsap():
    lines = [
        "Torbay and Devon Safeguarding Adults Partnership - SAR Adult Q - Action Plan",
        "Progress as reported to the SAR Subgroup, 14 November 2024",
        "",
        "\t".join(["Ref", "SAR Recommendation", "Action", "Agency / Lead", "Timescale", "RAG", "Progress update"]),
    ]
    data = [
        ("1.1", "Partners to assure the Partnership that self-neglect cases are escalated through the multi-agency risk management (MARM) process when a person declines to engage.",
         "Refresh the MARM guidance and relaunch it through the Partnership newsletter and practitioner briefings.",
         "TDSAP Business Manager", "31/10/2024", "Complete", "Guidance relaunched 2 October; three briefings held."),
        ("1.2", "", "Audit a sample of self-neglect referrals to test use of MARM and report to the Quality Assurance Subgroup.",
         "QA Subgroup Chair", "Jan 2025", "Green", "Audit tool agreed; sample drawn."),
        ("2.1", "Devon County Council and Torbay Council to ensure that Care Act assessments consider executive functioning where a person's capacity is in doubt.",
         "Deliver executive functioning training to adult social care practitioners.",
         "Principal Social Worker (DCC) / Principal Social Worker (Torbay)", "March 2025", "Amber",
         "Trainer commissioned; first sessions moved to February due to trainer availability."),
        ("2.2", "", "Update the Mental Capacity Act practice guidance to include executive functioning.",
         "MCA Lead", "Q4 2024/25", "Green", "Draft with the MCA Steering Group."),
        ("3.1", "Devon Partnership NHS Trust to review the discharge process from community mental health services where a person has not attended appointments.",
         "Review the Did Not Attend policy so that risk and safeguarding are considered before discharge.",
         "DPT Safeguarding Lead", "30/09/2024", "Red", "Policy review delayed by the change of policy owner; draft to go to Policy Group in January."),
        ("4.1", "The Partnership to share the learning from this review.",
         "Produce a learning briefing and add the SAR to the Partnership's learning programme.",
         "TDSAP Business Manager", "Ongoing", "Green", "Briefing published; SAR included in the 2024/25 learning programme."),
    ]
    for d in data:
        lines.append("\t".join(d))
    lines += ["", "RAG key: Complete = action completed and evidenced; Green = on track; Amber = at risk of delay; Red = overdue"]
    with open(os.path.join(OUT, "eh2-torbay-devon-sap-sar-adult-q-action-plan.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- 7 RBWM LCSPR (xlsx, typo month -> refuse)
def rbwm():
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    ws["A1"] = "Windsor and Maidenhead Safeguarding Partnership – LCSPR Child R Multi-Agency Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Updated: 12 November 2024"
    hdr_row(ws, 4, ["Ref", "Recommendation / action", "Lead", "Target date", "RAG", "Progress update"])
    data = [
        ("Recommendation 1: Agencies to strengthen the recognition of and response to neglect in families where parents misuse substances.", [
            ("1.1", "Relaunch the neglect toolkit (Graded Care Profile 2) with a practitioner briefing on parental substance misuse.",
             "Partnership Business Manager", D(2024, 6, 30), "Complete", "Relaunched June 2024; 140 practitioners attended briefings."),
            ("1.2", "Include a neglect and substance misuse case file audit in the multi-agency audit programme.",
             "QA Subgroup Chair", D(2024, 9, 30), "Green", "Audit completed; report to December Partnership meeting."),
        ]),
        ("Recommendation 2: Health partners to ensure information about a child's missed health appointments is shared with the allocated social worker.", [
            ("2.1", "Amend the health visiting 'was not brought' procedure to require notification to children's social care where a child is open to social care.",
             "Head of 0-19 Service", D(2024, 12, 31), "Amber", "Procedure drafted; awaiting governance sign-off."),
            ("2.2", "Remind GP practices of the expectation to notify social workers of missed appointments via the safeguarding newsletter.",
             "Named GP for Safeguarding", "Ocotber 2024", "Green", "Article drafted for the autumn newsletter."),
        ]),
        ("Recommendation 3: The Partnership to seek assurance that step-down from child protection is supported by a robust plan.", [
            ("3.1", "Review the step-down protocol between children's social care and early help.",
             "Head of Service, Early Help", D(2025, 3, 31), "Green", "Task and finish group established."),
            ("3.2", "Monitor re-referrals within 12 months of step-down through the Partnership dataset.",
             "Performance Lead", "Ongoing", "Green", "Indicator added to the Q2 dataset."),
        ]),
    ]
    fills = {"Complete": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    r = 5
    for rec, acts in data:
        sec_row(ws, r, rec, 6)
        r += 1
        for v in acts:
            put(ws, r, v, datefmt="mmm-yy")
            ws.cell(row=r, column=5).fill = fill(fills[v[4]])
            r += 1
    assert ws.cell(row=10, column=4).value == "Ocotber 2024"
    r += 1
    ws.cell(row=r, column=1, value="RAG: Complete (blue); Green – on track; Amber – delayed; Red – not progressing")
    for col, w in zip("ABCDEF", [7, 70, 26, 12, 10, 50]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, "eh2-windsor-maidenhead-scp-lcspr-child-r-action-plan-typo-month-refuse.xlsx"))


if __name__ == "__main__":
    lypft()
    wealden()
    breckland()
    fenland()
    gwh()
    tdsap()
    rbwm()
