"""Columns named as a level of the plan that a person reads as none: a clause cited beside
each recommendation ('Regulation 27(4)(b)'), a column of 'Rec 1' under the recommendations'
own heading rows, one review named on every row ('SAR Mr T'), a board log's agenda item
named once for each action. Each is kept as another column by a rule the report names (a
re-reading, `Settle`). And a recommendation column filled on rows of their own: those rows
are the findings the actions under them answer."""

from __future__ import annotations

import re

from .classify import own_texts, plan_rows, ref_and_action
from .column_checks import carried, cell_text, one_run_each
from .header import header_key
from .kinds import Classified, Header, RowKind
from .labels import A_DAY, CITES_RULE, MINUTE_REF, label_with_facts, labels_one_part
from .level_checks import band_row, column_values
from .status_checks import Settle
from .titles import CODED_PART

# 'Standard 17.3', 'Regulation 27(4)(a)', 'Reg 12', 'KLOE S2': a clause cited by its number.
_CITATION = re.compile(r"^[A-Za-z][\w.]*(?:\s+[A-Za-z][\w.]*)?\s+[\dA-Z][\w.()/-]*\d[\w.()/-]*$")


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# 'Regulation 12 Safe care and treatment – SAFE': a clause cited, then its name.
_CLAUSE_FIRST = re.compile(r"^(?:regulation|reg\.?|standard|section)\s*\d", re.IGNORECASE)


def citation_theme(rows: list[Classified]) -> None:
    """A 'theme' column ('Regulation / Standard') of clauses cited by number, one to each
    recommendation and changing exactly where the recommendation does: it adds no level
    (each theme would hold one recommendation), it says which rule that recommendation
    answers. A person reads it so: kept as another column, the recommendations ungrouped."""
    action_rows, header = plan_rows(rows)
    action_rows = [r for r in action_rows if not band_row(r)]  # 'Action required to ensure
    # compliance with the Regulations' merged across, over its clauses: a heading
    if header is None or len(action_rows) < 3:
        return
    theme, rec = header.column("theme"), header.column("recommendation")
    if theme is None or rec is None:
        return
    themes, recs = column_values(action_rows, theme), column_values(action_rows, rec)
    pairs = set(zip(themes, recs, strict=True))
    if not all(themes) or not all(recs) or len(pairs) < 2:
        return
    beside = theme > rec and all(_CLAUSE_FIRST.match(t) for t, _ in pairs)
    cited = beside or all(_CITATION.match(t) and not _A_YEAR.search(t) for t, _ in pairs)
    if len({r for _, r in pairs}) != len(pairs) or (
        len({t for t, _ in pairs}) != len(pairs) and not beside
    ):
        return  # a theme over two recommendations (unless the clause each breaches, cited
        # right of it: 'CQC finding' | 'Regulation / key question'), or one under two
    banded = any(  # HIW's domains, in this column's own table
        r.kind is RowKind.STRUCTURE and r.merged and r.header is header for r in rows
    )
    if not cited and not banded:  # merged across over 'Risk / finding / issue' beside each
        return  # 'Improvement needed': the bands the themes, the finding said of its part
        # (words, 'Leadership', or a report and its year, 'PEEL 2021/22', under no band: a
        # theme)
    title = header.titles[theme].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' "
        + (f"cites one clause for each recommendation ('{themes[0]}')" if cited else
           "holds one finding for each recommendation, under bands that name the themes")
        + ", changing where the recommendation does: kept as another column, not a theme",
    )  # fmt: skip


# A short label and number: 'Rec 1', 'R2', 'AFI 3'.
_LABEL_NUMBER = re.compile(r"^[A-Za-z]{1,15}\.?\s*\d{1,3}[a-z]?$")


