"""A risk register's risk on a row of its own over its coded actions, as a risk system exports
it: 'CR01 – Financial sustainability' in the ref column with the risk's owner and scores,
the action column empty, then 'CR01a', 'CR01b' (or 'SR01.1') each with its own action. A
person reads the risk as the heading of the actions under it, not as an action without
words. Its scores go down to its actions, as a cell merged down beside them would; what its
actions fill for themselves (their owner, their status) is kept with the plan as a line said
of the risk, so nothing of the row is lost."""

from __future__ import annotations

import re

from .classify import own_texts, ref_and_action
from .documents import Grid
from .kinds import Classified, RowKind

# 'CR01 – Financial sustainability', 'SR02 – Local government reorganisation: disruption ...',
# 'SR01 Financial sustainability – failure to ...', 'CR39a – Cyber security'.
_RISK = re.compile(
    r"^([A-Z]{1,4}\s?\d{1,3}[a-z]?)(?:\s*[–—:-]\s+|\s+(?=[A-Z]))(\S.{2,})$", re.DOTALL
)
# 'Risk: the Council is unable to ...' on the line under it: said of the risk.
_SAID_OF_IT = re.compile(r"^(?:risk|risk\s+description|description|cause)\s*:\s*\S", re.I)
_KEPT_DOWN = (None, "extra")  # its scores and description; a ref or lead is the risk's own


def risks_over_their_actions(rows: list[Classified]) -> None:
    """Each such risk row made a heading, in place."""
    index = 0
    while index < len(rows):
        item = rows[index]
        index += 1
        if (found := ref_and_action(item)) is None:
            continue
        header, own, ref, action = found
        if ref not in own:
            continue
        risk = _RISK.match(own[ref])
        if risk is None:
            continue
        code = risk[1].replace(" ", "")
        under = _actions_under(rows[index:], header, ref, code)
        if not under or (action in own and len(under) < 2):
            continue  # (its description in the action's column, as 'Description / further
            # mitigating action' holds both: a risk over two or more actions of its code)
        item.kind, item.text, item.column = RowKind.STRUCTURE, own[ref], ref
        item.why = "a risk over its actions"
        facts = []
        for column, text in own.items():
            if column == ref:
                continue
            title = header.titles[column].strip() if column < len(header.titles) else ""
            if header.fields.get(column) in _KEPT_DOWN:
                for a in under:
                    if column < len(a.row.cells) and not a.row.cells[column].strip():
                        a.row.cells[column] = text
                        a.row.down.add(column)
                        a.row.own = None
            else:
                facts.append(f"{title}: {text}" if title else text)
        if facts:
            rows.insert(index, Classified(item.row, RowKind.NOTE, header, f"{own[ref]}: "
                                          + "; ".join(facts), why="said of the risk"))  # fmt: skip
            index += 1


def _actions_under(rows: list[Classified], header: object, ref: int, code: str) -> list[Classified]:
    """The actions right under a risk whose refs carry its code ('CR01a', 'SR01.1'), a line
    said of the risk before them made a note; none when any action between is not its own."""
    under: list[Classified] = []
    for following in rows:
        if following.header is not header or following.kind is RowKind.STRUCTURE:
            if (
                not under
                and following.kind is RowKind.STRUCTURE
                and _SAID_OF_IT.match(following.text)
            ):
                following.kind, following.why = RowKind.NOTE, "said of the risk"
                continue
            break
        if following.kind is not RowKind.ACTION:
            continue
        texts = dict(own_texts(following.row))
        own_ref = texts.get(ref, "").replace(" ", "")
        if not own_ref.startswith(code) or own_ref == code or _RISK.match(texts.get(ref, "")):
            break
        if not re.match(r"[.\-/]?[a-z0-9]", own_ref[len(code) :]):
            break  # 'CR011' under 'CR01' is no action of it
        under.append(following)
    return under


def index_number(grid: Grid, index: int) -> int | None:
    """The number of the grid's row at `index`, if there is one."""
    return grid.rows[index].number if 0 <= index < len(grid.rows) else None


def first_of_repeated_blocks(grid: Grid, index: int, first_header: int | None) -> bool:
    """The row right above the first header, under a row of titles repeated lower down over
    each block ('Risk no, title | Owner | ...' over one risk, then its actions' header): the
    first block's risk, read as those after it."""
    rows = grid.rows
    if first_header != index + 1 or index < 1 or not (texts := own_texts(rows[index])):
        return False
    titles = [c.strip() for c in rows[index - 1].cells]
    return (
        len(texts[0][1]) <= 80
        and sum(1 for t in titles if t) >= 3
        and any([c.strip() for c in r.cells] == titles for r in rows[first_header + 1 :])
    )
