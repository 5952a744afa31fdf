#!/usr/bin/env python3
"""Write the .expected.yaml files for the zat- cases from the data in zat_make.py."""
import json
import os

import zat_make as M

HERE = M.HERE


def q(s):
    return json.dumps(s, ensure_ascii=False)


def block(key, text):
    # folded scalar for the prose fields
    out = [f"{key}: >-"]
    for line in text.strip().split("\n"):
        out.append("  " + line)
    return "\n".join(out)


def action_lines(ref, under, action, lead, end, end_text, status):
    L = [f"  - ref: {q(ref) if ref is not None else 'null'}"]
    L.append("    under: [" + ", ".join(q(u) for u in under) + "]")
    L.append(f"    action: {q(action)}")
    L.append("    lead: [" + ", ".join(q(x) for x in lead) + "]")
    L.append(f"    end: {q(end) if end else 'null'}")
    if end_text is not None:
        L.append(f"    end_text: {q(end_text)}")
    L.append(f"    status: {status}")
    return L


def write(name, source, reads, title, actions, outcome="read", refuse_at=None, accept_refusal=False):
    L = [block("source", source), block("reads", reads), f"outcome: {outcome}",
         f"accept_refusal: {'true' if accept_refusal else 'false'}"]
    if refuse_at is not None:
        L.append(f"refuse_at: {refuse_at}")
    if title is not None:
        L.append(f"title: {q(title)}")
    if outcome == "read":
        L.append("actions:")
        for a in actions:
            L.extend(action_lines(*a))
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    print("wrote", name + ".expected.yaml")


