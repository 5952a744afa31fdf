"""What a paragraph before a table says, as a person reads it: the name of the part of the
plan the table answers ('Recommendation 1: ...', a heading), a label over that name ('1.1 Area
for improvement', 'What Ofsted said:'), or the document's prose about it (narration, aims,
rationale)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .classify import ABOUT_THE_TABLE, LISTED, NOTE_LINE
from .documents import Grid, Paragraph
from .kinds import Classified, RowKind
from .labels import (
    CONTINUED,
    FACTS_IN_A_LINE,
    INSPECTORATE,
    LABELLED,
    WORDED_PART,
    label_with_facts,
    labels_one_part,
    said_of_its_part,
)
from .prefixes import prefix_class
from .titles import PLAN_WORDS

# 'What Ofsted said: ...': a paragraph labelled as the part of the plan the table answers.
# A paragraph that tells about a finding rather than stating it.
NARRATION = re.compile(
    r"^(?:(?:we|our|this\s+(?:section|area|plan|table)|in\s+this|below|the\s+following)\b|"
    r"(?:(?!(?:should|must|is|are|be)\s)\S+\s+){0,7}?(?<!not )"
    r"(?:found|told|said|reported|noted|saw|identified|highlighted|heard|judged|concluded)\b|"
    r".{0,60}\b(?:made|makes|set\s+out|sets\s+out|gave|gives|recommended|recommends|"
    r"identified|identifies|listed|lists|highlighted|highlights)\s+the\s+following\b|"
    r".{0,60}\brequired\s+to\s+(?:submit|send|produce|provide|publish)\s+(?:an?\s+|this\s+)?"
    r"(?:\w+\s+)?plan\b)",  # ('The school is required to submit an action plan ...'; 'Ofsted
    # made the following recommendations for improvement.': the list's introduction)
    re.IGNORECASE,  # ('leaders have not identified ...': the finding itself; 'Partners should
)  # ensure that fire risk is identified ...': what must be done, not a telling of it)


def labels_over_words(rows: list[Classified]) -> None:
    """A heading row that only says what kind of part follows ('Area for improvement 2'),
    right above a heading row of its words: the words name the part, as a paragraph under
    such a label does in a document; the label is kept in the notes."""
    heads = [r for r in rows if r.kind is not RowKind.BLANK]
    for r, after in itertools.pairwise(heads):
        if (
            r.kind is RowKind.STRUCTURE
            and after.kind is RowKind.STRUCTURE
            and not r.why.startswith("rules: ")
            and (labels_one_part(r.text) or label_with_facts(r.text))
            and not labels_one_part(after.text)
        ):  # (and 'Area for improvement 1    Ref: Regulation 13 (7)    Stated: First time')
            r.kind, r.why = RowKind.NOTE, "a label over its words"


def labels_over_lists(rows: list[Classified]) -> None:
    """A line ending in a colon right above the lines of a list ('Risks and issues:' over
    '- Portal supplier resourcing ...'): the list's label, prose of the report, never a
    heading over the actions that follow it."""
    heads = [r for r in rows if r.kind is not RowKind.BLANK]
    for r, after in itertools.pairwise(heads):
        if (
            r.kind is RowKind.STRUCTURE
            and not r.why.startswith("rules: ")
            and r.text.rstrip().endswith(":")
            and after.kind is RowKind.NOTE
            and after.why == LISTED
        ):
            r.kind, r.why = RowKind.NOTE, "a label over its list"


# 'Ofsted: Leaders should ...', 'Ofsted said: ...': a label that only names who said the words
# that follow (the inspectorate), not a part of the plan; the words name the part ('What
# Ofsted said: ...', a question the plan answers, is kept as the corpus's authors keep it).
# 'Nottinghamshire Police: ensure ...' names to whom it is said and is kept.
_SPEAKER = re.compile(
    rf"^(?:{INSPECTORATE}|inspectors?|the\s+inspectors?)"
    r"(?:\s+(?:said|found|noted|reported|identified|recommended|told\s+us))?\s*$",
    re.IGNORECASE,
)


def without_speaker(text: str) -> str:
    """'Ofsted: Leaders should ensure ...': the inspectorate's words, without its name."""
    label, colon, words = text.partition(":")
    return words.strip() if colon and words.strip() and _SPEAKER.match(label) else text


