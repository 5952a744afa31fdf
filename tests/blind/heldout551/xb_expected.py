"""Write NAME.expected.yaml for the seven xb- files (the reading a person makes of each).

The action texts are taken from the data in xb_make.py (so they are character-exact); the
reading of refs, headings, leads, end months and status is written out here by hand.
"""
import json
import os

import xb_make as M

HERE = os.path.dirname(os.path.abspath(__file__))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(key, text):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 96:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return key + ": >-\n" + "".join("  " + ln + "\n" for ln in lines)


def write(name, source, reads, outcome, title, actions=None, accept_refusal=False, refuse_at=None):
    y = block("source", source) + block("reads", reads)
    y += "outcome: %s\n" % outcome
    y += "accept_refusal: %s\n" % ("true" if accept_refusal else "false")
    if refuse_at is not None:
        y += "refuse_at: %d\n" % refuse_at
    if title is not None:
        y += "title: %s\n" % q(title)
    if actions is not None:
        y += "actions:\n"
        for a in actions:
            y += "  - ref: %s\n" % ("null" if a["ref"] is None else q(a["ref"]))
            y += "    under: [%s]\n" % ", ".join(q(u) for u in a["under"])
            y += "    action: %s\n" % q(a["action"])
            y += "    lead: [%s]\n" % ", ".join(q(x) for x in a["lead"])
            y += "    end: %s\n" % ("null" if a["end"] is None else q(a["end"]))
            if a.get("end_text") is not None:
                y += "    end_text: %s\n" % q(a["end_text"])
            y += "    status: %s\n" % a["status"]
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(y)


def A(ref, under, action, lead, end, status, end_text=None):
    return dict(ref=ref, under=under, action=action, lead=lead, end=end, status=status, end_text=end_text)


# 1. Dudley BAF -------------------------------------------------------------
def dudley():
    R = {r["id"]: r for r in M.DUDLEY_RISKS}
    t = lambda rid, i: R[rid]["actions"][i][2]
    h = lambda rid, g: [R[rid]["heading"], g + " – " + dict(R[rid]["gaps"])[g]]
    acts = [
        A("1a", h("SR1", "G1"), t("SR1", 0), ["Chief Nursing Information Officer"], "2026-01", "amber"),
        A("1b", h("SR1", "G1"), t("SR1", 1), ["Deputy Chief Nurse", "Head of Clinical Education"], "2025-12", "green"),
        A("1c", h("SR1", "G2"), t("SR1", 2), ["Chief Medical Officer"], "2025-06", "blue"),
        A("2a", h("SR2", "G1"), t("SR2", 0), ["Chief People Officer"], "2026-03", "green"),
        A("2b", h("SR2", "G1"), t("SR2", 1), ["Head of Organisational Development"], "2026-02", "amber"),
        A("2c", h("SR2", "G2"), t("SR2", 2), ["Deputy Medical Director (Workforce)"], "2026-03", "green"),
        A("3a", h("SR3", "G1"), t("SR3", 0), ["Director of Estates and Facilities"], "2026-03", "red"),
        A("3b", h("SR3", "G2"), t("SR3", 1), ["Chief Digital Information Officer"], "2026-01", "amber"),
    ]
    write(M.DUDLEY_FILE,
          "Imitates an NHS foundation trust Board Assurance Framework reported quarterly to the public "
          "Board (The Dudley Group NHSFT, 2025/26, Q3; layout after published trust BAFs such as EEAST's "
          "BAF update and NLAG's BAF, and GGI's BAF guidance). Copied features: cover sheet with title "
          "line, document-control table and an action status key (Complete/On track/At risk/Off track "
          "with blue/green/amber/red fills); a summary sheet of strategic risks with scores, trend and a "
          "totals line; one sheet per strategic risk with a merged dark heading, risk description, "
          "executive lead, scores, key controls, then one table in which each gap in control ('G1 – "
          "...') is a merged grey row above the actions that address it, with original and revised due "
          "dates, progress update and a worded status with matching fill; job titles as leads, one cell with two posts, one 'Q4 2025/26' "
          "due date and one action text with a line break.",
          "A Board Assurance Framework for three strategic risks. Each risk sheet lists its gaps in "
          "control, each followed by the actions that close it (eight in all; under the risk and the gap), each with a lead, an original and "
          "sometimes a revised due date (the revised one is the end) and a status worded per the key on "
          "the cover (At risk = amber, Off track = red). The cover, summary, risk details and gap rows are not actions.",
          "read", M.DUDLEY_TITLE, acts)


