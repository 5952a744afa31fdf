"""Build the seven er2- data files of set heldout182.

Run with:  /work/main/.venv/bin/python er2_make.py
Writes the .docx / .xlsx / .csv / .txt files next to this script.
(The .expected.yaml files beside them are written separately, by hand-checked data.)
"""
import csv
import datetime as dt
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))

FILL = {  # RAG fill colours used across the files
    "blue": "0070C0",
    "green": "00B050",
    "amber": "FFC000",
    "red": "FF0000",
    "grey": "D9D9D9",
    "band": "DDEBF7",
    "head": "1F3864",
}


def D(y, m, d):
    return dt.datetime(y, m, d)


# ---------------------------------------------------------------------------
# Data for each file.  Each action: the cells as written, plus (for the
# expected reading) lead/end/end_text/status decided by hand.
# ---------------------------------------------------------------------------

# 1. Durham Safeguarding Adults Partnership - SAR Adult H action plan (docx)
DURHAM = {
    "file": "er2-durham-sap-sar-adult-h-action-plan.docx",
    "title": "Safeguarding Adults Review Adult H: Multi-Agency Action Plan",
    "themes": [
        ("Theme 1: Self-neglect and engagement", [
            ("Recommendation 1: DSAP should assure itself that partner agencies apply the multi-agency "
             "self-neglect and hoarding guidance, including escalation where an adult repeatedly declines support.", [
                dict(ref="1.1",
                     action="Relaunch the DSAP self-neglect and hoarding guidance through practitioner briefings and a 7-minute briefing on Adult H.",
                     lead_cell="DSAP Business Manager", lead=["DSAP Business Manager"],
                     end_cell="31 October 2024", end="2024-10",
                     progress="Four briefings delivered to 212 practitioners (18/09/2024). 7-minute briefing published on DSAP website.",
                     rag_cell="Blue", status="blue"),
                dict(ref="1.2",
                     action="Undertake a multi-agency audit of self-neglect cases where the adult declined services, and report findings to the Quality Assurance Sub-Group.",
                     lead_cell="Chair, Quality Assurance Sub-Group", lead=["Chair, Quality Assurance Sub-Group"],
                     end_cell="March 2025", end="2025-03",
                     progress="Audit tool agreed; case sample of 20 identified. Fieldwork January 2025.",
                     rag_cell="Green", status="green"),
            ]),
            ("Recommendation 2: Adult and Health Services should ensure that mental capacity assessments are completed "
             "and recorded where there is reason to doubt an adult\u2019s capacity to make decisions about self-care.", [
                dict(ref="2.1",
                     action="Review the mental capacity assessment template on the case management system to include prompts on executive functioning.",
                     lead_cell="Principal Social Worker (Adults)", lead=["Principal Social Worker (Adults)"],
                     end_cell="Dec-24", end="2024-12",
                     progress="Template drafted. System change delayed by upgrade; new date agreed by SAR Sub-Group.",
                     rag_cell="Amber", status="amber"),
                dict(ref="2.2",
                     action="Deliver training on executive capacity to adult social care and community nursing staff.",
                     lead_cell="Head of Adult Social Care / Designated Nurse Safeguarding Adults",
                     lead=["Head of Adult Social Care", "Designated Nurse Safeguarding Adults"],
                     end_cell="31/03/2025", end="2025-03",
                     progress="Two cohorts booked (November and February).",
                     rag_cell="Green", status="green"),
            ]),
        ]),
        ("Theme 2: Information sharing and professional curiosity", [
            ("Recommendation 3: Health partners should ensure that concerns about missed appointments are shared with "
             "the adult\u2019s GP and allocated social worker.", [
                dict(ref="3.1",
                     action="Amend the Was Not Brought / Did Not Attend policy so that it applies to adults with care and support needs.",
                     lead_cell="CDDFT Named Nurse Safeguarding Adults", lead=["CDDFT Named Nurse Safeguarding Adults"],
                     end_cell="January 2025", end="2025-01",
                     progress="Policy not yet ratified; awaiting Trust Policy Group. Escalated to Executive Group.",
                     rag_cell="Red", status="red"),
                dict(ref="3.2",
                     action="Circulate the learning from Adult H to all GP practices through the primary care safeguarding newsletter.",
                     lead_cell="ICB Named GP for Safeguarding Adults", lead=["ICB Named GP for Safeguarding Adults"],
                     end_cell="Nov-24", end="2024-11",
                     progress="Included in September newsletter and discussed at GP safeguarding leads forum.",
                     rag_cell="Blue", status="blue"),
            ]),
            ("Recommendation 4: Durham Constabulary should ensure that officers attending welfare checks record and "
             "refer concerns about an adult\u2019s living conditions.", [
                dict(ref="4.1",
                     action="Include self-neglect indicators in the vulnerability refresher training for response officers.",
                     lead_cell="Sarah Kirk and Paul Dunn", lead=["Sarah Kirk", "Paul Dunn"],
                     end_cell="Q4 2024/25", end="2025-03",
                     progress="Content written with DSAP Business Unit; roll-out from January.",
                     rag_cell="Green", status="green"),
                dict(ref="4.2",
                     action="Dip-sample adult concern notifications each quarter for the quality of recording of living conditions.",
                     lead_cell="Durham Constabulary", lead=["Durham Constabulary"],
                     end_cell="Ongoing \u2013 quarterly", end=None, end_text="Ongoing \u2013 quarterly",
                     progress="Q2 sample of 50 completed; 78% met standard.",
                     rag_cell="Green", status="green"),
            ]),
        ]),
        ("Theme 3: Partnership assurance", [
            ("Recommendation 5: DSAP should seek assurance that the learning from this review has improved practice.", [
                dict(ref="5.1",
                     action="Present a 12-month impact report on the Adult H action plan to the DSAP Executive Group.",
                     lead_cell="DSAP Independent Chair", lead=["DSAP Independent Chair"],
                     end_cell="September 2025", end="2025-09",
                     progress="Not yet due.",
                     rag_cell="", status="unrated"),
            ]),
        ]),
    ],
}

