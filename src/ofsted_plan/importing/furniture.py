"""Rows that are not the plan's actions nor its headings, as a person passes over them: a
page's header and footer ('Page 2 of 5'), a logo's placeholder, commentary over a table's
header, a caption or heading over a block of totals; and what a heading row looks like."""

from __future__ import annotations

import re

from .classify import NOTE_LINE, REF_LIKE, REPORT_LINE, own_texts
from .documents import Row
from .kinds import Classified, Header, RowKind
from .labels import INSPECTORATE, labels_one_part, said_of_its_part
from .titles import PLAN_WORDS
from .totals import TOTAL_WORDS
from .values import STATUS_WORDS, status_key

# A row of commentary on the part above it, not the part: 'Comments from the inspection
# report: ...', 'Context: ...'.
COMMENTARY = re.compile(
    r"^(?:comments?|commentary|context|background|notes?|(?:relevant\s+|lead\s+|partner\s+|"
    r"responsible\s+|involved\s+)?(?:agenc(?:y|ies)|partners?|organisations?|sponsors?)|"
    rf"{INSPECTORATE}\s+findings?)\b"  # ('HMICFRS finding: The service hasn't ...')
    r"[^:]{0,40}:\s",
    re.IGNORECASE,
)  # and 'Relevant agencies: all Board partners' under a recommendation: said of it
# '[Council logo]', '[image]': where a picture stands in the exported sheet, beside its title.
PLACEHOLDER = re.compile(
    r"^\[[^\]]{0,40}\b(?:logo|image|picture|crest|banner)\b[^\]]{0,40}\]$", re.I
)
# A government security marking printed beside a title ('OFFICIAL', 'OFFICIAL-SENSITIVE'):
# how the paper is handled, never its name.
MARKING = re.compile(
    r"^(?:official(?:\s*[-–—:]\s*sensitive)?|not\s+protectively\s+marked|protect|restricted|"
    r"unclassified)$",
    re.IGNORECASE,
)
PAGE_LINE = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b", re.IGNORECASE)


def report_box(row: Row, texts: list[tuple[int, str]], header: Header) -> bool:
    """'Key risks and issues' | its words merged across the action's, owner's, date's and
    RAG's columns: a box of the report, no action (an action fills its own cells)."""
    if len(texts) != 2 or REPORT_LINE.fullmatch(texts[0][1].strip()) is None:
        return False
    start, span = texts[1][0], row.spans.get(texts[1][0], 1)
    covered = {header.fields.get(c) for c in range(start, start + span)}
    return "action" in covered and len(covered & {"lead", "end", "status", "comments"}) >= 2


def page_line(texts: list[tuple[int, str]]) -> bool:
    """'Page 2 of 5' printed on a row of its own texts (a footer is a row of a few texts)."""
    return len(texts) <= 3 and PAGE_LINE.search(" ".join(t for _, t in texts)) is not None


