"""Write the NAME.expected.yaml readings for the seven zdp- files.

The readings follow /work/blind/FORMAT.md; the month/status/lead decisions are spelt out per
action below (not derived by any parser), using the same text tables as zdp_make.py so that
the action text is character-for-character the file's text.
"""
import os

import yaml

import zdp_make as M

HERE = os.path.dirname(os.path.abspath(__file__))


class Q(str):
    pass


def _q(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')


yaml.SafeDumper.add_representer(Q, _q)


def act(ref, under, text, lead, end, status, end_text=None):
    d = {"ref": Q(ref) if ref is not None else None,
         "under": [Q(u) for u in under],
         "action": Q(text),
         "lead": [Q(x) for x in lead],
         "end": Q(end) if end else None}
    if end_text is not None:
        d["end_text"] = Q(end_text)
    d["status"] = status
    return d


def write(name, doc):
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False, width=100000)


def header(source, reads, outcome="read", accept_refusal=False, refuse_at=None, title=None):
    d = {"source": source, "reads": reads, "outcome": outcome, "accept_refusal": accept_refusal}
    if refuse_at is not None:
        d["refuse_at"] = refuse_at
    if title is not None:
        d["title"] = Q(title)
    return d


# 1. Isos ------------------------------------------------------------------
def isos():
    A = M.ISOS_AUDITS
    R = M.ISOS_REC
    g, i, c, f = A[0][0], A[1][0], A[2][0], A[3][0]
    acts = [
        act("GAS.1a", [g, R["GAS1"]], A[0][1][0][2][0][1], ["Head of Building Safety & Compliance"], "2025-06", "blue"),
        act("GAS.1b", [g, R["GAS1"]], A[0][1][0][2][1][1], ["Head of Building Safety & Compliance", "Procurement Manager"], "2025-12", "amber"),
        act("GAS.2", [g, R["GAS2"]], A[0][1][1][2][0][1], ["Compliance Manager (Gas)"], "2025-04", "blue"),
        act("INC.1", [i, R["INC1"]], A[1][1][0][2][0][1], ["Head of Income and Tenancy Services"], "2026-01", "amber"),
        act("INC.2", [i, R["INC2"]], A[1][1][1][2][0][1], ["Financial Controller"], "2025-09", "red"),
        act("CYB.1a", [c, R["CYB1"]], A[2][1][0][2][0][1], ["Head of ICT"], "2025-11", "green"),
        act("CYB.1b", [c, R["CYB1"]], A[2][1][0][2][1][1], ["Head of ICT", "Data Protection Officer"], "2025-11", "green"),
        act("CYB.2", [c, R["CYB2"]], A[2][1][1][2][0][1], ["Data Protection Officer"], "2026-01", "unrated"),
        act("CMP.1", [f, R["CMP1"]], A[3][1][0][2][0][1], ["Customer Experience Manager"], "2025-07", "blue"),
    ]
    d = header(
        "Imitates a housing association Audit & Risk Committee internal audit recommendations tracker "
        "(Isos Housing, Newcastle; 2025), in the style of registered providers' ARC packs and council audit "
        "recommendation trackers (e.g. Reading BC 'Implementation of Audit Recommendations Tracker', North Devon "
        "'Audit Recommendation Tracker' with requested extensions). Copied features: cover sheet with a colour-only "
        "RAG key, a Summary sheet of counts by priority, Tracker sheet with a merged title, merged grey audit-report "
        "rows (audit name and assurance opinion), priority and recommendation cells merged down over two management "
        "actions, original and revised due dates as date cells, progress column and a RAG column shown only by fill "
        "colour (one left uncoloured = not yet due).",
        "Three sheets; the plan is the Tracker sheet. Nine agreed management actions under four audit reports, each "
        "answering the recommendation to its left; where a revised due date is given it replaces the original, and "
        "the RAG is read from the fill colour with the cover sheet's key (blue = complete, no colour = not yet due).",
        title=M.ISOS_TITLE)
    d["actions"] = acts
    write(M.ISOS_NAME, d)


