"""Which line names each sheet's part, in a workbook with a sheet a theme: the sheet's own
heading, else its name; or none, where the sheet's line says only what kind of rows it holds
and the bands inside it name the parts. Read by reader.py before the rows are classified."""

from __future__ import annotations

import itertools
import re

from .classify import own_texts
from .documents import Grid
from .header import Vocabulary
from .header_rows import find_headers
from .labels import (
    CLOSED_SHEET,
    CONTINUED,
    FILED_BY_YEAR,
    INSPECTORATE,
    NUMBERED_PART,
    ROW_KINDS,
    STATUS_GROUP,
    labels_one_part,
    parts_of_the_report,
    said_of_its_part,
)
from .prefixes import prefix_class
from .record_lines import names_field
from .titles import PLAN_WORDS
from .vocabulary import PRIORITY_WORDS


def sheet_labels(
    grids: list[tuple[Grid, list[tuple[int, str]]]],
    words: Vocabulary,
    sheet_headings: set[str],
    sheet_titles: dict[str, str],
    sheet_captions: set[str],
    named_by_kind: set[str],
) -> list[tuple[Grid, list[tuple[int, str]]]]:
    """A workbook with a sheet a theme: each sheet's heading (the line above its header
    that the other sheets do not share), else the sheet's name, names its theme; lines
    every sheet repeats (the plan's title) are read once. The lines read as a caption go
    into `sheet_headings`, a sheet's line shorn of its name into `sheet_titles`, and a line
    restating the sheet's name over a theme column ('Must Do Actions') into `sheet_captions`;
    a part's words under a line of its kind ('Cause of concern') go into `named_by_kind`."""
    tops: list[list[str]] = []
    named: list[dict[str, str]] = []  # 'Project:' | 'Customer Access ...' above the header
    for grid, _ in grids:
        lines = []
        named.append({})
        for row in grid.rows:
            if find_headers(Grid([row], grid.where, grid.path), words):
                break
            texts = own_texts(row)
            if len(texts) == 2 and _NAMES_THE_PART.match(texts[0][1]):
                named[-1].setdefault(texts[0][1].rstrip(": ").casefold(), texts[1][1].strip())
            if len(texts) == 1:
                text = texts[0][1]
                for separator in (" – ", " - ", ": ", " — "):  # 'Plan 2019-21 – T1 Front Door'
                    before = text[: -len(separator + grid.name)] if grid.name else ""
                    if (
                        grid.name
                        and text.endswith(separator + grid.name)
                        and not _A_PART_NUMBERED.fullmatch(before)
                        and not _A_KIND_OF_PLAN.search(grid.name)
                        and names_field(words, before.strip()) not in ("theme", "recommendation")
                    ):  # not 'Theme 2: Governance' on the sheet 'Governance': the part;
                        # not '...: Action Log' on the sheet 'Action Log': the plan's kind;
                        # not 'Key question: Safe' on the sheet 'Safe': the part, labelled
                        text = text[: -len(separator + grid.name)]
                        sheet_titles[texts[0][1]] = text
                lines.append(CONTINUED.sub("", text).rstrip(" –-") or text)  # ('... Action
                # Plan (continued)' on the next sheet: the first sheet's line again)
        tops.append(lines)
    tops = _one_plan_its_kinds(tops, sheet_titles)
    shared = set.intersection(*(set(t) for t in tops)) if tops else set()
    if all(len(lines) > 1 and lines[-1] in shared for lines in tops):
        sheet_headings.add(tops[0][-1])  # 'Further actions required' over each
        # sheet's header, under the sheet's own heading: a caption, no part
    if all(
        grid.name and (STATUS_GROUP.match(grid.name) or _THE_LOG.match(grid.name))
        for grid, _ in grids
    ) and any(STATUS_GROUP.match(grid.name) for grid, _ in grids):
        return [(grid, []) for grid, _ in grids]  # 'Open Actions' | 'Closed Actions': one
        # log kept on two sheets by where its actions stand, no parts
    if (
        len(tops) > 1 and tops[0] and PLAN_WORDS.search(tops[0][0]) and not any(tops[1:])
    ):  # 'North Lanarkshire IJB: Annual Audit Report 2024/25 – Action Plan Progress Update'
        return [(grid, []) for grid, _ in grids]  # over the first sheet alone, the next
        # sheets starting at their headers: the workbook's title, no sheet a part
    names = [grid.name or "" for grid, _ in grids]
    if any(CLOSED_SHEET.match(n) for n in names) and all(
        CLOSED_SHEET.match(n) or _A_KIND_OF_PLAN.search(n) for n in names
    ):  # 'Action plan' | 'Closed actions': the plan and its closed actions, no parts
        return [(grid, []) for grid, _ in grids]
    out: list[tuple[Grid, list[tuple[int, str]]]] = []
    restating: dict[int, str] = {}  # sheets whose caption restates their name, over bands
    captioned: set[int] = set()  # sheets whose line only captions the bands under it
    kinds: dict[int, str] = {}  # sheets with no bands whose line says what rows they hold
    unwritten: set[int] = set()  # sheets labelled by their name, no heading on them
    two_levels = all(first_fields(g, words).count("recommendation") == 2 for g, _ in grids)
    for index, ((grid, _), lines) in enumerate(zip(grids, tops, strict=True)):
        own = [t for t in lines if t not in shared and not said_of_its_part(t) and not _a_note(t)]
        # (not 'Diweddarwyd / Updated: 14/10/2025': a fact of the sheet, no part)
        if index == 0 and len(own) >= 2 and own[0] == lines[0] and _A_KIND_OF_PLAN.search(own[0]):
            own = own[1:]  # 'Right at Home ... – CQC Inspection Action Plan' over 'Must do
            # actions' on the first sheet alone: the workbook's title, then the sheet's line
        if (_names_its_themes(grid, words) or two_levels) and not (
            own
            and (
                (NUMBERED_PART.match(own[0]) and len({t[0] for t in tops if t}) == len(tops))
                or (
                    _a_body_over_its_items(own[0], grid, words)
                    and sum(own[0] in t for t in tops) == 1
                )
            )
        ):  # ('Standard 1: Safety and Quality' over a 'Workstream' column: a part over them)
            out.append((grid, []))  # 'Must Do' | 'Should Do' over a 'Core service' column
            # (or every sheet's 'Issue / risk' beside 'Recommendation': two levels its own),
            # 'Table B – Recommendations completed ...' over an 'Audit' column: the column
            # names the themes, the sheet's name or line only which kind ('Must Do Actions'
            sheet_captions.update(t for t in own[:1] if _restates(t, grid.name))  # a note)
            continue
        if not own and _abbreviates_a_label(grid, words):
            out.append((grid, []))  # 'APA 1' over 'Area for priority action 1 | Leaders ...':
            continue  # the name is the label's letters; the words name the part
        if not own and _A_RANGE.fullmatch((grid.name or "").strip()):
            out.append((grid, []))  # 'Objectives 1-3': which of the parts the sheet holds,
            continue  # named in its bands, no part of its own
        if not own and len(parts := _parts_named(named, index)) == 2:
            out.append((grid, [(1, parts[0]), (2, parts[1])]))  # 'Workstream: Prevention'
            continue  # over 'Project: P1 Risk-based Safe and Well Visits': two levels
        if not own and parts_of_the_report([grid.name or ""]) and _bands_inside(grid, words):
            out.append((grid, []))  # the sheet 'Priority actions' over bands naming each
            continue  # area for priority action: the sheet names their kind, no part
        label = own[0] if own else _part_named(grid.name or "", named, index)
        if not own:
            unwritten.add(index)  # named by the sheet's name alone, no line on it
        if len(own) >= 2 and labels_one_part(own[0]) and not labels_one_part(own[1]):
            label = own[1]  # 'Area for improvement 1' over the inspectors' words: the
            sheet_headings.add(own[1])  # words name the part, as under a heading
            named_by_kind.add(own[1])
        if (
            (
                _restates(label, grid.name)
                or A_CAPTION.match(label) is not None
                or FILED_BY_YEAR.match(label) is not None  # '2023-24 Audits' over each audit
                or _ROWS_FROM.match(label) is not None  # 'Recommendations from the NAO ...'
            )
            and _bands_inside(grid, words)  # (a theme column: told above)
            and not _bands_are_findings(grid, words)  # ('Area for improvement 1 – ...'
        ):  # bands under 'Well-being': the sheet names their theme) and 'Open internal audit
            # actions – position at 14 January 2025' over bands naming each audit: the sheet's
            # caption, what it holds and when
            if _same_name(label, grid.name or "") and not parts_of_the_report([label]):
                restating[index] = label  # ('Poverty' on 'Poverty', no more words)
            else:
                captioned.add(index)
            out.append((grid, []))  # 'Must do actions' on the sheet 'Must do', over bands
            continue  # of core services: the bands are the parts, the sheet a kind
        if own and label == own[0] and A_CAPTION.match(label) and not _bands_inside(grid, words):
            kinds[index] = label  # ('Follow-up of prior year recommendations – ...')
        announced = [  # each sheet's 'Area for improvement (JTAI letter, 2 July 2024):'
            t  # over the inspectors' words, the label shared by the sheets or not
            for before, t in itertools.pairwise(lines)
            if labels_one_part(before) and not labels_one_part(t) and len(t.split()) >= 6
        ]
        if len(own) >= 2 and label == own[0] and own[1] in announced:
            sheet_headings.update(lines)  # 'Priority 1 – ...' over the label and its words:
            out.append((grid, [(1, own[0]), (2, own[1])]))  # the priority, then the finding
            continue
        if (
            len(own) >= 2
            and label == own[0]
            and _over_its_finding(own[0], own[1])
            and not _more_parts_below(grid, own[1])
        ):
            sheet_headings.update(own[:2])  # 'Workstream 1 – ...' over 'Area for priority
            out.append((grid, [(1, own[0]), (2, own[1])]))  # action 1: Leaders ...'
            continue
        if (
            _the_plan_and_kind(label)
            and "recommendation" in first_fields(grid, words)
            and not _bands_inside(grid, words)
        ):  # 'NCPI Action Plan – Areas for improvement' (or the sheet 'Requirements') over
            sheet_captions.update(own[:1])  # rows each giving its own finding: the plan's
            out.append((grid, []))  # name and the kind of its rows, no part (a note)
            continue
        sheet_headings.update(own[:1])
        out.append((grid, [(1, label)]))
    # 'Poverty' on the sheet 'Poverty' beside 'Affordable and Accessible Housing' on 'Housing',
    # each over its bands: each sheet's heading is its theme, the restating one's as the
    # others' (not beside a sheet named by its tab alone, or whose line names the plan); so
    # where every plan sheet restates its name.
    if captioned and kinds:  # '2024/25 recommendations – ...' over bands beside 'Follow-up
        for index, line in kinds.items():  # of prior year recommendations – ...' over
            out[index] = (out[index][0], [])  # none: each line says which rows its sheet
            sheet_headings.discard(line)  # holds, no part (kept, as a note)
            sheet_captions.add(line)
    labels = [t for _, lb in out for _, t in lb]
    every = len(restating) == len(out) >= 2  # ('Patient safety' on 'Patient safety', each
    # plan sheet's line its name over its bands: the sheets part the plan)
    if (
        restating
        and (labels or every)
        and not unwritten
        and not any(map(PLAN_WORDS.search, labels))
    ):
        for index, label in restating.items():
            sheet_headings.add(label)
            out[index] = (out[index][0], [(1, label)])
    return out