# 2. University Hospitals of Leicester - maternity and neonatal improvement plan (docx)
UHL = {
    "file": "er2-uhl-nhs-trust-maternity-neonatal-improvement-plan.docx",
    "title": "Maternity and Neonatal Improvement Plan 2024/25",
    "workstreams": [
        ("Workstream 1 \u2013 Safe Staffing and Workforce", [
            dict(ref="1.1", action="Complete the Birthrate Plus midwifery workforce review and present the findings to Trust Board.",
                 lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
                 orig="30/06/2024", rev="30/09/2024", end="2024-09",
                 progress="Presented to Trust Board 05/09/2024; funded establishment agreed.", fill="blue", status="blue"),
            dict(ref="1.2", action="Recruit to 24 WTE Band 5/6 midwife vacancies through international and newly qualified recruitment.",
                 lead_cell="Head of Midwifery (LRI) / Head of Midwifery (LGH)",
                 lead=["Head of Midwifery (LRI)", "Head of Midwifery (LGH)"],
                 orig="31/12/2024", rev="", end="2024-12",
                 progress="17 WTE in post, 5 WTE with start dates agreed.", fill="green", status="green"),
            dict(ref="1.3", action="Implement 24/7 consultant obstetrician presence on Delivery Suite at the LRI.",
                 lead_cell="Clinical Director \u2013 Obstetrics", lead=["Clinical Director \u2013 Obstetrics"],
                 orig="31/03/2025", rev="30/09/2025", end="2025-09",
                 progress="Business case approved; recruitment to 3 consultant posts under way.", fill="amber", status="amber"),
        ]),
        ("Workstream 2 \u2013 Safe Care and Escalation", [
            dict(ref="2.1", action="Roll out the Maternity Early Warning Score (MEWS) on the electronic observations system across both sites.",
                 lead_cell="Digital Midwife; Consultant Midwife", lead=["Digital Midwife", "Consultant Midwife"],
                 orig="31/08/2024", rev="", end="2024-08",
                 progress="Live at LRI and LGH from 12/08/2024. Compliance audit 94%.", fill="blue", status="blue"),
            dict(ref="2.2", action="Implement the Birmingham Symptom-specific Obstetric Triage System (BSOTS) in both maternity assessment units.",
                 lead_cell="Matron \u2013 Maternity Assessment Units", lead=["Matron \u2013 Maternity Assessment Units"],
                 orig="31/10/2024", rev="31/01/2025", end="2025-01",
                 progress="Triage midwife rota not yet funded; risk added to divisional register.", fill="red", status="red"),
            dict(ref="2.3", action="Audit compliance with \u2018fresh eyes\u2019 fetal monitoring reviews and report to the Maternity Governance Group.",
                 lead_cell="Fetal Monitoring Lead Midwife", lead=["Fetal Monitoring Lead Midwife"],
                 orig="Monthly", rev="", end=None, end_text="Monthly",
                 progress="September compliance 91% (target 95%).", fill="green", status="green"),
        ]),
        ("Workstream 3 \u2013 Listening to Women and Families", [
            dict(ref="3.1", action="Co-produce a revised complaints and concerns pathway with the Maternity and Neonatal Voices Partnership (MNVP).",
                 lead_cell="Patient Experience Lead / MNVP Chair", lead=["Patient Experience Lead", "MNVP Chair"],
                 orig="30/09/2024", rev="31/12/2024", end="2024-12",
                 progress="Two co-production workshops held; draft pathway out for comment.", fill="amber", status="amber"),
            dict(ref="3.2", action="Translate key antenatal information into the five most common community languages in Leicester, Leicestershire and Rutland.",
                 lead_cell="Equity and Equality Lead Midwife", lead=["Equity and Equality Lead Midwife"],
                 orig="31/12/2024", rev="", end="2024-12",
                 progress="Three languages complete; two with translators.", fill="green", status="green"),
        ]),
        ("Workstream 4 \u2013 Governance and Learning", [
            dict(ref="4.1", action="Move all maternity incident reviews to the Patient Safety Incident Response Framework (PSIRF).",
                 lead_cell="Maternity Governance Lead", lead=["Maternity Governance Lead"],
                 orig="30/11/2024", rev="", end="2024-11",
                 progress="Complete. PSII and AAR templates in use from 01/10/2024.", fill="blue", status="blue"),
            dict(ref="4.2", action="Provide quarterly Perinatal Quality Surveillance Model reports to Trust Board and the LLR Local Maternity and Neonatal System.",
                 lead_cell="Director of Midwifery", lead=["Director of Midwifery"],
                 orig="Quarterly", rev="", end=None, end_text="Quarterly",
                 progress="Q2 report on this agenda.", fill="green", status="green"),
            dict(ref="4.3", action="Complete the Perinatal Culture and Leadership Programme diagnostic and agree a culture improvement plan.",
                 lead_cell="Perinatal Quadrumvirate", lead=["Perinatal Quadrumvirate"],
                 orig="31/03/2025", rev="", end="2025-03",
                 progress="Cohort starts January 2025.", fill=None, status="unrated"),
        ]),
    ],
}