# A paragraph giving the part's aim, outcome or rationale: why or what success is, not what
# the part answers.
OUTCOME = re.compile(
    r"^(?:what\s+(?:we\s+(?:want|aim|intend)\s+to\s+achieve|we\s+will\s+achieve|good\s+looks"
    r"\s+like|success\s+(?:looks|will\s+look)\s+like)|(?:intended|desired|expected)\s+outcomes?|"
    r"(?:our\s+)?aims?|outcomes?|success\s+(?:measures?|criteria)|"
    r"why\s+(?:this|it)\s+(?:is\s+a\s+priority|matters)|rationale|background|context|"
    r"where\s+we\s+are(?:\s+now)?|what\s+we\s+know|"
    r"what\s+difference\s+(?:do|will|would)\s+we\s+(?:expect\s+to\s+)?(?:see|make))\s*[:?]",
    re.IGNORECASE,
)
# Paragraphs that name parts nest by what they say: 'Theme 1: ...' holds 'Quality statement: ...'.
PARAGRAPH_LEVELS = {"theme": 8, "rec": 9}
_NUMBERED_LABEL = re.compile(r"^[A-Z][A-Za-z’' ]{2,25}\s\d{1,2}[a-z]?:\s+\S")  # 'Learning Point 1:'


def fact_lines(blocks: Sequence[object]) -> set[int]:
    """Paragraphs in a run of three or more 'Label: value' lines, most of them no part's label,
    or of two, one a fact said of a part ('Service: ...', 'Area: Inpatient ward and
    theatres', 'Date of inspection: ...'): the facts of a regulator's template, not a part
    of the plan (id() of each; a numbered label among them, 'Key question 1: ...', still
    names its part)."""
    found: set[int] = set()
    run: list[Paragraph] = []
    for block in [*blocks, None]:
        if isinstance(block, Paragraph) and block.level is None and LABELLED.match(block.text):
            run.append(block)
            continue
        plain = [p for p in run if prefix_class(p.text) not in ("theme", "rec", "num1")]
        enough = len(run) >= 3 or (  # 'Service: ...' over 'Date of inspection: ...' (not
            len(run) == 2  # 'Bryanston School: Action Plan following the ISI Inspection,
            and len(plain) == 2  # ...' over 'Owner: Head': the plan's name, then a fact)
            and any(said_of_its_part(p.text) for p in run)
            and all(
                said_of_its_part(p.text)
                or (len(p.text.partition(":")[2].split()) <= 6 and not PLAN_WORDS.search(p.text))
                for p in run  # (not 'Domestic Homicide Review: ‘Amy’ – Action Plan')
            )
        )
        if enough and len(plain) * 2 > len(run):  # not a numbered part ('Key question
            found.update(  # 1: ...' after them): the part it names
                id(p)
                for n, p in enumerate(run)
                if not re.search(r"\d", p.text.split(":")[0])
                and not (n == 0 and re.search(r"\bplan\b", p.text.partition(":")[2], re.I))
            )  # (not 'Ferndale Court Care Home: CQC Inspection Action Plan' over the facts:
        run = []  # the plan's name, in bold over 'Registered provider: ...')
    return found


def told_of_headings(blocks: Sequence[object]) -> set[int]:
    """The one paragraph between each worded heading and its table ('Area for improvement 2:
    Follow-up when ...', 'Priority 3: Improve ...'), where one of them tells of its heading
    ('The investigation found that ...', 'We will ...'): all of them tell of theirs, read
    alike as a person reads a document's parts alike, never one the level under its heading
    and the next prose (id() of each)."""
    slots = [
        paragraph
        for heading, paragraph, after in zip(blocks, blocks[1:], blocks[2:], strict=False)
        if isinstance(heading, Paragraph)
        and heading.level is not None
        and 1 <= heading.level <= 9
        and WORDED_PART.match(heading.text)
        and isinstance(paragraph, Paragraph)
        and paragraph.level is None
        and isinstance(after, Grid)
    ]
    if len(slots) < 2 or not any(NARRATION.match(p.text) for p in slots):
        return set()
    return {id(p) for p in slots}