# 2. Notts ICB ARC action log ---------------------------------------------------
def notts():
    t = [a[3] for a in M.NOTTS_ACTIONS]
    acts = [
        A("ARC 24/112", [], t[0], ["Director of Corporate Affairs"], "2025-06", "red"),
        A("ARC 25/018", [], t[1], ["Director of Nursing", "Head of All Age Continuing Care"], "2025-09", "blue"),
        A("ARC 25/041", [], t[2], ["Head of Governance"], "2026-02", "amber"),
        A("ARC 25/057", [], t[3], ["Senior Information Risk Owner"], "2025-12", "blue"),
        A("ARC 25/058", [], t[4], ["External Audit Engagement Lead"], None, "amber", end_text="Ongoing"),
        A("ARC 25/066", [], t[5], ["Local Counter Fraud Specialist"], "2026-02", "amber"),
        A("ARC 25/067", [], t[6], ["BW", "KD"], "2025-11", "blue"),
    ]
    write(M.NOTTS_FILE,
          "Imitates an ICB Audit and Risk Committee action log published with committee papers (NHS "
          "Nottingham and Nottinghamshire ICB, December 2025; layout after ICB and trust committee "
          "action logs and council audit committee action trackers). Copied features: organisation name "
          "in the page header only, a heading 'Audit and Risk Committee Action Log', an intro line, a "
          "three-row colour key table in which green means complete (proposed for closure), then one "
          "landscape table: action number, meeting date, minute ref, action, lead, due date, update and "
          "a RAG column shaded with no text; one due cell with an original and a revised date on two "
          "lines, one 'Ongoing', one lead cell with two posts and one with two sets of initials.",
          "An action log of seven committee actions, each with its action number, lead, due date, "
          "update and a shaded RAG cell. The key redefines green as complete (so green cells read as "
          "complete); red is overdue and amber in progress. The key table and closing line are not "
          "actions, and there are no headings over the actions.",
          "read", M.NOTTS_TITLE, acts)


# 3. Orchard Surgery ---------------------------------------------------------
def orchard():
    rows = [r for r in M.ORCHARD_ROWS if not isinstance(r, str)]
    s12 = "MUST DO – Regulation 12: Safe care and treatment"
    s17 = "MUST DO – Regulation 17: Good governance"
    sd = "SHOULD DO"
    f = {r[0]: r[1] for r in rows}
    a = {r[0]: r[2] for r in rows}
    acts = [
        A("1.1", [s12, f["1.1"]], a["1.1"], ["Clinical Pharmacist"], "2025-07", "blue"),
        A("1.2", [s12, f["1.1"]], a["1.2"], ["Dr P Hale (GP Partner)"], "2025-08", "blue"),
        A("1.3", [s12, f["1.3"]], a["1.3"], ["Nurse Manager", "Healthcare Assistant"], "2025-06", "blue"),
        A("2.1", [s17, f["2.1"]], a["2.1"], ["Practice Manager", "Dr S Mistry"], "2025-07", "blue"),
        A("2.2", [s17, f["2.1"]], a["2.2"], ["Clinical Pharmacist"], "2025-09", "green"),
        A("2.3", [s17, f["2.3"]], a["2.3"], ["Practice Manager"], "2025-10", "green"),
        A("3.1", [sd, f["3.1"]], a["3.1"], ["Practice Manager", "PCN Digital Lead"], "2025-12", "unrated"),
        A("3.2", [sd, f["3.2"]], a["3.2"], ["Nurse Manager"], None, "green",
          end_text="Ongoing – reviewed monthly"),
    ]
    write(M.ORCHARD_FILE,
          "Imitates a GP practice's post-CQC-inspection action plan as practices publish on their "
          "websites (CQC encourages GP practices to publish action plans; must-do breaches of Regulation "
          "12 and 17 plus should-dos), saved from Excel as tab-delimited text (Orchard Surgery, inspected "
          "May 2025, Requires improvement). Copied features: title line and two metadata lines (dates, "
          "rating, provider, registered manager) as label/value tab pairs, a header row, section rows "
          "('MUST DO – Regulation 12: ...', 'SHOULD DO') with trailing empty cells, the CQC finding in "
          "column 2 only on the first of its actions (merged in the original, blank below), several "
          "responsible people in one cell ('&', '/'), target dates as dd/mm/yyyy, 'Sep-25' and "
          "'Ongoing – reviewed monthly', a worded status, a status key line and a review note at the end.",
          "A CQC action plan of eight actions under three sections (two must-do regulations and the "
          "should-dos). Each action answers the CQC finding written beside it or, where that cell is "
          "blank, the finding above it. Statuses are Complete (blue), On track (green) and Not started; "
          "the metadata, key and review note are not actions.",
          "read", M.ORCHARD_TITLE, acts)


