"""Months as a person reads them in a council's plan: a month or date, a period's last month,
a quarter, a school term, a phrase naming a month ('By 31 March 2019'), a revised date; words
such as Ongoing kept as words; and what looks like a month mistyped refused (ValueError, to
which the importer adds the FILE:LINE)."""

from __future__ import annotations

import contextlib
import functools
import re
from typing import NamedTuple

from ..model import Month


class EndRead(NamedTuple):
    month: Month | None
    text: str  # the cell as written when it is more than a month ('' otherwise)
    how: str  # 'date', 'quarter', 'period', 'phrase', 'revised', 'words' or ''


_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:\d{4}|\d{2})"
_A_MONTH = rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_NAME}[\s\-/',]*{_YEAR}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_YEAR}|\d{{4}}-\d{{2}}(?:-\d{{2}})?|(?:Q|[Qq]uarter\s*)[1-4]\s*(?:\d{{4}}|\d{{2}})\s*[/\-]\s*\d{{2,4}})"  # noqa: E501
A_DATE = _A_MONTH  # a month or a day as councils write them, for other readers' patterns
# 'March 2025 Board', 'Audit Committee – June 2025': the month of the meeting it goes to;
# 'Inset day Feb 2025': of a school's training day.
_MEETING_WORDS = (
    r"(?:[A-Za-z&]+\s+){0,3}(?:board|committee|cabinet|council|meeting|panel|sib|executive|"
    r"forum|group|partnership|inset(?:\s+day)?|training\s+day|away\s*day|session|workshop|"
    r"seminar|conference|event|(?-i:(?!TB[AC]\b)[A-Z][A-Z&]{1,4}))(?:\s+meeting)?"  # ('April
)  # 2025 development session'; 'September 2025 PAB': the board by its letters)
_MEETING = re.compile(
    rf"^(?:to\s+|for\s+|at\s+)?(?:the\s+)?(?:({_A_MONTH})\s+{_MEETING_WORDS}|"
    rf"{_MEETING_WORDS}\s*(?:[-–—:,]\s*|\(\s*)?(?:of\s+|in\s+)?({_A_MONTH})\)?)$",
    re.IGNORECASE,
)
# 'Sept 2018 – March 2019', 'Jan-19 to Mar-19': a period ends in its last month.
_PERIOD = re.compile(
    rf"^(?:from\s+|(?:phased|period|phases?)\s*[:–—-]\s*)?({_A_MONTH}|{_MONTH_NAME})\s*"
    rf"(?:-|–|—|to|until|till)\s*({_A_MONTH})$",  # ('Phased: Dec 2024 – Sept 2025')
    re.I,
)  # ('Phased – Sept 2025 to March 2026')
# '25 Nov – 10 Dec 2025', '1 – 15 December 2025': a period of days ends on its last day.
_DAY_PERIOD = re.compile(
    rf"^\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH_NAME})?\s*(?:-|–|—|to)\s*"
    rf"(\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\s+\d{{4}})$",
    re.IGNORECASE,
)
# 'By 31 March 2019', 'End of June 2019', 'w/c 12/03/18', 'w/e 22/11/24', 'by end Q2 2022/23',
# 'Due: Mar-19', 'Due date: 30/04/2025'.
_PHRASE = re.compile(
    rf"^(?:(?:immediate(?:ly)?|urgent)\s*[-–—,:]?\s*)?"  # 'Immediate – by 28/02/20'
    rf"(?:by(?:\s+the)?(?:\s+end(?:\s+of)?)?|before|end(?:\s+of)?|due(?:\s+by)?:?|deadline:?|"
    rf"w/?c|week\s+commencing|w/?e|week\s+ending|no\s+later\s+than|completed?(?:\s+by|\s*[-–—:])?|"
    rf"target:?|until|(?:due|target|completion)\s+date:?|"  # 'Due date: 30/04/2025'
    rf"(?:ongoing|weekly|fortnightly|monthly|bi-?monthly|quarterly|termly|six-monthly|annually)"
    rf"\s*[-–—,]?\s*(?:to|until|till|up\s+to|through)|"  # 'Quarterly to Sep 2026'
    rf"revised(?:\s+(?:date|deadline))?:?|"
    rf"(?:actual|forecast|expected)(?:\s+date)?:?|"
    rf"(?:early|mid|late)-?)(?:\s+|(?<=-))"  # 'Mid-May 2023', 'Late June 2025': in the month;
    # 'Actual 12/09/2025' in a 'Forecast
    rf"({_A_MONTH})\.?$",  # / actual' column: the month it was, or will be, done
    re.I,
)
# 'Immediate – 31/05/2024': the date it was to be done by.
_IMMEDIATE = re.compile(rf"^(?:immediate(?:ly)?|urgent)\s*[-–—,:]\s*({_A_MONTH})\.?$", re.I)
# 'With immediate effect (6 August 2025)': from the day given.
_IMMEDIATE_FROM = re.compile(
    rf"^(?:with\s+)?immediate(?:\s+effect)?\s*\(\s*(?:from\s+)?({_A_MONTH})\s*\)$", re.I
)
# 'Mar-18 (revised Jun-18)', 'Dec 2018 revised to Mar 2019', 'Mar-19 -> Jun-19', 'By 31 March
# 2025 (revised to 30 June 2025)'.
_REVISED = re.compile(
    rf"^(?:(?:by|before|due(?:\s+by)?|end\s+of|deadline|target(?:\s+date)?)\s*:?\s+)?({_A_MONTH})\s*(?:\(\s*(?:revised(?:\s+to)?|rev\.?|now|moved\s+to|extended\s+to|new)\s*:?\s*"
    rf"({_A_MONTH})\s*\)|(?:[-–—,;]\s*)?(?:revised|moved|extended)(?:\s+(?:date|deadline))?"
    rf"(?:\s*:\s*|\s+)(?:to\s+)?({_A_MONTH})|"
    rf"(?:->|→|=>)\s*({_A_MONTH}))$",
    re.I,
)
# 'Revised to March 2025', 'Extended to June 2025': the month it was moved to.
_MOVED_TO = re.compile(
    rf"^(?:revised|moved|extended|deferred|rescheduled|put\s+back)\s*(?:to|:)\s*({_A_MONTH})$",
    re.I,
)
# 'Mar 2019 (was Dec 2018)', 'Dec 2019 (revised from Sept 2019)', 'July 2025 (revised;
# originally March 2025)', '29/01/2025 (deferred from 27/11/2024)': the first month is the end.
_WAS = re.compile(
    rf"^(?:(?:revised|new)(?:\s+(?:date|deadline))?\s*(?::|\s+to)?\s*)?"  # ('Revised to ...')
    rf"({_A_MONTH})\s*\(\s*(?:(?:revised|extended|moved|new\s+date)\s*[;,:\-–—]\s*)?"
    rf"(?:was|(?:revised|moved|extended|deferred|rebaselined|re-?baselined|re-?profiled|"
    rf"rescheduled|slipped|changed|amended|put\s+back)\s+from|originally|orig\.|original|"
    rf"previously|from)"  # ('Revised: Sept 2025 (orig. June 2025)')
    rf"\s*:?\s*(?:{_A_MONTH})\s*\)$",
    re.I,
)
# 'Original: March 2013 Revised: September 2013', 'Originally Dec 2024, now June 2025': both
# named, the revised one the end.
_BOTH_NAMED = re.compile(
    rf"^(?:original(?:ly)?|initially|was)(?:\s+date)?\s*:?\s*{_A_MONTH}\s*[,;/]?\s*"
    rf"(?:revised(?:\s+to)?|new|now|moved\s+to|extended\s+to)(?:\s+date)?\s*:?\s*"
    rf"({_A_MONTH})$",
    re.I,
)
# 'Mar-25 (revised)', 'June 2025 (new date)': the month, marked as a new one.
_MARKED_NEW = re.compile(
    rf"^({_A_MONTH})\s*[(\[]\s*(?:revised|rev\.?|new(?:\s+date)?|amended|updated|extended|"
    rf"agreed|moved)\s*[)\]]$",
    re.I,
)
# '30/11/2025' struck through over '31/01/2026 (revised)': the month set, then the new one.
_STRUCK_THEN_NEW = re.compile(
    rf"^{_A_MONTH}\s+({_A_MONTH})\s*[(\[]\s*(?:revised|new(?:\s+date)?|amended|extended|"
    rf"agreed|moved)\s*[)\]]$",
    re.I,
)
# 'Phase 1 March 2025; Phase 2 March 2026': the action ends with its last phase.
_PHASES = re.compile(
    rf"^(?:(?:phase|stage)\s*\d{{1,2}}\s*[:\-–]?\s*({_A_MONTH})\s*(?:[;,/]|\band\b)?\s*){{2,}}$",
    re.I,
)
# 'Baseline July 2022; repeat May 2023': steps each named by a word, the last the end.
_STEPS = re.compile(
    rf"^(?:[A-Za-z][a-z-]{{2,12}}\s+({_A_MONTH})\s*(?:[;,/]|\band\b)?\s*){{2,}}$", re.I
)
# 'Jan 2025 and Jun 2025': two deadlines, the action done by the later (checked in order).
_TWO_DEADLINES = re.compile(rf"^({_A_MONTH})\s*(?:and|&|,|;)\s*({_A_MONTH})$", re.I)
# 'Jan 2020 then quarterly': the first deadline is the end.
_THEN = re.compile(rf"^({_A_MONTH})[,;]?\s+(?:then|and\s+then|thereafter)\b.*$", re.I)
# 'FY 2019/20 Q3', '2025-26 Q3', 'Q3 FY2019/20': a financial quarter written the other way round.
_FY_QUARTER = re.compile(
    r"^(?:(?:FY\s*)?(\d{4})\s*[/\-]\s*(\d{2,4})\s*Q([1-4])|Q([1-4])\s*FY\s*(\d{4})\s*[/\-]\s*"
    r"(\d{2,4}))$",
    re.I,
)
# A financial year written out, 'Q3 2025 to 2026': one year to the next.
_YEAR_TO_YEAR = re.compile(r"\b((?:19|20)\d\d) to ((?:19|20)\d\d)$")
# An ISO timestamp as SharePoint exports a date: 2019-03-31T00:00:00Z.
_TIMESTAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$")
# A day-first date with a time, as Excel writes a date cell into CSV: 31/03/2019 00:00.
_DATE_TIME = re.compile(r"^(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})\s+\d{1,2}:\d{2}(?::\d{2})?$")
_MONTH_FIRST = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})\s*$")
# What looks like a month or a date mistyped, and is refused rather than kept as words.
_NO_END = re.compile(
    r"\b(?:ongoing|on-going|onwards|continuous|continuing|tbc|tbd|tba|annual(?:ly)?|termly|"
    r"monthly|quarterly|weekly|yearly|regularly|as required|business as usual|bau|"
    r"six-monthly|bi-monthly|fortnightly|daily|half-yearly|bi-?annual(?:ly)?)\b",
    re.I,
)
_ANY_MONTH = re.compile(rf"\b{_A_MONTH}\b", re.I)
_MONTH_LIKE = re.compile(r"[A-Za-z0-9]{3,9}\.?[\s\-/']*[0-9OoIl]{2,4}[a-z]?")
_DATE_LIKE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}")
_MONTH_WORDS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


