"""Write the .expected.yaml readings for the xl- files (set heldout556).

The readings are a person's reading of each file, written down: the text fields reuse the strings
in xl_make.py so they match the files character for character; the lead lists, months and
statuses are given here explicitly, as read.
"""
import os
import re

import yaml

import xl_make as m

HERE = os.path.dirname(os.path.abspath(__file__))


def dump(name, doc):
    class D(yaml.SafeDumper):
        pass

    def str_rep(dumper, data):
        plain = re.fullmatch(r"[a-z_]+", data) is not None
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=None if plain else '"')

    D.add_representer(str, str_rep)
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=D, sort_keys=False, allow_unicode=True, width=100000)


def act(ref, under, text, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": text, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


# ---------------- 1. Aviva --------------------------------------------------
AVIVA_READ = {  # ref: (lead, end, status)
    "1.1": (["Head of Pricing Governance"], "2025-01", "blue"),
    "1.2": (["Head of Pricing Governance", "Company Secretary"], "2025-03", "amber"),
    "1.3": (["Director of Product Governance"], "2025-04", "green"),
    "2.1": (["Head of Pricing Systems (Motor & Home)"], "2025-03", "amber"),
    "2.2": (["Customer Outcomes Remediation Lead"], "2025-03", "green"),
    "2.3": (["Customer Outcomes Remediation Lead", "Head of Customer Communications"], "2025-06", "unrated"),
    "3.1": (["Chief Actuary"], "2025-01", "blue"),
    "3.2": (["Pricing MI Manager"], "2025-06", "red"),
    "4.1": (["Director of Conduct Risk"], "2025-05", "green"),
    "4.2": (["Chief Internal Auditor"], "2025-09", "green"),
}


def aviva():
    acts = []
    for wsn, obs in m.AVIVA:
        for o, items in obs:
            for a in items:
                lead, end, st = AVIVA_READ[a[0]]
                acts.append(act(a[0], [wsn, o], a[1], lead, end, st))
    dump(m.AVIVA_FILE, {
        "source": "Imitates the remediation tracker a UK general insurer keeps and shares with its FCA supervision team after the FCA's "
                  "2023-24 multi-firm review of general insurance pricing practices (PS21/5, ENBP rule); no single published file, "
                  "layout modelled on insurer/bank s166 and multi-firm-review remediation trackers (e.g. the FCA Handbook SUP 5 skilled "
                  "person material, https://www.handbook.fca.org.uk/handbook/SUP/5/Annex1.html). Copies: a Cover sheet with document "
                  "control and a letter RAG key (B = complete), a Summary sheet of RAG counts by workstream with a Total row, and an "
                  "Action Tracker sheet with title/classification rows, grey workstream rows merged across, the FCA observation merged "
                  "down beside its actions, original and revised due dates as date cells, previous and current RAG as letters on "
                  "coloured fills, progress commentary, closure evidence and a notes line.",
        "reads": "Aviva's remediation tracker for the FCA's GI pricing practices review: ten numbered actions (1.1-4.2) in four "
                 "workstreams, each under an FCA observation (O1-O5). Each has an owner (job titles, some two posts), an original and "
                 "sometimes a revised due date (the revised one is the end), and a previous and current RAG; the status is the current "
                 "RAG letter, and action 2.3 has no RAG yet (not rated).",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.AVIVA_TITLE,
        "actions": acts,
    })


# ---------------- 2. MoD -----------------------------------------------------
MOD_READ = {
    "A1": (["Defence Data Protection Officer"], "2024-03", None, "blue"),
    "A2": (["Head of ARAP Casework"], "2024-01", None, "blue"),
    "A3": (["Chief Information Officer (Defence Digital)", "Head of Cyber Defence Operations"], "2024-09", "Q2 2024/25", "amber"),
    "A4": (["Head of Afghan Resettlement Programme"], "2024-04", None, "blue"),
    "A5": (["DBS Learning and Development Lead"], "2024-09", None, "green"),
    "A6": (["Departmental Records Officer"], None, "Quarterly", "green"),
    "A7": (["Defence Data Protection Officer"], "2024-06", None, "blue"),
    "A8": (["Director of Information and Data", "Head of Internal Audit (Defence)"], "2025-03", None, "green"),
    "A9": (["Senior Information Risk Owner"], "2024-12", None, "green"),
}


def mod():
    acts = []
    for heading, finding, items in m.MOD:
        for a in items:
            lead, end, et, st = MOD_READ[a[0]]
            acts.append(act(a[0], [heading, finding], a[1], lead, end, st, et))
    dump(m.MOD_FILE, {
        "source": "Imitates the action plan a central government department would publish/report to its audit and risk committee "
                  "after the ICO's £350,000 Monetary Penalty Notice to the Ministry of Defence of 13 December 2023 for the ARAP email "
                  "incidents of September 2021 (https://www.publictechnology.net/2023/12/13/defence-and-security/mod-fined-350k-over-"
                  "data-breach-that-endangered-lives-of-afghan-interpreters/). Copies: OFFICIAL page header/footer, a Title-style "
                  "heading, an owner line, a document control table, a status key table mapping colours to words (Blue = Complete, "
                  "Green = On track, Amber = At risk, Red = Off track), then one numbered Heading 2 and one italic ICO-finding "
                  "paragraph per table, each table Ref/Action/Owner/Target date/Status/Progress update, and an approval table at the end.",
        "reads": "The MOD's action plan answering the ICO penalty: nine actions A1-A9 in three tables, each table under a section "
                 "heading (3.1-3.3) and the ICO finding written above it. Target dates are written in several ways (31 March 2024, "
                 "Jan-24, Q2 2024/25, Quarterly, By 31 December 2024); statuses are words that the key maps to Blue/Green/Amber.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.MOD_TITLE,
        "actions": acts,
    })


# ---------------- 3. Pembrokeshire Coast NPA ---------------------------------
PC_STATUS = {"green": "blue", "amber": "amber", "red": "red"}  # key: Green = completed
PC_READ = {
    "1.1": (["Head of Corporate Services"], "2025-10", None),
    "1.2": (["Welsh Language and Equalities Officer"], "2025-10", None),
    "2.1": (["ICT Manager"], "2025-09", None),
    "2.2": (["Visitor Services Manager", "HR Manager"], "2025-12", None),
    "2.3": (["Welsh Language and Equalities Officer"], None, "Ongoing"),
    "3.1": (["Head of Park Delivery"], "2026-01", None),
    "3.2": (["Procurement Officer"], "2025-11", None),
    "3.3": (["Head of Park Delivery"], "2026-03", None),
}


def pcnpa():
    acts = []
    for std, step, items in m.PCNPA:
        for a in items:
            lead, end, et = PC_READ[a[0]]
            acts.append(act(a[0], [std, step], a[1], lead, end, PC_STATUS[a[5]], et))
    dump(m.PCNPA_FILE, {
        "source": "Imitates the action plan a Welsh national park authority prepares after a Welsh Language Commissioner decision "
                  "notice requires it to take enforcement steps (Welsh Language (Wales) Measure 2011; enforcement policy at "
                  "https://www.welshlanguagecommissioner.wales/your-rights/enforcement-policy), as reported to the Authority's audit "
                  "committee. Copies: bilingual authority name in the page header, a heading title, report-to/author lines, an "
                  "explanatory paragraph, a three-cell coloured progress key (Green – completed, Amber – in progress, Red – behind "
                  "schedule), then ONE table in which a grey merged row names each Standard and an italic merged row gives the "
                  "Commissioner's enforcement step above its actions, with a RAG column shown only as cell shading; a sign-off table follows.",
        "reads": "Pembrokeshire Coast NPA's plan for meeting the Commissioner's enforcement steps: eight actions (1.1-3.3) under three "
                 "Standards, each under its enforcement step. The RAG cells have no text, only a fill; by the document's own key a "
                 "green fill means completed (read as blue), amber in progress, red behind schedule.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.PCNPA_TITLE,
        "actions": acts,
    })


# ---------------- 4. SYMCA (refuse) -------------------------------------------
def symca():
    assert m.SYMCA_TYPO_ROW is not None
    dump(m.SYMCA_FILE, {
        "source": "Imitates the management action plan on the external auditor's value for money recommendations (Auditor's Annual "
                  "Report 2024/25) taken to South Yorkshire MCA's Audit, Standards and Risk Committee "
                  "(https://governance.southyorkshire-ca.gov.uk/ieListDocuments.aspx?CId=142&MId=1553&Ver=4), in the key/improvement "
                  "recommendation style of Grant Thornton AAR action plans. Copies: three title rows, purple header row, a merged "
                  "criterion row per VfM criterion (Financial sustainability; Governance; Improving economy, efficiency and "
                  "effectiveness), the recommendation number, type and text merged down beside their agreed actions, original and "
                  "revised target month columns as text, word status on a light fill, an update column, and a Key sheet.",
        "reads": "SYMCA's action plan for eight agreed actions on five VfM recommendations (two key, three improvement). On sheet 'Action Plan' row "
                 f"{m.SYMCA_TYPO_ROW} (action IR2.1) the revised target — the date that governs — reads '{m.SYMCA_TYPO}', a mistyped "
                 "month, so a careful reader would stop and ask what the revised date is before reading the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": m.SYMCA_TYPO_ROW,
        "title": m.SYMCA_TITLE,
    })


# ---------------- 5. Sightsavers ----------------------------------------------
SS_READ = {
    "BT/24/34": (["Director of Safeguarding"], "2024-09", None, "blue"),
    "BT/24/38": (["CEO", "Chair"], "2025-03", None, "amber"),
    "BT/24/51": (["CFO"], "2024-12", None, "blue"),
    "BT/24/55": (["CFO", "Director of Fundraising"], "2025-03", None, "green"),
    "BT/24/66": (["CFO"], "2025-06", None, "green"),
    "BT/24/70": (["Chair of Nominations Committee"], "2025-02", None, "blue"),
    "BT/24/71": (["Company Secretary"], None, "TBC", "unrated"),
    "BT/25/09": (["Director of Programmes (International)"], "2025-03", None, "green"),
    "BT/25/12": (["Head of Risk and Assurance"], "2025-05", None, "amber"),
}


def ss():
    acts = []
    for meeting, items in m.SS:
        for a in items:
            lead, end, et, st = SS_READ[a[0]]
            acts.append(act(a[0], [meeting], a[1], lead, end, st, et))
    dump(m.SS_FILE, {
        "source": "Imitates a charity board of trustees' rolling action log ('matters arising' from previous minutes) as exported to "
                  "CSV from Excel by a governance team, of the kind large UK international development charities keep for each "
                  "Board meeting (cf. trustee meeting guidance at https://charityexcellence.co.uk/charity-trustee-meetings). Copies: "
                  "UTF-8 BOM, a title line and an as-at note line padded with commas, a blank row, the header row "
                  "Minute ref/Action/Owner/Due date/RAG/Update, one row per Board meeting as a heading over its actions, minute "
                  "references as refs, an action cell with a line break inside quotes, owners as posts (two joined by '/' or '&'), "
                  "due dates as Mmm-yy, dd/mm/yyyy, 'May 2025' and 'TBC', and a closing note line.",
        "reads": "Sightsavers' board action log: nine actions, each with its minute reference, grouped under the Board meeting "
                 "that raised it (July 2024 to February 2025). The RAG column gives Complete, Green, Amber or Not started; one due "
                 "date is TBC.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.SS_TITLE,
        "actions": acts,
    })


# ---------------- 6. Pontypridd -----------------------------------------------
PTC_STATUS = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}
PTC_READ = {
    "A1.1": (["Town Clerk"], "2025-01", None),
    "A1.2": (["Deputy Town Clerk"], "2025-02", None),
    "A2.1": (["Communications Officer"], "2025-04", None),
    "A2.2": (["Communications Officer", "Cllr M. Evans"], "2025-09", None),
    "B1.1": (["Town Clerk"], "2025-06", None),
    "B1.2": (["Facilities Manager"], "2025-10", None),
    "B2.1": (["Responsible Financial Officer"], "2025-05", None),
    "B2.2": (["Deputy Town Clerk"], None, "Annually"),
    "C1.1": (["Town Clerk", "Town Centre Manager"], None, "Ongoing"),
    "C1.2": (["Town Clerk"], "2025-12", "Nov–Dec 2025"),
}