# A sheet named by the range of parts it holds: 'Objectives 1-3', 'Priorities 4 to 6'.
_A_RANGE = re.compile(r"[A-Za-z][A-Za-z ]*?s\s+\d{1,2}\s*(?:-|–|to)\s*\d{1,2}", re.IGNORECASE)
# A sheet's line saying only what its rows are and where they came from: 'Recommendations from
# the NAO Audit Completion Report on the 2024-25 financial statements'.
_ROWS_FROM = re.compile(rf"^(?:{'|'.join(ROW_KINDS)})\s+(?:from|arising\s+from)\s", re.I)
# A label in a sheet's facts block naming the part the sheet reports: 'Project:', 'Workstream:'.
_NAMES_THE_PART = re.compile(
    r"^(?:project|workstream|programme|theme|priority)(?:\s+name)?\s*:?$", re.I
)


# The labels of a sheet's facts naming its part, the broader first.
_BROADER = ("priority", "theme", "programme", "workstream", "project")


def _parts_named(named: list[dict[str, str]], index: int) -> list[str]:
    """The parts a sheet's facts name, the broader first, where every sheet names each under
    the same label, each sheet another: 'Workstream: Prevention' then 'Project: P1 ...'."""
    labels = set.intersection(*(set(facts) for facts in named)) if named else set()
    bare = {re.sub(r"\s+name$", "", label): label for label in labels}
    found = []
    for kind in _BROADER:
        if kind in bare:
            values = [facts[bare[kind]] for facts in named]
            if len(set(values)) == len(values) and all(values):
                found.append(values[index])
    return found


