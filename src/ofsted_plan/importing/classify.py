"""Each row of a council's table given one class, positively, or refused.

A table is the plan (it has a header row naming an Action column and two more), the plan
continued (no header, the plan's columns, rows that read as actions), or another kind set aside
and named (table_kinds.py). A row of the plan is a header, an action, a continuation of the
action above, a structure row (theme, section, recommendation: one text across the row,
wherever it starts), a title, note or key line, a totals block, or blank. A row that fits none
is refused at its line with what it looked like and the rules line that settles it.
"""

from __future__ import annotations

import re

from ..model import Status
from .documents import Row
from .header import TOLD_US
from .keys import (
    COLOUR_LETTERS,
    KEY_AFTER,
    KEY_ENTRY,
    is_key_label,
    is_key_text,
    key_pairs,
    meaning_of,
)
from .kinds import Classified, Header, RowKind
from .labels import (
    BARE_LABEL,
    NO_ACTION,
    NUMBERED_PART,
    PART_CODE,
    SAID_LABEL,
    band_said_under_its_words,
    fact_of_a_heading,
    facts_in_pairs,
    label_with_facts,
    labels_one_part,
    said_of_its_part,
    signs_off,
)
from .prefixes import shouted
from .totals import counts_caption, label_and_count, more_totals, totals_row
from .values import NOTHING_GIVEN, OTHER_COLOURS
from .vocabulary import HEADER_NAMES

# What a key is of, before the word 'key': 'Action RAG rating', 'Overall status'.
_KEY_OF = r"(?:(?:actions?'?|overall)\s+)?"
_KEY_KIND = r"(?:b?rag\s+(?:rating\s+|status\s+)?|(?:status|progress|colou?r|rating)\s+)"
# Lines that are notes or a key, never a theme: 'Key:', 'Note:', 'Updated monthly', '* ...'.
# 'The table below includes any immediate non-compliance concerns ...': prose about the table
# that follows, never a part of the plan, in whatever style it is set.
_ABOUT_THE_TABLE = (
    r"(?:the|this)\s+(?:tables?|sections?)\s+(?:below|above)\b|"
    r"the\s+following\s+(?:tables?|sections?)\b|this\s+table\b|"
    r"(?:the|these)\s+(?:concerns?|issues?|findings?|improvements?)\s+(?:below|above)\b"
)  # ('The concern below was dealt with under HIW's immediate assurance process')
ABOUT_THE_TABLE = re.compile(_ABOUT_THE_TABLE, re.IGNORECASE)
NOTE_LINE = re.compile(
    rf"^\s*(?:\*|†|note[sd]?\b|nb\b|n\.b\.|key\s*(?:[:\-–]|$)|{_KEY_OF}{_KEY_KIND}key\b|"
    r"b?rag\s+summary\b|summary\b|"
    r"source\b|updated\b|last\s+updated\b|please\b|version\b|date\s+of\b|prepared\s+by\b|"
    r"produced\s+by\b|owner\b|approved\b|signed\b|page\s+\d|status\s+as\s+at\b|as\s+at\b|"
    r"position\s+as\s+at\b|this\s+(?:plan|document|tracker)\b|official\b|classification\b|"
    r"filters?(?:\s+applied)?\s*:|report\s+run\b|exported\s+(?:on|by|from)\b|"  # a system's
    rf"{_ABOUT_THE_TABLE})",  # export stamp: 'Filter: Source = HSE Improvement Notice; ...'
    re.IGNORECASE,
)
# A system's stamp on its export: when and from where, a date in it.
_EXPORT_STAMP = re.compile(
    r"^\s*(?:exported|downloaded|printed|report\s+run)\s+(?:on|by|from|at)\b.*\d", re.IGNORECASE
)
# 'Board meeting – 26 November 2025', 'Audit Committee, 3 March 2025': a meeting and its day.
_A_MEETING_ON = re.compile(
    r"(?:[\w&'’-]+\s+){0,6}(?:meeting|board|committee|panel|cabinet)(?:\s+meeting)?\s*"
    r"(?:[–—:,-]|\bof\b|\bon\b|\bheld\s+on\b)?\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}",
    re.IGNORECASE,
)
# A line of a list ('- Portal supplier resourcing ...', '• None new'): a report's prose, such
# as its risks or achievements under the milestones, never a heading over actions.
BULLETED = re.compile(r"^\s*[-–•·▪◦*]\s+\S")
LISTED = "a line of a list"
# A cell that only labels the rest of its row as a key or a note: 'Key:', 'Notes'.
# (either side of a bilingual label: 'Allwedd / Key:')
LABEL_CELL = re.compile(
    rf"^(?:[^/]*/\s*)?\s*{_KEY_OF}(?:{_KEY_KIND})?(?:key|notes?|nb|source|legend)\s*:?\s*"
    r"(?:/[^/]*)?$",
    re.IGNORECASE,
)
# 'TC – Strategic Director of Finance': initials and whom they stand for, in a list.
_GLOSSARY_ENTRY = re.compile(
    r"(?:^|[;,]\s*)[A-Z][A-Za-z&]{1,5}(?:\s+[A-Z][a-z]{2,12})?\s*(?:–|—|-|=|:)\s*[A-Z]"
)  # 'SM – Early Help Service Manager', 'QA Manager – Quality Assurance Manager'
# 'LBH London Borough of Hillingdon; MPS Metropolitan Police Service': the letters, a space,
# then what they stand for, the entries set apart by semicolons.
_GLOSSARY_PLAIN = re.compile(r"(?:^|;\s*)[A-Z]{2,6}(?:\s+[A-Z]{2,6})?\s+[A-Z][a-z]+")
# 'Leads', 'Key to initials:', 'Abbreviations': a glossary's own heading.
_GLOSSARY_LABEL = re.compile(
    r"^(?:key\s+to\s+)?(?:leads?|lead\s+officers|officers|owners?|initials|abbreviations?|"
    r"acronyms|glossary)\s*:?$",
    re.IGNORECASE,
)
# 'Green = completed', 'Blue - complete', 'Amber: some slippage'.
# What a ref looks like: 1.1, A5.3, DP1, 2.3a, R-07 (not a sentence).
REF_LIKE = re.compile(  # 'A5.3', 'MD1', 'PAY-01', 'iv', 'B': not a word ('Referral')
    r"^[A-Za-z]{0,5}[\s\-]?\d+(?:[.\-/]\d+)*[a-z]?\.?$|^(?=\S*\d)\S{1,8}$|^[A-Z]{1,4}\.?$|"
    r"^[ivxlc]{1,5}[.)]?$|^\(?[a-z]\)$"
)


