"""Themes, recommendations and actions made from classified rows, as they arrive in order.

Each value is read as a person reads it (importing/values.py, ends.py); what was read in a way
a person should know of is counted for the report (Reading)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..errors import PlanError
from ..model import Action, Plan, Recommendation, Status, Theme
from .cell_reader import CellReader
from .cells import (
    LEAD_LINE,
    NO_START,
    complete,
    names_bodies,
    pale,
    revised_elsewhere,
    runs_on,
    says_done,
    under_ref,
)
from .classify import own_texts
from .documents import Row
from .ends import in_year_of, period_of
from .keys import COLOUR_LETTERS, amber_shade
from .kinds import Header
from .labels import an_answer, without_label_line
from .refs import RefsUnderHeadings
from .values import COLOUR_WORD, NOTHING_GIVEN, colour_name, rag_of, read_status, status_key

# A ref column titled for the recommendation ('Rec No', 'Recommendation ref'): it numbers
# what the actions answer, not each action.
_REC_REF = re.compile(r"[A-Za-z]{1,6}[.\-/]?\d{1,3}")  # 'PAY.1', 'IG-2', 'R3'
_REC_NUMBER = re.compile(
    r"^rec(?:ommendation)?s?\.?\s*(?:no\.?|number|ref(?:erence)?|id)\s*:?$", re.IGNORECASE
)


# An action cell's words numbered as a part is: '1. Court Funds Office – NICTS should ...'.
_NUMBERED_TEXT = re.compile(
    r"^(?:(?i:risk|recommendation|finding|issue)\s+)?(\d{1,4})(?:\.|\s+[–—:-])\s+[A-Z]"
)


class Builder(CellReader, RefsUnderHeadings):
    """Accumulates themes, recommendations and actions as rows arrive."""

    def __init__(
        self,
        path: str,
        statuses: Mapping[str, Status],
        month_first: bool,
        refs_by_heading: bool = False,
        refs_by_recommendation: bool = False,
    ) -> None:
        super().__init__(path, dict(statuses), month_first)
        self.refs_by_heading = refs_by_heading  # a rules file: 2.1 is the 2nd heading's 1
        self.refs_by_recommendation = refs_by_recommendation  # ... the 2nd recommendation's
        self.path = path
        self.plan = Plan(path=path)
        self.themes: dict[str, Theme] = {}
        self.theme: Theme | None = None
        self.recommendation: Recommendation | None = None
        self.section: str = ""  # a structure row below the recommendation: kept as 'Heading'
        self.section_rows = 0  # rows read under it so far
        self.section_over = False  # it stands over recommendations, not inside one
        self.refs: dict[str, int] = {}
        self.ref_groups: dict[str, int] = {}  # ref -> id() of the recommendation it is under
        self.recs: dict[tuple[int, str], Recommendation] = {}  # (id(theme), text) -> it
        self.pending_heading: tuple[int, str, bool] | None = None  # line, ref, nothing else
        self.heading: tuple[str, str] | None = None  # the heading's ref, and its ref and text
        self.heading_cells: dict[str, str] = {}  # its other cells ('Regulation'), each action's
        self.lines: dict[str, int] = {}  # field -> line, for the row being read
        self.rec_free = False  # no recommendation column, and none from heading rows
        self.rec_from_heading = False  # the recommendation is a heading over numbered actions
        self.rec_before_heading = ""  # the recommendation the heading stood in for
        self.last: Action | None = None

    def start_theme(self, title: str, line: int) -> None:
        theme = self.themes.get(title)
        if theme is not None and title and theme is not self.theme:
            self.reading.regathered.append((title, line, theme.line or 0))
        if theme is None:
            theme = self.themes[title] = Theme(title, line=line)
            self.plan.themes.append(theme)
        self.theme = theme
        self._close_below_theme()
        self.rec_from_heading = False

    def close_parts(self) -> None:
        """No theme or recommendation open: the rows that follow start their own."""
        self.theme = None
        self._close_below_theme()

    def _close_below_theme(self) -> None:
        """A new theme, or none: its recommendation, section and heading end with the old one."""
        self.recommendation = None
        self.section = ""
        self.heading = None

    def start_recommendation(self, text: str, line: int) -> None:
        if self.theme is None:
            self.start_theme("", line)
        self.recommendation = self._recommendation(text, line)
        self.section = ""
        self.heading = None

    def row(self, row: Row, header: Header) -> None:
        self.where = row.where or self.where
        line, cells = row.number, [c.strip() for c in row.cells]
        fields, titles = header.fields, header.titles
        # a record's values each on a line of their own (records.py): refused at that line
        self.lines = (
            {fields[i]: n for i, n in row.lines.items() if i in fields} if row.lines else {}
        )
        values: dict[str, str] = {}
        extra: dict[str, str] = {}
        for i, cell in enumerate(cells):
            name = fields.get(i)
            if name is not None:
                values[name] = cell
            elif cell:
                title = titles[i].rstrip(":").strip() if i < len(titles) else ""
                key = title or f"Column {i + 1}"
                extra[key] = f"{extra[key]}\n{cell}" if key in extra else cell
        at = header.column("action")
        if at is not None and values.get("ref") and not values.get("action"):
            wide = [i for i, n in row.spans.items() if i < at < i + n and i not in fields]
            if len(wide) == 1 and cells[wide[0]]:  # 'MD1 | The trust must ensure ...' merged
                title = titles[wide[0]].rstrip(":").strip() if wide[0] < len(titles) else ""
                values["action"] = extra.pop(title or f"Column {wide[0] + 1}")  # across it
        if self._wraps(values, extra, bool(row.fills)):  # '… managers and' over 'ATMs'
            self.continuation(row, header)
            return
        if header.timeline and not values.get("end"):  # a Gantt's last marked month
            marked = [i for i in header.timeline if _marked(row, i)]
            if marked:
                values["end"] = titles[marked[-1]].strip()
        for name, others in header.fallback.items():  # 'Revised due: n/a': the original
            given = values.get(name) or ""
            if name in ("start", "end") and NOTHING_GIVEN.fullmatch(given):
                earlier = next((cells[i] for i in others if i < len(cells) and cells[i]), "")
                if earlier and given:  # kept as written
                    extra[_title_of(name, titles, fields).rstrip(":").strip() or name] = given
                values[name] = earlier or given
        if header.column("lead") is None and (found := LEAD_LINE.search(values.get("action", ""))):
            values["action"] = values["action"][: found.start()].rstrip()  # 'Lead: Harper, Jo'
            values["lead"] = found[1].strip()
            self.reading.lead_lines.append(line)
        if (
            header.periods
            and not values.get("status")
            and header.column("status") not in row.fills  # (rated by its colour alone)
        ):  # the latest period rated
            rated = [i for i in header.periods if i < len(cells) and cells[i]]
            if rated:
                values["status"] = cells[rated[-1]]
        done = header.completed
        if (
            done is not None
            and not values.get("status")  # a RAG left blank beside it, or no RAG column
            and done < len(cells)
            and says_done(cells[done])  # 'Date completed: 18/12/2024', 'Completed 5 Dec ...'
        ):
            values["status"] = "Complete"
            self.reading.completed_on.append(line)
        elif header.closed and not values.get("status"):  # 'Closed since last ARAC': done
            values["status"] = "Complete"
            self.reading.closed_sheet.append(line)
        progress = values.pop("progress", "")
        if progress:  # 'Completed' beside a RAG column: complete; else the RAG where given
            column = header.column("progress")
            title = titles[column].rstrip(":").strip() if column is not None else ""
            extra[title or "Progress"] = progress  # kept as written
            if progress.strip().casefold() in ("yes", "y"):  # 'Done? Yes'
                progress = "Complete"
            if not values.get("status") or complete(progress, self.statuses):
                values["status"] = progress
        status_column = header.column("status")
        fill = row.fills.get(status_column) if status_column is not None else None
        if not fill and not values.get("status") and status_column is not None:
            fill = _rated_before(row, titles, status_column, header.periods)  # 'Aut' green,
            # 'Spr' left blank: achieved in the autumn, not rated again
        if fill and not values.get("status") and not pale(fill) and row.band() is None:
            colour = rag_of(fill) or self.statuses.get(colour_name(fill))  # key: purple = done
            if colour is None:
                raise PlanError(
                    f"the RAG cell is empty but coloured (#{fill}), a colour that is not red, "
                    "amber, green or blue",
                    path=self.where,
                    line=line,
                    hint="type the status in the cell (Red, Amber, Green, Blue) or clear it",
                )
            values["status"] = colour.value
            self.reading.coloured[colour.value] = self.reading.coloured.get(colour.value, 0) + 1
            by_fill = True
            shade = amber_shade(fill) if colour is Status.AMBER else None
        else:
            by_fill, shade = False, None
        word = values.get("status", "").strip()
        known = word in self.status_memo  # read before: not parsed again here
        if fill and word and not known and not pale(fill) and (colour := rag_of(fill)):
            try:
                read: Status | None = read_status(word, self.statuses)[0]
            except ValueError:  # 'Significantly delayed' in a red cell: the cell's colour
                read = None
            between = (  # 'Behind schedule' (red to the vocabulary) in the plan's amber cell:
                read in _LATE  # how late is the council's to say, and its colour says it
                and colour in _LATE
                and read is not colour
                and not COLOUR_WORD.search(word)
                and word.lower() not in COLOUR_LETTERS  # ('R' in a pale orange cell: red)
            )
            if read is None or read is Status.UNRATED or between:  # 'Not yet started' shaded red
                values["status"] = colour.value
                shade = amber_shade(fill) if between and colour is Status.AMBER else shade
                self.reading.worded_fills[word] = colour.value
                title = _title_of("status", titles, fields).rstrip(":").strip() or "Status"
                extra.setdefault(title, word)  # the words kept as written
        theme = values.pop("theme", None)
        if theme:  # a flat table: each row names its theme ('Requirement 1' over its words:
            theme = without_label_line(theme)  # the words)
            if self.theme is None or self.theme.title != theme:
                section = self.section  # a heading over the table's themes holds on
                self.start_theme(theme, line)
                self.section = section
            if not any(values.values()) and not extra:
                return  # the theme alone in its row: a heading over the rows under it
        elif theme is not None and self.theme is None:
            raise PlanError(
                "this row's Theme cell is empty and no theme came before it",
                path=self.where,
                line=line,
                hint="fill in the Theme cell of this row",
            )
        if self.theme is None:
            self.start_theme("", line)
        assert self.theme is not None
        rec_text = without_label_line(values.get("recommendation", ""))  # 'Requirement 1'
        # on a line of its own over the requirement's words, merged down beside its actions
        if "recommendation" not in fields.values():  # no such column: the theme groups
            if self.recommendation is None:
                self.recommendation = self._recommendation("", line)
        elif rec_text:
            if self.recommendation is None or rec_text != self.recommendation.text:
                self.recommendation = self._recommendation(rec_text, line)
                self.section_over |= not self.section_rows  # a band right over it (HIW's
                # domain over its findings) holds on over the next; one among a finding's
                # own rows ends with it
                if "theme" not in fields.values() and not self.section_over:
                    self.section = ""  # (else a heading above both holds on)
        elif self.recommendation is None and self.section:
            self.recommendation = self._recommendation(self.section, line)  # 'Recommendation
            self.section = ""  # 1 (cause of concern): ...' merged across over actions whose
            # Finding cells are left empty, among findings written on their rows: the part
            # the actions answer, as a person reads it
        elif (
            self.recommendation is None
            and self.theme.title
            and any(r.text for t in self.plan.themes for r in t.recommendations)
        ):
            self.recommendation = self._recommendation("", line)  # 'Other areas for
            # improvement' over its actions, among sections over numbered recommendations'
            # rows; 'Priority 4: Leadership' whose area for improvement cell is left empty
            # under priorities whose cells are filled: the actions answer the theme itself,
            # as a person reads them (with no recommendation written yet: asked)
        elif self.recommendation is None:
            column = header.column("recommendation")
            title = titles[column].rstrip(":").strip() if column is not None else ""
            raise PlanError(
                "this action has no recommendation above it in its theme",
                path=self.where,
                line=line,
                hint=f"fill in the {title or 'Recommendations'} cell of this row",
            )
        self.rec_free = "recommendation" not in fields.values() and (
            not self.recommendation.text or self.rec_from_heading
        )
        self._heading_check(line, values, extra)
        if self.section:
            extra.setdefault("Heading", self.section)
            self.section_rows += 1
        has_action = extra or any(v for k, v in values.items() if k != "recommendation")
        if rec_text and not has_action:
            return  # a recommendation with no actions yet
        assert self.recommendation is not None
        ref_column = header.column("ref")
        last = self.last
        repeated = (  # 'SR1' on each action line under its recommendation, as a CSV saves it
            last is not None
            and ref_column is not None
            and (  # 'Rec No', or a plain number repeated beside its recommendation's words
                _REC_NUMBER.match(titles[ref_column].strip()) is not None  # (or under them,
                or (  # the recommendation written on its first action only)
                    (rec_text or "recommendation" in fields.values())
                    and "." not in values.get("ref", "")
                )
                or (  # 'PAY.1' again beside an empty Recommendation cell: an audit's
                    not rec_text  # recommendation's number, on its second action
                    and "recommendation" in fields.values()
                    and _REC_REF.fullmatch(values.get("ref", "")) is not None
                )
            )
            and last in self.recommendation.actions
            and values.get("ref") in (last.ref, last.extra.get("Ref as written"))
        )
        if (ref_column in row.down or repeated) and values.get("ref") and last is not None:
            values["ref"] = self.merged_ref(values["ref"], extra)
        written = dict(extra)  # and the progress or a worded status: 'Amber – revised date
        for named in ("comments", "status"):  # June 2025. Review deferred ...'
            if values.get(named):
                written[_title_of(named, titles, fields) or named.title()] = values[named]
        if values.get("end") and (moved := revised_elsewhere(written)) is not None:
            extra["End as first set"] = values["end"]  # 'Revised target 30/06/2025 – ...'
            values["end"] = moved[1]  # in 'Date of completion and Outcome': the end now
            self.reading.revised_elsewhere.append((line, moved[1], moved[0]))
        action = self._action(line, values, extra, titles, fields)
        if by_fill or values.get("status", "").strip().lower() in COLOUR_LETTERS:
            self.reading.by_colour.add(id(action))
        if shade:
            self.reading.shades[id(action)] = shade
        self.recommendation.actions.append(action)
        self.last = action

    def continuation(
        self, row: Row, header: Header, into: str | None = None, text: str = ""
    ) -> None:
        """A row that only adds text to the action above (its comments ran on): each cell is
        added to the same field of that action, on a new line; a labelled row ('Progress
        update | ...') adds its text to the field its label names (`into`)."""
        action = self.last
        if action is None:
            raise PlanError(
                "this row has text but no action, ref, lead, dates or status, and no action "
                "comes before it",
                path=self.where,
                line=row.number,
                hint="fill in the action it belongs to, or move its text into a note",
            )
        if into is not None:  # the labelled text, without its label
            text = text or "\n".join(t for _, t in own_texts(row)[1:])
            current = getattr(action, into)
            setattr(action, into, f"{current}\n{text}" if current else text)
            self.reading.continued.append(row.number)
            return
        for i, cell in enumerate(row.cells):
            text = cell.strip()
            if not text or i in row.down:
                continue
            name = header.fields.get(i)
            if name == "lead" and self.lead_text:  # 'Head of Housing &' / 'HoS Adolescents'
                self.lead_text = f"{self.lead_text} {text}"
                action.lead = self._people(self.lead_text)
                continue
            if name in ("measure", "comments", "action"):
                current = getattr(action, name)
                joint = " " if runs_on(current, text) else "\n"  # a sentence cut by the row
                setattr(action, name, f"{current}{joint}{text}" if current else text)
            else:
                title = header.titles[i].rstrip(":").strip() if i < len(header.titles) else ""
                key = title or f"Column {i + 1}"
                action.extra[key] = f"{action.extra[key]}\n{text}" if key in action.extra else text
        self.reading.continued.append(row.number)

    def _heading_check(self, line: int, values: dict[str, str], extra: dict[str, str]) -> None:
        """Rows numbered under a heading row (1.1 over 1.1.1, 1.1.2a): the heading, a row with
        a ref and text but nothing else, is not an action. It is taken back out of the
        actions, and its ref and text go with each action under it as extra 'Heading'. A
        row like it with other cells filled is refused: its cells would have nowhere to go."""
        ref = values.get("ref", "")
        numbered = _NUMBERED_TEXT.match(values.get("action", "")) if "ref" in values else None
        if not ref and numbered and not any(values.get(k) for k in ("start", "end", "status")):
            # '1. Court Funds Office – NICTS should ...', 'Risk 0412 – Radiotherapy capacity
            # ...' with no ref, date or status, over 1.1 and 1.2 (0412.1): numbered by its
            ref = values["ref"] = numbered[1]  # words, their heading
        if self.heading is not None and not under_ref(ref, self.heading[0]):
            self.heading, self.heading_cells = None, {}
            if self.rec_from_heading and self.theme is not None:  # 1.2 after 1.1's 1.1a, 1.1b
                self.recommendation = self._recommendation(self.rec_before_heading, line)
                self.rec_from_heading = False
        if self.pending_heading is not None:
            head_line, head_ref, bare = self.pending_heading
            self.pending_heading = None
            rec = self.recommendation
            last = rec.actions[-1] if rec is not None and rec.actions else None
            # A heading heads the rows after it in its own recommendation, as its last action.
            if under_ref(ref, head_ref) and last is not None and last.ref == head_ref:
                answered = any(map(an_answer, last.extra.values()))
                if answered and last.comments and not last.measure:
                    last.extra["Comments"] = last.comments  # 'Partly Agreed' beside why:
                    last.comments = ""  # the recommendation's answer, said of its actions
                if not bare and (last.measure or last.comments):
                    raise PlanError(
                        f"the row with ref {head_ref} has no lead, dates or status and the rows "
                        f"after it ({ref} ...) are numbered under it, but it has other cells: "
                        "it is neither an action nor a heading",
                        path=self.where,
                        line=head_line,
                        hint="move its other cells onto the actions under it, or give it a "
                        "lead and an end month if it is an action",
                    )
                assert self.recommendation is not None
                heading = self.recommendation.actions.pop()  # `last`, the heading row
                self.refs.pop(head_ref, None)
                self.heading = (head_ref, f"{head_ref} {heading.action}".strip())
                self.heading_cells = dict(heading.extra)  # 'Reg 12(1)(2)(a)' beside 'MD1 ...':
                if heading.lead:  # 'SR01 | Investigative capacity ... | ACC Crime and Justice'
                    self.heading_cells["Heading lead"] = "/".join(heading.lead)  # (its owner)
                self.reading.headings.append(head_line)  # said of each action under it
                if self.rec_free and heading.action:
                    self._heading_as_recommendation(heading.action, head_line)
        if self.heading is not None:
            extra["Heading"] = self.heading[1]
            for key, value in self.heading_cells.items():
                extra.setdefault(key, value)
        empty = not any(values.get(k) for k in ("start", "end", "status")) and (
            not (values.get("lead") or values.get("dlt"))  # (a risk's owner beside it, over
            or not any(values.get(k) for k in ("measure", "comments"))  # its actions numbered
        )  # under it: still their heading; with its own progress too, an action)
        if ref and empty:
            bare = not extra and not any(
                values.get(k) for k in ("measure", "comments") if k in values
            )
            self.pending_heading = (line, ref, bare)

    def open_section(self, text: str) -> None:
        """A heading row at no level the plan has: kept as 'Heading' on the actions under it."""
        self.section, self.section_rows, self.section_over = text, 0, False

    def _heading_as_recommendation(self, text: str, line: int) -> None:
        """With no recommendation column and no heading rows at that level, a row that heads
        the actions numbered under it (CSIP P1 over CSIP P1.01) is what they answer: their
        recommendation (its ref stays with each as 'Heading')."""
        assert self.theme is not None and self.recommendation is not None
        before = self.recommendation
        if not self.rec_from_heading:
            self.rec_before_heading = before.text
        self.recommendation = self._recommendation(text, line)
        self.rec_from_heading = True
        if not before.actions and not before.text and before is not self.recommendation:
            self.theme.recommendations.remove(before)
            self.recs.pop((id(self.theme), ""), None)

    def _recommendation(self, text: str, line: int) -> Recommendation:
        """The theme's recommendation with this text (one that appears again collects the
        actions under it), else a new one: found by a dict, so import stays linear."""
        assert self.theme is not None
        key = (id(self.theme), text)
        rec = self.recs.get(key)
        if rec is None:
            rec = self.recs[key] = Recommendation(text, line=line)
            self.theme.recommendations.append(rec)
        return rec

    def _action(
        self,
        line: int,
        values: dict[str, str],
        extra: dict[str, str],
        titles: list[str],
        fields: dict[int, str],
    ) -> Action:
        ref = values.get("ref", "")
        last = self.last
        if (
            not ref
            and "ref" in fields.values()
            and last is not None
            and runs_on(last.action, values.get("action", ""))
        ):
            raise PlanError(
                f"this row has no ref and its action ('{values['action'][:40]}') reads on from "
                f"the one above ({last.ref}: '…{last.action[-40:]}'), but it has its own "
                "lead, date or RAG: one action or two?",
                path=self.where,
                line=line,
                hint="join the two rows into one action, or give this row its own ref and "
                "its action a whole sentence",
            )
        ref = self.own_ref(ref, line, extra)
        start_cell = values.get("start", "")
        if NO_START.fullmatch(start_cell):  # 'TBC': no start month; the cell kept as written
            extra["Start"], start_cell = start_cell, ""
        start = self._month(start_cell, "Start", self.lines.get("start", line))
        end_cell = values.get("end", "")
        end_title = _title_of("end", titles, fields)
        read_as = in_year_of(end_title, end_cell)  # 'Q3' under 'Timescale (2025/26)'
        end, end_text = self._end(read_as, self.lines.get("end", line))
        end_text = end_cell if end_text or read_as != end_cell else ""  # as written
        if start and end and end < start:
            raise PlanError(
                f"the End month ({values['end']}) is before the Start month ({values['start']})",
                path=self.where,
                line=line,
                hint="swap them, or correct the month in the table",
            )
        lead_title = _title_of("lead", titles, fields)
        said = values.get("status", "").strip()
        if not said and "status" not in fields.values() and (done := _DONE.match(end_cell)):
            said = done[0]  # 'Completed – July 2025' as the timescale, no RAG column: done
        status_text = said or values.get("status", "")
        if said and status_key(said) not in self.statuses and len(said.split()) > 2:
            title = _title_of("status", titles, fields).rstrip(":").strip() or "Status"
            extra.setdefault(title, said)  # 'Complete – first search run 07/01/2025': the
            # status read from its first words, the cell kept as written
        return Action(
            ref=ref,
            action=values.get("action", ""),
            start=start,
            end=end,
            end_text=end_text,
            measure=values.get("measure", ""),
            lead=self._people(
                self._lead_text(values.get("lead", "")), bodies=names_bodies(lead_title)
            ),
            dlt=self._people(values.get("dlt", "")),
            comments=values.get("comments", ""),
            status=self._status(status_text, self.lines.get("status", line)),
            extra=extra,
            line=line,
        )

    def _wraps(self, values: dict[str, str], extra: dict[str, str], row_fills: bool) -> bool:
        """A row with only more of the action's words, no ref, under an action with a ref, in a
        table with refs: the action's text, wrapped onto the next row or a line of its own."""
        last = self.last
        if last is None or extra or row_fills:  # (a coloured cell beside the words: a key's
            return False  # swatch, not wrapped text)
        if {k for k, v in values.items() if v} != {"action"}:
            return False
        if "ref" not in values:  # no refs: '… so that it includes' over 'coercive control,
            return runs_on(last.action, values["action"])  # ...', the sentence left open
        return not values["ref"] and bool(last.ref)  # ('To include an evening group in each
        # locality.' under 2.3's full stop: its second line, no ref where every action has one)


_LATE = frozenset((Status.RED, Status.AMBER))
_DONE = re.compile(r"^\s*completed?\b", re.IGNORECASE)  # an end cell saying it was done


def _title_of(field: str, titles: list[str], fields: dict[int, str]) -> str:
    """The title of the column read as a field ('Timescale (2025/26)', 'Lead organisation')."""
    return next((titles[i] for i, f in fields.items() if f == field and i < len(titles)), "")


def _marked(row: Row, column: int) -> bool:
    """A timeline cell marked: 'X', a tick, any text, or shaded (not white)."""
    if column < len(row.cells) and row.cells[column].strip() and column not in row.down:
        return True
    return row.fills.get(column, "FFFFFF").upper() not in ("FFFFFF", "")


def _rated_before(row: Row, titles: list[str], column: int, periods: list[int]) -> str | None:
    """The colour of the latest earlier period's rating ('Aut' | 'Spr' | 'Sum', colour only;
    or the periods under one 'Termly RAG') where this period's cell is left blank: the
    rating given last still holds."""
    if column in periods:
        rated = [i for i in periods[: periods.index(column)] if i in row.fills]
        blank = column >= len(row.cells) or not row.cells[column].strip()
        return row.fills[rated[-1]] if rated and blank else None
    now = period_of(" ".join(titles[column].split())) if column < len(titles) else None
    if now is None:
        return None
    earlier = [
        (when, i)
        for i, title in enumerate(titles)
        if i != column
        and i in row.fills
        and not (i < len(row.cells) and row.cells[i].strip())
        and (when := period_of(" ".join(title.split()))) is not None
        and when[0] == now[0]
        and when < now
    ]
    return row.fills[max(earlier)[1]] if earlier else None