def recommendations_among_actions(rows: list[Classified]) -> None:
    """One column for the recommendation and its actions ('Recommendation / Management
    Action'): a row 'Rec 1' | the auditor's words, no lead, date or status, over rows '1.1',
    '1.2' with them. The 'Rec' rows are the recommendations the actions answer, never
    actions of their own (an audit tracker's, as its readers read it)."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 4 or header.column("recommendation") is not None:
        return
    ref = header.column("ref")
    if ref is None:
        return
    said = [c for c in (header.column(f) for f in ("lead", "end", "status")) if c is not None]
    heads: dict[tuple[str, int], str] = {}  # (a sheet's line: the plan may span sheets)
    number, head = "", ""
    for r in action_rows:
        own = cell_text(r, ref)
        found = re.fullmatch(  # (or the number alone: '1' over '1.1', '1.2')
            r"(?:(?:rec(?:ommendation)?|r)\.?\s*)?(\d{1,3})", own, re.IGNORECASE
        )
        if found and said and not any(cell_text(r, c) for c in said):
            heads[r.row.where, r.row.number], number, head = own, found[1], own
        elif number and not own.startswith((f"{number}.", f"{head}.")):
            return  # an action not numbered under the 'Rec' row above it ('1.1' or 'R1.1'
            # under 'R1'): no such outline
    if len(heads) < 2:
        return
    raise Settle(
        rows=dict.fromkeys(heads, "recommendation"),
        note=f"Rows such as '{next(iter(heads.values()))}' hold a recommendation's words with "
        "no lead, date or status, over actions numbered under it: read as the recommendations",
    )


def recommendation_numbers(rows: list[Classified]) -> None:
    """A recommendation column holding only 'Rec 1', 'Rec 2' under heading rows that give
    each recommendation in full ('Recommendation 1: The quality of ...'): the column points
    to the heading over its rows; the heading is the recommendation. Kept as another column."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3:
        return
    column = header.column("recommendation")
    if column is None:
        return
    values = column_values(action_rows, column)
    cells = [r.row.cells[column] for r in action_rows if column < len(r.row.cells)]
    with_facts = [c for c in cells if c.strip()]
    if not all(values) or not (
        all(_LABEL_NUMBER.match(v) or labels_one_part(v) for v in values)
        or (with_facts and all(map(label_with_facts, with_facts)))
    ):  # ('Requirement 1', 'Area for improvement 2': labels, their words beside them; RQIA's
        # 'Area for improvement 1' over 'Ref: Regulation 13 (d)' and 'Stated: First time')
        return
    title = header.titles[column].strip()
    words = column + 1  # 'Care Inspectorate wording' right of 'Requirement / Area for
    if (  # improvement': the words each label names, the recommendation
        words < len(header.titles)
        and header.fields.get(words) in (None, "extra")
        and (texts := column_values(action_rows, words))
        and all(texts)
        and len(set(zip(values, texts, strict=True))) == len(set(values)) == len(set(texts))
        and all(len(t.split()) >= 8 for t in texts)
    ):
        named = header.titles[words].strip()
        raise Settle(
            named,
            "recommendation",
            f"The column '{title}' holds only the labels of recommendations ('{values[0]}') "
            f"and '{named}' the words of each: '{named}' is read as the recommendation",
            also={title: "extra"},
        )
    if not any(r.kind is RowKind.STRUCTURE for r in rows):
        return
    raise Settle(
        title,
        "extra",
        f"The column '{title}' holds only numbers of recommendations ('{values[0]}') under "
        "heading rows that give each in full: kept as another column",
    )


# Columns naming what a plan answers: a review, a report, an audit.
_SOURCES = frozenset(("review", "review name", "report", "report name", "audit", "audit report"))