_DAY_NAME = re.compile(r"^(\d{1,2})[\-/.]([A-Za-z]{3,9})[\-/.](\d{2}|\d{4})$")
_QUARTER_WORD = re.compile(r"^quarter\s*([1-4])\s+", re.IGNORECASE)
_SHORT_QUARTER = re.compile(r"^Q([1-4])\s*(\d{2})\s*[/\-]\s*(\d{2})$", re.IGNORECASE)
# 'By end of 2019/20', 'FY 2019/20': the financial year's last month, March.
_FINANCIAL_YEAR = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:FY\s*|financial\s+year\s+)?(\d{4})\s*/\s*(\d{2})$",
    re.IGNORECASE,
)


# 'Summer term 2025', 'By the end of autumn term 2024', 'Spring term 2024/25': a school term
# ends in its last month (autumn: December; spring: the month its Easter holiday starts;
# summer: July).
_BY_THE_END_OF = r"^(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
_SCHOOL_YEAR_AFTER = r"\s+(\d{4})(?:\s*/\s*(\d{2}|\d{4}))?$"  # '2024', '2024/25'
_TERM = re.compile(  # (an independent school's Michaelmas, Lent and Trinity terms alike)
    _BY_THE_END_OF  # ('Spring and summer terms 2023': the last of two, read below)
    + r"((?:autumn|spring|summer)(?=\s+terms?\b)|michaelmas|lent|trinity)(?:\s+terms?)?"
    + _SCHOOL_YEAR_AFTER,  # ('Michaelmas 2025': a term by its name alone, never a season)
    re.IGNORECASE,
)
_SEASON_OF = {"michaelmas": "autumn", "lent": "spring", "trinity": "summer"}
# 'Autumn term 2024 – Summer term 2025', 'Spring – Summer term 2025', 'Spring and summer
# terms 2023': terms from one to another end with the last.
_TERM_PERIOD = re.compile(
    r"^(?:from\s+)?(?:autumn|spring|summer)(?:\s+term)?(?:\s+\d{4})?\s*(?:-|–|—|to|and|&)\s*(.+)$",
    re.IGNORECASE,
)
# 'Autumn 2024 – Summer 2025': a school year's terms named by their seasons alone, from one
# to another (a season alone, 'Summer 2025', stays words: a term or the season).
_SEASON_PERIOD = re.compile(
    r"^(?:from\s+)?(?:autumn|spring|summer)\s+\d{4}\s*(?:-|–|—|to)\s*(autumn|spring|summer)"
    r"\s+(\d{4})$",
    re.IGNORECASE,
)
# 'March/April 2025', 'Oct/Nov 2025': two months, one year: the later month.
_TWO_MONTHS = re.compile(
    rf"^(?:by\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?)?{_MONTH_NAME}\s*/\s*({_MONTH_NAME}[\s\-/',]*{_YEAR})$",
    re.IGNORECASE,
)
# 'Spring 2 2020', 'Autumn 1 2024/25': a half term ends at its half-term break (autumn 1:
# October; spring 1: February; summer 1: May) or as its term does.
_HALF_TERM = re.compile(
    _BY_THE_END_OF
    + r"(autumn|spring|summer)\s*([12])(?:\s+(?:half\s+)?term)?"
    + _SCHOOL_YEAR_AFTER,
    re.IGNORECASE,
)
_FIRST_HALF = {"autumn": 10, "spring": 2, "summer": 5}
# 'By October half term 2024', 'Spring half term 2025': the month of that half-term break.
_HALF_TERM_BREAK = re.compile(
    rf"^(?:by|before)?\s*(?:the\s+)?(?:({_MONTH_NAME})|(autumn|spring|summer))\s+half[\s-]*term"
    r"(?:\s+(?:holidays?|break))?\s+(\d{4})$",
    re.IGNORECASE,
)
# 'By end of Term 2 (December 2024)', 'Phase 1 (March 2025)': a stage of the year named in
# words, with its month in brackets: that month.
_STAGE_WITH_MONTH = re.compile(
    _BY_THE_END_OF
    + r"(?:(?:term|half[\s-]*term|phase|stage|quarter|session|semester)\s*\d?|q[1-4]"
    + r"(?:\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)?)"  # ('Q3 (December 2025)': the
    + rf"\s*\(({_A_MONTH})\)$",  # quarter's month, given)
    re.IGNORECASE,
)
# 'By Easter 2025': the month the Easter holiday starts, as the spring term ends.
_EASTER = re.compile(r"^(?:by\s+|before\s+)?(?:the\s+)?easter(?:\s+holidays?)?\s+(\d{4})$", re.I)
_CHRISTMAS = re.compile(r"^(?:by\s+|before\s+)?christmas\s+(\d{4})$", re.I)
# 'End of session 2024/25', 'Session 2023-24' (a Scottish school's year, to June), 'end of
# academic year 2024/25' (to July).
_SCHOOL_YEAR = re.compile(
    r"^(?:by\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:school\s+)?(session|academic\s+year)\s+"
    r"(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$",
    re.IGNORECASE,
)
# A Welsh plan's months, written beside the English: 'Mawrth / March 2022'.
_WELSH_MONTHS = dict(
    zip(
        ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst",
         "medi", "hydref", "tachwedd", "rhagfyr"),
        range(1, 13),
        strict=True,
    )
)  # fmt: skip


