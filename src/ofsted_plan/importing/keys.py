"""The plan's own key, as councils write it: colour = meaning pairs in a line ('Blue =
complete; Green = on track'), in a sentence ('actions shaded green have been completed'), or
as coloured cells with their meaning written in or beside them."""

from __future__ import annotations

import itertools
import re

from ..model import Status
from .documents import Row
from .values import COLOUR_WORDS

KEY_PAIR = re.compile(  # (not 'Appendix A – Outstanding ...': the appendix's letter)
    r"(?<!appendix )(?<!annex )(?<!annexe )(?<!part )(?<!section )(?<!schedule )"
    r"\b(blue|green|amber|red|orange|yellow|b|g|a|r)\b(?:\s+(?:shading|shaded|fill|filled|cells?|colou?r|"
    r"box|rating))?\s*(?:=|:|–|-|—|\|)\s*([^;,=|\n\t]+?)\s*"
    r"(?=(?:[;,.\n|\t]|\s\b(?:blue|green|amber|red|orange|yellow|b|g|a|r)\b\s*(?:=|:|–|-|—))|$)",
    re.IGNORECASE,
)
# A key in a sentence: 'actions shaded green have been completed', 'blue actions are awaiting
# sign-off'.
KEY_PROSE = re.compile(
    r"\b(?:(?:shaded|coloured|colored|marked|highlighted|rated)\s+(blue|green|amber|red)|"
    r"(blue|green|amber|red)\s+(?:actions?|rows?|cells?|items?))\s+"
    r"(?:are|is|have\s+been|has\s+been|means?|indicates?|shows?)\s+([^;,.\n]+)",
    re.IGNORECASE,
)


# A key that gives the meaning before its colour, each pair ended by ';', ',' or the line
# ('up to 25% complete = Red; 26% to 75% complete = Amber'): known as a key line; its
# meanings are not read (bands of a percentage are refused as such: status_checks.py).
KEY_AFTER = re.compile(
    r"(?:^|[;,|]|:\s)\s*([^;,=|:\n]{2,80}?)\s*=\s*(blue|green|amber|red)\s*(?=[;,.|]|$)",
    re.IGNORECASE,
)


def key_pairs(text: str) -> list[tuple[str, str]]:
    """The colour -> meaning pairs a key line gives ('Blue = complete; Green = on track'); a
    count ('Green: 3') is a total, not a meaning."""
    cells = [c.strip().lower() for c in text.split("|")]
    if any(a in COLOUR_WORDS and b in COLOUR_WORDS for a, b in itertools.pairwise(cells)):
        return []  # 'Workstream | Complete | Green | Amber | Red': a summary's titles, no key
    if len(cells) >= 3 and cells[0].isdigit():
        return []  # '1 | Critical (do now) | A | Complete': a numbered table's row, its
        # section 'A' no amber
    pairs = []
    letters = {"b": "blue", "g": "green", "a": "amber", "r": "red"}
    for colour, meaning in KEY_PAIR.findall(text):
        word = letters.get(colour.lower(), colour.lower())
        meaning = re.split(r"\t|\s{3,}", meaning.strip())[0]  # ('G – on track   Complete –
        # action closed': the entries set apart by spaces, the next one no colour's)
        if (
            (word in COLOUR_WORDS or word in SHADES)
            and meaning.strip()
            and not meaning.strip()[:1].isdigit()
        ):
            pairs.append((word, meaning.strip()))
    if not pairs:
        pairs = [((a or b).lower(), m.strip()) for a, b, m in KEY_PROSE.findall(text)]
    return pairs


def is_key_text(text: str) -> bool:
    """Two colours and their meanings, a line that says it is the key, or one line of a key
    set out a colour a line ('Red – Implementation date passed, action not complete')."""
    return (
        len(key_pairs(text)) >= 2
        or bool(KEY_ENTRY.match(text))
        or bool(_KEY_LABEL.match(text))
        or len(KEY_AFTER.findall(text)) >= 2  # a key line, its meanings not read from it
    )


