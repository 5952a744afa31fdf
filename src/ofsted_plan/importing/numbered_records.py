"""An inspectorate's improvement plan returned as text, each part written as a form is filled
in (RQIA's quality improvement plan): the part numbered on a line of its own ('Area for
improvement 1'), its labelled facts under it ('Ref: Regulation 13 (7)', 'Stated: First time',
'To be completed by: 30 June 2025'), the requirement in the inspectorate's words, then the
form's prompt ('Response by registered person detailing the actions taken:') over the
provider's response: the action, under the requirement it answers. Labelled lines after the
response ('Lead: ...', 'Status: ...') are the action's too.

Read only where every numbered part has the same prompt, ending in a colon, over its
response: a person reads the form by it. Anything else is left to the other text readers.
The same form as RQIA sends it in Word (form_tables): each part a row of its number and
labels beside the requirement, then a row across the table of the prompt and the response.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .classify import own_texts
from .documents import Block, Document, Grid, Paragraph, Row
from .header import Vocabulary
from .record_lines import (
    LABEL_LINE,
    NUMBERED_KIND,
    names_field,
    paragraphs_between,
    ruled_twice,
)
from .records import split_pairs
from .text import RULE_LINE

# '[A1] Regulation 14 (2) (a) (c)    Stated: First time': the part's number in brackets, then
# its facts; over 'Area for improvement:' alone, the kind of part, its words under it.
_BRACKETED = re.compile(r"^()\[([A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?[a-z]?)\]\s+(\S.*)$")
_KIND_ALONE = re.compile(
    r"^(?:(?:key\s+|improvement\s+)?recommendation|area\s+for\s+improvement|requirement)\s*:$",
    re.IGNORECASE,
)
# The form's prompt over the response: a line of words ending in a colon, no value after it.
_PROMPT = re.compile(r"^[A-Z][^:]{10,120}:$")
# The facts' 'Ref' cites the regulation or standard, never the part's number: kept so.
_CITED = "Regulation cited"
# A later 'Ref: 5.2.3' under the requirement names the report's section: kept under this one.
_SECTION = "Report section"


@dataclass
class _Part:
    """One numbered part: its number and line, labelled values, requirement and response."""

    number: str
    line: int
    values: list[tuple[str, str, int]] = field(default_factory=list)  # label, value, line
    requirement: list[str] = field(default_factory=list)
    response: list[tuple[int, str]] = field(default_factory=list)
    end: int = 0  # the last line of the part (the lines after it are prose or headings)
    prompt: str = ""  # the form's prompt over the response
    section: str = ""  # a band across the Word form over its parts ('Action required to ...')


def numbered_records(text: str, path: str, words: Vocabulary) -> Document | None:
    """The document of a text plan written as numbered parts with a prompt over each
    response: its prose and headings as paragraphs, each run of parts as a table; None
    where the text is not written so (fewer than two parts, or a part with no prompt)."""
    lines = text.splitlines()
    starts = [
        n
        for n in range(len(lines) - 1)
        if (NUMBERED_KIND.match(lines[n].strip()) and LABEL_LINE.match(lines[n + 1]))
        or (_BRACKETED.match(lines[n].strip()) and _KIND_ALONE.match(lines[n + 1].strip()))
    ]
    if len(starts) < 2:
        return None
    groups: list[list[_Part]] = []  # each numbered part's rows (one, or its lettered actions)
    for k, start in enumerate(starts):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        made = _part(lines, start, stop, words)
        if made is None:
            return None
        groups.append(made)
    prompts = {p.prompt for group in groups for p in group}
    if len(prompts) != 1:
        return None  # a person reads the form by its one prompt
    double = ruled_twice(lines)
    blocks: list[Block] = []
    run: list[_Part] = []
    section = ""
    between = [(n + 1, lines[n]) for n in range(starts[0])]
    for k, group in enumerate(groups):
        if any(t.strip() for _, t in between):
            if run:
                blocks.append(_table(run, section, path))
                run = []
            found = paragraphs_between(between, lines, double)
            if _a_section(found, blocks):
                section = found.pop().text
            blocks.extend(found)
        run.extend(group)
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        between = [(n + 1, lines[n]) for n in range(group[-1].end, stop)]
    blocks.append(_table(run, section, path))
    blocks.extend(paragraphs_between(between, lines, double))
    return Document("text", blocks, read_as="text with a numbered part and a response per action")


def _a_section(found: list[Paragraph], before: list[Block]) -> bool:
    """The last of the paragraphs over a run of parts is its section where it is a heading
    (between rules), or one line of words ('Action required to ensure compliance with The
    Nursing Homes Regulations ...'), not a sentence, and not the document's first line."""
    last = found[-1] if found else None
    return last is not None and (
        last.level is not None
        or (
            (bool(before) or len(found) > 1)
            and "\n" not in last.text
            and not last.text.rstrip().endswith((".", ":"))
            and len(last.text) <= 160
        )
    )


def _part(lines: list[str], start: int, stop: int, words: Vocabulary) -> list[_Part] | None:
    """The part whose number is on line `start` (0-based), its lines up to `stop` (a row for
    each of its response's lettered actions, '1a', '1b', where it has them); None where it
    has no prompt over a response."""
    kind = NUMBERED_KIND.match(lines[start].strip()) or _BRACKETED.match(lines[start].strip())
    assert kind is not None  # (found so by the caller)
    part = _Part(kind[2], start + 1)
    if kind.re is _BRACKETED:  # '[A1] Regulation 14 (2) (a)     Stated: First time': its
        for piece in re.split(r"\s{3,}|\t", kind[3].strip()):  # facts spaced out after it
            label, colon, value = piece.partition(":")
            part.values.append(
                (label.strip(), value.strip(), start + 1) if colon else (_CITED, piece, start + 1)
            )
    n = start + 1
    if kind.re is _BRACKETED:
        n += 1  # ('Area for improvement:' under it: the kind, its words below)
    while n < stop and (found := LABEL_LINE.match(lines[n])):
        label = found[2].strip()
        cited = names_field(words, label) == "ref"
        part.values.append((_CITED if cited else label, found[3].strip(), n + 1))
        n += 1
    prompt = None
    for m in range(n, stop):
        text = lines[m].strip()
        if _PROMPT.match(text):
            prompt = m
            break
        if (found := LABEL_LINE.match(lines[m])) and names_field(words, found[2]) == "ref":
            part.values.append((_SECTION, found[3].strip(), m + 1))
        elif text and not RULE_LINE.match(text):
            part.requirement.append(text)
    if prompt is None or not part.requirement:
        return None
    part.prompt = lines[prompt].strip()
    m = prompt + 1
    block = []
    while m < stop and lines[m].strip():
        block.append((m + 1, lines[m]))
        m += 1
    if sum(1 for _, line in block if _LETTERED.match(line)) >= 2 and _LETTERED.match(block[0][1]):
        return _lettered(part, block, words, m)
    for k, (number, line) in enumerate(block):
        if _labelled(line, words):
            block = block[k:]
            break
        part.response.append((number, line.strip()))
    else:
        block = []
    for number, line in block:
        if not (found := _labelled(line, words)):
            m = number - 1  # (the lines after the labels: prose, read as such)
            break
        part.values.append((found[2].strip(), found[3].strip(), number))
    if not part.response:
        return None
    part.end = m
    return [part]


# '1a  All nurses to complete ...': one of the response's lettered actions, its labelled
# line ('Lead: ...   Target: ...   RAG: B') under it.
_LETTERED = re.compile(r"^\s*(\d{1,2}[a-z]|\d{1,2}\.\d{1,2})[.)]?\s+(\S.*)$")


def _lettered(
    part: _Part, block: list[tuple[int, str]], words: Vocabulary, end: int
) -> list[_Part]:
    """The response split into its lettered actions, each its own row under the same part:
    its letter the ref, its lines the action, its labelled lines its values."""
    out: list[_Part] = []
    for number, line in block:
        if (found := _LETTERED.match(line)) is not None:
            out.append(replace(part, number=found[1], line=number, values=list(part.values)))
            out[-1].response = [(number, found[2].strip())]
        elif _labelled(line, words):
            out[-1].values.extend(
                (label.strip(), value.strip(), number)
                for label, _, value in (p.partition(":") for p in split_pairs(line.strip()))
            )
        else:
            out[-1].response.append((number, line.strip()))
    for each in out:
        each.end = end
    return out


def _labelled(line: str, words: Vocabulary) -> re.Match[str] | None:
    """'Lead: Registered Manager', 'Trust RAG: Blue' after a response: a field of the action
    (never 'Compliance at 30 September 2025: ...', the response's own words)."""
    found = LABEL_LINE.match(line)
    label = found[2].strip() if found else ""
    named = label and any(names_field(words, t) for t in (label, label.split()[-1]))
    return found if named else None  # ('Trust RAG': the trust's own RAG)


def _table(parts: list[_Part], section: str, path: str) -> Grid:
    """A header row (the Section where the parts have one, Ref, Requirement, Action, then the
    labels, first seen first) and a row per part, each value at the line it was written on."""
    sectioned = bool(section) or any(p.section for p in parts)
    labels = ["Section"] * sectioned + ["Ref", "Requirement", "Action"]
    for part in parts:
        for label, _, _ in part.values:
            if label.casefold() not in (k.casefold() for k in labels):
                labels.append(label)
    keys = [label.casefold() for label in labels]
    rows = [Row(parts[0].line, list(labels))]
    for part in parts:
        cells = [""] * len(labels)
        at = int(sectioned)  # (the section first, where there is one)
        cells[:at] = [part.section or section] * at
        cells[at], cells[at + 1] = part.number, " ".join(part.requirement)
        cells[at + 2] = "\n".join(t for _, t in part.response)
        lines = {at: part.line, at + 2: part.response[0][0]}
        for label, value, line in part.values:
            column = keys.index(label.casefold())
            cells[column] = f"{cells[column]}\n{value}" if cells[column] else value
            lines[column] = line
        rows.append(Row(part.line, cells, lines=lines))
    return Grid(rows, "the numbered parts", path)


def form_tables(document: Document, words: Vocabulary) -> Document:
    """A Word document whose tables are the form's parts, each a row of the number and labels
    ('Area for improvement 1', 'Ref: ...', 'To be completed by:' over its date) beside the
    requirement, then a row across of the prompt over the response: each such table read
    as the parts' table, under the heading paragraph before it (its section), where every
    part has the same prompt."""
    if document.kind != "docx":
        return document
    forms = [_form_parts(b, words) if isinstance(b, Grid) else None for b in document.blocks]
    if len({p.prompt for parts in forms for p in parts or ()}) > 1:
        return document  # a person reads the form by its one prompt, as in the text form
    blocks: list[Block] = []
    changed = False
    for block, parts in zip(document.blocks, forms, strict=True):
        if parts is None or not isinstance(block, Grid):
            blocks.append(block)
            continue
        last = blocks[-1] if blocks else None
        section = ""
        if isinstance(last, Paragraph) and _a_section([last], blocks[:-1]):
            section = last.text
            blocks.pop()
        blocks.append(_table(parts, section, block.path))
        changed = True
    if changed:
        document.blocks = blocks
        document.read_as = "a Word form with a numbered part and a response per action"
    return document


def _pairs_open(pairs: list[tuple[Row, Row | None, str]]) -> bool:
    """Whether the last part's labels row still waits for its row of the response."""
    return bool(pairs) and pairs[-1][1] is None


def _form_parts(grid: Grid, words: Vocabulary) -> list[_Part] | None:
    """The parts of a table written as the form: a row of the number and labels beside the
    requirement, then a row of the prompt over the response; None for any other table."""
    rows = [r for r in grid.rows if own_texts(r)]
    parts: list[_Part] = []
    section = ""
    pairs: list[tuple[Row, Row | None, str]] = []  # the labels row, the response's, section
    for row in rows:  # a band across the form ('Action required to ensure compliance with
        own = own_texts(row)  # the Regulations') names the section of the parts under it
        if len(own) == 1 and row.spans.get(own[0][0], 1) > 1 and not _pairs_open(pairs):
            section = own[0][1].strip()
            continue
        if _pairs_open(pairs):
            pairs[-1] = (pairs[-1][0], row, pairs[-1][2])
        else:
            pairs.append((row, None, section))
    if not pairs or _pairs_open(pairs):
        return None
    for labels, answer, part_section in pairs:
        assert answer is not None
        texts = [t for _, t in own_texts(labels)]
        lines = [line.strip() for line in texts[0].splitlines() if line.strip()]
        reply = [line.strip() for _, t in own_texts(answer) for line in t.splitlines()]
        reply = [line for line in reply if line]
        kind = NUMBERED_KIND.match(lines[0]) if lines else None
        if kind is None or len(texts) != 2 or not reply or not _PROMPT.match(reply[0]):
            return None
        sections = {  # 'Ref: 5.2.3' under the requirement: the report's section, as in text
            line: found[3].strip()
            for line in texts[1].splitlines()
            if (found := LABEL_LINE.match(line)) and names_field(words, found[2]) == "ref"
        }
        need = "\n".join(t for t in texts[1].splitlines() if t not in sections).strip()
        part = _Part(
            kind[2], labels.number, requirement=[need], prompt=reply[0], section=part_section
        )
        part.values.extend((_SECTION, value, labels.number) for value in sections.values())
        pending = ""
        for line in lines[1:]:
            if pending:
                part.values.append((pending, line, labels.number))
                pending = ""
            elif found := LABEL_LINE.match(line):
                label = found[2].strip()
                cited = names_field(words, label) == "ref"
                part.values.append((_CITED if cited else label, found[3].strip(), labels.number))
            elif line.endswith(":"):
                pending = line.rstrip(": ")  # 'To be completed by:' over its date
            else:
                return None
        said = [line for line in reply[1:] if not _labelled(line, words)]
        part.values.extend(
            (found[2].strip(), found[3].strip(), answer.number)
            for line in reply[1:]
            if (found := _labelled(line, words))
        )
        if not said:
            return None
        part.response = [(answer.number, line) for line in said]
        parts.append(part)
    return parts
