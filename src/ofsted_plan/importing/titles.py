"""Lines above a plan's table, as a person reads them: which one names the plan (the title),
a label beside the plan's name ('Plan name'), a key set beside the title, and where the table
ends on the right (a key block beside it is not the table)."""

from __future__ import annotations

import re

from ..months import MONTH_ABBREVIATIONS
from .classify import LABEL_CELL
from .ends import A_DATE
from .keys import is_key_text
from .labels import APPENDIX, INSPECTORATE
from .person_kinds import BRACKETED, kind_of
from .posts import SERVICES


def key_cell(text: str) -> bool:
    """A cell of a RAG key set beside the title: 'RAG key:', 'R', 'R overdue; A at risk'."""
    return (
        bool(LABEL_CELL.match(text))
        or is_key_text(text)
        or text.strip().upper() in ("R", "A", "G", "B")
        or bool(_KEY_SEGMENTS.match(text.strip()))
    )


# 'R overdue / no progress; A at risk of slipping; G on track': a key, letter by letter.
_KEY_SEGMENTS = re.compile(
    r"^(?:[RAGB]|red|amber|green|blue)\s[^;]+(?:;\s*(?:[RAGB]|red|amber|green|blue)\s[^;]+)+;?$",
    re.IGNORECASE,
)


_STRONG_PLAN = re.compile(r"\bplan\b", re.IGNORECASE)
_MIDDLING_PLAN = re.compile(  # (and what a register or tracker is: the plan's own kind)
    r"\b(improvement|strategy|statement|programme|inspection|review|register|"
    r"assurance\s+framework)\b",
    re.IGNORECASE,
)


_MONTH_WORD = "(?:" + "|".join(a.lower() for a in MONTH_ABBREVIATIONS) + ")[a-z]*"
# A plan named by its kind alone, perhaps with the moment it stands at: 'Action Plan -
# progress at 31 January 2025' under 'Oldham Council - Public Health LGA Peer Challenge 2024'
# names no plan of its own; the line above does (and 'Multi-agency action plan – version 4',
# 'Delivery Action Plan – Year 1 progress update').
_ONLY_A_KIND = re.compile(
    r"^(?:the\s+)?(?:year\s+(?:one|two|three|four|five|[1-5])\s+)?"  # 'Year One Action Plan'
    r"(?:partnership\s+|multi-agency\s+|recommendations?\s+)?"
    r"(?:action|improvement|delivery|milestones?)\s+"
    r"(?:plan|tracker|log)(?:\s+\d{4}\s*[–—/-]\s*\d{2,4})?"  # ('Action Plan 2023–2026: ...')
    r"(?:\s+and\s+progress\s+(?:update|report))?\s*"
    r"(?:\([^()]*\)\s*(?=[–—:-]))?"  # '(April 2024 – March 2025) – position at ...'
    r"(?:$|\([^()]*\)$|[–—:-]\s*(?:(?:year|quarter|q)\s*\d+\s+)?(?:progress|position|updated?|"
    rf"status|as\s+at|at|version|v\d+|{_MONTH_WORD})\b|"
    r"(?:agreed|approved|adopted|endorsed)\s+(?:by|at)\b)",  # 'Action plan agreed by Full
    # Council 9 December 2024 – progress at ...': when it was agreed, no name
    re.IGNORECASE,
)
# A plan's kind and what it answers ('Response and action plan to the Panel's
# recommendations'): more than a body's name above it, less than the review's own name.
_KIND_ANSWERING = re.compile(
    r"^(?:(?:our\s+)?response\s+and\s+)?(?:post[-\s](?:inspection|ofsted)\s+)?"
    r"(?:action|improvement)\s+plan\s+"
    r"(?:following|after|to|in\s+response\s+to)\s",
    re.IGNORECASE,
)


_A_DOCUMENT = re.compile(
    r"\b(?:plan|tracker|log|register|statement|programme|strategy|report)\b", re.IGNORECASE
)
_WITH_INITIALS = re.compile(r"^(?P<name>[A-Z][\w'’&,\- ]+?)\s*\((?P<letters>[A-Z]{2,8})\)$")


_AN_EXERCISE = re.compile(r"\b(?:inspection|review|audit|visit|assessment)\b", re.IGNORECASE)


def _named_with_initials(text: str) -> bool:
    """A name followed by its own initials in brackets ('Health Education and Improvement
    Wales (HEIW)'): how a body is named, never a plan."""
    found = _WITH_INITIALS.match(text.strip())
    if found is None or _A_DOCUMENT.search(found["name"]) or _AN_EXERCISE.search(found["name"]):
        return False  # 'Special Educational Needs Improvement Plan (SENIP)': a plan's own
        # (and 'Joint Inspection of Child Protection Arrangements (JICPA)': an inspection's)
    capitals = "".join(w[0] for w in found["name"].split() if w[:1].isupper())
    return capitals == found["letters"]


