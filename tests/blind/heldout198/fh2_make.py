"""Build the seven fh2- blind test files (set heldout198).

Run with /work/main/.venv/bin/python fh2_make.py ; files are written beside this script.
"""
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

FILL = {
    "red": "FF0000",
    "amber": "FFC000",
    "green": "00B050",
    "blue": "0070C0",
    "grey": "D9D9D9",
    "band": "DCE6F1",
    "band2": "F2F2F2",
    "head": "1F3864",
}


def out(name):
    return os.path.join(HERE, name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def bold_cell(cell, text, fill=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    if fill:
        shade(cell, fill)


def set_row(row, values):
    for c, v in zip(row.cells, values):
        c.text = v


# ---------------------------------------------------------------- xlsx helpers
thin = Side(style="thin", color="808080")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")


def pfill(key):
    return PatternFill("solid", start_color=FILL.get(key, key), end_color=FILL.get(key, key))


# =============================================================================
# 1. Havering SAB – SAR 'Mr L' action plan (docx)
# =============================================================================
def make_havering_sar():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    p = doc.add_paragraph()
    r = p.add_run("Havering Safeguarding Adults Board")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Safeguarding Adults Review ‘Mr L’ – Multi-Agency Action Plan", style="Title")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Document owner", "SAB Business Manager"),
        ("Version", "3.0"),
        ("Date of this version", "14 January 2025"),
        ("Approved by", "SAR Subgroup"),
        ("Next review", "April 2025 SAR Subgroup"),
    ]:
        row = t.add_row()
        bold_cell(row.cells[0], k, FILL["grey"])
        row.cells[1].text = v

    doc.add_heading("Background", level=2)
    doc.add_paragraph(
        "Mr L was a 71-year-old man who lived alone in a privately rented flat in Romford. "
        "He died in a house fire in November 2022. He was known to adult social care, community "
        "nursing, his GP practice and the London Fire Brigade, and there were long-standing concerns "
        "about self-neglect and hoarding. The SAR overview report was published by the Board in "
        "June 2024 and made four recommendations. This plan sets out the actions agreed by partners "
        "and is monitored by the SAR Subgroup."
    )

    doc.add_heading("RAG rating key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, fill, meaning in [
        ("Red", FILL["red"], "Overdue or at risk of not being delivered"),
        ("Amber", FILL["amber"], "In progress"),
        ("Green", FILL["green"], "Completed – evidence received by the SAR Subgroup"),
    ]:
        row = key.add_row()
        bold_cell(row.cells[0], word, fill)
        row.cells[1].text = meaning

    hdr = ["Ref", "Action", "Lead", "Target date", "Progress update (January 2025)", "RAG"]

    def rec_table(rec_text, actions):
        tb = doc.add_table(rows=2, cols=6)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[5])
        bold_cell(m, rec_text, FILL["band"])
        for c, h in zip(tb.rows[1].cells, hdr):
            bold_cell(c, h, FILL["grey"])
        for a in actions:
            row = tb.add_row()
            set_row(row, a[:6])
            if a[5]:
                shade(row.cells[5], {"Red": FILL["red"], "Amber": FILL["amber"], "Green": FILL["green"]}[a[5]])
        doc.add_paragraph()

    doc.add_heading("Learning theme 1: Self-neglect and hoarding", level=1)
    rec_table(
        "Recommendation 1: Havering SAB partners should ensure that the multi-agency Self-Neglect and "
        "Hoarding Protocol is understood and used by frontline practitioners, including the escalation "
        "route to a multi-agency risk management meeting.",
        [
            ("1.1",
             "Relaunch the Self-Neglect and Hoarding Protocol through a 7-minute briefing and two practitioner webinars.",
             "SAB Business Manager", "September 2024",
             "Briefing published August 2024; webinars held 12 and 26 September 2024 (143 attendees).", "Green"),
            ("1.2",
             "Audit a sample of 20 self-neglect concerns to test whether the protocol and escalation route were followed.",
             "Head of Adult Safeguarding (LBH) / Designated Nurse for Safeguarding Adults (NEL ICB)", "31/03/2025",
             "Audit tool agreed by the Quality Assurance Subgroup; case sampling under way.", "Amber"),
        ],
    )
    rec_table(
        "Recommendation 2: The SAB should seek assurance that fire risk is routinely considered where an "
        "adult is self-neglecting, and that referrals for Home Fire Safety Visits are made.",
        [
            ("2.1",
             "Embed a prompt for Home Fire Safety Visit referral in the adult social care assessment (LAS) and the NELFT community nursing assessment.",
             "Principal Social Worker (Adults); Named Professional for Safeguarding Adults (NELFT)",
             "December 2024\nRevised: April 2025",
             "NELFT prompt live from November 2024. LAS change delayed by the system upgrade – escalated to the SAB Executive.",
             "Red"),
            ("2.2",
             "London Fire Brigade to deliver awareness sessions on fire risk and hoarding to adult social care and housing teams.",
             "LFB Borough Commander (Havering)", "Ongoing – quarterly sessions",
             "Sessions delivered in October 2024 and January 2025.", "Amber"),
        ],
    )

    doc.add_heading("Learning theme 2: Mental capacity and executive function", level=1)
    rec_table(
        "Recommendation 3: All partner agencies should strengthen practice in assessing mental capacity "
        "where there are concerns about executive functioning, recording how decisions are tested against "
        "what the person actually does.",
        [
            ("3.1",
             "Update the multi-agency MCA guidance to include a section on executive function, with practice examples drawn from this review.",
             "MCA Lead (LBH)", "Jan-25",
             "Guidance updated and approved at the SAB Executive on 9 January 2025.", "Green"),
            ("3.2",
             "Include executive function in the mandatory MCA training for adult social care, community health and housing staff.",
             "Workforce Development Manager / MCA Lead (LBH)", "June 2025", "", ""),
            ("3.3",
             "Each agency to complete a case file audit of capacity assessments and report the findings to the Quality Assurance Subgroup.",
             "All partner agencies", "By 30 September 2025",
             "Audit template circulated to agencies in December 2024.", "Amber"),
        ],
    )

    doc.add_heading("Learning theme 3: Working with family and carers", level=1)
    rec_table(
        "Recommendation 4: Partners should ensure that the views of family members are sought and recorded, "
        "and that carers are offered a carer’s assessment.",
        [
            ("4.1",
             "Issue a practice reminder on offering carer’s assessments and recording the outcome, and monitor take-up through the quarterly performance dashboard.",
             "Head of Adult Social Care Operations", "Q4 2024/25",
             "Practice reminder issued November 2024; dashboard measure to be added from Q4.", "Amber"),
        ],
    )

    doc.add_heading("Sign-off", level=2)
    so = doc.add_table(rows=2, cols=3)
    so.style = "Table Grid"
    set_row(so.rows[0], ["Signed off by", "Role", "Date"])
    set_row(so.rows[1], ["SAR Subgroup Chair", "Chair, Havering SAB SAR Subgroup", "14/01/2025"])

    doc.save(out("fh2-havering-sab-sar-mr-l-action-plan.docx"))


