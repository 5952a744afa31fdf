#!/usr/bin/env python
"""Write the NAME.expected.yaml readings for the seven zpd- files.

Action texts, headings and refs are taken from the same tables zpd_make.py
writes, so they match the files character for character; leads, ends and
statuses are the reading a person makes and are written out here by hand.
"""
import os

import yaml

import zpd_make as M

HERE = os.path.dirname(os.path.abspath(__file__))


class Folded(str):
    pass


def _folded(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=">")


yaml.SafeDumper.add_representer(Folded, _folded)


def act(ref, under, action, lead, end, status, end_text=None):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(lead), "end": end}
    if end_text is not None:
        d["end_text"] = end_text
    d["status"] = status
    return d


def write(name, doc):
    out = {"source": Folded(doc.pop("source")), "reads": Folded(doc.pop("reads"))}
    out.update(doc)
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=100)


# 1 ---------------------------------------------------------------- PSII xlsx
def psii():
    a1, a2, a3 = [afi for afi, _ in M.PSII_AFI]
    t = {ref: text for _, acts in M.PSII_AFI for ref, text, *_ in acts}
    actions = [
        act("SA1.1", [a1], t["SA1.1"], ["Chief Clinical Information Officer", "ED Clinical Lead"],
            "2025-10", "amber"),
        act("SA1.2", [a1], t["SA1.2"], ["ED Clinical Lead"], "2025-06", "blue"),
        act("SA1.3", [a1], t["SA1.3"], ["ED Governance Lead"], "2025-11", "green"),
        act("SA2.1", [a2], t["SA2.1"], ["Clinical Director for Radiology"], "2025-12", "amber"),
        act("SA2.2", [a2], t["SA2.2"], ["Radiology Governance Lead"], "2025-07", "blue"),
        act("SA3.1", [a3], t["SA3.1"], ["ED Matron", "Patient Experience Lead"], "2025-11", "green"),
        act("SA3.2", [a3], t["SA3.2"], ["Patient Safety Partner Lead"], "2025-12", "unrated"),
        act("SA3.3", [a3], t["SA3.3"], ["Head of Patient Safety"], "2025-09", "blue"),
    ]
    write(M.PSII_FILE, {
        "source": "Royal Surrey NHS Foundation Trust, 2025, patient safety incident investigation (PSII) safety "
                  "action plan under PSIRF, as trusts take to their Patient Safety Incident Group and publish "
                  "in board/quality committee packs (PSIRF response plans e.g. "
                  "https://www.uhmb.nhs.uk/our-trust/patient-safety-incident-response-plan). Copies the "
                  "NHS England PSII template's chain of areas for improvement (AFI) -> safety actions with "
                  "owner, timescale and measurement; a Cover sheet with incident details, LFPSE reference, "
                  "RAG key (B/G/A/R) and version-control table; AFI text in a vertically merged first column; "
                  "original and revised target dates; fill-colour RAG letters; a notes line and a summary block "
                  "under the table.",
        "reads": "A two-sheet workbook: the cover gives the incident and the RAG key, and the 'Safety action "
                 "plan' sheet lists eight safety actions (SA1.1-SA3.3) under three areas for improvement, each "
                 "AFI written once in a merged cell beside its actions. Where a revised date is given it "
                 "replaces the target date; RAG letters follow the cover key (B = complete); SA3.2 has no RAG "
                 "because it has not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Patient Safety Incident Investigation (PSII) – Safety Action Plan",
        "actions": actions,
    })


