"""Write the NAME.expected.yaml readings for the zfh- cases (rebuilds the data files first)."""
import os

import yaml

import zfh_make as m

META = {
    "tate": dict(
        source=("Imitates a national museum's Audit Committee internal audit recommendations tracker "
                "(Tate, position at 31 October 2025), in the form of the recommendation-tracker appendices "
                "that audit committees publish (e.g. North Devon Governance Committee 'Audit Recommendation "
                "Tracker' with live/completed tables and extension requests). Copied features: a Summary tab "
                "of counts by priority, audit-report heading rows (merged, with assurance level), the "
                "recommendation beside its agreed management action, job-title owners (two posts split by "
                "'/'), original and revised due dates (revised in bold red), a status shown by fill colour "
                "only with the key on a separate Key tab, and a separate Implemented tab."),
        reads=("Four internal audit reports on the 'Open recommendations' tab carry seven recommendations, each "
               "with its agreed action, owner, original and revised dates and a colour-only status read from "
               "the Key tab; the 'Implemented' tab lists two more, marked Implemented in blue. The Summary and "
               "Key tabs hold no actions."),
        title=m.TATE_TITLE),
    "ofqual": dict(
        source=("Imitates Ofqual's strategic risk register as reported to its Audit and Risk Assurance "
                "Committee (risks as described in Ofqual annual reports 2022-24 and Chief Regulator's board "
                "reports; layout after ALB strategic risk registers such as HCPC's): one block per risk with "
                "vertically merged cause-event-effect description, owner, inherent/residual/target scores "
                "and trend, and one row per further mitigating action with owner, due and progress; a "
                "separate scoring-matrix tab."),
        reads=("Four strategic risks, each with two or three further mitigating actions. The due cell of the "
               "second SR3 action (sheet row 11) reads 'Febuary 2026', a mistyped month, so a careful reader "
               "stops and asks there."),
        title=m.OFQUAL_TITLE),
    "lra": dict(
        source=("Imitates a Northern Ireland NDPB's Audit and Risk Assurance Committee action log (Labour "
                "Relations Agency, updated for 4 December 2025; cf. NI Assembly Commission audit committee "
                "minutes and NIAO audit committee guidance). Copied features: merged meeting-date rows "
                "grouping actions, action number and minute reference, responsible officer as job titles "
                "('CE/Board Chair' two posts, 'Head of HR & OD' one), target dates in mixed forms including "
                "'Jun-25 (revised Dec-25)' and 'Next meeting', previous and current RAG letters with fills, "
                "a key line above and a count line below."),
        reads=("Eight committee actions under three meetings (March, June, September 2025), each with a "
               "responsible officer, a target date and a current RAG letter (B = complete, proposed for "
               "closure) beside the previous one; the status is the current RAG."),
        title=m.LRA_TITLE),
    "rnib": dict(
        source=("Imitates RNIB's progress reporting on the Action Plan agreed with the Charity Commission after "
                "the 2018-2020 statutory inquiry (gov.uk 'Charity Inquiry: The Royal National Institute of "
                "Blind People (226227) and RNIB Charity (1156629)', 25 June 2020; RNIB 'RNIB publishes "
                "progress report'), as a September 2022 report to the Board of Trustees. Copied features: "
                "title page lines, a document-control table, a RAG key table, one table per theme, merged "
                "'Required outcome' rows above their actions, a two-paragraph action cell, original and "
                "revised dates in one cell, a 'Quarterly' target, shaded RAG cells, and next-steps prose."),
        reads=("Four themes, each a heading over its own table; in three of them a merged 'Required outcome' "
               "row heads the actions beneath it. Eight numbered actions with a lead, target date, progress "
               "and RAG word (Complete = blue per the key)."),
        title=m.RNIB_TITLE),
    "oscr": dict(
        source=("Imitates an OSCR programme highlight report on implementing the Charities (Regulation and "
                "Administration) (Scotland) Act 2023 (commencement from 1 April 2024; trustee details "
                "collection and publication of all accounts in 2025, per OSCR's 'Changes to charity law' "
                "pages). Standard highlight-report layout: header table with SRO, period and overall "
                "previous/current status, summary, achievements bullets, a deliverables table with "
                "vertically merged workstream cells, baseline and forecast dates, previous and current RAG "
                "(shaded), then risks/issues and decisions as prose and a RAG key line."),
        reads=("Seven deliverables under three workstreams, each with an owner, baseline and forecast dates "
               "and previous/current RAG; the forecast date is the end and the current RAG the status. The "
               "header table, bullets and risks are not actions."),
        title=m.OSCR_TITLE),
    "btc": dict(
        source=("Imitates a town council clerk's Microsoft Planner plan for the internal audit / AGAR action "
                "plan (Berkhamsted Town Council, 2025-26), exported with 'Export plan to Excel' and saved as "
                "CSV UTF-8. Copied features: Planner's preamble rows (Plan name, Plan ID, Date of export), its "
                "standard columns (Task ID, Task Name, Bucket Name, Progress, Priority, Assigned To with "
                "people separated by ';', dd/mm/yyyy dates, Late, Labels used as RAG, Description)."),
        reads=("Eight Planner tasks in four buckets; each task name is the action, Assigned To the lead(s), "
               "Due date the end. Completed tasks are complete; in-progress tasks carry a Red/Amber/Green "
               "label; not-started tasks have no RAG."),
        title=m.BTC_PLAN),
    "ulth": dict(
        source=("Imitates the improvement action plan a trust keeps after the ICO reprimand issued to United "
                "Lincolnshire Teaching Hospitals NHS Trust (decided 13 December 2024, published 19 December "
                "2024) for failing to answer about 32% of subject access requests on time (ICO reprimand; "
                "GDPRhub summary), exported as tab-separated text. Copied features: organisation and title "
                "lines, an owner/version line, a RAG key line, a header row, single-field 'ICO "
                "recommendation' lines above numbered actions, original and revised due columns "
                "('Q3 2025/26', 'End of June 2025', 'Ongoing', 'Monthly'), and summary/next-review lines."),
        reads=("Four ICO recommendations, each a line above its numbered actions (nine in all) with lead, "
               "original and revised due dates, a RAG word and evidence. The revised due date, where given, "
               "is the end."),
        title=m.ULTH_TITLE),
}


def dump(name, meta, actions=None, refuse_at=None):
    doc = dict(source=meta["source"], reads=meta["reads"])
    if refuse_at is not None:
        doc["outcome"] = "refuse"
        doc["accept_refusal"] = False
        doc["refuse_at"] = refuse_at
        doc["title"] = meta["title"]
    else:
        doc["outcome"] = "read"
        doc["accept_refusal"] = False
        doc["title"] = meta["title"]
        doc["actions"] = actions
    path = os.path.join(m.HERE, name + ".expected.yaml")
    assert os.path.basename(path).startswith("zfh-")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100)
    print("wrote", os.path.basename(path))


if __name__ == "__main__":
    n, a = m.build_tate(); dump(n, META["tate"], a)
    n, row = m.build_ofqual(); dump(n, META["ofqual"], refuse_at=row)
    n, a = m.build_lra(); dump(n, META["lra"], a)
    n, a = m.build_rnib(); dump(n, META["rnib"], a)
    n, a = m.build_oscr(); dump(n, META["oscr"], a)
    n, a = m.build_btc(); dump(n, META["btc"], a)
    n, a = m.build_ulth(); dump(n, META["ulth"], a)
