#!/usr/bin/env python3
"""Write the tt-*.expected.yaml readings from the action tables in tt_make.py."""
import os

import yaml

import tt_make as M

HERE = M.HERE

META = {
    M.HOSPICE_FILE: dict(
        title=M.HOSPICE_TITLE,
        acts=[a for _, blocks in M.HOSPICE_SECTIONS for _, aa in blocks for a in aa],
        source=(
            "Imitates the CQC post-inspection action plan an independent hospice charity "
            "(St Helena Hospice, Colchester, 2025) takes to its Quality & Governance Committee, "
            "laid out like published hospice CQC action plans: heading and inspection line, "
            "document control table, RAG key table with coloured cells, one Word table per CQC "
            "key question under a Heading 2, a merged full-width row carrying each Must do / "
            "Should do with its regulation above its numbered actions, RAG words with matching "
            "cell shading, notes paragraph and a sign-off table."),
        reads=(
            "A hospice CQC action plan with two key-question sections (Safe, Well-led). Each "
            "table starts with a merged must-do or should-do row and then its numbered actions "
            "with lead, completion date, progress and RAG; the document control, RAG key and "
            "sign-off tables are not the plan. Eight actions."),
    ),
    M.SELLA_FILE: dict(
        title=M.SELLA_TITLE,
        acts=[a for _, _, aa in M.SELLA_SECTIONS for a in aa],
        source=(
            "Imitates a Sellafield Ltd (NDA subsidiary) improvement plan answering ONR's "
            "significantly enhanced regulatory attention for cyber security (2024-25), in the "
            "style of regulator-facing improvement plans: OFFICIAL marking, version history "
            "table, Part A summary table of counts by status with a status key paragraph, Part B "
            "with a Heading 2 per workstream, the Regulatory Issue text as a bold paragraph "
            "above its own table, original and revised target date columns, status words with "
            "cell shading."),
        reads=(
            "An improvement plan in three workstreams, each answering one ONR Regulatory Issue "
            "with a small table of numbered actions, owners (job titles, some two to a cell), "
            "original and revised targets and a status. The revised target, where given, is the "
            "end; the status key maps On track/At risk/Off track to green/amber/red and Complete "
            "to blue. Version history and summary tables are not actions. Eight actions."),
    ),
    M.EMCCA_FILE: dict(
        title=M.EMCCA_TITLE,
        acts=[a for _, recs in M.EMCCA for _, _, aa in recs for a in aa],
        source=(
            "Imitates an internal audit recommendations tracker a combined authority (East "
            "Midlands Combined County Authority, 2025) reports to its Audit and Governance "
            "Committee: a Summary sheet of counts by audit with a totals row, a Tracker sheet "
            "with a title block, merged audit-title band rows, recommendation and priority cells "
            "merged down over their management actions, original and revised target dates as "
            "real dates, Previous RAG and Current RAG letter columns with fill colours, progress "
            "updates, and a Key sheet."),
        reads=(
            "Four audits, each a band row, with recommendations and the agreed management "
            "actions under them. The end is the revised target date where there is one, else "
            "the original; the status is the Current RAG letter (B = complete). The Summary and "
            "Key sheets are not actions. Nine actions."),
    ),
    M.GD_FILE: dict(
        title=M.GD_TITLE,
        acts=[a for _, risks in M.GD for r in risks for a in r[-1]],
        source=(
            "Imitates the strategic risk register a national charity (Guide Dogs, 2025/26) "
            "presents to its Audit and Risk Committee, following the Charity Commission CC26 "
            "style: title and review-date lines, theme band rows, each risk's ID/title, cause, "
            "risk owner and inherent/residual scores merged down over its further actions, "
            "score cells filled by colour, trend arrows, action refs, action owner, mixed target "
            "dates (mmm-yy dates, dd/mm/yyyy text, quarters, a period, Ongoing/Quarterly/TBC), "
            "action status words with fill, and a scoring matrix and status key on a second "
            "sheet."),
        reads=(
            "Six strategic risks in three themes, each with one or two further actions. A person "
            "reads each action under its theme and risk, takes the action owner (not the risk "
            "owner) as the lead and the action status as the RAG (Behind schedule = amber per "
            "the key). The scoring sheet is not part of the plan. Ten actions."),
    ),
    M.RAD_FILE: dict(
        title=M.RAD_TITLE,
        acts=[a for _, _, aa in M.RAD for a in aa],
        source=(
            "Imitates an independent boarding school's action plan after an ISI routine "
            "inspection under the 2023 framework (Radley College, 2025-26) where all Standards "
            "were met and the report gave recommended next steps: ISI framework area and "
            "numbered next step merged down over the actions, no action refs, responsibility as "
            "job titles, Oxford-style term timescales (Michaelmas, Summer, half term, Termly), a "
            "RAG column coloured by fill only, a key below the table that makes green mean "
            "Completed, and an inspection summary sheet."),
        reads=(
            "Four ISI next steps, each under its framework area, with one to three actions. "
            "The RAG cells have no text: green is Completed per the key (read as blue), amber in "
            "progress, red not on track, no fill unrated. Terms end in their last month. The "
            "inspection summary sheet is not actions. Seven actions."),
    ),
    M.ST_FILE: dict(
        title=M.ST_TITLE,
        acts=M.ST,
        refuse_at=M.ST_REFUSE_LINE,
        source=(
            "Imitates a water company's delivery tracker for commitments made to Ofwat in its "
            "wastewater (sewage treatment works) enforcement case (Severn Trent Water, 2025), "
            "exported to CSV from a SharePoint list: title and export-date lines, a blank row, "
            "header, commitment filled down on every row, Mon-YYYY due dates, RAG words."),
        reads=(
            "Eight actions under three commitments. Action 2.2 (line 9) has the due date "
            "'Dce-2025', a mistyped month; a careful reader stops and asks whether December "
            "2025 was meant before importing."),
    ),
    M.TH_FILE: dict(
        title=M.TH_TITLE,
        acts=[a for _, aa in M.TH for a in aa],
        source=(
            "Imitates a town council's action plan responding to its internal auditor's "
            "2024/25 report (Thame Town Council), as a tab-separated text export: title, "
            "auditor and committee lines, a RAG key line, header row, lettered section lines "
            "(A. Books of account ...), one row per recommendation with the auditor's "
            "recommendation before the council's action, RFO/Clerk posts as responsible, a "
            "continuation line carrying the end of one action, and a totals and note line "
            "at the end."),
        reads=(
            "Eight internal audit recommendations in five sections, each with the council's "
            "response/action, responsible officer, target date and a B/G/A/R rating. Action B1 "
            "runs on to a second line. The key, totals and note lines are not actions."),
    ),
}


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper, v):
    style = '"' if ("\n" in v or (len(v) == 7 and v[4] == "-" and v[:4].isdigit())) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", v, style=style)


_Dumper.add_representer(str, _str)


def reading(a):
    d = {"ref": a["ref"], "under": list(a["under"]), "action": a["action"],
         "lead": list(a["lead"]), "end": a["end"]}
    if a.get("end_text"):
        d["end_text"] = a["end_text"]
    d["status"] = a["status"]
    return d


def main():
    for name, meta in META.items():
        refuse = "refuse_at" in meta
        y = {"source": meta["source"], "reads": meta["reads"],
             "outcome": "refuse" if refuse else "read", "accept_refusal": False}
        if refuse:
            y["refuse_at"] = meta["refuse_at"]
        y["title"] = meta["title"]
        if not refuse:
            y["actions"] = [reading(a) for a in meta["acts"]]
        out = os.path.join(HERE, name + ".expected.yaml")
        assert os.path.basename(out).startswith("tt-")
        with open(out, "w", encoding="utf-8") as f:
            yaml.dump(y, f, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
        print("wrote", os.path.basename(out))


if __name__ == "__main__":
    main()