def _part_named(name: str, named: list[dict[str, str]], index: int) -> str:
    """The sheet's name, or the part its facts name where every sheet names one under the same
    label, each another ('Project: Customer Access and Digital Services' on the sheet
    'Customer & Digital': the tab is the project's short name)."""
    labels = set.intersection(*(set(facts) for facts in named)) if named else set()
    for label in sorted(labels):
        values = [facts[label] for facts in named]
        if len(set(values)) == len(values) and all(values):
            return values[index]
    return name


def _a_note(line: str) -> bool:
    """'Recommendations are reproduced as written in the HMICFRS report. Revised dates ...':
    sentences about the sheet, never its part's name."""
    return line.rstrip().endswith(".") and len(line.split()) >= 8 and ". " in line


def _one_plan_its_kinds(tops: list[list[str]], sheet_titles: dict[str, str]) -> list[list[str]]:
    """Every sheet's first line the same plan's name, then the kind of its parts ('Norfolk
    SEND Priority Action Plan – Areas for priority action', '... – Areas for improvement'):
    the plan's name, shared, no part ('Part A – Recommendations' names its part). The sheets'
    lines with each such first line the plan's name alone; each title shorn is noted in
    `sheet_titles`."""
    firsts = [lines[0].rpartition(" – ") if lines else ("", "", "") for lines in tops]
    heads = {head for head, dash, tail in firsts if dash and parts_of_the_report([tail])}
    if len(tops) < 2 or len(heads) != 1:
        return tops
    head = heads.pop()  # (a line shorn of the sheet's name already: the plan's name alone)
    if not all(
        lines and (lines[0] == head or (h == head and parts_of_the_report([t])))
        for lines, (h, _, t) in zip(tops, firsts, strict=True)
    ):
        return tops
    sheet_titles.update({lines[0]: head for lines in tops if lines[0] != head})
    return [[head, *lines[1:]] for lines in tops]