# 2. CJS -------------------------------------------------------------------
def cjs():
    S = M.CJS_SECTIONS
    a, b = S[0][0], S[1][0]
    r1, r2, r3, r4 = S[0][1][0], S[0][1][1], S[1][1][0], S[1][1][1]
    acts = [
        act("SR01.1", [a, r1[0]], r1[7][0][1], ["Head of Corporate Services"], "2026-03", "amber"),
        act("SR01.2", [a, r1[0]], r1[7][1][1], ["Head of Corporate Services", "HR Business Partner"], "2026-03", "amber", end_text="Q4 2025/26"),
        act("SR02.1", [a, r2[0]], r2[7][0][1], ["Digital and Information Manager"], "2025-12", "green"),
        act("SR02.2", [a, r2[0]], r2[7][1][1], ["Digital and Information Manager"], "2025-11", "blue"),
        act("SR02.3", [a, r2[0]], r2[7][2][1], ["Digital and Information Manager"], None, "green", end_text="Ongoing"),
        act("SR03.1", [b, r3[0]], r3[7][0][1], ["Improvement Lead (Partnerships)"], "2026-02", "green"),
        act("SR03.2", [b, r3[0]], r3[7][1][1], ["Head of Improvement"], "2026-06", "green"),
        act("SR04.1", [b, r4[0]], r4[7][0][1], ["Head of Improvement", "Data Protection Officer"], "2026-03", "amber", end_text="Sept 2025 – March 2026"),
        act("SR04.2", [b, r4[0]], r4[7][1][1], ["Chief Executive"], None, "red", end_text="TBC"),
    ]
    d = header(
        "Imitates a Scottish non-departmental public body's strategic (corporate) risk register reported to its Audit "
        "and Risk Committee (Community Justice Scotland, 2025-26), following the pattern of Scottish public bodies' "
        "registers and frameworks (Revenue Scotland, Forestry and Land Scotland risk frameworks; Scottish Government "
        "divisional risk registers released under FOI: risk description, scores, mitigations, owners, RAG). Copied "
        "features: Guidance sheet with scoring bands, appetite levels and action RAG key; register sheet with a merged "
        "title and review line, section rows, risk cells (ID and title, description, owner, inherent/residual scores, "
        "appetite, controls) merged down over two or three further mitigating actions, action owner, target dates in "
        "mixed forms (mmm-yy and dd/mm/yyyy date cells, 'Q4 2025/26', a month range, 'Ongoing', 'TBC') and Previous "
        "and Current RAG words with fills; a Version history sheet.",
        "A strategic risk register with four risks in two sections; beneath each risk are its further mitigating "
        "actions, nine in all, each with an action owner, a target date and previous and current RAG. The Guidance "
        "and Version history sheets hold no actions; status is the Current RAG ('Complete' = blue).",
        title=M.CJS_TITLE)
    d["actions"] = acts
    write(M.CJS_NAME, d)


# 3. FCC -------------------------------------------------------------------
def fcc():
    N = M.FCC_NOTICES
    n1, n2, n3 = N[0][0], N[1][0], N[2][0]
    k1, k2, k3 = N[0][2], N[1][2], N[2][2]
    acts = [
        act(None, [n1], k1[0][0], ["Gareth Holloway"], "2025-10", "blue"),
        act(None, [n1], k1[1][0], ["Gareth Holloway", "Sam Okafor"], "2025-11", "amber"),
        act(None, [n1], k1[2][0], ["Sam Okafor"], "2025-11", "green"),
        act(None, [n2], k2[0][0], ["Marek Zielinski"], "2025-11", "green"),
        act(None, [n2], k2[1][0], ["Marek Zielinski"], "2025-11", "red"),
        act(None, [n2], k2[2][0], ["Leanne Pryce"], "2026-05", "unrated"),
        act(None, [n3], k3[0][0], ["Leanne Pryce"], "2025-12", "green"),
        act(None, [n3], k3[1][0], ["Leanne Pryce", "Gareth Holloway"], "2026-01", "amber"),
    ]
    d = header(
        "Imitates a waste company's tracker of actions to comply with HSE improvement notices after a waste and "
        "recycling sector inspection (FCC Environment, a transfer station, 2025), kept in Smartsheet and exported to "
        "Excel (HSE waste and recycling inspection initiatives on workplace transport, machinery guarding/isolation "
        "and bioaerosol/noise health surveillance). Copied features of a Smartsheet Excel export: no title rows, "
        "header row first, parent rows (one per improvement notice) with the actions as indented child rows grouped "
        "with Excel outline levels, a multi-contact 'Assigned To' column with comma-separated names, dd/mm/yy date "
        "cells, Status column, RAG symbol column exported as the words Red/Yellow/Green/Blue (one blank), "
        "% Complete and Latest Comment.",
        "A flat Smartsheet export with no title: three improvement notices as bold parent rows, each with its "
        "compliance actions indented beneath (eight actions, no refs). Each action has named assignees, a due date "
        "and a RAG word; Yellow reads as amber, Blue as complete and the blank RAG on a not-started action as unrated.")
    d["actions"] = acts
    write(M.FCC_NAME, d)