# 3. Reading Community Safety Partnership - delivery plan (xlsx)
READING = {
    "file": "er2-reading-csp-community-safety-delivery-plan-2024-25.xlsx",
    "title": "Reading Community Safety Partnership Delivery Plan 2024/25",
    "priorities": [
        ("Priority 1: Reducing serious violence and exploitation", [
            dict(ref="1.1", action="Refresh the Serious Violence Duty strategic needs assessment and publish the local response strategy.",
                 lead_cell="Community Safety Manager", lead=["Community Safety Manager"], partners="TVP, Thames Valley VRU",
                 end_cell="Jan-25", end="2025-01", q1="G", q2="G", status="green",
                 update="Needs assessment data sharing complete; draft strategy to Strategic Group in December."),
            dict(ref="1.2", action="Run a week of action under Operation Sceptre, including knife amnesty bins and school assemblies.",
                 lead_cell="TVP Neighbourhood Inspector", lead=["TVP Neighbourhood Inspector"], partners="Schools, Youth Service",
                 end_cell="Nov-24", end="2024-11", q1="G", q2="B", status="blue",
                 update="Delivered 16-22 September; 31 knives surrendered, 18 school assemblies."),
            dict(ref="1.3", action="Embed the contextual safeguarding panel for young people at risk of exploitation.",
                 lead_cell="Head of Children's Social Care (BFfC) & Youth Justice Service Manager",
                 lead=["Head of Children's Social Care (BFfC)", "Youth Justice Service Manager"], partners="TVP, Health",
                 end_cell="Mar-25", end="2025-03", q1="A", q2="A", status="amber",
                 update="Terms of reference agreed; attendance from health partners inconsistent."),
        ]),
        ("Priority 2: Tackling domestic abuse and violence against women and girls", [
            dict(ref="2.1", action="Recommission the domestic abuse outreach and IDVA service to start from April 2025.",
                 lead_cell="Domestic Abuse Strategic Lead", lead=["Domestic Abuse Strategic Lead"], partners="Procurement",
                 end_cell="31/03/2025", end="2025-03", q1="G", q2="A", status="amber",
                 update="Tender delayed by four weeks; interim extension to current contract agreed."),
            dict(ref="2.2", action="Achieve White Ribbon accreditation for Reading Borough Council.",
                 lead_cell="Community Safety Manager", lead=["Community Safety Manager"], partners="HR, Communications",
                 end_cell="Dec-24", end="2024-12", q1="A", q2="R", status="red",
                 update="Action plan not yet submitted to White Ribbon UK; no champion identified."),
            dict(ref="2.3", action="Deliver Domestic Abuse Champions training to 100 frontline staff across partner agencies.",
                 lead_cell="Domestic Abuse Strategic Lead", lead=["Domestic Abuse Strategic Lead"], partners="All partners",
                 end_cell="Ongoing", end=None, end_text="Ongoing", q1="G", q2="G", status="green",
                 update="64 champions trained to date."),
        ]),
        ("Priority 3: Town centre safety and anti-social behaviour", [
            dict(ref="3.1", action="Implement the town centre Public Spaces Protection Order (PSPO) following public consultation.",
                 lead_cell="Community Safety Manager; Legal Services", lead=["Community Safety Manager", "Legal Services"],
                 partners="TVP",
                 end_cell="Oct-24", end="2024-10", q1="G", q2="B", status="blue",
                 update="PSPO in force from 1 October 2024."),
            dict(ref="3.2", action="Retain Purple Flag accreditation for the night-time economy and recruit additional street pastors.",
                 lead_cell="Town Centre Manager", lead=["Town Centre Manager"], partners="Reading UK, Street Pastors",
                 end_cell="Jun-25", end="2025-06", q1="", q2="G", status="green",
                 update="Assessment booked for May 2025."),
            dict(ref="3.3", action="Raise awareness of the ASB case review (Community Trigger) and update the online reporting form.",
                 lead_cell="ASB Team Leader", lead=["ASB Team Leader"], partners="Housing, Communications",
                 end_cell="Sept 2024 - March 2025", end="2025-03", end_text="Sept 2024 - March 2025",
                 q1="G", q2="G", status="green",
                 update="Web page updated; social media campaign planned for Q3."),
        ]),
    ],
}

# 4. Huntingdonshire DC - corporate risk register (xlsx)
HDC = {
    "file": "er2-huntingdonshire-dc-corporate-risk-register-q3-2024-25.xlsx",
    "title": "Huntingdonshire District Council \u2013 Corporate Risk Register",
    "risks": [
        dict(risk="CR01 \u2013 Financial sustainability", owner="Corporate Director (Finance and Resources)",
             scores=(20, 16, 12), dot="\u2194", actions=[
            dict(ref="CR01.1", action="Deliver the 2025/26 budget and Medium Term Financial Strategy, including savings proposals of \u00a31.2m.",
                 lead_cell="Head of Finance (S151 Officer)", lead=["Head of Finance (S151 Officer)"],
                 due=D(2025, 2, 28), end="2025-02", rag="Green", status="green"),
            dict(ref="CR01.2", action="Review yields across the commercial property portfolio and report options to Cabinet.",
                 lead_cell="Head of Estates", lead=["Head of Estates"],
                 due=D(2025, 3, 31), end="2025-03", rag="Amber", status="amber"),
        ]),
        dict(risk="CR02 \u2013 Cyber security and ICT resilience", owner="Director of Digital and Customer",
             scores=(25, 15, 10), dot="\u2193", actions=[
            dict(ref="CR02.1", action="Complete remediation of the PSN IT health check findings.",
                 lead_cell="3C ICT Head of Service", lead=["3C ICT Head of Service"],
                 due=D(2024, 12, 31), end="2024-12", rag="Blue", status="blue"),
            dict(ref="CR02.2", action="Run a cyber incident exercise with the Senior Leadership Team.",
                 lead_cell="3C ICT Security Manager", lead=["3C ICT Security Manager"],
                 due=D(2025, 1, 31), end="2025-01", rag="Green", status="green"),
            dict(ref="CR02.3", action="Roll out mandatory cyber awareness e-learning to all staff and councillors.",
                 lead_cell="HR Manager / Democratic Services Manager", lead=["HR Manager", "Democratic Services Manager"],
                 due="Ongoing", end=None, end_text="Ongoing", rag="Green", status="green"),
        ]),
        dict(risk="CR03 \u2013 Local Plan update", owner="Chief Planning Officer",
             scores=(16, 12, 8), dot="\u2191", actions=[
            dict(ref="CR03.1", action="Agree the revised Local Development Scheme timetable at Cabinet.",
                 lead_cell="Planning Policy Manager", lead=["Planning Policy Manager"],
                 due=D(2024, 10, 31), end="2024-10", rag="Blue", status="blue"),
            dict(ref="CR03.2", action="Publish the Local Plan Regulation 18 consultation.",
                 lead_cell="Planning Policy Manager", lead=["Planning Policy Manager"],
                 due=D(2024, 11, 30), end="2024-11", rag="Red", status="red"),
        ]),
        dict(risk="CR04 \u2013 Workforce capacity and retention", owner="Director of People",
             scores=(16, 12, 8), dot="\u2194", actions=[
            dict(ref="CR04.1", action="Implement year 2 of the Workforce Strategy action plan, including the market supplement review.",
                 lead_cell="Head of People", lead=["Head of People"],
                 due=D(2025, 3, 31), end="2025-03", rag="Amber", status="amber"),
            dict(ref="CR04.2", action="Put succession plans in place for business-critical posts.",
                 lead_cell="Senior Leadership Team", lead=["Senior Leadership Team"],
                 due=D(2025, 6, 30), end="2025-06", rag="Green", status="green"),
        ]),
        dict(risk="CR05 \u2013 Business continuity and emergency response", owner="Director of Place",
             scores=(12, 8, 8), dot="\u2194", actions=[
            dict(ref="CR05.1", action="Review the Corporate Business Continuity Plan and test it through a live exercise.",
                 lead_cell="Emergency Planning Officer", lead=["Emergency Planning Officer"],
                 due=D(2025, 3, 31), end="2025-03", rag="Not started", status="unrated"),
        ]),
    ],
}