def _more_parts_below(grid: Grid, second: str) -> bool:
    """A band further down the sheet numbered as the sheet's second line is ('BAF 1.2 – ...'
    under 'BAF 1.1 – ...'): the sheet holds several such parts, each read where it stands."""
    shape = _PART_NUMBER.match(second)
    if shape is None:
        return False
    label = second[: shape.start(1)]
    return any(
        len(texts := own_texts(row)) == 1
        and texts[0][1] != second
        and texts[0][1].startswith(label)
        and _PART_NUMBER.match(texts[0][1]) is not None
        for row in grid.rows
    )


def _over_its_finding(first: str, second: str) -> bool:
    """A sheet's heading over the finding its actions answer, in the finding's own words;
    or over a part numbered under its own ('Strategic Objective 1 – ...' over 'Risk 1.1 –
    ...', a board assurance framework's sheet a risk)."""
    numbers = [_PART_NUMBER.match(t) for t in (first, second)]
    if numbers[0] and numbers[1] and numbers[1][1].startswith(numbers[0][1] + "."):
        return True
    said = re.search(r"\bshould\b", second) is not None  # 'Leaders ... should urgently ...'
    return (
        (prefix_class(second) == "rec" or (said and len(second.split()) >= 10))
        and (prefix_class(first) != "rec" or (said and not labels_one_part(first)))
        and not labels_one_part(second)
        and not said_of_its_part(second)
        and len(second.split()) >= 6
    )