_FIRE_SERVICE = re.compile(  # (and a place's youth justice service, a partnership of its own)
    r"\S\s+(?:fire\s+(?:and|&)\s+rescue\s+(?:service|authority)|youth\s+(?:justice|offending)\s+"
    r"(?:service|team))$",
    re.I,
)


def _a_body(part: str) -> bool:
    """'Broadland District Council', 'Oldham Safeguarding Children Partnership': a body's
    name, of two words or more (not 'Children's Services', a service)."""
    words = part.split()
    return (
        len(words) >= 2
        and (
            kind_of(part) == "agency"
            or (kind_of(part) == "team" and words[-1].lower() in ("partnership", "board"))
            or _FIRE_SERVICE.search(part) is not None  # 'Derbyshire Fire & Rescue Service'
            or re.fullmatch(r"(?:london|royal)\s+borough\s+of\s+[A-Z][\w&' -]{2,40}", part, re.I)
            is not None  # 'London Borough of Hackney', 'Royal Borough of Greenwich'
            or (  # 'Overview and Scrutiny Committee': a council's committee, by its name
                words[-1].lower() == "committee"
                and all(w[:1].isupper() or w.lower() in ("and", "of", "&") for w in words)
            )
        )
    )


# A national body named by its work and its nation: 'Healthcare Improvement Scotland'.
_A_NATIONAL_BODY = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+){1,4}(?:Scotland|Wales|England|Northern\s+Ireland)"
)


def _by_its_letters(own: str, full: str) -> bool:
    """The sheet's line opens with the cover's plan by its initials ('baf 2025/26 – ...'
    under '... – board assurance framework 2025/26'), every other word of that part the
    cover's own."""
    head = _DASHES.split(own, maxsplit=1)[0]
    words = re.findall(r"\w+", full)
    runs = {"".join(w[0] for w in words[i : i + n]) for n in (2, 3, 4) for i in range(len(words))}
    mine = re.findall(r"\w+", head)
    return (
        head != own
        and any(w.isalpha() and len(w) >= 2 and w in runs and w not in words for w in mine)
        and all(w in words or w in runs or w in ("detail", "details") for w in mine)
    )  # ('BAF detail – risks, gaps ... and actions (Q2 2025/26)': which page of it)


# 'NHS Ayrshire & Arran – Internal Audit Recommendations Follow-up': what a tracker of
# recommendations is called, never a body's name.
_A_PLANS_KIND = re.compile(r"\b(?:recommendations|follow[- ]?up|action\s+log)\b", re.IGNORECASE)


# A body named for what it improves: 'Regulation and Quality Improvement Authority'.
_NAMED_FOR_IMPROVEMENT = re.compile(
    r"(?:[A-Z][\w’'-]*\s+(?:(?:and|&|of|for)\s+)?){1,5}Improvement\s+(?:Authority|Agency|Commission)"
)


def only_bodies(text: str) -> bool:
    """A line naming only bodies ('Broadland District Council and South Norfolk Council',
    'Safer Havant Partnership', 'Health Education and Improvement Wales (HEIW)'): no plan,
    and no part of one."""
    if _named_with_initials(text):
        return True
    if _A_NATIONAL_BODY.fullmatch(text.strip()) and not _STRONG_PLAN.search(text):
        return True  # 'Healthcare Improvement Scotland', 'Education Scotland', 'Audit Wales'
    if _NAMED_FOR_IMPROVEMENT.fullmatch(text.strip()):
        return True  # 'Regulation and Quality Improvement Authority': a body, 'Improvement'
        # in its name
    own, slash, _ = text.partition(" / ")
    if slash and only_bodies(own):  # 'North Wales Safeguarding Board / Bwrdd Diogelu
        return True  # Gogledd Cymru': the body's name, then in Welsh
    parts = [p.strip() for p in text.split(",") if p.strip()]  # each a body, its own 'and'
    return (  # inside ('Overview and Scrutiny Committee, St Albans City and District Council')
        bool(parts)
        and not PLAN_WORDS.search(text)
        and not _MIDDLING_PLAN.search(text)
        and not _A_PLANS_KIND.search(text)
        and all(
            _a_body(part) or all(_a_body(p) for p in re.split(r"\s+and\s+|\s*&\s*", part) if p)
            for part in parts
        )
    )


