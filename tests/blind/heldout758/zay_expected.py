#!/usr/bin/env python3
"""Write NAME.expected.yaml for the seven zay- files from the reading held in zay_make.py.

The reading (ref, under, action, lead, end, end_text, status) of every action was
written by hand beside its display values in zay_make.py; this only lays it out.
Run after zay_make.py:  /work/main/.venv/bin/python zay_expected.py
"""
import json
import os

import zay_make as M

HERE = os.path.dirname(os.path.abspath(__file__))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def act(ref, under, a):
    out = dict(ref=ref, under=under, action=a["action"], lead=a["lead"], end=a["end"])
    if a.get("end_text"):
        out["end_text"] = a["end_text"]
    out["status"] = a["status"]
    return out


def emit(name, source, reads, outcome, title, actions=None, refuse_at=None, accept_refusal=False):
    lines = ["source: >-"]
    lines += ["  " + l for l in source.strip().split("\n")]
    lines.append("reads: >-")
    lines += ["  " + l for l in reads.strip().split("\n")]
    lines.append("outcome: " + outcome)
    lines.append("accept_refusal: " + ("true" if accept_refusal else "false"))
    if refuse_at is not None:
        lines.append("refuse_at: %d" % refuse_at)
    if title is not None:
        lines.append("title: " + q(title))
    if actions is not None:
        lines.append("actions:")
        for a in actions:
            lines.append("  - ref: " + ("null" if a["ref"] is None else q(a["ref"])))
            lines.append("    under: " + q(a["under"]))
            lines.append("    action: " + q(a["action"]))
            lines.append("    lead: " + q(a["lead"]))
            lines.append("    end: " + ("null" if a["end"] is None else q(a["end"])))
            if "end_text" in a:
                lines.append("    end_text: " + q(a["end_text"]))
            lines.append("    status: " + a["status"])
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", name + ".expected.yaml", "(%s actions)" % (len(actions) if actions else 0))


def frankland():
    acts = []
    for con in M.FRANKLAND_CONCERNS:
        for a in con["actions"]:
            acts.append(act(a["ref"], [con["section"], con["concern"]], a))
    emit(M.FRANKLAND_FILE,
         """
HMP Frankland (HMPPS, Long Term High Security Estate), 2024, action plan in response to an HMIP full inspection.
Imitates the HMPPS published action plan format (e.g. "Action Plan: HMP Frankland, Action Plan Submitted: 23 June 2020,
A Response to the HMIP Inspection ... Report Published ...", fdocuments.in copy of the HMPPS Prison Finder PDF) updated
for the post-May-2022 HMIP method of priority and key concerns (justiceinspectorates.gov.uk "From recommendations to
concerns"). Copied features: cover sheet with submitted/inspection/published lines, introduction and the
Agreed/Partly Agreed/Not Agreed categorisation table, numbered columns, concern text and response in vertically merged
cells over their actions, PRIORITY CONCERNS / KEY CONCERNS section rows, job titles as owners (two in one cell), target
dates as dates with one "June 2025" and one "Ongoing", and a progress RAG column shaded by fill colour only with the key
on the cover sheet (one cell left unshaded = not yet assessed).
""",
         """
A two-sheet workbook: a cover with the plan's details, categorisations and a colour key, then the action plan. Six
concerns (three priority, three key), each with HMPPS's agreement and response, broken into nine numbered actions with
an owner, a target date and a colour-only RAG cell; a notes line closes the sheet.
""",
         "read", M.FRANKLAND_TITLE, acts)


def herts():
    acts = []
    theme = rec = None
    for row in M.HERTS_ROWS:
        if isinstance(row, tuple):
            if row[0] == "theme":
                theme = row[1]
            else:
                rec = row[1]
            continue
        acts.append(act(row["ref"], [theme, rec], row))
    emit(M.HERTS_FILE,
         """
Hertfordshire Fire and Rescue Service, 2025, tracker of actions against the HMICFRS thematic report "Standards of
behaviour: the handling of misconduct in fire and rescue services" (August 2024, 15 recommendations). Recommendation
wording for 1-3 follows the published text as listed by services
(humbersidefire.gov.uk/about-us/our-inspection/standards-of-behaviour; staffordshirefire.gov.uk progress page);
4, 6 and 9 are abridged.
Copied features: a summary sheet with status counts, a status key that names colours (Complete = blue, At risk = amber,
Off track = red) and a scope note; the tracker with theme rows and full-width "Recommendation N: By <date>, chief fire
officers should ..." rows above numbered actions, HMICFRS deadline and revised date columns, previous and current status
(as words with fill), two owners in one cell separated by "/" or ";", and a progress update column.
""",
         """
A cabinet panel appendix: a summary of nine actions by status, then the tracker. Under two themes, six HMICFRS
recommendations are each followed by one or two numbered service actions with owner, the HMICFRS deadline, a revised
date where slipped, previous and current status and an update. Ends are the revised date where given, else the
deadline; status is the current status as the key defines it.
""",
         "read", M.HERTS_TITLE, acts)


def uob():
    acts = []
    for phase, imps in M.UOB_PLAN:
        for text, alist in imps:
            for a in alist:
                acts.append(act(a["ref"], [phase, text], a))
    emit(M.UOB_FILE,
         """
University of Bedfordshire (School of Teacher Education), 2024-25, ITE partnership improvement plan following an Ofsted
initial teacher education inspection. Follows the Ofsted ITE report structure where each phase (primary, secondary)
has its own "What does the ITE provider need to do to improve?" points (Ofsted ITE inspection framework and handbook,
gov.uk), turned into a university quality plan. Copied features: a document control sheet with owner, approval and
version history; the plan sheet with the phase and the Ofsted improvement point in vertically merged cells over numbered
actions (P1.., S1..); several leads as initials ("KM, JB") or two posts split by "/"; timescales as school terms,
a date, "By 28 February 2025", "Termly" and "Ongoing"; a mid-year progress column; and RAG letters whose key, on its
own sheet, defines G as completed (so green reads as complete) with no blue.
""",
         """
A three-sheet workbook: document control, the improvement plan and a RAG key. Two phases each carry two Ofsted
improvement points, each answered by two or three actions (nine in all) with leads, a timescale, mid-year progress and a
G/A/R rating; the key says G means completed and impact evidenced, so G actions are complete.
""",
         "read", M.UOB_TITLE, acts)


