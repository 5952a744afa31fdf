"""Values as a person reads them in a council's plan: RAG words and colours (months are read
in ends.py, people in people.py). Each reader says what it made of a cell or raises
ValueError with what is wrong; the importer adds the FILE:LINE."""

from __future__ import annotations

import colorsys
import contextlib
import re

from ..model import Status

# What councils write in a RAG column, and the RAG status it means.
STATUS_WORDS: dict[str, Status] = {
    **{s.value: s for s in Status if s.value},
    "r": Status.RED,
    "a": Status.AMBER,
    "g": Status.GREEN,
    "b": Status.BLUE,
    "complete": Status.BLUE,
    "completed": Status.BLUE,
    "achieved": Status.BLUE,
    "done": Status.BLUE,
    "closed": Status.BLUE,
    "proposed for closure": Status.BLUE,  # done, the board asked to close it (as every key
    "recommended for closure": Status.BLUE,  # of the blind corpus's board logs says)
    "propose closure": Status.BLUE,
    "propose close": Status.BLUE,
    "proposed to close": Status.BLUE,
    "on track": Status.GREEN,
    "on target": Status.GREEN,
    "at risk": Status.AMBER,
    "some slippage": Status.AMBER,
    "off track": Status.RED,
    "behind schedule": Status.RED,
    "significant delay": Status.RED,
    "not started": Status.UNRATED,
    "pending": Status.UNRATED,
    "not yet started": Status.UNRATED,
    "unrated": Status.UNRATED,
    "not rated": Status.UNRATED,
    "not yet rated": Status.UNRATED,
    "n/a": Status.UNRATED,
    "yellow": Status.AMBER,
    "open": Status.UNRATED,
    "ongoing": Status.UNRATED,
    "in progress": Status.UNRATED,
    "started": Status.UNRATED,
    "underway": Status.UNRATED,
    "not yet due": Status.UNRATED,
    "not due to start": Status.UNRATED,  # a delivery plan's action whose start is to come
    "not yet due to start": Status.UNRATED,
    "slippage": Status.AMBER,
    "slipping": Status.AMBER,
    "slipped": Status.AMBER,
    "behind plan": Status.AMBER,
    "delayed": Status.AMBER,
    "overdue": Status.RED,
    "not on track": Status.RED,
    "implemented": Status.BLUE,
    "partially implemented": Status.AMBER,  # an audit tracker's: begun, not done
    "partly implemented": Status.AMBER,
    "partially complete": Status.AMBER,  # begun, not done, as 'partially implemented'
    "partially completed": Status.AMBER,
    "partly complete": Status.AMBER,
    "delivered": Status.BLUE,
    "finished": Status.BLUE,
    "✓": Status.BLUE,  # a tick: done
    "✔": Status.BLUE,
    "☑": Status.BLUE,
    "✅": Status.BLUE,
    "🔴": Status.RED,  # coloured circles, as a Loop or Teams page shows a RAG
    "🟠": Status.AMBER,
    "🟡": Status.AMBER,
    "🟢": Status.GREEN,
    "🔵": Status.BLUE,
    "⚪": Status.UNRATED,
}
COLOUR_WORDS = {"red": Status.RED, "amber": Status.AMBER, "green": Status.GREEN,
                "blue": Status.BLUE}  # fmt: skip
