"""Build the seven mx2- test files (set heldout396).

Run with: /work/main/.venv/bin/python mx2_make.py
Writes the data files beside this script. The .expected.yaml files are written separately.
"""
import csv
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
FILL = {
    "blue": PatternFill("solid", fgColor="0070C0"),
    "green": PatternFill("solid", fgColor="00B050"),
    "amber": PatternFill("solid", fgColor="FFC000"),
    "red": PatternFill("solid", fgColor="FF0000"),
    "head": PatternFill("solid", fgColor="1F3864"),
    "theme": PatternFill("solid", fgColor="D9E1F2"),
    "grey": PatternFill("solid", fgColor="E7E6E6"),
    "teal": PatternFill("solid", fgColor="DDEBF7"),
}
WHITE_BOLD = Font(bold=True, color="FFFFFF")


# ---------------------------------------------------------------------------
# 1. Surrey SAB - thematic SAR (people experiencing homelessness) - xlsx
# ---------------------------------------------------------------------------
SAR_FILE = "mx2-surrey-sab-thematic-sar-people-experiencing-homelessness-action-plan.xlsx"
SAR_TITLE = ("Surrey Safeguarding Adults Board – Thematic SAR: People Experiencing "
             "Homelessness – Multi-Agency Action Plan")
SAR_THEMES = [
    ("Theme 1: Multi-agency risk management and escalation", [
        ("1. SSAB partners should adopt a shared multi-agency risk management framework for adults "
         "experiencing homelessness who are at high risk but do not meet the threshold for a "
         "section 42 enquiry.", [
             ("1.1",
              "Review the Surrey Multi-Agency Risk Management (MARM) guidance to include specific "
              "prompts for people sleeping rough, in temporary accommodation or in hostels.",
              "SCC Adult Social Care – Head of Safeguarding",
              (dt.datetime(2025, 3, 31), "dd/mm/yyyy"),
              "Revised MARM guidance approved by SSAB Executive Group in March 2025 and published "
              "on the SSAB website.",
              "blue"),
             ("1.2",
              "Deliver multi-agency MARM briefings to housing, outreach and hostel staff across "
              "all 11 district and borough councils.",
              "SSAB Business Manager / Chair of Surrey Housing Needs Group",
              (dt.datetime(2025, 12, 31), "mmm-yy"),
              "Four briefings delivered (186 attendees). Two further sessions booked for "
              "November 2025 for hostel staff.",
              "green"),
         ]),
    ]),
    ("Theme 2: Mental capacity and executive functioning", [
        ("2. The Board should seek assurance that practitioners understand and apply the Mental "
         "Capacity Act 2005 where there are concerns about executive functioning, particularly "
         "for people with a history of alcohol or substance use.", [
             ("2.1",
              "Refresh the SSAB Mental Capacity Act and executive functioning practice guidance, "
              "including:\n• a worked example involving alcohol-related brain injury\n• guidance "
              "on recording capacity assessments for decisions about accommodation",
              "SSAB MCA Lead (Surrey Heartlands ICB)",
              ("Q3 2025/26", None),
              "Draft guidance out for consultation with partners until 14 November 2025.",
              "green"),
             ("2.2",
              "Audit a sample of 20 section 42 enquiries involving people experiencing "
              "homelessness to test the quality of mental capacity assessments.",
              "SSAB Quality Assurance Subgroup",
              (dt.datetime(2025, 6, 30), "dd/mm/yyyy"),
              "Audit not yet started due to subgroup capacity. Audit tool agreed; to be "
              "scheduled in quarter 4.",
              "red"),
         ]),
    ]),
    ("Theme 3: Access to health care and hospital discharge", [
        ("3. Surrey Heartlands ICB and Frimley ICB should ensure that hospital discharge "
         "arrangements for people with no settled accommodation include a referral under the "
         "Homelessness Reduction Act duty to refer and a named follow-up contact.", [
             ("3.1",
              "Embed the duty to refer into the discharge checklists used at Royal Surrey, "
              "St Peter's, East Surrey and Frimley Park hospitals.",
              "Surrey Heartlands ICB / Frimley ICB",
              ("March 2026", None),
              "Checklist updated at three of four sites; Frimley Park update scheduled for "
              "January 2026.",
              "green"),
             ("3.2",
              "Extend the Homeless Hospital Discharge Team pilot to cover all acute sites in "
              "Surrey.",
              "Surrey Heartlands ICB – Director of Commissioning",
              ("Ongoing – subject to funding", None),
              "Funding bid submitted to the Better Care Fund panel; decision expected February "
              "2026.",
              "amber"),
             ("3.3",
              "Ensure GP registration is offered to every person placed in emergency "
              "accommodation.",
              "Housing Options Managers (all 11 councils)",
              (dt.datetime(2024, 12, 31), "mmm-yy"),
              "Complete. Registration prompt added to placement paperwork in all 11 councils; "
              "audit in June 2025 showed 92% offered.",
              "blue"),
         ]),
    ]),
]


