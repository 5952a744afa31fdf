"""Plans written as records rather than a table: each action its own small two-column table of
labels and values (a Word plan's 'Action | ...', 'Lead | ...', 'RAG | ...'), or a paragraph
followed by labelled lines (a text plan's '1.1 Introduce ...' then 'Lead: ...', 'By: ...',
'RAG: ...'). A person reads each record as one row of a table whose columns are its labels; so
does the importer: the records are rewritten as such a table, in place, and read as any other.

A record is taken only where its labels name the plan's fields (the column vocabulary) and name
a lead, an end or a RAG: a table of 'Version | 3.2' or an email's 'Subject: ...' is not one.
Each value keeps the line it was written on, so a problem is refused at that line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .documents import Block, Document, Grid, Paragraph, Row
from .header import Vocabulary
from .labels import labels_one_part
from .record_lines import (
    EMAIL_HEADER,
    LABEL_LINE,
    NUMBERED_KIND,
    label_alone,
    labels_and_words,
    last_paragraph,
    names_field,
    paragraphs_between,
    ruled_twice,
)

# A record names at least one of these: what makes a label list an action's.
_ACTION_FIELDS = frozenset(("lead", "end", "status"))
_WORDS_OF_IT = frozenset(("action", "recommendation"))  # a table row's own words
# A ref at the start of an action's paragraph: '1.1 ', 'A5.3. ', '2b) ', '(c) ', 'Milestone 1.1 '.
_REF = re.compile(
    r"^(?:(?:Action|Ref|No\.?|Milestone|Task|Step)\s+)?"  # ('Milestone 1.1   Launch ...')
    r"((?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3})*[a-z]?|\(?[a-z]\))[.):]?\s+(?=\S)"
)
# 'rag_status = Amber', 'Due date = 31/03/2025': a system's export, one field a line.
_KEY_LINE = re.compile(r"^(\s*)([A-Za-z][A-Za-z0-9 _()/&'’.-]{0,38}?)\s*=\s*(.*)$")
# '[APP-01]': the id a system's export writes over each record.
_MARKER = re.compile(r"^\s*\[\s*([A-Za-z0-9][A-Za-z0-9 ._/-]{0,20}?)\s*\]\s*$")
_NEXT_LABEL = re.compile(  # (a label's brackets closed: 'December 2025 (revised: June 2026)'
    r"(?:\s{2,}|\t|\s+\|\s+)(?=[A-Z](?:[A-Za-z0-9 /&'’.-]|\([^()]*\)){0,38}?\s*:\s)"  # value)
)
_LABELLED_VALUE = re.compile(r"[A-Z][A-Za-z ]{0,20}:\s")  # 'Original: 30/11/2024'
# 'Action 1.1.1' on a line of its own over the labels: the action's number.
_NUMBERED_AS = r"^\s*(?:action|ref|step|task)\s+((?:[A-Z]{1,4}-?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)"
_ACTION_NUMBER = re.compile(rf"{_NUMBERED_AS}\s*:?\s*$", re.I)  # ('Action HIP-01')
# 'Ref A4 | Priority: High' over a record's labelled lines: its ref, then more of its labels.
_REF_AND_LABELS = re.compile(
    rf"{_NUMBERED_AS}\s*(?:\||\t|\s{{2,}})\s*([A-Z][A-Za-z /&'’-]{{0,38}}:\s.*)$", re.I
)
# '3. 2026 Revaluation' over a record's labelled lines: its heading, numbered.
_RECORD_HEADING = re.compile(r"^\d{1,2}\.\s+[A-Z\d][^.:]{2,80}$")
# '1. The provider must ensure ...', 'a. The provider should ...': a requirement's words,
# numbered, over its one action's labels (a sentence: a short '1. Leadership' is a heading).
_SAID_WITH_NUMBER = re.compile(r"^\s*(\d{1,3}|[a-z])[.)]\s+(?=(?:\S+\s+){7})")
# A record's label that holds the action where none is named as it ('Description: ...').
_DESCRIBES = frozenset(("description", "details", "action description"))
_DOES = frozenset(("lead", "status", "action"))  # the fields only an action's labels give


@dataclass
class _Record:
    """One action: its paragraph (with the line it starts on) and its labelled values."""

    text: str
    line: int
    values: list[tuple[str, str, int]] = field(default_factory=list)  # label, value, line
    ref: str = ""  # from a line over the labels ('[APP-01]'), where its text is in them


# A record's labels the column vocabulary does not hold alone: 'By: March 2025' is its end
# (a table's column 'By' is too short a title to be sure of).
_LABELS = {"by": "By when"}


def _title(label: str) -> str:
    return _LABELS.get(label.strip().casefold(), label)


def _field(words: Vocabulary, label: str) -> str | None:
    return names_field(words, _title(label))


def _is_record(words: Vocabulary, labels: list[str]) -> bool:
    fields = [_field(words, label) for label in labels]
    named = [f for f in fields if f is not None]
    return len(named) >= 2 and bool(_ACTION_FIELDS & set(named))


# --- Word: a two-column table of labels and values per action ------------------------------


def label_tables(document: Document, words: Vocabulary) -> Document:
    """The document with each table of labels and values (one action, or several one after
    another) rewritten as a table with a header row of its labels and a row per action."""
    if document.kind != "docx":
        return document
    blocks: list[Block] = []
    for block in document.blocks:
        table = _label_table(block, words) if isinstance(block, Grid) else None
        blocks.append(table or block)
    document.blocks = blocks
    return document


def _label_table(grid: Grid, words: Vocabulary) -> Grid | None:
    pairs = [(row, row.cells[0].strip(), row.cells[1].strip()) for row in grid.rows if _two(row)]
    expected = len(grid.rows)
    titled = _TITLED.fullmatch(grid.rows[0].cells[0].strip()) if grid.rows else None
    if titled and len(pairs) == len(grid.rows) - 1 >= 3 and not _two(grid.rows[0]):
        first_row = grid.rows[0]  # '1. Direct award contracts' merged over the finding's
        pairs[:0] = [  # labels (NIAO's form): its number the ref, its name kept
            (first_row, "Ref", titled[1]),
            (first_row, "Finding title", titled[2]),
        ]
        expected += 1
    if len(pairs) != expected or len(pairs) < 3:
        return None
    records: list[_Record] = []
    seen: set[str] = set()
    first = ""
    for row, label, value in pairs:
        key = _field(words, label) or label.casefold()
        if not records or label.casefold() in seen or key == first:
            records.append(_Record("", row.number))  # the first label again ('Action 2'
            seen, first = set(), key  # after 'Action 1'), or any label twice: the next
        seen.add(label.casefold())  # record; 'Original target date' then 'Revised target
        records[-1].values.append((label, value, row.number))  # date' both end one record
    for record in records:  # 'Recommendation KR1 | The Council should ...': the part's
        named = [NUMBERED_KIND.match(label) for label, _, _ in record.values]  # words, and
        if not any(_field(words, label) == "ref" for label, _, _ in record.values):  # its ref
            for index, found in reversed(list(enumerate(named))):
                if found is not None:
                    _, value, line = record.values[index]
                    record.values[index : index + 1] = [
                        ("Ref", found[2], line),
                        (found[1], value, line),
                    ]
    if not all(_is_record(words, [label for label, _, _ in r.values]) for r in records):
        return None
    if not any(_field(words, label) in _WORDS_OF_IT for _, label, _ in pairs):
        return None  # a project's 'Senior Responsible Owner' | 'Overall status – Q2': its
        # facts, no words of what is to be done
    if sum(1 for _, label, _ in pairs if label.casefold().rstrip(":") in _COVER_LABELS) >= 2:
        return None  # 'Meeting | Date | Agenda item | Title | Author | Purpose': a committee
        # paper's cover, what it is and who wrote it, no action
    return _table(records, grid.where, grid.path, words, with_text=False)


# A form's title row: its number and its name, '1. Direct award contracts'.
_TITLED = re.compile(r"(\d{1,2})[.)]\s+(\S.{2,80})")
_COVER_LABELS = frozenset(
    ("meeting", "author", "report author", "purpose", "agenda item", "presented by",
     "report title", "date of meeting", "meeting date", "prepared by", "paper", "report by")
)  # fmt: skip


def _two(row: Row) -> bool:
    """A row of a label and its value: two cells, the first short words."""
    cells = row.cells
    return (
        len(cells) == 2
        and not row.spans
        and 0 < len(cells[0].strip()) <= 60
        and "\n" not in cells[0].strip()
        and cells[0].strip() != cells[1].strip()
    )


# --- Text: a paragraph per action, then its labelled lines --------------------------------


def _inner(found: list[Paragraph], before: str) -> str:
    """The last inner heading so far ('The provider should ...' under a ruled heading): the
    last among the paragraphs just found, else the one before (kept, not searched for again:
    a long export is read once)."""
    return next((p.text for p in reversed(found) if p.level == 3), before)


# A line left to be signed or dated by hand: '____________', '…………', or nothing.
_SIGNED_HERE = re.compile(r"[_.…\s-]*")


def text_records(text: str, path: str, words: Vocabulary) -> Document | None:
    """A text plan of action paragraphs each followed by labelled lines, as a document of
    paragraphs (its headings and prose) and tables (its records); None when the text is not
    written so (fewer than two records)."""
    lines = text.splitlines()
    first = next((n for n, line in enumerate(lines, start=1) if line.strip()), 0)
    double = ruled_twice(lines)
    blocks: list[Block] = []
    run: list[_Record] = []
    count = 0
    pending: list[tuple[int, str]] = []  # paragraph lines not yet known to be prose or an action
    inner = ""  # the last inner heading read ('The provider should ...'), for the next lines
    for number, label_run, after in _runs(lines, words):
        if label_run is None:
            pending.append((number, after))
            continue
        if all(_SIGNED_HERE.fullmatch(value) for _, value, _ in label_run):
            pending.extend((n, lines[n - 1]) for n in sorted({n for _, _, n in label_run}))
            continue  # 'Headteacher: ________   Date: ______': the form's lines to sign, prose
        paragraph = last_paragraph(pending)
        told = next(  # 'Agreed management action' alone over its words, under the finding's
            (
                k
                for k in range(len(paragraph) - 1, -1, -1)
                if label_alone(words, paragraph[k][1])
                or (  # 'Response by registered person detailing the actions taken:' over
                    k + 1 < len(paragraph)  # '1.1 Replace the damaged flooring ...': the
                    and paragraph[k][1].rstrip().endswith(":")  # label, the numbered
                    and _REF.match(paragraph[k + 1][1].strip()) is not None  # action after
                )
            ),
            None,  # and the recommendation's: the action is the words after the label
        )
        if told is not None:
            paragraph = paragraph[told + 1 :]
        before, action = pending[: len(pending) - len(paragraph)], paragraph
        if before and any(t.strip() for _, t in before):
            if run:
                blocks.append(_table(run, "the labelled actions", path, words, with_text=True))
                run = []
            found = paragraphs_between(before, lines, double, inner)
            blocks.extend(labels_and_words(found, words))
            inner = _inner(found, inner)  # (the label over its words, as the next lines
            # are read: 'Area for improvement' again is a part beside it)
        pending = []
        start = action[0][0] if action else label_run[0][2]
        label_run, ref = _numbered_action(label_run)
        described = next(
            (k for k, (label, _, _) in enumerate(label_run) if label.lower() in _DESCRIBES), None
        )
        if (  # 'Action HIP-01' over 'Description: ...' and no label naming the action: the
            described is not None  # number and the action's words
            and len(action) == 1
            and not ref
            and not any(_field(words, label) == "action" for label, _, _ in label_run)
            and (numbered := _ACTION_NUMBER.match(action[0][1])) is not None
        ):
            _, value, line = label_run[described]
            label_run[described] = ("Action", value, line)
            ref, action = numbered[1], []
        if any(_field(words, label) == "action" for label, _, _ in label_run):
            # its labels hold the action: a line over them is its id ('[APP-01]'), or prose
            marker = (
                _MARKER.match(action[0][1]) or _ACTION_NUMBER.match(action[0][1])
                if len(action) == 1 and not ref
                else None
            )
            ruled = (  # 'Ref A4 | Priority: High' over the labels: its ref, then labels
                _REF_AND_LABELS.match(action[0][1]) if len(action) == 1 and not ref else None
            )
            if marker is None and len(action) == 1 and not ref:
                marker = _BARE_REF.fullmatch(action[0][1].strip())  # '1.1' alone over them
            if marker is not None:
                ref = marker[1]
            elif ruled is not None:
                ref = ruled[1]
                label_run = [
                    *((k.strip(), v.strip(), action[0][0]) for k, _, v in _split(ruled[2])),
                    *label_run,
                ]
            elif len(action) == 1 and not ref and _RECORD_HEADING.match(action[0][1].strip()):
                if run:  # '2. Workforce planning' over 'Issue/risk: ...', 'Agreed management
                    blocks.append(  # action: ...': the record's own heading, its number
                        _table(run, "the labelled actions", path, words, with_text=True)
                    )  # the record's ref
                    run = []
                blocks.append(Paragraph(action[0][1].strip(), 2))
                ref = action[0][1].strip().split(".")[0]
            else:
                found = paragraphs_between(action, lines, double, inner)
                said = _SAID_WITH_NUMBER.match(action[0][1]) if action and not ref else None
                if said and not any(_field(words, label) == "ref" for label, _, _ in label_run):
                    ref = said[1]  # '1. The provider must ensure ...' over 'Action planned:
                    # ...': the requirement's number, its one action's ref
                if found and run:  # (the records before them first, in their order)
                    blocks.append(_table(run, "the labelled actions", path, words, with_text=True))
                    run = []
                blocks.extend(found)
                inner = _inner(found, inner)
            action = []
        record = _Record(" ".join(t.strip() for _, t in action), start, label_run)
        record.ref = ref
        if (
            labels_one_part(record.text)
            and len(action) == 1
            and not {_field(words, label) for label, _, _ in label_run} & _DOES
        ):  # 'Area for improvement 1' over 'Ref: Regulation 13 (7)', 'Stated: First time',
            if run:  # 'To be completed by: ...' (RQIA's plan): the part's label and its
                blocks.append(  # facts, no action; its words and actions follow
                    _table(run, "the labelled actions", path, words, with_text=True)
                )
                run = []
            blocks.append(Paragraph(record.text, 3))
            blocks.extend(Paragraph(f"{label}: {value}", None) for label, value, _ in label_run)
            inner = record.text
            continue
        named = any(_field(words, label) == "action" and value for label, value, _ in label_run)
        if not count and not named and action and action[0][0] == first:
            record.text = ""  # the document's first line over 'Inspection date: ...': its
            # title and its facts, no action
        if not record.text and not named:
            if count:
                return None  # labels with no action to them: not a plan of records
            end = max(line for _, _, line in label_run)  # 'Inspection date: ...', 'Plan
            pending = [*action, *((n, lines[n - 1]) for n in range(start, end + 1))]  # owner:
            continue  # ...' above the first record: the document's own facts, its lines
        run.append(record)
        count += 1
    if count < 2:
        return None
    if run:
        blocks.append(_table(run, "the labelled actions", path, words, with_text=True))
    found = paragraphs_between(pending, lines, double, inner)
    blocks.extend(found)
    return Document("text", blocks, read_as="text with a paragraph and labelled lines per action")


# 'Action 1.1: Review every plan ...': the action's label with its ref; or the ref first,
# 'M1.1  Action: Run searches ...' (the ref standing out at the margin, the labels under it).
_NUMBERED_LABEL = re.compile(  # ('Agreed action 3.1: ...', an audit report's)
    r"^((?:(?:agreed|management|proposed|planned)\s+){0,2}action)\s+"
    r"((?:[A-Z]{1,4}|[a-z]\.)?\d{1,3}(?:\.\d{1,3})*[a-z]?)$",  # ('Action a.1' under
    re.I,  # 'Recommendation a')
)
_BARE_REF = re.compile(r"((?:[A-Z]{1,4})?\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?")
_REF_THEN_LABEL = re.compile(r"^((?:[A-Z]{1,4})?\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?\s+(action)$", re.I)


def _numbered_action(
    run: list[tuple[str, str, int]],
) -> tuple[list[tuple[str, str, int]], str]:
    """A record whose first label is 'Action 1.1': its action, and 1.1 its ref."""
    if run and (found := _NUMBERED_LABEL.match(run[0][0].strip())):
        return [(found[1], run[0][1], run[0][2]), *run[1:]], found[2]
    if run and (found := _REF_THEN_LABEL.match(run[0][0].strip())):
        return [(found[2], run[0][1], run[0][2]), *run[1:]], found[1]
    if (  # 'M1.1  Action: ...' (a PSII plan's 'SA1  Safety action: ...') cut at its spaces:
        # the ref alone, then the action's label
        len(run) > 1
        and not run[0][1]
        and _BARE_REF.fullmatch(run[0][0].strip())
        and re.fullmatch(r"(?:(?:safety|agreed|improvement)\s+)?action", run[1][0].strip(), re.I)
        and run[1][2] == run[0][2]
    ):
        return run[1:], run[0][0].strip().rstrip(".")
    return run, ""


def _runs(
    lines: list[str], words: Vocabulary
) -> Iterator[tuple[int, list[tuple[str, str, int]] | None, str]]:
    """Each line (number, None, text), or a run of labelled lines that is a record's
    (number, [(label, value, line)], ''); a line indented under a label continues its value.
    Each line is looked at once: a run that is not a record is its lines, one by one."""
    index = 0
    while index < len(lines):
        run: list[tuple[str, str, int]] = []
        indent = -1
        j = index
        while j < len(lines):
            found = LABEL_LINE.match(lines[j]) or _KEY_LINE.match(lines[j])
            margin = _REF_AT_THE_MARGIN.match(lines[j]) if not run and not found else None
            if (
                margin is not None
                and (first := LABEL_LINE.match(margin[3])) is not None
                and _field(words, first[2].strip()) is not None
            ):  # '1.3  Finding:     Lounge 2 carpet ...' over the record's indented labels:
                run.append(("Ref", margin[2], j + 1))  # the audit question's number, its ref
                for part in _labelled_parts(margin[3], words):
                    label, _, value = part.partition(":")
                    run.append((label.strip(), value.strip(), j + 1))
                indent = len(margin[1])
            elif found and not EMAIL_HEADER.match(lines[j]):
                if (
                    run
                    and found.re is LABEL_LINE
                    and _NUMBERED_LABEL.match(found[2].strip())
                    and any(_NUMBERED_LABEL.match(label) for label, _, _ in run)
                ):
                    break  # 'Agreed action 3.2: ...' after 3.1's lines: the next record
                if found.re is _KEY_LINE:  # 'rag_status = Amber': one a line
                    run.append((found[2].strip(), found[3].strip(), j + 1))
                else:  # 'Lead: Jo Bloggs      Due: Mar-26      RAG: Red': several on one
                    for part in _labelled_parts(lines[j], words):
                        label, _, value = part.partition(":")
                        run.append((label.strip(), value.strip(), j + 1))
                indent = len(found[1])
            elif (
                run
                and (empty := _EMPTY_LABEL.match(lines[j])) is not None
                and len(empty[1]) == indent
                and _field(words, empty[2]) is not None
            ):  # '  Revised due:' left empty among the record's labels: the record goes on
                run.append((empty[2].strip(), "", j + 1))
            elif run and lines[j].strip() and _indent(lines[j]) > indent:
                label, value, line = run[-1]
                run[-1] = (label, f"{value} {lines[j].strip()}", line)
            else:
                break
            j += 1
        if run and _is_record(words, [label for label, _, _ in run]):
            yield index + 1, run, ""
            index = j
            continue
        for k in range(index, max(j, index + 1)):
            yield k + 1, None, lines[k]
        index = max(j, index + 1)


_EMPTY_LABEL = re.compile(r"^(\s*)([A-Z][A-Za-z0-9 ()/&'’.-]{0,38}?)\s*:\s*$")
# '1.3  Finding:     ...': a number at the margin, set apart from the record's first label.
_REF_AT_THE_MARGIN = re.compile(r"^(\s*)(\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)\.?\s{2,}(\S.*)$")


def split_pairs(line: str) -> list[str]:
    """'Lead: Jo Bloggs      Due: Mar-26': two labelled values. A value labelled in its turn
    ('Target date: Original: 30/11/2024   Revised: 28/02/2025') keeps the rest of the line:
    its parts say one thing (the revised month)."""
    starts = [0, *(m.end() for m in _NEXT_LABEL.finditer(line))]
    ends = [*starts[1:], len(line)]  # ('Lead: ... | Due: ...': the bar between, no value's)
    parts = [line[a:b].strip().removesuffix("|").strip() for a, b in zip(starts, ends, strict=True)]
    for k, part in enumerate(parts[:-1]):
        if _LABELLED_VALUE.match(part.partition(":")[2].strip()):
            return [*parts[:k], line[starts[k] :]]
    return parts


def _labelled_parts(line: str, words: Vocabulary) -> list[str]:
    """A line's labelled values, 'Label: value' each; a value set out under the others with
    a colon in it ('Measure:        Monthly report: % of ...') is one value."""
    parts = split_pairs(line.strip())
    if (
        len(parts) == 2
        and not parts[0].partition(":")[2].strip()
        and _field(words, parts[1].partition(":")[0].strip()) is None
    ):
        return [f"{parts[0]} {parts[1]}"]
    return parts


def _split(line: str) -> list[tuple[str, str, str]]:
    """A line's labelled values, each (label, ':', value)."""
    return [part.partition(":") for part in split_pairs(line.strip())]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


