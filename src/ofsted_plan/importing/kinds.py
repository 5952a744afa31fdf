"""The classes the importer gives tables and rows, and a row as classified: what classify.py
decides and every later step (levels, builder, checks, report) reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .documents import Row


class RowKind(Enum):
    HEADER = "header"
    ACTION = "action"
    CONTINUATION = "continuation"
    STRUCTURE = "structure"
    TITLE = "title"
    NOTE = "note"
    KEY = "key"
    TOTALS = "totals"
    BLANK = "blank"


class TableKind(Enum):
    PLAN = "the plan"
    CONTINUED = "the plan, continued"
    KEY = "a RAG key"
    DOCUMENT_CONTROL = "document control"
    GLOSSARY = "a glossary"
    SUMMARY = "a summary of counts"
    CONTENTS = "contents"
    OTHER = "another table"


@dataclass(slots=True)
class Header:
    line: int
    fields: dict[int, str]  # column -> Action field
    titles: list[str]  # each column's title as written (two-row headers joined)
    settled: list[str] = field(default_factory=list)  # two columns for one field, settled
    fallback: dict[str, list[int]] = field(default_factory=dict)  # field -> other columns
    timeline: list[int] = field(default_factory=list)  # columns titled by months (a Gantt's)
    completed: int | None = None  # 'Date completed': a date there, and no RAG, is complete
    periods: list[int] = field(default_factory=list)  # a RAG a term (or quarter), in order
    ruled: frozenset[int] = frozenset()  # columns a rules file (or a settled reading) named
    closed: bool = False  # a sheet of closed actions with no status column: each complete

    by_field: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for i, f in sorted(self.fields.items(), reverse=True):  # the first column wins
            self.by_field[f] = i

    def column(self, name: str) -> int | None:
        return self.by_field.get(name)


@dataclass(slots=True)
class Classified:
    row: Row
    kind: RowKind
    header: Header | None = None
    text: str = ""  # a structure, note, title or key row's text
    column: int = 0  # where that text starts
    merged: bool = False  # the text is one cell merged across columns
    why: str = ""  # for --explain: why the row was taken so