def make_sar():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = SAR_TITLE
    cov["A1"].font = Font(bold=True, size=14)
    cov["A2"] = "Progress update for the SAR Subgroup – October 2025"
    cov["A2"].font = Font(italic=True)
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    dc = [("Version", "2.3"), ("Owner", "SAR Subgroup Chair"),
          ("Last updated", dt.datetime(2025, 10, 9)), ("Next review", "January 2026"),
          ("Approved by", "SSAB Executive Group")]
    for i, (k, v) in enumerate(dc, start=5):
        cov.cell(i, 1, k).font = Font(bold=True)
        c = cov.cell(i, 2, v)
        if isinstance(v, dt.datetime):
            c.number_format = "dd/mm/yyyy"
        for col in (1, 2):
            cov.cell(i, col).border = BOX
    cov["A11"] = "RAG key"
    cov["A11"].font = Font(bold=True)
    key = [("blue", "Complete – evidence received and assured"), ("green", "On track"),
           ("amber", "Some slippage – revised date agreed"),
           ("red", "Off track / significant concern"), (None, "Not yet started")]
    for i, (colour, text) in enumerate(key, start=12):
        a = cov.cell(i, 1, None)
        a.border = BOX
        if colour:
            a.fill = FILL[colour]
        cov.cell(i, 2, text).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 48

    ws = wb.create_sheet("Action Plan")
    ws.merge_cells("A1:G1")
    ws["A1"] = "Thematic SAR: People Experiencing Homelessness – Action Plan (October 2025 update)"
    ws["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Recommendation", "Action", "Lead agency / officer", "Target date",
             "Progress update", "RAG"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(3, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 4
    for theme, recs in SAR_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["theme"]
        r += 1
        for rec, actions in recs:
            first = r
            for ref, action, lead, (due, fmt), progress, rag in actions:
                ws.cell(r, 1, ref)
                ws.cell(r, 3, action)
                ws.cell(r, 4, lead)
                d = ws.cell(r, 5, due)
                if fmt:
                    d.number_format = fmt
                ws.cell(r, 6, progress)
                ws.cell(r, 7, None).fill = FILL[rag]
                for c in range(1, 8):
                    ws.cell(r, c).alignment = WRAP
                    ws.cell(r, c).border = BOX
                r += 1
            ws.cell(first, 2, rec)
            if r - 1 > first:
                ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(first, 2).alignment = WRAP
    r += 1
    ws.cell(r, 1, "Note: RAG status is shown by cell colour – see key on Cover sheet.")
    ws.cell(r + 1, 1, "Actions closed at the July 2025 SAR Subgroup are shaded blue and will be "
                      "removed at the next update.")
    for col, w in zip("ABCDEFG", (7, 40, 48, 26, 13, 44, 8)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"

    gl = wb.create_sheet("Glossary")
    gl["A1"] = "Glossary"
    gl["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("HRA", "Homelessness Reduction Act 2017"),
            ("ICB", "Integrated Care Board"),
            ("MARM", "Multi-Agency Risk Management"),
            ("MCA", "Mental Capacity Act 2005"),
            ("SSAB", "Surrey Safeguarding Adults Board")], start=2):
        gl.cell(i, 1, k)
        gl.cell(i, 2, v)
    wb.save(os.path.join(HERE, SAR_FILE))


# ---------------------------------------------------------------------------
# 2. Stockton-on-Tees BC - Powering Our Future highlight report - xlsx
# ---------------------------------------------------------------------------
POF_FILE = "mx2-stockton-on-tees-bc-powering-our-future-programme-highlight-report.xlsx"
POF_TITLE = "Powering Our Future – Programme Highlight Report"
POF_MISSIONS = [
    ("Transformation Powering Our Future", [
        ("T1", "Complete scoping and business cases for the first six Transformation Reviews "
               "(Wave 1).", "Transformation Programme Manager", "Jun-25", "Jun-25", "G",
         "Complete", "All six business cases approved by Cabinet on 17 July 2025."),
        ("T2", "Go-live of the new Customer Relationship Management (CRM) platform for revenues "
               "and benefits enquiries.", "DDAT Programme Lead", "Oct-25", "Feb-26", "A", "A",
         "Supplier data migration delays; revised go-live agreed by Programme Board."),
        ("T3", "Xentrall Shared Services – agree revised service level agreement with Darlington "
               "Borough Council.", "Xentrall Shared Services Manager", "Mar-26", None, "G", "G",
         "Draft SLA shared with Darlington; joint board to consider in February."),
    ]),
    ("Communities Powering Our Future", [
        ("C1", "Launch the Community Grants Fund and award the first round of grants to "
               "voluntary and community sector groups.", "Community Partnerships Manager",
         "Sep-25", "Sep-25", "G", "Complete", "42 grants awarded totalling £318k."),
        ("C2", "Establish Community Hubs in Billingham, Thornaby and Ingleby Barwick.",
         "AD Community Services", "Dec-25", "Apr-26", "G", "A",
         "Billingham hub open. Thornaby lease still to be signed; Ingleby Barwick dependent "
         "on library refurbishment."),
    ]),
    ("Colleagues Powering Our Future", [
        ("CL1", "Implement the Workforce Strategy year 1 action plan, including the new "
                "leadership development programme for 120 managers.",
         "Head of HR / Head of Organisational Development", "Mar-26", None, "G", "G",
         "Cohort 2 of leadership programme started November (38 managers)."),
        ("CL2", "Roll out hybrid working policy and desk booking across Municipal Buildings "
                "and Kingsway House.", "Head of Property", "Nov-25", "Jan-26", "A", "R",
         "Building works at Municipal Buildings paused pending structural survey. Forecast "
         "under review."),
    ]),
    ("Place Making Powering Our Future", [
        ("PM1", "Agree Our Six Towns regeneration delivery plans with town centre partnership "
                "boards.", "Director of Regeneration and Inclusive Growth", "Dec-25", "Dec-25",
         "G", "G", "Five of six plans agreed; Yarm plan to partnership board 4 December."),
    ]),
]


def make_pof():
    wb = Workbook()
    hs = wb.active
    hs.title = "Highlight Report"
    hs["A1"] = "Stockton-on-Tees Borough Council"
    hs["A1"].font = Font(bold=True, size=12)
    hs["A2"] = POF_TITLE
    hs["A2"].font = Font(bold=True, size=16)
    hs["A3"] = "Reporting period: October – November 2025"
    hs["A4"] = "Programme Board: 9 December 2025"
    hs["A6"] = "Overall programme RAG"
    hs["B6"] = "Amber"
    hs["B6"].fill = FILL["amber"]
    hs["A7"] = "Previous RAG"
    hs["B7"] = "Amber"
    hs["B7"].fill = FILL["amber"]
    for rr in (6, 7):
        hs.cell(rr, 1).font = Font(bold=True)
        hs.cell(rr, 1).border = BOX
        hs.cell(rr, 2).border = BOX
    hs["A9"] = "Key messages"
    hs["A9"].font = Font(bold=True)
    msgs = [
        "• Wave 1 Transformation Reviews are now in delivery; Wave 2 scoping starts January 2026.",
        "• CRM go-live re-baselined to February 2026 – no impact on 2025/26 savings.",
        "• Hybrid working roll-out is red pending the structural survey of Municipal Buildings.",
    ]
    for i, m in enumerate(msgs, start=10):
        hs.cell(i, 1, m)
    hs["A14"] = "Milestone RAG summary"
    hs["A14"].font = Font(bold=True)
    counts = {"Complete": 0, "G": 0, "A": 0, "R": 0}
    for _, ms in POF_MISSIONS:
        for m in ms:
            counts[m[6]] += 1
    rows = [("Complete", counts["Complete"], "blue"), ("Green", counts["G"], "green"),
            ("Amber", counts["A"], "amber"), ("Red", counts["R"], "red"),
            ("Total", sum(counts.values()), None)]
    for i, (k, n, colour) in enumerate(rows, start=15):
        a = hs.cell(i, 1, k)
        b = hs.cell(i, 2, n)
        a.border = b.border = BOX
        if colour:
            a.fill = FILL[colour]
        else:
            a.font = b.font = Font(bold=True)
    hs["A21"] = "RAG key"
    hs["A21"].font = Font(bold=True)
    for i, (k, v) in enumerate([
            ("G", "On track to deliver by baseline date"),
            ("A", "At risk – forecast date later than baseline, mitigation in place"),
            ("R", "Off track – Programme Board decision needed"),
            ("Complete", "Milestone delivered")], start=22):
        hs.cell(i, 1, k).border = BOX
        hs.cell(i, 2, v).border = BOX
    hs.column_dimensions["A"].width = 26
    hs.column_dimensions["B"].width = 60

    ms = wb.create_sheet("Milestones")
    ms["A1"] = "Powering Our Future – Key Milestones by Mission"
    ms["A1"].font = Font(bold=True, size=13)
    heads = ["Ref", "Milestone", "Lead", "Baseline date", "Forecast date", "Previous RAG",
             "Current RAG", "Commentary"]
    for c, h in enumerate(heads, start=1):
        cell = ms.cell(2, c, h)
        cell.font = WHITE_BOLD
        cell.fill = FILL["head"]
        cell.alignment = WRAP
        cell.border = BOX
    r = 3
    rag_fill = {"G": "green", "A": "amber", "R": "red", "Complete": "blue"}
    for mission, items in POF_MISSIONS:
        ms.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ms.cell(r, 1, mission).font = Font(bold=True, color="FFFFFF")
        ms.cell(r, 1).fill = PatternFill("solid", fgColor="7030A0")
        r += 1
        for ref, text, lead, base, fc, prev, cur, comm in items:
            vals = [ref, text, lead, base, fc, prev, cur, comm]
            for c, v in enumerate(vals, start=1):
                cell = ms.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ms.cell(r, 6).fill = FILL[rag_fill[prev]]
            ms.cell(r, 7).fill = FILL[rag_fill[cur]]
            r += 1
    for col, w in zip("ABCDEFGH", (6, 48, 26, 11, 11, 10, 10, 46)):
        ms.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, POF_FILE))