# 4. Northamptonshire Police (refuse) --------------------------------------------
def northants():
    write(M.NORTHANTS_FILE,
          "Imitates a police force's action plan responding to an HMICFRS/HMI Prisons unannounced police "
          "custody inspection (causes of concern, recommendations and areas for improvement), exported "
          "from a tracker as CSV (Northamptonshire Police, report August 2024, plan updated February "
          "2025; structure after published force and PCC responses to custody inspection reports). "
          "Copied features: title and report lines, a plan owner / last updated line, a header row with "
          "ref, type, recommendation text, action, owner, original and revised targets, RAG letter and "
          "update; the cause-of-concern text only on the first of its two actions; a summary line at the "
          "end.",
          "A custody inspection action plan of nine actions. On line 8 (R1) the revised target, which is "
          "the end date for that action, reads 'Febuary 2025' – a mistyped month; a careful reader would "
          "stop and ask what was meant rather than guess.",
          "refuse", M.NORTHANTS_TITLE, None, refuse_at=M.northants_refuse_line())


# 5. Avon FRS highlight report --------------------------------------------------
def avon():
    acts = []
    lead_map = {"Director of People / Head of Legal Services": ["Director of People", "Head of Legal Services"],
                "Head of Corporate Planning & Risk Manager": ["Head of Corporate Planning", "Risk Manager"]}
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red", None: "unrated"}
    for name, _l, ms in M.AVON_WS:
        for (ref, text, lead, base, fc, prev, cur, comm) in ms:
            if isinstance(fc, str):
                end, et = None, fc
            else:
                end, et = "%04d-%02d" % (fc.year, fc.month), None
            acts.append(A(ref, [name], text, lead_map.get(lead, [lead]), end, colour[cur], end_text=et))
    # hand check of the derived reading
    exp_end = ["2025-09", "2026-01", "2025-11", "2026-03", "2026-03", "2026-02", "2025-10", "2025-12",
               "2025-08", None]
    exp_status = ["blue", "amber", "green", "unrated", "amber", "red", "blue", "green", "blue", "green"]
    assert [a["end"] for a in acts] == exp_end
    assert [a["status"] for a in acts] == exp_status
    write(M.AVON_FILE,
          "Imitates a fire and rescue service improvement programme highlight report to its programme "
          "board after an HMICFRS inspection (Avon Fire & Rescue Service, November 2025; layout after "
          "FRS HMICFRS improvement plans and progress updates such as Leicestershire FRS and Shropshire "
          "FRS, and programme highlight reports). Copied features: a summary sheet with title, "
          "reporting period, SRO, overall RAG (current and previous), a workstream summary table with "
          "previous/current RAG fills and a totals row, achievements and escalations as bullet lines, "
          "and a RAG key with blue = complete; a milestone sheet with the workstream name in a merged "
          "cell down its rows, baseline and forecast dates (mmm-yy), previous and current RAG as "
          "fill-only cells, two leads in one cell ('/' and '&'), one milestone not yet rated and one "
          "'Quarterly'.",
          "A highlight report whose actions are the ten milestones on the 'Milestone tracker' sheet, "
          "grouped under three workstreams. Each has a lead, a baseline and a forecast date (the forecast "
          "is the end) and previous/current RAG shown only by fill colour; the status is the current "
          "RAG. The summary sheet's workstream rows, bullets and key are not actions.",
          "read", M.AVON_TITLE, acts)