# 4. Fire Fighters Charity -------------------------------------------------
def ffc():
    P = M.FFC_PRINCIPLES
    out = []
    ends = {"March 2026": "2026-03", "December 2025": "2025-12", "November 2025": "2025-11",
            "February 2026": "2026-02", "October 2025": "2025-10", "By 30 June 2026": "2026-06",
            "July 2026": "2026-07", "September 2026": "2026-09", "Ongoing": None}
    stat = {"Complete": "blue", "On track": "green", "Delayed": "amber", "Not achieved": "red", "Not started": "unrated"}
    leads = {"Chair of Nominations Committee / Head of Governance": ["Chair of Nominations Committee", "Head of Governance"],
             "Chair of Trustees; CEO": ["Chair of Trustees", "CEO"]}
    for heading, groups in P:
        for finding, acts in groups:
            under = [heading] + ([finding] if finding else [])
            for (ref, text, lead, when, status) in acts:
                e = ends[when]
                out.append(act(ref, under, text, leads.get(lead, [lead]), e, stat[status],
                               end_text=when if e is None else None))
    assert len(out) == 10
    d = header(
        "Imitates a national charity's action plan from a trustee self-assessment against the Charity Governance "
        "Code (2020 edition, seven principles; cf. the Code's assessment templates 'Recommended practice / evidence / "
        "areas for improvement') – The Fire Fighters Charity, 2025-26. Copied features: title and approval line, a "
        "document-control table, an introduction, a status key table with shaded cells (Complete, On track, Delayed, "
        "Not achieved, Not started), then one heading and one table per Code principle; inside a table a shaded "
        "merged row states the finding, followed by its numbered actions with lead, timescale and a shaded status "
        "cell; two principles have actions with no finding row.",
        "A Word action plan: after document control and a status key, five principle sections each hold a table of "
        "actions (ten in all), most grouped under a finding row spanning the table. Leads are posts (two cells name "
        "two posts); timescales are months, one 'By 30 June 2026' and one 'Ongoing'; status words map by the key.",
        title=M.FFC_TITLE)
    d["actions"] = out
    write(M.FFC_NAME, d)


# 5. NISCC -----------------------------------------------------------------
def niscc():
    W = M.NISCC_WS
    out = []
    ends = {"31/10/2025": "2025-10", "23/01/2026": "2026-01", "16/01/2026": "2026-01", "19/12/2025": "2025-12",
            "30/01/2026": "2026-01", "February 2026": "2026-02", "March 2026": "2026-03", "14/11/2025": "2025-11",
            "TBC": None}
    stat = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
    leads = {"Test Manager / Information Governance Manager": ["Test Manager", "Information Governance Manager"]}
    for heading, rows in W:
        for (no, text, owner, base, rev, rag, upd) in rows:
            when = rev or base
            e = ends[when]
            out.append(act(no, [heading], text, leads.get(owner, [owner]), e, stat[rag],
                           end_text=when if e is None else None))
    assert len(out) == 9
    d = header(
        "Imitates a Northern Ireland arm's-length body's programme highlight report to its Programme Board "
        "(Northern Ireland Social Care Council, replacement of the registration / online portal and fitness to "
        "practise system, report No. 14, October 2025), on the PRINCE2 highlight-report pattern (status summary "
        "last/this period by dimension, work packages, issues and risks, decisions). Copied features: title and "
        "reporting period, a programme details table, a status summary table with Last period / This period RAG "
        "letters, a RAG key line (B = complete), one numbered section and table per workstream with milestone, "
        "owner, baseline and revised dates, shaded RAG letter and update, then bulleted risks and issues and "
        "decisions required.",
        "A Word highlight report. Only the four workstream tables hold actions (nine milestones/actions, numbered "
        "1.1–4.2); the details and status-summary tables, risks and decisions are not actions. Where a revised date "
        "is given it is the end; one date is TBC; status is the RAG letter (B = complete per the key).",
        title=M.NISCC_TITLE)
    d["actions"] = out
    write(M.NISCC_NAME, d)


