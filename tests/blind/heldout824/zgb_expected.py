"""Write NAME.expected.yaml for the seven zgb- files (set heldout824).

The readings are written down by hand in zgb_make.py next to each action (lead, end,
status); this script lays them out in the FORMAT.md shape. Text fields are taken from
the same strings the files are built from, so they match the files character for
character.
"""
import os
import re

import yaml

import zgb_make as M

HERE = M.HERE


def act(ref, under, action, exp):
    d = {"ref": ref, "under": list(under), "action": action, "lead": list(exp["lead"]),
         "end": exp["end"]}
    if "end_text" in exp:
        d["end_text"] = exp["end_text"]
    d["status"] = exp["status"]
    return d


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    if "\n" in data or re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


Dumper.add_representer(str, _str)


def write(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=4096,
                  default_flow_style=False)


def nrs():
    acts = [act(r["no"], [r["issue"], r["rec"]], r["action"], r["exp"]) for r in M.NRS_ROWS]
    write(M.NRS_FILE, {
        "source": (
            "Imitates an Audit and Risk Committee progress paper of a Scottish public body "
            "(National Records of Scotland, 2025/26) on the external auditor's Annual Audit Report "
            "2024/25 action plan. Copies the Audit Scotland annual audit report action-plan layout "
            "(Issue/risk with a bold title and a 'Risk –' line, Recommendation, Agreed management "
            "action/timing with 'Responsible officer:' and 'Agreed date:' lines in the same cell, "
            "b/f rows for prior-year recommendations with original and revised dates), plus the "
            "body's own progress and fill-coloured RAG columns, a document-control table and a RAG "
            "key table after the plan. No single published URL; layout from Audit Scotland AARs and "
            "management reports (e.g. readkong.com NHS Fife management report 2019/20)."),
        "reads": (
            "A landscape Word paper: title, paper details table, one intro paragraph, then one "
            "action-plan table of eight rows (recommendations 1-5 and b/f 1-3). Each row's agreed "
            "management action is the action; its responsible officer and agreed (or revised) date "
            "sit as lines beneath it in the same cell, and the RAG column gives the status; the key "
            "table at the end is not part of the plan."),
        "outcome": "read",
        "accept_refusal": False,
        "title": M.NRS_TITLE,
        "actions": acts,
    })


def fold():
    acts = []
    for sec, afis in M.FOLD_SECTIONS:
        for afi in afis:
            for a in afi["actions"]:
                acts.append(act(a["ref"], [sec, afi["text"]], a["action"], a["exp"]))
    write(M.FOLD_FILE, {
        "source": (
            "Imitates a Northern Ireland housing association's internal action plan on an RQIA "
            "domiciliary care agency inspection QIP (Fold Housing Association, 2025; would "
            "publish to its governance group). Copies the RQIA QIP structure: sections 'Action "
            "required to ensure compliance with The Domiciliary Care Agencies Regulations (Northern "
            "Ireland) 2007' and '... Minimum Standards, 2021', each area for improvement stated as "
            "'Area for improvement N  Ref: Regulation/Standard  Stated: First time' with the "
            "requirement text, here as merged rows above numbered actions; one table per section; "
            "RAG shown only by cell fill colour with a colour key table; service details table on "
            "the cover. Layout from RQIA inspection reports and provider guidance (rqia.org.uk)."),
        "reads": (
            "A Word action plan with a service details table, then two section headings each over "
            "a table. Inside each table a shaded full-width row gives the area for improvement and "
            "the actions 1.1-4.2 follow with responsible person, timescale, progress and an "
            "uncoloured-text RAG cell whose fill gives the status (uncoloured = not started); the "
            "final table is the colour key."),
        "outcome": "read",
        "accept_refusal": False,
        "title": M.FOLD_TITLE,
        "actions": acts,
    })


def sja():
    acts = []
    for blocks in (M.SJA_OPEN, M.SJA_CLOSED):
        for audit, recs in blocks:
            for rref, rtext, prio, aa in recs:
                for a in aa:
                    acts.append(act(a["ref"], [audit, rtext], a["action"], a["exp"]))
    write(M.SJA_FILE, {
        "source": (
            "Imitates a charity's Audit and Risk Committee internal audit recommendations tracker "
            "(St John Ambulance, March 2026 meeting). Copies features of charity and public-body "
            "ARC trackers: a summary sheet with counts by priority and RAG, audit report heading "
            "rows (merged, with assurance opinion), the recommendation above its agreed actions, "
            "original and revised due dates (revised in bold italics), previous and current RAG as "
            "fill-coloured words, a notes line, a separate sheet for actions closed since the last "
            "meeting and a RAG key sheet. Layout modelled on committee trackers such as the North "
            "Devon Governance Committee audit recommendation tracker tables."),
        "reads": (
            "Four sheets. 'Summary' and 'RAG key' hold no actions. 'Open recommendations' has three "
            "audit headings, each with recommendations (SG-1, FL-1, FL-2, CY-1, CY-2) and their "
            "numbered actions; 'Closed since last ARC' has two more audits with one closed action "
            "each. Status is the Current RAG; the revised due date, where given, is the end."),
        "outcome": "read",
        "accept_refusal": False,
        "title": M.SJA_TITLE,
        "actions": acts,
    })