# =============================================================================
# 2. Safer Harrow – DHR 'Ayesha' action plan (xlsx, Home Office template columns)
# =============================================================================
def make_harrow_dhr():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "Safer Harrow Partnership"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = "Domestic Homicide Review ‘Ayesha’ – Action Plan"
    cv["A2"].font = Font(bold=True, size=14)
    rows = [
        ("Review reference", "DHR 2022/03"),
        ("Overview report approved by Home Office QA Panel", "May 2024"),
        ("Published", "July 2024"),
        ("Plan owner", "Safer Harrow DHR Steering Group"),
        ("Last updated", "03/02/2025"),
    ]
    r = 4
    for k, v in rows:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        r += 1
    r += 1
    cv.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for fill, meaning in [
        ("blue", "Complete – evidence received"),
        ("green", "On track"),
        ("amber", "Some slippage – within tolerance"),
        ("red", "Off track – escalate to Safer Harrow Board"),
        (None, "No colour – not yet started"),
    ]:
        c = cv.cell(r, 1, "")
        if fill:
            c.fill = pfill(fill)
        c.border = BOX
        cv.cell(r, 2, meaning)
        r += 1
    cv.column_dimensions["A"].width = 48
    cv.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws["A1"] = "Domestic Homicide Review ‘Ayesha’ – Action Plan"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:H1")
    ws["A2"] = "Last updated: 03/02/2025"
    headers = [
        "Recommendation",
        "Scope of recommendation",
        "Action to take",
        "Lead agency",
        "Key milestones achieved in enacting recommendation",
        "Target date",
        "Date of completion and outcome",
        "RAG",
    ]
    for i, h in enumerate(headers, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = pfill("head")
        c.alignment = WRAP
        c.border = BOX

    recs = [
        ("1. Safer Harrow to ensure that professionals across the partnership understand economic abuse and coercive control where the victim’s immigration status is insecure.",
         "Local",
         [
             ("Commission and deliver multi-agency training on economic abuse, coercive control and no recourse to public funds, co-delivered with a specialist by-and-for organisation.",
              "LBH Community Safety Team",
              "Training specification agreed; provider commissioned September 2024. Three sessions delivered.",
              dt.datetime(2024, 12, 31), "Completed 28/11/2024 – 96 practitioners trained", "blue"),
             ("Add a section on immigration status and NRPF to the Safer Harrow domestic abuse practitioner toolkit.",
              "VAWG Strategic Lead",
              "Draft section with Legal Services for review.",
              dt.datetime(2025, 3, 31), "", "green"),
         ]),
        ("2. The Metropolitan Police and Harrow Council Housing to review how information about domestic abuse is shared when a household approaches as homeless.",
         "Local",
         [
             ("Review the referral pathway between Housing Needs and the MARAC, including use of the SafeLives DASH risk checklist at the point of a homelessness approach.",
              "Head of Housing Needs & MARAC Coordinator",
              "Pathway revised and agreed at MARAC Steering Group.",
              dt.datetime(2024, 10, 31), "Completed – DASH mandatory at triage from 01/11/2024", "blue"),
             ("Audit 25 homelessness approaches with a domestic abuse marker to test that DASH was completed and referrals made.",
              "Harrow Council Housing Needs Service",
              "Audit delayed – awaiting data extract from Locata.",
              dt.datetime(2025, 6, 30), "", "amber"),
         ]),
        ("3. North West London ICB to seek assurance that GP practices in Harrow routinely ask about domestic abuse and record disclosures, using interpreters where needed.",
         "Local / NW London",
         [
             ("Roll out IRIS (Identification and Referral to Improve Safety) to all Harrow GP practices.",
              "NWL ICB Designated Nurse for Safeguarding Adults",
              "Phase 1: 14 of 28 practices trained.",
              "Phase 1 March 2025; Phase 2 March 2026", "", "green"),
             ("Issue guidance to practices on using professional interpreters, not family members, when domestic abuse may be present.",
              "NWL ICB Safeguarding Team",
              "Guidance included in GP safeguarding bulletin.",
              dt.datetime(2024, 9, 30), "Completed September 2024", "blue"),
         ]),
        ("4. The Home Office to consider the findings of this review in relation to the Migrant Victims of Domestic Abuse Concession.",
         "National",
         [
             ("Safer Harrow Partnership Chair to write to the Home Office drawing attention to the learning about the Concession.",
              "Safer Harrow Partnership Chair",
              "Letter sent 19/08/2024.",
              dt.datetime(2024, 8, 31), "Completed – response received 14/10/2024", "blue"),
         ]),
        ("5. All agencies to ensure that children in households where domestic abuse is disclosed are considered and, where appropriate, referred to Children’s Services.",
         "Local",
         [
             ("Harrow Safeguarding Children Partnership to include the learning from this DHR in its domestic abuse and children briefing programme.",
              "HSCP Business Manager",
              "Learning included in the autumn 2024 briefing; repeated each term.",
              "Ongoing", "", "green"),
             ("Review the Early Help and MASH referral form so that domestic abuse disclosures by adults prompt consideration of the children in the household.",
              "Head of MASH and Early Help",
              "",
              dt.datetime(2025, 9, 30), "", None),
         ]),
    ]
    r = 5
    for rec, scope, acts in recs:
        start = r
        for (action, lead, miles, target, done, rag) in acts:
            ws.cell(r, 3, action)
            ws.cell(r, 4, lead)
            ws.cell(r, 5, miles or None)
            c = ws.cell(r, 6, target)
            if isinstance(target, dt.datetime):
                c.number_format = "mmm-yy"
            ws.cell(r, 7, done or None)
            rc = ws.cell(r, 8, None)
            if rag:
                rc.fill = pfill(rag)
            for col in range(1, 9):
                ws.cell(r, col).alignment = WRAP
                ws.cell(r, col).border = BOX
            r += 1
        ws.cell(start, 1, rec).alignment = WRAP
        ws.cell(start, 2, scope).alignment = WRAP
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    r += 1
    ws.cell(r, 1, "Summary").font = Font(bold=True)
    ws.cell(r, 3, "Total actions: 9")
    ws.cell(r, 4, "Complete: 4")
    ws.cell(r, 5, "On track: 3")
    ws.cell(r, 6, "Slippage: 1")
    ws.cell(r, 7, "Not started: 1")
    for col, w in zip("ABCDEFGH", [40, 14, 50, 28, 36, 14, 30, 8]):
        ws.column_dimensions[col].width = w
    wb.save(out("fh2-safer-harrow-dhr-ayesha-action-plan.xlsx"))


# =============================================================================
# 3. NHS North East London ICB – board action log (csv export)
# =============================================================================
def make_nel_icb_log():
    rows = [
        ["NHS North East London – Integrated Care Board (meeting in public) – Action Log", "", "", "", "", "", "", ""],
        ["Updated following the Board meeting of 27 November 2024", "", "", "", "", "", "", ""],
        ["", "", "", "", "", "", "", ""],
        ["Action ref", "Meeting date", "Minute ref", "Action", "Lead", "Due date", "RAG", "Update"],
        ["BD/24/018", "24/07/2024", "5.3",
         "Provide the Board with an update on the recovery trajectory for the 62-day cancer standard, including the position at each acute provider.",
         "Chief Medical Officer", "Sep-24", "B",
         "Included in the Integrated Performance Report, September 2024. Proposed for closure."],
        ["BD/24/022", "24/07/2024", "7.1",
         "Circulate the outcome of the \"Big Conversation\" engagement on the Joint Forward Plan to Board members.",
         "Chief Strategy and Transformation Officer", "30/09/2024", "B",
         "Circulated by email 16/09/2024. Proposed for closure."],
        ["BD/24/027", "25/09/2024", "4.2",
         "Bring a paper on the system winter resilience plan, setting out escalation arrangements and the role of place-based partnerships.",
         "Director of Urgent and Emergency Care", "Nov-24", "B",
         "Winter plan presented at the November Board (item 8). Proposed for closure."],
        ["BD/24/029", "25/09/2024", "6.1",
         "Review the Board Assurance Framework risk on primary care access and confirm the target score and date.",
         "Director of Primary Care / Board Secretary", "Jan-25", "G",
         "Discussed at the Audit and Risk Committee, 14/11/2024; revised wording to come to the January Board."],
        ["BD/24/031", "25/09/2024", "6.4",
         "Provide a breakdown of continuing healthcare spend by place, with benchmarking against the other London ICBs.",
         "Chief Finance and Performance Officer", "29/01/2025 (deferred from 27/11/2024)", "A",
         "Data quality issues with the CHC dataset; deferred to the January Board with the Chair's agreement."],
        ["BD/24/034", "27/11/2024", "5.1",
         "Arrange a Board development session on population health management and the use of the North East London data platform.",
         "Marcia Oduya; Tom Kerslake", "February 2025", "G",
         "Date being agreed with the Chair's office."],
        ["BD/24/035", "27/11/2024", "5.4",
         "Report back on the number of children and young people waiting more than 52 weeks for a community paediatric assessment, by borough.",
         "Chief Nursing Officer", "Q4 2024/25", "G", ""],
        ["BD/24/036", "27/11/2024", "6.2",
         "Confirm the timetable for the review of maternity services and how the Local Maternity and Neonatal System will involve families in it.",
         "Chief Nursing Officer / LMNS Director", "Jan-25", "R",
         "Timetable not yet agreed with NHS England (London); verbal update to the January Board."],
        ["BD/24/037", "27/11/2024", "7.3",
         "Publish the Equality Delivery System (EDS) 2023/24 assessment and the Workforce Race Equality Standard action plan on the ICB website.",
         "Chief People Officer", "Dec-24", "", "New action."],
        ["BD/24/038", "27/11/2024", "8.1",
         "Include a standing update on industrial action and its impact on elective recovery in the Chief Executive's report to each Board meeting.",
         "Chief Executive", "Ongoing", "G", "In place from November 2024."],
        ["", "", "", "", "", "", "", ""],
        ["Key: B = Complete – proposed for closure | G = On track | A = At risk of slippage | R = Overdue / off track", "", "", "", "", "", "", ""],
        ["Closed actions are removed from the log once they have been reported to the Board.", "", "", "", "", "", "", ""],
    ]
    with open(out("fh2-nhs-north-east-london-icb-board-action-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)


# =============================================================================
# 4. North Middlesex University Hospital – maternity & neonatal improvement plan (xlsx)
# =============================================================================
def make_nmuh_maternity():
    wb = Workbook()
    cv = wb.active
    cv.title = "Cover"
    cv["A1"] = "North Middlesex University Hospital NHS Trust"
    cv["A1"].font = Font(bold=True, size=12)
    cv["A2"] = "Maternity and Neonatal Improvement Plan 2024/25"
    cv["A2"].font = Font(bold=True, size=16)
    cv["A3"] = "Position as at 30 September 2024"
    r = 5
    for k, v in [
        ("Version", "1.7"),
        ("Plan owner", "Director of Midwifery"),
        ("Executive lead", "Chief Nurse"),
        ("Reported to", "Maternity and Neonatal Safety Champions; Quality Committee; Trust Board (quarterly)"),
        ("Next update", "October 2024"),
    ]:
        cv.cell(r, 1, k).font = Font(bold=True)
        cv.cell(r, 2, v)
        r += 1
    r += 1
    cv.cell(r, 1, "RAG key").font = Font(bold=True)
    r += 1
    for letter, fill, meaning in [
        ("B", "blue", "Delivered and evidenced"),
        ("G", "green", "On track to deliver by the due date"),
        ("A", "amber", "Risk to delivery – mitigation in place"),
        ("R", "red", "Off track – will not deliver by the due date"),
        ("", None, "Blank – not started"),
    ]:
        c = cv.cell(r, 1, letter or None)
        if fill:
            c.fill = pfill(fill)
        c.border = BOX
        c.alignment = Alignment(horizontal="center")
        cv.cell(r, 2, meaning)
        r += 1
    cv.column_dimensions["A"].width = 22
    cv.column_dimensions["B"].width = 80

    # Summary sheet (totals, not actions)
    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG by theme – September 2024"
    sm["A1"].font = Font(bold=True, size=12)
    sh = ["Theme", "B", "G", "A", "R", "Not started", "Total"]
    for i, h in enumerate(sh, 1):
        c = sm.cell(3, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    data = [
        ("Theme 1", 1, 1, 1, 0, 0),
        ("Theme 2", 0, 2, 0, 1, 0),
        ("Theme 3", 1, 1, 1, 0, 0),
        ("Theme 4", 0, 1, 1, 0, 1),
    ]
    rr = 4
    for name, *nums in data:
        sm.cell(rr, 1, name).border = BOX
        for j, n in enumerate(nums, 2):
            sm.cell(rr, j, n).border = BOX
        sm.cell(rr, 7, f"=SUM(B{rr}:F{rr})").border = BOX
        rr += 1
    sm.cell(rr, 1, "Total").font = Font(bold=True)
    for j, col in enumerate("BCDEFG", 2):
        sm.cell(rr, j, f"=SUM({col}4:{col}{rr - 1})").font = Font(bold=True)
    sm.column_dimensions["A"].width = 14

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan 2024/25"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Aligned to the NHS England Three-Year Delivery Plan for Maternity and Neonatal Services (March 2023)"
    ws["A2"].font = Font(italic=True)
    hdr = ["Ref", "Action", "Source", "Lead(s)", "Original due date", "Revised due date",
           "Previous RAG (Aug-24)", "Current RAG (Sep-24)", "Progress update", "Evidence"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = pfill("head")
        c.alignment = WRAP
        c.border = BOX
    rag_fill = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    D = dt.datetime
    plan = [
        ("theme", "Theme 1: Listening to and working with women and families with compassion"),
        ("obj", "Objective 1: Care that is personalised"),
        ("T1.1", "Offer every woman a personalised care and support plan (PCSP) at booking and review it at 28 and 36 weeks.",
         "3YDP; CNST SA7", "Consultant Midwife for Public Health", D(2024, 6, 30), D(2024, 12, 31), "A", "A",
         "PCSP in use at booking (88%); review at 36 weeks at 61%. Revised date agreed at Safety Champions, July 2024.",
         "PCSP audit Q1"),
        ("T1.2", "Translate the PCSP and key antenatal leaflets into the five most-spoken community languages (Turkish, Somali, Bengali, Polish, Romanian).",
         "3YDP; MNVP feedback", "Patient Experience Midwife & MNVP Chair", D(2024, 9, 30), None, "G", "B",
         "All five translations published on the maternity webpages and printed.", "Webpage links"),
        ("obj", "Objective 2: Improve equity for mothers and babies"),
        ("T1.3", "Implement the Trust actions in the LMNS equity and equality action plan:\n• continuity of carer for women from Black and Asian ethnic groups in the Edmonton team\n• enhanced midwifery support for women living in the most deprived postcodes",
         "LMNS equity plan", "Director of Midwifery", D(2025, 3, 31), None, "G", "G",
         "Edmonton continuity team established with 6.8 WTE; caseload building.", ""),
        ("theme", "Theme 2: Growing, retaining and supporting our workforce"),
        ("obj", "Objective 4: Grow our workforce"),
        ("T2.1", "Recruit to the funded midwifery establishment following the Birthrate Plus review, reducing the vacancy rate to below 5%.",
         "Birthrate Plus 2023", "Head of Midwifery / Maternity Workforce Lead", D(2024, 12, 31), None, "A", "R",
         "Vacancy rate 9.8%. International recruitment cohort delayed to January 2025.", "Workforce dashboard"),
        ("T2.2", "Complete the neonatal nursing workforce review against BAPM standards and agree a business case for the gap in QIS nurses.",
         "BAPM; CNST SA4", "Neonatal Matron", D(2024, 7, 31), D(2024, 10, 31), "A", "G",
         "Review complete; business case at Investment Committee on 17 October 2024.", ""),
        ("obj", "Objective 6: Invest in skills"),
        ("T2.3", "Achieve 90% compliance for all staff groups with PROMPT and fetal monitoring training (CNST Safety Action 8).",
         "CNST SA8", "Practice Development Midwife; Obstetric Education Lead", D(2024, 11, 30), None, "G", "G",
         "Midwives 93%, obstetric consultants 91%, anaesthetists 84% – additional dates booked.", "Training tracker"),
        ("theme", "Theme 3: Developing and sustaining a culture of safety, learning and support"),
        ("obj", "Objective 7: Develop a positive safety culture"),
        ("T3.1", "Run the SCORE safety culture survey across maternity and neonatal services and co-produce an action plan with staff.",
         "Perinatal Culture and Leadership Programme", "Quadrumvirate", D(2024, 8, 31), None, "G", "B",
         "Survey completed (response rate 58%); action plan agreed at staff listening events.", "SCORE report"),
        ("T3.2", "Embed the Perinatal Quality Surveillance Model, with a monthly report to the Board-level Maternity Safety Champion.",
         "PQSM", "Director of Midwifery", "Monthly", None, "G", "G",
         "Reports received monthly since April 2024.", "Board papers"),
        ("obj", "Objective 8: Learning and improving"),
        ("T3.3", "Transition fully to the Patient Safety Incident Response Framework (PSIRF) for maternity incidents, including after action reviews for moderate harm.",
         "PSIRF", "Maternity Governance Lead", D(2024, 9, 30), D(2025, 1, 31), "A", "A",
         "Training for learning response leads scheduled November 2024.", ""),
        ("theme", "Theme 4: Standards and structures that underpin safer, more personalised and more equitable care"),
        ("obj", "Objective 10: Standards to ensure best practice"),
        ("T4.1", "Implement all six elements of the Saving Babies’ Lives Care Bundle version 3 and evidence compliance through quarterly audit.",
         "SBLCB v3; CNST SA6", "Consultant Obstetrician (SBL Lead)", D(2025, 3, 31), None, "A", "A",
         "Elements 1, 3 and 6 compliant; element 2 (fetal growth) below threshold.", "LMNS assurance visit"),
        ("T4.2", "Introduce the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in the maternity assessment unit, with an audit of time to assessment.",
         "CQC should-do; 3YDP", "Clinical Director for Obstetrics", D(2024, 10, 31), None, "G", "G",
         "BSOTS live from 2 September 2024; first audit in October.", ""),
        ("obj", "Objective 12: Data and digital"),
        ("T4.3", "Replace the paper handheld maternity record with the BadgerNotes app for all new bookings.",
         "3YDP", "Digital Midwife", D(2025, 2, 28), None, "", "",
         "Awaiting go-live date from the EPR programme.", ""),
    ]
    r = 5
    for item in plan:
        if item[0] in ("theme", "obj"):
            c = ws.cell(r, 1, item[1])
            c.font = Font(bold=True, size=12 if item[0] == "theme" else 10)
            for col in range(1, 11):
                ws.cell(r, col).fill = pfill("band" if item[0] == "theme" else "band2")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
            r += 1
            continue
        ref, action, src, lead, orig, rev, prev, cur, upd, ev = item
        vals = [ref, action, src, lead, orig, rev, prev or None, cur or None, upd, ev or None]
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        for col, v in ((7, prev), (8, cur)):
            if v:
                ws.cell(r, col).fill = pfill(rag_fill[v])
                ws.cell(r, col).alignment = Alignment(horizontal="center", vertical="top")
        r += 1
    for col, w in zip("ABCDEFGHIJ", [7, 55, 18, 30, 12, 12, 10, 10, 45, 18]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"
    wb.save(out("fh2-north-middlesex-uh-maternity-neonatal-improvement-plan.xlsx"))


# =============================================================================
# 5. Lewisham Council – corporate risk register Q3 2024/25 (xlsx, typo month -> refuse)
# =============================================================================
def make_lewisham_crr():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = "London Borough of Lewisham – Corporate Risk Register – Quarter 3 2024/25"
    sm["A1"].font = Font(bold=True, size=13)
    sm["A2"] = "Reported to the Audit and Risk Committee, 11 February 2025"
    hdr = ["Ref", "Risk", "Risk owner", "Current score", "Target score", "Direction of travel"]
    for i, h in enumerate(hdr, 1):
        c = sm.cell(4, i, h)
        c.font = Font(bold=True)
        c.border = BOX
    risks = [
        ("CR1", "Financial sustainability", "Executive Director for Corporate Resources", 20, 12, "↔"),
        ("CR2", "Temporary accommodation demand and cost", "Executive Director for Housing", 20, 15, "↑"),
        ("CR3", "Cyber security and resilience of ICT systems", "Director of Technology and Change", 16, 9, "↔"),
        ("CR4", "High Needs Block (SEND) deficit", "Executive Director for Children and Young People", 16, 12, "↓"),
    ]
    for i, rk in enumerate(risks, 5):
        for j, v in enumerate(rk, 1):
            sm.cell(i, j, v).border = BOX
    sm.column_dimensions["B"].width = 45
    sm.column_dimensions["C"].width = 45

    ws = wb.create_sheet("Risk detail")
    ws["A1"] = "Corporate Risk Register – Quarter 3 2024/25 – Risks and further actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Scores: likelihood (1–5) x impact (1–5). Further actions are the additional controls planned to reach the target score."
    hdr = ["Ref", "Risk / further action", "Owner", "Current score (L x I)", "Target score",
           "Target date", "Progress at Q3", "Action status"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(4, i, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = pfill("head")
        c.alignment = WRAP
        c.border = BOX
    D = dt.datetime
    detail = [
        ("risk", "CR1", "Financial sustainability – failure to set and deliver a balanced budget across the Medium Term Financial Strategy period.",
         "Executive Director for Corporate Resources", "4 x 5 = 20", 12),
        ("CR1.1", "Deliver the 2024/25 savings programme of £22.1m and report slippage monthly to the Executive Management Team.",
         "Director of Finance", D(2025, 3, 31), "£17.4m forecast to be delivered; mitigations for the gap being identified.", "Amber"),
        ("CR1.2", "Complete the review of earmarked reserves and present options to Mayor and Cabinet.",
         "Director of Finance", "Febuary 2025", "Review complete; Cabinet report drafted.", "On track"),
        ("CR1.3", "Strengthen spend controls, with all non-essential expenditure over £5,000 approved by the Spend Control Panel.",
         "Executive Director for Corporate Resources", D(2024, 11, 30), "Panel in place from 4 November 2024.", "Complete"),
        ("risk", "CR2", "Temporary accommodation – rising demand and nightly-paid costs exceed the budget and the supply of suitable homes.",
         "Executive Director for Housing", "5 x 4 = 20", 15),
        ("CR2.1", "Acquire 150 homes through the temporary accommodation acquisitions programme to replace nightly-paid placements.",
         "Director of Housing Strategy", D(2025, 12, 31), "62 homes acquired to date.", "On track"),
        ("CR2.2", "Launch the private rented sector incentive scheme to increase prevention outcomes.",
         "Head of Housing Needs", D(2025, 1, 31), "Scheme approved; launch delayed by landlord portal.", "Delayed"),
        ("risk", "CR3", "Cyber security – a successful cyber attack causes loss of systems and data and disruption to services.",
         "Director of Technology and Change", "4 x 4 = 16", 9),
        ("CR3.1", "Complete the Public Services Network (PSN) compliance remediation plan.",
         "Head of ICT Security", D(2025, 3, 31), "28 of 35 remediation items closed.", "On track"),
        ("CR3.2", "Run a cyber incident exercise with the Executive Management Team and test the business continuity plans of critical services.",
         "Head of ICT Security / Emergency Planning Manager", D(2025, 5, 31), "", "Not started"),
        ("risk", "CR4", "High Needs Block – the Dedicated Schools Grant deficit continues to grow and cannot be recovered.",
         "Executive Director for Children and Young People", "4 x 4 = 16", 12),
        ("CR4.1", "Deliver the actions in the Safety Valve / DBV management plan, including increasing local specialist provision.",
         "Director of Education", "Ongoing", "Two new resource bases open from September 2024.", "On track"),
    ]
    r = 5
    for item in detail:
        if item[0] == "risk":
            _, ref, text, owner, score, target = item
            vals = [ref, text, owner, score, target, None, None, None]
            for col, v in enumerate(vals, 1):
                c = ws.cell(r, col, v)
                c.font = Font(bold=True)
                c.fill = pfill("band")
                c.alignment = WRAP
                c.border = BOX
            r += 1
            ws.cell(r, 2, "Further actions:").font = Font(italic=True)
            r += 1
            continue
        ref, text, owner, date, prog, status = item
        vals = [ref, text, owner, None, None, date, prog or None, status]
        for col, v in enumerate(vals, 1):
            c = ws.cell(r, col, v)
            c.alignment = WRAP
            c.border = BOX
            if isinstance(v, dt.datetime):
                c.number_format = "dd/mm/yyyy"
        r += 1
    for col, w in zip("ABCDEFGH", [8, 60, 32, 12, 10, 13, 40, 12]):
        ws.column_dimensions[col].width = w
    wb.save(out("fh2-lewisham-council-corporate-risk-register-q3-2024-25-typo-month-refuse.xlsx"))


# =============================================================================
# 6. Hillingdon Council – transformation programme highlight report (docx)
# =============================================================================
def make_hillingdon_highlight():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    p = doc.add_paragraph("London Borough of Hillingdon")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Hillingdon Futures Transformation Programme – Highlight Report", style="Title")
    doc.add_paragraph("Reporting period: Period 8 (1–30 November 2024). Report to: Transformation Board, 12 December 2024.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v, fill in [
        ("Senior Responsible Owner", "Corporate Director of Finance", None),
        ("Programme Manager", "Head of Transformation", None),
        ("Overall programme RAG – last period", "Amber", FILL["amber"]),
        ("Overall programme RAG – this period", "Amber", FILL["amber"]),
        ("Savings 2024/25", "£4.6m forecast against a target of £5.2m", None),
    ]:
        row = t.add_row()
        bold_cell(row.cells[0], k, FILL["grey"])
        row.cells[1].text = v
        if fill:
            shade(row.cells[1], fill)

    doc.add_heading("Summary of progress", level=1)
    doc.add_paragraph(
        "The programme remains Amber overall. The customer portal went live in October and adoption is ahead "
        "of plan. The Adult Social Care Prevention workstream is behind on reablement capacity and the "
        "Technology Enabled Care procurement is paused pending the 2025/26 budget decision. Property "
        "disposals remain on track."
    )
    doc.add_paragraph("RAG key: B – complete; G – on track; A – at risk, recoverable within the period; "
                      "R – off track, Board intervention needed; blank – not yet started.")

    hdr = ["Ref", "Milestone", "Owner", "Due", "RAG", "Commentary"]
    fills = {"B": FILL["blue"], "G": FILL["green"], "A": FILL["amber"], "R": FILL["red"]}

    def ws_section(title, lead_line, rows):
        doc.add_heading(title, level=1)
        doc.add_paragraph(lead_line)
        tb = doc.add_table(rows=1, cols=6)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, hdr):
            bold_cell(c, h, FILL["grey"])
        for rw in rows:
            row = tb.add_row()
            set_row(row, rw)
            if rw[4]:
                shade(row.cells[4], fills[rw[4]])

    ws_section(
        "Workstream 1: Customer Access and Digital",
        "Workstream lead: Director of Digital and Intelligence. Workstream RAG: Green (previous period: Green).",
        [
            ("CA-01", "Launch the new customer portal for council tax and parking permit transactions.",
             "Digital Services Manager", "Oct 2024", "B", "Live 21 October 2024; 11,400 registrations to date."),
            ("CA-02", "Move housing repairs reporting onto the online form and close the out-of-hours repairs phone line for non-emergencies.",
             "Head of Customer Services / Head of Repairs", "Jan 2025", "G", "Form in user testing."),
            ("CA-03", "Deploy webchat with AI-assisted triage for Revenues and Benefits enquiries.",
             "Digital Services Manager", "Mar 2025 (rebaselined from Dec 2024)", "A",
             "Supplier data protection impact assessment outstanding."),
        ],
    )
    ws_section(
        "Workstream 2: Adult Social Care Prevention",
        "Workstream lead: Director of Adult Social Care. Workstream RAG: Amber (previous period: Amber).",
        [
            ("ASC-01", "Expand reablement capacity by 20 packages per week through the new in-house reablement team.",
             "Head of Reablement", "Nov 2024", "A", "Recruitment at 70%; 14 additional packages per week achieved."),
            ("ASC-02", "Deliver strength-based practice training to all adult social care assessment staff.",
             "Principal Social Worker", "Dec 2024", "G", "186 of 210 staff trained."),
            ("ASC-03", "Review the Technology Enabled Care offer and procure a new provider.",
             "Commissioning Manager (TEC)", "Q1 2025/26", "R",
             "Procurement paused pending budget decision; escalated to the Transformation Board."),
            ("ASC-04", "Develop a benefits-realisation dashboard for the prevention workstream.",
             "Transformation Business Partner", "Feb 2025", "", "Dependent on data warehouse work."),
        ],
    )
    ws_section(
        "Workstream 3: Property and Assets",
        "Workstream lead: Director of Property and Infrastructure. Workstream RAG: Green (previous period: Amber).",
        [
            ("PA-01", "Complete the disposal of the former Harlington depot site, subject to Cabinet approval.",
             "Head of Estates", "Mar 2025", "G", "Cabinet report scheduled for January 2025."),
            ("PA-02", "Consolidate office accommodation into the Civic Centre and release two leased buildings.",
             "Head of Estates; Head of Facilities", "31 March 2026", "G", "Space plan agreed."),
            ("PA-03", "Install solar PV on four council-owned buildings as part of the net zero programme.",
             "Energy and Sustainability Manager", "Phased: Dec 2024 – Sept 2025", "A",
             "First installation delayed by structural survey."),
        ],
    )

    doc.add_heading("Key risks and issues", level=1)
    doc.add_paragraph(
        "The main risk to the programme is the 2025/26 budget settlement, which affects the Technology Enabled "
        "Care procurement and the pace of the accommodation moves. The programme risk log is held by the "
        "Programme Management Office and reviewed fortnightly."
    )
    doc.add_heading("Decisions required from the Transformation Board", level=1)
    doc.add_paragraph(
        "The Board is asked to note the report and to agree that the Technology Enabled Care procurement is "
        "re-profiled to 2025/26, subject to the budget decision."
    )
    doc.save(out("fh2-hillingdon-council-transformation-programme-highlight-report.docx"))


# =============================================================================
# 7. Safer Merton – community safety delivery plan 2025/26, Q2 update (tab-separated txt)
# =============================================================================
def make_merton_csp():
    lines = [
        ["Safer Merton – Community Safety Delivery Plan 2025/26"],
        ["Quarter 2 progress update (July–September 2025)"],
        ["Exported from the partnership tracker 14/10/2025"],
        [],
        ["Priority", "Ref", "Action", "Lead partner(s)", "Timescale", "Q2 update", "RAG"],
        ["Priority 1: Tackling violence against women and girls", "1.1",
         "Recommission the independent domestic violence advocacy (IDVA) service with a dedicated IDVA for older victims.",
         "Merton Council VAWG Commissioning Lead", "April 2025 – March 2026",
         "New contract started 1 July 2025; older victims IDVA in post.", "Green"],
        ["", "1.2",
         "Deliver the Safer Spaces scheme with licensed premises in Wimbledon town centre, including Ask for Angela training for door staff.",
         "Met Police SW BCU Licensing; Merton Council Licensing Team", "Sept 2025",
         "42 premises signed up; training delivered to 118 door staff.", "Complete"],
        ["", "1.3",
         "Run a Respect-accredited domestic abuse perpetrator programme for up to 30 men.",
         "Probation Service (Merton PDU)", "Q4 2025/26",
         "Referral numbers lower than planned (9 to date).", "Amber"],
        ["Priority 2: Serious violence and exploitation", "2.1",
         "Publish the refreshed Serious Violence Duty strategic needs assessment and response strategy.",
         "Community Safety Manager", "June 2025", "Published 27 June 2025.", "Complete"],
        ["", "2.2",
         "Extend the hospital-based youth work programme at St George’s Emergency Department to weekend evenings.",
         "St George’s University Hospitals NHS FT & Youth Justice Service", "Dec-25",
         "Funding confirmed; youth worker recruitment under way.", "Amber"],
        ["", "2.3",
         "Deliver weapons awareness sessions in all Merton secondary schools and the pupil referral unit.",
         "Youth Justice Service", "Ongoing", "Sessions delivered in 7 of 9 schools.", "Green"],
        ["", "2.4",
         "Map exploitation hotspots through the Multi-Agency Child Exploitation (MACE) panel and agree joint disruption plans.",
         "Merton Safeguarding Children Partnership", "Quarterly", "Q2 mapping completed in September.", "Green"],
        ["Priority 3: Anti-social behaviour and neighbourhood crime", "3.1",
         "Launch the ASB Case Review (Community Trigger) online form and publish annual data.",
         "ASB Coordinator", "31/07/2025", "Form live; 2024/25 data published.", "Complete"],
        ["", "3.2",
         "Install 12 additional redeployable CCTV cameras in ward hotspots identified by the tasking group.",
         "CCTV Manager", "Nov 2025", "Supplier delay; 4 of 12 installed.", "Red"],
        ["", "3.3",
         "Run two weeks of action on bicycle and e-scooter theft in Mitcham and Morden town centres.",
         "Met Police SW BCU Neighbourhoods", "Feb-26", "", "Not started"],
        ["Priority 4: Reducing reoffending and substance misuse", "4.1",
         "Increase to 60% the proportion of prison leavers engaging with drug treatment within three weeks of release.",
         "Public Health Merton & Change Grow Live", "March 2026",
         "Q2 performance 48% (Q1: 44%).", "Amber"],
        [],
        ["RAG: Green = on track; Amber = some slippage; Red = significantly off track; Complete = delivered; Not started = not yet due to start"],
        ["Owner: Safer Merton Partnership Board"],
    ]
    with open(out("fh2-safer-merton-csp-community-safety-delivery-plan-2025-26.txt"), "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write("\t".join(ln) + "\n")


if __name__ == "__main__":
    make_havering_sar()
    make_harrow_dhr()
    make_nel_icb_log()
    make_nmuh_maternity()
    make_lewisham_crr()
    make_hillingdon_highlight()
    make_merton_csp()
    print("built 7 files in", HERE)