def body_and_service(text: str) -> bool:
    """'Scottish Borders Council – Education and Lifelong Learning' under a school's plan
    line: a body and one of its services, naming no part of the plan."""
    body, dash, service = text.partition(" – ")
    return (
        bool(dash)
        and _a_body(body.strip())
        and len(service.split()) <= 6
        and all(w[:1].isupper() or w in ("and", "&", "of") for w in service.split())
        and not PLAN_WORDS.search(service)
        and not _MIDDLING_PLAN.search(service)
        and not re.search(r"\d", service)
    )


def plan_score(text: str) -> int:
    """How plainly a line names the plan: 'Improvement Plan' over 'Action Progress Report'
    (a report's name printed by the software above the plan's); a line naming only bodies
    ('Broadland District Council and South Norfolk Council') names none, and a plan's kind
    alone ('Action Plan - progress at ...') less than the line that names the body's plan."""
    if only_bodies(text):
        return -2
    body, dash, service = text.partition(" – ")
    if (
        dash
        and only_bodies(body.strip())
        and len(service.split()) <= 3
        and not PLAN_WORDS.search(service)
    ):
        return -1  # 'London Borough of Hackney – Internal Audit': a body and its service
    if _ONLY_A_KIND.match(text.strip()) or _ONLY_A_PERIOD.match(text.strip()):
        return -1
    if _KIND_ANSWERING.match(text.strip()):
        return 1
    if CODED_PART.match(text.strip()):
        return -3  # 'SR01 Financial resilience – ... Financial Plan period': a risk's heading
    if dash and _a_body(body.strip()) and not _AN_EXERCISE.search(body):
        text = service  # 'Scrutiny Programme Committee – follow-up monitoring, ...': the
        # committee's name names no plan, whatever words it holds ('Programme')
    return (
        3 * bool(_STRONG_PLAN.search(text))
        + 2 * bool(_MIDDLING_PLAN.search(text))
        + bool(PLAN_WORDS.search(text))
        - 6 * bool(_NOT_A_TITLE.search(text) or _meeting_and_position(text))
        - 6 * bool(_THE_REPORTS.search(text) and not _A_DOCUMENT.search(text))
    )  # ('Thematic inspection: ... (HMICFRS, published August 2024)': the report it answers)


# 'Quarter 2 review – position as at 30 September 2025', 'Quarter 2 review (position at ...)':
# when the paper stands, no name.
_ONLY_A_PERIOD = re.compile(
    r"^(?:q[1-4]|quarter\s+[1-4]|half[- ]year(?:ly)?|mid[- ]year|year[- ]end)\s+"
    r"(?:review|update|report|return)\s*[–—:(-]\s*(?:position|progress|status)?\s*(?:as\s+)?at\b",
    re.IGNORECASE,
)
# A part's code before its words: 'SR01 Financial resilience', 'CR2 – Cyber', 'R3: ...'.
CODED_PART = re.compile(r"^[A-Z]{1,4}\d{1,3}[a-z]?(?:\.\d{1,2})?\s*[:–—-]?\s+[A-Z]")
# 'Overall rating: Requires improvement (...). Plan owner: ...': a sentence, ending in a full
# stop, says something about the plan; a title names it.
_NOT_A_TITLE = re.compile(
    r"\.\s*$|^(?:report\s+(?:to|by|of\s+the)\b|agenda\s+item\b|item\s+\d|extract(?:ed)?\s+from\b|"
    r"appendix\s+\w{1,3}\s+to\s+the\b[^–—:]*\breport\b|"  # 'Appendix B to the ... Report': what
    # it is attached to
    r"exported\b|printed\b|downloaded\b)|\b(?:read\s+me|how\s+to\s+(?:use|complete)|reported\s+to|"
    r"instructions|guidance\s+notes?|rag\s+key|last\s+updated|"
    r"agenda\s+item\s+(?:no\.?\s*|number\s*)?\d+)\b|\s\|\s|;\s[^;]+;\s|(?-i:(?:[a-z]{3,}|\d{4})\.\s+[A-Z][a-z])|"
    r"^(?:inspection(?:\s+report)?|report(?:\s+published)?|published|extract(?:\s+date)?|"
    r"date(?:\s+of\s+\w+)?|"
    r"version|reporting\s+period|prepared\s+by|meeting|author|review\s+date|visit|service|"
    r"setting|provider|report\s+run|run\s+(?:date|on)|programme)\s*:\s|"
    r"^[a-z][\w ]{0,30}:\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$|"  # 'Report run: 07/07/2025'
    r"^[\w ,&'’]{0,60}\b(?:committee|board|panel|cabinet|scrutiny)\s*[–—,-]\s*"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}\s*$",  # 'Audit and Member Standards Committee
    re.IGNORECASE,  # – 12 March 2026': the meeting the paper goes to
)  # and 'Report to Audit Committee, 20 January 2026', 'Quarter 2 review – reported to Audit
# and Standards Committee, ...', 'Extract from the tracker as at ...':
# the meeting or the export, not the plan; 'Focused visit 4–5 May 2022 | Letter published ... |
# Monitored by ...' (or set apart by semicolons) or 'Review published 12 March 2024. Plan
# monitored by ...': facts set side by side or in sentences, not a name; 'Inspection: A
# reinspection of ...', 'Report published: 22 February 2023', HIW's 'Service: Morriston Hospital –
# Emergency Department': a label and its fact