def heading_like(text: str) -> bool:
    """A line that could head the rows under it: short, not a sentence, not a date or a note,
    not the plan's name ('Help and protection', not 'Updated monthly by the PMO.')."""
    from .ends import looks_like_a_month

    return (
        len(text) <= 80
        and not text.rstrip().endswith((".", ":"))
        and not NOTE_LINE.match(text)
        and not PLAN_WORDS.search(text)
        and not any(looks_like_a_month(w) for w in [text])
        and not re.search(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b(19|20)\d\d\b", text)
    )


def is_own_export(cells: list[str]) -> bool:
    from ..model import TABLE_HEADER as HEADER

    return [c.strip() for c in cells[: len(HEADER)]] == list(HEADER)


def captions(rows: list[Classified]) -> None:
    """A row of one cell right above a totals block ('Current RAG position (January 2020)')
    is the block's caption, a note: not an action, nor a heading."""
    following: Classified | None = None
    for item in reversed(rows):
        if item.kind is RowKind.BLANK:
            continue
        if (
            following is not None
            and following.kind is RowKind.TOTALS
            and item.kind in (RowKind.ACTION, RowKind.STRUCTURE)
            and len(texts := own_texts(item.row)) == 1
        ):
            item.kind, item.text, item.why = RowKind.NOTE, texts[0][1], "a caption of the totals"
        following = item


# A box of a highlight report under its milestones, by its heading alone on its row.
_BOX = re.compile(
    r"(?:key\s+)?(?:decisions?(?:\s+(?:required|needed|sought))?|escalations?|support\s+required|"
    r"risks?(?:\s+(?:and|&)\s+issues?|\s*/\s*issues?)?|issues?|dependencies|"
    r"(?:(?:action\s+)?plan\s+)?(?:sign[\s-]?off|approval)|signatures?)"  # ('Sign-off' over
    # 'Name | Designation | Date' and who signed: the plan's sign-off, no action)
    r"(?:\s+(?:from|by|to|of|for)\s+(?:the\s+)?[A-Za-z ]{2,40})?\s*:?",
    re.IGNORECASE,
)


def boxes_after_the_plan(rows: list[Classified]) -> None:
    """'Decisions required from Programme Board' alone on its row after the plan's actions,
    and the rows under it up to a blank one ('D1 | Approve the use of ...'): a box of the
    highlight report, what the board is asked, no part of the plan and no action: notes. So
    too a 'Sign-off' box, who signed the plan."""
    acted = inside = False
    styles: set[tuple[int, str, int]] = set()  # the plan's own heading rows, as they look
    for item in rows:
        if item.kind is RowKind.BLANK:
            inside = False
        elif inside and item.kind in (RowKind.ACTION, RowKind.CONTINUATION, RowKind.STRUCTURE):
            text = " | ".join(t for _, t in own_texts(item.row))
            item.kind, item.text, item.why = RowKind.NOTE, text, "in a box of the report"
        elif (
            acted
            and item.kind is RowKind.STRUCTURE
            and len(texts := own_texts(item.row)) == 1
            and _BOX.fullmatch(texts[0][1].strip())
            and _style(item.row, texts[0][0]) not in styles  # ('Issues to address' shaded
        ):  # and merged as 'Recommendations' was over the first actions: the plan's next part)
            item.kind, item.text, item.why = RowKind.NOTE, texts[0][1], "a box of the report"
            inside = True
        elif (
            item.kind is RowKind.STRUCTURE
            and (texts := own_texts(item.row))
            and (style := _style(item.row, texts[0][0])) is not None
        ):
            styles.add(style)
        acted = acted or item.kind is RowKind.ACTION


def _style(row: Row, column: int) -> tuple[int, str, int] | None:
    """How a heading row looks: where its text starts, its shade and how far it is merged;
    None where it has no shade (a plain line looks like any other)."""
    fill = row.fills.get(column)
    return (column, fill, row.spans.get(column, 1)) if fill else None


def totals_headings(rows: list[Classified]) -> None:
    """'Summary | Number of actions' over a block of totals: the block's own heading, not an
    action (a row of two words or fewer after a blank row, right above the totals; or a row
    of short titles, one over each of the totals' figures, after a blank row or the key)."""
    for i, r in enumerate(rows[1:-1], start=1):
        own = own_texts(r.row)
        if (
            r.kind is RowKind.ACTION
            and rows[i + 1].kind is RowKind.TOTALS
            and (
                (rows[i - 1].kind is RowKind.BLANK and len(own) <= 2)
                or (  # 'Q2 summary | Complete | 2' over '| Green | 3': the block's caption
                    rows[i - 1].kind is RowKind.BLANK  # and its first count, in the same
                    and len(own) == 3  # columns as the counts under it
                    and [c for c, _ in own[1:]] == [c for c, _ in own_texts(rows[i + 1].row)]
                    and own[2][1].isdigit()
                    and len(own[0][1].split()) <= 3
                )
                or (  # 'Summary | Actions | Complete | Green | Amber ...' over 'Total | 8 |
                    rows[i - 1].kind in (RowKind.BLANK, RowKind.KEY, RowKind.NOTE)
                    and len(own) >= 3  # 1 | 3 ...' (its repeated figures told once)
                    and len(own) >= len(own_texts(rows[i + 1].row)) >= 3
                    and all(len(t.split()) <= 3 and not any(c.isdigit() for c in t) for _, t in own)
                )
            )
        ):
            r.kind, r.text, r.why = (
                RowKind.TOTALS,
                " | ".join(t for _, t in own_texts(r.row)),
                "the heading of the totals under it",
            )


_AMOUNT = re.compile(r"[£$€]?-?\d[\d,]*(?:\.\d+)?\s*(?:%|[mk]|bn)?", re.IGNORECASE)


def summary_rows(rows: list[Classified]) -> None:
    """A block that a totals row closes, each row a label and amounts only ('Enabling
    Services Review | 4.20 | 3.65' over 'Total | 8.20 | 6.95'), is a summary table of figures,
    not actions: a person reads it as one. So is the row of short titles over it ('Savings
    summary 2024/25 | Target £m | Forecast £m') right after a blank row. All are totals."""
    for end, closing in enumerate(rows):
        if closing.kind is not RowKind.TOTALS or end == 0:
            continue
        width = len(_filled(closing))
        start = end
        while start > 0 and _figures(rows[start - 1], width):
            start -= 1
        above = rows[start - 1] if start > 0 else None
        if (
            above is not None
            and above.kind is RowKind.ACTION
            and (
                start < 2
                or rows[start - 2].kind is RowKind.BLANK
                or _SUMMARY.search(rows[start - 2].text or "") is not None
            )  # ('Summary' over 'Residual rating | Number of risks' over 'Red | 3')
            and len(texts := _filled(above)) == width
            and all(len(t) <= 40 and not _AMOUNT.fullmatch(t) for t in texts)
        ):
            start -= 1
        for r in rows[start:end]:
            r.kind, r.why = RowKind.TOTALS, "a row of the figures the totals row closes"
            r.text = " | ".join(_filled(r))


_SUMMARY = re.compile(r"^\s*summary\b", re.IGNORECASE)


def _filled(item: Classified) -> list[str]:
    """The row's filled cells, each as written (a figure repeated in the next cell is two
    figures, not one merged cell)."""
    return [t for c in item.row.cells if (t := c.strip())]


def _figures(item: Classified, width: int) -> bool:
    """A row read as an action that is a short label and `width - 1` amounts."""
    texts = _filled(item)
    return (
        item.kind is RowKind.ACTION
        and len(texts) == width >= 2
        and len(texts[0]) <= 60
        and not _AMOUNT.fullmatch(texts[0])
        and all(_AMOUNT.fullmatch(t) for t in texts[1:])
    )


def counts_by_status(rows: list[Classified]) -> None:
    """'Summary | Green | Amber | Red | Complete | Total' over 'Projects | 4 | 3 | 1 | 1 | 9':
    a table counting the plan by status under it, its title row of status words and its rows
    of a label and counts, not actions. All are totals."""
    for i, item in enumerate(rows[:-1]):
        texts = [t for c in item.row.cells if (t := c.strip())]
        if item.kind is not RowKind.ACTION or len(texts) < 4:
            continue
        words = [status_key(t) for t in texts[1:]]
        if not all(w in STATUS_WORDS or w in TOTAL_WORDS for w in words):
            continue
        below = []
        for following in rows[i + 1 :]:
            cells = [t for c in following.row.cells if (t := c.strip())]
            if (
                following.kind not in (RowKind.ACTION, RowKind.TOTALS)
                or len(cells) != len(texts)
                or not all(_AMOUNT.fullmatch(c) for c in cells[1:])
            ):
                break
            below.append(following)
        if below:
            for r in [item, *below]:
                r.kind, r.why = RowKind.TOTALS, "a table counting the plan by status"
                r.text = " | ".join(t for c in r.row.cells if (t := c.strip()))


def facts_before_the_header(rows: list[Classified]) -> None:
    """A register laid out a block per risk: its band ('Risk CR2: Cyber security'), the
    risk's facts ('Description | ...', 'Risk owner | ... | Inherent score | 25 | ...'), then
    the header again over its actions. Nothing between a band and the header that follows
    it is an action (the header introduces them): those rows are the part's facts, kept in
    the notes."""
    for index, item in enumerate(rows):
        header = item.header
        if item.kind is not RowKind.HEADER or header is None:
            continue
        ref = header.column("ref")
        after = next((r for r in rows[index + 1 :] if r.kind is RowKind.ACTION), None)
        if ref is None or after is None or not REF_LIKE.match(_cell(after, ref)):
            continue  # (the actions under it numbered: a page's actions before a header
            # printed again are numbered too, and are kept)
        _facts_block(rows[:index])
        between: list[Classified] = []
        for before in reversed(rows[:index]):
            if before.kind in (RowKind.ACTION, RowKind.CONTINUATION, RowKind.NOTE):
                if REF_LIKE.match(_cell(before, ref)):
                    break  # an action, numbered as they are
                between.append(before)
                continue
            own = own_texts(before.row)
            if (
                before.kind is RowKind.STRUCTURE
                and len(own) == 2
                and said_of_its_part(f"{own[0][1].rstrip(' :')}: {own[1][1]}")
            ):  # 'Controls | Daily staffing huddles; ...' under the risk's band: a fact of it
                between.append(before)
                continue
            if before.kind is RowKind.STRUCTURE and between:
                for r in between:
                    if r.kind is not RowKind.NOTE:
                        r.kind, r.why = RowKind.NOTE, "a fact of the part, above its header"
                        r.text = " | ".join(t for _, t in own_texts(r.row))
            break


def _facts_block(above: list[Classified]) -> None:
    """Three rows or more right above a header, each a short label and its values ('Strategic
    objective | Quality – ...', 'Executive lead | Chief Nurse', 'Assurance committee | ...':
    a board assurance framework's risk): the facts of the part above them, notes, never
    parts of their own (a label naming a part, 'Area for improvement 1', stays one)."""
    block: list[tuple[Classified, list[str]]] = []  # each row and its own values
    for before in reversed(above):
        if before.kind is RowKind.BLANK:
            continue  # (blank rows among the facts and before the header)
        cells = [text for _, text in own_texts(before.row)]  # (a value merged across, once)
        if (
            before.kind in (RowKind.STRUCTURE, RowKind.NOTE)
            and (
                len(cells) >= 2  # ('Risk score (C x L)' whose scores were taken aside: a
                or (len(cells) == 1 and said_of_its_part(f"{cells[0]}: -"))  # fact's label)
            )
            and len(cells[0].split()) <= 5
            and not REF_LIKE.match(cells[0])
        ):
            block.append((before, cells))
            continue
        break
    if len(block) < 3:
        return
    for r, cells in block:
        if r.kind is RowKind.STRUCTURE and not labels_one_part(cells[0]):
            r.kind, r.why = RowKind.NOTE, "a fact of the part, above its header"
            r.text = " | ".join(cells)


def _cell(item: Classified, column: int) -> str:
    return item.row.cells[column].strip() if column < len(item.row.cells) else ""


def notes_under_a_heading(rows: list[Classified]) -> None:
    """'Section C – Recommendations for the police' then a sentence in the action column, no
    ref where every action has one, and no action after it under that heading ('These are
    monitored through the Constabulary's own plan'): said of the section, a note; never the
    words of the last action before the heading run on."""
    for index, item in enumerate(rows):
        header = item.header
        if item.kind is not RowKind.ACTION or header is None or index == 0:
            continue
        ref, action = header.column("ref"), header.column("action")
        texts = own_texts(item.row)
        if ref is None or action is None or [c for c, _ in texts] != [action]:
            continue
        above = index - 1  # (looked back in place: a long table's rows are never copied)
        while above >= 0 and rows[above].kind is RowKind.BLANK:
            above -= 1
        if above < 0 or rows[above].kind is not RowKind.STRUCTURE:
            continue
        after = next(
            (r for r in rows[index + 1 :] if r.kind in (RowKind.ACTION, RowKind.STRUCTURE)), None
        )
        if after is not None and after.kind is RowKind.ACTION:
            continue  # the heading's first action, numbered or not
        numbered = [r for r in rows if r.kind is RowKind.ACTION and r.header is header]
        if sum(1 for r in numbered if _cell(r, ref)) < max(2, len(numbered) - 1):
            continue
        item.kind, item.why, item.text = RowKind.NOTE, "said of the heading above", texts[0][1]