# ---------------------------------------------------------------------------
# 3. UHNM - maternity PCLP culture improvement plan (typo month, refuse) - xlsx
# ---------------------------------------------------------------------------
PCLP_FILE = "mx2-uhnm-nhs-trust-maternity-pclp-culture-improvement-plan-typo-month-refuse.xlsx"
PCLP_TITLE = ("Maternity and Neonatal Services – Perinatal Culture and Leadership Programme "
              "(PCLP) Culture Improvement Plan 2024–2026")
PCLP_THEMES = [
    ("Theme 1: Civility and psychological safety", [
        ("1.1", "Staff described incivility between professional groups on the labour ward, "
                "particularly at handover.",
         "Introduce the Civility Saves Lives programme with sessions for all midwifery, "
         "obstetric and neonatal staff.", "Director of Midwifery", "Mar-25",
         "Sessions delivered to 74% of staff; now part of induction.", "Complete"),
        ("1.2", "Junior doctors did not always feel able to challenge senior decisions.",
         "Introduce a structured ‘safety huddle’ at every labour ward handover with an explicit "
         "invitation for all grades to raise concerns.",
         "Clinical Director for Obstetrics / Director of Midwifery", "Sep-25",
         "Huddle in place at Royal Stoke; County Hospital midwife-led unit to follow.",
         "On track"),
    ]),
    ("Theme 2: Speaking up and feedback", [
        ("2.1", "Staff who raised incidents said they rarely heard what happened next.",
         "Publish a monthly ‘You said, we did’ bulletin on incident learning for the perinatal "
         "team.", "Maternity Governance Lead", "Dec-24",
         "Bulletin issued monthly since December 2024.", "Complete"),
        ("2.2", "Neonatal nurses reported low awareness of Freedom to Speak Up routes.",
         "Appoint two Speak Up Champions on the neonatal unit and include FTSU in neonatal "
         "team days.", "Clinical Director for Neonates", "Novmber 2025",
         "One champion appointed; second post being advertised.", "Delayed"),
    ]),
    ("Theme 3: Staff wellbeing and burnout", [
        ("3.1", "SCORE burnout scores were above the national benchmark for midwives.",
         "Protect rest breaks on every shift and record missed breaks on the daily staffing "
         "tool.", "Divisional Director of Operations", "Jun-25",
         "Missed breaks now recorded; 21% of shifts in September reported a missed break.",
         "Delayed"),
        ("3.2", "Newly qualified midwives asked for more support in their first year.",
         "Expand the preceptorship programme to include monthly restorative supervision with a "
         "Professional Midwifery Advocate.", "Director of Midwifery", "Jan-26",
         "PMA sessions timetabled from January 2026.", "On track"),
    ]),
]
PCLP_TYPO_ROW = None  # filled in by make_pclp()