# 5. Peterborough City Council - transformation programme highlight report (xlsx)
PBO = {
    "file": "er2-peterborough-city-council-transformation-programme-highlight-report.xlsx",
    "title": "Peterborough City Council \u2013 Improvement and Transformation Programme Highlight Report",
    "workstreams": [
        ("Customer and Digital", [
            dict(ref="CD1", action="Launch the new customer portal for council tax, benefits and waste services",
                 lead_cell="Head of Customer Services", lead=["Head of Customer Services"],
                 orig=D(2024, 10, 1), rev=D(2025, 1, 1), end="2025-01", last="Amber", this="Amber", status="amber",
                 comment="Payment integration testing failed in December; re-test booked."),
            dict(ref="CD2", action="Decommission the legacy CRM and migrate open cases",
                 lead_cell="ICT Programme Manager / Head of Customer Services",
                 lead=["ICT Programme Manager", "Head of Customer Services"],
                 orig=D(2025, 3, 1), rev=D(2025, 6, 1), end="2025-06", last="Green", this="Amber", status="amber",
                 comment="Dependent on CD1; forecast moved to June."),
            dict(ref="CD3", action="Pilot AI-assisted telephony triage in the contact centre",
                 lead_cell="Digital Transformation Lead", lead=["Digital Transformation Lead"],
                 orig=D(2025, 2, 1), rev=None, end="2025-02", last="Green", this="Green", status="green",
                 comment="Supplier onboarded; pilot scripts signed off."),
        ]),
        ("Adult Social Care Prevention", [
            dict(ref="ASC1", action="Expand the Technology Enabled Care offer to 300 additional residents",
                 lead_cell="Head of Prevention and Early Intervention", lead=["Head of Prevention and Early Intervention"],
                 orig=D(2025, 3, 1), rev=D(2025, 3, 1), end="2025-03", last="Amber", this="Green", status="green",
                 comment="212 new installations to date; referral route from hospital discharge now live."),
            dict(ref="ASC2", action="Take the day opportunities review and consultation outcome to Cabinet",
                 lead_cell="Head of Commissioning (Adults)", lead=["Head of Commissioning (Adults)"],
                 orig=D(2024, 12, 1), rev=D(2024, 12, 1), end="2024-12", last="Green", this="Complete", status="blue",
                 comment="Cabinet decision 9 December 2024."),
        ]),
        ("Property and Assets", [
            dict(ref="PA1", action="Complete tranche 2 of the asset disposal programme (12 sites)",
                 lead_cell="Head of Property", lead=["Head of Property"],
                 orig=D(2025, 3, 1), rev=D(2025, 9, 1), end="2025-09", last="Amber", this="Red", status="red",
                 comment="Four sites withdrawn from market; capital receipts at risk. Escalated to Programme Board."),
            dict(ref="PA2", action="Consolidate office accommodation at Sand Martin House and vacate Town Hall North",
                 lead_cell="Head of Property; Facilities Manager", lead=["Head of Property", "Facilities Manager"],
                 orig=D(2025, 6, 1), rev=D(2025, 6, 1), end="2025-06", last="Green", this="Green", status="green",
                 comment="Floor plans agreed with services."),
        ]),
        ("Workforce and Culture", [
            dict(ref="WC1", action="Roll out the new appraisal framework (My Conversation) to all staff",
                 lead_cell="Director of HR and OD", lead=["Director of HR and OD"],
                 orig=D(2025, 4, 1), rev=None, end="2025-04", last="", this="Not started", status="unrated",
                 comment="Scheduled to start in February."),
            dict(ref="WC2", action="Deliver the leadership development programme to 120 managers",
                 lead_cell="Head of Organisational Development", lead=["Head of Organisational Development"],
                 orig="Q4 2024/25", rev="Q1 2025/26", end="2025-06", last="Green", this="Amber", status="amber",
                 comment="Cohort 3 moved to April to avoid budget-setting period."),
        ]),
    ],
}