def ref_and_action(item: Classified) -> tuple[Header, dict[int, str], int, int] | None:
    """An action row's header, its own texts by column, and its ref and action columns; None
    for any other row, or a table without both."""
    header = item.header
    if item.kind is not RowKind.ACTION or header is None:
        return None
    ref, action = header.column("ref"), header.column("action")
    if ref is None or action is None:
        return None
    return header, dict(own_texts(item.row)), ref, action


def own_texts(row: Row) -> list[tuple[int, str]]:
    """The row's own texts (not repeated from a merge down), by column, each once (worked out
    once a row: every step of the reading asks)."""
    if row.own is not None:
        return row.own
    out: list[tuple[int, str]] = []
    seen: set[str] = set()
    down = row.down
    for i, cell in enumerate(row.cells):  # row.filled(), inline: asked of every row
        if cell and i not in down and (text := cell.strip()) and text not in seen:
            seen.add(text)
            out.append((i, text))
    row.own = out
    return out


def classify_body(
    row: Row, header: Header, previous: RowKind | None, lone_is_recommendation: bool
) -> Classified:
    """One row under a header: blank, totals, key, note, structure, continuation or action."""
    texts = own_texts(row)
    if not texts:
        return Classified(row, RowKind.BLANK, header)
    if (
        totals_row(row)
        or counts_caption(row)
        or (previous in (RowKind.TOTALS, RowKind.NOTE) and more_totals(row))
    ):
        # ('Summary' over 'Actions open | 7': counts under their caption)
        return Classified(row, RowKind.TOTALS, header, " | ".join(t for _, t in texts))
    joined = " ".join(t for _, t in texts)
    if len(texts) <= 2 and (len(key_pairs(joined)) >= 2 or len(KEY_AFTER.findall(joined)) >= 2):
        return Classified(row, RowKind.KEY, header, joined, texts[0][0])
    if (
        len(texts) >= 3
        and all(t.count("=") == 1 and len(t) <= 60 for _, t in texts[1:])
        and (
            is_key_label(texts[0][1])
            or (
                len(texts[0][1]) <= 30
                and texts[0][1].endswith(":")
                and all(KEY_ENTRY.match(t) for _, t in texts[1:])
            )
        )
    ):  # 'Status key' | 'Complete = blue' | 'Open - on track = green': a key, a cell each
        # ('RAG:' | 'Blue = complete and verified' | 'Green = on track' ...: each a colour's)
        return Classified(row, RowKind.KEY, header, "; ".join(t for _, t in texts), texts[0][0])
    if (
        len(texts) == 1
        and previous is RowKind.KEY
        and len(joined.split()) <= 4
        and not _GLOSSARY_LABEL.match(joined)  # 'Lead officers': a glossary after the key
        and not joined.endswith(":")
    ):
        return Classified(row, RowKind.KEY, header, joined, texts[0][0])  # 'Not progressing'
        # in its colour, under 'Complete', 'On track' ...: the key goes on to its blank line
    if (
        len(texts) == 1
        and previous is RowKind.KEY
        and joined.endswith(".")
        and joined.count(" ") >= 5
    ):
        return Classified(row, RowKind.NOTE, header, joined, texts[0][0])  # the key's rule
    if (
        len(texts) == 2
        and texts[0][1].endswith(":")
        and (
            len(_GLOSSARY_ENTRY.findall(texts[1][1])) >= 2
            or len(_GLOSSARY_PLAIN.findall(texts[1][1])) >= 2
        )
    ) or (
        len(texts) == 2
        and previous is RowKind.NOTE
        and re.fullmatch(r"[A-Z]{2,4}", texts[0][1]) is not None
    ):  # 'Owners:' | 'TC – Strategic Director; PB – ...', or 'AJ' | 'Head of Service' under it
        return Classified(row, RowKind.NOTE, header, joined, texts[0][0], why="a glossary")
    if (
        len(texts) == 2
        and row.spans.get(texts[1][0], 1) > 2
        and (
            labels_one_part(texts[0][1])
            or SAID_LABEL.fullmatch(texts[0][1]) is not None
            or label_with_facts(texts[0][1])
            or HEADER_NAMES.get(texts[0][1].strip().rstrip(":").casefold())
            == "recommendation"  # 'Objective' | its words merged across (not 'Risk
            # description' | ..., said of the risk's band above it)
            or (  # 'Advice 1' in the ref's cell, the Commission's words merged across
                texts[0][0] == header.column("ref")
                and _WORD_NUMBERED.fullmatch(texts[0][1]) is not None
                and len(texts[1][1].split()) >= 6
            )
        )
    ):  # 'Area for priority action' | the inspectors' words merged across: the part's words
        # ('Ofsted said:' too; 'Area for improvement 1' over 'Ref: Regulation 13', its facts)
        return Classified(
            row, RowKind.STRUCTURE, header, texts[1][1], texts[0][0], True, "labelled"
        )
    if (
        len(texts) == 2
        and texts[0][0] == header.column("ref")
        and _LETTER_CODE.fullmatch(texts[0][1]) is not None
        and texts[1][0] + row.spans.get(texts[1][0], 1) >= len(header.titles) > texts[1][0] + 2
        and len(texts[1][1].split()) >= 6
    ):  # 'L3' (or 'MD1') in the ref's cell, its words merged over every other column: no
        # lead, date or status can be written, no action; the part, in its words' column
        # (under a band merged from the first: 'Theme 2 – ...' over its lessons)
        why = "its code, its words merged across"
        return Classified(row, RowKind.STRUCTURE, header, texts[1][1], texts[1][0], True, why)
    if _code_and_name_over_action(row, header, texts[0]):
        # 'CRR-01 Financial Sustainability' merged over the Ref and Action cells, its owner
        # and scores beside it: a risk over its further actions, its cells its facts
        why = "its code and name merged over the action's cell"
        return Classified(row, RowKind.STRUCTURE, header, texts[0][1], texts[0][0], True, why)
    if (
        len(texts) >= 2
        and row.spans.get(texts[0][0], 1) > 2
        and header.fields.get(texts[0][0]) in (None, "ref", "action", "recommendation")
        and all(fact_of_a_heading(t) for _, t in texts[1:])
    ):  # a requirement merged across, 'Due date: 30/04/2025' beside it: the date set for the
        # requirement, over the actions' own dates; a risk merged across, 'Exec lead: ...' and
        # 'Current 20 (L4 x C5) | Target 8' beside it: its facts, over its actions
        why = "merged across, its facts beside it"
        return Classified(row, RowKind.STRUCTURE, header, texts[0][1], texts[0][0], True, why)
    if (
        len(texts) == 2
        and texts[0][0] == 0
        and row.spans.get(texts[1][0], 1) > 2
        and texts[1][0] + row.spans[texts[1][0]] >= len(header.titles)
        and (labels_one_part(texts[0][1]) or TOLD_US.match(texts[0][1].lower()) is not None)
    ):  # 'What CQC found' | the finding merged over the rest of the row: the part the
        why = "its kind, then its words merged across"  # actions under it answer
        return Classified(row, RowKind.STRUCTURE, header, texts[1][1], texts[1][0], True, why)
    if (
        len(texts) == 2
        and (
            row.spans.get(texts[1][0], 1) > 2
            or (  # 'Prepared by' | 'Programme Management Office, 7 November 2025' under the
                previous not in (None, RowKind.KEY)  # plan, in no action's cell: said of the
                and not _status_word(texts[0][1])  # report (not a key's 'At risk' | ...)
                and "action" not in (header.fields.get(c) for c, _ in texts)
                and header.column("action") is not None
            )
        )
        and len(re.findall(r"[\w’']+", texts[0][1])) <= 4  # ('Gaps in control / assurance')
        and (
            said_of_its_part(f"{texts[0][1].rstrip(' :')}: {texts[1][1]}")
            or (  # 'Description' | the risk's words merged across, right under its band
                previous is RowKind.STRUCTURE
                and row.spans.get(texts[1][0], 1) > 2
                and _DESCRIBES_IT.fullmatch(texts[0][1].rstrip(" :")) is not None
            )
        )
    ):  # 'Response' | 'Agreed' merged across under the concern: the answer given to it
        text = f"{texts[0][1].rstrip(' :')}: {texts[1][1]}"
        return Classified(row, RowKind.NOTE, header, text, why="a fact of its part")
    if signs_off([t for _, t in texts], previous is not None):
        return Classified(row, RowKind.NOTE, header, joined, texts[0][0], why="a sign-off")
    if _no_action(row, header, dict(texts)):  # 'No further actions – risk managed within
        return Classified(row, RowKind.NOTE, header, joined, texts[0][0], why="no action")
    if (
        len(texts) in (3, 4)
        and previous in (RowKind.KEY, RowKind.TOTALS)
        and len(texts[0][1]) <= 30
        and not texts[1][1].isdigit()
        and label_and_count(texts[2][1] if len(texts) == 4 else texts[0][1], texts[-1][1])
    ):  # 'Delayed | Due date will be missed' beside 'Delayed | 1' (the word, repeated, is
        # not its own text): a key and its count
        text = f"{texts[0][1]} = {texts[1][1]}"
        return Classified(row, RowKind.KEY, header, text, texts[0][0], why=KEY_AND_COUNT)
    if len(texts) > 1 and LABEL_CELL.match(texts[0][1]):  # 'Key:' | '✔ Complete ◐ ...'
        return Classified(row, RowKind.KEY, header, " ".join(t for _, t in texts), texts[0][0])
    if (
        len(texts) == 2
        and previous is RowKind.KEY
        and re.fullmatch(r"[A-Z]{1,3}|\d", texts[0][1]) is not None
        and (_status_word(texts[1][1]) or meaning_of(texts[1][1]) is not None)
    ):  # 'C | Complete' under 'RAG key': a letter the plan's key defines
        return Classified(row, RowKind.KEY, header, " = ".join(t for _, t in texts), texts[0][0])
    if (
        len(texts) == 2
        and previous in (RowKind.KEY, RowKind.NOTE)
        and (
            (symbol := _key_symbol(texts[0][1]) or _status_entry(texts[0][1]))
            or KEY_ENTRY.match(texts[1][1])  # 'Revised date | Amber – target date revised'
        )
        and (symbol or not _status_word(texts[1][1]) or texts[0][1].lower() in COLOUR_LETTERS)
    ):
        return Classified(row, RowKind.KEY, header, " = ".join(t for _, t in texts), texts[0][0])
    fields = header.fields
    if (
        len(texts) == 2
        and previous in (RowKind.ACTION, RowKind.CONTINUATION)
        and (labelled := _labelled_field(texts[0][1])) is not None
        and fields.get(texts[0][0]) != labelled
    ):  # 'Progress update | Policy drafted ...' under its action: that action's comments
        why = f"labelled: {labelled}"
        return Classified(row, RowKind.CONTINUATION, header, texts[1][1], why=why)
    if (
        len(texts) == 1
        and previous in (RowKind.ACTION, RowKind.CONTINUATION)
        and (labelled_line := LABELLED_LINE.match(texts[0][1]))
        and (labelled := _labelled_field(labelled_line[1])) is not None
    ):  # 'Update: 214 people waiting ...' merged under its action: that action's comments
        why = f"labelled: {labelled}"
        return Classified(row, RowKind.CONTINUATION, header, labelled_line[2], why=why)
    if len(texts) == 1:
        column, text = texts[0]
        merged = row.spans.get(column, 1) > 1
        field = fields.get(column)
        if _swatch(row, column, text, after_key=previous is RowKind.KEY):  # a key's row
            return Classified(row, RowKind.KEY, header, text, column, why="a key's row")
        # 'RAG definitions' over its rows; under a key, its entries in any column ('Green –
        # on track', 'Complete – action delivered')
        keyish = field != "action" or previous is RowKind.KEY or is_key_label(text)
        if keyish and is_key_text(text):
            return Classified(row, RowKind.KEY, header, text, column, why="a key's line")
        if (
            previous is RowKind.KEY
            and (entry := _WORD_ENTRY.match(text))
            and _status_word(entry[1])
        ) or (
            previous is RowKind.KEY
            and sum(1 for part in text.split(";") if _WORD_ENTRY.match(part.strip())) >= 2
        ):  # and 'Priority 1 – significant ...;  Priority 2 – important ...': the key goes on
            return Classified(row, RowKind.KEY, header, text, column, why="a key's line")
        if previous in (RowKind.STRUCTURE, RowKind.NOTE) and band_said_under_its_words(text):
            return Classified(row, RowKind.NOTE, header, text, column, why="said of the part")
        if _GLOSSARY_LABEL.match(text) or (
            previous in (RowKind.NOTE, RowKind.KEY) and _GLOSSARY_ENTRY.match(text)
        ):  # 'Leads' over 'KM – Karen Moss, Head of Service': who the initials are
            return Classified(row, RowKind.NOTE, header, text, column, why="a glossary")
        # 'Not yet started' beside no fill, 'Not yet started (left blank)': a key's row
        if previous is RowKind.KEY and _status_word(_BRACKET_END.sub("", text)):
            return Classified(row, RowKind.KEY, header, text, column, why="a key's row")
        if NOTE_LINE.match(text) and (
            field != "action" or merged or LABEL_CELL.match(text) or _EXPORT_STAMP.match(text)
        ):  # ('Exported from monday.com on 14/01/2026 09:42' alone in the first column, the
            return Classified(row, RowKind.NOTE, header, text, column)  # action's: no action)
        if field in (None, "ref") and BULLETED.match(text):  # (a bulleted recommendation
            return Classified(row, RowKind.NOTE, header, text, column, why=LISTED)  # is one)
        if (field in (None, "ref", "theme", "recommendation") or merged) and said_of_its_part(
            text
        ):  # (merged across whatever column it starts in: 'NIF priority: ... | HGIOS4 QI ...')
            # 'Workstream lead: ...', 'Workstream status: AMBER': said of the part above
            return Classified(row, RowKind.NOTE, header, text, column, why="a fact of its part")
        label, _, facts = text.partition("\n")
        if merged and facts and BARE_LABEL.match(label.strip()) and said_of_its_part(facts.strip()):
            why = "a label and its facts"  # 'Area for improvement 1' over 'Ref: Regulation 13
            return Classified(row, RowKind.NOTE, header, text, column, why=why)  # (7) ...' in
            # one cell: the area's words, in the row under it, name it
        if _NONE_FOUND.match(text):  # 'No immediate assurance issues were identified
            return Classified(row, RowKind.NOTE, header, text, column, why="none found")
        if merged and previous is RowKind.STRUCTURE and _facts_of_its_part(text):
            why = "a fact of its part"  # 'Risk description: ... | Executive lead: ... |
            return Classified(row, RowKind.NOTE, header, text, column, why=why)  # Current
            # rating: 20' under the risk's own row: said of it
        if merged and previous is RowKind.STRUCTURE and _RISK_STATEMENT.match(text):
            why = "a risk's description"  # 'If demand ... continues to exceed capacity, then
            return Classified(row, RowKind.NOTE, header, text, column, why=why)  # ...' under it
        if merged and field != "theme":
            return Classified(row, RowKind.STRUCTURE, header, text, column, True, "merged across")
        if field == "recommendation" and not lone_is_recommendation:
            return Classified(row, RowKind.STRUCTURE, header, text, column, why="alone in its row")
        if field == "ref" and (not REF_LIKE.match(text) or shouted(text)):
            return Classified(row, RowKind.STRUCTURE, header, text, column, why="alone in its row")
            # ('SAFE' alone in the ref column over '1a', '1b': the key question, no ref)
        if field == "action" and header.column("ref") is not None and _A_MEETING_ON.fullmatch(text):
            why = "a meeting's heading"  # 'Board meeting – 26 November 2025' alone in the
            return Classified(row, RowKind.STRUCTURE, header, text, column, why=why)  # action
            # column of a board's action log: the meeting the actions below arose at
        if (
            field == "action"
            and previous in (RowKind.ACTION, RowKind.CONTINUATION)
            and text[:1].islower()
            and header.column("ref") is not None
        ):  # '… including' over 'group supervision and …': the sentence runs on a row
            return Classified(row, RowKind.CONTINUATION, header, text, column, why="runs on")
        if field in ("recommendation", "theme", "ref", "action"):
            return Classified(row, RowKind.ACTION, header)  # the builder reads these
        if field is None and column <= _first_field_column(header):
            return Classified(row, RowKind.STRUCTURE, header, text, column, why="alone, leftmost")
        if previous in (RowKind.ACTION, RowKind.CONTINUATION) and field in (
            "measure",
            "comments",
            None,
        ):
            return Classified(row, RowKind.CONTINUATION, header, text, column)
        if field is None:
            return Classified(row, RowKind.STRUCTURE, header, text, column, why="alone in its row")
        return Classified(row, RowKind.ACTION, header)
    if previous in (RowKind.ACTION, RowKind.CONTINUATION) and _wrapped(texts, header):
        return Classified(row, RowKind.CONTINUATION, header, why="runs on")
    if len(re.findall(r"[↑↓↔→←▲▼⬆⬇]", joined)) >= 2 and len(texts) <= 2:
        # 'Direction of travel:' | '↑ risk increasing  ↔ no change  ↓ risk reducing': a key
        return Classified(row, RowKind.KEY, header, " | ".join(t for _, t in texts))
    if is_key_text(texts[0][1]) and all(_WORD_ENTRY.match(t) for _, t in texts[1:]):
        # 'RAG key: B = complete' | 'G = on track' | 'R = off track': the key, cell by cell
        return Classified(row, RowKind.KEY, header, " | ".join(t for _, t in texts))
    if (
        said_of_its_part(texts[0][1]) and all(LABEL_AND_VALUE.match(t) for _, t in texts)
    ) or facts_in_pairs([t for _, t in texts]):
        # 'Risk owner: Head of Planning | Inherent: 12 | Current: 9': the risk's facts
        text = " | ".join(t for _, t in texts)
        return Classified(row, RowKind.NOTE, header, text, why="a fact of its part")
    if (
        len(texts) == 2
        and _line_of_report(texts[0], fields.get(texts[0][0]) == "ref", header)
        and not labels_one_part(texts[0][1].rstrip(": "))  # ('Area for improvement:' | its
    ):  # words: the part the actions under it answer, below)
        text = " ".join(t for _, t in texts)
        return Classified(row, RowKind.NOTE, header, text, why="a labelled line")
    if (part := _labelled_part(texts, fields)) is not None:
        # 'AFI 1' | 'The service should ...' and nothing else: the part its actions answer
        return Classified(row, RowKind.STRUCTURE, header, part[1], part[0], why="labelled")
    if all(_TO_FILL_IN.fullmatch(t.strip()) for _, t in texts):  # 'NHS Board Chief Executive
        text = " | ".join(t for _, t in texts)  # signature:' | 'Date:': a line left to sign
        return Classified(row, RowKind.NOTE, header, text, why="a form's line to fill in")
    strong = ("ref", "action", "lead", "start", "end", "status", "dlt", "recommendation", "theme")
    if any(fields.get(i) in strong for i, _ in texts) or any(
        fields.get(i) == "status" for i in row.fills
    ):
        return Classified(row, RowKind.ACTION, header)
    if previous in (RowKind.ACTION, RowKind.CONTINUATION):
        return Classified(row, RowKind.CONTINUATION, header)
    return Classified(row, RowKind.ACTION, header)