# 'Audit Committee Action Log - updated 14 January 2025': when the file was last saved, not
# the plan's name (the title stays the same from one update to the next). 'Progress Update
# May 2022' and 'position at 31 December 2023' name the report and are kept, and so is a
# bracketed '(updated November 2024)': written into the name, as every author who wrote one
# reads it (three blind plans; the dash form's one author dropped it).
_STAMP = re.compile(
    rf"\s*[-–—,]\s*((?:last\s+)?(?:updated|revised|amended)(?:\s+on)?\s*:?\s*{A_DATE})\s*$",
    re.IGNORECASE,
)


def without_stamp(title: str) -> tuple[str, str]:
    """The title without its ' - updated DATE' stamp, and the stamp (kept in the notes)."""
    found = _STAMP.search(title)
    if not found or not title[: found.start()].strip():
        return title, ""
    stamp = found.group(1)
    return title[: found.start()].rstrip(), stamp[0].upper() + stamp[1:]


def table_width(header: list[str]) -> int:
    """The last column of the table under this header: its titles run on until two empty
    columns in a row (a key block set beside the table, further right, is not the table)."""
    last, gap = 0, 0
    for i, cell in enumerate(header):
        if cell.strip():
            if last and (gap >= 2 or (gap and LABEL_CELL.match(cell))):  # '… | | RAG key'
                break
            last, gap = i, 0
        else:
            gap += 1
    return last


# A label beside the plan's name, as an export writes it above the table: 'Plan name', 'Title'.
TITLE_LABEL = re.compile(
    r"^\s*(?:plan\s+(?:name|title)|(?:document|report)\s+title|title|name\s+of\s+plan)\s*:?\s*$",
    re.IGNORECASE,
)
# A line that names the plan: the title, rather than the council's name above it.
PLAN_WORDS = re.compile(
    r"\b(plan|tracker|tracking|report|action|improvement|statement|programme|strategy|"
    r"inspection|register)\b",  # ('Tracking Decisions 2024/25': a committee's tracker)
    re.IGNORECASE,
)


_DASHES = re.compile(r"\s+[–—-]\s+")
_RESPONDS = re.compile(r"^\s*[–—:-]\s*(?:a\s+|our\s+)?response\s+to\s+the\b")  # what it answers