# 2 ---------------------------------------------------------------- QA xlsx
def qa():
    p1, p2, p3 = [p for p, _ in M.QA_PRIORITIES]
    t = {ref: text for _, acts in M.QA_PRIORITIES for ref, text, *_ in acts}
    actions = [
        act("1.1", [p1], t["1.1"], ["Associate Director of Nursing – Patient Safety"], "2025-09", "blue"),
        act("1.2", [p1], t["1.2"], ["Falls Lead Nurse", "Ward Managers"], "2025-12", "green"),
        act("1.3", [p1], t["1.3"], ["Falls Lead Nurse"], "2026-03", "amber"),
        act("2.1", [p2], t["2.1"], ["Chief Clinical Information Officer", "Sepsis Lead"], "2025-12", "green"),
        act("2.2", [p2], t["2.2"], ["Practice Education Lead"], None, "amber",
            end_text="Ongoing – quarterly reporting"),
        act("2.3", [p2], t["2.3"], ["Sepsis Lead"], None, "green", end_text="Monthly"),
        act("3.1", [p3], t["3.1"], ["Head of Patient Experience"], "2025-11", "amber"),
        act("3.2", [p3], t["3.2"], ["Divisional Director of Nursing – Medicine"], "2026-03", "unrated"),
        act("3.3", [p3], t["3.3"], ["Learning Disability Nurse Consultant", "Head of Patient Experience"],
            "2026-01", "green"),
    ]
    write(M.QA_FILE, {
        "source": "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust, Quality Account "
                  "2025/26 quality priorities tracker as reported quarterly to the Quality and Safety "
                  "Committee (priorities in the three quality domains as in e.g. "
                  "https://www.newcastle-hospitals.nhs.uk/about/our-interim-strategy/quality-account-priorities). "
                  "Copies a trust title block with reporting period, a RAG key drawn as coloured cells, navy "
                  "merged priority rows ('Priority n – domain: topic'), numbered deliverables with leads and "
                  "due dates written as Mmm-yy, a date, a quarter, 'Monthly' and 'Ongoing', fill-only Q1 and "
                  "Q2 RAG columns (no text), a Q2 summary block and notes line, and a second 'Measures' sheet "
                  "of KPIs that are not actions.",
        "reads": "Nine deliverables under three quality priorities, reported at quarter 2. The RAG is the fill "
                 "colour of the Q2 cell (the current quarter; Q1 is the previous position), read with the key "
                 "at the top (blue = complete); 3.2 has no Q2 colour because it is not yet due to start. The "
                 "Measures sheet holds indicators, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Quality Account 2025/26 – Quality Priorities Tracker",
        "actions": actions,
    })


# 3 ---------------------------------------------------------------- BAF xlsx
def baf():
    actions = []
    spec = {
        "01.1": (["Director of Urgent and Emergency Care"], "2025-12", "amber", None),
        "01.2": (["Director of Urgent and Emergency Care", "Place Director (Barnet)"], "2025-11", "green", None),
        "01.3": (["Chief Performance and Delivery Officer"], "2025-06", "blue", None),
        "02.1": (["Chief Finance Officer"], "2026-03", "amber", None),
        "02.2": (["Chief Nursing Officer", "Director of Finance (Operational)"], "2026-01", "red", None),
        "02.3": (["Chief People Officer"], "2025-07", "blue", None),
        "03.1": (["Director of Primary Care"], "2026-03", "green", None),
        "03.2": (["Director of Primary Care"], None, "green", "Quarterly review"),
    }
    for risk in M.BAF_RISKS:
        for ref, text, *_ in risk["actions"]:
            lead, end, status, et = spec[ref]
            actions.append(act(ref, [risk["title"]], text, lead, end, status, end_text=et))
    write(M.BAF_FILE, {
        "source": "NHS North Central London Integrated Care Board, Board Assurance Framework 2025/26 as taken "
                  "to the ICB Board (ICB BAF structure of principal risks, controls, assurances, gaps and "
                  "actions as in e.g. Humber and North Yorkshire ICB BAF 2024-25, "
                  "https://slideorbit.com/slide/icb-board-assurance-framework-2024-2025/326090). Copies a "
                  "summary sheet of principal risks with owners, committees and scores plus scoring note and "
                  "version history, then one sheet per BAF risk with objective, risk description, scores, "
                  "numbered key controls (C1..), sources of assurance (A1..) and gaps (G1..) in merged-heading "
                  "blocks, and an 'Actions to address gaps' table with original and revised due dates, "
                  "progress and a RAG column using G/A/R and 'Complete'.",
        "reads": "Three BAF risk sheets, each ending in a table of actions to close its gaps: eight actions in "
                 "all (01.1-03.2). The controls, assurances and gaps above each table, and the summary sheet, "
                 "are not actions. The revised due date replaces the original where given; 'Complete' is "
                 "blue.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Board Assurance Framework 2025/26",
        "actions": actions,
    })