# 'Key', 'RAG key:', 'Key to ratings', 'Status key – ...': a line saying it is the key (not
# 'Key Recommendation 1: ...', 'Key lines of enquiry': 'key' as a word of the text).
_KEY_LABEL = re.compile(
    r"^\s*(?:(?:b?rag\s+)?(?:rating\s+|status\s+|progress\s+|colou?r\s+)?key"
    r"(?:\s*$|\s*[:\-–—(=|]|\s+(?:to|for)\b|\s+(?:[brag]|blue|green|amber|red)\b)|"
    # 'RAG definitions', 'Status descriptors:', 'RAG rating legend'
    r"(?:b?rag|status|progress)(?:\s+(?:rating|status))?\s+(?:definitions?|descriptors?|"
    r"legend|guide)\s*:?\s*$|legend\s*:?\s*$)",
    re.IGNORECASE,
)


def is_key_label(text: str) -> bool:
    """'RAG status key' alone: a key's label, never an action's words."""
    return len(text) <= 30 and _KEY_LABEL.match(text) is not None


# 'Action progress key (colour):' before its coloured cells: a key's caption.
KEY_CAPTION = re.compile(r"^[\w ]{0,30}\bkey\b[^:]{0,20}:?$", re.IGNORECASE)


# Amber's two shades, where a key sets them apart (an NHS log's red, orange, yellow, green).
SHADES = ("orange", "yellow")
KEY_ENTRY = re.compile(
    r"^\s*(?:red|amber|green|blue|orange|yellow)\s*(?:=|–|—|\s-)\s*[A-Za-z].{0,150}$",
    re.IGNORECASE,
)


def amber_shade(rgb: str) -> str | None:
    """'orange' or 'yellow' for a fill read as amber that a key could tell apart from amber
    itself (Excel's amber FFC000 is 45 degrees; orange F79646 22; yellow FFFF00 60)."""
    import colorsys

    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    degrees = colorsys.rgb_to_hls(r, g, b)[0] * 360
    return "orange" if degrees < 36 else "yellow" if degrees >= 52 else None


RAG_NAMES = frozenset(("red", "amber", "green", "blue"))
COLOUR_LETTERS = frozenset(("r", "a", "g", "b", *RAG_NAMES))  # a key's 'B | Complete' rows


def fill_pairs(row: Row) -> list[str]:
    """A key of coloured cells, each with its meaning written in it or beside it: 'green =
    Completed', 'purple = Complete', 'yellow = On track' (a shade of amber, named)."""
    from .values import colour_name

    pairs: list[str] = []
    if len(row.fills) >= 3 and row.band() is not None:
        return pairs  # a heading row shaded as a band ('Theme | Achieved | On track'): no key
    for c, fill in sorted(row.fills.items()):
        colour = colour_name(fill)
        if colour == "amber":  # a yellow swatch beside an amber one: the key tells them apart
            colour = amber_shade(fill) or colour
        if colour in ("white", "black", "other") or c >= len(row.cells):
            continue
        own = row.cells[c].strip()
        if own.lower() == colour:  # 'Green' in the green cell: its meaning is beside it
            own = ""
        meaning = (
            own
            or next(  # a swatch, its meaning in the next cell
                (
                    t.strip()
                    for t in row.cells[c + 1 : c + 2]
                    if t.strip() and c + 1 not in row.fills
                ),
                "",
            )
        )
        if KEY_ENTRY.match(meaning):  # 'Orange – not on target' names its shade: as written
            pairs.append(meaning)
        elif meaning:
            pairs.append(f"{colour} = {meaning}")
    return pairs


def words_then_swatch(row: Row) -> list[str]:
    """'Not yet due to start' | a grey cell, the row's last: a key's meaning written left of
    its swatch (fill_pairs reads it in the swatch or right of it)."""
    from .values import colour_name

    blank = [c for c in row.fills if c < len(row.cells) and not row.cells[c].strip()]
    texts = [i for i, c in enumerate(row.cells) if c.strip()]
    if len(blank) != 1 or not texts or texts[-1] != blank[0] - 1:
        return []
    colour = colour_name(row.fills[blank[0]])
    if colour in ("white", "black", "other") or (blank[0] - 1) in row.fills:
        return []
    return [f"{colour} = {row.cells[texts[-1]].strip()}"]