# 6. Dursley (refuse) ------------------------------------------------------
def dtc():
    line = next(i for i, r in enumerate(M.DTC_ROWS, start=1) if "Febuary 2026" in r)
    d = header(
        "Imitates a town council's action plan responding to its independent internal auditor's year-end report "
        "for the AGAR (Dursley Town Council, 2024/25; cf. Dursley TC's published independent internal audit reports "
        "arranged under the AGAR internal-control headings, Scribe bookkeeping, JPAG practitioners' guide). Copied "
        "features: a spreadsheet saved as CSV with trailing empty columns, title/subtitle/adoption lines, header "
        "row, one row per recommendation with the AGAR control objective (A, B, C, E, G, H; B repeated), the "
        "auditor's recommendation, the action agreed, responsible officer(s), target month, progress and status, "
        "then a status key and a prepared-by line.",
        "A clerk's seven-row action plan. Item 5 (cemetery fees) has the target date 'Febuary 2026', a mistyped "
        "month in the end cell, so a careful reader stops there and asks before reading the plan.",
        outcome="refuse", refuse_at=line, title=M.DTC_TITLE)
    write(M.DTC_NAME, d)


# 7. HIS -------------------------------------------------------------------
def his():
    out = []
    ends = {"04/09/2025": "2025-09", "27/11/2025": "2025-11", "September 2025": "2025-09",
            "March 2026 meeting": "2026-03", "Jan-26": "2026-01", "31/01/2026": "2026-01", "Ongoing": None}
    etext = {"March 2026 meeting": "March 2026 meeting", "Ongoing": "Ongoing"}
    leads = {"AR/KD": ["AR", "KD"]}
    rag = {"G": "green", "A": "amber", "R": "red"}
    for meeting, acts in M.HIS_MEETINGS:
        for (no, text, owner, due, status, r, upd) in acts:
            st = rag[r] if r else ("blue" if status == "Complete" else "unrated")
            out.append(act(no, [meeting], text, leads.get(owner, [owner]), ends[due], st, end_text=etext.get(due)))
    assert len(out) == 8
    d = header(
        "Imitates an NHS Scotland special health board's Audit and Risk Committee action log (Healthcare "
        "Improvement Scotland, 2025), as kept in a SharePoint list and exported as tab-delimited text (cf. Scottish "
        "public bodies' ARC 'action log and matters arising' / rolling action lists with minute references). "
        "Copied features: title and 'as at' line, tab-separated header, meeting rows grouping the actions, action "
        "numbers ARC/25/nn, owners as posts or initials (AR/KD), due dates in mixed forms (dd/mm/yyyy, a month, "
        "'Jan-26', 'March 2026 meeting', 'Ongoing'), Status Open/Complete with a separate RAG letter, update text "
        "and a closing RAG key note.",
        "A committee action log of eight actions under three meeting headings. Each action has a number, an owner "
        "(one post containing commas, one pair of initials), a due date and either a RAG letter (open actions) or "
        "the status Complete (read as blue).",
        title=M.HIS_TITLE)
    d["actions"] = out
    write(M.HIS_NAME, d)


if __name__ == "__main__":
    for fn in (isos, cjs, fcc, ffc, niscc, dtc, his):
        fn()
    print("wrote 7 expected files")
