#!/usr/bin/env python3
"""Write the .expected.yaml readings for the seven ti- files (a person's reading, written down by hand)."""
import os
import yaml

OUT = os.path.dirname(os.path.abspath(__file__))

def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d

cases = {}

# 1 ---------------------------------------------------------------- Kent
R1 = ["CY0001 – Sufficiency of specialist SEND provision"]
R4 = ["CY0004 – Recruitment and retention of qualified social workers"]
R7 = ["CY0007 – High Needs Block deficit and delivery of the Safety Valve agreement"]
R11 = ["CY0011 – Placement costs and sufficiency for children in care, including UASC"]
cases["ti-kent-county-council-cype-directorate-risk-register.xlsx"] = {
    "source": ("Imitates a Kent County Council directorate risk register as presented annually to a KCC cabinet "
               "committee (here the Children, Young People and Education Directorate Risk Register for the CYPE "
               "Cabinet Committee, 2025-26), modelled on the published KCC Corporate Risk Register appendix "
               "(CRR0001-style risk numbers, 'Summary Risk Profile' with Low = 1-6 / Medium = 8-15 / High = 16-25, "
               "current and target ratings, direction of travel, 5x5 matrix). Copied features: three sheets "
               "(summary profile, register, risk matrix); dark banded risk rows merged across the table, italic "
               "merged rows for risk owner/ratings and existing controls; mitigating actions beneath each risk "
               "with action owner, target date and revised date as real date cells; status shown only by cell "
               "fill colour with a colour key below the register; two posts in one owner cell; 'Ongoing' and "
               "'Quarterly' in the target date column."),
    "reads": ("A Kent CYPE directorate risk register: four risks (CY0001, CY0004, CY0007, CY0011), each a dark "
              "band followed by an owner/rating line and an existing-controls line, then numbered mitigating "
              "actions with owner, target and revised dates and a coloured status cell. The 10 mitigating "
              "actions are the plan; the summary sheet, control lines, key and risk matrix are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Kent County Council – Children, Young People and Education (CYPE) Directorate Risk Register",
    "actions": [
        A("CY0001.1", R1, "Open the two new special school satellite provisions at Whitstable and Sittingbourne, creating 120 additional specialist places.",
          ["Director of Education and SEN"], "2026-01", "amber"),
        A("CY0001.2", R1, "Complete the county-wide review of Specialist Resource Provision (SRP) commissioning and agree revised service level agreements with host schools.",
          ["Assistant Director SEND (North)", "Assistant Director SEND (South)"], "2026-03", "green"),
        A("CY0001.3", R1, "Publish the refreshed SEND Sufficiency Plan 2025–2028 following consultation with schools and the Kent PACT parent carer forum.",
          ["Head of SEND Strategy and Commissioning"], "2025-07", "blue"),
        A("CY0004.1", R4, "Launch Kent Social Work Academy cohort 3 (25 newly qualified social workers) with protected caseloads for the ASYE year.",
          ["Principal Social Worker"], "2025-09", "blue"),
        A("CY0004.2", R4, "Implement the market supplement for hard-to-fill team manager posts in East Kent and review impact after six months.",
          ["Director of Children's Countywide Services", "HR Business Partner (CYPE)"], "2025-12", "green"),
        A("CY0004.3", R4, "Reduce agency social worker usage to below 15% of the qualified workforce through conversion to permanent contracts.",
          ["Director of Children's Countywide Services"], None, "amber", end_text="Ongoing"),
        A("CY0007.1", R7, "Submit the Safety Valve quarterly monitoring return to the DfE and report progress against the agreement conditions to Schools Funding Forum.",
          ["Corporate Director Finance", "Director of Education and SEN"], None, "green", end_text="Quarterly"),
        A("CY0007.2", R7, "Roll out the Locality Based Resources model to all 23 localities, with devolved high needs funding agreed with school clusters.",
          ["Director of Education and SEN"], "2026-08", "red"),
        A("CY0011.1", R11, "Open two additional in-house children's homes (8 beds) through the Kent Residential Sufficiency Programme.",
          ["Head of Corporate Parenting Resources"], "2026-06", "green"),
        A("CY0011.2", R11, "Secure a revised National Transfer Scheme funding rate with the Home Office for unaccompanied asylum-seeking children above the 0.1% threshold.",
          ["Corporate Director CYPE"], "2025-12", "red"),
    ],
}

# 2 ---------------------------------------------------------------- Oxfordshire
W1 = ["Workstream 1: Early identification and inclusion in mainstream"]
W2 = ["Workstream 2: EHC needs assessment timeliness"]
W3 = ["Workstream 3: Sufficiency and High Needs Block sustainability"]
cases["ti-oxfordshire-county-council-send-high-needs-programme-highlight-report.xlsx"] = {
    "source": ("Imitates a county council SEND / High Needs Block programme highlight report to a SEND Improvement "
               "Board (Oxfordshire County Council, October 2025 period), after the PRINCE2-style SEND highlight "
               "reports councils publish (e.g. the SE7 / Hampshire SEND Pathfinder highlight report with "
               "reporting period, SRO, current status, RAG key and 'RAG status previous period / current period' "
               "columns, and Birmingham's 'SEND & Inclusion Highlight Report'). Copied features: header block with "
               "reporting period, SRO, author and overall previous/current status; RAG key row (G/A/R/B with "
               "fills); numbered management summary narrative; workstream band rows merged across the table; "
               "milestones with baseline and forecast dates as date cells (mmm-yy); Previous RAG and Current RAG "
               "letter columns; leads as posts, two posts with '/', two people with '&'; decisions section; "
               "separate Risks and Issues sheet."),
    "reads": ("A one-page programme highlight report: title block and overall Amber status, a RAG key, a "
              "management summary, then nine milestones in three workstreams, each with leads, a baseline date, "
              "a re-forecast date and previous and current RAG. The milestones are the actions; the end is the "
              "forecast (revised) date and the status is the current RAG."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "SEND Improvement and High Needs Programme: Highlight Report",
    "actions": [
        A("1.1", W1, "Publish the Ordinarily Available Inclusive Provision (OAIP) guidance for early years settings and schools",
          ["Head of SEND", "Inclusion Lead"], "2025-09", "blue"),
        A("1.2", W1, "Launch the Inclusion Support Fund pilot in 12 primary schools (Banbury and Bicester partnerships)",
          ["J. Okafor", "R. Whitcombe"], "2026-01", "amber"),
        A("1.3", W1, "Train 150 SENCOs and teaching assistants in the graduated response toolkit",
          ["Principal Educational Psychologist"], "2026-03", "green"),
        A("2.1", W2, "Clear the backlog of EHC needs assessments over 20 weeks (baseline 412 cases)",
          ["SEND Service Manager (Assessment)"], "2026-03", "red"),
        A("2.2", W2, "Recruit to 6 permanent EHCP coordinator posts and 2 educational psychologists",
          ["SEND Service Manager (Assessment)", "HR Business Partner"], "2025-11", "green"),
        A("2.3", W2, "Go live with the EHC Hub portal for parent carers and professionals",
          ["Head of SEND Systems and Performance"], "2026-02", "amber"),
        A("3.1", W3, "Open 60 additional Resource Base places across secondary schools",
          ["Head of School Organisation and Planning"], "2026-09", "green"),
        A("3.2", W3, "Agree the High Needs Block deficit management plan with Schools Forum and submit to the DfE",
          ["Director of Finance", "Head of SEND"], "2025-10", "blue"),
        A("3.3", W3, "Review all independent non-maintained special school placements at annual review for step-down to maintained provision",
          ["Head of SEND Commissioning"], "2026-07", "green"),
    ],
}

# 3 ---------------------------------------------------------------- Wiltshire (refuse)
cases["ti-wiltshire-council-ofsted-focused-visit-action-plan-typo-month-refuse.xlsx"] = {
    "source": ("Imitates a local authority action plan written after an Ofsted ILACS focused visit on care leavers "
               "(Wiltshire Council Families and Children's Services, visit July 2024), in the form councils take "
               "to their children's improvement board: title rows, a visit/plan-owner line, the areas for "
               "improvement from the Ofsted letter in a column merged down over their actions, numbered actions "
               "with lead (job titles, two posts with '/'), start and end months written as text, measure of "
               "success, progress update and a fill-coloured RAG letter, a RAG key line and a summary sheet."),
    "reads": ("A focused-visit action plan with three areas for improvement and eight actions. The End cell of "
              "action 2.2 (sheet row 10) reads 'Febuary 2025', a mistyped month; a careful reader stops there "
              "and asks rather than guess the due month."),
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": 10,
    "title": "Ofsted Focused Visit: Care Leavers – Action Plan",
}

# 4 ---------------------------------------------------------------- Crawley DHR
SA = ["Section A: Overview Report recommendations"]
SB = ["Section B: Single agency recommendations"]
REC1 = "1. Safer Crawley Partnership should seek assurance that all partner agencies include coercive and controlling behaviour in their domestic abuse training, with specific reference to economic abuse."
REC2 = "2. Crawley Borough Council Housing Options should ensure that where a household presents as homeless because of domestic abuse, a DASH risk assessment is completed and a MARAC referral made where the threshold is met."
REC3 = "3. Sussex Police and Surrey and Sussex Healthcare NHS Trust should review how information about repeat attendances at the Emergency Department is shared with the police domestic abuse safeguarding team."
cases["ti-safer-crawley-partnership-dhr-kerry-action-plan.docx"] = {
    "source": ("Imitates a community safety partnership's Domestic Homicide Review action plan (Safer Crawley "
               "Partnership, Crawley Borough Council-led CSP, 2024-25) built on the Home Office DHR action plan "
               "template (Recommendation | Scope of recommendation | Action to take | Lead agency | Key milestones "
               "achieved in enacting recommendation | Target date | Date of completion and outcome), with a status "
               "column added as partnerships do for monitoring. Copied features: title, short narrative, document "
               "control table, status key paragraph, one table for Overview Report recommendations with the "
               "recommendation and scope cells merged vertically over their actions, a second table for single "
               "agency recommendations with its own columns (ref, agency, revised target date), an action cell of "
               "two paragraphs, an original and revised date in one cell, a quarter as target date, and a "
               "sign-off table."),
    "reads": ("A DHR action plan in two sections: five actions answering three numbered Overview Report "
              "recommendations (no action refs), then four single-agency actions SA1-SA4, each under its own "
              "recommendation. Document control, key and sign-off are not part of the plan."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Safer Crawley Partnership – Domestic Homicide Review ‘Kerry’: Action Plan",
    "actions": [
        A(None, SA + [REC1], "Audit partner training packages against the Domestic Abuse Act 2021 statutory definition, including economic abuse.",
          ["Safer Crawley Partnership", "West Sussex County Council"], "2024-06", "blue"),
        A(None, SA + [REC1], "Deliver two multi-agency briefings on economic abuse, co-delivered with Surviving Economic Abuse.\nRecord attendance by agency and report to the Steering Group.",
          ["WSCC Domestic Abuse Service"], "2024-12", "blue"),
        A(None, SA + [REC2], "Update the Housing Options domestic abuse procedure and case management system prompts so that DASH completion is mandatory.",
          ["Crawley Borough Council (Housing Options Manager)"], "2025-09", "amber",
          end_text="March 2025 – revised to September 2025"),
        A(None, SA + [REC3], "Agree an information-sharing protocol for repeat ED attendances with injuries consistent with domestic abuse.",
          ["Sussex Police", "SASH"], "2025-12", "green", end_text="Q3 2025/26"),
        A(None, SA + [REC3], "Embed a routine enquiry prompt for domestic abuse in the ED electronic patient record.",
          ["Surrey and Sussex Healthcare NHS Trust"], "2026-01", "green"),
        A("SA1", SB + ["Sussex Police to ensure that officers attending domestic incidents record the voice of any children present."],
          "Issue a practice note and include the requirement in the domestic abuse refresher training for response officers.",
          ["Detective Chief Inspector, Public Protection"], "2024-07", "blue"),
        A("SA2", SB + ["Sussex Police to review the use of Domestic Violence Disclosure Scheme ‘right to ask’ applications in the Crawley district."],
          "Dip-sample 50 DVDS applications from 2023/24 and report findings to the DHR Steering Group.",
          ["Detective Inspector, Safeguarding Hub"], "2025-04", "blue"),
        A("SA3", SB + ["Crawley Borough Council to ensure tenancy sustainment officers are trained to identify and respond to economic abuse."],
          "Include an economic abuse module in mandatory tenancy sustainment training.",
          ["Head of Housing", "Learning and Development Manager"], "2026-03", "amber"),
        A("SA4", SB + ["NHS Sussex to remind GP practices of the IRIS referral pathway for patients disclosing domestic abuse."],
          "Circulate an IRIS pathway reminder in the Primary Care Bulletin and deliver a practice-level session at the two Crawley practices involved.",
          ["Designated Nurse Safeguarding Adults, NHS Sussex"], "2025-11", "green"),
    ],
}

# 5 ---------------------------------------------------------------- Cornwall service plan
P1 = ["Priority 1: Protecting consumers and supporting legitimate business"]
P2 = ["Priority 2: Safer food and healthier environments"]
P3 = ["Priority 3: Safe and well-regulated licensed activity"]
cases["ti-cornwall-council-public-protection-service-delivery-plan-2025-26.docx"] = {
    "source": ("Imitates a unitary council's annual public protection (trading standards, environmental health, "
               "licensing) service delivery plan with quarterly progress, as Cornwall Council's Neighbourhoods "
               "directorate would publish for 2025/26, following the pattern of council service plans and food law "
               "enforcement service plans. Copied features: title and subtitle, document control table, 'how to "
               "read this plan' section with a colour-only RAG key table, one Heading 1 priority per section with "
               "an intro sentence and its own action table (Ref | What we will do | Lead | By when | Q2 progress | "
               "RAG), RAG shown only by cell shading, a two-paragraph action cell, leads separated by '/' and ';', "
               "'Ongoing', a financial quarter and a date range as due dates, a note line under a table and a KPI "
               "appendix table."),
    "reads": ("A service delivery plan with three priorities, each with a table of numbered actions (eight in "
              "all) whose RAG is the colour of the last cell, read through the key (blue complete, green on "
              "track, amber slippage, red off track). The document control, key and KPI tables are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Public Protection Service Delivery Plan 2025/26",
    "actions": [
        A("1.1", P1, "Run the Cornwall Rogue Trader Response Service, attending all reports of doorstep crime in progress within 2 hours.",
          ["Trading Standards Manager"], None, "green", end_text="Ongoing"),
        A("1.2", P1, "Carry out 40 test purchase operations on age-restricted products (vapes, alcohol, fireworks), prioritising premises near schools.",
          ["Trading Standards Manager", "Licensing Manager"], "2026-03", "green"),
        A("1.3", P1, "Extend the Primary Authority partnership offer to 15 new Cornwall businesses.",
          ["Business Compliance Lead Officer"], "2025-12", "amber", end_text="Q3 2025/26"),
        A("2.1", P2, "Complete all category A and B food hygiene interventions due in year, and clear the backlog of unrated food premises.",
          ["Food and Safety Lead"], "2026-03", "amber"),
        A("2.2", P2, "Review the Air Quality Action Plan for Camborne, Pool and Redruth and consult on new measures for Tideford.",
          ["Environmental Protection Manager", "Air Quality Officer"], "2025-12", "green"),
        A("2.3", P2, "Implement the new private water supplies risk assessment schedule.\nPrioritise supplies serving holiday lets and food businesses.",
          ["Environmental Protection Manager"], "2025-06", "blue"),
        A("3.1", P3, "Adopt the revised Statement of Licensing Policy (Licensing Act 2003) following public consultation.",
          ["Licensing Manager"], "2026-01", "green"),
        A("3.2", P3, "Introduce mandatory safeguarding training for all hackney carriage and private hire drivers at licence renewal.",
          ["Licensing Manager"], "2025-10", "red", end_text="01/04/2025 – 31/10/2025"),
    ],
}

# 6 ---------------------------------------------------------------- Bristol IA tracker
PAY = "Payroll 2024/25"
TA = "Temporary Accommodation – Procurement"
TAREC = "All temporary accommodation providers should be appointed through the Dynamic Purchasing System (DPS) and hold a current contract."
cases["ti-bristol-city-council-internal-audit-recommendations-tracker.csv"] = {
    "source": ("Imitates a council internal audit 'outstanding agreed management actions' tracker exported to CSV "
               "from an audit management system for the Audit Committee (Bristol City Council, November 2025), after "
               "the follow-up reports councils publish (audit title, assurance opinion, priority, recommendation, "
               "agreed action, responsible officer, original and revised target dates, RAG, management update). "
               "Copied features: report title and run-date lines above the header, the recommendation repeated on "
               "two rows answered by two agreed actions (refs 01a/01b), two posts joined with '/', two people with "
               "';', original and revised dates, a financial quarter as a due date, RAG words with the colour key "
               "and a totals line below the data."),
    "reads": ("A CSV export of eight outstanding internal audit actions across six audits, each row giving the "
              "audit, the recommendation, the agreed action, the responsible officer(s), original and revised due "
              "dates and a RAG word. The key and totals lines at the foot are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Bristol City Council – Internal Audit: Outstanding Agreed Management Actions (Audit Committee, 24 November 2025)",
    "actions": [
        A("IA24-031-01", [PAY, "Starters and leavers should be processed only on receipt of an authorised form from the employing manager."],
          "Introduce mandatory manager authorisation in the iTrent self-service leaver workflow and withdraw paper forms.",
          ["Head of HR Operations and Payroll"], "2025-09", "amber"),
        A("IA24-031-02", [PAY, "Overpayments should be identified promptly and recovery action started in line with the Debt Recovery Policy."],
          "Produce a monthly overpayments report for review by the Payroll Manager, with recovery letters issued within 10 working days.",
          ["Payroll Manager"], "2025-06", "blue"),
        A("IA24-044-01a", [TA, TAREC], "Move all spot-purchased nightly-paid providers onto the DPS framework.",
          ["Director of Housing and Landlord Services", "Head of Procurement"], "2025-10", "red"),
        A("IA24-044-01b", [TA, TAREC], "Report monthly spend with off-contract providers to the Housing Delivery Board.",
          ["Head of Procurement"], "2024-12", "blue"),
        A("IA25-007-01", ["Cyber Security – Privileged Access", "Privileged accounts should be reviewed quarterly and dormant accounts disabled."],
          "Implement quarterly privileged access recertification using the identity governance tool.",
          ["Chief Information Security Officer"], "2025-12", "green"),
        A("IA25-012-02", ["Direct Payments (Adult Social Care)", "Direct payment accounts should be audited within 12 weeks of the first payment."],
          "Recruit two additional Direct Payments Finance Officers and clear the audit backlog of 230 accounts.",
          ["P. Nwosu", "K. Hartley"], "2026-03", "amber"),
        A("IA25-019-01", ["Schools Financial Value Standard – Maintained Schools", "The council should follow up maintained schools that have not submitted an SFVS return by the deadline."],
          "Issue escalation letters from the Director of Education to the governing bodies of non-submitting schools.",
          ["Head of Schools Finance"], "2025-05", "blue"),
        A("IA25-023-01", ["Council Tax Reduction Scheme", "Changes in circumstances should be processed within 14 days of notification."],
          "Automate the import of DWP ATLAS notifications into the revenues and benefits system.",
          ["Head of Revenues and Benefits"], "2026-03", "green", end_text="Q4 2025/26"),
    ],
}

# 7 ---------------------------------------------------------------- Buckinghamshire Schools Forum
M1 = ["Actions from the meeting of 21 November 2024"]
M2 = ["Actions from the meeting of 14 January 2025"]
M3 = ["Actions from the meeting of 11 March 2025"]
cases["ti-buckinghamshire-schools-forum-action-log.txt"] = {
    "source": ("Imitates a local authority Schools Forum action log (Buckinghamshire Council's Schools Forum, "
               "2024-25) of the kind taken to each meeting as 'actions arising from previous meetings', saved as a "
               "tab-separated text export. Copied features: title and 'updated following the meeting' line, a "
               "status key that defines G/A/R and 'Complete', a header row, section lines grouping actions by the "
               "meeting that raised them, action numbers such as SF24/11/01, minute item numbers, owners as posts "
               "(two with '/') and two named people with 'and', abbreviated months and 'Ongoing' as due dates, a "
               "wrapped update continuing on a line of its own in the Update column, and an open/closed count "
               "at the foot."),
    "reads": ("A Schools Forum action log of eight actions grouped under the three meetings that raised them, each "
              "with owner, due month, status letter or 'Complete' and an update; one update runs onto a "
              "continuation line. Key, header, section lines and the closing count are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Buckinghamshire Schools Forum – Action Log",
    "actions": [
        A("SF24/11/01", M1, "Provide a breakdown of the High Needs Block overspend by placement type, including independent and non-maintained special schools.",
          ["Head of Finance (Schools)", "SEND Finance Lead"], "2025-01", "blue"),
        A("SF24/11/02", M1, "Write to the DfE on behalf of the Forum about the impact of the 2025-26 teachers' pay grant on small rural primary schools.",
          ["Chair of Schools Forum"], "2024-12", "blue"),
        A("SF24/11/03", M1, "Set up a task and finish group to review the falling rolls fund criteria.",
          ["Service Director Education", "Clerk to the Forum"], "2025-03", "red"),
        A("SF25/01/01", M2, "Circulate the final Dedicated Schools Grant budget 2025-26 and the updated High Needs recovery plan to all members.",
          ["Finance Business Partner – Education"], "2025-02", "blue"),
        A("SF25/01/02", M2, "Bring proposals for the use of the early years supplementary grant for disadvantaged 2-year-olds.",
          ["Early Years Funding Manager"], "2025-06", "amber"),
        A("SF25/01/03", M2, "Report attendance and vacancy rates of school members, and seek nominations for the two academy vacancies.",
          ["Clerk to the Forum"], None, "green", end_text="Ongoing"),
        A("SF25/03/01", M3, "Model a 0.5% block transfer from the Schools Block to the High Needs Block for 2026-27, with school-level impact.",
          ["Head of Finance (Schools)"], "2025-09", "green"),
        A("SF25/03/02", M3, "Confirm whether the de-delegated trade union facilities time budget can be pooled with academies.",
          ["Sam Okoro", "Priya Desai"], "2025-06", "green"),
    ],
}

KEYS = {"source", "reads", "outcome", "accept_refusal", "refuse_at", "title", "actions", "ref", "under",
        "action", "lead", "end", "end_text", "status"}


class Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, s):
    if s in KEYS or s in ("read", "refuse", "red", "amber", "green", "blue", "unrated"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s)
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')


Dumper.add_representer(str, _str)

if __name__ == "__main__":
    for name, d in cases.items():
        with open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.dump(d, f, Dumper=Dumper, allow_unicode=True, sort_keys=False, width=100000,
                      default_flow_style=False)
    print(len(cases), "written")
