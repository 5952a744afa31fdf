"""How an action's cells are read, each refused at its line when it cannot be: officers,
months (start and end), the RAG status; each reading a person should know of counted for the
report (Reading). The base of Builder, which decides where each action goes."""

from __future__ import annotations

from ..errors import PlanError
from ..model import Month, Status, is_plain_officer
from .cells import Reading, month_hint
from .ends import EndRead, read_end
from .people import split_people
from .values import read_status


class CellReader:
    """Reads one cell at a time into a value of an Action."""

    def __init__(self, path: str, statuses: dict[str, Status], month_first: bool) -> None:
        self.statuses = statuses
        self.month_first = month_first  # a rules file said dates are 03/31/2019
        self.reading = Reading()
        self.where = path  # FILE or FILE[Sheet], for messages
        self.exact = False  # the tool's own export: officers as it writes them, no guessing
        self.lead_text = ""  # the last action's lead cell as written, should the next row wrap
        # each status cell's reading, once; cleared when the plan's key adds words (reader.py)
        self.status_memo: dict[str, tuple[Status, str]] = {}

    def _lead_text(self, text: str) -> str:
        self.lead_text = text
        return text

    def _people(self, text: str, *, bodies: bool = False) -> tuple[str, ...]:
        if self.exact:  # the tool's own table: an officer a line, or 'RG/JF' (officers_cell)
            parts = text.splitlines() if "\n" in text else text.split("/")
            if "\n" in text or all(is_plain_officer(p) for p in parts):
                return tuple(p.strip() for p in parts if p.strip())
        people = split_people(text, bodies=bodies)
        if people.kept_whole:
            self.reading.kept_whole[text] = self.reading.kept_whole.get(text, 0) + 1
        return people.officers

    def _end(self, text: str, line: int) -> tuple[Month | None, str]:
        """The end month and, when the cell is more than a month, its words: 'Ongoing' or
        'TBC' give no end month (never a guess); a period its last month; 'Mar-18 (revised
        Jun-18)' the revised one."""
        read = self._read(text, "End", line)
        if read.month is None and text:
            self.reading.undated[text] = self.reading.undated.get(text, 0) + 1
        return read.month, read.text

    def _month(self, text: str, column: str, line: int) -> Month | None:
        """A start month: as an end is read, but words are not a start."""
        read = self._read(text, column, line)
        if text and read.month is None:
            raise PlanError(
                f"{column} month: {text!r} is not a month",
                path=self.where,
                line=line,
                hint=month_hint(self.month_first, text),
            )
        return read.month

    def _read(self, text: str, column: str, line: int) -> EndRead:
        """A month cell read once, refused at its line when it looks like a month mistyped;
        each month read is kept for the checks and the report."""
        if not text:
            return EndRead(None, "", "")
        try:
            read = read_end(text, self.month_first)
        except ValueError as exc:
            raise PlanError(
                f"{column} month: {exc}",
                path=self.where,
                line=line,
                hint=month_hint(self.month_first, text),
            ) from None
        if read.month is not None:
            if read.how:
                self.reading.dates.setdefault(read.how, {}).setdefault(text, read.month)
            self.reading.months.append((read.month, line, text, column))
        return read

    def _status(self, text: str, line: int) -> Status:
        """The RAG status of a cell: the colour, its letter, or a word councils use for one
        (each such word is named in the import's report)."""
        try:
            known = self.status_memo.get(text)
            if known is None:  # a plan writes a few words a thousand times
                known = self.status_memo[text] = read_status(text, self.statuses)
            status, how = known
        except ValueError as exc:
            word = text.strip()
            raise PlanError(
                str(exc),
                path=self.where,
                line=line,
                hint="use red, amber, green or blue (blue = complete), R/A/G/B, a word such as "
                "Complete, On track, At risk, Off track, Not started, or leave it empty; or say "
                f"what it means in a rules file: status {word} = amber (see plan import --help)",
            ) from None
        if how:
            _, count = self.reading.status_words.get(text.strip(), (status, 0))
            self.reading.status_words[text.strip()] = (status, count + 1)
        return status