def main():
    # 1 Forth Valley
    acts = []
    for a in M.FV_ACTIONS:
        ref, dom, req, text, _t, _l, _p, _c, leads, end, et, st = a
        acts.append((ref, [dom, req], text, leads, end, et, st))
    write(M.FV_FILE,
          """Imitates the improvement action plans NHS boards publish with Healthcare Improvement Scotland
safe delivery of care inspection reports, extended to maternity units from January 2025
(healthcareimprovementscotland.scot, "First maternity unit inspection report published", Ninewells 2025;
HIS safe delivery of care inspection programme page). Copied: cover sheet with inspection facts and a
version-control table, HIS domain rows ("Domain 4.1 – Pathways, procedures and policies") over numbered
"Requirement n:" / "Recommendation a:" text merged down beside its actions, columns Action planned /
Timescale to meet action / Responsibility for taking action / Progress, RAG shown by cell fill only with
the key on a separate sheet, and a summary count block under the table.""",
          """A three-sheet workbook: cover, the improvement action plan and a RAG key. The plan lists eight
numbered actions under three HIS domains, each answering a requirement (or recommendation a) whose text is
merged down beside its actions; status is the fill colour of the RAG cell, blue meaning complete and no
colour meaning not started.""",
          M.FV_TITLE, acts)

    # 2 HWE ICB BAF
    acts = []
    for rk in M.HWE_RISKS:
        for a in rk["actions"]:
            ref, text, _o, _orig, _rev, _p, _s, _c, leads, end, et, st = a
            acts.append((ref, [rk["head"]], text, leads, end, et, st))
    write(M.HWE_FILE,
          """Imitates an ICB board assurance framework as taken to an ICB board meeting in public, e.g. Humber
and North Yorkshire ICB BAF 2024-25 (slideorbit.com/slide/icb-board-assurance-framework-2024-2025) and the
GGI note "How to develop a board assurance framework" (good-governance.org.uk). Copied: cover with document
control, scoring and action-status key; summary sheet of principal risks with inherent/Q1/Q2/target scores;
detail sheet with one block per BAF risk (risk description, strategic objective, lead, scores, controls,
gaps) followed by an "actions to address gaps" table with original and revised due dates, Q2 progress and
a status word with matching fill (one status cell has fill only).""",
          """Nine actions sit in three BAF risk blocks on the "BAF detail" sheet, under the risk headings BAF1-BAF3.
The due month is the revised due date where one is given; status is the status word as the key on the cover
defines it (Some slippage = amber, Off track = red), or the amber fill where the cell has no word.""",
          M.HWE_TITLE, acts)

    # 3 WMAS PSII
    acts = []
    for a in M.WMAS_ACTIONS:
        sr, ref, text, _o, _t, _m, _s, _u, leads, end, et, st = a
        acts.append((ref, [sr], text, leads, end, et, st))
    write(M.WMAS_FILE,
          """Imitates an ambulance trust PSIRF patient safety incident investigation (PSII) safety action plan
saved from Excel as CSV, in the shape of the NHS England PSII report template (safety recommendations, each
with SMART safety actions, owner, timescale and measure of effectiveness). Copied: trust and PSII title rows
padded with empty cells, approval note, safety recommendation written once and left blank on its later
action rows, quoted multi-line update cell, mixed target-date styles (dd/mm/yyyy, Dec-25, Q4 2025/26),
two owners per cell, and a totals line at the foot.""",
          """Seven safety actions SA1.1-SA3.2 under three safety recommendations (SR1-SR3), each recommendation
given on its first action row only. Status words are Complete, On track, Amber – at risk and Not started;
Q4 2025/26 ends in March 2026.""",
          M.WMAS_TITLE, acts)

    # 4 TEWV
    acts = []
    for a in M.TEWV_ACTIONS:
        pr, ref, text, _l, _d, _s, _u, leads, end, et, st = a
        acts.append((ref, [pr], text, leads, end, et, st))
    write(M.TEWV_FILE,
          """Imitates a mental health trust's quarterly quality account priorities progress report to its quality
committee, exported as plain text from a performance system (in the manner of TEWV quality account
priorities presented to the Tees Valley Joint Health Scrutiny Committee, docslib.org/doc/8358106). Copied:
trust / report / committee header lines, status key, ruled priority blocks with executive lead and measure,
labelled Action / Lead / Due / Status / Update lines per action with wrapped update continuation lines, and a
summary line at the end.""",
          """Three quality priorities (patient safety, clinical effectiveness, patient experience), each with two or
three numbered actions; eight actions in all. Due dates include Q3 2025/26 (December 2025) and
"Ongoing – quarterly" (no month); status is the RAG word or Complete.""",
          M.TEWV_TITLE, acts)

    # 5 BCUHB HIW
    acts = []
    for a in M.BCU_ACTIONS:
        app, _f, need, _std, action, _o, _t, _s, leads, end, et, st = a
        acts.append((None, [app, need], action, leads, end, et, st))
    write(M.BCU_FILE,
          """Imitates the HIW improvement plan appendices to an NHS emergency department inspection report as a
health board tracks them, based on HIW's Wrexham Maelor Hospital ED inspections (hiw.org.uk
"Improvements noted, although challenges remain for Wrexham Maelor's Emergency Department"; 2019 follow-up
report at vdocuments.net/follow-up-inspection-unannounced.html). Copied: Appendix A summary of concerns
resolved during the inspection (not a plan), Appendix B immediate improvement plan with the service
representative sign-off table, Appendix C improvement plan, HIW columns Risk/finding/issue | Improvement
needed | Standard | Service action | Responsible officer | Timescale, no numbering, plus a health-board
status column; one service action written as three numbered lines in one cell.""",
          """Eight actions: two in the Appendix B immediate improvement plan and six in the Appendix C improvement
plan, one per table row, each under its appendix heading and the "Improvement needed" text. The details,
Appendix A and sign-off tables carry no actions; the actions have no refs.""",
          M.BCU_TITLE, acts)

    # 6 Beccles
    acts = []
    for a in M.BEC_ACTIONS:
        sec, no, find, act, _l, _w, _s, leads, end, et, st = a
        acts.append((no, [sec, find], act, leads, end, et, st))
    write(M.BEC_FILE,
          """Imitates the CQC inspection action plans English GP practices publish on their websites after an
assessment rated Requires improvement (CQC encourages practices to publish them: themdu.com "What happens
after the inspection?"). Copied: practice details table, status key paragraph redefining its own words,
one section heading and table per requirement notice regulation plus a Should do section, columns No. |
What CQC told us | Action we will take | Lead | By when | Status, a finding merged down over two action
rows, GP initials and job titles as leads.""",
          """Nine actions M1-M6 and S1-S3 in three section tables, each under its section heading and the CQC
finding beside it. Status follows the document's key: At risk is amber, Overdue red, Complete blue.""",
          M.BEC_TITLE, acts)

    # 7 Belfast refuse
    write(M.BEL_FILE,
          """Imitates a Belfast HSC Trust monitoring tracker for an RQIA unannounced mental health hospital
inspection quality improvement plan (RQIA QIPs list each area for improvement with its standard reference,
"Stated: First time" and "To be completed by" date). Copied: trust and inspection title rows, AFI number,
RQIA area for improvement text and Ref / Stated cell merged down over the trust's actions, responsible
person as job title, target date as typed text, progress update, RAG letter with matching fill and a RAG
key line below.""",
          """A one-sheet QIP tracker with four RQIA areas for improvement and seven actions. The target date of the
first action under AFI 2 (sheet row 9) reads "28 Febuary 2026", a mistyped month, so a careful reader
stops and asks before taking the plan in.""",
          M.BEL_TITLE, [],
          outcome="refuse", refuse_at=M.BEL_REFUSE_ROW)


if __name__ == "__main__":
    main()
