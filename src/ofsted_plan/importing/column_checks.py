"""What a person sees in a table's columns before trusting the reading: a 'recommendation'
column of High/Medium/Low (a priority), a column that groups the recommendations (the theme),
months or refs in a column nobody named. Each is settled by a rule the report names (a
re-reading, `Settle`) or refused with the rules line that settles it."""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Sequence

from ..errors import PlanError
from ..model import Plan
from .classify import column_cells, plan_rows
from .ends import read_end, says_no_end
from .header import Column
from .kinds import Classified, Header, RowKind
from .labels import PART_CODE
from .status_checks import Settle
from .vocabulary import PRIORITY_WORDS


def months_unnamed(rows: list[Classified], month_first: bool, path: str) -> None:
    """No column is named as the end month, but one column holds months (a 'Milestone'
    or 'When' column the vocabulary does not know): a person reads it as the end. Two such
    columns: a person would ask which, so the rules file settles it."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3 or header.column("end") is not None:
        return
    found = []
    for column, title in enumerate(header.titles):
        if column in header.fields or not title.strip():
            continue
        cells = column_cells(action_rows, column)
        if len(cells) < max(3, len(action_rows) // 2):
            continue
        months = words = 0
        for text in cells:
            try:
                months += read_end(text, month_first).month is not None
            except ValueError:
                months += 1  # a mistyped month is still a month's column
            words += says_no_end(text)  # 'Termly', 'Annually (Nov)': an end column's words
        if months >= 0.8 * len(cells) or (
            months >= 0.5 * len(cells) and months + words == len(cells)
        ):
            found.append(title.strip())
    if len(found) == 1:
        raise Settle(
            found[0],
            "end",
            f"No column is named as the end month and the column '{found[0]}' holds months: "
            "read as the end month",
        )
    if len(found) > 1:
        first = next(r for r in action_rows)
        raise PlanError(
            f"no column is named as the end month, and {len(found)} columns hold months: "
            + ", ".join(f"'{t}'" for t in found),
            path=first.row.where or path,
            line=first.row.number,
            hint=f"say which in a rules file: column {found[-1]} = end",
        )


def months_as_actions(rows: list[Classified], month_first: bool, path: str) -> None:
    """The column read as the action holds months on most rows ('Dec-2025', 'Q4 2025/26'
    under 'Milestone'): no one's action, and the plan would be read with dates for its
    actions. A person would ask which column holds the actions: refused, with the rules line."""
    action_rows, header = plan_rows(rows)
    if header is None or len(action_rows) < 3 or (column := header.column("action")) is None:
        return
    cells = column_cells(action_rows, column)
    months = 0
    for text in cells:
        with contextlib.suppress(ValueError):  # ('Act on 1.1.': words that only look like a
            months += read_end(text, month_first).month is not None  # mistyped month)
    if cells and months >= 0.8 * len(cells):
        title = header.titles[column].strip()
        first = next(r for r in action_rows)
        raise PlanError(
            f"the column read as the action, '{title}', holds months ('{cells[0]}'), not actions",
            path=first.row.where or path,
            line=first.row.number,
            hint=f"say which column holds the actions in a rules file: column {title} = end, "
            "and column TITLE = action",
        )


# A ref as councils write one: 1, 1.2, 3b, A5.3, R4, ILACS-01, IA2324-07.02, BAL-2025-009, and
# a minute's item: 6(1).
_REF_LIKE = re.compile(
    r"^[A-Za-z]{0,8}(?:(?<=[A-Za-z])-)?\d{0,4}[-\s./]?\d{1,3}(?:[.\-/]\d{1,3})*[a-z]?"
    r"(?:\(\d{1,2}\))?$"
)


def ref_order(ref: str) -> tuple[str, tuple[int, ...], str]:
    """A ref's place among others: its letters, its numbers, its closing letter."""
    prefix = re.match(r"[A-Za-z]*", ref)
    return (
        prefix[0].upper() if prefix else "",
        tuple(int(n) for n in re.findall(r"\d+", ref)),
        ref[-1] if ref[-1].isalpha() else "",
    )


def _a_date(cell: str) -> bool:
    try:
        return read_end(cell).month is not None
    except ValueError:
        return False


def cell_text(row: Classified, column: int) -> str:
    """One cell of a classified row, stripped ('' past its end)."""
    cells = row.row.cells
    return cells[column].strip() if column < len(cells) else ""