def _term_end(term: str, year: int, second: str | None) -> Month:
    from dateutil.easter import easter

    term = _SEASON_OF.get(term.lower(), term.lower())
    if second is not None and term != "autumn":  # 'Spring term 2024/25': the spring of 2025
        year += 1
    if term == "autumn":
        return Month.of(year, 12)
    if term == "summer":
        return Month.of(year, 7)
    start_of_holiday = easter(year).toordinal() - 9  # schools break up about then
    from datetime import date

    return Month.of(year, date.fromordinal(start_of_holiday).month)


def _half_term_end(term: str, half: str, year: int, second: str | None) -> Month:
    if half == "2":
        return _term_end(term, year, second)
    term = term.lower()
    return Month.of(year + (1 if second is not None and term != "autumn" else 0), _FIRST_HALF[term])


def _bilingual(text: str, month_first: bool) -> Month | None:
    """'Mawrth / March 2022': the English month, where the Welsh beside it names the same."""
    sides = [p.strip() for p in re.split(r"\s+/\s+|\s*\n\s*", text) if p.strip()]
    if len(sides) != 2:
        return None
    for english, welsh in (sides, sides[::-1]):
        try:
            month, _ = read_month(english, month_first)
        except ValueError:
            continue
        words = welsh.lower().split()
        if (
            words
            and _WELSH_MONTHS.get(words[0]) == month.month
            and all(w.isdigit() and int(w) % 100 == month.year % 100 for w in words[1:])
        ):
            return month
    return None