def make_pclp():
    global PCLP_TYPO_ROW
    wb = Workbook()
    ws = wb.active
    ws.title = "Culture Improvement Plan"
    ws["A1"] = "University Hospitals of North Midlands NHS Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws["A2"] = PCLP_TITLE
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Following the SCORE safety culture survey and culture conversations, "
                "spring 2024 – Royal Stoke University Hospital and County Hospital")
    ws["A4"] = ("Owner: Perinatal Quad   |   Reported to: Maternity and Neonatal Safety "
                "Champions; Quality Governance Committee   |   Updated: 14 October 2025")
    heads = ["No.", "What you told us (SCORE theme)", "What we will do", "Quad lead",
             "By when", "Progress", "Status"]
    for c, h in enumerate(heads, start=1):
        cell = ws.cell(6, c, h)
        cell.font = WHITE_BOLD
        cell.fill = PatternFill("solid", fgColor="005EB8")
        cell.alignment = WRAP
        cell.border = BOX
    r = 7
    st_fill = {"Complete": "blue", "On track": "green", "Delayed": "amber"}
    for theme, items in PCLP_THEMES:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, theme).font = Font(bold=True)
        ws.cell(r, 1).fill = FILL["teal"]
        r += 1
        for vals in items:
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v)
                cell.alignment = WRAP
                cell.border = BOX
            ws.cell(r, 7).fill = FILL[st_fill[vals[6]]]
            if vals[4] == "Novmber 2025":
                PCLP_TYPO_ROW = r
            r += 1
    r += 1
    ws.cell(r, 1, "Quad: Director of Midwifery, Clinical Director for Obstetrics, Clinical "
                  "Director for Neonates, Divisional Director of Operations.")
    ws.cell(r + 1, 1, "Status: Complete / On track / Delayed. Progress is reviewed monthly at "
                      "the Perinatal Quad meeting.")
    for col, w in zip("ABCDEFG", (6, 40, 48, 28, 14, 42, 11)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, PCLP_FILE))


