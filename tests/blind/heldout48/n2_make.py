"""Generator for the n2- cases of heldout48 (partnership and corporate plans).

Run with /work/main/.venv/bin/python n2_make.py (needs python-docx and openpyxl).
Writes seven documents beside this script; the .expected.yaml files are written
by hand and are not touched here.
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


D = dt.datetime

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def fill(hex_):
    return PatternFill("solid", start_color=hex_, end_color=hex_)


RAGFILL = {
    "B": "5B9BD5", "G": "00B050", "A": "FFC000", "R": "FF0000",
}


# ---------------------------------------------------------------------------
# 1. Homerton Healthcare NHS FT - CQC maternity must do / should do (xlsx)
# ---------------------------------------------------------------------------
def homerton():
    wb = Workbook()
    ws = wb.active
    ws.title = "CQC Maternity Action Plan"
    widths = [8, 11, 16, 38, 46, 26, 13, 13, 50, 30, 8]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w

    ws["A1"] = "Homerton Healthcare NHS Foundation Trust"
    ws["A1"].font = Font(bold=True, size=12, color="005EB8")
    ws.merge_cells("A1:K1")
    ws["A2"] = ("Maternity Services \u2013 CQC Inspection June 2023: "
                "Must Do and Should Do Action Plan")
    ws["A2"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:K2")
    ws["A3"] = ("CQC report published 14 September 2023. Position as at "
                "31 March 2024, for Quality Committee, April 2024. "
                "Executive sponsor: Chief Nurse.")
    ws["A3"].font = Font(italic=True)
    ws.merge_cells("A3:K3")

    hdr = ["Ref", "Must / Should", "Regulation", "CQC requirement",
           "Action(s) to be taken", "Lead(s)", "Target date",
           "Revised date", "Progress update (March 2024)", "Evidence",
           "BRAG"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.alignment = WRAP
        cell.border = BOX

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 12):
            ws.cell(row=row, column=c).fill = fill("D9D9D9")
            ws.cell(row=row, column=c).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row,
                       end_column=11)

    MD1 = ("The trust must ensure sufficient medical staffing is planned "
           "for maternity triage so that women and birthing people are "
           "reviewed within safe timeframes.")
    SD1 = ("The service should ensure all staff complete mandatory "
           "training, including PROMPT and fetal monitoring training, in "
           "line with trust targets.")
    SD2 = ("The service should ensure emergency equipment is checked "
           "daily in line with trust policy.")
    SD3 = ("The service should ensure risks on the maternity risk "
           "register are reviewed and updated within agreed timescales.")
    SD4 = ("The service should continue to improve the timeliness of "
           "incident investigations and sharing of learning.")

    rows = [
        # row, ref, type, reg, requirement, action, lead, target, revised,
        # progress, evidence, brag
        (7, "MD1.1", "Must do", "Regulation 18: Staffing", MD1,
         "Review the obstetric rota to provide a dedicated registrar for "
         "the Maternity Assessment Unit (triage) 24/7 and submit a "
         "business case for two additional registrar posts to the "
         "Divisional Board.",
         "Clinical Director, Women's Health", D(2024, 1, 31),
         D(2024, 6, 30),
         "Business case approved at Divisional Board 20 February 2024. "
         "Recruitment to both posts under way; locum registrar covering "
         "triage in the interim. Target revised to allow for recruitment.",
         "Divisional Board minutes Feb-24; rota", "A"),
        (8, "MD1.2", "Must do", "Regulation 18: Staffing", None,
         "Implement the Birmingham Symptom-specific Obstetric Triage "
         "System (BSOTS) and audit time from arrival to medical review "
         "monthly.",
         "Consultant Midwife / Triage Lead Obstetrician", D(2023, 12, 31),
         None,
         "BSOTS live from 4 December 2023. March audit: 87% of women "
         "reviewed by a doctor within the BSOTS timeframe (target 90%).",
         "BSOTS audit Jan\u2013Mar 2024", "G"),
        (9, "SD1.1", "Should do", "N/A", SD1,
         "Publish monthly training compliance by staff group and book all "
         "non-compliant staff onto PROMPT and fetal monitoring training.",
         "Practice Development Midwife", "Q3 2023/24", None,
         "Compliance at end of December 2023: midwives 93%, obstetricians "
         "90%, anaesthetists 88%. Closed at Maternity Governance Board in "
         "January 2024.",
         "Training dashboard Dec-23", "B"),
        (10, "SD1.2", "Should do", "N/A", None,
         "Add PROMPT and fetal monitoring compliance to the monthly "
         "maternity quality dashboard.",
         "Maternity Governance Lead", D(2023, 11, 30), None,
         "Included in dashboard from November 2023 report.",
         "Maternity dashboard", "B"),
        (11, "SD2.1", "Should do", "N/A", SD2,
         "Introduce an electronic checklist for resuscitaire and emergency "
         "trolley checks on Labour Ward and the postnatal ward.",
         "Labour Ward Manager", D(2023, 10, 31), D(2024, 1, 31),
         "Electronic checklist live on both wards since 15 January 2024 "
         "after a delay in the IT build.",
         "Checklist screenshots; audit", "B"),
        (12, "SD2.2", "Should do", "N/A", None,
         "Matron spot-check audit of equipment checks, with results "
         "reported to the Maternity Quality and Safety meeting.",
         "Inpatient Matron", "Monthly", None,
         "Spot checks completed October to March; compliance 96\u2013100%.",
         "Matron audit returns", "G"),
        (15, "SD3.1", "Should do", "N/A", SD3,
         "Review all open maternity risks with risk owners, update "
         "controls and archive duplicated entries.",
         "Maternity Governance Lead", D(2024, 2, 29), None,
         "All 41 open risks reviewed; 9 duplicates archived. Risk register "
         "now reviewed at monthly governance meeting.",
         "Datix risk register extract", "B"),
        (16, "SD3.2", "Should do", "N/A", None,
         "Make the maternity risk register a standing item at the monthly "
         "Women's Health Divisional Board.",
         "Divisional Director of Operations", D(2024, 3, 31), None,
         "Agreed; first standing item scheduled for the April 2024 "
         "Divisional Board.",
         "Divisional Board agenda", "G"),
        (17, "SD4.1", "Should do", "N/A", SD4,
         "Transition maternity incident management to PSIRF and train "
         "maternity investigators in After Action Review and PSII "
         "methodology.",
         "Head of Patient Safety / Maternity Governance Lead",
         D(2024, 3, 31), D(2024, 9, 30),
         "PSIRF went live trust-wide on 1 March 2024. Six of ten maternity "
         "investigators trained; remaining places booked for June.",
         "PSIRF plan; training records", "A"),
        (18, "SD4.2", "Should do", "N/A", None,
         "Hold a weekly incident review huddle to agree the level of "
         "response for each incident within 5 working days.",
         "Maternity Risk Manager", "Ongoing", None,
         "Huddle paused in February owing to a vacancy in the risk team; "
         "restarting in May 2024 once the new risk midwife is in post.",
         "", "R"),
    ]
    section(6, "Safe")
    section(14, "Well-led")
    for (r, ref, typ, reg, req, action, lead, target, revised, prog, ev,
         brag) in rows:
        vals = [ref, typ, reg, req, action, lead, target, revised, prog,
                ev, brag]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(target, D):
            ws.cell(row=r, column=7).number_format = "dd/mm/yyyy"
        if isinstance(revised, D):
            ws.cell(row=r, column=8).number_format = "mmm-yy"
        b = ws.cell(row=r, column=11)
        b.fill = fill(RAGFILL[brag])
        b.font = Font(bold=True)
        b.alignment = Alignment(horizontal="center", vertical="top")
    # requirement text merged down over the actions that answer it
    for top, bottom in [(7, 8), (9, 10), (11, 12), (15, 16), (17, 18)]:
        ws.merge_cells(start_row=top, start_column=4, end_row=bottom,
                       end_column=4)
        ws.merge_cells(start_row=top, start_column=3, end_row=bottom,
                       end_column=3)
    # row 13 left blank between the two sections

    ws["A20"] = "BRAG key"
    ws["A20"].font = Font(bold=True)
    key = [("B", "Complete \u2013 action delivered and evidence assured"),
           ("G", "On track to deliver by the target date"),
           ("A", "At risk of slippage \u2013 mitigation in place"),
           ("R", "Off track or target date missed")]
    for i, (k, txt) in enumerate(key):
        r = 21 + i
        ws.cell(row=r, column=1, value=k).fill = fill(RAGFILL[k])
        ws.cell(row=r, column=2, value=txt)
    ws["A26"] = ("Action plan owner: Director of Midwifery. Updates to "
                 "maternity.governance@homerton.nhs.uk by the 5th of each "
                 "month.")
    ws["A26"].font = Font(italic=True, size=9)
    ws.freeze_panes = "A6"
    wb.save(out("n2-homerton-cqc-maternity-must-should-do-plan.xlsx"))


# ---------------------------------------------------------------------------
# 2. City and Hackney SAB - SAR 'Mr C' action plan (docx)
# ---------------------------------------------------------------------------
def shade(cell, hex_):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)


def hackney():
    doc = Document()
    landscape(doc)
    doc.add_heading("City and Hackney Safeguarding Adults Board: "
                    "Safeguarding Adults Review \u2018Mr C\u2019 \u2013 "
                    "Action Plan", level=1)
    doc.add_paragraph("Progress update \u2013 January 2025")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    dc = [("Version", "1.3"), ("Date", "9 January 2025"),
          ("Owner", "CHSAB Business Manager"),
          ("Monitored by", "SAR and Case Review Sub-group"),
          ("Status", "Live \u2013 reported quarterly to the Board")]
    for i, (a, b) in enumerate(dc):
        set_cell(t.cell(i, 0), a, bold=True)
        set_cell(t.cell(i, 1), b)
        shade(t.cell(i, 0), "E7E6E6")

    doc.add_paragraph(
        "Mr C was a 71-year-old man who lived alone in a housing "
        "association flat in Hackney. He had long-standing difficulties "
        "with self-care and hoarding, and several agencies were in contact "
        "with him in the two years before he died following a fire at his "
        "home. The review was published in July 2024 and made four "
        "recommendations to the Board. This plan sets out the actions "
        "agreed by partners in response and their progress to date.")

    recs = [
        ("Recommendation 1: CHSAB should seek assurance that partners are "
         "using the multi-agency risk management (MARM) protocol for adults "
         "who self-neglect, and that it is understood by frontline staff.",
         [("1.1", "Relaunch the City and Hackney MARM protocol with a "
                  "7-minute briefing and a practitioner webinar.",
           "CHSAB Business Manager", "September 2024",
           "Webinar held 18 September 2024 (146 attendees); briefing "
           "circulated to all partners and published on the CHSAB website.",
           "Complete"),
          ("1.2", "Audit a sample of 20 self-neglect cases to test whether "
                  "MARM meetings were convened where the criteria were met, "
                  "and report findings to the Quality Assurance Sub-group.",
           "Head of Adult Safeguarding (LBH) / Designated Nurse "
           "Safeguarding Adults (NEL ICB)", "Q4 2024/25",
           "Audit tool agreed. Case sample drawn in December; audit days "
           "booked for February 2025.",
           "Amber")]),
        ("Recommendation 2: Partners should ensure that fire risk is "
         "routinely considered in assessments of adults who self-neglect "
         "or hoard, with referral to London Fire Brigade for a Home Fire "
         "Safety Visit.",
         [("2.1", "Add a fire risk prompt and LFB referral link to the adult "
                  "social care assessment and the ELFT community mental "
                  "health risk assessment.",
           "Principal Social Worker (LBH) / Associate Director of Nursing "
           "(ELFT)", "31/10/2024 (revised 31/03/2025)",
           "Prompt live in Mosaic from November 2024. ELFT change is "
           "scheduled for the March 2025 RiO release, hence revised date.",
           "Green"),
          ("2.2", "LFB to deliver fire safety awareness sessions to home "
                  "care providers and hoarding support workers.",
           "LFB Hackney Borough Commander", "Sept 2024 \u2013 March 2025",
           "Four of six sessions delivered; remaining two booked for "
           "February and March.",
           "Green")]),
        ("Recommendation 3: Mental capacity assessments about self-care and "
         "accepting support should be decision-specific, clearly recorded "
         "and should consider executive functioning.",
         [("3.1", "Deliver multi-agency training on the Mental Capacity Act "
                  "and executive functioning (two cohorts).",
           "CHSAB Training and Development Lead", "March 2025",
           "First cohort delivered in November 2024; second cohort "
           "scheduled for 12 March 2025.",
           "Green"),
          ("3.2", "Primary care to audit the recording of mental capacity "
                  "assessments for patients on the self-neglect register.",
           "Named GP for Safeguarding Adults", "TBC",
           "Audit tool agreed but audit not started owing to capacity in "
           "the primary care safeguarding team. To be re-scheduled at the "
           "February sub-group.",
           "Red")]),
        ("Recommendation 4: The Board should seek assurance that housing "
         "providers share information about tenants who are self-neglecting "
         "and work within the multi-agency framework.",
         [("4.1", "Housing providers' forum to sign up to the CHSAB "
                  "information sharing agreement for self-neglect and "
                  "hoarding.",
           "Head of Tenancy Management (Hackney Council) / CHSAB Business "
           "Manager", "31 December 2024",
           "Eleven registered providers have signed the agreement, covering "
           "over 90% of social rented homes in the borough.",
           "Complete"),
          ("4.2", "Establish a quarterly self-neglect and hoarding panel to "
                  "consider cases where risk remains high despite "
                  "intervention.",
           "Rosie Palmer & Tom Okafor", "Jan-25",
           "Terms of reference agreed. First panel held 15 January 2025 "
           "with five cases presented.",
           "Green"),
          ("4.3", "Review the impact of the panel after six months and "
                  "report to the Board.",
           "Self-Neglect Panel Chair", "July 2025", "",
           "Not started")]),
    ]
    ragshade = {"Complete": "9DC3E6", "Green": "92D050", "Amber": "FFC000",
                "Red": "FF0000", "Not started": "FFFFFF"}
    hdr = ["Ref", "Action", "Lead", "Target date",
           "Progress update (January 2025)", "RAG"]
    widths = [Cm(1.2), Cm(7.5), Cm(4.5), Cm(3.2), Cm(7.5), Cm(2.2)]
    for heading, acts in recs:
        p = doc.add_paragraph()
        r = p.add_run(heading)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        t = doc.add_table(rows=1 + len(acts), cols=6)
        t.style = "Table Grid"
        for c, h in enumerate(hdr):
            set_cell(t.cell(0, c), h, bold=True)
            shade(t.cell(0, c), "1F4E79")
            for run in t.cell(0, c).paragraphs[0].runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for i, row in enumerate(acts, 1):
            for c, v in enumerate(row):
                set_cell(t.cell(i, c), v)
            shade(t.cell(i, 5), ragshade[row[5]])
        for c, w in enumerate(widths):
            for row in t.rows:
                row.cells[c].width = w
        doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("RAG key: ").bold = True
    p.add_run("Complete = action completed and evidence received by the SAR "
              "and Case Review Sub-group; Green = in progress and on track; "
              "Amber = some delay but expected to complete; Red = off track "
              "and needs escalation.")
    doc.save(out("n2-city-hackney-sab-sar-mr-c-action-plan.docx"))


# ---------------------------------------------------------------------------
# 3. North Lanarkshire CPC - joint inspection (children at risk of harm)
#    improvement plan, SharePoint list exported to CSV
# ---------------------------------------------------------------------------
def north_lanarkshire():
    AFI1 = ("The quality of chronologies was inconsistent, and they were "
            "not always used to inform assessments of risk.")
    AFI2 = ("The quality of assessments and child's plans was variable, "
            "including how well plans set out clear and measurable "
            "outcomes.")
    AFI3 = ("Partners should strengthen how they evaluate the impact of "
            "their work on outcomes for children and young people at risk "
            "of harm.")
    header = ["Title", "Area for improvement", "Action", "Action owner",
              "Due date", "RAG status", "Progress update", "Modified",
              "Modified By", "Item Type", "Path"]
    path = "sites/NLCPC/Lists/Joint Inspection Improvement Plan"
    rows = [
        ["AFI 1.1", AFI1,
         "Agree a single multi-agency chronology template and guidance for "
         "use by social work, health and education staff.",
         "Karen Whitelaw;Dr Ian Menzies", "31/07/2024", "Complete",
         "Template and guidance approved by the Child Protection Committee "
         "in July 2024 and added to the inter-agency procedures.",
         "11/02/2025 09:14", "Lucy Barr", "Item", path],
        ["AFI 1.2", AFI1,
         "Multi-agency audit of 15 IRDs and linked chronologies to test "
         "whether significant events are recorded and used in risk "
         "assessment.",
         "Priya Natarajan", "30/11/2024", "Amber",
         "Audit completed in November. Report delayed and will go to the "
         "March 2025 Child Protection Committee.",
         "11/02/2025 09:20", "Lucy Barr", "Item", path],
        ["AFI 1.3", AFI1,
         "Deliver chronology practice sessions through the CPC learning and "
         "development programme.",
         "Lucy Barr", "31/03/2025", "Green",
         "Four sessions booked; two delivered with 87 staff attending.",
         "12/02/2025 16:02", "Lucy Barr", "Item", path],
        ["AFI 2.1", AFI2,
         "Introduce a revised child's plan template with SMART outcomes and "
         "a multi-agency contingency section.",
         "Marcus Hamilton;DS Dee Rowan", "30/09/2024", "Complete",
         "Template live on the social work system from September 2024 and "
         "referenced in the child protection procedures.",
         "03/02/2025 11:47", "Marcus Hamilton", "Item", path],
        ["AFI 2.2", AFI2,
         "Review the plan of every child on the child protection register "
         "at core group to make sure it is reviewed at least every three "
         "months.",
         "Marcus Hamilton", "31/01/2025", "Amber",
         "38 of 52 plans reviewed so far.\nRemaining plans scheduled for "
         "February and March core groups.",
         "03/02/2025 11:52", "Marcus Hamilton", "Item", path],
        ["AFI 2.3", AFI2,
         "Deliver assessment and planning training to education child "
         "protection coordinators and third sector providers.",
         "Lucy Barr", "28/02/2025", "Red",
         "Two sessions cancelled owing to trainer sickness; dates being "
         "rebooked for April 2025.",
         "12/02/2025 16:05", "Lucy Barr", "Item", path],
        ["AFI 3.1", AFI3,
         "Develop an outcomes framework and a quarterly dashboard for the "
         "Chief Officers Group.",
         "Tom Elder", "31/03/2025", "Green",
         "Framework agreed in January; first dashboard due for the March "
         "Chief Officers Group.",
         "07/02/2025 14:30", "Tom Elder", "Item", path],
        ["AFI 3.2", AFI3,
         "Relaunch the GIRFEC wellbeing assessment with schools and health "
         "visitors, with drop-in support sessions.\nTrack the number of "
         "wellbeing assessments started by partner agencies each quarter.",
         "Sophie Grant;Amira Qureshi", "30/06/2025", "",
         "Not yet started \u2013 planned for May and June 2025.",
         "07/02/2025 14:33", "Tom Elder", "Item", path],
    ]
    with open(out("n2-north-lanarkshire-cpc-joint-inspection-improvement-"
                  "plan-sharepoint-export.csv"),
              "w", newline="", encoding="utf-8-sig") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)


# ---------------------------------------------------------------------------
# 4. Aneurin Bevan University Health Board - immunisation and vaccination
#    improvement plan, committee appendix (docx)
# ---------------------------------------------------------------------------
def aneurin_bevan():
    doc = Document()
    landscape(doc)
    doc.add_heading("Aneurin Bevan University Health Board Immunisation and "
                    "Vaccination Improvement Plan 2025\u201327", level=1)
    doc.add_paragraph("Executive Committee, 18 March 2026 \u2013 "
                      "Appendix 1: progress against the plan")
    doc.add_paragraph(
        "Uptake of routine immunisations across Gwent remains below the 95% "
        "needed for population protection, with MMR2 uptake at five years "
        "of 88% and marked gaps between the most and least deprived "
        "communities. The plan was agreed in June 2025 in line with the "
        "National Immunisation Framework for Wales and is overseen by the "
        "ABUHB Immunisation Steering Group. The RAG column shows the "
        "position reported by leads in February 2026.")

    G, A, R, B, W = "00B050", "FFC000", "FF0000", "0070C0", None
    plan = [
        ("Priority 1: Increase uptake of childhood immunisations", [
            ("1.1", "Every GP practice to run monthly call and recall for "
                    "children overdue MMR1, MMR2 and the pre-school booster, "
                    "using Child Health System reports.",
             "Primary Care Cluster Leads", "Ongoing",
             "All practices now running monthly recall. MMR1 at 24 months "
             "up from 91% to 93%.", G),
            ("1.2", "Run outreach vaccination clinics in Flying Start and "
                    "family centres in the three localities with the lowest "
                    "uptake (Newport East, Blaenau Gwent North, Caerphilly "
                    "East).",
             "Immunisation Coordinator / Flying Start Health Visiting Lead",
             "Sept 2025 \u2013 Mar 2026",
             "14 clinics held and 431 vaccines given. Clinics to continue "
             "as business as usual through Flying Start.", B),
            ("1.3", "School nursing teams to offer MMR catch-up alongside "
                    "the HPV and teenage booster sessions in secondary "
                    "schools.",
             "School Nursing Service", "Summer term 2026",
             "Agreed for 27 of 32 secondary schools; consent arrangements "
             "for the other five are still being agreed.", A),
        ]),
        ("Priority 2: Protect adults at greatest risk (flu, COVID-19, "
         "pneumococcal and shingles)", [
            ("2.1", "Deliver autumn flu and COVID-19 vaccination to all care "
                    "home residents and housebound patients.",
             "Mass Vaccination Programme Team", "30/11/2025",
             "All care homes visited by 21 November. Housebound uptake 72%, "
             "up from 64% last winter.", B),
            ("2.2", "Pop-up vaccination at community venues, food banks and "
                    "markets using the mobile vaccination unit.",
             "Community Vaccination Engagement Lead",
             "Oct 2025 \u2013 Feb 2026",
             "22 pop-up sessions held; 31% of people vaccinated had not "
             "responded to a previous invitation.", G),
            ("2.3", "Increase shingles vaccine uptake among people aged 65 "
                    "and over through GP text reminders and opportunistic "
                    "vaccination.",
             "Primary Care Cluster Leads", "Q1 2026/27",
             "Text template agreed; roll-out slowed by the practice system "
             "migration in two clusters.", A),
        ]),
        ("Priority 3: Build trust and reduce inequalities in uptake", [
            ("3.1", "Co-produce vaccine information with Roma, Romanian and "
                    "Bangladeshi communities, in community languages and "
                    "audio formats.",
             "Community Vaccination Engagement Lead", "31/01/2026",
             "Translation contract delayed; materials now expected in May. "
             "Escalated to the Steering Group.", R),
            ("3.2", "Train 40 community champions and faith leaders as "
                    "vaccine ambassadors.",
             "Immunisation Coordinator", "Mar-26",
             "31 trained so far; final session booked for 10 March.", G),
        ]),
        ("Enablers: data, governance and workforce", [
            ("E1", "Produce a quarterly immunisation dashboard by locality "
                   "and deprivation quintile for the Executive Committee.",
             "Public Health Intelligence Team", "Dec-25",
             "First dashboard presented in December 2025.", B),
            ("E2", "Establish the ABUHB Immunisation Steering Group, "
                   "reporting to the Executive Committee.",
             "Director of Public Health / Director of Primary Care",
             "Jul-25",
             "Steering Group meets monthly; terms of reference agreed "
             "July 2025.", B),
            ("", "Review the plan and refresh targets for 2026/27.",
             "Immunisation Steering Group", "Apr-26", "", W),
        ]),
    ]
    hdr = ["No.", "What we will do", "Who", "When",
           "Progress (February 2026)", "RAG"]
    nrows = 1 + sum(1 + len(a) for _, a in plan)
    t = doc.add_table(rows=nrows, cols=6)
    t.style = "Table Grid"
    for c, h in enumerate(hdr):
        set_cell(t.cell(0, c), h, bold=True)
        shade(t.cell(0, c), "D9E2F3")
    r = 1
    for prio, acts in plan:
        m = t.cell(r, 0).merge(t.cell(r, 5))
        set_cell(m, prio, bold=True, size=10)
        shade(m, "BDD7EE")
        r += 1
        for ref, what, who, when, prog, rag in acts:
            for c, v in enumerate([ref, what, who, when, prog, ""]):
                set_cell(t.cell(r, c), v)
            if rag:
                shade(t.cell(r, 5), rag)
            r += 1
    widths = [Cm(1.2), Cm(8.0), Cm(4.5), Cm(3.2), Cm(7.5), Cm(1.6)]
    for c, w in enumerate(widths):
        for row in t.rows:
            row.cells[c].width = w

    doc.add_paragraph()
    doc.add_paragraph("Key").runs[0].bold = True
    k = doc.add_table(rows=4, cols=2)
    k.style = "Table Grid"
    for i, (col, txt) in enumerate([
            (B, "Complete"),
            (G, "On track"),
            (A, "Some risk to delivery \u2013 recovery action in place"),
            (R, "Off track \u2013 escalated to Steering Group")]):
        shade(k.cell(i, 0), col)
        set_cell(k.cell(i, 1), txt)
    doc.save(out("n2-aneurin-bevan-uhb-immunisation-improvement-plan.docx"))


# ---------------------------------------------------------------------------
# 5. Runnymede BC - corporate peer challenge action plan tracker (xlsx);
#    a mistyped month in a revised target date (refuse)
# ---------------------------------------------------------------------------
def runnymede():
    wb = Workbook()
    ws = wb.active
    ws.title = "CPC Action Plan"
    for col, w in zip("ABCDEFGHI", [6, 34, 46, 24, 13, 15, 9, 50, 18]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "Runnymede Borough Council"
    ws["A1"].font = Font(bold=True, size=12, color="00594F")
    ws["A2"] = ("LGA Corporate Peer Challenge (October 2024) \u2013 "
                "Action Plan: Progress Update")
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = ("Reported to Corporate Management Committee, 18 September "
                "2025, ahead of the LGA progress review visit.")
    ws["A3"].font = Font(italic=True)
    hdr = ["No.", "Peer team recommendation", "Action", "Lead officer",
           "Target date", "Revised target date", "RAG", "Progress to date",
           "Reporting committee"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=5, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("00594F")
        cell.alignment = WRAP
        cell.border = BOX

    R1 = ("Maintain the constructive response to the Non-Statutory Best "
          "Value Notice")
    R2 = ("Ensure the council has the expert capacity to deliver the asset "
          "management strategy and manage its assets and regeneration "
          "activity")
    R3 = ("Revisit the corporate business plan so that it reflects the "
          "priorities of the new administration")
    R4 = ("Make progress on key areas of performance that are below "
          "target")
    R5 = "Publish and be seen to respond to the findings of the staff survey"
    rows = [
        (6, "1.1", R1, "Report progress against the Best Value Notice "
                       "improvement plan to every Corporate Management "
                       "Committee.",
         "Chief Executive", "Quarterly", None, "G",
         "Reports taken in November, February, June and September. MHCLG "
         "feedback on the plan received in July.",
         "Corporate Management"),
        (7, "1.2", None, "Complete the governance review recommended by "
                         "CIPFA, including a refreshed scheme of "
                         "delegation.",
         "Assistant Chief Executive", D(2025, 3, 31), D(2025, 7, 31), "B",
         "Revised constitution and scheme of delegation agreed by Full "
         "Council on 17 July 2025.", "Full Council"),
        (8, "2.1", R2, "Recruit a Head of Assets and Regeneration and two "
                       "asset surveyors.",
         "Corporate Head of Assets and Regeneration", D(2025, 4, 30), None,
         "B", "Head of Assets in post from April; both surveyor posts "
              "filled in June 2025.", "Corporate Management"),
        (9, "2.2", None, "Adopt an updated asset management strategy with "
                         "a hold/improve/dispose review of the commercial "
                         "portfolio.",
         "Corporate Head of Assets and Regeneration", D(2025, 9, 30),
         "Novmber 2025", "A",
         "Portfolio review substantially complete; strategy to go to "
         "committee after valuation advice is received.",
         "Corporate Management"),
        (10, "3.1", R3, "Refresh the corporate business plan with "
                        "members of all groups and agree new priorities.",
         "Assistant Chief Executive", D(2025, 7, 31), None, "B",
         "Corporate Business Plan 2025\u201328 adopted by Full Council in "
         "July 2025.", "Full Council"),
        (11, "4.1", R4, "Recovery plan for housing benefit processing times "
                        "and major planning applications, with monthly "
                        "monitoring by CLT.",
         "Corporate Head of Customer, Digital and Collection Services / "
         "Corporate Head of Development Management and Building Control",
         D(2025, 6, 30), None, "G",
         "Housing benefit new claims now processed in 19 days (target 20). "
         "Major applications at 78% within time (target 80%).",
         "Corporate Management"),
        (12, "4.2", None, "Introduce a quarterly performance report with "
                          "targets and trend data for all committees.",
         "Business Planning Manager", D(2025, 1, 31), None, "B",
         "First quarterly report presented in February 2025.",
         "Corporate Management"),
        (13, "5.1", R5, "Publish the staff survey results and a 'you said, "
                        "we did' action plan on the intranet.",
         "Corporate Head of HR", D(2025, 2, 28), D(2025, 5, 31), "B",
         "Results published in March; action plan published in May after "
         "staff focus groups.", "Corporate Management"),
        (14, "5.2", None, "Run a follow-up pulse survey to test whether "
                          "staff have seen changes.",
         "Corporate Head of HR", D(2026, 1, 31), None, "G",
         "Pulse survey questions agreed with staff forum; survey to run in "
         "January 2026.", "Corporate Management"),
    ]
    for (r, no, rec, action, lead, target, revised, rag, prog, ctte) in rows:
        vals = [no, rec, action, lead, target, revised, rag, prog, ctte]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(target, D):
            ws.cell(row=r, column=5).number_format = "dd/mm/yyyy"
        if isinstance(revised, D):
            ws.cell(row=r, column=6).number_format = "mmmm yyyy"
        ws.cell(row=r, column=7).fill = fill(RAGFILL[rag])
        ws.cell(row=r, column=7).alignment = Alignment(horizontal="center",
                                                       vertical="top")
    for top, bottom in [(6, 7), (8, 9), (11, 12), (13, 14)]:
        ws.merge_cells(start_row=top, start_column=2, end_row=bottom,
                       end_column=2)
    ws["A16"] = ("RAG: B = complete; G = on track; A = some slippage, "
                 "recovery in hand; R = off track.")
    ws["A16"].font = Font(size=9, italic=True)
    wb.save(out("n2-runnymede-cpc-action-plan-progress-tracker.xlsx"))


# ---------------------------------------------------------------------------
# 6. NHS South Yorkshire ICB - PCARP highlight report (xlsx)
# ---------------------------------------------------------------------------
def south_yorkshire():
    wb = Workbook()
    ws = wb.active
    ws.title = "Highlight Report M9"
    for col, w in zip("ABCDEFGH", [7, 46, 14, 26, 12, 12, 52, 4]):
        ws.column_dimensions[col].width = w
    ws["A1"] = ("NHS South Yorkshire ICB \u2013 Primary Care Access Recovery "
                "Plan: System Delivery Plan Highlight Report")
    ws["A1"].font = Font(bold=True, size=14, color="005EB8")
    ws.merge_cells("A1:G1")
    info = [("Reporting period", "Month 9 \u2013 December 2023"),
            ("Senior Responsible Owner", "Chief Officer for Primary Care"),
            ("Reporting to", "Primary Care Commissioning Committee, "
                             "January 2024"),
            ("Overall status", "Amber")]
    for i, (a, b) in enumerate(info):
        ws.cell(row=2 + i, column=1, value=a).font = Font(bold=True)
        ws.merge_cells(start_row=2 + i, start_column=1, end_row=2 + i,
                       end_column=2)
        ws.cell(row=2 + i, column=3, value=b)
        ws.merge_cells(start_row=2 + i, start_column=3, end_row=2 + i,
                       end_column=5)
    ws["C5"].fill = fill("FFC000")
    ws["A7"] = "Key achievements this period"
    ws["A7"].font = Font(bold=True)
    ws["A8"] = ("77% of practices now on cloud-based telephony; all four "
                "places have self-referral live for MSK physiotherapy; "
                "Pharmacy First launch plan agreed with the LPC.")
    ws.merge_cells("A8:G8")
    ws["A8"].alignment = WRAP
    ws.row_dimensions[8].height = 30

    hdr = ["Ref", "Deliverable / action", "Place", "Lead", "Due",
           "Status", "Commentary"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(row=10, column=c, value=h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = fill("005EB8")
        cell.border = BOX
        cell.alignment = WRAP

    SFILL = {"Complete": "5B9BD5", "On track": "00B050",
             "At risk": "FFC000", "Delayed": "FF0000"}

    def section(row, text):
        ws.cell(row=row, column=1, value=text).font = Font(bold=True)
        for c in range(1, 8):
            ws.cell(row=row, column=c).fill = fill("DCE6F1")
            ws.cell(row=row, column=c).border = BOX
        ws.merge_cells(start_row=row, start_column=1, end_row=row,
                       end_column=7)

    items = [
        ("sec", 11, "1. Empower patients"),
        (12, "1a", "Increase the proportion of patients able to see their "
                   "prospective record and order repeat prescriptions via "
                   "the NHS App.",
         "All", "Head of Digital Primary Care", D(2024, 3, 31), "On track",
         "Prospective record access switched on at 171 of 178 practices. "
         "Remaining practices have dates agreed."),
        (13, "1b", "Expand self-referral pathways to MSK physiotherapy, "
                   "podiatry, audiology, weight management and falls "
                   "services.",
         "All", "Place Directors of Primary Care", D(2023, 9, 30),
         "Complete",
         "All pathways live in the four places; NHS website service "
         "listings updated in September."),
        (14, "1c", "Prepare community pharmacies for launch of Pharmacy "
                   "First and expansion of the contraception and blood "
                   "pressure services.",
         "All", "AC / KW", "Q4 23/24", "On track",
         "Launch plan agreed with Community Pharmacy South Yorkshire. "
         "GP practice briefings scheduled for January."),
        ("sec", 15, "2. Implement Modern General Practice Access"),
        (16, "2a", "Move all practices on analogue telephony to "
                   "cloud-based telephony with call-back and queuing.",
         "All", "Head of Digital Primary Care", D(2024, 3, 31), "At risk",
         "137 of 178 practices on CBT. Supplier capacity is a risk for the "
         "final 41; national framework call-offs submitted."),
        (17, "2b", "Roll out care navigation training to reception staff "
                   "in every practice.",
         "Barnsley", "Barnsley Place Primary Care Lead", D(2023, 12, 31),
         "Complete", "Training delivered to 312 staff across all 32 "
                     "practices."),
        (18, "2c", "Support practices to sign up to the General Practice "
                   "Improvement Programme (intermediate or intensive).",
         "Doncaster;Rotherham", "Primary Care Transformation Manager",
         D(2024, 3, 31), "On track",
         "22 practices enrolled. Two further practices awaiting national "
         "confirmation."),
        ("sec", 19, "3. Build capacity"),
        (20, "3a", "Maximise use of the Additional Roles Reimbursement "
                   "Scheme (ARRS) budget across PCNs.",
         "All", "Primary Care Workforce Lead", D(2024, 3, 31), "At risk",
         "Forecast 91% utilisation by year end. Recruitment of "
         "physician associates slower than planned."),
        (21, "3b", "Launch GP fellowship and retention scheme for newly "
                   "qualified and late-career GPs.",
         "Sheffield", "Training Hub Director", D(2023, 11, 30), "Delayed",
         "Scheme specification agreed but launch delayed pending "
         "confirmation of the 2024/25 training hub funding."),
        ("sec", 22, "4. Cut bureaucracy"),
        (23, "4a", "Agree and implement the primary\u2013secondary care "
                   "interface actions with all acute trusts (onward "
                   "referral, fit notes, call and recall, points of "
                   "contact).",
         "All", "Medical Director for Primary Care", D(2024, 3, 31),
         "On track",
         "Interface group established; three of four trusts have "
         "published single points of contact for practices."),
        (24, "4b", "Promote use of the online GP registration service in "
                   "all practices.",
         "All", "Head of Digital Primary Care", "Ongoing", "On track",
         "64% of practices now using online registration."),
    ]
    for it in items:
        if it[0] == "sec":
            section(it[1], it[2])
            continue
        r, ref, what, place, lead, due, status, comm = it
        vals = [ref, what, place, lead, due, status, comm]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(row=r, column=c, value=v)
            cell.alignment = WRAP
            cell.border = BOX
        if isinstance(due, D):
            ws.cell(row=r, column=5).number_format = "mmm-yy"
        ws.cell(row=r, column=6).fill = fill(SFILL[status])

    ws["A26"] = "Status key"
    ws["A26"].font = Font(bold=True)
    for i, (k, txt) in enumerate([
            ("Complete", "Deliverable met"),
            ("On track", "Expected to be met by the due date"),
            ("At risk", "Issues identified; mitigation in place"),
            ("Delayed", "Due date will be missed; escalated to SRO")]):
        ws.cell(row=27 + i, column=1, value=k).fill = fill(SFILL[k])
        ws.cell(row=27 + i, column=2, value=txt)

    ws["D26"] = "Summary"
    ws["D26"].font = Font(bold=True)
    for i, (k, n) in enumerate([("Complete", 2), ("On track", 5),
                                ("At risk", 2), ("Delayed", 1)]):
        ws.cell(row=27 + i, column=4, value=k)
        ws.cell(row=27 + i, column=5, value=n)
    ws.cell(row=31, column=4, value="Total").font = Font(bold=True)
    ws.cell(row=31, column=5, value="=SUM(E27:E30)").font = Font(bold=True)
    wb.save(out("n2-south-yorkshire-icb-pcarp-highlight-report.xlsx"))


# ---------------------------------------------------------------------------
# 7. CYSUR (Mid and West Wales Safeguarding Children Board) - extended child
#    practice review action plan tracker saved from Excel as Text (Tab
#    delimited)
# ---------------------------------------------------------------------------
def cysur():
    ncol = 7
    lines = []

    def row(*cells):
        cells = list(cells) + [""] * (ncol - len(cells))
        lines.append("\t".join(cells))

    row("CYSUR \u2013 Mid and West Wales Safeguarding Children Board")
    row("Extended Child Practice Review CYSUR 2/2023 \u2013 "
        "Action Plan Tracker")
    row("Last updated: 03/03/2025")
    row()
    row("Rec no.", "Recommendation", "Action", "Lead", "Target date", "RAG",
        "Update")
    REC1 = ("Partners should ensure that the voice and lived experience of "
            "babies and non-verbal children is recorded and informs "
            "assessments and plans.")
    REC2 = ("The Board should seek assurance that the risks posed by "
            "fathers and male carers are assessed, including where they do "
            "not live in the household.")
    REC3 = ("Health and children's services should strengthen information "
            "sharing when families move between local authority areas.")
    data = [
        ("1.1", REC1, "Develop and launch regional practice guidance on "
                      "capturing the day-to-day lived experience of babies, "
                      "with worked examples.",
         "Regional Principal Social Worker", "30/09/2024", "B",
         "Guidance launched at the October practice week; 7-minute "
         "briefing circulated."),
        ("1.2", "", "Health visiting records audit to check whether the "
                    "baby's presentation and interaction are recorded at "
                    "each contact.",
         "Named Nurse Safeguarding Children (Hywel Dda UHB)", "Jan-25", "G",
         "Audit of 30 records completed; findings to the March Learning "
         "and Improvement Group."),
        ("2.1", REC2, "Add a mandatory section on fathers and male carers "
                      "to the care and support assessment template in all "
                      "four local authorities.",
         "Head of Children's Services / Assessment Service Manager",
         "31/12/2024", "B", "Template changed in WCCIS in December."),
        ("2.2", "", "Deliver 'Think Family, Think Dad' multi-agency "
                    "training, including for maternity and primary care.",
         "CYSUR Training Coordinator", "Q1 2025/26", "A",
         "Two sessions held. Low take-up from primary care; health board "
         "safeguarding team asked to promote."),
        ("2.3", "", "Dyfed-Powys Police to share relevant history of male "
                    "carers at strategy discussions as standard.",
         "DI Rhian Morgan", "Ongoing", "G",
         "Checklist in use in the MASH; dip-sample in February showed "
         "compliance in 18 of 20 strategy discussions."),
        ("3.1", REC3, "Agree a protocol with neighbouring boards for "
                      "transfer of health and social care records when a "
                      "family with a child on the register moves area.",
         "Regional Safeguarding Business Manager", "June 2025", "A",
         "Draft protocol shared with the West Glamorgan and North Wales "
         "boards; awaiting comments."),
        ("3.2", "", "Review GP practice procedures for requesting records "
                    "of newly registered children with a safeguarding "
                    "flag.",
         "Designated Doctor / Designated Nurse (Hywel Dda UHB)",
         "31/05/2025", "R",
         "Not yet started; designated doctor post vacant until April."),
        ("3.3", "", "Report on implementation of all actions to the CYSUR "
                    "Board.",
         "Regional Safeguarding Business Manager", "Sept 2025", "",
         ""),
    ]
    for d in data:
        row(*d)
    row()
    row("RAG key: B = Complete; G = On track; A = Some slippage; "
        "R = Not on track; blank = not yet due to start")
    path = out("n2-cysur-mwwsb-extended-cpr-action-plan-tracker.txt")
    with open(path, "w", encoding="cp1252", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    homerton()
    hackney()
    north_lanarkshire()
    aneurin_bevan()
    runnymede()
    south_yorkshire()
    cysur()
    print("written")