# 4 ---------------------------------------------------------------- HIW docx
def hiw():
    spec = [
        (["Practice Manager"], "2025-05", None),
        (["Practice Manager", "Reception Supervisor"], "2025-09", None),
        (["Dr Rhian Evans (Safeguarding Lead GP)"], "2025-06", None),
        (["Lead Practice Nurse"], "2025-03", None),
        (["GP Partners"], None, "Ongoing – monthly"),
        (["Practice Manager"], "2025-08", None),
        (["Practice Manager", "Assistant Practice Manager"], "2025-12", None),
    ]
    actions = []
    i = 0
    for section, rows in M.HIW_SECTIONS:
        for finding, needed, std, action, officer, when in rows:
            lead, end, et = spec[i]
            actions.append(act(None, [section, needed], action, lead, end, "unrated", end_text=et))
            i += 1
    write(M.HIW_FILE, {
        "source": "Penygraig Surgery (Cwm Taf Morgannwg UHB), 2025, improvement plan returned after an "
                  "announced Healthcare Inspectorate Wales GP inspection, laid out as HIW report appendices "
                  "(HIW GP and hospital reports e.g. https://vdocuments.net/follow-up-inspection-unannounced.html): "
                  "title and service details table, Appendix A summary of concerns resolved during the "
                  "inspection, Appendix B immediate improvement plan (none), Appendix C improvement plan table "
                  "with columns Risk/finding/issue, Improvement needed, Standard / Regulation (Health and Care "
                  "Quality Standards 2023), Service action, Responsible officer, Timescale, with merged "
                  "section rows for HIW's three themes, and the service representative sign-off table.",
        "reads": "Seven service actions in the Appendix C table, grouped under HIW's three inspection themes; "
                 "each answers the 'Improvement needed' in its row. Actions have no refs and no status; two "
                 "have two paragraphs in the cell. Appendix A (already resolved on the day) and the sign-off "
                 "are not plan actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Penygraig Surgery – Improvement Plan",
        "actions": actions,
    })


# 5 ---------------------------------------------------------------- HIS docx
def his():
    spec = {
        "1.1": (["Lead Nurse, Inverclyde Royal Hospital"], "2025-06", "blue", None),
        "1.2": (["Site Director", "Lead Nurse"], "2025-08", "blue", None),
        "2.1": (["Senior Charge Nurses"], None, "green", "Ongoing"),
        "2.2": (["Practice Development Nurse"], "2025-12", "amber", "September 2025\nRevised: December 2025"),
        "3.1": (["Facilities Manager (Domestic Services)"], "2025-07", "blue", None),
        "3.2": (["Senior Charge Nurses", "Infection Prevention and Control Nurse"], "2025-05", "blue", None),
        "4.1": (["Associate Nurse Director"], "2025-11", "green", None),
        "4.2": (["Director of Nursing, Acute Services"], None, "red", "Quarterly"),
    }
    actions = []
    for domain, reqs in M.HIS_DOMAINS:
        for req, acts in reqs:
            for ref, text, *_ in acts:
                lead, end, status, et = spec[ref]
                actions.append(act(ref, [domain, req], text, lead, end, status, end_text=et))
    write(M.HIS_FILE, {
        "source": "NHS Greater Glasgow and Clyde, 2025, improvement action plan for Healthcare Improvement "
                  "Scotland's unannounced safe delivery of care inspection of Inverclyde Royal Hospital "
                  "(HIS programme: https://healthcareimprovementscotland.scot/inspections-reviews-and-regulation/"
                  "inspections-of-nhs-hospitals-and-services/safe-delivery-of-care-in-acute-hospitals-inspection-"
                  "programme; requirements explained at https://www.healthcareimprovementscotland.scot/"
                  "inspections-reviews-and-regulation/inspections-of-nhs-hospitals-and-services/"
                  "inspection-report-terminology-explained/). Copies the board/hospital/inspection details "
                  "table, a status key paragraph, one table per HIS quality framework domain with columns Ref, "
                  "Action planned, Timescale to meet action, Responsibility for taking action, Progress to "
                  "date, Status, the requirement written in a merged row above its numbered actions, "
                  "shaded status cells, and a board contact/sign-off table.",
        "reads": "Eight numbered actions answering four HIS requirements, in three domain tables. Each action "
                 "sits under its domain heading and the requirement row above it. Status words follow the "
                 "key (Complete = blue); 2.2 has a revised timescale of December 2025; 'Ongoing' and "
                 "'Quarterly' have no end month. Posts written with a comma ('Lead Nurse, Inverclyde Royal "
                 "Hospital') are one post each.",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Inverclyde Royal Hospital – Improvement Action Plan",
        "actions": actions,
    })


