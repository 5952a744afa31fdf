"""The words a plan's own key defines for its status column ('1 = Complete', 'Check
progress = amber', 'Amber | Behind schedule – ...'), read as the key says: apart from the
checks, which only ask whether a key gives a colour another meaning."""

from __future__ import annotations

import re

from ..model import Status
from .keys import meaning_of
from .values import COLOUR_WORD, COLOUR_WORDS, STATUS_WORDS, status_key

_SEGMENTS = re.compile(r"\s*(?:[;,\n\t|·•]|\s{2,}|\.\s)\s*")  # ('Complete · On track')
_BRACKETED_COLOUR = re.compile(  # and 'Implemented (Blue) – action complete'
    r"^([^=]{1,30}?)\s*\(\s*"  # (not 'Implemented = complete (blue)': a pair)
    r"(red|amber|green|blue|yellow|grey|gray|white|no colou?r|none|clear|[RAGB])"
    r"(?:\s*(?:–|—|\s-|:|,)\s*[^()]{1,60})?\s*\)"  # ('Delayed (amber – date agreed)')
    r"(?:\s*(?:–|—|\s-|:|=)\s*\S.*)?$",
    re.IGNORECASE,
)
# A colour by its capital letter, in a key's brackets: 'Behind schedule (A)'.
_LETTERS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
# '✔ done', '● on track': a symbol and its meaning.
_SYMBOL_PAIR = re.compile(r"^([^\w\s])\s+(\w.*)$")
_KEY_LABEL = re.compile(  # and 'RAG: C = complete, G = on track': the column's name
    r"^(?:.{0,30}?\bkey\s*:\s*|(?:\w+\s+){0,2}(?:b?rag|status|progress)\s*:\s*(?=\S{1,25}\s*[=:–—])|"
    r"(?:notes?\s*:\s*)?(?:b?rag|status)\s*[:–—-]\s*(?-i:(?=[A-Z]\s+[a-z])))",  # 'Notes: RAG –
    re.IGNORECASE,  # G on track; A at risk; C complete': the letters, each its meaning after
)
# 'C complete and closed with HSE': a letter and its meaning, a space between (in a line of
# two such entries or more).
_LETTER_PAIR = re.compile(r"^([A-Z])\s+([a-z].{1,60})$")
# 'In progress (some slippage)': a status word, what it means in brackets after it.
_MEANING_IN_BRACKETS = re.compile(r"^([^()]{2,30}?)\s*\(([^()]{3,40})\)\.?$")
_PAIR = re.compile(r"^(.{1,30}?)\s*(?:=|:|–|—|\s-\s)\s*(.+)$")
_EQUALS = re.compile(r"^(.{1,30}?)\s*=\s*(.+)$")


_ON_TRACK = re.compile(r"\bon\s+(?:track|target|schedule)\b", re.IGNORECASE)
_OFF_TRACK = re.compile(r"\b(?:not|off)\s+(?:on\s+)?(?:track|target|schedule)\b", re.IGNORECASE)


# Status words whose colour is their name, which a key's meaning in other words never moves.
FIRM_WORDS = frozenset(("on track", "off track", "complete", "completed", "not started"))
_IN_BRACKETS = re.compile(r"\(\s*(?:red|amber|green|blue)\s*\)", re.IGNORECASE)


def _entries(segment: str) -> list[str]:
    """A key's entries set apart by ' / ' where each names its colour in brackets ('Complete
    / On track (green) / Some delay (amber) / Off track (red)'); else the segment whole."""
    if " / " in segment and len(_IN_BRACKETS.findall(segment)) >= 2:
        return segment.split(" / ")
    return [segment]


def _colours_words(colour: Status | None, meaning: str) -> str | None:
    """'Amber = Behind schedule – expected to complete with a short delay': the status words
    a colour stands for in the plan's status cells, where the words alone would be read as
    another colour ('Behind schedule' as red); a completed colour keeps its meaning."""
    words = status_key(re.split(r"\s[–—-]\s|:\s|\.\s", meaning, maxsplit=1)[0])
    read = STATUS_WORDS.get(words)
    if colour in (None, Status.BLUE) or read in (colour, Status.BLUE) or words in FIRM_WORDS:
        return None
    if read is None and len(words.split()) > 3:
        return None  # 'Green = action on track and within timescale': a description
    return words