# ---------------------------------------------------------------------------
# 4. Kirklees Communities Partnership - DHR 'Zoe' action plan - docx
# ---------------------------------------------------------------------------
DHR_FILE = "mx2-kirklees-communities-partnership-dhr-zoe-action-plan.docx"
DHR_TITLE = "Domestic Homicide Review – ‘Zoe’ – Action Plan"
DHR_SECTION_A = "Section A: Overview Report Recommendations"
DHR_SECTION_B = "Section B: Single Agency Recommendations"
DHR_A = [
    ("1. The Communities Partnership Board to assure itself that all partner agencies routinely "
     "ask about domestic abuse when a client discloses financial hardship or debt.", "Local", [
         ("1.1", "Develop a ‘routine enquiry’ prompt for Kirklees Council Revenues and Benefits, "
                 "Welfare Rights and Citizens Advice Kirklees staff.",
          "Kirklees Council – Domestic Abuse Strategic Lead", "31 March 2025",
          "Completed 20/03/2025 – prompt in use; 112 staff briefed.", "Blue"),
         ("1.2", "Include economic abuse in the Kirklees domestic abuse training offer, with "
                 "specialist input from Surviving Economic Abuse.",
          "Kirklees Council – Domestic Abuse Strategic Lead", "December 2025",
          "Module drafted; first session 4 November 2025.", "Green"),
     ]),
    ("2. West Yorkshire Police and Kirklees MARAC to review how risk is re-assessed when a "
     "victim withdraws support for a prosecution.", "Local / regional", [
         ("2.1", "Audit 30 MARAC cases where the victim withdrew from the criminal justice "
                 "process to test whether a repeat DASH risk assessment was completed.",
          "West Yorkshire Police / Kirklees MARAC Chair", "By 30/06/2025",
          "Audit completed; findings reported to the DHR Standing Panel on 8 July 2025. "
          "Re-audit planned for March 2026.", "Amber"),
         ("2.2", "Update the MARAC operating protocol so that withdrawal of support triggers an "
                 "automatic review of the safety plan.",
          "Kirklees MARAC Chair", "September 2025",
          "Redraft delayed pending the West Yorkshire regional MARAC review.", "Red"),
     ]),
    ("3. NHS West Yorkshire ICB (Kirklees) to ensure GP practices record and share disclosures "
     "of domestic abuse made during consultations.", "Local", [
         ("3.1", "Issue GP practice guidance on coding domestic abuse disclosures and deliver "
                 "IRIS training to the remaining 14 practices.",
          "NHS West Yorkshire ICB – Designated Nurse for Safeguarding Adults",
          "Ongoing – quarterly reporting", "10 of 14 practices trained to date.", "Green"),
     ]),
]
DHR_B = [
    ("SA1", "Locala Health and Wellbeing",
     "Locala to ensure that health visitors and school nurses ask about domestic abuse at every "
     "contact where a parent is seen alone.",
     "Re-audit compliance with routine enquiry in the 0–19 service and report the results to "
     "the Locala Safeguarding Committee.", "Locala Head of Safeguarding", "Jan-26",
     "Audit sample agreed (60 records).", "Green"),
    ("SA2", "Kirklees Council – Homes and Neighbourhoods",
     "Homes and Neighbourhoods to strengthen the response to tenants reporting anti-social "
     "behaviour that may indicate domestic abuse.",
     "Add a domestic abuse screening question to the ASB case management system and brief all "
     "Housing Officers.", "Service Manager – Tenancy Sustainment", "31/10/2025",
     "Screening question live from 1 October 2025; 46 officers briefed.", "Complete"),
]


def _shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)


def _header_row(table, heads, fill="1F3864"):
    for i, h in enumerate(heads):
        c = table.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(c, fill)