# A part's label and number before its words: 'Risk 1.1 – Failure to recruit ...'.
_PART_NUMBER = re.compile(r"^[A-Za-z][A-Za-z ]{0,30}?\s(\d{1,2}(?:\.\d{1,2})*)\s*[–—:-]\s+\S")
# Whose the sheet's line says its actions answer, before the sheet's name: 'CQC Must Do'.
_WHOSE_LINE = re.compile(rf"^(?:{INSPECTORATE}|inspection)\s+", re.I)
# What a sheet's own line adds to its name to say only what it holds: 'Must do actions'.
_KIND_WORDS = frozenset((*ROW_KINDS, *(kind[:-1] for kind in ROW_KINDS)))
# A sheet's caption: what kind of rows it holds, and whose, when or which ('GIAA internal audit
# recommendations – open and recently implemented', 'National Audit Office – management letter
# recommendations'): a part of its line ends in the kind, in the plural.
A_CAPTION = re.compile(
    rf"^(?:[^–—:]*[–—:]\s+){{0,2}}(?:[\w'’()/-]+\s+){{0,4}}(?:{'|'.join(ROW_KINDS)})"
    r"(?:\s+for\s+(?:chief\s+constables|forces|the\s+\w+(?:\s+\w+)?))?"  # (to whom)
    r"(?:\s+(?:and|&)\s+next\s+steps)?"  # 'Milestones and next steps'
    r"(?:\s+[–—:-]\s+.*|\s*\(.*\)|\s+(?:as\s+)?at\s+\d.*)?$|"  # ('... at 28 February 2025')
    rf"^(?:{'|'.join(ROW_KINDS)})\s+(?:closed|completed|implemented|open|outstanding)\b|"
    rf"^(?:open|closed|completed|outstanding|live|current)\s+(?:{'|'.join(ROW_KINDS)})\b|"
    rf"^(?:further\s+)?(?:mitigating\s+|agreed\s+)?(?:{'|'.join(ROW_KINDS)})\s+to\s+"
    r"(?:bring|reduce|mitigate|address|manage)\b",  # 'Further mitigating actions to bring ...'
    re.IGNORECASE,  # ('Recommendations closed since the April 2025 Audit and Risk Committee',
)  # 'Open actions and actions proposed for closure')
# A part's kind and number alone: 'Theme 2', 'Priority 3', 'Workstream 1'.
_A_PART_NUMBERED = re.compile(r"[A-Za-z][A-Za-z ]{1,24}\s[A-Z]?\d{1,2}[a-z]?")
# A sheet named by the kind of document it holds: 'Action Log', 'Action Plan', 'Tracker'.
_A_KIND_OF_PLAN = re.compile(  # ('Tracker 2024-25': the year's)
    r"\b(?:plan|log|tracker|register)(?:\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)?$", re.I
)
# A log's own sheet beside its 'Closed actions': 'Action log', 'Actions', 'Tracker'.
_THE_LOG = re.compile(  # (and 'Public Board Action Log')
    r"^(?:[\w()]+\s+){0,3}(?:action\s+)?(?:log|tracker)$|^(?:board\s+)?actions?$", re.IGNORECASE
)


def _restates(line: str, name: str) -> bool:
    """'Must Do Actions' on the sheet 'Must do', 'CQC Must Do' too: its name and its kind
    ('Must Do actions – CQC inspection report published 31 August 2023': what it holds,
    then whence)."""
    said = _WHOSE_LINE.sub("", line).casefold()
    rest = said[len(name) :].strip(" :–-")
    rest = re.split(r"\s[–—-]\s|:\s|\s\(", rest, maxsplit=1)[0]
    return bool(name) and said.startswith(name.casefold()) and (not rest or rest in _KIND_WORDS)


def _abbreviates_a_label(grid: Grid, words: Vocabulary) -> bool:
    """The sheet's name is the letters and number of a label above its header ('APA 1' and
    'Area for priority action 1 | <the inspectors' words>'), or the letters alone of the
    labels it holds ('AFI' over 'Area for improvement 1', 'Area for improvement 2')."""
    name = re.fullmatch(r"([A-Za-z]{2,6}?)s?\s*(\d{1,2})?", grid.name or "")
    if name is None:
        return False
    below = 0  # (or the first row under it: 'Area for priority action 1: Leaders ...')
    for row in grid.rows[:12]:
        if find_headers(Grid([row], grid.where, grid.path), words):
            below += 1
            if below > 1:
                return False
            continue
        texts = own_texts(row)
        label = (
            re.fullmatch(r"([A-Za-z][A-Za-z ]+?)\s+(\d{1,2})\s*:?(\s+\S.*)?", texts[0][1], re.S)
            if texts
            else None
        )
        if (
            label is not None
            and (len(texts) >= 2 or label[3])
            and (label[2] == name[2] or name[2] is None)
        ):
            words_of = label[1].split()  # 'APA' without 'for', 'AFI' with it
            every = "".join(w[0] for w in words_of)
            letters = "".join(w[0] for w in words_of if w.lower() not in _SMALL_WORDS)
            if name[1].casefold() in (letters.casefold(), every.casefold()):
                return True
    return False


_SMALL_WORDS = frozenset(("for", "of", "and", "the", "to", "in"))


