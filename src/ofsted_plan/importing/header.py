"""The header row of a council's table: which row it is, and which column is which field.

Columns are found by what they mean: each field has the names councils give it (Target date,
Owner, RAG rating, Area for improvement ...). A row is a header when it names an action column
and at least two more; two columns for one field are told apart or refused (one_column.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .labels import INSPECTORATE
from .title_periods import progress_period, status_period
from .vocabulary import HEADER_NAMES


class Vocabulary(NamedTuple):
    """The names this import reads columns by: HEADER_NAMES, and any a rules file adds
    (importing/rules.py); 'extra' keeps a column out of every field."""

    names: Mapping[str, str]
    ruled: frozenset[str]  # the names a rules file gave: never second-guessed
    # Each cell's reading, once: every row is asked whether it is a header (10,000 rows,
    # 300,000 cells: 1.7 s of a 3.9 s import before, measured with cProfile).
    read: dict[str, Column | None]
    # Of those, the ones the user's own rules file gave, not a re-reading's settlement: what a
    # check of the finished plan leaves alone ('column Risk score = extra', whatever its colours).
    by_user: frozenset[str] = frozenset()
    # The names a title is read by loosely, as part of a longer title: a rules file's names
    # only where the vocabulary has none ('column Area for improvement = extra' is that
    # column alone, never 'Area for improvement (RQIA wording)' beside it).
    loose: Mapping[str, str] = HEADER_NAMES

    @classmethod
    def of(
        cls,
        names: Mapping[str, str],
        ruled: Mapping[str, str] | None = None,
        settled: frozenset[str] = frozenset(),
    ) -> Vocabulary:
        """`settled`: the keys of `ruled` a re-reading named (importer.import_table)."""
        named = frozenset(ruled or ())
        loose = {**(ruled or {}), **names}
        return cls({**names, **(ruled or {})}, named, {}, named - settled, loose)


VOCABULARY = Vocabulary.of(HEADER_NAMES)
SPACES = re.compile(r"\s+")
# Words that say which of two columns for one field is the one in force: 'Revised deadline'
# over 'Original deadline', 'Current RAG' over 'Previous RAG', an HSE notice's 'Extended
# compliance date' over the 'Notice compliance date'. Rank 2 wins over 0.
QUALIFIERS = {
    **dict.fromkeys(
        ("current", "latest", "revised", "new", "updated", "now", "this month", "actual",
         "amended", "re-profiled", "reprofiled", "forecast", "overall", "extended"),
        2,
    ),
    **dict.fromkeys(
        ("previous", "last", "prior", "original", "initial", "baseline", "was", "old",
         "last month", "previous month", "planned", "agreed", "first", "notice"),
        0,
    ),
}  # fmt: skip
# Names that give way to another column for the same field: a JTAI plan's 'Lead agency' beside
# its 'Lead officer' (the officer leads; the agency is kept as another column).
WEAKER = frozenset(
    ("lead agency", "agency", "responsible agency", "lead organisation", "lead partner",
     "lead director", "agency lead", "finding", "findings", "audit finding", "issue", "issues",
     "observation", "observations",
     "title", "date", "partner(s)", "partners", "delivery partner(s)", "delivery partners",
     "delivery partner", "priority", "id", "no", "no.", "#", "item", "rec",
     "partner agency", "partner agencies", "progress", "code", "% complete", "percent complete",
     "% completed", "progress %", "management response", "response",
     "item no", "risk", "risk description", "strategic risk", "corporate risk", "timeline",
     "evidence of implementation")
)  # fmt: skip
# ('Risk Description' beside 'Risk Title': the title names the risk, the description tells it;
# a board's 'Timeline' of two dates beside its 'Due date': the due date, else the timeline's end.)


class Column(NamedTuple):
    field: str  # an Action field, or 'extra'
    rank: int  # 2 'current'/'revised', 1 plain, 0 'previous'/'original'


def header_key(cell: str) -> str:
    """A title as the vocabulary has it: 'Due_Date:' and 'due date' are one."""
    return SPACES.sub(
        " ", cell.replace("_", " ").strip().rstrip(":?").strip().rstrip("*").strip()
    ).lower()  # and 'Who?', 'When?': a plan's questions as its titles


def column_of(words: Vocabulary, cell: str) -> Column | None:
    """The field a header cell names, and its rank: the name itself ('Target date'), the name
    with a qualifier or a date in brackets ('Revised deadline', 'RAG (current)', 'Current RAG
    (Jun 19)'), or one side of a bilingual or two-part name ('Cam Gweithredu / Action')."""
    if not cell or (len(cell) > 80 and not _ruled_long(words, cell)):
        return None
    if cell in words.read:
        return words.read[cell]
    if _NUMBERED.fullmatch(cell) and cell not in words.names:
        return None  # a ref or a date ('3.12.4', '31/03/2018'): no title, one a row, not kept
    found = words.read[cell] = _column_of(words, cell)
    return found


def _ruled_long(words: Vocabulary, cell: str) -> bool:
    """A long title a rules file (or a settled reading) names: 'Organisational response
    (Please set out here ...)', a form's instructions in its title, is still that column."""
    return bool(words.ruled) and len(cell) <= 400 and header_key(cell) in words.ruled


_NUMBERED = re.compile(r"\d[\d./\-]*")


# A highlight report's RAG columns named only by when: 'This period' beside 'Last period'.
PERIOD_RAG = {
    **dict.fromkeys(("this period", "current period", "this month", "current month",
                     "this quarter", "current quarter"), 2),
    **dict.fromkeys(("last period", "previous period", "last month", "previous month",
                     "last quarter", "previous quarter"), 0),
}  # fmt: skip


# The full stop closing an abbreviation in a title: 'Rec. No.', 'Resp. officer'.
_ABBREVIATED = re.compile(r"(?<=[a-z])\.(?=\s|$)")
# Letters that name a measure, not a body: 'KPI target' is the indicator's target level.
_MEASURE_LETTERS = frozenset(("kpi", "kpis", "pi", "pis", "sla", "okr", "okrs"))
# 'ICR Rec No', 'SAR recommendation': a body's or review's initials before the title say whose.
INITIALS = re.compile(r"^[A-Z]{2,8}'?s?\s+(?=\S)")


def _column_of(words: Vocabulary, cell: str) -> Column | None:
    found = _titled_column(words, cell)
    if found is None and (initials := INITIALS.match(cell.strip())):
        after = _titled_column(words, cell.strip()[initials.end() :])
        if after is not None and (
            after.field in ("ref", "recommendation", "theme")
            or (
                after.field in ("end", "start")
                and (
                    re.search(r"date|deadline", cell, re.I)
                    or initials[0].strip().lower() not in _MEASURE_LETTERS
                )
            )
        ):
            return after  # not 'KPI target' (a measure, not the end); 'KFRS target date' and
            # 'UKAD target' are the body's own dates, as 'HMICFRS deadline' is the inspectorate's
    if found is None and _BODY_ACTION.fullmatch(cell.strip()):
        return Column("action", 1)  # 'Homes England action' beside 'PAC recommendation'
    if found is None and "\n" in cell.strip():
        return _one_line_names(cell, words)  # 'Camau Lliniaru' over 'Mitigating Actions'
    return found


def _one_line_names(cell: str, words: Vocabulary) -> Column | None:
    """A title in two languages, a line each: named by the one line that names a column
    (none where two lines name different ones)."""
    found = {
        column.field: column
        for line in cell.splitlines()
        if line.strip() and (column := _column_of(words, line.strip())) is not None
    }
    return next(iter(found.values())) if len(found) == 1 else None


# A body named in capitals, then its action in lower case: 'Homes England action'.
_BODY_ACTION = re.compile(r"(?:[A-Z][\w&’'-]*\s+){2,3}actions?")


# Who made or found what a column holds, after its name: '... identified by CQC', '... raised
# in the report'.
_SAID_BY = re.compile(r"\s+(?:identified|raised|made|found|given|set)\s+(?:by|in)\s+.{1,40}$")


def _titled_column(words: Vocabulary, cell: str) -> Column | None:
    key = header_key(cell)
    if key in PERIOD_RAG and key not in words.names:
        return Column("status", 0)  # weak: a 'RAG status' column beside it is the status
    field = words.names.get(key)
    if field is None and (bare := _ABBREVIATED.sub("", key)) != key:
        key, field = bare, words.names.get(bare)  # 'Rec. No.' as 'Rec No'
    if field is not None:
        return Column(field, 0 if key in WEAKER and key not in words.ruled else 1)
    if (
        (said := _SAID_BY.sub("", key)) != key
        and " " in said  # ('Area identified by CIW': read loosely, below)
        and (field := words.names.get(said)) is not None
    ):
        return Column(field, 0 if said in WEAKER else 1)  # 'Area for improvement identified
        # by CQC': the area for improvement, whoever found it
    if key in ("forecast", "baseline", "revised"):  # a highlight report's months: 'Baseline'
        return Column("end", QUALIFIERS[key])  # then 'Forecast', the one in force; a record's
        # 'Due:' then 'Revised:', the date it moved to
    if re.fullmatch(
        r"(?:revised|extended|amended)\s+(?:to|until)|extension\s+(?:agreed|"
        r"granted)(?:\s+(?:to|until))?",
        key,
    ):
        return Column("end", QUALIFIERS["extended"])  # 'Extended to', 'Extension agreed to'
        # beside 'HSE compliance date': the date the deadline moved to, in force
    if re.fullmatch(
        r"(?:(?:revised|latest|current)\s+)?forecast(?:\s*/\s*actual)?(?:\s+date)?|"
        r"(?:revised|new|latest)\s+(?:target\s+)?quarter",
        key,
    ):
        return Column("end", QUALIFIERS["forecast"])  # 'Forecast / actual', 'Revised forecast':
        # the month expected (or met) now, in force over the baseline; 'Revised Quarter'
        # beside 'Target Quarter', the quarter it moved to
    if key in words.ruled or not _LETTER.search(key):  # '3.12.4', 'Jan-17' spelt in digits
        return None
    if (now := _AS_AT.sub("", key)) != key and (
        field := words.names.get(now) or getattr(_loose_column(words.loose, now), "field", None)
    ):
        return Column(field, 2)  # 'Planned completion as at end Q3': the date in force now
    if (dated := progress_period(key)) is not None:  # 'Q2 update', 'Update Jan 2025'
        return Column("comments", dated.rank)
    if (dated := status_period(key)) is not None:  # 'Q3 status' beside 'Q2 status'
        return Column("status", dated.rank)
    found = _loose_column(words.loose, key)
    if found is not None and found.field == "action" and _ANSWERS.search(key):
        return None  # 'Response (Agreed / Partly Agreed / Not Agreed)': the answer given,
        # one of those words, never what will be done
    return found


_AS_AT = re.compile(r"\s+(?:as\s+at|as\s+of)\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?\S+(?:\s+\S+)?$")
_A_YEAR_AFTER = re.compile(r"\s+(?:(?:in|for|during)\s+)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?$")
_BY_WHOM = re.compile(r"\s+(?:by|agreed\s+with)\s+(?:the\s+)?[a-z' ]{2,40}$")  # ('Deadline
# agreed with the Commission': the plan's own deadline, agreed)
_FOR_WHOM = re.compile(r"\s+for\s+the\s+[a-z' ]{2,40}$")
# 'Measure by 31 March 2026': when it is judged, after the column's name.
_BY_WHEN = re.compile(r"\s+by\s+(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?[a-z]+\s+(?:19|20)\d\d$")
_AT_WHICH = re.compile(
    r"\s+(?:at|during|from)\s+(?:the\s+)?(?:assessment|inspection|visit|review|audit)$"
)
_TO_MEET = re.compile(  # ('Further action necessary to address the controls gaps')
    r"(?:\s+(?:necessary|needed|required))?\s+to\s+(?:meet|address|complete|deliver)\s+"
    r"(?:the\s+)?[a-z' ]{2,40}$"
)


# The answers a column takes, in brackets: 'Compliant (Yes/No/Partial)', 'Met (Y/N)'.
_ANSWERS = re.compile(  # ('Response (Agreed / Partly Agreed / Not Agreed)': an answer each)
    r"\(\s*(?:[a-z]{1,8}(?:\s[a-z]{1,8})?\s*/\s*){1,4}[a-z]{1,8}(?:\s[a-z]{1,8})?\s*\)"
)


# Where an action is done: 'Ward / area', 'Site / location' (not 'Core service / ward').
_PLACES = frozenset(
    ("ward", "wards", "site", "sites", "location", "premises", "building", "room", "area", "areas")
)


def only_places(parts: list[str]) -> bool:
    """A title made only of words for a place, a ward or site among them ('Ward / area'):
    where each action is done, never a level of the plan ('Area' alone names a theme)."""
    words = [p for p in parts if p]
    return (
        len(words) >= 2
        and all(p in _PLACES for p in words)
        and any(p not in ("area", "areas") for p in words)
    )


def _loose_column(names: Mapping[str, str], key: str) -> Column | None:
    key = SPACES.sub(" ", _ANSWERS.sub(" ", key)).strip()  # not names: 'No' is no ref
    if not key:
        return None
    found = _QUALIFIER_WORD.findall(key)
    ranks = {QUALIFIERS[q] for q in found}
    rank = 1 if len(ranks) != 1 else ranks.pop()
    bare = BRACKETS.sub(" ", key)
    by_whom = _BY_WHOM.sub("", bare)  # 'Issue identified by the Regulator': whose, after
    for_whom = _FOR_WHOM.sub("", bare)  # 'Consideration for the diocese': to whom
    at_when = _AT_WHICH.sub("", bare)  # 'Issue identified at assessment': when it was found
    candidates = (
        bare, _TO_MEET.sub("", bare),  # 'Timescale to meet requirement': the timescale
        _QUALIFIER_WORD.sub(" ", key), _QUALIFIER_WORD.sub(" ", bare), by_whom,
        _QUALIFIER_WORD.sub(" ", by_whom),  # 'Action agreed by Council': 'action'
    )  # fmt: skip
    for candidate in (*candidates, for_whom, at_when, _BY_WHEN.sub("", bare)):
        candidate = SPACES.sub(" ", candidate).strip(" :-–")
        if candidate and (field := names.get(candidate)) is not None:
            # 'Planned action', 'Agreed action': what is done has no earlier version; 'Risk
            # description (cause, event, consequence)' gives way as 'Risk description' does
            gives_way = candidate == bare.strip() and candidate in WEAKER and rank == 1
            return Column(field, 1 if field == "action" else 0 if gives_way else rank)
    yearly = _A_YEAR_AFTER.sub("", bare).strip()  # 'Action 2025/26': this year's actions
    if yearly != bare.strip() and names.get(yearly) in ("action", "theme", "recommendation"):
        return Column(names[yearly], 1)  # (not 'Target 2025/26', a measure's level)
    source = _SOURCE.sub("", key)  # 'HMIP recommendation', 'CQC finding': whose, then what
    if source != key and (field := names.get(source)) is not None:
        return Column(field, rank)
    if (
        TOLD_US.match(key)
        or TOLD_US.match(SPACES.sub(" ", bare).strip())
        or _TO_IMPROVE.match(SPACES.sub(" ", bare).strip())
    ):
        return Column("recommendation", rank)  # 'What CQC told us', 'What Ofsted found'
    if _ACTION_TO.match(key):
        return Column("action", 1)
    if _SHOULD.match(key):  # 'The practice should', 'The trust must': what it is told to do
        return Column("recommendation", rank)
    if whose := _WHOSE.match(key):  # 'HMICS recommendation', 'SFRS action': any body's
        what = whose[1] or whose[2]
        field = {"action": "action", "theme": "theme", "report": "theme"}.get(
            what.rstrip("s"), "recommendation"
        )
        return Column(field, rank)
    fields: set[str] = set()
    weak: set[str] = set()  # from names that give way ('Response', 'Priority', 'Item')
    first_weak = ""  # the first of them: 'Progress / observations' holds progress first
    parts = [p.strip(" :-") for p in re.split(r"\s*(?:/|\n|\||\(|\)|–| - |:\s)\s*", key)]
    if only_places(parts):
        return None  # 'Ward / area', 'Site / location': where the action is done
    for n, part in enumerate(parts):
        if not part or part == key:
            continue
        # 'Action taken / planned': the first part's noun with this word, 'action planned'
        head = parts[0].rsplit(" ", 1)[0]
        whole = f"{head} {part}"
        if n and " " not in part and " " in parts[0] and not _ENDS_IN_OF.search(head):
            part = whole if whole in names or _loose_column(names, whole) else part  # (not
            # 'Area for improvement / Action': the action after the area, no 'area for action')
        if (field := names.get(part)) is not None:
            (weak if part in WEAKER else fields).add(field)
            first_weak = first_weak or (field if part in WEAKER else "")
        elif (side := _loose_column(names, part)) is not None:  # 'Dyddiad ... / Revised date'
            fields.add(side.field)
            rank = side.rank if side.rank != 1 else rank
    if not fields and not weak and _joined_with_action(names, key):
        return Column("action", rank)  # 'Recommendation and agreed action': both in the cell
    fields = fields or ({first_weak} if len(weak) > 1 else weak)  # 'Response / action
    # taken': the named part says what it holds; of two that give way, the first
    if len(fields) == 1:
        return Column(fields.pop(), rank)
    if fields == {"action", "measure"} and not re.search(r"\bactions?\b", key):
        # 'Milestone / success measure': how it is judged ('Action / outcome': the action)
        return Column("measure", rank)
    if "action" in fields and len(fields) == 2:  # 'Action / Workstream': actions and their groups
        return Column("action", rank)
    if fields == {"status", "comments"}:  # 'Status / update': the status, its update after
        return Column("status", rank)  # it in the cell ('Complete – first search run ...')
    if fields == {"lead", "dlt"}:  # 'SRO / Lead': who answers for the action, one column
        return Column("lead", rank)
    if fields == {"theme", "recommendation"}:  # 'CQC theme / quality statement': the broader
        return Column("theme", rank)  # part; one column a finding (kept apart, if named)
    return None


# A title's words ending in 'for', 'of', 'to': what follows is what it is for, no head word.
_ENDS_IN_OF = re.compile(r"\s(?:for|of|to|by|in|on)$")


def _joined_with_action(names: Mapping[str, str], key: str) -> bool:
    """'Recommendation and agreed action': the finding and the action joined by 'and' in one
    title, the action written after its recommendation in each cell (a prior year's list)."""
    sides = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", key)]
    if len(sides) != 2:
        return False
    found = [names.get(p) or getattr(_loose_column(names, p), "field", None) for p in sides]
    return sorted(map(str, found)) == ["action", "recommendation"]


# Who made a finding, before its name: the inspectorate, the auditor, the board.
_SOURCE = re.compile(
    rf"^(?:{INSPECTORATE}|jtai|slt|inspection|inspectors?'?s?'?|self-assessment|"
    r"(?:internal\s+|external\s+)?audit(?:ors?'?s?'?)?|board|panel|peer(?:\s+(?:review|team|challenge))?|"
    r"lga|regulator|treasury\s+minute|pac|"  # a PAC report's government reply
    r"regulator's|regulatory|(?:housing\s+)?ombudsman(?:'s)?|lgsco|scrutiny|review|spotlight|"
    r"safeguarding\s+review|serious\s+case\s+review|csp?r|lcspr|sar|dhr)\s+"
)
# A body's short name, then what it made: 'HMICS recommendation', 'RQIA findings'.
_WHOSE = re.compile(
    r"^(?:[a-z]{2,6}'?s?\s+(recommendations?|findings?|requirements?|actions?|theme|report)|"
    r"(?:[a-z]+\s+){1,2}(?!(?:of|for|to|per)\s)[a-z]+'?s?\s+(recommendations?|findings?|"
    r"requirements?))$"
)  # 'HMICS report', 'BVAR theme', 'Accounts Commission recommendation' (not 'Scope of
# recommendation': something said of each recommendation, not whose)
TOLD_US = re.compile(
    r"^what\s+(?:the\s+)?(?:[\w']+\s+){0,2}(?:told\s+us|said|found|saw|highlighted)"
    r"(?:\s+(?:we\s+need\s+to\s+improve|needs?\s+to\s+improve|we\s+(?:should|must)\s+do))?"
    r"\s*\??$|"  # ('What CQC said we should do')
    r"^(?:you|they|patients|residents|tenants|families|parents|carers|staff|children|"
    r"young\s+people)\s+(?:said|told\s+us)\s*:?$"  # 'You said' beside 'What we will do'
)
# Ofsted's heading for its recommendations: 'What does the school need to do to improve?',
# 'What the ITE partnership needs to do to improve (Ofsted)'.
_TO_IMPROVE = re.compile(
    r"^what\s+(?:does\s+|do\s+)?(?:the\s+)?(?:[\w'’]+\s+){0,3}needs?\s+to\s+do\s+to\s+"
    r"improve\s*\??$"
)
# 'Action to achieve full compliance', 'Actions required to meet the standard': what is
# done, named by what it is done for.
_ACTION_TO = re.compile(  # 'Actions to address', 'Further actions to reduce the risk'
    r"^(?:(?:further|additional|agreed|planned|proposed|mitigating|key)\s+)?"
    r"actions?\s+(?:(?:required|needed|planned)\s+)?to\s+[a-z]+\b"
)
_SHOULD = re.compile(  # (what an inspectorate said: 'CQC said the practice should')
    r"^(?:(?:[\w']+\s+){1,2}(?:said|told\s+us|found)(?:\s+that)?\s+)?"
    r"the\s+(?:practice|provider|trust|service|school|college|council|partnership|home|"
    r"force|board|local\s+area)\s+(?:should|must)(?:\s+do)?$|"
    r"^(?:[\w']+\s+){1,2}(?:said|told\s+us|found)(?:\s+that)?\s+we\s+(?:should|must)(?:\s+do)?$"
)  # ('CQC said we should': never a bare 'We should', which may be the answer)
_LETTER = re.compile(r"[^\W\d_]")
BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_QUALIFIER_WORD = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, QUALIFIERS), key=len, reverse=True)) + r")\b"
)