# What a key's words mean, for a key that gives a colour another meaning ('Green = completed').
_MEANINGS = (
    (re.compile(r"\b(?<!not\s)(complete[d]?|achieved|done|closed|delivered|implemented|finished|met)\b",
                re.I),
     Status.BLUE),
    (re.compile(r"\b(not\s+(?:yet\s+)?started|not\s+yet\s+due|future|not\s+due)\b", re.I),
     Status.UNRATED),
    (re.compile(r"\b(off\s+track|not\s+expected\s+to|significant(?:ly)?|serious|not\s+achieved|overdue|major|failed|"
                r"not\s+on\s+(?:track|target)|will\s+not|will\s+be\s+missed|date\s+(?:has\s+)?passed|"
                r"past\s+(?:the\s+|its\s+)?(?:due|end|target)\s+date)\b",
                re.I),
     Status.RED),
    (re.compile(r"\b(?:progressing|delivering|running)\s+(?:to|on|within|in\s+line\s+with)\s+(?:the\s+)?"
                r"(?:[a-z]+\s+)?(?:timescales?|plan|schedule|target|deadlines?|time|date)\b|"
                r"\bprogressing\s+well\b|\b(?:progressing|going|proceeding)\s+as\s+planned\b|"
                r"\bexpected\s+to\s+(?:meet|be\s+met|be\s+delivered|deliver|achieve)\b",
                re.I),
     Status.GREEN),  # before 'progressing' alone (amber)
    (re.compile(r"\b(at\s+risk|some\s+risk|risk\s+to\s+delivery|some\s+slippage|slippage|slipped|minor|concern|delay|behind|partial|"
                r"some\s+progress|in\s+progress|under\s?way|progressing|(?:revised|new)\s+date\s+agreed|miss\s+the\s+original)\b",
                re.I), Status.AMBER),  # 'Will miss the original date; revised date agreed'
    (re.compile(r"\b(on[\s-]+track|on\s+target|good\s+progress|progressing\s+well|on\s+schedule)\b",
                re.I), Status.GREEN),
)  # fmt: skip


# 'On track to be delivered', 'will be completed': a future, not a completion.
_NOT_YET = re.compile(  # ('Not yet delivered – within timescale': not complete)
    r"\b(?:to\s+be|will\s+be|not(?!\s+achieved\b)(?:\s+yet)?(?:\s+being)?|be|being|awaiting|until|"
    r"before|to)\s+"  # ('Not achieved' on a scale of four is its worst: red, never stripped)
    r"(?:fully\s+)?"
    r"(?:complete[d]?|delivered|implemented|achieved|finished|done|closed|met)\b",
    re.IGNORECASE,
)


# 'Partially achieved', 'not fully implemented', 'part complete': some way, not done.
_PARTLY = re.compile(
    r"\b(?:partially|partly|part|not\s+fully|nearly|almost|mostly|substantially)[\s-]+"
    r"(?:complete[d]?|achieved|delivered|implemented|done|met)\b",
    re.IGNORECASE,
)


# 'More than 75% complete', '26% – 75% complete': how far along, not done (100% is done).
_SHARE_DONE = re.compile(
    r"(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|up\s+to\s+|at\s+least\s+)?"
    r"\b\d{1,2}\s*%(?:\s*(?:[-–—]|to|and)\s*\d{1,2}\s*%)?(?:\s+or\s+(?:less|more|over|under))?"
    r"\s+(?:complete[d]?|delivered|implemented|achieved|done)\b",
    re.IGNORECASE,
)


def meaning_of(text: str) -> Status | None:
    """The status a key's words mean ('Complete – action delivered': blue). Its first words
    decide where they name one ('Off track – at risk of not being delivered': red)."""
    first = re.split(r"\s+[–—-]\s+|:\s|;|\(", text, maxsplit=1)[0]
    for part in (first, text) if first != text else (text,):
        if _NOT_YET.search(part):
            part = _NOT_YET.sub(" ", part)
        part = _PARTLY.sub(" partial ", part)  # 'partially achieved': not complete
        part = _SHARE_DONE.sub(" ", part)  # 'More than 75% complete': its colour's own
        named = {status for pattern, status in _MEANINGS if pattern.search(part)}
        if len(named) > 1 and _EITHER.search(part):
            return None  # 'complete or on track': one colour for two states, neither alone
        for pattern, status in _MEANINGS:
            if pattern.search(part):
                return status
    return None


_EITHER = re.compile(r"\s(?:or|and/or)\s|/", re.IGNORECASE)  # (and 'on track/achieved')