def make_dhr():
    doc = Document()
    _landscape(doc)
    p = doc.add_paragraph()
    run = p.add_run("Kirklees Communities Partnership")
    run.bold = True
    doc.add_heading(DHR_TITLE, level=1)
    doc.add_paragraph("Victim: ‘Zoe’ (pseudonym agreed with her family), aged 34. Review "
                      "commissioned February 2023. Overview report approved by the Home Office "
                      "Quality Assurance Panel in May 2024.")
    doc.add_paragraph("This action plan is monitored by the DHR Standing Panel on behalf of the "
                      "Communities Partnership Board. Progress as at 30 September 2025.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Version", "1.6"), ("Date", "30/09/2025"),
                                ("Author", "Community Safety Partnership Manager"),
                                ("Approved by", "Communities Partnership Board")]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[1].text = v
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True

    doc.add_heading(DHR_SECTION_A, level=2)
    n_rows = 1 + sum(len(a) for _, _, a in DHR_A)
    ta = doc.add_table(rows=n_rows, cols=8)
    ta.style = "Table Grid"
    _header_row(ta, ["No.", "Recommendation", "Scope (local / regional / national)",
                     "Action to take", "Lead agency", "Target date",
                     "Date of completion and outcome", "RAG"])
    r = 1
    for rec, scope, actions in DHR_A:
        first = r
        for ref, act, lead, due, outcome, rag in actions:
            cells = ta.rows[r].cells
            cells[0].text = ref
            cells[3].text = act
            cells[4].text = lead
            cells[5].text = due
            cells[6].text = outcome
            cells[7].text = rag
            r += 1
        last = r - 1
        rc = ta.cell(first, 1)
        sc = ta.cell(first, 2)
        if last > first:
            rc = rc.merge(ta.cell(last, 1))
            sc = sc.merge(ta.cell(last, 2))
        rc.text = rec
        sc.text = scope

    doc.add_heading(DHR_SECTION_B, level=2)
    tb = doc.add_table(rows=1 + len(DHR_B), cols=8)
    tb.style = "Table Grid"
    _header_row(tb, ["No.", "Agency", "Recommendation", "Action to take", "Lead officer",
                     "Target date", "Date of completion and outcome", "RAG"])
    for i, vals in enumerate(DHR_B, start=1):
        for j, v in enumerate(vals):
            tb.rows[i].cells[j].text = v
    doc.add_paragraph("")
    doc.add_paragraph("RAG key: Blue – complete; Green – on track; Amber – partially achieved "
                      "or at risk; Red – not achieved or overdue.")
    doc.add_paragraph("Completed actions will be reported to the Communities Partnership Board "
                      "and the plan closed when all actions are Blue.")
    doc.save(os.path.join(HERE, DHR_FILE))


# ---------------------------------------------------------------------------
# 5. Newcastle upon Tyne Hospitals NHSFT - FTSU improvement plan - docx
# ---------------------------------------------------------------------------
FTSU_FILE = "mx2-newcastle-upon-tyne-hospitals-nhsft-freedom-to-speak-up-improvement-plan.docx"
FTSU_TITLE = "Freedom to Speak Up Improvement Plan 2025/26 – Progress Report"
FTSU_SECTIONS = [
    ("1. Value speaking up", [
        ("1.1", "Refresh the Trust's Freedom to Speak Up strategy and vision, co-produced with "
                "staff networks, for approval by the Board.",
         "Chief People Officer; FTSU Guardian", "September 2025",
         "Strategy approved by the Board on 25 September 2025.", "B"),
        ("1.2", "Include a speaking up objective in the appraisal of every executive and "
                "non-executive director.", "Chair and Chief Executive", "Q4 2025/26",
         "Objective wording agreed; appraisals take place March 2026.", "G"),
    ]),
    ("2. Role-model speaking up and set a healthy Freedom to Speak Up culture", [
        ("2.1", "Deliver the National Guardian's Office ‘Follow Up’ module to all senior "
                "leaders (Band 8a and above), with completion reported to the People Committee "
                "monthly.", "Director of Organisational Development", "March 2026",
         "61% of 412 senior leaders completed.", "A"),
    ]),
    ("3. Make sure workers know how to speak up and feel safe and encouraged to do so", [
        ("3.1", "Recruit and train an additional 40 Speak Up Champions, prioritising estates, "
                "facilities and night-shift staff.", "FTSU Guardian", "Dec 2025",
         "33 champions recruited and trained.", "G"),
        ("3.2", "Publish speaking up information in the five most common languages spoken by "
                "our international and estates workforce.",
         "Head of Communications / FTSU Guardian", "January 2026",
         "Original date of October 2025 missed because of the procurement of the translation "
         "service. Revised date agreed by People Committee.", "A"),
    ]),
    ("4. When someone speaks up, thank them, listen and follow up", [
        ("4.1", "Introduce a ‘feedback within 10 working days’ standard for all concerns raised "
                "to the Guardian service and monitor compliance.", "FTSU Guardian",
         "Q3 2025/26", "Standard in place from August; 87% compliance in Q2.", "G"),
    ]),
    ("5. Use speaking up as an opportunity to learn and improve", [
        ("5.1", "Triangulate speaking up themes with incidents, grievances and staff survey "
                "results in a quarterly report to the Quality and People Committees.",
         "Deputy Chief People Officer", "Quarterly",
         "First triangulated report presented to People Committee in October 2025.", "G"),
        ("5.2", "Commission an external review of the handling of speaking up cases in the "
                "surgical directorates and act on its findings.", "Chief Medical Officer",
         "Feb 2026", "Terms of reference agreed; reviewer appointed.", "R"),
    ]),
]