def coventry():
    acts = []
    for sec, rec_no, rec_text, response, alist in M.COV_RECS:
        for a in alist:
            acts.append(act(a["ref"], [sec, rec_text], a))
    emit(M.COV_FILE,
         """
Probation Service - Coventry Probation Delivery Unit (West Midlands region), 2025, HMPPS action plan responding to an HM
Inspectorate of Probation PDU inspection. Follows the HMPPS probation action plan template ("Action Plan: [name of CRC
or NPS Division] - A Response to the HMIProbation Inspection Report", docsbay.net copy) and HMIP PDU reports'
split of recommendations between the PDU and the region (hmiprobation.justiceinspectorates.gov.uk PDU inspections).
Copied features: title and submitted/inspection/published lines, introduction, Agreed/Partly Agreed/Not Agreed table
(not the plan), one heading per section, one Word table per recommendation with a shaded "Recommendation N" row,
the recommendation text row, an HMPPS response row and a header row above numbered actions, two owners in one cell,
target dates as "30 April 2025", "September 2025", "Q3 2025/26" and "Ongoing", and a RAG / progress cell that starts
with the RAG word (or Complete) followed by a progress line.
""",
         """
A Word action plan in two sections (recommendations to the PDU, recommendations to the region). Each of four
recommendations has its own table: the recommendation, HMPPS's response, then one to three numbered actions (eight in
all) with owner, target date and a RAG/progress note whose first word is the rating.
""",
         "read", M.COV_TITLE, acts)


def aberteifi():
    acts = []
    for rec, alist in M.ABER_PLAN:
        for a in alist:
            acts.append(act(None, [rec], a))
    emit(M.ABER_FILE,
         """
Ysgol Uwchradd Aberteifi (Cardigan secondary school, Ceredigion), 2024, post-inspection action plan after an Estyn core
inspection. Follows Estyn's follow-up guidance on post-inspection action plans drawn up by the governing body with the
local authority (estyn.gov.wales inspection guidance, follow-up) and Estyn reports' "R1 ..." recommendations. Copied
features: bilingual title line, a school details table and a colour key table (not the plan), one action table with
full-width shaded recommendation rows "R1: ..." above unnumbered actions, columns for lead, timescale, success criteria,
monitoring and a progress RAG word on a matching fill; timescales as school terms, months and "Ongoing"; leads as job
titles, two posts split by "/", and initials "RJ & EL".
""",
         """
A Word plan: title, inspection and approval dates, school details, a progress key, then one table. Four Estyn
recommendations (R1-R4) are each followed by one to three actions (eight in all) without numbers, each with lead,
timescale, success criteria, monitoring and a Blue/Green/Amber progress rating.
""",
         "read", M.ABER_TITLE, acts)


def hiow():
    emit(M.HIOW_FILE,
         """
Hampshire and Isle of Wight Constabulary, 2025, CSV export of the force's tracker of the HMICFRS recommendations in
"An inspection of vetting, misconduct, and misogyny in the police service" (November 2022), as monitored through PCC
responses and the HMICFRS review of progress (hmicfrs.justiceinspectorates.gov.uk annex to Home Secretary's letter,
May 2023; surrey-pcc.gov.uk and warwickshire-pcc.gov.uk responses). Copied features: title, report and export lines
above the header, one row per recommendation with reference, area, recommendation text, force action, owner(s),
original and revised due dates as Mmm-yyyy, status and latest update, and a totals/status summary below. The revised
due date of VMM-R17 is typed "0ct-2025" (zero for the letter O).
""",
         """
A tracker export of nine HMICFRS recommendations, each with one force action, owner, original and revised due dates and
status. One revised due date reads "0ct-2025", a mistyped month: a careful reader stops and asks rather than guess.
""",
         "refuse", M.HIOW_TITLE, None, refuse_at=M.HIOW_TYPO_LINE)


def hurst():
    acts = []
    for sec, step, alist in M.HURST_PLAN:
        for a in alist:
            acts.append(act(a["ref"], [sec, step], a))
    emit(M.HURST_FILE,
         """
Hurstpierpoint College (independent boarding school, West Sussex), 2025, post-inspection action plan after an ISI
routine inspection under the 2023 framework, whose reports give recommended next steps by framework area
(isi.net inspection framework; DfE Independent School Action Plan Guidance as summarised by hcrlaw.com, steps with the
date by which each is taken). Laid out as a plain text export: school name and plan title, ruled lines, prepared/
approved/position lines, a status key that maps words to colours (Delayed = amber), sections named after the ISI
framework areas, a "Recommended next step (ISI):" label with the step on the next line, numbered action blocks with
Lead/Due/Status/Update lines, update continuation lines, and a closing review line.
""",
         """
A text action plan in four sections, each with the ISI recommended next step and two or three numbered actions (nine
in all). Each action has a lead (two posts in some), a due month, term or frequency, and a status word read through the
key (Complete = blue, On track = green, Delayed = amber, Not started = unrated).
""",
         "read", M.HURST_TITLE, acts)


if __name__ == "__main__":
    M.main()
    frankland()
    herts()
    uob()
    coventry()
    aberteifi()
    hiow()
    hurst()
