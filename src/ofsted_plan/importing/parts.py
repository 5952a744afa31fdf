"""Which part of the plan each table answers, as a person reads a document in order: the
title (the document's, or its first heading or line naming the plan), the headings and short
paragraphs between tables that name the part of the table after them (a theme, a
recommendation with its words, a label over them), prose and keys set aside, and the tables
that are the plan (a header row, or the plan's columns continued) from those that are not."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import PlanError
from ..model import Plan
from .classify import ABOUT_THE_TABLE, NOTE_LINE, own_texts
from .documents import SUBTITLE, Document, Grid, Paragraph
from .header import TOLD_US, Vocabulary
from .header_rows import action_by_its_cells, find_headers
from .keys import KEY_ENTRY, fill_pairs, is_key_text
from .kinds import TableKind
from .labels import (
    BARE_LABEL,
    CITED_UNDER_LABEL,
    CITES_LAW,
    CITES_RULE,
    CONTINUED,
    FACT_LABEL,
    FACTS_IN_A_LINE,
    LABELLED,
    NUMBERED_PART,
    PART_OF,
    STATUS_LINE,
    WORDED_PART,
    labels_one_part,
    said_of_its_part,
    said_under_its_words,
    without_kind,
)
from .paragraphs import (
    NARRATION,
    OUTCOME,
    PARAGRAPH_LEVELS,
    fact_lines,
    names_a_part,
    told_of_headings,
    without_speaker,
)
from .prefixes import prefix_class
from .record_lines import names_field, same_opening
from .status_checks import Settle
from .table_kinds import table_kind
from .titles import PLAN_WORDS, after_body, plan_score
from .totals import counts_under_header

# An issue or risk named with its words ('Issue 1: Delays in closing the accounts'): the
# paragraph under it tells its story. (Under 'Recommendation 1: Voice of the child' or
# 'Priority action 1: ...' the paragraph is the part's own words, as the corpus reads it.)
# 'This is to comply with Regulation 4(1)(a) ...', 'This is to ensure care and support is
# consistent with the Health and Social Care Standards ...' under a Care Inspectorate
# requirement's words: the rule it answers, said of it.
_TO_COMPLY = re.compile(
    r"^this\s+is\s+to\s+(?:comply\s+with|ensure\b.{0,80}?\bconsistent\s+with)\b", re.I
)
_NAMED = re.compile(r"^(?:issue|risk)\s+\d+[a-z]?\s*[:.–-]\s*\S", re.IGNORECASE)
# 'Finding: the telephoned result was written on a paper note ...' under 'Area for improvement
# 1: Communication and escalation of ...': what was found, said of a part its heading names
# in its own words (under a bare 'Area for improvement 1' the finding names it).
_A_FINDING = re.compile(
    r"^(?:findings?|what\s+we\s+found|what\s+was\s+found|context|background)\s*:", re.I
)
# 'Findings' as a heading of its own under the part's: the paragraph under it is the part's
# words, as a bold 'Area for improvement 1' announces them.
_FINDINGS_HEADING = re.compile(r"^(?:findings?|what\s+(?:we|inspectors)\s+found)\s*:?$", re.I)
# A committee paper's own sections under its title: '1. Purpose of report', 'Background'.
_FRONT = (  # a paper's own sections, never a part of the plan: 'Introduction', '2. Background'
    r"purpose\s+of(?:\s+the)?\s+report|background|introduction|executive\s+summary|"
    r"financial\s+implications"
)
_FRONT_MATTER = re.compile(rf"^(?:\d{{1,2}}\.?\s+)?(?:{_FRONT})$", re.IGNORECASE)
_PAPER_SECTION = re.compile(  # (and the sections that may hold the plan, as its title's line)
    rf"^(?:\d{{1,2}}\.?\s+)?(?:{_FRONT}|summary|recommendations?|appendix\b.*)$", re.IGNORECASE
)
# 'What we will do', 'Our response': a line announcing the table of actions after it.
_ACTIONS_FOLLOW = re.compile(
    r"^(?:what\s+we\s+(?:will|are\s+going\s+to)\s+do|what\s+we\s+are\s+doing|"
    r"our\s+(?:response|actions?|plan)|how\s+we\s+will\s+(?:respond|improve))\s*:?$",
    re.IGNORECASE,
)
# A committee paper's header line naming what it reports on: the words after it name the plan
# ('REPORT ON: 2024/25 ANNUAL AUDIT REPORT – ACTION PLAN PROGRESS').
_REPORT_ON = re.compile(r"^(?:report\s+on|subject)\s*:\s*(?=\S)", re.IGNORECASE)
# 'Estyn report: Attendance has not recovered ...' under 'Recommendation 2: Improve
# attendance': what the report said of the recommendation its heading names, not a part.
# When the inspection was, and what it found: a fact of the home's section, never its part.
_INSPECTION_FACTS = re.compile(
    r"^(?:(?:full|short|interim|monitoring|focused|standard|unannounced|announced|assurance)\s+)?"
    r"(?:inspection|visit)(?:\s+dates?)?\s*:?\s*(?:on\s+)?\d{1,2}\b|"
    r"^(?:served|issued)\s+(?:on\s+)?\d{1,2}\s+[a-z]+\s+\d{4}\b|"  # an HSE notice's 'Served 12
    # March 2024. Compliance date ...': when, no finding; nor its number first, 'Notice no.
    # 310275734. Contravention: ... Compliance date: 31 May 2025.': the notice's facts
    r"^(?:(?:improvement|prohibition|enforcement)\s+)?notice\s+(?:no\.?|number|ref\.?)\s*:?\s*\d",
    re.IGNORECASE,
)
# '... All four recommendations were accepted.', 'Three of the four recommendations were
# accepted or accepted in part.': how a review's recommendations were answered.
_HOW_ANSWERED = re.compile(
    r"\brecommendations\s+(?:were|have\s+been)\s+(?:all\s+)?(?:accepted|agreed|not\s+accepted)\b",
    re.IGNORECASE,
)
_THE_REPORT = re.compile(r"^(?:[\w']+\s+){0,2}(?:report|inspection\s+report)\s*:\s*\S", re.I)

Labels = list[tuple[int, str]]  # (level, text) of the headings over a table, outermost first


@dataclass
class Tables:
    """How each table of the document was taken, for the report."""

    taken: list[tuple[Grid, TableKind, str]] = field(default_factory=list)


@dataclass
class Parts:
    """The document walked: its title, its first paragraph naming a plan, and each plan
    table with the headings over it."""

    title: str
    first_paragraph: str
    grids: list[tuple[Grid, Labels]]


class DocumentParts:
    """Reader's walk through the document's blocks (a mixin: the reader holds the document,
    its tables' report, the vocabulary and the path)."""

    document: Document
    tables: Tables
    words: Vocabulary
    path: str
    prose: list[str]  # lines kept with the plan and read for nothing (not as a key)

    def _parts(self, plan: Plan) -> Parts:
        """Every block in order; a document with no plan table is refused (or the column a
        person reads as the action is settled, where no table names one)."""
        title = ""
        # Headings and short paragraphs since the last table, by level (1-9 a heading, 10 a
        # paragraph): each names the part of the plan in the table after it.
        stack: list[tuple[int, str]] = []
        taken: dict[int, int] = {}  # a heading style -> the level it took from a label's
        plan_grids: list[tuple[Grid, list[tuple[int, str]]]] = []
        first_paragraph = ""  # the title where no heading or line of the table gives one
        lead_in = ""  # a 'Label: text' paragraph just before a table names its part
        announced = ""  # the words a label alone announced ('Priority concern 2' over them)
        plan.notes.extend(self.document.keys)  # a key on a sheet of its own
        label_only = False  # 'What Ofsted said we need to improve:' on its own: the text follows
        fresh: list[tuple[int, str]] = []  # headings since the last table: they name the next
        last_heading = False  # the block before was a heading: a paragraph under it may name
        last_title = False  # the block before was the document's title
        title_level = -1  # its level
        facts = fact_lines(self.document.blocks)
        told_of = told_of_headings(self.document.blocks)
        after_table = False  # the block before was a table
        last_label = False  # the block before was a part's label in bold, under a heading
        aims = False  # in the list under 'Success criteria:'
        fact_label = ""  # a heading over one fact of the part, between its words and table
        last_key_entry = False  # the block before was a key's entry, a colour and its meaning
        for block in self.document.blocks:
            last_entry, last_key_entry = last_key_entry, False
            was_heading, last_heading = last_heading, False
            was_label, last_label = last_label, False
            was_table, after_table = after_table, isinstance(block, Grid)
            was_title = isinstance(block, Paragraph) and last_title
            last_title = isinstance(block, Paragraph) and block.level == 0
            if not isinstance(block, Paragraph) or block.level is not None:
                aims = False
            if isinstance(block, Paragraph):
                text = block.text
                heading = block.level is not None and 1 <= block.level <= 9
                label_of_fact, fact_label = fact_label, ""
                if label_of_fact and block.level is None:
                    plan.notes.append(f"{label_of_fact}: {text}")  # 'Strategic Workstream
                    continue  # Priority' over 'Neurodiversity pathway – ...': a fact of it
                if aims:  # 'Success criteria:' then its list: the aims, kept, not the part
                    plan.notes.append(text)
                    continue
                if id(block) in facts:
                    plan.notes.append(text)  # 'Area: Inpatient ward' among 'Service: ...' facts
                    last_heading = was_heading and bool(stack) and labels_one_part(stack[-1][1])
                    if _REPORT_ON.match(text) and not title and not plan_grids:
                        first_paragraph = _REPORT_ON.sub("", text)  # a paper's 'REPORT ON:'
                    continue
                if block.level == SUBTITLE:  # 'Must Do and Should Do actions' under the
                    if (
                        title
                        and len(title.split()) <= 6
                        and not PLAN_WORDS.search(title)
                        and plan_score(text) > 0
                    ):
                        plan.notes.append(title)  # 'Board of Trustees – Action Log' under
                        title = text  # 'Combat Stress': the body's name, then the plan's
                        continue
                    if title:  # title: said of it, kept with the plan, never a part of it
                        plan.notes.append(text)
                        continue
                    block.level = None  # no title yet: a line like any other
                if block.level is None and KEY_ENTRY.match(text):
                    if last_entry:  # 'Green – action completed ...' then 'Amber – in progress'
                        plan.notes[-1] += f"; {text}"  # a paragraph each: one key, one note
                    else:
                        plan.notes.append(text)
                    last_key_entry, label_only = True, False
                    continue
                if (
                    (was_heading or label_only)
                    and block.level is None
                    and (CITES_RULE.match(text) or CITES_LAW.match(text))
                ):  # 'Ref: Regulation 13 (7)  Stated: Second time' between the label and its
                    plan.notes.append(text)  # words, 'Control of Vibration at Work Regulations
                    last_heading = was_heading  # 2005, regulations 5, 6 and 7' under HSE's
                    continue  # matter: said of the part, the words still its own
                if (
                    lead_in
                    and block.level is None
                    and (CITED_UNDER_LABEL.match(text) or _TO_COMPLY.match(text))
                ):
                    plan.notes.append(text)  # 'Legislation / standard: Regulation 4(1)(a)'
                    continue  # under the requirement's words: said of it, the words still
                    # name the part
                if lead_in and block.level is None and said_under_its_words(text.strip()):
                    plan.notes.append(text)  # 'Timescale – by 30 June 2025', 'Regulation
                    continue  # 3(a)' and the law's name under HIS's requirement's words
                if label_only and block.level is None and not NOTE_LINE.match(text):
                    lead_in, label_only = text, False  # the part the label announced
                    announced = text
                    continue
                label_only = False
                if lead_in and block.level is None and _ACTIONS_FOLLOW.match(text):
                    plan.notes.append(text)  # 'What we will do' between the finding and
                    continue  # its table: the finding still names the table's part
                if (
                    block.level in (None, 10)
                    and TOLD_US.match(" ".join(text.lower().rstrip(":").split()))
                    and any(lv < 10 for lv, _ in stack)
                ):
                    label_only = True  # 'What CQC told us' alone: the finding follows
                    continue
                if block.level in (None, 10) and BARE_LABEL.match(text) and stack:
                    label_only = True  # 'Area for priority action 1', 'BVAR recommendation'
                    # in bold: its words follow
                    continue
                if plan_grids and CONTINUED.search(text):
                    continue  # 'Appendix 1 (continued)': the part before goes on, named as it was
                if (
                    (block.level in (0, 1) or (block.level == 2 and was_title))
                    and not plan_grids
                    and (not title or (not PLAN_WORDS.search(title) and PLAN_WORDS.search(text)))
                    and not (  # 'Action Plan: HMP & YOI Eastwood Park' as the first line, then
                        not title  # the headings 'INTRODUCTION' and 'ACTION PLAN': sections
                        and first_paragraph  # of the document the line names
                        and plan_score(first_paragraph) > max(plan_score(text), 0)
                    )
                    and not (title and _PAPER_SECTION.match(text))  # '1. Purpose of report'
                    and not (title and re.match(r"\d{1,2}\.\s+\S", text))  # '4. Action plan'
                    and not (title and PART_OF.match(text))  # 'Part 1: Local report
                    # recommendations' under the document's title: its first part
                    and not (  # 'Part A – Requirements' under a bold line naming the plan:
                        not title  # the plan's first part, the line its title
                        and first_paragraph
                        and PLAN_WORDS.search(first_paragraph)
                        and not PLAN_WORDS.search(text)
                        and (
                            BARE_LABEL.match(PART_OF.sub("", text))
                            or PART_OF.match(text)
                            or NUMBERED_PART.match(text)  # 'Priority 1: Early help'
                        )
                    )  # (and 'Part 3. Welfare, health and safety of pupils': a Part of the
                    # standards the plan answers)
                ):  # a heading under the body's name: 'Hampshire Safeguarding Children
                    # Partnership' over 'Local Child Safeguarding Practice Review: ... Plan'
                    level = block.level if block.level is not None else 10
                    under = was_title and level > title_level  # a rank below the name
                    plan_name = after_body(title, text, under)  # the first heading that
                    # names the plan, else the first; the body's name it replaces is kept
                    if title and title not in plan_name:
                        plan.notes.append(title)
                    elif plan_name == title:  # a setting's name over 'Action plan following
                        plan.notes.append(text)  # ...': that line kept with the plan
                    title = plan_name
                    last_title, title_level = True, level  # this heading is the title
                    plan.notes.extend(t for _, t in stack if t not in plan.notes)  # 'Part 1 –
                    stack = []  # Public', 'ANNEX B' over the paper's title: its cover's lines
                elif (
                    block.level is None
                    and not plan_grids
                    and not title
                    and prefix_class(text) not in ("theme", "rec")
                    and not _PAPER_SECTION.match(text)  # '1 PURPOSE OF REPORT'
                    and not is_key_text(text)  # 'RAG key: Red – ...; Green – completed'
                    and (len(text) <= 150 or (len(text) <= 200 and plan_score(text) >= 4))
                    # (a thematic inspection's long name, then '... Service Action Plan')
                    and (
                        not first_paragraph
                        or not PLAN_WORDS.search(first_paragraph)
                        or plan_score(first_paragraph) < 0 < plan_score(text)
                    )  # ('Healthcare Improvement Scotland' over 'Improvement Action Plan': a
                    and (not first_paragraph or PLAN_WORDS.search(text))  # body's name)
                ):
                    if first_paragraph:  # a line before the one naming the plan: kept
                        self.prose.append(first_paragraph)
                    first_paragraph = text  # the first line that names the plan, else the first
                elif _FRONT_MATTER.match(text):  # 'INTRODUCTION' over the paper's prose:
                    self.prose.append(text)  # its own section, no part of the plan (it ends
                    level = block.level if block.level is not None else 10  # the part before)
                    stack = [(lv, t) for lv, t in stack if lv < level]
                elif (
                    block.level is None
                    and _A_FINDING.match(text)
                    and stack
                    and WORDED_PART.match(stack[-1][1])
                ):
                    plan.notes.append(text)  # said of the part its heading names
                    continue
                elif heading and stack and _FINDINGS_HEADING.match(text):
                    label_only = True  # 'Findings' under the part's heading: the paragraph
                    continue  # under it is the part's words, as under a bold label
                elif heading and stack and OUTCOME.match(f"{text.rstrip(':')}:"):
                    plan.notes.append(text)  # 'Outcomes' as a heading over its list: the
                    aims = True  # aims (a measure), kept, not a part
                    continue
                elif (
                    heading
                    and lead_in
                    and lead_in == announced
                    and stack
                    and block.level is not None
                    and block.level > stack[-1][0]
                    and prefix_class(text) not in ("theme", "rec")
                    and not NUMBERED_PART.match(text)
                ):  # 'Strategic Workstream Priority' under the part's heading, after the
                    fact_label = text  # words 'Findings' announced: the label of a fact of
                    continue  # the part, its value the line under it
                elif names_a_part(block):
                    level = (  # 'Finding 2: ...' in bold or plain: one kind of part, one level
                        PARAGRAPH_LEVELS.get(prefix_class(text), block.level or 10)
                        if block.level in (None, 10)
                        else block.level
                    )
                    if (
                        was_heading
                        and stack
                        and labels_one_part(stack[-1][1])
                        and not NUMBERED_PART.match(text)  # 'Priority 1: Curriculum' under
                    ):  # 'What does the school need to do to improve?': a part of its own
                        level = stack[-1][0]  # 'Area for improvement 1' over its own words
                        if block.level is not None:  # (and 'Area for improvement 2', its
                            taken[block.level] = level  # style again, at the same level)
                    elif block.level in taken:
                        level = taken[block.level]
                    if (
                        block.level is None
                        and not block.bold
                        and any(lv < level for lv, _ in stack)
                    ):
                        # 'Area for improvement: The partnership ...' as a plain line under
                        # its heading; a heading, a line in bold, or a part with no heading
                        # over it ('Priority action 1: ...' beside it) keep its label
                        text = without_kind(text)
                    # the first 'Area for improvement 1' in bold: its words may follow, and
                    label_only = block.level in (None, 10) and bool(BARE_LABEL.match(text))
                    if label_only:  # name the part in its place (the next label's words will)
                        level = 10
                    self.prose.extend(  # a line named as a part with no table under it
                        t for lv, t in stack if lv >= level and (lv, t) in fresh
                    )
                    stack = [(lv, t) for lv, t in stack if lv < level] + [(level, text)]
                    fresh.append((level, text))
                    last_heading = heading
                    last_label = was_heading and block.level == 10  # 'Recommended next step'
                    # in bold under a heading: the plain line after it is the part's words
                elif is_key_text(text) or STATUS_LINE.match(text):
                    plan.notes.append(text)  # a key, or 'Overall: Green. ...' said of the part
                elif OUTCOME.match(text):  # 'What we want to achieve: ...': the aim (a
                    plan.notes.append(text)  # measure), kept, not the part; its list under a
                    aims = text.rstrip().endswith(":")  # label alone goes with it
                    continue  # (the finding's words before it still name the table's part)
                elif LABELLED.match(text) and any(lv < 10 for lv, _ in stack):
                    if (
                        FACT_LABEL.match(text)
                        or (lead_in and not LABELLED.match(lead_in))
                        or said_of_its_part(text)  # 'Issued: ...    Compliance date: ...'
                        or FACTS_IN_A_LINE.fullmatch(text)  # 'Served: ... | Compliance ...'
                    ):
                        plan.notes.append(text)  # 'Sponsor: ...', or 'Accountable board: ...'
                        last_heading = was_heading and labels_one_part(stack[-1][1])  # under
                        continue  # the part's own words: said of it ('Stated: First time'
                        # under 'Area for improvement 1': its words still to come)
                    if lead_in:
                        plan.notes.append(lead_in)  # two labelled lines: the first kept
                    lead_in = without_kind(without_speaker(text))  # 'What Ofsted said: ...'
                    continue  # right before a table, under a heading ('Ofsted: ...': the words
                    # it said; 'Issue: ...': the words the label announces)
                elif text.endswith(":") and len(text) <= 60 and any(lv < 10 for lv, _ in stack):
                    if lead_in and names_field(self.words, text.rstrip(": ")) == "action":
                        plan.notes.append(text)  # 'Response by registered person detailing
                        continue  # the actions taken:' after the words a label gave: the
                        # label over the actions, the words still the part's (not 'Key
                        # milestones and actions:' after a list of achievements)
                    label_only = True
                elif (
                    (
                        was_heading
                        or was_label
                        or (was_table and block.bold and len(text.split()) >= 5)
                        or (  # 'Take action to improve ...' after the table under 'Continue
                            was_table  # to take action ...': the next part, asked alike
                            and stack
                            and stack[-1][0] == 10
                            and same_opening(stack[-1][1], text)
                        )
                    )
                    and block.level is None
                    and (  # (under 'Requirement 1' alone: its words, however long; the
                        len(text) <= 400  # Care Inspectorate's run on with the regulation)
                        or (was_heading and stack and labels_one_part(stack[-1][1]))
                    )
                    and not NARRATION.match(text)  # 'Inspectors found that ...': prose about it
                    and id(block) not in told_of  # (and one read as the others are)
                    and not _WHAT_FOLLOWS.search(text)  # 'Actions arising from the school's own
                    and not ABOUT_THE_TABLE.match(text)  # review ...', 'The table below
                    # includes ...': what the table holds, no part
                    and not _INSPECTION_FACTS.match(text)  # 'Full inspection 5 and 6 March
                    # 2024. Overall experiences ...: requires improvement': when, and the grade
                    and not (stack and _NAMED.match(stack[-1][1]))  # 'Issue 1: Delays in ...'
                    and not said_of_its_part(text)  # 'Report agreed by City Council on ...'
                    and not _HOW_ANSWERED.search(text)  # '... All four recommendations were
                    # accepted.': how the review was answered, no finding
                ):  # (and a finding in bold between two tables, as the first was under its
                    # heading: the next table's part)
                    lead_in = text  # the one paragraph between a heading and its table: the
                    continue  # finding it answers (another paragraph before the table: prose)
                elif was_heading and stack and _NAMED.match(stack[-1][1]):
                    plan.notes.append(text)  # the story: kept with the plan
                else:
                    if lead_in and lead_in == announced:
                        self.prose.append(text)  # 'The prison agrees that ...' under the
                        continue  # concern a label announced and 'Response: Partly Agreed':
                        # the answer's prose, the concern still names the table
                    if lead_in:
                        self.prose.append(lead_in)  # (a paragraph before: prose as well)
                        lead_in = ""
                    self.prose.append(text)  # prose, a body's name under the title: kept
                if lead_in and lead_in not in self.prose and lead_in not in plan.notes:
                    self.prose.append(lead_in)  # words that named no table: kept, never lost
                lead_in = ""
                continue
            grid, named, fresh = block, fresh, []
            if lead_in and _names_its_parts(grid):
                self.prose.append(lead_in)  # 'Ofsted set a compliance date for each ...'
                lead_in = ""  # over a table banded 'Requirement 1: ...': said of them all
            if lead_in:
                stack = [(lv, t) for lv, t in stack if lv < 10]
                if stack and labels_one_part(stack[-1][1]):  # '1.1 Area for improvement'
                    stack[-1] = (stack[-1][0], lead_in)  # over its text: the text names it
                elif (
                    stack
                    and BARE_LABEL.match(stack[-1][1])
                    and plan_grids
                    and [lv for lv, _ in plan_grids[-1][1]] == [lv for lv, _ in stack]
                ):  # 'Areas for improvement' over one finding, at the level of 'Area for
                    stack[-1] = (stack[-1][0], lead_in)  # priority action 2' before it
                elif (
                    stack
                    and (
                        prefix_class(stack[-1][1]) == "rec"
                        or (  # 'R1 Strengthen the use of ...': numbered, in its own words
                            prefix_class(stack[-1][1]) == "num1" and len(stack[-1][1].split()) >= 5
                        )
                    )
                    and (NARRATION.match(lead_in) or _THE_REPORT.match(lead_in))
                ):
                    plan.notes.append(lead_in)  # 'What Ofsted said: ...' of the heading's
                else:  # area for improvement, named with its text: said of it, not under it
                    stack.append((10, lead_in))
                lead_in = ""
            headers = find_headers(grid, self.words)
            if headers and counts_under_header([r.cells for r in grid.rows[min(headers) + 1 :]]):
                self.tables.taken.append((grid, TableKind.SUMMARY, "it counts the actions"))
                continue  # 'Core service | Must do | Should do | Actions' over counts
            if headers and plan_grids and stack and _MONITORING.match(stack[-1][1]):
                self.tables.taken.append(  # 'Monitoring and evaluation' over 'Who | What |
                    (grid, TableKind.OTHER, "it says how the plan is monitored")  # When'
                )
                continue
            if headers:
                self.tables.taken.append((grid, TableKind.PLAN, "it has a header row"))
                plan_grids.append((grid, list(stack)))
                continue
            kind, why = table_kind(grid)
            if plan_grids and kind is TableKind.OTHER and self._continues(grid, plan_grids[-1][0]):
                self.tables.taken.append(
                    (grid, TableKind.CONTINUED, "the plan's columns, no header")
                )
                plan_grids.append((grid, list(stack)))
                continue
            self.tables.taken.append((grid, kind, why))
            if kind is not TableKind.OTHER:  # 'Document control' names its table, not the plan
                stack = [  # (a project's one-row RAG table under 'Project 1: ...', read as
                    label  # a key, leaves the project's heading over its milestones)
                    for label in stack
                    if label not in named
                    or (kind is TableKind.KEY and not re.search(r"\bkey\b", label[1], re.I))
                ]
            if kind is TableKind.KEY:
                plan.notes.extend(
                    " | ".join(c for c in r.cells if c.strip()) for r in grid.rows if any(r.cells)
                )
                swatches = [pair for r in grid.rows for pair in fill_pairs(r)]
                if swatches:  # 'purple = Complete; grey = Not yet started': one key
                    plan.notes.append("; ".join(swatches))
        if not plan_grids:
            grids = [grid for grid, _, _ in self.tables.taken]
            if (found := action_by_its_cells(grids, self.words)) is not None:
                raise Settle(found[0], "action", found[1])
            hint = (
                "this is already a plan (YAML): read it with -p, e.g. plan list -p FILE"
                if self.path.lower().endswith((".yaml", ".yml"))
                else "the table needs a row with column titles such as Recommendations, Ref, "
                "Action, Start, End, Lead officer, RAG status; a rules file can name others "
                "(column TITLE = action ...; see plan import --help)"
            )
            others = [f"{g.where}: {k.value}" for g, k, _ in self.tables.taken]
            where = f" ({'; '.join(others)})" if len(others) > 1 else ""
            raise PlanError(f"no header row found{where}", path=self.path, hint=hint)
        return Parts(title, first_paragraph, plan_grids)

    def _continues(self, grid: Grid, previous: Grid) -> bool:
        """A table with the plan's number of columns, no header of its own, right after the
        plan: the plan continued (over a page break, in Word)."""
        widths = {len(r.cells) for r in previous.rows if any(r.cells)}
        mine = {len(r.cells) for r in grid.rows if any(r.cells)}
        if all(len(own_texts(r)) <= 2 for r in grid.rows):  # 'Senior Responsible Owner' |
            return False  # its value merged across: a project's facts, no row of the plan
        return bool(mine) and mine <= widths | {max(widths, default=0)}


def _names_its_parts(grid: Grid) -> bool:
    """A table with rows merged across that each name a part ('Requirement 1: ...',
    'Recommendation 2: ...'): a paragraph over it is no part of its own."""
    return any(
        len(r.spans) == 1
        and max(r.spans.values()) >= len(r.cells) - 1
        and prefix_class(r.cells[min(r.spans)]) in ("theme", "rec")
        for r in grid.rows
    )


# A heading over a table of who checks the plan and when, after the plan's own tables.
_MONITORING = re.compile(
    r"^(?:\d+\.?\s+)?(?:monitoring(?:\s+and\s+(?:evaluation|review))?(?:\s+arrangements)?|"
    r"how\s+(?:we|the\s+\w+)\s+will\s+monitor\b.*|governance\s+and\s+monitoring)\s*:?$",
    re.IGNORECASE,
)
# 'Actions arising from the school's own review during the inspection.', or a paragraph that
# ends '... The school has identified the following further action following its own
# review.' with no 'should' or 'must' in it: a caption of the rows under it, no part.
_WHAT_FOLLOWS = re.compile(
    r"^(?:actions?|recommendations?)\s+(?:arising\s+from|(?:made|agreed|raised)\s+(?:by|in)|from)\b"
    r"|^(?!.*\b(?:should|must)\b).*\bthe\s+following\s+(?:\w+\s+){0,2}actions?\b[^.:]*\.?$"
    # 'All Standards were met. Follow-up action agreed by the school after feedback:': a
    # sentence said of the part, then a line that announces what follows
    r"|^(?!.*\b(?:should|must)\b)[^:]*[a-z]\.\s+[A-Z][^.:]*:$",
    re.I,
)