def make_ftsu():
    doc = Document()
    _landscape(doc)
    p = doc.add_paragraph()
    r = p.add_run("The Newcastle upon Tyne Hospitals NHS Foundation Trust")
    r.bold = True
    doc.add_paragraph("Board of Directors – Public Meeting, 27 November 2025 – Agenda item 14")
    doc.add_heading(FTSU_TITLE, level=1)
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Report of", "Chief People Officer"),
            ("Prepared by", "Freedom to Speak Up Guardian"),
            ("Purpose", "For assurance")]):
        meta.rows[i].cells[0].text = k
        meta.rows[i].cells[1].text = v
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph("This report updates the Board on delivery of the Freedom to Speak Up "
                      "improvement plan agreed following the Board's reflection using the "
                      "NHS England planning and improvement tool. Actions are grouped under "
                      "the principles of the national guide for leaders.")
    doc.add_heading("Summary of progress", level=2)
    counts = {}
    for _, items in FTSU_SECTIONS:
        for it in items:
            counts[it[5]] = counts.get(it[5], 0) + 1
    summ = doc.add_table(rows=6, cols=2)
    summ.style = "Table Grid"
    summ_rows = [("Complete (B)", counts.get("B", 0)), ("On track (G)", counts.get("G", 0)),
                 ("At risk (A)", counts.get("A", 0)), ("Off track (R)", counts.get("R", 0)),
                 ("Total actions", sum(counts.values()))]
    summ.rows[0].cells[0].text = "Status"
    summ.rows[0].cells[1].text = "Number of actions"
    for i, (k, n) in enumerate(summ_rows, start=1):
        summ.rows[i].cells[0].text = k
        summ.rows[i].cells[1].text = str(n)
    doc.add_paragraph("")
    doc.add_paragraph("RAG key:")
    key = doc.add_table(rows=4, cols=2)
    key.style = "Table Grid"
    for i, (k, v, f) in enumerate([("B", "Complete", "0070C0"), ("G", "On track", "00B050"),
                                   ("A", "At risk of slippage", "FFC000"),
                                   ("R", "Off track", "FF0000")]):
        key.rows[i].cells[0].text = k
        key.rows[i].cells[1].text = v
        _shade(key.rows[i].cells[0], f)
    doc.add_paragraph("Progress against each action in the improvement plan is set out "
                      "below, by principle.")
    fills = {"B": "0070C0", "G": "00B050", "A": "FFC000", "R": "FF0000"}
    for heading, items in FTSU_SECTIONS:
        doc.add_heading(heading, level=2)
        t = doc.add_table(rows=1 + len(items), cols=6)
        t.style = "Table Grid"
        _header_row(t, ["Ref", "Action", "Lead(s)", "Due", "Progress update", "RAG"],
                    fill="005EB8")
        for i, vals in enumerate(items, start=1):
            for j, v in enumerate(vals):
                t.rows[i].cells[j].text = v
            _shade(t.rows[i].cells[5], fills[vals[5]])
        doc.add_paragraph("")
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph("The Board is asked to note the progress made and the actions at risk, "
                      "and to receive the next update in May 2026.")
    doc.save(os.path.join(HERE, FTSU_FILE))


# ---------------------------------------------------------------------------
# 6. NHS Norfolk and Waveney ICB - Board action log - csv
# ---------------------------------------------------------------------------
ICB_FILE = "mx2-nhs-norfolk-and-waveney-icb-board-action-log.csv"
ICB_TITLE = "NHS Norfolk and Waveney Integrated Care Board – Board Meeting in Public: Action Log"
ICB_HEAD = ["Action No.", "Date raised", "Action", "Owner", "Due date", "Revised due date",
            "Update", "RAG"]
ICB_ROWS = [
    ["ICB25/041", "27/05/2025",
     "Provide the Board with an update on the dental access recovery plan, including the "
     "number of additional urgent dental appointments commissioned in Great Yarmouth and "
     "Waveney.", "Director of Commissioning", "29/07/2025", "30/09/2025",
     "Update presented at September Board (item 9). Propose closure.", "Complete"],
    ["ICB25/057", "29/07/2025",
     "Bring a paper on the financial recovery trajectory and its impact on the system's "
     "2025/26 deficit plan.", "Director of Finance", "30/09/2025", "25/11/2025",
     "On the agenda for this meeting (item 11).", "Amber"],
    ["ICB25/063", "29/07/2025",
     "Confirm the date of the Board development session on the refresh of the Joint Forward "
     "Plan.", "Board Secretary", "30/09/2025", "",
     "Development session held on 14 October 2025. Propose closure.", "Complete"],
    ["ICB25/071", "30/09/2025",
     "Share the outcome of the independent review of mental health out-of-area placements with "
     "Board members, including the action plan agreed with NSFT.",
     "Chief Nursing Officer / Director of Mental Health", "27/01/2026", "",
     "Review report expected December 2025.", "Green"],
    ["ICB25/072", "30/09/2025",
     "Provide a breakdown of ambulance handover delays by acute trust (NNUH, QEH and JPUH) for "
     "the winter period.", "Chief Operating Officer", "25/11/2025", "",
     "Data pack circulated with Board papers;\nwinter update to follow in January.", "Amber"],
    ["ICB25/074", "30/09/2025",
     "Write to the Secretary of State regarding capital funding for the replacement of the "
     "Queen Elizabeth Hospital, King's Lynn.", "Chair & Chief Executive", "28/10/2025", "",
     "Letter drafted; awaiting confirmation of the national New Hospital Programme timetable.",
     "Red"],
    ["ICB25/079", "30/09/2025",
     "Report back on uptake of the autumn COVID-19 and flu vaccination programme among care "
     "home residents and eligible staff.", "Director of Primary Care", "31/03/2026", "", "",
     "Green"],
]