def one_value_theme(rows: list[Classified]) -> None:
    """A theme column holding one value on every action row, beside a recommendation column
    (a SAB's tracker export: 'Review' = 'SAR Mr T' on each row): the review the whole plan
    answers, no part grouping some actions apart from others (a 'Core service' of one value
    is the one part the plan has). Kept as another column."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3:
        return
    theme, rec = header.column("theme"), header.column("recommendation")
    if theme is None or rec is None or any(r.kind is RowKind.STRUCTURE for r in rows):
        return
    if header_key(header.titles[theme]) not in _SOURCES:
        return  # 'Core service' of one value: the one part the plan has (Evelina's)
    values = {v for v in column_values(action_rows, theme) if v}
    if len(values) != 1 or len(set(column_values(action_rows, rec))) < 2:
        return
    title = header.titles[theme].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' holds one value on every action ('{values.pop()}'): what the "
        "whole plan answers, kept as another column, not a theme",
    )


# A row naming a meeting: 'Meeting: 25 May 2023', 'Board – 14/10/2024'.
_A_MEETING = re.compile(rf"\bmeeting\b|\b(?:{A_DAY})\b", re.IGNORECASE)
# A meeting log's column naming what each action arose under.
_LOG_ITEMS = frozenset(
    ("item", "agenda item", "subject", "item no", "topic", "report / item", "report/item",
     "item / report", "report title", "scrutiny item", "minute item")  # a scrutiny
    # tracker's 'Report / item' each arose under; a board log's 'Minute item'
)  # fmt: skip


def item_for_each_action(rows: list[Classified]) -> None:
    """A board's action log whose 'Agenda item' names a different item on every action
    ('Estates strategy', 'Workforce report'): where each action arose, no part grouping
    actions (four of the eight authors of that shape, four reading each item as its action's
    heading: a tie, the reading kept; where items repeat they group; under rows naming the
    meetings, every author reads the meetings as the parts and the items as no level). Kept as
    another column."""
    found = _level_titled(rows, _LOG_ITEMS)  # (the recommendation's under rows of meetings)
    if found is None:
        return
    action_rows, header, theme = found
    values = column_values(action_rows, theme)
    banded = any(r.kind is RowKind.STRUCTURE for r in rows)  # rows naming the meetings
    if not all(values) or (len(set(values)) != len(values) and not banded):
        return  # (items that come again after others group: two authors in three)
    meetings = any(r.kind is RowKind.STRUCTURE and _A_MEETING.search(r.text or "") for r in rows)
    if banded and not meetings and len(set(values)) < len(values) and one_run_each(values):
        return  # items each over a run of actions under headings naming committees, not
        # meetings: they group as items that repeat do
    title = header.titles[theme].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' names a different item for every action: where each arose, "
        "kept as another column, not a theme over one action each",
    )


def _level_titled(
    rows: list[Classified], titles: frozenset[str]
) -> tuple[list[Classified], Header, int] | None:
    """The plan's action rows (four or more), its header, and the column read as a level
    (the theme, else the recommendation) titled as one of `titles`; None where there is none."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 4:
        return None
    for column in (header.column("theme"), header.column("recommendation")):
        if column is not None and header_key(header.titles[column]) in titles:
            return action_rows, header, column
    return None


# Titles of a column naming what each action is about: 'Area', 'Topic'.
_TOPICS = frozenset(("area", "topic", "subject", "theme", "service area", "policy area"))


def topic_of_each_action(rows: list[Classified]) -> None:
    """A level's column ('Area': 'Finance', 'Digital') under bands that name the parts (each
    committee's recommendations), a different word or two on (nearly) every action: each
    action's topic, no part over one action each; the bands are the parts. Kept aside."""
    found = _level_titled(rows, _TOPICS)  # (a register's risk over its one action names its
    if found is None:  # part)
        return
    action_rows, header, theme = found
    first, last = rows.index(action_rows[0]), rows.index(action_rows[-1])
    if not any(r.kind is RowKind.STRUCTURE for r in rows[first:last]):
        return  # (bands among the actions, not lines above or below the table)
    values = column_values(action_rows, theme)
    if not all(values) or 4 * len(set(values)) < 3 * len(values):  # (nearly one an action:
        return  # 'Education' twice under the education committee)
    if not all(len(v.split()) <= 3 for v in values):
        return
    title = header.titles[theme].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' names a different topic on every action, under rows that name "
        "the parts: each action's topic, kept as another column, not a theme over one action",
    )


def unfilled_recommendation(rows: list[Classified]) -> None:
    """A recommendation column ('Area for improvement') empty on every action's row, under
    bands that give each area in full ('1. Leaders and managers should ...' merged across):
    the bands name what the actions answer, the column is their title only. Kept as another
    column, so that the bands are read as the plan's parts (the actions were refused as
    under no recommendation)."""
    action_rows, header = plan_rows(rows)
    if header is None:
        return
    titles = header.titles  # the tables titled as the first: another sheet's 'Area for
    action_rows = [r for r in action_rows if r.header is not None and r.header.titles == titles]
    if len(action_rows) < 2:  # improvement' filled on its rows is its own column
        return
    rec = header.column("recommendation")
    if rec is None or any(column_values(action_rows, rec)):
        return
    first = rows.index(action_rows[0])
    if not any(r.kind is RowKind.STRUCTURE for r in rows[:first]):
        return  # no band above the first action: nothing names its recommendation
    if any(
        r.why == _OWN_ROW or (r.kind is RowKind.STRUCTURE and r.column == rec > 0 and not r.merged)
        for r in rows
    ):  # the column filled on rows of their own ('Requirement 1 | The registered person
        return  # must ...' over its actions): those rows are the findings
    title = header.titles[rec].strip()
    raise Settle(
        title,
        "extra",
        f"The column '{title}' is empty on every action's row: the rows across the table "
        "above the actions name what they answer; the column is kept as another column",
    )


