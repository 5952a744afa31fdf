"""Write the NAME.expected.yaml readings for the seven sh- files.

The reading fields (ref, under, action, lead list, end, end_text, status) are the
ones written out by hand for each action in sh_make.py; nothing here parses cells.
"""
import json
import os

import sh_make as M

HERE = M.HERE


def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    return f"{key}: >-\n  " + text.strip() + "\n"


def write(name, source, reads, title, actions, outcome="read", refuse_at=None, accept_refusal=False):
    out = folded("source", source) + folded("reads", reads)
    out += f"outcome: {outcome}\n"
    out += f"accept_refusal: {'true' if accept_refusal else 'false'}\n"
    if refuse_at is not None:
        out += f"refuse_at: {refuse_at}\n"
    if title is not None:
        out += f"title: {q(title)}\n"
    if outcome == "read":
        out += "actions:\n"
        for under, a in actions:
            out += f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}\n"
            out += f"    under: [{', '.join(q(u) for u in under)}]\n"
            out += f"    action: {q(a['action'])}\n"
            out += f"    lead: [{', '.join(q(l) for l in a['lead'])}]\n"
            out += f"    end: {q(a['end']) if a['end'] else 'null'}\n"
            if a.get("end_text"):
                out += f"    end_text: {q(a['end_text'])}\n"
            out += f"    status: {a['status']}\n"
    with open(os.path.join(HERE, name + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(out)


def main():
    # 1 GP practice
    acts = [([h, finding], a) for h, _, groups in M.GP_SECTIONS for finding, al in groups for a in al]
    write(M.GP_FILE,
          "Imitates a GP practice's action plan sent to CQC after an inspection that issued requirement "
          "notices (Regulations 12 and 17, Health and Social Care Act 2008 (Regulated Activities) Regulations "
          "2014) plus should-do improvements, in the table form advised by CQC/MDU/Royds Withy King guidance "
          "(item to rectify, action, deadline, person responsible, RAG). Bridge Lane Group Practice, Battersea, "
          "2025; no published plan found, layout is typical. Copied features: Word title, location/inspection "
          "line, document-control table, RAG key table, one heading and table per key question/regulation, "
          "CQC finding vertically merged over its actions, RAG letters with fill, sign-off table.",
          "A Word action plan with three sections (Safe/Reg 12, Well-led/Reg 17, Responsive should-dos), each "
          "a table whose merged left cell states what CQC found and whose rows are numbered actions 1.1-3.3 with "
          "lead, date, progress and RAG. The document-control, RAG key and sign-off tables are not actions.",
          M.GP_TITLE, acts)

    # 2 Ormiston Academies Trust
    acts = [([h], a) for h, al in M.OAT_MEETINGS for a in al]
    write(M.OAT_FILE,
          "Imitates a multi-academy trust board of trustees action log (open actions carried forward from "
          "earlier meetings), of the kind published with trust board minutes; Ormiston Academies Trust, "
          "2025. Copied features: trust name and log heading, note on how actions close, colour status key "
          "table, one heading and table per board meeting, minute references, owners as job titles (two "
          "posts with '/' or ';'), original and revised due date in one cell, term dates, TBC.",
          "A Word action log with a status key and three tables, one per board meeting (March, July and "
          "October 2025), each row a minuted action with owner, due date, coloured status word and update. "
          "Eight open actions.",
          M.OAT_TITLE, acts)

    # 3 WYFRA risk register
    acts = [([risk[0]], a) for risk in M.FIRE_RISKS for a in risk[7]]
    write(M.FIRE_FILE,
          "Imitates a fire and rescue authority corporate risk register reported quarterly to its Audit "
          "Committee (cf. Lancashire CFA Audit Committee risk management reports, 2023-25: register with "
          "scores, controls and actions); West Yorkshire Fire and Rescue Authority, Q2 2025/26. Copied "
          "features: cover sheet with document-control table, register sheet with a grey band row per risk, "
          "risk description/owner/scores/controls merged down the risk's action rows, numbered further "
          "actions with action owner, target and revised dates, lettered action status with fill "
          "(B = complete per key), direction of travel, summary counts below, separate scoring key sheet.",
          "An Excel risk register: four corporate risks, each a band heading followed by two further actions "
          "(1.1-4.2) with owner, target date, revised date and B/G/A/R action status. The cover, summary "
          "counts and scoring key are not actions.",
          M.FIRE_TITLE, acts)

    # 4 Care home QIP
    acts = [([name, issue], a) for name, _, groups in M.CH_SHEETS for issue, al in groups for a in al]
    write(M.CH_FILE,
          "Imitates a care home's post-inspection quality improvement plan for CQC (Requires improvement), "
          "organised by key question as care-sector guidance advises (issue, action, owner, timescale, "
          "evidence, RAG); Sunnybank House Care Home (Oakdene Care Group), 2025; no published plan found. "
          "Copied features: summary sheet with ratings table and action counts, colour status key where "
          "Green = Completed (no blue), one sheet per key question with actions, issue cell merged over its "
          "actions, status shown only by cell colour, a blank status cell, Monthly/Ongoing/w/c dates.",
          "An Excel QIP: a Summary sheet (ratings, counts, status key) and sheets Safe, Effective and Well-led, "
          "each listing CQC issues with numbered actions, responsible person, target date, evidence and a "
          "coloured status cell. By the home's key green means completed, so those read as complete.",
          M.CH_TITLE, acts)

    # 5 Hexagon highlight report
    acts = [([w], a) for w, al in M.HX_WORKSTREAMS for a in al]
    write(M.HX_FILE,
          "Imitates a housing association board highlight report on a building safety and compliance "
          "improvement programme (as landlords reported to boards and the Regulator of Social Housing after "
          "Safety and Quality Standard/Awaab's Law changes, 2024-25); Hexagon Housing Association, October "
          "2025. Copied features: header block with SRO and overall previous/current RAG, summary and "
          "escalation narrative, workstream band rows, original and revised due dates, previous and current "
          "RAG words with fill, commentary, RAG key, second sheet of Big 6 KPIs.",
          "An Excel highlight report: a programme header and narrative, then a milestone table in three "
          "workstreams (fire safety, damp and mould, data and assurance) with nine numbered actions carrying "
          "lead, original/revised dates and previous/current RAG; the current RAG is the status.",
          M.HX_TITLE, acts)

    # 6 SRA (refuse)
    write(M.SRA_FILE,
          "Imitates a national regulator's board tracker of actions responding to an independent review of "
          "its handling of a firm's collapse (SRA, Axiom Ince, 2024-25), exported from a spreadsheet to CSV; "
          "no published tracker found, layout typical of arm's-length body board papers. Copied features: "
          "title lines, position date, recommendation number and text only on the first of its action rows, "
          "lettered action refs, owner job titles, Quarterly and Q3 2025/26 targets, RAG words, key line.",
          "A CSV tracker of four recommendations with two actions each. The target date of action 2b on line 9 "
          "reads 'Febuary 2026', a mistyped month, so a careful reader would stop and ask before importing.",
          M.SRA_TITLE, None, outcome="refuse", refuse_at=9)

    # 7 Cleveland OPCC
    acts = [([o], a) for o, al in M.CL_OBJECTIVES for a in al]
    write(M.CL_FILE,
          "Imitates a Police and Crime Commissioner's quarterly police and crime plan delivery tracker "
          "(Cleveland PCC plan objectives such as tackling anti-social behaviour, drugs and gangs, victims, "
          "more police on the streets; cleveland.pcc.police.uk), saved as tab-separated text. Copied features: "
          "title and office lines, position date, status key line, objective heading lines, partner column "
          "beside the lead, period and financial-quarter targets, Ongoing, note and prepared-by lines.",
          "A tab-separated tracker under four objective headings, each with two numbered commitments "
          "(1.1-4.2) giving lead, partners, target, RAG status word and update. Partners are not leads.",
          M.CL_TITLE, acts)


if __name__ == "__main__":
    main()