def names_more_fully(cover: str, title: str) -> bool:
    """The cover's title holds the sheet's own, and more, or names a plan at more length
    than the sheet's own line: the document's title page names it (four authors of the
    blind corpus in six; the other two prefer a longer line on the sheet, as this does)."""
    full, own = (  # 'Q3' and 'Quarter 3' alike
        _QUARTER.sub(r"quarter \1", " ".join(t.split()).casefold()) for t in (cover, title)
    )
    if full == own:  # 'Corporate Risk Register – Quarter 3 2025/26' on the cover, '... – Q3
        return len(" ".join(cover.split())) > len(" ".join(title.split()))  # ...' on the
        # sheet: one name, the cover's spelled out
    full_words, own_words = (set(re.findall(r"\w+", t)) for t in (full, own))
    if full_words == own_words:
        return False  # 'HMICFRS recommendation tracker – Disproportionate use of police powers'
        # on the cover, the same words in another order on the sheet: the sheet's own line
    if _cover_and_when(cover, title, full, own):
        return True
    core = re.sub(r"\s*\((?:from|based\s+on|following)\b[^()]*\)$", "", own)
    if core != own and full.endswith(f" {core}"):
        return True  # 'Quality Improvement Plan 2025–26 (from Self-Assessment Report ...)' on
        # the sheet, 'Stratford-upon-Avon College Quality Improvement Plan 2025–26' on the
        # cover: the plan named with its body, the sheet's bracket only where it came from
    # 'This plan responds to ...', 'Read me: the tracker is on the next sheet': prose, a note
    sentence = full.endswith(".") or re.match(r"^\w+(?:\s+\w+)?\s*:", full) is not None
    if re.search(rf"\(\s*{APPENDIX}\s*\)$", full, re.IGNORECASE):
        return False  # '... tracker (Appendix B)': a committee paper's caption of its
        # appendix, over the sheet that names the body's tracker
    if full.endswith(" summary") or re.search(r"[:–—-]\s*summary\b[^:–—]*$", full):
        return False  # '... Register – Quarter 3 2024/25 summary', '...: summary of risk
        # scores': the caption of a summary sheet, not the document's name
    if (
        not sentence
        and re.match(rf"{APPENDIX}\s*[–—:-]", own, re.IGNORECASE)
        and (PLAN_WORDS.search(cover) or _FOLLOWED_UP.search(cover) or _LOGGED.search(cover))
    ):  # the sheet's 'Appendix B – Outstanding ... actions at 31 December 2025' under the
        return True  # cover's '... Council – Internal Audit Follow-up: ...': a paper's part
    if not sentence and own_words < full_words:
        return True  # 'Outstanding ... Recommendations – 30 September 2025' on the sheet,
        # '... – Follow-up Position at 30 September 2025' on the cover: every word of it, more
    if re.fullmatch(re.escape(full) + r"\s*\((?:\w+\s*){1,3}\)", own):
        return True  # the sheet's '... Register – Quarter 3 2025/26 (detailed)': which page
    if own.startswith(f"{full} ") and (
        _AT_A_DATE.match(own[len(full) :])
        or _WHAT_IT_HOLDS.match(own[len(full) :])
        or _RESPONDS.match(own[len(full) :])
    ):  # the sheet's 'Quality Improvement Plan – Progress at 30 June 2011', '... Plan 2025–26 –
        return True  # ILACS recommendations' or 'Action Plan: HMP Lincoln – Response to the
        # HMI Prisons Inspection of ...': the cover's plan, and when, which part or what for
    held = re.search(
        r"(?:\s[–—-]\s|:\s)[^–—:]*$", own
    )  # 'Maternity ... Plan – delivery tracker' under a
    if (  # cover's 'Maternity ... Plan 2023–2026': the cover's plan, and which part of it
        held
        and _WHAT_IT_HOLDS.match(own[held.start() :])
        and not (_STRONG_PLAN.search(own[held.start() :]) and not _STRONG_PLAN.search(full))
        and (
            set(re.findall(r"\w+", own[: held.start()])) <= full_words
            or (  # 'BOB ICB Board Assurance Framework 2025/26 – actions to address gaps ...'
                set(re.findall(r"\w+", BRACKETED.sub(" ", full)))  # under the cover's 'Board
                <= set(re.findall(r"\w+", own[: held.start()]))  # Assurance Framework 2025/26':
            )  # the cover's plan, the body's letters before it
        )
    ):
        return True
    if _by_its_letters(own, full):  # 'BAF 2025/26 – actions to address gaps ...' under the
        return True  # cover's '... – Board Assurance Framework 2025/26': the plan by its letters
    head = _DASHES.split(own, maxsplit=1)[0]
    parts = _DASHES.split(" ".join(cover.split()))
    if (
        not sentence
        and head != own
        and len(head.split()) >= 2
        and len(parts) == 2
        and head == parts[1].casefold()
        and only_bodies(parts[0])
        and not _STRONG_PLAN.search(own[len(head) :])
    ):  # 'Board Assurance Framework 2025/26 – gaps in control ...' under the cover's '...
        return True  # NHS Trust – Board Assurance Framework 2025/26': the body's plan on the
        # cover, and what the sheet holds of it (not "... Report 2023/24 – ... Action Plan":
        # the sheet names the plan the cover's report asks for)
    moment = _A_MOMENT.search(own)  # 'Oldham SEND ... Plan – progress update June 2021' under
    if (
        moment
        and (  # a cover naming the same plan more fully ('(PIAP)' is 'PIAP'), or a plan
            all(  # ('HMP Frankland – HMIP Action Plan – progress ...' under 'Action Plan: HMP
                w in full_words or re.fullmatch(INSPECTORATE, w, re.I)
                for w in re.findall(r"\w+", own[: moment.start()])
            )  # Frankland': the cover's plan, the inspectorate it answers named too)
            or (  # at all: the
                not sentence
                and (PLAN_WORDS.search(cover) or _FOLLOWED_UP.search(cover))
                and len(full) >= 30
            )
        )
    ):  # sheet's line says what the sheet holds when ('Open ... recommendations – position
        return True  # at 31 January 2025'), the cover names the document
    # 'Bournemouth University – Apprenticeships ... Action Plan': the cover names whose plan
    # it is, the sheet's line does not ('Adult Social Care – ...' names a service, no body)
    body = cover.partition(" – ")[0].strip()
    named = body.casefold()
    if body != cover.strip() and only_bodies(body) and named not in SERVICES and named not in own:
        return not sentence and bool(PLAN_WORDS.search(cover) or _FOLLOWED_UP.search(cover))
    if _whose_plan(own, full):
        return False
    if _STRONG_PLAN.search(own) and not _STRONG_PLAN.search(full) and _THE_REPORTS.search(full):
        return False  # '... Force Improvement Plan' on the sheet beside a first sheet's
        # 'HMICFRS PEEL inspection ... – graded judgements (report published ...)': the report
    if (
        _BY_THE_INSPECTORATE.match(full)
        and not _BY_THE_INSPECTORATE.match(own)
        and not _STRONG_PLAN.search(full.partition(" – ")[0])  # ('CQC Inspection Action Plan
    ):  # – Must Do and Should Do actions' names the plan)
        return False  # the cover's 'HM Inspectorate of Probation Inspection of ... – Post-
        # Inspection Improvement Plan' names the report; the sheet's 'Somerset Youth Justice
        # Service – ... Improvement Plan 2025' names whose plan it is
    return len(full) > len(own) and (
        own in full or (not sentence and bool(PLAN_WORDS.search(cover)))
    )


