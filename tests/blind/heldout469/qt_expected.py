"""Write the .expected.yaml readings for the seven qt- files (set heldout469).

The strings come from qt_make.py so the expected text is character-exact;
the reading (under, lead split, end month, status) is decided here by hand.
"""
import os
import yaml

import qt_make as M

HERE = M.HERE


def month(dt):
    return dt.strftime("%Y-%m")


def split_lead(s):
    for sep in (" / ", "; ", " & "):
        if sep in s:
            return [p.strip() for p in s.split(sep)]
    return [s.strip()]


def act(ref, under, text, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": text, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write(name, doc):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000,
                       default_flow_style=False)


RAGWORD = {"Red": "red", "Amber": "amber", "Green": "green", "Complete": "blue"}

# 1 RBFRS -------------------------------------------------------------------
rb_actions = []
for risk, desc, owner, score, actions in M.RBFRS_RISKS:
    for (ref, text, aown, target, tfmt, revised, prev, cur, upd) in actions:
        end_text = None
        if revised is not None:
            end = month(revised)
        elif hasattr(target, "strftime"):
            end = month(target)
        elif target == "Ongoing":
            end, end_text = None, "Ongoing"
        elif target == "Q4 2025/26":
            end = "2026-03"
        elif target == "July 2026":
            end = "2026-07"
        else:
            raise ValueError(target)
        rb_actions.append(act(ref, [risk], text, split_lead(aown), end, RAGWORD[cur], end_text))

write(M.RBFRS_FILE, {
    "source": "Imitates a fire and rescue authority corporate risk register as reported quarterly to its audit and "
              "governance committee (e.g. Royal Berkshire Fire Authority / Lancashire CFA audit committee risk "
              "register appendices, 2025). Copied features: cover sheet with document-control table, risk cell "
              "(ID and title), description, owner and residual score merged down over the risk's several "
              "further-mitigating-action rows, action refs CRR01.1 etc., target and revised date columns, Previous "
              "RAG and Current RAG with words and fills, a notes line, and a separate scoring matrix and RAG key sheet.",
    "reads": "A quarterly risk register: four corporate risks, each with two or three further mitigating actions "
             "listed beside it, with action owner, target (and sometimes revised) date and a previous and current "
             "RAG. A reader takes each mitigating action as an action under its risk, with the current RAG as "
             "status and the revised date where one is given.",
    "outcome": "read",
    "accept_refusal": False,
    "title": M.RBFRS_TITLE,
    "actions": rb_actions,
})

# 2 Sunderland --------------------------------------------------------------
UOS_STATUS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
uos_actions = []
for heading, recs in M.UOS_SECTIONS:
    for pri, rec, acts in recs:
        for (ref, text, officer, orig, rev, rag, upd) in acts:
            end = month(rev if rev is not None else orig)
            uos_actions.append(act(ref, [heading, rec], text, split_lead(officer), end, UOS_STATUS[rag]))

write(M.UOS_FILE, {
    "source": "Imitates a university Audit and Risk Committee internal audit recommendations follow-up tracker "
              "(the kind produced by university internal auditors such as Uniac/RSM, 2025). Copied features: a "
              "Summary sheet with counts by priority and RAG and a RAG key (B = complete), a Tracker sheet with "
              "banded merged rows naming each audit report and its assurance level, the recommendation merged down "
              "over its management actions, priority, responsible officer, original and revised target dates, "
              "letter RAG with fill colour, progress updates, and an assurance-level definitions sheet.",
    "reads": "A tracker of eight agreed management actions from three internal audit reports. Each action sits "
             "under its audit report heading and the auditors' recommendation; the revised date, where one is "
             "given, replaces the original; the RAG letter gives the status, B meaning complete.",
    "outcome": "read",
    "accept_refusal": False,
    "title": M.UOS_TITLE,
    "actions": uos_actions,
})

