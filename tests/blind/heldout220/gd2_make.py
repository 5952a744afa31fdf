"""Build the seven gd2- blind test files (set heldout220).

Run:  /work/main/.venv/bin/python gd2_make.py
Writes into the folder this script lives in.
"""
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

RED, AMBER, GREEN, BLUE = "FF0000", "FFC000", "00B050", "0070C0"
FILL = {"R": RED, "A": AMBER, "G": GREEN, "B": BLUE}


# ----------------------------------------------------------------- helpers
def shade(cell, hex_colour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)
        if i < len(lines) - 1:
            p = cell.add_paragraph()


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)
    return s


def xl_fill(hex_colour):
    return PatternFill("solid", start_color=hex_colour, end_color=hex_colour)


THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# =================================================================== 1 SAR
SAR_FILE = "gd2-waltham-forest-sab-sar-mr-r-action-plan.docx"
SAR_TITLE = "Safeguarding Adults Review: Mr R – Multi-Agency Action Plan"
# theme, [(recommendation, [(ref, action, lead, target, progress, rag-fill or None)])]
SAR = [
    ("Theme 1: Self-neglect and hoarding", [
        ("Recommendation 1: WFSAB partners should review the multi-agency Self-Neglect and Hoarding Protocol so that it sets out a clear escalation route where a person repeatedly declines support.", [
            ("1.1", "Review and relaunch the Self-Neglect and Hoarding Protocol, including a named escalation route to the High Risk Panel.",
             "Head of Adult Safeguarding (LBWF)", "31/01/2025",
             "Draft protocol consulted on through the Policy & Procedures Subgroup. Final version to January SAB for sign-off.", "G"),
            ("1.2", "Deliver multi-agency briefings on the revised protocol to frontline staff across housing, adult social care, NELFT and Barts Health.",
             "SAB Business Manager / SAB Training Lead", "March 2025",
             "Briefing slides drafted. Dates held for February; attendance from housing providers still to be confirmed.", "A"),
        ]),
        ("Recommendation 2: Partners should ensure that mental capacity assessments are undertaken and recorded where there is reason to doubt a person's capacity to make decisions about their own self-care.", [
            ("2.1", "Audit a sample of 30 adult social care and community health cases where self-neglect was recorded, focusing on the quality of capacity assessments.",
             "Principal Social Worker (Adults) / Named Nurse Safeguarding Adults (NELFT)", "Q4 2024/25",
             "Audit tool agreed. Case sample drawn but only 18 of 30 cases reviewed owing to staff absence.", "A"),
            ("2.2", "Include the findings of the capacity audit in MCA Practice Week and refresh the MCA practice guidance.",
             "MCA Lead (LBWF)", "June 2025",
             "Not yet started – dependent on completion of 2.1.", None),
        ]),
    ]),
    ("Theme 2: Multiple disadvantage and transitions between services", [
        ("Recommendation 3: The Community Safety Partnership and WFSAB should agree a joint approach for adults who are street-attached and have multiple unmet needs, including access to the High Risk Panel.", [
            ("3.1", "Agree joint terms of reference for the Multiple Disadvantage Panel and the High Risk Panel, setting out referral thresholds.",
             "Head of Community Safety; Head of Adult Safeguarding (LBWF)", "October 2024",
             "Terms of reference agreed by both panels on 9 October 2024 and published on the SAB website.", "B"),
            ("3.2", "Map commissioned substance misuse and homelessness outreach against the cohort identified in the review and report gaps to the SAB Executive.",
             "Public Health Commissioning Manager", "Ongoing – quarterly report to SAB Executive",
             "First mapping report received in September; second due December.", "G"),
        ]),
        ("Recommendation 4: Barts Health NHS Trust should assure the Board that discharge planning for patients who self-neglect includes a referral to adult social care and a check of the home environment.", [
            ("4.1", "Amend the Whipps Cross Hospital discharge checklist to prompt a home environment check and a Care Act referral where self-neglect is identified.",
             "Head of Safeguarding Adults (Barts Health)", "28/02/2025",
             "Checklist amended; awaiting approval at the Barts Health documentation group.", "G"),
            ("4.2", "Re-audit discharges of patients with a self-neglect alert and report the findings to the SAR & Learning Subgroup.",
             "Head of Safeguarding Adults (Barts Health)", "September 2025",
             "Audit lead post vacant; timescale at risk. Escalated to Barts Health Chief Nurse.", "R"),
        ]),
    ]),
    ("Theme 3: Learning and assurance", [
        ("Recommendation 5: WFSAB should seek assurance that the learning from this review has been shared and is being used in practice.", [
            ("5.1", "Publish a 7-minute briefing on the review and circulate it through all partner agency bulletins.",
             "SAB Business Manager", "June 2024",
             "Published 3 June 2024 and circulated to all partners.", "B"),
            ("5.2", "Hold a multi-agency learning event and evaluate changes in practice through a follow-up survey at six months.",
             "SAB Independent Chair / SAB Business Manager", "Jul 2024 – Jan 2025",
             "Learning event held 11 July 2024 (96 attendees). Follow-up survey issued November.", "G"),
        ]),
    ]),
]