# 6 ---------------------------------------------------------------- CQC csv (refuse)
def cqc_csv():
    # line numbers in the csv: 1-3 title lines, 4 blank, 5 header, 6.. rows
    refuse_line = 6 + [r[0] for r in M.CQC_CSV_ROWS].index("SD2")
    write(M.CQC_CSV_FILE, {
        "source": "Locala Health and Wellbeing CIC (Kirklees community health provider), 2025, CQC must do / "
                  "should do action plan exported to CSV from the tracking spreadsheet, in the style of NHS "
                  "community/mental health providers' published CQC action plans "
                  "(e.g. https://shsc.nhs.uk/about-us/corporate-information/cqc/action-plan-progress-update/). "
                  "Copies title lines with core services and inspection dates, MD/SD refs, type, core "
                  "service, regulation, 'What CQC told us' and 'Action we will take' columns, owner, target "
                  "dates in mixed forms (dd/mm/yyyy, Mmm-yy, Month yyyy), status words and a totals line.",
        "reads": "Seven actions (MD1-MD3, SD1-SD4) answering CQC must do and should do findings for two core "
                 "services. The target date of SD2 is written 'Novmber 2025', a mistyped month, so a careful "
                 "reader stops and asks before importing.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": refuse_line,
        "title": "Locala Health and Wellbeing CIC – CQC Action Plan (Must do / Should do)",
    })
    return refuse_line


# 7 ---------------------------------------------------------------- care home txt
def txt():
    spec = {
        "1": (["Clinical Lead"], "2025-05", "blue", None),
        "2": (["Clinical Lead", "Deputy Manager"], "2025-06", "blue", None),
        "3": (["Home Manager"], "2025-07", "amber", None),
        "4": (["Deputy Manager"], "2025-08", "amber", None),
        "5": (["Home Manager"], "2025-09", "blue", None),
        "6": (["Home Manager"], None, "amber", "Monthly – ongoing"),
        "7": (["Regional Director"], "2025-10", "red", None),
        "8": (["Deputy Manager", "Unit Leads"], "2025-09", "red", None),
    }
    actions = []
    for section, rows in M.TXT_SECTIONS:
        issue = None
        for no, iss, action, *_ in rows:
            if iss:
                issue = iss
            lead, end, status, et = spec[no]
            actions.append(act(no, [section, issue], action, lead, end, status, end_text=et))
    write(M.TXT_FILE, {
        "source": "Barchester Healthcare, Oakhurst Grange Care Home, 2025, action plan after a CQC inspection "
                  "rated Requires improvement, exported from the provider's spreadsheet as tab-separated text "
                  "(CQC action plan columns as described at "
                  "https://www.qcs.co.uk/cqc-action-plans-roadmaps-to-a-better-service/: item to be rectified, "
                  "action, deadline, person responsible, RAG, comments). Copies provider/home title lines, "
                  "prepared/reviewed line, a RAG key that defines G as completed, section lines per CQC key "
                  "question and regulation breached, numbered actions where a blank issue cell continues the "
                  "issue above, mixed dates (dd/mm/yyyy, dd/mm/yy, Month yyyy, 'Monthly – ongoing') and a "
                  "summary line.",
        "reads": "Eight numbered actions under three key-question/regulation sections, each answering the CQC "
                 "issue in its row or, where that cell is blank, the issue above. By the document's key "
                 "G means completed (blue), A in progress (amber) and R behind schedule (red).",
        "outcome": "read",
        "accept_refusal": False,
        "title": "Oakhurst Grange Care Home – CQC Inspection Action Plan",
        "actions": actions,
    })


if __name__ == "__main__":
    psii()
    qa()
    baf()
    hiw()
    his()
    print("csv refuse line", cqc_csv())
    txt()
    print("wrote 7 expected files")