def _the_plan_and_kind(line: str) -> bool:
    """'NCPI Action Plan – Recommendations', 'NCPI Action Plan' (the sheet's name shorn), or
    'Areas for improvement (AFIs)': the plan's name, the kind of its parts, or both."""
    parts = re.split(r"\s+[–—-]\s+|:\s+", line, maxsplit=1)
    head, tail = parts[0].strip(), parts[1].strip() if len(parts) == 2 else ""
    if not tail:
        return bool(_A_KIND_OF_PLAN.search(head)) or parts_of_the_report([head])
    return bool(_A_KIND_OF_PLAN.search(head)) and (
        parts_of_the_report([tail]) or A_CAPTION.fullmatch(tail) is not None
    )


def _a_body_over_its_items(line: str, grid: Grid, words: Vocabulary) -> bool:
    """'Corporate Resources Overview & Scrutiny Committee' over a theme column ('Agenda
    item') and no recommendation column: the body whose items the sheet holds, the level
    over them (never 'Must Do Actions', its kind, nor a caption)."""
    return (
        "recommendation" not in first_fields(grid, words)
        and _A_BODY.search(line) is not None
        and not _restates(line, grid.name or "")
        and A_CAPTION.match(line) is None
    )


_A_BODY = re.compile(r"\b(?:committee|board|panel|sub-committee|forum|group)$", re.IGNORECASE)


def _names_its_themes(grid: Grid, words: Vocabulary) -> bool:
    """The table's first header names a theme column ('Core service', 'Theme')."""
    return "theme" in first_fields(grid, words)


def first_fields(grid: Grid, words: Vocabulary) -> list[str]:
    """The fields the table's first header names, but for a level's column of ratings alone
    ('Priority' of Urgent, High, Medium: a rating each row, no part)."""
    headers = find_headers(grid, words)
    if not headers:
        return []
    first = min(headers)
    cells = [[c.strip() for c in r.cells] for r in grid.rows[first + 1 :]]

    def rated(i: int) -> bool:
        held = [r[i].casefold() for r in cells if i < len(r) and r[i]]
        return bool(held) and all(c in PRIORITY_WORDS for c in held)

    return [
        c.field
        for i, c in headers[first].items()
        if c.field not in ("theme", "recommendation") or not rated(i)
    ]


def _bands_are_findings(grid: Grid, words: Vocabulary) -> bool:
    """Every band under the header labelled as a finding: 'Area for improvement 1 – ...'."""
    headers = find_headers(grid, words)
    bands = [
        texts[0][1]
        for row in grid.rows[min(headers) + 1 :]
        if len(texts := own_texts(row)) == 1 and row.spans.get(texts[0][0], 1) > 2
    ]
    return bool(bands) and all(prefix_class(b) == "rec" for b in bands)


def _bands_inside(grid: Grid, words: Vocabulary) -> bool:
    """Rows of one text merged across the table under its header, or of a code and its words
    merged across ('R1' | 'Police Scotland should ...'): its own parts."""
    headers = find_headers(grid, words)
    if not headers:
        return False
    return any(
        1 <= len(texts := own_texts(row)) <= 2
        and row.spans.get(texts[-1][0], 1) > 2
        and (len(texts) == 1 or (len(texts[0][1]) <= 8 and " " not in texts[0][1]))
        for row in grid.rows[min(headers) + 1 :]
    )


def named_like_the_bands(
    grids: list[tuple[Grid, list[tuple[int, str]]]], words: Vocabulary
) -> bool:
    """A sheet headed by its part ('Structured Assessment 2024', no bands in it) beside sheets
    of bands naming theirs ('Local reports' over 'Digital Strategy Review'): the heading is a
    part as the bands are. Not a caption over bands of its own ('... Must Do (regulatory
    breaches)' over core services), nor beside a sheet that names its parts in a column."""
    return (
        any(labels for _, labels in grids)
        and not any(PLAN_WORDS.search(t) for _, labels in grids for _, t in labels)  # (the
        and all(  # line naming the plan over its first sheet is its title)
            (not _bands_inside(grid, words)) if labels else _bands_inside(grid, words)
            for grid, labels in grids
        )
    )


def _same_name(label: str, name: str) -> bool:
    """'Poverty' on the sheet 'Poverty', 'Education and Skills' on 'Education & Skills'."""

    def bare(text: str) -> str:
        return " ".join(text.replace("&", "and").casefold().split())

    return bool(name) and bare(label) == bare(name)