def header_fields(cells: Sequence[str], words: Vocabulary = VOCABULARY) -> dict[int, Column]:
    """Every column a row names, whether or not the row is a header. (Asked of every row:
    the cells read before are looked up here, not through column_of; cells as read or
    stripped.)"""
    out = {}
    read = words.read
    for i, c in enumerate(cells):
        if not c or (len(c) > 80 and len(c.strip()) > 80 and not _ruled_long(words, c)):
            continue  # no title (column_of: None), told before a long cell is hashed
        if c in read:  # the cache holds stripped titles: a cell found is one of them
            column = read[c]
        else:
            c = c.strip()  # cells as read are stripped here, only where looked up
            if not c:
                continue
            column = read[c] if c in read else column_of(words, c)
        if column is not None:
            out[i] = column
    fields = {c.field for c in out.values()}
    for i, column in list(out.items()):
        if (
            column.field == "recommendation"
            and "theme" not in fields
            and i + 1 < len(cells)
            and i + 1 not in out
            and _IN_DETAIL.fullmatch(cells[i + 1].strip())
            and header_key(_IN_DETAIL.sub(r"\1", cells[i + 1].strip())) == header_key(cells[i])
        ):  # 'Recommendation' ('Recommendation 1: Risk of honour-based abuse') beside
            out[i] = Column("theme", column.rank)  # 'Recommendation detail' (its words): the
            out[i + 1] = Column("recommendation", column.rank)  # name over the words
    for i, column in list(out.items()):
        if (
            column.field == "theme"
            and cells[i].strip().casefold() in ("section", "service")
            and i
            and _DIRECTORATE.fullmatch(cells[i - 1])
        ):  # 'Directorate | Section' beside the lead officer: where in the council the
            out[i] = Column("extra", column.rank)  # action sits, no part of the plan
    if out and not any(c.field in ("action", "recommendation") for c in out.values()):
        taken = [i for i, c in out.items() if c.field == "comments" and _TAKEN.match(cells[i])]
        if len(taken) == 1:  # 'Action taken' with no action or recommendation column (HIS's
            out[taken[0]] = Column("action", 1)  # template): the action (beside a scrutiny
            # recommendation, what was done about it: its progress)
    return out


