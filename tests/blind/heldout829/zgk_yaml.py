"""Write the zgk- .expected.yaml files from the data in zgk_make.py (run after it)."""
import json
import os
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zgk_make as m  # noqa: E402

OUT = os.path.dirname(os.path.abspath(__file__))


def q(s):
    return json.dumps(s, ensure_ascii=False)


def folded(key, text):
    lines = textwrap.wrap(text, 96, break_on_hyphens=False, break_long_words=False)
    return f"{key}: >-\n" + "".join(f"  {ln}\n" for ln in lines)


def write(fname, source, reads, title, actions=None, outcome="read", refuse_at=None,
          accept_refusal=False):
    out = folded("source", source) + folded("reads", reads)
    out += f"outcome: {outcome}\n"
    out += f"accept_refusal: {'true' if accept_refusal else 'false'}\n"
    if refuse_at is not None:
        out += f"refuse_at: {refuse_at}\n"
    out += f"title: {q(title)}\n"
    if actions is not None:
        out += "actions:\n"
        for a in actions:
            out += f"  - ref: {q(a['ref']) if a['ref'] is not None else 'null'}\n"
            out += f"    under: [{', '.join(q(u) for u in a['under'])}]\n"
            out += f"    action: {q(a['action'])}\n"
            out += f"    lead: [{', '.join(q(x) for x in a['lead_exp'])}]\n"
            out += f"    end: {q(a['end_exp']) if a['end_exp'] else 'null'}\n"
            if a.get("end_text"):
                out += f"    end_text: {q(a['end_text'])}\n"
            out += f"    status: {a['status_exp']}\n"
    with open(os.path.join(OUT, fname + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(out)


# 1 Tandridge
tan = [a for rn in [1, 2, 3, 4, 5, 6] for a in m.TAN_ACTIONS[rn]]
write(m.TAN_FILE,
      "Imitates the action plan Tandridge District Council (Surrey) prepared in response to its LGA Corporate "
      "Peer Challenge of 16-18 July 2024 (LGA feedback report: https://www.local.gov.uk/our-support/council-assurance-"
      "and-peer-challenge/peer-challenges-we-offer/corporate-peer-49; council page promising the action plan by 17 "
      "December 2024: https://tandridge.gov.uk/Your-council/Corporate-Peer-Challenge). Recommendation wording is "
      "illustrative, not the real report's. Layout copied from district-council CPC action plans taken to "
      "committee: Title, document-control table, intro, Heading 1 per CPC core theme, a 'Recommendation N' "
      "sub-heading with the peer team's recommendation in italics above a separate table per recommendation "
      "(Ref / Action / Lead officer / Target date / Progress / RAG, repeated header, shaded RAG cell with the word), "
      "a note paragraph and a RAG key table at the end.",
      "A Word action plan of nine numbered actions answering six LGA recommendations, grouped under three "
      "numbered peer-challenge themes; each recommendation's text sits above its own small table. Leads are job "
      "titles (two where split by '/' or ';'), target dates are months, a 'Q4 2024/25' quarter and one 'Ongoing'; "
      "RAG is a word (Complete/Green/Amber) per the key. Document control and RAG key tables are not actions.",
      m.TAN_TITLE, tan)

# 2 Devon
dev = [a for item in m.DEV_ROWS if item[0] == "rec" for a in item[2]]
write(m.DEV_FILE,
      "Imitates Devon County Council's response to its LGA Adult Social Care Preparation for Assurance peer "
      "challenge (July 2023; LGA report https://www.local.gov.uk/our-support/council-assurance-and-peer-support/"
      "peer-challenges-we-offer/adult-social-care-peer-6), in the form ASC directorates used before their CQC "
      "local authority assessment. Copies: Cover sheet with title, version-control table and a colour RAG key; "
      "action sheet with merged title, CQC-theme rows merged across the sheet, the peer recommendation merged "
      "down column B over its actions, original and revised target dates as real Excel dates, a Previous RAG "
      "letter column and a Current RAG column shown only by fill colour, a notes line and a summary/totals block "
      "under the table; a Glossary sheet.",
      "An Excel workbook whose Action Plan sheet lists eight actions (1.1-4.1) under the four CQC assessment "
      "themes, each answering a peer-challenge recommendation merged down beside it. The current status is the "
      "fill colour of the Current RAG (Jan 24) cell (blue/green/amber per the Cover key), not the previous RAG "
      "letters; where a revised target date is given it is the end. Leads are job titles, two where joined by "
      "';' or '/'.",
      m.DEV_TITLE, dev)

# 3 Bolton
bol = [a for item in m.BOL_ROWS if item[0] == "rec" for a in item[2]]
write(m.BOL_FILE,
      "Imitates a Safeguarding Adults Board's action plan after an LGA safeguarding adults peer review, as "
      "Rotherham SAB took to scrutiny after its July 2023 LGA peer review (https://moderngov.rotherham.gov.uk/"
      "mgAi.aspx?ID=98586), here for Bolton Safeguarding Adults Board in 2024-25. Copies: merged title and a "
      "one-line meta row, priority rows merged across in dark fill, each peer-review recommendation on its own "
      "shaded row ('Rec N' in column A, text merged B:G) above its numbered actions, two dated progress columns "
      "(July and October), a 'By when' column mixing month words, an Excel date shown as mmm-yy, a financial-year "
      "quarter and 'Ongoing', a RAG word with matching fill, and a Key sheet with RAG meanings and abbreviations.",
      "A one-sheet SAB action plan: seven actions (1.1-4.2) under three priorities, each answering the "
      "recommendation row printed above it. Leads are posts; 'Independent Chair / BSAB Business Manager' and the "
      "';'-separated pair are two, while 'Chair of Quality & Assurance Sub-Group' is one post. Completed is blue, "
      "'Not started' is unrated, 'Ongoing' has no end month.",
      m.BOL_TITLE, bol)

# 4 Bracknell (refuse)
write(m.BRK_FILE,
      "Imitates a South East Sector Led Improvement Programme (SESLIP, https://www.seslip.co.uk/) children's "
      "services peer challenge action plan of the kind SE unitary councils keep after their annual peer "
      "challenge, here Bracknell Forest Council (People directorate), November 2024. Copies: title row, "
      "directorate and owner lines, key-line-of-enquiry column merged down over its actions, Deadline column "
      "of real Excel dates formatted as 'Month yyyy', Status words with fill, comments, and a status key line.",
      "A one-sheet plan of seven actions under three KLOEs. Every deadline is a real date except action 2.1, "
      "whose Deadline cell was typed over as text 'Janaury 2025' – a mistyped month, so a careful reader stops "
      "at sheet row 9 and asks what date was meant.",
      m.BRK_TITLE, None, outcome="refuse", refuse_at=m.BRK_TYPO_ROW or 9)

# 5 Hounslow
write(m.HOU_FILE,
      "Imitates a youth justice service's improvement plan after the YJB's 2023 national standards "
      "self-assessment of Standard 2 (children at court), which every YJS partnership had to submit by 30 October "
      "2023 (https://www.gov.uk/government/publications/national-standards-for-youth-justice-services), here for "
      "Hounslow Youth Justice Service, exported from a spreadsheet as tab-separated text. Copies: title line and "
      "a submission/monitoring note, header row, 'Strategic' and 'Operational' self-assessment section lines, "
      "area for improvement given once and left blank on the following action of the same area (merged cell "
      "exported), lead initials and posts, a continuation line that carries on the Update text of O3, and a RAG "
      "key line at the foot.",
      "Seven actions (S1-S3, O1-O4) in two sections of the self-assessment; S2 and O2 continue the area for "
      "improvement of the row above. Leads are posts or initials ('RB/AK' two; '&' and '/' join two posts; "
      "'Operational Manager (Court & Interventions)' is one). Target dates include Mar-24, a dd/mm/yyyy date, "
      "'Q1 2024/25' (June 2024) and 'Ongoing'; 'Not started' is unrated and Complete is blue.",
      m.HOU_TITLE, m.HOU_ACTIONS)

# 6 Gwynedd
write(m.GWY_FILE,
      "Imitates a Welsh council internal audit service's improvement plan after a peer-review External Quality "
      "Assessment against PSIAS through the Welsh Chief Auditors Group (e.g. Denbighshire's EQA by Ceredigion "
      "reported in its QAIP, https://moderngov.denbighshire.gov.uk/mgAi.aspx?ID=28487; Vale of Glamorgan EQA "
      "action plan to Audit Committee), here Cyngor Gwynedd reporting to its Governance and Audit Committee in "
      "February 2025, with Global Internal Audit Standards readiness actions added. CSV export: title and "
      "context lines in the first cell, header row, section lines (Attribute Standards / Performance Standards / "
      "GIAS readiness), one EQA recommendation and its agreed action per row, RAG letters and a key line.",
      "Eight numbered recommendations, each with one agreed action, under three section lines. Leads are posts "
      "('/' and '&' join two). Target dates are dd/mm/yyyy, month names, May-25, Sept 2025 and financial-year "
      "quarters (Q1 2025/26 = June 2025, Q2 2025/26 = September 2025). RAG letters follow the key: B implemented "
      "(blue), G green, A amber; the blank RAG of action 8 is unrated.",
      m.GWY_TITLE, m.GWY_ACTIONS)

# 7 Conwy
write(m.CON_FILE,
      "Imitates the improvement plan a Welsh county council writes as provider after Care Inspectorate Wales "
      "inspects one of its regulated services (CIW regulates local authority adult placement/Shared Lives "
      "services under RISCA 2016; https://careinspectorate.wales/securing-improvement-and-enforcement-policy-html), "
      "here Conwy County Borough Council's Shared Lives Scheme inspected November 2024. Copies: bilingual title "
      "lines, a service-details table, an intro paragraph, one table with CIW theme rows merged across and "
      "shaded, the area for improvement (with its regulation) merged down over its actions, a Progress column "
      "and a RAG column shown only by cell shading, with a RAG key line beneath that defines Green as "
      "'action completed'.",
      "A Word plan of eight numbered actions under the CIW themes Well-being, Care and Support and Leadership "
      "and Management, each answering the area for improvement merged beside it. The RAG cells carry no text; "
      "by the document's own key green-shaded actions are completed (blue), amber in progress, red overdue. "
      "Timescales are month words, 'By 31 March 2025', 'End of February 2025' and 'Quarterly' (no end month).",
      m.CON_TITLE, m.CON_ACTIONS)
print("ok")