# 6. BOB ICB - Board meeting in public action log (csv)
BOB = {
    "file": "er2-bob-icb-board-meeting-in-public-action-log.csv",
    "title": "Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board \u2013 Board Meeting in Public: Action Log",
    "meetings": [
        ("Board meeting 16 July 2024", [
            dict(ref="ICB 24/071", action="Circulate the updated Joint Forward Plan delivery dashboard to Board members.",
                 lead_cell="Director of Strategy and Partnerships", lead=["Director of Strategy and Partnerships"],
                 end_cell="Sep-24", end="2024-09", update="Circulated 02/09/2024. Propose closure.",
                 rag="Blue", status="blue"),
            dict(ref="ICB 24/074", action="Bring a report on the outcome of the primary care access recovery plan to a Board seminar.",
                 lead_cell="CF", lead=["CF"], end_cell="Jan 2025", end="2025-01",
                 update="Scheduled for the January seminar.", rag="Green", status="green"),
        ]),
        ("Board meeting 17 September 2024", [
            dict(ref="ICB 24/093", action="Provide assurance on the ambulance handover delay trajectory at the Royal Berkshire and Oxford University Hospitals sites.",
                 lead_cell="Chief Delivery Officer", lead=["Chief Delivery Officer"], end_cell="Mar-25", end="2025-03",
                 update="Report scheduled for March Board; SCAS data validation still outstanding.",
                 rag="Amber", status="amber"),
            dict(ref="ICB 24/096", action="Set out the risks to the 2024/25 system financial plan, and mitigations, in the Month 6 finance report.",
                 lead_cell="RK; JW", lead=["RK", "JW"], end_cell="Nov-24", end="2024-11",
                 update="Included in Month 6 report (Item 9, November Board).", rag="Blue", status="blue"),
            dict(ref="ICB 24/099", action="Review the Board Assurance Framework workforce risk and re-score it following committee discussion.",
                 lead_cell="Director of Governance", lead=["Director of Governance"], end_cell="Ongoing",
                 end=None, end_text="Ongoing", update="Reviewed at each People Committee.", rag="Green", status="green"),
        ]),
        ("Board meeting 19 November 2024", [
            dict(ref="ICB 24/118", action="Provide a briefing on the 2025/26 operational planning guidance.\n"
                                          "To include the elective recovery trajectory and the impact on the mental health investment standard.",
                 lead_cell="Chief Finance Officer / Chief Delivery Officer",
                 lead=["Chief Finance Officer", "Chief Delivery Officer"], end_cell="January 2025", end="2025-01",
                 update="On January Board agenda.", rag="Green", status="green"),
            dict(ref="ICB 24/121", action="Write to NHS England setting out the ICB's position on the dental commissioning underspend.",
                 lead_cell="Chief Executive", lead=["Chief Executive"], end_cell="31/12/2024", end="2024-12",
                 update="Letter drafted; awaiting legal review.", rag="Red", status="red"),
            dict(ref="ICB 24/124", action="Add health inequalities metrics to the integrated quality and performance report.",
                 lead_cell="Chief Medical Officer", lead=["Chief Medical Officer"], end_cell="Mar-25", end="2025-03",
                 update="Not yet due.", rag="", status="unrated"),
        ]),
    ],
}

# 7. Nuneaton and Bedworth CSP - DHR 'Rosie' action plan, tab-separated export (refuse: Febuary 2025)
NBCSP = {
    "file": "er2-nuneaton-bedworth-csp-dhr-rosie-action-plan-typo-month-refuse.txt",
    "title": "Nuneaton and Bedworth Community Safety Partnership \u2013 Domestic Homicide Review \u2018Rosie\u2019 \u2013 Action Plan",
    "header": ["Rec No.", "Recommendation", "Scope of recommendation", "Action to take", "Lead Agency",
               "Key milestones achieved in enacting recommendation", "Target date",
               "Date of completion and outcome", "RAG"],
    "rows": [
        ["1", "Warwickshire Police should ensure that domestic abuse incidents involving repeat victims are reviewed by a supervisor within 24 hours.",
         "Local", "Issue a force-wide briefing on supervisory review of repeat domestic abuse incidents.",
         "Warwickshire Police", "Briefing issued through force bulletin", "December 2024",
         "Completed 27/09/2024", "Blue"],
        ["", "", "", "Audit 40 repeat-victim incidents for compliance with supervisory review.",
         "Warwickshire Police", "Audit scoped", "March 2025", "", "Green"],
        ["2", "GP practices should ensure that routine enquiry about domestic abuse is made when patients present with anxiety or depression.",
         "Local", "Deliver IRIS training to all practices in the Nuneaton and Bedworth primary care networks.",
         "Coventry and Warwickshire ICB", "Training dates set for 8 practices", "June 2025", "", "Green"],
        ["", "", "", "Add a domestic abuse routine enquiry prompt to the mental health review template.",
         "Coventry and Warwickshire ICB", "Template change requested", "Febuary 2025", "", "Amber"],
        ["3", "The CSP should raise awareness of economic abuse and coercive control among older people and their families.",
         "Local", "Run a community awareness campaign on economic abuse aimed at people aged over 60.",
         "Nuneaton and Bedworth Borough Council", "", "May 2025", "", "Green"],
        ["4", "The learning on adult family homicide should be shared nationally.",
         "National", "Refer the learning from this review to the Home Office DHR Quality Assurance Panel.",
         "NBCSP Chair", "", "January 2025", "", "Amber"],
        ["5", "Adult Social Care should ensure that carers' assessments consider the risk of domestic abuse from the cared-for person.",
         "Local", "Update the carers' assessment guidance and practice standards.",
         "Warwickshire County Council", "Draft guidance with Practice Standards Group", "April 2025", "", "Green"],
    ],
    "typo_cell": "Febuary 2025",
}


# ---------------------------------------------------------------------------
# docx helpers
# ---------------------------------------------------------------------------

def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))
    return s


