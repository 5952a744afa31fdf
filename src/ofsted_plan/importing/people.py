"""The people in a lead cell, as a person reads them: 'RG/JF' and 'Sam Lee and Jo Patel' are
two; 'Lee, Sam', 'Head of Safeguarding and Quality Assurance' and 'Service Manager (CIN/CP)'
are one each. A cell is split only where each part is itself a person, a post or an agency."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .posts import (
    AGENCIES,
    BODIES,
    ONE_WORD_POSTS,
    ORGANISATIONS,
    RANKS,
    ROLE_WORDS,
    SERVICES,
    SUBJECT_WORDS,
    TITLES,
    WELSH_ROLES,
)

# Several officers are written 'RG/JF', 'RG; JF', 'RG & JF', 'Sam Lee and Jo Patel'. A cell is
# split only where every part is itself a person or post; else it is one officer.
_SPLIT = re.compile(r"\s*[/;&+\n]\s*|\s+and\s+|\s*,\s*", re.IGNORECASE)
_STRICT_INITIALS = re.compile(r"[A-Z](?:[a-z]?[A-Z]){0,4}\.?|[A-Z]{2,6}")
# 'Lee', 'J.', 'McDonald', 'MacLeod', 'DeSouza', "O'Neill": a word of a person's name.
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ'’\\-"
_NAME_WORD = re.compile(
    rf"(?:[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?|[A-Z]\.?|O'[A-Z][a-z]+)"
)  # 'Siân', 'Zoë', 'MacLeod'
# A body named in capitals after a semicolon: 'Healthwatch', "Barnardo's", 'Parent Carer Forum'.
# A team or body named in capitals, '&' or 'and' inside: 'Learning & Development'.
_ORGANISATION = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){0,3}")


class People(NamedTuple):
    officers: tuple[str, ...]
    kept_whole: bool  # the cell had a separator but its parts are not all people


# '&' and '+' join people only with a space beside them: 'L&D Manager' is one post.
_STRONG = re.compile(r"\s*[/;\n]\s*|\s+[&+]\s*|\s*[&+]\s+")
_SLASH = re.compile(r"\s*[/;\n]\s*")  # between officers whatever '&' is inside a post
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
# 'WDC Licensing', 'KCC Highways': a council by its letters (District, Borough, County, City
# Council) before its service; never a rank ('DCC', 'ACC').
_COUNCIL_LETTERS = re.compile(r"[A-Z]{1,3}(?:M?BC|DC|CC)")


@functools.lru_cache(maxsize=4096)  # a plan names few officers, on thousands of rows
def split_people(text: str) -> People:
    """The officers in a lead cell. 'RG/JF' and 'Sam Lee and Jo Patel' are two; 'Lee, Sam' (as
    an address book writes a person), 'Head of Safeguarding and Quality Assurance' and
    'Service Manager (CIN/CP)' are one each. A cell is split only where every part is itself
    a person (initials, a name, a post, an agency); brackets are never split."""
    text = text.strip()
    if "\n" not in text:
        text = " ".join(text.split())
    if not text:
        return People((), False)
    if "/" in text and _ACTING.search(text):  # 'T/Supt Public Protection': one officer
        found = split_people(_ACTING.sub(lambda m: m[1] + "\ue000", text))
        return People(tuple(o.replace("\ue000", "/") for o in found.officers), found.kept_whole)
    if _with_its_area(text):  # 'Assistant Director, Adult Frailty & Long Term Conditions'
        return People((text,), False)
    result: list[str] = []
    pieces = _split(text, _STRONG)
    separators = _STRONG.findall(_BRACKETED.sub(lambda m: "x" * len(m[0]), text))
    for n, part in enumerate(pieces):
        if (
            n
            and result
            and _STRICT_INITIALS.fullmatch(part)
            and part.lower() not in ROLE_WORDS  # 'Head of SEND; DCO': a second post
            and kind_of(result[-1]) == "post"
            and len(result[-1].split()) > 1  # 'SM/JH': two people's initials
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
    if any(";" in sep for sep in separators) and all(
        kind_of(p) or _ORGANISATION.fullmatch(_BRACKETED.sub("", p).strip()) for p in result
    ):
        return People(tuple(result), False)  # 'Co-production Lead; Healthwatch': ';' parts
    slashed = _split(text, _SLASH)  # 'Revenues & Benefits Manager / Chief Accountant'
    if len(slashed) > 1:  # 'LBTH ASC / ELFT', 'Kent Police / National Probation Service',
        # 'BFC / Bracknell Parent Carer Forum', 'Comms / Performance': '/' between leads, as
        # every author of the blind corpus reads it (whole only in brackets, an acting rank,
        # a post's own letters 'HoS CIN/CP', a post in Welsh and English: all told above)
        return People(tuple(slashed), False)
    return People((" ".join(text.split()),), True)


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


def _one_post(before: str, part: str, separator: list[str]) -> bool:
    """'HR & OD Manager' (two fields, one post word), 'Head of Children & Criminal Justice
    Services' and 'Head of Commissioning & Market Shaping' (what the post heads, named
    twice) are one post: '&' joins within it."""
    if not separator or separator[0].strip() not in ("&", "+"):
        return False
    first = part.split()[0]
    if before.isupper() and 2 <= len(before) <= 4 and first.isupper() and 2 <= len(first) <= 4:
        return len(part.split()) > 1 and kind_of(part) == "post"
    if kind_of(part) == "team" and kind_of(before) in (None, "name") and " of " not in before:
        return True  # 'SAB Learning & Development Subgroup': one team, its fields joined
    if len(part.split()) == 1 and _post_and_area(before):
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
        and not _plainly_a_person(part)
        and kind_of(before) == "post"
        and " of " in f" {before} "
    )


_AREA_JOINS = re.compile(r"\s*(?:,|&|\+|\band\b)\s*", re.IGNORECASE)


def _with_its_area(text: str) -> bool:
    """'Chair, Performance & Audit Sub-group', 'Service Manager, Child Protection Chairs',
    'RMBC Adult Care, Housing and Public Health': a post (or a body's service), then after a
    comma the area it covers, whatever joins that area's words: one officer. Not where a
    part of the area is a person, initials, a post or a body of its own ('Head of Service,
    Head of Education'; 'Kent Police, Medway Council and NHS Kent')."""
    head, comma, area = text.partition(",")
    if not comma:  # 'Team Managers – Family Support & Child Protection': a dash, as a comma
        head, comma, area = text.partition(" – ")
    if not comma or "/" in text or ";" in text or "\n" in text:
        return False
    head, area = head.strip(), area.strip()
    if _AREA_JOINS.search(head):  # 'QA Manager & Detective Inspector, Public Protection'
        return False
    kind = kind_of(head)
    if kind == "post" and kind_of(area) == "agency" and "," not in area:
        return True  # 'MCA Lead, Brighton & Hove City Council': a post and its body
    one_word = head.casefold() in ROLE_WORDS  # 'Chair, Performance & Audit Sub-group'
    if not ((kind == "post" and _whole_post(head)) or one_word or kind in ("agency", "team")):
        return False
    parts = _split(area, _AREA_JOINS)
    return len(parts) >= 1 and all(_area_part(p) for p in parts)


def _area_part(part: str) -> bool:
    """A field of work or a group a post covers ('Adult Frailty', 'Child Protection Chairs',
    'Housing'), not a party of its own."""
    if _STRICT_INITIALS.fullmatch(part) or _plainly_a_person(part):
        return False
    words = [w.lower().strip(".,") for w in part.split()]
    kind = kind_of(part)
    if kind == "post":  # 'Child Protection Chairs': the posts a manager manages
        return words[-1].endswith("s") and words[-1][:-1] in ROLE_WORDS
    if kind == "name" and len(words) == 2:
        return False  # 'Jo Bloggs': a person as likely as a field
    return len(words) == 1 or not any(w in BODIES for w in words)  # 'Housing' is a field


def _post_and_area(text: str) -> bool:
    """'Executive Director, Property': a post, then after a comma the area it covers (where
    '& Housing' names more of that area, not another officer)."""
    post, comma, area = text.partition(",")
    return bool(comma) and _whole_post(post.strip()) and kind_of(area.strip()) != "post"


def _and_split(part: str) -> list[str]:
    """'Sam Lee and Jo Patel' are two; 'AD Early Help and Youth Services' is one post."""
    pieces = _split(part, _AND)
    kinds = {kind_of(p) for p in pieces}
    # Two of one kind: 'Sam Lee and Jo Patel', 'Head of Service and Principal Social Worker';
    # a post and words that only look like a name are one post ('... and Market Shaping').
    if (
        len(pieces) > 1
        and len(kinds) == 1
        and kinds <= {"initials", "name", "post"}
        and (kinds != {"post"} or all(map(_whole_post, pieces[:-1])))
    ):
        return pieces  # not 'Chief Learning and Skills Officer': one post
    if (
        len(pieces) == 2 and kinds == {"post"} and all(re.search(r"\([^()]+\)$", p) for p in pieces)
    ):  # 'Named Nurse (CHS) and Head of Adult Safeguarding (LBC)': each post with its body
        return pieces
    if len(pieces) == 2 and kinds == {"name", "post"} and any(map(_plainly_a_person, pieces)):
        return pieces  # 'Ellis, Mark and Head of Service': a person as written, and a post
    if len(pieces) == 2 and all(len(p.split()) >= 2 and kind_of(p) == "agency" for p in pieces):
        return pieces  # 'Adult Social Care and Southshire ICB' (never 'Health and Social Care')
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
        and [kind_of(p) for p in pieces] == ["initials", "post"]
        and pieces[0].lower() not in SUBJECT_WORDS  # 'ALN and Inclusion Manager': one post
    ):
        return pieces  # 'VSH and Business Support Manager' (never 'Head of SEN and AP')
    # 'Parent Carer Forum Chair and Head of SEND and Inclusion': the one place to split in
    # two where both sides are posts (or both names); none, or more than one: one officer.
    found = []
    for cut in range(1, len(pieces)):
        sides = [" and ".join(pieces[:cut]), " and ".join(pieces[cut:])]
        posts = len({kind_of(p) for p in sides} | {"post"}) == 1 and _whole_post(sides[0])
        if posts or {kind_of(p) for p in sides} == {"name"}:
            found.append(sides)
    return found[0] if len(found) == 1 else [part]


def _whole_post(part: str) -> bool:
    """A post that stands on its own: ending in the post's word ('Chief Paramedic', 'Skills
    Officer') or naming what it heads ('Head of Service'); not 'Chief Learning'."""
    post, dash, _ = part.partition(" – ")  # 'Service Manager – MASH': a post and its team
    if dash and post.strip() and kind_of(post) == "post":
        part = post
    bare = _BRACKETED.sub(" ", part).split()  # 'Designated Nurse (CCG)': 'Designated Nurse'
    words = [w.lower().strip(".,") for w in bare]
    return (
        bool(words)
        and (
            words[-1] in ROLE_WORDS
            or (bare[0].isupper() and words[0] in ROLE_WORDS)  # 'AD Adults', 'HoS CIN'
            or (words[-1][:-1] in ROLE_WORDS and words[-1].endswith("s"))
            or (len(words) > 2 and "of" in words[1:3])
            or len(words) == 1
        )
    )


def _welsh_post(part: str) -> bool:
    return any(w.lower() in WELSH_ROLES for w in part.split())


_NAME_WITH_ROLE = re.compile(r"(.+?)\s*\(([^()]+)\)")  # 'Jane Smith (Head of Service)'


def _plainly_a_person(part: str) -> bool:
    """'Ellis, Mark', 'DCI Helen Marsh', 'Dr Jo Patel', 'Mark Owusu (Participation Lead)': a
    person as nobody writes a post."""
    words = part.split()
    named = _NAME_WITH_ROLE.fullmatch(part)
    if named is not None and kind_of(named[1]) == "name" and kind_of(named[2]) == "post":
        return True
    return _surname_forename(part) or (
        len(words) >= 3
        and words[0].lower().strip(".") in TITLES | RANKS
        and kind_of(" ".join(words[1:])) == "name"
    )


def _comma_split(part: str) -> list[str]:
    """'RG, JF' and 'Sam Lee, Jo Patel' are two; 'Lee, Sam' (surname, forename), 'Head of
    Service, Front Door' and 'Assistant Director, Education' (a post and its area) are one."""
    pieces = _split(part, _COMMA)
    if len(pieces) < 2 or _surname_forename(part):
        return [part]
    kinds = {kind_of(p) for p in pieces}
    if (
        all(_STRICT_INITIALS.fullmatch(p) for p in pieces)
        or all(  # 'HT, DHTs': letters
            " " not in p and p[:2].isupper() and kind_of(p) in ("initials", "post") for p in pieces
        )
        or (
            kinds in ({"name"}, {"post"})
            and all(len(p.split()) >= 2 or p.lower() in ROLE_WORDS for p in pieces)
        )
    ):
        return pieces
    return [part]


def _split(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split at the pattern, never inside brackets."""
    pieces: list[str] = []
    depth = 0
    current = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        if depth == 0 and (match := pattern.match(text, i)) and match.end() > i:
            pieces.append(current)
            current = ""
            i = match.end()
            continue
        current += ch
        i += 1
    pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def _surname_forename(text: str) -> bool:
    """'Lee, Sam', 'Patel, Jo-Anne', "O'Neill, Mary": one person, as an address book writes."""
    match = re.fullmatch(r"([^,;/&]+),\s*([^,;/&]+)", text.strip())
    if not match:
        return False
    surname, forename = match[1].split(), match[2].split()
    if not (
        1 <= len(surname) <= 3
        and (len(forename) == 1 or (len(forename) == 2 and len(forename[1].strip(".")) == 1))
    ):
        return False  # 'Tom Okafor, Leah Burns' is two people
    words = surname + forename
    if any(w.lower() in ROLE_WORDS or w.lower() in SUBJECT_WORDS for w in words):
        return False
    if all(w.isupper() and len(w) <= 4 for w in words):
        return False  # 'RG, JF': initials
    return all(_NAME_WORD.fullmatch(w) for w in words)


# A police officer's temporary, acting or detective rank: 'T/Supt', 'A/DI', 'T/Ch Insp',
# 'D/Supt': one rank, not two officers.
_ACTING = re.compile(
    r"\b([TAD])/(?=(?:Ch\s+)?(?:Supt|Insp|DCI|DI|DS|DC|Sgt|PS|Det|Chief|Superintendent|"
    r"Inspector|Sergeant)\b)"
)


_CO_ROLE = re.compile(r"^(?:co|vice|joint)-")  # 'Parent Carer Forum Co-Chair': a chair


def _role_of(word: str) -> str:
    """'co-chair' -> 'chair' where the rest is a post's word; any other word as it is."""
    bare = _CO_ROLE.sub("", word)
    return bare if bare in ROLE_WORDS else word


def kind_of(part: str) -> str | None:
    """'initials' (RG, DCS, RdP), 'post' (Head of Service, DCI Public Protection), 'agency'
    (Police, Health), 'name' (Sam Lee, DCI Helen Marsh, Lee, Sam), or None: not a person."""
    bare = re.sub(r"\([^)]*\)|\b[TAD]\ue000", " ", part).strip()  # 'T/Supt X': 'Supt X'
    words = bare.split()
    if not words:
        return None
    lowered = [w.lower().strip(".,:;") for w in words]
    lowered = [w[:-1] if w.endswith("s") and w[:-1] in ROLE_WORDS else w for w in lowered]
    lowered = [_role_of(w) for w in lowered]
    if len(words) == 1:
        word = words[0].strip(".,")
        if word.endswith("s") and len(word) >= 3 and word[:-1].isupper():
            word = word[:-1]  # 'DHTs': deputy heads, a post's letters
        one = _CO_ROLE.sub("", word.lower())  # 'Vice-Chair': a chair
        if (word.lower() in ROLE_WORDS and word.isupper()) or one in ONE_WORD_POSTS:
            return "post"
        if _STRICT_INITIALS.fullmatch(word):
            return "initials"
        return "agency" if word.lower() in AGENCIES else None
    if len(lowered) >= 2 and lowered[-1] in ORGANISATIONS and lowered[-2] in ROLE_WORDS:
        return "team"  # 'Member Services': the post's word names whom the team serves
    if lowered[-1] in ORGANISATIONS and lowered[-1] not in ROLE_WORDS and "of" not in lowered:
        return "team"  # 'Strategic Leadership Group', 'Chief Officers Group': a group
    if any(w in ROLE_WORDS for w in lowered) or (
        lowered[0] in RANKS and len(words) > 1 and any(w in SUBJECT_WORDS for w in lowered)
    ):
        return "post"
    if any(w in ORGANISATIONS for w in lowered):
        return "team"
    if (
        lowered[-1] in BODIES
        or (words[0].isupper() and lowered[0] in BODIES)  # 'MBC Housing', 'NHS Grampian'
        or (_COUNCIL_LETTERS.fullmatch(words[0]) and lowered[0] not in RANKS | ROLE_WORDS)
        or " ".join(lowered) in SERVICES
        or (
            any(w in BODIES for w in lowered)
            and any(" ".join(lowered[-k:]) in SERVICES for k in (2, 3))
        )
    ):  # and 'Stoke-on-Trent City Council Adult Social Care': a body's service
        return "agency"  # 'Southshire Police', 'Northvale ICB', 'Adult Social Care'
    if _surname_forename(part):
        return "name"
    names = [w for w, low in zip(words, lowered, strict=True) if low not in TITLES]
    if (
        1 <= len(names) <= 3
        and all(_NAME_WORD.fullmatch(w) for w in names)
        and not any(w.lower() in SUBJECT_WORDS or w.lower() in AGENCIES for w in names)
    ):
        return "name"
    return None