# A colour named among other words ('Green - on track', 'Red = off track').
COLOUR_WORD = re.compile(rf"\b(?:{'|'.join(COLOUR_WORDS)})\b", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# A cell that names nothing of its own: empty, dashes, 'n/a', 'None', 'Unchanged', 'As
# baseline': no lead or date given ('Revised due: n/a': the original date stands).
NOTHING_GIVEN = re.compile(
    r"\s*(?:n/?a|none|[-–—]+|unchanged|no\s+change|same|"
    r"as\s+(?:per\s+)?(?:the\s+)?(?:baseline|original|planned|agreed|before)(?:\s+date)?)?\s*",
    re.IGNORECASE,
)


def status_key(text: str) -> str:
    return _SPACES.sub(" ", text.strip().rstrip(".").strip()).casefold()


_SYMBOLS = re.compile(r"^[^\w(]+", re.UNICODE)
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=[a-z])")
_TRAILING = re.compile(r"\s+[^\w\s).%]+$")  # a tick or a mark after the word
_PARTS = re.compile(r"\s*(?:[–—:;,(/)]|\s-\s|\s-|-\s)\s*")
# 'Completed 09/12/25', 'Closed on 3.11.2025': a status and the day it was reached.
_WHEN_DONE = re.compile(r"(.+?)\s+(?:on\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# '26(2)(a)', '15(1)(b)': a clause's sub-clause letter, never a RAG letter
_SUB_CLAUSE = re.compile(r"(?<=[\d)])\([a-z]{1,4}\)")


_COLOUR_LABEL = re.compile(r"^(red|amber|green|blue)\s+(?:rag|rating|status)$")


# A status, then in brackets the one before it: 'A (previous: G)', 'Green (was Amber)'.
_BEFORE_ITS_PREVIOUS = re.compile(
    r"(\S.*?)\s*\(\s*(?:previous(?:ly)?|was|last\s+(?:period|quarter|month))\s*:?\s*[^()]+\)"
)


def read_status(text: str, words: dict[str, Status]) -> tuple[Status, str]:
    """The RAG status of a cell and how it was read ('' when the cell is the colour's own
    name): the colour, its letter, a word councils use ('Complete'), a colour or word with
    more words after it ('Green - on track', 'Complete – evidence on file', '✔ Complete',
    'In progress – at risk'). A cell naming two statuses ('Amber/Green') is refused."""
    key = status_key(text)
    if not key:
        return Status.UNRATED, ""
    if "→" in key or "->" in key:  # 'G→A': it moved, and is now what the arrow points to
        now, _ = read_status(re.split(r"→|->", key)[-1], words)
        return now, "word"
    if current := _BEFORE_ITS_PREVIOUS.fullmatch(key):  # 'A   (previous: G)': amber, the
        return read_status(current[1], words)[0], "word"  # period before's status in words
    key = _TRAILING.sub("", key) or key  # 'Complete ✓'
    if (dated := _WHEN_DONE.fullmatch(key)) and dated[1] in words:
        return words[dated[1]], "word"  # 'Completed 09/12/25': complete, and when
    key = _NUMBERED.sub("", key) or key  # '5. Complete': a drop-down list's numbered choices
    if key in words:
        status = words[key]
        return status, "" if key == status.value else "word"
    bare = _SYMBOLS.sub("", key).strip()
    bare = _COLOUR_LABEL.sub(r"\1", bare)  # Planner's label 'Green RAG': green
    if bare in words:
        return words[bare], "word"
    bare = _SUB_CLAUSE.sub("", bare)  # 'Regulation 15(1)(b)' cites a clause
    if percent := re.fullmatch(r"(\d{1,3})(?:\.\d+)?\s*%", bare):  # '% complete': 100% is done
        return (Status.BLUE if int(percent[1]) >= 100 else Status.UNRATED), "word"
    found = {
        words[p] for p in (_PARTS.split(bare)) if p in words and words[p] is not Status.UNRATED
    }
    found |= {words[w] for w in re.findall(r"[a-z]+(?: [a-z]+)?", bare) if w in COLOUR_WORDS} - {
        Status.UNRATED
    }
    if found == {Status.BLUE} and re.search(r"\bnot\s+yet\b|\byet\s+to\s+be\b", bare):
        raise ValueError(f"{text.strip()!r} says done and not yet: not read as a status")
        # ('Delivered, not yet evidenced': a step short of complete, which the RAG says)
    if len(found) == 1 and not re.search(
        r"\b(was|previously|from)\s+(red|amber|green|blue)\b", bare
    ):
        return found.pop(), "word"
    parts = [p for p in _PARTS.split(bare) if p]
    if not found and parts and parts[0] in words:  # 'Not yet started – awaiting funding'
        return words[parts[0]], "word"
    if not found and len(known := [p for p in parts if p in words]) == 1:
        return words[known[0]], "word"  # 'Revised date – in progress': the one part a status
    lead, joined, rest = bare.partition(" & ") if " & " in bare else bare.partition(" and ")
    if not found and joined and lead in words and not any(w in words for w in rest.split()):
        return words[lead], "word"  # 'Complete & CSPI checked': complete, and checked too
    first_line, _, rest = text.strip().partition("\n")
    if rest.strip() and not any(  # 'Complete' over 'Delivery plan agreed ...': the status
        status_key(line) in words or COLOUR_WORD.search(line)  # first, then what was done;
        for line in rest.splitlines()  # never 'Q1: Green' over 'Q2: Amber'
    ):
        with contextlib.suppress(ValueError):  # else refused below, the whole cell shown
            return read_status(first_line, words)[0], "word"
    colours = {
        COLOUR_WORDS[w]
        for w in re.findall(r"[a-z]+", key)
        if w in COLOUR_WORDS and not re.search(rf"\b(was|previously|from)\s+{w}\b", key)
    }
    first = re.match(r"([a-z]+)\b\s*(?:[-–:(,]|$)", key)
    if len(colours) == 1 and first and first[1] in COLOUR_WORDS:
        return COLOUR_WORDS[first[1]], "colour and words"
    if len(colours) > 1:
        raise ValueError(f"the RAG cell {text.strip()!r} names more than one colour")
    raise ValueError(f"unknown RAG status {text.strip()!r}")


# Colours a key names beyond the RAG ('Grey | Not yet started'), as colour_name gives them.
OTHER_COLOURS = frozenset(("purple", "pink", "grey", "gray", "white", "black"))


def colour_name(rgb: str) -> str:
    """A fill's colour as a key names it: red, amber, green, blue (as rag_of reads them), or
    purple, pink, grey, white, black, other; a plan's own key may give it a meaning."""
    status = rag_of(rgb)
    if status is not None:
        return status.value
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.15 or (saturation < 0.3 and 0.1 <= lightness <= 0.93):
        return "white" if lightness > 0.93 else "black" if lightness < 0.1 else "grey"
    degrees = hue * 360
    if 260 <= degrees < 320:
        return "purple"
    if degrees >= 320:
        return "pink"
    return "other"


def rag_of(rgb: str) -> Status | None:
    """The RAG status a fill colour shows ('FF0000' -> red), or None for a colour that is not
    one (white, grey, purple ...)."""
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.3 or lightness > 0.93 or lightness < 0.1:
        return None
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return Status.RED
    if degrees < 65:
        return Status.AMBER
    if 75 <= degrees < 170:
        return Status.GREEN
    if 185 <= degrees < 260:
        return Status.BLUE
    return None