def build_sar():
    doc = Document()
    sec = landscape(doc)
    hp = sec.header.paragraphs[0]
    hp.text = "Waltham Forest Safeguarding Adults Board"
    doc.add_heading(SAR_TITLE, level=1)
    doc.add_paragraph("Review published: 18 April 2024.  Action plan agreed by the SAB Executive Group: 22 May 2024.  "
                      "Progress position as at 15 November 2024.")

    doc.add_paragraph().add_run("Document control").bold = True
    ctl = doc.add_table(rows=0, cols=2)
    ctl.style = "Table Grid"
    for k, v in [("Version", "1.3"), ("Owner", "WFSAB Business Manager"),
                 ("Reporting to", "SAR & Learning Subgroup; SAB Executive Group"),
                 ("Next review", "February 2025")]:
        r = ctl.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph()
    doc.add_paragraph().add_run("RAG rating key").bold = True
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for col, txt in [(RED, "Action not progressing / significant risk to delivery"),
                     (AMBER, "Action started but behind timescale"),
                     (GREEN, "Action on track to be delivered within timescale"),
                     (BLUE, "Action completed and evidence received")]:
        r = key.add_row().cells
        shade(r[0], col)
        set_cell(r[1], txt)

    doc.add_paragraph()
    hdr = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress update (November 2024)", "RAG"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for theme, recs in SAR:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        set_cell(m, theme, bold=True, size=10)
        shade(m, "DDEBF7")
        for rec, acts in recs:
            first = None
            for ref, act, lead, target, prog, rag in acts:
                cells = t.add_row().cells
                set_cell(cells[0], ref)
                set_cell(cells[2], act)
                set_cell(cells[3], lead)
                set_cell(cells[4], target)
                set_cell(cells[5], prog)
                cells[6].text = ""
                if rag:
                    shade(cells[6], FILL[rag])
                if first is None:
                    first = cells[1]
                    set_cell(first, rec)
                else:
                    first = first.merge(cells[1])
    doc.add_paragraph()
    doc.add_paragraph("Actions rated Blue are reported to the SAB Executive Group for closure once evidence of impact "
                      "has been reviewed by the SAR & Learning Subgroup.")
    doc.save(os.path.join(HERE, SAR_FILE))


# =================================================================== 2 DHR
DHR_FILE = "gd2-newham-csp-dhr-joy-action-plan.docx"
DHR_TITLE = "Newham Community Safety Partnership – Domestic Homicide Review ‘Joy’: Action Plan"
# section heading, [(recommendation row, [(no, scope, action, lead, milestones, target, completion, rag)])]
DHR = [
    ("Section 1 – Overview Report recommendations (multi-agency)", [
        ("Recommendation 1: Newham CSP to review the local pathway for victims of domestic abuse aged over 60, including their access to IDVA support.", [
            ("1.1", "Local", "Undertake a needs assessment of domestic abuse among residents aged 60 and over, using MARAC, police and adult social care data.",
             "Newham Council (VAWG Commissioning)", "Data collated from MARAC and MPS; ASC data received August 2024.",
             "September 2024", "Completed 30/09/2024 – needs assessment presented to the DHR Oversight Group.", "B"),
            ("1.2", "Local", "Commission a dedicated older persons’ IDVA post within the existing IDVA service contract.",
             "Newham Council (VAWG Commissioning)", "Contract variation agreed with provider; job description approved.",
             "April 2025", "", "G"),
        ]),
        ("Recommendation 2: All agencies to ensure that practitioners routinely ask about domestic abuse when a caring relationship is identified.", [
            ("2.1", "Local", "Add a routine enquiry prompt on domestic abuse to the carer’s assessment and review templates in Liquidlogic.",
             "Newham Council Adult Social Care", "Template change requested; awaiting system release date.",
             "31/12/2024", "", "A"),
            ("2.2", "Local", "Deliver routine enquiry training to GP practice safeguarding leads across the Newham primary care networks.",
             "NHS North East London ICB / Newham GP Federation", "Two of four sessions delivered (41 practice leads trained).",
             "Q1 2025/26", "", "G"),
        ]),
    ]),
    ("Section 2 – Single agency recommendations", [
        ("Recommendation 3 (Metropolitan Police Service): Officers attending domestic incidents involving older victims to complete the DARA risk assessment in full, including the victim’s care and support needs.", [
            ("3.1", "Regional", "Issue a briefing to Central East BCU response teams on completing the DARA for victims aged over 60.",
             "Metropolitan Police Service (Central East BCU)", "Briefing issued through BCU daily management meeting.",
             "June 2024", "Completed 14/06/2024 – briefing read by 92% of response officers.", "B"),
            ("3.2", "Regional", "Dip-sample 50 DARA forms each quarter for completion of the care and support needs question.",
             "Metropolitan Police Service (Central East BCU)", "Q3 dip-sample: 44 of 50 forms fully completed.",
             "Quarterly", "", "G"),
        ]),
        ("Recommendation 4 (East London NHS Foundation Trust): Community mental health teams to record the views of family members when planning the care of a patient with a history of violence.", [
            ("4.1", "Local", "Update the CMHT care planning standard operating procedure to require documented family and carer involvement.",
             "ELFT Newham Directorate", "SOP review delayed by directorate restructure; revised date to be agreed at April Oversight Group.",
             "December 2024", "", "R"),
            ("4.2", "Local", "Include the learning from DHR ‘Joy’ as a case study in ELFT level 3 safeguarding training.",
             "ELFT Safeguarding Team", "Case study written and included from January 2025 cohort.",
             "Ongoing", "", "G"),
        ]),
        ("Recommendation 5 (Barts Health NHS Trust): The Emergency Department at Newham University Hospital to ensure that routine enquiry is completed for all patients presenting with injuries.", [
            ("5.1", "Local", "Relaunch the ED routine enquiry audit, with monthly results reported to the Barts Health Safeguarding Committee.",
             "Barts Health NHS Trust (Newham Hospital Safeguarding Team)", "Audit relaunched February 2025; first results due April.",
             "March 2025", "", "A"),
        ]),
    ]),
]