# --- Both: the records as one table ---------------------------------------------------------


def _table(
    records: list[_Record], where: str, path: str, words: Vocabulary, *, with_text: bool
) -> Grid:
    """A header row of the records' labels (first seen first), then a row per record, each
    value at the line it was written on; with `with_text`, a Ref and an Action column for
    the paragraph over the labels, where no label names them."""
    labels: list[str] = []
    for record in records:
        for label, _, _ in record.values:
            if _title(label).casefold() not in (k.casefold() for k in labels):
                labels.append(_title(label))
    named = {_field(words, label): n for n, label in reversed(list(enumerate(labels)))}
    own: dict[str, int] = {}  # 'ref', 'action' -> the column the paragraph's parts go in
    if with_text:
        for name, title in (("ref", "Ref"), ("action", "Action")):
            if name not in named:
                labels.insert(len(own), title)
                own[name] = len(own)
        named = {_field(words, label): n for n, label in reversed(list(enumerate(labels)))}
    keys = [label.casefold() for label in labels]
    rows = [Row(records[0].line, list(labels))]
    for record in records:
        cells = [""] * len(labels)
        lines: dict[int, int] = {}
        for label, value, line in record.values:
            column = keys.index(_title(label).casefold())
            cells[column] = f"{cells[column]}\n{value}" if cells[column] else value
            lines[column] = line
        if with_text:
            found = _REF.match(record.text)
            ref = record.ref or (found[1].strip("()") if found else "")
            text = record.text[found.end() :] if found else record.text
            labelled = LABEL_LINE.match(text)  # '1.1  Action: Introduce ...': the action
            if labelled and _field(words, labelled[2]) == "action":
                text = labelled[3]
            for name, value in (("ref", ref), ("action", text)):
                column = named[name]
                if value and not cells[column]:
                    cells[column] = value
        rows.append(Row(record.line, cells, lines=lines))
    return Grid(rows, where, path)
