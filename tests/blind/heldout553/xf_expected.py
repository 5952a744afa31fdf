"""Write NAME.expected.yaml for the seven xf- files from the same plan text as xf_make.py.

The reading (ends, statuses, leads) is written out by hand below, file by file.
"""
import os

import yaml

import xf_make as m

HERE = m.HERE


def split_leads(text):
    if text == "JM, RT":
        return ["JM", "RT"]
    for sep in ("; ", " / "):
        if sep in text:
            return [p.strip() for p in text.split(sep)]
    return [text.strip()]


def ym(x):
    return x.strftime("%Y-%m")


MON = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "May": 5, "Jun": 6, "Jul": 7, "Aug": 8,
       "Sep": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def mmm_yy(s):
    mon, yy = s.split("-")
    return "20%s-%02d" % (yy, MON[mon])


def act(ref, under, action, lead, end, status, end_text=None):
    a = {"ref": ref, "under": under, "action": action, "lead": split_leads(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def write(name, doc):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=100)


def head(source, reads, title, outcome="read", refuse_at=None):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": False}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    d["title"] = title
    return d


# 1 ICB BAF ------------------------------------------------------------------
acts = []
fill_status = {"amber": "amber", "green": "green", "red": "red", "blue": "blue", None: "unrated"}
for aim, risks in m.ICB_PLAN:
    for risk, items in risks:
        for a in items:
            end = ym(a["rev"] or a["orig"])
            acts.append(act(a["ref"], [aim, risk], a["action"], a["lead"], end,
                            fill_status[a["fill"]]))
doc = head(
    "Imitates an NHS integrated care board Board Assurance Framework as published in ICB Board "
    "and Audit and Risk Committee papers (NHS Nottingham and Nottinghamshire ICB, 2025/26, "
    "quarterly BAF). Copied features: cover sheet with document-control table and an action RAG "
    "key made of fill-coloured cells; a summary sheet of BAF risk scores by quarter (no actions); "
    "a detail sheet with the four ICB core purposes as strategic-aim band rows, each BAF risk as a "
    "merged band row above its gap-closing actions, job titles as action owners (one with two "
    "posts split by '/', one by ';'), original and revised due dates as real dates, progress "
    "commentary, and a RAG column that carries fill colour only (no text); a closing note line.",
    "A three-sheet workbook: cover/key, a risk-score summary and the BAF detail. On the detail "
    "sheet eight actions sit under four strategic aims and one BAF risk each; the RAG column is "
    "coloured only and is read against the cover-sheet key (blue complete, uncoloured not "
    "started). Where a revised due date is given it is the end.",
    m.ICB_TITLE)
doc["actions"] = acts
write(m.ICB_FILE, doc)

# 2 TWFRS highlight report -----------------------------------------------------
cur_status = {"Green": "green", "Amber": "amber", "Red": "red", "Complete": "blue"}
acts = []
for wsn, items in m.TWFRS_PLAN:
    for a in items:
        acts.append(act(a["ref"], [wsn], a["action"], a["lead"], mmm_yy(a["fc"]),
                        cur_status[a["cur"]]))
doc = head(
    "Imitates a fire and rescue service programme highlight report of the kind taken to a "
    "programme board / fire authority (Tyne and Wear Fire and Rescue Service, Protection "
    "Improvement Programme, October 2025). Copied features: title bar, key-facts block (period, "
    "SRO, programme manager, overall status), summary-of-progress paragraph, a milestones table "
    "with the workstream merged vertically over its milestones, baseline and forecast dates as "
    "Mmm-yy text, previous and current RAG as words with matching fill, commentary, then key "
    "risks/issues and decisions-required blocks, and a second sheet of RAG definitions.",
    "One highlight-report sheet with eight milestones in four workstreams; the forecast date is "
    "the revised end and the current RAG (Complete = blue per the definitions sheet) is the "
    "status. The overall programme status, risks/issues lines and the decision request are not "
    "actions.",
    m.TWFRS_TITLE)
doc["actions"] = acts
write(m.TWFRS_FILE, doc)

# 3 BGU internal audit tracker ----------------------------------------------------
acts = []
for audit, recs in m.BGU_PLAN:
    for rec, pri, items in recs:
        for a in items:
            st = m.BGU_STATUS[a["status"]] or "unrated"
            acts.append(act(a["ref"], [audit, rec], a["action"], a["lead"],
                            ym(a["rev"] or a["orig"]), st))
doc = head(
    "Imitates a university internal audit recommendations follow-up tracker as reported to the "
    "Audit and Risk Committee (Bishop Grosseteste University, November 2025; layout after "
    "internal-audit follow-up appendices used in the HE sector). Copied features: summary sheet "
    "with a priority-by-status count table and totals; tracker sheet with a status key of "
    "fill-coloured words, audit-review band rows with assurance opinion, the recommendation and "
    "its priority merged vertically over one or two agreed management actions, responsible "
    "officers as posts, original and revised target dates, status words with fill, progress "
    "updates.",
    "Nine agreed management actions from three internal audit reviews, each read under its audit "
    "review and the recommendation it answers. Status words follow the sheet's key "
    "(Implemented = blue, Revised date agreed = amber, Overdue = red, Not started = unrated); the "
    "revised target date, where present, is the end. The summary sheet is a totals block, not "
    "actions.",
    m.BGU_TITLE)
doc["actions"] = acts
write(m.BGU_FILE, doc)

# 4 Cavendish Road Surgery -----------------------------------------------------
crs_end = {"12.1": ("2025-07", None), "12.2": ("2025-08", None), "12.3": ("2026-01", None),
           "17.1": ("2025-12", None), "17.2": (None, "Ongoing"), "17.3": ("2025-08", None),
           "18.1": ("2025-11", None), "18.2": ("2025-09", None)}
acts = []
for reg, must, items in m.CRS_PLAN:
    for a in items:
        end, et = crs_end[a["ref"]]
        st = {"Complete": "blue", "Green": "green", "Amber": "amber", "Red": "red"}[a["rag"]]
        acts.append(act(a["ref"], [reg, must], a["action"], a["lead"], end, st, et))
doc = head(
    "Imitates a GP practice's action plan responding to CQC requirement notices after an "
    "inspection rated Requires improvement (Cavendish Road Surgery, 2025), as practices publish "
    "on their websites or send to CQC. Copied features: heading, provider and inspection lines, "
    "a version/document-control table, an introductory paragraph, then one Word table per "
    "regulation breached: a shaded merged row naming the regulation, a merged italic row with "
    "the CQC 'must' text, a header row, and numbered actions with lead, target date, progress "
    "and RAG word; a RAG key paragraph and sign-off line at the end.",
    "Eight actions in three tables (Regulations 12, 17 and 18), each read under the regulation "
    "and the requirement it answers. One action cell holds two paragraphs; one target date gives "
    "an original and a revised date (the revised is the end); 'Ongoing' has no end month. "
    "Complete is blue.",
    m.CRS_TITLE)
doc["actions"] = acts
write(m.CRS_FILE, doc)

# 5 Tudor Grange Academy Worcester -----------------------------------------------
tga_end = {"1.1": ("2025-12", None), "1.2": ("2026-07", None), "1.3": (None, "Termly"),
           "2.1": ("2025-09", None), "2.2": (None, "Fortnightly"), "2.3": ("2025-12", None),
           "3.1": ("2026-02", None), "3.2": ("2026-07", None)}
acts = []
for afi, items in m.TGA_PLAN:
    for a in items:
        end, et = tga_end[a["ref"]]
        st = {"B": "blue", "G": "green", "A": "amber", "R": "red", "": "unrated"}[a["rag"]]
        acts.append(act(a["ref"], [afi], a["action"], a["lead"], end, st, et))
doc = head(
    "Imitates a secondary academy's post-Ofsted action plan published for governors and parents "
    "(Tudor Grange Academy Worcester, Tudor Grange Academies Trust, after a March 2025 "
    "inspection). Copied features: title heading and trust line, a two-column inspection "
    "judgement table, an introductory note quoting 'What does the school need to do to "
    "improve?', a RAG key paragraph (B = complete), one plan table with each area for "
    "improvement as a full-width merged band row above its numbered actions, leads as posts or "
    "initials, timescales as school terms / months / 'Termly', success criteria and monitoring "
    "columns, RAG letters with cell shading; a separate monitoring calendar table after it.",
    "Eight actions under three areas for improvement (AFI 1-3). School terms are read as their "
    "last month (Autumn term 2025 = 2025-12, Summer term 2026 = 2026-07); Termly and "
    "Fortnightly have no end month. The judgement table and the monitoring calendar are not "
    "the plan; the last action has no RAG yet (unrated).",
    m.TGA_TITLE)
doc["actions"] = acts
write(m.TGA_FILE, doc)

# 6 Humberside refuse ----------------------------------------------------------
doc = head(
    "Imitates a police force and OPCC joint audit committee internal audit recommendations "
    "tracker exported to CSV (Humberside Police and OPCC Joint Independent Audit Committee, "
    "October 2025; layout after JIAC/JARAP tracking appendices). Copied features: title line and "
    "'as at' line, one row per recommendation with audit, year, rec number, priority, the "
    "recommendation and agreed action, responsible officer(s), original and revised target "
    "dates, status and update, then a totals line.",
    "A flat CSV of eight audit recommendations with their agreed actions. The Fleet Management "
    "recommendation 1 row (line 9) has the revised target date 'Febuary 2026', a mistyped month: "
    "a careful reader stops there and asks rather than guess the date.",
    m.HUM_TITLE, outcome="refuse", refuse_at=9)
write(m.HUM_FILE, doc)

# 7 Platform Housing Group board action log ----------------------------------------
phg_end = {"BAL/25/03": ("2025-07", None), "BAL/25/07": ("2025-10", None),
           "BAL/25/09": ("2025-09", None), "BAL/25/11": ("2025-11", None),
           "BAL/25/12": ("2026-03", None), "BAL/25/14": ("2025-10", None),
           "BAL/25/15": (None, "Ongoing")}
phg_st = {"Complete": "blue", "On track": "green", "Revised date agreed": "amber",
          "Overdue": "red"}
acts = []
for a in m.PHG_ROWS:
    end, et = phg_end[a["ref"]]
    acts.append(act(a["ref"], [], a["action"], a["lead"], end, phg_st[a["status"]], et))
doc = head(
    "Imitates a housing association Board action log (matters arising) as exported from a "
    "board-pack system to tab-separated text (Platform Housing Group, Board of 25 September "
    "2025). Copied features: title and 'updated following' lines, a flat table with action ref, "
    "meeting date, minute reference, action, owner, due and revised due dates (Mmm-yy, a "
    "financial quarter, Ongoing), status words and update, then a status key line and a note "
    "line.",
    "Seven Board actions with no headings over them. The meeting date and minute columns are not "
    "due dates; a revised due date replaces the due date; Q4 2025/26 is March 2026 and Ongoing "
    "has no end month. Status words follow the key line (Complete blue, On track green, Revised "
    "date agreed amber, Overdue red).",
    m.PHG_TITLE)
doc["actions"] = acts
write(m.PHG_FILE, doc)
print("wrote 7 expected files")
