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
from .header import Vocabulary, column_of
from .labels import said_of_its_part
from .prefixes import prefix_class
from .text import RULE_LINE

# A record names at least one of these: what makes a label list an action's.
_ACTION_FIELDS = frozenset(("lead", "end", "status"))
# 'Lead: Head of Service', 'RAG – Amber': a label of a few words, then its value.
_LABEL_LINE = re.compile(r"^(\s*)([A-Z][A-Za-z0-9 ()/&'’.-]{0,38}?)\s*:\s*(\S.*)$")
# A ref at the start of an action's paragraph: '1.1 ', 'A5.3. ', '2b) ', '(c) '.
_REF = re.compile(
    r"^(?:(?:Action|Ref|No\.?)\s+)?"
    r"((?:[A-Z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3})*[a-z]?|\(?[a-z]\))[.):]?\s+(?=\S)"
)
# 'rag_status = Amber', 'Due date = 31/03/2025': a system's export, one field a line.
_KEY_LINE = re.compile(r"^(\s*)([A-Za-z][A-Za-z0-9 _()/&'’.-]{0,38}?)\s*=\s*(.*)$")
# '[APP-01]': the id a system's export writes over each record.
_MARKER = re.compile(r"^\s*\[\s*([A-Za-z0-9][A-Za-z0-9 ._/-]{0,20}?)\s*\]\s*$")
_NEXT_LABEL = re.compile(r"(?:\s{2,}|\t)(?=[A-Z][A-Za-z0-9 ()/&'’.-]{0,38}?\s*:\s)")
_LABELLED_VALUE = re.compile(r"[A-Z][A-Za-z ]{0,20}:\s")  # 'Original: 30/11/2024'
# '1. People – voice and choice': a numbered section heading on a line of its own.
# 'Action 1.1.1' on a line of its own over the labels: the action's number.
_ACTION_NUMBER = re.compile(
    r"^\s*(?:action|ref)\s+((?:[A-Z]{1,4}-?)?\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*:?\s*$", re.I
)  # ('Action HIP-01')
# A record's label that holds the action where none is named as it ('Description: ...').
_DESCRIBES = frozenset(("description", "details", "action description"))
_NUMBERED_HEADING = re.compile(r"^\d{1,2}\.\s+[A-Z][^.:]{2,80}$")
_NAMES_PLAN = re.compile(r"\bplan\b", re.IGNORECASE)  # a banner that is the plan's title
_EMAIL_HEADER = re.compile(r"^(?:From|Sent|To|Cc|Bcc|Subject|Date|Importance)\s*:", re.IGNORECASE)


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
    found = column_of(words, _title(label))
    return found.field if found is not None and found.field != "extra" else None


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
    if len(pairs) != len(grid.rows) or len(pairs) < 3:
        return None
    records: list[_Record] = []
    seen: set[str] = set()
    for row, label, value in pairs:
        key = _field(words, label) or label.casefold()
        if not records or key in seen:
            records.append(_Record("", row.number))
            seen = set()
        seen.add(key)
        records[-1].values.append((label, value, row.number))
    if not all(_is_record(words, [label for label, _, _ in r.values]) for r in records):
        return None
    return _table(records, grid.where, grid.path, words, with_text=False)


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