def read_month(text: str, month_first: bool = False) -> tuple[Month, str]:
    """A month as councils write it (Month.from_cell, plus timestamps), and how it was read
    ('date', 'quarter' or ''). ValueError when it is not one."""
    text = text.strip()
    if month_first:
        text = _MONTH_FIRST.sub(r"\3\2\1\2\4", text)
    text = _DAY_NAME.sub(r"\1 \2 \3", text)  # '31-Mar-2024': a day, a month's name, a year
    text = _QUARTER_WORD.sub(r"Q\1 ", text)  # 'Quarter 2 2024-25
    text = _SHORT_QUARTER.sub(r"Q\1 20\2/\3", text)  # 'Q3 24/25': its years in full
    if match := _TIMESTAMP.match(text):
        return Month.from_cell(match[1]), "date"
    if match := _DATE_TIME.match(text):
        text = match[1]
    month = Month.from_cell(text)
    return month, Month.how_read(text)


@functools.lru_cache(maxsize=4096)  # a plan's end cells repeat: 'Mar-19' on many rows
def read_end(text: str, month_first: bool = False) -> EndRead:
    """The end month of a cell: a month; a period's last month; a phrase naming one ('By 31
    March 2019'); the revised month of 'Mar-18 (revised Jun-18)'; or no month for words
    (Ongoing, TBC, Termly). ValueError for what looks like a month mistyped (0ct-2020,
    Mar-2O18, Febuary-19): never kept as words."""
    text = text.strip()
    if not text:
        return EndRead(None, "", "")
    try:
        month, how = read_month(text, month_first)
        return EndRead(month, "", how)
    except ValueError:
        pass
    single = " ".join(text.split())
    if (years := _YEAR_TO_YEAR.search(single)) and int(years[2]) == int(years[1]) + 1:
        with contextlib.suppress(ValueError):  # 'Q3 2025 to 2026': the financial year as
            span = f"{single[: years.start()]}{years[1]}/{years[2][2:]}{single[years.end() :]}"
            month, _ = read_month(span, month_first)  # GOV.UK and Welsh councils write it
            return EndRead(month, text, "quarter")
    for pattern, how, group in _ONE_MONTH_SAID:
        if match := pattern.match(single):
            said = match[group] if group else [g for g in match.groups() if g][-1]
            return EndRead(read_month(said, month_first)[0], text, how)
    if (match := _FINANCIAL_YEAR.match(single)) and int(match[2]) == (int(match[1]) + 1) % 100:
        return EndRead(Month.of(int(match[1]) + 1, 3), text, "phrase")
    if match := _FY_QUARTER.match(single):
        first, second, quarter = (
            (match[1], match[2], match[3]) if match[1] else (match[5], match[6], match[4])
        )
        return EndRead(read_month(f"Q{quarter} {first}/{second}")[0], text, "quarter")
    if match := _TERM.match(single):
        return EndRead(_term_end(match[1], int(match[2]), match[3]), text, "term")
    if match := _HALF_TERM.match(single):
        return EndRead(_half_term_end(match[1], match[2], int(match[3]), match[4]), text, "term")
    if match := _SCHOOL_YEAR.match(single):
        year = int(match[2]) + 1
        return EndRead(Month.of(year, 6 if match[1].lower() == "session" else 7), text, "term")
    if match := _MEETING.match(single):  # (after 'Session 2023-24', a school year)
        return EndRead(read_month(match[1] or match[2], month_first)[0], text, "phrase")
    if match := _HALF_TERM_BREAK.match(single):
        month = (
            read_month(f"{match[1]} {match[3]}")[0]
            if match[1]
            else Month.of(int(match[3]), _FIRST_HALF[match[2].lower()])
        )
        return EndRead(month, text, "term")
    if match := _STAGE_WITH_MONTH.match(single):
        return EndRead(read_month(match[1], month_first)[0], text, "phrase")
    if match := _EASTER.match(single):
        return EndRead(_term_end("spring", int(match[1]), None), text, "term")
    if match := _CHRISTMAS.match(single):  # 'Christmas 2025', 'By Christmas 2025': December
        return EndRead(Month.of(int(match[1]), 12), text, "phrase")
    if match := _TWO_MONTHS.match(single):
        return EndRead(read_month(match[1], month_first)[0], text, "period")
    if (last := _TERM_PERIOD.match(single)) and (match := _TERM.match(last[1])):
        return EndRead(_term_end(match[1], int(match[2]), match[3]), text, "term")
    if match := _SEASON_PERIOD.match(single):
        return EndRead(_term_end(match[1], int(match[2]), None), text, "term")
    if (welsh := _bilingual(text, month_first)) is not None:
        return EndRead(welsh, text, "phrase")
    if (noted := _NOTED.match(single)) and not re.search(r"\d", noted[2]):
        try:  # 'February 2026 (Board development day)': the month, and what falls in it
            if not _ANY_MONTH.search(noted[2]):
                return EndRead(read_month(noted[1], month_first)[0], text, "phrase")
        except ValueError:
            pass
    if (when := _WHEN_GIVEN.match(single)) is not None:
        with contextlib.suppress(ValueError):  # 'Next PAF – 16 September 2025', 'Before
            return EndRead(read_month(when[1], month_first)[0], text, "phrase")  # next
            # winter (Oct 2024)': an occasion, and the month it falls in
    if (moved := _MOVED.match(single)) is not None:  # 'Michaelmas Term 2025 (revised: Lent
        with contextlib.suppress(ValueError):  # Term 2026)': two ends, the revised one in force
            was, now = read_end(moved[1], month_first), read_end(moved[2], month_first)
            if was.month is not None and now.month is not None:
                return EndRead(now.month, text, "revised")
    for pattern, how, later_at in _TWO_MONTHS_SAID:
        if (two := pattern.match(single)) is not None:
            with contextlib.suppress(ValueError):
                months = [read_month(m, month_first)[0] for m in two.groups()]
                if months[later_at] > months[1 - later_at]:  # (the order as written)
                    return EndRead(months[later_at], text, how)
    if (recurs := _RECURS_OVER.match(single)) is not None:
        with contextlib.suppress(ValueError):  # 'Monthly from July 2025 – March 2026': done
            over = read_end(recurs[1], month_first)  # each month of a period, to its end
            if over.how == "period":  # (not 'Monthly from July 2025': from then on)
                return EndRead(over.month, text, "period")
    if _NO_END.search(single):
        return EndRead(None, text, "words")  # 'April 2019 - ongoing': no end month
    if looks_like_a_month(single):
        raise ValueError(f"{text!r} is not a month, though it looks like one mistyped")
    if _ANY_MONTH.search(single):
        raise ValueError(f"{text!r} is not a month: it holds one among other words")
    return EndRead(None, text, "words")