def build_dhr():
    doc = Document()
    landscape(doc)
    doc.add_heading(DHR_TITLE, level=1)
    doc.add_paragraph("Position at 14 March 2025")
    doc.add_paragraph(
        "This action plan responds to the recommendations of the Overview Report, which was accepted by the Home Office "
        "Quality Assurance Panel on 9 February 2024. Progress is monitored by the DHR Oversight Group and reported to the "
        "Newham Community Safety Partnership Board each quarter.")
    doc.add_paragraph("RAG status: R – not progressing; A – progressing but timescale at risk; G – on track; B – complete")
    hdr = ["No.", "Scope of recommendation", "Action to take", "Lead agency",
           "Key milestones achieved in enacting recommendation", "Target date",
           "Date of completion and outcome", "RAG"]
    for section, recs in DHR:
        doc.add_heading(section, level=2)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            set_cell(c, h, bold=True, colour="FFFFFF")
            shade(c, "5B2C6F")
        for rec, acts in recs:
            row = t.add_row().cells
            m = row[0].merge(row[-1])
            set_cell(m, rec, bold=True)
            shade(m, "E8DAEF")
            for a in acts:
                cells = t.add_row().cells
                for c, v in zip(cells, a):
                    set_cell(c, v)
        doc.add_paragraph()
    doc.add_paragraph("Agencies are asked to send updates to the CSP DHR Coordinator by 30 May 2025 for the June Oversight Group.")
    doc.save(os.path.join(HERE, DHR_FILE))


# =================================================================== 3 ICB action log (csv)
ICB_FILE = "gd2-nhs-cambridgeshire-peterborough-icb-board-action-log.csv"
ICB_TITLE = "NHS Cambridgeshire and Peterborough Integrated Care Board – Board Meeting in Public: Action Log"
ICB_HDR = ["Action No.", "Meeting date", "Minute ref", "Action", "Owner", "Due date", "Progress update", "RAG"]
ICB_ROWS = [
    ["BD24/41", "04/07/2024", "BD24/096", "Bring a report on the evaluation of Pharmacy First in Cambridgeshire and Peterborough to a Board development session.",
     "Chief Medical Officer", "Jan-25", "Presented at Board development session on 16 January 2025. Propose closure.", "B"],
    ["BD24/47", "05/09/2024", "BD24/118", "Circulate the ICB's response to the Darzi investigation to Board members.",
     "Director of Corporate Affairs", "Oct-24", "Circulated 2 October 2024. Propose closure.", "B"],
    ["BD24/52", "05/09/2024", "BD24/121", "Provide a deep dive on elective recovery and long waits at North West Anglia NHS Foundation Trust, including the trajectory for eliminating 65-week waits",
     "Chief Operating Officer / Director of Performance", "Mar-25", "Scheduled for the March Board; trajectory agreed with NHS England East of England.", "G"],
    ["", "", "", "(to include benchmarking against other East of England ICBs).", "", "", "", ""],
    ["BD24/58", "07/11/2024", "BD24/142", "Review the Board Assurance Framework risk on access to primary care and update the risk score to reflect GP collective action.",
     "Director of Primary Care; Director of Corporate Affairs", "13/12/2024", "Risk reviewed at Primary Care Commissioning Committee; revised score not yet agreed. Now overdue.", "R"],
    ["BD24/61", "07/11/2024", "BD24/145", "Share the system winter communications plan with Board members and local MPs.",
     "Director of Communications and Engagement", "Nov-24", "Shared 22 November 2024. Propose closure.", "B"],
    ["BD25/03", "09/01/2025", "BD25/007", "Report on progress with the all-age mental health crisis pathway, including section 136 waits in emergency departments.",
     "Chief Nurse", "May-25", "Report being prepared with Cambridgeshire and Peterborough NHS FT.", "G"],
    ["BD25/05", "09/01/2025", "BD25/011", "Agree the programme of Board development sessions for 2025/26 and bring a proposal to the May Board.",
     "Chair / Company Secretary", "May-25", "", "G"],
    ["BD25/08", "09/01/2025", "BD25/015", "Confirm with Cambridgeshire County Council and Peterborough City Council the joint plan for reducing delayed discharges.",
     "Director of Integration", "TBC", "Awaiting date of joint Health and Wellbeing Board / ICP meeting.", "A"],
    ["BD25/09", "09/01/2025", "BD25/019", "Provide a regular update on the financial recovery plan and delivery of efficiency schemes.",
     "Chief Finance Officer", "Ongoing", "Standing item on the Board agenda.", "G"],
    ["BD25/10", "09/01/2025", "BD25/020", "Write to the Secretary of State about capital funding for the Hinchingbrooke Hospital redevelopment.",
     "Chair; Chief Executive", "28/02/2025", "Letter sent 20 February 2025. Propose closure.", "B"],
]


def csv_line(vals):
    out = []
    for v in vals:
        if any(ch in v for ch in ',"\n'):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return ",".join(out)


