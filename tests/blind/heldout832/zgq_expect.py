#!/usr/bin/env python3
"""Write the NAME.expected.yaml readings for the zgq- files (set heldout832).

The readings are written down from the same text the generator puts in the files, so that the
expected text matches the file character for character. Run after zgq_make.py.
"""
import datetime as dt
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import zgq_make as M  # noqa: E402

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def month_of(v):
    """Return (end, end_text) for a date cell as a person reads it."""
    if v is None or v == "":
        return None, None
    if isinstance(v, dt.datetime):
        return f"{v.year:04d}-{v.month:02d}", None
    s = v.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
    if m:
        return f"{int(m.group(3)):04d}-{int(m.group(2)):02d}", None
    m = re.fullmatch(r"(?:\d{1,2} )?([A-Za-z]+)[ -](\d{2}|\d{4})", s)
    if m and m.group(1)[:3].lower() in MONTHS:
        y = int(m.group(2))
        y = y + 2000 if y < 100 else y
        return f"{y:04d}-{MONTHS[m.group(1)[:3].lower()]:02d}", None
    m = re.fullmatch(r"(Summer|Autumn) term (\d{4})", s)
    if m:
        return f"{m.group(2)}-{'07' if m.group(1) == 'Summer' else '12'}", s
    m = re.fullmatch(r"Q4 (\d{4})/(\d{2})", s)
    if m:
        return f"20{m.group(2)}-03", s
    if s.startswith("Ongoing") or s == "Termly":
        return None, s
    raise ValueError(s)


def act(ref, under, text, lead, end_cell, status):
    end, end_text = month_of(end_cell)
    a = {"ref": ref, "under": under, "action": text, "lead": lead, "end": end}
    if end_text:
        a["end_text"] = end_text
    a["status"] = status
    return a


def split_leads(s):
    return [p.strip() for p in re.split(r" / |; ", s)]


LETTER = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
WORD = {"Red": "red", "Amber": "amber", "Green": "green", "Blue": "blue", "Complete": "blue"}


def standford():
    acts = []
    for sec, concerns in M.SH_SECTIONS:
        for num, text, agreed, actions in concerns:
            for ref, a, owner, date in actions:
                acts.append(act(ref, [sec, text], a, split_leads(owner), date, "unrated"))
    return {
        "source": "HMPPS action plan responding to HM Inspectorate of Prisons' unannounced inspection of HMP/YOI "
                  "Standford Hill (8–9 and 20–24 October 2024, report published 10 February 2025: two priority and "
                  "three key concerns – communal area cleanliness, under-supervised wing work, prisoners not told "
                  "about ROTL/work and family opportunities, dilapidated OMU and health care buildings with delayed "
                  "expansion, use of force techniques and missing body-worn video; see "
                  "https://www.kentonline.co.uk/sheerness/news/self-harm-and-violence-rare-at-prison-where-inmates-less-319919/). "
                  "Layout copied from published HMPPS action plans (e.g. 'Action Plan: HMP The Verne', "
                  "https://fdocuments.us/document/action-plan-hmp-the-verne-action-plan-submitted-30-june-the-action-plan-confirms.html): "
                  "'Action Plan: HMP …' title, Submitted / A Response to the HMIP Inspection / Report Published lines, "
                  "INTRODUCTION paragraph, Agreed / Partly Agreed / Not Agreed categorisation table, then one Word "
                  "table per section (Priority concerns, Key concerns) with shaded concern rows carrying the "
                  "agreement column and numbered action rows beneath with job-title owners and mixed date formats.",
        "reads": "A prison's published response to its HMIP report: a categorisation table, then two tables, "
                 "Priority concerns and Key concerns. Each concern is a shaded numbered row (1–5) marked Agreed or "
                 "Partly Agreed, with numbered actions (1.1 …) beneath it, each with an action owner (job titles, "
                 "sometimes two) and a target date; there is no RAG or status column, so every action is unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.SH_TITLE,
        "actions": acts,
    }