# 'Monthly from July 2025 – March 2026', 'Quarterly, April 2025 – March 2026': how often, over
# which period.
_RECURS_OVER = re.compile(
    r"^(?:weekly|fortnightly|monthly|bi-?monthly|quarterly|termly|half-termly|six-monthly|"
    r"annually)\s*[,:–—-]?\s*(?:from\s+)?(.+)$",
    re.IGNORECASE,
)


# A cell naming its end among other words: the pattern, how the end is said, the group
# holding the month (0: the last group matched, the month it was revised to), in the order tried.
_ONE_MONTH_SAID: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (_PERIOD, "period", 2),
    (_DAY_PERIOD, "period", 1),
    (_PHRASE, "phrase", 1),
    (_IMMEDIATE, "phrase", 1),
    (_IMMEDIATE_FROM, "phrase", 1),
    (_PHASES, "period", 1),
    (_STEPS, "period", 1),
    (_REVISED, "revised", 0),
    (_BOTH_NAMED, "revised", 1),
    (_MARKED_NEW, "revised", 1),
    (_STRUCK_THEN_NEW, "revised", 1),
    (_MOVED_TO, "revised", 1),
    (_WAS, "revised", 1),
    (_THEN, "phrase", 1),
)
# An occasion, then the day or month it falls on: 'Next PAF – 16 September 2025'.
_WHEN_GIVEN = re.compile(
    r"^(?:next|before|by|at|for)\s+(?!.*\b(?:was|previously|original|from|revised)\b)"
    r"[\w’' ]{1,30}?\s*(?:[–—:-]\s*|\(\s*)"
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{4}|"
    r"\d{1,2}/\d{1,2}/\d{2,4})\s*\)?$",
    re.IGNORECASE,
)
# An end, then in brackets the end it was revised to, each a term, a quarter or a month.
_MOVED = re.compile(
    r"^(.{3,40}?)\s*\(\s*(?:revised(?:\s+to)?|moved\s+to|extended\s+to)\s*:?\s*(.{3,40}?)\s*\)$",
    re.IGNORECASE,
)
# A month, then in brackets an earlier one: the end as moved, and the end first set.
_EARLIER_IN_BRACKETS = re.compile(rf"^({_A_MONTH})\s*\(\s*({_A_MONTH})\s*\)$", re.I)
# Two months written together, the later the end where it stands where this table says (1:
# 'Jan 2025 and Jun 2025', done by the later; 0: 'January 2026 (October 2025)', moved on, the
# end first set kept in brackets); written the other way round, no plain pair.
_TWO_MONTHS_SAID: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (_TWO_DEADLINES, "period", 1),
    (_EARLIER_IN_BRACKETS, "revised", 0),
)
# A month, then in brackets a note of what falls in it.
_NOTED = re.compile(r"^(.{3,20}?)\s*\(([^()]{3,60})\)$")


