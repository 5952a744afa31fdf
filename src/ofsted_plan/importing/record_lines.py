"""The lines between a text plan's records (records.py): the paragraph over a record that is
its action, and the prose and headings between records, each heading at its level: a line
between rules, a numbered section, 'Should 1: ...' under a ruled heading."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .classify import REPORT_LINE
from .documents import Paragraph
from .header import VOCABULARY, Vocabulary, column_of
from .keys import is_key_text
from .labels import (
    BARE_LABEL,
    CITED_ALONE,
    CITES_LAW,
    FACTS_IN_A_LINE,
    NO_ACTION,
    said_of_its_part,
    without_kind,
)
from .prefixes import prefix_class
from .text import RULE_LINE
from .titles import PLAN_WORDS

# 'Lead: Head of Service', 'RAG – Amber': a label of a few words, then its value.
LABEL_LINE = re.compile(r"^(\s*)([A-Z][A-Za-z0-9 ()/&'’.-]{0,38}?)\s*:\s*(\S.*)$")
# 'PART 1: Action required to ensure compliance with ...': a part of the plan, by its number.
_A_PART_OF_THE_PLAN = re.compile(r"^part\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})\s*[:.–-]\s+\S", re.I)
# A label naming the kind of part and its ref: 'Recommendation KR1', 'Area for improvement 2'.
NUMBERED_KIND = re.compile(
    r"^((?:key\s+|improvement\s+)?recommendation|area\s+for\s+improvement|requirement)\s+"
    r"([A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?[a-z]?)$",
    re.IGNORECASE,
)
_PART_LINE = re.compile(  # 'Should 1: Improve ...', 'Recommendation 4 (Police): ...', 'Next
    # step 1: Leaders should ...',
    r"^[A-Z][A-Za-z]{1,20}(?:\s[a-z]{2,12}){0,2}\s\d{1,2}[a-z]?(?:\s*\([^()]{1,60}\)){0,3}"
    r"(?:\s+and\s+\([a-z0-9]{1,4}\))?(?::|\s[–—-])\s+\S"  # 'Paragraph 16(a) and (b): ...'
)  # 'Should do 2 – The practice should ...'
# '1. People – voice and choice': a numbered section heading on a line of its own.
_NUMBERED_HEADING = re.compile(  # ('A. INTERNAL CONTROL RECOMMENDATIONS': lettered, capitals)
    r"^(?:\d{1,2}\.\s+[A-Z][^.:]{2,80}|[A-H]\.\s+[A-Z][A-Z0-9 ,&/()'’–-]{2,80})$"
)
_LABELLED_SENTENCE = re.compile(r"^[A-Z][A-Za-z ]{2,40}:\s+(?:\S+\s+){7}")
_LABEL_ALONE = re.compile(r"^[A-Z][A-Za-z ()'/-]{2,40}:$")  # 'Improvement required:'
_NAMES_PLAN = re.compile(r"\bplan\b", re.IGNORECASE)  # a banner that is the plan's title
# What an inspectorate found, in its own words, under a ruled section: 'The practice should
# continue to improve ...', 'The provider must ensure ...': the part the actions after it answer.
_A_FINDING = re.compile(
    r"^the\s+(?:provider|practice|registered\s+(?:person|manager|provider)|service|trust|home|"
    r"school|college|council|partnership|force)\s+(?:must|should)\b.{10,300}$",
    re.IGNORECASE,
)
# What a finding says someone must or should do: its words, never a heading over parts.
_A_DUTY = re.compile(r"\b(?:must|should)\b", re.IGNORECASE)
# An email's header lines, pasted over a plan sent as a message: not the document's.
EMAIL_HEADER = re.compile(r"^(?:From|Sent|To|Cc|Bcc|Subject|Date|Importance)\s*:", re.IGNORECASE)


def ruled_twice(lines: list[str]) -> bool:
    """'=====' and '-----' rules both: the first rule a priority, the second each part under
    it (the title's own underline, right under the first line, rules no priority)."""
    first = next((n for n, line in enumerate(lines, start=1) if line.strip()), 0)
    return {
        m[1]
        for n, line in enumerate(lines, start=1)
        if n > first + 1 and (m := RULE_LINE.match(line))
    } >= {"=", "-"}


def last_paragraph(pending: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines just before a record, up to a blank line: its action (none when a blank line
    comes first: the record's labels then hold the action)."""
    out: list[tuple[int, str]] = []
    for number, text in reversed(pending):
        if not text.strip() or RULE_LINE.match(text):
            break
        out.insert(0, (number, text))
    return out


def label_alone(words: Vocabulary, line: str) -> bool:
    """'Agreed management action', 'Recommendation' on a line of its own: a column's name,
    the words under it its value (not 'Further actions:' over a list, read as a list is)."""
    text = line.strip()
    return (
        0 < len(text) <= 40
        and not text.endswith(":")
        and not any(c.isdigit() for c in text)
        and not re.search(r"\s[–—-]\s", text)  # ('MUST DO – BREACHES OF REGULATION': a heading)
        and names_field(words, text) is not None
    )


def labels_and_words(found: list[Paragraph], words: Vocabulary) -> list[Paragraph]:
    """'Recommendation' alone over its words, under 'Recommendation 1 – Financial
    sustainability': the words the part under the heading; 'Issue/risk' over its words: one
    'Issue/risk: ...' line, said of the part (of two labels naming what the actions answer,
    the one nearer them is it: the finding, then the recommendation made of it). The label
    alone over no words stays."""
    pairs = [
        i
        for i, (label, after) in enumerate(pairwise(found))
        if after.level is None
        and (label.level is None or BARE_LABEL.match(label.text))  # (not a ruled heading)
        and label_alone(words, label.text)
        and not label_alone(words, after.text)
    ]
    parts = [i for i in pairs if names_field(words, found[i].text.strip()) == "recommendation"]
    out: list[Paragraph] = []
    skip = -1
    for index, paragraph in enumerate(found):
        if index == skip:
            continue
        if index in pairs:
            after = found[index + 1]
            if parts and index == parts[-1]:
                above = next((p.level for p in reversed(out) if p.level is not None), None)
                level = above + 1 if above is not None else paragraph.level
                out.append(replace(after, level=level))
            else:
                out.append(replace(after, text=f"{paragraph.text.strip()}: {after.text}"))
            skip = index + 1
            continue
        out.append(paragraph)
    return out


def names_field(words: Vocabulary, text: str) -> str | None:
    """The field a column titled so holds ('Agreed management action': the action)."""
    found = column_of(words, text)
    return found.field if found is not None and found.field != "extra" else None


def paragraphs_between(
    pending: list[tuple[int, str]], lines: list[str], double: bool = False, inner: str = ""
) -> list[Paragraph]:
    """The prose and headings between records: a line between two rules ('-----') is a
    heading (`double`: the text rules with '=' and '-' both, '-' under '='), an email's
    header lines are not the document's."""
    out: list[Paragraph] = []
    first_rule = next((n for n, line in enumerate(lines, start=1) if RULE_LINE.match(line)), 0)
    first_rule = first_rule or len(lines) + 1  # the document's first ruled line, found once
    last = -1  # the line of the last plain paragraph: the next line carries it on
    last_ruled = -1  # the line of the last heading between rules: one wrapped goes on
    finding = -1  # the line of the last finding in the inspectorate's words (_A_FINDING)
    numbered_at = -1  # the line of the last numbered heading ('1. SAFE ...')
    box_at = -1  # the line of the last heading between rules
    part_at = -1  # the line of the last part's heading not between rules
    for number, text in pending:
        if not text.strip() or RULE_LINE.match(text) or EMAIL_HEADER.match(text):
            continue
        if (
            said_of_its_part(text.strip())
            or FACTS_IN_A_LINE.fullmatch(text.strip())  # 'Served: 3 September 2025 |
            # Compliance date: 5 December 2025 | Regulation: ...' under the notice's name
            or is_key_text(text.strip())
            or CITES_LAW.match(text.strip())  # the law the matter cites, under its heading
            or NO_ACTION.match(text.strip())  # 'No actions required – all standards met.'
        ):  # 'Workstream lead:
            out.append(Paragraph(text.strip(), None))  # ...' under the workstream's name,
            # ruled with it: said of it; 'Status key: Complete | On track' over the rule
            # under the title: the key, never a heading
            last = -1
            continue
        if (
            CITED_ALONE.fullmatch(text.strip())
            and number >= 2
            and lines[number - 2].strip()
            and not RULE_LINE.match(lines[number - 2])
        ):  # 'Regulation 3(a)' under a requirement's words and timescale, over the
            out.append(Paragraph(text.strip(), None))  # regulations' name: the rule it
            last = -1  # cites, said of it (not 'Standard 12' over words: a part)
            continue
        ruled = number >= 2 and RULE_LINE.match(lines[number - 2]) is not None
        ruled = ruled or (number < len(lines) and RULE_LINE.match(lines[number]) is not None)
        said = text.partition(":")[0] if LABEL_LINE.match(text) else text
        if ruled and REPORT_LINE.fullmatch(said.strip()):
            ruled = False  # 'PROGRAMME SUMMARY' boxed by rules, 'Decisions required from
            # Committee: none' closing the box: the report's own lines, no part
        if (
            ruled
            and out
            and out[-1].level == 2
            and LABEL_LINE.match(text)
            and len(text) <= 80
            and not (number < len(lines) and RULE_LINE.match(lines[number]))
        ):
            ruled = False  # 'Grade: Requires improvement' under the ruled heading: said of it
            # (not 'Regulation 12 Safe care ...: the provider must ...', the finding itself,
            # nor 'Objective 1a: ...' over a rule of its own, the part under the heading)
        if ruled and _in_its_box(lines, box_at, number, text):
            ruled = False  # 'Measure: 20% reduction in ...' closing the box of 'PRIORITY 1 –
            # PATIENT SAFETY: ...' and 'Executive lead: ...': said of the heading over it
        # 'Recommendation 2: Timeliness' over the sentence it names: a heading
        over = number < len(lines) and lines[number].strip() != ""
        heading = over and len(text) <= 120 and prefix_class(text.strip()) in ("theme", "rec")
        numbered = _NUMBERED_HEADING.match(text.strip()) is not None  # '1. People – voice'
        if numbered and not ruled:
            out.append(Paragraph(text.strip(), 2))
            numbered_at = number
            continue
        if ruled and last_ruled == number - 1 and out and _carries_on(out[-1].text, text.strip()):
            out[-1].text += " " + text.strip()  # a heading wrapped between its rules
            last_ruled = number
            continue
        # between rules: the plan's title where it names a plan, else a section over the rest
        kind = prefix_class(text.strip())
        sentence = (  # 'Leaders should make sure ... so that they can plan their next steps.':
            text.rstrip().endswith(".")  # a finding between rules, never the plan's title
            or re.search(r"\b(?:should|must)\b", text) is not None
        )
        if not heading and kind == "theme" and len(text) <= 120 and ":" in text:
            heading = True  # 'Key question 1: How good is our leadership?' on its own
        level = (  # ('Area for Improvement 1: ... to plan learning': a part, no title)
            (1 if _NAMES_PLAN.search(text) and kind not in ("theme", "rec") and not sentence else 2)
            if ruled
            else (3 if kind == "theme" else 4)  # a theme's heading over its parts' labels
            if heading
            else None
        )
        if level in (3, 4) and not ruled and _A_PART_OF_THE_PLAN.match(text.strip()):
            level = 2  # 'PART 1: Action required to ensure compliance with The ...
            # Regulations': the plan's part, over its areas for improvement
        if (
            level in (3, 4)
            and BARE_LABEL.match(text.strip())
            and prefix_class(lines[number].strip()) == "plain"
        ):  # 'Should do' over its words, as 'Requirement (Regulation 12 – ...)' over its: a
            # label, its words the part, at one level whatever the label's kind: under the
            # ruled heading, or under a heading of its own ('Key question 1: ...')
            above = next(
                (
                    p
                    for i, p in reversed(list(enumerate(out)))
                    if p.level in (2, 3)
                    and not BARE_LABEL.match(p.text)
                    and not (i and BARE_LABEL.match(out[i - 1].text))  # a label's words
                ),  # ('Requirement 1' over 'By 30 June 2025, the provider must ...'): a part
                None,  # beside this one, not a heading over it
            )
            if (
                above is None
                and inner
                and not BARE_LABEL.match(inner)
                and not _A_DUTY.search(inner)  # ('By 30 June 2025, the provider must ...':
            ):  # the last label's words, a part beside this one)
                above = Paragraph(inner, 3)  # ('Key question 1: ...' before the records above)
            level = 4 if above is not None and above.level == 3 else 3
        if (
            ruled
            and level == 2
            and double
            and _ruled_by(lines, number) == "-"
            and _between_equals(lines)
        ):
            level = 3  # '=====' rules a priority, '-----' each objective under it (not where
            # one '=====' only closes the title block: '-----' then rules the priorities)
        closes = (  # the line right under the rule that closes a heading's pair of rules
            last_ruled == number - 2
            and RULE_LINE.match(lines[number - 2]) is not None
            and not (number < len(lines) and RULE_LINE.match(lines[number]))
        )
        if (
            ruled
            and level == 2
            and (last_ruled == number - 1 or closes or numbered_at == number - 1)
            and out
            and out[-1].level == 2
        ):
            level = 3  # 'REQUIREMENT NOTICE 1 - ...' then its sentence between one pair of
            # rules (or under them), or '1. SAFE (Regulation 12 ...)' then 'CQC requirement:
            # ...' over the rule: the notice, and what it requires under it, its words
            text = without_kind(text.strip())
        if (
            level is None and _PART_LINE.match(text.strip()) and number > first_rule
        ):  # 'Should 1: Continue to improve ...' under a ruled heading: a part of it
            level = 3
        if (
            level is None
            and number > first_rule
            and _LABELLED_SENTENCE.match(text.strip())
            and _PART_LINE.match(next((p.text for p in reversed(out) if p.level == 3), inner))
            and (number < 2 or not lines[number - 2].strip())
        ):  # 'Regulatory action point: The school must ...' after 'Next step 3: ...' parts:
            level = 3  # a part as they are, labelled with no number
        label, dash, its_words = text.strip().partition(" – ")
        if (
            level is None
            and dash
            and number > first_rule
            and len(its_words.split()) >= 4
            and BARE_LABEL.fullmatch(label) is not None
            and (inner or any(p.level == 3 for p in out))
        ):  # 'Recommendation – We recommend the provider ...' after 'Breach 3 – Regulation
            level = 3  # 17 ...: ...': a part as its numbered siblings are, with no number
        inner = next((p.text for p in reversed(out) if p.level == 3), inner)
        if level is None and (
            (inner and same_opening(inner, text.strip()))
            or (  # (where an earlier finding is a part at this level: 'Regulation 12 – ...:
                inner  # The provider must ...' under its rule)
                and number > first_rule
                and _A_FINDING.match(text.strip()) is not None
                and number >= 2
                and not lines[number - 2].strip()
            )  # (a paragraph of its own: not the words a heading or label just above names)
        ):
            level = 3  # 'The provider should improve ...' after the first 'The provider
            # should ...' under the ruled heading: the next part beside it
            finding = number
        last_ruled = number if ruled and level in (2, 3) else -1
        box_at = number if ruled and level == 2 else box_at
        if _LABEL_ALONE.match(text.strip()) and len(text.split()) <= 5:
            continue  # 'Improvement required:' on its own: the next line is the part's words
        before = lines[number - 2].strip() if number >= 2 else ""
        if (
            level is None
            and _LABEL_ALONE.match(before)
            and len(before.split()) <= 5
            and (inner or any(p.level == 2 for p in out))
        ):
            level = 3  # the words the label announced, a part under the ruled heading
        if (
            level is None
            and out
            and (
                (last == number - 1 and out[-1].level is None)
                or (finding == number - 1 and out[-1].level == 3)  # a finding's wrapped line
            )
            and _carries_on(out[-1].text, text.strip())
            and not (  # the title's line ('... Highlight Report' over 'Quarter 2 2025/26'),
                all(p.level is None for p in out)  # under a banner or not ('ANGUS COUNCIL –
                and "\n" not in out[-1].text  # HOUSING SERVICE' over it)
                and not out[-1].text.endswith(".")
                and (
                    _NAMES_PLAN.search(out[-1].text)
                    or (PLAN_WORDS.search(out[-1].text) and text[:1].isupper())
                )
            )
        ):
            out[-1].text += "\n" + text.strip()  # a paragraph's next line, as written
        else:
            if ruled and level == 2 and out and out[-1].level in (3, 4) and part_at == number - 1:
                out[-1].level, level = 2, 3  # 'AREA FOR IMPROVEMENT 1 – ...' right over
                # 'Safety recommendation SR1: ...' over the rule: the area, then its part
            out.append(Paragraph(text.strip(), level))
            part_at = number if level in (3, 4) else -1
        last = number if level is None else -1
    return out


def _in_its_box(lines: list[str], box_at: int, number: int, text: str) -> bool:
    """A labelled line below a heading between rules, no rule between them, its label naming
    a fact of a part ('Measure: ...', 'Target: ...'): one more fact of the heading's box,
    never a heading of its own (not 'What the SHR said: ...', the finding the part answers)."""
    label = LABEL_LINE.match(text)
    return (
        label is not None
        and names_field(VOCABULARY, label[2]) not in (None, "recommendation", "theme", "action")
        and 0 < box_at < number
        and len(text.strip()) <= 200
        and not any(c.isdigit() for c in label[2])
        and not any(RULE_LINE.match(line) for line in lines[box_at : number - 1])
    )


def _between_equals(lines: list[str]) -> bool:
    """Some line stands between two '=====' rules, or over one as its underline, as long as
    the line (not one of the title block's lines, the first up to a blank line): '=' rules the
    document's headings (not only its title block or its foot)."""
    equals = [bool(RULE_LINE.match(line)) and line.strip()[:1] == "=" for line in lines]
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return any(
        equals[i] and equals[i + 2] and lines[i + 1].strip() for i in range(len(lines) - 2)
    ) or any(
        equals[i + 1]
        and any(not line.strip() for line in lines[first:i])  # (below the title block)
        and lines[i].strip()
        and not equals[i]
        and abs(len(lines[i + 1].strip()) - len(lines[i].strip())) <= 3
        for i in range(len(lines) - 1)
    )


def _ruled_by(lines: list[str], number: int) -> str:
    """The character of the rules around line `number` (1-based): '=' or '-'."""
    around = [lines[i] for i in (number - 2, number) if 0 <= i < len(lines)]
    return next((m[1] for line in around if (m := RULE_LINE.match(line))), "")


def _carries_on(before: str, line: str) -> bool:
    """A line that carries on the paragraph above it (a sentence hard-wrapped, as an email or
    a PDF wraps it), not a new line of its own such as a title's subtitle."""
    last = before.splitlines()[-1].rstrip()
    open_end = last[-1:] not in (".", ":", ";", "!", "?")
    if line[:1].isupper() and prefix_class(before) in ("rec", "theme"):
        return False  # 'REQUIREMENT NOTICE 1 - ...' over 'The provider must ...': two lines
    return open_end and (not line[:1].isupper() or len(last) >= 76)


def same_opening(before: str, line: str) -> bool:
    """'The provider should ...' after 'The provider should ...': a sentence opening as the
    part before it does (its first three words, one a 'should' or 'must'), of its length."""
    first, second = before.split()[:3], line.split()[:3]
    if len(first) < 3 or len(line.split()) < 6 or "\n" in line:
        return False
    if first[0].lower() in _ASKS and second[0].lower() in _ASKS:
        return line.rstrip().endswith(".")  # 'Continue to ...', then 'Improve ...': CQC's
        # should-dos, each asked in a sentence of its own
    if first == second and any(w.lower() in ("should", "must") for w in first):
        return True
    kind, other = (_NUMBERED_KIND.match(t) for t in (before, line))  # 'Breach of Regulation
    return bool(kind and other and kind[1].lower() == other[1].lower())  # 19 (...): ...' after
    # 12's: the next finding of that kind


# A finding of a kind, numbered, then its words: 'Breach of Regulation 12 (Safe care ...): ...'.
_NUMBERED_KIND = re.compile(r"^([A-Z][A-Za-z ]{2,40}?)\s+\d{1,3}\b[^:]{0,80}:\s+\S")


# The verbs an inspectorate's recommendation opens with.
_ASKS = frozenset(
    ("improve", "continue", "ensure", "take", "review", "consider", "develop", "strengthen",
     "establish", "implement", "embed", "monitor", "reduce", "increase")
)  # fmt: skip