def barnsley():
    acts = []
    for sec, recs in M.BR_SECTIONS:
        for rec, rtext, agreed, actions in recs:
            for ref, a, owner, target, revised, rag, upd in actions:
                acts.append(act(ref, [sec, rtext], a, split_leads(owner), revised or target, LETTER[rag]))
    return {
        "source": "HMPPS Yorkshire and the Humber region action plan for HM Inspectorate of Probation's first "
                  "inspection of Barnsley and Rotherham PDU (rated Inadequate; high sickness, 28% PO vacancies, "
                  "risk of harm work insufficient, good women's offer; "
                  "https://justiceinspectorates.gov.uk/hmiprobation/?p=24031 and "
                  "https://barnsleychronicle.com/article/29808/probation-provider-deemed-inadequate). Layout follows "
                  "the HMPPS action plan template for HMI Probation reports (Agreed / Partly Agreed / Not Agreed, "
                  "action owner, target date; https://docsbay.net/action-plan-name-of-crc-or-nps-division) as a "
                  "tab-separated export of the regional progress tracker: title lines, header row, addressee lines "
                  "('Barnsley and Rotherham PDU should:', region, HMPPS), recommendation cells left blank on "
                  "continuation rows (merged in the source sheet), separate revised-date column, RAG letters with a "
                  "key line at the foot.",
        "reads": "A tab-separated probation inspection action plan. Recommendations are grouped by who must act "
                 "(the PDU, the region, HMPPS); each numbered recommendation is followed by one or two numbered "
                 "actions with owner, target and sometimes revised date, a B/G/A/R letter explained in the key "
                 "at the foot, and a progress note.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.BR_TITLE,
        "actions": acts,
    }


def humberside():
    acts = []
    for sheet, heading, recs in M.HP_SHEETS:
        for rec, rtext, actions in recs:
            for ref, a, lead, date, rag, upd in actions:
                acts.append(act(ref, [heading, rtext], a, split_leads(lead), date, LETTER[rag]))
    return {
        "source": "Force tracker of the recommendations in HMICFRS 'An inspection of the police response to the "
                  "public disorder in July and August 2024' (Tranche 1 published 18 December 2024: POPS capacity, "
                  "mobilisation, officer well-being; Tranche 2 on intelligence, social media and investigations; "
                  "https://hmicfrs.justiceinspectorates.gov.uk/publications/police-response-to-public-disorder-in-july-and-august-2024-tranche-1/), "
                  "as Humberside Police (Hull disorder, 3 August 2024) would keep it for its Strategic Performance "
                  "Board. Features: cover sheet with document-control table and a colour status key, one sheet per "
                  "tranche with a heading row, recommendation number and text merged vertically over their "
                  "actions, rank/job-title leads (two in some cells), Excel dates, one 'Ongoing', and a Status "
                  "column coded by fill colour only (no text).",
        "reads": "A police workbook tracking HMICFRS recommendations: a cover with version history and a colour "
                 "key, then two sheets (Tranche 1, Tranche 2). Each recommendation spans its one or two force "
                 "actions; each action has a ref, lead, target date, an update, and a status shown only by the "
                 "cell's fill colour (green, amber, red, blue = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.HP_TITLE,
        "actions": acts,
    }


def cambs():
    acts = []
    for head, items in M.CF_AUDITS:
        for ref, pri, a, off, orig, rev, pct, prev, curr, upd in items:
            st = "blue" if curr == "Complete" else LETTER[curr]
            acts.append(act(ref, [head], a, split_leads(off), rev or orig, st))
    return {
        "source": "Internal audit management-action follow-up tracker of the kind fire authorities take to their "
                  "audit/scrutiny committees (e.g. Lancashire Combined Fire Authority internal audit monitoring "
                  "reports; council 'audit recommendation trackers' with original and revised target dates and "
                  "% complete driving RAG, such as Reading BC's), here for Cambridgeshire Fire and Rescue Service "
                  "reporting to the Fire Authority's Overview and Scrutiny Committee. Features: summary sheet with "
                  "per-audit counts and a totals row, actions sheet with audit/assurance band rows merged across, "
                  "High/Medium/Low priority, original and revised dates, % complete, previous and current status "
                  "(letters or 'Complete' with matching fill), key lines under the table.",
        "reads": "A two-sheet internal audit tracker. The Summary sheet only counts actions. The Management "
                 "actions sheet groups agreed actions under four audit headings (with assurance level); each "
                 "action has a ref, priority, responsible officer, original and sometimes revised date, % "
                 "complete, previous and current status, and an update. The current status is the status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.CF_TITLE,
        "actions": acts,
    }


