"""Write the expected readings (NAME.expected.yaml) for the seven zpt- files.

The readings were worked out by reading each file as a person would; they are kept here as data so the
YAML is written with exact characters. Run with /work/main/.venv/bin/python zpt_expected.py
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))


def A(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


cases = {}

# 1 -------------------------------------------------------------------------
B1 = ("BAF 1 – Urgent and emergency care: Risk that demand for urgent and emergency care across BLMK exceeds "
      "capacity, resulting in long waits, ambulance handover delays and avoidable harm to patients")
B2 = ("BAF 2 – Financial sustainability: Risk that the BLMK system does not deliver its 2025/26 financial plan "
      "and efficiency requirement, leading to a deficit and regulatory intervention")
B3 = ("BAF 3 – Health inequalities: Risk that the ICB is unable to reduce health inequalities in the Core20PLUS5 "
      "population because of limited data sharing and resource")
cases["zpt-nhs-bedfordshire-luton-and-milton-keynes-icb-board-assurance-framework-2025-26.xlsx"] = {
    "source": (
        "Imitates an ICB Board Assurance Framework as published in ICB board packs 2024-2025 (e.g. NHS Bedfordshire, "
        "Luton and Milton Keynes ICB board papers, https://bedfordshirelutonandmiltonkeynes.icb.nhs.uk/about-us/board-meetings/; "
        "Humber and North Yorkshire ICB BAF 2024-2025, https://slideorbit.com/slide/icb-board-assurance-framework-2024-2025/326090). "
        "Copied features: cover sheet with document-control table, risk-scoring bands and action RAG key; a summary "
        "sheet of principal risks and scores (no actions); a detail sheet where each principal risk is a merged dark "
        "header row followed by label/value rows (strategic priority, executive lead, committee, scores, key controls, "
        "gaps) and a repeated action header; Due date and Revised due date columns (real Excel dates), quarter and "
        "text due dates (Q4 2025/26, Feb-2026, Ongoing), several leads in one cell, job titles as leads, RAG letters "
        "with matching fills, one RAG cell shown by amber fill only, and a closing notes line."),
    "reads": (
        "A three-sheet BAF for 2025/26. The detail sheet holds three principal risks (BAF 1-3), each with its "
        "controls and gaps and then numbered actions 1.1-3.3 with owner, due date, revised date, progress and RAG. "
        "Ten actions in all; the cover and summary sheets are context only."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Board Assurance Framework 2025/26",
    "actions": [
        A("1.1", [B1], "Implement the BLMK single point of access for care homes and community teams to reduce conveyances to ED (G1)",
          ["Deputy Chief Operating Officer (UEC)"], "2026-01", "amber"),
        A("1.2", [B1], "Agree the system-wide winter plan 2025/26, including escalation triggers and mutual aid (G2)",
          ["Head of UEC Programme", "EPRR Lead"], "2025-10", "blue"),
        A("1.3", [B1], "Reduce ambulance handover delays over 45 minutes at Bedford Hospital and Luton & Dunstable University Hospital through the Release to Respond protocol (G2)",
          ["Chief Operating Officer"], "2026-03", "green"),
        A("2.1", [B2], "Deliver the ICB running cost reduction in line with the NHS England 50% target, including consultation on the new ICB structure",
          ["Chief Executive Officer", "Chief People Officer"], "2026-03", "green"),
        A("2.2", [B2], "Implement the system Grip and Control framework, including vacancy control panels in all NHS partners (G1)",
          ["Chief Finance Officer"], "2025-09", "blue"),
        A("2.3", [B2], "Develop the 2026/27 medium-term financial plan and submit to NHS England",
          ["Chief Finance Officer"], "2026-02", "amber"),
        A("2.4", [B2], "Review all continuing healthcare (CHC) packages above £2,500 per week against the National Framework (G2)",
          ["Chief Nursing Director", "Head of All-Age Continuing Care"], "2025-12", "green"),
        A("3.1", [B3], "Complete the BLMK population health management data platform rollout to all primary care networks (G1)",
          ["Chief Digital and Information Officer"], "2026-03", "red"),
        A("3.2", [B3], "Embed the Core20PLUS5 outcomes in all Place-based partnership plans",
          ["Associate Director of Health Inequalities"], None, "green", end_text="Ongoing"),
        A("3.3", [B3], "Commission community-led hypertension case-finding in Luton and Bedford (CVD prevention)",
          ["Dr S. Patel", "L. Morgan"], "2026-01", "green"),
    ],
}

# 2 -------------------------------------------------------------------------
F1 = "Area for improvement 1: Communication and escalation of critical pathology results out of hours"
F2 = "Area for improvement 2: Recognition and treatment of hyperkalaemia on admission"
F3 = "Area for improvement 3: Staffing and workload on the night shift"
cases["zpt-shrewsbury-and-telford-hospital-nhs-trust-psii-delayed-treatment-of-hyperkalaemia-safety-action-plan.docx"] = {
    "source": (
        "Imitates a PSIRF patient safety incident investigation (PSII) safety action plan of an acute trust "
        "(The Shrewsbury and Telford Hospital NHS Trust, 2025), following the NHS England PSII report template and "
        "safety action development guide (areas for improvement -> SMART safety actions with owner, measure of "
        "effectiveness and target date). Copied features: organisation line, Title and Subtitle, an incident "
        "details table (references, sponsor, approval, version), a summary and a status key paragraph, one Heading 2 "
        "per area for improvement with a finding paragraph and its own action table (refs SA1.1...), a two-paragraph "
        "action cell, dates as 30/09/2025, Q2 2025/26, End of October 2025, March 2026, two posts split by ' / ', two "
        "people joined by 'and', a post with a comma (Ward Manager, Ward 22), and a closing sign-off table."),
    "reads": (
        "A Word safety action plan for one PSII: three areas for improvement, each followed by a table of safety "
        "actions with owner, measure, target date and status words defined by the status key. Seven safety actions; "
        "the incident details and sign-off tables are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Patient Safety Incident Investigation – Safety Action Plan",
    "actions": [
        A("SA1.1", [F1], "Introduce the SBAR critical result telephone script with mandatory read-back on all wards, and record calls in the electronic critical results log.",
          ["Head of Nursing – Medicine"], "2025-09", "blue"),
        A("SA1.2", [F1], "Configure Careflow Vitals to send an automatic alert to the Hospital at Night coordinator for potassium ≥6.5 mmol/L.\n"
                         "The alert will include the patient’s location and the time the result was validated.",
          ["Chief Clinical Information Officer", "Digital Clinical Safety Officer"], "2025-09", "red"),
        A("SA2.1", [F2], "Add a hyperkalaemia treatment pathway, based on the UK Kidney Association guideline, to the ED and Acute Medical Unit order sets.",
          ["Dr A. Rahman", "Sister K. Morris"], "2025-10", "blue"),
        A("SA2.2", [F2], "Deliver simulation training on the management of hyperkalaemia for resident doctors and ward nurses at the Royal Shrewsbury Hospital and the Princess Royal Hospital.",
          ["Simulation Lead"], "2026-01", "green"),
        A("SA2.3", [F2], "Share the learning from this investigation through a Trust-wide safety huddle briefing and the Learning from Patient Safety Events newsletter.",
          ["Patient Safety Team"], "2025-08", "blue"),
        A("SA3.1", [F3], "Review the nurse staffing establishment for Ward 22 (Acute Medicine) using the SNCT acuity tool and present the outcome to the Nursing Workforce Group.",
          ["Deputy Director of Nursing"], "2026-03", "unrated"),
        A("SA3.2", [F3], "Pilot a night-time ‘safety pause’ at 02:00 on Ward 22 to review outstanding results and observations.",
          ["Ward Manager, Ward 22"], "2026-02", "green"),
    ],
}

# 3 -------------------------------------------------------------------------
D1 = "Domain 1 – Clear vision and purpose"
D41 = "Domain 4.1 – Pathways, procedures and policies"
D43 = "Domain 4.3 – Workforce management and support"
D5 = "Domain 5 – Planning for quality"
R1 = ("Requirement 1: NHS Greater Glasgow and Clyde must ensure that all staff have access to, and understand, the ward "
      "escalation process for managing staffing shortfalls in real time, in line with the Health and Care (Staffing) "
      "(Scotland) Act 2019 (p 14).")
R2 = ("Requirement 2: NHS Greater Glasgow and Clyde must ensure that patient care plans are person-centred, regularly "
      "reviewed and reflect patients’ and carers’ involvement (p 19).")
R3 = ("Requirement 3: NHS Greater Glasgow and Clyde must ensure that ligature risk assessments are completed annually "
      "and that the resulting actions are tracked to completion (p 21).")
RA = ("Recommendation a: NHS Greater Glasgow and Clyde should ensure that nursing staff receive regular clinical "
      "supervision and that this is recorded (p 25).")
R4 = ("Requirement 4: NHS Greater Glasgow and Clyde must ensure that the care environment supports effective infection "
      "prevention and control, including the cleaning and storage of patient equipment (p 28).")
cases["zpt-nhs-greater-glasgow-and-clyde-his-gartnavel-royal-hospital-mental-health-inspection-improvement-action-plan.xlsx"] = {
    "source": (
        "Imitates an NHS board's tracked version of a Healthcare Improvement Scotland improvement action plan after an "
        "unannounced adult mental health inpatient inspection (HIS mental health unit inspection programme, "
        "https://www.healthcareimprovementscotland.scot/inspections-reviews-and-regulation/inspections-of-nhs-hospitals-and-services/inspection-of-mental-health-units/), "
        "using the HIS action plan columns (Action reference, Action planned, Timescale to meet action, Responsibility "
        "for taking action) plus a board progress column. Copied features: organisation and title rows, a report/owner "
        "line, quality-framework domain rows and requirement/recommendation rows merged across the sheet with page "
        "references, actions numbered 1.1, 2.1, a.1, timescales as text (30 June 2025, May 2025, Dec-25, Quarterly, "
        "and an 'Original: ... Revised: ...' two-line cell), RAG shown only by fill colour (one cell left blank), a "
        "colour key under the table and a summary sheet."),
    "reads": (
        "An improvement action plan for Gartnavel Royal Hospital: HIS domains, under each the requirement or "
        "recommendation, then the board's numbered actions with timescale, responsible post, October 2025 progress "
        "and a coloured RAG cell. Nine actions; the key and the Summary sheet are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": ("Improvement Action Plan: Gartnavel Royal Hospital – Healthcare Improvement Scotland unannounced mental "
              "health inpatient inspection, 4–6 February 2025"),
    "actions": [
        A("1.1", [D1, R1], "Roll out the real-time staffing resource (RTS) tool to all adult acute and IPCU wards, with training for senior charge nurses.",
          ["Lead Nurse, Adult Mental Health Inpatients"], "2025-06", "blue"),
        A("1.2", [D1, R1], "Add staffing escalation to the daily site safety huddle agenda and record decisions in the huddle log.",
          ["Clinical Service Manager"], "2025-05", "blue"),
        A("2.1", [D41, R2], "Introduce a monthly care plan quality audit on every ward using the Mental Welfare Commission care plan tool.",
          ["Senior Charge Nurses"], "2025-08", "amber"),
        A("2.2", [D41, R2], "Deliver person-centred care planning training to registered nurses, co-produced with the Gartnavel carers’ group.",
          ["Practice Development Nurse"], "2025-12", "green"),
        A("3.1", [D41, R3], "Complete ligature risk assessments for all wards and agree a prioritised estates programme for anti-ligature works.",
          ["General Manager, Inpatient Services", "Estates and Facilities Manager"], "2026-03", "amber"),
        A("a.1", [D43, RA], "Implement the NHSGGC nursing clinical supervision framework, with supervision recorded on eESS.",
          ["Lead Nurse, Adult Mental Health Inpatients"], "2025-12", "green"),
        A("a.2", [D43, RA], "Report clinical supervision compliance to the Mental Health Clinical Governance Group.",
          ["Head of Nursing"], None, "unrated", end_text="Quarterly"),
        A("4.1", [D5, R4], "Introduce equipment cleaning schedules and ‘I am clean’ labels on all wards, monitored through the monthly IPC audit.",
          ["Senior Charge Nurses", "Infection Prevention and Control Nurse"], "2025-04", "blue"),
        A("4.2", [D5, R4], "Replace the damaged clinical room flooring in Ward 5.",
          ["Estates Manager"], "2026-01", "red"),
    ],
}

# 4 -------------------------------------------------------------------------
T1, T2, T3 = ("Quality of Patient Experience", "Delivery of Safe and Effective Care",
              "Quality of Management and Leadership")
N1 = "The practice must ensure that patients can contact the practice by telephone in a timely manner, particularly at 8am."
N2 = "The practice should ensure that the hearing loop in reception is working and that staff know how to use it."
N3 = "The practice must ensure that all clinical staff complete safeguarding training at the level appropriate to their role."
N4 = "The practice must ensure that emergency drugs and equipment are checked weekly and that the checks are recorded."
N5 = "The practice should review its arrangements for cleaning clinical rooms and ensure cleaning schedules are displayed."
N6 = "The practice must ensure that policies are reviewed and version controlled, and that staff confirm they have read them."
N7 = "The practice should ensure that all staff receive an annual appraisal."
cases["zpt-welshpool-medical-practice-hiw-gp-inspection-improvement-plan.docx"] = {
    "source": (
        "Imitates the improvement plan appendix of a Healthcare Inspectorate Wales general practice inspection report "
        "(HIW GP inspection reports, e.g. Beechley Medical Centre, https://fdocuments.net/document/general-practice-inspection-announced-patient-centred-we-place-patients.html), "
        "as re-published by the practice in 2025 against the Health and Care Quality Standards 2023. Copied features: "
        "service/date-of-inspection table, a line that no immediate assurance issues were found, HIW's three "
        "inspection themes as headings with one table each, HIW columns (Improvement needed, Standard / Regulation, "
        "Service action, Responsible officer, Timescale), an improvement-needed cell merged vertically over two "
        "service actions, no status column, and the 'Service representative' name/job role/date box at the end."),
    "reads": (
        "A GP practice's HIW improvement plan: under each of three themes, a table pairing each improvement HIW "
        "requires with the practice's action, responsible officer and timescale. Eight service actions, none with a "
        "status; the header and service representative tables are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "HIW General Practice Inspection – Improvement Plan",
    "actions": [
        A(None, [T1, N1], "Move to a cloud-based telephone system with call-back and queue position messaging.",
          ["Practice Manager"], "2026-01", "unrated"),
        A(None, [T1, N1], "Publish call-answering data on the practice website and in the waiting room.",
          ["Practice Manager", "Reception Team Leader"], None, "unrated", end_text="Ongoing"),
        A(None, [T1, N2], "Hearing loop repaired and tested; staff briefed at the October practice meeting. A weekly check has been added to the reception opening checklist.",
          ["Reception Team Leader"], "2025-10", "unrated"),
        A(None, [T2, N3], "All GPs and practice nurses to complete Level 3 adult and child safeguarding training; compliance monitored on the practice training matrix.",
          ["Dr R. Hughes (Safeguarding Lead)"], "2025-11", "unrated"),
        A(None, [T2, N4], "Introduce a weekly emergency drugs and defibrillator check log, signed by the duty nurse and countersigned monthly by the Lead Nurse.",
          ["Lead Nurse"], "2025-09", "unrated"),
        A(None, [T2, N5], "Cleaning schedules agreed with the contract cleaner and displayed in each clinical room; quarterly IPC audit to be completed.",
          ["Practice Manager", "Lead Nurse"], "2026-03", "unrated"),
        A(None, [T3, N6], "Policy review schedule created; all policies moved to the shared intranet with read receipts.",
          ["Practice Manager"], "2026-03", "unrated"),
        A(None, [T3, N7], "Appraisal timetable set for all non-clinical staff for 2025/26, with the partners completing appraisals for salaried GPs.",
          ["Practice Manager", "GP Partners"], "2026-03", "unrated"),
    ],
}

# 5 -------------------------------------------------------------------------
SR = "Action required to ensure compliance with The Nursing Homes Regulations (Northern Ireland) 2005"
SS = "Action required to ensure compliance with the Care Standards for Nursing Homes (December 2022)"
cases["zpt-strangford-lodge-nursing-home-rqia-care-inspection-qip-tracker.csv"] = {
    "source": (
        "Imitates a Northern Ireland nursing home's tracker of the Quality Improvement Plan from an RQIA unannounced "
        "care inspection report (RQIA QIP layout: 'Action required to ensure compliance with The Nursing Homes "
        "Regulations (Northern Ireland) 2005' and '... the Care Standards for Nursing Homes (December 2022)', each "
        "area for improvement with its regulation/standard, 'Stated: First time/Second time', 'To be completed by' "
        "and the 'Response by registered person detailing the actions taken'; cf. RQIA care inspection reports such as "
        "https://vdocuments.mx/unannounced-care-inspection-report-3-november-2016-unannounced-care-inspection.html). "
        "Copied features: title/inspection/update lines, a header row, the two RQIA section rows with numbering "
        "restarting in each, a quoted two-line response cell, 'With immediate effect', mixed date forms (30 September "
        "2025, 31/10/2025, Nov-25, Jan-26), two posts split by ';', a RAG column, a RAG key line and a totals line."),
    "reads": (
        "A CSV export of the home's RQIA QIP: three regulation and three standard areas for improvement, each with the "
        "home's response (the action), the responsible post, completion date and a B/G/A RAG letter. Six actions; "
        "the title lines, key and totals lines are not actions."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Strangford Lodge Nursing Home – RQIA Quality Improvement Plan (QIP) tracker",
    "actions": [
        A("1", [SR, "The registered person shall ensure that the infection prevention and control issues identified during the inspection are addressed, including the storage of equipment in bathrooms and the cleaning of commodes."],
          "Bathrooms decluttered and equipment moved to the new store room.\nCommode cleaning added to the night duty checklist and checked in the weekly IPC walkround.",
          ["Home Manager"], None, "blue", end_text="With immediate effect"),
        A("2", [SR, "The registered person shall ensure that wound care is delivered in line with the care plan and that a wound assessment is completed at each dressing change."],
          "Monthly wound care audit introduced; all registered nurses completed the TVN wound assessment refresher.",
          ["Deputy Manager"], "2025-09", "blue"),
        A("3", [SR, "The registered person shall ensure that fire doors are not wedged open."],
          "Magnetic door holders to be fitted to the lounge and dining room doors; daily fire safety walkround by the nurse in charge.",
          ["Maintenance Officer", "Nurse in Charge"], "2025-10", "amber"),
        A("1", [SS, "The registered person shall ensure that supplementary care records, including repositioning and food and fluid charts, are completed contemporaneously."],
          "Electronic care record prompts enabled for repositioning; the nurse in charge reviews charts at the 14:00 and 22:00 safety briefs.",
          ["Deputy Manager"], "2025-12", "green"),
        A("2", [SS, "The registered person shall ensure that the daily menu is displayed in a suitable format and that residents are offered a choice of meal."],
          "Pictorial menus in place in both dining rooms; kitchen staff record the choices offered at each meal.",
          ["Catering Manager"], "2025-11", "blue"),
        A("3", [SS, "The registered person shall ensure that staff meetings take place at least quarterly and that minutes are available to staff who cannot attend."],
          "Quarterly staff meeting dates for 2026 published; minutes to be emailed to all staff.",
          ["Home Manager"], "2026-01", "green"),
    ],
}

# 6 -------------------------------------------------------------------------
cases["zpt-bluebird-care-hull-cqc-home-care-quality-improvement-plan-typo-month-refuse.xlsx"] = {
    "source": (
        "Imitates a domiciliary care franchise's quality improvement plan after a CQC assessment under the single "
        "assessment framework (2025), of the kind home care providers keep in Excel and share with commissioners. "
        "Copied features: branded title row, rating/publication line, registered manager and nominated individual "
        "line, key-question rows (SAFE, EFFECTIVE, WELL-LED) merged across, CQC quality statements and findings "
        "repeated on each action row, text target dates (Sep-2025, Dec-2025 ...), status words with matching fill "
        "and a separate Key sheet."),
    "reads": (
        "A one-sheet QIP with six numbered actions under three CQC key questions. Action 3 on sheet row 9 has the "
        "target date '0ct-2025' with a zero for the O, a mistyped month a careful reader would query before loading "
        "the plan."),
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": 9,
    "title": "Bluebird Care Hull – Quality Improvement Plan",
}

# 7 -------------------------------------------------------------------------
P1 = "Priority 1 – Patient safety: Reduce the use of restrictive practice on our adult and older people’s inpatient wards"
P2 = "Priority 2 – Clinical effectiveness: Improve physical health checks for people with severe mental illness (SMI)"
P3 = "Priority 3 – Patient experience: Improve the experience of carers and families"
cases["zpt-cambridgeshire-and-peterborough-nhsft-quality-account-priorities-tracker-2025-26.txt"] = {
    "source": (
        "Imitates a mental health trust's quarterly progress tracker for its Quality Account priorities (priorities "
        "grouped as patient safety, clinical effectiveness and patient experience, as in NHS quality accounts, e.g. "
        "https://studylib.net/doc/10806189/quality-accounts-2012-13-camden-andamp%3B-islington-foundatio...), "
        "as pasted into a committee paper and saved as tab-separated text. Copied features: trust name, title and "
        "reporting-period lines, a RAG key line (blank = not yet due), one priority heading line per priority with "
        "the column header repeated under each, refs 1a-3c, previous (Q1) and current (Q2) RAG columns, job titles "
        "with commas and '&' as leads, two posts split by '/' or ';', due dates as June 2025, Q3 2025/26, 31/03/2026, "
        "Quarterly, and a closing note line."),
    "reads": (
        "A quarter 2 tracker of the trust's three 2025/26 quality priorities, each with three milestones showing lead, "
        "due date, Q1 and Q2 RAG and a Q2 update. Nine actions; the status is the Q2 RAG."),
    "outcome": "read",
    "accept_refusal": False,
    "title": "Quality Account 2025/26 – Quality Priorities Progress Tracker",
    "actions": [
        A("1a", [P1], "Appoint a Reducing Restrictive Practice Lead and establish a Trust-wide steering group that includes people with lived experience",
          ["Director of Nursing, AHPs and Quality"], "2025-06", "blue"),
        A("1b", [P1], "Roll out Safewards interventions on all adult acute wards at the Cavell Centre and Fulbourn Hospital",
          ["Modern Matron (Adult Acute)", "Ward Managers"], "2025-12", "green"),
        A("1c", [P1], "Publish a monthly restrictive practice dashboard by ward (restraint, seclusion, rapid tranquillisation)",
          ["Head of Clinical Systems & Information"], "2025-12", "amber"),
        A("2a", [P2], "Increase the proportion of people on the SMI register receiving all six physical health checks to 60%",
          ["Associate Director of Physical Health"], "2026-03", "green"),
        A("2b", [P2], "Provide point-of-care HbA1c and lipid testing in community mental health teams",
          ["Associate Director of Physical Health", "Pharmacy Lead"], "2026-01", "green"),
        A("2c", [P2], "Audit NEWS2 escalation compliance on inpatient wards and report to the Physical Health Group",
          ["Deputy Medical Director"], None, "green", end_text="Quarterly"),
        A("3a", [P3], "Relaunch the Triangle of Care self-assessment in all inpatient and crisis services",
          ["Head of Patient Experience & Carers"], "2025-09", "blue"),
        A("3b", [P3], "Introduce a carers’ information pack and a named carer contact for every inpatient admission",
          ["Head of Patient Experience & Carers"], "2025-11", "red"),
        A("3c", [P3], "Co-produce a family liaison role for patient safety incident investigations with the Patient Safety Partners",
          ["Associate Director of Patient Safety"], "2026-03", "unrated"),
    ],
}


if __name__ == "__main__":
    for name, data in cases.items():
        assert name.startswith("zpt-")
        path = os.path.join(HERE, name + ".expected.yaml")
        text = yaml.dump(data, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=110)
        assert yaml.safe_load(text) == data
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote", len(cases), "expected files")