def names_a_part(block: Paragraph) -> bool:
    """A heading, or a short paragraph that starts like one ('Recommendation 1: ...'), names
    the part of the plan in the table after it; other paragraphs are the document's prose."""
    text = block.text
    if CONTINUED.search(text):  # 'Priority 2 (continued)': the part before goes on
        return False
    if ABOUT_THE_TABLE.match(text):  # 'The table below includes ...', even set as a heading
        return False
    if _BELONGS_TO.match(text):  # 'Part of Tudor Grange Academies Trust' under the title:
        return False  # whose the school is, no part of its plan
    kind = prefix_class(text)
    if block.level is not None:  # a heading, or a box (a table of one cell) before a table
        # 'Area of Weakness 6: The inconsistent quality of ...': a part named with its words
        return len(text) <= (  # ('What HSE found:' over its finding, a text record's label's
            400  # words: as long; 'Regulatory advice 1: The trustees should ...', numbered,
            if block.level >= 3 or kind in ("theme", "rec") or WORDED_PART.match(text)
            else 200  # as its siblings are)
        )
    if NOTE_LINE.match(text) or OUTCOME.match(text):  # 'Outcome: leaders are held to ...'
        return False  # the aim, not a part ('Outcome 2: ...' names one)
    if FACTS_IN_A_LINE.fullmatch(text):  # 'Served: ... | Compliance date: ...': the
        return False  # notice's facts, said of it
    if said_of_its_part(text):  # 'Workstream lead: ... Status this period: Green.' under
        return False  # the workstream's heading: who answers for it and how it stands
    if _ISSUED.match(text):  # 'Requirement notices were issued for Regulation 12 (...) and
        return False  # Regulation 17 (...).': what the inspection left, told, no part
    # 'Requirement 1: ... (Regulation 12 (1)(2)(a)(i))': a regulator's finding quoted in full
    if len(text) > (450 if kind in ("theme", "rec") else 250):
        return False
    if _ONE_OF_THE_REPORTS.match(text):  # 'Recommendation 3 of the review is addressed to
        return False  # the ICB ...; this plan covers ...': a sentence about the parts
    if _TOLD_OF_THE_INSPECTION.match(text):  # 'Theme: the multi-agency response to ...
        return False  # Inspection 3 to 7 March 2025; ...': the JTAI's theme and dates, told
    if kind == "plain" and _FOR_A_MEETING.search(text):
        return False  # 'Finance & General Purposes Committee – 15 July 2025 – Agenda item 8':
        # the meeting the paper goes to, no part of the plan
    if kind == "plain" and LABELLED.match(text) and not _NUMBERED_LABEL.match(text):
        return False  # 'Accountable board: SEND Partnership Board': a label and its value,
        # said of the part (reader.py); 'Learning Point 1: ...' names one
    return (
        kind in ("theme", "rec", "num1")
        or (len(text) <= 120 and not text.endswith((".", ":")))
        or _LETTERED.match(text) is not None  # 'B. This authority complied with ...': an
    )  # audit's lettered control objective, named in its words


# A report's part named in a sentence about it: 'Recommendation 3 of the review is ...'.
_ONE_OF_THE_REPORTS = re.compile(
    r"^(?:recommendations?|areas?\s+for\s+improvement|requirements?)\s+\d{1,2}(?:\s*(?:,|and)"
    r"\s*\d{1,2})*\s+(?:of|in|from)\s+the\s+\w+\s+(?:is|are|was|were|has|have)\b",
    re.IGNORECASE,
)
# A label with no number, then sentences: 'Theme: the multi-agency response to children
# who need help. Inspection 3 to 7 March 2025; ...' (what the inspection looked at, and when).
_TOLD_OF_THE_INSPECTION = re.compile(r"^[A-Za-z ]{3,20}:\s+[a-z][^.]{10,}\.\s+[A-Z].*\.$")
# What an inspection issued, told in a sentence: 'Requirement notices were issued for ...',
# 'Two recommendations were made'.
_ISSUED = re.compile(
    r"^(?:[\w’' ]{0,40}\s)?(?:(?:requirement|warning|enforcement|improvement)\s+notices|"
    r"recommendations|requirements)\s+(?:were|have\s+been)\s+(?:issued|made|served|given)\b",
    re.IGNORECASE,
)
# The meeting a paper goes to, its date and its item: '... Committee – 15 July 2025 – Agenda
# item 8'.
_FOR_A_MEETING = re.compile(
    r"\b(?:committee|board|panel|cabinet|council|meeting)\b[^–—]{0,40}[–—,-]\s*\d{1,2}\s+[A-Za-z]+"
    r"\s+\d{4}\s*[–—,-]\s*agenda\s+item\s+\w+\s*$",
    re.IGNORECASE,
)
# A part lettered, then its words: 'C. This authority assessed the significant risks ...'.
_LETTERED = re.compile(r"^[A-Z]\.\s+[A-Z][a-z]+(?:\s+\S+){3,}")