def _groups_of(
    rows: list[Classified], action_rows: list[Classified], theme: int | None
) -> list[str]:
    """Which heading each action is under: its theme column's value, else the heading rows
    above it (a plan may number its actions anew under each: '2.4' under one, '2.3' or 'R1'
    again under the next)."""
    if theme is not None:
        return carried([r.row.cells for r in action_rows], theme)
    heads, seen, at = [], 0, 0
    for r in rows:
        if r.kind is RowKind.STRUCTURE:
            seen += 1
        elif at < len(action_rows) and r is action_rows[at]:
            heads.append(str(seen))
            at += 1
    return heads


def refs_unnamed(rows: list[Classified]) -> None:
    """No column is named as the ref, but one holds a ref on every action, each different
    ('Title' in a SharePoint list: ILACS-01, ILACS-02), or each recommendation's ('Rec' of
    2.1a, 2.2, 2.2 beside the recommendations, one number to each), or each different under
    its theme, starting again under the next (an audit tracker's R1, R2 under each report):
    a person reads it as the ref."""
    all_rows, _ = plan_rows(rows)
    headers = list({id(r.header): r.header for r in all_rows if r.header is not None}.values())
    for header in headers:  # each table's own header ('AFI' of 'AFI 3', 'AFI 7' in a
        if header.column("ref") is None:  # document whose first tables have a 'Ref')
            _refs_under(rows, [r for r in all_rows if r.header is header], header)


def _refs_under(rows: list[Classified], action_rows: list[Classified], header: Header) -> None:
    action = header.column("action")  # not a key line under the table, read as a row
    action_rows = [  # nor a row of the action's words alone: its last action's words run on
        r
        for r in action_rows
        if action is None
        or (cell_text(r, action) and any(cell_text(r, c) for c in header.fields if c != action))
    ]
    if len(action_rows) < 3:
        return
    rec, theme = header.column("recommendation"), header.column("theme")
    recs = carried([r.row.cells for r in action_rows], rec) if rec is not None else []
    groups = _groups_of(rows, action_rows, theme)
    found = []
    for column, title in enumerate(header.titles):
        if header.fields.get(column) not in (None, "extra") or not title.strip():
            continue
        cells = [cell_text(r, column) for r in action_rows]
        numbers = (  # a recommendation's number on each of its actions
            rec is not None
            and len(set(zip(cells, recs, strict=True))) == len(set(cells)) == len(set(recs))
            and one_run_each(cells)
        )
        restarts = (  # each different under its theme, the same again under the next
            len(set(groups)) >= 2
            and one_run_each(groups)
            and len(set(zip(groups, cells, strict=True))) == len(cells)
        )
        if (
            all(cells)
            and (len(set(cells)) == len(cells) or numbers or restarts)
            and all(map(_REF_LIKE.match, cells))
            and not any(map(_a_date, cells))  # a board's minute refs '165/19', not '4/7/19'
        ):
            steps = [  # refs run in order (under each heading, where they start again or
                ref_order(a) < ref_order(b)  # number the recommendations); durations do not
                for (i, a), (j, b) in itertools.pairwise(enumerate(cells))
                if a != b and (len(set(cells)) == len(cells) or groups[i] == groups[j])
            ]
            if len(steps) >= 2 and sum(steps) >= 0.8 * len(steps):
                found.append(title.strip())
    if len(found) == 1:
        raise Settle(
            found[0],
            "ref",
            f"No column is named as the ref and the column '{found[0]}' holds a different ref "
            "on every action (or recommendation): read as the ref",
        )


def refs_of_the_parts(rows: list[Classified]) -> None:
    """The ref column's value written on each heading row and again on every action under
    it (a Smartsheet's 'Notice Ref' on the notice's parent row and its tasks): the ref of
    the part, not of each action, kept as another column; each action is numbered instead.
    Checked before the actions are built, where a ref used twice would be refused."""
    action_rows, header = plan_rows(rows)
    ref = header.column("ref") if header is not None else None
    if header is None or ref is None or len(action_rows) < 3:
        return
    chosen = {id(r) for r in action_rows if r.header is header}
    over, runs = "", []  # (the heading row's ref, an action's ref) for each action
    for r in rows:
        if r.kind is RowKind.STRUCTURE:
            over = cell_text(r, ref)
        elif id(r) in chosen and cell_text(r, ref):
            runs.append((over, cell_text(r, ref)))
    shared = [own for head, own in runs if head]
    if len(runs) >= 3 and all(head == own for head, own in runs) and len(set(shared)) < len(shared):
        title = header.titles[ref].strip()
        raise Settle(
            title,
            "extra",
            f"The column '{title}' holds the ref of each heading row ('{shared[0]}') and the "
            "same again on every action under it: the part's ref, kept as another column",
        )