# 3 ICB ---------------------------------------------------------------------
icb_actions = []
for name, ms in M.ICB_WORKSTREAMS:
    for (ref, text, lead, base, fc, rag, com) in ms:
        end = month(fc) if hasattr(fc, "strftime") else "2026-03"
        icb_actions.append(act(ref, [name], text, split_lead(lead), end, rag))

write(M.ICB_FILE, {
    "source": "Imitates an ICB urgent and emergency care programme highlight report to a system UEC Board (NHS "
              "ICB board/committee packs, 2025). Copied features: title block with reporting period and SRO, "
              "overall programme RAG, key achievements bullets, a RAG key of coloured cells (blue Complete, green "
              "On track, amber At risk, red Off track), a milestone tracker with the workstream merged down column "
              "A, baseline and forecast dates, RAG shown by fill colour only, commentary, and a decisions/"
              "escalations block and next-report line.",
    "reads": "A one-sheet highlight report whose milestone tracker lists eight milestones in four numbered "
             "workstreams, each with a lead, a baseline and a forecast date and a coloured RAG cell. The forecast "
             "date is the current end; the fill colour, read with the key, is the status.",
    "outcome": "read",
    "accept_refusal": False,
    "title": M.ICB_TITLE,
    "actions": icb_actions,
})

# 4 GP ----------------------------------------------------------------------
GP_END = {"31/07/2025": "2025-07", "August 2025": "2025-08", "30/09/2025 (revised 31/10/2025)": "2025-10",
          "Jul-25": "2025-07", "31/08/2025": "2025-08", "December 2025": "2025-12", "Jan 2026": "2026-01"}
GP_STATUS = {"Complete": "blue", "Amber": "amber", "On track": "green", "Not started": "unrated"}
gp_actions = []
for heading, finding, actions in M.GP_NOTICES:
    for (ref, text, lead, when, prog, status) in actions:
        if when.startswith("Ongoing"):
            gp_actions.append(act(ref, [heading, finding], text, split_lead(lead), None, GP_STATUS[status], when))
        else:
            gp_actions.append(act(ref, [heading, finding], text, split_lead(lead), GP_END[when], GP_STATUS[status]))
sh_heading, sh_rows = M.GP_SHOULD
for (ref, should, text, lead, when, status) in sh_rows:
    gp_actions.append(act(ref, [sh_heading, should], text, split_lead(lead), GP_END[when], GP_STATUS[status]))

write(M.GP_FILE, {
    "source": "Imitates a GP practice's action plan sent to CQC after a Requires improvement rating with "
              "requirement notices (the provider action statement practices publish or share with their ICB, "
              "2025). Copied features: title and inspection line, a document-control table, a status key, one "
              "heading per requirement notice (Regulation 12, Regulation 17) with CQC's must-do text as a paragraph "
              "above its own action table, numbered actions with responsible person, completion date (one revised "
              "in the same cell), progress and status words, a separate should-do table, and a sign-off line.",
    "reads": "A Word action plan with two requirement notices, each followed by its table of actions, and a "
             "should-do table where each row gives CQC's suggestion next to the practice's action. A reader takes "
             "eight actions, each under its requirement notice and the must-do text (or under the should-do heading "
             "and the should-do text).",
    "outcome": "read",
    "accept_refusal": False,
    "title": M.GP_TITLE,
    "actions": gp_actions,
})

# 5 School ------------------------------------------------------------------
SCH_END = {"Autumn term 2024": ("2024-12", "Autumn term 2024"),
           "Spring term 2025": ("2025-04", "Spring term 2025"),
           "Summer term 2025": ("2025-07", "Summer term 2025"),
           "October 2024": ("2024-10", None),
           "January 2025": ("2025-01", None),
           "Termly": (None, "Termly")}