def text_records(text: str, path: str, words: Vocabulary) -> Document | None:
    """A text plan of action paragraphs each followed by labelled lines, as a document of
    paragraphs (its headings and prose) and tables (its records); None when the text is not
    written so (fewer than two records)."""
    lines = text.splitlines()
    # '=====' and '-----' rules both: the first rule a priority, the second each part under it
    double = {m[1] for line in lines if (m := RULE_LINE.match(line))} >= {"=", "-"}
    blocks: list[Block] = []
    run: list[_Record] = []
    count = 0
    pending: list[tuple[int, str]] = []  # paragraph lines not yet known to be prose or an action
    for number, label_run, after in _runs(lines, words):
        if label_run is None:
            pending.append((number, after))
            continue
        paragraph = _last_paragraph(pending)
        before, action = pending[: len(pending) - len(paragraph)], paragraph
        if before and any(t.strip() for _, t in before):
            if run:
                blocks.append(_table(run, "the labelled actions", path, words, with_text=True))
                run = []
            blocks.extend(_paragraphs(before, lines, double))
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
            if marker is not None:
                ref = marker[1]
            else:
                blocks.extend(_paragraphs(action, lines, double))
            action = []
        record = _Record(" ".join(t.strip() for _, t in action), start, label_run)
        record.ref = ref
        named = any(_field(words, label) == "action" and value for label, value, _ in label_run)
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
    blocks.extend(_paragraphs(pending, lines, double))
    return Document("text", blocks, read_as="text with a paragraph and labelled lines per action")


# 'Action 1.1: Review every plan ...': the action's label with its ref; or the ref first,
# 'M1.1  Action: Run searches ...' (the ref standing out at the margin, the labels under it).
_NUMBERED_LABEL = re.compile(r"^(action)\s+((?:[A-Z]{1,4})?\d{1,3}(?:\.\d{1,3})*[a-z]?)$", re.I)
_A_REF = re.compile(r"(?:[A-Z]{1,4})?\d{1,3}(?:\.\d{1,3})*[a-z]?\.?")
_REF_THEN_LABEL = re.compile(r"^((?:[A-Z]{1,4})?\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?\s+(action)$", re.I)