def priority_column(plan: Plan, rows: list[Classified], path: str) -> None:
    """A 'recommendation' column holding a handful of repeated words (High/Medium/Low) is a
    priority, not the inspectors' recommendations."""
    headers = {
        id(r.header): r.header
        for r in rows
        if r.header and r.header.column("recommendation") is not None
    }
    for header in headers.values():  # each sheet's own: 'Priority' read as the
        column = header.column("recommendation")  # recommendation on the closed sheet only
        assert column is not None
        texts = [
            cell_text(r, column)
            for r in rows
            if r.header is header and r.kind is RowKind.ACTION and cell_text(r, column)
        ]
        distinct = {t.casefold() for t in texts}
        if not texts or len(distinct) > 5 or not all(t in PRIORITY_WORDS for t in distinct):
            continue
        title = header.titles[column]
        raise Settle(
            title,
            "extra",
            f"The column '{title}' holds only {', '.join(sorted(distinct))}: read as a priority "
            "(kept as another column), not as the recommendations",
        )


def carried(rows: Sequence[Sequence[str]], column: int) -> list[str]:
    """A column's value on each row, a blank under a group's first row read as the same as
    above (as a merged cell looks once exported)."""
    values, last = [], ""
    for cells in rows:
        last = (" ".join(cells[column].split()) if column < len(cells) else "") or last
        values.append(last)
    return values


def numbers_its_refs(pairs: Sequence[tuple[str, str]], after: str = ".") -> bool:
    """Each part's number ('1.1', 'SP1') begins the ref of every action under it, followed
    by one of `after` ('1.1.1', 'SP1.2'): a level of the plan's outline, numbered as such."""
    return all(
        number and ref.startswith(number) and ref[len(number) : len(number) + 1] in after
        for number, ref in pairs
    ) and bool(pairs)


def one_run_each(values: list[str]) -> bool:
    """Each value stands in one run of rows: a grouping, not a repeated word."""
    runs = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    return len(runs) == len(set(runs))


def finding_of_each_row(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]]
) -> list[str]:
    """A theme column whose title names findings too ('Risk/finding/issue', as HIW's template
    heads it) one for one beside the recommendation ('Improvement needed'), or names the risk
    a register's one further action on the row answers ('Risk identified') written anew on
    every action's row under headings of their own ('Quality of patient experience', '1.
    FINANCE'): each row's own finding or risk, kept with its action, not a part over others
    (four authors of the blind corpus in four). The note that says so, if it is."""
    theme = next((i for i, c in fields.items() if c.field == "theme"), None)
    action = next((i for i, c in fields.items() if c.field == "action"), None)
    has_rec = any(c.field == "recommendation" for c in fields.values())
    if theme is None or action is None:
        return []
    if not (has_rec and _FINDING.search(titles[theme])) and not _RISK.fullmatch(titles[theme]):
        return []
    rows = [r for r in sample if action < len(r) and r[action].strip()]
    written = [r[theme].strip() for r in rows if theme < len(r)]
    headings = [r for r in sample if len([c for c in r if c.strip()]) == 1 and r[0].strip()]
    if has_rec and _FINDING.search(titles[theme]) and rows:  # (one row too: HIW's last
        # section's table may hold one improvement, as its others several)
        rec = next(i for i, c in fields.items() if c.field == "recommendation")
        findings, recs = carried(rows, theme), carried(rows, rec)
        pairs = set(zip(findings, recs, strict=True))
        if (
            all(len(f.split()) >= 6 for f in findings)  # (not 'Issue / area' of 'Workforce
            and len(pairs) == len(set(findings)) == len(set(recs))  # planning': the themes)
        ):  # beside the improvement needed (merged down or not), one for one: its finding
            fields[theme] = Column("extra", 1)
            return [
                f"'{titles[theme].strip()}' stands beside '{titles[rec].strip()}' one for one: "
                "kept with each action as another column, not read as a theme over them"
            ]
    if len(rows) < 3 or not all(written) or len(set(written)) != len(rows) or not headings:
        return []
    if _numbered_under(rows) or all(_CODED.match(w) for w in written):
        return []  # 'F1' | ... | 'F1a': each action numbered under its risk; 'SR1 – ...': a
        # risk named with its own code: the risk their parent however many it has
    fields[theme] = Column("extra", 1)
    return [
        f"'{titles[theme].strip()}' is written anew on each action's row, under headings of "
        "their own: kept with each action as another column, not read as a theme over them"
    ]