Labelled = list[tuple[Grid, list[tuple[int, str]]]]  # each plan table, the headings over it
# A setting's line naming the body it belongs to: 'Part of Tudor Grange Academies Trust'.
_BELONGS_TO = re.compile(
    r"^(?:(?:[Aa]\s+)?[Pp]art\s+of|(?:[Aa]\s+)?[Mm]ember\s+of)\s+(?:the\s+)?[A-Z]"
)


def _singular(text: str) -> str:
    return " ".join(w[:-1] if w.endswith("s") else w for w in text.casefold().split())


def _names_a_column(grid: Grid, label: str) -> bool:
    """'Areas for improvement' over the one table, whose column is 'Area for improvement':
    the heading says what the table lists, its caption, not a part of it."""
    wanted = _singular(label.rstrip(":"))
    return any(_singular(cell.rstrip(":")) == wanted for row in grid.rows[:3] for cell in row.cells)


def column_caption_row(rows: list[Classified]) -> None:
    """The one heading row of a table naming its own column ('Recommendations' over the
    'Recommendation' column): the table's caption, as such a heading over a document's only
    table is, not a part of the plan; kept in the notes. Two such rows tell parts apart."""
    heads = [r for r in rows if r.kind is RowKind.STRUCTURE]
    if len(heads) != 1 or heads[0].header is None or heads[0].why.startswith("rules: "):
        return
    head = heads[0]
    assert head.header is not None
    wanted = _singular(head.text.rstrip(":"))
    if any(_singular(t.rstrip(":")) == wanted for t in head.header.titles if t.strip()):
        head.kind, head.why = RowKind.NOTE, "the caption of its column"


# A part numbered and named ('Key question 1: ...', 'Priority 2 – Early help'), not a section
# of the document ('Section 2', 'Part 1: Action plan', 'Appendix A').
_NAMED_PART = re.compile(
    r"^(?!(?:section|part|appendix|annexe?)\b)\w+(?:\s+\w+){0,2}\s+\d{1,2}[a-z]?\s*[:–—-]\s*\w",
    re.IGNORECASE,
)


def shared_labels_dropped(grids: Labelled) -> Labelled:
    """Headings over the tables that name no part: one over every table ('Our improvement
    plan': the document's section), a caption repeated under each heading ('Key
    milestones' under every workstream), or one over the only table that is the title of its
    column ('Areas for improvement' over 'Area for improvement')."""
    if len(grids) == 1:  # over two tables ('Requirements', 'Recommendations') it tells them apart
        grids = [(g, [lb for lb in labels if not _names_a_column(g, lb[1])]) for g, labels in grids]
    firsts = {labels[0] for _, labels in grids if labels}
    if (
        len(grids) > 1
        and len(firsts) == 1
        and all(len(lb) >= 2 for _, lb in grids)
        and not _NAMED_PART.match(next(iter(firsts))[1])  # ('Key question 1: How well do we
    ):  # support people's wellbeing?' over all: the plan's one part, named as the others are)
        grids = [(grid, labels[1:]) for grid, labels in grids]
        firsts = {labels[0] for _, labels in grids if labels}  # ('Programme summary' over
        # all: the workstreams under it are what tell the tables apart)
    under = [labels[-1][1] for _, labels in grids if len(labels) >= 2]
    lasts = set(under)
    if len(grids) > 1 and len(lasts) == 1 and len(under) >= 2 and len(firsts) > 1:
        # (repeated: under one heading only, the line names that table's part)
        caption = lasts.pop()
        grids = [(grid, [lb for lb in labels if lb[1] != caption]) for grid, labels in grids]
    return grids
