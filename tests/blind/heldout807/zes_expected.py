"""Write the NAME.expected.yaml readings for the seven zes- files (set heldout807).

The reading of each action (ref, headings, lead list, end month, status) is written
out by hand in zes_make.py's data next to the cell values; this script only lays it out.
"""
import os

import yaml

import zes_make as M

HERE = M.HERE


def act(ref, under, text, lead, end, end_text, status):
    a = {"ref": ref, "under": list(under), "action": text, "lead": list(lead), "end": end}
    if end_text is not None:
        a["end_text"] = end_text
    a["status"] = status
    return a


def trafford():
    out = []
    for p in M.TRAFFORD:
        for w in p["wewills"]:
            for row in w["rows"]:
                ref, text = row[0], row[1]
                lead, end, end_text, status = row[7:11]
                out.append(act(ref, [p["priority"], w["text"]], text, lead, end, end_text, status))
    return out


def newcastle():
    out = []
    for t in M.NEWCASTLE:
        for o in t["objectives"]:
            for row in o["rows"]:
                lead, end, end_text, status = row[7:11]
                out.append(act(row[0], [t["theme"], o["text"]], row[1], lead, end, end_text, status))
    return out


def medway():
    out = []
    for c in M.MEDWAY:
        for it in c["items"]:
            for row in it["rows"]:
                lead, end, end_text, status = row[6:10]
                out.append(act(row[0], [c["committee"], it["text"]], row[1], lead, end, end_text, status))
    return out


def wrexham():
    out = []
    for s in M.WREXHAM:
        for afi in s["afis"]:
            for row in afi["rows"]:
                lead, end, end_text, status = row[6:10]
                out.append(act(row[0], [s["heading"], afi["text"]], row[1], lead, end, end_text, status))
    return out


def sthelens():
    out = []
    for g in M.STHELENS:
        for row in g["rows"]:
            lead, end, end_text, status = row[6:10]
            out.append(act(row[0], [g["band"]], "\n".join(row[1]), lead, end, end_text, status))
    return out


def merton():
    out = []
    for p in M.MERTON:
        for rv in p["reviews"]:
            for row in rv["rows"]:
                lead, end, end_text, status = row[7:11]
                out.append(act(row[0], [p["panel"], rv["text"]], row[1], lead, end, end_text, status))
    return out


