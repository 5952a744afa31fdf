"""Write the NAME.expected.yaml files for the zcb- cases from the same text zcb_make.py uses.

Run after zcb_make.py:  /work/main/.venv/bin/python zcb_expected.py
"""
import os
import re

import yaml

import zcb_make as m

HERE = m.HERE


def split_leads(s):
    # the reading of the lead cells used in these files: '/', ';' separate posts or people
    return [p.strip() for p in re.split(r"\s*/\s*|\s*;\s*", s) if p.strip()]


def act(ref, under, text, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": text, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


class Dumper(yaml.SafeDumper):
    pass


def _str(dumper, data):
    if re.fullmatch(r"\d{4}-\d{2}", data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="'")
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


Dumper.add_representer(str, _str)


def write(fname, doc):
    with open(os.path.join(HERE, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1000)


def main():
    m.main()

    # 1 Consumer Council NI
    acts = []
    for audit, recs in m.CC_AUDITS:
        for r in recs:
            acts.append(act(r["ref"], [audit, r["rec"]], r["act"], split_leads(r["lead"]), r["end"], r["status"], r.get("end_text")))
    write(m.CC_FILE, {
        "source": "Imitates an NI arm's-length body's Audit and Risk Assurance Committee paper: the 'Internal Audit "
                  "Recommendations – Implementation Tracker' that NI NDPBs (Consumer Council for Northern Ireland, 2025-26) "
                  "take to each ARAC under the DoF ARAC Handbook (NI). Copied features: cover sheet with committee/agenda "
                  "line and a document-control table; a Summary sheet of counts by Priority 1/2/3 and RAG; the tracker "
                  "sheet with merged audit-report banner rows (audit title, year and assurance level) over numbered "
                  "recommendations, recommendation text beside the 'Accepted. ...' management response, responsible "
                  "officer by post, original and revised target dates, progress update; RAG shown only as cell fill "
                  "colour with the colour meanings on a separate Key sheet (Blue = implemented).",
        "reads": "A workbook whose third sheet is the tracker: four internal audit reports, each a shaded banner row, with "
                 "nine recommendations under them. Each row gives the auditor's recommendation, the agreed management "
                 "action, the officer(s), original and revised dates and a coloured RAG cell; the Cover, Summary and "
                 "Key sheets are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.CC_TITLE,
        "actions": acts,
    })

    # 2 LMC refuse
    write(m.LMC_FILE, {
        "source": "Imitates an NI non-departmental public body's corporate risk register as taken quarterly to its Audit "
                  "and Risk Assurance Committee (Livestock and Meat Commission for Northern Ireland, DAERA sponsored, "
                  "2025-26 Q2). Copied features: title and review line; risk blocks with merged risk number, objective, "
                  "cause/event/effect description, owner, inherent and residual I x L scores (residual score cell "
                  "filled by colour), existing controls, Orange Book risk appetite, several further actions per risk "
                  "with action owner and typed target month, direction-of-travel arrows; notes lines under the table "
                  "and a Guidance sheet with the scoring matrix.",
        "reads": "A corporate risk register of five risks with nine further actions and typed target months. The target "
                 "date of the Board effectiveness self-assessment action under CR4 reads 'Febuary 2026', a mistyped "
                 "month, so a careful reader stops at that row and asks before taking the dates in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": m.LMC_REFUSE_ROW,
        "title": m.LMC_TITLE,
    })

    # 3 Translink HSENI
    acts = []
    for n in m.TL_NOTICES:
        for a in n["acts"]:
            acts.append(act(a["no"], [n["banner"], n["req"]], a["act"], split_leads(a["lead"]), a["end"], a["status"]))
    write(m.TL_FILE, {
        "source": "Imitates a duty-holder's corrective action tracker for Health and Safety Executive for Northern Ireland "
                  "(HSENI) improvement notices, as reported to executive and board safety committees (Translink / "
                  "NITHCo, 2025). Copied features: title band, owner/reporting line, a status key that defines "
                  "G/A/R and C = complete; one merged banner row per notice (notice number, company, site, regulation "
                  "contravened) and the notice's schedule requirement in a vertically merged cell beside the numbered "
                  "corrective actions; compliance date per notice and revised date where HSENI agreed an extension; "
                  "previous and current status letters with fill colour; a second sheet registering the notices.",
        "reads": "Three HSENI improvement notices, each with its requirement and three corrective actions, owner, "
                 "compliance date, any extended date and previous/current status. The current status is read; C means "
                 "complete per the key; the Notices Register sheet lists notices, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.TL_TITLE,
        "actions": acts,
    })

    # 4 Alzheimer's Society
    acts = []
    for meeting, items in m.AS_MEETINGS:
        for a in items:
            acts.append(act(a["ref"], [meeting], a["act"], split_leads(a["lead"]), a["end"], a["status"], a.get("end_text")))
    write(m.AS_FILE, {
        "source": "Imitates a national charity's Board of Trustees rolling action log (matters arising paper) as used by "
                  "large charities governed under the Charity Governance Code (Alzheimer's Society, 2025). Copied "
                  "features: paper number and purpose lines, a coloured status key (Complete/On track/Some slippage/"
                  "Overdue/Not yet started), one table per Board meeting under a meeting heading, owners given as role "
                  "abbreviations with several owners separated by '/', a due cell showing a revised month with the "
                  "original in brackets, shaded status cells, and an abbreviations table at the end.",
        "reads": "A Word paper listing ten actions from three Board meetings, each with a ref, owner role(s), due month, "
                 "status word and update. Complete is read as blue, On track green, Some slippage amber, Overdue red, "
                 "Not yet started unrated; the key and abbreviations tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.AS_TITLE,
        "actions": acts,
    })

    # 5 CCNI
    acts = []
    for ws_title, items in m.CCNI_WS:
        for a in items:
            acts.append(act(a["ref"], [ws_title], a["act"], split_leads(a["lead"]), a["end"], a["status"], a.get("end_text")))
    write(m.CC_NI_FILE, {
        "source": "Imitates a PRINCE2-style programme highlight report for a regulator's digital programme board (Charity "
                  "Commission for Northern Ireland digital services / online annual monitoring return, 2025). Copied "
                  "features: organisation in the page header, report number and reporting period line, document "
                  "control table, overall status table with last-period and this-period RAG by dimension, RAG key "
                  "sentence, narrative summary, one milestone table per workstream with baseline and forecast dates, "
                  "RAG letters with cell shading and 'Complete', a risks and issues table, decisions required as bullets.",
        "reads": "A highlight report whose milestone tables, one per workstream heading, hold eight activities with lead, "
                 "baseline and forecast dates and RAG. The forecast date is the end (one is TBC); the document control, "
                 "overall status and risk tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.CCNI_TITLE,
        "actions": acts,
    })

    # 6 Wivenhoe Planner CSV
    acts = []
    for t in m.WV_TASKS:
        acts.append(act(None, [t["bucket"]], t["name"], split_leads(t["to"]), t["end"], t["status"]))
    write(m.WV_FILE, {
        "source": "Imitates a town council clerk's Microsoft Planner board exported with 'Export plan to Excel' and saved "
                  "as CSV UTF-8 (Wivenhoe Town Council, Essex, governance action plan 2025-26 following internal audit "
                  "and NALC model standing orders). Copied features: the Planner export's plan name / plan ID / export "
                  "date lines above a blank line and the header; buckets as themes; Progress (Not started / In "
                  "progress / Completed), Priority, Assigned To with ';' between people, day-first dates, Late flag, "
                  "Completed Date, colour labels used as RAG, and a multi-line Description; Task ID and checklist "
                  "columns removed before publishing.",
        "reads": "Eleven Planner tasks in five buckets. The task name is the action, the bucket is its heading, Assigned "
                 "To the people and Due date the end; status is blue for Completed, the Red/Amber/Green label for tasks "
                 "in progress, and unrated for Not started.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.WV_TITLE,
        "actions": acts,
    })

    # 7 Queens Cross
    acts = []
    for sec, issues in m.QC_SECTIONS:
        for issue, items in issues:
            for a in items:
                acts.append(act(a["ref"], [sec, issue], a["act"], split_leads(a["lead"]), a["end"], a["status"], a.get("end_text")))
    write(m.QC_FILE, {
        "source": "Imitates a Scottish registered social landlord's improvement plan accompanying its Annual Assurance "
                  "Statement to the Scottish Housing Regulator (Queens Cross Housing Association, Glasgow, AAS 2024; "
                  "SHR's 2023-24 engagement plan for Queens Cross concerned electrical safety, fire detection and its "
                  "development programme). Copied features: a tab-separated plain-text export with title and approval "
                  "lines, one header line, capitalised section lines, numbered issue lines naming the area of "
                  "non-compliance, actions A1.1 etc. with lead post, target date (day-first dates, 'Monthly', 'Q1 "
                  "2025/26'), progress and RAG word; a RAG key line and footer at the end.",
        "reads": "Two sections (tenant and resident safety; governance, assurance and evidence), each with issue lines and "
                 "nine numbered actions in all, with lead, target date, progress and RAG (Complete = blue). Section and "
                 "issue lines are headings, not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": m.QC_TITLE,
        "actions": acts,
    })


if __name__ == "__main__":
    main()