# A risk stated as risks are ('If demand ..., then ...', 'There is a risk that ...'): what the
# risk is, said under its title, never a heading of its own.
_RISK_STATEMENT = re.compile(
    r"^(?:if\b.{10,}\bthen\b|there\s+is\s+a\s+risk\s+that\b|(?:the\s+)?risk\s+that\b)",
    re.IGNORECASE | re.DOTALL,
)


def _labelled_part(texts: list[tuple[int, str]], fields: dict[int, str]) -> tuple[int, str] | None:
    """A row whose ref cell only names a kind of part ('AFI 1', 'Recommendation 2') beside
    its words in the action column, no lead, date or RAG: the part the actions under it
    answer, as a tracker writes its areas for improvement among its actions."""
    texts = [(i, t) for i, t in texts if fields.get(i) != "theme"]  # (its theme merged down)
    texts = texts[:2] + [(i, t) for i, t in texts[2:] if not _facts_cell(t)]  # RQIA's 'Ref:
    # Regulation 19(2)' and 'Stated: First time' beside the words: said of the part (notes)
    if len(texts) != 2 or fields.get(texts[0][0]) != "ref" or not labels_one_part(texts[0][1]):
        return None
    if fields.get(texts[1][0]) not in ("action", "recommendation") or len(texts[1][1].split()) < 4:
        return None
    return texts[1]