def heriot_watt():
    acts = []
    for head, items in M.HW_RECS:
        for ref, a, leads, tgt, rev, prog, prev, curr in items:
            acts.append(act(ref, [head], a, split_leads(leads), rev or tgt, WORD[curr]))
    return {
        "source": "University action plan responding to a QAA Scotland Quality Enhancement and Standards Review "
                  "(QESR, 2022–24 method: confidence judgement, commendations and a small number of recommendations "
                  "for action, with a published institutional action plan; "
                  "https://www.qaa.ac.uk/scotland/reviewing-quality-in-scotland/scottish-quality-enhancement-arrangements/phase-1-qesr-ilm, "
                  "https://sruc.ac.uk/connect/about-sruc/policies-compliance/compliance/qesr, "
                  "https://www.st-andrews.ac.uk/education/staff/academic-monitoring/enhancement-led-institution-review/), "
                  "here for Heriot-Watt University. Features: cover sheet with document control and version "
                  "history, action plan sheet with each recommendation as a merged band row above its numbered "
                  "actions, several leads in a cell, original and revised target dates as text (June 2025, Oct-25), "
                  "an action with an inner bulleted list, previous and current RAG words, a commendations sheet "
                  "that carries no actions.",
        "reads": "A QESR action plan workbook: cover and version history, then the action plan, where three "
                 "'Recommendation n:' band rows each head two or three numbered actions with leads, target and "
                 "revised dates, progress notes and previous/current RAG (Green, Amber, Complete). The "
                 "Commendations sheet lists good practice only.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.HW_TITLE,
        "actions": acts,
    }


def wrekin():
    acts = []
    for part, areas in M.WK_PARTS:
        for area, items in areas:
            for ref, a, lead, ts, ev, rag in items:
                acts.append(act(ref, [part, area], a, split_leads(lead), ts, WORD[rag]))
    return {
        "source": "Independent school action plan following an ISI inspection under the September 2023 framework "
                  "(Standards met or unmet; 'areas for action' where Standards are not met, for which the school "
                  "submits an action plan to the DfE, and 'recommended next steps'; "
                  "http://www.isi.net/inspection-explained/inspection-handbook/interactive-version/evaluation-and-reporting), "
                  "here for Wrekin College (Shropshire). Features: title, document-control table, RAG key table "
                  "with shaded cells, Part A and Part B headings each followed by its own Word table, area rows "
                  "merged across the table with the numbered area text (A1., B1. …), actions A1.1 etc. with "
                  "job-title leads (two posts in some cells), school-term and 'Termly' timescales, RAG words in "
                  "shaded cells.",
        "reads": "A school's ISI action plan in Word: document control and a RAG key, then Part A (areas for action "
                 "where Standards were not met) and Part B (recommended next steps), each a table in which a "
                 "merged row states the area and the numbered actions below it give lead, timescale, evidence "
                 "and a Blue/Green/Amber status.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.WK_TITLE,
        "actions": acts,
    }


def prestons():
    # find the physical line of the typo
    lines = M.pc_lines()
    bad = [i + 1 for i, l in enumerate(lines) if "Febuary" in l]
    assert len(bad) == 1
    return {
        "source": "FE college post-inspection action plan built on the three areas for improvement in Preston's "
                  "College's 2023 Ofsted full inspection (English and maths high grades; tracking incremental "
                  "steps towards EHCP outcomes for high needs learners; attendance on level 1 and GCSE English and "
                  "maths; https://www.collegewebsites.ac.uk/general-reviews/inspections/prestons-college). Layout: "
                  "CSV saved from the college's Excel plan – title and subtitle rows, header row, area for "
                  "improvement written once on its first action row (merged cell in the source), numbered actions "
                  "with lead, success measure, month-year target date and RAG letter, key and monitoring lines at "
                  "the foot.",
        "reads": "A college post-inspection action plan with three areas for improvement and seven numbered "
                 f"actions. On line {bad[0]} (action 2.2) the target date reads 'Febuary 2024', a mistyped month, "
                 "so a careful reader stops and asks what date was meant before recording the plan.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": bad[0],
        "title": M.PC_TITLE,
    }


def main():
    for name, fn in [(M.SH_NAME, standford), (M.BR_NAME, barnsley), (M.HP_NAME, humberside),
                     (M.CF_NAME, cambs), (M.HW_NAME, heriot_watt), (M.WK_NAME, wrekin),
                     (M.PC_NAME, prestons)]:
        data = fn()
        with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
            yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=100000)
        print("wrote", name + ".expected.yaml", len(data.get("actions", [])), "actions")


if __name__ == "__main__":
    main()