def build_icb():
    n = len(ICB_HDR)
    pad = lambda first: [first] + [""] * (n - 1)
    lines = [
        csv_line(pad(ICB_TITLE)),
        csv_line(pad("Updated for the Board meeting in public on 6 March 2025")),
        csv_line(pad("")),
        csv_line(pad("RAG key: R = overdue; A = in progress / update due; G = not yet due; B = complete – proposed for closure")),
        csv_line(pad("")),
        csv_line(ICB_HDR),
    ]
    lines += [csv_line(r) for r in ICB_ROWS]
    lines += [csv_line(pad("")),
              csv_line(pad("Closed actions are removed from the log once the Board has agreed their closure."))]
    with open(os.path.join(HERE, ICB_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# =================================================================== 4 CSP delivery plan (txt)
CSP_FILE = "gd2-safer-islington-partnership-community-safety-plan-2025-26-delivery-plan.txt"
CSP_TITLE = "Safer Islington Partnership – Community Safety Plan 2025-26: Delivery Plan"
CSP_HDR = ["Ref", "Action", "Lead partner(s)", "Timescale", "Q2 update", "RAG"]
# priority, [(outcome, [rows])]
CSP = [
    ("Priority 1: Tackling violence against women and girls", [
        ("Outcome 1a: More victims and survivors are identified early and get the right support", [
            ["1a.1", "Extend the Ask for Angela / safe spaces scheme to all licensed premises in the Holloway Road and Upper Street night-time economy areas.",
             "Islington Council Licensing; Metropolitan Police Service", "March 2026", "46 of 70 venues signed up; staff training booked for October.", "Green"],
            ["1a.2", "Commission a specialist IDVA for LGBTQ+ survivors within the existing advocacy contract.",
             "VAWG Strategic Lead", "Q3 2025/26", "Budget agreed; recruitment advert closed 19 September.", "Green"],
            ["1a.3", "Run a White Ribbon Day campaign on coercive control in teenage relationships.",
             "Communications Lead / Youth Safety Team", "25/11/2025", "Campaign materials in design; schools engagement slower than planned.", "Amber"],
        ]),
        ("Outcome 1b: Perpetrators are held to account and supported to change", [
            ["1b.1", "Expand the Drive perpetrator programme to cover high-harm, high-risk cases referred through MARAC.",
             "Probation Service (North London PDU); VAWG Strategic Lead", "Sept 2025 – March 2026", "Referral pathway agreed at MARAC steering group.", "Green"],
            ["1b.2", "Review MARAC repeat referrals to identify perpetrators for multi-agency tasking.",
             "MARAC Coordinator", "Quarterly", "Q2 review completed; 14 perpetrators tasked.", "Green"],
        ]),
    ]),
    ("Priority 2: Reducing serious youth violence and exploitation", [
        ("Outcome 2a: Fewer young people are victims or perpetrators of knife crime", [
            ["2a.1", "Deliver knife crime awareness sessions in all Islington secondary schools and alternative provision.",
             "Youth Safety Team", "End of summer term 2026", "Sessions delivered in 6 of 11 settings.", "Green"],
            ["2a.2", "Carry out weapons sweeps with Safer Neighbourhood Teams in the five highest-harm parks and estates.",
             "Metropolitan Police Service", "August 2025", "Sweeps completed in all five locations; now part of routine patrol plans.", "Complete"],
        ]),
        ("Outcome 2b: Children at risk of exploitation are identified and safeguarded", [
            ["2b.1", "Embed the contextual safeguarding panel in the Islington Safeguarding Children Partnership exploitation pathway.",
             "Head of Targeted Youth Support; ISCP Business Manager", "December 2025", "Panel terms of reference under review; delay due to chair vacancy.", "Amber"],
            ["2b.2", "Agree a data-sharing agreement with British Transport Police on county lines intelligence at Highbury & Islington and Finsbury Park stations.",
             "Community Safety Partnership Manager", "TBC", "Draft with BTP legal team since June; no response to escalation.", "Red"],
        ]),
    ]),
    ("Priority 3: Tackling anti-social behaviour and building community confidence", [
        ("Outcome 3a: Residents feel safer in their neighbourhoods", [
            ["3a.1", "Launch an online ASB Case Review (Community Trigger) form and publish annual outcomes.",
             "ASB Manager", "October 2025", "", "Not started"],
            ["3a.2", "Hold quarterly ward panel meetings with residents' and tenants' associations.",
             "Safer Neighbourhood Board Chair / Ward Panel Chairs", "Quarterly", "Two meetings held in Q2.", "Green"],
        ]),
    ]),
]


def build_csp():
    lines = [CSP_TITLE,
             "Quarter 2 monitoring (July – September 2025)",
             "",
             "RAG: Green = on track; Amber = some slippage; Red = off track; Complete = delivered",
             ""]
    for prio, outcomes in CSP:
        lines.append(prio)
        lines.append("\t".join(CSP_HDR))
        for outcome, rows in outcomes:
            lines.append(outcome)
            for r in rows:
                lines.append("\t".join(r))
        lines.append("")
    lines.append("Note: updates provided by lead partners for the Safer Islington Partnership Board meeting on 21 October 2025.")
    with open(os.path.join(HERE, CSP_FILE), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lines) + "\n")


# =================================================================== 5 maternity (xlsx)
MAT_FILE = "gd2-east-sussex-healthcare-nhs-trust-maternity-improvement-plan.xlsx"
MAT_TITLE = "East Sussex Healthcare NHS Trust – Maternity and Neonatal Improvement Plan 2024-26"
D = lambda y, m, d: dt.datetime(y, m, d)
# theme, [(requirement, [(ref, action, leads, original, revised, prev, cur, update, evidence)])]
MAT = [
    ("Theme 1: Safe staffing and workforce", [
        ("Must-do 1: The trust must ensure there are sufficient numbers of suitably qualified and experienced midwives on each shift on the delivery suite at the Conquest Hospital.", [
            ("MD1.1", "Complete a Birthrate Plus acuity review and present the funded establishment gap to Trust Board.",
             "Director of Midwifery", D(2024, 10, 31), None, "G", "B",
             "Birthrate Plus report received September 2024; establishment uplift approved by Trust Board 8 October 2024.", "Board paper Oct-24"),
            ("MD1.2", "Recruit to the 12.4 WTE midwifery vacancies identified, including international recruitment cohort 3.",
             "Director of Midwifery / Head of Nursing Recruitment", D(2025, 3, 31), D(2025, 9, 30), "A", "A",
             "8.0 WTE appointed; cohort 3 arrival delayed to July 2025 by NMC registration timescales.", "Vacancy report"),
            ("MD1.3", "Introduce a supernumerary labour ward coordinator roster with escalation through the maternity OPEL tool.",
             "Deputy Head of Midwifery (Intrapartum)", D(2024, 12, 31), D(2025, 3, 31), "R", "G",
             "Roster live from 6 January 2025; supernumerary status maintained on 94% of shifts in February.", "Roster audit"),
        ]),
        ("Must-do 2: The trust must ensure staff complete mandatory training, including PROMPT and fetal monitoring training, in line with trust targets.", [
            ("MD2.1", "Deliver additional PROMPT training dates to reach 90% compliance across all staff groups.",
             "Practice Development Midwife; Consultant Obstetrician (Training Lead)", D(2025, 1, 31), D(2025, 4, 30), "A", "A",
             "Compliance 84% (midwives 91%, obstetricians 78%, anaesthetists 80%). Extra dates added in March and April.", "Training dashboard"),
            ("MD2.2", "Appoint a fetal monitoring lead midwife and lead obstetrician in line with Saving Babies' Lives Care Bundle version 3.",
             "Clinical Director (Women's and Children's)", D(2024, 9, 30), None, "B", "B",
             "Both leads in post from September 2024 with protected time in job plans.", "Job plans"),
        ]),
    ]),
    ("Theme 2: Listening to women and families", [
        ("Should-do 1: The service should ensure that information on how to raise a concern or complaint is available in languages other than English.", [
            ("SD1.1", "Translate the maternity PALS and complaints leaflet into the five most requested languages and make it available through the BadgerNotes app.",
             "Patient Experience Lead (Maternity)", D(2024, 12, 31), None, "G", "B",
             "Leaflets translated and uploaded 12 December 2024.", "BadgerNotes screenshots"),
            ("SD1.2", "Co-produce a 15 Steps for Maternity review with the Maternity and Neonatal Voices Partnership at both sites.",
             "MNVP Chair / Head of Midwifery", D(2025, 6, 30), None, "G", "G",
             "Eastbourne visit completed 20 February 2025; Conquest visit booked for May.", ""),
        ]),
        ("Must-do 3: The trust must ensure that women attending the maternity triage and assessment units are clinically assessed within 15 minutes of arrival.", [
            ("MD3.1", "Implement the Birmingham Symptom-Specific Obstetric Triage System (BSOTS) at Eastbourne DGH and the Conquest Hospital.",
             "Maternity Triage Lead Midwife", D(2025, 3, 31), None, "A", "G",
             "BSOTS live at Conquest; Eastbourne go-live 17 March 2025 confirmed.", "BSOTS implementation plan"),
            ("MD3.2", "Audit time to triage monthly and report compliance to the Maternity and Neonatal Safety Oversight Group.",
             "Maternity Governance Lead", "Monthly", None, "G", "G",
             "January compliance 87% within 15 minutes.", "Triage audit"),
        ]),
    ]),
    ("Theme 3: Governance, safety and learning", [
        ("Must-do 4: The trust must ensure that maternity incidents are reviewed in a timely way and that learning is shared with staff.", [
            ("MD4.1", "Clear the backlog of maternity incidents awaiting review for more than 40 days under PSIRF.",
             "Maternity Governance Lead; Patient Safety Partner", D(2025, 1, 31), D(2025, 5, 31), "R", "R",
             "Backlog reduced from 112 to 71 incidents; additional reviewer funded from March.", "Datix report"),
            ("MD4.2", "Launch a monthly ‘Learning Lessons’ newsletter and safety huddle briefing across maternity and neonatal teams.",
             "Maternity Governance Lead", D(2024, 11, 30), None, "G", "B",
             "First edition issued November 2024; four editions to date.", "Newsletters"),
            ("MD4.3", "Undertake a maternity and neonatal safety culture survey (SCORE) and agree an action plan with staff.",
             "Director of Midwifery", D(2025, 9, 30), None, "", "",
             "Not due to start until Q1 2025/26.", ""),
        ]),
    ]),
]


def build_maternity():
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = MAT_TITLE
    cov["A1"].font = Font(bold=True, size=14, color="005EB8")
    cov["A3"] = "Document control"
    cov["A3"].font = Font(bold=True)
    ctl = [("Version", "2.4"), ("Date", "28 February 2025"), ("Executive lead", "Chief Nursing Officer"),
           ("Plan owner", "Director of Midwifery"),
           ("Monitored by", "Maternity and Neonatal Safety Oversight Group (MNSOG); Quality and Safety Committee"),
           ("Sources", "CQC maternity inspection report (Conquest Hospital and Eastbourne DGH); three-year delivery plan for maternity and neonatal services")]
    for i, (k, v) in enumerate(ctl, start=4):
        cov.cell(i, 1, k).font = Font(bold=True)
        cov.cell(i, 2, v)
        for c in (1, 2):
            cov.cell(i, c).border = BOX
            cov.cell(i, c).alignment = WRAP
    cov["A12"] = "Version history"
    cov["A12"].font = Font(bold=True)
    for i, row in enumerate([("Version", "Date", "Change"),
                             ("2.2", "December 2024", "Revised dates for MD1.3 and MD2.1 agreed at MNSOG"),
                             ("2.3", "January 2025", "MD4.1 revised date agreed; SD1.1 closed"),
                             ("2.4", "February 2025", "February MNSOG ratings added")], start=13):
        for j, v in enumerate(row, start=1):
            cov.cell(i, j, v).border = BOX
    cov.column_dimensions["A"].width = 18
    cov.column_dimensions["B"].width = 60
    cov.column_dimensions["C"].width = 50

    key = wb.create_sheet("RAG key")
    key["A1"] = "RAG key"
    key["A1"].font = Font(bold=True)
    for i, (code, col, txt) in enumerate([("B", BLUE, "Complete – evidence reviewed and accepted by MNSOG"),
                                          ("G", GREEN, "On track to be delivered by the completion date"),
                                          ("A", AMBER, "Risk to delivery by the completion date – mitigation in place"),
                                          ("R", RED, "Off track – revised date needed / escalated to Quality and Safety Committee"),
                                          ("", None, "Blank – not yet started")], start=3):
        c = key.cell(i, 1, code or None)
        if col:
            c.fill = xl_fill(col)
        key.cell(i, 2, txt)
    key.column_dimensions["B"].width = 70

    ws = wb.create_sheet("Improvement Plan")
    ws["A1"] = "Maternity and Neonatal Improvement Plan – progress at February 2025"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Previous RAG = January 2025 MNSOG; Current RAG = February 2025 MNSOG. Where a revised date has been agreed, delivery is measured against the revised date."
    hdr = ["Ref", "Action", "Lead(s)", "Original completion date", "Revised completion date",
           "Previous RAG", "Current RAG", "Progress update", "Evidence / assurance"]
    r = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("005EB8")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for theme, reqs in MAT:
        ws.cell(r, 1, theme).font = Font(bold=True, color="FFFFFF")
        for j in range(1, 10):
            ws.cell(r, j).fill = xl_fill("003087")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 1
        for req, acts in reqs:
            ws.cell(r, 1, req).font = Font(bold=True, italic=True)
            ws.cell(r, 1).alignment = WRAP
            for j in range(1, 10):
                ws.cell(r, j).fill = xl_fill("DCE6F1")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.row_dimensions[r].height = 30
            r += 1
            for ref, act, lead, orig, rev, prev, cur, upd, ev in acts:
                vals = [ref, act, lead, orig, rev, prev or None, cur or None, upd, ev or None]
                for j, v in enumerate(vals, start=1):
                    c = ws.cell(r, j, v)
                    c.alignment = WRAP
                    c.border = BOX
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                for j, code in ((6, prev), (7, cur)):
                    if code:
                        ws.cell(r, j).fill = xl_fill(FILL[code])
                        ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="top")
                r += 1
    for col, w in zip("ABCDEFGHI", (8, 55, 30, 13, 13, 9, 9, 50, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Summary of current RAG ratings – February 2025"
    sm["A1"].font = Font(bold=True)
    counts = {"B": 0, "G": 0, "A": 0, "R": 0, "": 0}
    for _, reqs in MAT:
        for _, acts in reqs:
            for a in acts:
                counts[a[6]] += 1
    rows = [("Complete (B)", counts["B"]), ("On track (G)", counts["G"]), ("At risk (A)", counts["A"]),
            ("Off track (R)", counts["R"]), ("Not started", counts[""]), ("Total actions", sum(counts.values()))]
    sm["A3"], sm["B3"] = "Status", "Number of actions"
    for i, (k, v) in enumerate(rows, start=4):
        sm.cell(i, 1, k)
        sm.cell(i, 2, v)
    sm.column_dimensions["A"].width = 22
    wb.save(os.path.join(HERE, MAT_FILE))


# =================================================================== 6 corporate risk register (xlsx)
CRR_FILE = "gd2-havering-council-corporate-risk-register-q2-2025-26.xlsx"
CRR_TITLE = "London Borough of Havering – Corporate Risk Register, Quarter 2 2025/26"
# (risk heading, description, owner, current, target, [(ref, action, owner, date, fill, update)])
CRR = [
    ("CR1 – Financial resilience",
     "Cause: rising demand in adult social care, children's placements and temporary accommodation. Event: the Council cannot set a balanced budget for 2026/27 and over the medium term. Effect: reliance on Exceptional Financial Support, possible section 114 notice and service reductions.",
     "Chief Executive", "5 x 4 = 20", "4 x 3 = 12", [
         ("CR1.1", "Deliver the 2025/26 savings programme of £18.2m, with monthly tracking through the Transformation Board.",
          "Strategic Director of Resources", D(2026, 3, 31), AMBER, "£11.4m on track; £3.1m at risk in placements and home care."),
         ("CR1.2", "Submit the case to MHCLG for continued Exceptional Financial Support in 2026/27.",
          "Chief Executive; Director of Finance (s151)", D(2025, 10, 31), GREEN, "Draft submission shared with MHCLG officials in September."),
         ("CR1.3", "Refresh the Medium Term Financial Strategy to reflect the Fair Funding Review settlement.",
          "Director of Finance (s151)", D(2026, 2, 28), GREEN, "Modelling of consultation proposals under way."),
     ]),
    ("CR2 – Temporary accommodation demand",
     "Cause: increasing homelessness approaches and a shortage of affordable private rented homes. Event: the Council is unable to meet its statutory housing duties within budget. Effect: families placed in unsuitable accommodation; overspend.",
     "Strategic Director of Place", "5 x 4 = 20", "3 x 4 = 12", [
         ("CR2.1", "Acquire 150 additional homes through the Mercury Land Holdings acquisition programme to reduce the use of nightly-paid accommodation.",
          "Director of Housing & Property", "Q4 2025/26", AMBER, "62 homes acquired; completions slowed by conveyancing delays."),
         ("CR2.2", "Implement the homelessness prevention pathway and the private rented sector landlord incentive scheme.",
          "Head of Housing Demand", D(2025, 9, 30), BLUE, "Pathway and incentive scheme live from 1 September 2025."),
     ]),
    ("CR3 – Cyber security",
     "Cause: increasing sophistication of cyber attacks on local government. Event: successful ransomware or data breach. Effect: loss of critical systems, data protection breach and reputational damage.",
     "Chief Operating Officer", "4 x 5 = 20", "3 x 5 = 15", [
         ("CR3.1", "Complete the Cyber Assessment Framework self-assessment and remediate high-priority findings.",
          "Head of Digital & IT; Information Security Manager", D(2025, 12, 31), GREEN, "Self-assessment complete; 9 of 14 high-priority findings closed."),
         ("CR3.2", "Run a cyber incident exercise with the Corporate Leadership Team and test restoration from offline back-ups.",
          "Emergency Planning & Business Continuity Manager", D(2025, 11, 30), None, "Exercise scheduled for 18 November 2025."),
     ]),
    ("CR4 – Safeguarding children and adults",
     "Cause: increasing complexity of need and workforce pressures. Event: failure to identify and respond to risk of harm. Effect: serious harm to a child or adult at risk; regulatory intervention.",
     "Strategic Director of People", "3 x 5 = 15", "2 x 5 = 10", [
         ("CR4.1", "Deliver the ILACS improvement plan actions on the quality of supervision and management oversight.",
          "Director of Children's Services", "Ongoing", GREEN, "Supervision audit shows 78% good or better (target 80%)."),
         ("CR4.2", "Implement the Adult Social Care CQC assessment improvement plan, focusing on waiting lists for Care Act assessments.",
          "Director of Adult Social Services", D(2026, 3, 31), RED, "Waiting list increased to 412 people; recovery plan to CLT in October."),
     ]),
    ("CR5 – Workforce recruitment and retention",
     "Cause: national shortages in social work, planning and legal professions. Event: the Council cannot recruit or retain staff in key roles. Effect: reliance on agency staff, higher costs and reduced service quality.",
     "Director of HR & OD", "4 x 3 = 12", "3 x 3 = 9", [
         ("CR5.1", "Launch the social work recruitment and retention offer, including market supplements for hard-to-fill posts.",
          "Assistant Director HR & OD", D(2025, 7, 31), BLUE, "Offer launched July 2025; agency social workers down from 61 to 48."),
     ]),
]


def build_crr():
    wb = Workbook()
    sm = wb.active
    sm.title = "Summary"
    sm["A1"] = CRR_TITLE
    sm["A1"].font = Font(bold=True, size=14)
    sm["A2"] = "Report to Audit Committee, 25 November 2025 – position at 30 September 2025"
    sm["A4"], sm["B4"], sm["C4"], sm["D4"], sm["E4"] = "Risk", "Risk owner", "Current score", "Target score", "Direction of travel"
    for c in "ABCDE":
        sm[c + "4"].font = Font(bold=True)
        sm[c + "4"].fill = xl_fill("D9D9D9")
    dirs = ["↔", "↑", "↔", "↔", "↓"]
    for i, (risk, _, owner, cur, tgt, _) in enumerate(CRR, start=5):
        sm.cell(i, 1, risk)
        sm.cell(i, 2, owner)
        sm.cell(i, 3, int(cur.split("=")[1]))
        sm.cell(i, 4, int(tgt.split("=")[1]))
        sm.cell(i, 5, dirs[i - 5])
    sm["A11"] = "Scores are likelihood x impact (1–5 each). 15 and above = red; 8–14 = amber; 1–7 = green."
    sm.column_dimensions["A"].width = 42
    sm.column_dimensions["B"].width = 30

    ws = wb.create_sheet("Risk Register")
    ws["A1"] = "Corporate Risk Register – risks, controls and further actions"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "Action status key:"
    for col, (fill, txt) in zip("BCDE", [(GREEN, "On track"), (AMBER, "Minor slippage"),
                                         (RED, "Significant slippage"), (BLUE, "Complete")]):
        ws[col + "2"] = txt
        ws[col + "2"].fill = xl_fill(fill)
    hdr = ["Risk", "Risk description", "Risk owner", "Current score (L x I)", "Target score (L x I)",
           "Ref", "Further action", "Action owner", "Target date", "Status", "Q2 update"]
    r = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("44546A")
        c.alignment = WRAP
        c.border = BOX
    r += 1
    for risk, desc, owner, cur, tgt, acts in CRR:
        top = r
        ws.cell(r, 1, risk).font = Font(bold=True)
        ws.cell(r, 2, desc)
        ws.cell(r, 3, owner)
        ws.cell(r, 4, cur)
        ws.cell(r, 5, tgt)
        for ref, act, aowner, date, fill, upd in acts:
            vals = {6: ref, 7: act, 8: aowner, 9: date, 11: upd}
            for j, v in vals.items():
                c = ws.cell(r, j, v)
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            if fill:
                ws.cell(r, 10).fill = xl_fill(fill)
            for j in range(1, 12):
                ws.cell(r, j).alignment = WRAP
                ws.cell(r, j).border = BOX
            r += 1
        if r - 1 > top:
            for j in range(1, 6):
                ws.merge_cells(start_row=top, start_column=j, end_row=r - 1, end_column=j)
        score = int(cur.split("=")[1])
        ws.cell(top, 4).fill = xl_fill("FF7C80" if score >= 15 else "FFD966")
    for col, w in zip("ABCDEFGHIJK", (24, 50, 22, 11, 11, 7, 50, 30, 10, 9, 45)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "F5"
    wb.save(os.path.join(HERE, CRR_FILE))


# =================================================================== 7 transformation highlight report (xlsx, refuse)
TX_FILE = "gd2-bracknell-forest-council-transformation-programme-highlight-report-typo-month-refuse.xlsx"
TX_TITLE = "Bracknell Forest Council Transformation Programme – Highlight Report, Period 7 (October 2025)"
# workstream, id, milestone, lead, baseline, forecast, last, this, commentary
TX = [
    ("Digital and customer", "DC01", "Launch the new customer portal with online council tax and benefits accounts.",
     "Assistant Director: Digital & ICT", "Sep 2025", "Nov 2025", "A", "A", "User testing found accessibility issues; fixes in sprint 14."),
    ("", "DC02", "Migrate the remaining 14 line-of-business systems to the cloud hosting platform.",
     "Assistant Director: Digital & ICT", "Mar 2026", "Mar 2026", "G", "G", "9 of 14 migrated."),
    ("", "DC03", "Introduce AI-assisted triage of contact centre emails.",
     "Head of Customer Services", "Dec 2025", "Jan 2026", "G", "A", "Data protection impact assessment took longer than planned."),
    ("Adult social care demand", "AS01", "Expand the reablement service to take all hospital discharge referrals within 24 hours.",
     "Assistant Director: Early Help & Communities", "Oct 2025", "Oct 2025", "G", "B", "Completed – 7 additional reablement workers in post."),
    ("", "AS02", "Commission technology-enabled care for 300 additional residents.",
     "Head of Commissioning", "Jan 2026", "Febuary 2026", "G", "A", "Supplier mobilisation slipped by one month."),
    ("", "AS03", "Review all packages of care over £1,000 a week using the strengths-based review tool.",
     "Head of Adult Social Work", "Mar 2026", "Mar 2026", "A", "A", "112 of 190 reviews completed."),
    ("Property and assets", "PA01", "Complete the office accommodation review and release the Easthampstead House annex.",
     "Assistant Director: Property", "Dec 2025", "Jun 2026", "A", "R", "Dependent on library relocation; revised plan to Programme Board in November."),
    ("", "PA02", "Dispose of three surplus sites identified in the asset review.",
     "Assistant Director: Property", "Mar 2026", "Mar 2026", "G", "G", "Marketing of first two sites under way."),
    ("Income and commercial", "IC01", "Introduce the revised fees and charges schedule for 2026/27.",
     "Head of Finance (Business Partnering)", "Feb 2026", "Feb 2026", "G", "G", "Draft schedule with Executive members."),
]


def build_tx():
    wb = Workbook()
    ov = wb.active
    ov.title = "Highlight Report"
    ov["A1"] = TX_TITLE
    ov["A1"].font = Font(bold=True, size=14, color="1F4E78")
    rows = [("Senior Responsible Owner", "Executive Director: Resources"),
            ("Programme Manager", "Transformation Programme Manager"),
            ("Reporting period", "1 – 31 October 2025"),
            ("Report to", "Transformation Programme Board, 18 November 2025")]
    for i, (k, v) in enumerate(rows, start=3):
        ov.cell(i, 1, k).font = Font(bold=True)
        ov.cell(i, 2, v)
    ov["A8"] = "Programme status"
    ov["A8"].font = Font(bold=True)
    ov["A9"], ov["B9"], ov["C9"] = "Dimension", "Last period", "This period"
    for i, (k, a, b) in enumerate([("Overall", "A", "A"), ("Time", "A", "A"), ("Cost", "G", "G"),
                                    ("Benefits", "G", "A"), ("Risks", "A", "A")], start=10):
        ov.cell(i, 1, k)
        for j, code in ((2, a), (3, b)):
            c = ov.cell(i, j, code)
            c.fill = xl_fill(FILL[code])
    ov["A16"] = "Key messages this period"
    ov["A16"].font = Font(bold=True)
    ov["A17"] = "• Reablement expansion (AS01) completed on time and is reducing delayed discharges from Frimley Park and Royal Berkshire hospitals."
    ov["A18"] = "• Office accommodation review (PA01) now red – decision on library relocation needed from the Executive."
    ov["A19"] = "• Savings delivered to date £2.9m against an in-year target of £4.6m."
    ov["A21"] = "Decisions required from Programme Board"
    ov["A21"].font = Font(bold=True)
    ov["A22"] = "1. Agree revised baseline for PA01 to June 2026."
    ov.column_dimensions["A"].width = 30
    ov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Milestones")
    ws["A1"] = "Milestone tracker – Period 7 (October 2025)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "RAG: G = on track; A = at risk, recoverable; R = off track, needs Board decision; B = complete"
    hdr = ["Workstream", "ID", "Milestone", "Accountable lead", "Baseline date", "Forecast date",
           "Last period", "This period", "Commentary"]
    r = 4
    for j, h in enumerate(hdr, start=1):
        c = ws.cell(r, j, h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = xl_fill("1F4E78")
        c.alignment = WRAP
    r += 1
    global TX_TYPO_ROW
    for row in TX:
        for j, v in enumerate(row, start=1):
            c = ws.cell(r, j, v if v != "" else None)
            c.alignment = WRAP
            c.border = BOX
            if j in (7, 8):
                c.fill = xl_fill(FILL[v])
                c.alignment = Alignment(horizontal="center", vertical="top")
        if row[5] == "Febuary 2026":
            TX_TYPO_ROW = r
        r += 1
    ws.cell(r + 1, 1, "Milestones completed in earlier periods are shown in the closed milestones log (not included in this report).")
    for col, w in zip("ABCDEFGHI", (24, 7, 55, 36, 12, 12, 9, 9, 48)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(HERE, TX_FILE))


TX_TYPO_ROW = None

if __name__ == "__main__":
    build_sar()
    build_dhr()
    build_icb()
    build_csp()
    build_maternity()
    build_crr()
    build_tx()
    print("built 7 files; typo month on Milestones sheet row", TX_TYPO_ROW)