def key_statuses(texts: list[str]) -> dict[str, tuple[Status, str]]:
    """The words a plan's key defines for its RAG column ('1 = Complete', 'Check progress =
    amber', '✔ = complete'), each with the status its meaning names: from key lines that
    define two or more."""

    found: dict[str, tuple[Status, str]] = {}
    for text in texts:
        pairs: dict[str, tuple[Status, str]] = {}
        cut: dict[str, tuple[Status, str, str]] = {}  # words cut from a meaning at its dash,
        wholes: set[str] = set()  # and a colour's whole meaning ('green = In progress')
        keyed = 0
        segments = [
            _KEY_LABEL.sub("", s.strip()) for part in _SEGMENTS.split(text) for s in _entries(part)
        ]
        lettered = sum(1 for s in segments if _LETTER_PAIR.match(s.rstrip(".")))
        for segment in segments:
            if bracketed := _BRACKETED_COLOUR.match(segment):  # 'Check Progress (amber)'
                colour = _LETTERS.get(bracketed[2], bracketed[2].lower())  # ('Behind
                status = COLOUR_WORDS.get(colour, Status.UNRATED)  # schedule (A)': amber
                pairs[status_key(bracketed[1])] = (status, bracketed[2])
                keyed += 1
                continue
            match = (  # 'Open - on track = green': the pair at its '='
                _EQUALS.match(segment) if segment.count("=") == 1 else _PAIR.match(segment)
            ) or _SYMBOL_PAIR.match(segment)
            if not match and (worded := _MEANING_IN_BRACKETS.match(segment)):
                match = worded if meaning_of(worded[2]) is not None else None
            if not match and lettered >= 2:
                match = _LETTER_PAIR.match(segment.rstrip("."))
            if not match:
                continue
            token = re.split(r":\s+|\s{2,}", match[1].strip())[-1].strip(" ()")
            meaning = match[2].strip()
            if "%" in token or "%" in meaning:  # '0–25% = Red': a band (percent_bands)
                continue
            if meaning[:1].isdigit():  # 'Green: 3  Complete: 2': a count, not a meaning
                continue
            colours = [
                COLOUR_WORDS[w] for w in re.findall(r"[a-z]+", meaning.lower()) if w in COLOUR_WORDS
            ]
            named = colours[0] if len(set(colours)) == 1 else meaning_of(meaning)
            said = meaning_of(COLOUR_WORD.sub(" ", meaning)) if colours else None
            if said in (Status.GREEN, Status.BLUE) and said is not named:
                named = said  # 'On track = Amber – action on track': the words mean green
            key = status_key(token)
            if (
                named is Status.AMBER
                and key not in COLOUR_WORDS
                and _ON_TRACK.search(meaning)
                and not _OFF_TRACK.search(meaning)
            ):  # 'In progress = under way and on track': a word the key says is on track
                named = Status.GREEN  # (a colour's own name stays: 'Amber = In progress and
                # on track' is amber)
            if named is None and key in COLOUR_WORDS and len(meaning.split()) <= 3:
                named = COLOUR_WORDS[key]  # 'Amber = Some delay': the key's own words
            if named is Status.GREEN and colours and meaning_of(key) is Status.BLUE:
                named = Status.BLUE  # 'Complete – proposed for closure' on the green swatch:
                # green means complete there; the word 'Complete' stays complete
            if named is None or not key or len(re.findall(r"\w+", key)) > 5:
                continue  # ('In progress - behind schedule', four words, a status; more
                # than five, a sentence about the key)
            keyed += 1  # a key's line: 'Green = on track' counts, though green stays green
            if key in FIRM_WORDS and not colours:  # 'Off track = Slippage of more than three
                continue  # months': the words say red whatever the meaning's words lean to
            if key not in COLOUR_WORDS and key not in ("r", "a", "g", "b"):  # letters are colours
                pairs[key] = (named, meaning)
            else:
                wholes.add(status_key(meaning))
                if (words := _colours_words(COLOUR_WORDS.get(key), meaning)) is not None:
                    if words == status_key(meaning):
                        pairs[words] = (COLOUR_WORDS[key], token)
                    else:
                        cut[words] = (COLOUR_WORDS[key], token, status_key(meaning))
        for words, (colour, token, whole) in cut.items():  # 'amber = In progress – revised
            if words in wholes:  # date' beside 'green = In progress': a status of its own,
                pairs[whole] = (colour, token)  # not 'In progress' defined again
            else:
                pairs[words] = (colour, token)
        if keyed >= 2 or (keyed == 1 and _KEY_LABEL.match(text.strip()) and pairs):
            found.update(pairs)  # ('Status key: Complete · Behind schedule (amber)': a key
            # line naming one word's colour, the others as they read)
    return found