# A tracker named by what it follows up: 'Internal Audit Follow-up of Agreed Actions'.
_FOLLOWED_UP = re.compile(  # and 'Independent Review of UKRI: Implementation of Recommendations'
    r"\b(?:follow[- ]up|implementation)\s+of\s+(?:the\s+)?(?:agreed\s+)?(?:management\s+)?"
    r"(?:actions|recommendations)\b",  # ('Follow-up of Agreed Management Actions')
    re.IGNORECASE,
)
# A line opening with the inspectorate whose report the plan answers.
_BY_THE_INSPECTORATE = re.compile(rf"^{INSPECTORATE}\b", re.IGNORECASE)


def _spelled_out(letters: str, full: str) -> bool:
    """'sar' in a cover naming a 'Safeguarding Adult Review': the initials of words it has."""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", full) if w not in ("of", "and"))
    return 3 <= len(letters) <= 5 and letters.isalpha() and letters in initials


def _whose_plan(own: str, full: str) -> bool:
    """The sheet's line names the cover's plan and whose it is: 'Herefordshire SEND Priority
    Action Plan 2025–2026' beside the cover's 'Priority Action Plan – Area SEND Inspection'
    (the body's name on a line of its own above it): the sheet's line is the plan's name."""
    words = re.findall(r"[^\W_]+", own)
    cover = set(re.findall(r"[^\W_]+", full))
    whose = next(  # the words before the cover's own ('Weymouth College' before its plan)
        (i for i in range(1, 4) if all(w in cover or w.isdigit() for w in words[i:])), 0
    )
    return (
        len(words) >= 3 + whose
        and whose > 0
        and not any(w in cover for w in words[:whose])
        and not _spelled_out(words[0], full)  # 'SAR' of 'Safeguarding Adult Review'
        and not any(PLAN_WORDS.search(w) for w in words[:whose])
        and bool(
            _STRONG_PLAN.search(own)
            or (  # a tracker or register named with a body ('National Museums NI'), not
                _A_KIND_OF_PLAN_LAST.search(own)  # with a notice's letters ('ICO MPN')
                and any(len(w) > 3 for w in words[:whose])
            )
        )
    )


# A plan's kind ending its name: 'National Museums NI – Internal Audit Recommendations Tracker'.
_A_KIND_OF_PLAN_LAST = re.compile(r"\b(?:tracker|register|log)$")


# What an inspection report holds or when it came out: a line naming the report, no plan.
_THE_REPORTS = re.compile(r"\b(?:published|judgements?|grades)\b", re.IGNORECASE)
# What a sheet's line adds to the plan's name to say when it stands: a moment, not a name.
# What a cover's line names when it names the plan in other words: 'Internal Audit
# Follow-up: Outstanding Agreed Actions', '... Recommendations Tracker'.
_LOGGED = re.compile(
    r"\b(?:follow[\s-]?up|actions|recommendations|tracker|register|log)\b", re.IGNORECASE
)
_AT_A_DATE = re.compile(
    r"^\s*(?:[–—:-]|\()\s*(?:progress|position|update|status|as\s+at|at|quarter|q[1-4])\b",
    re.IGNORECASE,  # ('... 2025/26 (as at 31 December 2025)')
)


# What a sheet's line adds to the cover's name of the plan to say which part it holds.
_QUARTER = re.compile(r"\bq([1-4])\b")
# Words that say when a sheet was written or which review it is: 'Q2', 'Autumn review'.
_WHEN_WORD = re.compile(
    r"\d{1,2}|quarter|q[1-4]|h[12]|half|autumn|spring|summer|winter|review|update|position"
)
# ... and, where the sheet's line is the cover's own words then more ('– June 2022 visit
# (November 2022 update)'), the visit's month and year too (not after a body's name: 'Trent &
# Dove Housing – ... Plan 2025/26' names whose plan, and which year's).
_WHEN_OR_WHICH = re.compile(
    rf"{_WHEN_WORD.pattern}|(?:19|20)\d\d|visit|january|february|march|april|may|june|july|"
    r"august|september|october|november|december"
)