# 'Recommendation detail', 'Recommendation description': a column's words in full, beside it.
_IN_DETAIL = re.compile(r"(.+?)\s+(?:details?|description|in\s+full|full\s+text)", re.IGNORECASE)
_DIRECTORATE = re.compile(r"\s*(?:lead\s+)?(?:directorates?|departments?)\s*", re.IGNORECASE)
# 'Action taken', 'Actions taken': progress beside an action column, else the action itself.
_TAKEN = re.compile(r"\s*actions?\s+taken\s*:?\s*$", re.IGNORECASE)


def is_header(fields: Mapping[int, Column]) -> bool:
    """A header row names an action column and at least two more fields."""
    found = {c.field for c in fields.values() if c.field != "extra"}
    return "action" in found and len(found) >= 3


def tracks_recommendations(fields: Mapping[int, Column]) -> int | None:
    """'Reference | Recommendation | Lead Officer | Target date | Status' with no action
    column: a tracker of recommendations (scrutiny's, an audit's), each row one, with its own
    lead, date and RAG: the column of the recommendation (or, with none, of the measures),
    which is what is tracked."""
    named = [(i, c.field) for i, c in fields.items()]
    found = {f for _, f in named}
    recs = [i for i, f in named if f == "recommendation"] or [
        i
        for i, f in named
        if f == "measure"  # an air quality action plan's 'Measure': each
    ]  # row one measure taken, with its own lead, date and status
    if len(recs) > 1 and len(strong := [i for i in recs if fields[i].rank > 0]) == 1:
        recs = strong  # 'Priority' (weak, 'Priority 2') beside 'Recommendation'
    if "action" in found or len(recs) != 1 or "lead" not in found:
        return None
    return recs[0] if {"end", "status"} & found else None