def ptc():
    acts = []
    for theme, lessons in m.PTC:
        for lesson, items in lessons:
            for a in items:
                lead, end, et = PTC_READ[a[0]]
                acts.append(act(a[0], [theme, lesson], a[1], lead, end, PTC_STATUS[a[5]], et))
    dump(m.PTC_FILE, {
        "source": "Imitates a town council's post-flood lessons-learned action plan (after Storm Bert, 23–24 November 2024, which "
                  "flooded parts of Pontypridd), as taken to a council working group and saved from a spreadsheet as tab-separated "
                  "text; layout follows community flood debrief/lessons-learnt action plans (e.g. Kent CC's 2013-14 storms lessons "
                  "learnt report and West Berkshire flood debrief found via search). Copies: a one-line title, an approval/progress "
                  "line, a one-line RAG key, a tab-separated header, theme lines and 'Lesson' lines (each a single field) above "
                  "numbered actions, leads as posts and a named councillor, dates as dd/mm/yyyy, Mon yyyy, Mmm-yy, words and a "
                  "period, and a notes line.",
        "reads": "Pontypridd Town Council's Storm Bert lessons-learned plan: ten actions (A1.1-C1.2) under three themes, each "
                 "under the lesson identified above it. Status is the RAG word (Complete = finished, so blue); two end cells are "
                 "words (Annually, Ongoing) and one is a period (Nov–Dec 2025, ending December).",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.PTC_TITLE,
        "actions": acts,
    })