def _numbered_action(
    run: list[tuple[str, str, int]],
) -> tuple[list[tuple[str, str, int]], str]:
    """A record whose first label is 'Action 1.1': its action, and 1.1 its ref."""
    if run and (found := _NUMBERED_LABEL.match(run[0][0].strip())):
        return [(found[1], run[0][1], run[0][2]), *run[1:]], found[2]
    if run and (found := _REF_THEN_LABEL.match(run[0][0].strip())):
        return [(found[2], run[0][1], run[0][2]), *run[1:]], found[1]
    if (  # 'M1.1  Action: ...' cut at its spaces: the ref alone, then the action's label
        len(run) > 1
        and not run[0][1]
        and _A_REF.fullmatch(run[0][0].strip())
        and run[1][0].strip().lower() == "action"
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
            found = _LABEL_LINE.match(lines[j]) or _KEY_LINE.match(lines[j])
            if found and not _EMAIL_HEADER.match(lines[j]):
                if found.re is _KEY_LINE:  # 'rag_status = Amber': one a line
                    run.append((found[2].strip(), found[3].strip(), j + 1))
                else:  # 'Lead: Jo Bloggs      Due: Mar-26      RAG: Red': several on one
                    for part in _pairs(lines[j].strip()):
                        label, _, value = part.partition(":")
                        run.append((label.strip(), value.strip(), j + 1))
                indent = len(found[1])
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


def _pairs(line: str) -> list[str]:
    """'Lead: Jo Bloggs      Due: Mar-26': two labelled values. A value labelled in its turn
    ('Target date: Original: 30/11/2024   Revised: 28/02/2025') keeps the rest of the line:
    its parts say one thing (the revised month)."""
    starts = [0, *(m.end() for m in _NEXT_LABEL.finditer(line))]
    parts = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    for k, part in enumerate(parts[:-1]):
        if _LABELLED_VALUE.match(part.partition(":")[2].strip()):
            return [*parts[:k], line[starts[k] :]]
    return parts


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _last_paragraph(pending: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines just before a record, up to a blank line: its action (none when a blank line
    comes first: the record's labels then hold the action)."""
    out: list[tuple[int, str]] = []
    for number, text in reversed(pending):
        if not text.strip() or RULE_LINE.match(text):
            break
        out.insert(0, (number, text))
    return out


def _paragraphs(
    pending: list[tuple[int, str]], lines: list[str], double: bool = False
) -> list[Paragraph]:
    """The prose and headings between records: a line between two rules ('-----') is a
    heading (`double`: the text rules with '=' and '-' both, '-' under '='), an email's
    header lines are not the document's."""
    out: list[Paragraph] = []
    last = -1  # the line of the last plain paragraph: the next line carries it on
    last_ruled = -1  # the line of the last heading between rules: one wrapped goes on
    for number, text in pending:
        if not text.strip() or RULE_LINE.match(text) or _EMAIL_HEADER.match(text):
            continue
        if said_of_its_part(text.strip()):  # 'Workstream lead: ...' under the workstream's
            out.append(Paragraph(text.strip(), None))  # name, ruled with it: said of it
            last = -1
            continue
        ruled = number >= 2 and RULE_LINE.match(lines[number - 2]) is not None
        ruled = ruled or (number < len(lines) and RULE_LINE.match(lines[number]) is not None)
        if ruled and out and out[-1].level == 2 and _LABEL_LINE.match(text):
            ruled = False  # 'Grade: Requires improvement' under the ruled heading: said of it
        # 'Recommendation 2: Timeliness' over the sentence it names: a heading
        over = number < len(lines) and lines[number].strip() != ""
        heading = over and len(text) <= 120 and prefix_class(text.strip()) in ("theme", "rec")
        numbered = _NUMBERED_HEADING.match(text.strip()) is not None  # '1. People – voice'
        if numbered and not ruled:
            out.append(Paragraph(text.strip(), 2))
            continue
        if ruled and last_ruled == number - 1 and out and _carries_on(out[-1].text, text.strip()):
            out[-1].text += " " + text.strip()  # a heading wrapped between its rules
            last_ruled = number
            continue
        # between rules: the plan's title where it names a plan, else a section over the rest
        kind = prefix_class(text.strip())
        if not heading and kind == "theme" and len(text) <= 120 and ":" in text:
            heading = True  # 'Key question 1: How good is our leadership?' on its own
        level = (  # ('Area for Improvement 1: ... to plan learning': a part, no title)
            (1 if _NAMES_PLAN.search(text) and kind not in ("theme", "rec") else 2)
            if ruled
            else (3 if kind == "theme" else 4)  # a theme's heading over its parts' labels
            if heading
            else None
        )
        if ruled and level == 2 and double and _ruled_by(lines, number) == "-":
            level = 3  # '=====' rules a priority, '-----' each objective under it
        last_ruled = number if ruled and level in (2, 3) else -1
        if (
            level is None
            and last == number - 1
            and out
            and out[-1].level is None
            and _carries_on(out[-1].text, text.strip())
            and not (len(out) == 1 and _NAMES_PLAN.search(out[0].text))  # the title's line
        ):
            out[-1].text += "\n" + text.strip()  # a paragraph's next line, as written
        else:
            out.append(Paragraph(text.strip(), level))
        last = number if level is None else -1
    return out


def _ruled_by(lines: list[str], number: int) -> str:
    """The character of the rules around line `number` (1-based): '=' or '-'."""
    around = [lines[i] for i in (number - 2, number) if 0 <= i < len(lines)]
    return next((m[1] for line in around if (m := RULE_LINE.match(line))), "")


def _carries_on(before: str, line: str) -> bool:
    """A line that carries on the paragraph above it (a sentence hard-wrapped, as an email or
    a PDF wraps it), not a new line of its own such as a title's subtitle."""
    last = before.splitlines()[-1].rstrip()
    open_end = last[-1:] not in (".", ":", ";", "!", "?")
    return open_end and (not line[:1].isupper() or len(last) >= 76)


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
            labelled = _LABEL_LINE.match(text)  # '1.1  Action: Introduce ...': the action
            if labelled and _field(words, labelled[2]) == "action":
                text = labelled[3]
            for name, value in (("ref", ref), ("action", text)):
                column = named[name]
                if value and not cells[column]:
                    cells[column] = value
        rows.append(Row(record.line, cells, lines=lines))
    return Grid(rows, where, path)
