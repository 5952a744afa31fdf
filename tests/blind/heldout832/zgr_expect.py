"""Write the NAME.expected.yaml readings for the seven zgr- files (set heldout832).

The readings are a person's reading of each file; the text fields are taken from
the same data zgr_make.py writes into the files so they match character for character.
"""
import os

import yaml

import zgr_make as M

HERE = M.HERE


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": lead, "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def ym(d):
    return None if d is None else f"{d.year:04d}-{d.month:02d}"


def ym_iso(s):
    return None if not s else s[:7]


def ym_uk(s):
    if not s:
        return None
    d, m, y = s.split("/")
    return f"{y}-{m}"


def write(name, doc):
    path = os.path.join(HERE, name + ".expected.yaml")
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=4096)


def raven():
    actions = []
    for audit, recs in M.RAVEN:
        for prio, rec, items in recs:
            for (ref, text, owner, lead, orig, rev, prev, curr, upd, st) in items:
                actions.append(act(ref, [audit, rec], text, lead, ym(rev or orig), st))
    write(M.RAVEN_FILE, {
        "source": "Raven Housing Trust (Surrey housing association), Audit & Risk Committee paper, November 2025: "
                  "internal audit recommendations tracker. No published Raven tracker was found; layout copies "
                  "the trackers housing associations and councils take to audit committees (e.g. Reading BC "
                  "'Implementation of Audit Recommendations Tracker', red/amber/green/blue rating with overdue = red, "
                  "https://democracy.reading.gov.uk/mgAi.aspx?ID=16509; North Devon audit recommendation tracker "
                  "with management requests for revised dates). Features: cover sheet with title, RAG key and "
                  "summary-by-audit totals table; tracker sheet with a grey merged audit-report row (report name and "
                  "assurance opinion) over its recommendations, recommendation and priority merged down over two "
                  "actions, job titles as owners (two in one cell with '/' and ';'), original and revised due dates, "
                  "previous and current RAG letters with fill colours, a blank current RAG for a not-started action.",
        "reads": "A two-sheet workbook: the cover gives the title, the RAG key and a totals table; the Tracker sheet "
                 "lists eight agreed management actions under three internal audit reports, each action under its "
                 "recommendation. The end is the revised due date where one is given, otherwise the original; the "
                 "status is the Current RAG letter (B = complete).",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.RAVEN_TITLE,
        "actions": actions,
    })


def fsni():
    actions = []
    for wsname, items in M.FSNI:
        for (ref, text, owner, lead, base, fc, rag, com, st) in items:
            actions.append(act(ref, [wsname], text, lead, ym(fc), st))
    write(M.FSNI_FILE, {
        "source": "Forensic Science Northern Ireland (NI arm's-length body of the Department of Justice), LIMS "
                  "replacement programme highlight report to its Programme Board, November 2025 (imitation; no "
                  "published FSNI report found). Layout follows PRINCE2-style programme highlight reports "
                  "(status summary with Last period / This period RAG, e.g. https://docest.com/doc/630539/"
                  "highlight-report-template; milestone table with baseline and forecast dates as in the Teal Book "
                  "reporting guidance). Features: title block with SRO/PM/reporting period, overall status table with "
                  "filled RAG letters, summary paragraph, milestones table with the workstream merged down the "
                  "column, RAG shown only by cell fill colour (one cell uncoloured = not started), mmm-yy dates, "
                  "a colour key, a risks/issues table without owners or dates, a decisions line, and a separate "
                  "Document control sheet.",
        "reads": "A one-page highlight report: ten milestones/key actions M1–M10 in five workstreams, each with an "
                 "owner, a baseline and a forecast month and a RAG fill colour. The forecast date is the end; the "
                 "colour is the status (blue complete, uncoloured not started). The status dimensions, risks and "
                 "document-control tables are not actions.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.FSNI_TITLE,
        "actions": actions,
    })


def rspca():
    actions = []
    for group, items in M.RSPCA:
        for (name, person, lead, label, due, ref, over, upd, st) in items:
            actions.append(act(ref, [group], name, lead, ym_iso(due), st))
    write(M.RSPCA_FILE, {
        "source": "RSPCA (charity), action plan agreed with the Charity Commission under a regulatory compliance "
                  "case, tracked on a monday.com board and exported to Excel, 2025 (imitation; the case and its "
                  "content are invented). Layout copies the monday.com board export: board name in the first row, "
                  "each group's name followed by its own repeated column-header row, items as rows, a blank row "
                  "between groups, custom status labels (Complete / On track / At risk / Off track / Not started) "
                  "with label colours, several people in the Person column separated by commas, ISO dates. "
                  "Charity Commission serious-incident-reporting themes from its guidance.",
        "reads": "Nine actions AP1–AP9 in three groups (trustee oversight of safeguarding, serious incident "
                 "reporting, branch governance), each with the responsible people, a status label and a due date; "
                 "AP9 has no due date (six-monthly reporting). Status labels read as RAG: Complete = blue, On track = "
                 "green, At risk = amber, Off track = red, Not started = unrated.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.RSPCA_TITLE,
        "actions": actions,
    })


