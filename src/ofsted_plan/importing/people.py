"""The people in a lead cell, as a person reads them: 'RG/JF' and 'Sam Lee and Jo Patel' are
two; 'Lee, Sam', 'Head of Safeguarding and Quality Assurance' and 'Service Manager (CIN/CP)'
are one each. A cell is split only where each part is itself a person, a post or an agency."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .person_kinds import (
    BRACKETED,
    COUNCIL_LETTERS,
    STRICT_INITIALS,
    kind_of,
    plainly_a_person,
    split_outside,
    surname_forename,
    whole_post,
)
from .post_areas import post_and_area, with_its_area
from .posts import (
    BODIES,
    FIELD_PAIRS,
    ONE_WORD_POSTS,
    RANKS,
    ROLE_WORDS,
    STATUTORY_ROLES,
    SUBJECT_WORDS,
    WELSH_ROLES,
)

# Several officers are written 'RG/JF', 'RG; JF', 'RG & JF', 'Sam Lee and Jo Patel'. A cell is
# split only where every part is itself a person or post; else it is one officer.
_SPLIT = re.compile(r"\s*[/;&+\n]\s*|\s+and\s+|\s*,\s*", re.IGNORECASE)

# A body named in capitals after a semicolon: 'Healthwatch', "Barnardo's", 'Parent Carer Forum'.
# A team or body named in capitals, '&' or 'and' inside: 'Learning & Development'.
# A small word may join its words: 'Safe in Sussex', 'Friends of the Earth'.
_ORGANISATION = re.compile(
    r"[A-Z][\w'’\-!]+(?: (?:(?:in|of|for|the|on|at)\s){0,2}[A-Z][\w'’\-!]+){0,3}"
)


class People(NamedTuple):
    officers: tuple[str, ...]
    kept_whole: bool  # the cell had a separator but its parts are not all people


# '&' and '+' join people only with a space beside them: 'L&D Manager' is one post.
_STRONG = re.compile(r"\s*[/;\n]\s*|\s+[&+]\s*|\s*[&+]\s+")
_SLASH = re.compile(r"\s*[/;\n]\s*")  # between officers whatever '&' is inside a post
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


@functools.lru_cache(maxsize=4096)  # a plan names few officers, on thousands of rows
def split_people(text: str, *, bodies: bool = False) -> People:
    """The officers in a lead cell. 'RG/JF' and 'Sam Lee and Jo Patel' are two; 'Lee, Sam' (as
    an address book writes a person), 'Head of Safeguarding and Quality Assurance' and
    'Service Manager (CIN/CP)' are one each. A cell is split only where every part is itself
    a person (initials, a name, a post, an agency); brackets are never split."""
    if bodies and "," in text and not with_its_area(text) and not surname_forename(text):
        parts = split_outside(" ".join(text.split()), _COMMA)  # a column of organisations: 'Public
        if (
            len(parts) > 1
            and not any(kind_of(p) in ("post", "name") for p in parts)
            and not any(p.split()[0].lower() in RANKS for p in parts)  # 'DCI, PPU'
            and kind_of(parts[-1]) != "team"  # 'Performance, Audit and Quality Sub-Group'
            and not any(_AND.search(p) for p in parts[1:])  # 'Tees, Esk and Wear Valleys
        ):  # NHS Foundation Trust': places in one body's name
            return People(tuple(o for p in parts for o in split_people(p).officers), False)
        # Health, Amparo' are two; a post and its area ('Chair, QA Subgroup') stays one
    text = text.strip()
    if "\n" not in text:
        text = " ".join(text.split())
    if not text:
        return People((), False)
    if " ".join(text.lower().split()) in _ONE_HOLDS_BOTH:  # 'Principal & Chief Executive': a
        return People((text,), False)  # college's principal is its chief executive, '&' or not
    if "/" in text and _ACTING.search(text):  # 'T/Supt Public Protection': one officer
        found = split_people(_ACTING.sub(lambda m: m[1] + "\ue000", text))
        return People(tuple(o.replace("\ue000", "/") for o in found.officers), found.kept_whole)
    if with_its_area(text):  # 'Assistant Director, Adult Frailty & Long Term Conditions'
        return People((text,), False)
    commas = split_outside(text, _COMMA)  # 'SENDCo, AHT Teaching & Learning': whole posts
    if (
        len(commas) > 1
        and not _SLASH.search(text)  # ';' or '/' between the officers: split there, below
        and all(_listed_post(p) for p in commas)
    ):
        return People(tuple(commas), False)  # each with its own '&', listed
    result: list[str] = []
    pieces = split_outside(text, _STRONG)
    separators = _STRONG.findall(BRACKETED.sub(lambda m: "x" * len(m[0]), text))
    for n, part in enumerate(pieces):
        if (
            n
            and result
            and STRICT_INITIALS.fullmatch(part)
            and part.lower() not in ROLE_WORDS  # 'Head of SEND; DCO': a second post
            and kind_of(result[-1]) == "post"
            and len(result[-1].split()) > 1  # 'SM/JH': two people's initials
            and not (  # 'Independent Chair DSAP / DSA': a post that ends in its body's
                len(result[-1].split()[-1]) >= 4  # letters, then another post's letters
                and result[-1].split()[-1].isupper()
                and part.lower() not in SUBJECT_WORDS
                and result[-1].split()[0].lower() in ROLE_WORDS | {"independent"}
                and " of " not in f" {result[-1]} "  # 'Head of SEND/AP': the field's letters
            )
            and not (  # 'Director of Finance / SMT': a whole post, then a spaced slash
                separators[n - 1 : n] == [" / "]  # and a team's letters, its own lead
                and " of " in f" {result[-1]} "
                and not result[-1].split()[-1].isupper()
                and part.lower() not in SUBJECT_WORDS  # 'Head of Safeguarding / QA': a field
            )
            # not after a post's own word, unless a field ('Head of HR & OD'): 'PSNI Rural
            # Crime Officer / PCSP', 'ETE Co-ordinator & LS' are two
            and not (
                result[-1].split()[-1].lower().rstrip("s") in ROLE_WORDS
                and part.lower() not in SUBJECT_WORDS
            )
        ):
            # 'HoS CIN/CP', 'AD Safeguarding & QA': a post's own abbreviations, not a person
            separator = separators[n - 1] if n - 1 < len(separators) else "/"
            result[-1] = f"{result[-1]}{separator}{part}"
            continue
        if n and result and _one_post(result[-1], part, separators[n - 1 : n]):
            result[-1] = f"{result[-1]}{separators[n - 1]}{part}"
            continue
        result.extend(_and_split(part))
    result = [q for p in result for q in _comma_split(p)]
    if len(result) == 1:
        return People((result[0],), False)
    if len(result) == 2 and sorted(_welsh_post(p) for p in result) == [False, True]:
        return People((" ".join(text.split()),), False)  # one post, in Welsh and English
    if all(kind_of(p) for p in result):
        return People(tuple(result), False)
    if _bodies(result):  # as _and_split found them
        return People(tuple(result), False)
    if (
        any(";" in sep for sep in separators)
        or (  # 'Hampshire and Isle of Wight Constabulary & GO! Southampton': an agency named
            any(sep.strip() == "&" for sep in separators)  # whole, and another body
            and any(kind_of(p) == "agency" and len(p.split()) >= 3 for p in result)
        )
        or any(map(_body_letters, result))  # 'GMP' and 'Bolton at Home': a body beside it
    ) and all(kind_of(p) or _ORGANISATION.fullmatch(BRACKETED.sub("", p).strip()) for p in result):
        return People(tuple(result), False)  # 'Co-production Lead; Healthwatch': ';' parts
    slashed = split_outside(text, _SLASH)  # 'Revenues & Benefits Manager / Chief Accountant'
    if len(slashed) > 1:  # 'LBTH ASC / ELFT', 'Kent Police / National Probation Service',
        # 'BFC / Bracknell Parent Carer Forum', 'Comms / Performance': '/' between leads, as
        # every author of the blind corpus reads it (whole only in brackets, an acting rank,
        # a post's own letters 'HoS CIN/CP', a post in Welsh and English: all told above)
        return People(tuple(slashed), False)
    return People((" ".join(text.split()),), True)


# Words that name a whole organisation, not one of its services.
_WHOLE_BODY = frozenset(("council", "trust", "police", "constabulary", "icb", "university"))


def _body_letters(part: str) -> bool:
    """'GMP', 'NHS', 'CCC': a body named by its letters."""
    return part.isupper() and 2 <= len(part) <= 6 and part.lower() in BODIES


def _listed_post(part: str) -> bool:
    """One of posts listed with commas: a post as a whole ('SENDCo', 'Consultant
    Obstetrician (Fetal Monitoring Lead)', 'AHT Teaching & Learning': a post's letters, never
    a field's such as 'HR & Workforce Development'), one officer on its own."""
    words = BRACKETED.sub(" ", part).split()
    return (
        bool(words)
        and kind_of(part) == "post"
        and whole_post(part)
        and (
            words[-1].lower() in ROLE_WORDS | ONE_WORD_POSTS
            or (words[0].isupper() and words[0].lower() not in SUBJECT_WORDS)
        )
        and split_people(part).officers == (part,)
        and not re.match(r"[A-Z]{2,6}\s*&", part)  # 'CPC & CPC Lead Officer': the body's letters
    )  # end the post before ('Independent Chair, CPC')


def _services_of_one(pieces: list[str]) -> bool:
    """'Hackney Council Benefits' and 'Housing Needs': a body's name, one of its services,
    then a second service, a field of work with no body named (short, not a post or a
    person): both are that body's ('... and Phoenix Community Housing' names another)."""
    first, second = (p.split() for p in pieces)
    at = next((i for i, w in enumerate(first) if w.lower() in _WHOLE_BODY), None)
    return (
        at is not None
        and 0 < at < len(first) - 1  # 'Hackney Council' then its service
        and len(second) <= 3
        and all(w[:1].isupper() for w in second)
        and second[0].lower() in SUBJECT_WORDS  # a field of work ('Phoenix ...' is a name)
        and not any(w.lower() in _WHOLE_BODY for w in second)
        and kind_of(pieces[1]) != "post"
        and not plainly_a_person(pieces[1])
    )


def _bodies(parts: list[str]) -> bool:
    """Parts that are each a body, by its kind or by a name of capitalised words, one at least
    a team or an agency, each of two words or more (never 'Health and Social Care')."""
    kinds = {kind_of(p) or ("body" if _ORGANISATION.fullmatch(p) else None) for p in parts}
    return (
        len(parts) > 1
        and all(len(p.split()) >= 2 for p in parts)
        and kinds <= {"agency", "team", "body"}
        and bool({"agency", "team"} & kinds)
    )


# Words that rank a post and name none alone: 'Chief Finance' is the start of a post.
_RANK_OF_POST = frozenset(("chief", "senior", "deputy", "assistant", "principal"))


def _one_post(before: str, part: str, separator: list[str]) -> bool:
    """'HR & OD Manager' (two fields, one post word), 'Head of Children & Criminal Justice
    Services' and 'Head of Commissioning & Market Shaping' (what the post heads, named
    twice) are one post: '&' joins within it."""
    if not separator or separator[0].strip() not in ("&", "+"):
        return False
    first = part.split()[0]
    if before.isupper() and 2 <= len(before) <= 4 and first.isupper() and 2 <= len(first) <= 4:
        return len(part.split()) > 1 and kind_of(part) == "post"
    words = before.split()
    if (
        kind_of(part) == "post"
        and len(words) >= 2
        and kind_of(before) != "post"  # 'OPCC Head of Commissioning & Supt ...': two posts
        and COUNCIL_LETTERS.fullmatch(words[0])
        and not any(w.lower() in BODIES for w in words[1:])
    ):
        return True  # 'NSDC CCTV & Public Space Manager': the council's post over two fields
    if f"{words[-1]} & {part.split()[0]}".lower() in FIELD_PAIRS and kind_of(part) in (
        "post",
        "team",  # 'Health & Wellbeing Board': one board of two fields
    ):
        return True  # 'Health & Safety Advisor': one field of work, named in two words
    if _two_fields(before, part):
        return True  # 'HR & Payroll Manager': a manager of two fields, each one word
    if (
        len(words) == 2
        and words[0].lower() in _RANK_OF_POST
        and words[1].istitle()
        and not whole_post(before)
        and kind_of(part) == "post"
        and len(part.split()) <= 3
        and part.split()[-1].lower() in ROLE_WORDS
    ):
        return True  # 'Chief Finance & Resources Officer': 'Chief Finance' is no post alone
    if (
        1 <= len(words) <= 2
        and kind_of(before) in (None, "post")
        and not any(w.lower().strip("()").rstrip("s") in ROLE_WORDS for w in words[1:])
        and words[0].lower() not in ROLE_WORDS - {"strategic", "senior", "operational"}
        and "(" not in before  # 'Strategic Planning' is a field; 'DHT (Pastoral)' a post
        and " of " not in f" {before} "
        and kind_of(part) == "post"
        and 2 <= len(part.split()) <= 3
        and part.split()[-1].lower() in ROLE_WORDS
        and part.split()[0].lower() not in ROLE_WORDS | RANKS
    ):
        return True  # 'Strategic Planning & Performance Manager': one manager of both fields
    if kind_of(part) == "team" and kind_of(before) in (None, "name") and " of " not in before:
        return True  # 'SAB Learning & Development Subgroup': one team, its fields joined
    if len(part.split()) == 1 and post_and_area(before):
        return kind_of(part) in ("team", "agency", None)  # 'Executive Director, Property &
        # Housing': one field of work more in the post's area
    if (
        len(part.split()) == 1
        and kind_of(part) == "agency"
        and kind_of(before) == "post"
        and " of " in f" {before} "
        and before.split()[-1].lower().rstrip("s") not in ROLE_WORDS | {"service"}
    ):
        return True  # 'Head of Leisure & Health': a field named as a body is ('Health')
    return (  # as with 'and': words that only look like a name ('Market Shaping') go on
        kind_of(part) in ("team", "name", None)  # and 'Head of Housing & Communities'
        and not plainly_a_person(part)
        and kind_of(before) == "post"
        and " of " in f" {before} "
    )


# Two titles one person holds, as colleges write them.
_ONE_HOLDS_BOTH = frozenset(
    ("principal and ceo", "principal and chief executive", "principal & ceo",
     "principal & chief executive", "ceo and principal", "chief executive and principal")
)  # fmt: skip


def _heads_more(pieces: list[str]) -> bool:
    """'Head of Children' and 'Young People Commissioning': what the post heads goes on past
    'and', ending in a field of work, not a post's word (one post)."""
    last = pieces[-1].split()
    return (
        " of " in f" {pieces[0]} "
        and last[-1].lower() in SUBJECT_WORDS
        and last[0].lower() not in ROLE_WORDS  # 'Head of HR' after 'and' is a post of its own
        and " of " not in f" {pieces[-1]} "
    )


def _two_fields(before: str, part: str) -> bool:
    """'HR' before 'Payroll Manager', 'ICT' before 'Digital Services Business Manager': a field
    of one word, then a post whose first word is a field too: one manager of both ('Health'
    before 'Safeguarding Lead' is the NHS, a body)."""
    words = part.split()
    return (
        before.casefold() in SUBJECT_WORDS
        and kind_of(before) != "agency"
        and kind_of(part) == "post"
        and len(words) <= 4
        and (
            words[0].casefold() in SUBJECT_WORDS
            or (  # 'CCTV & Control Room Manager': a field's letters, then a manager of one
                before.isupper()
                and len(words) <= 3
                and words[-1].lower() in ROLE_WORDS
                and words[0].lower() not in ROLE_WORDS | RANKS
            )
        )
    )


_NHS_BOARD = re.compile(
    r"\bNHS\s+[A-Z](?:[\w,'’\-]|\s(?!NHS\b))*?\s+(?:ICB|CCG|Integrated\s+Care\s+Board|"
    r"Clinical\s+Commissioning\s+Group)"
)


def _and_split(part: str) -> list[str]:
    """'Sam Lee and Jo Patel' are two; 'AD Early Help and Youth Services' is one post."""
    joined = _NHS_BOARD.sub(lambda m: m[0].replace(" and ", " \ue001 "), part)
    if joined != part:  # 'NHS Norfolk and Waveney ICB': one board, its places' 'and'
        return [p.replace(" \ue001 ", " and ") for p in _and_split(joined)]
    pieces = split_outside(part, _AND)
    if " ".join(part.lower().split()) in _ONE_HOLDS_BOTH:
        return [part]  # 'Principal and CEO': a college's principal is its chief executive
    if (
        len(pieces) == 2
        and STATUTORY_ROLES.fullmatch(pieces[1].strip())
        and whole_post(pieces[0])
        and not STATUTORY_ROLES.search(pieces[0])  # 'Monitoring Officer and s151 Officer': two
    ):
        return [part]  # 'Head of Finance and Section 151 Officer': one officer's two posts
    if len(pieces) == 2 and (
        (
            f"{pieces[0].split()[-1]} & {pieces[1].split()[0]}".lower() in FIELD_PAIRS
            and kind_of(pieces[1]) == "post"
        )
        or _two_fields(pieces[0], pieces[1])
    ):
        return [part]  # 'HR and OD Manager', 'HR and Payroll Manager': as with '&'
    if (
        len(pieces) == 2
        and kind_of(pieces[1]) == "team"
        and kind_of(pieces[0]) is None  # 'NWSB Policy': a board's letters and a field
        and pieces[0].split()[-1].lower() not in BODIES
    ):
        return [part]  # 'NWSB Policy and Procedures Sub Group': one group of two fields
    kinds = {kind_of(p) for p in pieces}
    first = pieces[-1].split()[0] if len(pieces) == 2 else ""
    if (  # 'SAR and QA Subgroup Chair': two fields' letters, then the post over both
        first
        and pieces[0].isupper()
        and 2 <= len(pieces[0]) <= 4
        and first.isupper()
        and first.lower() in SUBJECT_WORDS  # a field's ('QA'), not a body's ('ICB Lead')
        and len(pieces[1].split()) > 1
        and kind_of(pieces[1]) == "post"
    ):
        return [part]
    # Two of one kind: 'Sam Lee and Jo Patel', 'Head of Service and Principal Social Worker';
    # a post and words that only look like a name are one post ('... and Market Shaping').
    if (
        len(pieces) > 1
        and len(kinds) == 1
        and kinds <= {"initials", "name", "post"}
        and (kinds != {"post"} or all(map(whole_post, pieces[:-1])))
        and not _heads_more(pieces)
    ):
        return pieces  # not 'Chief Learning and Skills Officer': one post
    if (
        len(pieces) == 2 and kinds == {"post"} and all(re.search(r"\([^()]+\)$", p) for p in pieces)
    ):  # 'Named Nurse (CHS) and Head of Adult Safeguarding (LBC)': each post with its body
        return pieces
    if len(pieces) == 2 and kinds == {"name", "post"} and any(map(plainly_a_person, pieces)):
        return pieces  # 'Ellis, Mark and Head of Service': a person as written, and a post
    if (
        len(pieces) == 2
        and any(_body_letters(p) for p in pieces)
        and all(
            _body_letters(p) or kind_of(p) == "agency" or _ORGANISATION.fullmatch(p) for p in pieces
        )
    ):
        return pieces  # 'GMP and Bolton at Home': a force by its letters, and another body
    if len(pieces) == 2 and all(len(p.split()) >= 2 and kind_of(p) == "agency" for p in pieces):
        return pieces  # 'Adult Social Care and Southshire ICB' (never 'Health and Social Care')
    if len(pieces) == 2 and _services_of_one(pieces):
        return [part]  # 'Hackney Council Benefits and Housing Needs': one council's services
    if len(pieces) == 2 and _bodies(pieces):
        return pieces  # 'Lewisham Council Housing Services and Phoenix Community Housing'
    if (
        len(pieces) == 2
        and kind_of(pieces[0]) == "post"
        and pieces[0].split()[-1].lower() in ROLE_WORDS
        and " of " not in f" {pieces[0]} "  # 'Head of Commissioning and Market Shaping'
        and (
            (len(pieces[1].split()) >= 3 and kind_of(pieces[1]) == "name")
            or (len(pieces[1].split()) >= 2 and kind_of(pieces[1]) in ("team", "agency"))
        )
    ):
        return pieces  # 'SEND Engagement Lead and Bristol Parent Carers': the post is whole
    if (
        len(pieces) == 2
        and len(pieces[0].split()) >= 2
        and kind_of(pieces[0]) in ("team", "agency")
        and (body := BRACKETED.sub("", pieces[0]).lower().split())
        and (body[-1] in BODIES or body[0] in BODIES)  # 'Juno Women's Aid', 'Police Scotland'
        and len(pieces[1].split()) >= 3
        and whole_post(pieces[1])
    ):
        return pieces  # 'Juno Women's Aid and NSDC Safeguarding Lead': a body, then a post
    if (
        len(pieces) == 2
        and [kind_of(p) for p in pieces] == ["initials", "post"]
        and pieces[0].lower() not in SUBJECT_WORDS  # 'ALN and Inclusion Manager': one post
    ):
        return pieces  # 'VSH and Business Support Manager' (never 'Head of SEN and AP')
    # 'Parent Carer Forum Chair and Head of SEND and Inclusion': the one place to split in
    # two where both sides are posts (or both names); none, or more than one: one officer.
    found = []
    for cut in range(1, len(pieces)):
        sides = [" and ".join(pieces[:cut]), " and ".join(pieces[cut:])]
        posts = (
            len({kind_of(p) for p in sides} | {"post"}) == 1
            and whole_post(sides[0])
            and not _heads_more(sides)
        )
        if posts or {kind_of(p) for p in sides} == {"name"}:
            found.append(sides)
    return found[0] if len(found) == 1 else [part]


def _welsh_post(part: str) -> bool:
    return any(w.lower() in WELSH_ROLES for w in part.split())


def _comma_split(part: str) -> list[str]:
    """'RG, JF' and 'Sam Lee, Jo Patel' are two; 'Lee, Sam' (surname, forename), 'Head of
    Service, Front Door' and 'Assistant Director, Education' (a post and its area) are one."""
    pieces = split_outside(part, _COMMA)
    if len(pieces) < 2 or surname_forename(part):
        return [part]
    kinds = {kind_of(p) for p in pieces}
    if (
        all(STRICT_INITIALS.fullmatch(p) for p in pieces)
        or all(  # 'HT, DHTs', 'AHT, HoDs': letters
            " " not in p
            and (kind_of(p) == "initials" or (p[:2].isupper() and kind_of(p) == "post"))
            for p in pieces
        )
        or (
            kinds in ({"name"}, {"post"})
            and all(len(p.split()) >= 2 or p.lower() in ROLE_WORDS for p in pieces)
        )
    ):
        return pieces
    return [part]


# A police officer's temporary, acting or detective rank: 'T/Supt', 'A/DI', 'T/Ch Insp',
# 'D/Supt': one rank, not two officers.
_ACTING = re.compile(
    r"\b([TAD])/(?=(?:Ch\s+)?(?:Supt|Insp|DCI|DI|DS|DC|Sgt|PS|Det|Chief|Superintendent|"
    r"Inspector|Sergeant)\b)"
)