def make_icb():
    path = os.path.join(HERE, ICB_FILE)
    n = len(ICB_HEAD)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([ICB_TITLE] + [""] * (n - 1))
        w.writerow(["Open actions as at 25 November 2025"] + [""] * (n - 1))
        w.writerow([""] * n)
        w.writerow(ICB_HEAD)
        for row in ICB_ROWS:
            w.writerow(row)
        w.writerow([""] * n)
        w.writerow(["RAG key: Red = overdue; Amber = due at this meeting; Green = not yet due; "
                    "Complete = propose closure"] + [""] * (n - 1))
        w.writerow(["Closed actions are removed from the log once reported to one meeting."]
                   + [""] * (n - 1))


# ---------------------------------------------------------------------------
# 7. Redcar & Cleveland BC - corporate risk register Q3 2025/26 - txt (tab-separated)
# ---------------------------------------------------------------------------
CRR_FILE = "mx2-redcar-and-cleveland-bc-corporate-risk-register-q3-2025-26.txt"
CRR_TITLE = "Redcar & Cleveland Borough Council – Corporate Risk Register, Quarter 3 2025/26"
CRR_RISKS = [
    ("CRR01 Financial resilience – failure to deliver a balanced budget and a sustainable "
     "Medium Term Financial Plan", "Director of Resources (S151 Officer)", "20 (L4 x I5)", "12",
     "↔ No change", [
         ("CRR01.1", "Deliver the 2026/27 savings programme of £6.2m, with monthly tracking at "
                     "Corporate Management Team.", "Assistant Director Finance", "31/03/2026",
          "Amber"),
         ("CRR01.2", "Complete the review of earmarked reserves and report to Cabinet with the "
                     "2026/27 budget.", "Assistant Director Finance", "Feb 2026", "On track"),
     ]),
    ("CRR02 Children's social care – demand and placement costs exceed available budget and "
     "sufficiency", "Director of Children's Services", "16 (L4 x I4)", "12", "↑ Increasing", [
         ("CRR02.1", "Open two new in-house children's homes to reduce reliance on external "
                     "residential placements.", "Assistant Director Children's Social Care",
          "Q4 2025/26", "Amber"),
         ("CRR02.2", "Deliver the foster carer recruitment campaign target of 15 new mainstream "
                     "fostering households.", "Head of Fostering & Adoption", "31/03/2026",
          "Amber"),
     ]),
    ("CRR03 Cyber security – a successful cyber attack causes loss of systems, data or "
     "services", "Head of ICT", "15 (L3 x I5)", "10", "↔ No change", [
         ("CRR03.1", "Achieve the Cyber Assessment Framework (CAF) for local government baseline "
                     "and close the 7 high-priority gaps identified.", "Head of ICT",
          "30/06/2026", "On track"),
         ("CRR03.2", "Run a cyber incident exercise with Corporate Management Team and test "
                     "recovery of critical systems from immutable backups.",
          "Head of ICT / Emergency Planning Manager", "Nov-25", "Complete"),
     ]),
    ("CRR04 Coastal erosion and flooding – damage to coastal defences, infrastructure and "
     "property", "Director of Growth, Enterprise and Environment", "12 (L3 x I4)", "9",
     "↓ Decreasing", [
         ("CRR04.1", "Review the Shoreline Management Plan policy units for Saltburn and Marske "
                     "and update the asset inspection programme.", "Coastal Engineering Manager",
          "Ongoing", "On track"),
         ("CRR04.2", "Update the Multi-Agency Flood Plan with Cleveland Local Resilience Forum "
                     "partners.", "Emergency Planning Manager", "Sept 2026", "Not started"),
     ]),
]


def make_crr():
    lines = [
        CRR_TITLE,
        "Position at 31 December 2025 – presented to Governance Committee, 29 January 2026",
        "",
    ]
    for heading, owner, current, target, direction, actions in CRR_RISKS:
        lines.append(heading)
        lines.append("Risk owner:\t" + owner + "\tCurrent score:\t" + current
                     + "\tTarget score:\t" + target + "\tDirection of travel:\t" + direction)
        lines.append("Ref\tFurther mitigating action\tAction owner\tTarget date\tStatus")
        for a in actions:
            lines.append("\t".join(a))
        lines.append("")
    lines.append("Risk scoring: Likelihood (1–5) x Impact (1–5). Red 15–25; Amber 8–14; "
                 "Green 1–7.")
    lines.append("Report generated 12/01/2026 from the corporate performance system.")
    with open(os.path.join(HERE, CRR_FILE), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    make_sar()
    make_pof()
    make_pclp()
    make_dhr()
    make_ftsu()
    make_icb()
    make_crr()
    print("typo row (PCLP):", PCLP_TYPO_ROW)


if __name__ == "__main__":
    main()