def _facts_cell(text: str) -> bool:
    """'Ref: Regulation 19(2) Schedule 2' over 'Stated: First time': a cell of labelled
    facts, a line each, none of them a sentence (or one fact said of a heading)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return (len(lines) >= 2 or fact_of_a_heading(text)) and all(
        LABEL_AND_VALUE.match(line) and len(line.split()) <= 8 for line in lines
    )  # (or one to a cell: 'Ref: Regulation 13 (1)' | 'Stated: Second time')


def _wrapped(texts: list[tuple[int, str]], header: Header) -> bool:
    """A row of a table copied as text whose lines wrap: no ref, the action carrying on in
    lower case, the lead (or comments) carrying on beside it, and no date or RAG of its own."""
    column = header.column("action")
    action = next((text for i, text in texts if i == column), "")
    if not action[:1].islower() or header.column("ref") is None:
        return False  # most rows: told before the rest is looked at
    fields = {header.fields.get(i) for i, _ in texts}
    return fields <= {"action", "lead", "measure", "comments", None}


# A key's symbol: '●', '▲', '✖', '(blank)'.
_KEY_SYMBOL = re.compile(r"[^\w\s]{1,2}|\(blank\)|blank", re.IGNORECASE)


def _first_field_column(header: Header) -> int:
    return min(header.fields, default=0)


def _code_and_name_over_action(row: Row, header: Header, first: tuple[int, str]) -> bool:
    """The ref's cell merged over the action's, holding a code and a name ('CRR-01 Financial
    Sustainability'): a part of the plan (a risk, a finding) over its actions, which have no
    words of their own in that row to be read as one."""
    ref, action = header.column("ref"), header.column("action")
    return (
        ref is not None
        and action is not None
        and first[0] == ref
        and ref < action < ref + row.spans.get(ref, 1)
        and (  # ('Risk 1 – Unscheduled care: There is a risk ...': a part numbered by its kind)
            _CODE_AND_NAME.fullmatch(first[1]) is not None
            or NUMBERED_PART.match(first[1]) is not None
        )
    )


# A label over what the part above is: 'Description', 'Background', 'Cause'.
_DESCRIBES_IT = re.compile(
    r"(?:description|background|context|summary|rationale|causes?|consequences?|impacts?)",
    re.IGNORECASE,
)
# A part named by a word and its number: 'Advice 1', 'Finding 12', 'Lesson 3b'.
_WORD_NUMBERED = re.compile(r"[A-Z][a-z]{2,15}\s+\d{1,2}[a-z]?")
_LETTER_CODE = re.compile(r"[A-Z]{1,3}\d{1,2}")  # 'L3': a lesson's, a finding's own code
# A part's code, then its name: 'CRR-01 Financial Sustainability', 'SR3: Workforce'.
_CODE_AND_NAME = re.compile(rf"{PART_CODE}\s*[:.–-]?\s+[A-Z][^\n]{{2,150}}")


def _line_of_report(first: tuple[int, str], in_ref: bool, header: Header) -> bool:
    """'Budget:' | '£2.35m approved', 'Decisions required:' | '...' in the ref column under
    the milestones, or 'Decisions required from the Board:' | 'None this period' in the first
    column whatever it holds: a line of the report, not an action."""
    column, text = first
    if in_ref and (_LINE_LABEL.fullmatch(text) or _SAID_OF_THE_ACTIONS.fullmatch(text)):
        return True
    return (in_ref or column <= _first_field_column(header)) and bool(REPORT_LINE.fullmatch(text))


# 'Evidence' | its words merged across, in the ref column under a concern's actions (HMPPS's
# action plan): what will show them done, said of them all, no action.
_SAID_OF_THE_ACTIONS = re.compile(
    r"evidence(?:\s+(?:of\s+(?:completion|impact|progress)|required|to\s+be\s+provided))?",
    re.IGNORECASE,
)
# A label with nothing after it, its value left to be written by hand: 'Signed:', 'Date:'.
_TO_FILL_IN = re.compile(r"[A-Z][\w ’'()/-]{0,60}:[\s_.]*")
# 'Budget:', 'Decisions required:', 'Next report:': a label in words, its value beside it.
_LINE_LABEL = re.compile(r"[A-Z][A-Za-z’' ]{1,30}:")
# A highlight report's own line or box under its milestones, named without a colon or with
# one: 'Decisions required from Programme Board', 'Next report', 'Key risks and issues'.
REPORT_LINE = re.compile(
    r"(?:key\s+|top\s+)?(?:decisions?(?:\s+(?:required|needed|sought))?|"
    r"next\s+(?:report|review|update|steps)|escalations?|support\s+required|"
    r"risks?(?:\s+(?:and|&)\s+issues?|\s*/\s*issues?)?|issues?|achievements?(?:\s+this\s+period)?|"
    r"planned\s+for\s+next\s+period|dependencies|(?:(?:programme|project|overall)\s+)?summary|"
    r"(?<=key\s)messages)"
    r"(?:\s+this\s+(?:quarter|period|month))?"  # ('Key messages this quarter')
    r"(?:\s+(?:from|by|to|of)\s+(?:the\s+)?[A-Za-z ]{2,40})?\s*:?",
    re.IGNORECASE,
)
# 'Risk owner: Head of Planning': a label and its value in one cell.
LABEL_AND_VALUE = re.compile(r"^[^:]{1,30}:\s*\S")


def plan_rows(rows: list[Classified]) -> tuple[list[Classified], Header | None]:
    """The action rows of a reading, and the header of the first: what a check looks at."""
    actions = [r for r in rows if r.kind is RowKind.ACTION and r.header is not None]
    return actions, actions[0].header if actions else None


def column_cells(rows: list[Classified], column: int, *, strip: bool = True) -> list[str]:
    """The filled cells of one column over these rows."""
    return [
        r.row.cells[column].strip() if strip else r.row.cells[column]
        for r in rows
        if column < len(r.row.cells) and r.row.cells[column].strip()
    ]


LABELLED_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9 ]{2,28}):\s+(\S.*)$", re.DOTALL)
_A_PERIOD_FIRST = re.compile(r"^(?:q[1-4]|quarter\s+[1-4])\s+", re.IGNORECASE)


def _labelled_field(text: str) -> str | None:
    """The field a row's label names ('Progress update', 'Update:', 'Evidence'), when it is
    one a continuation may add to."""
    from .header import VOCABULARY, column_of

    text = _A_PERIOD_FIRST.sub("", text)  # 'Q2 update': the update, of its quarter
    if len(text) > 30 or any(ch.isdigit() for ch in text):
        return None
    found = column_of(VOCABULARY, text)
    return found.field if found is not None and found.field in ("comments", "measure") else None


def _status_word(text: str) -> bool:
    """A word (or 'G / On track': a letter and its word) the RAG column may hold."""
    from .values import STATUS_WORDS, status_key

    return status_key(text) in STATUS_WORDS or all(
        status_key(part) in STATUS_WORDS for part in text.split(" / ")
    )


def _key_symbol(text: str) -> bool:
    """A key's mark for a status: a symbol ('✔', '(blank)') or a colour beyond the RAG's
    ('Grey' beside 'Not yet started')."""
    return bool(_KEY_SYMBOL.fullmatch(text)) or text.strip().casefold() in OTHER_COLOURS


def _status_entry(text: str) -> bool:
    """A key's entry: a status word, or a drop-down's 'Amber - at risk' that reads as one."""
    from .values import STATUS_WORDS, read_status

    if _status_word(text):
        return True
    try:
        return len(text) <= 30 and read_status(text, STATUS_WORDS)[0] is not Status.UNRATED
    except ValueError:
        return False


KEY_AND_COUNT = "a key's entry beside its count"
_BRACKET_END = re.compile(r"\s*\([^()]*\)$")
_WORD_ENTRY = re.compile(r"^(.{1,30}?)\s*(?:=|–|—|\s-\s)\s*\w")
_UNCOLOURED = re.compile(
    r"^(?:no\s+colou?r|uncolou?red|no\s+fill|blank|white|clear)\s*(?:=|:|–|—|\s-)\s*\w",
    re.IGNORECASE,
)


def _swatch(row: Row, column: int, text: str, *, after_key: bool = False) -> bool:
    """A row of a colour key laid out in the sheet: one cell coloured and empty, and beside it
    only what the colour means ('Complete', 'On track'; under the key's other rows, any
    words: 'Significant delay / at risk')."""
    from .values import STATUS_WORDS, rag_of, read_status

    if after_key and _UNCOLOURED.match(text):  # 'No colour – not yet started': no swatch
        return True
    if after_key and len(text) <= 80 and rag_of(row.fills.get(column, "FFFFFF")) is not None:
        return True  # 'Significant delay / not on track' written in its own red cell
    coloured = [i for i in row.fills if i != column and not (i < len(row.cells) and row.cells[i])]
    if len(coloured) != 1:
        return False
    if after_key and len(text) <= 80:
        return True
    try:
        read_status(text, STATUS_WORDS)
    except ValueError:
        return False
    return True


def _no_action(row: Row, header: Header, own: dict[int, str]) -> bool:
    """The action's cell says there is none, and no ref, lead, date or RAG is given: a risk
    held within its appetite, said of it in the plan's notes, not an action."""
    action = header.column("action")
    if action is None or not NO_ACTION.match(own.get(action, "")):
        return False
    given = {header.column(f) for f in ("lead", "end", "status")} - {None}  # (the risk's own
    return not any(  # ref beside it: 'AP3 | ... | None – existing controls adequate | – | –')
        not NOTHING_GIVEN.fullmatch(text) for column, text in own.items() if column in given
    )


def _facts_of_its_part(text: str) -> bool:
    """'Risk description: ... | Executive lead: ... | Current rating: 20 (Extreme)': labelled
    facts in one cell, one of them a fact said of a part (who leads it, how it is scored)."""
    pieces = [p.strip() for p in re.split(r"\s+\|\s+|\s{3,}", text) if p.strip()]
    return (  # ('Residual score 20 (impact 5 x likelihood 4)   Target 12   Trend ↔   Risk
        len(pieces) >= 2  # owner: Chief Executive': spaced out, as a report sets them)
        and all(
            LABEL_AND_VALUE.match(p) or fact_of_a_heading(p) or _A_TREND.match(p) for p in pieces
        )
        and any(said_of_its_part(p) or fact_of_a_heading(p) for p in pieces)
    )


# 'Trend ↔', 'Direction of travel ↑': a risk's movement since last time.
_A_TREND = re.compile(r"^(?:trend|direction(?:\s+of\s+travel)?)\s*:?\s*[↑↓↔→←⬆⬇]\s*$", re.I)


# 'No immediate assurance issues were identified on this inspection': a table with nothing in
# it, said in a row merged across; no part of the plan.
_NONE_FOUND = re.compile(
    r"^(?:there\s+were\s+)?no\s+(?:[\w-]+\s+){0,4}(?:issues?|concerns?|actions?|gaps?|"
    r"recommendations?|requirements?|areas?\s+for\s+improvement)\s+(?:were|was|have\s+been|"
    r"has\s+been)?\s*(?:identified|found|made|raised|required|needed)\b",
    re.IGNORECASE,
)