def _cover_and_when(cover: str, title: str, full: str, own: str) -> bool:
    """The sheet's line is the cover's title with only when, or the body's letters or name,
    added ('Corporate Risk Register – Q2 2025/26', 'NIAS Corporate Risk Register – Q2 2025/26',
    'Medway Council – ... (Q2)' under the cover's 'Corporate Risk Register 2025/26'): the
    cover names the document."""
    body, dash, rest = title.partition(" – ")
    lines = [own]  # ('Radian Group – ... (Q2)' under 'Radian Group ...': the name on both)
    if dash and (only_bodies(body.strip()) or _A_PROPER_NAME.fullmatch(body.strip())):
        lines.append(rest.casefold())  # ('Coastal Housing Group – ...': a name the cover has not)
    named, at, after = own.partition(full)
    if (
        at
        and named.strip()
        and len(named.split()) <= 3
        and _A_PROPER_NAME.fullmatch(title[: len(named)].strip())
        and re.findall(r"\w+", after)
        and all(_WHEN_WORD.fullmatch(w) for w in re.findall(r"\w+", after))
    ):  # 'Invest NI Corporate Risk Register 2025-26 – Q2' under the cover's 'Corporate Risk
        return True  # Register 2025-26': the body's short name before it, when after it
    cover_words = set(re.findall(r"\w+", full))
    letters = {w.casefold() for w in re.findall(r"\b[A-Z]{2,6}\b", title)}
    letters -= {w.casefold() for w in re.findall(r"\b[A-Z]{2,6}\b", cover)}
    for n, line in enumerate(lines):
        own_words = set(re.findall(r"\w+", line))
        added = own_words - cover_words
        when = _WHEN_OR_WHICH if n == 0 and line.startswith(full) else _WHEN_WORD
        if (
            added
            and len(cover_words) >= 3
            and cover_words <= own_words
            and any(w not in letters for w in added)
            and all(when.fullmatch(w) or w in letters for w in added)
        ):
            return True
    return False


# A name of two to five capitalised words and no plan's word: 'Wheatley Group'.
_A_PROPER_NAME = re.compile(
    r"(?!.*\b(?i:plan|register|tracker|log|report|review)\b)(?:[A-Z][\w&'’.]*\s+){1,4}[A-Z][\w'’.]*"
)


_WHAT_IT_HOLDS = re.compile(
    r"^\s*[–—:-]\s*(?:(?:[\w'’]+,?|\([^()]{1,20}\))\s+){0,6}"  # ('– requirement notices
    r"(?:recommendations?|actions?|areas?\s+for\s+improvement|"  # (must do) and recommendations')
    r"findings?|tracker|milestones?|action\s+plan|(?:risk\s+)?treatment\s+plan|register|"
    r"details?|areas?\s+of\s+(?:significant\s+)?weakness)"  # ('– risk detail (Quarter 2)':
    # the page of each risk's detail; a SEND plan's '– Areas of Significant Weakness (ASW)')
    r"(?:\s+(?:necessary|needed|required))?(?:\s+(?:to|by)\s+\w+(?:\s+\w+){0,5})?"  # ('–
    # detail by strategic ambition')
    r"(?:\s*[,(][^–—]*)?\s*$",  # ('– further actions to reduce risk (Q2 ...)'; ', Period
    # 9'), '– detailed register (Q2)'
    re.IGNORECASE,
)
_A_MOMENT = re.compile(  # (and '– Q2 update (July–September 2025)', '...: progress at ...')
    r"(?:\s[–—-]|:|\s(?=\())\s*(?:(?:q|quarter\s)[1-4]\s+(?:(?:19|20)\d\d\s*/\s*\d{2,4}\s+)?)?"
    r"\(?(?:progress|position|update|status|review|as\s+at)\b.*$"  # ('– Quarter 2 2025/26
    # (position at', '– Quarter 2 review (October 2025)', '... Plan (update September 2024)')
    r"|\s\((?:q|quarter\s)[1-4]\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\)$"  # '(Q2 2025/26)'
    r"|\s\((?:inspected|inspection(?:\s+dates?)?|visited):?\s[^()]{0,30}(?:19|20)\d\d\)$",
    re.IGNORECASE,  # ('... (inspected 5–7 August 2025)': when it was inspected)
)