def make_durham():
    d = DURHAM
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "Durham Safeguarding Adults Partnership"
    doc.add_paragraph(d["title"], style="Title")
    doc.add_paragraph("Progress update as at 30 September 2024 \u2013 for the SAR Sub-Group")

    doc.add_heading("Document control", level=2)
    dc = doc.add_table(rows=0, cols=2)
    dc.style = "Table Grid"
    for k, v in [("Version", "4.0"), ("Date", "30/09/2024"), ("Author", "DSAP Business Unit"),
                 ("Review published", "12 March 2024"), ("Approved by", "SAR Sub-Group")]:
        r = dc.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_heading("RAG key", level=2)
    key = doc.add_table(rows=0, cols=2)
    key.style = "Table Grid"
    for word, meaning, f in [("Blue", "Action complete and evidenced", "blue"),
                             ("Green", "On track to meet target date", "green"),
                             ("Amber", "Some slippage \u2013 new date agreed by SAR Sub-Group", "amber"),
                             ("Red", "Off track \u2013 escalation required", "red")]:
        r = key.add_row().cells
        set_cell(r[0], word, bold=True)
        shade(r[0], FILL[f])
        set_cell(r[1], meaning)

    heads = ["Ref", "Action", "Lead", "Target date", "Progress update", "RAG"]
    widths = [Cm(1.2), Cm(8.5), Cm(4.0), Cm(2.8), Cm(7.5), Cm(2.0)]
    for theme, recs in d["themes"]:
        doc.add_heading(theme, level=2)
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], FILL["grey"])
        for rec, actions in recs:
            row = t.add_row().cells
            m = row[0].merge(row[-1])
            set_cell(m, rec, bold=True)
            shade(m, FILL["band"])
            for a in actions:
                c = t.add_row().cells
                for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["progress"], a["rag_cell"]]):
                    set_cell(c[i], v)
                if a["status"] in FILL:
                    shade(c[5], FILL[a["status"]])
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
        doc.add_paragraph("")

    doc.add_paragraph("Notes: actions rated Blue will be proposed for closure at the next SAR Sub-Group. "
                      "Evidence of impact is held by the DSAP Business Unit.")
    doc.add_paragraph("Next review: SAR Sub-Group, 14 November 2024")
    doc.save(os.path.join(HERE, d["file"]))


def make_uhl():
    d = UHL
    doc = Document()
    sec = landscape(doc)
    sec.header.paragraphs[0].text = "University Hospitals of Leicester NHS Trust"
    doc.add_paragraph(d["title"], style="Title")
    doc.add_paragraph("Progress report to Trust Board \u2013 position at 31 October 2024")

    cover = doc.add_table(rows=0, cols=2)
    cover.style = "Table Grid"
    for k, v in [("Meeting", "Trust Board (Public)"), ("Date", "7 November 2024"), ("Paper", "K"),
                 ("Report by", "Director of Midwifery"), ("Sponsor", "Chief Nurse"),
                 ("Purpose", "For assurance")]:
        r = cover.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)

    doc.add_paragraph("")
    doc.add_paragraph("BRAG key")
    key = doc.add_table(rows=1, cols=4)
    key.style = "Table Grid"
    for i, (txt, f) in enumerate([("Complete and evidenced", "blue"), ("On track", "green"),
                                  ("At risk \u2013 revised date agreed", "amber"), ("Off track", "red")]):
        set_cell(key.rows[0].cells[i], txt, bold=True)
        shade(key.rows[0].cells[i], FILL[f])
    doc.add_paragraph("")

    heads = ["No.", "Action", "Lead(s)", "Original completion date", "Revised completion date",
             "Progress this month", "BRAG"]
    widths = [Cm(1.1), Cm(8.0), Cm(4.0), Cm(2.4), Cm(2.4), Cm(7.0), Cm(1.5)]
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], FILL["grey"])
    counts = {"blue": 0, "green": 0, "amber": 0, "red": 0, None: 0}
    for ws, actions in d["workstreams"]:
        row = t.add_row().cells
        m = row[0].merge(row[-1])
        set_cell(m, ws, bold=True)
        shade(m, FILL["band"])
        for a in actions:
            c = t.add_row().cells
            for i, v in enumerate([a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["progress"], ""]):
                set_cell(c[i], v)
            if a["fill"]:
                shade(c[6], FILL[a["fill"]])
            counts[a["fill"]] += 1
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph("")
    doc.add_paragraph("Summary of BRAG position")
    s = doc.add_table(rows=2, cols=6)
    s.style = "Table Grid"
    for i, (h, v) in enumerate([("Blue", counts["blue"]), ("Green", counts["green"]), ("Amber", counts["amber"]),
                                ("Red", counts["red"]), ("Not started", counts[None]),
                                ("Total", sum(counts.values()))]):
        set_cell(s.rows[0].cells[i], h, bold=True)
        set_cell(s.rows[1].cells[i], str(v))
    doc.add_paragraph("The Board is asked to note the progress and the four actions with revised completion dates.")
    doc.save(os.path.join(HERE, d["file"]))