_OWN_ROW = "a finding on a row of its own"
# What an action itself holds: a row filling none of these names no action of its own.
_AN_ACTIONS = frozenset(("action", "lead", "status", "end", "start", "comments", "measure", "dlt"))


def findings_on_their_own_rows(rows: list[Classified]) -> None:
    """'2 | By 1 October 2023, chief fire officers should ... | 01/10/2023' on a row of its
    own, the action's columns empty, over actions that leave the recommendation column empty:
    the row names the recommendation they answer (it was read as an action with no words).
    Its other cells (the recommendation's number, the inspectorate's deadline) go down to the
    actions under it, as a cell merged down beside them would."""
    for index, item in enumerate(rows):
        header = item.header
        if item.kind is not RowKind.ACTION or header is None:
            continue
        rec = header.column("recommendation")
        own = dict(own_texts(item.row))
        if rec is None or rec not in own:
            continue
        if any(header.fields.get(c) in _AN_ACTIONS for c in own):
            continue
        under: list[Classified] = []
        for following in rows[index + 1 :]:
            if following.kind is RowKind.STRUCTURE or following.header is not header:
                break
            if following.kind is RowKind.ACTION:
                if rec in dict(own_texts(following.row)):
                    break  # the next finding
                under.append(following)
        action = header.column("action")
        if not under or action is None or not all(action in dict(own_texts(a.row)) for a in under):
            continue
        item.kind, item.text, item.column = RowKind.STRUCTURE, own[rec], rec
        item.why = _OWN_ROW
        for column, text in own.items():
            if header.fields.get(column) not in (None, "extra"):  # (a ref is the finding's)
                continue
            for a in under:
                if column < len(a.row.cells) and not a.row.cells[column].strip():
                    a.row.cells[column] = text
                    a.row.down.add(column)
                    a.row.own = None


# '1. Make sure that the partnership ...': a finding numbered as the refs under it go on.
_NUMBERED_FINDING = re.compile(r"^(\d{1,2})[.)]\s+[A-Z]")


def _ref_letters(item: Classified) -> str:
    found = ref_and_action(item)
    if found is None:
        return ""
    _, own, ref, _ = found
    letters = re.match(r"[A-Za-z]*", own.get(ref, ""))
    return letters[0].upper() if letters else ""


def _new_run_after(rows: list[Classified], index: int) -> bool:
    """A row between two actions whose refs are lettered apart ('IA4' above, 'GP1' below):
    the words start the next run of actions, they do not carry the one above on."""
    before = next((r for r in reversed(rows[:index]) if r.kind is RowKind.ACTION), None)
    after = next((r for r in rows[index + 1 :] if r.kind is RowKind.ACTION), None)
    if before is None or after is None:
        return False
    above, below = _ref_letters(before), _ref_letters(after)
    return bool(above) and bool(below) and above != below


def findings_in_the_action_column(rows: list[Classified]) -> None:
    """'| The trust must ensure ... | Reg 12 |' with no ref, lead, date or status, over rows
    MD1.1, MD1.2 that have a ref each: the requirement they answer, written in the column it
    shares with them ('CQC requirement / action'), not an action. Its other cells say again
    what each action under it says ('Reg 12'), so nothing of it is lost."""
    for index, item in enumerate(rows):
        numbered = _NUMBERED_FINDING.match(item.text or " ".join(t for _, t in own_texts(item.row)))
        fresh = item.kind is RowKind.CONTINUATION and _new_run_after(rows, index)
        if item.kind is RowKind.CONTINUATION and (numbered or fresh):  # '2. Ensure that ...'
            item.kind = RowKind.ACTION  # after 1.2: its own number, not the words of 1.2 run
            found = ref_and_action(item)  # on; 'Governance and policy reviews' between IA4
            item.kind = RowKind.CONTINUATION  # and GP1: the next run's heading
        else:
            found = ref_and_action(item)
        if found is None:
            continue
        header, own, ref, action = found
        if action not in own or ref in own:
            continue
        words = own[action].split()
        if (len(words) < 6 and not fresh) or not (
            words[0][:1].isupper() or numbered
        ):  # ('DMTs': the action
            continue  # above, wrapped)
        if any(header.fields.get(c) in _AN_ACTIONS - {"action"} for c in own):
            continue
        under: list[Classified] = []
        for following in rows[index + 1 :]:
            if following.kind is RowKind.BLANK:
                continue
            if following.kind is not RowKind.ACTION or following.header is not header:
                break
            refs = dict(own_texts(following.row))
            if ref not in refs:
                break
            if numbered and not refs[ref].startswith(f"{numbered[1]}."):
                break  # '2. Ensure ...' heads 2.1 and 2.2, not 3.1
            under.append(following)
        others = {c: t for c, t in own.items() if c != action}
        if not under or not all(
            c < len(a.row.cells) and a.row.cells[c].strip() == t
            for a in under
            for c, t in others.items()
        ):
            continue
        item.kind, item.text, item.column = RowKind.STRUCTURE, own[action], action
        item.why = "a finding in the action column over its numbered actions"