def says_no_end(text: str) -> bool:
    """'Ongoing', 'Termly', 'Annually (Nov)': words an end column holds where no month is due."""
    return _NO_END.search(text) is not None


def looks_like_a_month(text: str) -> bool:
    """A cell that a person would take for a month or date with a typing mistake: a month's
    name (or nearly one) beside a year-like number, or digits split like a date."""
    if _DATE_LIKE.search(text) and len(text) <= 12:
        return True
    lowered = re.sub(  # '30 Setpember', '31 0ctober' (a zero for the O)
        r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?=[a-z]|0[a-z])", "", text.lower()
    )
    for match in re.finditer(r"([a-z0-9]{3,9})\.?[\s\-/']*([0-9oil]{2,4})([a-z]?)\b", lowered):
        word = match[1].replace("0", "o")
        year = match[2]
        if not any(ch.isdigit() for ch in year):
            continue
        if (
            _near_month(word)
            and (
                len(lowered) <= 14
                or match.start() == 0
                or (  # 'Mid-Febuary 2026', 'By the end of Setpember 2025': a phrase's month
                    match.end() == len(lowered.rstrip())
                    and _BEFORE_A_MONTH.fullmatch(lowered[: match.start()].strip(" -")) is not None
                )
            )
        ):
            return True
    return False