CASES = [
    {
        "file": M.TRAFFORD_FILE,
        "source": (
            "Imitates Trafford Council's Corporate Plan 2024-27 (five priorities, each with 'We will' "
            "statements; agreed at Council July 2024) and the quarterly corporate plan performance "
            "reports taken to the Executive (trafford.gov.uk Corporate Plan page; democratic.trafford.gov.uk). "
            "Layout copied from council delivery trackers: a Summary sheet with a totals block by RAG, then one "
            "sheet per priority with a coloured priority band, 'We will' statements in vertically merged cells "
            "over their deliverables, Q1 (previous) and Q2 (current) RAG words with fill colours, dates as text "
            "(Mar-26, Q3 2025/26) and real date cells, a two-post lead cell and a notes line."
        ),
        "reads": (
            "A workbook whose first sheet is a summary count of deliverables by status, followed by five sheets, one per "
            "corporate priority. Each sheet lists numbered key deliverables for 2025/26 under the 'We will' "
            "commitment they serve, with lead officer, due date, last quarter's and this quarter's RAG and a commentary."
        ),
        "title": M.TRAFFORD_TITLE,
        "actions": trafford,
    },
    {
        "file": M.NEWCASTLE_FILE,
        "source": (
            "Imitates a local authority fostering service development plan of the kind appended to the annual "
            "fostering service report required by the Fostering Services (England) Regulations 2011 and NMS 25.7 "
            "(e.g. Sefton and Doncaster fostering annual reports to members), for Newcastle City Council, 2025-26. "
            "Copies: title block with reporting line, a status key made of coloured cells, theme band rows merged "
            "across the table, objectives in vertically merged cells over their actions, start and target columns "
            "(text months, a quarter and a real date), status words with fills ('Some concerns', 'Off track' defined "
            "by the key), two-post leads, and a second sheet of performance measures that is not part of the plan."
        ),
        "reads": (
            "A one-sheet plan under three themes, each with one or two objectives and lettered actions (1.1a, 1.1b ...), "
            "with lead, start, target, a coloured status from the key and comments; a second sheet holds the service's "
            "key performance measures."
        ),
        "title": M.NEWCASTLE_TITLE,
        "actions": newcastle,
    },
    {
        "file": M.MEDWAY_FILE,
        "source": (
            "Imitates the recommendations trackers that Medway Council's overview and scrutiny committees keep with "
            "their work programmes (committee structure: Children and Young People; Health and Adult Social Care; "
            "Regeneration, Culture and Environment), 2025/26; general form as in Surrey's and other councils' "
            "'recommendations tracker and forward work programme' agenda items. Copies: one sheet per committee, title "
            "and committee name lines, a colour key, agenda item with meeting date in vertically merged cells, refs "
            "like 'CYP 25/01', status shown only by cell colour, deadlines as text ('By 31 March 2026', 'Quarterly') and "
            "a real date."
        ),
        "reads": (
            "Three sheets, one per scrutiny committee, each listing the recommendations or actions agreed at its meetings, "
            "grouped by agenda item, with the responsible officer, a deadline, a coloured status cell (key at the top) "
            "and an update."
        ),
        "title": M.MEDWAY_TITLE,
        "actions": medway,
    },
    {
        "file": M.WREXHAM_FILE,
        "source": (
            "Imitates Wrexham County Borough Council's response to the Care Inspectorate Wales improvement check of adult "
            "and children's services (24 October - 2 November 2023; letter published 10 January 2024, "
            "careinspectorate.wales). Areas for improvement are written in CIW's style and grouped under the four "
            "principles of the Social Services and Well-being (Wales) Act used in CIW reports (People - voice and control; "
            "Prevention; Well-being; Partnerships and integration). Copies: Title, subtitle, document control table, "
            "RAG key table, one Word table per principle with the area-for-improvement text as a merged shaded row above "
            "its actions, CS/AS refs, timescales in mixed forms (End of June 2024, Q3 2024/25, April 2024 - March 2025, "
            "Ongoing - reviewed monthly), shaded RAG cells with words."
        ),
        "reads": (
            "A Word action plan with a document control table and RAG key, then four sections (one per CIW principle), "
            "each a table in which each CIW area for improvement is followed by the council's numbered actions with lead, "
            "timescale, September 2024 progress and RAG."
        ),
        "title": M.WREXHAM_TITLE,
        "actions": wrexham,
    },
    {
        "file": M.STHELENS_FILE,
        "source": (
            "Imitates a St Helens Borough Council fostering service development plan appended to the fostering service "
            "annual report to the Corporate Parenting Board (Regulation 35 / NMS 25.7 reports as published by councils "
            "such as Sefton and Doncaster), 2025/26. Copies: bold title line and appendix line, a status key paragraph "
            "redefining 'Delayed' as amber, a single table with priority band rows merged across it, numbered actions, "
            "an action cell of two paragraphs, leads as job titles (two-post cells with ';' and '/'), 'Ongoing' and "
            "'Six-monthly' in the date column, status words and a summary line under the table."
        ),
        "reads": (
            "A short Word plan: one table of actions grouped under four priority bands, each action with lead, 'by when', "
            "a status word from the key and an update, followed by a summary count of statuses."
        ),
        "title": M.STHELENS_TITLE,
        "actions": sthelens,
    },
    {
        "file": M.MERTON_FILE,
        "source": (
            "Imitates a London Borough of Merton overview and scrutiny recommendations tracker for 2025/26, as kept for the "
            "Overview and Scrutiny Commission and its three panels (Children and Young People; Healthier Communities and "
            "Older People; Sustainable Communities - merton.gov.uk scrutiny structure), exported from Excel to CSV. Copies: "
            "title and 'updated for' lines, panel rows and review/meeting rows with only the first cell filled, a "
            "Cabinet response column, RAG letters with a key line at the foot, two-post leads."
        ),
        "reads": (
            "A CSV export of a scrutiny tracker: under each scrutiny body and the review or meeting that made them, each "
            "recommendation has a reference, the responsible officer or Cabinet Member, Cabinet's response, progress, a "
            "target date and a RAG letter."
        ),
        "title": M.MERTON_TITLE,
        "actions": merton,
    },
    {
        "file": M.SOLIHULL_FILE,
        "source": (
            "Imitates a Solihull MBC Council Plan delivery tracker of the kind reported to Cabinet and the scrutiny boards "
            "('The Council Plan - Progress in Delivering Outcomes', eservices.solihull.gov.uk, which uses delivery "
            "ratings), quarter 2 of 2025/26, as a tab-separated export from the performance system: three header lines, "
            "a column header, one line per deliverable with its priority repeated, and a ratings key line."
        ),
        "reads": (
            "Eight Council Plan deliverables under four priorities with officer, target date, delivery rating and commentary. "
            "The target date of EC2 on line 10 reads 'Febuary 2026', a mistyped month, so a careful reader stops there and asks."
        ),
        "title": M.SOLIHULL_TITLE,
        "refuse_at": M.SOLIHULL_REFUSE_LINE,
    },
]


def main():
    for c in CASES:
        d = {"source": c["source"], "reads": c["reads"]}
        if "refuse_at" in c:
            d["outcome"] = "refuse"
            d["accept_refusal"] = False
            d["refuse_at"] = c["refuse_at"]
            d["title"] = c["title"]
        else:
            d["outcome"] = "read"
            d["accept_refusal"] = False
            d["title"] = c["title"]
            d["actions"] = c["actions"]()
        path = os.path.join(HERE, c["file"] + ".expected.yaml")
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(d, f, sort_keys=False, allow_unicode=True, width=100000)
        print(path)


if __name__ == "__main__":
    main()