def sections_over_the_theme_column(rows: list[Classified]) -> None:
    """'A. FINANCE AND GOVERNANCE' alone in the theme column, on a row of its own, over rows
    whose theme cell comes with the rest of its record ('SR1 – ... | Chief Executive | 3 | 3'):
    a section over those parts, not a part with no actions (it was read as one)."""
    lone: list[tuple[Classified, int]] = []
    filled = 0
    for item in rows:
        theme = item.header.column("theme") if item.header is not None else None
        if item.kind is not RowKind.ACTION or theme is None:
            continue
        own = dict(own_texts(item.row))
        if theme not in own:
            continue
        if len(own) == 1:
            lone.append((item, theme))
        else:
            filled += 1
    if not lone or filled < 2 * len(lone):
        return
    for item, column in lone:
        item.kind, item.column = RowKind.STRUCTURE, column
        item.text = item.row.cells[column].strip()
        item.why = "a section over the theme column"


def coded_risks(rows: list[Classified]) -> None:
    """A ref column ('Ref / Risk') of a risk's code and title ('CR01 Financial
    sustainability') merged down over its further actions, and no theme column: the risk
    the actions answer, as a person reads it; read as the theme."""
    action_rows, header = plan_rows(rows)
    if header is None or header.column("theme") is not None or len(action_rows) < 3:
        return
    ref = header.column("ref")
    if ref is None:
        return
    values = carried([r.row.cells for r in action_rows], ref)
    if (
        not all(values)
        or not all(CODED_PART.match(v) for v in values)
        or len(set(values)) == len(values)
        or not one_run_each(values)
    ):
        return
    title = header.titles[ref].strip()
    raise Settle(
        title,
        "theme",
        f"The column '{title}' names a risk by its code and title ('{values[0]}') over each "
        "run of actions: read as the theme they answer, not each action's ref",
    )


# A code that numbers an action: '1.1.1', 'A5.3', 'GP2526-06'.
_A_CODE = re.compile(r"^[A-Za-z]{0,6}[-/ ]?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$")


def codes_as_actions(rows: list[Classified]) -> None:
    """'Action: 1.1.1' over 'Description: Deliver the Healthy Hearts programme ...' (a
    performance system's export, a block each): the column the vocabulary names the action
    holds only codes, no ref column is named, and one other column holds the words of each.
    The codes are the refs, the words the actions, as a person reads them."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3:
        return
    column, ref = header.column("action"), header.column("ref")
    if column is None or (ref is not None and any(column_values(action_rows, ref))):
        return  # (a record's 'Ref' left empty on every block: no ref named)
    codes = [r.row.cells[column].strip() if column < len(r.row.cells) else "" for r in action_rows]
    if not all(_A_CODE.match(c) for c in codes) or len(set(codes)) != len(codes):
        return
    worded = [
        i
        for i, title in enumerate(header.titles)
        if i != column
        and header.fields.get(i) in (None, "extra")
        and title.strip()
        and all(len(v.split()) >= 4 for v in column_values(action_rows, i))
    ]
    if len(worded) != 1:
        return
    title, words = header.titles[column].strip(), header.titles[worded[0]].strip()
    raise Settle(
        words,
        "action",
        f"'{title}' holds only codes ('{codes[0]}') and '{words}' the words of each: "
        f"'{title}' is read as the ref, '{words}' as the action",
        also={title: "ref", **({header.titles[ref].strip(): "extra"} if ref is not None else {})},
    )


def listed_item_codes(rows: list[Classified]) -> None:
    """A SharePoint list's own 'Title' column kept aside, each cell a code of its own
    ('BM-2025-03-01'), beside a ref column that only cites the minute each action came from
    ('Minute ref' of 11.2): the codes are the actions' refs, the minute kept as another
    column."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3:
        return
    ref = header.column("ref")
    if ref is not None and not MINUTE_REF.match(header.titles[ref].strip()):
        return
    for column, title in enumerate(header.titles):
        codes = column_values(action_rows, column)
        if (
            title.strip().casefold() == "title"
            and header.fields.get(column) in (None, "extra")
            and all(_LISTED_CODE.fullmatch(c) for c in codes)
            and len(set(codes)) == len(codes)
        ):
            raise Settle(
                title.strip(),
                "ref",
                f"'{title.strip()}' holds a code for each action ('{codes[0]}'): read as the ref"
                + (
                    f"; '{header.titles[ref].strip()}' cites the minute, kept as another column"
                    if ref is not None
                    else ""
                ),
                also={header.titles[ref].strip(): "extra"} if ref is not None else {},
            )