# A place a plan is for, by the word its name ends in: 'Clare Lodge Secure Children's Home',
# 'Woodlands Juvenile Justice Centre', 'Elgin Academy'.
_SETTING = re.compile(
    r"^[A-Z][\w'’.\- ]*\b(?:school|academy|college|lodge|home|house|centre|center|unit|"
    r"hospice|nursery|institution)(?:\s+[–—-]\s+[A-Z][\w'’ ]*)?$",  # '... – Residential Provision'
    re.IGNORECASE,
)


def about_the_paper(text: str) -> bool:
    """'Appendix B to the ... Report – Panel, 3 December 2025', 'Reported to ...': a line
    saying where the paper goes or what it hangs from, never the plan's name."""
    return _NOT_A_TITLE.search(text) is not None or _meeting_and_position(text)


# 'Audit and Risk Committee, 20 November 2025', 'position at 31 August 2025': the meeting a
# paper goes to and the day its figures stand at.
_A_MEETING = re.compile(
    rf"^[A-Z][\w ,&'’]{{0,60}}\b(?:committee|board|panel|cabinet|scrutiny)\s*[,:]?\s*{A_DATE}$",
    re.IGNORECASE,
)
_A_POSITION = re.compile(
    rf"^(?:(?:position|progress|status)\s+(?:as\s+)?at|as\s+at)\s+{A_DATE}$", re.IGNORECASE
)


def _meeting_and_position(text: str) -> bool:
    """'Position at 31 October 2025 – Audit and Risk Committee, 20 November 2025' (or the
    other way round): a line made only of the meeting and the day the figures stand at,
    which a person reads as the paper's date line under the plan's name, never its name."""
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+", text.strip()) if p.strip()]
    return (
        len(parts) >= 2
        and any(_A_MEETING.match(p) for p in parts)
        and all(_A_MEETING.match(p) or _A_POSITION.match(p) for p in parts)
    )


def setting_over_kind(name: str, line: str) -> bool:
    """A setting's name over a line giving only the plan's kind and what it answers ('Action
    plan following Ofsted full inspection, ...'): the setting's name is the plan's title, as
    two of the three authors of that shape read it (the third joined the two)."""
    return bool(_SETTING.match(name.strip())) and bool(_KIND_ANSWERING.match(line.strip()))


def _initials(line: str) -> str:
    """'HEIW' of 'Health Education and Improvement Wales / Addysg a Gwella Iechyd Cymru' (its
    first language's side): a name's letters, three or more, or '' where it is no name."""
    words = [w for w in line.split(" / ")[0].split() if w.lower() not in _JOINING]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


_JOINING = frozenset(("and", "of", "the", "for", "&"))


def best_title(lines: list[str]) -> int:
    """Which of the lines above a table names the plan: the first of the best scored, or a
    setting's name over the plan's kind and what it answers."""
    best = max(range(len(lines)), key=lambda i: plan_score(lines[i]))
    if (short := _initials(lines[best])) and (
        others := [
            i for i, line in enumerate(lines) if i != best and re.search(rf"\b{short}\b", line)
        ]
    ):  # 'Health Education and Improvement Wales / Addysg ...' under 'HEIW Board Action
        best = others[0]  # Log': the body's name spelt out, the plan named by its letters
    if best > 0 and setting_over_kind(lines[best - 1], lines[best]):
        return best - 1
    if best > 0 and _ONLY_A_KIND.match(lines[best].strip()) and only_bodies(lines[best - 1]):
        return best - 1  # 'Plymouth Health and Wellbeing Board' over 'Action Log – updated
        # following the meeting held on ...': the board's log, named by the board
    if (  # 'Year One Action Plan – position at ...' under the strategy (or concordat) it delivers
        best > 0
        and _ONLY_A_KIND.match(lines[best].strip())
        and re.search(r"\b(?:strategy|concordat|framework|charter)\b", lines[best - 1], re.I)
        and plan_score(lines[best - 1]) > -6
    ):
        return best - 1
    return best


def after_body(title: str, heading: str, right_after: bool) -> str:
    """A short heading naming the plan ('Business Plan 2018 - 2020') right under a title
    naming only the body ('Buckinghamshire Safeguarding Adults Board'): the plan's name is the
    two read on. A longer heading names the plan in full ('CQC Inspection 2023 – Must Do and
    Should Do Action Plan' under the trust's name): the heading alone, as four of the blind
    corpus's six authors of that shape read it. Otherwise the heading."""
    if (
        right_after
        and title
        and (setting_over_kind(title, heading) or _ONLY_A_KIND.match(heading.strip()))
    ):
        return title  # 'Action Plan and Progress Update – June 2022' under the review's name
    if right_after and title and not PLAN_WORDS.search(title) and len(title.split()) <= 8:
        return f"{title} {heading}" if len(heading.split()) <= 6 else heading
    return heading