def isha():
    acts = []
    for group, items in M.ISHA_GROUPS:
        for it in items:
            exp = dict(it["exp"], end_text=it["timeline"])  # a period: ends in its last month
            acts.append(act(None, [group], it["name"], exp))
    write(M.ISHA_FILE, {
        "source": (
            "Imitates a housing association's self-assessment action plan against the Housing "
            "Ombudsman's 'Spotlight on attitudes, respect and rights – relationship of equals' "
            "report (January 2024), as exported from a monday.com board (Islington and Shoreditch "
            "Housing Association, 2025). Copies the monday.com Excel export: board name in A1, each "
            "group as a coloured heading row followed by its own column header row, items with a "
            "people column (comma-separated names), a custom status label column (Complete / On "
            "track / At risk / Off track / Not started), a timeline column as 'start - end', and a "
            "blank row between groups; items carry no reference numbers. Spotlight report: "
            "housing-ombudsman.org.uk (Centre for Learning podcast season 4 episode 4)."),
        "reads": (
            "One sheet: the board title, then four groups (themes) each with a header row and two "
            "or three actions. Each action has one or two named owners, a status label and a "
            "timeline whose end date gives the month."),
        "outcome": "read",
        "accept_refusal": False,
        "title": M.ISHA_TITLE,
        "actions": acts,
    })


def pcc():
    acts = []
    for rk in M.PCC_RISKS:
        for a in rk["actions"]:
            acts.append(act(a["ref"], [rk["desc"]], a["action"], a["exp"]))
    write(M.PCC_FILE, {
        "source": (
            "Imitates a Northern Ireland arm's-length body's corporate risk register with actions "
            "(Patient and Client Council, 2025/26 Q3, for its Audit and Risk Assurance Committee). "
            "Copies the NI ALB register style (e.g. Charity Commission for Northern Ireland "
            "corporate risk register on docsbay.net): a summary sheet listing each corporate risk "
            "with inherent/residual scores and change since last review, risk and status keys as "
            "notes lines, and a detailed sheet where the risk number, description, owner, controls "
            "and fill-coloured residual score are merged down over the further actions, each with "
            "action owner, target date, a G/A/R/B status letter and progress."),
        "reads": (
            "Two sheets. The summary sheet lists four risks (no actions). The register sheet has "
            "eight actions CR1.1-CR4.1 under four risks; the fill colours on the residual scores "
            "are risk ratings, not action status, which is the G/A/R/B letter explained by the key "
            "on the summary sheet."),
        "outcome": "read",
        "accept_refusal": False,
        "title": M.PCC_TITLE,
        "actions": acts,
    })


def hos():
    acts = []
    for meeting, aa in M.HOS_MEETINGS:
        for a in aa:
            acts.append(act(a["ref"], [meeting], a["action"], a["exp"]))
    write(M.HOS_FILE, {
        "source": (
            "Imitates an arm's-length body's Board action log exported from Smartsheet to CSV "
            "(Housing Ombudsman Service, Board meetings September 2025 to January 2026). Copies the "
            "Smartsheet CSV export: a single header row and no title, parent rows (one per Board "
            "meeting) exported as rows with only the primary column filled, UK day-first short "
            "dates (dd/mm/yy), the RYGB symbol column exported as Red/Yellow/Green/Blue, and "
            "multi-line cells quoted with embedded line breaks."),
        "reads": (
            "A CSV with three meeting rows, each followed by three actions with a minute reference, "
            "owner(s), due date, status and RAG. Yellow is the Smartsheet name for amber; Blue with "
            "status Complete is complete; one action has no RAG and is not started."),
        "outcome": "read",
        "accept_refusal": False,
        "actions": acts,
    })


def dtc():
    write(M.DTC_FILE, {
        "source": (
            "Imitates an English town council's internal audit action plan (Dereham Town Council, "
            "2024/25 internal audit, responses agreed June 2025) saved as tab-separated text. "
            "Copies the local council internal audit report arranged by the AGAR internal control "
            "objectives (as in the Dursley Town Council internal audit report on docsbay.net and "
            "the Wetherby Town Council report's findings and recommendations), with the council's "
            "agreed action, responsible officer (RFO, Town Clerk), target month and status."),
        "reads": (
            "A title line, two report lines, then a tab-separated table of eight numbered "
            "recommendations with agreed actions. Item 5 has the target date 'Octber 2025', a "
            "mistyped month, so a careful reader stops and asks before reading the plan."),
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": M.DTC_REFUSE_LINE,
        "title": M.DTC_TITLE,
    })


if __name__ == "__main__":
    nrs(); fold(); sja(); isha(); pcc(); hos(); dtc()
    print("wrote 7 expected.yaml files")