def header_map(cells: Sequence[str], words: Vocabulary = VOCABULARY) -> dict[int, str] | None:
    """Column index -> field when this row is a header row, else None."""
    if not any(c and len(c) <= 80 for c in cells):
        return None
    fields = header_fields(cells, words)
    if not is_header(fields):
        return None
    return {i: c.field for i, c in fields.items() if c.field != "extra"}


def sub_header(
    cells: Sequence[str], below: Sequence[str], words: Vocabulary = VOCABULARY
) -> dict[int, Column] | None:
    """The columns named by the row under a header when that row only names columns (two or
    more) and at least one sits under an empty or merged header cell: 'Timescale' over 'Start'
    and 'End', 'Deadline' over 'Original' and 'Revised' (each then the deadline, ranked).
    None when the row below is anything else."""
    named = [(i, c.strip()) for i, c in enumerate(below) if c.strip()]
    if len(named) < 2:
        return None
    if not any(i >= len(cells) or not cells[i].strip() for i, _ in named):
        return None
    out: dict[int, Column] = {}
    for i, text in named:
        column = column_of(words, text)
        qualifier = SPACES.sub(
            " ", BRACKETS.sub(" ", header_key(text))
        ).strip()  # 'Current (Mar 25)'
        if column is None and qualifier in QUALIFIERS:
            parent = next(
                (j for j in range(min(i, len(cells) - 1), -1, -1) if cells[j].strip()), None
            )
            between_empty = parent is not None and all(
                not cells[k].strip() for k in range(parent + 1, min(i + 1, len(cells)))
            )
            parent_column = column_of(words, cells[parent]) if parent is not None else None
            if parent_column is None or not (between_empty or parent == i):
                return None
            column = Column(parent_column.field, QUALIFIERS[qualifier])
        if column is None:
            return None
        out[i] = column
    return out