# A list item's code: 'BM-2025-03-01', 'BCT-ICO-01' (letters, then numbers, dashes between).
_LISTED_CODE = re.compile(r"[A-Z]{1,6}(?:-[A-Z]{1,6})?(?:-\d{1,4}){1,3}")


# A regulation or standard by its number: 'Regulation 20 (1) (c)', 'Standard 28.4'.
_A_RULE = re.compile(r"(?:regulations?|reg\.?|standards?)\s*\d", re.IGNORECASE)


def cited_refs(rows: list[Classified]) -> None:
    """A ref column whose every cell cites the regulation or standard the action answers
    (RQIA's 'Ref / Stated' of 'Ref: Regulation 20 (1) (c)' / 'Stated: First time'): which rule,
    not the action's own number; no author of the blind corpus reads it as the ref. Kept as
    another column."""
    action_rows, header = plan_rows(rows)
    if header is None or (ref := header.column("ref")) is None:
        return
    cells = [c for c in column_values(action_rows, ref) if c]
    firsts = [c.splitlines()[0].strip() for c in cells]  # ('Stated: First time' under it)
    title = header.titles[ref].strip()
    if (
        len(cells) >= 2
        and re.search(r"\bref", title, re.IGNORECASE)  # (a column titled the ref; not one
        # another check read as the ref, 'Standard / Regulation' of 'Standard 3': settled)
        and all(CITES_RULE.match(c) or _A_RULE.match(c) for c in firsts)
    ):
        raise Settle(
            title,
            "extra",
            f"The column '{title}' cites the regulation or standard each action answers "
            f"('{cells[0].splitlines()[0]}'): kept as another column, not read as the ref",
        )


# '1.1, 2.2', '6.1': the numbers of the standards an action answers, listed.
_NUMBERS_CITED = re.compile(
    r"^\d{1,2}(?:\.\d{1,2})*[a-z]?(?:\s*[,;&/]\s*\d{1,2}(?:\.\d{1,2})*[a-z]?)*$"
)
# 'Stock quality 1.1.1', 'ASB 4.2': a standard's requirement by its short name and number.
_NAMED_AND_NUMBERED = re.compile(r"^[A-Za-z][\w ,&'’-]{0,40}?\s\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?$")
_RULE_TITLE = re.compile(r"\b(?:standards?|regulations?|principles?|clauses?)\b", re.IGNORECASE)


def cited_standards(rows: list[Classified]) -> None:
    """A recommendation column titled as a standard ('GIAS Standard') whose every cell lists
    the numbers of the standards the action answers ('1.1, 2.2', or a requirement's short
    name and number, 'Safety 1.3.1'), under rows across the table that name the
    recommendations: which standards, not the recommendation. Kept as another column."""
    action_rows, header = plan_rows(rows)
    if header is None or (rec := header.column("recommendation")) is None:
        return
    cells = [c.strip() for c in column_values(action_rows, rec) if c.strip()]
    title = header.titles[rec].strip()
    if (
        len(cells) >= 2
        and _RULE_TITLE.search(title)
        and (
            all(_NUMBERS_CITED.match(c) for c in cells)
            or all(_NAMED_AND_NUMBERED.match(c) and len(c.split()) <= 5 for c in cells)
        )  # ('Standard requirement' of 'Stock quality 1.1.1' under the bands of standards)
        and any(r.kind is RowKind.STRUCTURE for r in rows)
    ):
        raise Settle(
            title,
            "extra",
            f"The column '{title}' lists the numbers of the standards each action answers "
            f"('{cells[0]}'): kept as another column, not read as the recommendation",
        )