def bsb():
    actions = []
    for meeting, items in M.BSB:
        for (ref, text, person, lead, date, end, end_text, prog, letter, st) in items:
            actions.append(act(ref, [meeting], text, lead, end, st, end_text))
    write(M.BSB_FILE, {
        "source": "Bar Standards Board (legal services regulator), Board meeting papers November 2025, Annex B "
                  "'Action points and progress' (Part 1 – Public). BSB agendas list 'Matters arising and action "
                  "points – Annex B' (e.g. https://docslib.org/doc/2352709/meeting-of-the-bar-standards-board, "
                  "https://vdocument.in/meeting-of-the-bar-standards-board-thursday-19-march-2020-agenda-part-1-a.html). "
                  "Features: paper reference and Part 1 – Public marking, ANNEX B, status key line, one Word table "
                  "with merged rows per meeting (newest first), minute references such as 14(a), job titles and "
                  "names as owners (two in a cell with ';' and '/'), dates as full dates, months, 'Ongoing', a "
                  "period and a financial-year quarter, status letters B/G/A.",
        "reads": "An action list of eight actions from three Board meetings, each under the meeting it came from, "
                 "with the minute reference, who is responsible, the date required, a progress note and a status "
                 "letter per the key (B completed, G on track, A delayed). 'Ongoing' has no end month; 'Sept 2025 – "
                 "Jan 2026' ends January 2026; 'Q2 2025/26' is September 2025.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.BSB_TITLE,
        "actions": actions,
    })


def hie():
    actions = []
    for section, recs in M.HIE:
        for rec, items in recs:
            for (no, text, officer, lead, timing, end, end_text, prog, rag, st) in items:
                actions.append(act(no, [section, rec], text, lead, end, st, end_text))
    write(M.HIE_FILE, {
        "source": "Highlands and Islands Enterprise (Scottish public body audited under the Auditor General's "
                  "appointment), Audit and Risk Committee paper December 2025: progress on the management action "
                  "plan from the 2024/25 Annual Audit Report (imitation). Columns follow the Audit Scotland annual "
                  "audit report action plan (recommendation, agreed management action, responsible officer, timing) "
                  "plus the progress and RAG columns bodies add when they follow up, as in the Cairngorms NPA "
                  "follow-up paper noting revised due dates (https://cairngorms.co.uk/documents/"
                  "231114arctteepaper4coverinternalauditfollowup/html). Features: bilingual body name, paper number, "
                  "document-control table, purpose paragraph, one table per section (current year / prior years "
                  "b/f), a recommendation merged down over two actions, an action cell of two paragraphs, job titles "
                  "as officers (two with '/'), timing as dates, a month, 'Q3 2025/26', 'By 31 October 2025' and "
                  "'Annually', RAG words with shading, RAG key paragraph.",
        "reads": "Seven agreed management actions: four against the three 2024/25 recommendations (recommendation 2 "
                 "has actions 2(a) and 2(b)) and three brought forward from prior years. Each is read under its "
                 "section heading and its recommendation, with the responsible officer, the timing as end month "
                 "('Annually' has none) and the RAG word (Complete = blue).",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.HIE_TITLE,
        "actions": actions,
    })


def cpp():
    actions = []
    for bucket, tasks in M.CPP:
        for (task, prog, prio, who, lead, start, due, late, comp, labels, desc, st) in tasks:
            actions.append(act(None, [bucket], task, lead, ym_uk(due), st))
    write(M.CPP_FILE, {
        "source": "Cheshire Peaks & Plains Housing Trust (Macclesfield housing association), learning action plan "
                  "after a Housing Ombudsman special (paragraph 49) investigation, kept in Microsoft Planner and "
                  "exported, published as CSV, November 2025 (imitation; the investigation is invented). Layout "
                  "copies Planner's 'Export plan to Excel' sheet with the system Task ID / Created By columns removed: "
                  "Plan name and Date of export lines above the header, Task Name, Bucket Name, Progress (Not started / "
                  "In progress / Completed), Priority, Assigned To with several people separated by ';', dd/mm/yyyy "
                  "dates, Late true/false, Labels used for RAG (Red/Amber/Green) alongside topic labels, Description "
                  "notes (one quoted over two lines).",
        "reads": "Ten tasks in four buckets (complaint handling, repairs and damp & mould, record keeping, learning "
                 "and governance), each with the people assigned and a due date. Completed tasks are complete, Not "
                 "started tasks are unrated, and in-progress tasks carry their RAG in the Labels column. Tasks have "
                 "no refs.",
        "outcome": "read",
        "accept_refusal": False,
        "title": M.CPP_TITLE,
        "actions": actions,
    })


def wirk():
    write(M.WIRK_FILE, {
        "source": "Wirksworth Town Council (Derbyshire), risk register and management action plan 2025/26 as "
                  "reviewed by the Finance & General Purposes Committee, exported from the clerk's spreadsheet as "
                  "tab-separated text (imitation). Layout follows town/parish council risk registers such as "
                  "Tetford & Salmonby PC (Ref, Risk, controls, L/S/RAG, further actions, Resp., date; "
                  "https://tetford.parish.lincolnshire.gov.uk/council-business/risk-register-draft) and Honiton TC "
                  "(https://docsbay.net/honiton-town-council-s9). Features: title lines, scoring note, capitalised "
                  "section rows, L x I scores, further action, responsibility (two in a cell), target dates as "
                  "months/abbreviations/Ongoing, status words.",
        "reads": "Nine risks in three sections, each with a further action, who is responsible, a target date and a "
                 "status. Risk A2 (Town Hall roof) has the target date 'Janaury 2026', a mistyped month, so a careful "
                 "reader stops there and asks before taking the plan in.",
        "outcome": "refuse",
        "accept_refusal": False,
        "refuse_at": M.wirk_refuse_line(),
        "title": M.WIRK_TITLE,
    })


if __name__ == "__main__":
    raven(); fsni(); rspca(); bsb(); hie(); cpp(); wirk()
    print("wrote 7 expected readings")