# The words a phrase naming a month opens with: 'by the end of', 'mid', 'early', 'w/c'.
_BEFORE_A_MONTH = re.compile(
    r"(?:by|before|until|due(?:\s+by)?|target)?(?:\s*the)?(?:\s*end(?:\s+of)?)?|early|mid|late|"
    r"w/?c|week\s+commencing"
)


def _near_month(word: str) -> bool:
    """A month's name or abbreviation, or one typed with a letter wrong, missing or extra."""
    import difflib

    if len(word) < 3:
        return False
    for name in _MONTH_WORDS:
        if name.startswith(word) or word.startswith(name[:3]):
            return True
    if bool(difflib.get_close_matches(word, _MONTH_WORDS, n=1, cutoff=0.75)):
        return True
    # An abbreviation with two letters swapped or one wrong: 'Spet', 'Jnu', 'Ocotber'.
    short = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
             "nov", "dec")  # fmt: skip
    return len(word) <= 5 and any(sorted(word) == sorted(a) for a in short)


# 'Q3', 'by end Q2' under 'Timescale (2025/26)': a quarter of the year its column names.
_BARE_QUARTER = re.compile(r"^(?:by\s+)?(?:the\s+)?(?:end\s+(?:of\s+)?)?Q[1-4]$", re.IGNORECASE)
_TITLE_YEAR = re.compile(r"\b(20\d{2})\s*[/\-]\s*(\d{2})\b")


def in_year_of(title: str, cell: str) -> str:
    """The cell as read under its column's title: a bare quarter ('Q3') under 'Timescale
    (2025/26)' is 'Q3 2025/26'; any other cell as written."""
    year = _TITLE_YEAR.search(title)
    if year and _BARE_QUARTER.match(cell.strip()):
        return f"{cell.strip()} {year[1]}/{year[2]}"
    return cell


def period_of(text: str) -> tuple[int, ...] | None:
    """A review's place in time, by kind: (0, year, month) for a month, (1, n) for quarter n,
    (2, n) for a school year's nth term."""
    text = text.strip()
    if quarter := re.fullmatch(r"(?:q|quarter\s*)([1-4])", text, re.I):
        return (1, int(quarter[1]))
    if term := re.fullmatch(
        r"(aut|spr|sum)(?:(?<=t)umn|(?<=r)ing|(?<=m)mer|\.)?(?:\s+term)?", text, re.I
    ):
        return (2, ("aut", "spr", "sum").index(term[1].lower()))  # ('Aut' | 'Spr' | 'Sum')
    try:
        month, _ = read_month(text)
    except ValueError:
        return None
    return (0, month.year, month.month)