# ---------------------------------------------------------------------------
# xlsx helpers
# ---------------------------------------------------------------------------

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
RAG_LETTER_FILL = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
RAG_WORD_FILL = {"Blue": "blue", "Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}


def pf(name):
    return PatternFill("solid", start_color=FILL[name], end_color=FILL[name])


def header_row(ws, row, heads):
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=row, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = pf("head")
        c.alignment = WRAP
        c.border = BOX


def make_reading():
    d = READING
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "Cover"
    cov["A1"] = d["title"]
    cov["A1"].font = Font(bold=True, size=16)
    cov["A2"] = "Quarter 2 progress report (July \u2013 September 2024)"
    cov["A4"] = "Document control"
    cov["A4"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Version", "2.1"), ("Owner", "Reading CSP Strategic Group"),
                                ("Last updated", "15/10/2024"), ("Next review", "Strategic Group, January 2025")], 5):
        cov.cell(row=i, column=1, value=k).font = Font(bold=True)
        cov.cell(row=i, column=2, value=v)
    cov["A10"] = "RAG key"
    cov["A10"].font = Font(bold=True)
    for i, (k, v) in enumerate([("B", "Complete"), ("G", "On track"), ("A", "Some delay / at risk"),
                                ("R", "Off track \u2013 escalate to Strategic Group")], 11):
        c = cov.cell(row=i, column=1, value=k)
        c.fill = pf(RAG_LETTER_FILL[k])
        cov.cell(row=i, column=2, value=v)
    cov.column_dimensions["A"].width = 16
    cov.column_dimensions["B"].width = 45

    ws = wb.create_sheet("Delivery Plan")
    ws["A1"] = d["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 2 update (July \u2013 September 2024)"
    heads = ["Ref", "Action", "Lead", "Partners", "By when", "Q1 RAG", "Q2 RAG", "Q2 progress update"]
    header_row(ws, 4, heads)
    r = 5
    summary = []
    for prio, actions in d["priorities"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(heads))
        c = ws.cell(row=r, column=1, value=prio)
        c.font = Font(bold=True)
        c.fill = pf("band")
        r += 1
        tally = {"B": 0, "G": 0, "A": 0, "R": 0}
        for a in actions:
            vals = [a["ref"], a["action"], a["lead_cell"], a["partners"], a["end_cell"], a["q1"] or None,
                    a["q2"], a["update"]]
            for i, v in enumerate(vals, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                c.border = BOX
            for col, key in ((6, "q1"), (7, "q2")):
                if a[key]:
                    ws.cell(row=r, column=col).fill = pf(RAG_LETTER_FILL[a[key]])
            tally[a["q2"]] += 1
            r += 1
        summary.append((prio, tally))
    for col, w in zip("ABCDEFGH", [6, 55, 30, 22, 14, 8, 8, 45]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A5"

    sm = wb.create_sheet("Summary")
    sm["A1"] = "Q2 RAG summary by priority"
    sm["A1"].font = Font(bold=True, size=12)
    header_row(sm, 3, ["Priority", "B", "G", "A", "R", "Total"])
    rr = 4
    for prio, t in summary:
        sm.cell(row=rr, column=1, value=prio)
        for i, k in enumerate(["B", "G", "A", "R"], 2):
            sm.cell(row=rr, column=i, value=t[k])
        sm.cell(row=rr, column=6, value=sum(t.values()))
        rr += 1
    sm.cell(row=rr, column=1, value="Total").font = Font(bold=True)
    for i, k in enumerate(["B", "G", "A", "R"], 2):
        sm.cell(row=rr, column=i, value=sum(t[k] for _, t in summary))
    sm.cell(row=rr, column=6, value=sum(sum(t.values()) for _, t in summary))
    sm.column_dimensions["A"].width = 70
    wb.save(os.path.join(HERE, d["file"]))


def make_hdc():
    d = HDC
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CRR Q3 2024-25"
    ws["A1"] = d["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Quarter 3 2024/25 \u2013 position as at 31 December 2024"
    ws["A3"] = "Reported to Corporate Governance Committee, 29 January 2025"
    heads = ["Risk", "Risk owner", "Inherent score", "Current score", "Target score", "Direction of travel",
             "Action ref", "Mitigating action", "Action owner", "Due date", "Action RAG"]
    header_row(ws, 5, heads)

    def score_fill(s):
        return pf("red") if s >= 15 else pf("amber") if s >= 5 else pf("green")

    r = 6
    for risk in d["risks"]:
        n = len(risk["actions"])
        top = r
        vals = [risk["risk"], risk["owner"], *risk["scores"], risk["dot"]]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=top, column=i, value=v)
            c.alignment = WRAP
            if i in (3, 4, 5):
                c.fill = score_fill(v)
                c.alignment = Alignment(horizontal="center", vertical="top")
        for a in risk["actions"]:
            ws.cell(row=r, column=7, value=a["ref"])
            ws.cell(row=r, column=8, value=a["action"]).alignment = WRAP
            ws.cell(row=r, column=9, value=a["lead_cell"]).alignment = WRAP
            c = ws.cell(row=r, column=10, value=a["due"])
            if isinstance(a["due"], dt.datetime):
                c.number_format = "DD/MM/YYYY"
            c = ws.cell(row=r, column=11, value=a["rag"])
            if a["rag"] in RAG_WORD_FILL:
                c.fill = pf(RAG_WORD_FILL[a["rag"]])
            for col in range(1, 12):
                ws.cell(row=r, column=col).border = BOX
            r += 1
        if n > 1:
            for col in range(1, 7):
                ws.merge_cells(start_row=top, start_column=col, end_row=r - 1, end_column=col)
    r += 1
    notes = [
        "Key",
        "Action RAG: Blue \u2013 complete; Green \u2013 on track; Amber \u2013 minor slippage; "
        "Red \u2013 significant slippage / overdue; Not started \u2013 not yet due to start.",
        "Direction of travel: \u2191 risk increasing; \u2193 risk decreasing; \u2194 no change since last quarter.",
        "Scores are likelihood x impact (1\u201325). See the Scoring matrix sheet.",
    ]
    for i, line in enumerate(notes):
        c = ws.cell(row=r + i, column=1, value=line)
        if i == 0:
            c.font = Font(bold=True)
    for col, w in zip("ABCDEFGHIJK", [30, 26, 9, 9, 9, 10, 9, 55, 28, 12, 12]):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A6"

    mx = wb.create_sheet("Scoring matrix")
    mx["A1"] = "Risk scoring matrix (likelihood x impact)"
    mx["A1"].font = Font(bold=True)
    mx["A3"] = "Likelihood \u2193 / Impact \u2192"
    for i in range(1, 6):
        mx.cell(row=3, column=i + 1, value=i).font = Font(bold=True)
        mx.cell(row=3 + i, column=1, value=6 - i).font = Font(bold=True)
        for j in range(1, 6):
            s = (6 - i) * j
            c = mx.cell(row=3 + i, column=j + 1, value=s)
            c.fill = score_fill(s)
    mx["A10"] = "15\u201325 High (red); 5\u201312 Medium (amber); 1\u20134 Low (green)"
    mx.column_dimensions["A"].width = 24
    wb.save(os.path.join(HERE, d["file"]))


def make_pbo():
    d = PBO
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Highlight Report"
    ws["A1"] = d["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Reporting period: January 2025"
    ws["A3"] = "Programme SRO: Chief Executive    |    Programme Manager: Head of Transformation PMO"
    ws["A4"] = "Overall programme RAG"
    ws["C4"] = "Amber"
    ws["C4"].fill = pf("amber")
    ws["A6"] = "Key achievements this period"
    ws["A6"].font = Font(bold=True)
    for i, line in enumerate([
        "\u2022 Cabinet approved the day opportunities model (9 December 2024).",
        "\u2022 Technology Enabled Care referrals from hospital discharge went live.",
        "\u2022 Accommodation floor plans signed off by all directorates.",
    ], 7):
        ws.cell(row=i, column=1, value=line)
    ws["A11"] = "Milestone tracker"
    ws["A11"].font = Font(bold=True, size=12)
    heads = ["Workstream", "Ref", "Milestone / deliverable", "Lead", "Original due date",
             "Revised / forecast date", "Last period", "This period", "Commentary"]
    header_row(ws, 12, heads)
    r = 13
    summary = []
    for wsname, actions in d["workstreams"]:
        top = r
        ws.cell(row=top, column=1, value=wsname).alignment = WRAP
        tally = {}
        for a in actions:
            vals = [a["ref"], a["action"], a["lead_cell"], a["orig"], a["rev"], a["last"] or None, a["this"], a["comment"]]
            for i, v in enumerate(vals, 2):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = WRAP
                if isinstance(v, dt.datetime):
                    c.number_format = "mmm-yy"
            for col, key in ((7, "last"), (8, "this")):
                if a[key] in RAG_WORD_FILL:
                    ws.cell(row=r, column=col).fill = pf(RAG_WORD_FILL[a[key]])
            for col in range(1, 10):
                ws.cell(row=r, column=col).border = BOX
            tally[a["this"]] = tally.get(a["this"], 0) + 1
            r += 1
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        summary.append((wsname, tally))
    r += 1
    ws.cell(row=r, column=1, value="Escalations to Improvement Board: PA1 \u2013 see commentary. No decisions required this period.")
    for col, w in zip("ABCDEFGHI", [22, 7, 55, 30, 12, 12, 11, 11, 50]):
        ws.column_dimensions[col].width = w

    sm = wb.create_sheet("RAG Summary")
    sm["A1"] = "This period RAG by workstream"
    sm["A1"].font = Font(bold=True)
    cols = ["Complete", "Green", "Amber", "Red", "Not started"]
    header_row(sm, 3, ["Workstream"] + cols + ["Total"])
    rr = 4
    for name, t in summary:
        sm.cell(row=rr, column=1, value=name)
        for i, k in enumerate(cols, 2):
            sm.cell(row=rr, column=i, value=t.get(k, 0))
        sm.cell(row=rr, column=7, value=sum(t.values()))
        rr += 1
    sm.cell(row=rr, column=1, value="Programme total").font = Font(bold=True)
    for i, k in enumerate(cols, 2):
        sm.cell(row=rr, column=i, value=sum(t.get(k, 0) for _, t in summary))
    sm.cell(row=rr, column=7, value=sum(sum(t.values()) for _, t in summary))
    sm.column_dimensions["A"].width = 30

    df = wb.create_sheet("Definitions")
    df["A1"] = "RAG definitions"
    df["A1"].font = Font(bold=True)
    for i, (k, v) in enumerate([("Complete", "Milestone delivered and signed off by SRO"),
                                ("Green", "On track to deliver by the forecast date"),
                                ("Amber", "At risk; recoverable within the workstream"),
                                ("Red", "Off track; intervention by Programme Board required"),
                                ("Not started", "Not yet due to start")], 3):
        c = df.cell(row=i, column=1, value=k)
        if k in RAG_WORD_FILL:
            c.fill = pf(RAG_WORD_FILL[k])
        df.cell(row=i, column=2, value=v)
    df.column_dimensions["A"].width = 14
    df.column_dimensions["B"].width = 55
    wb.save(os.path.join(HERE, d["file"]))


def make_bob():
    d = BOB
    ncol = 6
    rows = [[d["title"]] + [""] * (ncol - 1),
            ["Updated 14 January 2025 for the Board meeting on 21 January 2025"] + [""] * (ncol - 1),
            [""] * ncol,
            ["Minute Ref", "Action", "Lead", "Due Date", "Progress Update", "RAG"]]
    for meeting, actions in d["meetings"]:
        rows.append([meeting] + [""] * (ncol - 1))
        for a in actions:
            rows.append([a["ref"], a["action"], a["lead_cell"], a["end_cell"], a["update"], a["rag"]])
    rows.append([""] * ncol)
    rows.append(["Key: Blue = complete, propose closure; Green = on track / not yet due; "
                 "Amber = at risk of missing due date; Red = overdue"] + [""] * (ncol - 1))
    with open(os.path.join(HERE, d["file"]), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(rows)


def make_nbcsp():
    d = NBCSP
    lines = [d["title"], "Status at 14 October 2024 (version 3)", "", "\t".join(d["header"])]
    for row in d["rows"]:
        lines.append("\t".join(row))
    lines += ["", "RAG: Blue = complete; Green = on track; Amber = some delay; Red = not on track"]
    with open(os.path.join(HERE, d["file"]), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    # the line the typo is on (1-based), for the expected reading
    return next(i for i, l in enumerate(lines, 1) if d["typo_cell"] in l)


if __name__ == "__main__":
    make_durham()
    make_uhl()
    make_reading()
    make_hdc()
    make_pbo()
    make_bob()
    line = make_nbcsp()
    print("built 7 files; NBCSP typo on line", line)