FIELD_WORDS = {
    "theme": "the theme",
    "recommendation": "the recommendation",
    "ref": "the ref",
    "action": "the action",
    "start": "the start month",
    "end": "the end month",
    "measure": "the measure of success",
    "lead": "the lead officer",
    "dlt": "the DLT lead",
    "comments": "the comments",
    "status": "the RAG status",
    "progress": "the progress beside the RAG (Completed, In progress, Not started)",
}


def describe_header(line: int, header: dict[int, str], cells: list[str], first: bool) -> str:
    """'Line 6: the header row: 'Ref:' -> ref, ..., 'Notes' kept under extra'."""
    parts = []
    for column, cell in enumerate(cells):
        if not cell:
            continue
        field = header.get(column)
        parts.append(f"'{cell}' -> {field}" if field else f"'{cell}' kept under extra")
    which = "the header row" if first else "the header row again"
    return f"Line {line}: {which}: " + "; ".join(parts) + "."


def header_width(rows: list[tuple[int, list[str]]], words: Vocabulary = VOCABULARY) -> int:
    """How many columns the first header row names (0: no header row): how much a table
    looks like a plan."""
    found = first_header(rows, words)
    return len(found[1]) if found else 0


def first_header(
    rows: list[tuple[int, list[str]]], words: Vocabulary = VOCABULARY
) -> tuple[int, dict[int, str]] | None:
    """The first header row's number and its columns' fields: a plan's, or a tracker of
    recommendations' (read as one, reader.py), whose column read as the action is 'tracked'."""
    for n, cells in rows:
        stripped = [c.strip() for c in cells]
        header = header_map(stripped, words)
        if header is not None:
            return n, header
        fields = header_fields(stripped, words)
        if len(fields) >= 3 and (tracked := tracks_recommendations(fields)) is not None:
            return n, {i: "tracked" if i == tracked else c.field for i, c in fields.items()}
    return None