# 6. Oakfield Primary -----------------------------------------------------------
def oakfield():
    P = M.OAKFIELD_PRIORITIES
    acts = []
    leads = {"1.1": ["Reading Lead"], "1.2": ["Reading Lead", "EYFS Lead"], "1.3": ["KT", "JB"],
             "2.1": ["DHT (Curriculum)"], "2.2": ["HT"], "2.3": ["Subject leaders"],
             "3.1": ["School Business Manager"], "3.2": ["Attendance Officer", "Family Support Worker"]}
    ends = {"1.1": ("2024-09", None), "1.2": ("2024-12", None), "1.3": ("2025-04", None),
            "2.1": ("2025-04", None), "2.2": (None, "Termly"), "2.3": ("2025-07", None),
            "3.1": ("2024-10", None), "3.2": ("2025-07", None)}
    status = {"1.1": "blue", "1.2": "green", "1.3": "amber", "2.1": "green", "2.2": "green",
              "2.3": "unrated", "3.1": "blue", "3.2": "red"}
    for heading, afi, rows in P:
        for r in rows:
            ref = r[0]
            e, et = ends[ref]
            acts.append(A(ref, [heading, afi], r[1], leads[ref], e, status[ref], end_text=et))
    write(M.OAKFIELD_FILE,
          "Imitates a primary school's post-Ofsted action plan after a Requires improvement judgement "
          "(Oakfield Primary School, inspected June 2024, plan for 2024–25; layout after published "
          "school post-Ofsted action plans such as Shaw CofE Primary's, with The Key's guidance on "
          "governors' monitoring). Copied features: title, inspection summary paragraph, a "
          "document-control table, a RAG key paragraph (blue complete, no colour not started), then per "
          "priority a heading, a bold 'Area for improvement' label with the inspectors' wording in "
          "italics, and its own table (ref, action, lead, timescale, monitored by, success criteria, RAG "
          "shaded with no text); terms as timescales, 'Termly', initials and two posts as leads, an "
          "action with a line break, and a sign-off table at the end.",
          "A post-Ofsted plan of eight actions under three priorities, each priority answering the area "
          "for improvement quoted under its heading. Timescales are months or school terms (Autumn term "
          "2024 = December, Spring term 2025 = April, Summer term 2025 = July; Termly has no month); "
          "status is the shading of the RAG cell read with the key. 'Monitored by' is not the lead.",
          "read", M.OAKFIELD_TITLE, acts)


# 7. emh group -------------------------------------------------------------------
def emh():
    leads = {"SQ3": ["Head of Compliance", "Building Safety Manager"],
             "TIA3": ["Complaints Manager", "Tenant Engagement Manager"]}
    ends = {"SQ1": ("2026-03", None), "SQ2": ("2026-06", None), "SQ3": ("2025-09", None),
            "TIA1": ("2026-03", None), "TIA2": ("2025-06", None), "TIA3": (None, "Quarterly"),
            "NC1": ("2025-12", None), "NC2": ("2025-10", None), "T1": ("2026-01", None),
            "T2": (None, "Ongoing")}
    colour = {"B": "blue", "G": "green", "A": "amber", "R": "red"}
    acts = []
    for _sheet, heading, reqs in M.EMH_SHEETS:
        for req, _sa, rows in reqs:
            for (ref, act, owner, target, prog, rag) in rows:
                e, et = ends[ref]
                acts.append(A(ref, [heading, req], act, leads.get(ref, [owner]), e, colour[rag], end_text=et))
    write(M.EMH_FILE,
          "Imitates a housing association's action plan from its self-assessment against the Regulator "
          "of Social Housing consumer standards in force from April 2024 (emh group, 2025/26, reported "
          "to a customer services committee; layout after published consumer standards "
          "self-assessments such as Castles & Coasts HA's, with 'further strengthening' actions per "
          "required outcome). Copied features: a summary sheet with title, counts of actions by "
          "standard and RAG with a totals row, a RAG key line (B = complete) and a note; one sheet per "
          "standard with a merged heading, the requirement and self-assessment in cells merged down "
          "their actions, action refs (SQ1, TIA2 ...), owners as job titles (two in one cell with ';' or "
          "'&', one title containing '&'), target dates as dates, 'Q4 2025/26', 'Quarterly' and "
          "'Ongoing', and RAG letters with matching fill.",
          "A consumer standards action plan of ten actions across four sheets, one per standard; each "
          "action sits under its standard and the requirement (numbered outcome) beside it. The summary "
          "sheet is a count, not actions; the self-assessment column (Compliant / Partially compliant) "
          "is not a heading.",
          "read", M.EMH_TITLE, acts)


def main():
    dudley()
    notts()
    orchard()
    northants()
    avon()
    oakfield()
    emh()
    print("wrote 7 expected files")


if __name__ == "__main__":
    main()