def tags_across_sections(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]]
) -> list[str]:
    """A theme column ('Regulatory Standard' of 'Standard 4', 'Standard 1') beside headings
    of their own over the rows (a Monday.com group's name over its items), where one heading
    holds several of its values and one value stands under several headings (each value on
    two rows or more, on average): it crosses the document's own parts, nests neither over
    nor under them, so each row's tag, kept with its action as another column (the headings
    the parts). The note that says so, if it is."""
    theme = next((i for i, c in fields.items() if c.field == "theme"), None)
    action = next((i for i, c in fields.items() if c.field == "action"), None)
    if theme is None and action is not None:
        return _tags_under_headings(fields, titles, sample, action)
    if theme is None or action is None:
        return []
    sections: list[list[str]] = [[]]
    for row in sample:
        texts = [c.strip() for c in row if c.strip()]
        if len(texts) == 1 and row[0].strip() and theme > 0:
            sections.append([])  # a heading of its own row: the next part (not an action's
            # words run on to a row of their own)
        elif action < len(row) and row[action].strip() and theme < len(row) and row[theme]:
            sections[-1].append(row[theme].strip())
    held = [set(values) for values in sections if values]
    every = [value for values in sections for value in values]
    if (
        len(held) < 2
        or 2 * len(set(every)) > len(every)  # (an agenda item a row: told apart later)
        or not any(len(values) > 1 for values in held)
        or not any(sum(value in values for values in held) > 1 for value in set().union(*held))
    ):
        return []
    fields[theme] = Column("extra", 1)
    return [
        f"'{titles[theme].strip()}' crosses the headings over the rows (one heading holds "
        "several of its values, one value stands under several headings): kept with each "
        "action as another column, the headings read as the plan's parts"
    ]


def _tags_under_headings(
    fields: dict[int, Column], titles: list[str], sample: Sequence[Sequence[str]], action: int
) -> list[str]:
    """'Workstream' of 'Build', 'Data', 'Build' under each Monday.com group's heading: a tag
    of each row, no part (gathering its rows would read them out of their order)."""
    column = _short_grouping(fields, sample, "recommendation")
    if column is None:
        return []
    sections: list[list[str]] = [[]]
    for row in sample:
        texts = [c.strip() for c in row if c.strip()]
        if len(texts) == 1 and row[0].strip():
            sections.append([])  # a heading of its own row: the next part
        elif action < len(row) and row[action].strip() and column < len(row):
            sections[-1].append(row[column].strip())
    if sum(1 for values in sections if values) < 2 or not any(map(_interleaved, sections)):
        return []
    fields[column] = Column("extra", 1)
    return [
        f"'{titles[column].strip()}' tags the rows under each heading in no order (one value "
        "comes again after another): kept with each action as another column"
    ]


def _interleaved(values: list[str]) -> bool:
    """'Build', 'Data', 'Build': a value that comes again after another, no run of rows."""
    runs = [v for n, v in enumerate(values) if n == 0 or values[n - 1] != v]
    return len(runs) > len(set(runs))


def _short_grouping(
    fields: dict[int, Column], sample: Sequence[Sequence[str]], field: str
) -> int | None:
    """The column read as `field` when its cells are each a word or two ('Build'): a tag."""
    column = next((i for i, c in fields.items() if c.field == field), None)
    if column is None:
        return None
    cells = [r[column].strip() for r in sample if column < len(r) and r[column].strip()]
    return column if cells and all(len(c.split()) <= 2 for c in cells) else None


def _numbered_under(rows: Sequence[Sequence[str]]) -> bool:
    """Two columns where each row's second code extends its first ('F1' and 'F1a'): the
    action numbered under the part in its row."""
    width = min(len(r) for r in rows)
    return any(
        all(
            r[b].strip().startswith(r[a].strip()) and len(r[b].strip()) > len(r[a].strip()) > 0
            for r in rows
        )
        for a in range(width)
        for b in range(width)
        if a != b
    )


# A part's own code before its name: 'SR1 – Loss of income', 'CR02: Workforce'.
_CODED = re.compile(rf"{PART_CODE}\s*[:.–—-]\s")
# A column's title that names findings, whatever else it names ('Risk/finding/issue').
_FINDING = re.compile(r"\b(?:findings?|issues?|concerns?)\b", re.IGNORECASE)
# A column's title that names the risk alone: 'Risk', 'Risk identified', 'Risk description'.
_RISK = re.compile(r"\s*risks?(?:\s+(?:identified|description|title))?\s*", re.IGNORECASE)