# ---------------- 7. Princess Grace -------------------------------------------
PG_STATUS = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
PG_READ = {
    "MD1.1": (["Head of Learning and Development"], "2024-08", None),
    "MD1.2": (["Theatre Manager", "Ward Manager"], "2024-09", None),
    "MD2.1": (["Theatre Manager"], None, "Ongoing"),
    "MD2.2": (["Head of Clinical Systems"], "2024-12", None),
    "SD1.1": (["Chief Pharmacist"], "2024-10", None),
    "MD3.1": (["Outpatients Manager"], "2024-09", None),
    "MD3.2": (["Outpatients Manager", "IG Lead"], "2025-03", None),
    "SD2.1": (["Director of Clinical Services"], "2025-01", None),
}


def pg():
    acts = []
    for svc, findings in m.PG:
        for finding, items in findings:
            for a in items:
                lead, end, et = PG_READ[a[0]]
                acts.append(act(a[0], [svc, finding], a[1], lead, end, PG_STATUS[a[5]], et))
    dump(m.PG_FILE, {
        "source": "Imitates an independent hospital's post-inspection CQC action plan on the report's 'must do' and 'should do' "
                  "actions, as kept by an HCA Healthcare UK hospital and monitored by its Hospital Quality and Safety Committee "
                  "(the CQC asks providers for an action plan on breaches within 28 days, cf. https://edmondsgovernance.co.uk/?p=3870). "
                  "Copies: a Cover sheet with provider/location/inspection details and a letter RAG key (B/G/A/R), then an Action "
                  "Plan sheet with a title, an italic sub-title, a header row, dark core-service rows (Surgery, Outpatients) merged "
                  "across, each MD/SD finding with its regulation in a merged grey row above its numbered actions, target dates as "
                  "date cells or text (Ongoing, Mar-25), evidence of completion, and a RAG letter on a coloured fill.",
        "reads": "The Princess Grace Hospital's CQC action plan: eight actions (MD1.1-SD2.1) under two core services, each answering "
                 "the must-do or should-do finding written above it. Each has a responsible lead (two where joined by '/' or 'and'), "
                 "a target date and a RAG letter (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.PG_TITLE,
        "actions": acts,
    })


if __name__ == "__main__":
    m.main()
    aviva()
    mod()
    pcnpa()
    symca()
    ss()
    ptc()
    pg()
    print("written")