# the plan's own key: Green – completed, Amber – in progress, Red – not on track
SCH_STATUS = {"green": "blue", "amber": "amber", "red": "red"}
sch_actions = []
for heading, afi, actions in M.SCH_PRIORITIES:
    for (ref, text, lead, when, succ, mon, rag) in actions:
        end, et = SCH_END[when]
        sch_actions.append(act(ref, [heading, afi], text, split_lead(lead), end, SCH_STATUS[rag], et))

write(M.SCH_FILE, {
    "source": "Imitates a primary school post-Ofsted action plan published on the school website after a Requires "
              "improvement judgement (e.g. Shaw CofE Primary and Herbert Morrison Primary post-Ofsted action plans). "
              "Copied features: centred title and inspection line, an introductory paragraph, a RAG key table in "
              "which green means completed, one table per priority under a Heading 2, the Ofsted area for "
              "improvement in a merged, shaded first row, columns for lead, timescale in school terms, success "
              "criteria and monitoring, RAG shown only by cell shading, and an approval table.",
    "reads": "Three priorities, each with the inspectors' area for improvement and two or three actions. Terms are "
             "read as the month they end (spring 2025 at the Easter holiday, April 2025); Termly has no end month. "
             "By the plan's own key a green cell means the action is completed.",
    "outcome": "read",
    "accept_refusal": False,
    "title": M.SCH_TITLE,
    "actions": sch_actions,
})

# 6 Humberside (refuse) -----------------------------------------------------
write(M.HUM_FILE, {
    "source": "Imitates a police force's action plan for an HMICFRS crime data integrity inspection, exported as "
              "CSV from a force improvement tracker (HMICFRS CDI inspections, 2023–25). Copied features: title and "
              "export line, one row per cause of concern, recommendation and area for improvement with the "
              "HMICFRS finding text beside the force's action, action owner as a post, due dates in mixed forms "
              "(dd/mm/yyyy, Dec-25, Q4 2025/26), RAG words including Blue, and a RAG key line.",
    "reads": "A seven-row CSV tracker of the force's actions against the inspection's cause of concern, "
             "recommendations and areas for improvement. The due date of AFI2 on line 9 reads 'Novmber 2025', a "
             "mistyped month, so a careful reader stops and asks what was meant before reading the plan.",
    "outcome": "refuse",
    "accept_refusal": False,
    "refuse_at": M.HUM_TYPO_LINE,
    "title": M.HUM_TITLE,
})

# 7 Grand Union (txt) -------------------------------------------------------
GU_END = {"31/03/2026": "2026-03", "30/09/2025": "2025-09", "31/12/2025": "2025-12", "Oct-25": "2025-10",
          "31/07/2025": "2025-07", "30/11/2025": "2025-11", "Q3 2025/26": "2025-12", "31/01/2026": "2026-01",
          "March 2026": "2026-03", "June 2026": "2026-06"}
gu_actions = []
for heading, acts in M.GU_STANDARDS:
    for (ref, text, lead, orig, rev, rag, prog) in acts:
        end = GU_END[rev] if rev else GU_END[orig]
        gu_actions.append(act(ref, [heading], text, split_lead(lead), end, RAGWORD[rag]))

write(M.GU_FILE, {
    "source": "Imitates a housing association's consumer standards improvement plan following a Regulator of "
              "Social Housing regulatory judgement, as reported to a board committee (RSH consumer regulation, "
              "2024–25). Copied features: a plain tab-separated text export with a title line, judgement and "
              "committee lines, a header row, one numbered heading line per consumer standard, refs SQ1/TIA1, "
              "accountable lead as a post (two posts in one cell), original and revised dates, RAG words "
              "(Complete, Green, Amber, Red), progress, and a summary totals line and a note at the end.",
    "reads": "Eight actions grouped under the four consumer standards, each with an accountable lead, an original "
             "date, sometimes a revised date, a RAG word and progress. The revised date is the end where given; "
             "Complete means done; the summary and note lines are not actions.",
    "outcome": "read",
    "accept_refusal": False,
    "title": M.GU_TITLE,
    "actions": gu_actions,
})

print("wrote 7 expected files")
